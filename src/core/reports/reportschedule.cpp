#include "reports/reportschedule.h"

#include "reports/reportengine.h"
#include "security/audittrail.h"
#include "security/permissions.h"
#include "util/keytable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace sb {

namespace {

constexpr KeyTable<ReportRunState, 4> kStates{{
    {ReportRunState::Running, "running"},
    {ReportRunState::Done, "done"},
    {ReportRunState::Failed, "failed"},
    {ReportRunState::Skipped, "skipped"},
}};

const QStringList &knownFormats() {
    static const QStringList formats{QStringLiteral("pdf"), QStringLiteral("csv"),
                                     QStringLiteral("xlsx"), QStringLiteral("json")};
    return formats;
}

QString arrayText(const QStringList &list) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QString &text) {
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

QString audienceText(const QList<Audience> &audience) {
    QJsonArray a;
    for (const Audience &x : audience)
        a.append(x.toJson());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<Audience> audienceFrom(const QString &text) {
    QList<Audience> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        Audience a;
        QString ignored;
        if (Audience::fromJson(v.toObject(), a, ignored))
            out << a;
    }
    return out;
}

const QString kScheduleColumns = QStringLiteral(
    "SELECT id, name, sections, period_kind, audience, formats, language, time_of_day, weekday, "
    "day_of_month, skip_if_empty, broadcast, folder, webhooks, active, version, updated_by, "
    "updated_at, resumed_at FROM report_schedules");

ReportSchedule scheduleFrom(const QSqlQuery &q) {
    ReportSchedule s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.sections = stringList(q.value(2).toString());
    s.periodKind = reportPeriodKindFromKey(q.value(3).toString()).value_or(ReportPeriodKind::Week);
    s.audience = audienceFrom(q.value(4).toString());
    s.formats = stringList(q.value(5).toString());
    s.language = q.value(6).toString();
    s.timeOfDay = QTime::fromString(q.value(7).toString(), QStringLiteral("HH:mm"));
    s.weekday = q.value(8).toInt();
    s.dayOfMonth = q.value(9).toInt();
    s.skipIfEmpty = q.value(10).toLongLong() != 0;
    s.broadcast = q.value(11).toLongLong() != 0;
    s.folder = q.value(12).toString();
    s.webhooks = q.value(13).toLongLong() != 0;
    s.active = q.value(14).toLongLong() != 0;
    s.version = q.value(15).toLongLong();
    s.updatedBy = q.value(16).toLongLong();
    s.updatedAtMs = q.value(17).toLongLong();
    s.resumedAtMs = q.value(18).toLongLong();
    return s;
}

bool readSchedules(const Database &db, const QString &tail, const QVariantList &values,
                   QList<ReportSchedule> &out, QString &error) {
    out.clear();
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!db.exec(q, kScheduleColumns + tail, values, error))
        return false;
    while (q.next())
        out.append(scheduleFrom(q));
    return true;
}

QString actorName(const ReportActor &actor) {
    return actor.login.isEmpty() ? QStringLiteral("signalboard") : actor.login;
}

} // namespace

QString reportRunStateKey(ReportRunState state) {
    return keyOf(kStates, state);
}

std::optional<ReportRunState> reportRunStateFromKey(const QString &key) {
    return valueOfKey(kStates, key);
}

ReportScheduleStore::ReportScheduleStore(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock) {
}

bool ReportScheduleStore::list(const Database &db, QList<ReportSchedule> &out, QString &error) {
    return readSchedules(db, QStringLiteral(" ORDER BY name, id"), {}, out, error);
}

bool ReportScheduleStore::load(const Database &db, qint64 id, std::optional<ReportSchedule> &out,
                               QString &error) {
    out.reset();
    QList<ReportSchedule> rows;
    if (!readSchedules(db, QStringLiteral(" WHERE id = ?"), {id}, rows, error))
        return false;
    if (!rows.isEmpty())
        out = rows.first();
    return true;
}

