#pragma once

#include "core/MacAddress.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Bootcast {

// One address given to (or held back from) a machine.
struct Lease
{
    enum class State : quint8 {
        Offered,  // tentative, in memory only, held for a short while
        Bound,    // acknowledged; on disk before the ACK left
        Released, // given back by the client; the address stays associated with it for reuse
        Declined, // the client found the address in use: quarantined until expiresAt
    };

    MacAddress mac;
    QHostAddress address;
    qint64 expiresAt = 0; // seconds since the epoch
    State state = State::Offered;
    QString hostname;
    bool isStatic = false; // from a profile binding

    bool isActive(qint64 now) const { return state == State::Bound && expiresAt > now; }
    friend bool operator==(const Lease &, const Lease &) = default;
};

QString leaseStateTag(Lease::State state);

using LeaseList = QList<Lease>;

} // namespace Bootcast

Q_DECLARE_METATYPE(Bootcast::Lease)
