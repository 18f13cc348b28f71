#include "storage/releasestore.h"

#include "storage/settingsstore.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVersionNumber>

namespace sb {

namespace {

// "1.2.0-rc.1" → numbers 1.2.0 and pre-release "rc.1"; false when it is no version.
bool parseVersion(const QString &text, QVersionNumber &numbers, QString &preRelease) {
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,9}(?:\\.\\d{1,9}){0,3})(?:-([0-9A-Za-z]+(?:\\.[0-9A-Za-z]+)*))?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    numbers = QVersionNumber::fromString(m.captured(1));
    preRelease = m.captured(2);
    return !numbers.isNull();
}

// Pre-release labels compare identifier by identifier: numbers as numbers, words as text,
// numbers before words, and fewer identifiers first when all shared ones are equal.
int comparePreRelease(const QString &a, const QString &b) {
    const QStringList pa = a.split(QLatin1Char('.'));
    const QStringList pb = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < qMin(pa.size(), pb.size()); ++i) {
        bool na = false;
        bool nb = false;
        const qulonglong va = pa.at(i).toULongLong(&na);
        const qulonglong vb = pb.at(i).toULongLong(&nb);
        if (na && nb) {
            if (va != vb)
                return va < vb ? -1 : 1;
        } else if (na != nb) {
            return na ? -1 : 1;
        } else if (const int c = pa.at(i).compare(pb.at(i)); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return pa.size() == pb.size() ? 0 : (pa.size() < pb.size() ? -1 : 1);
}

QString normalisedNotes(const QString &notes) {
    QString n = notes;
    n.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    n.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return n.trimmed();
}

} // namespace

ReleaseStore::ReleaseStore(const Database &db)
    : m_db(db) {
}

QString ReleaseStore::versionProblem(const QString &version) {
    QVersionNumber numbers;
    QString pre;
    if (version.size() > kMaxVersion || !parseVersion(version, numbers, pre))
        return tr("“%1” is not a version: write numbers joined by dots, such as 1.4.0, "
                  "optionally followed by a pre-release label such as 1.4.0-rc.1.")
            .arg(version.left(kMaxVersion));
    return {};
}

QString ReleaseStore::notesProblem(const QString &notes) {
    const QString n = normalisedNotes(notes);
    if (n.size() > kMaxNotes)
        return tr("The release notes are too long: %1 characters, at most %2.")
            .arg(n.size())
            .arg(kMaxNotes);
    for (const QChar c : n) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("The release notes contain a control or invisible character (U+%1).")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return {};
}

QString ReleaseStore::urlProblem(const QString &url) {
    if (url.isEmpty())
        return {};
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.scheme().toLower();
    if (url.size() > kMaxUrl || !u.isValid() || u.host().isEmpty() ||
        (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")))
        return tr("“%1” is not a web address: give a full http:// or https:// address of at "
                  "most %2 characters.")
            .arg(url.left(80))
            .arg(kMaxUrl);
    return {};
}

bool ReleaseStore::isNewer(const QString &published, const QString &running) {
    QVersionNumber pub;
    QVersionNumber run;
    QString pubPre;
    QString runPre;
    if (!parseVersion(published.trimmed(), pub, pubPre))
        return false;
    if (!parseVersion(running.trimmed(), run, runPre))
        return true; // a build without a proper version is older than any release
    if (const int c = QVersionNumber::compare(pub.normalized(), run.normalized()); c != 0)
        return c > 0;
    if (pubPre.isEmpty() || runPre.isEmpty())
        return pubPre.isEmpty() && !runPre.isEmpty();
    return comparePreRelease(pubPre, runPre) > 0;
}

bool ReleaseStore::publish(const ReleaseInfo &info, const QString &actor, qint64 nowMs,
                           QString &error) {
    const QString version = info.version.trimmed();
    const QString notes = normalisedNotes(info.notes);
    const QString url = info.url.isEmpty() ? QString() : info.url.toString(QUrl::FullyEncoded);
    for (const QString &p : {versionProblem(version), notesProblem(notes), urlProblem(url)}) {
        if (!p.isEmpty()) {
            error = p;
            return false;
        }
    }
    // Notes and address first, the version last, all in one transaction: a reader that sees
    // the new version also sees its notes.
    SettingsStore settings(m_db);
    return settings.setAll({{QString::fromLatin1(kNotesKey), notes},
                            {QString::fromLatin1(kUrlKey), url},
                            {QString::fromLatin1(kVersionKey), version}},
                           actor, nowMs, error);
}

std::optional<ReleaseInfo> ReleaseStore::read(QString &error) const {
    error.clear();
    QSqlQuery q;
    if (!m_db.exec(q,
                   QStringLiteral("SELECT s.key, s.value, s.changed_by, s.changed_at FROM "
                                  "settings s WHERE s.key IN (?, ?, ?) AND s.version = (SELECT "
                                  "MAX(t.version) FROM settings t WHERE t.key = s.key)"),
                   {QString::fromLatin1(kVersionKey), QString::fromLatin1(kNotesKey),
                    QString::fromLatin1(kUrlKey)},
                   error))
        return std::nullopt;
    ReleaseInfo info;
    bool found = false;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1StringView(kVersionKey)) {
            info.version = value.trimmed();
            info.publishedBy = q.value(2).toString();
            info.publishedAt = q.value(3).toLongLong();
            found = !info.version.isEmpty();
        } else if (key == QLatin1StringView(kNotesKey)) {
            info.notes = value;
        } else if (key == QLatin1StringView(kUrlKey) && urlProblem(value).isEmpty()) {
            info.url = QUrl(value, QUrl::StrictMode);
        }
    }
    if (!found)
        return std::nullopt;
    return info;
}

} // namespace sb
