#include "incidents/incidentsfeature.h"

#include "incidents/incidentslivefeature.h"

namespace sb::app {

FeatureSpec incidentsFeature() {
    return {QStringLiteral("incidents"),
            QT_TRANSLATE_NOOP("sb::app::MainWindow", "Incidents"),
            QStringLiteral("dialog-warning"),
            QString(),
            &createIncidentsPlace,
            &installIncidentsLiveFeature};
}

} // namespace sb::app
