-- Signalboard schema 3, the statements SQLite and PostgreSQL share: ticket workflow defaults —
-- business calendar, deadline rules, the data-driven lifecycle.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section ticket_events_action_index
CREATE INDEX ticket_events_action ON ticket_events(ticket_id, action);

-- @section deadline_defaults
-- Business calendar: weekly pattern and time zone (see src/core/workflow/businesscalendar.h).
-- Default Monday to Friday 09:00-18:00, no lunch break, Asia/Shanghai.
INSERT INTO settings(key, version, value, changed_by, changed_at) VALUES
    ('workflow.calendar', 1, '{"timeZone":"Asia/Shanghai","week":{"mon":["09:00-18:00"],"tue":["09:00-18:00"],"wed":["09:00-18:00"],"thu":["09:00-18:00"],"fri":["09:00-18:00"],"sat":[],"sun":[]},"makeUpDayHours":["09:00-18:00"]}', 'migration 003', 0),
    ('workflow.max_support_tier', 1, '3', 'migration 003', 0);

-- docs/spec/DOMAIN.md section 2 defaults. The most specific matching rule per milestone wins: most
-- non-wildcard fields first, then channel > category > tier > ticket kind.
-- warn_lead is in seconds of the rule's own clock (working seconds for working rules).
INSERT INTO deadline_rules(ticket_kind, channel, category, tier, milestone, duration, unit, clock,
                           warn_lead, anchor_action, met_by) VALUES
    ('*', 'chat', '*', '*', 'first_response', 30, 'second', 'wall', 10, '', 'respond,reply'),
    ('*', 'email', '*', '*', 'acknowledged', 2, 'hour', 'working', 1800, '', 'respond,review_valid,review_invalid,reply'),
    ('*', 'phone', '*', '*', 'callback', 24, 'hour', 'wall', 7200, '', 'respond,reply'),
    ('complaint', '*', '*', '*', 'investigation_started', 24, 'hour', 'wall', 14400, '', 'accept'),
    ('complaint', '*', '*', '*', 'first_response', 48, 'hour', 'wall', 14400, '', 'respond,reply'),
    ('complaint', '*', '*', '*', 'investigation_done', 3, 'day', 'working', 14400, '', 'conclude,reply'),
    ('complaint', '*', '*', '*', 'final_reply', 7, 'day', 'working', 32400, '', 'reply'),
    ('*', 'chat', '*', '*', 'result_sent', 24, 'hour', 'wall', 7200, 'conclude', 'reply'),
    ('*', 'email', '*', '*', 'result_sent', 24, 'hour', 'wall', 7200, 'conclude', 'reply'),
    ('*', 'phone', '*', '*', 'result_sent', 24, 'hour', 'wall', 7200, 'conclude', 'reply');

-- @section ticket_permissions
-- The ticket permission keys the actions below name. Migration 005 (security) ships the same
-- keys in its permission tree; whichever runs first inserts them, the other does nothing.
INSERT INTO permissions(key, parent_key, description) VALUES ('tickets', NULL, 'Tickets: every ticket action')
    ON CONFLICT (key) DO NOTHING;
INSERT INTO permissions(key, parent_key, description) VALUES
    ('tickets.review', 'tickets', 'Review: mark valid or invalid'),
    ('tickets.dispatch', 'tickets', 'Dispatch to a department, team or tier'),
    ('tickets.accept', 'tickets', 'Accept a dispatched ticket'),
    ('tickets.handle', 'tickets', 'Record handling progress'),
    ('tickets.return', 'tickets', 'Return a ticket with a reason'),
    ('tickets.escalate', 'tickets', 'Escalate to the next tier'),
    ('tickets.urge', 'tickets', 'Urge the handler'),
    ('tickets.reply', 'tickets', 'Reply to the customer'),
    ('tickets.revisit', 'tickets', 'Revisit and record satisfaction'),
    ('tickets.close', 'tickets', 'Close a ticket'),
    ('tickets.appeal', 'tickets', 'Register and verify appeals')
    ON CONFLICT (key) DO NOTHING;

