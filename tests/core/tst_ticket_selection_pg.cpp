// A figure's tickets by id on PostgreSQL (the cases are TicketSelectionTest's), and row
// security: a login sees only the given tickets its policies let it read, even when the
// workstation asks for all of them.
#include "ticketselectiontest.h"

class TestTicketSelectionPg final : public TicketSelectionTest {
    Q_OBJECT

    sb::DatabaseUrl freshDatabase(const QString &name) override {
        return sb::test::freshPgDatabase(name);
    }

    qint64 insert(const QString &sql, const QVariantList &values) {
        QSqlQuery q(m_db->db());
        QString error;
        if (!m_db->exec(q, sql + QStringLiteral(" RETURNING id"), values, error) || !q.next())
            qFatal("seed: %s", qPrintable(error));
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void agentGetsOnlyTheVisibleSubset() {
        const qint64 teamA = insert(QStringLiteral("INSERT INTO teams(name, created_at) VALUES "
                                                   "('A', 0)"),
                                    {});
        const qint64 teamB = insert(QStringLiteral("INSERT INTO teams(name, created_at) VALUES "
                                                   "('B', 0)"),
                                    {});
        const qint64 agent =
            insert(QStringLiteral("INSERT INTO staff(employee_no, name, role_id, team_id, status, "
                                  "status_changed_at, login, created_at) VALUES ('SEL1', 'Sel', "
                                  "(SELECT id FROM roles WHERE key = 'agent'), ?, 'active', 0, "
                                  "'pending_sel1', 0)"),
                   {teamA});
        // The seeded tickets: the first half in the agent's team, the rest in another.
        const QList<qint64> ids = chosen();
        QList<qint64> visible;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const bool mine = i < m_rows.size() / 2;
            QString e;
            QVERIFY2(m_db->exec(QStringLiteral("UPDATE tickets SET team_id = ? WHERE id = ?"),
                                {mine ? teamA : teamB, m_rows.at(i).id}, e),
                     qPrintable(e));
            if (mine && ids.contains(m_rows.at(i).id))
                visible.append(m_rows.at(i).id);
        }
        QVERIFY(!visible.isEmpty() && visible.size() < ids.size());
        auto login = sb::test::pgLoginFor(*m_db, QStringLiteral("sb_sel_agent"), agent,
                                          QStringLiteral("sb_agent"));
        QVERIFY(login);
        // The workstation asks as if it could read everything: the server still decides.
        sb::PageRequest r = allTickets(ids);
        r.context.readAll = true;
        qint64 count = -1;
        QCOMPARE(read(*login, r, &count), visible);
        QCOMPARE(count, visible.size());
        // The installer (not subject to row security) gets every one of them.
        QCOMPARE(read(*m_db, r), ids);
    }
};

QTEST_MAIN(TestTicketSelectionPg)
#include "moc_ticketselectiontest.cpp"
#include "tst_ticket_selection_pg.moc"
