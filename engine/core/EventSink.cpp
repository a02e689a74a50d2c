#include "EventSink.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Bootcast {

EventSink::EventSink(QObject *parent) : QObject(parent)
{
    m_timer.setParent(this); // moves with the sink to the engine thread
    m_timer.setSingleShot(true);
    m_timer.setInterval(BatchIntervalMsecs);
    connect(&m_timer, &QTimer::timeout, this, &EventSink::flush);
}

void EventSink::post(TrafficEvent event)
{
    if (event.msecsSinceEpoch == 0)
        event.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    emit posted(event);
    if (m_pending.size() >= MaxPending) {
        m_pending.removeFirst();
        ++m_dropped;
    }
    m_pending.append(std::move(event));
    if (!m_timer.isActive())
        m_timer.start();
}

void EventSink::flush()
{
    m_timer.stop();
    if (m_dropped > 0) {
        const int dropped = m_dropped > INT_MAX ? INT_MAX : int(m_dropped);
        TrafficEvent note = TrafficEvent::make(
            Service::Engine, TrafficEvent::Kind::Warning,
            QCoreApplication::translate("Bootcast::EventSink", "%n event(s) dropped: the log could not keep up",
                                        nullptr, dropped));
        note.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
        m_pending.append(note);
        m_dropped = 0;
    }
    if (m_pending.isEmpty())
        return;
    TrafficEventList batch;
    batch.swap(m_pending);
    emit batchReady(batch);
}

} // namespace Bootcast
