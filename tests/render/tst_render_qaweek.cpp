// The QA team-meeting summary of a week as a PDF, from reviews stored in a real SQLite
// database: the agents' names, the week and the figures are text in the PDF; the document
// has the summary's sections in both languages.
#include "pdfrenderer.h"
#include "pdftools.h"
#include "qaweekdocument.h"
#include "testsupport.h"
#include "workflowfixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sb;

class TestRenderQaWeek : public QObject {
    Q_OBJECT

    static inline const QString kDay = QStringLiteral("2026-03-23"); // Monday of 2026-W13
    ManualClock m_clock{
        QDateTime::fromString(QStringLiteral("2026-03-30T10:00:00+08:00"), Qt::ISODate)};
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
    QaWeekSummary m_week;

    qint64 insert(const QString &sql, const QVariantList &values) {
        QSqlQuery q(m_db->db());
        QString error;
        if (!m_db->exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
            qFatal("insert: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }
    void exec(const QString &sql, const QVariantList &values) {
        QString error;
        if (!m_db->exec(sql, values, error))
            qFatal("exec: %s", qPrintable(error));
    }
    qint64 staff(const QString &login, const QString &name, const QString &role) {
        return insert(QStringLiteral("INSERT INTO staff(employee_no, name, role_id, status, "
                                     "status_changed_at, login, created_at) VALUES (?, ?, "
                                     "(SELECT id FROM roles WHERE key = ?), 'active', 0, ?, 0)"),
                      {login.toUpper(), name, role, login});
    }
    qint64 ticket(const QString &channel, qint64 handler) {
        return insert(QStringLiteral("INSERT INTO tickets(received_at, channel, customer_tier, "
                                     "problem_type, handler_id, state, updated_at) VALUES (1, ?, "
                                     "'normal', 'other', ?, 'closed', 1)"),
                      {channel, handler});
    }
    qint64 sampled(qint64 ticketId, const QString &stratum, qint64 assignee) {
        return insert(QStringLiteral("INSERT INTO qa_sample_tickets(day, ticket_id, stratum, "
                                     "rank_hash, position, assignee_id, added_at, added_by) "
                                     "VALUES (?, ?, ?, 'h', 1, ?, 0, 'test')"),
                      {kDay, ticketId, stratum, assignee});
    }
    void review(qint64 row, qint64 ticketId, qint64 agent, qint64 reviewer, double score,
                const QList<QPair<const char *, int>> &ratings) {
        const qint64 version =
            test::queryValue(*m_db, QStringLiteral("SELECT MIN(id) FROM qa_scorecard_versions"))
                .toLongLong();
        const qint64 id = insert(
            QStringLiteral("INSERT INTO qa_reviews(sample_ticket_id, ticket_id, agent_id, "
                           "reviewer_id, scorecard_version_id, kind, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, 'sample', 0, 0)"),
            {row, ticketId, agent, reviewer, version});
        for (const auto &[key, value] : ratings)
            exec(QStringLiteral("INSERT INTO qa_review_items(review_id, item_id, value, na) "
                                "SELECT ?, id, ?, 0 FROM qa_scorecard_items WHERE version_id = ? "
                                "AND key = ?"),
                 {id, value, version, QString::fromLatin1(key)});
        exec(QStringLiteral("UPDATE qa_reviews SET state = 'submitted', score = ?, passed = ?, "
                            "critical_failed = 0, submitted_at = ? WHERE id = ?"),
             {score, score >= 80 ? 1 : 0, 1774300000000LL, id});
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        m_url = test::sqliteIn(m_dir);
        m_db = test::openMigrated(m_url, error);
        QVERIFY2(m_db, qPrintable(error));
        const qint64 a =
            staff(QStringLiteral("rw_a"), QStringLiteral("王小明"), QStringLiteral("agent"));
        const qint64 b = staff(QStringLiteral("rw_b"), QStringLiteral("Agnes Fairweather"),
                               QStringLiteral("agent"));
        const qint64 i = staff(QStringLiteral("rw_i"), QStringLiteral("Li"), QStringLiteral("qa"));
        exec(QStringLiteral("INSERT INTO qa_sample_days(day, seed, rate, stratify_by, time_zone, "
                            "frame_size, sample_size, drawn_at, drawn_by) VALUES (?, 1, '0.2', "
                            "'channel', 'Asia/Shanghai', 14, 3, 0, 'test')"),
             {kDay});
        exec(QStringLiteral("INSERT INTO qa_sample_strata(day, key, frame_size, sample_size) "
                            "VALUES (?, 'phone', 10, 2), (?, 'web', 4, 1)"),
             {kDay, kDay});
        const qint64 t1 = ticket(QStringLiteral("phone"), a);
        const qint64 t2 = ticket(QStringLiteral("phone"), b);
        const qint64 t3 = ticket(QStringLiteral("web"), b);
        review(sampled(t1, QStringLiteral("phone"), i), t1, a, i, 92.5,
               {{"timeliness", 2}, {"attitude", 5}});
        review(sampled(t2, QStringLiteral("phone"), i), t2, b, i, 61.25,
               {{"timeliness", 0}, {"attitude", 2}});
        sampled(t3, QStringLiteral("web"), i); // not reviewed: overdue
        QVERIFY2(QaDashboardQueries::weekSummary(*m_db, m_clock, QDate(2026, 3, 26), m_week, error),
                 qPrintable(error));
        QCOMPARE(m_week.byAgent.overall.reviews, 2);
    }

    void documentHasTheSummarysSections() {
        const ReportDocument doc = QaWeekDocument::build(
            m_week, QStringLiteral("en"), QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()));
        QStringList keys;
        for (const ReportSection &s : doc.sections)
            keys.append(s.key);
        QCOMPARE(keys, (QStringList{QStringLiteral("overall"), QStringLiteral("agents"),
                                    QStringLiteral("teams"), QStringLiteral("failing_items"),
                                    QStringLiteral("coverage"), QStringLiteral("overdue")}));
        QCOMPARE(doc.subtitle, QStringLiteral("Week 2026-W13 (2026-03-23 – 2026-03-29)"));
        // Per agent: the names, their review counts and scores as numbers.
        const auto &agents = std::get<ReportTable>(doc.sections.at(1).blocks.at(0));
        QCOMPARE(agents.rows.size(), 2);
        QStringList names;
        for (const QList<ReportCell> &row : agents.rows) {
            names.append(row.at(0).text);
            QCOMPARE(row.at(1).number.value_or(-1), 1.0);
        }
        names.sort();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Agnes Fairweather"), QStringLiteral("王小明")}));
        // The failing items as a Pareto chart: timeliness failed once.
        const auto &chart = std::get<ReportChart>(doc.sections.at(3).blocks.at(0));
        QCOMPARE(chart.kind, ChartKind::Pareto);
        QVERIFY(!chart.series.first().points.isEmpty());
        QCOMPARE(chart.series.first().points.first().value, 1.0);
        QCOMPARE(QaWeekDocument::isoWeek(QDate(2026, 12, 31)), QStringLiteral("2026-W53"));
        QCOMPARE(QaWeekDocument::isoWeek(QDate(2027, 1, 3)), QStringLiteral("2026-W53"));
        QCOMPARE(QaWeekDocument::isoWeek(QDate(2027, 1, 4)), QStringLiteral("2027-W01"));
    }

    void pdfShowsAgentsWeekAndFigures() {
        if (!test::havePoppler())
            QSKIP("poppler-utils is not installed: scripts/install-deps.sh installs it");
        const ReportDocument doc = QaWeekDocument::build(
            m_week, QStringLiteral("zh_CN"), QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()));
        const QString path = m_dir.filePath(QStringLiteral("week.pdf"));
        QString error;
        int pages = 0;
        QVERIFY2(PdfRenderer::renderToFile(doc, path, error, &pages), qPrintable(error));
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("王小明")), qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("Agnes Fairweather")));
        QVERIFY(text.contains(QStringLiteral("2026-W13")));
        QVERIFY(text.contains(QStringLiteral("2026-03-23")));
        QVERIFY(text.contains(QStringLiteral("92.5")));
        QVERIFY(text.contains(QStringLiteral("61.3")));   // 61.25 to one decimal
        QVERIFY(text.contains(QStringLiteral("50.0 %"))); // pass rate 1 of 2
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        for (const test::PdfFont &f : test::pdfFonts(path))
            QVERIFY2(f.embedded, qPrintable(f.name));
    }

    // signalboard-cli qa summary: the PDF from a cron job, without a display: the CLI starts
    // its own offscreen QGuiApplication (the variable is unset for the child). Excel too, and
    // bad arguments are named.
    void cliWritesTheWeek() {
        if (!test::havePoppler())
            QSKIP("poppler-utils is not installed: scripts/install-deps.sh installs it");
        const QString db = QStringLiteral("sqlite://") + m_url.path;
        const QString pdf = m_dir.filePath(QStringLiteral("cli-week.pdf"));
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        qunsetenv("QT_QPA_PLATFORM");
        const test::CliRun r = test::runCli(
            {QStringLiteral("qa"), QStringLiteral("summary"), QStringLiteral("--db"), db,
             QStringLiteral("--week"), QStringLiteral("2026-W13"), QStringLiteral("--format"),
             QStringLiteral("pdf"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
             QStringLiteral("--output"), pdf});
        qputenv("QT_QPA_PLATFORM", platform);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("王小明")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("Agnes Fairweather")));
        QVERIFY(text.contains(QStringLiteral("92.5")));
        // --lang zh_CN: the CLI loads the translation it carries; the headings are Chinese.
        QVERIFY2(text.contains(QStringLiteral("质检班组例会汇总")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("2026-W13 周（2026-03-23 – 2026-03-29）")));
        QVERIFY(text.contains(QStringLiteral("按坐席")));
        QVERIFY(text.contains(QStringLiteral("第 1 页，共")));

        const QString xlsx = m_dir.filePath(QStringLiteral("cli-week.xlsx"));
        const test::CliRun x = test::runCli(
            {QStringLiteral("qa"), QStringLiteral("summary"), QStringLiteral("--db"), db,
             QStringLiteral("--date"), QStringLiteral("2026-03-25"), QStringLiteral("--format"),
             QStringLiteral("xlsx"), QStringLiteral("--output"), xlsx});
        QVERIFY2(x.code == 0, qPrintable(x.err));
        QVERIFY(QFile(xlsx).size() > 0);

        const test::CliRun bad = test::runCli(
            {QStringLiteral("qa"), QStringLiteral("summary"), QStringLiteral("--db"), db,
             QStringLiteral("--week"), QStringLiteral("2026-W54"), QStringLiteral("--format"),
             QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("--week")), qPrintable(bad.err));
        const test::CliRun format = test::runCli(
            {QStringLiteral("qa"), QStringLiteral("summary"), QStringLiteral("--db"), db,
             QStringLiteral("--week"), QStringLiteral("2026-W13"), QStringLiteral("--format"),
             QStringLiteral("docx"), QStringLiteral("--output"), pdf});
        QCOMPARE(format.code, 2);
        QVERIFY2(format.err.contains(QStringLiteral("--format")), qPrintable(format.err));
    }
};

QTEST_MAIN(TestRenderQaWeek)
#include "tst_render_qaweek.moc"
