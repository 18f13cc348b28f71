#include "tickets/ticketpagemodel.h"

#include "domain/labels.h"
#include "tickets/ticketstore.h"
#include "tickets/tickettimes.h"
#include "workflow/calendarstore.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QScopeGuard>

namespace sb::app {

namespace {
QString formatRemaining(qint64 ms) {
    const bool late = ms < 0;
    qint64 s = (late ? -ms : ms) / 1000;
    const qint64 days = s / 86400;
    s %= 86400;
    const QString hms = QStringLiteral("%1:%2:%3")
                            .arg(s / 3600, 2, 10, QLatin1Char('0'))
                            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
                            .arg(s % 60, 2, 10, QLatin1Char('0'));
    const QString text = days > 0 ? TicketPageModel::tr("%1 d %2").arg(days).arg(hms) : hms;
    return late ? TicketPageModel::tr("%1 late").arg(text) : text;
}
} // namespace

TicketPageModel::TicketPageModel(const Workspace &ws, TicketQueryContext context, bool unmasked,
                                 QTimeZone zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ws(ws)
    , m_context(std::move(context))
    , m_unmasked(unmasked)
    , m_zone(std::move(zone))
    , m_reader(std::make_shared<TicketPageReader>()) {
    if (!ws.background)
        m_ownWorker = std::make_unique<DbWorker>(ws.db->url(), QStringLiteral("ticket-queue"));
    m_worker = ws.background ? ws.background : m_ownWorker.get();
    QString ignored;
    CalendarStore(*ws.db).load(m_calendar, ignored); // default calendar when none is stored
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &TicketPageModel::tick);
    m_countdown.start();
}

TicketPageModel::~TicketPageModel() {
    if (m_ownWorker) {
        // Nothing of ours runs after this: the reader can go here, before its connection.
        m_ownWorker->cancel();
        m_ownWorker->drain();
        m_reader.reset();
        return;
    }
    // The reader's statements belong to the shared worker's connection: they go in its
    // thread, after the jobs posted before.
    m_worker->post([reader = std::move(m_reader)](DbWorker::Context &) mutable { reader.reset(); });
}

namespace {
struct PageResult {
    int serial = 0;
    QList<TicketRow> rows;
    QString error;
};
} // namespace

void TicketPageModel::post(const PageRequest &r) {
    ++m_pending;
    m_worker->post(
        this,
        [reader = m_reader, r](DbWorker::Context &c) {
            PageResult res{r.serial, {}, {}};
            if (!c.db)
                res.error = c.openError;
            else if (!reader->readPage(*c.db, r, res.rows, res.error))
                res.rows.clear();
            return res;
        },
        [this](PageResult res) { onLoaded(res.serial, res.rows, res.error); });
}

TicketSort TicketPageModel::sortForColumn(int column) {
    switch (column) {
    case Serial:
        return TicketSort::Id;
    case Channel:
        return TicketSort::Channel;
    case Tier:
        return TicketSort::Tier;
    case ProblemType:
        return TicketSort::ProblemType;
    case Subject:
        return TicketSort::Subject;
    case State:
        return TicketSort::State;
    case Priority:
        return TicketSort::Priority;
    case Handler:
        return TicketSort::Handler;
    case Remaining: // the oldest tickets have the least time left
    case Received:
    default:
        return TicketSort::Received;
    }
}

void TicketPageModel::setQuery(TicketQueue queue, const TicketFilter &filter) {
    m_queue = queue;
    m_filter = filter;
    m_count = -1;
    Q_EMIT countChanged(m_count);
    request(TicketQueryBuilder::Page::First, {}, true);
}

void TicketPageModel::firstPage() {
    request(TicketQueryBuilder::Page::First, {}, false);
}

void TicketPageModel::lastPage() {
    request(TicketQueryBuilder::Page::Last, {}, false);
}

void TicketPageModel::nextPage() {
    if (m_rows.isEmpty() || m_atLast)
        return;
    request(TicketQueryBuilder::Page::After, cursorOf(m_rows.last()), false);
}

void TicketPageModel::previousPage() {
    if (m_rows.isEmpty() || m_atFirst)
        return;
    request(TicketQueryBuilder::Page::Before, cursorOf(m_rows.first()), false);
}

void TicketPageModel::refresh() {
    if (m_pending != 0) {
        m_refreshAgain = true; // the page on its way may predate the change: read once more
        return;
    }
    PageRequest again = m_last;
    again.serial = ++m_serial;
    again.nowMs = m_ws.clock->nowMs();
    again.wantCount = false;
    post(again);
}

TicketCursor TicketPageModel::cursorOf(const TicketRow &r) const {
    return {r.green ? 1 : 0, r.sortValue, r.id};
}

void TicketPageModel::request(TicketQueryBuilder::Page which, const TicketCursor &cursor,
                              bool wantCount) {
    PageRequest r;
    r.serial = ++m_serial;
    r.queue = m_queue;
    r.filter = m_filter;
    r.context = m_context;
    r.which = which;
    r.cursor = cursor;
    r.limit = m_pageSize;
    r.wantCount = wantCount;
    r.nowMs = m_ws.clock->nowMs();
    r.unmasked = m_unmasked;
    m_last = r;
    post(r);
    if (wantCount) {
        // Counted once the page is in, so that the count never competes with the page.
        m_countRequest = r;
        m_countWaiting = true;
        m_countSerial = r.serial;
    }
}

void TicketPageModel::onLoaded(int serial, const QList<TicketRow> &rows, const QString &error) {
    --m_pending;
    if (m_pending == 0 && m_refreshAgain) {
        m_refreshAgain = false;
        QMetaObject::invokeMethod(this, &TicketPageModel::refresh, Qt::QueuedConnection);
    }
    if (serial != m_serial)
        return; // an older answer, superseded
    // The work that follows the page (deadlines for the countdown, the capped count) starts
    // once the page is in the model, so that its thread does not compete with showing it.
    const auto startBackground = qScopeGuard([this, serial, rows] {
        if (!rows.isEmpty()) {
            ++m_background;
            m_worker->post(
                this,
                [reader = m_reader, rows = QList<TicketRow>(rows), now = m_ws.clock->nowMs(),
                 finals = m_context.finalStates](DbWorker::Context &c) mutable {
                    if (c.db) // without a connection the rows come back as they were
                        reader->addDeadlines(*c.db, rows, now, finals);
                    return rows;
                },
                [this, serial](QList<TicketRow> done) { onDeadlines(serial, done); });
        }
        if (m_countWaiting && m_countRequest.serial == serial) {
            ++m_background;
            // Always answered (-1: unknown), so that the model knows the work is done.
            m_worker->post(
                this,
                [reader = m_reader, r = m_countRequest](DbWorker::Context &c) {
                    return c.db ? reader->count(*c.db, r) : qint64(-1);
                },
                [this, serial](qint64 n) { onCounted(serial, n); });
            m_countWaiting = false;
            m_countRequest = {};
        }
    });
    m_error = error;
    using Page = TicketQueryBuilder::Page;
    const bool full = rows.size() >= m_pageSize;
    if (rows.isEmpty() && (m_last.which == Page::After || m_last.which == Page::Before)) {
        // Nothing further that way: stay on the page shown.
        (m_last.which == Page::After ? m_atLast : m_atFirst) = true;
        Q_EMIT pageLoaded();
        return;
    }
    switch (m_last.which) {
    case Page::First:
        m_atFirst = true;
        m_atLast = !full;
        break;
    case Page::Last:
        m_atLast = true;
        m_atFirst = !full;
        break;
    case Page::After:
        m_atFirst = false;
        m_atLast = !full;
        break;
    case Page::Before:
        m_atLast = false;
        m_atFirst = !full;
        break;
    }
    // Keep a page refreshed in place (same rows) without resetting the view's selection.
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).id == m_rows.at(i).id;
    m_shownSerial = serial;
    if (sameIds && !rows.isEmpty()) {
        // Keep the countdown running until the fresh deadlines arrive.
        QList<TicketRow> fresh = rows;
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            fresh[i].hasDeadline = m_rows.at(i).hasDeadline;
            fresh[i].deadline = m_rows.at(i).deadline;
            fresh[i].pauses = m_rows.at(i).pauses;
        }
        m_rows = fresh;
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    Q_EMIT pageLoaded();
}

