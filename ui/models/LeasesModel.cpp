#include "LeasesModel.h"

#include <QBrush>
#include <QDateTime>
#include <QHash>
#include <QPalette>

namespace Bootcast {

LeasesModel::LeasesModel(QObject *parent) : QAbstractTableModel(parent) {}

int LeasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_leases.size());
}

int LeasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeasesModel::stateText(const Lease &lease)
{
    QString text;
    switch (lease.state) {
    case Lease::State::Offered: text = tr("offered"); break;
    case Lease::State::Bound: text = tr("bound"); break;
    case Lease::State::Released: text = tr("released"); break;
    case Lease::State::Declined: text = tr("declined (address in use)"); break;
    }
    if (lease.state == Lease::State::Bound && lease.expiresAt <= QDateTime::currentSecsSinceEpoch())
        text = tr("expired");
    if (lease.isStatic)
        text = tr("%1, static").arg(text);
    return text;
}

bool LeasesModel::isStatic(int row) const
{
    const Lease &l = m_leases.at(row);
    // The profile's bindings, once the window has given them, decide (a machine made dynamic is shown
    // so at once, not at its next renewal); before that, what the server recorded.
    return m_staticMacsKnown ? m_staticMacs.contains(l.mac) : l.isStatic;
}

void LeasesModel::setStaticMacs(const QSet<MacAddress> &macs)
{
    if (m_staticMacsKnown && macs == m_staticMacs)
        return;
    m_staticMacsKnown = true;
    m_staticMacs = macs;
    if (!m_leases.isEmpty())
        emit dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn), {Qt::DisplayRole, Qt::ToolTipRole});
}

QVariant LeasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Lease &l = m_leases.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case AddressColumn: return l.address.toString();
        case MacColumn: return l.mac.toString();
        case HostnameColumn: return l.hostname;
        case ExpiryColumn:
            return l.expiresAt > 0 ? QDateTime::fromSecsSinceEpoch(l.expiresAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                   : QString();
        case StateColumn: {
            Lease shown = l;
            shown.isStatic = isStatic(index.row());
            return stateText(shown);
        }
        }
    }
    if (role == Qt::ForegroundRole && !l.isActive(QDateTime::currentSecsSinceEpoch()))
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant LeasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn: return tr("Address");
    case MacColumn: return tr("MAC");
    case HostnameColumn: return tr("Host name");
    case ExpiryColumn: return tr("Expires");
    case StateColumn: return tr("State");
    }
    return {};
}

void LeasesModel::setLeases(const LeaseList &leases)
{
    QHash<quint32, qsizetype> incoming;
    for (qsizetype i = 0; i < leases.size(); ++i)
        incoming.insert(leases.at(i).address.toIPv4Address(), i);

    // Rows that went away (backwards, so the indexes stay valid).
    for (int row = int(m_leases.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_leases.at(row).address.toIPv4Address())) {
            beginRemoveRows(QModelIndex(), row, row);
            m_leases.removeAt(row);
            endRemoveRows();
        }
    }
    // Rows that changed, then new ones at the end.
    QHash<quint32, int> existing;
    for (int row = 0; row < m_leases.size(); ++row) {
        const quint32 key = m_leases.at(row).address.toIPv4Address();
        existing.insert(key, row);
        const Lease &fresh = leases.at(incoming.value(key));
        if (!(fresh == m_leases.at(row))) {
            m_leases[row] = fresh;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    QList<Lease> added;
    for (const Lease &lease : leases) {
        if (!existing.contains(lease.address.toIPv4Address())) {
            existing.insert(lease.address.toIPv4Address(), -1);
            added.append(lease);
        }
    }
    if (added.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_leases.size()), int(m_leases.size() + added.size() - 1));
    m_leases.append(added);
    endInsertRows();
}

} // namespace Bootcast
