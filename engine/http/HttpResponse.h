#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <utility>

namespace Bootcast {

// The status line and header fields of one response. Pure: builds bytes, sends nothing.
// Responses always say HTTP/1.1 (RFC 9110 2.5: a server sends its own highest version).
class HttpResponse
{
public:
    explicit HttpResponse(int status = 200) : m_status(status) {}

    int status() const { return m_status; }
    void setStatus(int status) { m_status = status; }

    // Replaces a field of that name (case-insensitive) or appends it.
    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
    const QList<std::pair<QByteArray, QByteArray>> &headers() const { return m_headers; }

    // "HTTP/1.1 200 OK\r\nName: value\r\n...\r\n\r\n"
    QByteArray serialize() const;

    static QByteArray reasonPhrase(int status);
    // IMF-fixdate (RFC 9110 5.6.7): "Sun, 06 Nov 1994 08:49:37 GMT".
    static QByteArray httpDate(const QDateTime &time);
    // The short text body of an error answer: "404 Not Found\n". Protocol text, like the reason
    // phrase, so it is not translated: the client's screen does not share the server's language.
    static QByteArray errorBody(int status);

private:
    int m_status;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
};

} // namespace Bootcast
