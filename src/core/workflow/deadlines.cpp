#include "workflow/deadlines.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace sb {

namespace {

bool isWild(const QString &v) {
    return v.isEmpty() || v == QLatin1StringView("*");
}

bool fieldMatches(const QString &rule, const QString &value) {
    return isWild(rule) || rule == value;
}

bool matches(const DeadlineRule &r, const DeadlineSubject &s) {
    return fieldMatches(r.ticketKind, s.kind) && fieldMatches(r.channel, s.channel) &&
           fieldMatches(r.category, s.category) && fieldMatches(r.tier, s.tier);
}

std::optional<DeadlineUnit> unitFromKey(const QString &key) {
    if (key == QLatin1StringView("second"))
        return DeadlineUnit::Second;
    if (key == QLatin1StringView("minute"))
        return DeadlineUnit::Minute;
    if (key == QLatin1StringView("hour"))
        return DeadlineUnit::Hour;
    if (key == QLatin1StringView("day"))
        return DeadlineUnit::Day;
    return std::nullopt;
}

QString unitKey(DeadlineUnit u) {
    switch (u) {
    case DeadlineUnit::Second:
        return QStringLiteral("second");
    case DeadlineUnit::Minute:
        return QStringLiteral("minute");
    case DeadlineUnit::Hour:
        return QStringLiteral("hour");
    case DeadlineUnit::Day:
        return QStringLiteral("day");
    }
    return {};
}

QString ruleText(const DeadlineRule &r) {
    return QStringLiteral("%1 kind=%2 channel=%3 category=%4 tier=%5: %6 %7 %8, warn %9 s, "
                          "anchor '%10', met by %11, %12")
        .arg(r.milestone, r.ticketKind, r.channel, r.category, r.tier)
        .arg(r.duration)
        .arg(unitKey(r.unit),
             r.clock == DeadlineClock::Wall ? QStringLiteral("wall") : QStringLiteral("working"))
        .arg(r.warnLeadSeconds)
        .arg(r.anchorAction, r.metBy.join(QLatin1Char(',')),
             r.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"));
}

} // namespace

int DeadlineRule::specificity() const {
    return int(!isWild(ticketKind)) + int(!isWild(channel)) + int(!isWild(category)) +
           int(!isWild(tier));
}

int DeadlineRule::weight() const {
    return (isWild(channel) ? 0 : 8) + (isWild(category) ? 0 : 4) + (isWild(tier) ? 0 : 2) +
           (isWild(ticketKind) ? 0 : 1);
}

qint64 DeadlineRule::durationMs() const {
    switch (unit) {
    case DeadlineUnit::Second:
        return duration * 1000;
    case DeadlineUnit::Minute:
        return duration * 60'000;
    case DeadlineUnit::Hour:
        return duration * 3'600'000;
    case DeadlineUnit::Day:
        return duration * 86'400'000;
    }
    return 0;
}

QString deadlineStateKey(DeadlineState s) {
    switch (s) {
    case DeadlineState::Ok:
        return QStringLiteral("ok");
    case DeadlineState::Warning:
        return QStringLiteral("warning");
    case DeadlineState::Overdue:
        return QStringLiteral("overdue");
    case DeadlineState::Met:
        return QStringLiteral("met");
    case DeadlineState::MetLate:
        return QStringLiteral("met_late");
    }
    return {};
}

QList<DeadlineRule> applicableRules(const QList<DeadlineRule> &rules,
                                    const DeadlineSubject &subject) {
    QHash<QString, DeadlineRule> best;
    for (const DeadlineRule &r : rules) {
        if (!matches(r, subject))
            continue;
        const auto it = best.find(r.milestone);
        if (it == best.end()) {
            best.insert(r.milestone, r);
            continue;
        }
        const auto key = [](const DeadlineRule &x) {
            return std::tuple(x.specificity(), x.weight(), -x.id);
        };
        if (key(r) > key(*it))
            *it = r;
    }
    QList<DeadlineRule> out;
    for (const DeadlineRule &r : std::as_const(best)) {
        if (r.enabled)
            out.append(r);
    }
    std::sort(out.begin(), out.end(), [](const DeadlineRule &a, const DeadlineRule &b) {
        return a.milestone < b.milestone;
    });
    return out;
}

QList<MilestoneDeadline> computeDeadlines(const QList<DeadlineRule> &rules,
                                          const DeadlineSubject &subject,
                                          const BusinessCalendar &calendar) {
    return deadlinesOfRules(applicableRules(rules, subject), subject, calendar);
}

QList<MilestoneDeadline> deadlinesOfRules(const QList<DeadlineRule> &chosen,
                                          const DeadlineSubject &subject,
                                          const BusinessCalendar &calendar) {
    QList<MilestoneDeadline> out;
    for (const DeadlineRule &r : chosen) {
        qint64 anchor = subject.receivedAt;
        if (!r.anchorAction.isEmpty()) {
            const auto it = subject.firstActionAt.constFind(r.anchorAction);
            if (it == subject.firstActionAt.cend())
                continue; // not started yet
            anchor = *it;
        }
        std::optional<qint64> due;
        if (r.clock == DeadlineClock::Wall)
            due = BusinessCalendar::addWallTime(anchor, r.durationMs(), subject.pauses);
        else if (r.unit == DeadlineUnit::Day)
            due = calendar.addWorkingDays(anchor, int(r.duration), subject.pauses);
        else
            due = calendar.addWorkingTime(anchor, r.durationMs(), subject.pauses);
        if (!due)
            continue;
        MilestoneDeadline d;
        d.milestone = r.milestone;
        d.ruleId = r.id;
        d.clock = r.clock;
        d.anchorAt = anchor;
        d.dueAt = *due;
        d.warnLeadMs = r.warnLeadSeconds * 1000;
        for (const QString &a : r.metBy) {
            const auto it = subject.firstActionAt.constFind(a);
            if (it != subject.firstActionAt.cend() && *it >= anchor && (!d.metAt || *it < *d.metAt))
                d.metAt = *it;
        }
        out.append(d);
    }
    std::sort(out.begin(), out.end(), [](const MilestoneDeadline &a, const MilestoneDeadline &b) {
        return std::tie(a.dueAt, a.milestone) < std::tie(b.dueAt, b.milestone);
    });
    return out;
}

DeadlineStatus deadlineStatus(const MilestoneDeadline &d, qint64 now,
                              const BusinessCalendar &calendar, const QList<TimeSpan> &pauses) {
    if (d.metAt)
        return {*d.metAt <= d.dueAt ? DeadlineState::Met : DeadlineState::MetLate, 0};
    const auto between = [&](qint64 a, qint64 b) {
        return d.clock == DeadlineClock::Wall ? BusinessCalendar::wallTimeBetween(a, b, pauses)
                                              : calendar.workingTimeBetween(a, b, pauses);
    };
    if (now >= d.dueAt)
        return {DeadlineState::Overdue, -between(d.dueAt, now)};
    const qint64 remaining = between(now, d.dueAt);
    return {remaining <= d.warnLeadMs ? DeadlineState::Warning : DeadlineState::Ok, remaining};
}

void applyEvents(DeadlineSubject &subject, const QList<TicketEventTimes> &events,
                 const QSet<QString> &pausingStates, qint64 now) {
    // -1: not paused (a plain value: GCC's -O2 misreads std::optional here as uninitialised)
    qint64 pauseStart = -1;
    for (const TicketEventTimes &e : events) {
        if (!subject.firstActionAt.contains(e.action))
            subject.firstActionAt.insert(e.action, e.at);
        if (e.toState.isEmpty())
            continue;
        const bool pausing = pausingStates.contains(e.toState);
        if (pausing && pauseStart < 0)
            pauseStart = e.at;
        else if (!pausing && pauseStart >= 0) {
            subject.pauses.append({pauseStart, e.at});
            pauseStart = -1;
        }
    }
    if (pauseStart >= 0 && now > pauseStart)
        subject.pauses.append({pauseStart, now});
}

bool DeadlineRuleStore::load(Database &db, QList<DeadlineRule> &out, QString &error) {
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("SELECT id, ticket_kind, channel, category, tier, milestone, "
                                "duration, unit, clock, warn_lead, anchor_action, met_by, enabled "
                                "FROM deadline_rules ORDER BY id"),
                 {}, error))
        return false;
    QList<DeadlineRule> rules;
    while (q.next()) {
        DeadlineRule r;
        r.id = q.value(0).toLongLong();
        r.ticketKind = q.value(1).toString();
        r.channel = q.value(2).toString();
        r.category = q.value(3).toString();
        r.tier = q.value(4).toString();
        r.milestone = q.value(5).toString();
        r.duration = q.value(6).toLongLong();
        const auto unit = unitFromKey(q.value(7).toString());
        const QString clock = q.value(8).toString();
        if (!unit ||
            (clock != QLatin1StringView("wall") && clock != QLatin1StringView("working"))) {
            error = tr("Deadline rule %1 (%2): unit \"%3\" or clock \"%4\" is not known.")
                        .arg(r.id)
                        .arg(r.milestone, q.value(7).toString(), clock);
            return false;
        }
        r.unit = *unit;
        r.clock = clock == QLatin1StringView("wall") ? DeadlineClock::Wall : DeadlineClock::Working;
        r.warnLeadSeconds = q.value(9).toLongLong();
        r.anchorAction = q.value(10).toString();
        r.metBy = q.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &m : r.metBy)
            m = m.trimmed();
        r.enabled = q.value(12).toInt() != 0;
        rules.append(r);
    }
    out = rules;
    return true;
}

