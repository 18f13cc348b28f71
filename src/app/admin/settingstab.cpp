#include "admin/settingstab.h"
#include "admin/publishreleasedialog.h"
#include "admin/rowsview.h"
#include "incidents/alertcenter.h"

#include "archive/retention.h"
#include "qa/qadayqueries.h"
#include "qa/qasample.h"
#include "reports/reportsettings.h"
#include "security/permissions.h"

#include "security/securitysettings.h"
#include "shell/queryplace.h"
#include "storage/releasestore.h"
#include "storage/settingsstore.h"
#include "tickets/attachmentspane.h"
#include "workflow/businesscalendar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLabel>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>

namespace sb::app {

namespace {
// A share such as qa.sample_rate: a decimal fraction above 0 and at most 1 (QaRate).
QString rateProblem(const QString &key, const QString &value) {
    QString e;
    return QaRate::parse(value, e) ? QString() : SettingsTab::tr("%1: %2").arg(key, e);
}

QList<SettingSpec> qaSettings() {
    const QString sampleRate = QString::fromLatin1(QaSampleStore::kRateSetting);
    const QString stratify = QString::fromLatin1(QaSampleStore::kStratifySetting);
    const QString drawAt = QString::fromLatin1(QaDayQueries::kDrawAtSetting);
    const QString doubleRate = QStringLiteral("qa.double_rate");
    return {
        {sampleRate,
         SettingsTab::tr("Share of each day's closed tickets drawn for the QA spot check"),
         QString::fromLatin1(QaSampleStore::kDefaultRate), 0, 0, false,
         [sampleRate](const QString &v) {
             return rateProblem(sampleRate, v);
         }},
        {stratify, SettingsTab::tr("Ticket column the QA spot check is stratified by (or none)"),
         QString::fromLatin1(QaSampleStore::kDefaultStratify), 0, 0, false,
         [stratify](const QString &v) -> QString {
             if (qaStratifyByFromKey(v))
                 return {};
             return SettingsTab::tr("%1 must be one of %2; “%3” is not.")
                 .arg(stratify, qaStratifyByKeys().join(QStringLiteral(", ")), v.left(40));
         }},
        {drawAt,
         SettingsTab::tr("Local time after which a workstation draws the previous day's QA spot "
                         "check (HH:mm)"),
         QString::fromLatin1(QaDayQueries::kDefaultDrawAt), 0, 0, false,
         [drawAt](const QString &v) -> QString {
             if (QaDayQueries::parseDrawAt(v))
                 return {};
             return SettingsTab::tr("%1 must be a time of day from 00:00 to 23:59, such as "
                                    "00:30; “%2” is not.")
                 .arg(drawAt, v.left(40));
         }},
        {QStringLiteral("qa.pass_mark"),
         SettingsTab::tr("QA review score at which a review passes"), QStringLiteral("80"), 0, 100,
         true},
        {QStringLiteral("qa.dispute_days"),
         SettingsTab::tr("Days an agent has to acknowledge or dispute a QA review"),
         QStringLiteral("3"), 1, 365, true},
        {doubleRate, SettingsTab::tr("Share of the QA sample scored blind by a second inspector"),
         QStringLiteral("0.10"), 0, 0, false,
         [doubleRate](const QString &v) {
             return rateProblem(doubleRate, v);
         }},
    };
}

// What periodic reports read (ReportSettingsStore checks the same ranges when it loads them).
QList<SettingSpec> reportSettings() {
    const ReportSettings d;
    return {
        {QString::fromLatin1(ReportSettingsStore::kRepeatDays),
         SettingsTab::tr("Days within which a complaint of the same customer and problem type "
                         "counts as a repeat in reports"),
         QString::number(d.repeatDays), 1, ReportSettingsStore::kMaxRepeatDays, true},
        {QString::fromLatin1(ReportSettingsStore::kGrowthMinVolume),
         SettingsTab::tr("Fewest tickets in a period for a problem type to be ranked as growing "
                         "in reports"),
         QString::number(d.growthMinVolume), 0, ReportSettingsStore::kMaxGrowthMinVolume, true},
        {QString::fromLatin1(ReportSettingsStore::kRecurringThreshold),
         SettingsTab::tr("Tickets per period above which a problem type counts toward recurring "
                         "(supervision) in reports"),
         QString::number(d.recurringThreshold), 0, 0, false,
         [](const QString &v) {
             return ReportSettingsStore::thresholdProblem(v);
         }},
        {QString::fromLatin1(ReportSettingsStore::kRecurringPeriods),
         SettingsTab::tr("Consecutive periods above the threshold that make a problem type "
                         "recurring in reports"),
         QString::number(d.recurringPeriods), 1, ReportSettingsStore::kMaxRecurringPeriods, true},
    };
}
// The newest published version; "Publish a release…" writes the three together.
QList<SettingSpec> releaseSettings() {
    return {
        {QString::fromLatin1(ReleaseStore::kVersionKey),
         SettingsTab::tr("Newest published version of Signalboard; older workstations show a "
                         "notice (use “Publish a release…” to set it with its notes)"),
         QString(), 0, 0, false,
         [](const QString &v) {
             return ReleaseStore::versionProblem(v);
         }},
        {QString::fromLatin1(ReleaseStore::kNotesKey),
         SettingsTab::tr("Notes shown with the newest version (plain text)"), QString(), 0, 0,
         false,
         [](const QString &v) {
             return ReleaseStore::notesProblem(v);
         }},
        {QString::fromLatin1(ReleaseStore::kUrlKey),
         SettingsTab::tr("Web page where the newest version can be downloaded"), QString(), 0, 0,
         false,
         [](const QString &v) {
             return ReleaseStore::urlProblem(v);
         }},
    };
}
} // namespace

QList<SettingSpec> knownSettings() {
    const PasswordHashParams lo = PasswordHashParams::minimum();
    const PasswordHashParams def = PasswordHashParams::interactive();
    QList<SettingSpec> specs{
        {SecuritySettings::kOpsLimit, SettingsTab::tr("Argon2id passes for new password hashes"),
         QString::number(def.opsLimit), qint64(lo.opsLimit), 64, true},
        {SecuritySettings::kMemLimit, SettingsTab::tr("Argon2id memory in bytes"),
         QString::number(def.memLimit), qint64(lo.memLimit), qint64(4) * 1024 * 1024 * 1024, true},
        {SecuritySettings::kMaxFailures,
         SettingsTab::tr("Wrong passwords in a row before the account locks"), QStringLiteral("5"),
         1, 1000, true},
        {SecuritySettings::kLockoutMinutes, SettingsTab::tr("Minutes an account stays locked"),
         QStringLiteral("15"), 1, 7 * 24 * 60, true},
        {QStringLiteral("workflow.max_support_tier"),
         SettingsTab::tr("Highest support tier a ticket can be escalated to"), QStringLiteral("3"),
         1, 9, true},
        {QString::fromLatin1(AttachmentsPane::kMaxBytesSetting),
         SettingsTab::tr("Largest file that may be attached to a ticket, in bytes"),
         QString::number(AttachmentsPane::kDefaultMaxBytes), 1, AttachmentsPane::kLargestMaxBytes,
         true},
        {QStringLiteral("workflow.calendar"),
         SettingsTab::tr("Working hours, time zone and make-up-day hours (JSON)"),
         QString::fromUtf8(
             QJsonDocument(CalendarSettings::defaults().toJson()).toJson(QJsonDocument::Compact)),
         0, 0, false,
         [](const QString &value) -> QString {
             QJsonParseError pe;
             const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8(), &pe);
             if (pe.error != QJsonParseError::NoError || !doc.isObject())
                 return SettingsTab::tr("workflow.calendar must be a JSON object: %1 at "
                                        "character %2.")
                     .arg(pe.errorString())
                     .arg(pe.offset);
             CalendarSettings parsed;
             QString e;
             if (!CalendarSettings::fromJson(doc.object(), parsed, e))
                 return SettingsTab::tr("workflow.calendar: %1").arg(e);
             return {};
         }},
    };
    specs += qaSettings();
    specs += reportSettings();
    specs.append({QString::fromLatin1(AlertCenter::kToastSecondsSetting),
                  SettingsTab::tr("Seconds an incident alert stays up before it collapses into "
                                  "the alert drawer"),
                  QString::number(AlertCenter::kDefaultToastSeconds), 1,
                  AlertCenter::kMaxToastSeconds, true});

