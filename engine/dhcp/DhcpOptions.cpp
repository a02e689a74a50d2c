#include "DhcpOptions.h"

#include <QCoreApplication>
#include <QtEndian>

namespace Bootcast {

QByteArray ipv4Bytes(const QHostAddress &address)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(address.toIPv4Address(), out.data());
    return out;
}

QHostAddress ipv4FromBytes(QByteArrayView bytes)
{
    if (bytes.size() < 4)
        return QHostAddress();
    return QHostAddress(qFromBigEndian<quint32>(bytes.data()));
}

void DhcpOptions::setAddress(quint8 code, const QHostAddress &address)
{
    set(code, ipv4Bytes(address));
}

void DhcpOptions::setAddresses(quint8 code, const QList<QHostAddress> &addresses)
{
    QByteArray payload;
    for (const QHostAddress &a : addresses)
        payload += ipv4Bytes(a);
    set(code, payload);
}

void DhcpOptions::setUInt32(quint8 code, quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(value, out.data());
    set(code, out);
}

void DhcpOptions::setUInt16(quint8 code, quint16 value)
{
    QByteArray out(2, '\0');
    qToBigEndian<quint16>(value, out.data());
    set(code, out);
}

void DhcpOptions::setUInt8(quint8 code, quint8 value)
{
    set(code, QByteArray(1, char(value)));
}

void DhcpOptions::setText(quint8 code, const QString &text)
{
    set(code, text.toUtf8());
}

std::optional<QHostAddress> DhcpOptions::address(quint8 code) const
{
    const auto it = m_options.constFind(code);
    if (it == m_options.cend() || it->size() != 4)
        return std::nullopt;
    return ipv4FromBytes(*it);
}

std::optional<quint32> DhcpOptions::uint32(quint8 code) const
{
    const auto it = m_options.constFind(code);
    if (it == m_options.cend() || it->size() != 4)
        return std::nullopt;
    return qFromBigEndian<quint32>(it->constData());
}

std::optional<quint16> DhcpOptions::uint16(quint8 code) const
{
    const auto it = m_options.constFind(code);
    if (it == m_options.cend() || it->size() < 2)
        return std::nullopt;
    return qFromBigEndian<quint16>(it->constData());
}

std::optional<quint8> DhcpOptions::uint8(quint8 code) const
{
    const auto it = m_options.constFind(code);
    if (it == m_options.cend() || it->size() != 1)
        return std::nullopt;
    return quint8(it->at(0));
}

QString DhcpOptions::text(quint8 code) const
{
    QByteArray raw = m_options.value(code);
    while (raw.endsWith('\0'))
        raw.chop(1);
    const QString utf8 = QString::fromUtf8(raw);
    return utf8.contains(QChar::ReplacementCharacter) ? QString::fromLatin1(raw) : utf8;
}

QByteArray DhcpOptions::encode() const
{
    QByteArray out;
    const auto writeOne = [&out](quint8 code, const QByteArray &payload) {
        qsizetype offset = 0;
        do {
            const qsizetype chunk = qMin<qsizetype>(255, payload.size() - offset);
            out.append(char(code));
            out.append(char(chunk));
            out.append(payload.constData() + offset, chunk);
            offset += chunk;
        } while (offset < payload.size());
    };
    if (m_options.contains(DhcpOption::MessageType))
        writeOne(DhcpOption::MessageType, m_options.value(DhcpOption::MessageType));
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        if (it.key() == DhcpOption::MessageType || it.key() == DhcpOption::RelayAgentInfo
            || it.key() == DhcpOption::Pad || it.key() == DhcpOption::End)
            continue;
        writeOne(it.key(), it.value());
    }
    if (m_options.contains(DhcpOption::RelayAgentInfo))
        writeOne(DhcpOption::RelayAgentInfo, m_options.value(DhcpOption::RelayAgentInfo));
    out.append(char(DhcpOption::End));
    return out;
}

bool DhcpOptions::decode(QByteArrayView area, QString *error)
{
    qsizetype i = 0;
    while (i < area.size()) {
        const quint8 code = quint8(area[i]);
        if (code == DhcpOption::Pad) {
            ++i;
            continue;
        }
        if (code == DhcpOption::End)
            return true;
        if (i + 1 >= area.size()) {
            if (error)
                *error = QCoreApplication::translate("Bootcast::DhcpOptions", "option %1 has no length").arg(code);
            return false;
        }
        const qsizetype length = quint8(area[i + 1]);
        if (i + 2 + length > area.size()) {
            if (error)
                *error = QCoreApplication::translate("Bootcast::DhcpOptions", "option %1 runs past the packet end")
                             .arg(code);
            return false;
        }
        m_options[code].append(area.constData() + i + 2, length);
        i += 2 + length;
    }
    return true; // a missing End is tolerated, as most servers do
}

QMap<quint8, QByteArray> decodeSubOptions(QByteArrayView payload, bool *ok)
{
    QMap<quint8, QByteArray> out;
    qsizetype i = 0;
    bool good = true;
    while (i < payload.size()) {
        const quint8 code = quint8(payload[i]);
        if (code == 0) {
            ++i;
            continue;
        }
        if (code == 255)
            break;
        if (i + 1 >= payload.size() || i + 2 + quint8(payload[i + 1]) > payload.size()) {
            good = false;
            break;
        }
        const qsizetype length = quint8(payload[i + 1]);
        out[code].append(payload.constData() + i + 2, length);
        i += 2 + length;
    }
    if (ok)
        *ok = good;
    return out;
}

QByteArray encodeSubOptions(const QList<std::pair<quint8, QByteArray>> &subOptions)
{
    QByteArray out;
    for (const auto &[code, value] : subOptions) {
        out.append(char(code));
        out.append(char(qMin<qsizetype>(value.size(), 255)));
        out.append(value.left(255));
    }
    return out;
}

} // namespace Bootcast
