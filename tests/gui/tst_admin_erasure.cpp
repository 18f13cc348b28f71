// Administration → Personal data erasure driven through its widgets on a SQLite database: the
// tab is closed to people without personal_data.erase; a bad request is refused with a message
// naming what is wrong and changes nothing; "Count tickets" counts in the live database and in
// an archive file and changes nothing; a declined confirmation changes nothing; a confirmed
// erasure anonymises the customer's tickets in both (and only theirs), clears the value from
// the form and writes the request, without the value, to the audit log.
#include "admin/erasuretab.h"
#include "admin_fixture.h"
#include "archive/archiver.h"
#include "security/permissions.h"
#include "storage/dialect.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace sb;

namespace {

constexpr int kWaitMs = 60000; // a generous ceiling for a background job, not a speed check
const QString kNumber = QStringLiteral("13800138000");

qint64 addTicket(Database &db, const QString &externalId, const QString &serviceNumber,
                 const QString &description) {
    qint64 id = 0;
    QString e;
    if (!dialect::insertReturningId(
            db,
            QStringLiteral("INSERT INTO tickets (source, external_id, received_at, channel, "
                           "customer_tier, problem_type, category, state, service_number, "
                           "customer_id, description, updated_at) VALUES ('t', ?, 1000, 'phone', "
                           "'normal', 'billing', 'fees', 'registered', ?, 'ID-1', ?, 1000)"),
            {externalId, serviceNumber, description}, id, e))
        qWarning("%s", qPrintable(e));
    return id;
}

QString field(Database &db, const QString &column, qint64 id) {
    QSqlQuery q;
    QString e;
    // `column` is one of the fixed names below, never input.
    if (!db.exec(q, QStringLiteral("SELECT %1 FROM tickets WHERE id = ?").arg(column), {id}, e) ||
        !q.next())
        return QStringLiteral("<%1>").arg(e);
    return q.value(0).toString();
}

bool click(app::ErasureTab *tab, const char *name) {
    QSignalSpy done(tab, &app::ErasureTab::jobFinished);
    auto *b = tab->findChild<QPushButton *>(QString::fromLatin1(name));
    if (!b || !b->isEnabled())
        return false;
    b->click();
    return done.count() > 0 || done.wait(kWaitMs);
}

} // namespace

