#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include "util/translation.h"

namespace sb {

// Translated labels for the stable keys stored in the database (channel, tier, problem
// type, ticket state, grade, role, ticket queue). Unknown keys are shown as they are. The
// vocabulary lives in core so that the GUI, the report documents (PDF, CSV, Excel) and the
// command line label alike; texts are translated at each call (context "Labels"), in the
// language of the translators installed then, or in the `language` given (a document written
// in another language than the interface's).
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString channel(const QString &key, const Translation &language = {});
    static QString tier(const QString &key, const Translation &language = {});
    static QString problemType(const QString &key, const Translation &language = {});
    static QString problemClass(const QString &key, const Translation &language = {});
    static QString state(const QString &key, const Translation &language = {});
    static QString grade(const QString &key, const Translation &language = {});
    static QString role(const QString &key, const Translation &language = {});
    static QString
    queue(const QString &key,
          const Translation &language = {}); // ticket queue keys (tickets/ticketquery.h)
    static QString
    satisfaction(const QString &key,
                 const Translation &language = {}); // very_satisfied … very_unsatisfied
    static QString validity(const QString &key,
                            const Translation &language = {}); // valid / invalid
    static QString staffStatus(const QString &key,
                               const Translation &language = {}); // active, disabled, expired, left
    static QString gender(const QString &key,
                          const Translation &language = {}); // female/F, male/M, other
    // A value of a workflow form's choice field, by the field's name (channel, satisfaction).
    static QString choice(const QString &field, const QString &key);
    // The name of a workflow form's field or a timeline detail ("dispatch_opinion" → "Dispatch
    // opinion"; "handler_id" → "Handler"); unknown keys are made readable the same way.
    static QString field(const QString &key);
    // Deadline milestones: first_response → "First response" …
    static QString milestone(const QString &key, const Translation &language = {});

private:
    using Table = QHash<QString, const char *>;
    static QString lookup(const Table &table, const QString &key, const Translation &language);
};

} // namespace sb
