#!/usr/bin/env bash
# The server is the guard. A database is set up on the suite's throwaway PostgreSQL server
# exactly as packaging/postgres/README.md says (setup.sh), then staff log in as their own
# roles and send raw SQL with psql, as anyone with a login can. Every attack must be refused
# (or leave nothing the client chose), and what staff may do must still work.
#
# Run by CTest (the pg fixture starts the server); prints one line per check and closes
# with "N passed, N failed". Grow it with every table and every function that writes.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=${SIGNALBOARD_SOURCE_DIR:-$here/../..}
cli=${SIGNALBOARD_BUILD_DIR:?}/src/cli/signalboard-cli
state=${SIGNALBOARD_TEST_PG_STATE:?run through ctest: the pg fixture starts the server}
url=$(sed -n 's/^url=//p' "$state")
port=$(sed -n 's/^port=//p' "$state")
supw=${url#*://sbadmin:}
supw=${supw%%@*}
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=sbadmin PGPASSWORD=$supw PGDATABASE=postgres
export PGCONNECT_TIMEOUT=10

sfx=$RANDOM$RANDOM
db=sb_guard_$sfx
owner=sb_guard_owner_$sfx
admin=guard_admin_$sfx
agent=guard_agent_$sfx
other=guard_other_$sfx
sup=guard_sup_$sfx
lead=guard_lead_$sfx
insp=guard_insp_$sfx
foreign=guard_foreign_app_$sfx
ownerpw='Owner-pass-2026'
adminpw='Admin-pass-2026'
staffpw='Staff-pass-2026'
work=$(mktemp -d)
passed=0
failed=0

cleanup() {
  psql -X -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1
  for r in "$admin" "$agent" "$other" "$sup" "$lead" "$insp" "$foreign" "$owner"; do
    psql -X -q -c "DROP ROLE IF EXISTS $r" >/dev/null 2>&1
  done
  rm -rf "$work"
}
[ "${GUARD_KEEP:-0}" = 1 ] || trap cleanup EXIT

ok() { passed=$((passed + 1)); echo "PASS  $1"; }
bad() { failed=$((failed + 1)); echo "FAIL  $1${2:+: $2}"; }

# psql as a login of the guarded database; prints rows unaligned, fails on the first error.
as() {
  local login=$1 pw=$2
  shift 2
  PGUSER=$login PGPASSWORD=$pw psql -X -q -t -A -v ON_ERROR_STOP=1 -d "$db" "$@" 2>"$work/err"
}
as_owner() { as "$owner" "$ownerpw" "$@"; }
as_admin() { as "$admin" "$adminpw" "$@"; }
as_agent() { as "$agent" "$staffpw" "$@"; }
as_sup() { as "$sup" "$staffpw" "$@"; }
as_lead() { as "$lead" "$staffpw" "$@"; }
as_insp() { as "$insp" "$staffpw" "$@"; }
as_other() { as "$other" "$staffpw" "$@"; }

# refused LABEL LOGIN-FUNCTION SQL: the statement must fail.
refused() {
  local label=$1 who=$2 sql=$3
  if $who -c "$sql" >/dev/null; then
    bad "$label" "accepted: $sql"
  else
    ok "$label ($(head -n 1 "$work/err" | sed 's/^psql:[^E]*ERROR: *//' | cut -c1-90))"
  fi
}
# expect LABEL ACTUAL WANTED
expect() {
  if [ "$2" = "$3" ]; then ok "$1"; else bad "$1" "got '$2', want '$3' $(head -c 300 "$work/err")"; fi
}

# --- the set-up the guide describes -----------------------------------------------------
printf '%s\n%s\n%s\n%s\n' "$ownerpw" "$ownerpw" "$adminpw" "$adminpw" |
  bash "$src/packaging/postgres/setup.sh" --db "$db" --owner "$owner" --cli "$cli" \
    --host 127.0.0.1 --port "$port" --admin-login "$admin" --admin-employee-no GA1 \
    >"$work/setup.log" 2>&1 || { cat "$work/setup.log"; echo "0 passed, 1 failed"; exit 1; }
echo "set up $db with packaging/postgres/setup.sh"

# People and tickets: two teams, an agent in each, a supervisor; tickets of both teams, one
# linked to an incident, received ten days ago (every deadline has passed); a private message
# from the supervisor to the other agent.
as_admin -c "INSERT INTO teams(name, created_at) VALUES ('A', 0), ('B', 0)" >/dev/null || exit 1
team_a=$(as_admin -c "SELECT id FROM teams WHERE name = 'A'")
team_b=$(as_admin -c "SELECT id FROM teams WHERE name = 'B'")
as_admin -c "SELECT sb_create_login('GA2', '$agent', '$staffpw', 'agent', 'Ann Agent', $team_a)" >/dev/null &&
  as_admin -c "SELECT sb_create_login('GA3', '$other', '$staffpw', 'agent', 'Bo Other', $team_b)" >/dev/null &&
  as_admin -c "SELECT sb_create_login('GA4', '$sup', '$staffpw', 'supervisor', 'Sue Super', NULL)" >/dev/null &&
  as_admin -c "SELECT sb_create_login('GA5', '$lead', '$staffpw', 'team_lead', 'Lee Lead', $team_a)" >/dev/null &&
  as_admin -c "SELECT sb_create_login('GA6', '$insp', '$staffpw', 'qa', 'Ivy Inspector', NULL)" >/dev/null ||
  { cat "$work/err"; echo "0 passed, 1 failed"; exit 1; }
agent_id=$(as_owner -c "SELECT id FROM staff WHERE login = '$agent'")
other_id=$(as_owner -c "SELECT id FROM staff WHERE login = '$other'")
sup_id=$(as_owner -c "SELECT id FROM staff WHERE login = '$sup'")
ago=$(( $(date +%s) * 1000 - 10 * 86400000 ))
as_owner >/dev/null <<SQL || { cat "$work/err"; echo "0 passed, 1 failed"; exit 1; }
INSERT INTO incidents(problem_type, class, state, grade, trigger_kind, opened_at)
    VALUES ('login_failure', 'key', 'open', 1, 'burst:normal', $ago);
INSERT INTO tickets(source, external_id, received_at, channel, customer_tier, problem_type,
    service_number, state, handler_id, team_id, updated_at)
VALUES ('guard', 'a1', $ago, 'phone', 'normal', 'login_failure', '13800138000', 'dispatched',
        $agent_id, $team_a, $ago),
       ('guard', 'b1', $ago, 'phone', 'normal', 'login_failure', '13900139000', 'dispatched',
        $other_id, $team_b, $ago);
UPDATE tickets SET incident_id = (SELECT id FROM incidents) WHERE external_id = 'b1';
INSERT INTO messages(sender_id, subject, body, created_at) VALUES ($sup_id, 'private', 'for Bo only', $ago);
INSERT INTO message_recipients(message_id, staff_id) SELECT id, $other_id FROM messages;
INSERT INTO kb_articles(kind, title, body, created_at, updated_at) VALUES ('known_issue', 'Login', 'Clear the cookie.', 0, 0);
SQL
ta=$(as_owner -c "SELECT id FROM tickets WHERE external_id = 'a1'")
tb=$(as_owner -c "SELECT id FROM tickets WHERE external_id = 'b1'")
msg=$(as_owner -c "SELECT id FROM messages")
kb=$(as_owner -c "SELECT id FROM kb_articles")

# --- what staff may do still works --------------------------------------------------------
expect "an agent sees the own team's ticket" "$(as_agent -c "SELECT count(*) FROM tickets WHERE id = $ta")" 1
expect "an agent does not see another team's ticket" "$(as_agent -c "SELECT count(*) FROM tickets WHERE id = $tb")" 0
new=$(as_agent -c "INSERT INTO tickets(source, external_id, received_at, channel, customer_tier,
    problem_type, updated_at) VALUES ('phone', 'n1', 1, 'phone', 'normal', 'other', 1) RETURNING id")
expect "an agent registers a ticket with a plain INSERT" "$([ -n "$new" ] && echo yes)" yes
expect "a registered ticket is the agent's, in the initial state" \
  "$(as_owner -c "SELECT registered_by = $agent_id AND state = 'registered' AND version = 1 FROM tickets WHERE id = ${new:-0}")" t
expect "an agent counts a knowledge-base use" "$(as_agent -c "UPDATE kb_articles SET uses = uses + 1 WHERE id = $kb RETURNING uses")" 1
as_agent -c "SELECT sb_workflow_apply($ta, 1, 'accept', '{}', '', NULL, NULL)" >/dev/null
expect "an agent applies a workflow action with the version" "$(as_owner -c "SELECT state FROM tickets WHERE id = $ta")" in_progress

# Urging on PostgreSQL as a supervisor's own login (the workstation's urger runs this code).
if PGPASSWORD=$staffpw "$cli" workflow urge --db "postgresql://$sup@127.0.0.1:$port/$db" >"$work/urge.out" 2>&1; then
  n=$(as_owner -c "SELECT count(*) FROM ticket_events WHERE action = 'urge' AND actor_id IS NULL AND ticket_id IN ($ta, $tb)")
  expect "a supervisor login urges overdue tickets (timeline lines)" "$([ "$n" -ge 2 ] && echo yes)" yes
else
  bad "a supervisor login urges overdue tickets" "$(cat "$work/urge.out")"
fi

# --- the attacks --------------------------------------------------------------------------
# The change_log lock: no staff login may hold it (it would freeze every write).
refused "advisory lock on the change_log key" as_agent "SELECT pg_advisory_lock(7305001)"
refused "try-advisory lock" as_agent "SELECT pg_try_advisory_xact_lock(7305001)"
refused "appending a forged change" as_agent "SELECT sb_append_change('ticket', 1, 'delete')"
# Ticket deletes are logged per statement by the owner's trigger function: nobody calls it.
as_agent -c "SELECT sb_log_ticket_deletes()" >/dev/null 2>&1
expect "calling the ticket-delete change logger is refused" \
  "$(grep -c 'permission denied for function sb_log_ticket_deletes' "$work/err")" 1
refused "deleting a ticket by DELETE" as_agent "DELETE FROM tickets WHERE id = $ta"

# Tickets: whatever the client sends, the workflow's fields are the server's.
as_agent -c "INSERT INTO tickets(source, external_id, received_at, channel, customer_tier,
    problem_type, state, priority, green_channel, handler_id, team_id, registered_by, version,
    incident_id, satisfaction, updated_at) VALUES ('phone', 'forged', 1, 'phone', 'vip',
    'other', 'closed', 9, 0, $sup_id, $team_b, $sup_id, 7, NULL, 5, 0)" >/dev/null
