#pragma once

#include "tickets/ticketenv.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace sb::app {

// The knowledge-base side of a ticket: the articles and cases linked to it (table
// ticket_kb_links), with "Link article…" (search and link, counted as a use) and "Unlink"
// for holders of tickets.handle, and below the cases that look related (the linked
// incident's known issue, cases mentioning the problem type). A double click on either list
// shows the article read-only.
class KbLinksPane : public QWidget {
    Q_OBJECT
public:
    KbLinksPane(const TicketEnv &env, QWidget *parent = nullptr);

    // `knownIssueId`: the linked incident's known issue (0 when none).
    void setTicket(qint64 ticketId, const QString &ticketLabel, const QString &problemType,
                   qint64 knownIssueId);
    void reload();

    void linkArticle();
    void unlinkSelected();

Q_SIGNALS:
    void linksChanged();

private:
    void showArticle(QListWidgetItem *item);
    void report(const QString &message, bool isError);
    void updateButtons();

    const TicketEnv &m_env;
    qint64 m_ticketId = 0;
    QString m_ticketLabel, m_problemType;
    qint64 m_knownIssueId = 0;
    QListWidget *m_linked, *m_related;
    QPushButton *m_link, *m_unlink;
    QLabel *m_message;
};

} // namespace sb::app
