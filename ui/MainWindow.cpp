#include "MainWindow.h"

#include "AppSettings.h"
#include "BootFilesPanel.h"
#include "Languages.h"
#include "ProfileForm.h"
#include "TrafficPanel.h"
#include "core/Engine.h"
#include "core/PypxeConfig.h"
#include "models/ClientsModel.h"
#include "models/InterfacesModel.h"
#include "models/LeasesModel.h"
#include "widgets/ServiceLight.h"
#include "widgets/StageTimelineDelegate.h"
#include "widgets/TransferProgressDelegate.h"

#include <QActionGroup>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <bit>
#include <memory>

namespace Bootcast {

namespace {

constexpr Service LightServices[] = {Service::Dhcp, Service::ProxyDhcp, Service::Tftp, Service::Http, Service::Nbd};

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

MainWindow::MainWindow(const Profile &profile, QWidget *parent) : QMainWindow(parent)
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(buildProfileBar());
    layout->addWidget(buildNetworkBar());

    m_problemsLabel = new QLabel(central);
    m_problemsLabel->setObjectName(QStringLiteral("profileProblems"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: #c01c28;"));
    m_problemsLabel->hide();
    layout->addWidget(m_problemsLabel);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_traffic = new TrafficPanel(m_tabs);
    m_tabs->addTab(m_traffic, tr("Traffic"));

    m_clients = new ClientsModel(this);
    m_clientsView = makeTable(m_tabs, QStringLiteral("clientsView"));
    m_clientsView->setModel(m_clients);
    m_clientsView->setItemDelegateForColumn(ClientsModel::StagesColumn, new StageTimelineDelegate(m_clientsView));
    m_clientsView->setItemDelegateForColumn(ClientsModel::TransferColumn, new TransferProgressDelegate(m_clientsView));
    m_clientsView->setColumnWidth(ClientsModel::MacColumn, m_clientsView->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00:00:00:00")) + 16);
    m_clientsView->setColumnWidth(ClientsModel::ArchColumn, m_clientsView->fontMetrics().horizontalAdvance(QStringLiteral("UEFI x64, iPXE, HTTP")) + 16);
    m_clientsView->setColumnWidth(ClientsModel::AddressColumn, m_clientsView->fontMetrics().horizontalAdvance(QStringLiteral("000.000.000.000")) + 16);
    m_clientsView->setColumnWidth(ClientsModel::StagesColumn, 12 + 7 * 24 + m_clientsView->fontMetrics().horizontalAdvance(QStringLiteral("installer DHCP")) + 8);
    m_clientsView->setColumnWidth(ClientsModel::TransferColumn, 200);
    m_clientsView->setColumnWidth(ClientsModel::SpeedColumn, 90);
    m_clientsView->setColumnWidth(ClientsModel::EtaColumn, 90);
    m_tabs->addTab(m_clientsView, tr("Clients"));

    m_tabs->addTab(buildLeasesPage(), tr("Leases"));

    m_bootFiles = new BootFilesPanel(m_tabs);
    m_tabs->addTab(m_bootFiles, tr("Boot files"));

    m_form = new ProfileForm;
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("Settings"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(m_form, &ProfileForm::edited, this, &MainWindow::revalidate);
    connect(m_bootFiles, &BootFilesPanel::edited, this, &MainWindow::revalidate);

    AppSettings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1100, 720);
    restoreState(settings.windowState());
    m_traffic->restoreState();
    if (const QByteArray header = settings.clientsHeader(); !header.isEmpty())
        m_clientsView->horizontalHeader()->restoreState(header);
    m_tabs->setCurrentIndex(qBound(0, settings.currentTab(), m_tabs->count() - 1));

    const bool stored = m_store.contains(profile.name) && m_store.load(profile.name).ok()
        && *m_store.load(profile.name) == profile;
    showProfile(profile, stored);

    m_engine = new Engine;
    m_engine->moveToThread(&m_engineThread);
    connect(&m_engineThread, &QThread::finished, m_engine, &QObject::deleteLater);
    connectEngine();
    m_engineThread.start();
}

MainWindow::~MainWindow()
{
    QMetaObject::invokeMethod(m_engine, &Engine::stop, Qt::BlockingQueuedConnection);
    m_engineThread.quit();
    m_engineThread.wait();
}

Profile MainWindow::startupProfile(const Profile &commandLineProfile, bool namedOnCommandLine)
{
    if (namedOnCommandLine)
        return commandLineProfile;
    const QString last = AppSettings().lastProfile();
    ProfileStore store;
    if (!last.isEmpty() && store.contains(last)) {
        if (auto loaded = store.load(last))
            return *loaded;
    }
    return commandLineProfile;
}

std::pair<QHostAddress, QHostAddress> MainWindow::suggestPool(const QHostAddress &address, const QHostAddress &netmask)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol || netmask.isNull())
        return {};
    const quint32 mask = netmask.toIPv4Address();
    const quint32 network = address.toIPv4Address() & mask;
    const quint32 hosts = ~mask; // broadcast offset
    if (hosts < 3)
        return {};
    const quint32 server = address.toIPv4Address() - network;
    // A /24 gets .100-.199; smaller subnets their upper half.
    quint32 first = hosts >= 255 ? 100 : hosts / 2 + 1;
    quint32 last = hosts >= 255 ? 199 : hosts - 1;
    if (server >= first && server <= last) {
        if (server - first >= last - server)
            last = server - 1;
        else
            first = server + 1;
    }
    if (first > last)
        return {};
    return {QHostAddress(network + first), QHostAddress(network + last)};
}

QWidget *MainWindow::buildProfileBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_profileBox = new QComboBox(bar);
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_profileBox->setMinimumContentsLength(24);
    m_saveButton = new QPushButton(tr("Save"), bar);
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveButton->setToolTip(tr("Save the profile's settings"));
    auto *more = new QPushButton(tr("Profiles"), bar);
    more->setObjectName(QStringLiteral("profilesMenuButton"));
    auto *menu = new QMenu(more);
    menu->addAction(tr("New..."), this, &MainWindow::newProfile);
    menu->addAction(tr("Duplicate..."), this, &MainWindow::duplicateProfile);
    menu->addAction(tr("Rename..."), this, &MainWindow::renameProfile);
    menu->addAction(tr("Delete..."), this, &MainWindow::deleteProfile);
    menu->addSeparator();
    menu->addAction(tr("Import PyPXE config..."), this, &MainWindow::importPypxe);
    menu->addAction(tr("Export..."), this, &MainWindow::exportProfile);
    more->setMenu(menu);
    layout->addWidget(new QLabel(tr("Profile:"), bar));
    layout->addWidget(m_profileBox);
    layout->addWidget(m_saveButton);
    layout->addWidget(more);
    layout->addStretch(1);
    layout->addWidget(buildLanguageButton(bar));
    connect(m_profileBox, &QComboBox::activated, this, &MainWindow::onProfileChosen);
    connect(m_saveButton, &QPushButton::clicked, this, &MainWindow::saveProfile);
    return bar;
}

QWidget *MainWindow::buildLanguageButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("languageButton"));
    button->setText(tr("Language"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    auto *group = new QActionGroup(menu);
    const QString chosen = AppSettings().language();
    auto add = [&](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    };
    add(QString(), tr("System language"));
    menu->addSeparator();
    for (const Language &language : availableLanguages())
        add(language.code, language.nativeName);
    button->setMenu(menu);
    return button;
}

void MainWindow::chooseLanguage(const QString &code)
{
    AppSettings settings;
    if (settings.language() == code)
        return;
    settings.setLanguage(code);
    QString name = tr("the system language");
    for (const Language &language : availableLanguages()) {
        if (language.code == code)
            name = language.nativeName;
    }
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("Bootcast uses %1 from its next start.").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("languageDialog"));
    QPushButton *restart = box->addButton(tr("Restart now"), QMessageBox::AcceptRole);
    restart->setEnabled(!m_serving && !m_checkingRivals);
    if (!restart->isEnabled())
        restart->setToolTip(tr("Stop serving first"));
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, restart] {
        if (box->clickedButton() != restart || m_serving)
            return;
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeFirst();
        if (close()) // asks about unsaved menu edits; the window state is saved
            QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    });
    box->open();
}

