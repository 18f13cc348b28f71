#pragma once

#include "qa/reviewstore.h"
#include "shell/workspace.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class QaMyReviews;
}

namespace sb::app {

// "My reviews": the sampled tickets the signed-in inspector still has to review (first or
// blind second review), overdue ones first and marked, with the day they were sampled, when
// they are due and whether a draft is saved. Enter, a double click or "Open review…" asks to
// review the ticket. Reads run on the background worker; change-feed notices are coalesced
// into one read (scheduleReload).
class QaMyReviews : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 250;
    static constexpr int kTicketRole = Qt::UserRole;      // on column 0: the ticket id
    static constexpr int kOverdueRole = Qt::UserRole + 1; // on column 0: overdue (bool)

    QaMyReviews(const Workspace &ws, DbWorker *worker, QWidget *parent = nullptr);
    ~QaMyReviews() override;

    void reload();
    // One read for a burst of changes.
    void scheduleReload() { m_pending.start(); }
    bool isLoaded() const { return m_loaded; }
    const QList<QaDueReview> &reviews() const { return m_reviews; }
    QStandardItemModel *model() const { return m_model; }
    QString summaryText() const;
    // Shows a line under the list (for instance why a review could not be opened).
    void setStatus(const QString &message, bool isError);
    // The ticket of the selected row; 0 when none.
    qint64 selectedTicket() const;

Q_SIGNALS:
    void loaded();
    void openRequested(qint64 ticketId);

private:
    struct Loaded;
    void takeLoad(const Loaded &r);
    void show(const QList<QaDueReview> &reviews);
    void openSelected();
    void updateButtons();

    Workspace m_ws;
    DbWorker *m_worker;
    std::unique_ptr<Ui::QaMyReviews> m_ui;
    QStandardItemModel *m_model;
    QTimer m_pending;
    QList<QaDueReview> m_reviews;
    int m_generation = 0;
    bool m_loaded = false;
};

} // namespace sb::app
