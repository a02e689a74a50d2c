#include "NetasciiEncoder.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Bootcast {

NetasciiEncoder::NetasciiEncoder(QIODevice *source) : m_source(source) {}

qint64 NetasciiEncoder::encodedSize(QByteArrayView raw)
{
    return raw.size() + raw.count('\n') + raw.count('\r');
}

QByteArray NetasciiEncoder::encode(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(encodedSize(raw));
    for (char c : raw) {
        if (c == '\n') {
            out.append('\r');
            out.append('\n');
        } else if (c == '\r') {
            out.append('\r');
            out.append('\0');
        } else {
            out.append(c);
        }
    }
    return out;
}

bool NetasciiEncoder::atEnd() const
{
    return m_sourceDone && m_pending.isEmpty();
}

Expected<QByteArray> NetasciiEncoder::read(qsizetype maxSize)
{
    // Every source byte gives at least one converted byte: reading what is missing is always enough.
    QByteArray raw;
    while (m_pending.size() < maxSize && !m_sourceDone) {
        raw.resize(maxSize - m_pending.size());
        const qint64 got = m_source->read(raw.data(), raw.size());
        if (got < 0) {
            return Expected<QByteArray>::failure(
                QCoreApplication::translate("Bootcast::NetasciiEncoder", "cannot read the file: %1")
                    .arg(m_source->errorString()));
        }
        if (got == 0) {
            m_sourceDone = true;
            break;
        }
        m_sourceBytes += got;
        m_pending.append(encode(QByteArrayView(raw.constData(), got)));
    }
    QByteArray block = m_pending.left(maxSize);
    m_pending.remove(0, block.size());
    return block;
}

} // namespace Bootcast