QWidget *MainWindow::buildNetworkBar()
{
    auto *box = new QWidget(this);
    auto *grid = new QVBoxLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);

    auto *adapterRow = new QHBoxLayout;
    m_interfaces = new InterfacesModel(this);
    m_interfaces->refresh();
    m_interfaceBox = new QComboBox(box);
    m_interfaceBox->setObjectName(QStringLiteral("interfaceBox"));
    auto *popup = new QTreeView(m_interfaceBox);
    popup->setRootIsDecorated(false);
    popup->setUniformRowHeights(true);
    popup->setMinimumWidth(560);
    m_interfaceBox->setView(popup);
    m_interfaceBox->setModel(m_interfaces);
    popup->header()->resizeSection(InterfacesModel::NameColumn, 180);
    popup->header()->resizeSection(InterfacesModel::KindColumn, 200);
    m_interfaceBox->setMinimumContentsLength(28);
    auto *refresh = new QToolButton(box);
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Look for adapters again"));
    adapterRow->addWidget(new QLabel(tr("Adapter:"), box));
    adapterRow->addWidget(m_interfaceBox, 1);
    adapterRow->addWidget(refresh);

    adapterRow->addSpacing(16);
    adapterRow->addWidget(new QLabel(tr("DHCP:"), box));
    m_modeGroup = new QButtonGroup(this);
    const std::pair<DhcpMode, QString> modes[] = {{DhcpMode::Full, tr("Full")},
                                                  {DhcpMode::Proxy, tr("Proxy")},
                                                  {DhcpMode::Off, tr("Off")}};
    for (const auto &[mode, text] : modes) {
        auto *radio = new QRadioButton(text, box);
        radio->setObjectName(QStringLiteral("mode_") + dhcpModeTag(mode));
        m_modeGroup->addButton(radio, int(mode));
        adapterRow->addWidget(radio);
    }
    grid->addLayout(adapterRow);

    m_modeExplanation = new QLabel(box);
    m_modeExplanation->setObjectName(QStringLiteral("modeExplanation"));
    m_modeExplanation->setWordWrap(true);
    grid->addWidget(m_modeExplanation);

    auto *serveRow = new QHBoxLayout;
    m_startButton = new QPushButton(tr("Start"), box);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setMinimumWidth(110);
    serveRow->addWidget(m_startButton);
    for (Service service : LightServices) {
        auto *light = new ServiceLight(service, box);
        m_lights.insert(service, light);
        serveRow->addSpacing(10);
        serveRow->addWidget(light);
    }
    serveRow->addStretch(1);
    grid->addLayout(serveRow);

    m_statusLine = new QLabel(tr("Stopped."), box);
    m_statusLine->setObjectName(QStringLiteral("statusLine"));
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextFormat(Qt::PlainText);
    grid->addWidget(m_statusLine);

    connect(m_interfaceBox, &QComboBox::activated, this, &MainWindow::onInterfaceChosen);
    auto refreshAdapters = [this] {
        const QString current = editedProfile().interfaceName;
        m_interfaces->setMissing(current); // an adapter that went away keeps its row, never "All adapters"
        m_interfaces->refresh();
        m_interfaceBox->setCurrentIndex(qMax(m_interfaces->rowForName(current), 0));
        revalidate();
    };
    connect(refresh, &QToolButton::clicked, this, refreshAdapters);
    // A cable plugged in, an address given, a USB adapter added: the picker and its notices follow.
    auto *linkWatch = new QTimer(this);
    linkWatch->setInterval(2000);
    connect(linkWatch, &QTimer::timeout, this, [this, refreshAdapters] {
        if (m_interfaceBox->view()->isVisible())
            return; // not while the list is open
        bool changed = false;
        if (!m_interfaces->updateStates(InterfacesModel::readAdapters(), &changed))
            refreshAdapters();
        else if (changed)
            updateStatusLine();
    });
    linkWatch->start();
    connect(m_modeGroup, &QButtonGroup::idClicked, this, &MainWindow::onModeChanged);
    connect(m_startButton, &QPushButton::clicked, this, &MainWindow::toggleServing);
    return box;
}

