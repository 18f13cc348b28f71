// sb_writer_worker: one workstation in its own process, for the lost-update test and bench
// (tst_writers, tst_writers_pg, bench_writers). It opens --db as a workstation does and, --ops
// times, "opens" a random ticket of --tickets (TicketWorkflow::load: the version the form is
// filled from), waits up to --think-us (the user reading), then applies a workflow action or an
// edit through the product's own write paths (TicketWorkflow::apply, TicketEdits) with that
// version. Every attempt is one JSON line on stdout:
//   {"worker":3,"op":17,"ticket":12,"kind":"action"|"edit","key":"record","expected":5,
//    "note":"w3-17","result":"accepted"|"conflict"|"refused"|"error","version":6,
//    "to_state":"in_progress","value":4,"error":"…"}
// "version" is the version after an accepted change; the note is unique and goes on the
// ticket's event, so the caller finds every accepted attempt in the timeline. The last line is
// {"done":true,"worker":3,"accepted":…,"conflicts":…,"ms":…}. Exit 0 when every attempt was
// either accepted or refused as a conflict, 1 otherwise, 2 on bad arguments.
#include "storage/database.h"
#include "tickets/ticketedits.h"
#include "util/clock.h"
#include "workflow/ticketworkflow.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace sb;

namespace {

void emitLine(const QJsonObject &o) {
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

QList<qint64> idList(const QString &text) {
    QList<qint64> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}

// The fields a workflow action of the complaint flow needs, filled as a user would.
QJsonObject fieldsFor(const QString &action, const QString &note) {
    if (action == QLatin1StringView("record"))
        return {{QStringLiteral("opinion"), note}};
    if (action == QLatin1StringView("wait_customer"))
        return {{QStringLiteral("reason"), note}};
    if (action == QLatin1StringView("urge"))
        return {{QStringLiteral("note"), note}};
    return {};
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    const auto arg = [&](const char *name, const QString &def = {}) {
        const qsizetype i = a.indexOf(QLatin1StringView(name));
        return i >= 0 && i + 1 < a.size() ? a.at(i + 1) : def;
    };
    DatabaseUrl url;
    QString error;
    if (!DatabaseUrl::parse(arg("--db"), url, error)) {
        std::fprintf(stderr, "sb_writer_worker: %s\n", qPrintable(error));
        return 2;
    }
    const int worker = arg("--worker", QStringLiteral("0")).toInt();
    const int ops = arg("--ops", QStringLiteral("100")).toInt();
    const qint64 actor = arg("--actor").toLongLong();
    const int thinkUs = arg("--think-us", QStringLiteral("2000")).toInt();
    const QList<qint64> tickets = idList(arg("--tickets"));
    const QList<qint64> handlers = idList(arg("--handlers"));
    if (tickets.isEmpty() || handlers.isEmpty() || actor <= 0) {
        std::fprintf(stderr, "sb_writer_worker: --tickets, --handlers and --actor are needed\n");
        return 2;
    }
    QRandomGenerator rng(arg("--seed", QStringLiteral("1")).toUInt());

    auto db = Database::open(url, QStringLiteral("writer-%1").arg(worker), error);
    Workflow wf;
    if (!db || !wf.load(*db, error)) {
        std::fprintf(stderr, "sb_writer_worker: %s\n", qPrintable(error));
        return 2;
    }
    SystemClock clock;
    TicketWorkflow flow(*db, wf, clock);
    TicketEdits edits(*db, clock);
    const WorkflowPermissions all{QStringLiteral("*")};
    // Actions that keep a complaint in handling, so the run never runs dry.
    const QStringList cycle{QStringLiteral("record"), QStringLiteral("urge"),
                            QStringLiteral("wait_customer"), QStringLiteral("customer_replied")};

    int accepted = 0, conflicts = 0, failures = 0;
    QElapsedTimer timer;
    timer.start();
    for (int op = 0; op < ops; ++op) {
        const qint64 ticket = tickets.at(rng.bounded(int(tickets.size())));
        const QString note = QStringLiteral("w%1-%2").arg(worker).arg(op);
        QJsonObject line{{QStringLiteral("worker"), worker},
                         {QStringLiteral("op"), op},
                         {QStringLiteral("ticket"), ticket},
                         {QStringLiteral("note"), note}};
        TicketSnapshot snap;
        if (!flow.load(ticket, snap, error)) {
            line.insert(QStringLiteral("result"), QStringLiteral("error"));
            line.insert(QStringLiteral("error"), error);
            emitLine(line);
            ++failures;
            continue;
        }
        line.insert(QStringLiteral("expected"), snap.version);
        if (thinkUs > 0)
            QThread::usleep(rng.bounded(thinkUs + 1));

        bool ok = false;
        bool conflict = false;
        if (rng.bounded(10) < 6) {
            QStringList possible;
            for (const WorkflowAction &wa : wf.allowedActions(snap.kind, snap.state, all)) {
                if (cycle.contains(wa.key))
                    possible.append(wa.key);
            }
            const QString key = possible.isEmpty() ? QStringLiteral("urge")
                                                   : possible.at(rng.bounded(int(possible.size())));
            line.insert(QStringLiteral("kind"), QStringLiteral("action"));
            line.insert(QStringLiteral("key"), key);
            ActionOutcome outcome;
            ok = flow.apply(ticket, snap.version, actor, all, {key, fieldsFor(key, note), note},
                            outcome, error);
            conflict = !ok && flow.failure() == TicketWorkflow::Failure::Conflict;
            if (ok) {
                line.insert(QStringLiteral("version"), outcome.version);
                line.insert(QStringLiteral("to_state"), outcome.toState);
                line.insert(QStringLiteral("event"), outcome.eventId);
            }
        } else {
            const int which = rng.bounded(3);
            const auto edit = which == 0   ? TicketEdits::Edit::Priority
                              : which == 1 ? TicketEdits::Edit::GreenChannel
                                           : TicketEdits::Edit::Reassign;
            qint64 value = 0;
            if (edit == TicketEdits::Edit::Priority) {
                value = rng.bounded(TicketEdits::MaxPriority + 1);
                ok = edits.setPriority(ticket, snap.version, actor, int(value), error, note);
            } else if (edit == TicketEdits::Edit::GreenChannel) {
                value = rng.bounded(2);
                ok = edits.setGreenChannel(ticket, snap.version, actor, value != 0, error, note);
            } else {
                value = handlers.at(rng.bounded(int(handlers.size())));
                ok = edits.reassign(ticket, snap.version, actor, value, error, note);
            }
            conflict = !ok && edits.failure() == TicketEdits::Failure::Conflict;
            line.insert(QStringLiteral("kind"), QStringLiteral("edit"));
            line.insert(QStringLiteral("key"), TicketEdits::actionKey(edit));
            line.insert(QStringLiteral("value"), value);
            if (ok) // the edit moves the version on by exactly one
                line.insert(QStringLiteral("version"), snap.version + 1);
        }
        if (ok) {
            ++accepted;
            line.insert(QStringLiteral("result"), QStringLiteral("accepted"));
        } else {
            line.insert(QStringLiteral("result"),
                        conflict ? QStringLiteral("conflict") : QStringLiteral("error"));
            line.insert(QStringLiteral("error"), error);
            conflict ? ++conflicts : ++failures;
        }
        emitLine(line);
    }
    emitLine({{QStringLiteral("done"), true},
              {QStringLiteral("worker"), worker},
              {QStringLiteral("accepted"), accepted},
              {QStringLiteral("conflicts"), conflicts},
              {QStringLiteral("failures"), failures},
              {QStringLiteral("ms"), timer.elapsed()}});
    std::fflush(stdout);
    return failures == 0 ? 0 : 1;
}