QStringList ReportScheduleStore::issues(const ReportSchedule &s) {
    QStringList out;
    const QString name = s.name.trimmed();
    if (name.isEmpty() || name.size() > kMaxName)
        out << tr("name: give the schedule a name of at most %1 characters.").arg(kMaxName);
    const QStringList known = ReportEngine::sectionKeys();
    for (const QString &key : s.sections)
        if (!known.contains(key))
            out << tr("sections: \"%1\" is not a report section.").arg(key.left(40));
    if (s.periodKind == ReportPeriodKind::Range)
        out << tr("period: a schedule runs hourly, daily, weekly or monthly.");
    if (s.formats.isEmpty())
        out << tr("formats: choose at least one of PDF, CSV, Excel and JSON.");
    for (const QString &f : s.formats)
        if (!knownFormats().contains(f))
            out << tr("formats: \"%1\" is not one of pdf, csv, xlsx, json.").arg(f.left(40));
    if (s.language != QLatin1StringView("en") && s.language != QLatin1StringView("zh_CN"))
        out << tr("language: a report is in English (en) or Chinese (zh_CN).");
    if (!s.timeOfDay.isValid())
        out << tr("time of day: give the local time the report is built at.");
    if (s.weekday < 1 || s.weekday > 7)
        out << tr("weekday: a weekly report is built on a day from Monday (1) to Sunday (7).");
    if (s.dayOfMonth < 1 || s.dayOfMonth > 28)
        out << tr("day of month: a monthly report is built on a day from 1 to 28.");
    if (s.folder.size() > kMaxFolder)
        out << tr("folder: the path is limited to %1 characters.").arg(kMaxFolder);
    if (s.broadcast && s.audience.isEmpty())
        out << tr("audience: a broadcast needs its recipients (roles, teams or people).");
    for (const Audience &a : s.audience)
        if (a.kind != Audience::Kind::Everyone && a.kind != Audience::Kind::OnDuty &&
            a.ids.isEmpty())
            out << tr("audience: choose who in each group of recipients.");
    if (!s.broadcast && s.folder.trimmed().isEmpty() && !s.webhooks)
        out << tr("delivery: send a broadcast, write to a folder or post to the webhooks.");
    return out;
}

