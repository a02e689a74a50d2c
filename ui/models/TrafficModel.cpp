#include "TrafficModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace Bootcast {

TrafficModel::TrafficModel(QObject *parent, qsizetype capacity)
    : QAbstractTableModel(parent), m_capacity(qMax<qsizetype>(capacity, 10)), m_dropBlock(qMax<qsizetype>(m_capacity / 10, 1))
{
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TrafficEvent &TrafficModel::event(int row) const
{
    return m_ring[size_t(slot(row))];
}

QString TrafficModel::clientText(const TrafficEvent &event)
{
    QString text;
    if (!event.mac.isNull())
        text = event.mac.toString();
    if (!event.peer.isNull()) {
        if (!text.isEmpty())
            text += u' ';
        text += event.peer.toString();
    }
    return text;
}

QString TrafficModel::detailText(const TrafficEvent &event)
{
    QString text = event.subject;
    const QString summary = transferSummary(event);
    if (!summary.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + summary;
    if (!event.detail.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + event.detail;
    return text;
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrafficEvent &e = event(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss.zzz"));
        case ServiceColumn: return serviceDisplayName(e.service);
        case ClientColumn: return clientText(e);
        case EventColumn: return kindDisplayName(e.kind);
        case DetailColumn: return detailText(e);
        }
        return {};
    case Qt::ForegroundRole:
        if (e.kind == TrafficEvent::Kind::Error || e.kind == TrafficEvent::Kind::TransferFailed
            || e.kind == TrafficEvent::Kind::PoolExhausted)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (e.kind == TrafficEvent::Kind::Warning || e.kind == TrafficEvent::Kind::Refused
            || e.kind == TrafficEvent::Kind::Naked)
            return QBrush(QColor(0x9c, 0x5d, 0x00));
        return {};
    case ServiceRole: return int(e.service);
    case KindRole: return int(e.kind);
    case ClientTextRole: return clientText(e);
    }
    return {};
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case ServiceColumn: return tr("Service");
    case ClientColumn: return tr("Client");
    case EventColumn: return tr("Event");
    case DetailColumn: return tr("Detail");
    }
    return {};
}

void TrafficModel::dropOldest(qsizetype count)
{
    count = qMin(count, m_count);
    if (count <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, int(count - 1));
    for (qsizetype i = 0; i < count; ++i)
        m_ring[size_t(slot(i))] = TrafficEvent(); // free the strings now
    m_head = slot(count);
    m_count -= count;
    endRemoveRows();
}

void TrafficModel::appendBatch(const TrafficEventList &events)
{
    qsizetype shown = 0;
    for (const TrafficEvent &e : events)
        shown += e.kind != TrafficEvent::Kind::TransferProgress;
    if (shown == 0)
        return;
    // A batch larger than the whole buffer keeps only its newest events.
    qsizetype skip = qMax<qsizetype>(shown - m_capacity, 0);
    const qsizetype incoming = shown - skip;
    if (m_count + incoming > m_capacity)
        dropOldest(qMin(m_count, qMax(m_count + incoming - m_capacity, m_dropBlock)));

    beginInsertRows(QModelIndex(), int(m_count), int(m_count + incoming - 1));
    for (const TrafficEvent &e : events) {
        if (e.kind == TrafficEvent::Kind::TransferProgress)
            continue;
        if (skip > 0) {
            --skip;
            continue;
        }
        const qsizetype at = (m_head + m_count) % m_capacity;
        if (size_t(at) == m_ring.size())
            m_ring.push_back(e);
        else
            m_ring[size_t(at)] = e;
        ++m_count;
    }
    endInsertRows();
}

void TrafficModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_head = 0;
    m_count = 0;
    endResetModel();
}

QString TrafficModel::rowText(int row) const
{
    QStringList fields;
    for (int column = 0; column < ColumnCount; ++column)
        fields << data(index(row, column)).toString();
    return fields.join(u'\t');
}

} // namespace Bootcast
