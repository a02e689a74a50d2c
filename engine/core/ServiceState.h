#pragma once

#include "Service.h"

#include <QHostAddress>
#include <QMetaType>
#include <QString>

namespace Bootcast {

// What one server is doing: the status light in the window, a line in the headless log.
struct ServiceState
{
    enum class Status : quint8 {
        Stopped,
        Listening,
        Failed,
        Disabled,
    };

    Service service = Service::Engine;
    Status status = Status::Stopped;
    QHostAddress address;
    quint16 port = 0;
    QString reason; // translated; set when Failed: what went wrong and what to do

    friend bool operator==(const ServiceState &, const ServiceState &) = default;
};

QString statusTag(ServiceState::Status status);

} // namespace Bootcast

Q_DECLARE_METATYPE(Bootcast::ServiceState)
