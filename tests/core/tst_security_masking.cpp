// Personal-data masking and the audited unmask.
#include "security/masking.h"
#include "security_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace sb;

class TestSecurityMasking : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void phone_data();
    void phone();
    void idNumber_data();
    void idNumber();
    void bankCard_data();
    void bankCard();
    void serviceNumber();
    void viewerWithoutPermissionSeesMasked();
    void unmaskIsAudited();
};

void TestSecurityMasking::phone_data() {
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
    QTest::newRow("dashed") << QStringLiteral("138-1234-5678") << QStringLiteral("138-****-5678");
    QTest::newRow("+86") << QStringLiteral("+86 13812345678") << QStringLiteral("+86 1******5678");
    QTest::newRow("landline") << QStringLiteral("010-62345678") << QStringLiteral("010-****5678");
    QTest::newRow("short") << QStringLiteral("12345") << QStringLiteral("*****");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("full-width") << QStringLiteral("１３８１２３４５６７８")
                                << QStringLiteral("１３８****５６７８");
}

void TestSecurityMasking::phone() {
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(maskPhone(in), out);
}

void TestSecurityMasking::idNumber_data() {
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("18") << QStringLiteral("110101199003071234")
                        << QStringLiteral("110101********1234");
    QTest::newRow("X") << QStringLiteral("11010119900307123X")
                       << QStringLiteral("110101********123X");
    QTest::newRow("15") << QStringLiteral("110101900307123") << QStringLiteral("110101*****7123");
    QTest::newRow("short") << QStringLiteral("1234567") << QStringLiteral("*******");
}

void TestSecurityMasking::idNumber() {
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(maskIdNumber(in), out);
}

void TestSecurityMasking::bankCard_data() {
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("16") << QStringLiteral("6222021234567890") << QStringLiteral("************7890");
    QTest::newRow("spaced") << QStringLiteral("6222 0212 3456 7890")
                            << QStringLiteral("**** **** **** 7890");
    QTest::newRow("19") << QStringLiteral("6217000010012345678")
                        << QStringLiteral("***************5678");
    QTest::newRow("short") << QStringLiteral("1234") << QStringLiteral("****");
}

void TestSecurityMasking::bankCard() {
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(maskBankCard(in), out);
}

void TestSecurityMasking::serviceNumber() {
    QCOMPARE(maskServiceNumber(QStringLiteral("13812345678")), QStringLiteral("138****5678"));
    QCOMPARE(maskServiceNumber(QStringLiteral("ACC-20240001")), QStringLiteral("ACC-****0001"));
    // control characters never pass through
    QCOMPARE(maskServiceNumber(QStringLiteral("ab\ncd")), QStringLiteral("ab*cd"));
}

void TestSecurityMasking::viewerWithoutPermissionSeesMasked() {
    test::SecurityFixture f;
    QString error;
    QVERIFY2(f.setUp(error), qPrintable(error));
    const qint64 agent =
        f.addStaff(QStringLiteral("M1"), QStringLiteral("mask1"), QStringLiteral("agent"));
    Session s;
    QVERIFY(LocalAuthenticator(*f.db, f.clock, f.settings).sessionFor(agent, s, error));
    PersonalDataMasker agentView(*f.db, f.clock, s);
    QVERIFY(!agentView.viewerSeesAll());
    QCOMPARE(agentView.show(PersonalField::Phone, QStringLiteral("13812345678")),
             QStringLiteral("138****5678"));
    QCOMPARE(agentView.show(PersonalField::IdNumber, QStringLiteral("110101199003071234")),
             QStringLiteral("110101********1234"));
    QCOMPARE(agentView.show(PersonalField::BankCard, QStringLiteral("6222021234567890")),
             QStringLiteral("************7890"));
    // The super role (and anyone with personal_data.view) sees the real value.
    PersonalDataMasker adminView(*f.db, f.clock, f.admin);
    QVERIFY(adminView.viewerSeesAll());
    QCOMPARE(adminView.show(PersonalField::Phone, QStringLiteral("13812345678")),
             QStringLiteral("13812345678"));
}

void TestSecurityMasking::unmaskIsAudited() {
    test::SecurityFixture f;
    QString error;
    QVERIFY2(f.setUp(error), qPrintable(error));
    const qint64 agent =
        f.addStaff(QStringLiteral("M2"), QStringLiteral("mask2"), QStringLiteral("agent"));
    const qint64 rm = f.addStaff(QStringLiteral("M3"), QStringLiteral("mask3"),
                                 QStringLiteral("relationship_manager"));
    Session agentSession, rmSession;
    LocalAuthenticator auth(*f.db, f.clock, f.settings);
    QVERIFY(auth.sessionFor(agent, agentSession, error));
    QVERIFY(auth.sessionFor(rm, rmSession, error));

    QString out;
    const qint64 before = f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(!PersonalDataMasker(*f.db, f.clock, agentSession)
                 .unmask(PersonalField::Phone, QStringLiteral("13812345678"),
                         QStringLiteral("ticket"), 7, out, error));
    QVERIFY2(error.contains(QLatin1StringView("personal_data.unmask")), qPrintable(error));
    QVERIFY(out.isEmpty());
    QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);

    PersonalDataMasker rmView(*f.db, f.clock, rmSession);
    QVERIFY(!rmView.viewerSeesAll()); // masked by default …
    QVERIFY2(rmView.unmask(PersonalField::Phone, QStringLiteral("13812345678"),
                           QStringLiteral("ticket"), 7, out, error),
             qPrintable(error)); // … revealed on request
    QCOMPARE(out, QStringLiteral("13812345678"));
    QSqlQuery q;
    QVERIFY(f.db->exec(q,
                       QStringLiteral("SELECT actor, entity, entity_id, detail, at FROM audit_log "
                                      "WHERE action = 'personal_data.unmask'"),
                       {}, error));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("mask3"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("ticket"));
    QCOMPARE(q.value(2).toLongLong(), 7);
    QCOMPARE(q.value(4).toLongLong(), f.clock.nowMs());
    const QJsonObject d = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    QCOMPARE(d.value(QStringLiteral("field")).toString(), QStringLiteral("phone"));
    QCOMPARE(d.value(QStringLiteral("masked")).toString(), QStringLiteral("138****5678"));
    QVERIFY(!q.value(3).toString().contains(QLatin1StringView("12345678"))); // never the value
    QVERIFY(!q.next());
}

QTEST_GUILESS_MAIN(TestSecurityMasking)
#include "tst_security_masking.moc"
