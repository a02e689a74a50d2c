#pragma once

#include <QStyledItemDelegate>

namespace Bootcast {

// Paints a client's boot as seven dots joined by segments (DHCP, boot file, iPXE, menu, kernel, initrd,
// installer DHCP): filled when reached, the current one ringed, red when the machine stalled there.
// Reads ClientsModel::StageMaskRole, LastStageRole and StalledRole.
class StageTimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Bootcast
