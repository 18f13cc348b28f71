// PostgreSQL, as real logins (the database's own grants apply): a team lead registers a
// green-channel suggestion, attaches a file with NUL bytes and opens it byte-identical (bytea),
// links and unlinks a knowledge-base article found by text search (tsvector); an agent's
// login has the green-channel box disabled.
#include "kb/knowledgebase.h"
#include "security/serversession.h"
#include "security_pg_fixture.h"
#include "testsupport.h"
#include "tickets/attachmentspane.h"
#include "tickets/kblinkspane.h"
#include "tickets/ticketdetail.h"
#include "tickets/ticketsplace.h"
#include "widgetfinders.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;
using sb::test::clickOk;
using sb::test::openDialog;
using sb::test::visibleChild;

class TestTicketsDetailPg : public QObject {
    Q_OBJECT
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_owner;
    quint32 m_suffix = 0;
    QString m_lead, m_agent;
    const QString m_password = QStringLiteral("Detail-pg-pass-1");
    ManualClock m_clock{QDateTime(QDate(2025, 10, 9), QTime(2, 0), Qt::UTC)};
    qint64 m_article = 0;

    QString login(const char *base) const {
        return QStringLiteral("%1_%2").arg(QLatin1StringView(base)).arg(m_suffix);
    }

    // A workspace as `who`'s own PostgreSQL login, with the session the server gives it.
    bool signIn(const QString &who, std::unique_ptr<Database> &db, app::Workspace &ws, QString &e) {
        db = test::connectAs(m_url, who, m_password, e);
        if (!db)
            return false;
        ws.db = db.get();
        ws.clock = &m_clock;
        return loadServerSession(*db, m_clock, ws.user, e);
    }

private Q_SLOTS:
    void initTestCase() {
        if (test::pgAdminUrl().isEmpty())
            QSKIP("no PostgreSQL test server (run through ctest so the pg fixture starts it)");
        m_url = test::freshPgDatabase(QStringLiteral("sb_tickets_detail_pg"));
        QString e;
        m_owner = test::openMigrated(m_url, e);
        QVERIFY2(m_owner, qPrintable(e));
        m_suffix = test::uniqueSuffix();
        m_lead = login("lead");
        m_agent = login("agent");
        for (const auto &[who, role] : {std::pair{m_lead, QStringLiteral("team_lead")},
                                        std::pair{m_agent, QStringLiteral("agent")}}) {
            QVERIFY2(
                m_owner->exec(QStringLiteral("SELECT sb_create_login(?, ?, ?, ?, ?, NULL)"),
                              {QString(QStringLiteral("E-") + who), who, m_password, role, who}, e),
                qPrintable(e));
        }
        KnowledgeBase kb(*m_owner, m_clock);
        KbArticle a;
        a.kind = QStringLiteral("case");
        a.title = QStringLiteral("Mail relay blocks password reset");
        a.body = QStringLiteral("Unblock the relay and ask the customer to retry.");
        QVERIFY2(kb.save(a, e), qPrintable(e));
        m_article = a.id;
    }

    void cleanupTestCase() {
        if (m_owner)
            test::dropLogins(*m_owner, {m_lead, m_agent});
    }

