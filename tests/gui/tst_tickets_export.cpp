// GUI test of "Export view…" in the tickets place (offscreen, real widgets): a filtered,
// sorted queue is exported on a worker thread to a file chosen through the injected chooser;
// the CSV holds exactly the filter's tickets in queue order under the complaint header, the
// export is logged (query_log) and, unmasked, audited; service numbers are masked without
// personal_data.view; a login without tickets.export sees the button disabled.
#include "io/csvreader.h"
#include "io/exporter.h"
#include "security/masking.h"
#include "testsupport.h"
#include "tickets/ticketexportjob.h"
#include "tickets/ticketpagemodel.h"
#include "tickets/ticketsplace.h"

#include <QComboBox>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

namespace {

QVariant scalar(Database &db, const QString &sql, const QVariantList &values = {}) {
    QString error;
    QSqlQuery q;
    if (!db.exec(q, sql, values, error) || !q.next())
        qFatal("scalar: %s", qPrintable(error));
    return q.value(0);
}

struct Csv {
    QStringList header;
    QList<QStringList> rows;
};

Csv readCsv(const QString &path) {
    QFile f(path);
    Csv out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    CsvReader r(&f);
    if (r.readRecord())
        out.header = r.fields();
    while (r.readRecord())
        out.rows.append(r.fields());
    return out;
}

} // namespace

class TestTicketsExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2025, 10, 9), QTime(2, 0), Qt::UTC)};
    app::Workspace m_ws;
    int m_shown = 0; // rows the view held when the export started

    // Opens the place, filters on chat sorted by received time ascending (header click),
    // exports to `name` and returns the path and the message.
    QString exportChat(app::Workspace ws, const QString &name, QString &message,
                       bool *ok = nullptr) {
        app::TicketsPlace place(ws);
        place.resize(1300, 800);
        place.show();
        if (!QTest::qWaitForWindowExposed(&place))
            return {};
        auto *channel = place.findChild<QComboBox *>(QStringLiteral("channelFilter"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("chat")));
        QTest::mouseClick(place.findChild<QPushButton *>(QStringLiteral("searchButton")),
                          Qt::LeftButton);
        TicketFilter f = place.model()->filter();
        f.sort = TicketSort::Received;
        f.descending = false;
        place.model()->setQuery(place.model()->queue(), f);
        [&] {
            QTRY_VERIFY(!place.model()->isLoading() && place.model()->rowCount() > 0);
        }();
        m_shown = place.model()->rowCount();
        const QString path = m_dir.filePath(name);
        QString suggested;
        place.setExportFileChooser([&](QWidget *, const QString &s) {
            suggested = s;
            return path;
        });
        QSignalSpy done(&place, &app::TicketsPlace::exportFinished);
        auto *button = place.findChild<QPushButton *>(QStringLiteral("exportViewButton"));
        if (!button || !button->isEnabled())
            return {};
        QTest::mouseClick(button, Qt::LeftButton);
        [&] {
            QTRY_COMPARE(done.count(), 1);
        }();
        if (done.isEmpty())
            return {};
        message = done.first().at(1).toString();
        if (ok)
            *ok = done.first().at(0).toBool();
        if (!suggested.endsWith(QLatin1StringView(".csv")))
            return {};
        // The result is shown in a message box.
        auto *box = place.findChild<QMessageBox *>(QStringLiteral("exportResult"));
        if (!box || box->text() != message)
            return {};
        box->close();
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        QString e;
        m_db = test::openMigrated(test::sqliteIn(m_dir), e);
        QVERIFY2(m_db, qPrintable(e));
        QSqlQuery q;
        QVERIFY(m_db->exec(q,
                           QStringLiteral("INSERT INTO staff(employee_no, name, login, "
                                          "status_changed_at, created_at) VALUES ('ANN', 'Ann', "
                                          "'ann', 0, 0) RETURNING id"),
                           {}, e));
        QVERIFY(q.next());
        m_ws.db = m_db.get();
        m_ws.clock = &m_clock;
        m_ws.user.staffId = q.value(0).toLongLong();
        m_ws.user.login = QStringLiteral("ann");
        m_ws.user.name = QStringLiteral("Ann");
        m_ws.user.permissions = PermissionSet({}, true);
        // 400 tickets: every third is chat (133, more than a page of 100), every 17th green.
        const QStringList channels{QStringLiteral("phone"), QStringLiteral("chat"),
                                   QStringLiteral("email")};
        for (int i = 0; i < 400; ++i) {
            const qint64 at = m_clock.nowMs() - (i % 40) * 60000;
            QVERIFY2(m_db->exec(QStringLiteral("INSERT INTO tickets(received_at, channel, "
                                               "customer_tier, problem_type, state, subject, "
                                               "description, service_number, green_channel, "
                                               "external_id, updated_at) VALUES (?, ?, 'normal', "
                                               "'login_failure', 'registered', ?, ?, ?, ?, ?, ?)"),
                                {at, channels.at(i % 3), QStringLiteral("Subject, %1").arg(i),
                                 QStringLiteral("line one\nline \"two\""),
                                 QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')),
                                 i % 17 == 0 ? 1 : 0, QStringLiteral("e%1").arg(i), at},
                                e),
                     qPrintable(e));
        }
    }

    void exportsTheFilteredView() {
        const QString exports = QStringLiteral(
            "SELECT COUNT(*) FROM query_log WHERE filter LIKE '%\"purpose\":\"export\"%'");
        const qint64 logged = scalar(*m_db, exports).toLongLong();
        QString message;
        const QString path = exportChat(m_ws, QStringLiteral("chat.csv"), message);
        QVERIFY2(!path.isEmpty(), qPrintable(message));
        const qint64 expected =
            scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE channel = 'chat'"))
                .toLongLong();
        QCOMPARE(expected, 133);
        QCOMPARE(m_shown, 100); // the page the view holds: the export is not that page
        QVERIFY2(message.contains(QStringLiteral("Exported %1 ticket").arg(expected)) &&
                     message.contains(path),
                 qPrintable(message));
        const Csv csv = readCsv(path);
        QCOMPARE(csv.header, Exporter::ticketColumns());
        QCOMPARE(csv.rows.size(), expected);
        // Queue order: green first, then received ascending, then id.
        QSqlQuery q;
        QString e;
        QVERIFY(m_db->exec(q,
                           QStringLiteral("SELECT id FROM tickets WHERE channel = 'chat' ORDER BY "
                                          "green_channel DESC, received_at, id"),
                           {}, e));
        for (const QStringList &row : csv.rows) {
            QVERIFY(q.next());
            QCOMPARE(row.value(0).toLongLong(), q.value(0).toLongLong());
            QCOMPARE(row.value(6), QStringLiteral("chat"));
            QCOMPARE(row.value(13), QStringLiteral("line one\nline \"two\""));
        }
        // The super user holds personal_data.view: unmasked, and audited.
        const int serviceColumn =
            int(Exporter::ticketColumns().indexOf(QStringLiteral("service_number")));
        QVERIFY(csv.rows.first().value(serviceColumn).startsWith(QLatin1StringView("139")));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                              "'export.personal_data' AND actor = 'ann'"))
                     .toLongLong(),
                 1);
        // Logged like a search, marked as an export.
        QCOMPARE(scalar(*m_db, exports).toLongLong(), logged + 1);
        const QString filter =
            scalar(*m_db, QStringLiteral("SELECT filter FROM query_log ORDER BY id DESC"))
                .toString();
        QVERIFY2(filter.contains(QLatin1StringView("\"purpose\":\"export\"")) &&
                     filter.contains(QLatin1StringView("\"channel\":\"chat\"")),
                 qPrintable(filter));
    }

    void maskedWithoutPersonalData() {
        app::Workspace ws = m_ws;
        ws.user.permissions = PermissionSet(
            {QStringLiteral("tickets.export"), QStringLiteral("tickets.read_all")}, false);
        const qint64 audited =
            scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
        QString message;
        const QString path = exportChat(ws, QStringLiteral("masked.csv"), message);
        QVERIFY2(!path.isEmpty(), qPrintable(message));
        const Csv csv = readCsv(path);
        QCOMPARE(csv.rows.size(), 133);
        const int serviceColumn =
            int(Exporter::ticketColumns().indexOf(QStringLiteral("service_number")));
        for (const QStringList &row : csv.rows) {
            const QString raw =
                scalar(*m_db, QStringLiteral("SELECT service_number FROM tickets WHERE id = ?"),
                       {row.value(0).toLongLong()})
                    .toString();
            QVERIFY(raw.size() == 11);
            QCOMPARE(row.value(serviceColumn), maskServiceNumber(raw));
            QVERIFY(row.value(serviceColumn) != raw);
        }
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(),
                 audited);
    }

    void disabledWithoutPermission() {
        app::Workspace ws = m_ws;
        ws.user.permissions = PermissionSet({QStringLiteral("tickets.read_all")}, false);
        app::TicketsPlace place(ws);
        auto *button = place.findChild<QPushButton *>(QStringLiteral("exportViewButton"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QLatin1StringView("tickets.export")),
                 qPrintable(button->toolTip()));
        // Called directly it refuses too, and writes nothing.
        QSignalSpy done(&place, &app::TicketsPlace::exportFinished);
        const QString path = m_dir.filePath(QStringLiteral("refused.csv"));
        place.exportViewTo(path);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(done.first().at(1).toString().contains(QLatin1StringView("tickets.export")));
        QVERIFY(!QFile::exists(path));
    }

    void cancelledJobLeavesNoFile() {
        // Cancelled before its first row (deterministic): finished as cancelled, no file.
        app::TicketExportRequest request;
        request.url = m_db->url();
        request.path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        app::TicketExportJob job(request);
        QSignalSpy done(&job, &app::TicketExportJob::finished);
        job.cancel();
        job.start();
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.first().at(0).toBool(), false); // ok
        QCOMPARE(done.first().at(1).toBool(), true);  // cancelled
        QCOMPARE(done.first().at(2).toLongLong(), 0);
        QVERIFY(!QFile::exists(request.path));
        // The same job not cancelled writes every ticket.
        request.path = m_dir.filePath(QStringLiteral("all.csv"));
        app::TicketExportJob full(request);
        QSignalSpy fullDone(&full, &app::TicketExportJob::finished);
        full.start();
        QTRY_COMPARE(fullDone.count(), 1);
        QVERIFY2(fullDone.first().at(0).toBool(), qPrintable(fullDone.first().at(3).toString()));
        QCOMPARE(readCsv(request.path).rows.size(), 400);
    }

    void failureLeavesNoFile() {
        QString message;
        bool ok = true;
        const QString path = exportChat(m_ws, QStringLiteral("no/such/dir/x.csv"), message, &ok);
        QVERIFY(!path.isEmpty());
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1StringView("no/such/dir")), qPrintable(message));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
    }
};

QTEST_MAIN(TestTicketsExport)
#include "tst_tickets_export.moc"