-- @section lifecycle
-- Lifecycle (docs/spec/DOMAIN.md section 2). initial_for: the state a new ticket ('new') or a new
-- appeal ('appeal') starts in. pauses_clock: time in this state does not count against
-- deadlines (waiting for the customer).
INSERT INTO workflow_states(flow, key, name, name_zh, initial_for, is_final, pauses_clock, sort_order) VALUES
    ('complaint', 'registered', 'Registered', '已受理', 'new', 0, 0, 10),
    ('complaint', 'reviewed', 'Reviewed', '已复核', '', 0, 0, 20),
    ('complaint', 'dispatched', 'Dispatched', '已派单', '', 0, 0, 30),
    ('complaint', 'in_progress', 'In progress', '处理中', '', 0, 0, 40),
    ('complaint', 'waiting_customer', 'Waiting for the customer', '等待客户', '', 0, 1, 45),
    ('complaint', 'replied', 'Replied', '已回复', '', 0, 0, 50),
    ('complaint', 'revisited', 'Revisited', '已回访', '', 0, 0, 60),
    ('complaint', 'closed', 'Closed', '已关闭', '', 1, 0, 70),
    ('complaint', 'appeal_registered', 'Appeal registered', '申诉已登记', 'appeal', 0, 0, 80),
    ('complaint', 'appeal_verified', 'Appeal verified', '申诉已核实', '', 0, 0, 90),
    ('suggestion', 'registered', 'Registered', '已受理', 'new', 0, 0, 10),
    ('suggestion', 'in_progress', 'In progress', '处理中', '', 0, 0, 40),
    ('suggestion', 'replied', 'Replied', '已回复', '', 0, 0, 50),
    ('suggestion', 'closed', 'Closed', '已关闭', '', 1, 0, 70);

