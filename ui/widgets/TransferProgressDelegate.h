#pragma once

#include <QStyledItemDelegate>

namespace Bootcast {

// Draws the current transfer as a progress bar with the file name (ClientsModel::ProgressRole:
// 0..100, -1 size unknown (busy bar), -2 no transfer: plain text).
class TransferProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Bootcast
