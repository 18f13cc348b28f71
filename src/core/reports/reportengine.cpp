#include "reports/reportengine.h"

#include "reports/reportfigures.h"
#include "reports/reportreads.h"
#include "reports/rollupstore.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <algorithm>

namespace sb {

namespace {

// Every section reads one snapshot, so the whole report is as of the cut-off it states, however
// much is written meanwhile. SQLite: a deferred read transaction (in WAL mode writers go on).
// PostgreSQL: REPEATABLE READ, read only, with JIT compilation off: the sections' statements
// are short, and compiling them cost more than it saved (0.3 s per statement measured).
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database &db)
        : m_db(db) {}
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    ~ReadSnapshot() {
        if (!m_open)
            return;
        QString ignored;
        if (!m_db.exec(QStringLiteral("COMMIT"), {}, ignored))
            m_db.exec(QStringLiteral("ROLLBACK"), {}, ignored);
    }

    bool begin(QString &error) {
        const bool pg = m_db.dialect() == Dialect::PostgreSQL;
        if (!m_db.exec(pg ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                          : QStringLiteral("BEGIN"),
                       {}, error))
            return false;
        m_open = true;
        return !pg || m_db.exec(QStringLiteral("SET LOCAL jit = off"), {}, error);
    }

private:
    Database &m_db;
    bool m_open = false;
};

// The entry of a section class S whose figures live in the Report member `member`.
template <typename S, typename F> ReportSectionEntry entry(std::optional<F> Report::*member) {
    return {
        QString::fromLatin1(S::kKey),
        [member](ReportReads &reads, const ReportWindow &w, const ReportSettings &s, Report &r,
                 QString &error) {
            F f;
            // A section that reads what others read too takes the report's shared reads.
            if constexpr (requires { S::load(reads, w, s, f, error); }) {
                if (!S::load(reads, w, s, f, error))
                    return false;
            } else if (!S::load(reads.db(), w, s, f, error)) {
                return false;
            }
            r.*member = std::move(f);
            return true;
        },
        [member](const Report &r) -> std::optional<QJsonObject> {
            if (!(r.*member))
                return std::nullopt;
            return S::toJson(*(r.*member));
        },
        &S::ticketIds,
    };
}

} // namespace

