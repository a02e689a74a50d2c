// HttpServer in-process on 127.0.0.1 (in its own thread, as the engine runs it) with curl as the real
// client, plus a raw TCP client for pipelining, partial requests and idle connections.

#include "HttpTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Bootcast;
using namespace BootcastTest;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;
constexpr quint16 TftpPort = 6969;

struct Reply
{
    int exitCode = -1;
    int status = 0;
    QMap<QByteArray, QByteArray> headers; // of the last response, lower-case names
    QByteArray body;
    QByteArray verbose; // stderr (with -v)
};

struct Part
{
    QByteArray contentRange;
    QByteArray contentType;
    QByteArray data;
};

// Splits a multipart/byteranges body; empty when it is malformed.
QList<Part> parseMultipart(const QByteArray &body, const QByteArray &contentType)
{
    const qsizetype at = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/byteranges") || at < 0)
        return {};
    const QByteArray delimiter = "--" + contentType.mid(at + 9);
    QList<Part> parts;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return {};
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            return {};
        Part part;
        for (const QByteArray &line : body.mid(pos + 2, headersEnd - pos - 2).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-range:"))
                part.contentRange = l.mid(14).trimmed();
            else if (l.toLower().startsWith("content-type:"))
                part.contentType = l.mid(13).trimmed();
        }
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headersEnd + 4);
        if (next < 0)
            return {};
        part.data = body.mid(headersEnd + 4, next - headersEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
    return {};
}

struct RawResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
};

// Consecutive responses from one connection; isHead tells which had no body.
QList<RawResponse> parseResponses(QByteArray all, const QList<bool> &isHead)
{
    QList<RawResponse> out;
    for (bool head : isHead) {
        const qsizetype end = all.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        RawResponse r;
        const QList<QByteArray> lines = all.left(end).split('\n');
        r.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qint64 length = head ? 0 : r.headers.value("content-length").toLongLong();
        r.body = all.mid(end + 4, length);
        all.remove(0, end + 4 + length);
        out.append(r);
    }
    return out;
}

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &extra = {})
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void listening();
    void bindConflictFails();

    void getWithHeadersAndEvents();
    void head();
    void emptyFile();
    void keepAliveReusesConnection();
    void pipelinedRequests();
    void http10();

    void singleRange();
    void suffixRange();
    void openRange();
    void multipleRanges();
    void unsatisfiableRange();
    void invalidRangeIgnored();
    void ifRange();
    void sparseFileBeyond4GiB();

    void hostilePaths_data();
    void hostilePaths();
    void methodNotAllowed();
    void hugeHeaders();
    void bodyTooLarge();
    void chunkedBodyRefused();

    void renderedScript_data();
    void renderedScript();
    void renderedScriptHeadAndRange();
    void bundledBootIpxe();
    void templatesOffAndServerAddress();
    void directoryListing();

    void bigFileWhileSmallRequestsAnswered();
    void connectionLimit();
    void idleAndSlowClients();
    void stopEndsTransfersAndFreesPort();

private:
    Profile baseProfile() const;
    QString url(const QString &path, quint16 port = 0) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(port ? port : m_port).arg(path);
    }
    QString work(const QString &name) const { return m_work.path() + u'/' + name; }
    QString root(const QString &name) const { return m_root.path() + u'/' + name; }
    Reply curl(const QString &path, const QStringList &extra = {}, quint16 port = 0);

    QTemporaryDir m_root;
    QTemporaryDir m_outside;
    QTemporaryDir m_work;
    QByteArray m_small;
    quint16 m_port = 0;
    int m_curlCount = 0;
    std::unique_ptr<HttpServerHost> m_host;
};

Profile TestHttpServer::baseProfile() const
{
    Profile profile;
    profile.name = u"http-test"_s;
    profile.boot.netbootDir = m_root.path();
    profile.http.enabled = true;
    profile.http.address = QHostAddress::LocalHost;
    profile.http.port = 0; // any free port
    profile.tftp.port = TftpPort;
    return profile;
}

Reply TestHttpServer::curl(const QString &path, const QStringList &extra, quint16 port)
{
    const int n = ++m_curlCount;
    const QString headerFile = work(u"headers-%1"_s.arg(n));
    const QString bodyFile = work(u"body-%1"_s.arg(n));
    QStringList args{u"-s"_s, u"-S"_s, u"--max-time"_s, u"30"_s, u"-D"_s, headerFile, u"-o"_s, bodyFile,
                     u"-w"_s, u"%{http_code}"_s};
    args += extra;
    args += url(path, port);
    const ProcessResult run = runProgram(u"curl"_s, args, 40000);
    Reply reply;
    reply.exitCode = run.exitCode;
    reply.status = run.output.trimmed().toInt();
    reply.verbose = run.errors;
    reply.body = readFile(bodyFile);
    QByteArray headers = readFile(headerFile);
    const qsizetype last = headers.lastIndexOf("HTTP/1.");
    if (last > 0)
        headers = headers.mid(last);
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && !line.startsWith("HTTP/"))
            reply.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    QFile::remove(headerFile);
    QFile::remove(bodyFile);
    return reply;
}

