#include "NetasciiDecoder.h"

namespace Bootcast {

QByteArray NetasciiDecoder::decode(QByteArrayView chunk)
{
    QByteArray out;
    out.reserve(chunk.size() + 1);
    for (char c : chunk) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (c == '\n') {
                out.append('\n');
                continue;
            }
            out.append('\r');
            if (c == '\0')
                continue;
        }
        if (c == '\r')
            m_pendingCr = true;
        else
            out.append(c);
    }
    return out;
}

QByteArray NetasciiDecoder::finish()
{
    if (!m_pendingCr)
        return QByteArray();
    m_pendingCr = false;
    return QByteArrayLiteral("\r");
}

} // namespace Bootcast
