#pragma once

#include "qa/coaching.h"
#include "shell/workspace.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace sb::app {

class QaCoachingDialog;

// The coaching (辅导) section of QA feedback: a team lead's open coaching items of their team
// ("Record meeting…"), and the person's own items ("Acknowledge" once the meeting is
// recorded). Reads and writes run on the background worker; change-feed notices coalesce.
class QaCoachingPanel : public QWidget {
    Q_OBJECT
public:
    QaCoachingPanel(const Workspace &ws, DbWorker *worker, QWidget *parent = nullptr);
    void applyChanges(const QList<sb::Change> &changes);

    void reload();
    bool isLoaded() const { return m_loaded; }
    QStandardItemModel *model() const { return m_model; }
    QString statusText() const;
    bool selectItem(qint64 itemId);
    qint64 selectedItem() const;

    // Opens the meeting dialog (window-modal); its OK records.
    QaCoachingDialog *recordSelected();
    void record(qint64 itemId, const QaCoachingMeeting &meeting);
    void acknowledgeSelected();

    struct Loaded;

Q_SIGNALS:
    void loaded();
    void actionFinished(bool ok, const QString &message);

private:
    void takeLoad(const Loaded &r);
    void updateButtons();
    const QaCoachingItem *item(qint64 itemId) const;
    QString stateText(const QaCoachingItem &c) const;
    void run(const QString &busyText,
             std::function<bool(QaCoachingStore &, const QaActor &, QString &)> work,
             const QString &doneText, const QString &failedText);

    Workspace m_ws;
    DbWorker *m_worker = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QPushButton *m_recordButton = nullptr;
    QPushButton *m_acknowledgeButton = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_pending;
    QList<QaCoachingItem> m_rows;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace sb::app