bool ReportScheduleStore::save(const ReportActor &actor, const ReportSchedule &schedule,
                               qint64 expectedVersion, ReportSchedule &out, QString &error) {
    out = {};
    const QStringList problems = issues(schedule);
    if (!problems.isEmpty()) {
        error = problems.join(QLatin1Char('\n'));
        return false;
    }
    QStringList formats = schedule.formats;
    formats.removeDuplicates();
    const QString name = schedule.name.trimmed();
    const QString folder = schedule.folder.trimmed();
    const QString kind = reportPeriodKindKey(schedule.periodKind);
    const QString time = schedule.timeOfDay.toString(QStringLiteral("HH:mm"));
    const QString sections = arrayText(schedule.sections);
    const QString audience = audienceText(schedule.audience);
    const QString formatText = arrayText(formats);
    qint64 id = schedule.id;
    if (m_db.dialect() == Dialect::PostgreSQL) {
        if (!m_db.transaction(
                [&](QString &err) {
                    QSqlQuery q(m_db.db());
                    if (!m_db.exec(q,
                                   QStringLiteral("SELECT sb_report_schedule_save(?, ?, ?, ?, ?, "
                                                  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   {schedule.id, expectedVersion, name, sections, kind, audience,
                                    formatText, schedule.language, time, schedule.weekday,
                                    schedule.dayOfMonth, schedule.skipIfEmpty, schedule.broadcast,
                                    textValue(folder), schedule.webhooks, schedule.active},
                                   err))
                        return false;
                    id = q.next() ? q.value(0).toLongLong() : 0;
                    return id > 0;
                },
                error))
            return false;
    } else if (!writeLocally(
                   actor,
                   [&](QString &err) {
                       QSqlQuery q(m_db.db());
                       const qint64 now = m_clock.nowMs();
                       if (!m_db.exec(q,
                                      QStringLiteral("SELECT id FROM report_schedules WHERE "
                                                     "name = ? AND id <> ?"),
                                      {name, schedule.id}, err))
                           return false;
                       if (q.next()) {
                           err = tr("name: another schedule is called \"%1\".").arg(name);
                           return false;
                       }
                       const QVariantList values{name,
                                                 sections,
                                                 kind,
                                                 audience,
                                                 formatText,
                                                 schedule.language,
                                                 time,
                                                 schedule.weekday,
                                                 schedule.dayOfMonth,
                                                 int(schedule.skipIfEmpty),
                                                 int(schedule.broadcast),
                                                 textValue(folder),
                                                 int(schedule.webhooks),
                                                 int(schedule.active),
                                                 actor.staffId,
                                                 now};
                       if (schedule.id == 0) {
                           if (!m_db.exec(q,
                                          QStringLiteral(
                                              "INSERT INTO report_schedules(name, sections, "
                                              "period_kind, audience, formats, language, "
                                              "time_of_day, weekday, day_of_month, "
                                              "skip_if_empty, broadcast, folder, webhooks, "
                                              "active, updated_by, updated_at) VALUES (?, ?, ?, "
                                              "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "
                                              "id"),
                                          values, err) ||
                               !q.next())
                               return false;
                           id = q.value(0).toLongLong();
                       } else {
                           if (!m_db.exec(q,
                                          QStringLiteral(
                                              "SELECT version FROM report_schedules WHERE id = ?"),
                                          {schedule.id}, err))
                               return false;
                           if (!q.next()) {
                               err = tr("Report schedule #%1 does not exist.").arg(schedule.id);
                               return false;
                           }
                           if (q.value(0).toLongLong() != expectedVersion) {
                               err = tr("Report schedule #%1 was changed meanwhile.")
                                         .arg(schedule.id);
                               return false;
                           }
                           QVariantList update = values;
                           update << int(schedule.active) << now << schedule.id;
                           if (!m_db.exec(QStringLiteral(
                                              "UPDATE report_schedules SET name = ?, sections = "
                                              "?, period_kind = ?, audience = ?, formats = ?, "
                                              "language = ?, time_of_day = ?, weekday = ?, "
                                              "day_of_month = ?, skip_if_empty = ?, broadcast = "
                                              "?, folder = ?, webhooks = ?, active = ?, "
                                              "updated_by = ?, updated_at = ?, version = "
                                              "version + 1, resumed_at = CASE WHEN active = 0 "
                                              "AND ? <> 0 THEN ? ELSE resumed_at END WHERE id = ?"),
                                          update, err))
                               return false;
                       }
                       return AuditTrail(m_db, m_clock)
                           .append(
                               actorName(actor), QStringLiteral("report.schedule.save"),
                               QStringLiteral("report_schedule"), id,
                               {{QStringLiteral("name"), name},
                                {QStringLiteral("period_kind"), kind},
                                {QStringLiteral("sections"),
                                 QJsonArray::fromStringList(schedule.sections)},
                                {QStringLiteral("formats"), QJsonArray::fromStringList(formats)},
                                {QStringLiteral("language"), schedule.language},
                                {QStringLiteral("time_of_day"), time},
                                {QStringLiteral("folder"), folder},
                                {QStringLiteral("active"), schedule.active}},
                               err);
                   },
                   error)) {
        return false;
    }
    std::optional<ReportSchedule> stored;
    if (!load(m_db, id, stored, error))
        return false;
    if (!stored) {
        error = tr("Report schedule #%1 does not exist.").arg(id);
        return false;
    }
    out = *stored;
    return true;
}

bool ReportScheduleStore::remove(const ReportActor &actor, qint64 id, qint64 expectedVersion,
                                 QString &error) {
    if (m_db.dialect() == Dialect::PostgreSQL)
        return m_db.transaction(
            [&](QString &err) {
                return m_db.exec(QStringLiteral("SELECT sb_report_schedule_remove(?, ?)"),
                                 {id, expectedVersion}, err);
            },
            error);
    return writeLocally(
        actor,
        [&](QString &err) {
            QSqlQuery q(m_db.db());
            if (!m_db.exec(
                    q, QStringLiteral("SELECT version, name FROM report_schedules WHERE id = ?"),
                    {id}, err))
                return false;
            if (!q.next()) {
                err = tr("Report schedule #%1 does not exist.").arg(id);
                return false;
            }
            if (q.value(0).toLongLong() != expectedVersion) {
                err = tr("Report schedule #%1 was changed meanwhile.").arg(id);
                return false;
            }
            const QString name = q.value(1).toString();
            return m_db.exec(QStringLiteral("DELETE FROM report_schedules WHERE id = ?"), {id},
                             err) &&
                   AuditTrail(m_db, m_clock)
                       .append(actorName(actor), QStringLiteral("report.schedule.remove"),
                               QStringLiteral("report_schedule"), id,
                               {{QStringLiteral("name"), name}}, err);
        },
        error);
}

bool ReportScheduleStore::writeLocally(const ReportActor &actor,
                                       const std::function<bool(QString &)> &work, QString &error) {
    PermissionSet held;
    if (!PermissionService(m_db).effective(actor.staffId, m_clock.nowMs(), held, error))
        return false;
    if (!held.has(perm::ReportsSchedule)) {
        error =
            tr("Refused: report schedules need the permission \"%1\".").arg(perm::ReportsSchedule);
        return false;
    }
    return m_db.transaction(work, error);
}

namespace {

// The moment period `p` of schedule `s` is built: the schedule's time after the period ends.
qint64 buildAtMs(const ReportSchedule &s, const ReportPeriod &p) {
    if (s.periodKind == ReportPeriodKind::Hour)
        return p.endMs() + qint64(s.timeOfDay.minute()) * 60 * 1000;
    QDate day = QDateTime::fromMSecsSinceEpoch(p.endMs(), p.zone()).date();
    if (s.periodKind == ReportPeriodKind::Week)
        day = day.addDays(qBound(1, s.weekday, 7) - 1);
    else if (s.periodKind == ReportPeriodKind::Month)
        day = day.addDays(qBound(1, s.dayOfMonth, 28) - 1);
    const QTime time =
        s.timeOfDay.isValid() ? QTime(s.timeOfDay.hour(), s.timeOfDay.minute()) : QTime(0, 0);
    return QDateTime(day, time, p.zone()).toMSecsSinceEpoch();
}

} // namespace

ReportPeriod reportScheduleDuePeriod(const ReportSchedule &schedule, qint64 nowMs,
                                     const QTimeZone &zone) {
    ReportPeriod p = ReportPeriod::lastComplete(schedule.periodKind, nowMs, zone);
    for (int i = 0; i < 3 && buildAtMs(schedule, p) > nowMs; ++i)
        p = p.previous();
    return p;
}

QList<ReportPeriod> reportSchedulePlan(const ReportPeriod &due,
                                       const QList<ReportRunStore::PeriodRun> &runs,
                                       qint64 latestStartMs, qint64 nowMs, int maxPeriods,
                                       int &left, QString &leftFirst, qint64 notBeforeMs) {
    left = 0;
    leftFirst.clear();
    maxPeriods = qMax(1, maxPeriods);
    notBeforeMs = qMin(notBeforeMs, due.startMs());
    QList<ReportPeriod> wanted;
    // Runs to try again: failed, or left running by a runner whose lease has passed.
    for (const ReportRunStore::PeriodRun &r : runs) {
        const bool retry = r.state == ReportRunState::Failed ||
                           (r.state == ReportRunState::Running && r.leaseUntilMs <= nowMs);
        if (retry && r.startMs < latestStartMs && r.startMs >= notBeforeMs)
            wanted.append(ReportPeriod::containing(due.kind(), r.startMs, due.zone()));
    }
    // The latest run and the periods after it, up to the due one (a schedule that never ran:
    // the due period only). Bounded walk: a schedule resumed after years counts at most this
    // many periods.
    constexpr int kMaxWalk = 100000;
    ReportPeriod p =
        latestStartMs > 0 ? ReportPeriod::containing(due.kind(), latestStartMs, due.zone()) : due;
    // Resumed since: the periods that fell due while it was paused are passed over.
    if (notBeforeMs > 0 && p.startMs() < notBeforeMs)
        p = ReportPeriod::containing(due.kind(), notBeforeMs, due.zone());
    for (int i = 0; i < kMaxWalk && p.startMs() <= due.startMs(); ++i) {
        bool add = true;
        if (p.startMs() == latestStartMs) {
            add = false; // it ran: again only when it failed or its runner's lease passed
            for (const ReportRunStore::PeriodRun &r : runs)
                if (r.startMs == latestStartMs)
                    add = r.state == ReportRunState::Failed ||
                          (r.state == ReportRunState::Running && r.leaseUntilMs <= nowMs);
        }
        if (add)
            wanted.append(p);
        p = ReportPeriod::containing(due.kind(), p.endMs(), due.zone());
    }
    std::sort(wanted.begin(), wanted.end(), [](const ReportPeriod &a, const ReportPeriod &b) {
        return a.startMs() < b.startMs();
    });
    if (wanted.size() > maxPeriods) {
        left = int(wanted.size() - maxPeriods);
        leftFirst = wanted.at(maxPeriods).at();
        wanted.resize(maxPeriods);
    }
    return wanted;
}

QJsonObject ReportRunOutcome::toJson() const {
    QJsonArray files;
    for (const ReportRunOutputInfo &o : outputs)
        files.append(QJsonObject{{QStringLiteral("format"), o.format},
                                 {QStringLiteral("file"), o.fileName},
                                 {QStringLiteral("sha256"), o.sha256},
                                 {QStringLiteral("size"), o.size}});
    QJsonObject o{{QStringLiteral("schedule"), scheduleId},
                  {QStringLiteral("name"), scheduleName},
                  {QStringLiteral("period"), periodAt},
                  {QStringLiteral("run"), runId},
                  {QStringLiteral("state"), reportRunStateKey(state)},
                  {QStringLiteral("attempt"), attempt},
                  {QStringLiteral("outputs"), files}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (messageId > 0)
        o.insert(QStringLiteral("message"), messageId);
    return o;
}

bool ReportRunSummary::anyFailed() const {
    for (const ReportRunOutcome &r : runs)
        if (r.state == ReportRunState::Failed)
            return true;
    return false;
}

} // namespace sb
