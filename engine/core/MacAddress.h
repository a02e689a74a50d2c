#pragma once

#include <QByteArray>
#include <QHash>
#include <QMetaType>
#include <QString>

#include <array>
#include <compare>
#include <optional>

namespace Bootcast {

// A 48-bit Ethernet hardware address. Value type, cheap to copy.
class MacAddress
{
public:
    MacAddress() = default;
    explicit MacAddress(const std::array<quint8, 6> &bytes) : m_bytes(bytes) {}

    // Accepts "52:54:00:12:34:56", "52-54-00-12-34-56" and "525400123456" (any case).
    static std::optional<MacAddress> fromString(QStringView text);
    // Takes the first six bytes of a chaddr field; nullopt when fewer are given.
    static std::optional<MacAddress> fromBytes(QByteArrayView bytes);

    bool isNull() const;
    QString toString() const; // lower case, colon separated
    QByteArray toByteArray() const;
    const std::array<quint8, 6> &bytes() const { return m_bytes; }

    friend auto operator<=>(const MacAddress &, const MacAddress &) = default;
    friend bool operator==(const MacAddress &, const MacAddress &) = default;

private:
    std::array<quint8, 6> m_bytes{};
};

inline size_t qHash(const MacAddress &mac, size_t seed = 0)
{
    return qHashBits(mac.bytes().data(), mac.bytes().size(), seed);
}

} // namespace Bootcast

Q_DECLARE_METATYPE(Bootcast::MacAddress)
