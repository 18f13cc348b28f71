#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace sb {

// Translated labels for the stable keys stored in the database (channel, tier, problem
// type, ticket state, grade, role, ticket queue). Unknown keys are shown as they are. The
// vocabulary lives in core so that the GUI, the report documents (PDF, CSV, Excel) and the
// command line label alike; texts are translated at each call (context "Labels"), in the
// language of the translators installed then.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString channel(const QString &key);
    static QString tier(const QString &key);
    static QString problemType(const QString &key);
    static QString problemClass(const QString &key);
    static QString state(const QString &key);
    static QString grade(const QString &key);
    static QString role(const QString &key);
    static QString queue(const QString &key);        // ticket queue keys (tickets/ticketquery.h)
    static QString satisfaction(const QString &key); // very_satisfied … very_unsatisfied
    static QString validity(const QString &key);     // valid / invalid
    static QString staffStatus(const QString &key);  // active, disabled, expired, left
    static QString gender(const QString &key);       // female/F, male/M, other
    // A value of a workflow form's choice field, by the field's name (channel, satisfaction).
    static QString choice(const QString &field, const QString &key);
    // The name of a workflow form's field or a timeline detail ("dispatch_opinion" → "Dispatch
    // opinion"; "handler_id" → "Handler"); unknown keys are made readable the same way.
    static QString field(const QString &key);
    // Deadline milestones: first_response → "First response" …
    static QString milestone(const QString &key);

private:
    using Table = QHash<QString, const char *>;
    static QString lookup(const Table &table, const QString &key);
};

} // namespace sb
