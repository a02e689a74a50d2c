#pragma once

#include "core/ClientState.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Bootcast {

// The clients panel: one row per machine (its MAC, or its address until the MAC is known), updated
// from the engine's batched clientsUpdated (changed machines only).
class ClientsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MacColumn,
        ArchColumn,
        AddressColumn,
        StagesColumn,
        TransferColumn,
        SpeedColumn,
        EtaColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        StageMaskRole = Qt::UserRole + 1, // int: bit n set when stage n was reached
        LastStageRole,                    // int: -1 when none
        StalledRole,                      // bool
        ProgressRole,                     // int 0..100, -1 unknown, -2 no transfer
        KeyRole,
    };

    explicit ClientsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void update(const Bootcast::ClientStateList &changed);
    void clear();
    const ClientState &client(int row) const { return m_clients.at(row); }
    int rowForKey(const QString &key) const { return m_rows.value(key, -1); }

    static QString archText(const ClientState &client);
    static QString statusText(const ClientState &client);

private:
    void removeRow(int row);

    QList<ClientState> m_clients;
    QHash<QString, int> m_rows;
};

} // namespace Bootcast
