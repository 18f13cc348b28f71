#pragma once

#include "qa/reviewstore.h"
#include "shell/workspace.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Ui {
class QaReviewDialog;
}

namespace sb::app {

class TicketDetailPanel;
struct TicketEnv;

// The review screen (质检): the whole ticket (fields, every timeline line, attachments,
// knowledge-base links: the ticket detail panel, read-only) beside the pinned scorecard
// version's items, each with its scale, N/A where allowed, a comment (required below pass
// where the item says so) and root-cause tags, plus an overall comment and a live score
// preview (Scorecards::score with qa.pass_mark). Worked from the keyboard: every control is
// in the tab order, Ctrl+S saves the draft, Ctrl+Enter submits, Esc closes and keeps what
// was typed as a draft. The time the screen is open is added to the review with each save
// or submission. A refused save or submission shows the reason and keeps every rating.
class QaReviewDialog : public QDialog {
    Q_OBJECT
public:
    // Values the rating boxes hold besides the scale's values.
    static constexpr int kNotRated = -1;
    static constexpr int kNotApplicable = -2;

    QaReviewDialog(const Workspace &ws, qint64 ticketId, QWidget *parent = nullptr);
    ~QaReviewDialog() override;

    // Starts the review of the ticket or resumes the draft, and shows the ticket and the
    // scorecard; false with the reason when the review cannot be started.
    bool begin(QString &error);

    bool saveDraft();
    bool submitReview();

    const QaReview &review() const { return m_review; }
    const QaScorecardVersion &scorecard() const { return m_version; }
    QList<ItemRating> ratings() const;
    QString messageText() const;
    QString previewText() const;
    bool isDirty() const { return m_dirty; }

Q_SIGNALS:
    void draftSaved(const sb::QaReview &review);
    void submitted(const sb::QaReview &review);

public:
    void reject() override; // keeps a changed review as a draft first

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct ItemRow {
        QString key;
        QGroupBox *box = nullptr;
        QComboBox *rating = nullptr;
        QLineEdit *comment = nullptr;
        QListWidget *causes = nullptr;
        QLabel *hint = nullptr;
    };
    void buildItems();
    void fillFrom(const QaReview &review);
    void changed();
    void updateRow(const ItemRow &row);
    void updatePreview();
    void updateTime();
    void showMessage(const QString &message, bool isError);
    QaReviewInput input() const;
    qint64 spentSinceSave() const;
    QString itemTitle(const QString &key) const;
    bool belowPass(const ItemRow &row) const;

    Workspace m_ws;
    qint64 m_ticketId;
    std::unique_ptr<Ui::QaReviewDialog> m_ui;
    std::unique_ptr<TicketEnv> m_env;
    TicketDetailPanel *m_ticket = nullptr;
    QaReview m_review;
    QaScorecardVersion m_version;
    double m_passMark = Scorecards::kDefaultPassMark;
    QList<ItemRow> m_rows;
    QTimer m_tick;
    qint64 m_since = 0; // when the time since the last save started counting
    bool m_dirty = false;
    bool m_filling = false;
    bool m_closeAnyway = false; // a failed save on close: the next close discards
    bool m_shown = false;       // the first item has had the focus once
};

} // namespace sb::app
