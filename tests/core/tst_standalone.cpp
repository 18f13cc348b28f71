// The repository stands alone: a user's clone has nothing beside it, so no tracked file may
// read or cite a path outside it. Checked over every tracked file (git ls-files; without
// git, every file of the source tree but build trees):
//  - no mention of a sibling folder or the environment variable that pointed at one;
//  - every Markdown document a file names (`docs/spec/DOMAIN.md`, `[x](spec/GRADING.md)`,
//    a bare `INTERCHANGE.md`) exists, relative to that file or to the repository's root;
//  - no CMake path climbs out of the source tree.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString root() {
    return QDir::cleanPath(qEnvironmentVariable("SIGNALBOARD_SOURCE_DIR"));
}

QStringList trackedFiles(const QString &top) {
    QProcess git;
    git.start(QStringLiteral("git"),
              {QStringLiteral("-C"), top, QStringLiteral("ls-files"), QStringLiteral("-z")});
    if (git.waitForFinished(60000) && git.exitStatus() == QProcess::NormalExit &&
        git.exitCode() == 0) {
        QStringList files;
        for (const QByteArray &f : git.readAllStandardOutput().split('\0')) {
            if (!f.isEmpty())
                files.append(QString::fromUtf8(f));
        }
        if (!files.isEmpty())
            return files;
    }
    // A source tree without git (an unpacked release): every file but build trees.
    QStringList files;
    QDirIterator it(top, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir base(top);
    while (it.hasNext()) {
        const QString rel = base.relativeFilePath(it.next());
        if (!rel.startsWith(QLatin1StringView(".git/")) &&
            !rel.startsWith(QLatin1StringView("build")))
            files.append(rel);
    }
    return files;
}

bool isText(const QByteArray &bytes) {
    return !bytes.contains('\0');
}
} // namespace

class TestStandalone : public QObject {
    Q_OBJECT
private:
    // file:line: what, for every offending line of `files` (relative to `top`).
    static QStringList offences(const QString &top, const QStringList &files) {
        static const QRegularExpression sibling(
            // Spelled with character classes, so that this file does not contain the names
            // it looks for (repository-wide greps for them stay quiet).
            QStringLiteral(
                R"((\.\./)+s[h]ared\b|SIGNALBOARD_S[H]ARED_DIR|/work/s[h]ared|/work/m[a]in)"));
        // A Markdown document named in text: a path of word characters, dots, slashes and
        // dashes ending in .md (not part of a URL).
        static const QRegularExpression markdown(
            QStringLiteral(R"((?<![\w/.:-])((?:\.{1,2}/|[\w-]+/)*[\w.-]+\.md)\b)"));
        static const QRegularExpression cmakeClimb(QStringLiteral(
            R"(\$\{(PROJECT_SOURCE_DIR|CMAKE_SOURCE_DIR|CMAKE_CURRENT_SOURCE_DIR)\}(/[\w.-]+)*/\.\.)"));
        const QDir base(top);
        QStringList found;
        for (const QString &rel : files) {
            if (rel == QLatin1StringView("tests/core/tst_standalone.cpp"))
                continue; // the check itself spells out what it looks for
            QFile f(base.filePath(rel));
            if (!f.open(QIODevice::ReadOnly) || f.size() > 4 * 1024 * 1024)
                continue;
            const QByteArray bytes = f.readAll();
            if (!isText(bytes))
                continue;
            const QString dir = QFileInfo(base.filePath(rel)).absolutePath();
            const bool cmake = rel.endsWith(QLatin1StringView("CMakeLists.txt")) ||
                               rel.endsWith(QLatin1StringView(".cmake"));
            const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
            for (qsizetype n = 0; n < lines.size(); ++n) {
                const QString &line = lines.at(n);
                const QString where = QStringLiteral("%1:%2: ").arg(rel).arg(n + 1);
                if (const auto m = sibling.match(line); m.hasMatch())
                    found.append(
                        where +
                        QStringLiteral("reaches outside the repository (%1)").arg(m.captured(0)));
                if (cmake) {
                    if (const auto m = cmakeClimb.match(line); m.hasMatch()) {
                        const QString path = QDir::cleanPath(
                            top + m.captured(0).mid(m.captured(0).indexOf(QLatin1Char('}')) + 1));
                        if (!path.startsWith(top))
                            found.append(where + QStringLiteral("climbs out of the source tree "
                                                                "(%1)")
                                                     .arg(m.captured(0)));
                    }
                }
                // A Markdown link's text names what its target is: only the target counts.
                static const QRegularExpression linkText(QStringLiteral(R"(\[[^\]]*\]\()"));
                QString targets = line;
                targets.replace(linkText, QStringLiteral("[]("));
                auto it = markdown.globalMatch(targets);
                while (it.hasNext()) {
                    const QString cited = it.next().captured(1);
                    const QString fromFile = QDir::cleanPath(dir + QLatin1Char('/') + cited);
                    const QString fromRoot = QDir::cleanPath(top + QLatin1Char('/') + cited);
                    const bool inside = fromFile.startsWith(top + QLatin1Char('/')) ||
                                        fromRoot.startsWith(top + QLatin1Char('/'));
                    if (!inside || (!QFileInfo::exists(fromFile) && !QFileInfo::exists(fromRoot)))
                        found.append(where + QStringLiteral("cites %1, which is not in the "
                                                            "repository")
                                                 .arg(cited));
                }
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(
            QFileInfo::exists(root() + QStringLiteral("/CMakeLists.txt")),
            qPrintable(QStringLiteral("SIGNALBOARD_SOURCE_DIR is not the source tree: ") + root()));
    }

    void nothingReachesOutside() {
        const QStringList found = offences(root(), trackedFiles(root()));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // The check finds what it is for: in a scratch tree, a file citing the old sibling folder
    // and a document that is not there is reported line by line; valid citations are not.
    void theCheckFindsAnOffence() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString top = QDir::cleanPath(dir.path());
        QVERIFY(QDir(top).mkpath(QStringLiteral("docs/spec")));
        QVERIFY(QDir(top).mkpath(QStringLiteral("tests")));
        const auto write = [&](const QString &rel, const QByteArray &text) {
            QFile f(top + QLatin1Char('/') + rel);
            return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
        };
        QVERIFY(write(QStringLiteral("docs/spec/DOMAIN.md"), "# Domain\n"));
        QVERIFY(write(QStringLiteral("docs/spec/GRADING.md"), "see [DOMAIN.md](DOMAIN.md)\n"));
        QVERIFY(write(QStringLiteral("CMakeLists.txt"), "set(X ${PROJECT_SOURCE_DIR}/tests/..)\n"
                                                        "set(Y ${PROJECT_SOURCE_DIR}/../data)\n"));
        QVERIFY(write(QStringLiteral("tests/probe.cpp"),
                      "// fine: docs/spec/DOMAIN.md and [grading](../docs/spec/GRADING.md)\n"
                      "// see ../../sh"
                      "ared/spec/DOMAIN.md\n"
                      "// and NOWHERE.md\n"));
        const QStringList found = offences(
            top, {QStringLiteral("docs/spec/DOMAIN.md"), QStringLiteral("docs/spec/GRADING.md"),
                  QStringLiteral("CMakeLists.txt"), QStringLiteral("tests/probe.cpp")});
        const QString all = found.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1StringView("tests/probe.cpp:2: reaches outside")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1StringView("tests/probe.cpp:3: cites NOWHERE.md")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1StringView("CMakeLists.txt:2: climbs out")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1StringView(":1:")), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestStandalone)
#include "tst_standalone.moc"
