#pragma once

#include "Expected.h"
#include "MacAddress.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Bootcast {

enum class DhcpMode : quint8 {
    Off,
    Full,  // addresses for everybody, boot information for PXE clients
    Proxy, // boot information only, an existing DHCP server gives the addresses
};

QString dhcpModeTag(DhcpMode mode);
QString nbdModeTag(int mode); // Profile::NbdExport::Mode as "read-only", "copy-on-write", "read-write"
std::optional<DhcpMode> dhcpModeFromTag(QStringView tag);

// One reserved client: fixed address and/or its own boot file and options.
struct Binding
{
    MacAddress mac;
    QHostAddress address;    // null: from the pool
    QString hostname;        // option 12
    QString bootFile;        // overrides the boot policy for this machine
    QHostAddress subnetMask; // null: the profile's
    QHostAddress router;     // null: the profile's
    QList<QHostAddress> dns; // empty: the profile's
    QMap<quint8, QByteArray> options; // extra raw options (payload bytes)

    friend bool operator==(const Binding &, const Binding &) = default;
};

// Everything one Bootcast setup needs. A value type: copy it, compare it, save it as JSON.
struct Profile
{
    QString name;
    QString interfaceName;     // empty: every interface (PyPXE behaviour)
    QHostAddress serverAddress; // option 54 and the host in boot URLs

    struct Dhcp
    {
        DhcpMode mode = DhcpMode::Off;
        quint16 port = 67;
        quint16 proxyPort = 4011;
        quint16 clientPort = 68;
        QHostAddress poolBegin;
        QHostAddress poolEnd;
        QHostAddress subnetMask = QHostAddress(QStringLiteral("255.255.255.0"));
        QHostAddress router;
        QList<QHostAddress> dns;
        QString domain;
        QHostAddress broadcast;  // null: derived from server address and mask
        QHostAddress fileServer; // siaddr / option 66; null: the server address
        quint32 leaseSeconds = 3600;
        bool allowListOnly = false; // answer only MACs that have a binding
        // Full mode checks the chosen adapter for another DHCP server first and does not serve beside
        // one (it would hand out conflicting addresses) unless this is set.
        bool allowOtherServers = false;
        QString leasesFile;         // empty: the platform's data folder
        QList<Binding> bindings;
        friend bool operator==(const Dhcp &, const Dhcp &) = default;
    } dhcp;

    struct Boot
    {
        QString netbootDir; // empty: the bundled netboot folder
        // Boot file per architecture tag (see BootPolicy: "bios", "uefi-x64", "uefi-ia32", "uefi-arm64",
        // "uefi-arm32", "http-x64", "http-arm64", ...). Missing or empty: chosen from the netboot folder.
        QMap<QString, QString> files;
        bool chainloadIpxe = true; // PXE clients get iPXE first, iPXE then gets ipxeScript
        QString ipxeScript;        // what iPXE clients receive; empty: boot.ipxe over HTTP, else TFTP
        friend bool operator==(const Boot &, const Boot &) = default;
    } boot;

    struct Tftp
    {
        bool enabled = true;
        QHostAddress address = QHostAddress(QHostAddress::AnyIPv4);
        quint16 port = 69;
        quint16 portRangeBegin = 0; // 0: any free port for transfers
        quint16 portRangeEnd = 0;
        int timeoutMsecs = 1000; // default retransmission timeout when the client asks none
        int retries = 5;
        quint16 maxBlockSize = 0; // 0: as large as the interface MTU allows
        QString uploadDir;        // empty: write requests refused
        friend bool operator==(const Tftp &, const Tftp &) = default;
    } tftp;

    struct Http
    {
        bool enabled = false;
        QHostAddress address = QHostAddress(QHostAddress::AnyIPv4);
        quint16 port = 80;
        // *.ipxe files are templates: {{server}}, {{http_port}}, {{mac}}, ... are filled in per client
        // (iPXE's own ${...} variables pass through untouched).
        bool renderTemplates = true;
        bool directoryListing = false;
        int maxConnections = 512;
        friend bool operator==(const Http &, const Http &) = default;
    } http;

    struct NbdExport
    {
        enum class Mode : quint8 {
            ReadOnly,    // writes refused with EPERM
            CopyOnWrite, // each client writes into its own overlay; the image never changes
            ReadWrite,   // writes go to the image; one writer at a time
        };
        QString name;        // what clients ask for (NBD_OPT_GO / EXPORT_NAME); "" is the default export
        QString file;        // disk image or ISO; relative to the netboot folder
        Mode mode = Mode::ReadOnly;
        bool overlayInMemory = false; // copy-on-write overlay in RAM instead of a temporary file
        bool copyToRam = false;       // read the whole image into memory at start
        QString description;
        friend bool operator==(const NbdExport &, const NbdExport &) = default;
    };

    struct Nbd
    {
        bool enabled = false;
        QHostAddress address = QHostAddress(QHostAddress::AnyIPv4);
        quint16 port = 10809;
        int maxClients = 64;
        QList<NbdExport> exports;
        friend bool operator==(const Nbd &, const Nbd &) = default;
    } nbd;

    struct Log
    {
        QStringList debug;   // services with diagnostic output: dhcp, tftp, http, nbd, all
        QStringList verbose; // services with per-packet lines
        friend bool operator==(const Log &, const Log &) = default;
    } log;

    // Not saved: the folder relative paths are resolved against (the profile file's folder).
    QString baseDirectory;

    friend bool operator==(const Profile &a, const Profile &b)
    {
        return a.name == b.name && a.interfaceName == b.interfaceName && a.serverAddress == b.serverAddress
            && a.dhcp == b.dhcp && a.boot == b.boot && a.tftp == b.tftp && a.http == b.http && a.nbd == b.nbd
            && a.log == b.log;
    }

    QJsonObject toJson() const;
    // Strict: an unknown key or a bad value fails with a message naming the field ("dhcp.poolBegin: ...").
    static Expected<Profile> fromJson(const QJsonObject &json);
    static Expected<Profile> fromJsonBytes(const QByteArray &bytes);
    static Expected<Profile> load(const QString &path);
    Expected<bool> save(const QString &path) const;

    // Cross-field checks (pool inside subnet, server address set for DHCP, ...). Empty when valid;
    // otherwise one message per problem, each starting with the field name.
    QStringList validate() const;

    // The embedded default: TFTP (and HTTP) on the bundled netboot folder, DHCP off until an
    // interface is chosen.
    static Profile defaultProfile();

    QString resolvePath(const QString &path) const;
    QString resolvedNetbootDir() const;
    QString resolvedLeasesFile() const;
    QHostAddress effectiveFileServer() const;
    // With an adapter chosen, TFTP, HTTP and NBD listening on "any address" listen on the server
    // address instead, so that no other network of this computer reaches them. An explicit address
    // in the profile is kept.
    Profile withListenersOnAdapter() const;
    QHostAddress effectiveBroadcast() const;

    static constexpr qsizetype MaxFileSize = 4 * 1024 * 1024;
};

// The bundled netboot folder next to the executable (or installed under share/bootcast/netboot).
QString bundledNetbootDir();

} // namespace Bootcast

Q_DECLARE_METATYPE(Bootcast::Profile)
Q_DECLARE_METATYPE(Bootcast::Binding)
