#pragma once

#include "core/Profile.h"
#include "core/ServiceState.h"
#include "core/TrafficEvent.h"

#include <QObject>
#include <QThread>

#include <cstdio>

namespace Bootcast {

class Engine;

// Runs the engine without any window: engine on its own thread, one stdout line per meaningful
// event, stops cleanly on SIGINT/SIGTERM (exit code 0, leases on disk).
class HeadlessRunner : public QObject
{
    Q_OBJECT

public:
    explicit HeadlessRunner(Profile profile, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    void start();

    // One line for the log, without the trailing newline. Public for tests.
    static QString formatEvent(const TrafficEvent &event);
    static QString formatState(const ServiceState &state);

private:
    void onStarted(bool ok);
    void onTerminationRequested(int signalNumber);
    void printEvents(const TrafficEventList &events);
    void printState(const ServiceState &state);
    void shutDown(int exitCode);

    Profile m_profile;
    QThread m_thread;
    Engine *m_engine = nullptr;
    bool m_shuttingDown = false;
};

} // namespace Bootcast