ReportEngine::ReportEngine(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

const QList<ReportSectionEntry> &ReportEngine::sections() {
    static const QList<ReportSectionEntry> list{
        entry<VolumeSection>(&Report::volume),
        entry<ResponseSection>(&Report::response),
        entry<DeadlinesSection>(&Report::deadlines),
        entry<SatisfactionSection>(&Report::satisfaction),
        entry<EscalationSection>(&Report::escalation),
        entry<KnowledgeBaseSection>(&Report::knowledgeBase),
        entry<IncidentsSection>(&Report::incidents),
        entry<GrowthSection>(&Report::growth),
        entry<RecurringSection>(&Report::recurring),
        entry<QaSection>(&Report::qa),
    };
    return list;
}

QStringList ReportEngine::sectionKeys() {
    QStringList keys;
    for (const ReportSectionEntry &e : sections())
        keys.append(e.key);
    return keys;
}

bool ReportEngine::build(const ReportRequest &request, Report &out, QString &error,
                         const Progress &progress, const std::atomic_bool *cancel) {
    m_cancelled = false;
    out = {};
    out.period = request.period;
    out.generatedAtMs = m_clock.nowMs();
    for (const QString &key : request.sections) {
        if (!sectionKeys().contains(key)) {
            error = tr("There is no report section \"%1\"; the sections are %2.")
                        .arg(key.left(40), sectionKeys().join(QStringLiteral(", ")));
            return false;
        }
    }
    QList<const ReportSectionEntry *> todo;
    for (const ReportSectionEntry &e : sections())
        if (request.sections.isEmpty() || request.sections.contains(e.key))
            todo.append(&e);
    ReadSnapshot snapshot(m_db);
    if (!snapshot.begin(error) || !ReportSettingsStore::load(m_db, out.settings, error) ||
        !ReportFigures::dataCutoff(m_db, out.cutoffSeq, out.cutoffAtMs, error))
        return false;
    if (out.cutoffSeq == 0)
        out.cutoffAtMs = out.generatedAtMs;
    bool served = false;
    if (!useRollups(request, out, served, error))
        return false;
    if (served) {
        if (progress)
            progress(int(todo.size()), int(todo.size()), QString());
        return true;
    }
    const ReportWindow window = request.period.toWindow(std::max(1, out.settings.recurringPeriods));
    ReportReads reads(m_db);
    for (qsizetype i = 0; i < todo.size(); ++i) {
        if (cancel && cancel->load()) {
            m_cancelled = true;
            error = tr("The report was cancelled.");
            return false;
        }
        if (progress)
            progress(int(i), int(todo.size()), todo.at(i)->key);
        QString sectionError;
        if (!todo.at(i)->load(reads, window, out.settings, out, sectionError)) {
            error = tr("Report section \"%1\": %2").arg(todo.at(i)->key, sectionError);
            return false;
        }
    }
    if (progress)
        progress(int(todo.size()), int(todo.size()), QString());
    return true;
}

bool ReportEngine::useRollups(const ReportRequest &request, Report &out, bool &served,
                              QString &error) {
    served = false;
    const ReportPeriod &p = request.period;
    const QString zone = QString::fromUtf8(p.zone().id());
    QList<ReportRollup> rolled;
    if (!ReportRollupStore(m_db).overlapping(p.startMs(), p.endMs(), false, rolled, error))
        return false;
    if (rolled.isEmpty())
        return true;
    ReportArchived archived;
    for (const ReportRollup &r : std::as_const(rolled)) {
        if (!archived.months.contains(r.month))
            archived.months.append(r.month);
        if (r.monthStartMs != p.startMs() || r.monthEndMs != p.endMs() || r.zone != zone)
            continue;
        // Exactly a rolled-up month: its figures are the roll-up's (the live ones lack the
        // archived tickets).
        std::optional<ReportRollup> full;
        if (!ReportRollupStore(m_db).find(r.monthStartMs, r.zone, full, error))
            return false;
        if (!full)
            continue;
        archived.rollup = true;
        archived.takenAtMs = full->takenAtMs;
        archived.tickets = full->tickets;
        archived.months = {full->month};
        for (const ReportSectionEntry &e : sections())
            if ((request.sections.isEmpty() || request.sections.contains(e.key)) &&
                full->report.value(e.key).isObject())
                archived.sections.insert(e.key, full->report.value(e.key));
        const QJsonObject cutoff = full->report.value(QStringLiteral("cutoff")).toObject();
        const QDateTime at =
            QDateTime::fromString(cutoff.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        out.cutoffSeq = cutoff.value(QStringLiteral("seq")).toInteger();
        out.cutoffAtMs = at.isValid() ? at.toMSecsSinceEpoch() : full->takenAtMs;
        served = true;
        break;
    }
    out.archived = archived;
    return true;
}

bool ReportEngine::ticketIds(const ReportDrill &drill, int limit, QList<qint64> &out,
                             bool &truncated, QString &error) {
    out.clear();
    truncated = false;
    for (const ReportSectionEntry &e : sections())
        if (e.key == drill.section)
            return e.ticketIds(m_db, drill, std::max(0, limit), out, truncated, error);
    error = tr("There is no report section \"%1\"; the sections are %2.")
                .arg(drill.section.left(40), sectionKeys().join(QStringLiteral(", ")));
    return false;
}

QJsonObject ReportEngine::toJson(const Report &report) {
    const ReportPeriod &p = report.period;
    QJsonObject o{
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("kind"), reportPeriodKindKey(p.kind())},
                     {QStringLiteral("at"), p.at()},
                     {QStringLiteral("start"), p.startText()},
                     {QStringLiteral("end"), p.endText()},
                     {QStringLiteral("zone"), QString::fromUtf8(p.zone().id())}}},
        {QStringLiteral("generated_at"), ReportFigures::isoText(report.generatedAtMs, p.zone())},
        {QStringLiteral("cutoff"),
         QJsonObject{{QStringLiteral("seq"), report.cutoffSeq},
                     {QStringLiteral("at"), ReportFigures::isoText(report.cutoffAtMs, p.zone())}}},
    };
    for (const ReportSectionEntry &e : sections())
        if (const std::optional<QJsonObject> section = e.toJson(report))
            o.insert(e.key, *section);
    if (const std::optional<ReportArchived> &a = report.archived) {
        for (auto it = a->sections.begin(); it != a->sections.end(); ++it)
            o.insert(it.key(), it.value());
        o.insert(QStringLiteral("archived"), archivedJson(report));
    }
    return o;
}

QJsonObject ReportEngine::archivedJson(const Report &report) {
    if (!report.archived)
        return {};
    const ReportArchived &a = *report.archived;
    QJsonObject archived{{QStringLiteral("rollup"), a.rollup},
                         {QStringLiteral("months"), QJsonArray::fromStringList(a.months)}};
    if (a.rollup)
        archived.insert(QStringLiteral("taken_at"),
                        ReportFigures::isoText(a.takenAtMs, report.period.zone()));
    archived.insert(QStringLiteral("note"), archivedNote(archived));
    return archived;
}

QString ReportEngine::archivedNote(const QJsonObject &archived, const Translation &language) {
    if (archived.isEmpty())
        return {};
    if (archived.value(QStringLiteral("rollup")).toBool())
        return language
            .text("sb::ReportEngine",
                  QT_TR_NOOP("The tickets of this month are archived: its figures are the "
                             "month's roll-up, taken %1 before they left. Its tickets cannot "
                             "be opened from the report."))
            .arg(archived.value(QStringLiteral("taken_at")).toString());
    QStringList months;
    for (const QJsonValue &m : archived.value(QStringLiteral("months")).toArray())
        months.append(m.toString());
    return language
        .text("sb::ReportEngine",
              QT_TR_NOOP("Some tickets of this period are archived; whole months are reported "
                         "from their roll-ups (%1)."))
        .arg(months.join(QStringLiteral(", ")));
}

} // namespace sb
