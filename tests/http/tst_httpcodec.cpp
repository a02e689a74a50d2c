// The pure HTTP parts: request parser (limits, methods, percent-decoding, query strings, keep-alive,
// pipelining), Range evaluation, multipart bodies, content types, dates and iPXE script rendering.

#include "http/HttpBody.h"
#include "http/HttpContentType.h"
#include "http/HttpDirectoryListing.h"
#include "http/HttpRange.h"
#include "http/HttpRequestParser.h"
#include "http/HttpResponse.h"
#include "http/IpxeTemplate.h"

#include <QTest>
#include <QTimeZone>

using namespace Bootcast;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;

HttpRequestParser::State parseAll(HttpRequestParser &parser, const QByteArray &bytes)
{
    return parser.feed(bytes);
}

QString spansText(const QList<HttpRange::Span> &spans)
{
    QStringList parts;
    for (const HttpRange::Span &s : spans)
        parts.append(u"%1-%2"_s.arg(s.first).arg(s.last));
    return parts.join(u',');
}

QByteArray withHost(const QByteArray &requestLine, const QByteArray &headers = {})
{
    return requestLine + "\r\nHost: bootcast\r\n" + headers + "\r\n";
}

} // namespace

class TestHttpCodec : public QObject
{
    Q_OBJECT

private slots:
    void goodRequests_data();
    void goodRequests();
    void badRequests_data();
    void badRequests();
    void byteByByteEqualsWhole_data();
    void byteByByteEqualsWhole();
    void limitsHitBeforeTheEnd();
    void pipelined();
    void bodyDropped();
    void headersFolded();
    void percentDecode_data();
    void percentDecode();
    void query_data();
    void query();

    void ranges_data();
    void ranges();
    void contentRange();
    void multipartBody();
    void entityBody();

    void contentTypes_data();
    void contentTypes();
    void httpDate();
    void reasonAndErrorBody();
    void directoryListingEscapes();

    void render_data();
    void render();
    void sanitizedMac_data();
    void sanitizedMac();
    void sanitizedArch_data();
    void sanitizedArch();
    void urlHost();
};

// ---- request parser -------------------------------------------------------------------------

void TestHttpCodec::goodRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<bool>("head");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("minor");
    QTest::addColumn<bool>("keepAlive");

    QTest::newRow("get root") << withHost("GET / HTTP/1.1") << false << u"/"_s << 1 << true;
    QTest::newRow("head") << withHost("HEAD /boot.ipxe HTTP/1.1") << true << u"/boot.ipxe"_s << 1 << true;
    QTest::newRow("1.1 close") << withHost("GET /a HTTP/1.1", "Connection: close\r\n") << false << u"/a"_s << 1 << false;
    QTest::newRow("1.1 close among tokens") << withHost("GET /a HTTP/1.1", "Connection: Keep-Alive, CLOSE\r\n") << false
                                            << u"/a"_s << 1 << false;
    QTest::newRow("1.0 default close") << QByteArray("GET /a HTTP/1.0\r\n\r\n") << false << u"/a"_s << 0 << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << false
                                    << u"/a"_s << 0 << true;
    QTest::newRow("1.2 is 1.1") << withHost("GET /a HTTP/1.2") << false << u"/a"_s << 1 << true;
    QTest::newRow("bare LF") << QByteArray("GET /lf HTTP/1.1\nHost: x\n\n") << false << u"/lf"_s << 1 << true;
    QTest::newRow("leading empty lines") << QByteArray("\r\n\r\nGET /x HTTP/1.1\r\nHost: x\r\n\r\n") << false << u"/x"_s
                                         << 1 << true;
    QTest::newRow("absolute form") << withHost("GET http://example.org:8080/a/b?x=1 HTTP/1.1") << false << u"/a/b"_s
                                   << 1 << true;
    QTest::newRow("absolute form no path") << withHost("GET HTTP://example.org HTTP/1.1") << false << u"/"_s << 1 << true;
    QTest::newRow("percent space and slash") << withHost("GET /a%20b/c%2Fd HTTP/1.1") << false << u"/a b/c/d"_s << 1
                                             << true;
    QTest::newRow("encoded dots stay dots") << withHost("GET /%2e%2e/etc/passwd HTTP/1.1") << false
                                            << u"/../etc/passwd"_s << 1 << true;
    QTest::newRow("upper-case escapes") << withHost("GET /%2E%2E%5Cx HTTP/1.1") << false << u"/..\\x"_s << 1 << true;
    QTest::newRow("utf-8") << withHost("GET /%C3%A4%E2%82%AC.txt HTTP/1.1") << false << u"/\u00e4\u20ac.txt"_s << 1
                           << true;
    QTest::newRow("plus stays in path") << withHost("GET /a+b HTTP/1.1") << false << u"/a+b"_s << 1 << true;
    QTest::newRow("fragment cut") << withHost("GET /a#frag HTTP/1.1") << false << u"/a"_s << 1 << true;
    QTest::newRow("empty header value") << withHost("GET /a HTTP/1.1", "X-Empty:\r\n") << false << u"/a"_s << 1 << true;
    QTest::newRow("obs-text in value") << withHost("GET /a HTTP/1.1", "User-Agent: caf\xc3\xa9\r\n") << false << u"/a"_s
                                       << 1 << true;
}

