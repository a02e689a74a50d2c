#include "TrafficEvent.h"

#include <QCoreApplication>
#include <QLocale>

namespace Bootcast {

TrafficEvent TrafficEvent::make(Service service, Kind kind, QString detail)
{
    TrafficEvent event;
    event.service = service;
    event.kind = kind;
    event.detail = std::move(detail);
    return event;
}

QString kindTag(TrafficEvent::Kind kind)
{
    using K = TrafficEvent::Kind;
    switch (kind) {
    case K::Info: return QStringLiteral("info");
    case K::Warning: return QStringLiteral("warning");
    case K::Error: return QStringLiteral("error");
    case K::Discover: return QStringLiteral("discover");
    case K::Offered: return QStringLiteral("offer");
    case K::Acked: return QStringLiteral("ack");
    case K::Naked: return QStringLiteral("nak");
    case K::Released: return QStringLiteral("release");
    case K::Declined: return QStringLiteral("decline");
    case K::Informed: return QStringLiteral("inform");
    case K::Ignored: return QStringLiteral("ignored");
    case K::PoolExhausted: return QStringLiteral("exhausted");
    case K::TransferStarted: return QStringLiteral("start");
    case K::TransferProgress: return QStringLiteral("progress");
    case K::TransferFinished: return QStringLiteral("done");
    case K::TransferFailed: return QStringLiteral("failed");
    case K::Refused: return QStringLiteral("refused");
    }
    return QString();
}

QString transferSummary(const TrafficEvent &event)
{
    const QLocale locale;
    if (event.kind == TrafficEvent::Kind::TransferFinished && event.bytes >= 0) {
        const double seconds = double(qMax<qint64>(event.elapsedMsecs, 1)) / 1000.0;
        const qint64 perSecond = qint64(double(event.bytes) / seconds);
        return QCoreApplication::translate("Bootcast::TrafficEvent", "%1 in %2 s (%3/s)")
            .arg(locale.formattedDataSize(event.bytes), locale.toString(seconds, 'f', 2),
                 locale.formattedDataSize(perSecond));
    }
    if (event.kind == TrafficEvent::Kind::TransferStarted && event.totalBytes >= 0)
        return locale.formattedDataSize(event.totalBytes);
    return QString();
}

QString kindDisplayName(TrafficEvent::Kind kind)
{
    using K = TrafficEvent::Kind;
    switch (kind) {
    case K::Info: return QCoreApplication::translate("Bootcast::TrafficEvent", "info");
    case K::Warning: return QCoreApplication::translate("Bootcast::TrafficEvent", "warning");
    case K::Error: return QCoreApplication::translate("Bootcast::TrafficEvent", "error");
    case K::Discover: return QCoreApplication::translate("Bootcast::TrafficEvent", "discover");
    case K::Offered: return QCoreApplication::translate("Bootcast::TrafficEvent", "offered");
    case K::Acked: return QCoreApplication::translate("Bootcast::TrafficEvent", "acknowledged");
    case K::Naked: return QCoreApplication::translate("Bootcast::TrafficEvent", "refused (NAK)");
    case K::Released: return QCoreApplication::translate("Bootcast::TrafficEvent", "released");
    case K::Declined: return QCoreApplication::translate("Bootcast::TrafficEvent", "declined");
    case K::Informed: return QCoreApplication::translate("Bootcast::TrafficEvent", "inform");
    case K::Ignored: return QCoreApplication::translate("Bootcast::TrafficEvent", "ignored");
    case K::PoolExhausted: return QCoreApplication::translate("Bootcast::TrafficEvent", "pool exhausted");
    case K::TransferStarted: return QCoreApplication::translate("Bootcast::TrafficEvent", "transfer started");
    case K::TransferProgress: return QCoreApplication::translate("Bootcast::TrafficEvent", "transferring");
    case K::TransferFinished: return QCoreApplication::translate("Bootcast::TrafficEvent", "transfer finished");
    case K::TransferFailed: return QCoreApplication::translate("Bootcast::TrafficEvent", "transfer failed");
    case K::Refused: return QCoreApplication::translate("Bootcast::TrafficEvent", "refused");
    }
    return QString();
}

} // namespace Bootcast