expect "a forged ticket keeps none of the forged workflow fields" \
  "$(as_owner -c "SELECT state || ',' || priority || ',' || COALESCE(handler_id::text, '-') || ',' || COALESCE(team_id::text, '-') || ',' || (registered_by = $agent_id) || ',' || version || ',' || COALESCE(satisfaction::text, '-') || ',' || (updated_at > 0) FROM tickets WHERE external_id = 'forged'")" \
  "registered,0,-,-,true,1,-,true"
refused "green channel without tickets.green_channel" as_agent \
  "INSERT INTO tickets(source, external_id, received_at, channel, customer_tier, problem_type, green_channel, updated_at) VALUES ('phone', 'g1', 1, 'phone', 'normal', 'other', 1, 1)"
refused "unlinking every ticket from its incident" as_agent "UPDATE tickets SET incident_id = NULL"
expect "the other team's ticket is still linked" "$(as_owner -c "SELECT incident_id IS NOT NULL FROM tickets WHERE id = $tb")" t
refused "closing a ticket by UPDATE" as_agent "UPDATE tickets SET state = 'closed' WHERE id = $ta"

# Versions are required.
refused "sb_workflow_apply with a NULL version" as_agent \
  "SELECT sb_workflow_apply($ta, NULL, 'record', '{\"progress\":\"x\"}', 'x', NULL, NULL)"
