#pragma once

#include "grading/engine.h"
#include "grading/ruleset.h"
#include "io/columnmapping.h"
#include "io/textinput.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

class QIODevice;

namespace sb {

struct ShareSample {
    Instant at;
    int problemType = 0;
    double share = 0;
};

// Replay (docs/spec/GRADING.md, docs/spec/INTERCHANGE.md): reads complaints (our CSV or a mapped
// export) and optional affected-share samples, orders them as instants (a stable sort: equal
// instants keep file order; complaints before samples at one instant), runs the incident engine
// with the quiet close on, and writes one JSON line per event. No database.
class Replay {
    Q_DECLARE_TR_FUNCTIONS(sb::Replay)

public:
    // Reads every row; stops at the first bad one with "line N: column: reason".
    // `text`: the CSV reader's record limit and UTF-8 checks (TextInputOptions).
    static bool readComplaints(QIODevice &in, ColumnMapping mapping, std::vector<GradingRow> &rows,
                               QString &error, const TextInputOptions &text = {});
    static bool readShares(QIODevice &in, std::vector<ShareSample> &samples, QString &error,
                           const TextInputOptions &text = {});
    // Sorts both inputs stably by instant and feeds the engine; events go to `sink`.
    static void run(const RuleSet &rules, std::vector<GradingRow> &rows,
                    std::vector<ShareSample> &samples, const IncidentEngine::Sink &sink);
    // The whole replay of one complaint file: parses on a second thread while this one maps
    // the rows and feeds the engine as long as they arrive in order; on the first row out
    // of order it finishes reading, sorts stably and runs again from the start. Events
    // reach `sink` only once the whole input has been read without error, so a bad row
    // never leaves half an output. `samples` may be in any order.
    static bool replay(QIODevice &complaints, ColumnMapping mapping,
                       std::vector<ShareSample> samples, const RuleSet &rules,
                       const IncidentEngine::Sink &sink, QString &error,
                       const TextInputOptions &text = {});
    // {"at":…,"event":…,"problem_type":…,"class":…,["trigger":…,]["from":…,]"grade":…,
    //  "warning":…,"counts":{…}} without the newline.
    static QByteArray jsonLine(const RuleSet &rules, const IncidentEvent &e);
};

} // namespace sb
