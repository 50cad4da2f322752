// whalestack: the desktop application over the core library.
#include "MainWindow.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(ws::AppSettings::organizationName());
    QApplication::setApplicationName(ws::AppSettings::applicationName());
    QApplication::setApplicationVersion(QStringLiteral(WHALESTACK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Whalestack"));
    QApplication::setDesktopFileName(QStringLiteral("whalestack"));

    ws::AppSettings settings;

    // The language setting wins; empty follows the system locale.
    const QString language = settings.language();
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("whalestack"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Explore, build and deploy a Whalestack workspace."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QApplication::translate("main",
                                "The workspace folder to open (default: the last one, "
                                "else the bundled demo)."),
        QStringLiteral("[workspace]"));
    QCommandLineOption select(
        QStringLiteral("select"),
        QApplication::translate("main",
                                "Select this image (its full name) once the workspace "
                                "is open."),
        QApplication::translate("main", "image"));
    parser.addOption(select);
    parser.process(app);

    ws::MainWindow window(&settings);
    if (parser.isSet(select))
        window.selectAfterLoad(parser.value(select));
    window.show();
    const QStringList positional = parser.positionalArguments();
    window.openStartupWorkspace(positional.isEmpty() ? QString() : positional.first());
    return QApplication::exec();
}
