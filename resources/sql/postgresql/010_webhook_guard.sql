-- Webhook targets: whoever holds the permission broadcast.webhook may manage them (the
-- application's rule), and the server checks it, not the group a login belongs to.
GRANT INSERT, UPDATE, DELETE ON webhook_targets TO sb_team_lead, sb_supervisor, sb_manager;
ALTER TABLE webhook_targets ENABLE ROW LEVEL SECURITY;
CREATE POLICY webhook_targets_read ON webhook_targets FOR SELECT USING (true);
CREATE POLICY webhook_targets_insert ON webhook_targets FOR INSERT
    WITH CHECK (sb_has_permission('broadcast.webhook'));
CREATE POLICY webhook_targets_update ON webhook_targets FOR UPDATE
    USING (sb_has_permission('broadcast.webhook')) WITH CHECK (sb_has_permission('broadcast.webhook'));
CREATE POLICY webhook_targets_delete ON webhook_targets FOR DELETE
    USING (sb_has_permission('broadcast.webhook'));
