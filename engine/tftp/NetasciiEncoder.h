#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

namespace Bootcast {

// Netascii (RFC 764, as RFC 1350 uses it) for read requests in "netascii" mode, as a stream:
// LF becomes CR LF and CR becomes CR NUL, the way Unix TFTP servers (tftpd-hpa) convert, so a
// client that decodes netascii gets the file's bytes back exactly. A CR LF already in the file
// therefore goes out as CR NUL CR LF.
//
// read(n) hands out exactly n converted bytes (fewer only at the end of the file), so DATA blocks
// are cut from the converted stream and an expansion may straddle two blocks. The file is read in
// pieces no larger than one block; nothing else is kept.
class NetasciiEncoder
{
public:
    explicit NetasciiEncoder(QIODevice *source);

    Expected<QByteArray> read(qsizetype maxSize);
    bool atEnd() const;
    qint64 sourceBytesRead() const { return m_sourceBytes; }

    // Whole-buffer conversion, and the size it converts to.
    static QByteArray encode(QByteArrayView raw);
    static qint64 encodedSize(QByteArrayView raw);

private:
    QIODevice *m_source;
    QByteArray m_pending; // converted bytes not handed out yet
    qint64 m_sourceBytes = 0;
    bool m_sourceDone = false;
};

} // namespace Bootcast