void TicketPageModel::onDeadlines(int serial, const QList<TicketRow> &rows) {
    --m_background;
    if (serial != m_shownSerial || rows.size() != m_rows.size())
        return;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).id != m_rows.at(i).id)
            return;
        m_rows[i].hasDeadline = rows.at(i).hasDeadline;
        m_rows[i].deadline = rows.at(i).deadline;
        m_rows[i].pauses = rows.at(i).pauses;
    }
    tick();
}

void TicketPageModel::onCounted(int serial, qint64 count) {
    --m_background;
    if (serial != m_countSerial)
        return; // the count of an earlier query
    m_count = count;
    Q_EMIT countChanged(count);
}

void TicketPageModel::applyChanges(const QList<sb::Change> &changes) {
    bool affected = false;
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::TicketEvent) {
            continue;
        }
        if (c.entity != ChangeEntity::Ticket)
            continue;
        if (c.op == ChangeOp::Insert && m_atFirst) {
            affected = true; // a new ticket may belong on the first page
            break;
        }
        for (const TicketRow &r : m_rows)
            if (r.id == c.entityId)
                affected = true;
        if (affected)
            break;
    }
    if (affected)
        refresh();
}

void TicketPageModel::tick() {
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, Remaining), index(int(m_rows.size()) - 1, Remaining),
                       {Qt::DisplayRole, Qt::ForegroundRole, DeadlineStateRole});
}

