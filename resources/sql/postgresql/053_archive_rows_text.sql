-- The copy of an archive batch reads each table's rows as a plain result: one row per row,
-- one text column per readable column, in sb_archive_columns' order and the table's key order.
-- The values are the texts sb_archive_rows_json (schema 52) puts in its JSON (every value as
-- PostgreSQL writes it, floats exactly, bytea as hex, NULL as NULL), without the JSON: the
-- server no longer builds one large text per batch and table, and the workstation binds each
-- value as the server sent it instead of parsing that text again.
--
-- The caller names the result's columns, each TEXT (`AS r(c1 TEXT, c2 TEXT, …)`, as many as
-- sb_archive_columns gives): a list of another length or type is refused by the server.

CREATE FUNCTION sb_archive_rows_text(p_table TEXT, p_ids BIGINT[])
RETURNS SETOF RECORD LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public SET jit = off SET extra_float_digits = 1 AS $$
DECLARE
    spec RECORD;
    list TEXT;
    query TEXT;
BEGIN
    PERFORM public.sb_require_permission('admin.archive');
    SELECT * INTO spec FROM public.sb_archive_table(p_table);
    SELECT string_agg(CASE WHEN c.type = 'bytea' THEN format('encode(%I, ''hex'')', c.name)
                           ELSE format('%I::TEXT', c.name) END, ', ' ORDER BY c.pos)
      INTO list FROM public.sb_archive_table_columns(p_table) c;
    query := format('SELECT %s FROM public.%I', list, p_table);
    IF spec.ticket_column = '' THEN
        IF p_ids IS NOT NULL THEN
            RAISE EXCEPTION 'ids: % is read whole', p_table USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RETURN QUERY EXECUTE query || format(' ORDER BY %s', spec.order_by);
    ELSE
        IF p_ids IS NULL THEN
            RAISE EXCEPTION 'ids: the tickets whose % rows to read', p_table
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RETURN QUERY EXECUTE query || format(' WHERE %I = ANY ($1) ORDER BY %s',
            spec.ticket_column, spec.order_by) USING p_ids;
    END IF;
END;
$$;

REVOKE ALL ON FUNCTION sb_archive_rows_text(TEXT, BIGINT[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sb_archive_rows_text(TEXT, BIGINT[]) TO sb_staff;
