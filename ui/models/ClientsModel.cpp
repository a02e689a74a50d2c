#include "ClientsModel.h"

#include "dhcp/BootPolicy.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Bootcast {

ClientsModel::ClientsModel(QObject *parent) : QAbstractTableModel(parent) {}

int ClientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClientsModel::archText(const ClientState &client)
{
    QString text = BootPolicy::archDisplayName(client.arch == 0xff ? std::nullopt : std::optional<quint16>(client.arch));
    if (client.ipxe)
        text += tr(", iPXE");
    if (client.httpBoot)
        text += tr(", HTTP Boot");
    return text;
}

QString ClientsModel::statusText(const ClientState &client)
{
    if (client.stalled)
        return tr("stalled after %1").arg(client.lastStep);
    if (client.reached(ClientState::Stage::InstallerDhcp))
        return tr("booted");
    if (client.transferActive)
        return tr("downloading");
    return client.lastStep;
}

QVariant ClientsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientState &c = m_clients.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MacColumn: return c.mac.isNull() ? tr("(not known yet)") : c.mac.toString();
        case ArchColumn: return archText(c);
        case AddressColumn: return c.address.isNull() ? QString() : c.address.toString();
        case StagesColumn:
            return c.lastStage >= 0 ? stageDisplayName(ClientState::Stage(c.lastStage)) : QString();
        case TransferColumn:
            if (!c.transferActive)
                return QString();
            if (c.transferTotal > 0)
                return tr("%1 (%2 of %3)").arg(c.transferFile, locale.formattedDataSize(qMax<qint64>(c.transferBytes, 0)),
                                               locale.formattedDataSize(c.transferTotal));
            return c.transferFile;
        case SpeedColumn:
            if (!c.transferActive || c.bytesPerSecond <= 0)
                return QString();
            return tr("%1/s").arg(locale.formattedDataSize(qint64(c.bytesPerSecond)));
        case EtaColumn:
            if (!c.transferActive || c.etaMsecs < 0)
                return QString();
            return tr("%1 s").arg((c.etaMsecs + 999) / 1000);
        case StatusColumn: return statusText(c);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StagesColumn) {
            QStringList lines;
            for (int s = 0; s < ClientState::StageCount; ++s) {
                const auto stage = ClientState::Stage(s);
                lines << (c.reached(stage) ? tr("%1: reached").arg(stageDisplayName(stage))
                                           : tr("%1: not yet").arg(stageDisplayName(stage)));
            }
            return lines.join(u'\n');
        }
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (c.stalled && index.column() == StatusColumn)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        return {};
    case StageMaskRole: {
        int mask = 0;
        for (int s = 0; s < ClientState::StageCount; ++s)
            mask |= c.reached(ClientState::Stage(s)) ? (1 << s) : 0;
        return mask;
    }
    case LastStageRole: return c.lastStage;
    case StalledRole: return c.stalled;
    case ProgressRole:
        if (!c.transferActive)
            return -2;
        if (c.transferTotal <= 0 || c.transferBytes < 0)
            return -1;
        return int(qBound(qint64(0), c.transferBytes * 100 / c.transferTotal, qint64(100)));
    case KeyRole: return c.key;
    }
    return {};
}

QVariant ClientsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MacColumn: return tr("MAC");
    case ArchColumn: return tr("Architecture");
    case AddressColumn: return tr("Address");
    case StagesColumn: return tr("Boot stages");
    case TransferColumn: return tr("Current transfer");
    case SpeedColumn: return tr("Speed");
    case EtaColumn: return tr("Remaining");
    case StatusColumn: return tr("Status");
    }
    return {};
}

void ClientsModel::removeRow(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    m_clients.removeAt(row);
    m_rows.clear();
    for (int i = 0; i < m_clients.size(); ++i)
        m_rows.insert(m_clients.at(i).key, i);
    endRemoveRows();
}

void ClientsModel::update(const ClientStateList &changed)
{
    QList<ClientState> added;
    for (const ClientState &state : changed) {
        // A machine first known by address (proxy mode) is now known by its MAC: the engine moved it.
        if (!state.key.startsWith(u"ip:") && !state.address.isNull()) {
            const int old = rowForKey(QStringLiteral("ip:") + state.address.toString());
            if (old >= 0)
                removeRow(old);
        }
        const int row = rowForKey(state.key);
        if (row >= 0) {
            m_clients[row] = state;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        auto same = std::find_if(added.begin(), added.end(), [&](const ClientState &a) { return a.key == state.key; });
        if (same != added.end())
            *same = state;
        else
            added.append(state);
    }
    if (added.isEmpty())
        return;
    const int first = int(m_clients.size());
    beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
    for (const ClientState &state : std::as_const(added)) {
        m_rows.insert(state.key, int(m_clients.size()));
        m_clients.append(state);
    }
    endInsertRows();
}

void ClientsModel::clear()
{
    beginResetModel();
    m_clients.clear();
    m_rows.clear();
    endResetModel();
}

} // namespace Bootcast
