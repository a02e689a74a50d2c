#pragma once

// Runs one Bootcast server (TftpServer, HttpServer, NbdServer, ...) and its EventSink in a worker
// thread, as the engine does; every call crosses with a blocking queued call, events come back queued
// into `events` (processed whenever the test's event loop runs, e.g. inside QTRY_*).

#include "core/EventSink.h"
#include "core/Profile.h"
#include "core/ServiceState.h"
#include "core/TrafficEvent.h"

#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <functional>

namespace BootcastTest {

template <typename ServerT>
class ThreadedServerHost : public QObject
{
public:
    // configure, if given, runs in the server's thread right after construction.
    explicit ThreadedServerHost(const Bootcast::Profile &profile, std::function<void(ServerT *)> configure = {})
    {
        qRegisterMetaType<Bootcast::TrafficEvent>();
        qRegisterMetaType<Bootcast::ServiceState>();
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
        m_thread.start();
        call([this, profile, configure] {
            m_sink = new Bootcast::EventSink;
            m_server = new ServerT(profile, m_sink);
            if (configure)
                configure(m_server);
            QObject::connect(m_sink, &Bootcast::EventSink::posted, this,
                             [this](const Bootcast::TrafficEvent &e) { events.append(e); }, Qt::QueuedConnection);
        });
    }

    ~ThreadedServerHost() override
    {
        call([this] {
            m_server->stop();
            delete m_server; // in their own thread
            delete m_sink;
        });
        m_thread.quit();
        m_thread.wait();
        delete m_anchor; // its thread has finished: safe from here
    }

    template <typename F>
    void call(F function)
    {
        QMetaObject::invokeMethod(m_anchor, std::move(function), Qt::BlockingQueuedConnection);
    }

    // Runs f(server) in the server's thread and returns its result.
    template <typename F>
    auto read(F f) -> decltype(f(static_cast<ServerT *>(nullptr)))
    {
        decltype(f(static_cast<ServerT *>(nullptr))) value{};
        call([&] { value = f(m_server); });
        return value;
    }

    bool start()
    {
        return read([](ServerT *s) { return s->start(); });
    }
    void stop()
    {
        call([&] { m_server->stop(); });
    }
    Bootcast::ServiceState state()
    {
        return read([](ServerT *s) { return s->state(); });
    }
    quint16 port() { return state().port; }

    // Events of one kind seen so far (run the event loop first), optionally for one subject.
    QList<Bootcast::TrafficEvent> eventsOf(Bootcast::TrafficEvent::Kind kind, const QString &subject = QString()) const
    {
        QList<Bootcast::TrafficEvent> out;
        for (const Bootcast::TrafficEvent &e : events) {
            if (e.kind == kind && (subject.isNull() || e.subject == subject))
                out.append(e);
        }
        return out;
    }

    QList<Bootcast::TrafficEvent> events;

protected:
    ServerT *server() const { return m_server; }

private:
    QThread m_thread;
    QObject *m_anchor = nullptr;
    Bootcast::EventSink *m_sink = nullptr;
    ServerT *m_server = nullptr;
};

} // namespace BootcastTest
