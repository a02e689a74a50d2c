#pragma once

#include <QAbstractTableModel>
#include <QHostAddress>
#include <QNetworkInterface>

namespace Bootcast {

// Every network adapter of the machine, for the interface picker: what it is (Ethernet, Wi-Fi,
// virtual, loopback), its IPv4 address and whether its link is up. Wi-Fi and virtual adapters are
// marked: netbooting needs the wired adapter the machines are plugged into. Row 0 is always "All
// adapters" (name ""): TFTP/HTTP/proxy on every adapter, as PyPXE does; full DHCP wants one adapter.
class InterfacesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind { Ethernet, WiFi, Virtual, Loopback, Other, AllAdapters, Missing };
    enum Column { NameColumn, KindColumn, AddressColumn, LinkColumn, ColumnCount };
    enum Role { InterfaceNameRole = Qt::UserRole + 1, KindRole, AddressRole, NetmaskRole, GatewayRole, IsUpRole };

    struct Adapter
    {
        QString name;          // system name ("eth0", "{GUID}" on Windows)
        QString humanName;     // "Ethernet 2", "eth0"
        Kind kind = Kind::Other;
        QHostAddress ipv4;     // null when the adapter has none
        QHostAddress netmask;
        QHostAddress gateway;  // default route through this adapter, when known
        bool up = false;       // link up and running
    };

    explicit InterfacesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the machine's adapters (QNetworkInterface; no socket is opened).
    void refresh();
    static QList<Adapter> readAdapters();
    // Takes link state and addresses from current (as readAdapters() gives them) without resetting the
    // model, so a chosen row stays chosen; false when adapters came or went (then refresh()).
    // changed says whether any row changed.
    bool updateStates(const QList<Adapter> &current, bool *changed = nullptr);
    // The machine's adapters; the "All adapters" row is put in front of them, and the remembered
    // missing adapter (setMissing) behind them when it is not among them.
    void setAdapters(const QList<Adapter> &adapters);
    // A profile's adapter that is not on this computer now (unplugged USB adapter, another laptop): it
    // gets a row of its own, so that choosing nothing never silently means every adapter.
    void setMissing(const QString &name);
    const Adapter &adapter(int row) const { return m_adapters.at(row); }
    int rowForName(const QString &name) const; // "" is the "All adapters" row
    static constexpr int AllAdaptersRow = 0;

    static Kind classify(QNetworkInterface::InterfaceType type, const QString &name, const QString &humanName);
    static QString kindDisplayName(Kind kind);

private:
    QList<Adapter> m_adapters;
    QString m_missing;
};

} // namespace Bootcast