    void registerAttachAndLinkAsTeamLead() {
        QString e;
        std::unique_ptr<Database> db;
        app::Workspace ws;
        QVERIFY2(signIn(m_lead, db, ws, e), qPrintable(e));
        app::TicketsPlace place(ws);
        place.resize(1300, 800);
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));

        QDialog *reg =
            openDialog(&place, QStringLiteral("registerButton"), QStringLiteral("registerDialog"));
        QVERIFY(reg);
        auto *kind = reg->findChild<QComboBox *>(QStringLiteral("regKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("suggestion")));
        auto *green = reg->findChild<QCheckBox *>(QStringLiteral("regGreen"));
        QVERIFY(green->isEnabled());
        green->setChecked(true);
        QTest::keyClicks(reg->findChild<QLineEdit *>(QStringLiteral("regCustomer")),
                         QStringLiteral("C-1"));
        QTest::keyClicks(reg->findChild<QLineEdit *>(QStringLiteral("regSubject")),
                         QStringLiteral("Better hold music"));
        clickOk(reg, QStringLiteral("regButtons"));
        app::TicketDetailPanel *detail = place.detail();
        QTRY_VERIFY(detail->ticketId() > 0);
        const qint64 id = detail->ticketId();
        QCOMPARE(test::scalar(*m_owner,
                              QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = ? AND kind = "
                                             "'suggestion' AND green_channel = 1"),
                              {id}),
                 1);

        // An attachment with NUL bytes goes through bytea unchanged.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dump.bin"));
        constexpr char raw[] = "\0\x01\xff binary \0 end";
        const QByteArray bytes(raw, sizeof(raw) - 1);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QByteArray opened;
        app::AttachmentIo io;
        io.chooseFileToAdd = [&file](QWidget *) {
            return file;
        };
        io.openUrl = [&opened](const QUrl &url) {
            QFile f(url.toLocalFile());
            opened = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            return true;
        };
        app::AttachmentsPane *pane = detail->attachments();
        pane->setIo(io);
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("addAttachment")),
                          Qt::LeftButton);
        auto *list = pane->findChild<QListWidget *>(QStringLiteral("attachmentList"));
        QTRY_COMPARE(list->count(), 1);
        list->setCurrentRow(0);
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("openAttachment")),
                          Qt::LeftButton);
        QCOMPARE(opened, bytes);

        // Link through the search dialog (tsvector), then unlink (needs the DELETE grant).
        const qint64 usesBefore = test::scalar(
            *m_owner, QStringLiteral("SELECT uses FROM kb_articles WHERE id = ?"), {m_article});
        app::KbLinksPane *kb = detail->kbLinks();
        QTest::mouseClick(kb->findChild<QPushButton *>(QStringLiteral("kbLinkButton")),
                          Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleChild<QDialog>(kb, QStringLiteral("kbLinkDialog"))));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("kbLinkSearch")),
                         QStringLiteral("relay"));
        auto *results = dialog->findChild<QTableWidget *>(QStringLiteral("kbLinkResults"));
        QTRY_COMPARE(results->rowCount(), 1);
        clickOk(dialog, QStringLiteral("kbLinkButtons"));
        auto *links = kb->findChild<QListWidget *>(QStringLiteral("kbList"));
        QTRY_COMPARE(links->count(), 1);
        QCOMPARE(test::scalar(*m_owner, QStringLiteral("SELECT uses FROM kb_articles WHERE id = ?"),
                              {m_article}),
                 usesBefore + 1);
        links->setCurrentRow(0);
        QTest::mouseClick(kb->findChild<QPushButton *>(QStringLiteral("kbUnlinkButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(links->count(), 0);
        QCOMPARE(test::scalar(*m_owner,
                              QStringLiteral("SELECT COUNT(*) FROM ticket_kb_links WHERE "
                                             "ticket_id = ?"),
                              {id}),
                 0);
    }

    void agentHasNoGreenChannel() {
        QString e;
        std::unique_ptr<Database> db;
        app::Workspace ws;
        QVERIFY2(signIn(m_agent, db, ws, e), qPrintable(e));
        app::TicketsPlace place(ws);
        place.show();
        QVERIFY(QTest::qWaitForWindowExposed(&place));
        QDialog *reg =
            openDialog(&place, QStringLiteral("registerButton"), QStringLiteral("registerDialog"));
        QVERIFY(reg);
        auto *green = reg->findChild<QCheckBox *>(QStringLiteral("regGreen"));
        QVERIFY(!green->isEnabled());
        QVERIFY(green->toolTip().contains(QLatin1String("tickets.green_channel")));
    }
};

QTEST_MAIN(TestTicketsDetailPg)
#include "tst_tickets_detail_pg.moc"
