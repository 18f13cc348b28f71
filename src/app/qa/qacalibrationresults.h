#pragma once

#include "qa/calibration.h"
#include "shell/workspace.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QStandardItemModel;

namespace Ui {
class QaCalibrationResults;
}

namespace sb::app {

// The results of a calibration session (校准) as the signed-in user may read them: every
// ticket's scores side by side (participants as columns, the scorecard's items as rows, then
// the review score), cells that differ from the ticket's majority (or lie half a point or more
// from its mean when there is none) highlighted; the agreement per item and overall
// (Krippendorff's α with its metric and the usual reading, percent agreement, the tickets
// compared); each inspector's bias in points against the mean. Only what
// QaCalibrationStore::results() returns for the viewer is shown, and only the latest read is
// kept. Reads run on the background worker.
class QaCalibrationResultsView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 250;
    static constexpr int kDiffersRole = Qt::UserRole + 1; // side by side: highlighted (bool)
    static constexpr int kAlphaRole = Qt::UserRole + 2;   // agreement, α column: α (double)

    QaCalibrationResultsView(const Workspace &ws, DbWorker *worker, QWidget *parent = nullptr);
    ~QaCalibrationResultsView() override;

    // Shows session `sessionId` (0: none) and reads it.
    void setSession(qint64 sessionId);
    qint64 session() const { return m_sessionId; }
    void reload();
    void scheduleReload() { m_pending.start(); }

    bool isLoaded() const { return m_loaded; }
    const QaCalibrationResults &results() const { return m_results; }
    QStandardItemModel *sideBySideModel() const { return m_sideBySide; }
    QStandardItemModel *agreementModel() const { return m_agreement; }
    QStandardItemModel *biasModel() const { return m_bias; }
    QString summaryText() const;

    // "0.815"; for an undefined α the reason.
    static QString alphaText(const AlphaResult &alpha);
    // "reliable", "tentative", "not reliable".
    static QString alphaReading(const AlphaResult &alpha);

Q_SIGNALS:
    void loaded();

private:
    struct Loaded;
    void takeLoad(const Loaded &r);
    void clear();
    void show();
    void showSideBySide();
    void showAgreement();
    QString itemTitle(qsizetype index) const;
    QString valueText(ScoreScale scale, const ItemRating &r) const;

    Workspace m_ws;
    DbWorker *m_worker;
    std::unique_ptr<Ui::QaCalibrationResults> m_ui;
    QStandardItemModel *m_sideBySide;
    QStandardItemModel *m_agreement;
    QStandardItemModel *m_bias;
    QTimer m_pending;
    QaCalibrationResults m_results; // the latest read only
    qint64 m_sessionId = 0;
    int m_generation = 0;
    bool m_loaded = false;
};

} // namespace sb::app
