-- Signalboard schema 33 (PostgreSQL): supervision items (督办) and their server guard. A
-- manager opens one from a report's recurring problem type or category (the report period it
-- came from), names an owner and a due date, and tracks it to closure
-- (open → in_progress → closed); the next reports show its state.
--
-- Staff logins write none of the table: every step is a SECURITY DEFINER function that
-- checks the permission reports.supervise, stamps the login and the server's time, and
-- writes the audit row (report.supervision.open, .update, .close):
--   sb_report_supervision_open    a new item; one not yet closed per problem type/category;
--   sb_report_supervision_update  status, owner, due date and notes of an item not closed,
--                                 at the version the writer saw; status 'closed' closes it.
-- Reads (row security): holders of reports.read or reports.supervise, and the item's owner.
-- Also: tickets.customer_digest, which repeat complaints compare (staff may not read
-- customer_id), and query_log.results, the number of tickets a logged search found, set by the searching
-- login through sb_query_log_results.
CREATE TABLE report_supervision_items (
    id           BIGSERIAL PRIMARY KEY,
    dimension    TEXT NOT NULL CHECK (dimension IN ('problem_type', 'category')),
    key          TEXT NOT NULL CHECK (key <> ''),
    period_start BIGINT NOT NULL,
    period_end   BIGINT NOT NULL CHECK (period_end > period_start),
    owner_id     BIGINT NOT NULL REFERENCES staff(id),
    due_date     TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'closed')),
    notes        TEXT NOT NULL DEFAULT '',
    created_by   TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    updated_by   TEXT NOT NULL,
    updated_at   BIGINT NOT NULL,
    closed_at    BIGINT,
    version      BIGINT NOT NULL DEFAULT 1
);
-- @shared indexes
-- @shared permissions
-- @shared query_log_results

-- Repeat complaints compare customers, but staff logins may not read customer_id (schema 22).
-- tickets.customer_digest is a keyed digest of it (SHA-256 of a secret of this database and
-- the id), written by the server on every insert and change: equal ids give equal digests,
-- and the digest does not give the id back (only the owner reads the secret).
CREATE TABLE sb_report_secret (secret TEXT NOT NULL);
INSERT INTO sb_report_secret(secret)
    VALUES (md5(random()::TEXT || clock_timestamp()::TEXT) || md5(random()::TEXT || pg_backend_pid()::TEXT));
REVOKE ALL ON sb_report_secret FROM PUBLIC;

CREATE FUNCTION sb_customer_digest(p_customer TEXT) RETURNS TEXT LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT CASE WHEN COALESCE(p_customer, '') = '' THEN ''
                ELSE encode(sha256(convert_to((SELECT s.secret FROM public.sb_report_secret s LIMIT 1)
                                              || ':' || p_customer, 'UTF8')), 'hex') END
$$;
CREATE FUNCTION sb_ticket_customer_digest() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    NEW.customer_digest := public.sb_customer_digest(NEW.customer_id);
    RETURN NEW;
END;
$$;
REVOKE ALL ON FUNCTION sb_customer_digest(TEXT), sb_ticket_customer_digest() FROM PUBLIC;

ALTER TABLE tickets ADD COLUMN customer_digest TEXT NOT NULL DEFAULT '';
-- The digests of the tickets there are: not a change other workstations need to hear of.
ALTER TABLE tickets DISABLE TRIGGER tickets_c;
UPDATE tickets SET customer_digest = sb_customer_digest(customer_id) WHERE customer_id <> '';
ALTER TABLE tickets ENABLE TRIGGER tickets_c;
CREATE TRIGGER tickets_customer_digest BEFORE INSERT OR UPDATE OF customer_id, customer_digest
    ON tickets FOR EACH ROW EXECUTE FUNCTION sb_ticket_customer_digest();
GRANT SELECT (customer_digest) ON tickets TO sb_staff;
CREATE INDEX tickets_customer_type ON tickets(customer_digest, problem_type, received_at)
    WHERE customer_digest <> '';

