#pragma once

#include <QStyledItemDelegate>

namespace sb::app {

// Paints a navigation entry as usual and, when it carries a count (NavBadgeCountRole > 0), a
// rounded badge with it at the right, filled with NavBadgeColourRole (a neutral grey when
// unset). The size hint makes room for the badge so the label is never covered by it.
class NavDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit NavDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge's text: the count, "999+" above 999; empty when there is no badge.
    static QString badgeText(const QModelIndex &index);
    // Where the badge of the entry drawn in option.rect goes (empty when there is none).
    static QRect badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace sb::app
