#pragma once

#include "ProfileStore.h"
#include "core/Profile.h"
#include "core/ServiceState.h"
#include "core/Engine.h"
#include "core/TrafficEvent.h"
#include "dhcp/RivalProbe.h"

#include <QMainWindow>
#include <QMap>
#include <QThread>

#include <utility>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace Bootcast {

class BootFilesPanel;
class ClientsModel;
class InterfacesModel;
class LeasesModel;
class ProfileForm;
class ServiceLight;
class TrafficPanel;

// The main window: profile bar, interface picker, DHCP mode, Start/Stop with one light per service,
// and the Traffic, Clients, Leases, Boot files and Settings tabs. The engine lives on its own thread; the window
// talks to it only through queued calls and hears it through its queued signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Profile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The profile to open: the command line's when it named one, else the last one used, else the default.
    static Profile startupProfile(const Profile &commandLineProfile, bool namedOnCommandLine);
    // A pool of up to 100 addresses in the adapter's subnet that leaves the server's address out.
    static std::pair<QHostAddress, QHostAddress> suggestPool(const QHostAddress &address, const QHostAddress &netmask);

    bool isServing() const { return m_serving; }
    // Start was pressed in full mode and the window is looking for another DHCP server first.
    bool isCheckingForRivals() const { return m_checkingRivals; }
    // The profile as the form shows it now; problems (field: problem) when it is not valid.
    Profile editedProfile(QStringList *problems = nullptr) const;

    // Hidden demo mode for scripts/screenshots: starts serving, waits until DIR/.go exists (the script
    // made its traffic), saves one PNG of the window per tab into DIR and quits.
    void runScreenshotTour(const QString &directory);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildProfileBar();
    QWidget *buildNetworkBar();
    QWidget *buildLanguageButton(QWidget *parent);
    void chooseLanguage(const QString &code);
    void connectEngine();

    void showProfile(const Profile &profile, bool stored);
    void reloadProfileList(const QString &select);
    void onProfileChosen(int index);
    bool confirmDiscardChanges();
    void saveProfile();
    void newProfile();
    void duplicateProfile();
    void renameProfile();
    void deleteProfile();
    void importPypxe();
    void exportProfile();

    void onInterfaceChosen(int row);
    void onModeChanged();
    QString interfaceNotice() const; // what to know about the chosen adapter in the chosen mode
    void revalidate();

    void toggleServing();
    void startServing(const Profile &profile, Engine::RivalCheckMode rivalCheck);
    void cancelRivalCheck();
    void onRivalCheckFinished(const Bootcast::RivalCheck &result);
    void offerProxyMode(const Bootcast::RivalCheck &result);
    static QString describeRival(const RivalDhcpServer &rival);
    void onServiceStateChanged(const Bootcast::ServiceState &state);
    void onStarted(bool ok);
    void onStopped();
    void onRivalDhcpChecked(const QList<Bootcast::RivalDhcpServer> &rivals);
    void updateStatusLine();
    void saveWindowState() const;

    QWidget *buildLeasesPage();
    void updateLeaseActions();
    void releaseSelectedLease();
    void toggleStaticForSelectedLease();
    void showLeaseMenu(const QPoint &position);
    // The Leases tab shows as static what the Settings tab's reserved machines say, saved or not.
    void syncStaticMacs(const QList<Bootcast::Binding> &bindings);

    ProfileStore m_store;
    Profile m_profile;   // as last loaded or saved
    bool m_stored = false; // m_profile has a file in the store
    QThread m_engineThread;
    Engine *m_engine = nullptr;
    bool m_serving = false;
    bool m_loading = false;
    bool m_checkingRivals = false;
    quint64 m_rivalCheckId = 0; // a result for an older (cancelled) check is ignored
    Profile m_profileToStart;   // while checking for rivals
    QString m_servedProfileName; // the profile the engine runs (the window may show another)

    QComboBox *m_profileBox = nullptr;
    QPushButton *m_saveButton = nullptr;
    QComboBox *m_interfaceBox = nullptr;
    InterfacesModel *m_interfaces = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QLabel *m_modeExplanation = nullptr;
    QPushButton *m_startButton = nullptr;
    QMap<Service, ServiceLight *> m_lights;
    QLabel *m_statusLine = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    TrafficPanel *m_traffic = nullptr;
    ClientsModel *m_clients = nullptr;
    QTableView *m_clientsView = nullptr;
    LeasesModel *m_leases = nullptr;
    QTableView *m_leasesView = nullptr;
    QLabel *m_leasesHint = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QPushButton *m_staticButton = nullptr;
    BootFilesPanel *m_bootFiles = nullptr;
    ProfileForm *m_form = nullptr;
    QString m_rivalNotice;
};

} // namespace Bootcast
