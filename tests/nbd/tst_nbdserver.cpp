// NbdServer in its own thread (as the engine runs it) with real peers over loopback: nbdinfo
// (listing, export details), nbdcopy (a 256 MiB image, a 1 GiB sparse one), qemu-io (reads at
// random offsets, copy-on-write writes read back, read-only refusal, read-write), nbd-client when
// the kernel module can be loaded; and a raw client for what real peers will not do (writes to
// read-only exports, out-of-range requests, simple replies, garbage, hung handshakes).

#include "NbdTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Bootcast;
using namespace BootcastTest;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 BigSize = 256 * 1024 * 1024;
constexpr qint64 SmallSize = 1024 * 1024 + 123; // not a multiple of any block size
constexpr qint64 CowSize = 8 * 1024 * 1024;
constexpr qint64 SparseSize = qint64(1) << 30;

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(generator.generate());
    return bytes;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray fileRange(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.read(length);
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The data of each `read -v` command in qemu-io's output, in order: hexdump lines
// ("00000064:  00 01 ...  ascii") up to the "read N/N bytes at offset X" line that ends each.
QList<QByteArray> parseQemuReads(const QByteArray &output)
{
    QList<QByteArray> reads;
    QByteArray current;
    static const QRegularExpression dump(u"^[0-9a-f]{8,16}:  (.*)$"_s);
    static const QRegularExpression done(u"^read \\d+/\\d+ bytes at offset \\d+"_s);
    for (const QByteArray &raw : output.split('\n')) {
        const QString line = QString::fromLatin1(raw);
        if (done.match(line).hasMatch()) {
            reads.append(std::exchange(current, {}));
            continue;
        }
        const QRegularExpressionMatch m = dump.match(line);
        if (!m.hasMatch())
            continue;
        const QStringList tokens = m.captured(1).split(u' ');
        for (const QString &token : tokens) {
            if (token.isEmpty()) // two spaces: the ASCII column follows
                break;
            current.append(char(token.toUInt(nullptr, 16)));
        }
    }
    return reads;
}

// nbdsh is "python3 -m nbd"; the python3 first in PATH may lack the module (a pyenv, a venv), so use
// one that has it. Empty when there is none.
QString nbdshPython()
{
    static const QString python = [] {
        for (const QString &candidate : {QStandardPaths::findExecutable(u"python3"_s), u"/usr/bin/python3"_s}) {
            if (candidate.isEmpty() || !QFile::exists(candidate))
                continue;
            const ProcessResult probe = runClient(candidate, {u"-c"_s, u"import nbd"_s}, 10000);
            if (probe.finished && probe.exitCode == 0)
                return candidate;
        }
        return QString();
    }();
    return python;
}

ProcessResult runNbdsh(const QStringList &arguments)
{
    return runClient(nbdshPython(), QStringList{u"-m"_s, u"nbd"_s} + arguments, 30000);
}

QJsonObject parseJson(const QByteArray &output)
{
    const qsizetype start = output.indexOf('{');
    return QJsonDocument::fromJson(start >= 0 ? output.mid(start) : output).object();
}

} // namespace

class TestNbdServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void listening();
    void nbdinfoList();
    void nbdinfoExport_data();
    void nbdinfoExport();
    void nbdcopyBigImage();
    void qemuRandomReads_data();
    void qemuRandomReads();
    void copyOnWriteWithQemu();
    void copyOnWriteOverlayLifetime();
    void readOnlyRefusesWrites();
    void outOfRangeRequests_data();
    void outOfRangeRequests();
    void outOfRangeWithNbdsh();
    void simpleAndStructuredReads();
    void exportNameClients_data();
    void exportNameClients();
    void readWriteSingleWriter();
    void copyToRamExport();
    void malformedClientsLeaveOthersServing();
    void largeReadDoesNotStallOthers();
    void maxClients();
    void stopRemovesOverlays();
    void bindConflictFails();
    void unusableExports();
    void kernelNbdClient();

private:
    Profile baseProfile() const;
    QString url(const QString &name = QString()) const { return u"nbd://127.0.0.1:%1/%2"_s.arg(m_port).arg(name); }
    QString work(const QString &name) const { return m_work.filePath(name); }
    QString image(const QString &name) const { return m_root.filePath(name); }
    void requireTools(const QStringList &tools);
    QStringList overlayFilesOnDisk() const
    {
        return QDir(m_tmp.path()).entryList({u"bootcast-nbd-*"_s}, QDir::Files);
    }

    QTemporaryDir m_root;
    QTemporaryDir m_work;
    QTemporaryDir m_tmp; // TMPDIR of this process: where overlay files must go
    QByteArray m_bigSha;
    QByteArray m_small;
    QByteArray m_cowSha;
    quint16 m_port = 0;
    std::unique_ptr<NbdServerHost> m_host;
};

Profile TestNbdServer::baseProfile() const
{
    Profile profile;
    profile.name = u"nbd-test"_s;
    profile.boot.netbootDir = m_root.path();
    profile.tftp.enabled = false;
    profile.nbd.enabled = true;
    profile.nbd.address = QHostAddress::LocalHost;
    profile.nbd.port = 0; // any free port
    using Mode = Profile::NbdExport::Mode;
    const auto add = [&profile](const QString &name, const QString &file, Mode mode, const QString &description) {
        Profile::NbdExport e;
        e.name = name;
        e.file = file;
        e.mode = mode;
        e.description = description;
        profile.nbd.exports.append(e);
        return &profile.nbd.exports.last();
    };
    add(QString(), u"small.img"_s, Mode::ReadOnly, u"Default export: a small image"_s);
    add(u"big"_s, u"images/big.img"_s, Mode::ReadOnly, u"256 MiB of random data"_s);
    add(u"cow"_s, u"cow.img"_s, Mode::CopyOnWrite, u"copy-on-write, overlay file"_s);
    add(u"cowmem"_s, u"cow.img"_s, Mode::CopyOnWrite, QString())->overlayInMemory = true;
    add(u"rw"_s, u"rw.img"_s, Mode::ReadWrite, u"read-write"_s);
    add(u"sparse"_s, u"sparse.img"_s, Mode::ReadOnly, u"1 GiB, mostly holes"_s);
    add(u"ram"_s, u"small.img"_s, Mode::ReadOnly, u"in RAM"_s)->copyToRam = true;
    return profile;
}

