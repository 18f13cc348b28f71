#include "tickets/ticketsfeature.h"

#include "tickets/importwizard.h"
#include "tickets/urgingfeature.h"

namespace sb::app {

namespace {
void installTickets(MainWindow &window) {
    installTicketsUrgingFeature(window);
    installTicketsImportFeature(window);
}
} // namespace

FeatureSpec ticketsFeature() {
    return {QStringLiteral("tickets"),
            QT_TRANSLATE_NOOP("sb::app::MainWindow", "Tickets"),
            QStringLiteral("mail-message"),
            QString(),
            &createTicketsPlace,
            &installTickets};
}

} // namespace sb::app
