-- Signalboard schema 49 (PostgreSQL): the live side of an archive check digested by the server.
-- Before each batch leaves, an archive run compares the digest of its rows in the live database
-- with the digest of their copies in the archive (ArchiveTables::digest). The live side used to
-- be read row by row through sb_archive_rows and hashed by the client; sb_archive_digest gives
-- the same row count and SHA-256 (hex) computed where the rows are, over exactly the bytes the
-- client hashes (ArchiveTables::encodeValue of the values PgArchive::fromText makes):
--   each row     'W', then for each column its name and its value;
--   a name       'T' <octets> ':' <UTF-8>;
--   NULL         'N';
--   int2/int4/int8/oid   'I' <decimal> ';';
--   bool         'I1;' or 'I0;';
--   bytea        'B' <octets> ':' <the bytes>;
--   anything else, as text   'T' <octets> ':' <UTF-8>;
-- the rows in the table's key order (sb_archive_table), the columns in the order asked. A
-- floating-point column is refused: the client writes a double with 17 significant digits, which
-- PostgreSQL's text does not reproduce (no table an archive reads has one).
-- Like sb_archive_rows it runs as the owner after checking admin.archive: the holder's login
-- digests columns and rows it could not read itself, and learns nothing else.
-- The rows are hashed as one value (sha256 over string_agg), which PostgreSQL keeps under 1 GB:
-- when the binary columns of the rows hold more than 256 MiB (or p_max_bytes, if smaller), the
-- function gives the row count and no digest (sha256 NULL), without an error that would end the
-- caller's transaction, and the client digests those rows itself.

CREATE FUNCTION sb_archive_digest(p_table TEXT, p_ids BIGINT[], p_columns TEXT[],
    p_max_bytes BIGINT DEFAULT NULL, OUT rows BIGINT, OUT sha256 TEXT)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public SET jit = off AS $$
DECLARE
    spec RECORD;
    wanted TEXT[] := p_columns;
    bad TEXT;
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
    SELECT w.name INTO bad FROM unnest(wanted) AS w(name)
     WHERE NOT EXISTS (SELECT 1 FROM public.sb_archive_table_columns(p_table) c
                       WHERE c.name = w.name)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'columns: % has no readable column "%"', p_table, left(COALESCE(bad, ''), 60)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT c.name INTO bad FROM public.sb_archive_table_columns(p_table) c
     WHERE c.name = ANY (wanted) AND c.type IN ('float4', 'float8', 'numeric')
     ORDER BY c.pos LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'columns: %.% holds floating-point numbers, which the server does not digest', p_table, bad
            USING ERRCODE = 'feature_not_supported';
    END IF;

    -- Each column's bytes as an expression (the name a constant), in the order asked.
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
      FROM unnest(wanted) WITH ORDINALITY AS w(name, n)
      JOIN public.sb_archive_table_columns(p_table) c ON c.name = w.name;

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

REVOKE ALL ON FUNCTION sb_archive_digest(TEXT, BIGINT[], TEXT[], BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_archive_digest(TEXT, BIGINT[], TEXT[], BIGINT) TO sb_staff;