refused "sb_ticket_transition with a NULL version" as_agent \
  "SELECT sb_ticket_transition($ta, 'record', 'in_progress', NULL)"

# Timeline: no backdated workflow lines, no state changes, no lines on unseen tickets.
refused "a backdated 'reply' line" as_agent \
  "INSERT INTO ticket_events(ticket_id, at, actor_id, action, note) VALUES ($ta, 0, $agent_id, 'reply', 'done')"
refused "a note that closes the ticket" as_agent \
  "INSERT INTO ticket_events(ticket_id, at, actor_id, action, from_state, to_state) VALUES ($ta, 0, $agent_id, 'attachment', 'in_progress', 'closed')"
refused "a note on another team's ticket" as_agent \
  "INSERT INTO ticket_events(ticket_id, at, actor_id, action) VALUES ($tb, 1, $agent_id, 'attachment')"
as_agent -c "INSERT INTO ticket_events(ticket_id, at, actor_id, action, note) VALUES ($ta, 0, $agent_id, 'attachment', 'backdated')" >/dev/null
expect "a note is stamped with the server's time" \
  "$(as_owner -c "SELECT at > $ago FROM ticket_events WHERE note = 'backdated'")" t

# Attachments, knowledge-base links and uses, the query log: the server's time.
as_agent -c "INSERT INTO attachments(ticket_id, name, data, created_at) VALUES ($ta, 'old.txt', 'x', 0)" >/dev/null
as_agent -c "INSERT INTO ticket_kb_links(ticket_id, article_id, linked_by, linked_at) VALUES ($ta, $kb, $agent_id, 0)" >/dev/null
as_agent -c "INSERT INTO kb_usage(article_id, ticket_id, staff_id, at, action) VALUES ($kb, $ta, $agent_id, 0, 'used')" >/dev/null
as_agent -c "INSERT INTO query_log(at, staff_id, queue) VALUES (0, $agent_id, 'backdated')" >/dev/null
expect "backdated attachment, link, use and search are stamped with the server's time" \
  "$(as_owner -c "SELECT (SELECT min(created_at) FROM attachments) > 0 AND (SELECT min(linked_at) FROM ticket_kb_links) > 0 AND (SELECT min(at) FROM kb_usage) > 0 AND (SELECT min(at) FROM query_log) > 0")" t
refused "an attachment on another team's ticket" as_agent \
  "INSERT INTO attachments(ticket_id, name, data, created_at) VALUES ($tb, 'x.txt', 'x', 1)"

# Urges: only through sb_urge, only on tickets the login sees.
refused "planting an urge row" as_agent \
  "INSERT INTO deadline_urges(ticket_id, milestone, kind, due_at, at) VALUES ($tb, 'x', 'overdue', 0, 0)"
refused "urging another team's ticket" as_agent \
  "SELECT sb_urge($tb, 'first_response', 'warning', 9999999999999, '', '{}')"

# Knowledge base: writing needs kb.edit; a use is counted one at a time.
refused "rewriting an article without kb.edit" as_agent "UPDATE kb_articles SET body = 'pay here'"
refused "writing an article without kb.edit" as_agent \
  "INSERT INTO kb_articles(kind, title, body, created_at, updated_at) VALUES ('known_issue', 'x', 'y', 0, 0)"
refused "counting a hundred uses at once" as_agent "UPDATE kb_articles SET uses = uses + 100"

