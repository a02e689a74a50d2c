#include "HttpBody.h"

#include <QRandomGenerator>

namespace Bootcast {

void HttpBody::appendBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (!m_pieces.isEmpty() && !m_pieces.back().fromEntity) {
        m_pieces.back().bytes += bytes;
        m_pieces.back().length += bytes.size();
    } else {
        Piece piece;
        piece.bytes = bytes;
        piece.length = bytes.size();
        m_pieces.append(piece);
    }
    m_size += bytes.size();
}

void HttpBody::appendEntity(qint64 offset, qint64 length)
{
    if (length <= 0)
        return;
    Piece piece;
    piece.fromEntity = true;
    piece.offset = offset;
    piece.length = length;
    m_pieces.append(piece);
    m_size += length;
}

HttpBody HttpBody::entity(qint64 offset, qint64 length)
{
    HttpBody body;
    body.appendEntity(offset, length);
    return body;
}

HttpBody HttpBody::multipart(const QList<HttpRange::Span> &spans, qint64 entitySize, const QByteArray &contentType,
                             const QByteArray &boundary)
{
    HttpBody body;
    for (const HttpRange::Span &span : spans) {
        body.appendBytes("--" + boundary + "\r\nContent-Type: " + contentType + "\r\nContent-Range: "
                         + HttpRange::contentRange(span, entitySize) + "\r\n\r\n");
        body.appendEntity(span.first, span.length());
        body.appendBytes(QByteArrayLiteral("\r\n"));
    }
    body.appendBytes("--" + boundary + "--\r\n");
    return body;
}

QByteArray HttpBody::makeBoundary()
{
    const quint64 random = QRandomGenerator::global()->generate64();
    return "bootcast-" + QByteArray::number(random, 16).rightJustified(16, '0');
}

} // namespace Bootcast