void MainWindow::connectEngine()
{
    connect(m_engine, &Engine::serviceStateChanged, this, &MainWindow::onServiceStateChanged);
    connect(m_engine, &Engine::trafficBatch, m_traffic, &TrafficPanel::appendBatch);
    connect(m_engine, &Engine::clientsUpdated, m_clients, &ClientsModel::update);
    connect(m_engine, &Engine::leasesChanged, m_leases, &LeasesModel::setLeases);
    connect(m_engine, &Engine::rivalDhcpChecked, this, &MainWindow::onRivalDhcpChecked);
    connect(m_engine, &Engine::rivalCheckFinished, this, &MainWindow::onRivalCheckFinished);
    connect(m_engine, &Engine::started, this, &MainWindow::onStarted);
    connect(m_engine, &Engine::stopped, this, &MainWindow::onStopped);
}

// ---- profiles ----

void MainWindow::showProfile(const Profile &profile, bool stored)
{
    m_loading = true;
    m_profile = profile;
    m_stored = stored;
    m_form->setProfile(profile);
    m_bootFiles->setProfile(profile);
    m_interfaces->setMissing(profile.interfaceName);
    m_interfaceBox->setCurrentIndex(qMax(m_interfaces->rowForName(profile.interfaceName), 0));
    if (QAbstractButton *radio = m_modeGroup->button(int(profile.dhcp.mode)))
        radio->setChecked(true);
    reloadProfileList(profile.name);
    m_loading = false;
    onModeChanged();
    if (stored)
        AppSettings().setLastProfile(profile.name);
}

void MainWindow::reloadProfileList(const QString &select)
{
    m_profileBox->clear();
    const QStringList names = m_store.names();
    if (!m_stored)
        m_profileBox->addItem(tr("%1 (not saved)").arg(m_profile.name), QString());
    for (const QString &name : names)
        m_profileBox->addItem(name, name);
    const int index = m_stored ? m_profileBox->findData(select) : 0;
    m_profileBox->setCurrentIndex(qMax(index, 0));
}

bool MainWindow::confirmDiscardChanges()
{
    QStringList problems;
    const Profile edited = editedProfile(&problems);
    if (problems.isEmpty() && edited == m_profile && m_stored)
        return true;
    if (problems.isEmpty() && edited == m_profile)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The profile \"%1\" has changes that are not saved. Discard them?").arg(m_profile.name),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void MainWindow::onProfileChosen(int index)
{
    const QString name = m_profileBox->itemData(index).toString();
    if (name.isEmpty() || (m_stored && name == m_profile.name))
        return;
    if (!confirmDiscardChanges()) {
        reloadProfileList(m_profile.name);
        return;
    }
    const auto loaded = m_store.load(name);
    if (!loaded) {
        QMessageBox::warning(this, tr("Open profile"), tr("Cannot open the profile \"%1\":\n%2").arg(name, loaded.error()));
        reloadProfileList(m_profile.name);
        return;
    }
    showProfile(*loaded, true);
}

void MainWindow::saveProfile()
{
    QStringList problems;
    const Profile edited = editedProfile(&problems);
    if (!problems.isEmpty())
        return; // the problems are shown beside their fields; nothing is saved
    const auto saved = m_store.save(edited);
    if (!saved) {
        QMessageBox::warning(this, tr("Save profile"), tr("Cannot save the profile \"%1\":\n%2").arg(edited.name, saved.error()));
        return;
    }
    showProfile(edited, true);
    m_statusLine->setText(tr("Saved the profile \"%1\".").arg(edited.name));
}

void MainWindow::newProfile()
{
    if (!confirmDiscardChanges())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New profile"), tr("Name:"), QLineEdit::Normal,
                                               m_store.uniqueName(tr("New profile")), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_store.contains(name)) {
        QMessageBox::warning(this, tr("New profile"), tr("A profile named \"%1\" already exists.").arg(name));
        return;
    }
    Profile profile = Profile::defaultProfile();
    profile.name = name;
    if (const auto saved = m_store.save(profile); !saved) {
        QMessageBox::warning(this, tr("New profile"), saved.error());
        return;
    }
    showProfile(profile, true);
}

