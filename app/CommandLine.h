#pragma once

#include "core/Profile.h"

#include <QString>
#include <QStringList>

namespace Bootcast {

// What the command line asks for. Parsing never half-configures: any problem gives Action::Error
// with a message that names the option or key.
struct CommandLine
{
    enum class Action {
        RunGui,
        RunHeadless,
        ImportPypxe,
        Print, // --version, --help, --dump-config: print output and exit 0
        Error,
    };

    Action action = Action::RunGui;
    Profile profile;
    QString output;        // for Print
    QString error;         // for Error
    QStringList warnings;  // accepted but without effect (printed before starting)
    QString importOutput;  // for ImportPypxe: where the profile goes

    static CommandLine parse(const QStringList &arguments);
    // As PyPXE (Python's argparse) does: a long option may be shortened to any unambiguous prefix
    // ("--netboot-d" is --netboot-dir); an exact name always wins. Arguments after "--" are left alone.
    // An ambiguous prefix sets error (naming the candidates) and is left as it is.
    static QStringList expandAbbreviations(const QStringList &arguments, QString *error = nullptr);
    static Expected<Profile> embeddedDefaultProfile();
};

} // namespace Bootcast