void TestHttpCodec::goodRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(bool, head);
    QFETCH(QString, path);
    QFETCH(int, minor);
    QFETCH(bool, keepAlive);

    HttpRequestParser parser;
    QCOMPARE(parseAll(parser, raw), HttpRequestParser::State::Complete);
    const HttpRequest &r = parser.request();
    QCOMPARE(r.isHead(), head);
    QCOMPARE(r.path, path);
    QCOMPARE(r.minorVersion, minor);
    QCOMPARE(r.keepAlive, keepAlive);
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestHttpCodec::badRequests_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");

    QTest::newRow("POST") << withHost("POST /upload HTTP/1.1", "Content-Length: 3\r\n") + "abc" << 405;
    QTest::newRow("PUT") << withHost("PUT /x HTTP/1.1") << 405;
    QTest::newRow("DELETE") << withHost("DELETE /x HTTP/1.1") << 405;
    QTest::newRow("OPTIONS *") << withHost("OPTIONS * HTTP/1.1") << 405;
    QTest::newRow("lower-case get") << withHost("get / HTTP/1.1") << 405;
    QTest::newRow("CONNECT") << withHost("CONNECT example.org:443 HTTP/1.1") << 405;
    QTest::newRow("method not a token") << withHost("GE(T / HTTP/1.1") << 400;

    QTest::newRow("encoded NUL") << withHost("GET /boot%00.ipxe HTTP/1.1") << 400;
    QTest::newRow("encoded newline") << withHost("GET /a%0ab HTTP/1.1") << 400;
    QTest::newRow("encoded DEL") << withHost("GET /a%7f HTTP/1.1") << 400;
    QTest::newRow("bad escape") << withHost("GET /%zz HTTP/1.1") << 400;
    QTest::newRow("short escape") << withHost("GET /a%4 HTTP/1.1") << 400;
    QTest::newRow("escape at end") << withHost("GET /a% HTTP/1.1") << 400;
    QTest::newRow("invalid utf-8") << withHost("GET /%ff%fe HTTP/1.1") << 400;
    QTest::newRow("raw byte in target") << withHost("GET /\xc3\xa4 HTTP/1.1") << 400;
    QTest::newRow("relative target") << withHost("GET boot.ipxe HTTP/1.1") << 400;
    QTest::newRow("asterisk with GET") << withHost("GET * HTTP/1.1") << 400;
    QTest::newRow("ftp scheme") << withHost("GET ftp://x/y HTTP/1.1") << 400;

    QTest::newRow("HTTP/2.0") << withHost("GET / HTTP/2.0") << 505;
    QTest::newRow("HTTP/0.9 style") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("version garbage") << withHost("GET / HTTP/1.1x") << 400;
    QTest::newRow("lower-case version") << withHost("GET / http/1.1") << 400;
    QTest::newRow("double space") << withHost("GET  / HTTP/1.1") << 400;
    QTest::newRow("trailing space") << withHost("GET / HTTP/1.1 ") << 400;
    QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\rHost: x\r\n\r\n") << 400;
    QTest::newRow("too many empty lines") << QByteArray(20, '\n') + withHost("GET / HTTP/1.1") << 400;

    QTest::newRow("1.1 without Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two Host") << withHost("GET / HTTP/1.1", "Host: other\r\n") << 400;
    QTest::newRow("obs-fold") << withHost("GET / HTTP/1.1", "X-A: one\r\n two\r\n") << 400;
    QTest::newRow("space before colon") << withHost("GET / HTTP/1.1", "X-A : one\r\n") << 400;
    QTest::newRow("no colon") << withHost("GET / HTTP/1.1", "garbage\r\n") << 400;
    QTest::newRow("NUL in value") << withHost("GET / HTTP/1.1", QByteArray("X-A: a\0b\r\n", 10)) << 400;

    QTest::newRow("CL and TE") << withHost("GET / HTTP/1.1", "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n") << 400;
    QTest::newRow("chunked body") << withHost("GET / HTTP/1.1", "Transfer-Encoding: chunked\r\n") << 501;
    QTest::newRow("CL not a number") << withHost("GET / HTTP/1.1", "Content-Length: abc\r\n") << 400;
    QTest::newRow("CL negative") << withHost("GET / HTTP/1.1", "Content-Length: -1\r\n") << 400;
    QTest::newRow("CL conflicting") << withHost("GET / HTTP/1.1", "Content-Length: 5\r\nContent-Length: 6\r\n") << 400;
    QTest::newRow("CL too large") << withHost("GET / HTTP/1.1", "Content-Length: 5000\r\n") << 413;
    QTest::newRow("CL huge") << withHost("GET / HTTP/1.1", "Content-Length: 999999999999999999999999\r\n") << 413;
    QTest::newRow("HEAD with big body") << withHost("HEAD / HTTP/1.1", "Content-Length: 100000\r\n") << 413;

    QTest::newRow("request line too long") << withHost("GET /" + QByteArray(9000, 'a') + " HTTP/1.1") << 414;
    QByteArray bigHeaders;
    for (int i = 0; i < 40; ++i)
        bigHeaders += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(1000, 'v') + "\r\n";
    QTest::newRow("headers over 32 KiB") << withHost("GET / HTTP/1.1", bigHeaders) << 431;
    QByteArray manyHeaders;
    for (int i = 0; i < 120; ++i)
        manyHeaders += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("more than 100 fields") << withHost("GET / HTTP/1.1", manyHeaders) << 431;
}

