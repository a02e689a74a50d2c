// Bootcast: a desktop netboot (PXE) server.

#include "CommandLine.h"
#include "AppSettings.h"
#include "HeadlessRunner.h"
#include "Languages.h"
#include "MainWindow.h"
#include "core/Engine.h"
#include "core/PypxeConfig.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Bootcast;

namespace {

void applyLogSettings(const Profile &profile)
{
    QStringList rules;
    for (const QString &service : profile.log.debug + profile.log.verbose) {
        const QString name = service.toLower();
        const QString category = name == u"all" ? QStringLiteral("bootcast.*") : QStringLiteral("bootcast.") + name;
        rules << category + QStringLiteral(".debug=true") << category + QStringLiteral(".info=true");
    }
    if (!rules.isEmpty())
        QLoggingCategory::setFilterRules(rules.join(u'\n'));
}

void printTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stream);
}

// Only a plain start or --profile opens the window; everything else (PyPXE's options included,
// as PyPXE is a command-line tool) runs without a display.
bool wantsWindow(int argc, char **argv)
{
    QStringList headlessFlags{QStringLiteral("headless"), QStringLiteral("help"), QStringLiteral("h"),
                              QStringLiteral("help-all"), QStringLiteral("version"), QStringLiteral("v"),
                              QStringLiteral("import-pypxe")};
    for (const QCommandLineOption &option : PypxeConfig::commandLineOptions())
        headlessFlags += option.names();
    QStringList given;
    for (int i = 0; i < argc; ++i)
        given << QString::fromLocal8Bit(argv[i]);
    const QStringList arguments = CommandLine::expandAbbreviations(given); // PyPXE's flags may be shortened
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString arg = arguments.at(i).section(u'=', 0, 0);
        while (arg.startsWith(u'-'))
            arg.remove(0, 1);
        if (headlessFlags.contains(arg))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // A QApplication only when a window may be shown: headless runs need no display.
    std::unique_ptr<QCoreApplication> app;
    if (wantsWindow(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Bootcast"));
    QCoreApplication::setApplicationName(QStringLiteral("bootcast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOOTCAST_VERSION));
    installTranslators(*app, AppSettings().language());

    CommandLine command = CommandLine::parse(QCoreApplication::arguments());
    switch (command.action) {
    case CommandLine::Action::Error:
        printTo(stderr, QCoreApplication::translate("main", "bootcast: %1").arg(command.error));
        return 2;
    case CommandLine::Action::Print:
        printTo(stdout, command.output);
        return 0;
    case CommandLine::Action::ImportPypxe: {
        const auto saved = command.profile.save(command.importOutput);
        if (!saved) {
            printTo(stderr, QCoreApplication::translate("main", "bootcast: %1").arg(saved.error()));
            return 2;
        }
        printTo(stdout, QCoreApplication::translate("main", "Wrote profile %1").arg(command.importOutput));
        return 0;
    }
    case CommandLine::Action::RunHeadless: {
        for (const QString &warning : std::as_const(command.warnings))
            printTo(stdout, QCoreApplication::translate("main", "warning: %1").arg(warning));
        applyLogSettings(command.profile);
        HeadlessRunner runner(command.profile);
        runner.start();
        return app->exec();
    }
    case CommandLine::Action::RunGui: {
        if (!qobject_cast<QApplication *>(app.get())) {
            printTo(stderr, QCoreApplication::translate("main", "bootcast: no display; use --headless"));
            return 2;
        }
        Engine::registerMetaTypes();
        // A profile named on the command line wins; otherwise the window reopens the last one used.
        const QStringList arguments = QCoreApplication::arguments();
        const bool profileNamed = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &arg) {
            return arg == u"--profile" || arg.startsWith(u"--profile=");
        });
        MainWindow window(MainWindow::startupProfile(command.profile, profileNamed));
        // Hidden, for scripts/screenshots: serve, wait for DIR/.go, save one PNG per tab, quit.
        const QString screenshotDir = qEnvironmentVariable("BOOTCAST_SCREENSHOT_DIR");
        if (!screenshotDir.isEmpty()) {
            window.move(0, 0);
            window.resize(1200, 760);
            window.runScreenshotTour(screenshotDir);
        }
        window.show();
        return app->exec();
    }
    }
    return 0;
}
