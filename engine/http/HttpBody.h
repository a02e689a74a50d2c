#pragma once

#include "HttpRange.h"

#include <QByteArray>
#include <QList>

namespace Bootcast {

// What a response body is made of, without the data: literal bytes (multipart framing, error text)
// and spans of the entity (a file on disk or a rendered script), which the connection reads a piece
// at a time while it sends. Pure; size() is the Content-Length.
class HttpBody
{
public:
    struct Piece
    {
        QByteArray bytes;    // literal bytes when !fromEntity
        qint64 offset = 0;   // entity span when fromEntity
        qint64 length = 0;   // bytes of the piece either way
        bool fromEntity = false;
        friend bool operator==(const Piece &, const Piece &) = default;
    };

    void appendBytes(const QByteArray &bytes);
    void appendEntity(qint64 offset, qint64 length);

    const QList<Piece> &pieces() const { return m_pieces; }
    qint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // The whole entity, or one span of it.
    static HttpBody entity(qint64 offset, qint64 length);
    // multipart/byteranges (RFC 9110 14.6): one part per span, each with Content-Type and
    // Content-Range, separated by "--boundary" lines and closed by "--boundary--".
    static HttpBody multipart(const QList<HttpRange::Span> &spans, qint64 entitySize, const QByteArray &contentType,
                              const QByteArray &boundary);
    // A fresh boundary: "bootcast-" and 16 random hex digits (RFC 2046: at most 70 characters).
    static QByteArray makeBoundary();

private:
    QList<Piece> m_pieces;
    qint64 m_size = 0;
};

} // namespace Bootcast