void TestHttpCodec::badRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    HttpRequestParser parser;
    QCOMPARE(parseAll(parser, raw), HttpRequestParser::State::Error);
    QCOMPARE(parser.failure().status, status);
    QVERIFY(!parser.failure().message.isEmpty());
    // An error is final: more bytes change nothing.
    QCOMPARE(parser.feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n"), HttpRequestParser::State::Error);
    QCOMPARE(parser.next(), HttpRequestParser::State::Error);
}

void TestHttpCodec::byteByByteEqualsWhole_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("simple") << withHost("GET /boot.ipxe?mac=52:54:00:12:34:56 HTTP/1.1", "Range: bytes=0-9\r\n");
    QTest::newRow("body") << withHost("GET / HTTP/1.1", "Content-Length: 4\r\n") + "abcd";
    QTest::newRow("error") << withHost("POST / HTTP/1.1");
    QTest::newRow("431") << withHost("GET / HTTP/1.1", "X: " + QByteArray(40000, 'x') + "\r\n");
}

void TestHttpCodec::byteByByteEqualsWhole()
{
    QFETCH(QByteArray, raw);
    HttpRequestParser whole;
    whole.feed(raw);
    HttpRequestParser bytewise;
    for (char c : std::as_const(raw)) {
        if (bytewise.feed(QByteArrayView(&c, 1)) != HttpRequestParser::State::NeedMore)
            break;
    }
    QCOMPARE(bytewise.state(), whole.state());
    if (whole.state() == HttpRequestParser::State::Complete)
        QCOMPARE(bytewise.request(), whole.request());
    else
        QCOMPARE(bytewise.failure().status, whole.failure().status);
}

void TestHttpCodec::limitsHitBeforeTheEnd()
{
    // A client that never ends its request line or headers is stopped at the limit, not buffered on.
    HttpRequestParser line;
    QCOMPARE(line.feed(QByteArray("GET /" + QByteArray(HttpRequestParser::MaxRequestLineBytes, 'a'))), HttpRequestParser::State::Error);
    QCOMPARE(line.failure().status, 414);

    HttpRequestParser headers;
    QCOMPARE(headers.feed(QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: " + QByteArray(HttpRequestParser::MaxHeaderBytes, 'v'))),
             HttpRequestParser::State::Error);
    QCOMPARE(headers.failure().status, 431);

    HttpRequestParser justUnder;
    const QByteArray value(HttpRequestParser::MaxHeaderBytes - 64, 'v');
    QCOMPARE(justUnder.feed(withHost("GET / HTTP/1.1", "X: " + value + "\r\n")), HttpRequestParser::State::Complete);
    QCOMPARE(justUnder.request().header("x"), value);
}

void TestHttpCodec::pipelined()
{
    HttpRequestParser parser;
    const QByteArray two = withHost("GET /one HTTP/1.1") + withHost("HEAD /two?x=1 HTTP/1.1") + "GET /thr";
    QCOMPARE(parser.feed(two), HttpRequestParser::State::Complete);
    QCOMPARE(parser.request().path, u"/one"_s);
    QCOMPARE(parser.next(), HttpRequestParser::State::Complete);
    QCOMPARE(parser.request().path, u"/two"_s);
    QVERIFY(parser.request().isHead());
    QCOMPARE(parser.request().queryValue(u"x"), u"1"_s);
    QCOMPARE(parser.next(), HttpRequestParser::State::NeedMore);
    QVERIFY(parser.hasPartialRequest());
    QCOMPARE(parser.feed("ee HTTP/1.1\r\nHost: h\r\n\r\n"), HttpRequestParser::State::Complete);
    QCOMPARE(parser.request().path, u"/three"_s);
    QCOMPARE(parser.next(), HttpRequestParser::State::NeedMore);
    QVERIFY(!parser.hasPartialRequest());
}

void TestHttpCodec::bodyDropped()
{
    HttpRequestParser parser;
    QCOMPARE(parser.feed(QByteArray(withHost("GET /a HTTP/1.1", "Content-Length: 5\r\n") + "hel")), HttpRequestParser::State::NeedMore);
    QCOMPARE(parser.feed("loGET /b HTTP/1.1\r\nHost: x\r\n\r\n"), HttpRequestParser::State::Complete);
    QCOMPARE(parser.request().path, u"/a"_s);
    QCOMPARE(parser.request().contentLength, 5);
    QCOMPARE(parser.next(), HttpRequestParser::State::Complete);
    QCOMPARE(parser.request().path, u"/b"_s);
}

void TestHttpCodec::headersFolded()
{
    HttpRequestParser parser;
    QCOMPARE(parser.feed(withHost("GET / HTTP/1.1", "Accept: a\r\nACCEPT: b\r\nX-Tab:\tv \t\r\nContent-Length: 0\r\n"
                                                   "content-length: 0\r\n")),
             HttpRequestParser::State::Complete);
    const HttpRequest &r = parser.request();
    QCOMPARE(r.header("accept"), "a, b"_ba);
    QCOMPARE(r.header("Accept"), "a, b"_ba);
    QCOMPARE(r.header("x-tab"), "v"_ba);
    QCOMPARE(r.header("host"), "bootcast"_ba);
    QVERIFY(r.header("missing").isNull());
    QVERIFY(!r.header("x-tab").isNull());
    for (const auto &[name, value] : r.headers)
        QCOMPARE(name, name.toLower());
}

void TestHttpCodec::percentDecode_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<bool>("plus");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("plain") << "abc"_ba << false << true << "abc"_ba;
    QTest::newRow("dots") << "%2e%2E"_ba << false << true << ".."_ba;
    QTest::newRow("nul decodes") << "a%00b"_ba << false << true << QByteArray("a\0b", 3);
    QTest::newRow("plus kept") << "a+b"_ba << false << true << "a+b"_ba;
    QTest::newRow("plus space") << "a+b"_ba << true << true << "a b"_ba;
    QTest::newRow("bad hex") << "%g0"_ba << false << false << QByteArray();
    QTest::newRow("truncated") << "ab%2"_ba << false << false << QByteArray();
}

