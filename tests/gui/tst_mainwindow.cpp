// Drives the real window offscreen: a profile on 127.0.0.1 with a free TFTP port, Start, a real curl
// TFTP download, the traffic table and the clients panel showing it, Stop freeing the port.

#include "AppSettings.h"
#include "BootFilesPanel.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "TrafficPanel.h"
#include "core/Engine.h"
#include "models/ClientsModel.h"
#include "models/LeasesModel.h"
#include "models/TrafficModel.h"
#include "widgets/BindingsEditor.h"
#include "widgets/NbdExportsEditor.h"
#include "widgets/ServiceLight.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUdpSocket>

#include <functional>

using namespace Bootcast;

namespace {

quint16 freeUdpPort()
{
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, 0))
        return 0;
    return socket.localPort();
}

bool anyRow(const QAbstractItemModel *model, int column, const QString &needle)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString().contains(needle))
            return true;
    }
    return false;
}

// Answers the next modal dialog of type Dialog (a QInputDialog, QMessageBox, ...) with answer, from the
// event loop the dialog itself runs. Gives up after five seconds.
template <typename Dialog>
void answerNextDialog(std::function<void(Dialog *)> answer)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, tries, answer] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        } else if (++*tries > 250) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The default profile under a name, without DHCP: nothing it starts needs root.
Profile quietProfile(const QString &name)
{
    Profile profile = Profile::defaultProfile();
    profile.name = name;
    profile.dhcp.mode = DhcpMode::Off;
    return profile;
}

