// The copy-on-write overlay against a reference model (unaligned writes, reads, trims and zeroes
// across block and group boundaries, in memory and in a temporary file), and the export image:
// opening inside the netboot folder, sizes, read-write I/O, copy to RAM, the single writer.

#include "nbd/NbdExportImage.h"
#include "nbd/NbdExportOverlay.h"
#include "nbd/NbdProtocol.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Bootcast;
using namespace Qt::StringLiterals;

namespace {

constexpr quint64 BS = NbdExportOverlay::BlockSize;
constexpr quint64 Group = quint64(BS) * NbdExportOverlay::BlocksPerGroup;
constexpr quint64 ImageSize = 2 * Group + 1000; // three groups; the last block is 1000 bytes

struct Op
{
    char kind = 'w'; // w: write, z: zero (TRIM / WRITE_ZEROES)
    quint64 offset = 0;
    quint64 length = 0;
    char fill = 0;
};
using OpList = QList<Op>;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qsizetype i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(generator.generate());
    return bytes;
}

Profile::NbdExport exportConfig(const QString &file, Profile::NbdExport::Mode mode)
{
    Profile::NbdExport e;
    e.name = u"test"_s;
    e.file = file;
    e.mode = mode;
    return e;
}

QByteArray readAll(NbdExportOverlay &overlay, quint64 offset, quint64 length)
{
    QByteArray out(qsizetype(length), '\x55');
    const quint32 error = overlay.read(offset, out.data(), qint64(length));
    if (error != Nbd::NoError)
        return QByteArray("read failed");
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

Q_DECLARE_METATYPE(OpList)
Q_DECLARE_METATYPE(NbdExportOverlay::Storage)

class TestNbdOverlay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void merge_data();
    void merge();
    void slotsReused();
    void zeroWholeGroupsIsCheap();
    void temporaryFileLifecycle();
    void memoryOverlayCreatesNoFile();

    void openInsideNetbootFolder();
    void openRefusesOutside_data();
    void openRefusesOutside();
    void sizeIsTruthful();
    void readWriteImage();
    void readOnlyImageRefusesWrites();
    void copyToRam();
    void copyToRamWithWrites();
    void shrunkFileIsAnError();
    void singleWriter();

private:
    QTemporaryDir m_tmp; // the "system temp folder" of these tests (TMPDIR)
    QTemporaryDir m_netboot;
    QByteArray m_base;
    std::shared_ptr<NbdExportImage> m_image;
};

void TestNbdOverlay::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(m_netboot.isValid());
    qputenv("TMPDIR", QFile::encodeName(m_tmp.path()));
    QCOMPARE(QDir::cleanPath(QDir::tempPath()), QDir::cleanPath(m_tmp.path()));
    m_base = randomBytes(qsizetype(ImageSize), 42);
    m_image = NbdExportImage::fromBytes(exportConfig(u"base.img"_s, Profile::NbdExport::Mode::CopyOnWrite), m_base);
}

void TestNbdOverlay::merge_data()
{
    QTest::addColumn<NbdExportOverlay::Storage>("storage");
    QTest::addColumn<OpList>("ops");
    QTest::addColumn<qint64>("storedBlocks");

    const quint64 lastBlock = (ImageSize - 1) / BS * BS;
    struct Row
    {
        const char *tag;
        OpList ops;
        qint64 stored;
    };
    const QList<Row> rows{
        {"aligned write", {{'w', BS, 2 * BS, 'a'}}, 2},
        {"unaligned inside one block", {{'w', 100, 50, 'b'}}, 1},
        {"across a block boundary", {{'w', BS - 100, 200, 'c'}}, 2},
        {"across a group boundary", {{'w', Group - 10, 20, 'd'}}, 2},
        {"long unaligned write", {{'w', 1234, 5 * BS + 17, 'e'}}, 6},
        {"rewrites keep the last data", {{'w', 0, 2 * BS, 'a'}, {'w', 0, 2 * BS, 'b'}, {'w', 10, 5, 'c'}, {'w', BS - 1, 2, 'd'}}, 2},
        {"short last block, partly", {{'w', ImageSize - 100, 100, 'f'}}, 1},
        {"short last block, whole", {{'w', lastBlock, ImageSize - lastBlock, 'g'}}, 1},
        {"trim whole blocks", {{'w', 0, 4 * BS, 'h'}, {'z', BS, 2 * BS, 0}}, 2},
        {"trim unaligned across blocks", {{'z', 1000, 10000, 0}}, 2},
        {"zero inside a written block", {{'w', 0, BS, 'i'}, {'z', 10, 20, 0}}, 1},
        {"zero a whole group", {{'w', Group, BS, 'j'}, {'w', Group + 7 * BS + 3, 9, 'k'}, {'z', Group, Group, 0}}, 0},
        {"zero the whole image", {{'w', 5, 3 * BS, 'l'}, {'z', 0, ImageSize, 0}}, 0},
        {"zero then write partly", {{'z', 0, Group, 0}, {'w', 5, 10, 'm'}}, 1},
        {"zero from mid-group to the end", {{'z', Group + 3 * BS + 5, ImageSize - Group - 3 * BS - 5, 0}}, 1},
        {"write, zero, write", {{'w', 0, 16 * BS, 'n'}, {'z', 100, 15 * BS, 0}, {'w', 3 * BS + 1, 5, 'o'}}, 3},
        {"write the whole image", {{'w', 0, ImageSize, 'p'}}, qint64((ImageSize + BS - 1) / BS)},
        {"trim past written data into base", {{'w', 0, BS, 'q'}, {'z', BS / 2, 2 * BS, 0}}, 2},
    };
    for (const auto storage : {NbdExportOverlay::Storage::Memory, NbdExportOverlay::Storage::TemporaryFile}) {
        const char *where = storage == NbdExportOverlay::Storage::Memory ? "memory" : "file";
        for (const Row &row : rows)
            QTest::addRow("%s: %s", where, row.tag) << storage << row.ops << row.stored;
    }
}

