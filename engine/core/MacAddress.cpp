#include "MacAddress.h"

#include <cctype>

namespace Bootcast {

std::optional<MacAddress> MacAddress::fromString(QStringView text)
{
    QString hex;
    hex.reserve(12);
    const QStringView trimmed = text.trimmed();
    int groupLength = 0;
    for (const QChar c : trimmed) {
        if (c == u':' || c == u'-' || c == u'.') {
            if (groupLength == 0)
                return std::nullopt;
            groupLength = 0;
            continue;
        }
        if (!std::isxdigit(static_cast<unsigned char>(c.toLatin1())) || c.unicode() > 0x7f)
            return std::nullopt;
        hex.append(c);
        ++groupLength;
    }
    if (hex.size() != 12)
        return std::nullopt;
    std::array<quint8, 6> bytes{};
    for (int i = 0; i < 6; ++i) {
        bool ok = false;
        bytes[size_t(i)] = quint8(hex.mid(i * 2, 2).toUInt(&ok, 16));
        if (!ok)
            return std::nullopt;
    }
    return MacAddress(bytes);
}

std::optional<MacAddress> MacAddress::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() < 6)
        return std::nullopt;
    std::array<quint8, 6> out{};
    for (size_t i = 0; i < 6; ++i)
        out[i] = quint8(bytes[qsizetype(i)]);
    return MacAddress(out);
}

bool MacAddress::isNull() const
{
    for (const quint8 b : m_bytes) {
        if (b != 0)
            return false;
    }
    return true;
}

QString MacAddress::toString() const
{
    return QString::fromLatin1(toByteArray().toHex(':'));
}

QByteArray MacAddress::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), qsizetype(m_bytes.size()));
}

} // namespace Bootcast