void MainWindow::duplicateProfile()
{
    QStringList problems;
    Profile copy = editedProfile(&problems);
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Duplicate profile"), tr("Fix the profile's problems first:\n%1").arg(problems.join(u'\n')));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Duplicate profile"), tr("Name of the copy:"), QLineEdit::Normal,
                                               m_store.uniqueName(tr("%1 copy").arg(copy.name)), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_store.contains(name)) {
        QMessageBox::warning(this, tr("Duplicate profile"), tr("A profile named \"%1\" already exists.").arg(name));
        return;
    }
    copy.name = name;
    if (const auto saved = m_store.save(copy); !saved) {
        QMessageBox::warning(this, tr("Duplicate profile"), saved.error());
        return;
    }
    showProfile(copy, true);
}

void MainWindow::renameProfile()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename profile"), tr("New name:"), QLineEdit::Normal,
                                               m_profile.name, &ok).trimmed();
    if (!ok || name.isEmpty() || name == m_profile.name)
        return;
    if (!m_stored) {
        m_profile.name = name;
        reloadProfileList(name);
        return;
    }
    if (const auto renamed = m_store.rename(m_profile.name, name); !renamed) {
        QMessageBox::warning(this, tr("Rename profile"), renamed.error());
        return;
    }
    Profile profile = m_profile;
    profile.name = name;
    showProfile(profile, true);
}

void MainWindow::deleteProfile()
{
    if (!m_stored)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete profile"),
                                              tr("Delete the profile \"%1\"? This cannot be undone.").arg(m_profile.name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const auto removed = m_store.remove(m_profile.name); !removed) {
        QMessageBox::warning(this, tr("Delete profile"), removed.error());
        return;
    }
    const QStringList names = m_store.names();
    if (!names.isEmpty()) {
        if (const auto loaded = m_store.load(names.first())) {
            showProfile(*loaded, true);
            return;
        }
    }
    showProfile(Profile::defaultProfile(), false);
}

void MainWindow::importPypxe()
{
    if (!confirmDiscardChanges())
        return;
    AppSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import PyPXE config"), settings.lastFolder(),
                                                      tr("PyPXE JSON config (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastFolder(QFileInfo(path).absolutePath());
    QStringList warnings;
    auto imported = PypxeConfig::importFile(path, &warnings);
    if (!imported) {
        QMessageBox::warning(this, tr("Import PyPXE config"), tr("Cannot import %1:\n%2").arg(path, imported.error()));
        return;
    }
    Profile profile = *imported;
    profile.name = m_store.uniqueName(profile.name);
    if (const auto saved = m_store.save(profile); !saved) {
        QMessageBox::warning(this, tr("Import PyPXE config"), saved.error());
        return;
    }
    showProfile(profile, true);
    if (!warnings.isEmpty())
        QMessageBox::information(this, tr("Import PyPXE config"),
                                 tr("Imported as \"%1\". Worth knowing:\n%2").arg(profile.name, warnings.join(u'\n')));
}

void MainWindow::exportProfile()
{
    QStringList problems;
    const Profile profile = editedProfile(&problems);
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Export profile"), tr("Fix the profile's problems first:\n%1").arg(problems.join(u'\n')));
        return;
    }
    AppSettings settings;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export profile"),
                                                      settings.lastFolder() + u'/' + ProfileStore::fileNameFor(profile.name),
                                                      tr("Bootcast profile (*.json)"));
    if (path.isEmpty())
        return;
    settings.setLastFolder(QFileInfo(path).absolutePath());
    if (const auto saved = profile.save(path); !saved)
        QMessageBox::warning(this, tr("Export profile"), saved.error());
}

// ---- editing ----

Profile MainWindow::editedProfile(QStringList *problems) const
{
    QStringList parseProblems;
    Profile profile = m_bootFiles->applyTo(m_form->applyTo(m_profile, &parseProblems), &parseProblems);
    const int row = m_interfaceBox->currentIndex();
    profile.interfaceName = row >= 0 ? m_interfaces->adapter(row).name : m_profile.interfaceName;
    if (m_modeGroup->checkedId() >= 0)
        profile.dhcp.mode = DhcpMode(m_modeGroup->checkedId());
    if (problems)
        *problems = parseProblems + profile.validate();
    return profile;
}

void MainWindow::onInterfaceChosen(int row)
{
    if (row < 0)
        return;
    const InterfacesModel::Adapter &adapter = m_interfaces->adapter(row);
    if (adapter.kind != InterfacesModel::Kind::AllAdapters && !adapter.ipv4.isNull()) {
        const auto [begin, end] = suggestPool(adapter.ipv4, adapter.netmask);
        m_form->fillNetwork(adapter.ipv4, adapter.netmask, adapter.gateway, begin, end);
    }
    revalidate();
}

