// signalboard: the supervisor workstation. Thin: options, language, then Startup.
#include "shell/startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace {
// --version and --help print and exit; they need no display, so they are answered before the
// GUI (and its platform plugin) starts.
bool onlyPrints(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        for (const char *o : {"--version", "-v", "--help", "-h", "-?", "--help-all"}) {
            if (std::strcmp(argv[i], o) == 0)
                return true;
        }
    }
    return false;
}
} // namespace

int main(int argc, char *argv[]) {
    std::unique_ptr<QCoreApplication> app;
    if (onlyPrints(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("signalboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("Signalboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNALBOARD_VERSION));
    if (auto *gui = qobject_cast<QApplication *>(app.get())) {
        gui->setApplicationDisplayName(QStringLiteral("Signalboard"));
        // The installed desktop entry (packaging/linux): Wayland shells match windows to it.
        QGuiApplication::setDesktopFileName(QStringLiteral("org.signalboard.Signalboard"));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Supervisor workstation for complaint-handling centres"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the live demo database."));
    const QCommandLineOption demoPath(
        QStringLiteral("demo-db"),
        QCoreApplication::translate("main", "Keep the demo database in this file."),
        QStringLiteral("file"));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Database URL (sqlite:///path or postgresql://…)."),
        QStringLiteral("url"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language: en or zh_CN (default: the system's)."),
        QStringLiteral("language"));
    parser.addOptions({demo, demoPath, db, lang});
    parser.process(*app); // --version and --help exit here

    const QString language = parser.isSet(lang) ? parser.value(lang) : QLocale::system().name();
    // --lang sets the locale too: day and month names, numbers, and the workflow's own
    // Chinese action names (Workflow::localName) follow the language chosen, not the system's.
    if (parser.isSet(lang))
        QLocale::setDefault(QLocale(language));
    QTranslator qtTranslator;
    QTranslator appTranslator;
    if (language.startsWith(QLatin1StringView("zh"))) {
        if (qtTranslator.load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("qtbase"),
                              QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
        if (appTranslator.load(QStringLiteral(":/i18n/signalboard_zh_CN.qm")))
            QApplication::installTranslator(&appTranslator);
    }

    sb::SystemClock clock;
    sb::app::Startup startup(clock);
    sb::app::StartOptions options;
    options.demo = parser.isSet(demo);
    options.demoPath = parser.value(demoPath);
    options.dbUrl = parser.value(db);
    if (!startup.run(options))
        return 1;
    return QApplication::exec();
}
