#pragma once
// Shared by the ticket-detail GUI tests: a migrated SQLite database with one team lead who
// holds every permission, a business calendar in America/New_York on a workstation in
// Europe/Berlin (SB_TICKET_DETAIL_TEST_MAIN), and helpers to put a ticket in a shown detail
// panel.

#include "storage/database.h"
#include "testsupport.h"
#include "tickets/ticketdetail.h"
#include "tickets/ticketsplace.h"
#include "workflow/calendarstore.h"
#include "workflowfixture.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sb::test {

// A complaint from customer C-7 with a subject, received at `at`.
inline qint64 insertDetailTicket(Database &db, qint64 at, const QString &subject) {
    QString error;
    QSqlQuery q;
    if (!db.exec(q,
                 QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                "problem_type, customer_id, subject, updated_at) VALUES "
                                "(?, 'phone', 'normal', 'login_failure', 'C-7', ?, ?) "
                                "RETURNING id"),
                 {at, subject, at}, error) ||
        !q.next())
        qFatal("insertDetailTicket: %s", qPrintable(error));
    return q.value(0).toLongLong();
}

inline void doubleClickRow(QListWidget *list, int row) {
    const QRect r = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, r.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, r.center());
}

inline QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// Base of the test classes (inherited after QObject): the members keep the tests short.
struct TicketDetailFixture {
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime(QDate(2025, 10, 9), QTime(2, 0), Qt::UTC)};
    qint64 m_ann = 0;
    app::Workspace m_ws;

    bool setUpFixture(QString &e) {
        m_db = openMigrated(sqliteIn(m_dir), e);
        if (!m_db)
            return false;
        m_ann = insertStaff(*m_db, QStringLiteral("Ann Lead"), QStringLiteral("ann"));
        m_ws.db = m_db.get();
        m_ws.clock = &m_clock;
        m_ws.canWrite = true;
        m_ws.user.staffId = m_ann;
        m_ws.user.login = QStringLiteral("ann");
        m_ws.user.name = QStringLiteral("Ann Lead");
        m_ws.user.permissions = PermissionSet({}, true);
        // The business calendar works in New York time; the screens show the workstation's.
        CalendarSettings calendar = CalendarSettings::defaults();
        calendar.timeZoneId = QByteArrayLiteral("America/New_York");
        return CalendarStore(*m_db).saveSettings(calendar, QStringLiteral("test"), m_clock.nowMs(),
                                                 e);
    }

    // A shown tickets place with ticket `id` in its detail.
    app::TicketDetailPanel *openDetail(app::TicketsPlace &place, qint64 id) {
        place.resize(1300, 800);
        place.show();
        if (!QTest::qWaitForWindowExposed(&place))
            return nullptr;
        place.detail()->showTicket(id);
        return place.detail();
    }
};

} // namespace sb::test

// The test's main: the workstation's time zone is Europe/Berlin whatever the machine's is
// (set before Qt reads it).
#define SB_TICKET_DETAIL_TEST_MAIN(TestClass)                                                      \
    int main(int argc, char **argv) {                                                              \
        qputenv("TZ", QByteArrayLiteral("Europe/Berlin"));                                         \
        QApplication app(argc, argv);                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
