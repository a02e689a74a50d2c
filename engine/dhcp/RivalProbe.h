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
    QHostAddress subnetMask; // option 1, if any: with offered, the network it hands out addresses in
    QString interfaceName;

    friend bool operator==(const RivalDhcpServer &, const RivalDhcpServer &) = default;
};

// What one look for other DHCP servers found on an adapter.
struct RivalCheck
{
    quint64 requestId = 0; // the caller's, to tell a cancelled check's late answer from the current one
    QString interfaceName;
    QList<RivalDhcpServer> rivals;
    bool checked = false; // false: nothing could be asked (no link, UDP 68 unavailable); see reason
    QString reason;
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
    // When the adapter has no link yet, waits up to linkWaitMsecs for it before sending.
    bool start(int timeoutMsecs, QString *reason = nullptr, int linkWaitMsecs = 0);
    MacAddress probeMac() const { return m_mac; }
    // False when the adapter never got a link: then nothing was sent and "no rivals" means nothing.
    bool checked() const { return m_sent; }

    // dnsmasq pings an address for up to 3 s before offering it; wait past that.
    static constexpr int DefaultTimeoutMsecs = 5000;
    static constexpr int LinkWaitMsecs = 3000; // e1000 and USB adapters take a few seconds after "up"

signals:
    void finished(const QList<Bootcast::RivalDhcpServer> &rivals);

private:
    void sendDiscover();
    void waitForLink();
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
    QTimer m_linkPoll;
    int m_timeoutMsecs = 0;
    int m_linkWaitLeftMsecs = 0;
    bool m_sent = false;
};

} // namespace Bootcast

Q_DECLARE_METATYPE(Bootcast::RivalDhcpServer)
Q_DECLARE_METATYPE(Bootcast::RivalCheck)