QString MainWindow::interfaceNotice() const
{
    const int row = m_interfaceBox->currentIndex();
    if (row < 0 || row >= m_interfaces->rowCount())
        return {};
    const InterfacesModel::Adapter &adapter = m_interfaces->adapter(row);
    switch (adapter.kind) {
    case InterfacesModel::Kind::AllAdapters:
        if (DhcpMode(m_modeGroup->checkedId()) == DhcpMode::Full)
            return tr("Full DHCP on all adapters gives addresses on every network this computer is on: choose the "
                      "adapter the machines are plugged into.");
        return {};
    case InterfacesModel::Kind::Missing:
        return tr("%1 is not on this computer now: plug it in, or choose another adapter.").arg(adapter.name);
    case InterfacesModel::Kind::WiFi:
        return tr("%1 is a Wi-Fi adapter: machines cannot network-boot over Wi-Fi, and DHCP here would "
                  "disturb the wireless network. Choose the wired adapter.").arg(adapter.humanName);
    case InterfacesModel::Kind::Virtual:
        return tr("%1 is a virtual adapter (VPN, Hyper-V, Docker, bridge): only virtual machines "
                  "attached to it can boot.").arg(adapter.humanName);
    default:
        break;
    }
    if (adapter.ipv4.isNull())
        return tr("%1 has no IPv4 address: give it a fixed address (for example 192.168.50.1/24) "
                  "and press Refresh.").arg(adapter.humanName);
    if (!adapter.up)
        return tr("%1 has no link: check the cable and that the switch is on.").arg(adapter.humanName);
    return {};
}

void MainWindow::onModeChanged()
{
    switch (DhcpMode(m_modeGroup->checkedId())) {
    case DhcpMode::Full:
        m_modeExplanation->setText(tr("Full: Bootcast hands out addresses and boot files. Only on a network without "
                                      "another DHCP server."));
        break;
    case DhcpMode::Proxy:
        m_modeExplanation->setText(tr("Proxy: the existing router keeps handing out addresses; Bootcast only tells "
                                      "booting machines where their boot files are."));
        break;
    case DhcpMode::Off:
        m_modeExplanation->setText(tr("Off: no DHCP. Another DHCP server points machines here (next-server and "
                                      "file name), or only TFTP/HTTP are used."));
        break;
    }
    m_leasesHint->setVisible(DhcpMode(m_modeGroup->checkedId()) != DhcpMode::Full);
    revalidate();
}

void MainWindow::revalidate()
{
    if (m_loading)
        return;
    QStringList problems;
    const Profile edited = editedProfile(&problems);
    const QStringList afterForm = m_form->showProblems(problems);
    const QStringList rest = m_bootFiles->showProblems(afterForm);
    // Problems that sit beside their field in a tab are pointed at from above.
    QStringList lines = rest;
    if (afterForm.size() < problems.size())
        lines << tr("Some settings need attention: see the Settings tab.");
    if (rest.size() < afterForm.size())
        lines << tr("Some boot settings need attention: see the Boot files tab.");
    m_problemsLabel->setText(lines.join(u'\n'));
    m_problemsLabel->setVisible(!lines.isEmpty());
    if (m_checkingRivals && !(edited == m_profileToStart)) {
        // What would start is no longer what is shown: start again with the new settings.
        cancelRivalCheck();
        m_rivalNotice = tr("Start was cancelled: the profile changed while Bootcast looked for other DHCP servers.");
    }
    const bool valid = problems.isEmpty();
    const bool changed = !(edited == m_profile) || !m_stored;
    m_saveButton->setEnabled(valid && changed);
    m_startButton->setEnabled(m_serving || m_checkingRivals || valid);
    m_bootFiles->setServerContext(edited);
    m_form->setNetbootFolder(edited.resolvedNetbootDir());
    syncStaticMacs(edited.dhcp.bindings);
    setWindowTitle(tr("Bootcast - %1%2").arg(edited.name, changed ? QStringLiteral(" *") : QString()));
    updateStatusLine();
}

// ---- serving ----

void MainWindow::toggleServing()
{
    if (m_checkingRivals) { // Cancel
        cancelRivalCheck();
        revalidate();
        return;
    }
    if (m_serving) {
        m_startButton->setEnabled(false);
        QMetaObject::invokeMethod(m_engine, &Engine::stop, Qt::QueuedConnection);
        return;
    }
    QStringList problems;
    const Profile profile = editedProfile(&problems);
    if (!problems.isEmpty())
        return;
    m_rivalNotice.clear();
    if (profile.dhcp.mode == DhcpMode::Full && !profile.interfaceName.isEmpty()) {
        // Before handing out a single address: is there another DHCP server on this cable?
        m_checkingRivals = true;
        m_profileToStart = profile;
        const quint64 id = ++m_rivalCheckId;
        m_startButton->setText(tr("Cancel"));
        m_statusLine->setText(tr("Looking for another DHCP server on %1 before serving (a few seconds)...")
                                  .arg(profile.interfaceName));
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, profile, id] { engine->checkForRivalDhcp(profile.interfaceName, profile.serverAddress, id); },
            Qt::QueuedConnection);
        return;
    }
    startServing(profile, Engine::RivalCheckMode::Check);
}

void MainWindow::cancelRivalCheck()
{
    m_checkingRivals = false; // its answer, when it comes, is ignored
    m_startButton->setText(tr("Start"));
}

