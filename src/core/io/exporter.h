#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QAbstractItemModel;
class QIODevice;

namespace sb {

// Which tickets to export. Text form (CLI --query), URL-query style, all parts optional:
//   state=registered|assigned&problem_type=login_failure&channel=phone&customer_tier=vip
//   &source=nyc311&region=BRONX&from=2026-03-01T00:00:00Z&to=2026-03-02T00:00:00Z&text=refund
// `|` separates alternatives; from is inclusive, to exclusive (received_at); text matches
// subject or description (case-insensitive substring).
struct TicketQuery {
    QStringList states;
    QStringList problemTypes;
    QStringList channels;
    QStringList tiers;
    QStringList sources;
    QStringList regions;
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
    QString text;

    static std::optional<TicketQuery> parse(const QString &spec, QString &error);
    // WHERE clause (with leading " WHERE ", or empty) and its positional values.
    QString whereSql(QVariantList &values) const;
};

// Writes tickets as INTERCHANGE.md complaint CSV (which imports again in our own format),
// preceded by id, serial and state; and any item view (a queue as the user sees it) as CSV.
class Exporter {
    Q_DECLARE_TR_FUNCTIONS(sb::Exporter)

public:
    static QStringList ticketColumns();
    // Service numbers are masked unless `personalData` is set; the caller checks the
    // permission and audits an unmasked export.
    static bool exportTickets(Database &db, const TicketQuery &query, QIODevice *out, qint64 &rows,
                              QString &error, bool personalData = false);
    // Header from the model's horizontal header, then every row's DisplayRole text.
    static bool exportModel(const QAbstractItemModel &model, QIODevice *out, QString &error);
};

} // namespace sb
