#pragma once

#include "tickets/bulkactions.h"
#include "tickets/ticketenv.h"

#include <QDialog>

namespace sb::app {

// Asks for the bulk action's fields (the same generated form as single actions), runs it on
// every selected ticket and shows the per-ticket result list ("bulkResults").
class BulkFlow : public QObject {
    Q_OBJECT
public:
    BulkFlow(const TicketEnv &env, BulkKind kind, QList<BulkTarget> targets,
             QMap<qint64, QString> labels, QWidget *parent);
    void start();
    static QString title(BulkKind kind);

Q_SIGNALS:
    void finished();

private:
    void showResults(const QList<BulkResult> &results);
    const TicketEnv &m_env;
    BulkKind m_kind;
    QList<BulkTarget> m_targets;
    QMap<qint64, QString> m_labels; // ticket id → serial number
    QWidget *m_parent;
};

} // namespace sb::app