void TestHttpServer::initTestCase()
{
    QVERIFY(m_root.isValid() && m_outside.isValid() && m_work.isValid());
    m_small = randomBytes(100000, 1);
    QVERIFY(writeFile(root(u"small.bin"_s), m_small));
    QVERIFY(writeFile(root(u"text.txt"_s), "hello from bootcast\n"));
    QVERIFY(writeFile(root(u"medium.bin"_s), randomBytes(32 * MiB, 2))); // for slow and stalled clients
    QVERIFY(writeFile(root(u"empty.bin"_s), QByteArray()));
    QVERIFY(writeFile(root(u"name with space.txt"_s), "spaced\n"));
    QVERIFY(writeFile(root(u"<b>x&y.txt"_s), "markup\n"));
    QVERIFY(QDir().mkpath(root(u"sub"_s)));
    QVERIFY(writeFile(root(u"sub/inner.txt"_s), "inner\n"));
    QVERIFY(writeFile(root(u"client.ipxe"_s),
                      "#!ipxe\necho mac={{mac}} arch={{arch}} ip={{client_ip}} base={{base_url}} server={{server}} "
                      "http={{http_port}} tftp={{tftp_port}} own=${net0/mac} ${buildarch} keep={{unknown}}\n"));
    QVERIFY(QFile::copy(QStringLiteral(BOOTCAST_NETBOOT_SOURCE_DIR "/boot.ipxe"), root(u"boot.ipxe"_s)));
    QVERIFY(writeFile(m_outside.path() + u"/secret", "secret"));
    QVERIFY(QFile::link(m_outside.path() + u"/secret", root(u"escape"_s)));
    QVERIFY(QFile::link(root(u"small.bin"_s), root(u"inside-link"_s)));

    m_host = std::make_unique<HttpServerHost>(baseProfile());
    QVERIFY(m_host->start());
    m_port = m_host->port();
    QVERIFY(m_port != 0);
}

void TestHttpServer::cleanupTestCase()
{
    m_host.reset();
}