void TestNbdOverlay::merge()
{
    QFETCH(NbdExportOverlay::Storage, storage);
    QFETCH(OpList, ops);
    QFETCH(qint64, storedBlocks);

    NbdExportOverlay overlay(m_image, storage);
    QByteArray model = m_base;
    for (const Op &op : ops) {
        if (op.kind == 'w') {
            const QByteArray data(qsizetype(op.length), op.fill);
            QCOMPARE(overlay.write(op.offset, data.constData(), data.size()), quint32(Nbd::NoError));
            model.replace(qsizetype(op.offset), data.size(), data);
        } else {
            QCOMPARE(overlay.zero(op.offset, op.length), quint32(Nbd::NoError));
            model.replace(qsizetype(op.offset), qsizetype(op.length), QByteArray(qsizetype(op.length), '\0'));
        }
        QCOMPARE(model.size(), qsizetype(ImageSize));
    }
    QCOMPARE(overlay.storedBlocks(), storedBlocks);

    // The whole image at once, then reads that start and end anywhere.
    QVERIFY(readAll(overlay, 0, ImageSize) == model);
    QRandomGenerator generator(7);
    for (int i = 0; i < 300; ++i) {
        const quint64 offset = generator.bounded(quint64(ImageSize));
        const quint64 length = generator.bounded(std::min<quint64>(ImageSize - offset, 3 * BS) + 1);
        if (readAll(overlay, offset, length) != model.mid(qsizetype(offset), qsizetype(length)))
            QFAIL(qPrintable(u"read at %1, %2 bytes differs"_s.arg(offset).arg(length)));
    }
    for (const quint64 edge : {BS - 1, BS, Group - 1, Group, 2 * Group - 1, ImageSize - 1000, ImageSize - 1}) {
        const quint64 length = std::min<quint64>(ImageSize - edge, 2);
        QCOMPARE(readAll(overlay, edge, length), model.mid(qsizetype(edge), qsizetype(length)));
    }
    // The image itself never changed.
    QByteArray base(qsizetype(ImageSize), '\0');
    QCOMPARE(m_image->read(0, base.data(), base.size()), quint32(Nbd::NoError));
    QVERIFY(base == m_base);
}

void TestNbdOverlay::slotsReused()
{
    NbdExportOverlay overlay(m_image, NbdExportOverlay::Storage::Memory);
    const QByteArray data(8 * BS, 'r');
    QCOMPARE(overlay.write(0, data.constData(), data.size()), quint32(Nbd::NoError));
    QCOMPARE(overlay.storeSlots(), 8);
    QCOMPARE(overlay.zero(0, 8 * BS), quint32(Nbd::NoError));
    QCOMPARE(overlay.storedBlocks(), 0);
    QCOMPARE(overlay.write(Group, data.constData(), data.size()), quint32(Nbd::NoError));
    QCOMPARE(overlay.storeSlots(), 8); // the freed slots, not new ones
    QCOMPARE(overlay.storedBlocks(), 8);
    // Rewriting stored blocks takes no new slots either.
    QCOMPARE(overlay.write(Group + 5, data.constData(), 100), quint32(Nbd::NoError));
    QCOMPARE(overlay.storeSlots(), 8);
}

