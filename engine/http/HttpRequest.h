#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Bootcast {

// One parsed HTTP/1.x request (what HttpRequestParser hands out). Only GET and HEAD get this far;
// a request body (at most HttpRequestParser::MaxBodyBytes) has been read and dropped.
struct HttpRequest
{
    enum class Method : quint8 { Get, Head };

    Method method = Method::Get;
    QByteArray target;   // the request target exactly as sent (origin or absolute form)
    QString path;        // percent-decoded, UTF-8, always starts with '/'; no NUL or control characters
    QByteArray rawQuery; // after '?', undecoded
    // Decoded key/value pairs of the query in order ('+' is a space); pairs that do not decode are dropped.
    QList<std::pair<QString, QString>> query;
    int minorVersion = 1; // HTTP/1.<minorVersion>: 0 or 1
    // Lower-case names; repeated fields folded into one, values joined with ", " (RFC 9110 5.3).
    QList<std::pair<QByteArray, QByteArray>> headers;
    qint64 contentLength = 0; // of the dropped body
    bool keepAlive = true;    // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with "keep-alive"

    bool isHead() const { return method == Method::Head; }
    QByteArray methodName() const;
    // The value of a field (name case-insensitive), a null QByteArray when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const { return !header(name).isNull(); }
    // The first value given for key (case-sensitive), a null QString when absent.
    QString queryValue(QStringView key) const;

    friend bool operator==(const HttpRequest &, const HttpRequest &) = default;
};

} // namespace Bootcast
