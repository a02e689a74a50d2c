// Drives the real window offscreen: a profile on 127.0.0.1 with a free TFTP port, Start, a real curl
// TFTP download, the traffic table and the clients panel showing it, Stop freeing the port.

#include "MainWindow.h"
#include "ProfileStore.h"
#include "core/Engine.h"
#include "models/ClientsModel.h"
#include "models/TrafficModel.h"
#include "widgets/ServiceLight.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

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

        // Stop frees the port.
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isServing(), 10000);
        QCOMPARE(start->text(), QStringLiteral("Start"));
        QUdpSocket again;
        QVERIFY2(again.bind(QHostAddress::LocalHost, port), qPrintable(again.errorString()));
    }

    void invalidFieldIsShownAndNotSaved()
    {
        Profile profile = Profile::defaultProfile();
        profile.name = QStringLiteral("invalid test");
        profile.dhcp.mode = DhcpMode::Off;
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

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