void TestNbdOverlay::zeroWholeGroupsIsCheap()
{
    // A 64 GiB export that is never read: zeroing it all (mkfs discards a whole disk) and writing a
    // little must not cost memory or time in proportion to its size.
    Profile::NbdExport config = exportConfig(u"huge"_s, Profile::NbdExport::Mode::CopyOnWrite);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.img"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(64) << 30)); // sparse
    file.close();
    config.file = path;
    auto image = NbdExportImage::open(config, dir.path());
    QVERIFY2(image, qPrintable(image.error()));
    NbdExportOverlay overlay(*image, NbdExportOverlay::Storage::Memory);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(overlay.zero(0, quint64(64) << 30), quint32(Nbd::NoError));
    QCOMPARE(overlay.write(12345, "hello", 5), quint32(Nbd::NoError));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(overlay.storedBlocks(), 1);
    QCOMPARE(readAll(overlay, 12340, 12), QByteArray("\0\0\0\0\0hello\0\0", 12));
}

void TestNbdOverlay::temporaryFileLifecycle()
{
    const QStringList before = QDir::current().entryList(QDir::Files | QDir::Hidden);
    QString path;
    {
        NbdExportOverlay overlay(m_image, NbdExportOverlay::Storage::TemporaryFile);
        char buffer[64];
        QCOMPARE(overlay.read(0, buffer, sizeof buffer), quint32(Nbd::NoError));
        QVERIFY(overlay.temporaryFilePath().isEmpty()); // reading creates nothing
        QVERIFY(QDir(m_tmp.path()).entryList(QDir::Files).isEmpty());

        QCOMPARE(overlay.write(3, "abc", 3), quint32(Nbd::NoError));
        path = overlay.temporaryFilePath();
        QVERIFY(!path.isEmpty());
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(m_tmp.path()).absoluteFilePath());
        QVERIFY(QFileInfo(path).fileName().startsWith(u"bootcast-nbd-"_s));
        QVERIFY(QFileInfo(path).fileName().endsWith(u".overlay"_s));
    }
    QVERIFY(!QFile::exists(path)); // removed with the overlay
    QVERIFY(QDir(m_tmp.path()).entryList(QDir::Files).isEmpty());
    QCOMPARE(QDir::current().entryList(QDir::Files | QDir::Hidden), before); // never the working folder
}

void TestNbdOverlay::memoryOverlayCreatesNoFile()
{
    NbdExportOverlay overlay(m_image, NbdExportOverlay::Storage::Memory);
    const QByteArray data(3 * BS, 'm');
    QCOMPARE(overlay.write(100, data.constData(), data.size()), quint32(Nbd::NoError));
    QVERIFY(overlay.temporaryFilePath().isEmpty());
    QVERIFY(QDir(m_tmp.path()).entryList(QDir::Files).isEmpty());
}

void TestNbdOverlay::openInsideNetbootFolder()
{
    QVERIFY(QDir(m_netboot.path()).mkpath(u"images"_s));
    const QByteArray bytes = randomBytes(5000, 1);
    QVERIFY(writeFile(m_netboot.filePath(u"images/Disk.img"_s), bytes));
    // Relative to the netboot folder, backslashes and case-insensitive fallback as for TFTP/HTTP.
    for (const QString &name : {u"images/Disk.img"_s, u"images\\disk.img"_s, u"./IMAGES/DISK.IMG"_s}) {
        auto image = NbdExportImage::open(exportConfig(name, Profile::NbdExport::Mode::ReadOnly), m_netboot.path());
        QVERIFY2(image, qPrintable(image.error()));
        QCOMPARE((*image)->size(), quint64(5000));
        QByteArray read(5000, '\0');
        QCOMPARE((*image)->read(0, read.data(), read.size()), quint32(Nbd::NoError));
        QCOMPARE(read, bytes);
        QCOMPARE((*image)->transmissionFlags(), quint16(Nbd::FlagHasFlags | Nbd::FlagReadOnly | Nbd::FlagCanMultiConn));
    }
    // An absolute path is the profile author's choice.
    auto absolute = NbdExportImage::open(exportConfig(m_netboot.filePath(u"images/Disk.img"_s), Profile::NbdExport::Mode::CopyOnWrite),
                                         u"/nonexistent"_s);
    QVERIFY2(absolute, qPrintable(absolute.error()));
    QVERIFY(!((*absolute)->transmissionFlags() & Nbd::FlagReadOnly));
    QVERIFY(!((*absolute)->transmissionFlags() & Nbd::FlagCanMultiConn));
}