void TestHttpCodec::percentDecode()
{
    QFETCH(QByteArray, in);
    QFETCH(bool, plus);
    QFETCH(bool, ok);
    QFETCH(QByteArray, out);
    const std::optional<QByteArray> decoded = HttpRequestParser::percentDecode(in, plus);
    QCOMPARE(decoded.has_value(), ok);
    if (ok)
        QCOMPARE(*decoded, out);
}

void TestHttpCodec::query_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("pairs"); // "k=v;k=v"
    QTest::newRow("none") << "/a"_ba << QString();
    QTest::newRow("mac and arch") << "/boot.ipxe?mac=52%3A54%3A00%3A12%3A34%3A56&arch=7"_ba
                                  << u"mac=52:54:00:12:34:56;arch=7"_s;
    QTest::newRow("raw colons") << "/boot.ipxe?mac=52:54:00:12:34:56"_ba << u"mac=52:54:00:12:34:56"_s;
    QTest::newRow("plus and empty") << "/x?a=b+c&empty=&flag&&=v"_ba << u"a=b c;empty=;flag="_s;
    QTest::newRow("bad pairs dropped") << "/x?bad=%zz&nul=%00&utf=%ff&ok=1"_ba << u"ok=1"_s;
    QTest::newRow("first of duplicates") << "/x?k=1&k=2"_ba << u"k=1;k=2"_s;
    QTest::newRow("value with equals") << "/x?k=a=b"_ba << u"k=a=b"_s;
}

void TestHttpCodec::query()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, pairs);
    HttpRequestParser parser;
    QCOMPARE(parser.feed(withHost("GET " + target + " HTTP/1.1")), HttpRequestParser::State::Complete);
    QStringList got;
    for (const auto &[k, v] : parser.request().query)
        got.append(k + u'=' + v);
    QCOMPARE(got.join(u';'), pairs);
    if (target.contains("k=1&k=2"))
        QCOMPARE(parser.request().queryValue(u"k"), u"1"_s);
    if (target.contains("empty="))
        QVERIFY(!parser.request().queryValue(u"empty").isNull());
    QVERIFY(parser.request().queryValue(u"absent").isNull());
}

// ---- ranges --------------------------------------------------------------------------------

