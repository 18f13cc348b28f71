-- Signalboard schema 34 (SQLite): the settings periodic reports read; the statements are
-- shared (resources/sql/shared/034_report_settings.sql).

-- @shared settings