bool DeadlineRuleStore::validate(const DeadlineRule &r, QString &error) {
    static const QRegularExpression key(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    const auto keyOrWild = [](const QString &v) {
        return v == QLatin1StringView("*") || key.match(v).hasMatch();
    };
    const std::pair<const char *, const QString *> matchFields[] = {{"ticket_kind", &r.ticketKind},
                                                                    {"channel", &r.channel},
                                                                    {"category", &r.category},
                                                                    {"tier", &r.tier}};
    for (const auto &[name, value] : matchFields) {
        if (!keyOrWild(*value)) {
            error = tr("Deadline rule, field %1: \"%2\" is neither * nor a key (a-z, 0-9, _).")
                        .arg(QLatin1StringView(name), *value);
            return false;
        }
    }
    if (!key.match(r.milestone).hasMatch()) {
        error = tr("Deadline rule, field milestone: \"%1\" is not a key (a-z, 0-9, _).")
                    .arg(r.milestone);
        return false;
    }
    if (r.duration <= 0 || r.duration > 100000) {
        error = tr("Deadline rule %1, field duration: must be between 1 and 100000, not %2.")
                    .arg(r.milestone)
                    .arg(r.duration);
        return false;
    }
    if (r.warnLeadSeconds < 0 || r.warnLeadSeconds * 1000 >= r.durationMs()) {
        error = tr("Deadline rule %1, field warn_lead: must be at least 0 and shorter than the "
                   "deadline itself.")
                    .arg(r.milestone);
        return false;
    }
    if (!r.anchorAction.isEmpty() && !key.match(r.anchorAction).hasMatch()) {
        error = tr("Deadline rule %1, field anchor_action: \"%2\" is not an action key.")
                    .arg(r.milestone, r.anchorAction);
        return false;
    }
    if (r.metBy.isEmpty()) {
        error = tr("Deadline rule %1, field met_by: name at least one action that meets it.")
                    .arg(r.milestone);
        return false;
    }
    for (const QString &a : r.metBy) {
        if (!key.match(a).hasMatch()) {
            error = tr("Deadline rule %1, field met_by: \"%2\" is not an action key.")
                        .arg(r.milestone, a);
            return false;
        }
    }
    return true;
}

bool DeadlineRuleStore::save(Database &db, DeadlineRule &rule, const QString &actor, qint64 nowMs,
                             QString &error) {
    if (!validate(rule, error))
        return false;
    qint64 id = rule.id;
    const QVariantList values{rule.ticketKind,
                              rule.channel,
                              rule.category,
                              rule.tier,
                              rule.milestone,
                              rule.duration,
                              unitKey(rule.unit),
                              rule.clock == DeadlineClock::Wall ? QStringLiteral("wall")
                                                                : QStringLiteral("working"),
                              rule.warnLeadSeconds,
                              rule.anchorAction.isNull() ? QStringLiteral("") : rule.anchorAction,
                              rule.metBy.join(QLatin1Char(',')),
                              rule.enabled ? 1 : 0,
                              actor,
                              nowMs};
    const bool ok = db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (id == 0) {
                if (!db.exec(q,
                             QStringLiteral("INSERT INTO deadline_rules(ticket_kind, channel, "
                                            "category, tier, milestone, duration, unit, clock, "
                                            "warn_lead, anchor_action, met_by, enabled, "
                                            "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                            "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                             values, err))
                    return false;
                if (!q.next()) {
                    err = tr("The deadline rule could not be stored.");
                    return false;
                }
                id = q.value(0).toLongLong();
            } else {
                QVariantList v = values;
                v.append(id);
                if (!db.exec(q,
                             QStringLiteral("UPDATE deadline_rules SET ticket_kind = ?, channel "
                                            "= ?, category = ?, tier = ?, milestone = ?, "
                                            "duration = ?, unit = ?, clock = ?, warn_lead = ?, "
                                            "anchor_action = ?, met_by = ?, enabled = ?, "
                                            "updated_by = ?, updated_at = ? WHERE id = ?"),
                             v, err))
                    return false;
                if (q.numRowsAffected() != 1) {
                    err = tr("Deadline rule #%1 does not exist.").arg(id);
                    return false;
                }
            }
            return db.exec(QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, "
                                          "entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)"),
                           {nowMs, actor, QStringLiteral("deadline_rule.save"),
                            QStringLiteral("deadline_rule"), id, ruleText(rule)},
                           err);
        },
        error);
    if (ok)
        rule.id = id;
    return ok;
}

bool DeadlineRuleStore::remove(Database &db, qint64 id, const QString &actor, qint64 nowMs,
                               QString &error) {
    return db.transaction(
        [&](QString &err) {
            QSqlQuery q;
            if (!db.exec(q, QStringLiteral("DELETE FROM deadline_rules WHERE id = ?"), {id}, err))
                return false;
            if (q.numRowsAffected() != 1) {
                err = tr("Deadline rule #%1 does not exist.").arg(id);
                return false;
            }
            return db.exec(QStringLiteral("INSERT INTO audit_log(at, actor, action, entity, "
                                          "entity_id, detail) VALUES (?, ?, ?, ?, ?, '')"),
                           {nowMs, actor, QStringLiteral("deadline_rule.remove"),
                            QStringLiteral("deadline_rule"), id},
                           err);
        },
        error);
}

} // namespace sb