void TestHttpCodec::ranges_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("outcome"); // 200 full, 206 partial, 416 unsatisfiable
    QTest::addColumn<QString>("spans");

    QTest::newRow("no header") << QByteArray() << qint64(100) << 200 << QString();
    QTest::newRow("0-0") << "bytes=0-0"_ba << qint64(100) << 206 << u"0-0"_s;
    QTest::newRow("N-M") << "bytes=10-19"_ba << qint64(100) << 206 << u"10-19"_s;
    QTest::newRow("N-") << "bytes=90-"_ba << qint64(100) << 206 << u"90-99"_s;
    QTest::newRow("-N") << "bytes=-10"_ba << qint64(100) << 206 << u"90-99"_s;
    QTest::newRow("-N larger than size") << "bytes=-200"_ba << qint64(100) << 206 << u"0-99"_s;
    QTest::newRow("last clamped") << "bytes=10-1000"_ba << qint64(100) << 206 << u"10-99"_s;
    QTest::newRow("whole as range") << "bytes=0-"_ba << qint64(100) << 206 << u"0-99"_s;
    QTest::newRow("unit case") << "BYTES=0-0"_ba << qint64(100) << 206 << u"0-0"_s;
    QTest::newRow("whitespace") << "  bytes=0-1 ,\t5-6  "_ba << qint64(100) << 206 << u"0-1,5-6"_s;
    QTest::newRow("empty elements") << "bytes=,0-1,,5-6,"_ba << qint64(100) << 206 << u"0-1,5-6"_s;
    QTest::newRow("multiple") << "bytes=0-1,5-6,-2"_ba << qint64(100) << 206 << u"0-1,5-6,98-99"_s;
    QTest::newRow("unsorted sorted") << "bytes=50-59,0-9"_ba << qint64(100) << 206 << u"0-9,50-59"_s;
    QTest::newRow("overlap coalesced") << "bytes=0-10,5-20"_ba << qint64(100) << 206 << u"0-20"_s;
    QTest::newRow("adjacent coalesced") << "bytes=0-4,5-9"_ba << qint64(100) << 206 << u"0-9"_s;
    QTest::newRow("contained coalesced") << "bytes=0-50,10-20"_ba << qint64(100) << 206 << u"0-50"_s;
    QTest::newRow("suffix overlaps") << "bytes=80-89,-15"_ba << qint64(100) << 206 << u"80-99"_s;
    QTest::newRow("gap kept") << "bytes=0-4,6-9"_ba << qint64(100) << 206 << u"0-4,6-9"_s;
    QTest::newRow("unsatisfiable dropped") << "bytes=50-60,200-"_ba << qint64(100) << 206 << u"50-60"_s;

    QTest::newRow("beyond size") << "bytes=100-"_ba << qint64(100) << 416 << QString();
    QTest::newRow("beyond size N-M") << "bytes=100-200"_ba << qint64(100) << 416 << QString();
    QTest::newRow("all beyond") << "bytes=100-200,300-"_ba << qint64(100) << 416 << QString();
    QTest::newRow("-0") << "bytes=-0"_ba << qint64(100) << 416 << QString();
    QTest::newRow("huge first") << "bytes=99999999999999999999999-"_ba << qint64(100) << 416 << QString();

    QTest::newRow("last < first ignored") << "bytes=5-2"_ba << qint64(100) << 200 << QString();
    QTest::newRow("one bad spec ignores all") << "bytes=0-1,x"_ba << qint64(100) << 200 << QString();
    QTest::newRow("other unit") << "items=0-1"_ba << qint64(100) << 200 << QString();
    QTest::newRow("no equals") << "bytes 0-1"_ba << qint64(100) << 200 << QString();
    QTest::newRow("space before equals") << "bytes =0-1"_ba << qint64(100) << 200 << QString();
    QTest::newRow("empty set") << "bytes="_ba << qint64(100) << 200 << QString();
    QTest::newRow("only commas") << "bytes=,,"_ba << qint64(100) << 200 << QString();
    QTest::newRow("no dash") << "bytes=5"_ba << qint64(100) << 200 << QString();
    QTest::newRow("double dash") << "bytes=--1"_ba << qint64(100) << 200 << QString();
    QTest::newRow("three parts") << "bytes=1-2-3"_ba << qint64(100) << 200 << QString();
    QTest::newRow("sign") << "bytes=+1-2"_ba << qint64(100) << 200 << QString();
    QTest::newRow("lone dash") << "bytes=-"_ba << qint64(100) << 200 << QString();
    QTest::newRow("empty file") << "bytes=0-"_ba << qint64(0) << 200 << QString();
    QTest::newRow("empty file suffix") << "bytes=-5"_ba << qint64(0) << 200 << QString();

    QByteArray many = "bytes=";
    for (int i = 0; i <= HttpRange::MaxRanges; ++i)
        many += QByteArray::number(i * 2) + '-' + QByteArray::number(i * 2) + ',';
    QTest::newRow("too many ranges ignored") << many << qint64(1000) << 200 << QString();
    QByteArray allowed = "bytes=";
    for (int i = 0; i < HttpRange::MaxRanges; ++i)
        allowed += "0-0,";
    QTest::newRow("max ranges ok") << allowed << qint64(1000) << 206 << u"0-0"_s;

    const qint64 five = 5 * GiB;
    QTest::newRow("5 GiB past 4 GiB") << "bytes=4294967296-4294967305"_ba << five << 206
                                      << u"4294967296-4294967305"_s;
    QTest::newRow("5 GiB suffix") << "bytes=-1"_ba << five << 206 << u"5368709119-5368709119"_s;
    QTest::newRow("5 GiB open") << "bytes=5368709000-"_ba << five << 206 << u"5368709000-5368709119"_s;
    QTest::newRow("5 GiB beyond") << "bytes=5368709120-"_ba << five << 416 << QString();
    QTest::newRow("5 GiB multiple") << "bytes=0-0,4294967295-4294967296"_ba << five << 206
                                    << u"0-0,4294967295-4294967296"_s;
    QTest::newRow("huge last clamped") << "bytes=0-99999999999999999999999"_ba << five << 206 << u"0-5368709119"_s;
}