void TestHttpServer::listening()
{
    const ServiceState state = m_host->state();
    QCOMPARE(state.service, Service::Http);
    QCOMPARE(state.status, ServiceState::Status::Listening);
    QCOMPARE(state.address, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(state.port >= 1024);
}

void TestHttpServer::bindConflictFails()
{
    Profile profile = baseProfile();
    profile.http.port = m_port;
    HttpServerHost second(profile);
    QVERIFY(!second.start());
    const ServiceState state = second.state();
    QCOMPARE(state.status, ServiceState::Status::Failed);
    QVERIFY2(state.reason.contains(QString::number(m_port)), qPrintable(state.reason));
    QVERIFY2(state.reason.contains(u"in use"), qPrintable(state.reason));
    QTRY_VERIFY(!second.eventsOf(TrafficEvent::Kind::Error).isEmpty());
    // The first server is unharmed.
    QCOMPARE(curl(u"/text.txt"_s).status, 200);
}

void TestHttpServer::getWithHeadersAndEvents()
{
    const Reply r = curl(u"/small.bin?mac=52:54:00:AA:BB:CC"_s);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, m_small);
    QCOMPARE(r.headers.value("content-length"), "100000"_ba);
    QCOMPARE(r.headers.value("content-type"), "application/octet-stream"_ba);
    QCOMPARE(r.headers.value("accept-ranges"), "bytes"_ba);
    QVERIFY(r.headers.value("last-modified").endsWith(" GMT"));
    QVERIFY(r.headers.value("etag").startsWith('"'));
    QVERIFY(r.headers.contains("date"));

    const Reply text = curl(u"/text.txt"_s);
    QCOMPARE(text.body, "hello from bootcast\n"_ba);
    QCOMPARE(text.headers.value("content-type"), "text/plain; charset=utf-8"_ba);
    QCOMPARE(curl(u"/name%20with%20space.txt"_s).body, "spaced\n"_ba);
    QCOMPARE(curl(u"/inside-link"_s).body, m_small); // a link that stays inside is fine
    QCOMPARE(curl(u"//sub/./inner.txt"_s, {u"--path-as-is"_s}).body, "inner\n"_ba);

    QTRY_VERIFY(!m_host->eventsOf(TrafficEvent::Kind::TransferFinished, u"small.bin"_s).isEmpty());
    const TrafficEvent started = m_host->eventsOf(TrafficEvent::Kind::TransferStarted, u"small.bin"_s).value(0);
    QCOMPARE(started.service, Service::Http);
    QCOMPARE(started.totalBytes, 100000);
    const TrafficEvent finished = m_host->eventsOf(TrafficEvent::Kind::TransferFinished, u"small.bin"_s).value(0);
    QCOMPARE(finished.bytes, 100000);
    QCOMPARE(finished.totalBytes, 100000);
    QVERIFY(finished.elapsedMsecs >= 0);
    QCOMPARE(finished.peer, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(finished.mac.toString(), u"52:54:00:aa:bb:cc"_s);
}

void TestHttpServer::head()
{
    const qsizetype before = m_host->eventsOf(TrafficEvent::Kind::TransferStarted).size();
    const Reply r = curl(u"/small.bin"_s, {u"-I"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("content-length"), "100000"_ba);
    QCOMPARE(r.headers.value("accept-ranges"), "bytes"_ba);
    QVERIFY(r.body.startsWith("HTTP/1.1 200")); // -I writes the headers, nothing else
    QVERIFY(r.body.size() < 1000);
    // HEAD ignores Range (RFC 9110 14.2) and is no transfer.
    QCOMPARE(curl(u"/small.bin"_s, {u"-I"_s, u"-r"_s, u"0-9"_s}).status, 200);
    QTest::qWait(50);
    QCOMPARE(m_host->eventsOf(TrafficEvent::Kind::TransferStarted).size(), before);
}

void TestHttpServer::emptyFile()
{
    const Reply r = curl(u"/empty.bin"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("content-length"), "0"_ba);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(curl(u"/empty.bin"_s, {u"-r"_s, u"0-"_s}).status, 200); // nothing a range could name
}

void TestHttpServer::keepAliveReusesConnection()
{
    const ProcessResult run = runProgram(u"curl"_s, {u"-v"_s, u"-s"_s, u"--max-time"_s, u"30"_s, u"-o"_s,
                                                     work(u"ka1"_s), u"-o"_s, work(u"ka2"_s), url(u"/small.bin"_s),
                                                     url(u"/text.txt"_s)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errors.contains("Re-using existing connection"), run.errors.constData());
    QVERIFY2(run.errors.contains("left intact"), run.errors.constData());
    QCOMPARE(readFile(work(u"ka1"_s)), m_small);
    QCOMPARE(readFile(work(u"ka2"_s)), "hello from bootcast\n"_ba);

    // A 404 keeps the connection too: the request was well-formed.
    const ProcessResult after404 = runProgram(u"curl"_s, {u"-v"_s, u"-s"_s, u"--max-time"_s, u"30"_s, u"-o"_s,
                                                          u"/dev/null"_s, u"-o"_s, u"/dev/null"_s,
                                                          url(u"/missing"_s), url(u"/text.txt"_s)});
    QVERIFY2(after404.errors.contains("Re-using existing connection"), after404.errors.constData());
}

void TestHttpServer::pipelinedRequests()
{
    RawClient client;
    QVERIFY(client.connect(m_port));
    client.send(request("GET", "/text.txt") + request("GET", "/small.bin", "Range: bytes=0-9\r\n")
                + request("HEAD", "/small.bin") + request("GET", "/missing.bin") + request("GET", "/small.bin")
                + request("GET", "/text.txt", "Connection: close\r\n"));
    const QByteArray all = client.readUntilClosed();
    QCOMPARE(client.socket().state(), QAbstractSocket::UnconnectedState); // closed after "Connection: close"
    const QList<RawResponse> responses = parseResponses(all, {false, false, true, false, false, false});
    QCOMPARE(responses.size(), 6);
    QCOMPARE(responses[0].status, 200);
    QCOMPARE(responses[0].body, "hello from bootcast\n"_ba);
    QCOMPARE(responses[1].status, 206);
    QCOMPARE(responses[1].body, m_small.left(10));
    QCOMPARE(responses[2].status, 200);
    QCOMPARE(responses[2].headers.value("content-length"), "100000"_ba);
    QCOMPARE(responses[3].status, 404);
    QCOMPARE(responses[3].body, "404 Not Found\n"_ba);
    QCOMPARE(responses[4].body, m_small);
    QCOMPARE(responses[5].status, 200);
    QCOMPARE(responses[5].headers.value("connection"), "close"_ba);
    QCOMPARE(responses[5].body, "hello from bootcast\n"_ba);
}

void TestHttpServer::http10()
{
    RawClient plain;
    QVERIFY(plain.connect(m_port));
    plain.send("GET /text.txt HTTP/1.0\r\n\r\n");
    QList<RawResponse> r = parseResponses(plain.readUntilClosed(), {false});
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].headers.value("connection"), "close"_ba);
    QCOMPARE(plain.socket().state(), QAbstractSocket::UnconnectedState);

    RawClient keep;
    QVERIFY(keep.connect(m_port));
    keep.send("GET /text.txt HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /text.txt HTTP/1.0\r\n\r\n");
    r = parseResponses(keep.readUntilClosed(), {false, false});
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].headers.value("connection"), "keep-alive"_ba);
    QCOMPARE(r[1].headers.value("connection"), "close"_ba);
    QCOMPARE(r[1].body, "hello from bootcast\n"_ba);
}

