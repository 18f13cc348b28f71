#include "admin/searchlogtab.h"
#include "security/permissions.h"

#include "domain/labels.h"
#include "tickets/ticketviewtext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QVBoxLayout>

namespace sb::app {

namespace {
// The stored filter JSON as the query text of signalboard-cli export (readable, exact).
QString queryText(const QString &queue, const QJsonObject &o) {
    TicketView view;
    view.queue = ticketQueueFromKey(queue).value_or(TicketQueue::All);
    QString ignored;
    if (!TicketFilter::fromJson(o, view.filter, ignored))
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return TicketViewText::format(view);
}
} // namespace

SearchLogTab::SearchLogTab(AdminContext &ctx, QWidget *parent)
    : AdminTab(ctx, parent)
    , m_range(new LogTimeRange(ctx.clock, this))
    , m_person(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_apply(new QPushButton(tr("&Search"), this))
    , m_rows(new QStandardItemModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this)) {
    m_range->from()->setObjectName(QStringLiteral("searchLogFrom"));
    m_range->to()->setObjectName(QStringLiteral("searchLogTo"));
    m_person->setObjectName(QStringLiteral("searchLogPerson"));
    m_person->setPlaceholderText(tr("name or login"));
    m_text->setObjectName(QStringLiteral("searchLogText"));
    m_text->setPlaceholderText(tr("words of the query, e.g. a customer id"));
    m_apply->setObjectName(QStringLiteral("searchLogSearch"));
    m_status->setObjectName(QStringLiteral("searchLogStatus"));
    m_rows->setHorizontalHeaderLabels(
        {tr("Time"), tr("Person"), tr("Purpose"), tr("Queue"), tr("Query")});
    m_view->setObjectName(QStringLiteral("searchLogView"));
    setUpLogView(m_view, m_rows, m_sorted, At);

    auto *form = new QHBoxLayout;
    form->addWidget(new QLabel(tr("From"), this));
    form->addWidget(m_range->from());
    form->addWidget(new QLabel(tr("to"), this));
    form->addWidget(m_range->to());
    form->addWidget(new QLabel(tr("Person"), this));
    form->addWidget(m_person, 1);
    form->addWidget(new QLabel(tr("Query"), this));
    form->addWidget(m_text, 2);
    form->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every ticket search and export, by whom and when."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_apply, &QPushButton::clicked, this, &SearchLogTab::refresh);
    connect(m_person, &QLineEdit::returnPressed, this, &SearchLogTab::refresh);
    connect(m_text, &QLineEdit::returnPressed, this, &SearchLogTab::refresh);
    connect(&ctx.gate, &PermissionGate::changed, this, &SearchLogTab::updateAccess);
    updateAccess();
}

void SearchLogTab::updateAccess() {
    permit(m_apply, perm::AdminAudit);
    if (!m_ctx.gate.has(perm::AdminAudit)) {
        m_rows->removeRows(0, m_rows->rowCount());
        m_status->error(m_ctx.gate.missingText(perm::AdminAudit));
        return;
    }
    refresh();
}

void SearchLogTab::setFilter(const Filter &f) {
    m_range->set(f.fromMs, f.toMs);
    m_person->setText(f.person);
    m_text->setText(f.text);
}

bool SearchLogTab::refresh() {
    if (!m_ctx.gate.has(perm::AdminAudit)) {
        m_status->error(m_ctx.gate.missingText(perm::AdminAudit));
        return false;
    }
    QString rangeError;
    if (!m_range->prepare(rangeError)) {
        m_status->error(rangeError);
        return false;
    }
    Filter f;
    f.fromMs = m_range->fromMs();
    f.toMs = m_range->toMs();
    f.person = m_person->text().trimmed();
    f.text = m_text->text().trimmed();
    QList<SearchLogEntry> entries;
    bool more = false;
    QString e;
    if (!LogQueries::searchPage(m_ctx.db, f, kShownLimit, entries, more, e)) {
        m_status->error(tr("The search log could not be read: %1").arg(e));
        return false;
    }
    m_rows->removeRows(0, m_rows->rowCount());
    const int n = int(entries.size());
    for (const SearchLogEntry &l : std::as_const(entries)) {
        const QString who =
            l.staffName.isEmpty() ? tr("(unknown)") : tr("%1 (%2)").arg(l.staffName, l.staffLogin);
        const QString purpose =
            l.filter.value(QStringLiteral("purpose")).toString() == QLatin1StringView("export")
                ? tr("Export")
                : tr("Search");
        const QString query = queryText(l.queue, l.filter);
        m_rows->appendRow({logTimeCell(l.at), logCell(who, who), logCell(purpose, purpose),
                           logCell(Labels::queue(l.queue), l.queue), logCell(query, query)});
    }
    m_sorted->sort(m_view->horizontalHeader()->sortIndicatorSection(),
                   m_view->horizontalHeader()->sortIndicatorOrder());
    m_status->ok(more ? tr("The newest %1 matching searches are shown; narrow the filter to see "
                           "older ones.")
                            .arg(kShownLimit)
                      : tr("%n matching search(es).", nullptr, n));
    return true;
}

void SearchLogTab::applyChanges(const QList<sb::Change> &) {
    // query_log is not in the change feed (searches are not shared state): Search re-reads.
}

} // namespace sb::app
