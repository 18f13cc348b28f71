#pragma once

#include "qa/reviewstore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class QaDecideDialog;
}

namespace sb::app {

// Decides a review check (质检复核): for each item the agent named, the decider keeps its
// rating or gives a new one, picks accept (every item changes), partly accept (some do) or
// reject (none does), and gives a reason. OK with choices that do not fit the outcome, or
// without a reason, says what is wrong and keeps the dialog open.
class QaDecideDialog : public QDialog {
    Q_OBJECT
public:
    // A rating the decider may give an item.
    struct Choice {
        QString text;
        std::optional<int> value;
        bool na = false;
    };
    // A disputed item as the decider sees it.
    struct Item {
        QString key;
        QString title;
        QString rating; // the rating now, as shown
        QString reason; // the agent's reason for this item
        std::optional<int> value;
        bool na = false;
        QList<Choice> choices; // every rating of the item's scale (and N/A where allowed)
    };

    QaDecideDialog(const QString &summary, const QList<Item> &items, QWidget *parent = nullptr);
    ~QaDecideDialog() override;

    // Gives item `key` the rating of choice `text` (as listed); false when there is none.
    bool choose(const QString &key, const QString &text);
    void setOutcome(QaDisputeOutcome outcome);
    void setReason(const QString &reason);

    std::optional<QaDisputeOutcome> outcome() const;
    QString reason() const;
    // The new ratings: the items whose rating the decider changed.
    QList<ItemRating> decided() const;
    // Empty when the decision may be sent; otherwise what is missing or wrong.
    QString problem() const;
    QString errorText() const;

private:
    void tryAccept();
    void followChoices();

    std::unique_ptr<Ui::QaDecideDialog> m_ui;
    QList<Item> m_items;
    bool m_outcomeChosen = false; // the decider picked an outcome: choices no longer pick one
};

} // namespace sb::app
