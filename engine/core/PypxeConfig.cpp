#include "PypxeConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>

namespace Bootcast {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::PypxeConfig)
};

// How a key's value is checked and stored.
enum class Kind : quint8 {
    Text,        // any text; null is taken as ""
    Bool,        // true or false (0 and 1 tolerated, as Python does)
    Port,        // 1 to 65535, as a number or as numeric text ("67"): PyPXE's flags give text
    Address,     // an IPv4 address as text; "" means none / derived / every interface
    SubnetMask,  // an IPv4 subnet mask as text
    AddressList, // DHCP_DNS: IPv4 addresses separated by commas; "" for none; a JSON list is accepted
    Services,    // MODE_DEBUG / MODE_VERBOSE: comma list of dhcp, tftp, http, nbd, all; "-dhcp" excludes
    Host,        // SYSLOG_SERVER: a host name or address; null when unset
};

struct KeyInfo
{
    const char *name;
    Kind kind;
    const char *defaultValue; // as text ("true", "67"); nullptr: null
};

// PyPXE 1.8.4's SETTINGS (pypxe/server.py), grouped as in PYPXE.md.
constexpr std::array keyTable{
    KeyInfo{"NETBOOT_DIR", Kind::Text, "netboot"},
    KeyInfo{"NETBOOT_FILE", Kind::Text, ""},
    KeyInfo{"DHCP_SERVER_IP", Kind::Address, "192.168.2.2"},
    KeyInfo{"DHCP_SERVER_PORT", Kind::Port, "67"},
    KeyInfo{"DHCP_OFFER_BEGIN", Kind::Address, "192.168.2.100"},
    KeyInfo{"DHCP_OFFER_END", Kind::Address, "192.168.2.150"},
    KeyInfo{"DHCP_SUBNET", Kind::SubnetMask, "255.255.255.0"},
    KeyInfo{"DHCP_ROUTER", Kind::Address, "192.168.2.1"},
    KeyInfo{"DHCP_DNS", Kind::AddressList, "8.8.8.8"},
    KeyInfo{"DHCP_BROADCAST", Kind::Address, ""},
    KeyInfo{"DHCP_FILESERVER", Kind::Address, "192.168.2.2"},
    KeyInfo{"DHCP_WHITELIST", Kind::Bool, "false"},
    KeyInfo{"DHCP_MODE_PROXY", Kind::Bool, "false"},
    KeyInfo{"USE_DHCP", Kind::Bool, "false"},
    KeyInfo{"USE_TFTP", Kind::Bool, "true"},
    KeyInfo{"USE_HTTP", Kind::Bool, "false"},
    KeyInfo{"USE_IPXE", Kind::Bool, "false"},
    KeyInfo{"HTTP_PORT", Kind::Port, "80"},
    KeyInfo{"HTTP_SERVER_IP", Kind::Address, "0.0.0.0"},
    KeyInfo{"TFTP_PORT", Kind::Port, "69"},
    KeyInfo{"TFTP_SERVER_IP", Kind::Address, "0.0.0.0"},
    KeyInfo{"LEASES_FILE", Kind::Text, ""},
    KeyInfo{"STATIC_CONFIG", Kind::Text, ""},
    KeyInfo{"SYSLOG_SERVER", Kind::Host, nullptr},
    KeyInfo{"SYSLOG_PORT", Kind::Port, "514"},
    KeyInfo{"NBD_BLOCK_DEVICE", Kind::Text, ""},
    KeyInfo{"NBD_WRITE", Kind::Bool, "false"},
    KeyInfo{"NBD_COW", Kind::Bool, "true"},
    KeyInfo{"NBD_COW_IN_MEM", Kind::Bool, "false"},
    KeyInfo{"NBD_COPY_TO_RAM", Kind::Bool, "false"},
    KeyInfo{"NBD_SERVER_IP", Kind::Address, "0.0.0.0"},
    KeyInfo{"NBD_PORT", Kind::Port, "10809"},
    KeyInfo{"MODE_DEBUG", Kind::Services, ""},
    KeyInfo{"MODE_VERBOSE", Kind::Services, ""},
};

enum class FlagAction : quint8 {
    Value,      // --flag VALUE sets key
    SetTrue,    // --flag sets key to true
    SetFalse,   // --flag sets key to false
    ConfigFile, // --config FILE
    Dump,       // --dump-config, --dump-config-merged
};

struct FlagInfo
{
    const char *name;
    const char *key; // nullptr for --config and --dump-config*
    FlagAction action;
    const char *description;
};

