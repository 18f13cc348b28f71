#include "incidents/ruleseteditor.h"
#include "security/permissions.h"

#include "ui_ruleseteditor.h"

#include "domain/labels.h"
#include "grading/rulesetstore.h"

#include <QComboBox>
#include <QDateTime>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>

namespace sb::app {

namespace {
constexpr std::array<ProblemClass, 3> kClasses{ProblemClass::Security, ProblemClass::Key,
                                               ProblemClass::Routine};
constexpr std::array<Grade, 4> kGrades{Grade::General, Grade::Serious, Grade::Urgent, Grade::Major};
const QString kTierKeys[2] = {QStringLiteral("normal"), QStringLiteral("vip")};

QTableWidgetItem *textItem(const QString &text, bool editable) {
    auto *item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}
} // namespace

RuleSetEditor::RuleSetEditor(const Workspace &ws, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RuleSetEditor>())
    , m_ws(ws)
    , m_canEdit(ws.canWrite && ws.user.permissions.has(perm::AdminRules)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ruleSetEditor"));

    QTableWidget *g = m_ui->gradingTable;
    const auto &types = problemTypes();
    g->setRowCount(int(types.size()));
    g->setColumnCount(kFirstGradeColumn + 8);
    QStringList headers{tr("Class"), tr("Core experience")};
    for (int c = kFirstGradeColumn; c < kFirstGradeColumn + 8; ++c) {
        const int i = c - kFirstGradeColumn;
        headers << (i < 4 ? Labels::tier(QStringLiteral("normal"))
                          : Labels::tier(QStringLiteral("vip"))) +
                       QLatin1Char('\n') + Labels::grade(gradeKey(kGrades[std::size_t(i % 4)]));
    }
    g->setHorizontalHeaderLabels(headers);
    QStringList rowLabels;
    for (const ProblemTypeInfo &t : types)
        rowLabels << Labels::problemType(t.key);
    g->setVerticalHeaderLabels(rowLabels);
    for (int r = 0; r < g->rowCount(); ++r) {
        auto *combo = new QComboBox(g);
        combo->setObjectName(QStringLiteral("class_") + types.at(r).key);
        for (const ProblemClass c : kClasses)
            combo->addItem(Labels::problemClass(problemClassKey(c)), problemClassKey(c));
        combo->setEnabled(m_canEdit);
        g->setCellWidget(r, kClassColumn, combo);
        auto *core = new QTableWidgetItem;
        core->setFlags(m_canEdit
                           ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable
                           : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        g->setItem(r, kCoreColumn, core);
        for (int c = kFirstGradeColumn; c < kFirstGradeColumn + 8; ++c)
            g->setItem(r, c, textItem(QString(), m_canEdit));
    }
    g->resizeColumnToContents(kClassColumn);
    g->resizeColumnToContents(kCoreColumn);
    for (int c = kFirstGradeColumn; c < kFirstGradeColumn + 8; ++c)
        g->setColumnWidth(c, qMax(72, g->horizontalHeader()->sectionSizeHint(c)));

    QTableWidget *b = m_ui->burstTable;
    b->setRowCount(3);
    b->setColumnCount(2);
    b->setHorizontalHeaderLabels(
        {Labels::tier(QStringLiteral("normal")), Labels::tier(QStringLiteral("vip"))});
    QStringList classLabels;
    for (const ProblemClass c : kClasses)
        classLabels << Labels::problemClass(problemClassKey(c));
    b->setVerticalHeaderLabels(classLabels);
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 2; ++c)
            b->setItem(r, c, textItem(QString(), m_canEdit));
    b->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    b->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    b->setFixedHeight(b->verticalHeader()->length() + b->horizontalHeader()->sizeHint().height() +
                      2 * b->frameWidth());

    for (QLineEdit *e :
         {m_ui->burstWindowEdit, m_ui->gradingWindowEdit, m_ui->quietCloseEdit, m_ui->noteEdit})
        e->setReadOnly(!m_canEdit);
    m_ui->affectedShareSpin->setReadOnly(!m_canEdit);

    QPushButton *saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setText(tr("Save as new version"));
    if (!m_canEdit) {
        saveButton->setEnabled(false);
        saveButton->setToolTip(ws.canWrite ? tr("Needs the permission %1").arg(perm::AdminRules)
                                           : ws.readOnlyReason);
    }
    connect(saveButton, &QPushButton::clicked, this, &RuleSetEditor::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

RuleSetEditor::~RuleSetEditor() = default;

QString RuleSetEditor::columnLabel(int column) const {
    if (column == kClassColumn)
        return tr("Class");
    if (column == kCoreColumn)
        return tr("Core experience");
    const int i = column - kFirstGradeColumn;
    const QString grade = Labels::grade(gradeKey(kGrades[std::size_t(i % 4)]));
    return i < 4 ? tr("Normal: %1").arg(grade) : tr("VIP: %1").arg(grade);
}

void RuleSetEditor::load() {
    RuleSet rules;
    RuleSetVersion meta;
    QString error;
    if (!RuleSetStore(*m_ws.db).active(rules, meta, error)) {
        m_ui->errorLabel->setText(error);
        rules = RuleSet::defaults();
    }
    m_ui->versionLabel->setText(
        meta.createdBy.isEmpty()
            ? tr("Active: version %1 (the shipped default)").arg(meta.version)
            : tr("Active: version %1, saved by %2 at %3%4")
                  .arg(meta.version)
                  .arg(meta.createdBy,
                       QDateTime::fromMSecsSinceEpoch(meta.createdAt, Qt::UTC)
                           .toLocalTime()
                           .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       meta.note.isEmpty() ? QString() : QStringLiteral(" — ") + meta.note));
    fill(rules);
}

void RuleSetEditor::fill(const RuleSet &rules) {
    QTableWidget *g = m_ui->gradingTable;
    for (int r = 0; r < g->rowCount() && r < rules.typeCount(); ++r) {
        auto *combo = static_cast<QComboBox *>(g->cellWidget(r, kClassColumn));
        combo->setCurrentIndex(combo->findData(problemClassKey(rules.typeClass(r))));
        g->item(r, kCoreColumn)
            ->setCheckState(rules.coreExperience(r) ? Qt::Checked : Qt::Unchecked);
        for (int c = kFirstGradeColumn; c < kFirstGradeColumn + 8; ++c)
            g->item(r, c)->setText(QString());
        for (int tier = 0; tier < 2; ++tier)
            for (const GradeCell &cell : rules.cells(r, static_cast<GradingTier>(tier)))
                g->item(r, kFirstGradeColumn + tier * 4 + static_cast<int>(cell.grade))
                    ->setText(cell.text);
    }
    for (int r = 0; r < 3; ++r)
        for (int t = 0; t < 2; ++t)
            m_ui->burstTable->item(r, t)->setText(QString::number(
                rules.burstThreshold(kClasses[std::size_t(r)], static_cast<GradingTier>(t))));
    m_ui->burstWindowEdit->setText(formatIsoDuration(rules.burstWindowMs()));
    m_ui->gradingWindowEdit->setText(formatIsoDuration(rules.gradingWindowMs()));
    m_ui->quietCloseEdit->setText(formatIsoDuration(rules.quietCloseMs()));
    m_ui->affectedShareSpin->setValue(rules.affectedShareThreshold() * 100.0);
}

std::optional<RuleSet> RuleSetEditor::collect(Problem &problem) const {
    problem = {};
    const QTableWidget *g = m_ui->gradingTable;
    const auto &types = problemTypes();
    QJsonObject typesJson;
    for (int r = 0; r < g->rowCount(); ++r) {
        const QString row = g->verticalHeaderItem(r)->text();
        QJsonObject grading;
        for (int tier = 0; tier < 2; ++tier) {
            QJsonObject cells;
            QList<std::pair<int, CountRange>> seen; // column, range
            for (int gi = 0; gi < 4; ++gi) {
                const int col = kFirstGradeColumn + tier * 4 + gi;
                const QString text = g->item(r, col)->text().trimmed();
                if (text.isEmpty())
                    continue;
                const auto fail = [&](const QString &message) {
                    problem = Problem{QStringLiteral("gradingTable"), r, col, message};
                };
                const auto range = RuleSet::parseRange(text);
                if (!range) {
                    fail(tr("%1, %2: \"%3\" is not a count range (a–b, >n, ≥n, ≤n or n)")
                             .arg(row, columnLabel(col), text));
                    return std::nullopt;
                }
                if (range->lo > range->hi || range->lo < 0) {
                    fail(tr("%1, %2: range %3 is inverted (its lower end is above its upper end)")
                             .arg(row, columnLabel(col), text));
                    return std::nullopt;
                }
                for (const auto &[otherCol, other] : std::as_const(seen)) {
                    if (other.overlaps(*range)) {
                        fail(tr("%1, %2: range %3 overlaps %4 %5")
                                 .arg(row, columnLabel(col), text, columnLabel(otherCol),
                                      g->item(r, otherCol)->text().trimmed()));
                        return std::nullopt;
                    }
                }
                seen.append({col, *range});
                cells.insert(gradeKey(kGrades[std::size_t(gi)]), text);
            }
            grading.insert(kTierKeys[tier], cells);
        }
        const auto *combo = static_cast<const QComboBox *>(g->cellWidget(r, kClassColumn));
        typesJson.insert(types.at(r).key,
                         QJsonObject{{QStringLiteral("class"), combo->currentData().toString()},
                                     {QStringLiteral("core_experience"),
                                      g->item(r, kCoreColumn)->checkState() == Qt::Checked},
                                     {QStringLiteral("grading"), grading}});
    }
    QJsonObject burst;
    for (int r = 0; r < 3; ++r) {
        QJsonObject tiers;
        for (int t = 0; t < 2; ++t) {
            const QString text = m_ui->burstTable->item(r, t)->text().trimmed();
            bool ok = false;
            const int n = text.toInt(&ok);
            if (!ok || n < 1) {
                problem =
                    Problem{QStringLiteral("burstTable"), r, t,
                            tr("Burst thresholds, %1, %2: \"%3\" must be a whole number "
                               "of at least 1")
                                .arg(m_ui->burstTable->verticalHeaderItem(r)->text(),
                                     m_ui->burstTable->horizontalHeaderItem(t)->text(), text)};
                return std::nullopt;
            }
            tiers.insert(kTierKeys[t], n);
        }
        burst.insert(problemClassKey(kClasses[std::size_t(r)]), tiers);
    }
    QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("burst_thresholds"), burst},
        {QStringLiteral("problem_types"), typesJson},
        {QStringLiteral("affected_share_threshold"), m_ui->affectedShareSpin->value() / 100.0}};
    const std::pair<QLineEdit *, const char *> durations[] = {
        {m_ui->burstWindowEdit, "burst_window"},
        {m_ui->gradingWindowEdit, "grading_window"},
        {m_ui->quietCloseEdit, "quiet_close"}};
    for (const auto &[edit, key] : durations) {
        if (parseIsoDuration(edit->text()) <= 0) {
            problem.message =
                tr("%1: \"%2\" is not a positive ISO 8601 duration such as PT30M")
                    .arg(edit->objectName() == QLatin1StringView("burstWindowEdit")
                             ? m_ui->burstWindowLabel->text()
                         : edit->objectName() == QLatin1StringView("gradingWindowEdit")
                             ? m_ui->gradingWindowLabel->text()
                             : m_ui->quietCloseLabel->text(),
                         edit->text());
            return std::nullopt;
        }
        root.insert(QLatin1StringView(key), edit->text().trimmed());
    }
    QString error;
    auto rules = RuleSet::fromJson(QJsonDocument(root).toJson(), error);
    if (!rules)
        problem.message = error; // what the cell checks above cannot see (e.g. windows)
    return rules;
}

void RuleSetEditor::showProblem(const Problem &p) {
    for (QTableWidget *t : {m_ui->gradingTable, m_ui->burstTable})
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                if (QTableWidgetItem *i = t->item(r, c))
                    i->setData(Qt::BackgroundRole, QVariant());
    m_ui->errorLabel->setText(p.message);
    QTableWidget *t = p.table == QLatin1StringView("burstTable") ? m_ui->burstTable
                      : p.table.isEmpty()                        ? nullptr
                                                                 : m_ui->gradingTable;
    if (t && p.row >= 0) {
        t->item(p.row, p.column)->setBackground(QColor(0xff, 0xcd, 0xd2));
        t->setCurrentCell(p.row, p.column);
        t->scrollToItem(t->item(p.row, p.column));
    }
}

void RuleSetEditor::save() {
    if (!m_canEdit)
        return;
    Problem problem;
    const auto rules = collect(problem);
    showProblem(problem);
    if (!rules)
        return;
    QString error;
    int version = 0;
    if (!RuleSetStore(*m_ws.db).save(*rules, m_ws.user.login, m_ui->noteEdit->text().trimmed(),
                                     *m_ws.clock, version, error)) {
        m_ui->errorLabel->setText(tr("Not saved: %1").arg(error));
        return;
    }
    m_savedVersion = version;
    Q_EMIT saved(version);
    accept();
}

} // namespace sb::app