void TestNbdServer::requireTools(const QStringList &tools)
{
    for (const QString &tool : tools) {
        if (!haveProgram(tool))
            QSKIP(qPrintable(u"%1 is not installed (apt-get install libnbd-bin qemu-utils)"_s.arg(tool)));
    }
}

void TestNbdServer::initTestCase()
{
    QVERIFY(m_root.isValid() && m_work.isValid() && m_tmp.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QVERIFY(QDir(m_root.path()).mkpath(u"images"_s));

    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(image(u"images/big.img"_s), randomBytes(BigSize, 1)));
    m_bigSha = sha256(image(u"images/big.img"_s));
    m_small = randomBytes(SmallSize, 2);
    QVERIFY(write(image(u"small.img"_s), m_small));
    QVERIFY(write(image(u"cow.img"_s), randomBytes(CowSize, 3)));
    m_cowSha = sha256(image(u"cow.img"_s));
    QVERIFY(write(image(u"rw.img"_s), randomBytes(CowSize, 4)));
    QFile sparse(image(u"sparse.img"_s));
    QVERIFY(sparse.open(QIODevice::WriteOnly));
    QVERIFY(sparse.resize(SparseSize));
    sparse.seek(SparseSize / 2);
    sparse.write("middle");
    sparse.close();

    m_host = std::make_unique<NbdServerHost>(baseProfile());
    QVERIFY(m_host->start());
    m_port = m_host->port();
    QVERIFY(m_port != 0);
}

void TestNbdServer::cleanupTestCase()
{
    m_host.reset();
    QVERIFY(overlayFilesOnDisk().isEmpty());
}

