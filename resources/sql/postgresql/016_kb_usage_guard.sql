-- Knowledge-base usage (migration 006) feeds the reports' "most used articles": a login counts
-- a use only in its own name, and only on a ticket it may see (the tickets policies of
-- migration 005 apply inside EXISTS) or on none. Every staff member may read the counts.
ALTER TABLE kb_usage ENABLE ROW LEVEL SECURITY;
CREATE POLICY kb_usage_read ON kb_usage FOR SELECT TO sb_staff USING (true);
CREATE POLICY kb_usage_insert ON kb_usage FOR INSERT TO sb_staff
    WITH CHECK (staff_id IS NOT DISTINCT FROM (SELECT sb_current_staff_id())
                AND (ticket_id IS NULL OR EXISTS (SELECT 1 FROM tickets t WHERE t.id = ticket_id)));
