#pragma once

#include "dhcp/Lease.h"

#include <QSet>

#include <QAbstractTableModel>

namespace Bootcast {

// The leases table: the engine sends the whole list on every change; rows are matched by address so
// that selection and scrolling survive an update.
class LeasesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AddressColumn, MacColumn, HostnameColumn, ExpiryColumn, StateColumn, ColumnCount };

    explicit LeasesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLeases(const Bootcast::LeaseList &leases);
    // MACs with a fixed address in the profile: from then on they alone decide what shows as static
    // (at once, not at the machine's next renewal).
    void setStaticMacs(const QSet<Bootcast::MacAddress> &macs);
    const Lease &lease(int row) const { return m_leases.at(row); }
    bool isStatic(int row) const;
    static QString stateText(const Lease &lease);

private:
    QList<Lease> m_leases;
    QSet<MacAddress> m_staticMacs;
    bool m_staticMacsKnown = false;
};

} // namespace Bootcast
