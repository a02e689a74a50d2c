#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

// Big-endian helpers shared by the NBD codec (header-only; the caller checks lengths first).
namespace Bootcast::Nbd::Wire {

inline void append16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}

inline void append32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

inline void append64(QByteArray &out, quint64 value)
{
    char bytes[8];
    qToBigEndian(value, bytes);
    out.append(bytes, 8);
}

inline quint16 read16(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<quint16>(bytes.data() + at);
}

inline quint32 read32(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.data() + at);
}

inline quint64 read64(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<quint64>(bytes.data() + at);
}

} // namespace Bootcast::Nbd::Wire
