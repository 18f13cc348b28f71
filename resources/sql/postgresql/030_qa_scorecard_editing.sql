-- Signalboard schema 30 (PostgreSQL): editing scorecards (评分表). A scorecard gets a new
-- version as a draft; the draft's items are replaced as a whole on each save; publishing makes
-- it the version in force for new reviews, and from then on it never changes. Staff write the
-- three tables only through these functions (QaScorecardStore, src/core/qa/scorecardstore.h),
-- which need qa.scorecards, stamp the login and the server's time, check the items as
-- Scorecards::validate does, and are audited. A trigger refuses any change to a published
-- version or its items, whoever writes.
--
-- Two editors: each call names the draft's revision the editor read, the newest of its item
-- ids (a save replaces the items; ids are never reused); a draft changed since is refused.

-- Nobody writes scorecards directly (schema 24 grants staff SELECT only; said once more).
REVOKE INSERT, UPDATE, DELETE ON qa_scorecards, qa_scorecard_versions, qa_scorecard_items
    FROM PUBLIC, sb_staff;

-- A draft's revision: the newest of its item ids, 0 when it has none.
CREATE FUNCTION sb_qa_scorecard_revision(p_version BIGINT) RETURNS BIGINT LANGUAGE sql STABLE
SET search_path = pg_catalog, public AS $$
    SELECT COALESCE(MAX(i.id), 0) FROM public.qa_scorecard_items i WHERE i.version_id = p_version
$$;

-- The caller, who must be active staff holding qa.scorecards.
CREATE FUNCTION sb_qa_scorecard_editor() RETURNS BIGINT LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_current_staff_id();
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'only active staff edit scorecards' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM public.sb_require_permission('qa.scorecards');
    RETURN me;
END;
$$;

-- Draft `p_version` locked, checked against the revision the editor read.
CREATE FUNCTION sb_qa_scorecard_draft(p_version BIGINT, p_revision BIGINT)
RETURNS public.qa_scorecard_versions LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    v public.qa_scorecard_versions%ROWTYPE;
BEGIN
    SELECT * INTO v FROM public.qa_scorecard_versions x WHERE x.id = p_version FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'scorecard version #% does not exist', p_version
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v.state <> 'draft' THEN
        RAISE EXCEPTION 'scorecard version #% is published, and a published version never changes', p_version
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_revision IS NULL OR public.sb_qa_scorecard_revision(v.id) <> p_revision THEN
        RAISE EXCEPTION 'draft version % was changed by someone else since it was read', v.version
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RETURN v;
END;
$$;

-- Checks `p_items` (a JSON array of items: key, title, title_zh, weight, scale, na_allowed,
-- critical, comment_required_below_pass, root_causes, root_causes_zh) as Scorecards::validate
-- does, and stores them as the items of draft `p_version`.
CREATE FUNCTION sb_qa_scorecard_put_items(p_version BIGINT, p_items TEXT)
RETURNS INTEGER LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    arr JSONB;
    e JSONB;
    pos INTEGER := 0;
    k TEXT;
    w DOUBLE PRECISION;
    tags JSONB;
    tags_zh JSONB;
    seen TEXT[] := '{}';