# Messages: private messages stay private; sender, recipients and receipts are the server's.
expect "another agent's private message is not readable" "$(as_agent -c "SELECT count(*) FROM messages WHERE id = $msg")" 0
expect "nor its receipts" "$(as_agent -c "SELECT count(*) FROM message_recipients WHERE message_id = $msg")" 0
as_agent -c "INSERT INTO messages(sender_id, subject, body, created_at) VALUES ($sup_id, 'from the boss', 'x', 0)" >/dev/null
expect "a message claiming another sender is sent in the agent's name" \
  "$(as_owner -c "SELECT sender_id = $agent_id AND created_at > 0 FROM messages WHERE subject = 'from the boss'")" t
refused "adding a recipient to someone else's message" as_agent \
  "INSERT INTO message_recipients(message_id, staff_id) VALUES ($msg, $agent_id)"
as_agent -c "UPDATE message_recipients SET delivered_at = 1, read_at = 1" >/dev/null
expect "other people's receipts cannot be marked" \
  "$(as_owner -c "SELECT read_at IS NULL FROM message_recipients WHERE message_id = $msg AND staff_id = $other_id")" t
# Message attachments: the sender attaches while sending; those who may read the message read
# the file; nobody writes, changes or removes a row directly.
amsg=$(as_agent -c "INSERT INTO messages(sender_id, subject, body, created_at) VALUES ($agent_id, 'report', 'see the file', 0) RETURNING id")
as_agent -c "INSERT INTO message_recipients(message_id, staff_id) VALUES (${amsg:-0}, $other_id)" >/dev/null
att=$(as_agent -c "SELECT sb_attach_message_file(${amsg:-0}, 'report.pdf', 'application/pdf', '\\x255044462d'::bytea)")
expect "the server stores the file's size and SHA-256" \
  "$(as_owner -c "SELECT size || ',' || (sha256 = encode(sha256('\\x255044462d'::bytea), 'hex')) FROM message_attachments WHERE id = ${att:-0}")" "5,true"
expect "a recipient reads the attachment" \
  "$(as_other -c "SELECT count(*) FROM message_attachments WHERE message_id = ${amsg:-0}")" 1
expect "someone the message did not go to does not" \
  "$(as_lead -c "SELECT count(*) FROM message_attachments WHERE message_id = ${amsg:-0}")" 0
refused "attaching a file to someone else's message" as_agent \
  "SELECT sb_attach_message_file($msg, 'x.pdf', '', 'x'::bytea)"
refused "writing an attachment row directly" as_agent \
  "INSERT INTO message_attachments(message_id, file_name, size, sha256, bytes, created_at) VALUES (${amsg:-0}, 'x.pdf', 1, 'x', 'x', 0)"
refused "changing an attachment's bytes" as_agent "UPDATE message_attachments SET bytes = 'x'"
refused "removing an attachment" as_agent "DELETE FROM message_attachments"
for i in 2 3 4 5 6 7 8 9 10; do
  as_agent -c "SELECT sb_attach_message_file(${amsg:-0}, 'page$i.pdf', 'application/pdf', 'x'::bytea)" >/dev/null
done
expect "ten files go with one message" \
  "$(as_owner -c "SELECT count(*) FROM message_attachments WHERE message_id = ${amsg:-0}")" 10
refused "an eleventh file on one message" as_agent \
  "SELECT sb_attach_message_file(${amsg:-0}, 'page11.pdf', 'application/pdf', 'x'::bytea)"

# Import staging: a row another login leaves there is never swept into an import.
as_agent -c "INSERT INTO import_staging(line, source, external_id, received_at, received_offset, channel,
    customer_tier, problem_type, customer_id, service_number, category, subject, description, region,
    extra, registered_by, updated_at) VALUES (1, 'file', 'planted', 1, 0, 'phone', 'normal', 'other',
    '', '', '', '', '', '', '{}', 999999, 1)" >/dev/null
refused "staging a row in someone else's name" as_agent \
  "INSERT INTO import_staging(line, source, received_at, received_offset, channel, customer_tier, problem_type, customer_id, service_number, category, subject, description, region, extra, updated_at, staged_by) VALUES (1, 'f', 1, 0, 'phone', 'normal', 'other', '', '', '', '', '', '', '{}', 1, '$admin')"
printf 'received_at,channel,customer_tier,problem_type,external_id\n2026-03-01T10:00:00+08:00,phone,normal,other,imp1\n' >"$work/one.csv"
PGPASSWORD=$adminpw "$cli" import --db "postgresql://$admin@127.0.0.1:$port/$db" --input "$work/one.csv" --source file >"$work/import.out" 2>&1
expect "an administrator's 1-row import imports 1 row" "$(grep -c 'imported 1\b' "$work/import.out")" 1
expect "the planted row was not imported" "$(as_owner -c "SELECT count(*) FROM tickets WHERE external_id = 'planted'")" 0

# Audit trail: the writer and the time are the server's.
as_agent -c "INSERT INTO audit_log(at, actor, action, entity, detail) VALUES (0, '$sup', 'login.ok', 'staff', 'forged')" >/dev/null
expect "an audit row is stamped with the writer and the server's time" \
  "$(as_owner -c "SELECT actor = '$agent' AND at > 0 FROM audit_log WHERE detail = 'forged'")" t