// PyPXE 1.8.4's argparse flags (pypxe/server.py). It has no short flags.
constexpr std::array flagTable{
    FlagInfo{"config", nullptr, FlagAction::ConfigFile,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: read settings from a PyPXE JSON config; other PyPXE flags override it.")},
    FlagInfo{"dhcp", "USE_DHCP", FlagAction::SetTrue,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig", "PyPXE: run the DHCP server, giving out addresses.")},
    FlagInfo{"dhcp-proxy", "DHCP_MODE_PROXY", FlagAction::SetTrue,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: run proxy DHCP next to an existing DHCP server (boot information only; "
                               "implies --dhcp).")},
    FlagInfo{"tftp", "USE_TFTP", FlagAction::SetTrue,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig", "PyPXE: run the TFTP server (on by default).")},
    FlagInfo{"no-tftp", "USE_TFTP", FlagAction::SetFalse,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig", "PyPXE: do not run the TFTP server.")},
    FlagInfo{"http", "USE_HTTP", FlagAction::SetTrue,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig", "PyPXE: run the HTTP server.")},
    FlagInfo{"no-http", "USE_HTTP", FlagAction::SetFalse,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig", "PyPXE: do not run the HTTP server (the default).")},
    FlagInfo{"ipxe", "USE_IPXE", FlagAction::SetTrue,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: chainload iPXE; PXE clients get iPXE first, iPXE then gets the boot file.")},
    FlagInfo{"no-ipxe", "USE_IPXE", FlagAction::SetFalse,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig", "PyPXE: do not chainload iPXE (the default).")},
    FlagInfo{"netboot-dir", "NETBOOT_DIR", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: folder served over TFTP and HTTP (default: netboot).")},
    FlagInfo{"netboot-file", "NETBOOT_FILE", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: boot file for the clients, after iPXE with --ipxe (default: chosen per "
                               "architecture from the netboot folder).")},
    FlagInfo{"dhcp-server-ip", "DHCP_SERVER_IP", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: this server's IPv4 address, DHCP option 54 (default: 192.168.2.2).")},
    FlagInfo{"dhcp-server-port", "DHCP_SERVER_PORT", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig", "PyPXE: DHCP server port (default: 67).")},
    FlagInfo{"dhcp-begin", "DHCP_OFFER_BEGIN", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: first address of the DHCP pool (default: 192.168.2.100).")},
    FlagInfo{"dhcp-end", "DHCP_OFFER_END", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: last address of the DHCP pool (default: 192.168.2.150).")},
    FlagInfo{"dhcp-subnet", "DHCP_SUBNET", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: subnet mask given to clients (default: 255.255.255.0).")},
    FlagInfo{"dhcp-router", "DHCP_ROUTER", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig", "PyPXE: router given to clients (default: 192.168.2.1).")},
    FlagInfo{"dhcp-dns", "DHCP_DNS", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: DNS server given to clients, several separated by commas (default: "
                               "8.8.8.8).")},
    FlagInfo{"dhcp-broadcast", "DHCP_BROADCAST", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: broadcast address (default: derived from the server address and mask).")},
    FlagInfo{"dhcp-fileserver", "DHCP_FILESERVER", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: file server given to clients: next server, option 66 and the host in iPXE "
                               "URLs (default: 192.168.2.2).")},
    FlagInfo{"dhcp-whitelist", "DHCP_WHITELIST", FlagAction::SetTrue,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: answer only the machines listed in --static-config.")},
    FlagInfo{"static-config", "STATIC_CONFIG", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: JSON file with a fixed address, options and boot file per MAC address.")},
    FlagInfo{"save-leases", "LEASES_FILE", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: file that keeps the DHCP leases (default: in Bootcast's data folder).")},
    FlagInfo{"tftp-port", "TFTP_PORT", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig", "PyPXE: TFTP server port (default: 69).")},
    FlagInfo{"tftp-server-ip", "TFTP_SERVER_IP", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: address the TFTP server listens on (default: 0.0.0.0, every interface).")},
    FlagInfo{"http-port", "HTTP_PORT", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig", "PyPXE: HTTP server port (default: 80).")},
    FlagInfo{"http-server-ip", "HTTP_SERVER_IP", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: address the HTTP server listens on (default: 0.0.0.0, every interface).")},
    FlagInfo{"syslog", "SYSLOG_SERVER", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: syslog server for the log (accepted, not supported yet).")},
    FlagInfo{"syslog-port", "SYSLOG_PORT", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: syslog server port (default: 514; accepted, not supported yet).")},
    FlagInfo{"nbd", "NBD_BLOCK_DEVICE", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: disk image to export over NBD, relative to the netboot folder.")},
    FlagInfo{"nbd-write", "NBD_WRITE", FlagAction::SetTrue,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: let NBD clients write.")},
    FlagInfo{"nbd-cow", "NBD_COW", FlagAction::SetTrue,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: keep each NBD client's writes apart, copy-on-write (on by default).")},
    FlagInfo{"nbd-cow-in-mem", "NBD_COW_IN_MEM", FlagAction::SetTrue,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: keep copy-on-write data in memory.")},
    FlagInfo{"nbd-copy-to-ram", "NBD_COPY_TO_RAM", FlagAction::SetTrue,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: copy the NBD image into memory first.")},
    FlagInfo{"nbd-server", "NBD_SERVER_IP", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: address the NBD server listens on (default: 0.0.0.0).")},
    FlagInfo{"nbd-port", "NBD_PORT", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: NBD server port (default: 10809).")},
    FlagInfo{"debug", "MODE_DEBUG", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: diagnostic output for these services, comma separated: dhcp, tftp, http, "
                               "nbd, all; a leading - excludes one (all,-dhcp).")},
    FlagInfo{"verbose", "MODE_VERBOSE", FlagAction::Value,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: a line per request for these services; written as for --debug.")},
    FlagInfo{"dump-config", nullptr, FlagAction::Dump,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: print the default settings as a PyPXE JSON config, then exit.")},
    FlagInfo{"dump-config-merged", nullptr, FlagAction::Dump,
             QT_TRANSLATE_NOOP("Bootcast::PypxeConfig",
                               "PyPXE: print the settings after --config and the other flags as a PyPXE JSON "
                               "config, then exit.")},
};

// Flags PyPXE declares mutually exclusive (argparse groups).
constexpr std::array<std::pair<const char *, const char *>, 4> exclusiveFlags{{
    {"dhcp", "dhcp-proxy"},
    {"tftp", "no-tftp"},
    {"http", "no-http"},
    {"ipxe", "no-ipxe"},
}};

const QStringList &serviceNames()
{
    static const QStringList names{QStringLiteral("dhcp"), QStringLiteral("tftp"), QStringLiteral("http"),
                                   QStringLiteral("nbd")};
    return names;
}

const KeyInfo *findKey(QStringView name)
{
    for (const KeyInfo &info : keyTable) {
        if (name == QLatin1String(info.name))
            return &info;
    }
    return nullptr;
}

QString keyName(const KeyInfo &info)
{
    return QString::fromLatin1(info.name);
}

QJsonValue defaultValue(const KeyInfo &info)
{
    if (!info.defaultValue)
        return QJsonValue(QJsonValue::Null);
    const QString text = QString::fromLatin1(info.defaultValue);
    switch (info.kind) {
    case Kind::Bool: return text == u"true";
    case Kind::Port: return text.toInt();
    default: return text;
    }
}

// Edit distance counting a swap of two neighbours as one edit (optimal string alignment), ignoring case.
qsizetype editDistance(const QString &a, const QString &b)
{
    const QString x = a.toUpper();
    const QString y = b.toUpper();
    const qsizetype width = y.size() + 1;
    QList<qsizetype> d((x.size() + 1) * width);
    const auto at = [&d, width](qsizetype i, qsizetype j) -> qsizetype & { return d[i * width + j]; };
    for (qsizetype i = 0; i <= x.size(); ++i)
        at(i, 0) = i;
    for (qsizetype j = 0; j <= y.size(); ++j)
        at(0, j) = j;
    for (qsizetype i = 1; i <= x.size(); ++i) {
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const qsizetype cost = x.at(i - 1) == y.at(j - 1) ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && x.at(i - 1) == y.at(j - 2) && x.at(i - 2) == y.at(j - 1))
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(x.size(), y.size());
}

// The known name closest to a misspelt one, or empty when none is close.
QString closest(const QString &word, const QStringList &known)
{
    QString best;
    qsizetype bestDistance = std::max<qsizetype>(1, word.size() / 3) + 1; // accept up to a third of it wrong
    for (const QString &candidate : known) {
        const qsizetype d = editDistance(word, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

QString unknownKey(const QString &key, const QStringList &known)
{
    const QString suggestion = closest(key, known);
    if (suggestion.isEmpty())
        return Tr::tr("unknown key \"%1\"").arg(key);
    return Tr::tr("unknown key \"%1\"; did you mean %2?").arg(key, suggestion);
}

QString prefixLines(const QString &prefix, const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line.prepend(prefix + u": ");
    return lines.join(u'\n');
}

std::optional<QHostAddress> parseIPv4(const QString &text)
{
    QHostAddress address;
    // QHostAddress takes shorthand such as "10.1"; PyPXE's inet_aton did too, but in a config file that is
    // almost always a typo, so all four parts are required.
    if (text.count(u'.') != 3 || !address.setAddress(text) || address.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    return address;
}

bool isSubnetMask(const QHostAddress &mask)
{
    const quint32 m = mask.toIPv4Address();
    return m != 0 && ((~m + 1) & ~m) == 0; // ones, then zeros
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

// Checks one value and returns it in the stored form, or sets *problem (without the key's name).
std::optional<QJsonValue> normalize(Kind kind, const QJsonValue &value, QString *problem)
{
    const auto fail = [problem](const QString &text) -> std::optional<QJsonValue> {
        *problem = text;
        return std::nullopt;
    };
    switch (kind) {
    case Kind::Text:
        if (value.isNull())
            return QJsonValue(QString());
        if (!value.isString())
            return fail(Tr::tr("expected text"));
        return value;
    case Kind::Bool:
        if (value.isBool())
            return value;
        if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
            return QJsonValue(value.toDouble() == 1);
        return fail(Tr::tr("expected true or false"));
    case Kind::Port: {
        double number = -1;
        QString shown;
        if (value.isDouble()) {
            number = value.toDouble();
            shown = QString::number(number);
        } else if (value.isString()) {
            shown = value.toString().trimmed();
            bool ok = false;
            number = shown.toInt(&ok);
            if (!ok)
                return fail(Tr::tr("\"%1\" is not a port number (1 to 65535)").arg(value.toString()));
        } else {
            return fail(Tr::tr("expected a port number (1 to 65535)"));
        }
        if (number != double(qint64(number)) || number < 1 || number > 65535)
            return fail(Tr::tr("%1 is not a port number (1 to 65535)").arg(shown));
        return QJsonValue(int(number));
    }
    case Kind::Address:
    case Kind::SubnetMask: {
        if (!value.isString())
            return fail(Tr::tr("expected an IPv4 address as text"));
        const QString text = value.toString().trimmed();
        if (text.isEmpty() && kind == Kind::Address)
            return QJsonValue(text);
        const auto address = parseIPv4(text);
        if (kind == Kind::SubnetMask && (!address || !isSubnetMask(*address)))
            return fail(Tr::tr("\"%1\" is not a subnet mask such as 255.255.255.0").arg(value.toString()));
        if (!address)
            return fail(Tr::tr("\"%1\" is not an IPv4 address").arg(value.toString()));
        return QJsonValue(text);
    }
    case Kind::AddressList: {
        QStringList items;
        if (value.isString()) {
            items = splitList(value.toString());
        } else if (value.isArray()) {
            for (const QJsonValue &item : value.toArray()) {
                if (!item.isString())
                    return fail(Tr::tr("expected IPv4 addresses as text"));
                items.append(item.toString().trimmed());
            }
        } else {
            return fail(Tr::tr("expected IPv4 addresses as text, separated by commas"));
        }
        for (const QString &item : std::as_const(items)) {
            if (!parseIPv4(item))
                return fail(Tr::tr("\"%1\" is not an IPv4 address").arg(item));
        }
        return value.isString() ? QJsonValue(value.toString().trimmed()) : QJsonValue(items.join(u','));
    }
    case Kind::Services: {
        if (value.isNull())
            return QJsonValue(QString());
        if (!value.isString())
            return fail(Tr::tr("expected a comma-separated list such as \"dhcp,tftp\""));
        for (const QString &item : splitList(value.toString())) {
            QString name = item.toLower();
            if (name.startsWith(u'-'))
                name.remove(0, 1);
            if (!serviceNames().contains(name) && name != u"all")
                return fail(Tr::tr("\"%1\" is not one of dhcp, tftp, http, nbd, all").arg(item));
        }
        return QJsonValue(value.toString().trimmed());
    }
    case Kind::Host: {
        if (value.isNull())
            return value;
        if (!value.isString())
            return fail(Tr::tr("expected a host name or address as text"));
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Null); // PyPXE: an empty server means no syslog
        if (text.contains(u' '))
            return fail(Tr::tr("\"%1\" is not a host name or address").arg(value.toString()));
        return QJsonValue(text);
    }
    }
    return fail(Tr::tr("unsupported value"));
}

// PyPXE's do_debug()/do_verbose(): a service is on when named or "all" is given, unless "-name" is given.
QStringList resolveServices(const QString &text)
{
    QStringList include;
    QStringList exclude;
    for (const QString &item : splitList(text.toLower())) {
        if (item.startsWith(u'-'))
            exclude.append(item.mid(1));
        else
            include.append(item);
    }
    if (exclude.contains(u"all"))
        return {};
    const bool all = include.contains(u"all");
    QStringList on;
    for (const QString &service : serviceNames()) {
        if ((all || include.contains(service)) && !exclude.contains(service))
            on.append(service);
    }
    if (all && on.size() == serviceNames().size())
        return {QStringLiteral("all")};
    return on;
}

bool isUrl(const QString &text)
{
    static const QRegularExpression scheme(QStringLiteral("^[a-z][a-z0-9+.-]*://"),
                                           QRegularExpression::CaseInsensitiveOption);
    return scheme.match(text).hasMatch();
}

// The architecture families a PyPXE NETBOOT_FILE suits, from its name.
QStringList familiesFor(const QString &file)
{
    QString path = file;
    path.replace(u'\\', u'/');
    const QString lower = path.toLower();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"efi") {
        // An EFI binary runs on one architecture only: the name says which, x64 when it says nothing.
        if (lower.contains(u"ia32") || lower.contains(u"i386"))
            return {QStringLiteral("uefi-ia32")};
        if (lower.contains(u"aa64") || lower.contains(u"arm64"))
            return {QStringLiteral("uefi-arm64")};
        return {QStringLiteral("uefi-x64")};
    }
    static const QStringList biosSuffixes{QStringLiteral("0"), QStringLiteral("kpxe"), QStringLiteral("kkpxe"),
                                          QStringLiteral("pxe"), QStringLiteral("com")};
    if (biosSuffixes.contains(suffix))
        return {QStringLiteral("bios")};
    // A script, a URL or something else: PyPXE gave it to every client, so every family gets it.
    return {QStringLiteral("bios"), QStringLiteral("uefi-x64"), QStringLiteral("uefi-ia32"),
            QStringLiteral("uefi-arm64")};
}

QString resolvePath(const QString &baseDirectory, const QString &path)
{
    Profile resolver;
    resolver.baseDirectory = baseDirectory;
    return resolver.resolvePath(path);
}

// Reading the stored values (already checked, so conversions cannot fail).
class Values
{
public:
    explicit Values(const QJsonObject &values) : m_values(values) {}

    QString text(const char *key) const { return m_values.value(QLatin1String(key)).toString(); }
    bool flag(const char *key) const { return m_values.value(QLatin1String(key)).toBool(); }
    quint16 port(const char *key) const { return quint16(m_values.value(QLatin1String(key)).toInt()); }
    QHostAddress address(const char *key) const
    {
        const QString t = text(key);
        return t.isEmpty() ? QHostAddress() : QHostAddress(t);
    }
    // PyPXE binds '' (every interface) for an empty listening address.
    QHostAddress listenAddress(const char *key) const
    {
        const QString t = text(key);
        return t.isEmpty() ? QHostAddress(QHostAddress::AnyIPv4) : QHostAddress(t);
    }
    QList<QHostAddress> addresses(const char *key) const
    {
        QList<QHostAddress> list;
        for (const QString &item : splitList(text(key)))
            list.append(QHostAddress(item));
        return list;
    }
    bool isDefault(const KeyInfo &info) const { return m_values.value(keyName(info)) == defaultValue(info); }

private:
    const QJsonObject &m_values;
};

// NETBOOT_DIR as the profile's netbootDir, with a warning when it cannot apply as written.
QString netbootDirFor(const Values &v, const QString &baseDirectory, QString *warning)
{
    const QString dir = v.text("NETBOOT_DIR");
    if (dir.isEmpty())
        return QStringLiteral("."); // PyPXE then served its working directory
    const QString resolved = resolvePath(baseDirectory, dir);
    if (QFileInfo(resolved).isDir())
        return dir;
    if (dir == QLatin1String(findKey(u"NETBOOT_DIR")->defaultValue)) {
        // PyPXE's default names the netboot folder of a PyPXE checkout; without one, Bootcast's own
        // boot files are better than serving nothing.
        *warning = Tr::tr("NETBOOT_DIR: there is no folder %1; Bootcast's bundled netboot folder is served instead")
                       .arg(QDir::toNativeSeparators(resolved));
        return QString();
    }
    *warning = Tr::tr("NETBOOT_DIR: the folder %1 does not exist").arg(QDir::toNativeSeparators(resolved));
    return dir;
}

// Rewrites a Profile::validate() problem ("dhcp.poolBegin: ...") with the PyPXE key the field came from.
QString withPypxeNames(const QString &problem, const QList<Binding> &bindings)
{
    static const QHash<QString, QString> fields{
        {QStringLiteral("serverAddress"), QStringLiteral("DHCP_SERVER_IP")},
        {QStringLiteral("dhcp.port"), QStringLiteral("DHCP_SERVER_PORT")},
        {QStringLiteral("dhcp.poolBegin"), QStringLiteral("DHCP_OFFER_BEGIN")},
        {QStringLiteral("dhcp.poolEnd"), QStringLiteral("DHCP_OFFER_END")},
        {QStringLiteral("dhcp.subnetMask"), QStringLiteral("DHCP_SUBNET")},
        {QStringLiteral("dhcp.router"), QStringLiteral("DHCP_ROUTER")},
        {QStringLiteral("dhcp.dns"), QStringLiteral("DHCP_DNS")},
        {QStringLiteral("dhcp.broadcast"), QStringLiteral("DHCP_BROADCAST")},
        {QStringLiteral("dhcp.fileServer"), QStringLiteral("DHCP_FILESERVER")},
        {QStringLiteral("dhcp.leasesFile"), QStringLiteral("LEASES_FILE")},
        {QStringLiteral("boot.netbootDir"), QStringLiteral("NETBOOT_DIR")},
        {QStringLiteral("tftp.address"), QStringLiteral("TFTP_SERVER_IP")},
        {QStringLiteral("tftp.port"), QStringLiteral("TFTP_PORT")},
        {QStringLiteral("http.address"), QStringLiteral("HTTP_SERVER_IP")},
        {QStringLiteral("http.port"), QStringLiteral("HTTP_PORT")},
        {QStringLiteral("log.debug"), QStringLiteral("MODE_DEBUG")},
        {QStringLiteral("log.verbose"), QStringLiteral("MODE_VERBOSE")},
    };
    static const QHash<QString, QString> bindingFields{
        {QStringLiteral("address"), QStringLiteral("ipaddr")}, {QStringLiteral("subnetMask"), QStringLiteral("subnet")},
        {QStringLiteral("router"), QStringLiteral("router")},  {QStringLiteral("dns"), QStringLiteral("dns")},
        {QStringLiteral("bootFile"), QStringLiteral("rom")},   {QStringLiteral("hostname"), QStringLiteral("hostname")},
    };
    static const QRegularExpression binding(QStringLiteral("^dhcp\\.bindings\\[(\\d+)\\](?:\\.(\\w+))?$"));

    const qsizetype colon = problem.indexOf(u": ");
    if (colon < 0)
        return problem;
    const QString field = problem.left(colon);
    const QString rest = problem.mid(colon + 2);
    if (const auto it = fields.constFind(field); it != fields.cend())
        return *it + u": " + rest;
    if (const QRegularExpressionMatch m = binding.match(field); m.hasMatch()) {
        const qsizetype index = m.captured(1).toLongLong();
        QString where = QStringLiteral("STATIC_CONFIG: ");
        where += index < bindings.size() ? bindings.at(index).mac.toString().toUpper() : m.captured(1);
        const QString sub = bindingFields.value(m.captured(2));
        if (!sub.isEmpty())
            where += u": " + sub;
        return where + u": " + rest;
    }
    return problem;
}

Expected<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<QByteArray>::failure(Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > Profile::MaxFileSize)
        return Expected<QByteArray>::failure(Tr::tr("%1 is too large (more than 4 MiB)").arg(path));
    return file.readAll();
}

Expected<QJsonObject> parseObject(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Expected<QJsonObject>::failure(
            Tr::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return Expected<QJsonObject>::failure(Tr::tr("expected a JSON object { ... }"));
    return doc.object();
}

} // namespace

PypxeConfig::PypxeConfig() : m_values(defaults()) {}

QList<QCommandLineOption> PypxeConfig::commandLineOptions()
{
    QList<QCommandLineOption> options;
    for (const FlagInfo &flag : flagTable) {
        const QString description = QCoreApplication::translate("Bootcast::PypxeConfig", flag.description);
        switch (flag.action) {
        case FlagAction::Value:
            // Value names are PyPXE's keys, as in its --help.
            options.append(QCommandLineOption(QString::fromLatin1(flag.name), description,
                                              QString::fromLatin1(flag.key)));
            break;
        case FlagAction::ConfigFile:
            options.append(QCommandLineOption(QString::fromLatin1(flag.name), description,
                                              QStringLiteral("JSON_CONFIG")));
            break;
        case FlagAction::SetTrue:
        case FlagAction::SetFalse:
        case FlagAction::Dump:
            options.append(QCommandLineOption(QString::fromLatin1(flag.name), description));
            break;
        }
    }
    return options;
}

bool PypxeConfig::anyPypxeOptionSet(const QCommandLineParser &parser)
{
    // optionNames() lists what was given, so this works (without warnings) whatever the parser knows.
    const QStringList given = parser.optionNames();
    return std::any_of(flagTable.begin(), flagTable.end(),
                       [&given](const FlagInfo &flag) { return given.contains(QLatin1String(flag.name)); });
}

QStringList PypxeConfig::keys()
{
    QStringList list;
    for (const KeyInfo &info : keyTable)
        list.append(keyName(info));
    return list;
}

QJsonObject PypxeConfig::defaults()
{
    QJsonObject values;
    for (const KeyInfo &info : keyTable)
        values.insert(keyName(info), defaultValue(info));
    return values;
}

QJsonValue PypxeConfig::value(const QString &key) const
{
    return m_values.value(key);
}

Expected<bool> PypxeConfig::setValue(const QString &key, const QJsonValue &value)
{
    const KeyInfo *info = findKey(key);
    if (!info)
        return Expected<bool>::failure(unknownKey(key, keys()));
    QString problem;
    const auto normalized = normalize(info->kind, value, &problem);
    if (!normalized)
        return Expected<bool>::failure(key + u": " + problem);
    m_values.insert(key, *normalized);
    return true;
}

Expected<bool> PypxeConfig::mergeJson(const QByteArray &json)
{
    const auto object = parseObject(json);
    if (!object)
        return Expected<bool>::failure(object.error());

    // Every problem is reported at once (one per line); nothing is applied unless all is well.
    QJsonObject merged = m_values;
    QStringList problems;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const KeyInfo *info = findKey(it.key());
        if (!info) {
            problems.append(unknownKey(it.key(), keys()));
            continue;
        }
        QString problem;
        const auto normalized = normalize(info->kind, it.value(), &problem);
        if (!normalized) {
            problems.append(it.key() + u": " + problem);
            continue;
        }
        merged.insert(it.key(), *normalized);
    }
    if (!problems.isEmpty())
        return Expected<bool>::failure(problems.join(u'\n'));
    m_values = merged;
    return true;
}

Expected<bool> PypxeConfig::mergeJsonFile(const QString &path)
{
    const auto bytes = readSmallFile(path);
    if (!bytes)
        return Expected<bool>::failure(bytes.error());
    const auto merged = mergeJson(*bytes);
    if (!merged)
        return Expected<bool>::failure(prefixLines(QDir::toNativeSeparators(path), merged.error()));
    return true;
}

Expected<bool> PypxeConfig::mergeCommandLine(const QCommandLineParser &parser)
{
    const QStringList given = parser.optionNames();
    const auto isGiven = [&given](const char *name) { return given.contains(QLatin1String(name)); };

    QStringList problems;
    for (const auto &[first, second] : exclusiveFlags) {
        if (isGiven(first) && isGiven(second)) {
            problems.append(Tr::tr("--%1 and --%2 cannot be used together; give one of them")
                                .arg(QLatin1String(first), QLatin1String(second)));
        }
    }

    QJsonObject merged = m_values;
    for (const FlagInfo &flag : flagTable) {
        if (!isGiven(flag.name))
            continue;
        const QString key = flag.key ? QString::fromLatin1(flag.key) : QString();
        switch (flag.action) {
        case FlagAction::Value: {
            QString problem;
            const QString text = parser.value(QString::fromLatin1(flag.name));
            const auto normalized = normalize(findKey(key)->kind, QJsonValue(text), &problem);
            if (normalized)
                merged.insert(key, *normalized);
            else
                problems.append(u"--" + QLatin1String(flag.name) + u": " + problem);
            break;
        }
        case FlagAction::SetTrue:
            merged.insert(key, true);
            break;
        case FlagAction::SetFalse:
            merged.insert(key, false);
            break;
        case FlagAction::ConfigFile:
        case FlagAction::Dump:
            break;
        }
    }
    // PyPXE: "--dhcp-proxy: Enable built-in DHCP server in proxy mode (implies --dhcp)".
    if (isGiven("dhcp-proxy"))
        merged.insert(QStringLiteral("USE_DHCP"), true);

    if (!problems.isEmpty())
        return Expected<bool>::failure(problems.join(u'\n'));
    m_values = merged;
    return true;
}

Expected<PypxeConfig> PypxeConfig::fromCommandLine(const QCommandLineParser &parser)
{
    PypxeConfig config;
    if (parser.optionNames().contains(u"config")) {
        const auto merged = config.mergeJsonFile(parser.value(QStringLiteral("config")));
        if (!merged)
            return Expected<PypxeConfig>::failure(merged.error());
    }
    const auto merged = config.mergeCommandLine(parser);
    if (!merged)
        return Expected<PypxeConfig>::failure(merged.error());
    return config;
}

bool PypxeConfig::isDumpRequested(const QCommandLineParser &parser)
{
    const QStringList given = parser.optionNames();
    return given.contains(u"dump-config") || given.contains(u"dump-config-merged");
}

Expected<QByteArray> PypxeConfig::dumpConfig(const QCommandLineParser &parser)
{
    PypxeConfig config;
    if (parser.optionNames().contains(u"dump-config-merged")) {
        // PyPXE 1.8.4 dumped before reading --config, so its "merged" dump left the file out; the file
        // belongs in it.
        auto merged = fromCommandLine(parser);
        if (!merged)
            return Expected<QByteArray>::failure(merged.error());
        config = merged.value();
    }
    return QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented);
}

QJsonObject PypxeConfig::toJson() const
{
    return m_values;
}

DhcpMode PypxeConfig::dhcpMode() const
{
    const Values v(m_values);
    if (v.flag("DHCP_MODE_PROXY"))
        return DhcpMode::Proxy;
    return v.flag("USE_DHCP") ? DhcpMode::Full : DhcpMode::Off;
}

bool PypxeConfig::nbdEnabled() const
{
    return !Values(m_values).text("NBD_BLOCK_DEVICE").isEmpty();
}

Expected<Profile> PypxeConfig::toProfile(const QString &baseDirectory) const
{
    using Result = Expected<Profile>;
    const Values v(m_values);

    Profile p;
    p.name = QStringLiteral("PyPXE");
    p.baseDirectory = baseDirectory;
    // interfaceName stays empty: PyPXE listened on every interface.
    p.serverAddress = v.address("DHCP_SERVER_IP");

    p.dhcp.mode = dhcpMode();
    p.dhcp.port = v.port("DHCP_SERVER_PORT");
    p.dhcp.poolBegin = v.address("DHCP_OFFER_BEGIN");
    p.dhcp.poolEnd = v.address("DHCP_OFFER_END");
    p.dhcp.subnetMask = v.address("DHCP_SUBNET");
    p.dhcp.router = v.address("DHCP_ROUTER");
    p.dhcp.dns = v.addresses("DHCP_DNS");
    p.dhcp.broadcast = v.address("DHCP_BROADCAST");   // empty: derived, as PyPXE did
    p.dhcp.fileServer = v.address("DHCP_FILESERVER"); // empty: the server address
    p.dhcp.allowListOnly = v.flag("DHCP_WHITELIST");
    // PyPXE keeps leases in memory only, unless LEASES_FILE names a file. Bootcast always keeps them on
    // disk: an empty LEASES_FILE maps to the profile's default, a leases file in the platform's data folder
    // (Profile::resolvedLeasesFile()).
    p.dhcp.leasesFile = v.text("LEASES_FILE");
    if (const QString staticConfig = v.text("STATIC_CONFIG"); !staticConfig.isEmpty()) {
        const auto bindings = loadStaticConfig(p.resolvePath(staticConfig));
        if (!bindings)
            return Result::failure(prefixLines(QStringLiteral("STATIC_CONFIG"), bindings.error()));
        p.dhcp.bindings = bindings.value();
    }

    QString ignored;
    p.boot.netbootDir = netbootDirFor(v, baseDirectory, &ignored);
    // PyPXE gave every client NETBOOT_FILE (or pxelinux.0); Bootcast chooses per architecture.
    const QString netbootFile = v.text("NETBOOT_FILE").trimmed();
    if (!v.flag("USE_IPXE")) {
        p.boot.chainloadIpxe = false;
        // Empty: the boot policy picks per architecture from the netboot folder (pxelinux.0 for BIOS, ...).
        // Otherwise the file goes to the family its name implies; the others are left to the folder.
        if (!netbootFile.isEmpty()) {
            for (const QString &family : familiesFor(netbootFile))
                p.boot.files.insert(family, netbootFile);
        }
    } else {
        // PXE clients get the iPXE loader for their architecture from the folder; iPXE then gets the script.
        p.boot.chainloadIpxe = true;
        QString script = netbootFile;
        if (script.isEmpty())
            script = v.flag("USE_HTTP") ? QStringLiteral("boot.http.ipxe") : QStringLiteral("boot.ipxe");
        if (v.flag("USE_HTTP") && !isUrl(script)) {
            // PyPXE handed iPXE http://DHCP_FILESERVER/NETBOOT_FILE (without the port: a bug when it was not
            // 80). Without HTTP the bare name goes over TFTP from the file server.
            QString host = v.text("DHCP_FILESERVER");
            if (host.isEmpty())
                host = v.text("DHCP_SERVER_IP");
            if (host.isEmpty())
                return Result::failure(Tr::tr("DHCP_FILESERVER: iPXE over HTTP (USE_IPXE and USE_HTTP) needs the "
                                          "file server's address; set DHCP_FILESERVER or DHCP_SERVER_IP"));
            const quint16 httpPort = v.port("HTTP_PORT");
            QString path = script;
            path.replace(u'\\', u'/');
            while (path.startsWith(u'/'))
                path.remove(0, 1);
            const QString port = httpPort == 80 ? QString() : QStringLiteral(":%1").arg(httpPort);
            script = u"http://" + host + port + u'/' + path;
        }
        p.boot.ipxeScript = script;
    }

    p.tftp.enabled = v.flag("USE_TFTP");
    p.tftp.address = v.listenAddress("TFTP_SERVER_IP");
    p.tftp.port = v.port("TFTP_PORT");

    p.http.enabled = v.flag("USE_HTTP");
    p.http.address = v.listenAddress("HTTP_SERVER_IP");
    p.http.port = v.port("HTTP_PORT");

    p.log.debug = resolveServices(v.text("MODE_DEBUG"));
    p.log.verbose = resolveServices(v.text("MODE_VERBOSE"));

    // NBD: PyPXE exported one image (NBD_BLOCK_DEVICE, relative to the netboot folder, as Bootcast's export
    // files are) under whatever export name a client asked for. Here it is the default export "": what a
    // client that names no export (or the empty name) gets. Like PyPXE, clients write only with NBD_WRITE:
    // then NBD_COW (PyPXE's default) keeps each client's writes in its own overlay (copy-on-write), and
    // without it writes reach the image (read-write, one client at a time); without NBD_WRITE the export is
    // read-only whatever NBD_COW says.
    p.nbd.enabled = nbdEnabled();
    p.nbd.address = v.listenAddress("NBD_SERVER_IP");
    p.nbd.port = v.port("NBD_PORT");
    if (p.nbd.enabled) {
        Profile::NbdExport image;
        image.name = QString();
        image.file = v.text("NBD_BLOCK_DEVICE");
        if (!v.flag("NBD_WRITE"))
            image.mode = Profile::NbdExport::Mode::ReadOnly;
        else if (v.flag("NBD_COW"))
            image.mode = Profile::NbdExport::Mode::CopyOnWrite;
        else
            image.mode = Profile::NbdExport::Mode::ReadWrite;
        image.overlayInMemory = v.flag("NBD_COW_IN_MEM");
        image.copyToRam = v.flag("NBD_COPY_TO_RAM");
        p.nbd.exports.append(image);
    }

    // SYSLOG_* have no profile fields yet: warnings() names them.

    QStringList problems = p.validate();
    if (!problems.isEmpty()) {
        for (QString &problem : problems)
            problem = withPypxeNames(problem, p.dhcp.bindings);
        return Result::failure(problems.join(u'\n'));
    }
    return p;
}

QStringList PypxeConfig::warnings(const QString &baseDirectory) const
{
    const Values v(m_values);
    QStringList list;
    if (!v.text("SYSLOG_SERVER").isEmpty())
        list.append(Tr::tr("SYSLOG_SERVER: sending the log to a syslog server is not in this version; the log goes "
                       "to standard output"));
    if (!v.isDefault(*findKey(u"SYSLOG_PORT")))
        list.append(Tr::tr("SYSLOG_PORT: sending the log to a syslog server is not in this version; the port is "
                       "ignored"));

    QString netbootWarning;
    netbootDirFor(v, baseDirectory, &netbootWarning);
    if (!netbootWarning.isEmpty())
        list.append(netbootWarning);

    if (v.flag("DHCP_WHITELIST") && v.text("STATIC_CONFIG").isEmpty() && dhcpMode() != DhcpMode::Off)
        list.append(Tr::tr("DHCP_WHITELIST: only machines listed in STATIC_CONFIG are answered, and there is no "
                       "STATIC_CONFIG: DHCP answers nobody"));
    return list;
}

Expected<Profile> PypxeConfig::importFile(const QString &pypxeJsonPath, QStringList *warnings)
{
    using Result = Expected<Profile>;
    PypxeConfig config;
    const auto merged = config.mergeJsonFile(pypxeJsonPath);
    if (!merged)
        return Result::failure(merged.error());

    // PyPXE resolved relative paths against its working directory; an imported config has none, so its
    // own folder stands in for it.
    const QFileInfo file(pypxeJsonPath);
    const QString base = file.absolutePath();
    auto profile = config.toProfile(base);
    if (!profile)
        return Result::failure(prefixLines(QDir::toNativeSeparators(pypxeJsonPath), profile.error()));

    Profile p = profile.value();
    p.name = file.completeBaseName();
    // A saved profile resolves relative paths against its own folder, which need not be this one.
    if (!p.boot.netbootDir.isEmpty())
        p.boot.netbootDir = p.resolvePath(p.boot.netbootDir);
    if (!p.dhcp.leasesFile.isEmpty())
        p.dhcp.leasesFile = p.resolvePath(p.dhcp.leasesFile);
    if (warnings)
        *warnings = config.warnings(base);
    return p;
}

Expected<QList<Binding>> PypxeConfig::parseStaticConfig(const QByteArray &json)
{
    using Result = Expected<QList<Binding>>;
    const auto top = parseObject(json);
    if (!top)
        return Result::failure(top.error());

    QStringList problems;
    const QStringList topKeys{QStringLiteral("dhcp")};
    const QStringList dhcpKeys{QStringLiteral("binding")};
    const QStringList bindingKeys{QStringLiteral("ipaddr"), QStringLiteral("subnet"), QStringLiteral("router"),
                                  QStringLiteral("dns"),    QStringLiteral("rom"),    QStringLiteral("hostname")};
    for (auto it = top->begin(); it != top->end(); ++it) {
        if (!topKeys.contains(it.key()))
            problems.append(unknownKey(it.key(), topKeys));
    }
    const QJsonValue dhcp = top->value(QStringLiteral("dhcp"));
    if (!dhcp.isUndefined() && !dhcp.isNull() && !dhcp.isObject())
        problems.append(QStringLiteral("dhcp: ") + Tr::tr("expected an object"));
    const QJsonObject dhcpObject = dhcp.toObject();
    for (auto it = dhcpObject.begin(); it != dhcpObject.end(); ++it) {
        if (!dhcpKeys.contains(it.key()))
            problems.append(QStringLiteral("dhcp: ") + unknownKey(it.key(), dhcpKeys));
    }
    const QJsonValue binding = dhcpObject.value(QStringLiteral("binding"));
    if (!binding.isUndefined() && !binding.isNull() && !binding.isObject())
        problems.append(QStringLiteral("dhcp.binding: ") + Tr::tr("expected an object with a member per MAC address"));

    QList<Binding> bindings;
    QSet<MacAddress> seen;
    const QJsonObject entries = binding.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QString macText = it.key();
        const auto mac = MacAddress::fromString(macText);
        if (!mac) {
            problems.append(Tr::tr("\"%1\" is not a MAC address such as 5C:9A:D8:5E:F2:E5").arg(macText));
            continue;
        }
        if (seen.contains(*mac)) {
            problems.append(Tr::tr("%1: this MAC address is listed twice").arg(macText));
            continue;
        }
        seen.insert(*mac);
        if (!it.value().isObject()) {
            problems.append(macText + u": " + Tr::tr("expected an object"));
            continue;
        }

        Binding b;
        b.mac = *mac;
        const QJsonObject entry = it.value().toObject();
        for (auto field = entry.begin(); field != entry.end(); ++field) {
            const QString key = field.key();
            const QJsonValue value = field.value();
            const auto bad = [&problems, &macText, &key](const QString &text) {
                problems.append(macText + u": " + key + u": " + text);
            };
            // PyPXE fell back to the server-wide value for a missing or empty field.
            const bool empty = value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
            QString problem;
            if (key == u"ipaddr" || key == u"router" || key == u"subnet") {
                if (empty)
                    continue;
                const auto normalized = normalize(key == u"subnet" ? Kind::SubnetMask : Kind::Address, value, &problem);
                if (!normalized) {
                    bad(problem);
                    continue;
                }
                const QHostAddress address(normalized->toString());
                if (key == u"ipaddr")
                    b.address = address;
                else if (key == u"router")
                    b.router = address;
                else
                    b.subnetMask = address;
            } else if (key == u"dns") {
                if (empty)
                    continue;
                const auto normalized = normalize(Kind::AddressList, value, &problem);
                if (!normalized) {
                    bad(problem);
                    continue;
                }
                for (const QString &item : splitList(normalized->toString()))
                    b.dns.append(QHostAddress(item));
            } else if (key == u"rom" || key == u"hostname") {
                if (value.isNull())
                    continue;
                if (!value.isString()) {
                    bad(Tr::tr("expected text"));
                    continue;
                }
                (key == u"rom" ? b.bootFile : b.hostname) = value.toString().trimmed();
            } else {
                problems.append(macText + u": " + unknownKey(key, bindingKeys));
            }
        }
        bindings.append(b);
    }
    if (!problems.isEmpty())
        return Result::failure(problems.join(u'\n'));
    return bindings;
}

Expected<QList<Binding>> PypxeConfig::loadStaticConfig(const QString &path)
{
    using Result = Expected<QList<Binding>>;
    const auto bytes = readSmallFile(path);
    if (!bytes)
        return Result::failure(bytes.error());
    const auto bindings = parseStaticConfig(*bytes);
    if (!bindings)
        return Result::failure(prefixLines(QDir::toNativeSeparators(path), bindings.error()));
    return bindings;
}

} // namespace Bootcast
