#pragma once

#include "core/TrafficEvent.h"

#include <QAbstractTableModel>

#include <vector>

namespace Bootcast {

// The live traffic table: a capped ring buffer of compact TrafficEvent records. Display strings are
// built in data(); a batch from the engine is inserted with one beginInsertRows(); when the buffer is
// full the oldest rows are dropped in one block, so a flood costs a few model signals per batch.
// Progress events are for the clients panel and are not kept here.
class TrafficModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ServiceColumn, ClientColumn, EventColumn, DetailColumn, ColumnCount };
    enum Role { ServiceRole = Qt::UserRole + 1, KindRole, ClientTextRole };

    static constexpr qsizetype DefaultCapacity = 20000;

    explicit TrafficModel(QObject *parent = nullptr, qsizetype capacity = DefaultCapacity);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void appendBatch(const Bootcast::TrafficEventList &events);
    void clear();

    qsizetype capacity() const { return m_capacity; }
    const TrafficEvent &event(int row) const;
    // "aa:bb:cc:dd:ee:ff 10.0.0.5", either part alone when the other is unknown.
    static QString clientText(const TrafficEvent &event);
    static QString detailText(const TrafficEvent &event);
    // One tab-separated line per row (time, service, client, event, detail), as copied and saved.
    QString rowText(int row) const;

private:
    qsizetype slot(qsizetype row) const { return (m_head + row) % m_capacity; }
    void dropOldest(qsizetype count);

    qsizetype m_capacity;
    qsizetype m_dropBlock;
    std::vector<TrafficEvent> m_ring; // grows to m_capacity, then wraps
    qsizetype m_head = 0;             // slot of row 0
    qsizetype m_count = 0;
};

} // namespace Bootcast