refused "an audit row for an action the writer may not take" as_agent \
  "INSERT INTO audit_log(at, actor, action, entity, detail) VALUES (0, '$agent', 'role.grant', 'role', '{}')"
refused "an audit row naming an action the product does not know" as_agent \
  "INSERT INTO audit_log(at, actor, action, entity, detail) VALUES (0, '$agent', 'x.forged', 'x', '{}')"
refused "sb_audit for an action the writer may not take" as_agent \
  "SELECT sb_audit('staff.create_login', 'staff', 1, '{}')"
refused "rewriting the audit trail" as_agent "UPDATE audit_log SET detail = 'x'"
refused "writing the change feed" as_agent "INSERT INTO change_log(entity, entity_id, op, at) VALUES ('ticket', 1, 'delete', 0)"

# Incidents: an agent neither opens, resolves nor regrades one; the engine's rights (a login
# that sees every complaint) reach no further than raising and closing.
inc=$(as_owner -c "SELECT id FROM incidents WHERE problem_type = 'login_failure'")
refused "an agent opening an incident" as_agent \
  "INSERT INTO incidents(problem_type, class, grade, trigger_kind, opened_at) VALUES ('other', 'general', 4, 'burst:normal', 1)"
refused "an agent resolving and regrading an incident" as_agent \
  "UPDATE incidents SET state = 'resolved', grade = 4 WHERE id = $inc"
refused "an agent writing an incident line as another actor" as_agent \
  "INSERT INTO incident_events(incident_id, at, event, actor_id) VALUES ($inc, 0, 'resolved', $sup_id)"
refused "an agent writing an engine line" as_agent \
  "INSERT INTO incident_events(incident_id, at, event, grade) VALUES ($inc, 0, 'regraded', 4)"
refused "rewriting an incident's timeline" as_sup "UPDATE incident_events SET note = 'x'"
refused "an incident with no complaint behind it" as_sup \
  "INSERT INTO incidents(problem_type, class, grade, trigger_kind, opened_at) VALUES ('data_exposure', 'security', 4, 'burst:vip', $(( $(date +%s) * 1000 )))"
as_sup -c "INSERT INTO incidents(problem_type, class, grade, trigger_kind, opened_at) VALUES ('payment_failure', 'key', 1, 'affected_share', $(( $(date +%s) * 1000 )))" >/dev/null
expect "the engine's login opens an incident on the affected share (monitoring metrics)" \
  "$(as_owner -c "SELECT count(*) FROM incidents WHERE trigger_kind = 'affected_share'")" 1
refused "an incident opening in the future" as_sup \
  "INSERT INTO incidents(problem_type, class, grade, trigger_kind, opened_at) VALUES ('other', 'general', 4, 'burst:normal', 99999999999999)"
as_sup -c "UPDATE incidents SET grade = 3 WHERE id = $inc" >/dev/null
expect "the engine's login raises a grade" "$(as_owner -c "SELECT grade || ',' || version FROM incidents WHERE id = $inc")" "3,2"
# Alert acknowledgements: only through sb_ack_incident_alert (incidents.confirm), in the
# caller's name at the server's time.
refused "planting an alert acknowledgement" as_sup \
  "INSERT INTO incident_alert_acks(incident_id, grade, acked_by, acked_at) VALUES ($inc, 3, $agent_id, 0)"
refused "an agent acknowledging an alert" as_agent "SELECT sb_ack_incident_alert($inc, 3)"
as_sup -c "SELECT sb_ack_incident_alert($inc, 3)" >/dev/null
expect "an alert acknowledgement is in the caller's name at the server's time" \
  "$(as_owner -c "SELECT acked_by = $sup_id AND acked_at > $ago FROM incident_alert_acks WHERE incident_id = $inc AND grade = 3")" t
refused "rewriting who acknowledged an alert" as_sup "UPDATE incident_alert_acks SET acked_by = $agent_id"
refused "lowering a grade without grading by hand" as_sup "UPDATE incidents SET grade = 1 WHERE id = $inc"
refused "moving an incident's opening time" as_sup "UPDATE incidents SET opened_at = 0 WHERE id = $inc"
as_sup -c "UPDATE incidents SET state = 'resolved', summary = 'fixed', closed_at = 0 WHERE id = $inc" >/dev/null
expect "a resolution carries the server's time" "$(as_owner -c "SELECT state || ',' || (closed_at > $ago) FROM incidents WHERE id = $inc")" "resolved,true"
refused "reopening a resolved incident" as_sup "UPDATE incidents SET state = 'open' WHERE id = $inc"
as_sup -c "INSERT INTO incident_events(incident_id, at, event, actor_id, note) VALUES ($inc, 0, 'resolved', $agent_id, 'fixed')" >/dev/null
expect "an incident line is in the writer's name at the server's time" \
  "$(as_owner -c "SELECT actor_id = $sup_id AND at > $ago FROM incident_events WHERE incident_id = $inc AND event = 'resolved'")" t

