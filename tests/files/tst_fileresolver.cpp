// FileResolver: hostile names, symbolic links, the case-insensitive fallback, write targets.

#include "files/FileResolver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Bootcast;
using namespace Qt::StringLiterals;
using Failure = FileResolver::Failure;

Q_DECLARE_METATYPE(Bootcast::FileResolver::Failure)

class TestFileResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolve_data();
    void resolve();
    void symlinkInsideResolvesToTarget();
    void missingRoot();
    void rootIsSlash();
    void writeTarget_data();
    void writeTarget();
    void splitName_data();
    void splitName();

private:
    void write(const QString &path, const QByteArray &content);
    void link(const QString &target, const QString &linkPath);

    QTemporaryDir m_root;
    QTemporaryDir m_outside;
};

void TestFileResolver::write(const QString &path, const QByteArray &content)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QCOMPARE(file.write(content), content.size());
}

void TestFileResolver::link(const QString &target, const QString &linkPath)
{
    QVERIFY2(QFile::link(target, linkPath), qPrintable(linkPath));
}

void TestFileResolver::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY(m_outside.isValid());
    const QString r = m_root.path();
    const QString o = m_outside.path();
    write(r + u"/pxelinux.0", "pxelinux");
    write(r + u"/sub/Kernel", "kernel");
    write(r + u"/etc/passwd", "not the real one");
    QVERIFY(QDir().mkpath(r + u"/folder"));
    write(o + u"/secret", "secret");
    link(r + u"/pxelinux.0", r + u"/inside-link");
    link(u"sub"_s, r + u"/sub-link"); // relative, inside
    link(o + u"/secret", r + u"/outside-link");
    link(o, r + u"/outdir-link");
    link(u"../"_s + QFileInfo(o).fileName() + u"/secret", r + u"/relative-out"); // relative, escaping
    link(r + u"/nothing-here", r + u"/dangling");
}

void TestFileResolver::resolve_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("relative"); // expected relative path when resolved
    QTest::addColumn<bool>("caseFolded");

    auto ok = [](const char *tag, const QString &name, const QString &relative, bool folded = false) {
        QTest::newRow(tag) << name << Failure::None << relative << folded;
    };
    auto refused = [](const char *tag, const QString &name, Failure failure) {
        QTest::newRow(tag) << name << failure << QString() << false;
    };

    ok("plain", u"pxelinux.0"_s, u"pxelinux.0"_s);
    ok("leading slash", u"/pxelinux.0"_s, u"pxelinux.0"_s);
    ok("double slash", u"//pxelinux.0"_s, u"pxelinux.0"_s);
    ok("leading backslash", u"\\pxelinux.0"_s, u"pxelinux.0"_s);
    ok("subfolder", u"sub/Kernel"_s, u"sub/Kernel"_s);
    ok("backslashes", u"sub\\Kernel"_s, u"sub/Kernel"_s);
    ok("dot components", u"./sub/./Kernel"_s, u"sub/Kernel"_s);
    ok("case fallback", u"PXELINUX.0"_s, u"pxelinux.0"_s, true);
    ok("case fallback per component", u"SUB\\KERNEL"_s, u"sub/Kernel"_s, true);
    ok("absolute unix path stays below root", u"/etc/passwd"_s, u"etc/passwd"_s);
    ok("symlink inside root", u"inside-link"_s, u"inside-link"_s);
    ok("relative symlink folder inside root", u"sub-link/Kernel"_s, u"sub-link/Kernel"_s);

    refused("dotdot", u"../etc/passwd"_s, Failure::Forbidden);
    refused("dotdot backslash", u"..\\..\\x"_s, Failure::Forbidden);
    refused("dotdot after slash", u"/../../etc/passwd"_s, Failure::Forbidden);
    refused("dotdot in the middle", u"a/../../x"_s, Failure::Forbidden);
    refused("dotdot staying inside", u"sub/../pxelinux.0"_s, Failure::Forbidden);
    refused("dotdot at the end", u"sub/.."_s, Failure::Forbidden);
    refused("three dots", u".../x"_s, Failure::Forbidden);
    refused("dots and space", u".. /x"_s, Failure::Forbidden);
    refused("windows drive", u"C:\\Windows"_s, Failure::Forbidden);
    refused("windows drive forward", u"c:/windows/system32"_s, Failure::Forbidden);
    refused("windows drive relative", u"C:pxelinux.0"_s, Failure::Forbidden);
    refused("nul byte", u"pxelinux.0"_s + QChar(0) + u".txt", Failure::Forbidden);
    refused("nul byte alone", QString(QChar(0)), Failure::Forbidden);
    refused("symlink outside", u"outside-link"_s, Failure::Forbidden);
    refused("symlink folder outside", u"outdir-link/secret"_s, Failure::Forbidden);
    refused("relative symlink outside", u"relative-out"_s, Failure::Forbidden);
    refused("case fallback into symlink outside", u"OUTSIDE-LINK"_s, Failure::Forbidden);
    refused("dangling symlink", u"dangling"_s, Failure::NotFound);
    refused("missing", u"missing.bin"_s, Failure::NotFound);
    refused("missing folder", u"nope/pxelinux.0"_s, Failure::NotFound);
    refused("file as folder", u"pxelinux.0/x"_s, Failure::NotFound);
    refused("percent dots are literal", u"%2e%2e/secret"_s, Failure::NotFound);
    refused("folder", u"folder"_s, Failure::NotAFile);
    refused("root itself", u"/"_s, Failure::NotAFile);
    refused("empty", QString(), Failure::NotAFile);
}

