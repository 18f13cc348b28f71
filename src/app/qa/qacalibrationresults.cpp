#include "qa/qacalibrationresults.h"

#include "workflow/workflow.h"

#include "ui_qacalibrationresults.h"

#include <QHeaderView>
#include <QMap>
#include <QStandardItemModel>
#include <QTableView>

#include <cmath>

namespace sb::app {

namespace {
const QColor kDiffers(0xff, 0xe0, 0xb2);

QStandardItem *number(const QString &text) {
    auto *item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString signedPoints(const ObserverBias &b) {
    if (!b.defined())
        return QStringLiteral("–");
    const QString n = QString::number(std::abs(b.bias), 'f', 2);
    return b.bias > 0.005    ? QStringLiteral("+") + n
           : b.bias < -0.005 ? QStringLiteral("−") + n
                             : QStringLiteral("0.00");
}

// The value most of the values are (more than half of them), if any.
std::optional<int> majority(const QList<int> &values) {
    QMap<int, int> counts;
    for (const int v : values)
        ++counts[v];
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (2 * it.value() > values.size())
            return it.key();
    return std::nullopt;
}
} // namespace

struct QaCalibrationResultsView::Loaded {
    int generation = 0;
    qint64 sessionId = 0;
    QaCalibrationResults results;
    QString error;
};

QaCalibrationResultsView::QaCalibrationResultsView(const Workspace &ws, DbWorker *worker,
                                                   QWidget *parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_worker(worker)
    , m_ui(std::make_unique<Ui::QaCalibrationResults>())
    , m_sideBySide(new QStandardItemModel(this))
    , m_agreement(new QStandardItemModel(this))
    , m_bias(new QStandardItemModel(this)) {
    m_ui->setupUi(this);
    m_ui->sideBySideView->setModel(m_sideBySide);
    m_ui->agreementView->setModel(m_agreement);
    m_ui->biasView->setModel(m_bias);
    for (QTableView *v : {m_ui->sideBySideView, m_ui->agreementView, m_ui->biasView}) {
        v->verticalHeader()->hide();
        v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        v->horizontalHeader()->setStretchLastSection(true);
    }
    m_pending.setSingleShot(true);
    m_pending.setInterval(kCoalesceMs);
    connect(&m_pending, &QTimer::timeout, this, &QaCalibrationResultsView::reload);
    clear();
}

QaCalibrationResultsView::~QaCalibrationResultsView() = default;

void QaCalibrationResultsView::setSession(qint64 sessionId) {
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    clear();
    reload();
}

void QaCalibrationResultsView::clear() {
    m_results = {};
    m_loaded = false;
    m_sideBySide->clear();
    m_agreement->clear();
    m_bias->clear();
    m_ui->resultsSummary->setText(m_sessionId > 0 ? tr("Loading…")
                                                  : tr("Select a session to see its results."));
}

void QaCalibrationResultsView::reload() {
    const int generation = ++m_generation;
    const qint64 session = m_sessionId;
    if (session <= 0)
        return;
    const QaActor viewer{m_ws.user.staffId, m_ws.user.login};
    const Clock *clock = m_ws.clock;
    m_worker->post(
        this,
        [generation, session, viewer, clock](DbWorker::Context &c) {
            Loaded r;
            r.generation = generation;
            r.sessionId = session;
            if (!c.db) {
                r.error = c.openError;
                return r;
            }
            QaCalibrationStore(*c.db, *clock).results(viewer, session, r.results, r.error);
            return r;
        },
        [this](const Loaded &r) { takeLoad(r); });
}

void QaCalibrationResultsView::takeLoad(const Loaded &r) {
    if (r.generation != m_generation || r.sessionId != m_sessionId)
        return; // a newer read is on its way
    clear();
    m_loaded = true;
    if (!r.error.isEmpty()) {
        m_ui->resultsSummary->setText(tr("The results could not be read: %1").arg(r.error));
        Q_EMIT loaded();
        return;
    }
    m_results = r.results;
    show();
    Q_EMIT loaded();
}

QString QaCalibrationResultsView::summaryText() const {
    return m_ui->resultsSummary->text();
}

QString QaCalibrationResultsView::itemTitle(qsizetype index) const {
    const ScorecardItem &it = m_results.version.card.items.at(index);
    return Workflow::localName(it.title, m_results.version.titlesZh.value(index));
}

QString QaCalibrationResultsView::valueText(ScoreScale scale, const ItemRating &r) const {
    if (r.na)
        return tr("N/A");
    if (!r.value)
        return QStringLiteral("–");
    if (scale == ScoreScale::PassFail)
        return *r.value > 0 ? tr("Pass") : tr("Fail");
    return QString::number(*r.value);
}

QString QaCalibrationResultsView::alphaText(const AlphaResult &alpha) {
    switch (alpha.undefined) {
    case AgreementUndefined::None:
        return QString::number(alpha.alpha, 'f', 3);
    case AgreementUndefined::NoPairableValues:
        return tr("none yet: no ticket scored by two");
    case AgreementUndefined::NoVariation:
        return tr("none: every value the same");
    case AgreementUndefined::InvalidValue:
        break;
    }
    return tr("none: a value the metric cannot take");
}

QString QaCalibrationResultsView::alphaReading(const AlphaResult &alpha) {
    if (!alpha.defined())
        return QString();
    if (alpha.alpha >= 0.8)
        return tr("reliable");
    if (alpha.alpha >= 0.667)
        return tr("tentative");
    return tr("not reliable");
}

void QaCalibrationResultsView::show() {
    const QaCalibrationSession &s = m_results.session;
    qsizetype submitted = 0;
    bool participant = false, mineDone = false;
    for (const QaCalibrationParticipant &p : std::as_const(s.participants)) {
        submitted += p.submittedAt > 0 ? 1 : 0;
        if (p.staffId == m_ws.user.staffId) {
            participant = true;
            mineDone = p.submittedAt > 0;
        }
    }
    const QString state = s.state == QaCalibrationState::Closed ? tr("closed") : tr("open");
    QString text = tr("“%1” · %2 · scorecard “%3”, version %4 · %5 tickets · %6 of %7 "
                      "inspectors have scored every ticket")
                       .arg(s.title, state, m_results.version.card.name)
                       .arg(m_results.version.card.version)
                       .arg(s.ticketIds.size())
                       .arg(submitted)
                       .arg(s.participants.size());
    if (s.state != QaCalibrationState::Closed) {
        if (participant && !mineDone)
            text += QLatin1Char('\n') +
                    tr("Blind: you see the others' scores of a ticket once you have submitted "
                       "yours.");
        else if (!participant)
            text += QLatin1Char('\n') +
                    tr("A ticket's scores appear once every participant has submitted theirs.");
    }
    m_ui->resultsSummary->setText(text);
    showSideBySide();
    showAgreement();
}

void QaCalibrationResultsView::showSideBySide() {
    const QaCalibrationSession &s = m_results.session;
    const Scorecard &card = m_results.version.card;
    QStringList headers{tr("Ticket"), tr("Item")};
    for (const QaCalibrationParticipant &p : s.participants)
        headers << p.login;
    headers << tr("Majority / mean");
    m_sideBySide->setColumnCount(int(headers.size()));
    m_sideBySide->setHorizontalHeaderLabels(headers);
    const QString hidden = tr("Not submitted yet, or not shown to you before you have submitted "
                              "your own scores of this ticket");
    for (const QaCalibrationTicket &t : std::as_const(m_results.tickets)) {
        for (qsizetype i = 0; i <= card.items.size(); ++i) {
            const bool scoreRow = i == card.items.size();
            QList<QStandardItem *> row{
                new QStandardItem(t.serial),
                new QStandardItem(scoreRow ? tr("Review score") : itemTitle(i))};
            QList<int> values; // the visible values of the row (not N/A)
            double sum = 0;
            int n = 0;
            for (const QaCalibrationSheet &sheet : t.sheets) {
                if (!sheet.visible)
                    continue;
                if (scoreRow && sheet.score) {
                    sum += *sheet.score;
                    ++n;
                } else if (!scoreRow && i < sheet.ratings.size() && sheet.ratings.at(i).value) {
                    values << *sheet.ratings.at(i).value;
                    sum += *sheet.ratings.at(i).value;
                    ++n;
                }
            }
            const double mean = n > 0 ? sum / n : 0;
            const std::optional<int> most = scoreRow ? std::nullopt : majority(values);
            for (const QaCalibrationSheet &sheet : t.sheets) {
                QStandardItem *cell = nullptr;
                if (!sheet.visible) {
                    cell = new QStandardItem(QStringLiteral("—"));
                    cell->setToolTip(hidden);
                } else if (scoreRow) {
                    cell = number(sheet.score ? QString::number(*sheet.score, 'f', 1)
                                              : QStringLiteral("–"));
                } else {
                    const ItemRating r = sheet.ratings.value(i);
                    cell = number(valueText(card.items.at(i).scale, r));
                    const bool differs = r.value && n >= 2 &&
                                         (most.has_value() ? *r.value != most.value_or(0)
                                                           : std::abs(*r.value - mean) >= 0.5);
                    cell->setData(differs, kDiffersRole);
                    if (differs) {
                        cell->setBackground(kDiffers);
                        cell->setForeground(QColor(Qt::black));
                        cell->setToolTip(most ? tr("Differs from the majority")
                                              : tr("Lies half a point or more from the mean"));
                    }
                }
                row << cell;
            }
            QString reference;
            if (n > 0) {
                if (!scoreRow && most)
                    reference = tr("majority %1")
                                    .arg(valueText(card.items.at(i).scale,
                                                   ItemRating{{}, most, false, {}, {}}));
                else
                    reference = tr("mean %1").arg(QString::number(mean, 'f', scoreRow ? 1 : 2));
            }
            row << new QStandardItem(reference);
            if (scoreRow) {
                for (QStandardItem *c : std::as_const(row)) {
                    QFont f = c->font();
                    f.setBold(true);
                    c->setFont(f);
                }
            }
            m_sideBySide->appendRow(row);
        }
    }
}

void QaCalibrationResultsView::showAgreement() {
    const QaCalibrationSession &s = m_results.session;
    const Scorecard &card = m_results.version.card;
    m_agreement->setColumnCount(6);
    m_agreement->setHorizontalHeaderLabels({tr("Item"), tr("Metric"), tr("α"), tr("Reading"),
                                            tr("Percent agreement"), tr("Tickets compared")});
    auto metricName = [](AlphaMetric m) {
        switch (m) {
        case AlphaMetric::Nominal:
            return tr("nominal");
        case AlphaMetric::Ordinal:
            return tr("ordinal");
        case AlphaMetric::Interval:
            return tr("interval");
        case AlphaMetric::Ratio:
            break;
        }
        return tr("ratio");
    };
    auto addRow = [&](const QString &title, AlphaMetric metric, const AlphaResult &alpha,
                      const PercentAgreement &percent) {
        auto *a = number(alphaText(alpha));
        if (alpha.defined())
            a->setData(alpha.alpha, kAlphaRole);
        const QString pct = percent.defined()
                                ? tr("%1 % (%2 of %3 pairs)")
                                      .arg(QString::number(100.0 * percent.value(), 'f', 1))
                                      .arg(percent.agreeingPairs)
                                      .arg(percent.pairs)
                                : QStringLiteral("–");
        m_agreement->appendRow({new QStandardItem(title), new QStandardItem(metricName(metric)), a,
                                new QStandardItem(alphaReading(alpha)), number(pct),
                                number(QString::number(alpha.pairableUnits))});
    };
    for (qsizetype i = 0; i < m_results.items.size() && i < card.items.size(); ++i) {
        const QaItemAgreement &a = m_results.items.at(i);
        addRow(itemTitle(i), a.metric, a.alpha, a.percent);
    }
    addRow(tr("Overall (review score)"), AlphaMetric::Interval, m_results.overallAlpha,
           m_results.overallPercent);
    for (int c = 0; c < m_agreement->columnCount(); ++c) {
        QStandardItem *item = m_agreement->item(m_agreement->rowCount() - 1, c);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }

    QStringList headers{tr("Inspector"), tr("Review score (points)")};
    for (qsizetype i = 0; i < card.items.size(); ++i)
        headers << itemTitle(i);
    m_bias->setColumnCount(int(headers.size()));
    m_bias->setHorizontalHeaderLabels(headers);
    for (qsizetype p = 0; p < s.participants.size(); ++p) {
        QList<QStandardItem *> row{new QStandardItem(s.participants.at(p).login),
                                   number(signedPoints(m_results.bias.value(p)))};
        for (qsizetype i = 0; i < card.items.size(); ++i)
            row << number(signedPoints(m_results.items.value(i).bias.value(p)));
        m_bias->appendRow(row);
    }
}

} // namespace sb::app
