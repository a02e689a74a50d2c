#include "ServiceState.h"

namespace Bootcast {

QString statusTag(ServiceState::Status status)
{
    switch (status) {
    case ServiceState::Status::Stopped: return QStringLiteral("stopped");
    case ServiceState::Status::Listening: return QStringLiteral("listening");
    case ServiceState::Status::Failed: return QStringLiteral("failed");
    case ServiceState::Status::Disabled: return QStringLiteral("disabled");
    }
    return QString();
}

} // namespace Bootcast
