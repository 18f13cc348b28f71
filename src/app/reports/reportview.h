#pragma once

#include "reportdocument.h"
#include "reports/supervisionstore.h"

#include <QList>
#include <QWidget>

class QStandardItemModel;
class QTableView;
class QVBoxLayout;

namespace sb::app {

// A ReportDocument on screen: its title, period and data cut-off at the top, then one
// collapsible group per section with its paragraphs, tables (numbers right-aligned) and charts
// (Qt Charts). With drills enabled, a number that counts tickets looks like a link, says how
// many tickets it opens, and a double click or Enter on it asks for them (drillRequested).
// The recurring (督办) table's rows offer "Open supervision item…" (context menu and button).
class ReportView : public QWidget {
    Q_OBJECT
public:
    explicit ReportView(QWidget *parent = nullptr);

    // Shows `doc`; `drills` false: numbers are plain (no navigation). `periodStartMs` and
    // `periodEndMs` are the report's period, given to supervision drafts.
    void setDocument(const ReportDocument &doc, bool drills, qint64 periodStartMs,
                     qint64 periodEndMs);
    void clear();
    const ReportDocument &document() const { return m_doc; }
    bool hasDocument() const { return m_shown; }

    // The tables shown, in document order, and the section key of each (tests, the place).
    const QList<QTableView *> &tables() const { return m_tables; }
    QString sectionOf(const QTableView *table) const;
    // The recurring table, or null.
    QTableView *recurringTable() const { return m_recurring; }
    // Asks for the drill of the cell at `index` of `table` (what a double click does); false
    // when the cell has none.
    bool activate(QTableView *table, const QModelIndex &index);
    // A draft for the supervision item of recurring row `row`.
    SupervisionDraft draftFor(int row) const;

Q_SIGNALS:
    // `count` is the number clicked; `title` names section, measure, key and window (the
    // place adds the period).
    void drillRequested(const sb::ReportDrill &drill, const QString &sectionHeading, qint64 count);
    void supervisionRequested(const sb::SupervisionDraft &draft);

private:
    QWidget *tableWidget(const ReportSection &section, const ReportTable &table);
    QWidget *chartWidget(const ReportChart &chart);
    void requestSupervision();

    QVBoxLayout *m_layout = nullptr;
    QWidget *m_body = nullptr;
    ReportDocument m_doc;
    bool m_shown = false;
    bool m_drillsEnabled = false;
    qint64 m_periodStartMs = 0;
    qint64 m_periodEndMs = 0;
    QList<QTableView *> m_tables;
    QList<QString> m_tableSections;
    QList<QString> m_tableHeadings;
    QList<ReportDrill> m_drills; // the drills of the cells shown (kDrillRole indexes it)
    QTableView *m_recurring = nullptr;
};

} // namespace sb::app
