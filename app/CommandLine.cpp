#include "CommandLine.h"

#include "core/PypxeConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Bootcast {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::CommandLine)
};

CommandLine failure(const QString &message)
{
    CommandLine result;
    result.action = CommandLine::Action::Error;
    result.error = message;
    return result;
}
} // namespace

Expected<Profile> CommandLine::embeddedDefaultProfile()
{
    QFile file(QStringLiteral(":/bootcast/default-profile.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Profile::defaultProfile();
    return Profile::fromJsonBytes(file.readAll());
}

namespace {

QStringList longOptionNames()
{
    QStringList names{QStringLiteral("help"), QStringLiteral("help-all"), QStringLiteral("version"),
                      QStringLiteral("headless"), QStringLiteral("profile"), QStringLiteral("import-pypxe")};
    for (const QCommandLineOption &option : PypxeConfig::commandLineOptions()) {
        for (const QString &name : option.names()) {
            if (name.size() > 1)
                names << name;
        }
    }
    return names;
}

} // namespace

QStringList CommandLine::expandAbbreviations(const QStringList &arguments, QString *error)
{
    const QStringList known = longOptionNames();
    QStringList out;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0 || optionsEnded || !argument.startsWith(QStringLiteral("--")) || argument.size() == 2) {
            optionsEnded = optionsEnded || (i > 0 && argument == u"--");
            out << argument;
            continue;
        }
        const qsizetype equals = argument.indexOf(u'=');
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        if (known.contains(name)) {
            out << argument;
            continue;
        }
        QStringList candidates;
        for (const QString &candidate : known) {
            if (candidate.startsWith(name))
                candidates << candidate;
        }
        if (candidates.size() == 1) {
            out << QStringLiteral("--") + candidates.first() + (equals < 0 ? QString() : argument.mid(equals));
        } else {
            if (candidates.size() > 1 && error && error->isEmpty())
                *error = Tr::tr("ambiguous option --%1: it could be --%2").arg(name, candidates.join(QStringLiteral(", --")));
            out << argument;
        }
    }
    return out;
}

CommandLine CommandLine::parse(const QStringList &givenArguments)
{
    QString abbreviationError;
    const QStringList arguments = expandAbbreviations(givenArguments, &abbreviationError);
    if (!abbreviationError.isEmpty())
        return failure(abbreviationError);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Bootcast network-boots the machines on your network: BIOS, UEFI and iPXE, over DHCP, TFTP and HTTP.\n"
           "Without options it opens its window. PyPXE's options are accepted and imply --headless."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption headlessOption(QStringLiteral("headless"),
                                            Tr::tr("Run without a window until SIGINT or SIGTERM."));
    const QCommandLineOption profileOption(QStringLiteral("profile"), Tr::tr("Bootcast profile to serve (JSON)."),
                                           Tr::tr("FILE"));
    const QCommandLineOption importOption(QStringLiteral("import-pypxe"),
                                          Tr::tr("Convert PyPXE config IN to a Bootcast profile written to the "
                                             "positional argument OUT, then exit."),
                                          Tr::tr("IN"));
    parser.addOption(headlessOption);
    parser.addOption(profileOption);
    parser.addOption(importOption);
    parser.addOptions(PypxeConfig::commandLineOptions());
    parser.addPositionalArgument(QStringLiteral("OUT"), Tr::tr("With --import-pypxe: the profile to write."),
                                 QStringLiteral("[OUT]"));

    if (!parser.parse(arguments))
        return failure(parser.errorText());

    CommandLine result;
    if (parser.isSet(helpOption)) {
        result.action = Action::Print;
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = Action::Print;
        result.output = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()
            + u'\n';
        return result;
    }

    if (parser.isSet(importOption)) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return failure(Tr::tr("--import-pypxe IN needs exactly one output file: bootcast --import-pypxe "
                              "pypxe.json profile.json"));
        auto profile = PypxeConfig::importFile(parser.value(importOption), &result.warnings);
        if (!profile)
            return failure(profile.error());
        result.action = Action::ImportPypxe;
        result.profile = profile.value();
        result.importOutput = positional.constFirst();
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return failure(Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));

    const bool pypxeMode = PypxeConfig::anyPypxeOptionSet(parser);
    if (pypxeMode && parser.isSet(profileOption))
        return failure(Tr::tr("--profile cannot be combined with PyPXE options; import the PyPXE config with "
                          "--import-pypxe first"));

    if (pypxeMode) {
        if (PypxeConfig::isDumpRequested(parser)) {
            const auto dump = PypxeConfig::dumpConfig(parser);
            if (!dump)
                return failure(dump.error());
            result.action = Action::Print;
            result.output = QString::fromUtf8(dump.value());
            return result;
        }
        auto merged = PypxeConfig::fromCommandLine(parser);
        if (!merged)
            return failure(merged.error());
        const PypxeConfig &config = merged.value();
        auto profile = config.toProfile(QDir::currentPath());
        if (!profile)
            return failure(profile.error());
        result.action = Action::RunHeadless;
        result.profile = profile.value();
        result.warnings = config.warnings(QDir::currentPath());
        return result;
    }

    if (parser.isSet(profileOption)) {
        auto profile = Profile::load(parser.value(profileOption));
        if (!profile)
            return failure(profile.error());
        result.profile = profile.value();
    } else {
        auto profile = embeddedDefaultProfile();
        if (!profile)
            return failure(profile.error());
        result.profile = profile.value();
    }
    result.action = parser.isSet(headlessOption) ? Action::RunHeadless : Action::RunGui;
    return result;
}

} // namespace Bootcast