void MainWindow::startServing(const Profile &profile, Engine::RivalCheckMode rivalCheck)
{
    m_servedProfileName = profile.name;
    m_serving = true;
    for (ServiceLight *light : std::as_const(m_lights))
        light->reset();
    // Services the engine does not report when they are off.
    auto off = [this](Service service) {
        ServiceState state;
        state.service = service;
        state.status = ServiceState::Status::Disabled;
        m_lights.value(service)->setState(state);
    };
    if (profile.dhcp.mode != DhcpMode::Proxy)
        off(Service::ProxyDhcp);
    if (!profile.http.enabled)
        off(Service::Http);
    if (!profile.nbd.enabled)
        off(Service::Nbd);
    m_startButton->setText(tr("Stop"));
    m_startButton->setEnabled(true);
    m_statusLine->setText(tr("Starting..."));
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, profile, rivalCheck] { engine->start(profile, rivalCheck); }, Qt::QueuedConnection);
    updateLeaseActions();
}

QString MainWindow::describeRival(const RivalDhcpServer &rival)
{
    const QString server = rival.server.toString();
    const QString offered = rival.offered.toString();
    const QString router = rival.router.toString();
    const bool hasRouter = !rival.router.isNull();
    if (!rival.subnetMask.isNull() && !rival.offered.isNull()) {
        const quint32 mask = rival.subnetMask.toIPv4Address();
        const QString network = QHostAddress(rival.offered.toIPv4Address() & mask).toString()
            + u'/' + QString::number(std::popcount(mask));
        return hasRouter ? tr("%1 hands out addresses in %2 (it offered %3, router %4)").arg(server, network, offered, router)
                         : tr("%1 hands out addresses in %2 (it offered %3)").arg(server, network, offered);
    }
    return hasRouter ? tr("%1 offered %2 (router %3)").arg(server, offered, router)
                     : tr("%1 offered %2").arg(server, offered);
}

void MainWindow::onRivalCheckFinished(const RivalCheck &result)
{
    if (!m_checkingRivals || result.requestId != m_rivalCheckId)
        return; // cancelled meanwhile
    m_checkingRivals = false;
    const Profile profile = m_profileToStart;
    if (!result.checked) {
        m_rivalNotice = result.reason;
    } else if (result.rivals.isEmpty()) {
        m_rivalNotice = tr("No other DHCP server answered on %1.").arg(result.interfaceName);
    } else {
        QStringList found;
        for (const RivalDhcpServer &rival : result.rivals)
            found << describeRival(rival);
        m_rivalNotice = tr("Another DHCP server answers on %1: %2").arg(result.interfaceName, found.join(QStringLiteral("; ")));
        if (!profile.dhcp.allowOtherServers) {
            m_startButton->setText(tr("Start"));
            updateStatusLine();
            offerProxyMode(result);
            return;
        }
    }
    startServing(profile, Engine::RivalCheckMode::AlreadyChecked);
}

void MainWindow::offerProxyMode(const RivalCheck &result)
{
    QStringList lines;
    for (const RivalDhcpServer &rival : result.rivals)
        lines << describeRival(rival);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Another DHCP server"),
                                tr("Another DHCP server answers on %1:\n%2\n\nTwo DHCP servers on one network hand out "
                                   "conflicting addresses, so Bootcast does not serve addresses here. Start in proxy "
                                   "mode instead? The other server keeps giving the addresses, and Bootcast only adds "
                                   "the boot information.")
                                    .arg(result.interfaceName, lines.join(u'\n')),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("rivalDialog"));
    QPushButton *proxy = box->addButton(tr("Start in proxy mode"), QMessageBox::AcceptRole);
    proxy->setObjectName(QStringLiteral("startProxyButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(proxy);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, proxy] {
        if (box->clickedButton() != proxy || m_serving || m_checkingRivals) {
            updateStatusLine();
            return;
        }
        m_modeGroup->button(int(DhcpMode::Proxy))->setChecked(true);
        onModeChanged();
        QStringList problems;
        const Profile profile = editedProfile(&problems);
        if (problems.isEmpty())
            startServing(profile, Engine::RivalCheckMode::Check);
    });
    box->open();
}

void MainWindow::onServiceStateChanged(const ServiceState &state)
{
    if (ServiceLight *light = m_lights.value(state.service))
        light->setState(state);
    updateStatusLine();
}

void MainWindow::onStarted(bool ok)
{
    if (!m_serving)
        return;
    if (!ok && std::none_of(m_lights.cbegin(), m_lights.cend(), [](const ServiceLight *light) {
            return light->state().status == ServiceState::Status::Listening;
        })) {
        // Nothing runs (e.g. the profile was refused): back to stopped, the reason is in the traffic log.
        QMetaObject::invokeMethod(m_engine, &Engine::stop, Qt::QueuedConnection);
        m_serving = false;
        m_startButton->setText(tr("Start"));
    }
    updateStatusLine();
}

void MainWindow::onStopped()
{
    m_serving = false;
    if (m_checkingRivals)
        return; // a stop queued before this Start: the check goes on
    m_startButton->setText(tr("Start"));
    m_startButton->setEnabled(true);
    for (ServiceLight *light : std::as_const(m_lights))
        light->reset();
    m_rivalNotice.clear();
    revalidate();
    updateLeaseActions();
}

void MainWindow::onRivalDhcpChecked(const QList<RivalDhcpServer> &rivals)
{
    // The engine looked itself (a start without the window's own check): its DHCP light shows a refusal.
    QStringList found;
    for (const RivalDhcpServer &rival : rivals)
        found << describeRival(rival);
    m_rivalNotice = found.isEmpty() ? QString()
                                    : tr("Another DHCP server answers on this network: %1").arg(found.join(QStringLiteral("; ")));
    updateStatusLine();
}

