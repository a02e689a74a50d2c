#pragma once

#include "core/MacAddress.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QTimer>

class QUdpSocket;

namespace Bootcast {

// Another DHCP server on the cable: who it is and what it offers.
struct RivalDhcpServer
{
    QHostAddress server;   // server identifier (option 54), else the sender
    QHostAddress offered;  // yiaddr of its offer
    QHostAddress router;   // option 3, if any
    QString interfaceName;

    friend bool operator==(const RivalDhcpServer &, const RivalDhcpServer &) = default;
};

// Looks for other DHCP servers before Bootcast serves in full mode: sends one DISCOVER (from a
// locally administered MAC of its own) on the chosen adapter and collects the offers that come
// back within a short time. Bootcast's own server ignores the probe's MAC.
class RivalProbe : public QObject
{
    Q_OBJECT

public:
    RivalProbe(const QString &interfaceName, const QHostAddress &ownAddress, QObject *parent = nullptr);
    ~RivalProbe() override;

    // False (with a reason) when the probe cannot run here, e.g. UDP 68 unavailable; the caller goes
    // on without it.
    bool start(int timeoutMsecs, QString *reason = nullptr);
    MacAddress probeMac() const { return m_mac; }

    // dnsmasq pings an address for up to 3 s before offering it; wait past that.
    static constexpr int DefaultTimeoutMsecs = 5000;

signals:
    void finished(const QList<Bootcast::RivalDhcpServer> &rivals);

private:
    void sendDiscover();
    void readReplies();
    void finish();

    QString m_interfaceName;
    QHostAddress m_ownAddress;
    MacAddress m_mac;
    quint32 m_xid = 0;
    QUdpSocket *m_socket = nullptr;
    QTimer m_deadline;
    QTimer m_resend;
    QList<RivalDhcpServer> m_rivals;
};

} // namespace Bootcast

Q_DECLARE_METATYPE(Bootcast::RivalDhcpServer)
