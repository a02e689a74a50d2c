#pragma once

#include "MacAddress.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>

namespace Bootcast {

// One machine's boot as the window shows it: where it is on the way from the first DHCP request
// to its installer, and what it is downloading now.
struct ClientState
{
    enum class Stage : quint8 {
        Dhcp,          // got an address (or proxy boot information)
        BootFile,      // downloaded its network boot program (undionly.kpxe, ipxe.efi, pxelinux.0, ...)
        Ipxe,          // came back as iPXE
        Menu,          // fetched a boot script or menu
        Kernel,
        Initrd,
        InstallerDhcp, // the booted system asked for an address: the network boot is done
    };
    static constexpr int StageCount = 7;

    QString key; // the MAC, or "ip:<address>" while the MAC is not known (proxy mode)
    MacAddress mac;
    QHostAddress address;
    quint8 arch = 0xff; // DHCP option 93 value; 0xff unknown
    bool ipxe = false;
    bool httpBoot = false;
    std::array<qint64, StageCount> reachedMsecs{}; // when each stage was first reached; 0: not yet
    int lastStage = -1;
    QString lastStep; // "ipxe.efi", "boot.ipxe", ...: the last thing seen
    qint64 firstSeenMsecs = 0;
    qint64 lastSeenMsecs = 0;

    bool transferActive = false;
    QString transferFile;
    qint64 transferBytes = -1;
    qint64 transferTotal = -1;
    double bytesPerSecond = 0;
    qint64 etaMsecs = -1;

    bool stalled = false;

    bool reached(Stage stage) const { return reachedMsecs[size_t(stage)] != 0; }
    friend bool operator==(const ClientState &, const ClientState &) = default;
};

QString stageDisplayName(ClientState::Stage stage);

using ClientStateList = QList<ClientState>;

} // namespace Bootcast

Q_DECLARE_METATYPE(Bootcast::ClientState)