BEGIN
    BEGIN
        arr := p_items::JSONB;
    EXCEPTION WHEN others THEN
        RAISE EXCEPTION 'the scorecard''s items are not valid JSON' USING ERRCODE = 'invalid_parameter_value';
    END;
    IF arr IS NULL OR jsonb_typeof(arr) <> 'array' OR jsonb_array_length(arr) = 0
       OR jsonb_array_length(arr) > 100 THEN
        RAISE EXCEPTION 'a scorecard has 1 to 100 items' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    DELETE FROM public.qa_scorecard_items WHERE version_id = p_version;
    FOR e IN SELECT x FROM jsonb_array_elements(arr) WITH ORDINALITY AS a(x, n) ORDER BY n LOOP
        pos := pos + 1;
        IF jsonb_typeof(e) <> 'object' OR jsonb_typeof(e -> 'key') IS DISTINCT FROM 'string' THEN
            RAISE EXCEPTION 'item #% is not an object with a "key"', pos - 1
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        k := e ->> 'key';
        IF k !~ '^[a-z][a-z0-9_]*$' OR length(k) > 64 THEN
            RAISE EXCEPTION 'item #%: the key must be 1 to 64 characters of a-z, 0-9 and _, starting with a letter', pos - 1
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF k = ANY (seen) THEN
            RAISE EXCEPTION 'item "%": another item has the same key', k USING ERRCODE = 'invalid_parameter_value';
        END IF;
        seen := seen || k;
        IF jsonb_typeof(e -> 'title') IS DISTINCT FROM 'string' OR btrim(e ->> 'title') = ''
           OR length(e ->> 'title') > 200 THEN
            RAISE EXCEPTION 'item "%": the title must be 1 to 200 characters', k
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF e -> 'title_zh' IS NOT NULL AND (jsonb_typeof(e -> 'title_zh') <> 'string'
                                            OR length(e ->> 'title_zh') > 200) THEN
            RAISE EXCEPTION 'item "%": the Chinese title has at most 200 characters', k
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF jsonb_typeof(e -> 'weight') IS DISTINCT FROM 'number' THEN
            RAISE EXCEPTION 'item "%": the weight must be a number', k USING ERRCODE = 'invalid_parameter_value';
        END IF;
        w := (e ->> 'weight')::DOUBLE PRECISION;
        IF NOT (w > 0 AND w <= 1000) THEN
            RAISE EXCEPTION 'item "%": the weight must be more than 0 and at most 1000', k
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF COALESCE(e ->> 'scale', '') NOT IN ('pass_fail', '0_2', '1_5') THEN
            RAISE EXCEPTION 'item "%": the scale must be pass_fail, 0_2 or 1_5', k
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF EXISTS (SELECT 1 FROM unnest(ARRAY['na_allowed', 'critical', 'comment_required_below_pass']) f
                   WHERE e -> f IS NOT NULL AND jsonb_typeof(e -> f) <> 'boolean') THEN
            RAISE EXCEPTION 'item "%": na_allowed, critical and comment_required_below_pass are true or false', k
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        tags := COALESCE(e -> 'root_causes', '[]'::JSONB);
        IF jsonb_typeof(tags) <> 'array' OR jsonb_array_length(tags) > 30
           OR EXISTS (SELECT 1 FROM jsonb_array_elements(tags) t
                      WHERE jsonb_typeof(t) <> 'string' OR btrim(t #>> '{}') = ''
                         OR length(t #>> '{}') > 100)
           OR (SELECT COUNT(DISTINCT t) FROM jsonb_array_elements(tags) t) <> jsonb_array_length(tags) THEN
            RAISE EXCEPTION 'item "%": at most 30 different root causes of 1 to 100 characters', k
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        tags_zh := COALESCE(e -> 'root_causes_zh', '[]'::JSONB);
        IF jsonb_typeof(tags_zh) <> 'array' OR jsonb_array_length(tags_zh) > jsonb_array_length(tags)
           OR EXISTS (SELECT 1 FROM jsonb_array_elements(tags_zh) t
                      WHERE jsonb_typeof(t) <> 'string' OR length(t #>> '{}') > 100) THEN
            RAISE EXCEPTION 'item "%": at most one Chinese root cause of at most 100 characters for each root cause', k
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        INSERT INTO public.qa_scorecard_items(version_id, position, key, label, label_zh, weight,
                                              scale, allow_na, critical, comment_below_pass,
                                              root_causes, root_causes_zh)
        VALUES (p_version, pos, k, e ->> 'title', COALESCE(e ->> 'title_zh', ''), w, e ->> 'scale',
                CASE WHEN COALESCE((e ->> 'na_allowed')::BOOLEAN, false) THEN 1 ELSE 0 END,
                CASE WHEN COALESCE((e ->> 'critical')::BOOLEAN, false) THEN 1 ELSE 0 END,
                CASE WHEN COALESCE((e ->> 'comment_required_below_pass')::BOOLEAN, false) THEN 1 ELSE 0 END,
                tags::TEXT, tags_zh::TEXT);
    END LOOP;
    RETURN pos;
END;
$$;

-- Saves a draft. With `p_version` NULL: a new draft of scorecard `p_scorecard`, the next
-- version number (refused while the scorecard has a draft); else replaces the note and items of
-- draft `p_version`, read at `p_revision`. Audited (qa.scorecard.save_draft). Returns the
-- draft's id.
CREATE FUNCTION sb_qa_scorecard_save_draft(p_scorecard BIGINT, p_version BIGINT,
                                           p_revision BIGINT, p_note TEXT, p_items TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_qa_scorecard_editor();
    v public.qa_scorecard_versions%ROWTYPE;
    s public.qa_scorecards%ROWTYPE;
    n INTEGER;
    created BOOLEAN := p_version IS NULL;
BEGIN
    IF length(COALESCE(p_note, '')) > 2000 THEN
        RAISE EXCEPTION 'a version''s note has at most 2000 characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF created THEN
        SELECT * INTO s FROM public.qa_scorecards x WHERE x.id = p_scorecard FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'scorecard #% does not exist', p_scorecard USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF s.archived <> 0 THEN
            RAISE EXCEPTION 'scorecard "%" is archived', s.name USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF EXISTS (SELECT 1 FROM public.qa_scorecard_versions x
                   WHERE x.scorecard_id = s.id AND x.state = 'draft') THEN
            RAISE EXCEPTION 'scorecard "%" has a draft already', s.name USING ERRCODE = 'invalid_parameter_value';
        END IF;
        INSERT INTO public.qa_scorecard_versions(scorecard_id, version, state, note, created_at,
                                                 created_by)
        SELECT s.id, COALESCE(MAX(x.version), 0) + 1, 'draft', COALESCE(p_note, ''),
               public.sb_now_ms(), session_user
        FROM public.qa_scorecard_versions x WHERE x.scorecard_id = s.id
        RETURNING * INTO v;
    ELSE
        v := public.sb_qa_scorecard_draft(p_version, p_revision);
        -- Also announces the change (the versions' change trigger).
        UPDATE public.qa_scorecard_versions SET note = COALESCE(p_note, '') WHERE id = v.id;
    END IF;
    n := public.sb_qa_scorecard_put_items(v.id, p_items);
    PERFORM public.sb_audit('qa.scorecard.save_draft', 'qa_scorecard_version', v.id,
        jsonb_build_object('scorecard', v.scorecard_id, 'version', v.version, 'items', n,
                           'created', created));
    RETURN v.id;
END;
$$;

-- Publishes draft `p_version`, read at `p_revision`: stamped with the login and the server's
-- time; new reviews pin it from now on. Audited (qa.scorecard.publish).
CREATE FUNCTION sb_qa_scorecard_publish(p_version BIGINT, p_revision BIGINT)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_qa_scorecard_editor();
    v public.qa_scorecard_versions%ROWTYPE := public.sb_qa_scorecard_draft(p_version, p_revision);
    prev BIGINT := public.sb_qa_scorecard_in_force();
    n INTEGER;
BEGIN
    SELECT COUNT(*) INTO n FROM public.qa_scorecard_items i WHERE i.version_id = v.id;
    IF n = 0 THEN
        RAISE EXCEPTION 'a scorecard needs at least one item' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE public.qa_scorecard_versions SET state = 'published', published_at = public.sb_now_ms(),
        published_by = session_user
    WHERE id = v.id;
    PERFORM public.sb_audit('qa.scorecard.publish', 'qa_scorecard_version', v.id,
        jsonb_build_object('scorecard', v.scorecard_id, 'version', v.version, 'items', n,
                           'replaces', prev));
END;
$$;

-- Discards draft `p_version`, read at `p_revision`. Audited (qa.scorecard.discard).
CREATE FUNCTION sb_qa_scorecard_discard(p_version BIGINT, p_revision BIGINT)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me BIGINT := public.sb_qa_scorecard_editor();
    v public.qa_scorecard_versions%ROWTYPE := public.sb_qa_scorecard_draft(p_version, p_revision);
BEGIN
    DELETE FROM public.qa_scorecard_items WHERE version_id = v.id;
    DELETE FROM public.qa_scorecard_versions WHERE id = v.id;
    -- The scorecard's change trigger announces it (a deleted version has none).
    UPDATE public.qa_scorecards SET archived = archived WHERE id = v.scorecard_id;
    PERFORM public.sb_audit('qa.scorecard.discard', 'qa_scorecard_version', v.id,
        jsonb_build_object('scorecard', v.scorecard_id, 'version', v.version));
END;
$$;

-- A published version and its items never change, whoever writes (the owner too).
CREATE FUNCTION sb_qa_guard_published_scorecard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
BEGIN
    IF OLD.state = 'published' THEN
        RAISE EXCEPTION 'a published scorecard version never changes (version #%)', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER qa_scorecard_versions_published_guard BEFORE UPDATE OR DELETE
    ON qa_scorecard_versions FOR EACH ROW EXECUTE FUNCTION sb_qa_guard_published_scorecard();

CREATE FUNCTION sb_qa_guard_published_items() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM public.qa_scorecard_versions v
               WHERE v.id IN (CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.version_id END,
                              CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.version_id END)
                 AND v.state = 'published') THEN
        RAISE EXCEPTION 'a published scorecard version never changes, nor its items'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER qa_scorecard_items_published_guard BEFORE INSERT OR UPDATE OR DELETE
    ON qa_scorecard_items FOR EACH ROW EXECUTE FUNCTION sb_qa_guard_published_items();

REVOKE ALL ON FUNCTION sb_qa_scorecard_revision(BIGINT), sb_qa_scorecard_editor(),
    sb_qa_scorecard_draft(BIGINT, BIGINT), sb_qa_scorecard_put_items(BIGINT, TEXT),
    sb_qa_scorecard_save_draft(BIGINT, BIGINT, BIGINT, TEXT, TEXT),
    sb_qa_scorecard_publish(BIGINT, BIGINT), sb_qa_scorecard_discard(BIGINT, BIGINT),
    sb_qa_guard_published_scorecard(), sb_qa_guard_published_items() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_qa_scorecard_save_draft(BIGINT, BIGINT, BIGINT, TEXT, TEXT),
    sb_qa_scorecard_publish(BIGINT, BIGINT), sb_qa_scorecard_discard(BIGINT, BIGINT) TO sb_staff;

-- Audit rows: editing scorecards needs qa.scorecards.
INSERT INTO sb_audit_action_rules (action, prefix, permissions) VALUES
    ('qa.scorecard.save_draft', false, ARRAY['qa.scorecards']),
    ('qa.scorecard.publish', false, ARRAY['qa.scorecards']),
    ('qa.scorecard.discard', false, ARRAY['qa.scorecards'])
    ON CONFLICT (action) DO NOTHING;
