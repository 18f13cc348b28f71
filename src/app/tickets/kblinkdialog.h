#pragma once

#include "kb/knowledgebase.h"
#include "tickets/ticketenv.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace sb::app {

// The translated name of a knowledge-base kind (article, case, known_issue).
QString kbKindLabel(const QString &kind);

// Shows an article read-only as plain text (non-modal, deleted on close) and counts the use
// as "viewed" for the ticket. Returns the dialog, or nullptr (with `error`) when it is gone.
QDialog *showKbArticle(const TicketEnv &env, qint64 articleId, qint64 ticketId, QWidget *parent,
                       QString &error);

// "Link article…": full-text search over the knowledge base (best first: kind, title and a
// plain-text preview with the matches in [brackets]); "Link" or a double click links the
// chosen article to the ticket through KnowledgeBase::link, which counts the use.
class KbLinkDialog : public QDialog {
    Q_OBJECT
public:
    KbLinkDialog(const TicketEnv &env, qint64 ticketId, const QString &ticketLabel,
                 QWidget *parent = nullptr);

    void search();

Q_SIGNALS:
    void linked(qint64 articleId);

private:
    void linkSelected();

    const TicketEnv &m_env;
    qint64 m_ticketId;
    KnowledgeBase m_kb;
    QLineEdit *m_search;
    QTableWidget *m_results;
    QLabel *m_status;
    QTimer *m_searchTimer;
};

} // namespace sb::app
