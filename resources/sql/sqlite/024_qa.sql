-- Signalboard schema 24 (SQLite): quality assurance (质检), the whole feature's tables.
-- Days are local dates (YYYY-MM-DD) of the business calendar's time zone; times are
-- milliseconds since the epoch; "…_by" text columns hold a login, like audit_log.actor.

-- The daily spot check (抽检): one row per drawn day, drawn once (docs/spec/DOMAIN.md §6).
-- The frame is the tickets moved to "closed" on the day; n = ceil(rate × frame_size), split
-- over the strata by largest remainder; seed, rate and stratum column let anyone re-check it.
CREATE TABLE qa_sample_days (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    day         TEXT NOT NULL UNIQUE,
    seed        INTEGER NOT NULL CHECK (seed >= 0),
    rate        TEXT NOT NULL,
    stratify_by TEXT NOT NULL CHECK (stratify_by IN ('none', 'channel', 'problem_type',
                                                     'handler_id', 'team_id')),
    time_zone   TEXT NOT NULL,
    frame_size  INTEGER NOT NULL,
    sample_size INTEGER NOT NULL,
    drawn_at    INTEGER NOT NULL,
    drawn_by    TEXT NOT NULL
);

-- Strata of a drawn day: N_h tickets in the frame, n_h of them drawn.
CREATE TABLE qa_sample_strata (
    day         TEXT NOT NULL REFERENCES qa_sample_days(day) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    frame_size  INTEGER NOT NULL,
    sample_size INTEGER NOT NULL,
    PRIMARY KEY (day, key)
);

-- The drawn tickets. position is the rank within the stratum (1 = lowest rank_hash, the
-- lowercase hex SHA-256 of "<seed>:<day>:<ticket id>"). A replaced ticket keeps its row:
-- replacement_id names the row that took its place, with the reason, who and when.
-- second_assignee_id: the blind second review of the continuous calibration (qa.double_rate).
CREATE TABLE qa_sample_tickets (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    day                TEXT NOT NULL REFERENCES qa_sample_days(day) ON DELETE CASCADE,
    ticket_id          INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    stratum            TEXT NOT NULL,
    rank_hash          TEXT NOT NULL,
    position           INTEGER NOT NULL,
    assignee_id        INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    second_assignee_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    added_at           INTEGER NOT NULL,
    added_by           TEXT NOT NULL,
    replacement_id     INTEGER REFERENCES qa_sample_tickets(id) ON DELETE SET NULL,
    replace_reason     TEXT NOT NULL DEFAULT '',
    replaced_at        INTEGER,
    replaced_by        TEXT,
    UNIQUE (day, ticket_id)
);

-- Scorecards (评分表). A version is edited as a draft and never changes once published;
-- a review pins the version it used.
CREATE TABLE qa_scorecards (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    archived   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL
);

CREATE TABLE qa_scorecard_versions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    scorecard_id INTEGER NOT NULL REFERENCES qa_scorecards(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    state        TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published')),
    note         TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    created_by   TEXT NOT NULL,
    published_at INTEGER,
    published_by TEXT,
    UNIQUE (scorecard_id, version)
);

-- An item: weight, scale (pass_fail, 0_2, 1_5), N/A allowed, critical (a failed critical item
-- sets the review to 0), comment required below pass, root-cause tags (JSON array of text).
CREATE TABLE qa_scorecard_items (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id         INTEGER NOT NULL REFERENCES qa_scorecard_versions(id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    key                TEXT NOT NULL,
    label              TEXT NOT NULL,
    label_zh           TEXT NOT NULL DEFAULT '',
    weight             REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    scale              TEXT NOT NULL CHECK (scale IN ('pass_fail', '0_2', '1_5')),
    allow_na           INTEGER NOT NULL DEFAULT 0,
    critical           INTEGER NOT NULL DEFAULT 0,
    comment_below_pass INTEGER NOT NULL DEFAULT 0,
    root_causes        TEXT NOT NULL DEFAULT '[]',
    UNIQUE (version_id, key)
);

-- A review of one ticket by one inspector. kind: the sample's review, the blind second one
-- (continuous calibration) or one outside the sample. score 0–100 (0 when a critical item
-- failed); passed at score >= qa.pass_mark; time_spent_ms is the time the review screen was
-- worked. A submitted review changes only through a dispute decision.
CREATE TABLE qa_reviews (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    sample_ticket_id     INTEGER REFERENCES qa_sample_tickets(id) ON DELETE SET NULL,
    ticket_id            INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    agent_id             INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    reviewer_id          INTEGER NOT NULL REFERENCES staff(id),
    scorecard_version_id INTEGER NOT NULL REFERENCES qa_scorecard_versions(id),
    kind                 TEXT NOT NULL DEFAULT 'sample' CHECK (kind IN ('sample', 'double',
                                                                        'extra')),
    state                TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted')),
    score                REAL,
    passed               INTEGER,
    critical_failed      INTEGER NOT NULL DEFAULT 0,
    comment              TEXT NOT NULL DEFAULT '',
    time_spent_ms        INTEGER NOT NULL DEFAULT 0,
    due_at               INTEGER,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    submitted_at         INTEGER,
    acknowledged_at      INTEGER,
    version              INTEGER NOT NULL DEFAULT 1,
    UNIQUE (ticket_id, reviewer_id, kind)
);

-- One item's score: value on the item's scale, or N/A; NULL value and na = 0: not rated yet.
CREATE TABLE qa_review_items (
    review_id  INTEGER NOT NULL REFERENCES qa_reviews(id) ON DELETE CASCADE,
    item_id    INTEGER NOT NULL REFERENCES qa_scorecard_items(id),
    value      REAL,
    na         INTEGER NOT NULL DEFAULT 0,
    comment    TEXT NOT NULL DEFAULT '',
    root_cause TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, item_id)
);

