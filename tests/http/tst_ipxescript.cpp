// The menu editor's understanding of iPXE scripts: words, menus and items, the checks, the preview.

#include "core/Profile.h"
#include "http/IpxeScript.h"
#include "http/IpxeTemplate.h"

#include <QFile>
#include <QTest>

using namespace Bootcast;

namespace {

QStringList messages(const IpxeScript::Outline &outline)
{
    QStringList out;
    for (const IpxeScript::Issue &issue : outline.issues)
        out << QStringLiteral("%1:%2").arg(issue.line).arg(issue.message);
    return out;
}

} // namespace

class TestIpxeScript : public QObject
{
    Q_OBJECT

private slots:
    void words()
    {
        QCOMPARE(IpxeScript::words(QStringLiteral("  item  --key d debian   Debian 12 ")),
                 (QStringList{QStringLiteral("item"), QStringLiteral("--key"), QStringLiteral("d"), QStringLiteral("debian"),
                              QStringLiteral("Debian"), QStringLiteral("12")}));
        QCOMPARE(IpxeScript::words(QStringLiteral("set title \"A b\" 'c d'")),
                 (QStringList{QStringLiteral("set"), QStringLiteral("title"), QStringLiteral("A b"), QStringLiteral("c d")}));
        QCOMPARE(IpxeScript::words(QStringLiteral("echo \"\"")), (QStringList{QStringLiteral("echo"), QString()}));
        QVERIFY(IpxeScript::words(QStringLiteral("   ")).isEmpty());
    }

    // The menu Bootcast ships must pass its own checks and show its entries.
    void bundledMenuIsClean()
    {
        QFile file(QStringLiteral(BOOTCAST_SOURCE_DIR "/resources/netboot/boot.ipxe"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const IpxeScript::Outline outline = IpxeScript::outline(QString::fromUtf8(file.readAll()));
        QVERIFY2(outline.issues.isEmpty(), qPrintable(messages(outline).join(u'\n')));
        QCOMPARE(outline.menus.size(), 1);
        const IpxeScript::Menu &menu = outline.menus.first();
        QVERIFY(menu.title.startsWith(QStringLiteral("Bootcast network boot")));
        QCOMPARE(menu.defaultLabel, QStringLiteral("${menu-default}"));
        QCOMPARE(outline.settings.value(QStringLiteral("menu-default")), QStringLiteral("local"));
        QStringList labels;
        for (const IpxeScript::Item &item : menu.items) {
            if (!item.gap)
                labels << item.label;
        }
        QCOMPARE(labels, (QStringList{QStringLiteral("local"), QStringLiteral("shell"), QStringLiteral("reload"),
                                      QStringLiteral("reboot")}));
        QVERIFY(outline.labels.contains(QStringLiteral("failed")));

        QHash<QString, QString> values = outline.settings;
        values.insert(QStringLiteral("net0/mac"), QStringLiteral("52:54:00:12:34:56"));
        const QString screen = IpxeScript::renderMenu(menu, values, 80);
        QVERIFY2(screen.contains(QStringLiteral("> Boot from the local disk")), qPrintable(screen));
        QVERIFY(screen.contains(QStringLiteral("52:54:00:12:34:56")));
        QVERIFY(screen.contains(QStringLiteral("[l]")));
        QVERIFY2(screen.contains(QStringLiteral("(chooses local after 15 s)")), qPrintable(screen));
        for (const QString &line : screen.split(u'\n'))
            QVERIFY2(line.size() <= 80, qPrintable(line));
    }

    void checks_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected"); // "line:fragment", or empty for no issue
        QTest::newRow("clean") << QStringLiteral("#!ipxe\nmenu M\nitem a A\nchoose x && goto ${x}\n:a\nexit\n") << QString();
        QTest::newRow("no shebang") << QStringLiteral("menu M\n") << QStringLiteral("1:the first line must be #!ipxe");
        QTest::newRow("goto nowhere") << QStringLiteral("#!ipxe\n:start\ngoto strat\n") << QStringLiteral("3:goto strat: there is no :strat label");
        QTest::newRow("goto on a chain") << QStringLiteral("#!ipxe\nchain x || goto failed\n") << QStringLiteral("2:goto failed");
        QTest::newRow("item without section") << QStringLiteral("#!ipxe\nmenu M\nitem a A\nitem b B\nchoose x && goto ${x}\n:a\n")
                                              << QStringLiteral("4:menu item b has no :b section");
        QTest::newRow("item before menu") << QStringLiteral("#!ipxe\nitem a A\n:a\n") << QStringLiteral("2:an \"item\" line before any \"menu\" line");
        QTest::newRow("choose without menu") << QStringLiteral("#!ipxe\nchoose x\n") << QStringLiteral("2:\"choose\" without a \"menu\" line");
        QTest::newRow("duplicate label") << QStringLiteral("#!ipxe\n:a\n:a\n") << QStringLiteral("3:label :a appears twice (also on line 2)");
        QTest::newRow("unknown placeholder") << QStringLiteral("#!ipxe\nchain {{base_ur}}/x\n")
                                             << QStringLiteral("2:{{base_ur}} is not a Bootcast placeholder");
        QTest::newRow("known placeholders")
            << QStringLiteral("#!ipxe\nchain {{base_url}}/{{mac}}/{{arch}}/{{server}}/{{http_port}}/{{tftp_port}}/{{client_ip}}\n")
            << QString();
        QTest::newRow("gaps need no section") << QStringLiteral("#!ipxe\nmenu M\nitem --gap -- Tools\nitem --gap\nchoose x && goto ${x}\n")
                                              << QString();
        QTest::newRow("crlf and comments") << QStringLiteral("#!ipxe\r\n# goto nowhere\r\n:a\r\ngoto a\r\n") << QString();
    }

    void checks()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        const QStringList found = messages(IpxeScript::outline(script));
        if (expected.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
            return;
        }
        QVERIFY2(found.size() == 1, qPrintable(found.join(u'\n')));
        QVERIFY2(found.first().startsWith(expected), qPrintable(found.first()));
    }

