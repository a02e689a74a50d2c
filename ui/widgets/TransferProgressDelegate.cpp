#include "TransferProgressDelegate.h"

#include "models/ClientsModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace Bootcast {

void TransferProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int progress = index.data(ClientsModel::ProgressRole).toInt();
    if (progress == -2) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = progress < 0 ? 0 : 100;
    bar.progress = progress < 0 ? 0 : progress;
    bar.text = progress < 0 ? index.data().toString() : tr("%1 %2%").arg(index.data().toString(), QString::number(progress));
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

} // namespace Bootcast
