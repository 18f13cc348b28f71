-- PostgreSQL only (sb_ticket_edit learns the green channel); on SQLite TicketEdits does it.
SELECT 1;
