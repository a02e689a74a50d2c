#include "MainWindow.h"

#include "core/Engine.h"

#include <QDateTime>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Bootcast {

MainWindow::MainWindow(const Profile &profile, QWidget *parent) : QMainWindow(parent), m_profile(profile)
{
    setWindowTitle(tr("Bootcast - %1").arg(profile.name));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *profileLabel = new QLabel(tr("Profile: <b>%1</b>, netboot folder %2")
                                        .arg(profile.name.toHtmlEscaped(), profile.resolvedNetbootDir().toHtmlEscaped()),
                                    central);
    m_startButton = new QPushButton(tr("Start"), central);
    m_statusLabel = new QLabel(tr("Stopped"), central);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_log = new QPlainTextEdit(central);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    layout->addWidget(profileLabel);
    layout->addWidget(m_startButton);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_log, 1);
    setCentralWidget(central);
    resize(820, 520);

    m_engine = new Engine;
    m_engine->moveToThread(&m_engineThread);
    connect(&m_engineThread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &Engine::serviceStateChanged, this, &MainWindow::onServiceStateChanged);
    connect(m_engine, &Engine::trafficBatch, this, &MainWindow::onTrafficBatch);
    connect(m_engine, &Engine::stopped, this, &MainWindow::onStopped);
    connect(m_startButton, &QPushButton::clicked, this, &MainWindow::toggleServing);
    m_engineThread.start();
}

MainWindow::~MainWindow()
{
    QMetaObject::invokeMethod(m_engine, &Engine::stop, Qt::BlockingQueuedConnection);
    m_engineThread.quit();
    m_engineThread.wait();
}

void MainWindow::toggleServing()
{
    if (m_serving) {
        QMetaObject::invokeMethod(m_engine, &Engine::stop, Qt::QueuedConnection);
        return;
    }
    m_serving = true;
    m_states.clear();
    m_startButton->setText(tr("Stop"));
    const Profile profile = m_profile;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, profile] { engine->start(profile); },
                              Qt::QueuedConnection);
}

void MainWindow::onServiceStateChanged(const ServiceState &state)
{
    m_states.insert(state.service, state);
    QStringList lines;
    for (const ServiceState &s : std::as_const(m_states)) {
        QString status;
        switch (s.status) {
        case ServiceState::Status::Listening: status = tr("listening on port %1").arg(s.port); break;
        case ServiceState::Status::Failed: status = tr("failed: %1").arg(s.reason); break;
        case ServiceState::Status::Disabled: status = tr("off"); break;
        case ServiceState::Status::Stopped: status = tr("stopped"); break;
        }
        lines << serviceDisplayName(s.service) + QStringLiteral(": ") + status;
    }
    m_statusLabel->setText(lines.join(u'\n'));
}

void MainWindow::onTrafficBatch(const TrafficEventList &events)
{
    for (const TrafficEvent &event : events) {
        if (event.kind == TrafficEvent::Kind::TransferProgress)
            continue;
        QString line = QDateTime::fromMSecsSinceEpoch(event.msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss"))
            + u' ' + serviceDisplayName(event.service) + u' ' + kindDisplayName(event.kind);
        if (!event.mac.isNull())
            line += u' ' + event.mac.toString();
        if (!event.peer.isNull())
            line += u' ' + event.peer.toString();
        if (!event.subject.isEmpty())
            line += u' ' + event.subject;
        if (const QString summary = transferSummary(event); !summary.isEmpty())
            line += u' ' + summary;
        if (!event.detail.isEmpty())
            line += QStringLiteral(": ") + event.detail;
        m_log->appendPlainText(line);
    }
}

void MainWindow::onStopped()
{
    m_serving = false;
    m_startButton->setText(tr("Start"));
    m_statusLabel->setText(tr("Stopped"));
}

} // namespace Bootcast
