#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Bootcast {

// Incremental HTTP/1.0 and 1.1 request parser (RFC 9112): bytes in, NeedMore / Complete / Error out.
// Pure: no sockets, no event loop. One parser per connection; after a Complete request, next() drops
// its bytes and goes on with what is already buffered (pipelined requests).
//
// Accepted: "GET" and "HEAD" (case-sensitive, as RFC 9110 9.1 says), origin-form ("/a/b?x=1") and
// absolute-form ("http://host/a") targets, CRLF or bare LF line ends, up to MaxLeadingEmptyLines empty
// lines before the request line. A body is allowed on GET/HEAD only with a Content-Length of at most
// MaxBodyBytes; it is read and dropped so keep-alive framing stays right.
//
// Errors carry the status to answer with (the connection is then closed):
//   400 malformed request line, target, header line, obsolete line folding, bare CR, bad or
//       conflicting Content-Length, two Host fields, HTTP/1.1 without Host, percent escapes that are
//       invalid or decode to NUL/control characters or to invalid UTF-8
//   405 any other well-formed method (the answer carries "Allow: GET, HEAD")
//   413 a body larger than MaxBodyBytes
//   414 a request line longer than MaxRequestLineBytes
//   431 header section larger than MaxHeaderBytes or more than MaxHeaderCount fields
//   501 a Transfer-Encoding (chunked request bodies are not supported)
//   505 an HTTP major version other than 1
class HttpRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(Bootcast::HttpRequestParser)

public:
    enum class State : quint8 { NeedMore, Complete, Error };

    struct Failure
    {
        int status = 0;     // 400, 405, 413, 414, 431, 501, 505
        QString message;    // translated, for the log: what was wrong
        QByteArray method;  // the method when it was readable (405)
    };

    static constexpr qsizetype MaxRequestLineBytes = 8 * 1024;
    static constexpr qsizetype MaxHeaderBytes = 32 * 1024; // every header line with its line end
    static constexpr int MaxHeaderCount = 100;
    static constexpr qint64 MaxBodyBytes = 4 * 1024;
    static constexpr int MaxLeadingEmptyLines = 8;

    // Appends bytes and parses as far as they go. Bytes fed after Complete are kept for next().
    State feed(QByteArrayView bytes);
    State state() const { return m_state; }
    // The request (valid when state() is Complete).
    const HttpRequest &request() const { return m_request; }
    // Why parsing failed (valid when state() is Error).
    const Failure &failure() const { return m_failure; }
    // Drops the completed request and parses the bytes that followed it.
    State next();
    // Received and not yet part of a completed request (after next(): the pipelined rest).
    qsizetype bufferedBytes() const { return m_buffer.size() - m_end; }
    // True when some bytes of a request that is not yet complete have arrived.
    bool hasPartialRequest() const { return m_state == State::NeedMore && m_buffer.size() > 0; }
    void reset();

    // Percent-decoding (RFC 3986 2.1). nullopt for a '%' not followed by two hex digits.
    static std::optional<QByteArray> percentDecode(QByteArrayView text, bool plusIsSpace = false);
    // "a=1&b=x%20y&c" -> {a,1}, {b,"x y"}, {c,""}; pairs that are not valid UTF-8 or hold NUL are dropped.
    static QList<std::pair<QString, QString>> parseQuery(QByteArrayView query);

private:
    enum class Phase : quint8 { RequestLine, Headers, Body, Done };

    void parse();
    bool parseRequestLine(QByteArrayView line);
    bool parseTarget(QByteArrayView target);
    bool parseHeaderLine(QByteArrayView line);
    bool finishHeaders();
    void fail(int status, QString message);

    QByteArray m_buffer;
    Phase m_phase = Phase::RequestLine;
    State m_state = State::NeedMore;
    qsizetype m_scan = 0;      // where the search for the next line end goes on
    qsizetype m_lineStart = 0; // start of the line being read
    qsizetype m_headerStart = 0;
    qsizetype m_bodyStart = 0;
    qsizetype m_end = 0; // bytes of the completed request
    int m_emptyLines = 0;
    int m_headerCount = 0;
    bool m_hostSeen = false;
    HttpRequest m_request;
    Failure m_failure;
};

} // namespace Bootcast
