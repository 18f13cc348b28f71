-- Signalboard schema 43, the statements SQLite and PostgreSQL share: the permission to erase a
-- customer's personal data (an erasure request). Nobody holds it until an administrator grants
-- it; the super role holds every permission.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section permissions
INSERT INTO permissions(key, parent_key, description) VALUES
    ('personal_data.erase', 'personal_data',
     'Erase a customer''s personal data from their tickets (audited)')
    ON CONFLICT (key) DO NOTHING;
