#pragma once

#include "DhcpClientInfo.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Bootcast {

// Chooses what a booting machine receives, from its architecture (option 93), whether it already
// runs iPXE (77/175) and whether it is a UEFI HTTP Boot client (60), plus the profile's choices and
// the boot files present in the netboot folder. Pure apart from listing that folder.
class BootPolicy
{
public:
    struct Config
    {
        QMap<QString, QString> files; // arch tag -> file or URL; empty: chosen from the folder
        bool chainloadIpxe = true;    // PXE clients get an iPXE loader, iPXE clients the script
        QString ipxeScript;           // what iPXE clients get; empty: boot.ipxe (HTTP when on, else TFTP)
        QString netbootDir;
        QHostAddress fileServer;
        bool httpEnabled = false;
        quint16 httpPort = 80;
    };

    struct Decision
    {
        bool boot = false;   // false: no boot information (a plain DHCP client, or nothing fits)
        QString bootFile;    // TFTP name or http:// URL
        QString vendorClass; // "PXEClient" or "HTTPClient" for option 60; empty for plain clients
        QString archTag;     // "bios", "uefi-x64", ...
        QString problem;     // translated; set when a booting client gets nothing, says what to do
    };

    explicit BootPolicy(Config config);

    Decision decide(const DhcpClientInfo &client, const QString &bindingBootFile = QString()) const;

    // "bios", "uefi-ia32", "uefi-x64", "uefi-arm32", "uefi-arm64", "http-x64", ... or "arch-N".
    static QString archTag(quint16 arch);
    // "BIOS", "UEFI x64", "UEFI HTTP x64", ... (translated)
    static QString archDisplayName(std::optional<quint16> arch);
    // undionly.kpxe, ipxe.efi, snponly.efi, ...: files that start iPXE (a loop if given to iPXE).
    static bool isIpxeLoader(const QString &fileName);
    // The candidates looked for in the folder for one arch tag, in order of preference.
    static QStringList candidates(const QString &archTag, bool chainloadIpxe);

    QString defaultIpxeScript() const;
    // Finds a candidate in the folder (case-insensitive, root and first-level folders).
    QString findInFolder(const QStringList &names) const;

private:
    QString asUrl(const QString &file) const;
    void rescanIfStale() const;

    Config m_config;
    mutable QHash<QString, QString> m_folderFiles; // lower-case relative path -> real relative path
    mutable QElapsedTimer m_scanned;
};

} // namespace Bootcast
