// EventSink: events are batched (never one signal per event) and nothing is lost at flush.

#include "core/EventSink.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Bootcast;

class TestEventSink : public QObject
{
    Q_OBJECT

private slots:
    void batchesAtMostTenPerSecond();
    void flushDeliversPending();
    void overflowIsCountedNotSilent();
};

void TestEventSink::batchesAtMostTenPerSecond()
{
    EventSink sink;
    QSignalSpy spy(&sink, &EventSink::batchReady);
    QElapsedTimer timer;
    timer.start();
    qsizetype posted = 0;
    // Post continuously for 600 ms while the event loop runs.
    while (timer.elapsed() < 600) {
        for (int i = 0; i < 100; ++i, ++posted)
            sink.post(TrafficEvent::make(Service::Tftp, TrafficEvent::Kind::TransferProgress));
        QTest::qWait(1);
    }
    sink.flush();
    qsizetype received = 0;
    for (const auto &args : spy)
        received += args.at(0).value<TrafficEventList>().size();
    QCOMPARE(received, posted);
    QVERIFY2(spy.size() <= 8, qPrintable(QString::number(spy.size()))); // ~6 timer batches + the final flush
}

void TestEventSink::flushDeliversPending()
{
    EventSink sink;
    QSignalSpy spy(&sink, &EventSink::batchReady);
    sink.post(TrafficEvent::make(Service::Dhcp, TrafficEvent::Kind::Acked, QStringLiteral("x")));
    QCOMPARE(spy.size(), 0);
    sink.flush();
    QCOMPARE(spy.size(), 1);
    const auto batch = spy.at(0).at(0).value<TrafficEventList>();
    QCOMPARE(batch.size(), 1);
    QVERIFY(batch.first().msecsSinceEpoch > 0);
}

void TestEventSink::overflowIsCountedNotSilent()
{
    EventSink sink;
    QSignalSpy spy(&sink, &EventSink::batchReady);
    for (qsizetype i = 0; i < EventSink::MaxPending + 10; ++i)
        sink.post(TrafficEvent::make(Service::Tftp, TrafficEvent::Kind::TransferProgress));
    sink.flush();
    const auto batch = spy.at(0).at(0).value<TrafficEventList>();
    QCOMPARE(batch.size(), EventSink::MaxPending + 1);
    QCOMPARE(batch.last().kind, TrafficEvent::Kind::Warning);
    QVERIFY(batch.last().detail.contains(QStringLiteral("10")));
}

QTEST_GUILESS_MAIN(TestEventSink)
#include "tst_eventsink.moc"
