#include "today/todayfeature.h"

#include "incidents/incidentlabels.h"
#include "shell/mainwindow.h"
#include "shell/navbadge.h"
#include "today/todayloader.h"
#include "today/todayplace.h"

#include <QListWidget>

namespace sb::app {

TodayNavCounts::TodayNavCounts(MainWindow &window)
    : QObject(&window)
    , m_window(window) {
    setObjectName(QStringLiteral("todayNavCounts"));
    m_loader = new TodayLoader(window.workspace(), TodayPart::Navigation, this);
    connect(m_loader, &TodayLoader::loaded, this, &TodayNavCounts::show);
    connect(m_loader, &TodayLoader::failed, this,
            [](const QString &error) { qWarning("navigation counts: %s", qPrintable(error)); });
    connect(&window, &MainWindow::changesArrived, this, [this](const QList<Change> &changes) {
        if (TodayLoader::concerns(changes))
            m_loader->requestSoon();
    });
    m_loader->reload();
}

void TodayNavCounts::setBadge(const QString &placeKey, int count, const QColor &colour,
                              const QColor &text, const QString &tip) {
    auto *nav = m_window.findChild<QListWidget *>(QStringLiteral("placeList"));
    const int row = int(m_window.placeKeys().indexOf(placeKey));
    QListWidgetItem *item = nav && row >= 0 ? nav->item(row) : nullptr;
    if (!item)
        return;
    item->setData(NavBadgeCountRole, std::max(count, 0));
    item->setData(NavBadgeColourRole, colour);
    item->setData(NavBadgeTextColourRole, text);
    item->setData(Qt::AccessibleDescriptionRole, count > 0 ? tip : QString());
}

void TodayNavCounts::show(const TodaySnapshot &s) {
    const QColor urgent(0xc6, 0x28, 0x28);
    const QColor white(Qt::white);
    setBadge(QStringLiteral("tickets"), int(std::min<qint64>(s.queues.overdue, INT_MAX)), urgent,
             white,
             s.queues.ownOnly ? tr("%n overdue ticket(s) of yours", nullptr, int(s.queues.overdue))
                              : tr("%n overdue ticket(s)", nullptr, int(s.queues.overdue)));
    const std::optional<Grade> worst = s.worstGrade();
    setBadge(QStringLiteral("incidents"), s.openIncidents(),
             worst ? IncidentLabels::gradeColour(*worst) : QColor(),
             worst ? IncidentLabels::gradeTextColour(*worst) : QColor(),
             worst ? tr("%n open incident(s), the worst %1", nullptr, s.openIncidents())
                         .arg(IncidentLabels::grade(*worst))
                   : QString());
    setBadge(QStringLiteral("broadcasts"), s.unreadBroadcasts, QColor(0x15, 0x65, 0xc0), white,
             tr("%n unread broadcast(s)", nullptr, s.unreadBroadcasts));
    setBadge(QStringLiteral("qa"), s.reviews ? s.reviews->due : 0,
             s.reviews && s.reviews->overdue > 0 ? urgent : QColor(0x15, 0x65, 0xc0), white,
             tr("%n review(s) due", nullptr, s.reviews ? s.reviews->due : 0));
}

FeatureSpec todayFeature() {
    return {QStringLiteral("today"),   QT_TRANSLATE_NOOP("sb::app::MainWindow", "Today"),
            QStringLiteral("go-home"), QString(),
            &createTodayPlace,         &installTodayFeature};
}

void installTodayFeature(MainWindow &window) {
    new TodayNavCounts(window);
}

} // namespace sb::app