class TestAdminErasure : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void closedWithoutThePermission() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        const qint64 agent =
            f.addStaff(QStringLiteral("E0002"), QStringLiteral("agent2"), QStringLiteral("agent"));
        test::AdminWindow w;
        QVERIFY(w.open(f, test::sessionOf(f, agent)));
        QVERIFY(!w.gate->has(perm::PersonalDataErase));
        auto *tabs = w.place->findChild<QTabWidget *>(QStringLiteral("adminTabs"));
        QVERIFY(tabs);
        const int index = tabs->indexOf(w.place->erasure());
        QVERIFY(!tabs->isTabEnabled(index));
        QVERIFY(tabs->tabToolTip(index).contains(perm::PersonalDataErase));
        // Driven anyway, it refuses and counts nothing.
        w.place->erasure()->setRequest(ErasureField::ServiceNumber, kNumber,
                                       QStringLiteral("REQ-1"));
        QSignalSpy done(w.place->erasure(), &app::ErasureTab::jobFinished);
        w.place->erasure()->count();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY(!w.place->erasure()->isBusy());
    }

    void countsThenErasesLiveAndArchive() {
        test::SecurityFixture f;
        QString e;
        QVERIFY2(f.setUp(e), qPrintable(e));
        // Only an administrator's grant gives it: to the administrator's role here.
        QVERIFY2(f.db->exec(QStringLiteral("INSERT INTO role_permissions (role_id, "
                                           "permission_key) SELECT role_id, ? FROM staff WHERE "
                                           "login = 'admin1'"),
                            {perm::PersonalDataErase}, e),
                 qPrintable(e));
        const qint64 mine = addTicket(*f.db, QStringLiteral("1"), kNumber,
                                      QStringLiteral("Call me back on ") + kNumber);
        const qint64 other = addTicket(*f.db, QStringLiteral("2"), QStringLiteral("13900139000"),
                                       QStringLiteral("Someone else"));
        // An archive file holding one more of the customer's tickets.
        QTemporaryDir dir;
        const QString archivePath = dir.filePath(QStringLiteral("old.sbarchive"));
        {
            auto archive = Archiver::openArchive(archivePath, true, e);
            QVERIFY2(archive, qPrintable(e));
            addTicket(*archive, QStringLiteral("3"), kNumber, QStringLiteral("older complaint"));
        }
        test::AdminWindow w;
        QVERIFY(w.open(f, f.admin));
        QVERIFY(w.gate->recheck());
        QVERIFY(w.gate->has(perm::PersonalDataErase));
        app::ErasureTab *tab = w.place->erasure();
        tab->setFilesChooser([&](QWidget *) { return QStringList{archivePath}; });
        tab->findChild<QPushButton *>(QStringLiteral("addArchiveButton"))->click();
        QCOMPARE(tab->archives(), QStringList{archivePath});

        // Too short a value: refused, naming the field; the form keeps it.
        tab->setRequest(ErasureField::ServiceNumber, QStringLiteral("138"),
                        QStringLiteral("REQ-2026-001"));
        QVERIFY(click(tab, "countButton"));
        auto *status = tab->findChild<QLabel *>(QStringLiteral("erasureStatus"));
        QVERIFY(status->text().contains(QLatin1StringView("service_number")));
        QCOMPARE(tab->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->text(),
                 QStringLiteral("138"));

        // Count: one live, one archived; nothing changes.
        tab->setRequest(ErasureField::ServiceNumber, kNumber, QStringLiteral("REQ-2026-001"));
        QVERIFY(click(tab, "countButton"));
        QVERIFY2(tab->lastResult().ok(), qPrintable(tab->resultText()));
        QCOMPARE(tab->lastResult().outcomes.size(), 2);
        QCOMPARE(tab->lastResult().outcomes.at(0).tickets, 1);
        QCOMPARE(tab->lastResult().outcomes.at(1).tickets, 1);
        QVERIFY(tab->resultText().contains(archivePath));
        QCOMPARE(field(*f.db, QStringLiteral("service_number"), mine), kNumber);

        // Declined: nothing changes.
        w.place->context().confirm = [](QWidget *, const QString &) {
            return false;
        };
        QVERIFY(click(tab, "eraseButton"));
        QCOMPARE(field(*f.db, QStringLiteral("service_number"), mine), kNumber);

        // Confirmed: the question gives the counts; both databases are erased.
        QString asked;
        w.place->context().confirm = [&](QWidget *, const QString &question) {
            asked = question;
            return true;
        };
        QSignalSpy done(tab, &app::ErasureTab::jobFinished);
        tab->findChild<QPushButton *>(QStringLiteral("eraseButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() && !tab->lastResult().request.dryRun, kWaitMs);
        QVERIFY2(tab->lastResult().ok(), qPrintable(tab->resultText()));
        QVERIFY2(asked.contains(QLatin1StringView("Anonymise 2 ticket")), qPrintable(asked));
        QVERIFY(asked.contains(QLatin1StringView("REQ-2026-001")));
        QCOMPARE(field(*f.db, QStringLiteral("service_number"), mine), QString());
        QCOMPARE(field(*f.db, QStringLiteral("customer_id"), mine), QString());
        QVERIFY(!field(*f.db, QStringLiteral("description"), mine).contains(kNumber));
        QCOMPARE(field(*f.db, QStringLiteral("service_number"), other),
                 QStringLiteral("13900139000"));
        {
            auto archive = Archiver::openArchive(archivePath, false, e);
            QVERIFY2(archive, qPrintable(e));
            QSqlQuery q;
            QVERIFY(archive->exec(
                q, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE service_number = ?"),
                {kNumber}, e));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 0);
        }
        QCOMPARE(tab->findChild<QLineEdit *>(QStringLiteral("valueEdit"))->text(), QString());
        // Audited with the reference, never the value.
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?"),
                         {QStringLiteral("%REQ-2026-001%")}),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?"),
                         {QString(QLatin1Char('%') + kNumber + QLatin1Char('%'))}),
                 0);
    }
};

QTEST_MAIN(TestAdminErasure)
#include "tst_admin_erasure.moc"
