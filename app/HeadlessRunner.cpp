#include "HeadlessRunner.h"

#include "SignalWatcher.h"
#include "core/Engine.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Bootcast {

namespace {

void writeLine(const QString &line)
{
    const QByteArray bytes = line.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}


} // namespace

HeadlessRunner::HeadlessRunner(Profile profile, QObject *parent) : QObject(parent), m_profile(std::move(profile))
{
    m_thread.setObjectName(QStringLiteral("engine"));
}

HeadlessRunner::~HeadlessRunner()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_engine, &Engine::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void HeadlessRunner::start()
{
    Engine::registerMetaTypes();
    m_engine = new Engine;
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &Engine::trafficBatch, this, &HeadlessRunner::printEvents, Qt::QueuedConnection);
    connect(m_engine, &Engine::serviceStateChanged, this, &HeadlessRunner::printState, Qt::QueuedConnection);
    connect(m_engine, &Engine::started, this, &HeadlessRunner::onStarted, Qt::QueuedConnection);

    auto *watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::terminationRequested, this, &HeadlessRunner::onTerminationRequested);

    m_thread.start();
    writeLine(tr("Bootcast %1: starting profile \"%2\", serving %3")
                  .arg(QCoreApplication::applicationVersion(), m_profile.name, m_profile.resolvedNetbootDir()));
    const Profile profile = m_profile;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, profile] { engine->start(profile); },
                              Qt::QueuedConnection);
}

void HeadlessRunner::onStarted(bool ok)
{
    if (!ok) {
        writeLine(tr("Not every service could start; stopping. Fix the problem above and start again."));
        shutDown(1);
        return;
    }
    writeLine(tr("Ready. Press Ctrl+C to stop."));
}

void HeadlessRunner::onTerminationRequested(int signalNumber)
{
    writeLine(tr("Signal %1 received: stopping").arg(signalNumber));
    shutDown(0);
}

void HeadlessRunner::shutDown(int exitCode)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    // The engine flushes its leases and its last events in stop(); wait for that before leaving.
    QMetaObject::invokeMethod(m_engine, &Engine::stop, Qt::BlockingQueuedConnection);
    QCoreApplication::sendPostedEvents(this); // print the last batch
    m_thread.quit();
    m_thread.wait();
    writeLine(tr("Stopped."));
    QCoreApplication::exit(exitCode);
}

void HeadlessRunner::printEvents(const TrafficEventList &events)
{
    for (const TrafficEvent &event : events) {
        if (event.kind == TrafficEvent::Kind::TransferProgress)
            continue;
        writeLine(formatEvent(event));
    }
}

void HeadlessRunner::printState(const ServiceState &state)
{
    writeLine(formatState(state));
}

QString HeadlessRunner::formatEvent(const TrafficEvent &event)
{
    // time, service, kind, then who and what: "... dhcp   ack       52:54:00:12:34:56 10.0.0.5: leased ..."
    QStringList parts{
        QDateTime::fromMSecsSinceEpoch(event.msecsSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
        serviceTag(event.service).leftJustified(6), kindTag(event.kind).leftJustified(9)};
    QStringList about;
    if (!event.mac.isNull())
        about << event.mac.toString();
    if (!event.peer.isNull())
        about << event.peer.toString();
    if (!event.subject.isEmpty() && event.subject != event.peer.toString())
        about << event.subject;
    if (const QString summary = transferSummary(event); !summary.isEmpty())
        about << summary;
    QString line = parts.join(u' ');
    if (!about.isEmpty())
        line += u' ' + about.join(u' ') + (event.detail.isEmpty() ? QString() : QStringLiteral(": ") + event.detail);
    else if (!event.detail.isEmpty())
        line += u' ' + event.detail;
    while (line.endsWith(u' '))
        line.chop(1);
    return line;
}

QString HeadlessRunner::formatState(const ServiceState &state)
{
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const QString head = time + u' ' + serviceTag(state.service).leftJustified(6) + u' '
        + statusTag(state.status).leftJustified(9);
    switch (state.status) {
    case ServiceState::Status::Listening:
        return head + u' ' + tr("%1 port %2").arg(state.address.toString()).arg(state.port)
            + (state.reason.isEmpty() ? QString() : QStringLiteral(": ") + state.reason);
    case ServiceState::Status::Failed:
        return head + u' ' + state.reason;
    case ServiceState::Status::Disabled:
        return head + u' ' + tr("off in this profile");
    case ServiceState::Status::Stopped:
        return head.trimmed();
    }
    return head;
}

} // namespace Bootcast