void TestNbdServer::cleanup()
{
    // Every test leaves no client behind and no overlay file.
    if (m_host)
        QTRY_COMPARE_WITH_TIMEOUT(m_host->activeClients(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(overlayFilesOnDisk().isEmpty(), 5000);
}

void TestNbdServer::listening()
{
    const ServiceState state = m_host->state();
    QCOMPARE(state.status, ServiceState::Status::Listening);
    QCOMPARE(state.service, Service::Nbd);
    QCOMPARE(m_host->exportNames(),
             (QStringList{QString(), u"big"_s, u"cow"_s, u"cowmem"_s, u"rw"_s, u"sparse"_s, u"ram"_s}));
}

void TestNbdServer::nbdinfoList()
{
    requireTools({u"nbdinfo"_s});
    const ProcessResult json = runClient(u"nbdinfo"_s, {u"--list"_s, u"--json"_s, url()}, 30000);
    QVERIFY2(json.finished && json.exitCode == 0, json.output.constData());
    const QJsonObject root = parseJson(json.output);
    QCOMPARE(root.value(u"protocol"_s).toString(), u"newstyle-fixed"_s);
    QVERIFY(root.value(u"structured"_s).toBool());
    const QJsonArray exports = root.value(u"exports"_s).toArray();
    const Profile profile = baseProfile();
    QCOMPARE(exports.size(), profile.nbd.exports.size());
    for (qsizetype i = 0; i < exports.size(); ++i) {
        const QJsonObject e = exports.at(i).toObject();
        const Profile::NbdExport &expected = profile.nbd.exports.at(i);
        QCOMPARE(e.value(u"export-name"_s).toString(), expected.name);
        if (!expected.description.isEmpty())
            QCOMPARE(e.value(u"description"_s).toString(), expected.description);
        const qint64 size = QFileInfo(image(expected.file)).size();
        QCOMPARE(e.value(u"export-size"_s).toInteger(), size);
        QCOMPARE(e.value(u"is_read_only"_s).toBool(), expected.mode == Profile::NbdExport::Mode::ReadOnly);
        QCOMPARE(e.value(u"block_size_minimum"_s).toInt(), 1);
        QCOMPARE(e.value(u"block_size_preferred"_s).toInt(), 4096);
        QCOMPARE(e.value(u"block_size_maximum"_s).toInt(), 32 * 1024 * 1024);
    }

    const ProcessResult text = runClient(u"nbdinfo"_s, {u"--list"_s, url()}, 30000);
    QVERIFY2(text.finished && text.exitCode == 0, text.output.constData());
    for (const Profile::NbdExport &e : profile.nbd.exports) {
        QVERIFY2(text.output.contains(QByteArray("export=\"" + e.name.toUtf8() + "\":")), text.output.constData());
        if (!e.description.isEmpty())
            QVERIFY2(text.output.contains(e.description.toUtf8()), text.output.constData());
    }
    // LIST, INFO and ABORT attach nobody.
    QVERIFY(m_host->eventsOf(TrafficEvent::Kind::Warning).isEmpty());
}

void TestNbdServer::nbdinfoExport_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("multiConn");
    QTest::newRow("default") << QString() << SmallSize << true << true;
    QTest::newRow("big") << u"big"_s << BigSize << true << true;
    QTest::newRow("cow") << u"cow"_s << CowSize << false << false;
    QTest::newRow("cowmem") << u"cowmem"_s << CowSize << false << false;
    QTest::newRow("rw") << u"rw"_s << CowSize << false << false;
    QTest::newRow("sparse") << u"sparse"_s << SparseSize << true << true;
}

void TestNbdServer::nbdinfoExport()
{
    requireTools({u"nbdinfo"_s});
    QFETCH(QString, name);
    QFETCH(qint64, size);
    QFETCH(bool, readOnly);
    QFETCH(bool, multiConn);
    const ProcessResult result = runClient(u"nbdinfo"_s, {u"--json"_s, url(name)}, 30000);
    QVERIFY2(result.finished && result.exitCode == 0, result.output.constData());
    const QJsonArray exports = parseJson(result.output).value(u"exports"_s).toArray();
    QCOMPARE(exports.size(), 1);
    const QJsonObject e = exports.at(0).toObject();
    QCOMPARE(e.value(u"export-size"_s).toInteger(), size);
    QCOMPARE(e.value(u"is_read_only"_s).toBool(), readOnly);
    QCOMPARE(e.value(u"can_multi_conn"_s).toBool(), multiConn);
    QCOMPARE(e.value(u"can_flush"_s).toBool(), !readOnly);
    QCOMPARE(e.value(u"can_fua"_s).toBool(), !readOnly);
    QCOMPARE(e.value(u"can_trim"_s).toBool(), !readOnly);
    QCOMPARE(e.value(u"can_zero"_s).toBool(), !readOnly);
    QCOMPARE(e.value(u"can_df"_s).toBool(), true);
    QCOMPARE(e.value(u"can_cache"_s).toBool(), false);
    QCOMPARE(e.value(u"block_size_minimum"_s).toInt(), 1);
    QCOMPARE(e.value(u"block_size_preferred"_s).toInt(), 4096);
    QCOMPARE(e.value(u"block_size_maximum"_s).toInt(), 32 * 1024 * 1024);
}

void TestNbdServer::nbdcopyBigImage()
{
    requireTools({u"nbdcopy"_s});
    m_host->events.clear();
    const QString out = work(u"big-copy.img"_s);
    const ProcessResult result = runClient(u"nbdcopy"_s, {url(u"big"_s), out}, 90000);
    QVERIFY2(result.finished && result.exitCode == 0, result.output.constData());
    QCOMPARE(QFileInfo(out).size(), BigSize);
    QCOMPARE(sha256(out), m_bigSha);
    qInfo("nbdcopy of 256 MiB took %lld ms", result.elapsedMsecs);
    QFile::remove(out);
    // Attached and detached once per connection nbdcopy opened, each with the export and its bytes.
    // (Events of earlier tests may still be arriving: only those of "big" count.)
    const auto ofBig = [this](TrafficEvent::Kind kind) {
        QList<TrafficEvent> list = m_host->eventsOf(kind);
        list.removeIf([](const TrafficEvent &e) { return e.subject != u"big"_s; });
        return list;
    };
    QTRY_COMPARE(m_host->activeClients(), 0);
    QTRY_VERIFY(!ofBig(TrafficEvent::Kind::TransferStarted).isEmpty());
    const QList<TrafficEvent> started = ofBig(TrafficEvent::Kind::TransferStarted);
    QCOMPARE(started.first().peer, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(!started.first().detail.isEmpty()); // the mode
    QTRY_COMPARE(ofBig(TrafficEvent::Kind::TransferFinished).size(), started.size());
    qint64 bytes = 0;
    for (const TrafficEvent &e : ofBig(TrafficEvent::Kind::TransferFinished))
        bytes += e.bytes;
    QVERIFY(bytes >= BigSize);
}

void TestNbdServer::qemuRandomReads_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::newRow("big") << u"big"_s << u"images/big.img"_s;
    QTest::newRow("default, odd size") << QString() << u"small.img"_s;
    QTest::newRow("copy-on-write, untouched") << u"cow"_s << u"cow.img"_s;
}

void TestNbdServer::qemuRandomReads()
{
    requireTools({u"qemu-io"_s});
    QFETCH(QString, name);
    QFETCH(QString, file);
    QFile source(image(file));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const qint64 size = source.size();
    QRandomGenerator generator(11);
    QList<QPair<qint64, qint64>> reads;
    for (int i = 0; i < 24; ++i) {
        const qint64 offset = qint64(generator.bounded(quint64(size)));
        const qint64 length = 1 + qint64(generator.bounded(quint64(std::min<qint64>(size - offset, 20000))));
        reads.append({offset, length});
    }
    reads.append({size - 7, 7}); // the very end
    reads.append({0, 1});
    QStringList arguments{u"-f"_s, u"raw"_s, u"-r"_s};
    for (const auto &[offset, length] : reads)
        arguments << u"-c"_s << u"read -v %1 %2"_s.arg(offset).arg(length);
    arguments << url(name);
    const ProcessResult result = runClient(u"qemu-io"_s, arguments, 30000);
    QVERIFY2(result.finished && result.exitCode == 0, result.output.right(2000).constData());
    const QList<QByteArray> data = parseQemuReads(result.output);
    QCOMPARE(data.size(), reads.size());
    for (qsizetype i = 0; i < reads.size(); ++i) {
        source.seek(reads[i].first);
        QCOMPARE(data[i], source.read(reads[i].second));
    }
}

void TestNbdServer::copyOnWriteWithQemu()
{
    requireTools({u"qemu-io"_s});
    const QByteArray original = fileBytes(image(u"cow.img"_s));
    for (const QString &name : {u"cow"_s, u"cowmem"_s}) {
        // One connection writes (aligned, unaligned, zeroes, discard) and reads its writes back.
        const QStringList commands{
            u"write -P 0xab 4096 8192"_s,   u"read -P 0xab 4096 8192"_s,
            u"write -P 0xcd 10001 3000"_s,  u"read -P 0xcd 10001 3000"_s,
            u"read -P 0xab 4096 5905"_s,    u"write -z 65536 65536"_s,
            u"read -P 0 65536 65536"_s,     u"discard 262144 1048576"_s,
            u"read -P 0 262144 1048576"_s,  u"write -P 0x11 262144 512"_s,
            u"read -P 0x11 262144 512"_s,   u"read -P 0 262656 4096"_s,
            u"write -P 0x77 8387584 1024"_s, u"read -P 0x77 8387584 1024"_s,
            u"write -P 0x33 2097152 3145728"_s, u"read -P 0x33 2097152 3145728"_s, // many pieces of payload
            u"flush"_s,
        };
        QStringList arguments{u"-f"_s, u"raw"_s};
        for (const QString &c : commands)
            arguments << u"-c"_s << c;
        arguments << url(name);
        const ProcessResult result = runClient(u"qemu-io"_s, arguments, 30000);
        QVERIFY2(result.finished && result.exitCode == 0, result.output.constData());
        QVERIFY2(!result.output.contains("failed") && !result.output.contains("error"), result.output.constData());
        QVERIFY2(!result.output.contains("Pattern verification"), result.output.constData());

        // A second connection sees the image as it was.
        const ProcessResult second = runClient(
            u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-r"_s, u"-c"_s, u"read -v 4000 10000"_s, u"-c"_s, u"read -v 65536 100"_s, url(name)},
            30000);
        QVERIFY2(second.finished && second.exitCode == 0, second.output.constData());
        const QList<QByteArray> reads = parseQemuReads(second.output);
        QCOMPARE(reads.size(), 2);
        QCOMPARE(reads[0], original.mid(4000, 10000));
        QCOMPARE(reads[1], original.mid(65536, 100));
    }
    QCOMPARE(sha256(image(u"cow.img"_s)), m_cowSha); // the image never changed
    QTRY_VERIFY(m_host->overlayFiles().isEmpty());
    QTRY_VERIFY(overlayFilesOnDisk().isEmpty()); // removed when the clients left
}

void TestNbdServer::copyOnWriteOverlayLifetime()
{
    // File overlay: created in the system temp folder at the first write, gone when the client leaves.
    {
        RawNbdClient client;
        QVERIFY(client.connectTo(m_port));
        QVERIFY(client.attach("cow", true));
        QVERIFY(m_host->overlayFiles().isEmpty());
        QCOMPARE(client.write(100, QByteArray(5000, 'x')), 0u);
        const QStringList files = m_host->overlayFiles();
        QCOMPARE(files.size(), 1);
        QCOMPARE(QFileInfo(files.first()).absolutePath(), QFileInfo(m_tmp.path()).absoluteFilePath());
        QCOMPARE(overlayFilesOnDisk().size(), 1);
        const RawNbdClient::Reply r = client.read(90, 20);
        QVERIFY(r.complete && r.error == 0);
        QCOMPARE(r.data, QByteArray(fileBytes(image(u"cow.img"_s)).mid(90, 10) + QByteArray(10, 'x')));
        client.disconnectCleanly();
    }
    QTRY_VERIFY(overlayFilesOnDisk().isEmpty());
    // Memory overlay: no file at all.
    RawNbdClient client;
    QVERIFY(client.connectTo(m_port));
    QVERIFY(client.attach("cowmem", false));
    QCOMPARE(client.write(0, QByteArray(70000, 'y')), 0u);
    QVERIFY(m_host->overlayFiles().isEmpty());
    QVERIFY(overlayFilesOnDisk().isEmpty());
    // A client that just vanishes (no NBD_CMD_DISC) is cleaned up too.
    client.socket().abort();
    QTRY_COMPARE(m_host->activeClients(), 0);
}

void TestNbdServer::readOnlyRefusesWrites()
{
    if (haveProgram(u"qemu-io"_s)) {
        const ProcessResult result =
            runClient(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-c"_s, u"write -P 0x11 0 4096"_s, url(u"big"_s)}, 30000);
        QVERIFY(result.finished);
        QVERIFY2(result.exitCode != 0 || result.output.contains("failed"), result.output.constData());
        // qemu checks the READ_ONLY flag itself and refuses to open the export for writing
        // ("Permission denied"); the server's own EPERM is checked below with a client that does not.
        QVERIFY2(result.output.contains("read-only") || result.output.contains("Operation not permitted")
                     || result.output.contains("Permission denied"),
                 result.output.constData());
    }
    if (!nbdshPython().isEmpty()) {
        // libnbd (nbdsh) with its own checks off sends the write; the server answers EPERM.
        const ProcessResult result =
            runNbdsh({u"-u"_s, url(u"big"_s), u"-c"_s, u"h.set_strict_mode(0)"_s, u"-c"_s,
                      u"try:\n    h.pwrite(b'x' * 4096, 0)\n    print('written')\nexcept nbd.Error as e:\n"
                      "    print('refused', e.errnum, e.string)\n"_s});
        QVERIFY2(result.finished && result.exitCode == 0, result.output.constData());
        QVERIFY2(result.output.contains("refused 1 ") && result.output.contains("Operation not permitted"),
                 result.output.constData());
    }
    // A client that ignores the READ_ONLY flag gets EPERM, and stays in step (the payload is consumed).
    for (const bool structured : {false, true}) {
        RawNbdClient client;
        QVERIFY(client.connectTo(m_port));
        const auto attached = client.attach("big", structured);
        QVERIFY(attached);
        QVERIFY(attached->flags & Nbd::FlagReadOnly);
        QCOMPARE(client.write(0, QByteArray(70000, 'w')), quint32(Nbd::EPerm));
        QCOMPARE(client.command(Nbd::Command::Trim, 0, 4096), quint32(Nbd::EPerm));
        QCOMPARE(client.command(Nbd::Command::WriteZeroes, 0, 4096), quint32(Nbd::EPerm));
        QCOMPARE(client.command(Nbd::Command::Flush, 0, 0), 0u);
        const RawNbdClient::Reply r = client.read(0, 4096);
        QVERIFY(r.complete && r.error == 0);
        QCOMPARE(r.data, fileRange(image(u"images/big.img"_s), 0, 4096));
        client.disconnectCleanly();
    }
    QCOMPARE(sha256(image(u"images/big.img"_s)), m_bigSha);
}

void TestNbdServer::outOfRangeRequests_data()
{
    QTest::addColumn<bool>("structured");
    QTest::newRow("simple replies") << false;
    QTest::newRow("structured replies") << true;
}

void TestNbdServer::outOfRangeRequests()
{
    QFETCH(bool, structured);
    RawNbdClient client;
    QVERIFY(client.connectTo(m_port));
    const auto attached = client.attach("cow", structured);
    QVERIFY(attached);
    QCOMPARE(attached->size, quint64(CowSize));
    const auto expectError = [&client](quint64 offset, quint32 length, quint32 error) {
        const RawNbdClient::Reply r = client.read(offset, length);
        return r.complete && r.error == error;
    };
    QVERIFY(expectError(CowSize - 10, 20, Nbd::EInval));
    QVERIFY(expectError(CowSize + 1, 0, Nbd::EInval));
    QVERIFY(expectError(~0ull - 100, 200, Nbd::EInval));
    QVERIFY(expectError(0, 33 * 1024 * 1024, structured ? Nbd::EOverflow : Nbd::EInval));
    QVERIFY(expectError(CowSize, 0, 0)); // empty read at the end: fine
    QCOMPARE(client.write(CowSize - 2, "abc"), quint32(Nbd::ENoSpc));
    QCOMPARE(client.command(Nbd::Command::WriteZeroes, CowSize - 2, 3), quint32(Nbd::ENoSpc));
    QCOMPARE(client.command(Nbd::Command::Trim, CowSize - 2, 3), quint32(Nbd::EInval));
    QCOMPARE(client.command(Nbd::Command::Cache, 0, 4096), quint32(Nbd::ENotSup));
    QCOMPARE(client.command(Nbd::Command(0x55), 0, 0), quint32(Nbd::ENotSup));
    QCOMPARE(client.command(Nbd::Command::Flush, 0, 0, 0x8000), quint32(Nbd::EInval)); // unknown flag
    // Still in step: the last bytes read fine.
    const RawNbdClient::Reply r = client.read(CowSize - 10, 10);
    QVERIFY(r.complete && r.error == 0);
    QCOMPARE(r.data, fileBytes(image(u"cow.img"_s)).right(10));
    client.disconnectCleanly();
}

void TestNbdServer::outOfRangeWithNbdsh()
{
    if (nbdshPython().isEmpty())
        QSKIP("nbdsh (python3-libnbd) is not installed");
    // libnbd with its own checks off sends what a careless client would; the server answers.
    const QString script = uR"(
size = h.get_size()
for what, call in [('read past end', lambda: h.pread(20, size - 10)),
                   ('read beyond', lambda: h.pread(1, size + 1)),
                   ('write past end', lambda: h.pwrite(b'abc', size - 2)),
                   ('read too long', lambda: h.pread(33 * 1024 * 1024, 0))]:
    try:
        call()
        print(what, 'ok')
    except nbd.Error as e:
        print(what, 'errno', e.errnum)
print('last bytes', h.pread(10, size - 10).hex())
)"_s;
    const ProcessResult result = runNbdsh({u"-u"_s, url(u"cow"_s), u"-c"_s, u"h.set_strict_mode(0)"_s, u"-c"_s, script});
    QVERIFY2(result.finished && result.exitCode == 0, result.output.constData());
    QVERIFY2(result.output.contains("read past end errno 22"), result.output.constData());  // EINVAL
    QVERIFY2(result.output.contains("read beyond errno 22"), result.output.constData());
    QVERIFY2(result.output.contains("write past end errno 28"), result.output.constData()); // ENOSPC
    QVERIFY2(result.output.contains("read too long errno 75"), result.output.constData());  // EOVERFLOW
    QVERIFY2(result.output.contains(QByteArray("last bytes " + fileBytes(image(u"cow.img"_s)).right(10).toHex())),
             result.output.constData());
}

void TestNbdServer::simpleAndStructuredReads()
{
    const QString big = image(u"images/big.img"_s);
    const quint64 offset = 3 * 1024 * 1024 + 17;
    const quint32 length = 5 * 1024 * 1024 + 3; // many pieces, unaligned
    for (const bool structured : {false, true}) {
        RawNbdClient client;
        QVERIFY(client.connectTo(m_port));
        QVERIFY(client.attach("big", structured));
        const RawNbdClient::Reply r = client.read(offset, length);
        QVERIFY(r.complete);
        QCOMPARE(r.error, 0u);
        QVERIFY(r.data == fileRange(big, offset, length));
        if (structured) {
            QVERIFY(r.chunks > 1);
            const RawNbdClient::Reply one = client.read(offset, length, Nbd::CommandFlagDf);
            QVERIFY(one.complete);
            QCOMPARE(one.chunks, 1); // DF: one chunk
            QVERIFY(one.data == fileRange(big, offset, length));
        } else {
            // DF without structured replies is invalid.
            const RawNbdClient::Reply df = client.read(0, 10, Nbd::CommandFlagDf);
            QVERIFY(df.complete);
            QCOMPARE(df.error, quint32(Nbd::EInval));
        }
        const RawNbdClient::Reply empty = client.read(100, 0);
        QVERIFY(empty.complete && empty.error == 0 && empty.data.isEmpty());
        // The largest read allowed.
        const RawNbdClient::Reply largest = client.read(0, 32 * 1024 * 1024);
        QVERIFY(largest.complete && largest.error == 0);
        QVERIFY(largest.data == fileRange(big, 0, 32 * 1024 * 1024));
        client.disconnectCleanly();
    }
}

void TestNbdServer::exportNameClients_data()
{
    QTest::addColumn<quint32>("clientFlags");
    QTest::addColumn<int>("replySize");
    QTest::newRow("fixed newstyle, no zeroes") << quint32(Nbd::ClientFlagFixedNewstyle | Nbd::ClientFlagNoZeroes) << 10;
    QTest::newRow("fixed newstyle") << quint32(Nbd::ClientFlagFixedNewstyle) << 134;
    QTest::newRow("plain newstyle (old clients)") << 0u << 134;
}

void TestNbdServer::exportNameClients()
{
    // NBD_OPT_EXPORT_NAME, as old nbd-client and initramfs tools send it (PyPXE spoke only this).
    QFETCH(quint32, clientFlags);
    QFETCH(int, replySize);
    RawNbdClient client;
    QVERIFY(client.connectTo(m_port));
    QVERIFY(NbdHandshake::parseGreeting(client.readExactly(Nbd::GreetingSize)));
    client.send(NbdHandshake::serializeClientFlags(clientFlags));
    client.send(NbdHandshake::serializeOption(quint32(Nbd::Option::ExportName), QByteArray()));
    const QByteArray reply = client.readExactly(replySize);
    QCOMPARE(reply.size(), replySize);
    QCOMPARE(qFromBigEndian<quint64>(reply.constData()), quint64(SmallSize)); // the default export
    const quint16 flags = qFromBigEndian<quint16>(reply.constData() + 8);
    QVERIFY(flags & Nbd::FlagHasFlags);
    QVERIFY(flags & Nbd::FlagReadOnly);
    QVERIFY(!(flags & Nbd::FlagSendDf)); // no structured replies agreed
    const RawNbdClient::Reply r = client.read(SmallSize - 4096, 4096);
    QVERIFY(r.complete && r.error == 0);
    QCOMPARE(r.data, m_small.right(4096));
    client.disconnectCleanly();
}

void TestNbdServer::readWriteSingleWriter()
{
    requireTools({u"qemu-io"_s, u"nbdinfo"_s});
    // Writes reach the file.
    const ProcessResult result = runClient(
        u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-c"_s, u"write -P 0x5a 1000 5000"_s, u"-c"_s, u"flush"_s, url(u"rw"_s)}, 30000);
    QVERIFY2(result.finished && result.exitCode == 0, result.output.constData());
    QTRY_COMPARE(m_host->activeClients(), 0);
    QCOMPARE(fileBytes(image(u"rw.img"_s)).mid(1000, 5000), QByteArray(5000, '\x5a'));

    // While one client holds it, a second is refused: GO with NBD_REP_ERR_POLICY and a reason,
    // EXPORT_NAME by closing; other exports are unaffected.
    m_host->events.clear();
    RawNbdClient holder;
    QVERIFY(holder.connectTo(m_port));
    QVERIFY(holder.attach("rw", true));
    QCOMPARE(holder.write(0, "held"), 0u);

    // (libnbd shows the server's message only in its debug output.)
    qputenv("LIBNBD_DEBUG", "1");
    const ProcessResult refused = runClient(u"nbdinfo"_s, {url(u"rw"_s)}, 30000);
    qunsetenv("LIBNBD_DEBUG");
    QVERIFY(refused.finished);
    QVERIFY2(refused.exitCode != 0, refused.output.right(3000).constData());
    QVERIFY2(refused.output.contains("server error message: the read-write export \"rw\" is in use by 127.0.0.1"),
             refused.output.right(3000).constData());

    RawNbdClient second;
    QVERIFY(second.connectTo(m_port));
    QByteArray reason;
    QVERIFY(!second.attach("rw", false, &reason));
    QVERIFY2(reason.contains("one client at a time"), reason.constData());

    RawNbdClient oldStyle;
    QVERIFY(oldStyle.connectTo(m_port));
    QVERIFY(NbdHandshake::parseGreeting(oldStyle.readExactly(Nbd::GreetingSize)));
    oldStyle.send(NbdHandshake::serializeClientFlags(Nbd::ClientFlagFixedNewstyle));
    oldStyle.send(NbdHandshake::serializeOption(quint32(Nbd::Option::ExportName), "rw"));
    QVERIFY(oldStyle.closedByServer());

    const ProcessResult other = runClient(u"nbdinfo"_s, {url(u"cow"_s)}, 30000);
    QVERIFY2(other.finished && other.exitCode == 0, other.output.constData());
    QTRY_VERIFY(m_host->eventsOf(TrafficEvent::Kind::Refused).size() >= 3);
    QCOMPARE(m_host->eventsOf(TrafficEvent::Kind::Refused).first().subject, u"rw"_s);

    holder.disconnectCleanly();
    second.socket().abort();
    QTRY_COMPARE(m_host->activeClients(), 0);
    const ProcessResult again = runClient(u"nbdinfo"_s, {url(u"rw"_s)}, 30000);
    QVERIFY2(again.finished && again.exitCode == 0, again.output.constData());
    QCOMPARE(fileBytes(image(u"rw.img"_s)).left(4), QByteArray("held"));
}

void TestNbdServer::copyToRamExport()
{
    QTRY_VERIFY(m_host->isInRam(u"ram"_s));
    RawNbdClient client;
    QVERIFY(client.connectTo(m_port));
    const auto attached = client.attach("ram", true);
    QVERIFY(attached);
    QCOMPARE(attached->size, quint64(SmallSize));
    const RawNbdClient::Reply r = client.read(0, quint32(SmallSize));
    QVERIFY(r.complete && r.error == 0);
    QVERIFY(r.data == m_small);
    client.disconnectCleanly();
}

void TestNbdServer::malformedClientsLeaveOthersServing()
{
    requireTools({u"nbdinfo"_s});
    m_host->events.clear();
    m_host->setHandshakeTimeoutMsecs(1500);
    const QByteArray fixed = NbdHandshake::serializeClientFlags(Nbd::ClientFlagFixedNewstyle | Nbd::ClientFlagNoZeroes);
    const auto go = [](const QByteArray &name) {
        return NbdHandshake::serializeOption(quint32(Nbd::Option::Go), NbdHandshake::serializeExportRequest({name, {}}));
    };
    NbdRequest badMagic{0, 0, 1, 0, 512};
    QByteArray badMagicBytes = badMagic.serialize();
    badMagicBytes[0] = 'X';
    NbdRequest hugeWrite{0, quint16(Nbd::Command::Write), 2, 0, 0xffffffffu};

    struct Case
    {
        const char *name;
        QByteArray bytes;
        bool expectClose; // the server closes by itself (otherwise the client leaves half-way)
    };
    const QList<Case> cases{
        {"random bytes", randomBytes(1000, 99), true},
        {"unknown client flags", NbdHandshake::serializeClientFlags(0xff), true},
        {"wrong option magic", QByteArray(fixed + QByteArray(16, '\x01')), true},
        {"absurd option length", QByteArray(fixed + QByteArray::fromHex("49484156454f505400000007 7fffffff")), true},
        {"plain newstyle then LIST", QByteArray(NbdHandshake::serializeClientFlags(0)
                                                + NbdHandshake::serializeOption(quint32(Nbd::Option::List))),
         true},
        {"wrong request magic", QByteArray(fixed + go("big") + badMagicBytes), true},
        {"truncated header, silent", QByteArray(fixed + QByteArray::fromHex("49484156454f5054000000")), true},
        {"silent after greeting", QByteArray(), true},
        {"huge write payload, then gone", QByteArray(fixed + go("big") + hugeWrite.serialize() + QByteArray(100000, 'p')),
         false},
        {"truncated request, then gone", QByteArray(fixed + go("big") + badMagic.serialize().left(13)), false},
    };
    std::vector<std::unique_ptr<RawNbdClient>> clients;
    for (const Case &c : cases) {
        auto client = std::make_unique<RawNbdClient>();
        QVERIFY(client->connectTo(m_port));
        client->send(c.bytes);
        clients.push_back(std::move(client));
    }
    // While they are connected, a real client is served.
    const ProcessResult list = runClient(u"nbdinfo"_s, {u"--list"_s, url()}, 30000);
    QVERIFY2(list.finished && list.exitCode == 0, list.output.constData());

    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (cases[i].expectClose)
            QVERIFY2(clients[size_t(i)]->closedByServer(8000), cases[i].name);
        else
            clients[size_t(i)]->socket().abort();
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_host->activeClients(), 0, 10000);
    // Each violation is reported with the client's address; nothing else broke.
    QTRY_VERIFY(m_host->eventsOf(TrafficEvent::Kind::Warning).size() >= 6);
    for (const TrafficEvent &e : m_host->eventsOf(TrafficEvent::Kind::Warning))
        QCOMPARE(e.peer, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(!m_host->eventsOf(TrafficEvent::Kind::TransferFailed).isEmpty()); // the bad request magic
    m_host->setHandshakeTimeoutMsecs(30000);

    const ProcessResult after = runClient(u"nbdinfo"_s, {url(u"big"_s)}, 30000);
    QVERIFY2(after.finished && after.exitCode == 0, after.output.constData());
    QCOMPARE(m_host->state().status, ServiceState::Status::Listening);
}

void TestNbdServer::largeReadDoesNotStallOthers()
{
    requireTools({u"nbdcopy"_s});
    m_host->events.clear();
    RawNbdClient client;
    QVERIFY(client.connectTo(m_port));
    QVERIFY(client.attach(QByteArray(), true));
    QRandomGenerator generator(5);
    QElapsedTimer clock;
    QList<qint64> idle;
    for (int i = 0; i < 50; ++i) {
        const quint64 offset = generator.bounded(quint64(SmallSize - 4096));
        clock.start();
        const RawNbdClient::Reply r = client.read(offset, 4096);
        idle.append(clock.nsecsElapsed() / 1000);
        QVERIFY(r.complete && r.error == 0);
    }
    std::sort(idle.begin(), idle.end());

    // One client reads the whole 1 GiB export over one connection...
    QProcess copy;
    copy.setProgram(u"nbdcopy"_s);
    copy.setArguments({u"--connections=1"_s, u"--requests=16"_s, url(u"sparse"_s), u"null:"_s});
    copy.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer copyClock;
    copyClock.start();
    copy.start();
    QVERIFY(copy.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!m_host->eventsOf(TrafficEvent::Kind::TransferStarted).isEmpty(), 10000);

    // ...while another does small reads; each must come back promptly.
    QList<qint64> latencies;
    int duringCopy = 0;
    while (latencies.size() < 20000 && (copy.state() != QProcess::NotRunning || latencies.size() < 20)) {
        const quint64 offset = generator.bounded(quint64(SmallSize - 4096));
        clock.start();
        const RawNbdClient::Reply r = client.read(offset, 4096);
        latencies.append(clock.nsecsElapsed() / 1000);
        QVERIFY(r.complete && r.error == 0);
        QVERIFY(r.data == m_small.mid(qsizetype(offset), 4096));
        if (copy.state() != QProcess::NotRunning)
            ++duringCopy;
        QCoreApplication::processEvents(); // lets QProcess notice the end (without blocking on it)
        QThread::msleep(2);
    }
    QVERIFY(copy.state() == QProcess::NotRunning || copy.waitForFinished(120000));
    const qint64 copyMsecs = copyClock.elapsed();
    QVERIFY2(copy.exitCode() == 0, copy.readAll().constData());
    client.disconnectCleanly();

    std::sort(latencies.begin(), latencies.end());
    const qint64 median = latencies.at(latencies.size() / 2);
    const qint64 worst = latencies.last();
    qInfo("1 GiB read in %lld ms; %d small reads during it: latency median %lld us, worst %lld us "
          "(idle server: median %lld us)",
          copyMsecs, duringCopy, median, worst, idle.at(idle.size() / 2));
    QVERIFY2(duringCopy >= 10, qPrintable(u"only %1 small reads overlapped the large one"_s.arg(duringCopy)));
    QVERIFY2(worst < 1000 * 1000, qPrintable(u"a small read took %1 us"_s.arg(worst)));
    const auto sparseBytes = [this] {
        qint64 bytes = 0;
        for (const TrafficEvent &e : m_host->eventsOf(TrafficEvent::Kind::TransferFinished)) {
            if (e.subject == u"sparse"_s)
                bytes += e.bytes;
        }
        return bytes;
    };
    QTRY_COMPARE(sparseBytes(), SparseSize);
}

void TestNbdServer::maxClients()
{
    m_host->events.clear();
    m_host->setMaxClients(2);
    RawNbdClient a;
    RawNbdClient b;
    RawNbdClient c;
    QVERIFY(a.connectTo(m_port));
    QVERIFY(NbdHandshake::parseGreeting(a.readExactly(Nbd::GreetingSize)));
    QVERIFY(b.connectTo(m_port));
    QVERIFY(NbdHandshake::parseGreeting(b.readExactly(Nbd::GreetingSize)));
    QVERIFY(c.connectTo(m_port));
    QVERIFY(c.readExactly(Nbd::GreetingSize, 3000).isEmpty());
    QVERIFY(c.closedByServer());
    QTRY_COMPARE(m_host->eventsOf(TrafficEvent::Kind::Refused).size(), 1);
    a.socket().abort();
    // A place is free again.
    QTRY_COMPARE(m_host->activeClients(), 1);
    RawNbdClient d;
    QVERIFY(d.connectTo(m_port));
    QVERIFY(NbdHandshake::parseGreeting(d.readExactly(Nbd::GreetingSize)));
    b.socket().abort();
    d.socket().abort();
    m_host->setMaxClients(64);
}

void TestNbdServer::stopRemovesOverlays()
{
    Profile profile = baseProfile();
    auto host = std::make_unique<NbdServerHost>(profile);
    QVERIFY(host->start());
    RawNbdClient client;
    QVERIFY(client.connectTo(host->port()));
    QVERIFY(client.attach("cow", false));
    QCOMPARE(client.write(0, QByteArray(10000, 'o')), 0u);
    QCOMPARE(host->overlayFiles().size(), 1);
    const QString file = host->overlayFiles().first();
    QVERIFY(QFile::exists(file));
    host->stop();
    QVERIFY(!QFile::exists(file));
    QVERIFY(client.closedByServer());
    QCOMPARE(host->state().status, ServiceState::Status::Stopped);
    QTRY_VERIFY(!host->eventsOf(TrafficEvent::Kind::TransferFailed).isEmpty());
}

void TestNbdServer::bindConflictFails()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    Profile profile = baseProfile();
    profile.nbd.port = squatter.serverPort();
    NbdServerHost host(profile);
    QVERIFY(!host.start());
    const ServiceState state = host.state();
    QCOMPARE(state.status, ServiceState::Status::Failed);
    QVERIFY2(state.reason.contains(QString::number(squatter.serverPort())), qPrintable(state.reason));
}

void TestNbdServer::unusableExports()
{
    // Some exports unusable: the others are served, each problem is a warning.
    Profile profile = baseProfile();
    Profile::NbdExport missing;
    missing.name = u"missing"_s;
    missing.file = u"missing.img"_s;
    Profile::NbdExport outside = missing;
    outside.name = u"outside"_s;
    outside.file = u"../outside.img"_s;
    profile.nbd.exports.append(missing);
    profile.nbd.exports.append(outside);
    {
        NbdServerHost host(profile);
        QVERIFY(host.start());
        QCOMPARE(host.exportNames().size(), baseProfile().nbd.exports.size());
        QTRY_COMPARE(host.eventsOf(TrafficEvent::Kind::Warning).size(), 2);
        QCOMPARE(host.eventsOf(TrafficEvent::Kind::Warning).first().subject, u"missing"_s);
    }
    // None usable, or none at all: the service fails and says why.
    profile.nbd.exports = {missing};
    {
        NbdServerHost host(profile);
        QVERIFY(!host.start());
        QCOMPARE(host.state().status, ServiceState::Status::Failed);
        QVERIFY2(host.state().reason.contains(u"missing.img"_s), qPrintable(host.state().reason));
    }
    profile.nbd.exports.clear();
    NbdServerHost host(profile);
    QVERIFY(!host.start());
    QVERIFY(!host.state().reason.isEmpty());
}

void TestNbdServer::kernelNbdClient()
{
    if (!haveProgram(u"nbd-client"_s))
        QSKIP("nbd-client is not installed");
    if (!QFile::exists(u"/dev/nbd0"_s)) {
        const ProcessResult probe = runClient(u"modprobe"_s, {u"nbd"_s}, 10000);
        if (!probe.finished || probe.exitCode != 0 || !QFile::exists(u"/dev/nbd0"_s)) {
            const QString why = !probe.started ? u"modprobe is not available"_s
                : probe.output.trimmed().isEmpty() ? u"modprobe nbd exited with %1"_s.arg(probe.exitCode)
                                                    : QString::fromLocal8Bit(probe.output.trimmed());
            QSKIP(qPrintable(u"the kernel NBD client is not available here (no /dev/nbd0; %1)"_s.arg(why)));
        }
    }
    const ProcessResult attach =
        runClient(u"nbd-client"_s, {u"127.0.0.1"_s, QString::number(m_port), u"/dev/nbd0"_s, u"-N"_s, u"big"_s}, 20000);
    if (!attach.finished || attach.exitCode != 0)
        QSKIP(qPrintable(u"nbd-client could not attach /dev/nbd0: %1"_s.arg(QString::fromLocal8Bit(attach.output))));
    QFile device(u"/dev/nbd0"_s);
    const bool opened = device.open(QIODevice::ReadOnly);
    const QByteArray head = opened ? device.read(1024 * 1024) : QByteArray();
    device.close();
    runClient(u"nbd-client"_s, {u"-d"_s, u"/dev/nbd0"_s}, 20000);
    QVERIFY(opened);
    QVERIFY(head == fileRange(image(u"images/big.img"_s), 0, 1024 * 1024));
}

QTEST_GUILESS_MAIN(TestNbdServer)
#include "tst_nbdserver.moc"