void TestHttpServer::singleRange()
{
    const Reply r = curl(u"/small.bin"_s, {u"-r"_s, u"1000-1999"_s});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.headers.value("content-range"), "bytes 1000-1999/100000"_ba);
    QCOMPARE(r.headers.value("content-length"), "1000"_ba);
    QCOMPARE(r.headers.value("content-type"), "application/octet-stream"_ba);
    QCOMPARE(r.body, m_small.mid(1000, 1000));
    const Reply first = curl(u"/small.bin"_s, {u"-r"_s, u"0-0"_s});
    QCOMPARE(first.body, m_small.left(1));
}

void TestHttpServer::suffixRange()
{
    const Reply r = curl(u"/small.bin"_s, {u"-H"_s, u"Range: bytes=-500"_s});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.headers.value("content-range"), "bytes 99500-99999/100000"_ba);
    QCOMPARE(r.body, m_small.right(500));
}

void TestHttpServer::openRange()
{
    const Reply r = curl(u"/small.bin"_s, {u"-H"_s, u"Range: bytes=99000-"_s});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.headers.value("content-range"), "bytes 99000-99999/100000"_ba);
    QCOMPARE(r.body, m_small.mid(99000));
}

void TestHttpServer::multipleRanges()
{
    const Reply r = curl(u"/small.bin"_s, {u"-H"_s, u"Range: bytes=50000-50099,0-9,-5,5-20"_s});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.headers.value("content-length").toLongLong(), r.body.size());
    const QList<Part> parts = parseMultipart(r.body, r.headers.value("content-type"));
    QCOMPARE(parts.size(), 3); // 0-9 and 5-20 coalesce; parts ascend
    QCOMPARE(parts[0].contentRange, "bytes 0-20/100000"_ba);
    QCOMPARE(parts[0].data, m_small.mid(0, 21));
    QCOMPARE(parts[0].contentType, "application/octet-stream"_ba);
    QCOMPARE(parts[1].contentRange, "bytes 50000-50099/100000"_ba);
    QCOMPARE(parts[1].data, m_small.mid(50000, 100));
    QCOMPARE(parts[2].contentRange, "bytes 99995-99999/100000"_ba);
    QCOMPARE(parts[2].data, m_small.right(5));

    // Overlapping ranges that coalesce into one are a plain single-part 206.
    const Reply one = curl(u"/small.bin"_s, {u"-H"_s, u"Range: bytes=0-9,5-19"_s});
    QCOMPARE(one.status, 206);
    QCOMPARE(one.headers.value("content-range"), "bytes 0-19/100000"_ba);
    QCOMPARE(one.body, m_small.left(20));
}

void TestHttpServer::unsatisfiableRange()
{
    const Reply r = curl(u"/small.bin"_s, {u"-H"_s, u"Range: bytes=100000-"_s});
    QCOMPARE(r.status, 416);
    QCOMPARE(r.headers.value("content-range"), "bytes */100000"_ba);
    QCOMPARE(r.body, "416 Range Not Satisfiable\n"_ba);
    QCOMPARE(curl(u"/small.bin"_s, {u"-H"_s, u"Range: bytes=200000-300000,-0"_s}).status, 416);
}

void TestHttpServer::invalidRangeIgnored()
{
    for (const QString &range : {u"Range: bytes=5-2"_s, u"Range: lines=1-2"_s, u"Range: bytes=x-y"_s}) {
        const Reply r = curl(u"/small.bin"_s, {u"-H"_s, range});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, m_small);
    }
}

void TestHttpServer::ifRange()
{
    const Reply full = curl(u"/small.bin"_s, {u"-I"_s});
    const QByteArray etag = full.headers.value("etag");
    const QByteArray date = full.headers.value("last-modified");
    QCOMPARE(curl(u"/small.bin"_s, {u"-r"_s, u"0-9"_s, u"-H"_s, u"If-Range: " + QString::fromLatin1(etag)}).status, 206);
    QCOMPARE(curl(u"/small.bin"_s, {u"-r"_s, u"0-9"_s, u"-H"_s, u"If-Range: " + QString::fromLatin1(date)}).status, 206);
    const Reply changed = curl(u"/small.bin"_s, {u"-r"_s, u"0-9"_s, u"-H"_s, u"If-Range: \"other\""_s});
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.body, m_small);
}

