#pragma once

#include "shell/workspace.h"
#include "today/todayqueries.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QPushButton;

namespace Ui {
class TodayPlace;
}

namespace sb::app {

class TodayLoader;

// Today, the first place: what needs the signed-in person now — open incidents by warning
// colour, the ticket queues' counts, the hottest types' volume of the last hour against the
// burst thresholds, unread broadcasts, QA reviews due and scheduled reports, as far as their
// permissions make each theirs (TodayQueries). Every figure is a link to the place where it
// is handled. Read on the background worker; changes from the feed reload it at most once a
// second while it is shown (once when shown again after changes), and once a minute the
// hour's window slides.
class TodayPlace : public QWidget, public Place {
    Q_OBJECT
public:
    explicit TodayPlace(const Workspace &ws, QWidget *parent = nullptr);
    ~TodayPlace() override;

    void applyChanges(const QList<sb::Change> &changes) override;
    TodayLoader *loader() const { return m_loader; }
    // The snapshot shown (empty until the first read is done).
    const TodaySnapshot &shown() const { return m_shown; }

Q_SIGNALS:
    // After each snapshot is on screen.
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSnapshot(const TodaySnapshot &s);
    void showIncidents(const TodaySnapshot &s);
    void showQueues(const TodayQueues &q);
    void showVolume(const TodaySnapshot &s);
    void showReports(const QList<TodaySchedule> &schedules);
    void openQueue(TicketQueue queue);
    void showPlace(const QString &key);

    Workspace m_ws;
    std::unique_ptr<Ui::TodayPlace> m_ui;
    TodayLoader *m_loader = nullptr;
    QTimer m_minute;
    TodaySnapshot m_shown;
    bool m_stale = false; // changes arrived while hidden: read when shown again
};

QWidget *createTodayPlace(const Workspace &ws, QWidget *parent);

} // namespace sb::app
