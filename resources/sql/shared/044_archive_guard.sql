-- Signalboard schema 44, the statements SQLite and PostgreSQL share: the permission to archive
-- closed tickets past retention and to restore them from an archive file. Nobody holds it until
-- an administrator grants it (holders of "admin" hold it); the super role holds every
-- permission.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section permissions
INSERT INTO permissions(key, parent_key, description) VALUES
    ('admin.archive', 'admin',
     'Archive closed tickets past retention into an archive file and restore them (audited)')
    ON CONFLICT (key) DO NOTHING;