void MainWindow::updateStatusLine()
{
    QStringList lines;
    if (m_serving) {
        QStringList listening;
        for (const ServiceLight *light : std::as_const(m_lights)) {
            const ServiceState &s = light->state();
            if (s.status == ServiceState::Status::Failed)
                lines << light->statusText();
            else if (s.status == ServiceState::Status::Listening)
                listening << tr("%1 on port %2").arg(serviceDisplayName(s.service)).arg(s.port);
        }
        if (!listening.isEmpty())
            lines.prepend(tr("Serving: %1.").arg(listening.join(QStringLiteral(", "))));
        else if (lines.isEmpty())
            lines << tr("Starting...");
        if (!m_rivalNotice.isEmpty())
            lines << m_rivalNotice;
    } else if (m_checkingRivals) {
        lines << tr("Looking for another DHCP server on %1 before serving (a few seconds)...").arg(m_profileToStart.interfaceName);
    } else {
        lines << tr("Stopped.");
        if (!m_rivalNotice.isEmpty())
            lines << m_rivalNotice;
    }
    if (const QString notice = interfaceNotice(); !notice.isEmpty())
        lines << notice;
    m_statusLine->setText(lines.join(u'\n'));
}

// ---- leases ----

QWidget *MainWindow::buildLeasesPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    m_leasesHint = new QLabel(tr("Addresses appear here in full DHCP mode."), page);
    m_releaseButton = new QPushButton(tr("Release"), page);
    m_releaseButton->setObjectName(QStringLiteral("releaseLeaseButton"));
    m_releaseButton->setToolTip(tr("End this lease now: the address may go to another machine; this one keeps using "
                                   "it until it renews, then asks again"));
    m_staticButton = new QPushButton(tr("Make static"), page);
    m_staticButton->setObjectName(QStringLiteral("staticLeaseButton"));
    bar->addWidget(m_leasesHint);
    bar->addStretch(1);
    bar->addWidget(m_releaseButton);
    bar->addWidget(m_staticButton);
    m_leases = new LeasesModel(this);
    m_leasesView = makeTable(page, QStringLiteral("leasesView"));
    m_leasesView->setModel(m_leases);
    m_leasesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_leasesView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_leasesView->setColumnWidth(LeasesModel::AddressColumn, 130);
    m_leasesView->setColumnWidth(LeasesModel::MacColumn, 150);
    m_leasesView->setColumnWidth(LeasesModel::HostnameColumn, 160);
    m_leasesView->setColumnWidth(LeasesModel::ExpiryColumn, 160);
    layout->addLayout(bar);
    layout->addWidget(m_leasesView, 1);
    connect(m_releaseButton, &QPushButton::clicked, this, &MainWindow::releaseSelectedLease);
    connect(m_staticButton, &QPushButton::clicked, this, &MainWindow::toggleStaticForSelectedLease);
    connect(m_leasesView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateLeaseActions);
    connect(m_leases, &QAbstractItemModel::modelReset, this, &MainWindow::updateLeaseActions);
    connect(m_leases, &QAbstractItemModel::dataChanged, this, &MainWindow::updateLeaseActions);
    connect(m_leasesView, &QWidget::customContextMenuRequested, this, &MainWindow::showLeaseMenu);
    updateLeaseActions();
    return page;
}

void MainWindow::updateLeaseActions()
{
    const QModelIndexList rows = m_leasesView->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    const bool hasRow = row >= 0 && row < m_leases->rowCount();
    const bool bound = hasRow && m_leases->lease(row).state == Lease::State::Bound;
    m_releaseButton->setEnabled(m_serving && bound);
    const bool isStatic = hasRow && m_leases->isStatic(row);
    m_staticButton->setText(isStatic ? tr("Make dynamic") : tr("Make static"));
    m_staticButton->setToolTip(isStatic ? tr("Remove this machine's fixed address from the profile")
                                        : tr("Keep this address for this machine: adds a binding to the profile"));
    m_staticButton->setEnabled(hasRow && (isStatic || m_leases->lease(row).state != Lease::State::Declined));
}

void MainWindow::showLeaseMenu(const QPoint &position)
{
    if (!m_leasesView->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_releaseButton->text(), this, &MainWindow::releaseSelectedLease)->setEnabled(m_releaseButton->isEnabled());
    menu.addAction(m_staticButton->text(), this, &MainWindow::toggleStaticForSelectedLease)->setEnabled(m_staticButton->isEnabled());
    menu.exec(m_leasesView->viewport()->mapToGlobal(position));
}

void MainWindow::releaseSelectedLease()
{
    const QModelIndexList rows = m_leasesView->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_serving)
        return;
    const MacAddress mac = m_leases->lease(rows.first().row()).mac;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, mac] { engine->releaseLease(mac); }, Qt::QueuedConnection);
}

namespace {

// Gives mac a fixed address (a new binding, or the address added to its binding), or takes it away
// (a binding that held nothing else goes).
// With allowListOnly the binding is what lets the machine in at all, so it stays.
void setStaticAddress(QList<Binding> &bindings, const Lease &lease, bool makeStatic, bool allowListOnly)
{
    const auto it = std::find_if(bindings.begin(), bindings.end(), [&](const Binding &b) { return b.mac == lease.mac; });
    if (!makeStatic) {
        if (it == bindings.end())
            return;
        it->address = QHostAddress();
        if (!allowListOnly && it->hostname.isEmpty() && it->bootFile.isEmpty() && it->options.isEmpty()
            && it->dns.isEmpty() && it->router.isNull() && it->subnetMask.isNull())
            bindings.erase(it);
    } else if (it != bindings.end()) {
        it->address = lease.address;
    } else {
        Binding binding;
        binding.mac = lease.mac;
        binding.address = lease.address;
        binding.hostname = lease.hostname;
        bindings.append(binding);
    }
}

} // namespace

