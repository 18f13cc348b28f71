#include "io/exporter.h"

#include "io/csvwriter.h"
#include "io/instant.h"
#include "tickets/ticketpersonaldata.h"
#include "tickets/ticketstore.h"

#include <QAbstractItemModel>
#include <QIODevice>
#include <QSaveFile>
#include <QSqlQuery>

namespace sb {

QStringList Exporter::ticketColumns() {
    return {QStringLiteral("id"),
            QStringLiteral("serial"),
            QStringLiteral("state"),
            QStringLiteral("source"),
            QStringLiteral("external_id"),
            QStringLiteral("received_at"),
            QStringLiteral("channel"),
            QStringLiteral("customer_tier"),
            QStringLiteral("problem_type"),
            QStringLiteral("customer_id"),
            QStringLiteral("service_number"),
            QStringLiteral("category"),
            QStringLiteral("subject"),
            QStringLiteral("description"),
            QStringLiteral("region")};
}

bool Exporter::exportTickets(Database &db, const TicketQueryBuilder &view, QIODevice *out,
                             qint64 &rows, QString &error, const TicketExportOptions &options) {
    rows = 0;
    if (!view.validate(error))
        return false;
    const TicketPersonalData personal(db.dialect());
    const PagedSql select = view.ordered(
        QStringLiteral("t.id, t.state, t.source, t.external_id, t.received_at, t.received_offset, "
                       "t.channel, t.customer_tier, t.problem_type, %1, %2, t.category, "
                       "t.subject, t.description, t.region")
            .arg(personal.customerColumn(), personal.serviceColumn()));
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    if (!db.exec(q, select.sql, select.values, error))
        return false;
    CsvWriter w(out);
    w.writeRecord(ticketColumns());
    // With personal data on a shared server records are written a batch at a time: the clear
    // values of a batch come in one audited call (sb_personal_data).
    const bool clearFromServer = options.personalData && db.dialect() == Dialect::PostgreSQL;
    constexpr int kCustomer = 9, kService = 10; // their columns in a record
    QList<QStringList> batch;
    QList<qint64> ids;
    const qint64 every = qMax<qint64>(1, options.progressEvery);
    const auto flush = [&]() {
        if (clearFromServer) {
            QHash<qint64, TicketPersonalData::Values> clear;
            if (!personal.readClear(db, ids, clear, error))
                return false;
            for (int i = 0; i < batch.size(); ++i) {
                const auto v = clear.value(ids.at(i));
                batch[i][kCustomer] = v.customerId;
                batch[i][kService] = v.serviceNumber;
            }
        }
        for (const QStringList &record : std::as_const(batch)) {
            w.writeRecord(record);
            ++rows;
            if (options.progress && rows % every == 0)
                options.progress(rows);
        }
        batch.clear();
        ids.clear();
        return true;
    };
    while (q.next()) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            error = tr("The export was cancelled.");
            return false;
        }
        const qint64 id = q.value(0).toLongLong();
        const qint64 at = q.value(4).toLongLong();
        QStringList record;
        record.reserve(15);
        record << QString::number(id) << TicketStore::serialNumber(id, at) << q.value(1).toString()
               << q.value(2).toString() << q.value(3).toString()
               << formatInstant(at, static_cast<qint32>(q.value(5).toLongLong()));
        for (int i = 6; i <= 14; ++i) {
            const QString v = q.value(i).toString();
            const bool personalColumn = i == kCustomer || i == kService;
            record << (personalColumn && !options.personalData ? personal.masked(v) : v);
        }
        batch << record;
        ids << id;
        // Without clear values from the server every record goes out at once.
        if ((!clearFromServer || batch.size() >= TicketPersonalData::kBatch) && !flush())
            return false;
    }
    if (q.lastError().isValid()) {
        error = describeSqlError(q.lastError());
        return false;
    }
    if (!flush())
        return false;
    if (!w.flush()) {
        error = tr("cannot write the CSV: %1").arg(out->errorString());
        return false;
    }
    if (options.progress)
        options.progress(rows);
    return true;
}

bool Exporter::exportTicketsToFile(Database &db, const TicketQueryBuilder &view,
                                   const QString &path, qint64 &rows, QString &error,
                                   const TicketExportOptions &options) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (!exportTickets(db, view, &file, rows, error, options)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool Exporter::exportModel(const QAbstractItemModel &model, QIODevice *out, QString &error) {
    CsvWriter w(out);
    QStringList record;
    for (int c = 0; c < model.columnCount(); ++c)
        record << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    w.writeRecord(record);
    for (int r = 0; r < model.rowCount(); ++r) {
        record.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            record << model.index(r, c).data(Qt::DisplayRole).toString();
        w.writeRecord(record);
    }
    if (!w.flush()) {
        error = tr("cannot write the CSV: %1").arg(out->errorString());
        return false;
    }
    return true;
}

} // namespace sb
