#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Bootcast {

// The reverse of NetasciiEncoder, for write requests in "netascii" mode: CR LF becomes LF and
// CR NUL becomes CR; a CR followed by anything else is kept as it is (lenient towards sloppy
// clients). Streaming: a CR at the end of one DATA block is held until the next block shows what
// follows it; finish() hands out a CR left at the very end.
class NetasciiDecoder
{
public:
    QByteArray decode(QByteArrayView chunk);
    QByteArray finish();

private:
    bool m_pendingCr = false;
};

} // namespace Bootcast
