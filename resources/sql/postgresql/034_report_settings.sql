-- Signalboard schema 34 (PostgreSQL): the settings periodic reports read; the statements are
-- shared (resources/sql/shared/034_report_settings.sql).

-- @shared settings
