#include "shell/navdelegate.h"

#include "shell/navbadge.h"

#include <QApplication>
#include <QColor>
#include <QFontMetrics>
#include <QPainter>

namespace sb::app {

namespace {
constexpr int kMargin = 6;  // between the badge and the entry's right edge / the label
constexpr int kPadding = 6; // inside the badge, left and right
constexpr int kMaxCount = 999;

QFont badgeFont(const QStyleOptionViewItem &option) {
    QFont f = option.font;
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}
} // namespace

NavDelegate::NavDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {
}

QString NavDelegate::badgeText(const QModelIndex &index) {
    const int n = index.data(NavBadgeCountRole).toInt();
    if (n <= 0)
        return {};
    return n > kMaxCount ? QString::number(kMaxCount) + QLatin1Char('+') : QString::number(n);
}

QRect NavDelegate::badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index) {
    const QString text = badgeText(index);
    if (text.isEmpty())
        return {};
    const QFontMetrics fm(badgeFont(option));
    const int h = fm.height() + 2;
    const int w = std::max(h, fm.horizontalAdvance(text) + 2 * kPadding);
    const QRect r = option.rect;
    return {r.right() - kMargin - w + 1, r.top() + (r.height() - h) / 2, w, h};
}

void NavDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const {
    const QRect badge = badgeRect(option, index);
    QStyleOptionViewItem opt(option);
    if (!badge.isEmpty())
        opt.rect.setRight(badge.left() - kMargin); // the label stops before the badge
    QStyledItemDelegate::paint(painter, opt, index);
    if (badge.isEmpty())
        return;
    // The selection background runs under the badge too.
    if (option.state.testFlag(QStyle::State_Selected)) {
        QStyleOptionViewItem rest(option);
        rest.rect.setLeft(opt.rect.right() + 1);
        rest.text.clear();
        rest.icon = QIcon();
        rest.features &= ~QStyleOptionViewItem::HasDisplay;
        const QWidget *w = option.widget;
        (w ? w->style() : QApplication::style())
            ->drawPrimitive(QStyle::PE_PanelItemViewItem, &rest, painter, w);
    }
    const QVariant fill = index.data(NavBadgeColourRole);
    const QColor colour = fill.canConvert<QColor>() && fill.value<QColor>().isValid()
                              ? fill.value<QColor>()
                              : QColor(0x75, 0x75, 0x75);
    const QVariant ink = index.data(NavBadgeTextColourRole);
    QColor textColour = ink.canConvert<QColor>() ? ink.value<QColor>() : QColor();
    if (!textColour.isValid())
        textColour = colour.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    const qreal radius = badge.height() / 2.0;
    painter->drawRoundedRect(QRectF(badge), radius, radius);
    painter->setFont(badgeFont(option));
    painter->setPen(textColour);
    painter->drawText(badge, Qt::AlignCenter, badgeText(index));
    painter->restore();
}

QSize NavDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt(option);
    opt.rect = QRect(QPoint(0, 0), s);
    const QRect badge = badgeRect(opt, index);
    if (!badge.isEmpty()) {
        s.rwidth() += badge.width() + 2 * kMargin;
        s.setHeight(std::max(s.height(), badge.height() + 2));
    }
    return s;
}

} // namespace sb::app