-- A login may set the result count of its own search, once (staff hold no UPDATE on the log).
CREATE FUNCTION sb_query_log_results(p_id BIGINT, p_results INTEGER) RETURNS VOID
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    UPDATE public.query_log SET results = p_results
     WHERE id = p_id AND staff_id = public.sb_current_staff_id() AND results IS NULL
       AND p_results >= 0
$$;
REVOKE ALL ON FUNCTION sb_query_log_results(BIGINT, INTEGER) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_query_log_results(BIGINT, INTEGER) TO sb_staff;

CREATE TRIGGER report_supervision_items_c AFTER INSERT OR UPDATE ON report_supervision_items
    FOR EACH ROW EXECUTE FUNCTION sb_log_change('report_supervision', 'id');

ALTER TABLE report_supervision_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_supervision_items_read ON report_supervision_items FOR SELECT TO sb_staff
    USING (owner_id = (SELECT sb_current_staff_id()) OR (SELECT sb_has_permission('reports.read'))
           OR (SELECT sb_has_permission('reports.supervise')));
GRANT SELECT ON report_supervision_items TO sb_staff;

INSERT INTO sb_audit_action_rules (action, prefix, permissions) VALUES
    ('report.supervision.', true, ARRAY['reports.supervise'])
    ON CONFLICT DO NOTHING;

