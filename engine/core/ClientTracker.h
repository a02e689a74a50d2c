#pragma once

#include "ClientState.h"
#include "TrafficEvent.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace Bootcast {

// Follows every machine through its boot, from the traffic events of all services: DHCP events
// name the MAC and address, file transfers name the address, so transfers are attributed to MACs.
// Changes go out batched (at most ten a second); a machine that goes quiet mid-boot is marked stalled.
class ClientTracker : public QObject
{
    Q_OBJECT

public:
    explicit ClientTracker(QObject *parent = nullptr);

    void consume(const TrafficEvent &event);
    ClientStateList clients() const;
    void clear();

    // For tests: where "now" comes from (milliseconds since the epoch).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void checkStalled();
    void flush();

    static constexpr int BatchIntervalMsecs = 100;
    static constexpr qint64 TransferStallMsecs = 20000; // an open transfer with no progress
    static constexpr qint64 BootStallMsecs = 90000;     // silence before the kernel was loaded

    // Which boot stage a downloaded file means ("ipxe.efi" -> BootFile, "vmlinuz" -> Kernel, ...).
    static ClientState::Stage stageForFile(const QString &fileName);

signals:
    void clientsUpdated(const Bootcast::ClientStateList &changed);

private:
    ClientState &stateFor(const TrafficEvent &event);
    void reach(ClientState &state, ClientState::Stage stage, qint64 now);
    void markDirty(const QString &key);

    QHash<QString, ClientState> m_clients;
    QHash<quint32, QString> m_keyByAddress;
    QSet<QString> m_dirty;
    QTimer m_batchTimer;
    QTimer m_stallTimer;
    std::function<qint64()> m_clock;
};

} // namespace Bootcast
