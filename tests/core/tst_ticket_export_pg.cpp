// Export of a queue view on PostgreSQL: exactly the queue's tickets in queue order (green first,
// the view's sort, id), masking, cancel and progress, round trip through the importer, and
// the query text of signalboard-cli export.
#include "ticketexporttest.h"

using namespace sb;

namespace {
std::unique_ptr<Database> freshDb(const QTemporaryDir &, const QString &name, qint64 &staffId) {
    QString e;
    auto db = test::openMigrated(test::freshPgDatabase(QStringLiteral("ticket_export_") +
                                                       QString(name).remove(QStringLiteral(".db"))),
                                 e);
    return test::exporting::withExporter(std::move(db), e, staffId);
}
} // namespace

class TestTicketExportPg : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    qint64 m_staff = 0;

private Q_SLOTS:
    void queryText() { test::exporting::queryText(); }
    void rowsEqualQueue() {
        auto db = freshDb(m_dir, QStringLiteral("rows.db"), m_staff);
        test::exporting::rowsEqualQueue(*db, m_staff);
    }
    void masking() {
        auto db = freshDb(m_dir, QStringLiteral("mask.db"), m_staff);
        test::exporting::masking(*db, m_staff);
    }
    void cancelAndProgress() {
        auto db = freshDb(m_dir, QStringLiteral("cancel.db"), m_staff);
        test::exporting::cancelAndProgress(*db, m_staff);
    }
    void roundTrip() {
        qint64 ignored = 0;
        auto db = freshDb(m_dir, QStringLiteral("a.db"), m_staff);
        auto other = freshDb(m_dir, QStringLiteral("b.db"), ignored);
        test::exporting::roundTrip(*db, m_staff, *other);
    }
};

QTEST_GUILESS_MAIN(TestTicketExportPg)
#include "tst_ticket_export_pg.moc"
