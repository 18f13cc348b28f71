<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminService</name>
    <message>
        <source>%1 may not do this: it needs the permission %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The skill groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level %1 is out of range; use 1 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the super role may give someone the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not give someone the role %1: it holds %2, which you do not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee number %1 is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role: on a shared database every login belongs to a role&apos;s group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database returned no id for the new row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change %1: their role holds permissions you do not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an administrator; ask them to create your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no super role &apos;admin&apos;; it is not at schema version 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a shared database a login cannot be renamed; create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a shared database a login is enabled again by the database administrator (ALTER ROLE … LOGIN); see the administrator guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee number %1 or the login %2 belongs to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a team called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the super role may create another super role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a role with the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the super role may change a super role or make a role super.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the super role may delete a super role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot grant yourself a permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary permission must expire in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no temporary permission with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Audience field &quot;kind&quot;: unknown value &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience field &quot;ids&quot;, item %1: not a positive id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceResolver</name>
    <message>
        <source>The audience names no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in this audience (%1); the message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>%1: expected a list of periods such as &quot;09:00-18:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, period %2: &quot;%3&quot; is not a period such as &quot;09:00-18:00&quot; (start before end, end at most 24:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, period %2: periods must be in order and must not overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeZone: &quot;%1&quot; is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>Setting %1 is not a JSON object (offset %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar_days row %1: not a valid date and kind (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar day without a valid date cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a Signalboard database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where this workstation&apos;s data lives: a database file on this computer, or a PostgreSQL server shared by the whole centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file on this computer (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com or db1,db2 for failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (sslmode):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Signalboard database (it is not an SQLite file); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered but refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineRuleStore</name>
    <message>
        <source>Deadline rule %1 (%2): unit &quot;%3&quot; or clock &quot;%4&quot; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline rule, field %1: &quot;%2&quot; is neither * nor a key (a-z, 0-9, _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline rule, field milestone: &quot;%1&quot; is not a key (a-z, 0-9, _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline rule %1, field duration: must be between 1 and 100000, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline rule %1, field warn_lead: must be at least 0 and shorter than the deadline itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline rule %1, field anchor_action: &quot;%2&quot; is not an action key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline rule %1, field met_by: name at least one action that meets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline rule %1, field met_by: &quot;%2&quot; is not an action key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline rule could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline rule #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineUrger</name>
    <message>
        <source>Deadline &quot;%1&quot; is near: due at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline &quot;%1&quot; has passed: it was due at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>No agents to assign the demo history to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalendarImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: an iCalendar file must start with BEGIN:VCALENDAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a property (NAME:value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: VCALENDAR cannot be nested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: END:%2 does not close the open component%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the event has no DTSTART.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: DTEND %2 is not after DTSTART %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the event spans more than a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 outside BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not a date (yyyyMMdd) or date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: DURATION &quot;%2&quot; is not a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: X-SIGNALBOARD-KIND must be holiday or workday, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file ends before END:%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff, their roles and teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices and alerts sent to you, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal, 30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP, 30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal, 60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP, 60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints per problem type in the last 30 and 60 minutes, normal and VIP customers counted separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents, most severe first. An incident opens when complaints of one problem type reach a burst threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To spot-check (5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets handled today per team and the size of the daily 5 % spot check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s complaints and satisfaction per channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer from another province/city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent/distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account mix-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account theft / phishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hacker attack outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase anomaly (funds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order/betting failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign reward not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login page fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client software fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security-sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalAuthenticator</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at most 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong employee number or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins. Try again after %1 or ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password %1 times in a row: the account is locked for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has expired. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not active (status: %1). Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database login %1 is not a Signalboard staff member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageQuery</name>
    <message>
        <source>Cannot sort messages by &quot;%1&quot;; the columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message query needs a positive limit and a non-negative offset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>Message field &quot;%1&quot; contains a NUL character at position %2; it cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message field &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message field &quot;body&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message field &quot;priority&quot; is %1; it must be between 0 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message field &quot;modes&quot; is %1; choose at least one of pop-up, ticker, highlight and sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message field &quot;expires&quot;: the time has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message field &quot;sender&quot;: no staff member has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message field &quot;incident&quot;: no incident has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return the id of the new message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident announcement needs the incident it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has read message %1; nothing was sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 is not a recipient of message %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTemplateStore</name>
    <message>
        <source>Template field &quot;name&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database is at schema version %1, newer than this Signalboard understands (up to version %2). It is opened read-only; install a Signalboard that supports schema version %1 to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only; it cannot be brought to schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3
Statement: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library (libsodium) could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password hashing parameters are out of range (operations %1, memory %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing the password failed: not enough memory for %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionService</name>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataMasker</name>
    <message>
        <source>You may not see unmasked personal data (permission personal_data.unmask).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Setting %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityValidation</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains an invisible or control character (U+%2) at position %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employee number &quot;%1&quot; is not allowed: use 1 to 32 letters, digits, _ or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is not allowed: use 1 to 63 lower-case letters, digits or _, starting with a letter or _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role key &quot;%1&quot; is not allowed: use 1 to 32 lower-case letters, digits or _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not allowed: use at most 32 digits, spaces, +, -, ( or ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database group &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Setting %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting needs a name of 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>Ticket #%1 does not exist (it may have been archived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 was changed by %2 at %3 after you opened it. Nothing was saved: reload the ticket and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: there is no staff member #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: there is no team #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket event could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 workflow has no state for new appeals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal ticket could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Webhook</name>
    <message>
        <source>HTTP status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the message (%1 %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer script: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookOutbox</name>
    <message>
        <source>The webhook address is not an http(s) URL with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook target field &quot;name&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no webhook target with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook target %1 has an unknown kind &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outbox entry with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Workflow action %1: unknown effect &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow field %1 of action %2: unknown type &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting workflow.max_support_tier: &quot;%1&quot; is not a tier number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of the %2 workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is not possible while the ticket is %2; it needs the ticket to be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the permission &quot;%1&quot; needed for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be between %2 and %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no support tier above %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is already at tier %1, the highest support tier; it cannot be escalated further.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Supervisor workstation for complaint-handling centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the live demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the demo database in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL (sqlite:///path or postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: en or zh_CN (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ChangeFeed</name>
    <message>
        <source>Cannot subscribe to change notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the database was lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ColumnMapping</name>
    <message>
        <source>%1: cannot read the mapping: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: not a JSON object (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns / %1: unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns / %1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns / %1: unknown key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns / %1: give either &quot;column&quot; or &quot;constant&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns / %1: &quot;column&quot; must name a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns / %1 / values / %2: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns / %1: &quot;format&quot; and &quot;timezone&quot; apply to received_at only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns / received_at / timezone: unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns / received_at: a &quot;format&quot; needs a &quot;timezone&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping: columns / %1: required field is not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: required column missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: column not found in the header (mapped to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: the header names this column twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has %1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no mapping and the mapping has no &quot;*&quot; fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the format &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time with an offset or Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer tier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown problem type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::CsvReader</name>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: field %2: unexpected character after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: field %2: a quote inside a field that does not start with a quote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::IncidentStore</name>
    <message>
        <source>incident for %1: the open incident vanished during the write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident for %1: the closed incident was not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::OutboxWorker</name>
    <message>
        <source>Webhook outbox: cannot claim due entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook outbox entry %1 was delivered but cannot be marked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook outbox entry %1: cannot record the failed attempt: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Replay</name>
    <message>
        <source>line 1: the file has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: the header names this column twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2: required column missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has %1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time with an offset or Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown problem type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fraction from 0 to 1 (0.013 = 1.3 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::RuleSet</name>
    <message>
        <source>%1: cannot read the rule set: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule set: not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule set: the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule set: unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a positive ISO 8601 duration such as PT30M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst_window: must not be longer than grading_window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affected_share_threshold: must be a fraction above 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst_thresholds / %1: unknown problem class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst_thresholds / %1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst_thresholds / %1 / %2: unknown tier (normal or vip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst_thresholds / %1 / %2: must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem_types / %1: unknown problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem_types / %1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / class: unknown problem class &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / core_experience: must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2: unknown tier (normal or vip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown grade (general, serious, urgent or major)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cell must be a string such as &quot;5–10&quot;, &quot;&gt;10&quot; or &quot;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a count range (a–b, &gt;n, ≥n, ≤n or n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: range %2 is inverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: range %2 overlaps %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ConnectionDialog</name>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalboard databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host and the database name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::DemoControls</name>
    <message>
        <source>Demo stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst of 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) simulated</source>
        <translation>
            <numerusform>%n complaint simulated</numerusform>
            <numerusform>%n complaints simulated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::MainWindow</name>
    <message>
        <source>Signalboard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from other workstations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Signalboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Signalboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalboard %1
A supervisor workstation for complaint-handling centres.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::RecentTicketsModel</name>
    <message>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::Startup</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at schema version %1 and this Signalboard needs %2. Ask an administrator to run: signalboard-cli db migrate --db %3
(%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the demo: 30 days of complaints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::TicketsPlace</name>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest complaints, as they are registered on any workstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
