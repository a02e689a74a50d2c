#include "InterfacesModel.h"

#include <QBrush>
#include <QColor>
#include <QFile>
#include <QFont>
#include <QPalette>
#include <QtEndian>

namespace Bootcast {

namespace {

// Linux: the default gateway per adapter from /proc/net/route (a file read, no socket).
QHostAddress linuxGateway(const QString &name)
{
    QFile routes(QStringLiteral("/proc/net/route"));
    if (!routes.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    routes.readLine(); // header
    while (!routes.atEnd()) {
        const QList<QByteArray> fields = routes.readLine().simplified().split(' ');
        if (fields.size() < 3 || QString::fromLatin1(fields.at(0)) != name || fields.at(1) != "00000000")
            continue;
        bool ok = false;
        const quint32 raw = fields.at(2).toUInt(&ok, 16); // little-endian hex of the network-order address
        if (ok && raw != 0)
            return QHostAddress(qFromBigEndian(qToLittleEndian(raw)));
    }
    return {};
}

} // namespace

InterfacesModel::InterfacesModel(QObject *parent) : QAbstractTableModel(parent) {}

int InterfacesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_adapters.size());
}

int InterfacesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

InterfacesModel::Kind InterfacesModel::classify(QNetworkInterface::InterfaceType type, const QString &name,
                                                const QString &humanName)
{
    const QString n = name.toLower();
    const QString h = humanName.toLower();
    if (type == QNetworkInterface::Loopback || n == u"lo" || h.contains(u"loopback"))
        return Kind::Loopback;
    if (type == QNetworkInterface::Wifi || type == QNetworkInterface::Ieee80216 || n.startsWith(u"wl")
        || h.contains(u"wi-fi") || h.contains(u"wifi") || h.contains(u"wireless") || h.contains(u"wlan"))
        return Kind::WiFi;
    static const QStringList virtualPrefixes{
        QStringLiteral("docker"), QStringLiteral("veth"),   QStringLiteral("br-"),    QStringLiteral("virbr"),
        QStringLiteral("tun"),    QStringLiteral("tap"),    QStringLiteral("wg"),     QStringLiteral("vmnet"),
        QStringLiteral("vboxnet"), QStringLiteral("zt"),    QStringLiteral("tailscale"), QStringLiteral("ifb"),
        QStringLiteral("dummy"),  QStringLiteral("utun"),   QStringLiteral("lxc"),   QStringLiteral("lxdbr"),
        QStringLiteral("podman"), QStringLiteral("cni"),    QStringLiteral("flannel"),
    };
    static const QStringList virtualWords{
        QStringLiteral("vethernet"), QStringLiteral("hyper-v"), QStringLiteral("virtual"), QStringLiteral("vpn"),
        QStringLiteral("virtualbox"), QStringLiteral("vmware"), QStringLiteral("tap-windows"), QStringLiteral("wireguard"),
        QStringLiteral("docker"),    QStringLiteral("wsl"),     QStringLiteral("tailscale"), QStringLiteral("zerotier"),
    };
    if (type == QNetworkInterface::Virtual)
        return Kind::Virtual;
    for (const QString &prefix : virtualPrefixes) {
        if (n.startsWith(prefix))
            return Kind::Virtual;
    }
    for (const QString &word : virtualWords) {
        if (h.contains(word))
            return Kind::Virtual;
    }
    if (type == QNetworkInterface::Ethernet || n.startsWith(u"eth") || n.startsWith(u"en"))
        return Kind::Ethernet;
    return Kind::Other;
}

QString InterfacesModel::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::Ethernet: return tr("Ethernet");
    case Kind::WiFi: return tr("Wi-Fi");
    case Kind::Virtual: return tr("virtual / VPN");
    case Kind::Loopback: return tr("loopback");
    case Kind::Other: return tr("other");
    case Kind::AllAdapters: return tr("every adapter");
    case Kind::Missing: return tr("not on this computer now");
    }
    return QString();
}

QList<InterfacesModel::Adapter> InterfacesModel::readAdapters()
{
    QList<Adapter> adapters;
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : all) {
        Adapter a;
        a.name = iface.name();
        a.humanName = iface.humanReadableName();
        a.kind = classify(iface.type(), a.name, a.humanName);
        const auto flags = iface.flags();
        a.up = flags.testFlag(QNetworkInterface::IsUp) && flags.testFlag(QNetworkInterface::IsRunning);
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol) {
                a.ipv4 = entry.ip();
                a.netmask = entry.netmask();
                break;
            }
        }
        a.gateway = linuxGateway(a.name);
        adapters.append(a);
    }
    // Ethernet first, then the rest; loopback last.
    std::stable_sort(adapters.begin(), adapters.end(), [](const Adapter &a, const Adapter &b) {
        auto rank = [](Kind k) { return k == Kind::Ethernet ? 0 : k == Kind::Loopback ? 3 : k == Kind::Other ? 1 : 2; };
        return rank(a.kind) < rank(b.kind);
    });
    return adapters;
}

void InterfacesModel::refresh()
{
    setAdapters(readAdapters());
}