void TestHttpServer::sparseFileBeyond4GiB()
{
    const QStorageInfo storage(m_root.path());
    if (storage.isValid() && storage.bytesAvailable() < 256 * MiB)
        QSKIP("less than 256 MiB free for the sparse 5 GiB file");
    const qint64 size = 5 * GiB;
    const qint64 markerAt = 4 * GiB + 12345;
    const QByteArray marker = randomBytes(4096, 7);
    const QByteArray tail = randomBytes(100, 8);
    {
        QFile file(root(u"huge.img"_s));
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (!file.resize(size))
            QSKIP("this file system cannot hold a sparse 5 GiB file");
        QVERIFY(file.seek(markerAt));
        QCOMPARE(file.write(marker), marker.size());
        QVERIFY(file.seek(size - tail.size()));
        QCOMPARE(file.write(tail), tail.size());
    }
    const Reply head = curl(u"/huge.img"_s, {u"-I"_s});
    QCOMPARE(head.status, 200);
    QCOMPARE(head.headers.value("content-length"), "5368709120"_ba);

    const QString span = u"%1-%2"_s.arg(markerAt).arg(markerAt + marker.size() - 1);
    const Reply r = curl(u"/huge.img"_s, {u"-r"_s, span});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.headers.value("content-range"), (u"bytes "_s + span + u"/5368709120").toLatin1());
    QCOMPARE(r.body, marker);

    const Reply end = curl(u"/huge.img"_s, {u"-r"_s, u"-100"_s});
    QCOMPARE(end.headers.value("content-range"), "bytes 5368709020-5368709119/5368709120"_ba);
    QCOMPARE(end.body, tail);

    // Across the 4 GiB line, and a multipart answer with a part past it.
    const Reply across = curl(u"/huge.img"_s, {u"-r"_s, u"4294967290-4294979650"_s});
    QCOMPARE(across.body.size(), 4294979650 - 4294967290 + 1);
    QCOMPARE(across.body.mid(markerAt - 4294967290), marker.left(across.body.size() - (markerAt - 4294967290)));
    QVERIFY(across.body.left(int(markerAt - 4294967290)).count('\0') == markerAt - 4294967290);

    const Reply multi = curl(u"/huge.img"_s, {u"-H"_s, u"Range: bytes=0-3,%1"_s.arg(span)});
    const QList<Part> parts = parseMultipart(multi.body, multi.headers.value("content-type"));
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts[0].data, QByteArray(4, '\0'));
    QCOMPARE(parts[1].data, marker);
    QCOMPARE(parts[1].contentRange, (u"bytes "_s + span + u"/5368709120").toLatin1());
    QFile::remove(root(u"huge.img"_s));
}

void TestHttpServer::hostilePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("asIs");
    QTest::addColumn<int>("status");
    QTest::newRow("dot-dot") << u"/../etc/passwd"_s << true << 403;
    QTest::newRow("dot-dot deeper") << u"/sub/../../etc/passwd"_s << true << 403;
    QTest::newRow("encoded dot-dot") << u"/%2e%2e/%2e%2e/etc/passwd"_s << false << 403;
    QTest::newRow("encoded slash dot-dot") << u"/sub%2f..%2f..%2fetc%2fpasswd"_s << false << 403;
    QTest::newRow("encoded backslash") << u"/..%5c..%5cetc%5cpasswd"_s << false << 403;
    QTest::newRow("dots and spaces") << u"/.%20./x"_s << false << 403;
    QTest::newRow("symlink out") << u"/escape"_s << false << 403;
    QTest::newRow("NUL") << u"/small.bin%00.txt"_s << false << 400;
    QTest::newRow("control") << u"/a%0d%0aX-Injected:%201"_s << false << 400;
    QTest::newRow("bad escape") << u"/%zz"_s << false << 400;
    QTest::newRow("missing") << u"/missing.bin"_s << false << 404;
    QTest::newRow("folder without listing") << u"/sub/"_s << false << 403;
    QTest::newRow("root without listing") << u"/"_s << false << 403;
}

void TestHttpServer::hostilePaths()
{
    QFETCH(QString, path);
    QFETCH(bool, asIs);
    QFETCH(int, status);
    const Reply r = curl(path, asIs ? QStringList{u"--path-as-is"_s} : QStringList());
    QCOMPARE(r.status, status);
    QVERIFY(!r.body.contains("secret"));
    QVERIFY(!r.body.contains("root:"));
    QVERIFY(!r.headers.contains("x-injected"));
    QCOMPARE(r.body, QByteArray::number(status) + ' ' + r.body.mid(4).trimmed() + '\n');
    QTRY_VERIFY(std::any_of(m_host->events.cbegin(), m_host->events.cend(), [](const TrafficEvent &e) {
        return e.kind == TrafficEvent::Kind::Refused && e.peer == QHostAddress(QHostAddress::LocalHost);
    }));
    const TrafficEvent last = m_host->eventsOf(TrafficEvent::Kind::Refused).constLast();
    QVERIFY2(last.detail.contains(QString::number(status)), qPrintable(last.detail));
    m_host->events.clear();
}

void TestHttpServer::methodNotAllowed()
{
    const Reply post = curl(u"/small.bin"_s, {u"-X"_s, u"POST"_s, u"--data-binary"_s, u"payload"_s});
    QCOMPARE(post.status, 405);
    QCOMPARE(post.headers.value("allow"), "GET, HEAD"_ba);
    QCOMPARE(post.headers.value("connection"), "close"_ba);
    QCOMPARE(curl(u"/small.bin"_s, {u"-X"_s, u"DELETE"_s}).status, 405);
    QCOMPARE(curl(u"/small.bin"_s, {u"-X"_s, u"PUT"_s, u"--data-binary"_s, u"x"_s}).status, 405);
}

