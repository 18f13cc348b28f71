-- Signalboard schema 52 (PostgreSQL): an archive batch deleted and digested in one call.
-- A batch used to take four passes over its rows on the server: read them for the copy, lock
-- the tickets and check the rule (sb_archive_lock_candidates), digest each table
-- (sb_archive_digest), then lock, check and find them once more to delete them
-- (sb_archive_delete). sb_archive_delete_checked locks and checks once, deletes the rows of the
-- tickets that still leave, children first, and digests each table's rows as they are deleted,
-- with the bytes and order of sb_archive_digest over the columns asked. The client compares
-- every digest with its archive's copy of those tickets and commits only when all match: what
-- is deleted is exactly what was checked, in the same statement.
--
-- Deleting tickets fires one foreign-key trigger per row for each of the eleven tables that
-- refer to tickets (151 of the 178 ms a batch of 2,000 took). When the function's owner may set
-- session_replication_role (a superuser, or granted SET ON PARAMETER by one), in a READ
-- COMMITTED transaction, the tickets row delete runs without those per-row triggers after one
-- check per referring table, over the whole batch, that no row refers to them (every foreign
-- key that names tickets, read from pg_constraint, so that one added later is checked too). The
-- tickets are locked FOR UPDATE since the start: a writer that would add a reference waits for
-- this transaction and then finds no ticket; one that added it before is committed and seen.
-- When a row does refer to one, or the owner may not, the delete runs with the triggers, as
-- before. The change feed's trigger on the delete fires in both cases (ENABLE ALWAYS).
-- A batch whose binary columns are too large to digest at once (sb_archive_digest's limit) is
-- locked and checked but not deleted: one row with no table and the ids says so, and the client
-- checks that batch the slower way.
--
-- The copy reads a batch's rows of a table as one JSON text: sb_archive_rows_json builds it in
-- one statement over the table (one array of texts per row), where sb_archive_rows gave a JSONB
-- value per row that the caller then aggregated; the same text values, a third less of the
-- server's time.

-- The rows of one table as sb_archive_rows gives them (the tickets p_ids of a moved table, every
-- row of a context table), all in one JSON array in the table's key order, and their number;
-- NULL and 0 when there are none.
CREATE FUNCTION sb_archive_rows_json(p_table TEXT, p_ids BIGINT[], OUT row_count BIGINT,
    OUT rows_json TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public SET jit = off SET extra_float_digits = 1 AS $$
DECLARE
    spec RECORD;
    list TEXT;
    agg TEXT;
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    SELECT * INTO spec FROM public.sb_archive_table(p_table);
    SELECT string_agg(CASE WHEN c.type = 'bytea' THEN format('encode(%I, ''hex'')', c.name)
                           ELSE format('%I::TEXT', c.name) END, ', ' ORDER BY c.pos)
      INTO list FROM public.sb_archive_table_columns(p_table) c;
    agg := format('SELECT count(*), json_agg(array_to_json(ARRAY[%s]::TEXT[]) ORDER BY %s)::TEXT '
                  'FROM public.%I', list, spec.order_by, p_table);
    IF spec.ticket_column = '' THEN
        IF p_ids IS NOT NULL THEN
            RAISE EXCEPTION 'ids: % is read whole', p_table USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE agg INTO row_count, rows_json;
    ELSE
        IF p_ids IS NULL THEN
            RAISE EXCEPTION 'ids: the tickets whose % rows to read', p_table
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE agg || format(' WHERE %I = ANY ($1)', spec.ticket_column)
            INTO row_count, rows_json USING p_ids;
    END IF;
END;
$$;

-- The bytes one row of `p_table` adds to its digest, as an expression over its columns
-- `p_columns` (each checked: readable and not floating-point), as sb_archive_digest (schema 49)
-- describes them.
CREATE FUNCTION sb_archive_digest_bytes(p_table TEXT, p_columns TEXT[]) RETURNS TEXT
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
DECLARE
    bad TEXT;
    encoded TEXT;
BEGIN
    SELECT w.name INTO bad FROM unnest(p_columns) AS w(name)
     WHERE NOT EXISTS (SELECT 1 FROM public.sb_archive_table_columns(p_table) c
                       WHERE c.name = w.name)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'columns: % has no readable column "%"', p_table, left(COALESCE(bad, ''), 60)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT c.name INTO bad FROM public.sb_archive_table_columns(p_table) c
     WHERE c.name = ANY (p_columns) AND c.type IN ('float4', 'float8', 'numeric')
     ORDER BY c.pos LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'columns: %.% holds floating-point numbers, which the server does not digest', p_table, bad
            USING ERRCODE = 'feature_not_supported';
    END IF;
    SELECT string_agg(format('decode(%L, ''hex'') || CASE WHEN %I IS NULL THEN decode(''4e'', ''hex'') ELSE %s END',
               encode(convert_to('T' || octet_length(convert_to(w.name, 'UTF8')) || ':' || w.name,
                                 'UTF8'), 'hex'),
               w.name,
               CASE
                   WHEN c.type IN ('int2', 'int4', 'int8', 'oid') THEN
                       format('convert_to(''I'' || %I::TEXT || '';'', ''UTF8'')', w.name)
                   WHEN c.type = 'bool' THEN
                       format('CASE WHEN %I THEN decode(''49313b'', ''hex'') ELSE decode(''49303b'', ''hex'') END',
                              w.name)
                   WHEN c.type = 'bytea' THEN
                       format('convert_to(''B'' || octet_length(%1$I) || '':'', ''UTF8'') || %1$I', w.name)
                   ELSE
                       format('convert_to(''T'' || octet_length(convert_to(%1$I::TEXT, ''UTF8'')) || '':'' '
                              '|| %1$I::TEXT, ''UTF8'')', w.name)
               END), ' || ' ORDER BY w.n)
      INTO encoded
      FROM unnest(p_columns) WITH ORDINALITY AS w(name, n)
      JOIN public.sb_archive_table_columns(p_table) c ON c.name = w.name;
    RETURN encoded;
END;
$$;

-- The total size of the binary columns among `p_columns` of the rows of `p_table` belonging to
-- the tickets `p_ids` (0 when it has none).
CREATE FUNCTION sb_archive_binary_bytes(p_table TEXT, p_columns TEXT[], p_ids BIGINT[])
RETURNS BIGINT LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
DECLARE
    spec RECORD;
    sized TEXT;
    total BIGINT := 0;
BEGIN
    SELECT * INTO spec FROM public.sb_archive_table(p_table);
    SELECT string_agg(format('COALESCE(octet_length(%I), 0)', c.name), ' + ') INTO sized
      FROM public.sb_archive_table_columns(p_table) c
     WHERE c.name = ANY (p_columns) AND c.type = 'bytea';
    IF sized IS NOT NULL THEN
        EXECUTE format('SELECT COALESCE(sum(%s), 0) FROM public.%I WHERE %I = ANY ($1)', sized,
                       p_table, spec.ticket_column)
            INTO total USING p_ids;
    END IF;
    RETURN total;
END;
$$;

-- The same function as in schema 49, its bytes now from sb_archive_digest_bytes.
CREATE OR REPLACE FUNCTION sb_archive_digest(p_table TEXT, p_ids BIGINT[], p_columns TEXT[],
    p_max_bytes BIGINT DEFAULT NULL, OUT rows BIGINT, OUT sha256 TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public SET jit = off AS $$
DECLARE
    spec RECORD;
    wanted TEXT[] := p_columns;
    encoded TEXT;
    sized TEXT;
    from_clause TEXT;
    total BIGINT;
    max_bytes CONSTANT BIGINT := LEAST(COALESCE(p_max_bytes, 268435456), 268435456);
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    SELECT * INTO spec FROM public.sb_archive_table(p_table);
    IF wanted IS NULL OR cardinality(wanted) = 0 THEN
        SELECT array_agg(c.name ORDER BY c.pos) INTO wanted
          FROM public.sb_archive_table_columns(p_table) c;
    END IF;
    encoded := public.sb_archive_digest_bytes(p_table, wanted);

    IF spec.ticket_column = '' THEN
        IF p_ids IS NOT NULL THEN
            RAISE EXCEPTION 'ids: % is read whole', p_table USING ERRCODE = 'invalid_parameter_value';
        END IF;
        from_clause := format('FROM public.%I', p_table);
    ELSE
        IF p_ids IS NULL THEN
            RAISE EXCEPTION 'ids: the tickets whose % rows to digest', p_table
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        from_clause := format('FROM public.%I WHERE %I = ANY ($1)', p_table, spec.ticket_column);
    END IF;

    -- Binary columns can be large: their size first (octet_length reads no value).
    SELECT string_agg(format('COALESCE(octet_length(%I), 0)', c.name), ' + ') INTO sized
      FROM public.sb_archive_table_columns(p_table) c
     WHERE c.name = ANY (wanted) AND c.type = 'bytea';
    IF sized IS NOT NULL THEN
        EXECUTE format('SELECT count(*), COALESCE(sum(%s), 0) %s', sized, from_clause)
            INTO rows, total USING p_ids;
        IF total > max_bytes THEN
            sha256 := NULL;
            RETURN;
        END IF;
    END IF;

    EXECUTE format('SELECT count(*), encode(sha256(COALESCE(string_agg(decode(''57'', ''hex'') || %s, '
                   '''''::bytea ORDER BY %s), ''''::bytea)), ''hex'') %s',
                   encoded, spec.order_by, from_clause)
        INTO rows, sha256 USING p_ids;
END;
$$;

-- Whether the tickets `p_ids` may be deleted without the per-row foreign-key triggers: the
-- owner may set session_replication_role, the transaction is READ COMMITTED, no trigger of
-- tickets that fires on delete would be skipped but those of the foreign keys, and no row of
-- any table refers to one of them (rows of tickets among p_ids aside: they leave together).
-- The moved tables `p_emptied` are not read again through their ticket column: the caller
-- deleted their rows of these tickets in this transaction, after locking the tickets, and a
-- row that refers to a ticket can only be added by a writer holding a lock on it.
CREATE FUNCTION sb_archive_unreferenced(p_ids BIGINT[], p_emptied TEXT[]) RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
DECLARE
    fk RECORD;
    col TEXT;
    referred BOOLEAN;
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed'
       OR NOT has_parameter_privilege('session_replication_role', 'SET') THEN
        RETURN false;
    END IF;
    PERFORM 1 FROM pg_trigger g
     WHERE g.tgrelid = 'public.tickets'::regclass AND NOT g.tgisinternal
       AND g.tgenabled IN ('O', 'R') AND (g.tgtype & 8) <> 0;
    IF FOUND THEN
        RETURN false;
    END IF;
    FOR fk IN SELECT c.conrelid, c.conkey FROM pg_constraint c
               WHERE c.contype = 'f' AND c.confrelid = 'public.tickets'::regclass
    LOOP
        IF cardinality(fk.conkey) <> 1 THEN
            RETURN false;
        END IF;
        SELECT a.attname INTO col FROM pg_attribute a
         WHERE a.attrelid = fk.conrelid AND a.attnum = fk.conkey[1];
        IF fk.conrelid::regclass::TEXT = ANY (p_emptied)
           AND col = (SELECT s.ticket_column FROM public.sb_archive_table(fk.conrelid::regclass::TEXT) s) THEN
            CONTINUE;
        END IF;
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE %I = ANY ($1)%s)',
                       fk.conrelid::regclass, col,
                       CASE WHEN fk.conrelid = 'public.tickets'::regclass
                            THEN ' AND NOT (id = ANY ($1))' ELSE '' END)
            INTO referred USING p_ids;
        IF referred THEN
            RETURN false;
        END IF;
    END LOOP;
    RETURN true;
END;
$$;

-- Locks a batch, checks the rule again, and deletes the rows of the tickets that still leave,
-- children first: one row per moved table (moved_table, its rows deleted, their SHA-256 over
-- the columns p_columns names for it, a JSON object of arrays of names), the tickets row last
-- with the ids deleted. No row when none leaves; one row with no table and the ids when the
-- binary values of the batch are over p_max_bytes (at most 256 MiB), nothing deleted.
CREATE FUNCTION sb_archive_delete_checked(p_ordinary_before BIGINT, p_important_before BIGINT,
    p_ids BIGINT[], p_columns JSONB, p_max_bytes BIGINT DEFAULT NULL)
RETURNS TABLE (moved_table TEXT, moved_rows BIGINT, moved_sha256 TEXT, moved_ids BIGINT[])
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, public SET jit = off AS $$
DECLARE
    -- Children first (the order of sb_archive_delete).
    tables CONSTANT TEXT[] := ARRAY['kb_usage', 'ticket_kb_links', 'deadline_urges',
                                    'attachments', 'ticket_events', 'tickets'];
    max_bytes CONSTANT BIGINT := LEAST(COALESCE(p_max_bytes, 268435456), 268435456);
    still BIGINT[];
    t TEXT;
    wanted TEXT[];
    spec RECORD;
    total BIGINT := 0;
    fast BOOLEAN := false;
    previous TEXT;
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    PERFORM public.sb_archive_require_run('archive');
    IF p_columns IS NULL OR jsonb_typeof(p_columns) <> 'object' THEN
        RAISE EXCEPTION 'columns: an object naming the columns of each moved table'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOREACH t IN ARRAY tables LOOP
        IF jsonb_typeof(p_columns -> t) IS DISTINCT FROM 'array'
           OR jsonb_array_length(p_columns -> t) = 0 THEN
            RAISE EXCEPTION 'columns: none named for %', t USING ERRCODE = 'invalid_parameter_value';
        END IF;
    END LOOP;
    still := public.sb_archive_lock_ids(p_ordinary_before, p_important_before, COALESCE(p_ids, '{}'));
    IF cardinality(still) = 0 THEN
        RETURN;
    END IF;
    FOREACH t IN ARRAY tables LOOP
        total := total + public.sb_archive_binary_bytes(t,
            ARRAY(SELECT jsonb_array_elements_text(p_columns -> t)), still);
    END LOOP;
    IF total > max_bytes THEN
        RETURN QUERY SELECT NULL::TEXT, 0::BIGINT, NULL::TEXT, still;
        RETURN;
    END IF;
    FOREACH t IN ARRAY tables LOOP
        wanted := ARRAY(SELECT jsonb_array_elements_text(p_columns -> t));
        SELECT * INTO spec FROM public.sb_archive_table(t);
        IF t = 'tickets' THEN
            fast := public.sb_archive_unreferenced(still, tables[1:cardinality(tables) - 1]);
            IF fast THEN
                previous := current_setting('session_replication_role');
                PERFORM set_config('session_replication_role', 'replica', true);
            END IF;
        END IF;
        moved_table := t;
        EXECUTE format('WITH d AS (DELETE FROM public.%I WHERE %I = ANY ($1) RETURNING *) '
                       'SELECT count(*), encode(sha256(COALESCE(string_agg(decode(''57'', ''hex'') || %s, '
                       '''''::bytea ORDER BY %s), ''''::bytea)), ''hex'') FROM d',
                       t, spec.ticket_column, public.sb_archive_digest_bytes(t, wanted),
                       spec.order_by)
            INTO moved_rows, moved_sha256 USING still;
        IF fast THEN
            PERFORM set_config('session_replication_role', previous, true);
        END IF;
        moved_ids := CASE WHEN t = 'tickets' THEN still END;
        RETURN NEXT;
    END LOOP;
END;
$$;

ALTER TABLE tickets ENABLE ALWAYS TRIGGER tickets_cd;

REVOKE ALL ON FUNCTION sb_archive_rows_json(TEXT, BIGINT[]), sb_archive_digest_bytes(TEXT, TEXT[]),
    sb_archive_binary_bytes(TEXT, TEXT[], BIGINT[]), sb_archive_unreferenced(BIGINT[], TEXT[]),
    sb_archive_delete_checked(BIGINT, BIGINT, BIGINT[], JSONB, BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_archive_rows_json(TEXT, BIGINT[]),
    sb_archive_delete_checked(BIGINT, BIGINT, BIGINT[], JSONB, BIGINT) TO sb_staff;