void TestNbdOverlay::openRefusesOutside_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("parent") << u"../outside.img"_s;
    QTest::newRow("hidden parent") << u"images/../../outside.img"_s;
    QTest::newRow("symlink out") << u"link.img"_s;
    QTest::newRow("missing") << u"missing.img"_s;
    QTest::newRow("folder") << u"images"_s;
    QTest::newRow("absolute folder") << u"/tmp"_s;
    QTest::newRow("absolute missing") << u"/nonexistent/disk.img"_s;
}

void TestNbdOverlay::openRefusesOutside()
{
    QFETCH(QString, file);
    QDir(m_netboot.path()).mkpath(u"images"_s);
    QTemporaryDir outside;
    writeFile(outside.filePath(u"outside.img"_s), "secret");
    QFile::remove(m_netboot.filePath(u"link.img"_s));
    QVERIFY(QFile::link(outside.filePath(u"outside.img"_s), m_netboot.filePath(u"link.img"_s)));
    const auto image = NbdExportImage::open(exportConfig(file, Profile::NbdExport::Mode::ReadOnly), m_netboot.path());
    QVERIFY(!image);
    QVERIFY(!image.error().isEmpty());
}

void TestNbdOverlay::sizeIsTruthful()
{
    // PyPXE reported wrong sizes; an odd size is reported as it is, not rounded.
    const QByteArray bytes = randomBytes(1000001, 2);
    QVERIFY(writeFile(m_netboot.filePath(u"odd.img"_s), bytes));
    for (const auto mode : {Profile::NbdExport::Mode::ReadOnly, Profile::NbdExport::Mode::CopyOnWrite,
                            Profile::NbdExport::Mode::ReadWrite}) {
        auto image = NbdExportImage::open(exportConfig(u"odd.img"_s, mode), m_netboot.path());
        QVERIFY(image);
        QCOMPARE((*image)->size(), quint64(1000001));
        NbdExportOverlay overlay(*image, NbdExportOverlay::Storage::Memory);
        QCOMPARE(overlay.size(), quint64(1000001));
        QCOMPARE(overlay.write(1000000, "z", 1), quint32(Nbd::NoError));
        QCOMPARE(readAll(overlay, 999990, 11), bytes.mid(999990, 10) + 'z');
    }
}

void TestNbdOverlay::readWriteImage()
{
    const QByteArray bytes = randomBytes(3 * 65536, 3);
    const QString path = m_netboot.filePath(u"rw.img"_s);
    QVERIFY(writeFile(path, bytes));
    auto opened = NbdExportImage::open(exportConfig(u"rw.img"_s, Profile::NbdExport::Mode::ReadWrite), m_netboot.path());
    QVERIFY(opened);
    NbdExportImage &image = **opened;
    QByteArray model = bytes;
    QCOMPARE(image.write(1000, "written", 7), quint32(Nbd::NoError));
    model.replace(1000, 7, "written");
    QCOMPARE(image.writeZeroes(65536 + 5, 70000, true), quint32(Nbd::NoError));
    model.replace(65536 + 5, 70000, QByteArray(70000, '\0'));
    QCOMPARE(image.writeZeroes(10, 20, false), quint32(Nbd::NoError));
    model.replace(10, 20, QByteArray(20, '\0'));
    QCOMPARE(image.trim(0, 5), quint32(Nbd::NoError)); // advisory: contents may stay
    QCOMPARE(image.flush(), quint32(Nbd::NoError));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray onDisk = file.readAll();
    QCOMPARE(onDisk.size(), bytes.size()); // never grows
    QVERIFY(onDisk.mid(5) == model.mid(5));
    QByteArray read(model.size(), '\0');
    QCOMPARE(image.read(0, read.data(), read.size()), quint32(Nbd::NoError));
    QVERIFY(read.mid(5) == model.mid(5));
}

void TestNbdOverlay::readOnlyImageRefusesWrites()
{
    QVERIFY(writeFile(m_netboot.filePath(u"ro.img"_s), randomBytes(8192, 4)));
    for (const auto mode : {Profile::NbdExport::Mode::ReadOnly, Profile::NbdExport::Mode::CopyOnWrite}) {
        auto image = NbdExportImage::open(exportConfig(u"ro.img"_s, mode), m_netboot.path());
        QVERIFY(image);
        QCOMPARE((*image)->write(0, "x", 1), quint32(Nbd::EPerm));
        QCOMPARE((*image)->writeZeroes(0, 1, true), quint32(Nbd::EPerm));
        QCOMPARE((*image)->trim(0, 1), quint32(Nbd::EPerm));
        QCOMPARE((*image)->flush(), quint32(Nbd::NoError));
    }
}

