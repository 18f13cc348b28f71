#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace sb {

// The newest version of Signalboard published for this centre: its notes (plain text) and
// where to get it. Workstations compare it with their own version and tell their user.
struct ReleaseInfo {
    QString version;
    QString notes;
    QUrl url;
    qint64 publishedAt = 0; // when the version was recorded (ms since the epoch)
    QString publishedBy;
};

// Publishes and reads the newest version through the shared, versioned settings
// (release.latest_version, release.notes, release.url): every publication is a new version of
// the three keys, written in one transaction and audited as setting changes. On PostgreSQL
// only a login holding admin.settings may write them (the server refuses everyone else).
class ReleaseStore {
    Q_DECLARE_TR_FUNCTIONS(ReleaseStore)
public:
    static constexpr const char *kVersionKey = "release.latest_version";
    static constexpr const char *kNotesKey = "release.notes";
    static constexpr const char *kUrlKey = "release.url";
    static constexpr qsizetype kMaxNotes = 20000;
    static constexpr qsizetype kMaxVersion = 64;
    static constexpr qsizetype kMaxUrl = 2000;

    explicit ReleaseStore(const Database &db);

    // Validates `info` (see the *Problem functions) and records it; `info.publishedAt` and
    // `info.publishedBy` are ignored (the store uses `actor` and `nowMs`). Notes are stored
    // with line ends as "\n".
    bool publish(const ReleaseInfo &info, const QString &actor, qint64 nowMs, QString &error);
    // The published release, read in one statement (never a new version with old notes);
    // std::nullopt with an empty `error` when none was published, or with `error` set when
    // the database could not be read.
    std::optional<ReleaseInfo> read(QString &error) const;

    // Empty when acceptable, otherwise a sentence saying what is wrong.
    static QString versionProblem(const QString &version);
    static QString notesProblem(const QString &notes);
    static QString urlProblem(const QString &url);

    // True when `published` is a later version than `running`: numbers compare part by part
    // (0.10.0 > 0.9.1, 1.2 == 1.2.0); on equal numbers a release is later than its
    // pre-releases (1.2.0 > 1.2.0-rc.2 > 1.2.0-rc.1). An unparsable `published` is never newer.
    static bool isNewer(const QString &published, const QString &running);

private:
    const Database &m_db;
};

} // namespace sb
