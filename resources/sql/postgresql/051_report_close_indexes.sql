-- Signalboard schema 51 (PostgreSQL): the closing events indexed so that a report reads them
-- without visiting the table. Handling time takes, for each closing event of the period,
-- whether it is its ticket's first: the period's closes come from ticket_events_closed, now
-- with the event's id, and each ticket's first close is one probe of ticket_events_first_close.
-- Measured on a year of 1,000,000 tickets: the month's 82,000 first closes in 0.17 s against
-- 0.39 s. The open-at-end candidates (closes after the cut-off) read the first index too.
DROP INDEX ticket_events_closed;
CREATE INDEX ticket_events_closed ON ticket_events(at, ticket_id, id) WHERE to_state = 'closed';
CREATE INDEX ticket_events_first_close ON ticket_events(ticket_id, at, id)
    WHERE to_state = 'closed';
