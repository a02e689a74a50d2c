#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Bootcast {

// DHCP option codes Bootcast reads or writes (RFC 2132, 3004, 3046, 4578, PXE 2.1, iPXE).
namespace DhcpOption {
enum Code : quint8 {
    Pad = 0,
    SubnetMask = 1,
    Router = 3,
    DnsServers = 6,
    HostName = 12,
    DomainName = 15,
    BroadcastAddress = 28,
    VendorSpecific = 43,
    RequestedAddress = 50,
    LeaseTime = 51,
    Overload = 52,
    MessageType = 53,
    ServerIdentifier = 54,
    ParameterRequestList = 55,
    Message = 56,
    MaxMessageSize = 57,
    RenewalTime = 58,
    RebindingTime = 59,
    VendorClass = 60,
    ClientIdentifier = 61,
    TftpServerName = 66,
    BootFileName = 67,
    UserClass = 77,
    RelayAgentInfo = 82,
    ClientArchitecture = 93,
    ClientNetworkInterface = 94,
    ClientMachineId = 97,
    IpxeEncapsulated = 175,
    End = 255,
};
} // namespace DhcpOption

// The options of one packet: code -> payload. Repeated instances of a code are concatenated on
// read (RFC 3396) and split on write, so a payload may be longer than 255 bytes.
class DhcpOptions
{
public:
    bool contains(quint8 code) const { return m_options.contains(code); }
    QByteArray value(quint8 code) const { return m_options.value(code); }
    void set(quint8 code, const QByteArray &payload) { m_options.insert(code, payload); }
    void append(quint8 code, const QByteArray &payload) { m_options[code].append(payload); }
    void remove(quint8 code) { m_options.remove(code); }
    bool isEmpty() const { return m_options.isEmpty(); }
    qsizetype size() const { return m_options.size(); }
    const QMap<quint8, QByteArray> &all() const { return m_options; }

    void setAddress(quint8 code, const QHostAddress &address);
    void setAddresses(quint8 code, const QList<QHostAddress> &addresses);
    void setUInt32(quint8 code, quint32 value);
    void setUInt16(quint8 code, quint16 value);
    void setUInt8(quint8 code, quint8 value);
    void setText(quint8 code, const QString &text);

    std::optional<QHostAddress> address(quint8 code) const;
    std::optional<quint32> uint32(quint8 code) const;
    std::optional<quint16> uint16(quint8 code) const;
    std::optional<quint8> uint8(quint8 code) const;
    QString text(quint8 code) const; // Latin-1/UTF-8 tolerant, trailing NULs dropped

    // Serialises as code/length/payload triples (53 first, 82 last, then End), splitting long payloads.
    QByteArray encode() const;
    // Parses an option area. Stops at End; rejects truncated options. Appends into *this.
    bool decode(QByteArrayView area, QString *error);

    friend bool operator==(const DhcpOptions &, const DhcpOptions &) = default;

private:
    QMap<quint8, QByteArray> m_options;
};

// Encapsulated options (43, 82, 175): a flat code/length/value list inside one option's payload.
QMap<quint8, QByteArray> decodeSubOptions(QByteArrayView payload, bool *ok = nullptr);
QByteArray encodeSubOptions(const QList<std::pair<quint8, QByteArray>> &subOptions);

QByteArray ipv4Bytes(const QHostAddress &address);
QHostAddress ipv4FromBytes(QByteArrayView bytes);

} // namespace Bootcast