    // What `signalboard-cli archive` reads (RetentionRules checks the same range).
    const RetentionRules retention;
    specs += {
        {RetentionRules::ordinaryKey(),
         SettingsTab::tr("Months a closed ordinary ticket stays before it may be archived"),
         QString::number(retention.ordinaryMonths), 1, 1200, true},
        {RetentionRules::importantKey(),
         SettingsTab::tr("Months a closed important ticket (green channel, appealed, VIP, "
                         "incident) stays before it may be archived"),
         QString::number(retention.importantMonths), 1, 1200, true},
    };

    specs += releaseSettings();
    return specs;
}

QString settingProblem(const QString &key, const QString &value) {
    static const QRegularExpression keyRe(QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$"));
    if (key.size() > 200 || !keyRe.match(key).hasMatch())
        return SettingsTab::tr("The setting name “%1” is not valid: use lower-case words of a–z, "
                               "0–9 and _ joined by dots, at most 200 characters.")
            .arg(key.left(60));
    for (const SettingSpec &s : knownSettings()) {
        if (s.key != key)
            continue;
        if (s.check) {
            if (const QString p = s.check(value); !p.isEmpty())
                return p;
        }
        if (!s.integer)
            break;
        bool ok = false;
        const qint64 v = value.trimmed().toLongLong(&ok);
        if (!ok || v < s.min || v > s.max)
            return SettingsTab::tr("%1 must be a whole number from %2 to %3; “%4” is not.")
                .arg(key)
                .arg(s.min)
                .arg(s.max)
                .arg(value.left(40));
        return {};
    }
    if (value.size() > 20000)
        return SettingsTab::tr("The value of %1 is too long (at most 20000 characters).").arg(key);
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return SettingsTab::tr("The value of %1 contains a control or invisible character "
                                   "(U+%2).")
                .arg(key)
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return {};
}

SettingsTab::SettingsTab(AdminContext &ctx, QWidget *parent)
    : AdminTab(ctx, parent)
    , m_current(new QStandardItemModel(this))
    , m_history(new QStandardItemModel(this))
    , m_view(new QTableView(this))
    , m_historyView(new QTableView(this))
    , m_key(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save new value"), this))
    , m_publish(new QPushButton(tr("&Publish a release…"), this)) {
    m_view->setObjectName(QStringLiteral("settingsView"));
    m_historyView->setObjectName(QStringLiteral("settingsHistory"));
    m_key->setObjectName(QStringLiteral("settingKey"));
    m_key->setPlaceholderText(tr("setting name, e.g. security.lockout.minutes"));
    m_key->setMaxLength(300);
    m_value->setObjectName(QStringLiteral("settingValue"));
    m_value->setMaxLength(20000);
    m_save->setObjectName(QStringLiteral("settingSave"));
    m_publish->setObjectName(QStringLiteral("publishRelease"));
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    for (QTableView *v : {m_view, m_historyView}) {
        setUpRowsView(v);
    }
    m_view->setModel(m_current);
    m_historyView->setModel(m_history);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Setting"), this));
    row->addWidget(m_key, 2);
    row->addWidget(new QLabel(tr("Value"), this));
    row->addWidget(m_value, 2);
    row->addWidget(m_save);
    row->addWidget(m_publish);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_historyView);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_save, &QPushButton::clicked, this, &SettingsTab::save);
    connect(m_publish, &QPushButton::clicked, this, &SettingsTab::openPublishDialog);
    connect(m_value, &QLineEdit::returnPressed, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QString key = selectedKey();
        if (!key.isEmpty()) {
            m_key->setText(key);
            m_value->setText(
                m_current->item(m_view->currentIndex().row(), 1)->data(Qt::UserRole).toString());
        }
        showHistory();
    });
    connect(&ctx.gate, &PermissionGate::changed, this, &SettingsTab::updateButtons);
    refresh();
    updateButtons();
}

