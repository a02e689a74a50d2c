#pragma once

#include "core/Profile.h"
#include "core/ServiceState.h"
#include "core/TrafficEvent.h"

#include <QMainWindow>
#include <QMap>
#include <QThread>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Bootcast {

class Engine;

// The first window: start/stop the loaded profile, one status line per service, the traffic log.
// The full window (profiles, interface picker, clients panel) follows; the engine wiring is final.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Profile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void toggleServing();
    void onServiceStateChanged(const Bootcast::ServiceState &state);
    void onTrafficBatch(const Bootcast::TrafficEventList &events);
    void onStopped();

    Profile m_profile;
    QThread m_engineThread;
    Engine *m_engine = nullptr;
    bool m_serving = false;
    QPushButton *m_startButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QMap<Service, ServiceState> m_states;
};

} // namespace Bootcast