void MainWindow::toggleStaticForSelectedLease()
{
    const QModelIndexList rows = m_leasesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    const Lease lease = m_leases->lease(row);
    const bool makeDynamic = m_leases->isStatic(row);
    // The stored profile changes in its bindings only (other unsaved edits stay unsaved); the
    // Settings tab's reserved machines change the same way.
    QStringList formProblems;
    Profile edited = editedProfile(&formProblems);
    if (!formProblems.isEmpty()) {
        QMessageBox::warning(this, tr("Static address"), tr("Fix the profile's problems first:\n%1").arg(formProblems.join(u'\n')));
        return;
    }
    Profile stored = m_profile;
    setStaticAddress(stored.dhcp.bindings, lease, !makeDynamic, stored.dhcp.allowListOnly);
    setStaticAddress(edited.dhcp.bindings, lease, !makeDynamic, edited.dhcp.allowListOnly);
    QStringList problems = stored.validate();
    for (const QString &problem : edited.validate()) {
        if (!problems.contains(problem))
            problems << problem;
    }
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Static address"),
                             tr("Cannot keep %1 for %2:\n%3").arg(lease.address.toString(), lease.mac.toString(), problems.join(u'\n')));
        return;
    }
    if (m_stored) {
        if (const auto saved = m_store.save(stored); !saved) {
            QMessageBox::warning(this, tr("Save profile"), tr("Cannot save the profile \"%1\":\n%2").arg(stored.name, saved.error()));
            return;
        }
    }
    m_profile = stored;
    m_form->setBindings(edited.dhcp.bindings);
    if (m_serving && edited.name == m_servedProfileName) { // the running server learns it at once
        const QList<Binding> now = edited.dhcp.bindings;
        QMetaObject::invokeMethod(m_engine, [engine = m_engine, now] { engine->setBindings(now); }, Qt::QueuedConnection);
    }
    const QString mac = lease.mac.toString();
    const QString address = lease.address.toString();
    QString message;
    if (makeDynamic)
        message = m_stored ? tr("%1 no longer has a fixed address.").arg(mac)
                           : tr("%1 no longer has a fixed address. Save the profile to keep this.").arg(mac);
    else
        message = m_stored ? tr("%1 keeps %2 from now on.").arg(mac, address)
                           : tr("%1 keeps %2 from now on. Save the profile to keep this.").arg(mac, address);
    revalidate();
    updateLeaseActions();
    m_statusLine->setText(message);
}

void MainWindow::syncStaticMacs(const QList<Binding> &bindings)
{
    QSet<MacAddress> macs;
    for (const Binding &binding : bindings) {
        if (!binding.address.isNull())
            macs.insert(binding.mac);
    }
    m_leases->setStaticMacs(macs);
}

// ---- window ----

void MainWindow::saveWindowState() const
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(QMainWindow::saveState());
    settings.setCurrentTab(m_tabs->currentIndex());
    settings.setClientsHeader(m_clientsView->horizontalHeader()->saveState());
    m_traffic->saveState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_bootFiles->isMenuModified()) {
        const auto answer = QMessageBox::question(this, tr("iPXE menu"),
                                                  tr("The menu %1 has changes that are not saved. Save them?")
                                                      .arg(m_bootFiles->menuPath()),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        QString error;
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_bootFiles->saveMenu(&error))) {
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Save menu"), error);
            event->ignore();
            return;
        }
    }
    if (m_serving) {
        const auto answer = QMessageBox::question(this, tr("Quit Bootcast"),
                                                  tr("Bootcast is serving. Machines that are booting now will stop. "
                                                     "Stop serving and quit?"),
                                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    saveWindowState();
    event->accept();
}

void MainWindow::runScreenshotTour(const QString &directory)
{
    QDir().mkpath(directory);
    const QString go = directory + QStringLiteral("/.go");
    QFile::remove(go);
    QTimer::singleShot(500, this, [this] {
        if (!m_serving)
            toggleServing();
    });
    auto *poll = new QTimer(this);
    auto waited = std::make_shared<int>(0);
    connect(poll, &QTimer::timeout, this, [this, poll, waited, go, directory] {
        if (!QFile::exists(go) && ++*waited < 300)
            return;
        poll->stop();
        QFile::remove(go);
        // Let the last traffic and client batches arrive, then one picture per tab.
        QTimer::singleShot(1500, this, [this, directory] {
            const QString names[] = {QStringLiteral("traffic"), QStringLiteral("clients"), QStringLiteral("leases"),
                                     QStringLiteral("bootfiles"), QStringLiteral("settings")};
            for (int tab = 0; tab < m_tabs->count() && tab < int(std::size(names)); ++tab) {
                m_tabs->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                grab().save(directory + QStringLiteral("/bootcast-") + names[tab] + QStringLiteral(".png"));
            }
            m_tabs->setCurrentIndex(0);
            QMetaObject::invokeMethod(m_engine, &Engine::stop, Qt::BlockingQueuedConnection);
            m_serving = false;
            QCoreApplication::exit(0);
        });
    });
    poll->start(100);
}

} // namespace Bootcast