void TestHttpServer::hugeHeaders()
{
    const Reply r = curl(u"/small.bin"_s, {u"-H"_s, u"X-Big: "_s + QString(40000, u'b')});
    QCOMPARE(r.status, 431);
    QCOMPARE(r.body, "431 Request Header Fields Too Large\n"_ba);
    QCOMPARE(curl(u"/"_s + QString(9000, u'a')).status, 414);
    // Just under the limit is fine.
    QCOMPARE(curl(u"/text.txt"_s, {u"-H"_s, u"X-Big: "_s + QString(30000, u'b')}).status, 200);
}

void TestHttpServer::bodyTooLarge()
{
    QVERIFY(writeFile(work(u"body.bin"_s), QByteArray(100000, 'x')));
    const Reply r = curl(u"/small.bin"_s, {u"-X"_s, u"GET"_s, u"--data-binary"_s, u"@"_s + work(u"body.bin"_s)});
    QCOMPARE(r.status, 413);
    QCOMPARE(r.body, "413 Content Too Large\n"_ba);
    // A small body on GET is read and dropped.
    const Reply small = curl(u"/text.txt"_s, {u"-X"_s, u"GET"_s, u"--data-binary"_s, u"tiny"_s});
    QCOMPARE(small.status, 200);
    QCOMPARE(small.body, "hello from bootcast\n"_ba);
}

void TestHttpServer::chunkedBodyRefused()
{
    const Reply r = curl(u"/text.txt"_s, {u"-X"_s, u"GET"_s, u"-H"_s, u"Transfer-Encoding: chunked"_s,
                                          u"--data-binary"_s, u"abc"_s});
    QCOMPARE(r.status, 501);
}

void TestHttpServer::renderedScript_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QString>("arch");
    QTest::newRow("mac and arch number") << u"?mac=52:54:00:12:34:56&arch=7"_s << u"52:54:00:12:34:56"_s << u"uefi-x64"_s;
    QTest::newRow("encoded mac, buildarch") << u"?mac=52%3A54%3A00%3AAB%3ACD%3AEF&arch=x86_64"_s
                                            << u"52:54:00:ab:cd:ef"_s << u"x86_64"_s;
    QTest::newRow("no query") << QString() << QString() << QString();
    QTest::newRow("hostile newline") << u"?mac=52:54:00:12:34:56%0Ashell&arch=0%0Achain%20http://evil/"_s << QString()
                                     << QString();
    QTest::newRow("hostile placeholders") << u"?mac=%7B%7Bserver%7D%7D&arch=%24%7Bbuildarch%7D"_s << QString()
                                          << QString();
    QTest::newRow("hostile command") << u"?mac=x%3B%20reboot&arch=a%20b"_s << QString() << QString();
}

void TestHttpServer::renderedScript()
{
    QFETCH(QString, query);
    QFETCH(QString, mac);
    QFETCH(QString, arch);
    const Reply r = curl(u"/client.ipxe"_s + query);
    QCOMPARE(r.status, 200);
    const QString base = u"http://127.0.0.1:%1"_s.arg(m_port);
    const QString expected = u"#!ipxe\necho mac=%1 arch=%2 ip=127.0.0.1 base=%3 server=127.0.0.1 http=%4 tftp=%5 "
                             "own=${net0/mac} ${buildarch} keep={{unknown}}\n"_s
                                 .arg(mac, arch, base)
                                 .arg(m_port)
                                 .arg(TftpPort);
    QCOMPARE(QString::fromUtf8(r.body), expected);
    QCOMPARE(r.headers.value("content-length").toLongLong(), r.body.size());
    QCOMPARE(r.headers.value("cache-control"), "no-store"_ba);
    QCOMPARE(r.headers.value("content-type"), "text/plain; charset=utf-8"_ba);
    QVERIFY(!r.headers.contains("etag"));
}

void TestHttpServer::renderedScriptHeadAndRange()
{
    const QString query = u"?mac=52:54:00:12:34:56"_s;
    const Reply full = curl(u"/client.ipxe"_s + query);
    const Reply head = curl(u"/client.ipxe"_s + query, {u"-I"_s});
    QCOMPARE(head.status, 200);
    QCOMPARE(head.headers.value("content-length").toLongLong(), full.body.size());
    const Reply start = curl(u"/client.ipxe"_s + query, {u"-r"_s, u"0-5"_s});
    QCOMPARE(start.status, 206);
    QCOMPARE(start.body, "#!ipxe"_ba);
    QCOMPARE(start.headers.value("content-range"), "bytes 0-5/" + QByteArray::number(full.body.size()));
    const Reply end = curl(u"/client.ipxe"_s + query, {u"-r"_s, u"-10"_s});
    QCOMPARE(end.body, full.body.right(10));
}

