#pragma once

#include "admin/admintab.h"
#include "admin/publishreleasedialog.h"

#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <functional>

namespace sb::app {

// What the administration screens know about a setting: its meaning, default and range.
struct SettingSpec {
    QString key;
    QString meaning;
    QString fallback;
    qint64 min = 0;
    qint64 max = 0;
    bool integer = false;
    // Further check of the text (empty result: fine), e.g. a JSON document's structure.
    std::function<QString(const QString &)> check = {};
};
QList<SettingSpec> knownSettings();
// Empty when `value` is acceptable for `key`, otherwise a sentence naming the key and the rule.
QString settingProblem(const QString &key, const QString &value);

// Settings: every key's current value (and the known keys not yet set, at their defaults),
// editing with validation (needs admin.settings; written through SettingsStore, which keeps
// every version and audits), and the history of the selected key.
class SettingsTab : public AdminTab {
    Q_OBJECT
public:
    SettingsTab(AdminContext &ctx, QWidget *parent);
    void applyChanges(const QList<sb::Change> &changes) override;

    void refresh();
    bool selectKey(const QString &key);
    QString selectedKey() const;
    // Saves the value field for the key field.
    bool save();
    QTableView *view() const { return m_view; }
    QTableView *historyView() const { return m_historyView; }
    QStandardItemModel *history() const { return m_history; }
    QStandardItemModel *model() const { return m_current; }
    // "Publish a release…": version, download page and notes in one go (needs admin.settings).
    void openPublishDialog();
    PublishReleaseDialog *publishDialog() const { return m_publishDialog; }

private:
    void showHistory();
    void updateButtons();

    QStandardItemModel *m_current;
    QStandardItemModel *m_history;
    QTableView *m_view;
    QTableView *m_historyView;
    QLineEdit *m_key;
    QLineEdit *m_value;
    QPushButton *m_save;
    QPushButton *m_publish;
    QPointer<PublishReleaseDialog> m_publishDialog;
};

} // namespace sb::app
