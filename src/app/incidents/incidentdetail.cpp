#include "incidents/incidentdetail.h"
#include "security/permissions.h"

#include "domain/labels.h"
#include "incidents/incidentfollowup.h"
#include "incidents/incidentlabels.h"
#include "storage/settingsstore.h"

#include "ui_incidentdetail.h"

#include <QDateTime>
#include <QHeaderView>

namespace sb::app {

namespace {

QString timeText(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QTableWidgetItem *cell(const QString &text) {
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

void allow(QWidget *w, bool allowed, const QString &permission) {
    w->setEnabled(allowed);
    w->setToolTip(allowed ? QString()
                          : IncidentDetail::tr("Needs the permission %1.").arg(permission));
}
} // namespace

IncidentDetail::IncidentDetail(const Workspace &ws, qint64 incidentId, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_id(incidentId)
    , m_queries(*ws.db)
    , ui(std::make_unique<Ui::IncidentDetail>()) {
    ui->setupUi(this);
    setObjectName(QStringLiteral("incidentDetail"));
    setWindowTitle(tr("Incident #%1").arg(incidentId));
    ui->timelineTable->setColumnCount(5);
    ui->timelineTable->setHorizontalHeaderLabels(
        {tr("Time"), tr("Event"), tr("Grade"), tr("By"), tr("Details")});
    ui->timelineTable->horizontalHeader()->setStretchLastSection(true);
    ui->timelineTable->verticalHeader()->hide();

    ui->postTable->setRowCount(3);
    ui->postTable->setColumnCount(PostGradeTable::kMeasures);
    ui->postTable->setVerticalHeaderLabels({IncidentLabels::grade(Grade::Serious),
                                            IncidentLabels::grade(Grade::Urgent),
                                            IncidentLabels::grade(Grade::Major)});
    ui->postTable->setHorizontalHeaderLabels(
        {tr("Outage (min)"), tr("Complaints"), tr("Loss (money)"), tr("Users affected")});
    ui->postTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    connect(ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    connect(ui->detailGradeButton, &QPushButton::clicked, this,
            [this] { Q_EMIT gradeRequested(m_id); });
    connect(ui->resolveButton, &QPushButton::clicked, this, &IncidentDetail::resolve);
    connect(ui->postGradeButton, &QPushButton::clicked, this, &IncidentDetail::postGrade);
    connect(ui->saveTableButton, &QPushButton::clicked, this, &IncidentDetail::saveTable);
    connect(ui->kbSaveButton, &QPushButton::clicked, this, &IncidentDetail::saveKnowledge);
    for (QSpinBox *s : {ui->outageSpin, ui->complaintsSpin, ui->usersSpin})
        connect(s, &QSpinBox::valueChanged, this, &IncidentDetail::updatePostResult);
    connect(ui->lossSpin, &QDoubleSpinBox::valueChanged, this, &IncidentDetail::updatePostResult);
    connect(ui->postTable, &QTableWidget::itemChanged, this, &IncidentDetail::updatePostResult);

    loadTable();
    refresh();
}

IncidentDetail::~IncidentDetail() = default;

void IncidentDetail::showResolve() {
    ui->detailTabs->setCurrentIndex(ResolveTab);
    ui->summaryEdit->setFocus();
}

void IncidentDetail::showPostGrade() {
    ui->detailTabs->setCurrentIndex(PostGradeTab);
}

void IncidentDetail::loadTable() {
    QString error;
    if (!PostGradeTable::load(*m_ws.db, m_table, error)) {
        ui->postStatus->setText(tr("%1 The shipped defaults are shown.").arg(error));
        m_table = PostGradeTable::defaults();
    }
    const QSignalBlocker block(ui->postTable);
    const bool editable = m_ws.user.permissions.has(perm::AdminSettings);
    for (int g = 0; g < 3; ++g)
        for (int m = 0; m < PostGradeTable::kMeasures; ++m) {
            const auto v = m_table.threshold(g, m);
            auto *item = new QTableWidgetItem(v ? QString::number(*v, 'g', 12) : QString());
            if (!editable)
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            ui->postTable->setItem(g, m, item);
        }
    IncidentLabels::fitHeight(ui->postTable);
}

void IncidentDetail::refresh() {
    QString error;
    if (!m_queries.incident(m_id, m_incident, error)) {
        ui->titleLabel->setText(error);
        return;
    }
    const IncidentRecord &i = m_incident;
    const bool open = i.state == QLatin1StringView("open");
    ui->titleLabel->setText(tr("#%1 %2 — %3 (%4)")
                                .arg(i.id)
                                .arg(Labels::problemType(i.problemType),
                                     IncidentLabels::grade(i.grade),
                                     open ? tr("open") : tr("resolved")));
    ui->titleLabel->setStyleSheet(
        QStringLiteral("font-size: 14pt; font-weight: 600; padding: 4px; background: %1; "
                       "color: %2;")
            .arg(IncidentLabels::gradeColour(i.grade).name(),
                 IncidentLabels::gradeTextColour(i.grade).name()));
    QStringList facts{tr("Opened %1 (%2)").arg(timeText(i.openedAt), i.triggerKind),
                      tr("Owner: %1").arg(i.ownerName.isEmpty() ? tr("nobody yet") : i.ownerName),
                      tr("Identified: %1").arg(IncidentLabels::confirmation(i.confirmation))};
    if (!i.knownIssueTitle.isEmpty())
        facts.append(tr("Known problem: %1").arg(i.knownIssueTitle));
    if (!i.overrideReason.isEmpty())
        facts.append(tr("Override reason: %1").arg(i.overrideReason));
    if (i.closedAt)
        facts.append(tr("Resolved %1: %2").arg(timeText(*i.closedAt), i.summary));
    if (i.postGrade)
        facts.append(tr("Post-incident grade: %1").arg(IncidentLabels::grade(*i.postGrade)));
    ui->factsLabel->setText(facts.join(QStringLiteral("\n")));

    QList<TimelineEntry> timeline;
    if (!m_queries.timeline(m_id, timeline, error)) {
        ui->factsLabel->setText(error);
        return;
    }
    ui->timelineTable->setRowCount(static_cast<int>(timeline.size()));
    for (int r = 0; r < timeline.size(); ++r) {
        const TimelineEntry &e = timeline.at(r);
        ui->timelineTable->setItem(r, 0, cell(timeText(e.at)));
        ui->timelineTable->setItem(r, 1, cell(IncidentLabels::event(e.event)));
        QTableWidgetItem *g = cell(e.grade ? IncidentLabels::grade(*e.grade) : QString());
        if (e.grade) {
            g->setBackground(IncidentLabels::gradeColour(*e.grade));
            g->setForeground(IncidentLabels::gradeTextColour(*e.grade));
        }
        ui->timelineTable->setItem(r, 2, g);
        ui->timelineTable->setItem(r, 3, cell(e.actorId ? e.actorName : tr("system")));
        ui->timelineTable->setItem(r, 4, cell(IncidentLabels::eventDetail(e)));
    }
    ui->timelineTable->resizeColumnsToContents();

    if (!open && !m_factsFilled)
        fillFacts();
    if (!m_kbFilled) {
        m_kbFilled = true;
        KnowledgeEntry k;
        if (i.knownIssueId > 0 && m_queries.knowledgeEntry(i.knownIssueId, k, error)) {
            ui->kbTitleEdit->setText(k.title);
            ui->kbBodyEdit->setPlainText(k.body);
        } else {
            ui->kbTitleEdit->setText(Labels::problemType(i.problemType));
        }
    }
    ui->kbCaption->setText(
        i.knownIssueId > 0
            ? tr("Linked knowledge-base entry #%1. Update it with what was learnt.")
                  .arg(i.knownIssueId)
            : tr("No knowledge-base entry is linked; saving creates a known-issue entry and "
                 "links it."));
    setPermissionState();
    updatePostResult();
}

void IncidentDetail::setPermissionState() {
    const bool open = m_incident.state == QLatin1StringView("open");
    const auto &p = m_ws.user.permissions;
    allow(ui->resolveButton, m_ws.canWrite && open && p.has(perm::IncidentsResolve),
          perm::IncidentsResolve);
    if (!open)
        ui->resolveButton->setToolTip(tr("Already resolved."));
    allow(ui->postGradeButton, m_ws.canWrite && !open && p.has(perm::IncidentsPostGrade),
          perm::IncidentsPostGrade);
    if (open)
        ui->postGradeButton->setToolTip(tr("Resolve the incident first."));
    allow(ui->kbSaveButton, m_ws.canWrite && p.has(perm::KbEdit), perm::KbEdit);
    allow(ui->saveTableButton, m_ws.canWrite && p.has(perm::AdminSettings), perm::AdminSettings);
    allow(ui->detailGradeButton, m_ws.canWrite && open && p.has(perm::IncidentsGrade),
          perm::IncidentsGrade);
}

void IncidentDetail::fillFacts() {
    m_factsFilled = true;
    if (!m_incident.closedAt)
        return;
    const qint64 closed = *m_incident.closedAt;
    ui->outageSpin->setValue(static_cast<int>((closed - m_incident.openedAt) / 60000));
    RuleSet rules = RuleSet::defaults();
    QString error;
    int complaints = 0;
    if (m_queries.currentRules(rules, error) &&
        m_queries.complaintsBetween(m_incident.problemType,
                                    m_incident.openedAt - rules.burstWindowMs(), closed, complaints,
                                    error))
        ui->complaintsSpin->setValue(complaints);
    ui->complaintsSpin->setToolTip(
        tr("Complaints of this type from one burst window before the opening until the "
           "resolution."));
}

PostIncidentFacts IncidentDetail::facts() const {
    return {ui->outageSpin->value(), ui->complaintsSpin->value(), ui->lossSpin->value(),
            ui->usersSpin->value()};
}

PostGradeTable IncidentDetail::tableFromWidget(QString &error) const {
    PostGradeTable t;
    for (int g = 0; g < 3; ++g)
        for (int m = 0; m < PostGradeTable::kMeasures; ++m) {
            const QTableWidgetItem *item = ui->postTable->item(g, m);
            const QString text = item ? item->text().trimmed() : QString();
            if (text.isEmpty())
                continue;
            bool ok = false;
            const double v = QLocale().toDouble(text, &ok);
            const double plain = ok ? v : text.toDouble(&ok);
            if (!ok || plain < 0) {
                error = tr("Post-incident grade table, row %1, column %2: \"%3\" is not a "
                           "number ≥ 0.")
                            .arg(ui->postTable->verticalHeaderItem(g)->text(),
                                 ui->postTable->horizontalHeaderItem(m)->text(), text);
                return {};
            }
            t.setThreshold(g, m, plain);
        }
    // The same checks as the stored form (thresholds must not fall with the grade).
    const auto checked = PostGradeTable::fromJson(t.toJson(), error);
    return checked ? *checked : PostGradeTable();
}

void IncidentDetail::updatePostResult() {
    QString error;
    const PostGradeTable t = tableFromWidget(error);
    if (!error.isEmpty()) {
        ui->postResult->setText(error);
        return;
    }
    QStringList by;
    const Grade g = t.grade(facts(), &by);
    for (QString &key : by)
        key = IncidentLabels::measure(key);
    ui->postResult->setText(
        by.isEmpty() ? tr("Result: %1").arg(IncidentLabels::grade(g))
                     : tr("Result: %1 (reached by %2)")
                           .arg(IncidentLabels::grade(g), by.join(QStringLiteral(", "))));
}

void IncidentDetail::resolve() {
    QString error;
    IncidentFollowUp follow(*m_ws.db, *m_ws.clock);
    if (!follow.resolve(m_id, ui->summaryEdit->toPlainText(), m_ws.user.staffId, error)) {
        ui->resolveStatus->setText(error);
        return;
    }
    ui->resolveStatus->setText(tr("Resolved. Give the post-incident grade next."));
    refresh();
    showPostGrade();
    Q_EMIT changed();
}

void IncidentDetail::postGrade() {
    QString error;
    const PostGradeTable t = tableFromWidget(error);
    if (!error.isEmpty()) {
        ui->postStatus->setText(error);
        return;
    }
    Grade g = Grade::General;
    IncidentFollowUp follow(*m_ws.db, *m_ws.clock);
    if (!follow.postGrade(m_id, facts(), t, m_ws.user.staffId, g, error)) {
        ui->postStatus->setText(error);
        return;
    }
    ui->postStatus->setText(tr("Post-incident grade stored: %1.").arg(IncidentLabels::grade(g)));
    refresh();
    Q_EMIT changed();
}

void IncidentDetail::saveTable() {
    QString error;
    const PostGradeTable t = tableFromWidget(error);
    if (!error.isEmpty()) {
        ui->postStatus->setText(error);
        return;
    }
    if (!SettingsStore(*m_ws.db).set(PostGradeTable::kSettingKey, QString::fromUtf8(t.toJson()),
                                     m_ws.user.login, m_ws.clock->nowMs(), error)) {
        ui->postStatus->setText(error);
        return;
    }
    m_table = t;
    ui->postStatus->setText(tr("The post-incident grade table is saved for everyone."));
}

void IncidentDetail::saveKnowledge() {
    QString error;
    qint64 entry = 0;
    IncidentFollowUp follow(*m_ws.db, *m_ws.clock);
    if (!follow.saveKnowledge(m_id, ui->kbTitleEdit->text(), ui->kbBodyEdit->toPlainText(),
                              m_ws.user.staffId, entry, error)) {
        ui->kbStatus->setText(error);
        return;
    }
    ui->kbStatus->setText(tr("Saved as knowledge-base entry #%1.").arg(entry));
    refresh();
    Q_EMIT changed();
}

} // namespace sb::app