void TestFileResolver::resolve()
{
    QFETCH(QString, name);
    QFETCH(Failure, failure);
    QFETCH(QString, relative);
    QFETCH(bool, caseFolded);

    const FileResolver resolver(m_root.path());
    QVERIFY(resolver.rootExists());
    Failure why = Failure::AlreadyExists; // overwritten in every case
    const Expected<ResolvedFile> result = resolver.resolve(name, &why);
    QCOMPARE(why, failure);
    if (failure != Failure::None) {
        QVERIFY(!result.ok());
        QVERIFY(!result.error().isEmpty());
        QVERIFY2(!result.error().contains(QChar(0)), "messages carry no NUL");
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->relativePath, relative);
    QCOMPARE(result->caseFolded, caseFolded);
    QVERIFY(resolver.isInsideRoot(result->absolutePath));
    QVERIFY(QFileInfo(result->absolutePath).isAbsolute());
    QCOMPARE(QFileInfo(result->absolutePath).canonicalFilePath(), result->absolutePath);
    QFile file(result->absolutePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(result->size, file.size());
    QVERIFY(result->size > 0);
}

void TestFileResolver::symlinkInsideResolvesToTarget()
{
    const FileResolver resolver(m_root.path());
    const Expected<ResolvedFile> viaLink = resolver.resolve(u"inside-link");
    const Expected<ResolvedFile> direct = resolver.resolve(u"pxelinux.0");
    QVERIFY(viaLink.ok() && direct.ok());
    QCOMPARE(viaLink->absolutePath, direct->absolutePath);
}

void TestFileResolver::missingRoot()
{
    const FileResolver resolver(m_root.path() + u"/does-not-exist");
    QVERIFY(!resolver.rootExists());
    Failure why = Failure::None;
    const Expected<ResolvedFile> result = resolver.resolve(u"pxelinux.0", &why);
    QVERIFY(!result.ok());
    QCOMPARE(why, Failure::NotFound);
    QVERIFY(result.error().contains(u"does-not-exist"));
    QVERIFY(!resolver.resolveWriteTarget(u"x", FileResolver::Overwrite::Allow).ok());
}

void TestFileResolver::rootIsSlash()
{
    // A root of "/" must not produce "//" paths or let the prefix check pass everything wrongly.
    const FileResolver resolver(u"/"_s);
    const Expected<ResolvedFile> result = resolver.resolve(QString(m_root.path() + u"/pxelinux.0"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY(!result->absolutePath.startsWith(u"//"));
    QVERIFY(!resolver.resolve(u"../etc/passwd").ok());
}

void TestFileResolver::writeTarget_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("overwrite");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("relative");

    QTest::newRow("new file") << u"new.bin"_s << false << Failure::None << u"new.bin"_s;
    QTest::newRow("new file, leading slash") << u"/new.bin"_s << false << Failure::None << u"new.bin"_s;
    QTest::newRow("into subfolder, case folded") << u"SUB\\new.bin"_s << false << Failure::None << u"sub/new.bin"_s;
    QTest::newRow("existing refused") << u"pxelinux.0"_s << false << Failure::AlreadyExists << QString();
    QTest::newRow("existing allowed") << u"pxelinux.0"_s << true << Failure::None << u"pxelinux.0"_s;
    QTest::newRow("dotdot") << u"../x"_s << true << Failure::Forbidden << QString();
    QTest::newRow("dotdot backslash") << u"..\\x"_s << true << Failure::Forbidden << QString();
    QTest::newRow("drive") << u"C:\\x"_s << true << Failure::Forbidden << QString();
    QTest::newRow("nul") << QString(u"x"_s + QChar(0)) << true << Failure::Forbidden << QString();
    QTest::newRow("folder outside via symlink") << u"outdir-link/new"_s << true << Failure::Forbidden << QString();
    QTest::newRow("dangling symlink") << u"dangling"_s << true << Failure::Forbidden << QString();
    QTest::newRow("symlink inside") << u"inside-link"_s << true << Failure::Forbidden << QString();
    QTest::newRow("missing folder") << u"nofolder/new"_s << true << Failure::NotFound << QString();
    QTest::newRow("folder") << u"folder"_s << true << Failure::NotAFile << QString();
    QTest::newRow("empty") << QString() << true << Failure::NotAFile << QString();
}

void TestFileResolver::writeTarget()
{
    QFETCH(QString, name);
    QFETCH(bool, overwrite);
    QFETCH(Failure, failure);
    QFETCH(QString, relative);

    const FileResolver resolver(m_root.path());
    Failure why = Failure::NotReadable;
    const Expected<QString> target =
        resolver.resolveWriteTarget(name, overwrite ? FileResolver::Overwrite::Allow : FileResolver::Overwrite::Refuse, &why);
    QCOMPARE(why, failure);
    if (failure != Failure::None) {
        QVERIFY(!target.ok());
        QVERIFY(!target.error().isEmpty());
        return;
    }
    QVERIFY2(target.ok(), qPrintable(target.error()));
    QCOMPARE(*target, QString(resolver.canonicalRoot() + u'/' + relative));
}

void TestFileResolver::splitName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("components"); // empty with ok=false: refused
    QTest::addColumn<bool>("ok");

    QTest::newRow("simple") << u"a/b"_s << QStringList{u"a"_s, u"b"_s} << true;
    QTest::newRow("backslash") << u"\\a\\b\\"_s << QStringList{u"a"_s, u"b"_s} << true;
    QTest::newRow("dots dropped") << u"./a//./b"_s << QStringList{u"a"_s, u"b"_s} << true;
    QTest::newRow("hidden file ok") << u".config"_s << QStringList{u".config"_s} << true;
    QTest::newRow("dot in name ok") << u"a..b"_s << QStringList{u"a..b"_s} << true;
    QTest::newRow("colon later ok on unix") << u"pxelinux.cfg/01-aa:bb"_s
#ifdef Q_OS_WIN
                                            << QStringList() << false;
#else
                                            << QStringList{u"pxelinux.cfg"_s, u"01-aa:bb"_s} << true;
#endif
    QTest::newRow("dotdot") << u"a/../b"_s << QStringList() << false;
    QTest::newRow("drive") << u"/C:/x"_s << QStringList() << false;
    QTest::newRow("empty") << QString() << QStringList() << true;
}

void TestFileResolver::splitName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, components);
    QFETCH(bool, ok);
    const Expected<QStringList> result = FileResolver::splitName(name);
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(*result, components);
}

QTEST_GUILESS_MAIN(TestFileResolver)
#include "tst_fileresolver.moc"
