#pragma once

#include "TrafficEvent.h"

#include <QObject>
#include <QTimer>

namespace Bootcast {

// Collects traffic events from every service and hands them on in batches, at most ten a second,
// however busy the network is. Lives in the engine thread.
class EventSink : public QObject
{
    Q_OBJECT

public:
    explicit EventSink(QObject *parent = nullptr);

    void post(TrafficEvent event);
    // Hands on what is pending now (used at stop so nothing is lost).
    void flush();

    static constexpr int BatchIntervalMsecs = 100;
    // Beyond this many pending events the oldest progress events are dropped, then the oldest of any kind.
    static constexpr qsizetype MaxPending = 50000;

signals:
    void batchReady(const Bootcast::TrafficEventList &events);
    // Not batched: delivered as it happens, for consumers in the engine thread (client tracker, logger).
    void posted(const Bootcast::TrafficEvent &event);

private:
    TrafficEventList m_pending;
    QTimer m_timer;
    qint64 m_dropped = 0;
};

} // namespace Bootcast