int rowWith(const QAbstractItemModel *model, int column, const QString &needle)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString().contains(needle))
            return row;
    }
    return -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // Profiles and window settings go to a throw-away folder, never the user's.
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        Engine::registerMetaTypes();
    }

    void suggestPool()
    {
        auto [begin, end] = MainWindow::suggestPool(QHostAddress(QStringLiteral("192.168.50.1")),
                                                    QHostAddress(QStringLiteral("255.255.255.0")));
        QCOMPARE(begin.toString(), QStringLiteral("192.168.50.100"));
        QCOMPARE(end.toString(), QStringLiteral("192.168.50.199"));
        std::tie(begin, end) = MainWindow::suggestPool(QHostAddress(QStringLiteral("10.1.0.150")),
                                                       QHostAddress(QStringLiteral("255.255.255.0")));
        QCOMPARE(begin.toString(), QStringLiteral("10.1.0.100"));
        QCOMPARE(end.toString(), QStringLiteral("10.1.0.149"));
        std::tie(begin, end) = MainWindow::suggestPool(QHostAddress(QStringLiteral("10.0.0.1")),
                                                       QHostAddress(QStringLiteral("255.255.255.240")));
        QCOMPARE(begin.toString(), QStringLiteral("10.0.0.8"));
        QCOMPARE(end.toString(), QStringLiteral("10.0.0.14"));
    }

    void servesTftpAndShowsIt()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed");
        QTemporaryDir netboot;
        QVERIFY(netboot.isValid());
        QByteArray content(300 * 1024, Qt::Uninitialized);
        for (int i = 0; i < content.size(); ++i)
            content[i] = char((i * 7) & 0xff);
        {
            QFile file(netboot.filePath(QStringLiteral("hello.bin")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const quint16 port = freeUdpPort();
        QVERIFY(port != 0);

        Profile profile = Profile::defaultProfile();
        profile.name = QStringLiteral("gui test");
        profile.interfaceName.clear();
        profile.serverAddress = QHostAddress::LocalHost;
        profile.dhcp.mode = DhcpMode::Off;
        profile.tftp.enabled = true;
        profile.tftp.address = QHostAddress::LocalHost;
        profile.tftp.port = port;
        profile.http.enabled = false;
        profile.nbd.enabled = false;
        profile.boot.netbootDir = netboot.path();

        MainWindow window(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *start = window.findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(start);
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);

        auto *tftpLight = window.findChild<ServiceLight *>(QStringLiteral("light_tftp"));
        QVERIFY(tftpLight);
        QTRY_COMPARE_WITH_TIMEOUT(int(tftpLight->state().status), int(ServiceState::Status::Listening), 10000);
        QCOMPARE(tftpLight->state().port, port);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusLine"))->text().contains(QString::number(port)));

        QTemporaryDir out;
        QProcess curl;
        curl.start(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("20"),
                                            QStringLiteral("-o"), out.filePath(QStringLiteral("hello.bin")),
                                            QStringLiteral("tftp://127.0.0.1:%1/hello.bin").arg(port)});
        // The event loop keeps running (the engine's signals arrive) while curl downloads.
        QTRY_COMPARE_WITH_TIMEOUT(curl.state(), QProcess::NotRunning, 25000);
        QVERIFY2(curl.exitCode() == 0, curl.readAllStandardError().constData());
        {
            QFile file(out.filePath(QStringLiteral("hello.bin")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), content);
        }

        auto *trafficView = window.findChild<QTableView *>(QStringLiteral("trafficView"));
        QVERIFY(trafficView);
        const QAbstractItemModel *traffic = trafficView->model();
        QTRY_VERIFY_WITH_TIMEOUT(anyRow(traffic, TrafficModel::DetailColumn, QStringLiteral("hello.bin")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(anyRow(traffic, TrafficModel::EventColumn, kindDisplayName(TrafficEvent::Kind::TransferFinished)), 5000);
        QVERIFY(anyRow(traffic, TrafficModel::ClientColumn, QStringLiteral("127.0.0.1")));

        auto *clientsView = window.findChild<QTableView *>(QStringLiteral("clientsView"));
        QVERIFY(clientsView);
        const QAbstractItemModel *clients = clientsView->model();
        QTRY_VERIFY_WITH_TIMEOUT(anyRow(clients, ClientsModel::AddressColumn, QStringLiteral("127.0.0.1")), 5000);
        const int mask = clients->index(0, ClientsModel::StagesColumn).data(ClientsModel::StageMaskRole).toInt();
        QVERIFY2(mask & (1 << int(ClientState::Stage::BootFile)), qPrintable(QString::number(mask)));

        // Closing while serving asks first; Cancel keeps serving.
        answerNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(window.isServing());

        // Stop frees the port.
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isServing(), 10000);
        QCOMPARE(start->text(), QStringLiteral("Start"));
        QUdpSocket again;
        QVERIFY2(again.bind(QHostAddress::LocalHost, port), qPrintable(again.errorString()));
    }

    void invalidFieldIsShownAndNotSaved()
    {
        Profile profile = quietProfile(QStringLiteral("invalid test"));
        MainWindow window(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *save = window.findChild<QPushButton *>(QStringLiteral("saveProfileButton"));
        auto *server = window.findChild<QLineEdit *>(QStringLiteral("serverAddressEdit"));
        auto *error = window.findChild<QLabel *>(QStringLiteral("error_serverAddress"));
        QVERIFY(save && server && error);
        QVERIFY(save->isEnabled()); // not in the store yet

        server->clear();
        QTest::keyClicks(server, QStringLiteral("10.0.0.x"));
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        ProfileStore store;
        QVERIFY(!store.contains(profile.name));

        server->clear();
        QTest::keyClicks(server, QStringLiteral("10.0.0.1"));
        QVERIFY(error->text().isEmpty());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(store.contains(profile.name));
        const auto loaded = store.load(profile.name);
        QVERIFY(loaded);
        QCOMPARE(loaded->serverAddress.toString(), QStringLiteral("10.0.0.1"));
        QVERIFY(!save->isEnabled()); // saved: nothing to save

        // Full mode with a pool outside the subnet: shown beside the pool fields.
        window.findChild<QAbstractButton *>(QStringLiteral("mode_full"))->click();
        auto *poolBegin = window.findChild<QLineEdit *>(QStringLiteral("dhcp.poolBeginEdit"));
        auto *poolEnd = window.findChild<QLineEdit *>(QStringLiteral("dhcp.poolEndEdit"));
        poolBegin->clear();
        poolEnd->clear();
        QTest::keyClicks(poolBegin, QStringLiteral("10.0.1.100"));
        QTest::keyClicks(poolEnd, QStringLiteral("10.0.1.120"));
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("error_dhcp.poolBegin"))->text().isEmpty());
        QVERIFY(!save->isEnabled());
        QVERIFY(!window.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
    }


    void bootFilesTabEditsMenuAndPreviews()
    {
        QTemporaryDir netboot;
        QVERIFY(netboot.isValid());
        writeFile(netboot.filePath(QStringLiteral("undionly.kpxe")), QByteArray(1000, 'u'));
        writeFile(netboot.filePath(QStringLiteral("ipxe.efi")), QByteArray(1000, 'e'));
        writeFile(netboot.filePath(QStringLiteral("custom.efi")), QByteArray(1000, 'c'));
        writeFile(netboot.filePath(QStringLiteral("boot.ipxe")),
                  "#!ipxe\nmenu First menu\nitem one Entry one\nchoose sel && goto ${sel}\n:one\nexit\n");

        Profile profile = Profile::defaultProfile();
        profile.name = QStringLiteral("boot files test");
        profile.serverAddress = QHostAddress(QStringLiteral("10.9.8.1"));
        profile.dhcp.mode = DhcpMode::Off;
        profile.http.enabled = true;
        profile.http.port = 8080;
        profile.boot.netbootDir = netboot.path();
        MainWindow window(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        auto *panel = window.findChild<BootFilesPanel *>();
        QVERIFY(tabs && panel);
        tabs->setCurrentWidget(panel);

        // Automatic choices come from the folder.
        auto *bios = window.findChild<QComboBox *>(QStringLiteral("bootFile_bios"));
        auto *uefi = window.findChild<QComboBox *>(QStringLiteral("bootFile_uefi-x64"));
        QVERIFY(bios && uefi);
        QVERIFY2(bios->currentText().contains(QStringLiteral("undionly.kpxe")), qPrintable(bios->currentText()));
        QVERIFY2(uefi->currentText().contains(QStringLiteral("ipxe.efi")), qPrintable(uefi->currentText()));
        QVERIFY(uefi->findText(QStringLiteral("custom.efi")) > 0);
        QVERIFY(!window.editedProfile().boot.files.contains(QStringLiteral("uefi-x64")));

        // Choosing a file lands in the profile and round-trips through the saved JSON.
        uefi->setCurrentIndex(uefi->findText(QStringLiteral("custom.efi")));
        QCOMPARE(window.editedProfile().boot.files.value(QStringLiteral("uefi-x64")), QStringLiteral("custom.efi"));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
        const auto saved = ProfileStore().load(profile.name);
        QVERIFY(saved);
        QCOMPARE(saved->boot.files.value(QStringLiteral("uefi-x64")), QStringLiteral("custom.efi"));
        // A file that is not in the folder is pointed out, not silently accepted.
        uefi->setEditText(QStringLiteral("missing.efi"));
        QCOMPARE(window.editedProfile().boot.files.value(QStringLiteral("uefi-x64")), QStringLiteral("missing.efi"));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(QStringLiteral("bootFilesNote"))->text().contains(QStringLiteral("missing.efi")), 3000);

        // The editor holds boot.ipxe; the preview shows the menu and the script as sent.
        auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("menuEditor"));
        QVERIFY(editor);
        QVERIFY(editor->toPlainText().contains(QStringLiteral("First menu")));
        QTRY_VERIFY_WITH_TIMEOUT(panel->renderedMenuText().contains(QStringLiteral("Entry one")), 3000);
        editor->selectAll(); // typed over, as a user would: the document is modified
        editor->insertPlainText(QStringLiteral("#!ipxe\nmenu Lab at {{server}}\nitem --key d debian Debian installer\n"
                                            "item --gap -- Tools\nitem ghost Nowhere\n"
                                            "choose --default debian target && goto ${target}\n"
                                            ":debian\nkernel {{base_url}}/debian/linux\ngoto missing\n"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->renderedMenuText().contains(QStringLiteral("> Debian installer")), 3000);
        QVERIFY(panel->renderedMenuText().contains(QStringLiteral("Lab at 10.9.8.1")));
        QVERIFY(panel->renderedMenuText().contains(QStringLiteral("[d]")));
        QVERIFY(panel->renderedMenuText().contains(QStringLiteral("Tools")));
        QVERIFY2(panel->scriptAsSentText().contains(QStringLiteral("kernel http://10.9.8.1:8080/debian/linux")),
                 qPrintable(panel->scriptAsSentText()));
        auto *issues = window.findChild<QListWidget *>(QStringLiteral("menuIssues"));
        QVERIFY(issues);
        QStringList issueTexts;
        for (int i = 0; i < issues->count(); ++i)
            issueTexts << issues->item(i)->text();
        QVERIFY2(issueTexts.join(u'|').contains(QStringLiteral("goto missing")), qPrintable(issueTexts.join(u'|')));
        QVERIFY2(issueTexts.join(u'|').contains(QStringLiteral("ghost")), qPrintable(issueTexts.join(u'|')));

        // Double-clicking a problem puts the cursor on its line.
        const int gotoRow = rowWith(issues->model(), 0, QStringLiteral("goto missing"));
        issues->setCurrentRow(gotoRow);
        emit issues->itemActivated(issues->item(gotoRow));
        QCOMPARE(editor->textCursor().blockNumber() + 1, 9);

        // Saving the profile keeps the menu's unsaved edits (the menu is a file of its own).
        const QString unsavedMenu = editor->toPlainText();
        uefi->setCurrentIndex(uefi->findText(QStringLiteral("custom.efi")));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
        QCOMPARE(editor->toPlainText(), unsavedMenu);

        // Save menu writes the file.
        QVERIFY(panel->isMenuModified());
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("saveMenuButton")), Qt::LeftButton);
        QVERIFY(!panel->isMenuModified());
        QString expected = editor->toPlainText();
        if (!expected.endsWith(u'\n'))
            expected += u'\n';
        QCOMPARE(QString::fromUtf8(readFile(netboot.filePath(QStringLiteral("boot.ipxe")))), expected);
        QVERIFY(ProfileStore().remove(profile.name));
    }

    void nbdExportFromTheSettingsTab()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("nbdinfo")).isEmpty())
            QSKIP("nbdinfo (libnbd-bin) is not installed");
        QTemporaryDir netboot;
        QVERIFY(netboot.isValid());
        writeFile(netboot.filePath(QStringLiteral("disk.img")), QByteArray(3 * 1024 * 1024, 'd'));
        QTcpServer probe; // a free TCP port
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();

        Profile profile = Profile::defaultProfile();
        profile.name = QStringLiteral("nbd window test");
        profile.serverAddress = QHostAddress::LocalHost;
        profile.dhcp.mode = DhcpMode::Off;
        profile.tftp.enabled = false;
        profile.http.enabled = false;
        profile.boot.netbootDir = netboot.path();
        MainWindow window(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *enabled = window.findChild<QCheckBox *>(QStringLiteral("nbdEnabledCheck"));
        auto *editor = window.findChild<NbdExportsEditor *>(QStringLiteral("nbdExportsEditor"));
        QVERIFY(enabled && editor);
        QVERIFY(!editor->isEnabled());
        enabled->setChecked(true);
        QVERIFY(editor->isEnabled());
        editor->addExport(netboot.filePath(QStringLiteral("disk.img")));
        Profile edited = window.editedProfile();
        QVERIFY(edited.nbd.enabled);
        QCOMPARE(edited.nbd.exports.size(), 1);
        QCOMPARE(edited.nbd.exports.first().file, QStringLiteral("disk.img")); // relative to the netboot folder
        QCOMPARE(edited.nbd.exports.first().name, QString());                  // the default export
        QCOMPARE(edited.nbd.exports.first().mode, Profile::NbdExport::Mode::CopyOnWrite);
        edited.nbd.port = port;
        edited.nbd.address = QHostAddress::LocalHost;
        QVERIFY(ProfileStore().save(edited));

        MainWindow served(*ProfileStore().load(edited.name));
        served.show();
        QVERIFY(QTest::qWaitForWindowExposed(&served));
        auto *start = served.findChild<QPushButton *>(QStringLiteral("startButton"));
        QTest::mouseClick(start, Qt::LeftButton);
        auto *light = served.findChild<ServiceLight *>(QStringLiteral("light_nbd"));
        QTRY_COMPARE_WITH_TIMEOUT(int(light->state().status), int(ServiceState::Status::Listening), 10000);
        QProcess nbdinfo;
        nbdinfo.start(QStringLiteral("nbdinfo"), {QStringLiteral("--size"), QStringLiteral("nbd://127.0.0.1:%1").arg(port)});
        QTRY_COMPARE_WITH_TIMEOUT(nbdinfo.state(), QProcess::NotRunning, 15000);
        QVERIFY2(nbdinfo.exitCode() == 0, nbdinfo.readAllStandardError().constData());
        QCOMPARE(nbdinfo.readAllStandardOutput().trimmed(), QByteArray::number(3 * 1024 * 1024));
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!served.isServing(), 10000);
        QVERIFY(ProfileStore().remove(edited.name));
    }

    void reservedMachinesInSettings()
    {
        Profile profile = quietProfile(QStringLiteral("reservations test"));
        profile.serverAddress = QHostAddress(QStringLiteral("192.168.50.1"));
        profile.dhcp.mode = DhcpMode::Full;
        profile.dhcp.poolBegin = QHostAddress(QStringLiteral("192.168.50.100"));
        profile.dhcp.poolEnd = QHostAddress(QStringLiteral("192.168.50.150"));
        MainWindow window(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *editor = window.findChild<BindingsEditor *>(QStringLiteral("bindingsEditor"));
        auto *save = window.findChild<QPushButton *>(QStringLiteral("saveProfileButton"));
        auto *error = window.findChild<QLabel *>(QStringLiteral("error_dhcp.bindings"));
        QVERIFY(editor && save && error);

        // A MAC that does not parse is shown below the table and nothing can be saved.
        editor->addRow(QStringLiteral("52:54:00:zz:00:01"), QStringLiteral("192.168.50.20"));
        QVERIFY2(error->text().contains(QStringLiteral("not a MAC address")), qPrintable(error->text()));
        QVERIFY(!save->isEnabled());
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("bindingsTable"));
        table->item(0, BindingsEditor::MacColumn)->setText(QStringLiteral("52-54-00-AA-00-01"));
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
        // An address outside the subnet is Profile::validate()'s to refuse, beside the same table.
        table->item(0, BindingsEditor::AddressColumn)->setText(QStringLiteral("10.0.0.20"));
        QVERIFY2(error->text().contains(QStringLiteral("subnet")), qPrintable(error->text()));
        table->item(0, BindingsEditor::AddressColumn)->setText(QStringLiteral("192.168.50.20"));
        table->item(0, BindingsEditor::HostnameColumn)->setText(QStringLiteral("teacher"));
        window.findChild<QCheckBox *>(QStringLiteral("allowListOnlyCheck"))->setChecked(true);
        // A second row, then Remove on it: the first stays.
        editor->addRow(QStringLiteral("52:54:00:aa:00:02"), QString());
        QCOMPARE(window.editedProfile().dhcp.bindings.size(), 2);
        auto *remove = editor->findChild<QPushButton *>(QStringLiteral("removeBindingButton"));
        QVERIFY(remove && !remove->isEnabled());
        table->selectRow(1);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(window.editedProfile().dhcp.bindings.size(), 1);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);

        const auto loaded = ProfileStore().load(profile.name);
        QVERIFY(loaded);
        QCOMPARE(loaded->dhcp.bindings.size(), 1);
        QCOMPARE(loaded->dhcp.bindings.first().mac.toString(), QStringLiteral("52:54:00:aa:00:01"));
        QCOMPARE(loaded->dhcp.bindings.first().address.toString(), QStringLiteral("192.168.50.20"));
        QCOMPARE(loaded->dhcp.bindings.first().hostname, QStringLiteral("teacher"));
        QVERIFY(loaded->dhcp.allowListOnly);
        QVERIFY(!loaded->dhcp.allowOtherServers);
        QVERIFY(ProfileStore().remove(profile.name));
    }

    void missingAdapterIsNotAllAdapters()
    {
        // A profile made on another computer names an adapter this one lacks: it keeps its name and
        // says so; it never turns into "every adapter".
        Profile profile = quietProfile(QStringLiteral("missing adapter test"));
        profile.interfaceName = QStringLiteral("bcmissing0");
        MainWindow window(profile);
        auto *box = window.findChild<QComboBox *>(QStringLiteral("interfaceBox"));
        QVERIFY(box->currentIndex() > 0);
        QVERIFY(box->currentText().contains(QStringLiteral("bcmissing0")));
        QCOMPARE(window.editedProfile().interfaceName, QStringLiteral("bcmissing0"));
        QVERIFY2(window.findChild<QLabel *>(QStringLiteral("statusLine"))->text().contains(QStringLiteral("not on this computer now")),
                 qPrintable(window.findChild<QLabel *>(QStringLiteral("statusLine"))->text()));
    }

    void allAdaptersCanBeChosenAgain()
    {
        Profile profile = quietProfile(QStringLiteral("adapters test"));
        profile.interfaceName = QStringLiteral("lo");
        MainWindow window(profile);
        auto *box = window.findChild<QComboBox *>(QStringLiteral("interfaceBox"));
        QVERIFY(box);
        QVERIFY(box->currentIndex() > 0);
        QCOMPARE(window.editedProfile().interfaceName, QStringLiteral("lo"));
        QCOMPARE(box->itemText(0), QStringLiteral("All adapters"));
        box->setCurrentIndex(0);
        emit box->activated(0);
        QCOMPARE(window.editedProfile().interfaceName, QString());
        const int lo = box->findData(QStringLiteral("lo"), Qt::UserRole + 1);
        QVERIFY(lo > 0);
        box->setCurrentIndex(lo);
        emit box->activated(lo);
        QCOMPARE(window.editedProfile().interfaceName, QStringLiteral("lo"));
    }

    void leaseActionsReleaseAndMakeStatic()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const quint16 port = freeUdpPort();
        QVERIFY(port != 0);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString journal = work.filePath(QStringLiteral("leases.journal"));
        writeFile(journal, QStringLiteral("{\"mac\":\"52:54:00:aa:bb:01\",\"ip\":\"127.0.0.120\",\"state\":\"bound\",\"expires\":%1,"
                                          "\"host\":\"pc-1\"}\n{\"mac\":\"52:54:00:aa:bb:02\",\"ip\":\"127.0.0.121\","
                                          "\"state\":\"bound\",\"expires\":%1}\n")
                               .arg(now + 3600)
                               .toUtf8());

        Profile profile = Profile::defaultProfile();
        profile.name = QStringLiteral("leases test");
        profile.interfaceName.clear();
        profile.serverAddress = QHostAddress::LocalHost;
        profile.dhcp.mode = DhcpMode::Full;
        profile.dhcp.port = port;
        profile.dhcp.subnetMask = QHostAddress(QStringLiteral("255.255.255.0"));
        profile.dhcp.poolBegin = QHostAddress(QStringLiteral("127.0.0.100"));
        profile.dhcp.poolEnd = QHostAddress(QStringLiteral("127.0.0.150"));
        profile.dhcp.router = QHostAddress();
        profile.dhcp.leasesFile = journal;
        profile.tftp.enabled = false;
        profile.http.enabled = false;
        profile.nbd.enabled = false;
        QVERIFY2(profile.validate().isEmpty(), qPrintable(profile.validate().join(u'\n')));
        QVERIFY(ProfileStore().save(profile));

        MainWindow window(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *start = window.findChild<QPushButton *>(QStringLiteral("startButton"));
        QTest::mouseClick(start, Qt::LeftButton);
        auto *dhcpLight = window.findChild<ServiceLight *>(QStringLiteral("light_dhcp"));
        QTRY_COMPARE_WITH_TIMEOUT(int(dhcpLight->state().status), int(ServiceState::Status::Listening), 10000);

        auto *view = window.findChild<QTableView *>(QStringLiteral("leasesView"));
        auto *release = window.findChild<QPushButton *>(QStringLiteral("releaseLeaseButton"));
        auto *makeStatic = window.findChild<QPushButton *>(QStringLiteral("staticLeaseButton"));
        QVERIFY(view && release && makeStatic);
        const QAbstractItemModel *leases = view->model();
        QTRY_COMPARE_WITH_TIMEOUT(leases->rowCount(), 2, 5000);
        QVERIFY(!release->isEnabled()); // nothing selected

        // Release the first: journaled as released, shown as released, the address is free again.
        const int first = rowWith(leases, LeasesModel::MacColumn, QStringLiteral("52:54:00:aa:bb:01"));
        QVERIFY(first >= 0);
        view->selectRow(first);
        QVERIFY(release->isEnabled());
        QTest::mouseClick(release, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(leases->index(rowWith(leases, LeasesModel::MacColumn, QStringLiteral("52:54:00:aa:bb:01")),
                                               LeasesModel::StateColumn).data().toString() == QStringLiteral("released"),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(readFile(journal).contains("\"state\":\"released\""), 5000);

        // Make the second static: a binding in the stored profile, shown as static at once.
        const int second = rowWith(leases, LeasesModel::MacColumn, QStringLiteral("52:54:00:aa:bb:02"));
        view->selectRow(second);
        QCOMPARE(makeStatic->text(), QStringLiteral("Make static"));
        QTest::mouseClick(makeStatic, Qt::LeftButton);
        auto stored = ProfileStore().load(profile.name);
        QVERIFY(stored);
        QCOMPARE(stored->dhcp.bindings.size(), 1);
        QCOMPARE(stored->dhcp.bindings.first().mac.toString(), QStringLiteral("52:54:00:aa:bb:02"));
        QCOMPARE(stored->dhcp.bindings.first().address.toString(), QStringLiteral("127.0.0.121"));
        QVERIFY(leases->index(second, LeasesModel::StateColumn).data().toString().contains(QStringLiteral("static")));
        QCOMPARE(makeStatic->text(), QStringLiteral("Make dynamic"));
        // The Settings tab's reserved machines show it too.
        QCOMPARE(window.editedProfile().dhcp.bindings.size(), 1);
        QCOMPARE(window.findChild<QTableWidget *>(QStringLiteral("bindingsTable"))->item(0, 0)->text(),
                 QStringLiteral("52:54:00:aa:bb:02"));

        // And back: the binding goes.
        QTest::mouseClick(makeStatic, Qt::LeftButton);
        stored = ProfileStore().load(profile.name);
        QVERIFY(stored);
        QVERIFY(stored->dhcp.bindings.isEmpty());
        QVERIFY(!leases->index(second, LeasesModel::StateColumn).data().toString().contains(QStringLiteral("static")));

        // With "answer only reserved machines" the binding is the machine's ticket in: making it dynamic
        // keeps the machine listed, without a fixed address.
        window.findChild<QCheckBox *>(QStringLiteral("allowListOnlyCheck"))->setChecked(true);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
        QTest::mouseClick(makeStatic, Qt::LeftButton); // static
        QCOMPARE(makeStatic->text(), QStringLiteral("Make dynamic"));
        QTest::mouseClick(makeStatic, Qt::LeftButton); // dynamic again
        stored = ProfileStore().load(profile.name);
        QVERIFY(stored);
        QCOMPARE(stored->dhcp.bindings.size(), 1);
        QVERIFY(stored->dhcp.bindings.first().address.isNull());
        QCOMPARE(makeStatic->text(), QStringLiteral("Make static"));

        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isServing(), 10000);
        QVERIFY(!release->isEnabled());
        QVERIFY(ProfileStore().remove(profile.name));
    }

    void profileMenuActions()
    {
        ProfileStore store;
        Profile profile = quietProfile(QStringLiteral("menu base"));
        QVERIFY(store.save(profile));
        MainWindow window(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *menuButton = window.findChild<QPushButton *>(QStringLiteral("profilesMenuButton"));
        QVERIFY(menuButton && menuButton->menu());
        auto action = [menuButton](const QString &prefix) {
            for (QAction *a : menuButton->menu()->actions()) {
                if (a->text().startsWith(prefix))
                    return a;
            }
            return static_cast<QAction *>(nullptr);
        };
        auto *profileBox = window.findChild<QComboBox *>(QStringLiteral("profileBox"));

        answerNextDialog<QInputDialog>([](QInputDialog *d) { d->setTextValue(QStringLiteral("menu copy")); d->accept(); });
        action(QStringLiteral("Duplicate"))->trigger();
        QVERIFY(store.contains(QStringLiteral("menu copy")));
        QCOMPARE(profileBox->currentText(), QStringLiteral("menu copy"));

        answerNextDialog<QInputDialog>([](QInputDialog *d) { d->setTextValue(QStringLiteral("menu renamed")); d->accept(); });
        action(QStringLiteral("Rename"))->trigger();
        QVERIFY(!store.contains(QStringLiteral("menu copy")));
        QVERIFY(store.contains(QStringLiteral("menu renamed")));
        QCOMPARE(profileBox->currentText(), QStringLiteral("menu renamed"));

        // Renaming onto an existing name is refused.
        answerNextDialog<QInputDialog>([](QInputDialog *d) { d->setTextValue(QStringLiteral("menu base")); d->accept(); });
        answerNextDialog<QMessageBox>([](QMessageBox *box) { box->accept(); });
        action(QStringLiteral("Rename"))->trigger();
        QVERIFY(store.contains(QStringLiteral("menu renamed")));

        answerNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        action(QStringLiteral("Delete"))->trigger();
        QVERIFY(!store.contains(QStringLiteral("menu renamed")));
        QVERIFY(store.contains(QStringLiteral("menu base")));

        answerNextDialog<QInputDialog>([](QInputDialog *d) { d->setTextValue(QStringLiteral("menu new")); d->accept(); });
        action(QStringLiteral("New"))->trigger();
        QVERIFY(store.contains(QStringLiteral("menu new")));
        QCOMPARE(profileBox->currentText(), QStringLiteral("menu new"));
        QCOMPARE(AppSettings().lastProfile(), QStringLiteral("menu new")); // opens on the next start
        QVERIFY(store.remove(QStringLiteral("menu new")));
        QVERIFY(store.remove(QStringLiteral("menu base")));
    }

    void trafficFollowsOnlyAtTheBottom()
    {
        TrafficPanel panel;
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *view = panel.findChild<QTableView *>(QStringLiteral("trafficView"));
        QVERIFY(view);
        auto batch = [](int from, int count) {
            TrafficEventList events;
            for (int i = from; i < from + count; ++i)
                events.append(TrafficEvent::make(Service::Tftp, TrafficEvent::Kind::Info, QStringLiteral("event %1").arg(i)));
            return events;
        };
        panel.appendBatch(batch(0, 200));
        QCoreApplication::processEvents();
        QScrollBar *scroll = view->verticalScrollBar();
        QVERIFY(scroll->maximum() > 0);
        QCOMPARE(scroll->value(), scroll->maximum()); // at the bottom: follows

        scroll->setValue(scroll->maximum() / 2); // the technician scrolls up to read
        const int reading = scroll->value();
        panel.appendBatch(batch(200, 100));
        QCoreApplication::processEvents();
        QCOMPARE(scroll->value(), reading);

        scroll->setValue(scroll->maximum()); // back at the bottom: follows again
        panel.appendBatch(batch(300, 100));
        QCoreApplication::processEvents();
        QCOMPARE(scroll->value(), scroll->maximum());
    }

    void languageMenuStoresTheChoice()
    {
        Profile profile = quietProfile(QStringLiteral("language test"));
        MainWindow window(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *button = window.findChild<QToolButton *>(QStringLiteral("languageButton"));
        QVERIFY(button && button->menu());
        QAction *german = nullptr;
        QAction *system = nullptr;
        for (QAction *action : button->menu()->actions()) {
            if (action->data().toString() == u"de")
                german = action;
            if (!action->isSeparator() && action->data().toString().isEmpty())
                system = action;
        }
        QVERIFY(german && system);
        QVERIFY(system->isChecked());
        german->trigger();
        QCOMPARE(AppSettings().language(), QStringLiteral("de"));
        QVERIFY(german->isChecked());
        auto *dialog = window.findChild<QMessageBox *>(QStringLiteral("languageDialog"));
        QVERIFY(dialog);
        QVERIFY2(dialog->text().contains(QStringLiteral("Deutsch")), qPrintable(dialog->text()));
        dialog->reject(); // "Later"
        QVERIFY(window.isVisible());
        system->trigger();
        QCOMPARE(AppSettings().language(), QString());
        if (auto *again = window.findChild<QMessageBox *>(QStringLiteral("languageDialog")))
            again->reject();
    }

    void geometryAndTabPersist()
    {
        Profile profile = quietProfile(QStringLiteral("geometry test"));
        {
            MainWindow window(profile);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(930, 610);
            window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(2);
            QCoreApplication::processEvents();
            QVERIFY(window.close());
        }
        MainWindow again(profile);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(930, 610));
        QCOMPARE(again.findChild<QTabWidget *>(QStringLiteral("tabs"))->currentIndex(), 2);
        again.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(0);
        again.close();
    }

    // Run by gui_rival.sh inside a network namespace: BOOTCAST_TEST_RIVAL_IFACE names the adapter,
    // BOOTCAST_TEST_RIVAL_ADDRESS its address, BOOTCAST_TEST_RIVAL says whether another DHCP server
    // ("present", at BOOTCAST_TEST_RIVAL_SERVER) or none ("none") answers there.
    void rivalCheckBeforeStart()
    {
        const QString iface = qEnvironmentVariable("BOOTCAST_TEST_RIVAL_IFACE");
        if (iface.isEmpty())
            QSKIP("run by gui_rival.sh inside a network namespace");
        const QString expect = qEnvironmentVariable("BOOTCAST_TEST_RIVAL");
        QTemporaryDir work;
        Profile profile = Profile::defaultProfile();
        profile.name = QStringLiteral("rival window test");
        profile.interfaceName = iface;
        profile.serverAddress = QHostAddress(qEnvironmentVariable("BOOTCAST_TEST_RIVAL_ADDRESS"));
        profile.dhcp.mode = DhcpMode::Full;
        profile.dhcp.subnetMask = QHostAddress(QStringLiteral("255.255.255.0"));
        const quint32 net = profile.serverAddress.toIPv4Address() & 0xffffff00u;
        profile.dhcp.poolBegin = QHostAddress(net + 100);
        profile.dhcp.poolEnd = QHostAddress(net + 150);
        profile.dhcp.router = QHostAddress();
        profile.dhcp.leasesFile = work.filePath(QStringLiteral("leases.journal"));
        profile.tftp.enabled = false;
        profile.http.enabled = false;
        profile.nbd.enabled = false;
        MainWindow window(profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *start = window.findChild<QPushButton *>(QStringLiteral("startButton"));
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusLine"));
        auto *dhcpLight = window.findChild<ServiceLight *>(QStringLiteral("light_dhcp"));
        QTest::mouseClick(start, Qt::LeftButton);
        // Nothing is served while the window looks.
        QVERIFY(window.isCheckingForRivals());
        QVERIFY(!window.isServing());
        QCOMPARE(start->text(), QStringLiteral("Cancel"));
        QVERIFY(status->text().contains(QStringLiteral("Looking for another DHCP server on %1").arg(iface)));

        if (expect == u"none") {
            QTRY_VERIFY_WITH_TIMEOUT(window.isServing(), 15000);
            QTRY_COMPARE_WITH_TIMEOUT(int(dhcpLight->state().status), int(ServiceState::Status::Listening), 10000);
            QVERIFY2(status->text().contains(QStringLiteral("No other DHCP server answered on %1").arg(iface)),
                     qPrintable(status->text()));
            QTest::mouseClick(start, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!window.isServing(), 10000);
            return;
        }

        // Another server: the window names it and its network, and offers proxy mode instead.
        QMessageBox *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<QMessageBox *>(QStringLiteral("rivalDialog"))) != nullptr, 15000);
        QVERIFY(!window.isServing());
        const QString rival = qEnvironmentVariable("BOOTCAST_TEST_RIVAL_SERVER");
        QVERIFY2(dialog->text().contains(rival), qPrintable(dialog->text()));
        QVERIFY2(dialog->text().contains(QHostAddress(net).toString() + QStringLiteral("/24")), qPrintable(dialog->text()));
        QVERIFY2(status->text().contains(rival), qPrintable(status->text()));
        auto *proxy = dialog->findChild<QPushButton *>(QStringLiteral("startProxyButton"));
        QVERIFY(proxy);
        proxy->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.isServing(), 5000);
        QVERIFY(window.findChild<QRadioButton *>(QStringLiteral("mode_proxy"))->isChecked());
        QCOMPARE(window.editedProfile().dhcp.mode, DhcpMode::Proxy);
        auto *proxyLight = window.findChild<ServiceLight *>(QStringLiteral("light_proxy"));
        QVERIFY(proxyLight);
        QTRY_COMPARE_WITH_TIMEOUT(int(dhcpLight->state().status), int(ServiceState::Status::Listening), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(int(proxyLight->state().status), int(ServiceState::Status::Listening), 10000);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isServing(), 10000);
    }

    // Run by tests/e2e/boot_window.sh inside the lab namespace: the window serves the profile in
    // BOOTCAST_TEST_VM_PROFILE, says it is ready by creating BOOTCAST_TEST_VM_READY, and once the
    // script has seen the VM boot (BOOTCAST_TEST_VM_DONE exists) checks what the technician sees: the
    // machine with every boot stage in the Clients tab, its downloads in the Traffic tab, its lease.
    // With BOOTCAST_TEST_VM_SHOT it also saves a picture of the Clients tab there.
    void watchesAVmBoot()
    {
        const QString profilePath = qEnvironmentVariable("BOOTCAST_TEST_VM_PROFILE");
        if (profilePath.isEmpty())
            QSKIP("run by tests/e2e/boot_window.sh with a VM");
        const QString mac = qEnvironmentVariable("BOOTCAST_TEST_VM_MAC");
        const auto profile = Profile::load(profilePath);
        QVERIFY2(profile, qPrintable(profile ? QString() : profile.error()));
        MainWindow window(*profile);
        window.resize(1200, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        for (const char *light : {"light_dhcp", "light_tftp", "light_http"}) {
            auto *l = window.findChild<ServiceLight *>(QString::fromLatin1(light));
            QTRY_COMPARE_WITH_TIMEOUT(int(l->state().status), int(ServiceState::Status::Listening), 20000);
        }
        {
            QFile ready(qEnvironmentVariable("BOOTCAST_TEST_VM_READY"));
            QVERIFY(ready.open(QIODevice::WriteOnly));
        }
        const QString done = qEnvironmentVariable("BOOTCAST_TEST_VM_DONE");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(done), 300000);

        auto *clientsView = window.findChild<QTableView *>(QStringLiteral("clientsView"));
        const QAbstractItemModel *clients = clientsView->model();
        constexpr int AllStages = (1 << ClientState::StageCount) - 1;
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT((row = rowWith(clients, ClientsModel::MacColumn, mac)) >= 0
                                     && clients->index(row, 0).data(ClientsModel::StageMaskRole).toInt() == AllStages,
                                 10000);
        QCOMPARE(clients->rowCount(), 1);
        QVERIFY2(clients->index(row, ClientsModel::ArchColumn).data().toString().contains(QStringLiteral("UEFI x64")),
                 qPrintable(clients->index(row, ClientsModel::ArchColumn).data().toString()));
        QCOMPARE(clients->index(row, ClientsModel::StatusColumn).data().toString(), QStringLiteral("booted"));
        const QAbstractItemModel *traffic = window.findChild<QTableView *>(QStringLiteral("trafficView"))->model();
        for (const QString &file : {QStringLiteral("ipxe.efi"), QStringLiteral("boot.ipxe"), QStringLiteral("vmlinuz"),
                                    QStringLiteral("initrd.img")})
            QVERIFY2(anyRow(traffic, TrafficModel::DetailColumn, file), qPrintable(file));
        const QAbstractItemModel *leases = window.findChild<QTableView *>(QStringLiteral("leasesView"))->model();
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(leases, LeasesModel::MacColumn, mac) >= 0, 5000);

        if (const QString shot = qEnvironmentVariable("BOOTCAST_TEST_VM_SHOT"); !shot.isEmpty()) {
            window.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentWidget(clientsView);
            QCoreApplication::processEvents();
            QVERIFY(window.grab().save(shot));
        }
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isServing(), 10000);
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