    void items()
    {
        const auto outline = IpxeScript::outline(QStringLiteral(
            "#!ipxe\nmenu --name main Main menu\nitem --key x --default one First entry\nitem -k y two\n"
            "item --gap -- -- spaced gap\nchoose --timeout 5000 target\n"));
        QCOMPARE(outline.menus.size(), 1);
        const auto &menu = outline.menus.first();
        QCOMPARE(menu.title, QStringLiteral("Main menu"));
        QCOMPARE(menu.items.size(), 3);
        QCOMPARE(menu.items.at(0).label, QStringLiteral("one"));
        QCOMPARE(menu.items.at(0).key, QStringLiteral("x"));
        QVERIFY(menu.items.at(0).isDefault);
        QCOMPARE(menu.items.at(1).text, QString());
        QCOMPARE(menu.items.at(1).key, QStringLiteral("y"));
        QVERIFY(menu.items.at(2).gap);
        QCOMPARE(menu.items.at(2).text, QStringLiteral("-- spaced gap"));
        QCOMPARE(menu.defaultLabel, QStringLiteral("one"));
        QCOMPARE(menu.timeout, QStringLiteral("5000"));
        const QString screen = IpxeScript::renderMenu(menu, {}, 40);
        QVERIFY2(screen.contains(QStringLiteral("> First entry")), qPrintable(screen));
        QVERIFY(screen.contains(QStringLiteral("  two"))); // an item without text shows its label
        QVERIFY(screen.contains(QStringLiteral("(chooses one after 5 s)")));
    }

    void substituteSettings()
    {
        const QHash<QString, QString> values{{QStringLiteral("net0/mac"), QStringLiteral("aa")},
                                             {QStringLiteral("x"), QStringLiteral("${y}")}};
        QCOMPARE(IpxeScript::substituteSettings(QStringLiteral("a ${net0/mac} ${net0/mac:hexhyp} ${unknown} ${x}"), values),
                 QStringLiteral("a aa aa ${unknown} ${y}")); // one pass: a value never expands again
        QCOMPARE(IpxeScript::substituteSettings(QStringLiteral("${"), values), QStringLiteral("${"));
    }

    void placeholderNamesRender()
    {
        IpxeTemplate::Values values;
        values.server = QStringLiteral("10.0.0.1");
        values.mac = QStringLiteral("aa:bb:cc:dd:ee:ff");
        values.arch = QStringLiteral("x86_64");
        values.clientIp = QStringLiteral("10.0.0.9");
        for (const QString &name : IpxeTemplate::placeholderNames()) {
            const QByteArray placeholder = "{{" + name.toUtf8() + "}}";
            const QByteArray rendered = IpxeTemplate::render(placeholder, values);
            QVERIFY2(!rendered.isEmpty() && rendered != placeholder, qPrintable(name));
        }
    }

    // Hostile input: huge, binary or unbalanced scripts neither crash nor hang the editor's parser.
    void hostileInput()
    {
        QString junk;
        for (int i = 0; i < 20000; ++i)
            junk += QChar(char16_t((i * 7919) % 0x7f + 1));
        IpxeScript::outline(junk);
        IpxeScript::outline(QStringLiteral("#!ipxe\nitem\nitem --key\nchoose --default\nmenu\ngoto\n\"unterminated"));
        const auto outline = IpxeScript::outline(QStringLiteral("#!ipxe\n") + QStringLiteral("item a b\n").repeated(5000));
        QCOMPARE(outline.menus.size(), 1);
        QCOMPARE(outline.menus.first().items.size(), 5000);
    }
};

QTEST_MAIN(TestIpxeScript)
#include "tst_ipxescript.moc"