void TestHttpServer::bundledBootIpxe()
{
    const Reply r = curl(u"/boot.ipxe?mac=52:54:00:12:34:56&arch=7"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.startsWith("#!ipxe\n"));
    QVERIFY2(!r.body.contains("{{"), r.body.constData());
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(m_port);
    QVERIFY(r.body.contains(QByteArray("chain --autofree " + base + "/boot.ipxe?mac=${net0/mac}&arch=${buildarch}")));
    QVERIFY(r.body.contains("choose --timeout ${menu-timeout} --default ${menu-default} selected"));
    QVERIFY(r.body.contains("\nexit\n"));
    QVERIFY(r.body.contains("\nshell\n"));
    QVERIFY(r.body.contains("\nreboot\n"));
    // Every "goto" and the menu's items point at labels that exist.
    const QList<QByteArray> lines = r.body.split('\n');
    QSet<QByteArray> labels;
    for (const QByteArray &line : lines) {
        if (line.startsWith(':'))
            labels.insert(line.mid(1).trimmed());
    }
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.value(0) == "item" && !words.contains("--gap"))
            QVERIFY2(labels.contains(words.value(words.indexOf("--key") >= 0 ? 3 : 1)), line.constData());
        const qsizetype go = words.indexOf("goto");
        if (go >= 0 && !words.value(go + 1).startsWith("${"))
            QVERIFY2(labels.contains(words.value(go + 1)), line.constData());
    }
}

void TestHttpServer::templatesOffAndServerAddress()
{
    Profile profile = baseProfile();
    profile.serverAddress = QHostAddress(u"10.9.8.7"_s);
    HttpServerHost configured(profile);
    QVERIFY(configured.start());
    const Reply r = curl(u"/client.ipxe?mac=52:54:00:12:34:56"_s, {}, configured.port());
    QVERIFY2(r.body.contains(u"base=http://10.9.8.7:%1 server=10.9.8.7 "_s.arg(configured.port()).toLatin1()),
             r.body.constData());

    profile.http.renderTemplates = false;
    HttpServerHost raw(profile);
    QVERIFY(raw.start());
    QCOMPARE(curl(u"/client.ipxe?mac=52:54:00:12:34:56"_s, {}, raw.port()).body, readFile(root(u"client.ipxe"_s)));
}

void TestHttpServer::directoryListing()
{
    Profile profile = baseProfile();
    profile.http.directoryListing = true;
    HttpServerHost listing(profile);
    QVERIFY(listing.start());
    const Reply top = curl(u"/"_s, {}, listing.port());
    QCOMPARE(top.status, 200);
    QCOMPARE(top.headers.value("content-type"), "text/html; charset=utf-8"_ba);
    QVERIFY(top.body.contains("href=\"/sub/\""));
    QVERIFY(top.body.contains("href=\"/small.bin\""));
    QVERIFY(top.body.contains("href=\"/name%20with%20space.txt\""));
    QVERIFY(top.body.contains("&lt;b&gt;x&amp;y.txt"));
    QVERIFY(!top.body.contains("<b>x"));
    QVERIFY(!top.body.contains("escape")); // the symbolic link out of the root is not shown
    const Reply sub = curl(u"/sub"_s, {}, listing.port());
    QCOMPARE(sub.status, 200);
    QVERIFY(sub.body.contains("href=\"/sub/inner.txt\""));
    QCOMPARE(curl(u"/sub/inner.txt"_s, {}, listing.port()).body, "inner\n"_ba);
    QCOMPARE(curl(u"/%2e%2e/"_s, {}, listing.port()).status, 403);
    QCOMPARE(curl(u"/nothing/"_s, {}, listing.port()).status, 404);
}

void TestHttpServer::bigFileWhileSmallRequestsAnswered()
{
    const QString path = root(u"big.bin"_s);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i) {
            const QByteArray chunk = randomBytes(MiB, quint32(100 + i));
            hash.addData(chunk);
            QCOMPARE(file.write(chunk), chunk.size());
        }
    }
    const QByteArray expected = hash.result().toHex();
    const QString out = work(u"big.out"_s);

    QProcess big;
    big.start(u"curl"_s, {u"-s"_s, u"-S"_s, u"--max-time"_s, u"60"_s, u"--limit-rate"_s, u"80M"_s, u"-o"_s, out,
                           url(u"/big.bin"_s)});
    QVERIFY(big.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(out).size() > 8 * MiB, 20000);
    const qint64 rssBefore = residentKiB();

    // While the big body streams, other requests are answered at once.
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer clock;
        clock.start();
        const Reply small = curl(u"/text.txt"_s);
        QCOMPARE(small.status, 200);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(u"small request took %1 ms"_s.arg(clock.elapsed())));
    }
    QCOMPARE(big.state(), QProcess::Running);

    qint64 rssPeak = rssBefore;
    QElapsedTimer clock;
    clock.start();
    while (big.state() == QProcess::Running && clock.elapsed() < 60000) {
        big.waitForFinished(100);
        rssPeak = std::max(rssPeak, residentKiB());
    }
    QCOMPARE(big.exitStatus(), QProcess::NormalExit);
    QCOMPARE(big.exitCode(), 0);
    QCOMPARE(sha256Of(out), expected);
    if (rssBefore > 0) // never the whole file in memory: a bounded buffer per connection
        QVERIFY2(rssPeak - rssBefore < 64 * 1024, qPrintable(u"resident memory grew by %1 KiB"_s.arg(rssPeak - rssBefore)));
    QFile::remove(out);
    QTRY_VERIFY(!m_host->eventsOf(TrafficEvent::Kind::TransferFinished, u"big.bin"_s).isEmpty());
    QCOMPARE(m_host->eventsOf(TrafficEvent::Kind::TransferFinished, u"big.bin"_s).value(0).bytes, 200 * MiB);
    const QList<TrafficEvent> progress = m_host->eventsOf(TrafficEvent::Kind::TransferProgress, u"big.bin"_s);
    QVERIFY(!progress.isEmpty());
    QVERIFY2(progress.size() <= 4 * 8, qPrintable(QString::number(progress.size()))); // at most ~4 a second
}