void SettingsTab::updateButtons() {
    permit(m_save, perm::AdminSettings);
    permit(m_publish, perm::AdminSettings);
}

void SettingsTab::openPublishDialog() {
    m_ctx.gate.recheck();
    if (!m_ctx.gate.has(perm::AdminSettings)) {
        m_status->error(m_ctx.gate.missingText(perm::AdminSettings));
        return;
    }
    QString e;
    const std::optional<ReleaseInfo> current = ReleaseStore(m_ctx.db).read(e);
    if (!e.isEmpty()) {
        m_status->error(tr("The published release could not be read: %1").arg(e));
        return;
    }
    if (m_publishDialog)
        m_publishDialog->close();
    m_publishDialog = new PublishReleaseDialog(
        current.value_or(ReleaseInfo{}),
        [this](const ReleaseInfo &info, QString &error) {
            // Rights as they are now, not as they were when the dialog opened.
            m_ctx.gate.recheck();
            if (!m_ctx.gate.has(perm::AdminSettings)) {
                error = m_ctx.gate.missingText(perm::AdminSettings);
                return false;
            }
            return ReleaseStore(m_ctx.db).publish(info, m_ctx.gate.session().login,
                                                  m_ctx.clock.nowMs(), error);
        },
        this);
    m_publishDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_publishDialog, &QDialog::accepted, this, [this, d = m_publishDialog] {
        const QString version = d->release().version;
        refresh();
        selectKey(QString::fromLatin1(ReleaseStore::kVersionKey));
        m_status->ok(
            tr("Version %1 is published; older workstations will show a notice.").arg(version));
    });
    m_publishDialog->open();
}