-- What an item says besides its key: the owner is an active staff member, the due date a
-- real day (YYYY-MM-DD), the notes at most 4000 characters. Returns the due date.
CREATE FUNCTION sb_report_supervision_check(p_owner BIGINT, p_due TEXT, p_notes TEXT)
RETURNS TEXT LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    d DATE;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.staff s WHERE s.id = p_owner AND s.status = 'active') THEN
        RAISE EXCEPTION 'the owner must be an active staff member' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF COALESCE(p_due, '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
        RAISE EXCEPTION 'the due date must be given as YYYY-MM-DD' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    BEGIN
        d := p_due::DATE;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the due date must be given as YYYY-MM-DD' USING ERRCODE = 'invalid_parameter_value';
    END;
    IF length(COALESCE(p_notes, '')) > 4000 THEN
        RAISE EXCEPTION 'the notes are limited to 4000 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN to_char(d, 'YYYY-MM-DD');
END;
$$;

-- Opens an item for problem type or category `p_key`, from the report period
-- [p_period_start, p_period_end). Returns its id. Audited (report.supervision.open).
CREATE FUNCTION sb_report_supervision_open(p_dimension TEXT, p_key TEXT, p_period_start BIGINT,
                                           p_period_end BIGINT, p_owner BIGINT, p_due TEXT,
                                           p_notes TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    now_ms BIGINT := public.sb_now_ms();
    k TEXT := btrim(COALESCE(p_key, ''));
    due TEXT;
    other BIGINT;
    new_id BIGINT;
BEGIN
    PERFORM public.sb_require_permission('reports.supervise');
    IF p_dimension IS NULL OR p_dimension NOT IN ('problem_type', 'category') THEN
        RAISE EXCEPTION 'a supervision item is about a problem type or a category' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF k = '' OR length(k) > 200 THEN
        RAISE EXCEPTION 'a supervision item needs the key of what it supervises' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_period_start IS NULL OR p_period_end IS NULL OR p_period_end <= p_period_start THEN
        RAISE EXCEPTION 'a supervision item needs the report period it was opened from' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    due := public.sb_report_supervision_check(p_owner, p_due, p_notes);
    -- Serialise openings of the same key: the partial unique index would refuse the second
    -- anyway, with a less helpful message.
    PERFORM pg_advisory_xact_lock(7305033, hashtext(p_dimension || ':' || k));
    SELECT i.id INTO other FROM public.report_supervision_items i
     WHERE i.dimension = p_dimension AND i.key = k AND i.status <> 'closed';
    IF FOUND THEN
        RAISE EXCEPTION 'supervision item #% is still open for %', other, k USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO public.report_supervision_items(dimension, key, period_start, period_end, owner_id,
        due_date, status, notes, created_by, created_at, updated_by, updated_at)
    VALUES (p_dimension, k, p_period_start, p_period_end, p_owner, due, 'open',
            btrim(COALESCE(p_notes, '')), session_user, now_ms, session_user, now_ms)
    RETURNING id INTO new_id;
    PERFORM public.sb_audit('report.supervision.open', 'report_supervision', new_id,
        jsonb_build_object('dimension', p_dimension, 'key', k, 'period_start', p_period_start,
                           'period_end', p_period_end, 'owner', p_owner, 'due_date', due,
                           'notes', btrim(COALESCE(p_notes, ''))));
    RETURN new_id;
END;
$$;

-- Changes status, owner, due date and notes of an item that is not closed, at version
-- `p_version`; status 'closed' closes it for good. Returns the new version. Audited
-- (report.supervision.update, or report.supervision.close).
CREATE FUNCTION sb_report_supervision_update(p_item BIGINT, p_version BIGINT, p_status TEXT,
                                             p_owner BIGINT, p_due TEXT, p_notes TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    now_ms BIGINT := public.sb_now_ms();
    i public.report_supervision_items%ROWTYPE;
    due TEXT;
    v BIGINT;
BEGIN
    PERFORM public.sb_require_permission('reports.supervise');
    SELECT * INTO i FROM public.report_supervision_items x WHERE x.id = p_item FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'supervision item #% does not exist', p_item USING ERRCODE = 'no_data_found';
    END IF;
    IF i.status = 'closed' THEN
        RAISE EXCEPTION 'supervision item #% is closed; a closed item never changes', p_item
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF i.version <> p_version THEN
        RAISE EXCEPTION 'supervision item #% was changed by % meanwhile', p_item, i.updated_by
            USING ERRCODE = 'serialization_failure';
    END IF;
    IF p_status IS NULL OR p_status NOT IN ('open', 'in_progress', 'closed') THEN
        RAISE EXCEPTION 'a supervision item is open, in progress or closed' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    due := public.sb_report_supervision_check(p_owner, p_due, p_notes);
    UPDATE public.report_supervision_items SET status = p_status, owner_id = p_owner,
        due_date = due, notes = btrim(COALESCE(p_notes, '')), updated_by = session_user,
        updated_at = now_ms, closed_at = CASE WHEN p_status = 'closed' THEN now_ms END,
        version = version + 1
    WHERE id = i.id RETURNING version INTO v;
    PERFORM public.sb_audit(CASE WHEN p_status = 'closed' THEN 'report.supervision.close'
                                 ELSE 'report.supervision.update' END,
        'report_supervision', i.id,
        jsonb_build_object('status', p_status, 'from_status', i.status, 'owner', p_owner,
                           'due_date', due, 'notes', btrim(COALESCE(p_notes, ''))));
    RETURN v;
END;
$$;

-- A closed item never changes, whoever writes.
CREATE FUNCTION sb_report_supervision_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
BEGIN
    IF OLD.status = 'closed' THEN
        RAISE EXCEPTION 'a closed supervision item never changes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER report_supervision_closed BEFORE UPDATE ON report_supervision_items
    FOR EACH ROW EXECUTE FUNCTION sb_report_supervision_guard();

REVOKE ALL ON FUNCTION sb_report_supervision_check(BIGINT, TEXT, TEXT),
    sb_report_supervision_open(TEXT, TEXT, BIGINT, BIGINT, BIGINT, TEXT, TEXT),
    sb_report_supervision_update(BIGINT, BIGINT, TEXT, BIGINT, TEXT, TEXT),
    sb_report_supervision_guard() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_report_supervision_open(TEXT, TEXT, BIGINT, BIGINT, BIGINT, TEXT, TEXT),
    sb_report_supervision_update(BIGINT, BIGINT, TEXT, BIGINT, TEXT, TEXT) TO sb_staff;