bool InterfacesModel::updateStates(const QList<Adapter> &current, bool *changed)
{
    if (changed)
        *changed = false;
    // Row 0 is "All adapters", a missing adapter's row comes last; the rest must be the same adapters
    // in the same order (a missing one that appears is a change too).
    const qsizetype real = m_adapters.size() - 1 - (m_adapters.last().kind == Kind::Missing ? 1 : 0);
    if (current.size() != real)
        return false;
    for (qsizetype i = 0; i < current.size(); ++i) {
        if (current.at(i).name != m_adapters.at(i + 1).name)
            return false;
    }
    for (qsizetype i = 0; i < current.size(); ++i) {
        Adapter &mine = m_adapters[i + 1];
        const Adapter &now = current.at(i);
        if (mine.up == now.up && mine.ipv4 == now.ipv4 && mine.netmask == now.netmask && mine.gateway == now.gateway)
            continue;
        mine = now;
        if (changed)
            *changed = true;
        emit dataChanged(index(int(i + 1), 0), index(int(i + 1), ColumnCount - 1));
    }
    return true;
}

void InterfacesModel::setAdapters(const QList<Adapter> &adapters)
{
    beginResetModel();
    Adapter all;
    all.humanName = tr("All adapters");
    all.kind = Kind::AllAdapters;
    all.up = true;
    m_adapters = QList<Adapter>{all} + adapters;
    const bool present = std::any_of(adapters.cbegin(), adapters.cend(), [this](const Adapter &a) { return a.name == m_missing; });
    if (!m_missing.isEmpty() && !present) {
        Adapter missing;
        missing.name = m_missing;
        missing.humanName = m_missing;
        missing.kind = Kind::Missing;
        m_adapters.append(missing);
    }
    endResetModel();
}

void InterfacesModel::setMissing(const QString &name)
{
    if (name == m_missing)
        return;
    m_missing = name;
    QList<Adapter> real;
    for (const Adapter &a : std::as_const(m_adapters)) {
        if (a.kind != Kind::AllAdapters && a.kind != Kind::Missing)
            real.append(a);
    }
    setAdapters(real);
}

int InterfacesModel::rowForName(const QString &name) const
{
    for (int row = 0; row < m_adapters.size(); ++row) {
        if (m_adapters.at(row).name == name)
            return row;
    }
    return -1;
}

QVariant InterfacesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Adapter &a = m_adapters.at(index.row());
    const bool marked = a.kind == Kind::WiFi || a.kind == Kind::Virtual;
    if (a.kind == Kind::Missing) {
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case NameColumn: return a.name;
            case KindColumn: return kindDisplayName(a.kind);
            case LinkColumn: return tr("no link");
            }
            return {};
        case Qt::ForegroundRole: return QBrush(QColor(0xc0, 0x1c, 0x28));
        case Qt::ToolTipRole: return tr("The profile names this adapter, but this computer does not have it now.");
        case InterfaceNameRole: return a.name;
        case KindRole: return int(a.kind);
        case IsUpRole: return false;
        }
        return {};
    }
    if (a.kind == Kind::AllAdapters) {
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case NameColumn: return a.humanName;
            case KindColumn: return tr("TFTP/HTTP/proxy everywhere; not for full DHCP");
            }
            return {};
        case Qt::ToolTipRole:
            return tr("Serve on every adapter of this computer, as PyPXE does. Fine for TFTP, HTTP and proxy DHCP; "
                      "full DHCP needs one adapter, so that no other network gets addresses from Bootcast.");
        case InterfaceNameRole: return QString();
        case KindRole: return int(a.kind);
        case IsUpRole: return true;
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return a.humanName == a.name ? a.name : tr("%1 (%2)").arg(a.humanName, a.name);
        case KindColumn:
            return marked ? tr("%1 - not for netbooting").arg(kindDisplayName(a.kind)) : kindDisplayName(a.kind);
        case AddressColumn: return a.ipv4.isNull() ? tr("no IPv4 address") : a.ipv4.toString();
        case LinkColumn: return a.up ? tr("link up") : tr("no link");
        }
        return {};
    case Qt::ToolTipRole:
        if (a.kind == Kind::WiFi)
            return tr("Wi-Fi adapter: PXE clients cannot boot over Wi-Fi, and serving DHCP here would disturb "
                      "the wireless network. Choose the wired adapter the machines are plugged into.");
        if (a.kind == Kind::Virtual)
            return tr("Virtual adapter (VPN, Hyper-V, Docker, bridge): choose it only to boot virtual machines "
                      "attached to it.");
        if (a.kind == Kind::Loopback)
            return tr("Loopback: only this computer can reach it (useful for testing).");
        return {};
    case Qt::ForegroundRole:
        if (marked && index.column() == KindColumn)
            return QBrush(QColor(0x9c, 0x5d, 0x00));
        if (a.kind == Kind::Loopback || !a.up)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (marked) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case InterfaceNameRole: return a.name;
    case KindRole: return int(a.kind);
    case AddressRole: return a.ipv4.isNull() ? QString() : a.ipv4.toString();
    case NetmaskRole: return a.netmask.isNull() ? QString() : a.netmask.toString();
    case GatewayRole: return a.gateway.isNull() ? QString() : a.gateway.toString();
    case IsUpRole: return a.up;
    }
    return {};
}

QVariant InterfacesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Adapter");
    case KindColumn: return tr("Kind");
    case AddressColumn: return tr("IPv4 address");
    case LinkColumn: return tr("Link");
    }
    return {};
}

} // namespace Bootcast
