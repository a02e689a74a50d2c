#pragma once

#include "MacAddress.h"
#include "Service.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Bootcast {

// One meaningful thing that happened on the wire: a lease, a transfer, an error with a client.
// Compact record; display strings are built by whoever shows it.
struct TrafficEvent
{
    enum class Kind : quint8 {
        Info,
        Warning,
        Error,
        // DHCP
        Discover,
        Offered,
        Acked,
        Naked,
        Released,
        Declined,
        Informed,
        Ignored,
        PoolExhausted,
        // file transfers (TFTP, HTTP, NBD)
        TransferStarted,
        TransferProgress, // for the clients panel; not written to the log
        TransferFinished,
        TransferFailed,
        Refused,
    };

    qint64 msecsSinceEpoch = 0;
    Service service = Service::Engine;
    Kind kind = Kind::Info;
    MacAddress mac;
    QHostAddress peer;
    QString subject; // file name, leased address, ...
    QString detail;  // translated free text
    qint64 bytes = -1;     // transferred so far / total for finished transfers
    qint64 totalBytes = -1;
    qint64 elapsedMsecs = -1;
    quint8 arch = 0xff; // DHCP option 93 value when known; 0xff unknown
    enum ClientFlag : quint8 {
        PxeClient = 1,  // PXE ROM (vendor class PXEClient / option 93)
        IpxeClient = 2, // already running iPXE (77/175)
        HttpBootClient = 4,
    };
    quint8 clientFlags = 0; // DHCP events: what the machine said it is

    static TrafficEvent make(Service service, Kind kind, QString detail = QString());
};

QString kindTag(TrafficEvent::Kind kind);
// "12.0 MiB in 3.20 s (3.8 MiB/s)" for a finished transfer, "12.0 MiB" for a started one; empty otherwise.
QString transferSummary(const TrafficEvent &event);
QString kindDisplayName(TrafficEvent::Kind kind);

using TrafficEventList = QList<TrafficEvent>;

} // namespace Bootcast

Q_DECLARE_METATYPE(Bootcast::TrafficEvent)