void TestHttpCodec::ranges()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, size);
    QFETCH(int, outcome);
    QFETCH(QString, spans);
    const HttpRange::Result result = HttpRange::evaluate(header, size);
    const int got = result.outcome == HttpRange::Outcome::Full ? 200
        : result.outcome == HttpRange::Outcome::Partial        ? 206
                                                               : 416;
    QCOMPARE(got, outcome);
    QCOMPARE(spansText(result.spans), spans);
    for (const HttpRange::Span &s : result.spans) {
        QVERIFY(s.first >= 0 && s.first <= s.last && s.last < size);
    }
}

void TestHttpCodec::contentRange()
{
    QCOMPARE(HttpRange::contentRange({0, 0}, 1), "bytes 0-0/1"_ba);
    QCOMPARE(HttpRange::contentRange({4294967296LL, 5368709119LL}, 5 * GiB), "bytes 4294967296-5368709119/5368709120"_ba);
    QCOMPARE(HttpRange::unsatisfiedContentRange(5 * GiB), "bytes */5368709120"_ba);
}

void TestHttpCodec::multipartBody()
{
    const QList<HttpRange::Span> spans{{0, 9}, {4294967296LL, 4294967299LL}};
    const HttpBody body = HttpBody::multipart(spans, 5 * GiB, "application/x-iso9660-image", "BOUND");
    const QList<HttpBody::Piece> &pieces = body.pieces();
    QCOMPARE(pieces.size(), 5); // header, span, CRLF+header, span, CRLF+end
    QCOMPARE(pieces[0].bytes, "--BOUND\r\nContent-Type: application/x-iso9660-image\r\nContent-Range: bytes 0-9/5368709120\r\n\r\n"_ba);
    QVERIFY(pieces[1].fromEntity);
    QCOMPARE(pieces[1].offset, 0);
    QCOMPARE(pieces[1].length, 10);
    QCOMPARE(pieces[2].bytes,
             "\r\n--BOUND\r\nContent-Type: application/x-iso9660-image\r\nContent-Range: bytes 4294967296-4294967299/5368709120\r\n\r\n"_ba);
    QCOMPARE(pieces[3].offset, 4294967296LL);
    QCOMPARE(pieces[3].length, 4);
    QCOMPARE(pieces[4].bytes, "\r\n--BOUND--\r\n"_ba);
    qint64 total = 0;
    for (const HttpBody::Piece &p : pieces)
        total += p.length;
    QCOMPARE(body.size(), total);
    QCOMPARE(pieces[0].length, pieces[0].bytes.size());

    const QByteArray boundary = HttpBody::makeBoundary();
    QVERIFY(boundary.startsWith("bootcast-"));
    QCOMPARE(boundary.size(), 25);
    QVERIFY(boundary != HttpBody::makeBoundary());
}

void TestHttpCodec::entityBody()
{
    const HttpBody body = HttpBody::entity(5, 10);
    QCOMPARE(body.size(), 10);
    QCOMPARE(body.pieces().size(), 1);
    QVERIFY(HttpBody::entity(0, 0).isEmpty());
    QVERIFY(HttpBody::entity(0, 0).pieces().isEmpty());
}

// ---- content types, dates ------------------------------------------------------------------

