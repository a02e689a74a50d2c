#pragma once

#include <QObject>

class QSocketNotifier;

namespace Bootcast {

// Turns SIGINT/SIGTERM (Unix) or Ctrl+C/close (Windows console) into a Qt signal delivered in
// the main thread, so a headless run stops cleanly and saves its leases.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Bootcast