void TestNbdOverlay::copyToRam()
{
    const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 77, 5);
    QVERIFY(writeFile(m_netboot.filePath(u"ram.img"_s), bytes));
    Profile::NbdExport config = exportConfig(u"ram.img"_s, Profile::NbdExport::Mode::ReadOnly);
    config.copyToRam = true;
    auto opened = NbdExportImage::open(config, m_netboot.path());
    QVERIFY(opened);
    NbdExportImage &image = **opened;
    QString why;
    QVERIFY(image.beginCopyToRam(&why));
    QVERIFY(image.isCopyingToRam());
    int steps = 0;
    while (!image.copyToRamStep(1024 * 1024, &why)) {
        ++steps;
        // Reads are right at every stage of the copy.
        QByteArray read(4096, '\0');
        QCOMPARE(image.read(1024 * 1024 - 100, read.data(), read.size()), quint32(Nbd::NoError));
        QCOMPARE(read, bytes.mid(1024 * 1024 - 100, 4096));
    }
    QVERIFY(why.isEmpty());
    QCOMPARE(steps, 3);
    QVERIFY(image.isInRam());
    // Served from memory now: even when the file is gone.
    QVERIFY(QFile::remove(m_netboot.filePath(u"ram.img"_s)));
    QByteArray all(bytes.size(), '\0');
    QCOMPARE(image.read(0, all.data(), all.size()), quint32(Nbd::NoError));
    QVERIFY(all == bytes);
}

void TestNbdOverlay::copyToRamWithWrites()
{
    const QByteArray bytes = randomBytes(3 * 1024 * 1024, 6);
    const QString path = m_netboot.filePath(u"ramrw.img"_s);
    QVERIFY(writeFile(path, bytes));
    Profile::NbdExport config = exportConfig(u"ramrw.img"_s, Profile::NbdExport::Mode::ReadWrite);
    config.copyToRam = true;
    auto opened = NbdExportImage::open(config, m_netboot.path());
    QVERIFY(opened);
    NbdExportImage &image = **opened;
    QVERIFY(image.beginCopyToRam(nullptr));
    QVERIFY(!image.copyToRamStep(1024 * 1024, nullptr));
    // A write across what is copied and what is not yet reaches both.
    const QByteArray data(8192, 'w');
    QCOMPARE(image.write(1024 * 1024 - 4096, data.constData(), data.size()), quint32(Nbd::NoError));
    while (!image.copyToRamStep(1024 * 1024, nullptr)) {
    }
    QByteArray model = bytes;
    model.replace(1024 * 1024 - 4096, data.size(), data);
    QByteArray read(model.size(), '\0');
    QCOMPARE(image.read(0, read.data(), read.size()), quint32(Nbd::NoError));
    QVERIFY(read == model);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == model);
}

void TestNbdOverlay::shrunkFileIsAnError()
{
    const QString path = m_netboot.filePath(u"shrink.img"_s);
    QVERIFY(writeFile(path, randomBytes(65536, 7)));
    auto image = NbdExportImage::open(exportConfig(u"shrink.img"_s, Profile::NbdExport::Mode::ReadOnly), m_netboot.path());
    QVERIFY(image);
    QVERIFY(QFile::resize(path, 1000));
    QByteArray read(4096, '\0');
    QString why;
    QCOMPARE((*image)->read(60000, read.data(), read.size(), &why), quint32(Nbd::EIo));
    QVERIFY2(why.contains(u"shrink.img"_s), qPrintable(why));
}

void TestNbdOverlay::singleWriter()
{
    QVERIFY(writeFile(m_netboot.filePath(u"one.img"_s), randomBytes(4096, 8)));
    auto image = NbdExportImage::open(exportConfig(u"one.img"_s, Profile::NbdExport::Mode::ReadWrite), m_netboot.path());
    QVERIFY(image);
    int first = 0;
    int second = 0;
    QVERIFY((*image)->claimWriter(&first, u"10.0.0.1"_s));
    QVERIFY((*image)->claimWriter(&first, u"10.0.0.1"_s)); // again: still the holder
    QVERIFY(!(*image)->claimWriter(&second, u"10.0.0.2"_s));
    QCOMPARE((*image)->writerPeer(), u"10.0.0.1"_s);
    (*image)->releaseWriter(&second); // not the holder: nothing happens
    QVERIFY(!(*image)->claimWriter(&second, u"10.0.0.2"_s));
    (*image)->releaseWriter(&first);
    QVERIFY((*image)->claimWriter(&second, u"10.0.0.2"_s));
}

QTEST_GUILESS_MAIN(TestNbdOverlay)
#include "tst_nbdoverlay.moc"