-- One row per (action, from state); to_state NULL keeps the state. effect names what the
-- action does to the ticket besides its state (see src/core/workflow/workflow.h).
INSERT INTO workflow_actions(flow, key, from_state, to_state, permission, effect, name, name_zh, sort_order) VALUES
    ('complaint', 'review_valid', 'registered', 'reviewed', 'tickets.review', 'valid', 'Valid', '复核有效', 10),
    ('complaint', 'review_invalid', 'registered', 'closed', 'tickets.review', 'invalid', 'Invalid', '复核无效', 11),
    ('complaint', 'dispatch', 'reviewed', 'dispatched', 'tickets.dispatch', 'assign', 'Dispatch', '派单', 20),
    ('complaint', 'dispatch', 'appeal_verified', 'dispatched', 'tickets.dispatch', 'assign', 'Dispatch', '派单', 20),
    ('complaint', 'accept', 'dispatched', 'in_progress', 'tickets.accept', '', 'Start handling', '开始处理', 30),
    ('complaint', 'return', 'dispatched', 'reviewed', 'tickets.return', 'unassign', 'Return', '退单', 31),
    ('complaint', 'return', 'in_progress', 'reviewed', 'tickets.return', 'unassign', 'Return', '退单', 31),
    ('complaint', 'record', 'in_progress', NULL, 'tickets.handle', '', 'Record opinion', '记录处理意见', 32),
    ('complaint', 'conclude', 'in_progress', NULL, 'tickets.handle', '', 'Investigation done', '调查完成', 33),
    ('complaint', 'overdue_reason', 'in_progress', NULL, 'tickets.handle', '', 'Overdue reason', '超时原因', 34),
    ('complaint', 'escalate', 'in_progress', NULL, 'tickets.escalate', 'escalate', 'Escalate', '升级', 35),
    ('complaint', 'wait_customer', 'in_progress', 'waiting_customer', 'tickets.handle', '', 'Wait for the customer', '等待客户', 36),
    ('complaint', 'customer_replied', 'waiting_customer', 'in_progress', 'tickets.handle', '', 'Customer replied', '客户已回应', 37),
    ('complaint', 'urge', 'dispatched', NULL, 'tickets.urge', '', 'Urge', '催办', 38),
    ('complaint', 'urge', 'in_progress', NULL, 'tickets.urge', '', 'Urge', '催办', 38),
    ('complaint', 'urge', 'waiting_customer', NULL, 'tickets.urge', '', 'Urge', '催办', 38),
    ('complaint', 'respond', 'registered', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('complaint', 'respond', 'reviewed', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('complaint', 'respond', 'dispatched', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('complaint', 'respond', 'in_progress', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('complaint', 'respond', 'waiting_customer', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('complaint', 'reply', 'in_progress', 'replied', 'tickets.reply', '', 'Reply', '回复', 40),
    ('complaint', 'revisit', 'replied', 'revisited', 'tickets.revisit', 'satisfaction', 'Revisit', '回访', 50),
    ('complaint', 'close_satisfied', 'revisited', 'closed', 'tickets.close', '', 'Close (satisfied)', '关闭（满意）', 60),
    ('complaint', 'close_unsatisfied', 'revisited', 'closed', 'tickets.close', '', 'Close (unsatisfied)', '关闭（不满意）', 61),
    ('complaint', 'appeal', 'replied', NULL, 'tickets.appeal', 'appeal', 'Appeal', '申诉', 70),
    ('complaint', 'appeal', 'revisited', NULL, 'tickets.appeal', 'appeal', 'Appeal', '申诉', 70),
    ('complaint', 'appeal', 'closed', NULL, 'tickets.appeal', 'appeal', 'Appeal', '申诉', 70),
    ('complaint', 'verify_appeal', 'appeal_registered', 'appeal_verified', 'tickets.appeal', '', 'Verify appeal', '核实申诉', 80),
    ('complaint', 'withdraw_appeal', 'appeal_verified', 'closed', 'tickets.appeal', '', 'Withdraw appeal', '撤销申诉', 81),
    ('suggestion', 'review_invalid', 'registered', 'closed', 'tickets.review', 'invalid', 'Invalid', '复核无效', 11),
    ('suggestion', 'dispatch', 'registered', 'in_progress', 'tickets.dispatch', 'assign', 'Dispatch', '派单', 20),
    ('suggestion', 'return', 'in_progress', 'registered', 'tickets.return', 'unassign', 'Return', '退单', 31),
    ('suggestion', 'respond', 'registered', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('suggestion', 'respond', 'in_progress', NULL, 'tickets.handle', '', 'Respond to the customer', '首次响应', 39),
    ('suggestion', 'reply', 'in_progress', 'replied', 'tickets.reply', '', 'Reply', '回复', 40),
    ('suggestion', 'close', 'replied', 'closed', 'tickets.close', '', 'Close', '关闭', 60);

-- type: text, integer (min_value..max_value), choice (one of choices), staff (staff id),
-- team (team id). required: 1 = must be given and not blank.
INSERT INTO workflow_action_fields(flow, action, field, type, required, choices, min_value, max_value, sort_order) VALUES
    ('complaint', 'review_invalid', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'dispatch', 'dispatch_opinion', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'dispatch', 'department', 'text', 1, '', NULL, NULL, 2),
    ('complaint', 'dispatch', 'team_id', 'team', 0, '', NULL, NULL, 3),
    ('complaint', 'dispatch', 'handler_id', 'staff', 0, '', NULL, NULL, 4),
    ('complaint', 'dispatch', 'support_tier', 'integer', 0, '', 1, 3, 5),
    ('complaint', 'return', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'record', 'opinion', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'conclude', 'findings', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'overdue_reason', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'escalate', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'escalate', 'handler_id', 'staff', 0, '', NULL, NULL, 2),
    ('complaint', 'wait_customer', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'urge', 'note', 'text', 0, '', NULL, NULL, 1),
    ('complaint', 'respond', 'message', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'reply', 'problem_summary', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'reply', 'solution', 'text', 1, '', NULL, NULL, 2),
    ('complaint', 'reply', 'follow_up', 'text', 0, '', NULL, NULL, 3),
    ('complaint', 'reply', 'service_staff', 'text', 1, '', NULL, NULL, 4),
    ('complaint', 'reply', 'service_time', 'text', 0, '', NULL, NULL, 5),
    ('complaint', 'revisit', 'satisfaction', 'choice', 1, 'very_satisfied,satisfied,neutral,unsatisfied,very_unsatisfied', NULL, NULL, 1),
    ('complaint', 'revisit', 'score', 'integer', 1, '', 1, 5, 2),
    ('complaint', 'close_unsatisfied', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'appeal', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'appeal', 'channel', 'choice', 0, 'phone,chat,email,social,letter,walk_in,hotline,media,consumer_association,headquarters,transfer,other', NULL, NULL, 2),
    ('complaint', 'appeal', 'skip_level', 'integer', 0, '', 0, 1, 3),
    ('complaint', 'verify_appeal', 'findings', 'text', 1, '', NULL, NULL, 1),
    ('complaint', 'withdraw_appeal', 'reply', 'text', 1, '', NULL, NULL, 1),
    ('suggestion', 'review_invalid', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('suggestion', 'dispatch', 'dispatch_opinion', 'text', 1, '', NULL, NULL, 1),
    ('suggestion', 'dispatch', 'department', 'text', 1, '', NULL, NULL, 2),
    ('suggestion', 'dispatch', 'team_id', 'team', 0, '', NULL, NULL, 3),
    ('suggestion', 'dispatch', 'handler_id', 'staff', 0, '', NULL, NULL, 4),
    ('suggestion', 'return', 'reason', 'text', 1, '', NULL, NULL, 1),
    ('suggestion', 'respond', 'message', 'text', 1, '', NULL, NULL, 1),
    ('suggestion', 'reply', 'problem_summary', 'text', 1, '', NULL, NULL, 1),
    ('suggestion', 'reply', 'solution', 'text', 1, '', NULL, NULL, 2),
    ('suggestion', 'reply', 'follow_up', 'text', 0, '', NULL, NULL, 3);
