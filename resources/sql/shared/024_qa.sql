-- Signalboard schema 24, the statements SQLite and PostgreSQL share: quality assurance (质检).
-- The daily spot check (抽检), scorecards (评分表) and their versions, reviews, disputes
-- (质检复核), coaching (辅导) and calibration (校准): the whole feature's tables, so later
-- work only adds to them. Permissions and the settings every QA number reads.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section indexes
-- The frame of a day: tickets moved to "closed" by an event of that day.
CREATE INDEX ticket_events_closed ON ticket_events(at, ticket_id) WHERE to_state = 'closed';
CREATE INDEX qa_sample_tickets_assignee ON qa_sample_tickets(assignee_id, day);
CREATE INDEX qa_sample_tickets_ticket ON qa_sample_tickets(ticket_id);
CREATE INDEX qa_scorecard_items_version ON qa_scorecard_items(version_id, position);
CREATE INDEX qa_reviews_reviewer ON qa_reviews(reviewer_id, state, due_at);
CREATE INDEX qa_reviews_agent ON qa_reviews(agent_id, submitted_at);
CREATE INDEX qa_reviews_ticket ON qa_reviews(ticket_id);
CREATE INDEX qa_disputes_review ON qa_disputes(review_id);
CREATE INDEX qa_disputes_state ON qa_disputes(state, raised_at);
CREATE INDEX qa_coaching_agent ON qa_coaching_items(agent_id, state);
CREATE INDEX qa_coaching_lead ON qa_coaching_items(lead_id, state);

-- @section permissions
-- qa, qa.sample, qa.score and qa.read_all exist since schema 5; the QA inspector role holds
-- "qa" and so every child, also these.
INSERT INTO permissions(key, parent_key, description) VALUES
    ('qa.review', 'qa', 'Review sampled tickets against a scorecard'),
    ('qa.calibrate', 'qa', 'Run calibration sessions'),
    ('qa.decide_dispute', 'qa', 'Decide disputes of QA reviews'),
    ('qa.scorecards', 'qa', 'Edit and publish scorecards')
    ON CONFLICT (key) DO NOTHING;

-- @section settings
-- Every QA number is a versioned setting (docs/spec/DOMAIN.md section 6).
INSERT INTO settings(key, version, value, changed_by, changed_at) VALUES
    ('qa.sample_rate', 1, '0.05', 'migration 024', 0),
    ('qa.stratify_by', 1, 'channel', 'migration 024', 0),
    ('qa.draw_at', 1, '00:30', 'migration 024', 0),
    ('qa.pass_mark', 1, '80', 'migration 024', 0),
    ('qa.dispute_days', 1, '3', 'migration 024', 0),
    ('qa.double_rate', 1, '0.10', 'migration 024', 0)
    ON CONFLICT (key, version) DO NOTHING;