void TestHttpCodec::contentTypes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("ipxe") << u"boot.ipxe"_s << "text/plain; charset=utf-8"_ba;
    QTest::newRow("IPXE upper") << u"menus/BOOT.IPXE"_s << "text/plain; charset=utf-8"_ba;
    QTest::newRow("efi") << u"ipxe.efi"_s << "application/octet-stream"_ba;
    QTest::newRow("kpxe") << u"undionly.kpxe"_s << "application/octet-stream"_ba;
    QTest::newRow("pxelinux.0") << u"pxelinux.0"_s << "application/octet-stream"_ba;
    QTest::newRow("iso") << u"isos/ubuntu-24.04.iso"_s << "application/x-iso9660-image"_ba;
    QTest::newRow("html") << u"index.html"_s << "text/html; charset=utf-8"_ba;
    QTest::newRow("txt") << u"readme.txt"_s << "text/plain; charset=utf-8"_ba;
    QTest::newRow("cfg") << u"pxelinux.cfg/menu.cfg"_s << "text/plain; charset=utf-8"_ba;
    QTest::newRow("img") << u"disk.img"_s << "application/octet-stream"_ba;
    QTest::newRow("squashfs") << u"casper/filesystem.squashfs"_s << "application/octet-stream"_ba;
    QTest::newRow("wim") << u"sources/boot.wim"_s << "application/x-ms-wim"_ba;
    QTest::newRow("gz") << u"initrd.gz"_s << "application/gzip"_ba;
    QTest::newRow("no extension") << u"casper/vmlinuz"_s << "application/octet-stream"_ba;
    QTest::newRow("dot file") << u".ipxe"_s << "application/octet-stream"_ba;
    QTest::newRow("dot in folder") << u"a.txt/kernel"_s << "application/octet-stream"_ba;
    QTest::newRow("trailing dot") << u"file."_s << "application/octet-stream"_ba;
    QTest::newRow("unknown") << u"x.unknownext"_s << "application/octet-stream"_ba;
}

void TestHttpCodec::contentTypes()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, type);
    QCOMPARE(HttpContentType::forFileName(name), type);
}

void TestHttpCodec::httpDate()
{
    const QDateTime t(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    QCOMPARE(HttpResponse::httpDate(t), "Sun, 06 Nov 1994 08:49:37 GMT"_ba);
    const QDateTime local(QDate(2024, 2, 29), QTime(23, 30, 0), QTimeZone(3600));
    QCOMPARE(HttpResponse::httpDate(local), "Thu, 29 Feb 2024 22:30:00 GMT"_ba);
}

void TestHttpCodec::reasonAndErrorBody()
{
    QCOMPARE(HttpResponse::reasonPhrase(416), "Range Not Satisfiable"_ba);
    QCOMPARE(HttpResponse::errorBody(431), "431 Request Header Fields Too Large\n"_ba);
    HttpResponse r(206);
    r.setHeader("Content-Length", "5");
    r.setHeader("content-length", "6");
    QCOMPARE(r.serialize(), "HTTP/1.1 206 Partial Content\r\nContent-Length: 6\r\n\r\n"_ba);
}

void TestHttpCodec::directoryListingEscapes()
{
    const QList<HttpDirectoryListing::Entry> entries{
        {u"<script>alert(1)<\\script>.iso"_s, false, 42, QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc())},
        {u"a \"q\" & b"_s, true, 0, QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc())},
    };
    const QByteArray html = HttpDirectoryListing::html(u"/isos/<x>/"_s, entries, false);
    QVERIFY(!html.contains("<script>"));
    QVERIFY(html.contains("&lt;script&gt;alert(1)&lt;\\script&gt;.iso"));
    QVERIFY(html.contains("href=\"/isos/%3Cx%3E/%3Cscript%3Ealert%281%29%3C%5Cscript%3E.iso\""));
    QVERIFY(html.contains("href=\"/isos/%3Cx%3E/a%20%22q%22%20%26%20b/\""));
    QVERIFY(html.contains("a &quot;q&quot; &amp; b/"));
    QVERIFY(html.contains("href=\"/isos/\">../"));
    QVERIFY(html.contains("Index of /isos/&lt;x&gt;/"));
}

// ---- iPXE templates ------------------------------------------------------------------------

void TestHttpCodec::render_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<QByteArray>("expected");

    const QString mac = u"52:54:00:12:34:56"_s;
    QTest::newRow("all placeholders")
        << "#!ipxe\n{{server}} {{http_port}} {{tftp_port}} {{base_url}} {{mac}} {{arch}} {{client_ip}}\n"_ba << mac
        << u"uefi-x64"_s << "#!ipxe\n10.0.0.1 8080 69 http://10.0.0.1:8080 52:54:00:12:34:56 uefi-x64 10.0.0.50\n"_ba;
    QTest::newRow("ipxe variables untouched")
        << "chain {{base_url}}/menu.ipxe?mac=${net0/mac}&ip=${ip} ${net0/mac:hexhyp} ${buildarch}"_ba << mac
        << QString() << "chain http://10.0.0.1:8080/menu.ipxe?mac=${net0/mac}&ip=${ip} ${net0/mac:hexhyp} ${buildarch}"_ba;
    QTest::newRow("spaces in braces") << "{{ mac }}|{{  server}}"_ba << mac << QString()
                                      << "52:54:00:12:34:56|10.0.0.1"_ba;
    QTest::newRow("unknown names stay") << "{{nope}} {{MAC}} {{}} {{ }} {{mac"_ba << mac << QString()
                                        << "{{nope}} {{MAC}} {{}} {{ }} {{mac"_ba;
    QTest::newRow("empty value renders empty") << "a{{mac}}b{{arch}}c"_ba << QString() << QString() << "abc"_ba;
    QTest::newRow("triple braces") << "{{{mac}}}"_ba << mac << QString() << "{52:54:00:12:34:56}"_ba;
    QTest::newRow("single pass") << "{{mac}}"_ba << u"{{server}}"_s << QString() << "{{server}}"_ba;
    QTest::newRow("no placeholders") << "#!ipxe\nexit\n"_ba << mac << QString() << "#!ipxe\nexit\n"_ba;
    QTest::newRow("binary safe") << QByteArray("\0{{tftp_port}}\xff", 15) << mac << QString() << QByteArray("\0" "69\xff", 4);
    QTest::newRow("long name not a placeholder") << "{{" + QByteArray(100, 'a') + "}}" << mac << QString()
                                                 << "{{" + QByteArray(100, 'a') + "}}";
}

