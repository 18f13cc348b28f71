#pragma once

// Runs the poppler-utils tools (pdftotext, pdffonts, pdfinfo, pdfimages) on a PDF the test
// wrote, so the checks read the file the way a reader's viewer does.
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace sb::test {

inline bool havePoppler() {
    for (const char *tool : {"pdftotext", "pdffonts", "pdfinfo", "pdfimages"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    return true;
}

// The tool's standard output as UTF-8 text; empty (and `ok` false) when it failed.
inline QString runTool(const QString &tool, const QStringList &args, bool *ok = nullptr) {
    QProcess p;
    p.start(tool, args);
    const bool done =
        p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (ok)
        *ok = done;
    return done ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}

// The text of the PDF (or of pages first..last), in reading order.
inline QString pdfText(const QString &pdf, int first = 0, int last = 0) {
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last);
    args << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args);
}

// The PDF's page count as pdfinfo reads it; -1 when it cannot.
inline int pdfPages(const QString &pdf) {
    const QStringList lines = runTool(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n'));
    for (const QString &line : lines)
        if (line.startsWith(QLatin1StringView("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

struct PdfFont {
    QString name;
    bool embedded = false;
};

// pdffonts' table: one row per font, its "emb" column read at the header's position.
inline QList<PdfFont> pdfFonts(const QString &pdf) {
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    QList<PdfFont> out;
    if (lines.size() < 2)
        return out;
    const qsizetype emb = lines.first().indexOf(QLatin1StringView(" emb ")) + 1;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        out.append({line.section(QLatin1Char(' '), 0, 0),
                    line.mid(emb, 3).trimmed() == QLatin1StringView("yes")});
    }
    return out;
}

// How many raster images the PDF holds (pdfimages -list: two header lines, a row per image).
inline int pdfImageCount(const QString &pdf) {
    const QStringList lines = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return int(lines.size()) - 2;
}

} // namespace sb::test