# Message templates need broadcast.send, whatever group the login is in: a team lead whose
# role lost it cannot write one.
as_admin -c "SELECT sb_revoke_permission('team_lead', 'broadcast.send')" >/dev/null || bad "revoking broadcast.send from team leads" "$(cat "$work/err")"
refused "a message template without broadcast.send" as_lead \
  "INSERT INTO message_templates(name, body, created_at, updated_at) VALUES ('t', 'x', 0, 0)"
as_sup -c "INSERT INTO message_templates(name, body, created_at, updated_at) VALUES ('ok', 'x', 0, 0)" >/dev/null
expect "a supervisor writes a message template" "$(as_owner -c "SELECT count(*) FROM message_templates WHERE name = 'ok'")" 1
# The webhook outbox: only to enabled webhook targets; what is queued never changes.
as_owner -c "INSERT INTO webhook_targets(name, kind, url, enabled, created_at) VALUES ('ops', 'slack', 'https://hooks.example.invalid/ops', 1, 0)" >/dev/null
refused "a webhook delivery to an address that is no webhook target" as_sup \
  "INSERT INTO outbox(kind, target, payload, next_attempt_at, created_at) VALUES ('slack', 'https://attacker.example.invalid/', '{}', 0, 0)"
out=$(as_sup -c "INSERT INTO outbox(kind, target, payload, state, next_attempt_at, created_at) VALUES ('slack', 'https://hooks.example.invalid/ops', '{}', 'delivered', 0, 0) RETURNING id")
expect "a queued delivery is pending, at the server's time" \
  "$(as_owner -c "SELECT state || ',' || (created_at > 0) FROM outbox WHERE id = ${out:-0}")" "pending,true"
refused "rewriting a queued delivery's target" as_sup \
  "UPDATE outbox SET target = 'https://attacker.example.invalid/' WHERE id = ${out:-0}"
refused "an agent queuing a webhook delivery" as_agent \
  "INSERT INTO outbox(kind, target, payload, next_attempt_at, created_at) VALUES ('slack', 'https://hooks.example.invalid/ops', '{}', 0, 0)"

# Personal data: masked by the server; clear values only through an audited function.
refused "an agent reading service numbers from the table" as_agent "SELECT service_number FROM tickets"
refused "an agent reading customer ids from the table" as_agent "SELECT customer_id FROM tickets"
refused "the administrator reading service numbers from the table" as_admin "SELECT service_number FROM tickets"
expect "an agent reads the masked service number" \
  "$(as_agent -c "SELECT service_number_masked FROM tickets WHERE id = $ta")" '138****8000'
refused "clear values without personal_data.view" as_agent "SELECT * FROM sb_personal_data(ARRAY[$ta])"
expect "a search by number finds the agent's own ticket" \
  "$(as_agent -c "SELECT count(*) FROM sb_tickets_with_personal('13800138000', 'any')")" 1
expect "a search by number does not reveal another team's ticket" \
  "$(as_agent -c "SELECT count(*) FROM sb_tickets_with_personal('13900139000', 'any')")" 0
expect "clear values for a holder of personal_data.view" \
  "$(as_admin -c "SELECT service_number FROM sb_personal_data(ARRAY[$ta])")" 13800138000
expect "reading clear values is audited" \
  "$(as_owner -c "SELECT count(*) FROM audit_log WHERE action = 'personal_data.view' AND actor = '$admin' AND entity_id = $ta")" 1
refused "clear values for more than 1000 tickets at once" as_admin \
  "SELECT count(*) FROM sb_personal_data(ARRAY(SELECT generate_series(1, 1001)::bigint))"

# The QA spot check: stored only through its functions, once a day, by holders of qa.sample;
# agents read none of it.
refused "an agent writing a QA sample day" as_agent \
  "INSERT INTO qa_sample_days(day, seed, rate, stratify_by, time_zone, frame_size, sample_size, drawn_at, drawn_by) VALUES ('2000-01-01', 1, '1', 'none', 'Asia/Shanghai', 0, 0, 0, '$insp')"
refused "an agent drawing the QA sample" as_agent \
  "SELECT sb_qa_draw_sample('2000-01-01', 1, '0.05', 'channel', '0.1')"
as_insp -c "SELECT sb_qa_draw_sample('2000-01-01', 1, '0.05', 'channel', '0.1')" >/dev/null
expect "an inspector draws a day's sample, in their own name" \
  "$(as_owner -c "SELECT drawn_by FROM qa_sample_days WHERE day = '2000-01-01'")" "$insp"
refused "drawing a stored day again" as_insp \
  "SELECT sb_qa_draw_sample('2000-01-01', 2, '0.05', 'channel', '0.1')"
refused "a double review rate that is no rate" as_insp \
  "SELECT sb_qa_draw_sample('2000-01-02', 1, '1', 'none', '0')"
refused "rewriting a stored sample" as_insp "UPDATE qa_sample_days SET seed = 7"
expect "an agent reads no QA sample" "$(as_agent -c "SELECT count(*) FROM qa_sample_days")" 0