-- A dispute (质检复核) of a submitted review by its agent, decided by a QA lead or another
-- inspector: accepted, partly accepted or rejected, with a reason; the score before and after.
CREATE TABLE qa_disputes (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    review_id       INTEGER NOT NULL REFERENCES qa_reviews(id) ON DELETE CASCADE,
    raised_by       INTEGER NOT NULL REFERENCES staff(id),
    raised_at       INTEGER NOT NULL,
    reason          TEXT NOT NULL,
    decider_id      INTEGER REFERENCES staff(id),
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted',
                                                                  'partly_accepted', 'rejected')),
    decided_at      INTEGER,
    decision_reason TEXT NOT NULL DEFAULT '',
    score_before    REAL,
    score_after     REAL,
    version         INTEGER NOT NULL DEFAULT 1
);

-- The items a dispute names, each with the agent's reason and the decided value.
CREATE TABLE qa_dispute_items (
    dispute_id    INTEGER NOT NULL REFERENCES qa_disputes(id) ON DELETE CASCADE,
    item_id       INTEGER NOT NULL REFERENCES qa_scorecard_items(id),
    reason        TEXT NOT NULL DEFAULT '',
    decided_value REAL,
    decided_na    INTEGER,
    PRIMARY KEY (dispute_id, item_id)
);

-- One-to-one coaching (辅导) for a failed review: held by the agent's team lead (date, notes,
-- agreed actions), acknowledged by the agent.
CREATE TABLE qa_coaching_items (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    review_id       INTEGER REFERENCES qa_reviews(id) ON DELETE SET NULL,
    agent_id        INTEGER NOT NULL REFERENCES staff(id),
    lead_id         INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'held',
                                                                  'acknowledged')),
    due_at          INTEGER,
    held_on         TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    actions         TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    acknowledged_at INTEGER,
    version         INTEGER NOT NULL DEFAULT 1
);

-- Calibration (校准): a QA lead picks tickets; each participant scores blind and sees the
-- others' scores only after submitting.
CREATE TABLE qa_calibration_sessions (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    title                TEXT NOT NULL,
    scorecard_version_id INTEGER NOT NULL REFERENCES qa_scorecard_versions(id),
    created_by           INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    created_at           INTEGER NOT NULL,
    state                TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'revealed',
                                                                       'closed')),
    version              INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE qa_calibration_tickets (
    session_id INTEGER NOT NULL REFERENCES qa_calibration_sessions(id) ON DELETE CASCADE,
    ticket_id  INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (session_id, ticket_id)
);

CREATE TABLE qa_calibration_participants (
    session_id   INTEGER NOT NULL REFERENCES qa_calibration_sessions(id) ON DELETE CASCADE,
    staff_id     INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    submitted_at INTEGER,
    PRIMARY KEY (session_id, staff_id)
);

CREATE TABLE qa_calibration_scores (
    session_id INTEGER NOT NULL REFERENCES qa_calibration_sessions(id) ON DELETE CASCADE,
    ticket_id  INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
    staff_id   INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    item_id    INTEGER NOT NULL REFERENCES qa_scorecard_items(id),
    value      REAL,
    na         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, ticket_id, staff_id, item_id)
);
-- @shared indexes

-- @shared permissions

-- @shared settings

-- Every QA table a screen follows appends to change_log. A calibration score is logged under
-- its session (the id only: what was scored stays blind).
CREATE TRIGGER qa_sample_days_ci AFTER INSERT ON qa_sample_days BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_sample', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_sample_days_cd AFTER DELETE ON qa_sample_days BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_sample', OLD.id, 'delete', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_sample_tickets_ci AFTER INSERT ON qa_sample_tickets BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_sample_ticket', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_sample_tickets_cu AFTER UPDATE ON qa_sample_tickets BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_sample_ticket', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_scorecards_ci AFTER INSERT ON qa_scorecards BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_scorecard', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_scorecards_cu AFTER UPDATE ON qa_scorecards BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_scorecard', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_scorecard_versions_ci AFTER INSERT ON qa_scorecard_versions BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_scorecard', NEW.scorecard_id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_scorecard_versions_cu AFTER UPDATE ON qa_scorecard_versions BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_scorecard', NEW.scorecard_id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_reviews_ci AFTER INSERT ON qa_reviews BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_review', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_reviews_cu AFTER UPDATE ON qa_reviews BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_review', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_reviews_cd AFTER DELETE ON qa_reviews BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_review', OLD.id, 'delete', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_disputes_ci AFTER INSERT ON qa_disputes BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_dispute', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_disputes_cu AFTER UPDATE ON qa_disputes BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_dispute', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_coaching_items_ci AFTER INSERT ON qa_coaching_items BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_coaching', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_coaching_items_cu AFTER UPDATE ON qa_coaching_items BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_coaching', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_calibration_sessions_ci AFTER INSERT ON qa_calibration_sessions BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_calibration', NEW.id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_calibration_sessions_cu AFTER UPDATE ON qa_calibration_sessions BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_calibration', NEW.id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_calibration_participants_cu AFTER UPDATE ON qa_calibration_participants BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_calibration', NEW.session_id, 'update', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER qa_calibration_scores_ci AFTER INSERT ON qa_calibration_scores BEGIN
    INSERT INTO change_log(entity, entity_id, op, at) VALUES ('qa_calibration', NEW.session_id, 'insert', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