void SettingsTab::refresh() {
    const QString selected = selectedKey();
    SettingsStore store(m_ctx.db);
    QList<SettingVersion> cur;
    QString e;
    if (!store.current(cur, e)) {
        m_status->error(tr("The settings could not be read: %1").arg(e));
        return;
    }
    m_current->clear();
    m_current->setHorizontalHeaderLabels({tr("Setting"), tr("Value"), tr("Version"),
                                          tr("Changed by"), tr("Changed"), tr("Meaning")});
    QHash<QString, SettingSpec> known;
    for (const SettingSpec &s : knownSettings())
        known.insert(s.key, s);
    QSet<QString> seen;
    auto add = [this, &known](const QString &key, const QString &value, const QString &shown,
                              int version, const QString &by, const QString &at) {
        auto *valueItem = new QStandardItem(shown);
        valueItem->setData(value, Qt::UserRole);
        auto *keyItem = new QStandardItem(key);
        keyItem->setData(key, Qt::UserRole);
        m_current->appendRow({keyItem, valueItem,
                              new QStandardItem(version > 0 ? QString::number(version) : QString()),
                              new QStandardItem(by), new QStandardItem(at),
                              new QStandardItem(known.value(key).meaning)});
    };
    for (const SettingVersion &v : std::as_const(cur)) {
        seen.insert(v.key);
        add(v.key, v.value, v.value, v.version, v.changedBy, formatTime(QVariant(v.changedAt)));
    }
    for (const SettingSpec &s : knownSettings()) {
        if (!seen.contains(s.key))
            add(s.key, s.fallback, tr("%1 (default)").arg(s.fallback), 0, QString(), QString());
    }
    m_current->sort(0);
    if (!selected.isEmpty())
        selectKey(selected);
}

QString SettingsTab::selectedKey() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_current->item(rows.first().row(), 0)->text();
}

bool SettingsTab::selectKey(const QString &key) {
    for (int r = 0; r < m_current->rowCount(); ++r) {
        if (m_current->item(r, 0)->text() == key) {
            m_view->selectRow(r);
            return true;
        }
    }
    return false;
}

void SettingsTab::showHistory() {
    m_history->clear();
    m_history->setHorizontalHeaderLabels(
        {tr("Version"), tr("Value"), tr("Changed by"), tr("Changed")});
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    SettingsStore store(m_ctx.db);
    QList<SettingVersion> versions;
    QString e;
    if (!store.history(key, versions, e)) {
        m_status->error(tr("The history of %1 could not be read: %2").arg(key, e));
        return;
    }
    for (const SettingVersion &v : std::as_const(versions))
        m_history->appendRow({new QStandardItem(QString::number(v.version)),
                              new QStandardItem(v.value), new QStandardItem(v.changedBy),
                              new QStandardItem(formatTime(QVariant(v.changedAt)))});
}

bool SettingsTab::save() {
    const QString key = m_key->text().trimmed();
    const QString value = m_value->text().trimmed();
    // Rights as they are now, not as they were when the tab opened.
    m_ctx.gate.recheck();
    if (!m_ctx.gate.has(perm::AdminSettings)) {
        m_status->error(m_ctx.gate.missingText(perm::AdminSettings));
        return false;
    }
    if (const QString p = settingProblem(key, value); !p.isEmpty()) {
        m_status->error(p);
        return false;
    }
    SettingsStore store(m_ctx.db);
    QString e;
    if (!store.set(key, value, m_ctx.gate.session().login, m_ctx.clock.nowMs(), e)) {
        m_status->error(tr("%1 was not saved: %2").arg(key, e));
        return false;
    }
    refresh();
    selectKey(key);
    showHistory();
    m_status->ok(tr("%1 is now %2.").arg(key, value));
    return true;
}

void SettingsTab::applyChanges(const QList<sb::Change> &changes) {
    if (touches(changes, {ChangeEntity::Setting}))
        refresh();
}

} // namespace sb::app