void TestHttpCodec::render()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, mac);
    QFETCH(QString, arch);
    QFETCH(QByteArray, expected);
    IpxeTemplate::Values values;
    values.server = u"10.0.0.1"_s;
    values.httpPort = 8080;
    values.tftpPort = 69;
    values.mac = mac;
    values.arch = arch;
    values.clientIp = u"10.0.0.50"_s;
    QCOMPARE(IpxeTemplate::render(script, values), expected);
}

void TestHttpCodec::sanitizedMac_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("colons") << u"52:54:00:12:34:56"_s << u"52:54:00:12:34:56"_s;
    QTest::newRow("upper") << u"52:54:00:AB:CD:EF"_s << u"52:54:00:ab:cd:ef"_s;
    QTest::newRow("hyphens") << u"52-54-00-ab-cd-ef"_s << u"52:54:00:ab:cd:ef"_s;
    QTest::newRow("bare hex") << u"525400abcdef"_s << u"52:54:00:ab:cd:ef"_s;
    QTest::newRow("injection") << u"52:54:00:12:34:56\nshell"_s << QString();
    QTest::newRow("ipxe command") << u"x; chain http://evil/"_s << QString();
    QTest::newRow("placeholder") << u"{{server}}"_s << QString();
    QTest::newRow("variable") << u"${net0/mac}"_s << QString();
    QTest::newRow("short") << u"52:54:00"_s << QString();
    QTest::newRow("long") << u"52:54:00:12:34:56:78"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("huge") << QString(5000, u'a') << QString();
}

void TestHttpCodec::sanitizedMac()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(IpxeTemplate::sanitizedMac(value), expected);
}

void TestHttpCodec::sanitizedArch_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bios") << u"0"_s << u"bios"_s;
    QTest::newRow("uefi x64") << u"7"_s << u"uefi-x64"_s;
    QTest::newRow("uefi x64 9") << u"00009"_s << u"uefi-x64"_s;
    QTest::newRow("unknown number") << u"300"_s << u"arch-300"_s;
    QTest::newRow("max") << u"65535"_s << u"arch-65535"_s;
    QTest::newRow("too big") << u"65536"_s << QString();
    QTest::newRow("too many digits") << u"000007"_s << QString();
    QTest::newRow("buildarch") << u"x86_64"_s << u"x86_64"_s;
    QTest::newRow("tag") << u"UEFI-x64"_s << u"uefi-x64"_s;
    QTest::newRow("space") << u"x86 64"_s << QString();
    QTest::newRow("newline") << u"efi\nshell"_s << QString();
    QTest::newRow("slash") << u"../x"_s << QString();
    QTest::newRow("braces") << u"{{mac}}"_s << QString();
    QTest::newRow("dollar") << u"${buildarch}"_s << QString();
    QTest::newRow("non-ascii") << u"\u00e4"_s << QString();
    QTest::newRow("long") << QString(33, u'a') << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestHttpCodec::sanitizedArch()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(IpxeTemplate::sanitizedArch(value), expected);
}

void TestHttpCodec::urlHost()
{
    QCOMPARE(IpxeTemplate::urlHost(QHostAddress(u"192.168.2.2"_s)), u"192.168.2.2"_s);
    QCOMPARE(IpxeTemplate::urlHost(QHostAddress(u"::ffff:192.168.2.2"_s)), u"192.168.2.2"_s);
    QCOMPARE(IpxeTemplate::urlHost(QHostAddress(u"fe80::1%eth0"_s)), u"[fe80::1]"_s);
    QCOMPARE(IpxeTemplate::baseUrl(u"10.0.0.1"_s, 80), u"http://10.0.0.1"_s);
    QCOMPARE(IpxeTemplate::baseUrl(u"[::1]"_s, 8080), u"http://[::1]:8080"_s);
    QVERIFY(IpxeTemplate::isTemplateName(u"menus/Boot.IPXE"));
    QVERIFY(!IpxeTemplate::isTemplateName(u"boot.ipxe.bak"));
}

QTEST_GUILESS_MAIN(TestHttpCodec)
#include "tst_httpcodec.moc"