const TicketRow *TicketPageModel::row(int r) const {
    return r >= 0 && r < m_rows.size() ? &m_rows.at(r) : nullptr;
}

int TicketPageModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketPageModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TicketPageModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TicketRow &r = m_rows.at(index.row());
    switch (role) {
    case TicketIdRole:
        return r.id;
    case VersionRole:
        return r.version;
    case StateKeyRole:
        return r.state;
    default:
        break;
    }
    const bool deadlineColumn = index.column() == Remaining && r.hasDeadline;
    DeadlineStatus status;
    if (deadlineColumn &&
        (role == Qt::DisplayRole || role == Qt::ForegroundRole || role == DeadlineStateRole))
        status = deadlineStatus(r.deadline, m_ws.clock->nowMs(), m_calendar, r.pauses);
    if (role == DeadlineStateRole)
        return deadlineColumn ? deadlineStateKey(status.state) : QString();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Serial:
            return TicketStore::serialNumber(r.id, r.receivedAt);
        case Received:
            return TicketTimes::format(r.receivedAt, m_zone);
        case Remaining:
            return deadlineColumn ? formatRemaining(status.remainingMs) : QString();
        case Channel:
            return Labels::channel(r.channel);
        case Tier:
            return Labels::tier(r.tier);
        case ProblemType:
            return Labels::problemType(r.problemType);
        case Subject:
            return r.subject; // item views show text as plain text
        case State:
            return Labels::state(r.state);
        case Priority:
            return r.priority;
        case Handler:
            return r.handlerName;
        case ServiceNumber:
            return r.serviceNumber; // as the viewer may see it (the loader masked it)
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && deadlineColumn) {
        switch (status.state) {
        case DeadlineState::Overdue:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        case DeadlineState::Warning:
            return QBrush(QColor(0xe6, 0x7e, 0x00));
        default:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Subject)
        return r.subject.toHtmlEscaped();
    if (role == Qt::ToolTipRole && index.column() == Received) {
        const QString source = TicketTimes::atSource(r.receivedAt, r.offset, m_zone);
        return source.isEmpty() ? QVariant() : QVariant(source);
    }
    if (role == Qt::ToolTipRole && index.column() == Remaining && r.hasDeadline)
        return tr("Milestone: %1").arg(r.deadline.milestone);
    if (role == Qt::FontRole && r.green && index.column() == Serial) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::BackgroundRole && r.green)
        return QBrush(QColor(0xe8, 0xf5, 0xe9));
    return {};
}

QVariant TicketPageModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Serial:
        return tr("Serial no.");
    case Received:
        return tr("Received");
    case Remaining:
        return tr("Time left");
    case Channel:
        return tr("Channel");
    case Tier:
        return tr("Tier");
    case ProblemType:
        return tr("Problem type");
    case Subject:
        return tr("Subject");
    case State:
        return tr("State");
    case Priority:
        return tr("Priority");
    case Handler:
        return tr("Handler");
    case ServiceNumber:
        return tr("Service no.");
    default:
        return {};
    }
}

} // namespace sb::app