# QA reviews: written only through their functions, never of a ticket the inspector handled;
# the server scores them; a submitted review changes only through its dispute's decision, by
# someone else; agents read only their own.
insp_id=$(as_owner -c "SELECT id FROM staff WHERE login = '$insp'")
tq=$(as_owner -c "INSERT INTO tickets(source, external_id, received_at, channel, customer_tier,
    problem_type, state, handler_id, updated_at) VALUES ('guard', 'q1', $ago, 'phone', 'normal',
    'other', 'closed', $insp_id, $ago) RETURNING id")
as_owner >/dev/null <<SQL || bad "sampling tickets for review" "$(cat "$work/err")"
INSERT INTO qa_sample_days(day, seed, rate, stratify_by, time_zone, frame_size, sample_size, drawn_at, drawn_by)
    VALUES ('2000-01-03', 1, '1', 'none', 'Asia/Shanghai', 2, 2, 0, 'guard');
INSERT INTO qa_sample_tickets(day, ticket_id, stratum, rank_hash, position, assignee_id, added_at, added_by)
    VALUES ('2000-01-03', $ta, '', 'a', 1, $insp_id, 0, 'guard'), ('2000-01-03', ${tq:-0}, '', 'b', 2, $insp_id, 0, 'guard');
SQL
refused "an agent writing a QA review" as_agent \
  "INSERT INTO qa_reviews(ticket_id, reviewer_id, scorecard_version_id, state, score, created_at, updated_at) VALUES ($ta, $agent_id, 1, 'submitted', 100, 0, 0)"
refused "an agent starting a QA review" as_agent "SELECT sb_qa_start_review($ta, 0)"
refused "an inspector reviewing a ticket they handled" as_insp "SELECT sb_qa_start_review(${tq:-0}, 0)"
rv=$(as_insp -c "SELECT sb_qa_start_review($ta, 0)")
items='[{"key":"timeliness","value":2},{"key":"identity_verification","na":true},{"key":"understanding","value":4},{"key":"solution_effectiveness","value":5},{"key":"attitude","value":2,"comment":"curt"},{"key":"record_completeness","value":1},{"key":"satisfaction","na":true}]'
refused "a submitted score the scorecard does not give" as_insp \
  "SELECT sb_qa_submit_review(${rv:-0}, '$items', '', 0, 100)"
expect "an inspector submits a review, scored by the server" \
  "$(as_insp -c "SELECT sb_qa_submit_review(${rv:-0}, '$items', '', 0, NULL)")" 75
refused "rewriting a submitted review" as_insp "UPDATE qa_reviews SET score = 100"
refused "submitting a review twice" as_insp "SELECT sb_qa_submit_review(${rv:-0}, '$items', '', 0, NULL)"
refused "the owner rewriting a submitted score" as_owner "UPDATE qa_reviews SET score = 100 WHERE id = ${rv:-0}"
expect "the agent reads the own review" "$(as_agent -c "SELECT count(*) FROM qa_reviews")" 1
expect "another agent reads none" "$(as_other -c "SELECT count(*) FROM qa_reviews")" 0
refused "another agent disputing the review" as_other \
  "SELECT sb_qa_raise_dispute(${rv:-0}, 'mine', '[{\"key\": \"attitude\"}]')"
dq=$(as_agent -c "SELECT sb_qa_raise_dispute(${rv:-0}, 'I was polite', '[{\"key\": \"attitude\"}]')")
refused "the reviewer deciding the dispute of the own review" as_insp \
  "SELECT sb_qa_decide_dispute(${dq:-0}, 'accepted', 'ok', '[{\"key\": \"attitude\", \"value\": 4}]')"
refused "the agent deciding the own dispute" as_agent \
  "SELECT sb_qa_decide_dispute(${dq:-0}, 'accepted', 'ok', '[{\"key\": \"attitude\", \"value\": 4}]')"
expect "the score stands until the decision" "$(as_owner -c "SELECT score FROM qa_reviews WHERE id = ${rv:-0}")" 75

# Scorecards (评分表): written only through their functions, by holders of qa.scorecards; a
# published version and its items never change, whoever writes.
card='[{"key":"greeting","title":"Greeting","weight":1,"scale":"pass_fail"}]'
refused "an inspector writing a scorecard item directly" as_insp "UPDATE qa_scorecard_items SET weight = 99"
refused "an agent saving a scorecard draft" as_agent \
  "SELECT sb_qa_scorecard_save_draft((SELECT id FROM qa_scorecards WHERE key = 'standard'), NULL, NULL, '', '$card')"
refused "the owner rewriting a published scorecard item" as_owner "UPDATE qa_scorecard_items SET weight = 99"
sd=$(as_insp -c "SELECT sb_qa_scorecard_save_draft((SELECT id FROM qa_scorecards WHERE key = 'standard'), NULL, NULL, 'guard', '$card')")
expect "an inspector saves a scorecard draft, in their own name" \
  "$(as_owner -c "SELECT created_by FROM qa_scorecard_versions WHERE id = ${sd:-0}")" "$insp"
refused "a scorecard draft with a negative weight" as_insp \
  "SELECT sb_qa_scorecard_save_draft(NULL, ${sd:-0}, (SELECT max(id) FROM qa_scorecard_items WHERE version_id = ${sd:-0}), '', '[{\"key\":\"a\",\"title\":\"A\",\"weight\":-1,\"scale\":\"pass_fail\"}]')"
