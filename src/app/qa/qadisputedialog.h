#pragma once

#include "qa/reviewstore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class QaDisputeDialog;
}

namespace sb::app {

// "Request a review check…" (质检复核): the agent ticks the items of a review to be checked,
// each with its own reason if they like, and gives a reason for the whole request. OK with
// no item ticked, no reason or a too long one says what is wrong and keeps the dialog open.
class QaDisputeDialog : public QDialog {
    Q_OBJECT
public:
    // One item of the review as the agent sees it.
    struct Item {
        QString key;
        QString title;
        QString rating; // as shown: "2 of 5", "N/A", …
        QString comment;
    };

    QaDisputeDialog(const QString &serial, const QString &until, const QList<Item> &items,
                    QWidget *parent = nullptr);
    ~QaDisputeDialog() override;

    // Ticks item `key` (with its reason); false when the review has no such item.
    bool check(const QString &key, const QString &reason = {});
    void setReason(const QString &reason);

    QString reason() const;
    QList<QaDisputedItem> items() const;
    // Empty when the request may be sent; otherwise what is missing or wrong.
    QString problem() const;
    QString errorText() const;

private:
    void tryAccept();

    std::unique_ptr<Ui::QaDisputeDialog> m_ui;
    QList<Item> m_items;
};

} // namespace sb::app
