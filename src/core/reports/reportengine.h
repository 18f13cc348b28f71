#pragma once

#include "reports/deadlinessection.h"
#include "reports/escalationsection.h"
#include "reports/growthsection.h"
#include "reports/incidentssection.h"
#include "reports/knowledgebasesection.h"
#include "reports/qasection.h"
#include "reports/recurringsection.h"
#include "reports/reportperiod.h"
#include "reports/reportsettings.h"
#include "reports/responsesection.h"
#include "reports/satisfactionsection.h"
#include "reports/volumesection.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/translation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace sb {

// What a report says about archived tickets (the "archived" object of its JSON). A report of
// exactly a month that has a roll-up (taken by the archive before the month's first ticket
// left) is that roll-up: `rollup`, taken at `takenAtMs`, its sections in `sections` (the
// typed figures of Report then stay empty). Any other period overlapping rolled-up months is
// built from the live tickets and names those months: some of its tickets are archived.
struct ReportArchived {
    bool rollup = false;
    qint64 takenAtMs = 0;
    qint64 tickets = 0;   // rollup: the tickets received in the month
    QStringList months;   // "2026-01", oldest first
    QJsonObject sections; // rollup: the roll-up's sections asked for, by key
};

// A whole report: its period, when it was built, how far its data reaches, and each section
// that was built (a section not asked for stays empty).
struct Report {
    ReportPeriod period;
    qint64 generatedAtMs = 0; // the build time (the engine's Clock)
    // The data cut-off: the newest change_log row when the report was read (seq 0 and the
    // build time when the log is empty). Every figure covers the data up to it.
    qint64 cutoffSeq = 0;
    qint64 cutoffAtMs = 0;
    ReportSettings settings;
    std::optional<VolumeFigures> volume;
    std::optional<ResponseFigures> response;
    std::optional<DeadlinesFigures> deadlines;
    std::optional<SatisfactionFigures> satisfaction;
    std::optional<EscalationFigures> escalation;
    std::optional<KnowledgeBaseFigures> knowledgeBase;
    std::optional<IncidentsFigures> incidents;
    std::optional<GrowthFigures> growth;
    std::optional<RecurringFigures> recurring;
    std::optional<QaFigures> qa;
    std::optional<ReportArchived> archived; // none: no archived month overlaps the period
};

class ReportReads;

// One section the engine can build: its stable key, how it loads into a Report (reading
// through the report's ReportReads, which sections share), its JSON (empty when the report
// does not hold it) and its drill. A section added later is one more entry in
// ReportEngine::sections() and one more optional member of Report.
struct ReportSectionEntry {
    QString key;
    std::function<bool(ReportReads &, const ReportWindow &, const ReportSettings &, Report &,
                       QString &)>
        load;
    std::function<std::optional<QJsonObject>(const Report &)> toJson;
    std::function<bool(Database &, const ReportDrill &, int, QList<qint64> &, bool &, QString &)>
        ticketIds;
};

// What to build: the period and the section keys (empty: every section), in the engine's
// order.
struct ReportRequest {
    ReportPeriod period;
    QStringList sections;
};

// Builds reports. It reads through its own Database (a standby may serve it); on PostgreSQL
// the reader's row security decides what the figures cover. Nothing is written.
class ReportEngine {
    Q_DECLARE_TR_FUNCTIONS(sb::ReportEngine)
public:
    // Called before each section (`index` from 0, of `count`, with the section's key) and
    // once more when all are done (index == count, key empty).
    using Progress = std::function<void(int index, int count, const QString &key)>;

    ReportEngine(Database &db, const Clock &clock);

    // Every section, in report order.
    static const QList<ReportSectionEntry> &sections();
    static QStringList sectionKeys();

    // Builds the report. False with `error` on an unknown section, a database error, or when
    // `cancel` was set (checked between sections; `cancelled()` then tells so).
    bool build(const ReportRequest &request, Report &out, QString &error,
               const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    bool cancelled() const { return m_cancelled; }

    // The tickets behind a figure: at most `limit` ids, ascending; `truncated` when there are
    // more.
    bool ticketIds(const ReportDrill &drill, int limit, QList<qint64> &out, bool &truncated,
                   QString &error);

    // The machine form: {"period": {"kind", "at", "start", "end", "zone"}, "generated_at",
    // "cutoff": {"seq", "at"}, then one key per section built ("volume": {...}, …), and
    // "archived": {"rollup", "taken_at" (a roll-up), "months", "note"} when archived months
    // overlap the period.
    static QJsonObject toJson(const Report &report);
    // The "archived" object of the report's JSON (empty when no archived month overlaps it).
    static QJsonObject archivedJson(const Report &report);
    // The note a report shows for its "archived" object, in the installed language (empty for
    // an empty object).
    static QString archivedNote(const QJsonObject &archived, const Translation &language = {});

private:
    // Serves `request` from its month's roll-up when there is one (`served`), else notes the
    // rolled-up months the period overlaps in `out.archived`.
    bool useRollups(const ReportRequest &request, Report &out, bool &served, QString &error);

    Database &m_db;
    const Clock &m_clock;
    bool m_cancelled = false;
};

} // namespace sb
