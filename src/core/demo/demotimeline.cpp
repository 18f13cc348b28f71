#include "demo/demotimeline.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sb::demo {

namespace {

constexpr qint64 kMinute = 60 * 1000;

QString json(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString satisfactionKey(int score) {
    switch (score) {
    case 5:
        return QStringLiteral("very_satisfied");
    case 4:
        return QStringLiteral("satisfied");
    case 3:
        return QStringLiteral("neutral");
    case 2:
        return QStringLiteral("unsatisfied");
    default:
        return QStringLiteral("very_unsatisfied");
    }
}

// How far along the lifecycle a state is: the number of steps that lead to it.
int stepsTo(const QString &state) {
    static const QStringList order = {QStringLiteral("registered"), QStringLiteral("reviewed"),
                                      QStringLiteral("dispatched"), QStringLiteral("in_progress"),
                                      QStringLiteral("replied"),    QStringLiteral("revisited"),
                                      QStringLiteral("closed")};
    const auto i = order.indexOf(state);
    return i < 0 ? 0 : int(i);
}

} // namespace

QList<TimelineStep> timelineFor(const TicketHistory &t, QRandomGenerator &rng) {
    const int reached = stepsTo(t.state);
    if (reached == 0)
        return {};
    // Nominal gaps (minutes) before: review, dispatch, accept, first response, reply,
    // revisit, close.
    const qint64 gaps[] = {5 + rng.bounded(40),       10 + rng.bounded(90),
                           5 + rng.bounded(120),      1 + rng.bounded(30),
                           60 + rng.bounded(20 * 60), 2 * 60 + rng.bounded(22 * 60),
                           1 + rng.bounded(60)};
    // Events per state reached: in progress = accepted and answered once.
    static constexpr int kEvents[] = {0, 1, 2, 4, 5, 6, 7};
    const int events = kEvents[reached];
    qint64 total = 0;
    for (int i = 0; i < events; ++i)
        total += gaps[i] * kMinute;
    // Everything happened before now: squeeze the gaps into 90 % of the ticket's age.
    const qint64 room = qMax<qint64>(events, (t.nowMs - t.receivedAt) * 9 / 10);
    const double scale = total > room ? double(room) / double(total) : 1.0;

    QList<TimelineStep> out;
    qint64 at = t.receivedAt;
    const auto step = [&](qint64 actor, const QString &action, const QString &from,
                          const QString &to, const QJsonObject &data) {
        if (out.size() >= events)
            return;
        at += qMax<qint64>(1, qint64(double(gaps[out.size()] * kMinute) * scale));
        out.append({at, actor, action, from, to, json(data)});
    };
    const QString reviewed = QStringLiteral("reviewed");
    const QString dispatched = QStringLiteral("dispatched");
    const QString inProgress = QStringLiteral("in_progress");
    const QString replied = QStringLiteral("replied");
    const QString revisited = QStringLiteral("revisited");
    step(t.reviewerId, QStringLiteral("review_valid"), QStringLiteral("registered"), reviewed, {});
    step(t.reviewerId, QStringLiteral("dispatch"), reviewed, dispatched,
         {{QStringLiteral("dispatch_opinion"),
           QStringLiteral("Please call the customer back and resolve.")},
          {QStringLiteral("department"), QStringLiteral("Complaints")},
          {QStringLiteral("team_id"), t.teamId},
          {QStringLiteral("handler_id"), t.handlerId}});
    step(t.handlerId, QStringLiteral("accept"), dispatched, inProgress, {});
    step(t.handlerId, QStringLiteral("respond"), inProgress, inProgress,
         {{QStringLiteral("message"), QStringLiteral("We are looking into it.")}});
    step(t.handlerId, QStringLiteral("reply"), inProgress, replied,
         {{QStringLiteral("problem_summary"), QStringLiteral("Customer's issue confirmed.")},
          {QStringLiteral("solution"), QStringLiteral("Fixed and explained by phone.")},
          {QStringLiteral("service_staff"), QStringLiteral("handler")}});
    step(t.reviewerId, QStringLiteral("revisit"), replied, revisited,
         {{QStringLiteral("satisfaction"), satisfactionKey(t.score)},
          {QStringLiteral("score"), t.score}});
    if (t.score >= 3)
        step(t.reviewerId, QStringLiteral("close_satisfied"), revisited, QStringLiteral("closed"),
             {});
    else
        step(t.reviewerId, QStringLiteral("close_unsatisfied"), revisited, QStringLiteral("closed"),
             {{QStringLiteral("reason"), QStringLiteral("Customer expected compensation.")}});
    return out;
}

} // namespace sb::demo
