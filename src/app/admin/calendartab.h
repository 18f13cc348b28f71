#pragma once

#include "admin/admintab.h"
#include "workflow/businesscalendar.h"

#include <QComboBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <functional>

namespace sb::app {

// Calendar: the public holidays and make-up working days of the business calendar (sorted by
// date, filtered by year), added one by one, removed, or imported from an iCalendar file; and a
// read-only summary of the weekly pattern and time zone (edited in Settings as
// workflow.calendar). Every change goes through CalendarStore (audited) as the signed-in
// person and needs admin.settings.
class CalendarTab : public AdminTab {
    Q_OBJECT
public:
    CalendarTab(AdminContext &ctx, QWidget *parent);
    void applyChanges(const QList<sb::Change> &changes) override;

    // Asks for the iCalendar file to import ("" = cancelled); a file dialog unless replaced.
    void setFileChooser(std::function<QString(QWidget *)> chooser) {
        m_chooseFile = std::move(chooser);
    }
    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    const BusinessCalendar &calendar() const { return m_calendar; }

    void refresh();
    void addDay(); // opens the dialog (non-blocking); the day is stored when it is accepted
    void removeSelected();
    void importFile();
    bool storeDay(const CalendarDay &day);

    // "Mon–Fri 09:00–18:00 · Sat, Sun closed" and the like.
    static QString weekSummary(const CalendarSettings &s);
    static QString kindLabel(CalendarDayKind kind);

private:
    void fill();
    void updateButtons();
    QList<QDate> selectedDates() const;

    BusinessCalendar m_calendar;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QComboBox *m_year;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
    std::function<QString(QWidget *)> m_chooseFile;
};

} // namespace sb::app
