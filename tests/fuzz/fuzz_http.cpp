// Fuzz target for the HTTP codec: request parser, Range evaluation, multipart layout, iPXE script
// rendering. Invariants: nothing crashes; feeding the bytes at once or in pieces gives the same
// result; a complete request has sane fields (a '/' path without control characters, lower-case
// token header names, a body within the limit); an error carries one of the documented statuses;
// ranges are ascending, disjoint and inside the size; a multipart body's size is the sum of its parts;
// rendering leaves text without placeholders alone and never lets a query value in unsanitised.

#include "http/HttpBody.h"
#include "http/HttpRange.h"
#include "http/HttpRequestParser.h"
#include "http/IpxeTemplate.h"

#include <cstdint>
#include <cstdlib>
#include <limits>

using namespace Bootcast;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

void checkRequest(const HttpRequest &r)
{
    check(r.path.startsWith(u'/'));
    for (QChar c : r.path)
        check(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    check(r.minorVersion == 0 || r.minorVersion == 1);
    check(r.contentLength >= 0 && r.contentLength <= HttpRequestParser::MaxBodyBytes);
    check(!r.target.isEmpty());
    for (char c : r.target)
        check(uchar(c) > 0x20 && uchar(c) < 0x7f);
    check(r.headers.size() <= HttpRequestParser::MaxHeaderCount);
    for (const auto &[name, value] : r.headers) {
        check(!name.isEmpty());
        for (char c : name)
            check(isTokenChar(c));
        check(!value.contains('\r') && !value.contains('\n') && !value.contains('\0'));
    }
    for (const auto &[key, value] : r.query)
        check(!key.isEmpty() && !key.contains(QChar(0)) && !value.contains(QChar(0)));
    if (r.minorVersion == 1)
        check(r.hasHeader("host"));
}

void checkFailure(const HttpRequestParser::Failure &f)
{
    switch (f.status) {
    case 400: case 405: case 413: case 414: case 431: case 501: case 505: break;
    default: std::abort();
    }
    check(!f.message.isEmpty());
}

// Runs a parser to its end: every pipelined request, bounded.
QList<HttpRequest> drain(HttpRequestParser &parser, int *errorStatus)
{
    QList<HttpRequest> requests;
    *errorStatus = 0;
    for (int i = 0; i < 1000 && parser.state() == HttpRequestParser::State::Complete; ++i) {
        checkRequest(parser.request());
        requests.append(parser.request());
        parser.next();
    }
    if (parser.state() == HttpRequestParser::State::Error) {
        checkFailure(parser.failure());
        *errorStatus = parser.failure().status;
    }
    return requests;
}

void fuzzParser(QByteArrayView input)
{
    HttpRequestParser whole;
    whole.feed(input);
    int wholeError = 0;
    const QList<HttpRequest> wholeRequests = drain(whole, &wholeError);

    // The same bytes in pieces whose sizes come from the bytes themselves.
    HttpRequestParser split;
    QList<HttpRequest> splitRequests;
    int splitError = 0;
    qsizetype pos = 0;
    while (pos < input.size()) {
        const qsizetype piece = std::min<qsizetype>(1 + uchar(input[pos]) % 23, input.size() - pos);
        split.feed(input.sliced(pos, piece));
        pos += piece;
        splitRequests += drain(split, &splitError);
        if (split.state() == HttpRequestParser::State::Error)
            break;
    }
    check(splitRequests == wholeRequests);
    check(splitError == wholeError);
    check(split.state() == whole.state());
}

void checkRange(QByteArrayView value, qint64 size)
{
    const HttpRange::Result result = HttpRange::evaluate(value, size);
    switch (result.outcome) {
    case HttpRange::Outcome::Full:
    case HttpRange::Outcome::Unsatisfiable:
        check(result.spans.isEmpty());
        check(result.outcome == HttpRange::Outcome::Full || size > 0);
        return;
    case HttpRange::Outcome::Partial:
        break;
    }
    check(!result.spans.isEmpty() && result.spans.size() <= HttpRange::MaxRanges);
    qint64 previousLast = -2;
    qint64 total = 0;
    for (const HttpRange::Span &s : result.spans) {
        check(s.first >= 0 && s.first <= s.last && s.last < size);
        check(s.first > previousLast + 1); // ascending, disjoint, not adjacent
        previousLast = s.last;
        total += s.length();
    }
    check(total <= size);
    const HttpBody body = HttpBody::multipart(result.spans, size, "application/octet-stream", "b");
    qint64 sum = 0;
    qint64 entityBytes = 0;
    for (const HttpBody::Piece &p : body.pieces()) {
        sum += p.length;
        if (p.fromEntity) {
            check(p.offset >= 0 && p.length > 0 && p.offset + p.length <= size);
            entityBytes += p.length;
        } else {
            check(p.length == p.bytes.size());
        }
    }
    check(sum == body.size());
    check(entityBytes == total);
    check(!HttpRange::contentRange(result.spans.front(), size).isEmpty());
}

void fuzzRanges(QByteArrayView input)
{
    // The first line as a Range value; also behind "bytes=" so the range-set grammar gets exercised.
    const qsizetype newline = input.indexOf('\n');
    const QByteArrayView line = newline >= 0 ? input.first(newline) : input;
    const QByteArray prefixed = "bytes=" + line.toByteArray();
    for (qint64 size : {qint64(0), qint64(1), qint64(2), qint64(100), qint64(4294967295LL), qint64(4294967296LL),
                        qint64(5368709120LL), std::numeric_limits<qint64>::max()}) {
        checkRange(line, size);
        checkRange(prefixed, size);
    }
}

void fuzzTemplate(QByteArrayView input)
{
    const QString text = QString::fromUtf8(input.first(std::min<qsizetype>(input.size(), 64)));
    IpxeTemplate::Values values;
    values.server = QStringLiteral("10.0.0.1");
    values.httpPort = 8080;
    values.mac = IpxeTemplate::sanitizedMac(text);
    values.arch = IpxeTemplate::sanitizedArch(text);
    values.clientIp = QStringLiteral("10.0.0.50");
    for (QChar c : values.mac)
        check((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || c == u':');
    check(values.mac.isEmpty() || values.mac.size() == 17);
    for (QChar c : values.arch)
        check((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || c == u'-' || c == u'_');
    const QByteArray rendered = IpxeTemplate::render(input, values);
    if (!input.contains("{{"))
        check(rendered == input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzzParser(input);
    fuzzRanges(input);
    fuzzTemplate(input);
    return 0;
}
