#include "StageTimelineDelegate.h"

#include "core/ClientState.h"
#include "models/ClientsModel.h"

#include <QApplication>
#include <QPainter>

namespace Bootcast {

namespace {
constexpr int Dot = 10;
constexpr int Gap = 14;
} // namespace

void StageTimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int mask = index.data(ClientsModel::StageMaskRole).toInt();
    const int last = index.data(ClientsModel::LastStageRole).toInt();
    const bool stalled = index.data(ClientsModel::StalledRole).toBool();
    const QColor done(0x26, 0xa2, 0x69);
    const QColor failed(0xc0, 0x1c, 0x28);
    const QColor todo = opt.palette.color(QPalette::Disabled, QPalette::Text);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int y = opt.rect.center().y();
    const int x0 = opt.rect.left() + 6;
    for (int s = 0; s < ClientState::StageCount; ++s) {
        const int x = x0 + s * (Dot + Gap);
        const bool reached = mask & (1 << s);
        if (s > 0) {
            const bool segmentDone = reached && (mask & (1 << (s - 1)));
            painter->setPen(QPen(segmentDone ? done : todo, 2));
            painter->drawLine(x - Gap, y, x, y);
        }
        const QRect dot(x, y - Dot / 2, Dot, Dot);
        const QColor color = (stalled && s == last) ? failed : done;
        painter->setPen(QPen(reached ? color : todo, 1.5));
        painter->setBrush(reached ? color : Qt::transparent);
        painter->drawEllipse(dot);
        if (s == last) {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(color, 1.5));
            painter->drawEllipse(dot.adjusted(-3, -3, 3, 3));
        }
    }
    // The name of the last stage after the dots.
    const int textLeft = x0 + ClientState::StageCount * (Dot + Gap);
    const QRect textRect(textLeft, opt.rect.top(), qMax(0, opt.rect.right() - textLeft), opt.rect.height());
    painter->setPen(stalled ? failed
                            : opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                    : QPalette::Text));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StageTimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(12 + ClientState::StageCount * (Dot + Gap) + option.fontMetrics.horizontalAdvance(QStringLiteral("installer DHCP")));
    size.setHeight(qMax(size.height(), Dot + 10));
    return size;
}

} // namespace Bootcast