as_insp -c "SELECT sb_qa_scorecard_publish(${sd:-0}, (SELECT max(id) FROM qa_scorecard_items WHERE version_id = ${sd:-0}))" >/dev/null
refused "the owner rewriting the newly published scorecard" as_owner \
  "DELETE FROM qa_scorecard_items WHERE version_id = ${sd:-0}"

# Archive and restore (归档): only holders of admin.archive, only through the functions, and
# only the tables an archive reads.
refused "an agent choosing tickets to archive" as_agent \
  "SELECT sb_archive_candidates(9000000000000, 9000000000000, 0, 10)"
refused "a supervisor deleting a ticket through the archive" as_sup \
  "SELECT sb_archive_delete(9000000000000, 9000000000000, ARRAY[$ta]::bigint[])"
refused "an agent reading hidden columns through the archive" as_agent \
  "SELECT sb_archive_rows('tickets', ARRAY[$ta]::bigint[])"
refused "the administrator reading another table through the archive" as_admin \
  "SELECT sb_archive_rows('audit_log', NULL)"
refused "an agent digesting hidden columns through the archive" as_agent \
  "SELECT * FROM sb_archive_digest('tickets', ARRAY[$ta]::bigint[], ARRAY['customer_id'])"
refused "the administrator digesting another table through the archive" as_admin \
  "SELECT * FROM sb_archive_digest('audit_log', NULL, NULL)"
refused "a supervisor writing the record of archive runs" as_sup \
  "INSERT INTO archive_runs(kind, started_at, actor, file_name) VALUES ('archive', 0, 'x', 'x')"
expect "the ticket is still there" "$(as_owner -c "SELECT count(*) FROM tickets WHERE id = $ta")" 1
# Report roll-ups: stored only through sb_report_rollup_store by holders of admin.archive (for
# a running archive run); nobody writes the table directly; a roll-up never changes, whoever
# writes; reports.read holders read them.
refused "an agent storing a report roll-up" as_agent \
  "SELECT sb_report_rollup_store(0, 1, 'UTC', '1970-01', '{\"period\": {}}', 0, NULL)"
refused "a supervisor storing a report roll-up" as_sup \
  "SELECT sb_report_rollup_store(0, 1, 'UTC', '1970-01', '{\"period\": {}}', 0, NULL)"
refused "a supervisor writing a report roll-up directly" as_sup \
  "INSERT INTO report_rollups(month_start, month_end, zone, month, report, tickets, taken_at, taken_by) VALUES (0, 1, 'UTC', '1970-01', '{}', 0, 0, 'x')"
refused "the administrator storing a roll-up without an archive run" as_admin \
  "SELECT sb_report_rollup_store(0, 1, 'UTC', '1970-01', '{\"period\": {}}', 0, NULL)"
as_owner -c "INSERT INTO report_rollups(month_start, month_end, zone, month, report, tickets, taken_at, taken_by) VALUES (0, 1, 'UTC', '1970-01', '{}', 0, 0, 'x')" >/dev/null
refused "the owner rewriting a report roll-up" as_owner "UPDATE report_rollups SET tickets = 99"
refused "a supervisor removing a report roll-up" as_sup "DELETE FROM report_rollups"
expect "a supervisor (reports.read) reads the roll-ups" \
  "$(as_sup -c "SELECT count(*) FROM report_rollups")" 1
expect "an agent reads no roll-up" "$(as_agent -c "SELECT count(*) FROM report_rollups")" 0

# Roles and passwords.
refused "becoming the supervisor" as_agent "SET ROLE $sup"
refused "becoming the owner" as_agent "SET SESSION AUTHORIZATION $owner"
refused "a short password by ALTER ROLE (passwordcheck)" as_agent "ALTER ROLE $agent PASSWORD 'a'"
refused "a pre-hashed password through sb_set_password" as_agent \
  "SELECT sb_set_password('$agent', 'md5' || md5('x'))"
refused "an agent editing a ticket's priority" as_agent \
  "SELECT sb_ticket_edit($ta, 2, 'priority', 9, '', NULL, NULL)"

# The administrator reaches no further than the product's own logins.
psql -X -q -c "CREATE ROLE $foreign LOGIN PASSWORD 'Foreign-pass-1'" >/dev/null
as_admin -c "INSERT INTO staff(employee_no, name, status, status_changed_at, login, created_at)
    VALUES ('GX1', 'Owner', 'active', 0, '$owner', 0), ('GX2', 'Foreign', 'active', 0, '$foreign', 0)" >/dev/null
refused "taking over the schema owner with sb_set_password" as_admin "SELECT sb_set_password('$owner', 'Taken-over-2026')"
refused "disabling another application's role" as_admin "SELECT sb_disable_login('$foreign')"
expect "the other application's role can still log in" \
  "$(psql -X -q -t -A -c "SELECT rolcanlogin FROM pg_roles WHERE rolname = '$foreign'")" t
refused "granting oneself a permission" as_agent "SELECT sb_grant_permission('agent', 'kb.edit')"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
