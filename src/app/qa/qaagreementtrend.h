#pragma once

#include "qa/agreementtrend.h"
#include "shell/workspace.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QChart;
class QStandardItemModel;

namespace Ui {
class QaAgreementTrendForm;
}

namespace sb::app {

// Agreement between inspectors (一致性), trended over weeks: for the chosen number of weeks up
// to the current one, a table per week of the double-reviewed tickets (双人复评) with both
// reviews submitted, Krippendorff's α of the review scores, the agreement on pass/fail and α
// per scorecard item; and a line of the score's α per week against Krippendorff's usual
// thresholds, 0.8 (reliable) and 0.667 (tentative). Reads run on the background worker;
// change-feed notices are coalesced into one read (scheduleReload).
class QaAgreementTrendView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 250;

    QaAgreementTrendView(const Workspace &ws, DbWorker *worker, QWidget *parent = nullptr);
    ~QaAgreementTrendView() override;

    void setWeeks(int weeks);
    int weekCount() const;
    void reload();
    void scheduleReload() { m_pending.start(); }

    bool isLoaded() const { return m_loaded; }
    const QList<QaAgreementWeek> &weeks() const { return m_weeks; }
    QStandardItemModel *weeksModel() const { return m_model; }
    QChart *chart() const { return m_chart; }
    QString statusText() const;

Q_SIGNALS:
    void loaded();

private:
    struct Loaded;
    void takeLoad(const Loaded &r);
    void show();
    void drawChart();

    Workspace m_ws;
    DbWorker *m_worker;
    std::unique_ptr<Ui::QaAgreementTrendForm> m_ui;
    QStandardItemModel *m_model;
    QChart *m_chart = nullptr; // owned by its view
    QTimer m_pending;
    QList<QaAgreementWeek> m_weeks;
    int m_generation = 0;
    bool m_loaded = false;
};

} // namespace sb::app
