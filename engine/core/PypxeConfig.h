#pragma once

#include "Expected.h"
#include "Profile.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Bootcast {

// PyPXE's settings (v1.8.4), so that PyPXE users run Bootcast with their JSON configs and command-line
// flags unchanged. A value type: it starts with PyPXE's defaults; a JSON config (--config) and then the
// flags merge in, each all or nothing; toProfile() maps the result onto a Bootcast Profile.
//
// Keys are PyPXE's: NETBOOT_DIR, DHCP_OFFER_BEGIN, USE_IPXE, ... Values are kept in PyPXE's JSON form
// (text, true/false, numbers; SYSLOG_SERVER is null when unset), checked when they are merged, so
// toJson() gives back a valid PyPXE config (--dump-config).
class PypxeConfig
{
public:
    PypxeConfig(); // PyPXE's defaults

    // Every PyPXE flag (--config, --dhcp, --dhcp-proxy, --tftp, --no-tftp, ..., --dump-config-merged).
    // PyPXE 1.8.4 has no short flags; value names are PyPXE's keys, as in its --help.
    static QList<QCommandLineOption> commandLineOptions();
    // True when the command line holds any of commandLineOptions(): the user runs Bootcast PyPXE-style.
    static bool anyPypxeOptionSet(const QCommandLineParser &parser);

    // The keys in PyPXE's JSON config, and PyPXE's defaults for them.
    static QStringList keys();
    static QJsonObject defaults();

    // One setting in PyPXE's JSON form; undefined for an unknown key.
    QJsonValue value(const QString &key) const;
    // Sets one setting after checking it; the error names the key ("DHCP_SUBNET: ...").
    Expected<bool> setValue(const QString &key, const QJsonValue &value);

    // Merges a PyPXE JSON config: every key must be known and every value valid. On error (one line per
    // problem, each naming its key) nothing changes.
    Expected<bool> mergeJson(const QByteArray &json);
    Expected<bool> mergeJsonFile(const QString &path); // errors start with the file's path
    // Applies the flags given on the command line over the current values (PyPXE: the JSON config is
    // read first, flags override it). --config is not read here: call mergeJsonFile() first, or use
    // fromCommandLine(). --dhcp-proxy also sets USE_DHCP. On error nothing changes.
    Expected<bool> mergeCommandLine(const QCommandLineParser &parser);
    // Defaults, then the --config file if given, then the flags.
    static Expected<PypxeConfig> fromCommandLine(const QCommandLineParser &parser);

    // --dump-config prints PyPXE's defaults (as PyPXE does); --dump-config-merged prints the settings
    // after --config and the flags. The text is a valid PyPXE config (sorted keys, 4-space indent).
    static bool isDumpRequested(const QCommandLineParser &parser);
    static Expected<QByteArray> dumpConfig(const QCommandLineParser &parser);

    QJsonObject toJson() const; // every key, PyPXE's format

    DhcpMode dhcpMode() const; // DHCP_MODE_PROXY wins over USE_DHCP, as in PyPXE
    bool nbdEnabled() const;   // PyPXE: a non-empty NBD_BLOCK_DEVICE enables NBD

    // The Bootcast profile these settings describe. baseDirectory is the folder relative paths
    // (NETBOOT_DIR, STATIC_CONFIG, LEASES_FILE) are resolved against: PyPXE's working directory for a
    // PyPXE-style run; empty means the current directory. STATIC_CONFIG is read here. The result passes
    // Profile::validate(); otherwise the error gives validate()'s problems with PyPXE's key names.
    Expected<Profile> toProfile(const QString &baseDirectory) const;
    // Settings that were accepted but have no effect in this version (SYSLOG_*), and other things
    // worth telling before starting; only settings that differ from PyPXE's defaults are mentioned.
    QStringList warnings(const QString &baseDirectory = QString()) const;

    // bootcast --import-pypxe IN.json OUT.json. Relative paths in IN.json are resolved against IN.json's
    // folder (not the working directory, as PyPXE did) and written as absolute paths, so the profile works
    // wherever it is saved. The profile is named after the file.
    static Expected<Profile> importFile(const QString &pypxeJsonPath, QStringList *warnings = nullptr);

    // PyPXE's static config (--static-config):
    // {"dhcp": {"binding": {"5C:9A:D8:5E:F2:E5": {"ipaddr": "...", "subnet": "...", "router": "...",
    //                                              "dns": ["..."], "rom": "pxelinux.0", "hostname": "..."}}}}
    // Each entry becomes a Binding (rom -> bootFile). Errors name the MAC and the key.
    static Expected<QList<Binding>> parseStaticConfig(const QByteArray &json);
    static Expected<QList<Binding>> loadStaticConfig(const QString &path); // errors start with the path

    friend bool operator==(const PypxeConfig &, const PypxeConfig &) = default;

private:
    QJsonObject m_values;
};

} // namespace Bootcast
