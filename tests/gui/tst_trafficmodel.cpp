// The live traffic table: ring buffer cap, block drops, lazy strings, filtering, and that a flood from
// another thread leaves the UI thread responsive.

#include "core/Engine.h"
#include "models/TrafficFilterModel.h"
#include "models/TrafficModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Bootcast;

namespace {

TrafficEvent makeEvent(int n, Service service = Service::Tftp, TrafficEvent::Kind kind = TrafficEvent::Kind::TransferStarted)
{
    TrafficEvent e = TrafficEvent::make(service, kind);
    e.msecsSinceEpoch = 1700000000000 + n;
    e.mac = *MacAddress::fromString(QStringLiteral("52:54:00:00:%1:%2").arg((n >> 8) & 0xff, 2, 16, QLatin1Char('0')).arg(n & 0xff, 2, 16, QLatin1Char('0')));
    e.peer = QHostAddress(quint32(0x0a000000 + (n & 0xffff)));
    e.subject = QStringLiteral("file-%1").arg(n);
    e.totalBytes = n;
    return e;
}

TrafficEventList makeBatch(int first, int count)
{
    TrafficEventList batch;
    batch.reserve(count);
    for (int i = 0; i < count; ++i)
        batch.append(makeEvent(first + i));
    return batch;
}

// Stands in for the engine: posts batches from its own thread, as Engine::trafficBatch does.
class FakeEngine : public QObject
{
    Q_OBJECT
public:
    void flood(int total, int batchSize, int intervalMsecs)
    {
        for (int sent = 0; sent < total; sent += batchSize) {
            emit trafficBatch(makeBatch(sent, qMin(batchSize, total - sent)));
            QThread::msleep(intervalMsecs);
        }
        emit finished();
    }
signals:
    void trafficBatch(const Bootcast::TrafficEventList &events);
    void finished();
};

} // namespace

class TestTrafficModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Engine::registerMetaTypes(); }

    void modelTester()
    {
        TrafficModel model(nullptr, 100);
        TrafficFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 30; ++i)
            model.appendBatch(makeBatch(i * 17, 17));
        QCOMPARE(model.rowCount(), 100);
        filter.setClientFilter(QStringLiteral("10.0.1."));
        QVERIFY(filter.rowCount() > 0);
        filter.setServiceFilter(Service::Dhcp);
        QCOMPARE(filter.rowCount(), 0);
        filter.setServiceFilter(std::nullopt);
        filter.setClientFilter(QString());
        QCOMPARE(filter.rowCount(), 100);
        model.appendBatch(makeBatch(5000, 250)); // larger than the buffer
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.event(99).subject, QStringLiteral("file-5249"));
        QCOMPARE(model.event(0).subject, QStringLiteral("file-5150"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void dropsOldRowsInBlocks()
    {
        TrafficModel model(nullptr, 1000);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 100; ++i)
            model.appendBatch(makeBatch(i * 50, 50)); // 5000 events through a buffer of 1000
        QCOMPARE(inserted.size(), 100); // one insertion per batch
        QVERIFY(model.rowCount() <= 1000);
        QVERIFY(model.rowCount() >= 900);
        QVERIFY2(removed.size() <= 40, qPrintable(QString::number(removed.size()))); // blocks of 100, not rows
        for (const auto &args : std::as_const(removed))
            QVERIFY(args.at(2).toInt() - args.at(1).toInt() + 1 >= 50);
        QCOMPARE(model.event(model.rowCount() - 1).subject, QStringLiteral("file-4999"));
        // Rows stay in order across the wrap.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.event(row).msecsSinceEpoch > model.event(row - 1).msecsSinceEpoch);
    }

    void displayStrings()
    {
        TrafficModel model;
        TrafficEvent e = makeEvent(1, Service::Tftp, TrafficEvent::Kind::TransferFinished);
        e.bytes = 2048;
        e.elapsedMsecs = 1000;
        e.detail = QStringLiteral("ok");
        TrafficEvent progress = makeEvent(2, Service::Tftp, TrafficEvent::Kind::TransferProgress);
        model.appendBatch({progress});
        QCOMPARE(model.rowCount(), 0); // progress is for the clients panel only
        model.appendBatch({e, progress});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TrafficModel::ServiceColumn).data().toString(), serviceDisplayName(Service::Tftp));
        QCOMPARE(model.index(0, TrafficModel::ClientColumn).data().toString(), QStringLiteral("52:54:00:00:00:01 10.0.0.1"));
        QCOMPARE(model.index(0, TrafficModel::EventColumn).data().toString(), kindDisplayName(e.kind));
        const QString detail = model.index(0, TrafficModel::DetailColumn).data().toString();
        QVERIFY2(detail.startsWith(QStringLiteral("file-1 ")) && detail.endsWith(QStringLiteral(": ok")), qPrintable(detail));
        QCOMPARE(model.rowText(0).count(u'\t'), TrafficModel::ColumnCount - 1);
    }

    void filtersProxyDhcpAsDhcp()
    {
        TrafficModel model;
        TrafficFilterModel filter;
        filter.setSourceModel(&model);
        model.appendBatch({makeEvent(1, Service::Dhcp, TrafficEvent::Kind::Acked),
                           makeEvent(2, Service::ProxyDhcp, TrafficEvent::Kind::Acked),
                           makeEvent(3, Service::Tftp)});
        filter.setServiceFilter(Service::Dhcp);
        QCOMPARE(filter.rowCount(), 2);
        filter.setServiceFilter(Service::Tftp);
        QCOMPARE(filter.rowCount(), 1);
        filter.setServiceFilter(std::nullopt);
        filter.setClientFilter(QStringLiteral("52:54:00:00:00:0"));
        QCOMPARE(filter.rowCount(), 3);
        filter.setClientFilter(QStringLiteral("10.0.0.3"));
        QCOMPARE(filter.rowCount(), 1);
        model.appendBatch({makeEvent(3, Service::Http)}); // new rows are filtered as they arrive
        QCOMPARE(filter.rowCount(), 2);
    }

    // 100 000 events arrive from another thread while a view shows them: the cap holds and the UI
    // thread's event loop keeps turning (a 10 ms timer is never held up for long).
    void floodKeepsCapAndUiResponsive()
    {
        TrafficModel model;
        TrafficFilterModel filter;
        filter.setSourceModel(&model);
        QTableView view;
        view.setModel(&filter);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QThread thread;
        FakeEngine engine;
        engine.moveToThread(&thread);
        connect(&engine, &FakeEngine::trafficBatch, &model, &TrafficModel::appendBatch, Qt::QueuedConnection);
        connect(&model, &QAbstractItemModel::rowsInserted, &view, [&view] { view.scrollToBottom(); });
        bool done = false;
        connect(&engine, &FakeEngine::finished, this, [&done] { done = true; }, Qt::QueuedConnection);

        QElapsedTimer sinceTick;
        qint64 worstGap = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            worstGap = qMax(worstGap, sinceTick.restart());
        });
        thread.start();
        sinceTick.start();
        ticker.start();
        // 200 batches of 500, 20 a second: twice the engine's rate and fifty times its usual size.
        QMetaObject::invokeMethod(&engine, [&engine] { engine.flood(100000, 500, 50); }, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QTest::qWait(100);
        ticker.stop();
        thread.quit();
        thread.wait();

        QVERIFY(model.rowCount() <= TrafficModel::DefaultCapacity);
        QVERIFY(model.rowCount() >= TrafficModel::DefaultCapacity * 9 / 10);
        QCOMPARE(model.event(model.rowCount() - 1).subject, QStringLiteral("file-99999"));
        qInfo("worst event-loop gap during the flood: %lld ms", worstGap);
        QVERIFY2(worstGap < 250, qPrintable(QStringLiteral("UI thread blocked for %1 ms").arg(worstGap)));
    }
};

QTEST_MAIN(TestTrafficModel)
#include "tst_trafficmodel.moc"
