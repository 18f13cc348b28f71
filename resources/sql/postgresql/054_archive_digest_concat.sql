-- The bytes of a row for the archive digests (sb_archive_digest, sb_archive_delete_checked)
-- built in one piece. The expression of schema 52 joined one bytea per column, each converted
-- to UTF-8 twice, with one bytea concatenation per column: most of the digest's time went to
-- copying the growing value. In a UTF8 database the same bytes are one text, put together by
-- one concat() over the columns and converted once; `octet_length` of a text is then its
-- UTF-8 length. The bytes are unchanged, and so are the digests.
--
-- The expression column by column stays (sb_archive_digest_bytes_each) for what the single
-- text cannot hold or say: binary columns, another server encoding, and more columns than one
-- call takes arguments. It also checks the columns, as before.

ALTER FUNCTION sb_archive_digest_bytes(TEXT, TEXT[]) RENAME TO sb_archive_digest_bytes_each;

CREATE FUNCTION sb_archive_digest_bytes(p_table TEXT, p_columns TEXT[]) RETURNS TEXT
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
DECLARE
    each_column TEXT;
    whole TEXT;
BEGIN
    each_column := public.sb_archive_digest_bytes_each(p_table, p_columns);
    IF current_setting('server_encoding') <> 'UTF8' OR cardinality(p_columns) > 90
       OR EXISTS (SELECT 1 FROM public.sb_archive_table_columns(p_table) c
                  WHERE c.name = ANY (p_columns) AND c.type = 'bytea') THEN
        RETURN each_column;
    END IF;
    SELECT 'convert_to(concat(' || string_agg(format('%L || %s',
               'T' || octet_length(convert_to(w.name, 'UTF8')) || ':' || w.name,
               CASE
                   WHEN c.type IN ('int2', 'int4', 'int8', 'oid') THEN
                       format('CASE WHEN %1$I IS NULL THEN ''N'' ELSE ''I'' || %1$I::TEXT || '';'' END',
                              w.name)
                   WHEN c.type = 'bool' THEN
                       format('CASE WHEN %1$I IS NULL THEN ''N'' WHEN %1$I THEN ''I1;'' ELSE ''I0;'' END',
                              w.name)
                   ELSE
                       format('CASE WHEN %1$I IS NULL THEN ''N'' ELSE ''T'' || octet_length(%1$I::TEXT) '
                              '|| '':'' || %1$I::TEXT END', w.name)
               END), ', ' ORDER BY w.n) || '), ''UTF8'')'
      INTO whole
      FROM unnest(p_columns) WITH ORDINALITY AS w(name, n)
      JOIN public.sb_archive_table_columns(p_table) c ON c.name = w.name;
    RETURN whole;
END;
$$;

REVOKE ALL ON FUNCTION sb_archive_digest_bytes(TEXT, TEXT[]) FROM PUBLIC;
