#include "release/updatenotice.h"

#include "shell/queryplace.h"

#include "ui_updatenotice.h"

#include <QDesktopServices>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

namespace sb::app {

namespace {
constexpr int kCoalesceMs = 500; // a burst of setting changes is read once
} // namespace

UpdateNotice::UpdateNotice(const QString &running, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UpdateNoticeForm>())
    , m_running(running) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("updateNotice"));
    setModal(false);
    setWindowModality(Qt::NonModal);
    connect(m_ui->linkLabel, &QLabel::linkActivated, this, [this] {
        if (m_info.url.isValid())
            QDesktopServices::openUrl(m_info.url);
    });
    connect(m_ui->remindButton, &QPushButton::clicked, this, [this] {
        Q_EMIT remindTomorrow(m_info.version);
        hide();
    });
    connect(m_ui->dismissButton, &QPushButton::clicked, this, [this] {
        Q_EMIT dismissVersion(m_info.version);
        hide();
    });
}

UpdateNotice::~UpdateNotice() = default;

void UpdateNotice::showRelease(const ReleaseInfo &info) {
    m_info = info;
    m_ui->headline->setText(tr("Signalboard %1 is available. This workstation runs version %2.")
                                .arg(info.version, m_running));
    m_ui->publishedLabel->setText(
        tr("Published by %1 on %2.").arg(info.publishedBy, formatTime(info.publishedAt)));
    m_ui->notesView->setPlainText(info.notes);
    if (info.url.isEmpty()) {
        m_ui->linkLabel->clear();
        m_ui->linkLabel->hide();
    } else {
        const QString href = info.url.toString(QUrl::FullyEncoded).toHtmlEscaped();
        m_ui->linkLabel->setText(
            tr("Get it from: %1")
                .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(href, info.url.toDisplayString().toHtmlEscaped())));
        m_ui->linkLabel->show();
    }
    show();
    raise();
}

QString UpdateNotice::notesText() const {
    return m_ui->notesView->toPlainText();
}

UpdateChecker::UpdateChecker(const Workspace &ws, const QString &running, QWidget *window)
    : QObject(window)
    , m_ws(ws)
    , m_running(running)
    , m_window(window)
    , m_tick(new QTimer(this))
    , m_settingsChanged(new QTimer(this)) {
    setObjectName(QStringLiteral("updateChecker"));
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &UpdateChecker::tick);
    m_tick->start();
    m_settingsChanged->setSingleShot(true);
    m_settingsChanged->setInterval(kCoalesceMs);
    connect(m_settingsChanged, &QTimer::timeout, this, [this] { check(false); });
}

QString UpdateChecker::settingsKey(const QString &version, const char *what) {
    return QStringLiteral("updateNotice/%1/%2").arg(version, QString::fromLatin1(what));
}

bool UpdateChecker::suppressed(const QString &version) const {
    QSettings s;
    if (s.value(settingsKey(version, "dismissed"), false).toBool())
        return true;
    return s.value(settingsKey(version, "remindAfterMs"), 0).toLongLong() > m_ws.clock->nowMs();
}

void UpdateChecker::check(bool again) {
    m_nextCheckMs = m_ws.clock->nowMs() + kDayMs;
    QString error;
    const std::optional<ReleaseInfo> info = ReleaseStore(*m_ws.db).read(error);
    if (!error.isEmpty()) {
        // Said once in the status bar; the next check tries again.
        if (error != m_lastError) {
            if (auto *main = qobject_cast<QMainWindow *>(m_window.data()))
                main->statusBar()->showMessage(
                    tr("Could not look for a newer version: %1").arg(error), 15000);
        }
        m_lastError = error;
        return;
    }
    m_lastError.clear();
    if (!info || !ReleaseStore::isNewer(info->version, m_running) || suppressed(info->version)) {
        if (m_notice)
            m_notice->hide();
        return;
    }
    const bool visible = m_notice && m_notice->isVisible();
    if (!again && !visible && info->version == m_shownVersion)
        return; // closed by the user in this session: not again until tomorrow's check
    if (!m_notice) {
        m_notice = new UpdateNotice(m_running, m_window);
        connect(m_notice, &UpdateNotice::remindTomorrow, this, [this](const QString &v) {
            QSettings().setValue(settingsKey(v, "remindAfterMs"), m_ws.clock->nowMs() + kDayMs);
        });
        connect(m_notice, &UpdateNotice::dismissVersion, this,
                [](const QString &v) { QSettings().setValue(settingsKey(v, "dismissed"), true); });
    }
    m_shownVersion = info->version;
    m_notice->showRelease(*info);
}

void UpdateChecker::tick() {
    if (m_ws.clock->nowMs() >= m_nextCheckMs)
        check(true);
}

void UpdateChecker::applyChanges(const QList<sb::Change> &changes) {
    for (const Change &c : changes) {
        if (c.entity == ChangeEntity::Setting) {
            m_settingsChanged->start();
            return;
        }
    }
}

} // namespace sb::app