void TestHttpServer::connectionLimit()
{
    Profile profile = baseProfile();
    profile.http.maxConnections = 2;
    HttpServerHost limited(profile);
    QVERIFY(limited.start());
    RawClient a;
    RawClient b;
    QVERIFY(a.connect(limited.port()));
    QVERIFY(b.connect(limited.port()));
    QTRY_COMPARE(limited.connectionCount(), 2);

    const Reply refused = curl(u"/text.txt"_s, {}, limited.port());
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.headers.value("retry-after"), "1"_ba);
    QCOMPARE(refused.headers.value("connection"), "close"_ba);
    QTRY_VERIFY(!limited.eventsOf(TrafficEvent::Kind::Warning).isEmpty());
    QCOMPARE(limited.connectionCount(), 2);

    a.socket().disconnectFromHost();
    QTRY_COMPARE(limited.connectionCount(), 1);
    QCOMPARE(curl(u"/text.txt"_s, {}, limited.port()).status, 200);
    QTRY_COMPARE(limited.connectionCount(), 1);
}

void TestHttpServer::idleAndSlowClients()
{
    HttpServerHost quick(baseProfile(), 400);
    QVERIFY(quick.start());

    RawClient slow; // starts a request and never finishes it
    QVERIFY(slow.connect(quick.port()));
    slow.send("GET /text.txt HT");
    QElapsedTimer clock;
    clock.start();
    const QByteArray answer = slow.readUntilClosed(3000);
    QVERIFY2(answer.startsWith("HTTP/1.1 408 "), answer.constData());
    QVERIFY(clock.elapsed() < 2500);

    RawClient silent; // never says anything
    QVERIFY(silent.connect(quick.port()));
    QVERIFY(silent.waitForDisconnected(3000));

    RawClient idle; // one request, then idle on a keep-alive connection
    QVERIFY(idle.connect(quick.port()));
    idle.send(request("GET", "/text.txt"));
    QVERIFY(idle.readAtLeast(20).contains("hello from bootcast"));
    QVERIFY(idle.waitForDisconnected(3000));
    QTRY_COMPARE(quick.connectionCount(), 0);

    // A client that stops reading in the middle of a big body is dropped too.
    RawClient stalled;
    QVERIFY(stalled.connect(quick.port()));
    stalled.socket().setReadBufferSize(4096);
    stalled.send(request("GET", "/medium.bin"));
    QTRY_VERIFY_WITH_TIMEOUT(!quick.eventsOf(TrafficEvent::Kind::TransferFailed, u"medium.bin"_s).isEmpty(), 5000);
    QTRY_COMPARE(quick.connectionCount(), 0);
}

void TestHttpServer::stopEndsTransfersAndFreesPort()
{
    const QString out = work(u"stopped.out"_s);
    QProcess slow;
    slow.start(u"curl"_s, {u"-s"_s, u"--max-time"_s, u"60"_s, u"--limit-rate"_s, u"1M"_s, u"-o"_s, out,
                            url(u"/medium.bin"_s)});
    QVERIFY(slow.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(out).size() > 0, 10000);
    QTRY_COMPARE(m_host->connectionCount(), 1);

    m_host->stop();
    QCOMPARE(m_host->state().status, ServiceState::Status::Stopped);
    QCOMPARE(m_host->connectionCount(), 0);
    QTRY_VERIFY(!m_host->eventsOf(TrafficEvent::Kind::TransferFailed, u"medium.bin"_s).isEmpty());
    QVERIFY(m_host->eventsOf(TrafficEvent::Kind::TransferFinished, u"medium.bin"_s).isEmpty());

    QTcpServer probe;
    QVERIFY2(probe.listen(QHostAddress::LocalHost, m_port), qPrintable(probe.errorString()));
    probe.close();
    QCOMPARE(runProgram(u"curl"_s, {u"-s"_s, u"--max-time"_s, u"5"_s, url(u"/text.txt"_s)}).exitCode, 7); // refused

    // The connection was reset; curl may still be reading what its own kernel buffered (at 1 MiB/s).
    slow.kill();
    slow.waitForFinished(5000);
    QVERIFY(QFileInfo(out).size() < 32 * MiB);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty()) {
        std::fprintf(stderr, "SKIP: curl is missing (apt-get install curl)\n");
        return 77;
    }
    TestHttpServer test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_httpserver.moc"
