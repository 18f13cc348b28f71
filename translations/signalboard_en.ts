<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Signalboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor workstation for complaint-handling centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AlertDrawer</name>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnouncePage</name>
    <message>
        <source>Announce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert and the answer script pushed to the front line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce the incident now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer script for agents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What front-line agents tell customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also post to chat groups:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 is still being written (%2 exists): wait for the archive run to finish, or run it again to complete it. Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Signalboard archive (it has no archive manifest); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of the archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 was written by a newer Signalboard (schema version %2; this one reads up to %3). Open it with that version; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 is at schema version %2 and this Signalboard reads version %3. An archive is opened as it is, never migrated: open it with the Signalboard that wrote it, or restore it into a database and archive it again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the manifest of the archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of the archive %1 is empty: no archive run finished writing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The manifest does not list the table %1 (%Ln row(s) in the archive).</source>
        <translation>
            <numerusform>The manifest does not list the table %1 (%Ln row in the archive).</numerusform>
            <numerusform>The manifest does not list the table %1 (%Ln rows in the archive).</numerusform>
        </translation>
    </message>
    <message>
        <source>The table %1 has %L2 rows, the manifest says %L3: the archive was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows of the table %1 differ from the manifest&apos;s SHA-256: the archive was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveRuns</name>
    <message>
        <source>The archive runs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Signalboard archive (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Signalboard archive (it has no archive manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <source>Retention rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive tickets closed &amp;before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive to &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estore from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past runs (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveTables</name>
    <message>
        <source>The table %1 has a column named &quot;%2&quot;, which cannot be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a table an archive copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not restored from an archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <source>Archive, read-only: nothing here can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Archiver</name>
    <message>
        <source>The rows of %1 differ between the live database (%2 rows) and the archive (%3 rows); this batch was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live database changed while this batch was checked; the batch was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was archived: no ticket leaves before the month roll-ups are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every batch was archived, but the archive&apos;s indexes could not be built: %1 The next run into the file builds them.</source>
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
    <name>BulkActions</name>
    <message>
        <source>Refused: bulk actions need the permission tickets.bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: a ticket in state &quot;%1&quot; cannot be closed.</source>
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
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pop-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolling ticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (plain text: it is shown exactly as typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also post to the chat groups (webhooks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, number, role or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files sent with the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish stores all of this at once and sends the announcement.</source>
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
    <message>
        <source>Build reports and volume history on a standby when one is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several hosts: reports and the volume history of longer ranges read from a hot standby (read_session_attrs=prefer-standby), sparing the primary; everything else, live counts included, uses the writable server.</source>
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
    <message>
        <source>The disk holding %1 is full (%2): nothing of this change was saved, and everything saved before is intact. Free space on that disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of the PostgreSQL server %1 is full (%2): nothing of this change was saved. The administrator must free space on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineRuleDialog</name>
    <message>
        <source>Ticket &amp;kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long before the deadline it turns to a warning, in seconds of the rule&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions, comma-separated, e.g. respond,reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
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
    <message numerus="yes">
        <source>The database already holds %n ticket(s); the demo is written only into a database without tickets.</source>
        <translation>
            <numerusform>The database already holds %n ticket; the demo is written only into a database without tickets.</numerusform>
            <numerusform>The database already holds %n tickets; the demo is written only into a database without tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database already has staff with the demo&apos;s logins (%1); the demo is written only into a database without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo logins are database roles: they exist only on PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo logins&apos; password must have 8 to 1024 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has database roles named like demo people (%1); roles are shared by every database of a server, so the demo logins cannot be created here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo history must span 1 to 366 days, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause found and fixed; the customers who complained were called back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo login &quot;%1&quot; (group &quot;%2&quot;) is not a valid database role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo login &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureTab</name>
    <message>
        <source>Identify the customer &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s case number, e.g. REQ-2026-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &amp;files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFields</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1 is near: due at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1 has passed: it was due at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts per customer tier, their trend, and what customers say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints now (burst window and grading window):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: complaints per 10 minutes over the last 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of users affected is known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest complaints of this type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradePage</name>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grading table of this problem type; the highlighted cells are what the counts give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for overriding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the grade differs from the one the rules give</source>
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
    <name>IdentifyPage</name>
    <message>
        <source>Identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which problem is it, and is it already known?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it a known problem? Search the knowledge base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from the title or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known problem: link the selected entry and track it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New problem: confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed (defer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFileForm</name>
    <message>
        <source>Choose a CSV file of complaints. The first row must name the columns. Signalboard&apos;s own complaint CSV format needs no mapping; any other export is mapped on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingForm</name>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the system the file comes from; importing is idempotent on source and external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings that ship with Signalboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewForm</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows and skip the rejected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep columns that are not mapped in each ticket&apos;s extra data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunForm</name>
    <message>
        <source>&amp;Stop import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the import; nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentBoard</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents, fastest-growing first: complaints in the last 30 minutes against the 30 minutes before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade a problem type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show incidents resolved in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: what happened, how it was fixed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (money):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade table (a grade is reached when any measure reaches its threshold; blank: not used):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give post-incident grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save knowledge-base entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <source>Not yet identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New problem, confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed (deferred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to a known problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed as a new problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base entry created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base entry updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 min: %1 normal, %2 VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affected %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipients, %2 chat groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users affected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KbDialogForm</name>
    <message>
        <source>Search articles, cases and known issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
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
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very unsatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result sent</source>
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
    <name>LogTimeRange</name>
    <message>
        <source>The time range is empty: “to” must be after “from”.</source>
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
    <message>
        <source>Migration %1 has differently named files: %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1: the shared part names the section %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1: the shared part has statements outside a section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 includes the shared section %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 includes the shared section %2 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 leaves out the shared section %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who follows this incident through to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show staff with this role who are not on duty</source>
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
    <name>PersonalDataErasure</name>
    <message>
        <source>The %1 to erase must have %2 to %3 characters (it has %4): a shorter value would also match inside other text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the erasure request&apos;s reference (its case number), at most %1 characters: the audit log records it instead of the value.</source>
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
    <name>PgArchive</name>
    <message>
        <source>The live table %1 has no readable column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live table %1 gave a row of %2 values for %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server deleted no rows of %1 for this batch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishReleaseDialog</name>
    <message>
        <source>Publish a release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstations running an older version show a notice with these notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaAgreementTrend</name>
    <message>
        <source>The weeks to show need a valid first and last day, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 weeks can be shown at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaAgreementTrendForm</name>
    <message>
        <source>&amp;Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many weeks up to the current one are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaCalibrationNewDialog</name>
    <message>
        <source>New calibration session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the tickets every participant will score blind, and the inspectors who take part. The session uses the scorecard version in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For instance: March calibration, phone tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the spot check of &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s sampled tickets: Space ticks the one highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type ticket &amp;serials (separated by commas or spaces):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: active inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks the inspector highlighted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaCalibrationPanel</name>
    <message>
        <source>Calibration: several inspectors score the same tickets blind, then their scores are compared side by side and their agreement is measured (Krippendorff&apos;s α), not assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sess&amp;ion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clos&amp;e session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaCalibrationQueries</name>
    <message>
        <source>“%1” is not a ticket serial (CS-yyyyMMdd-number or the number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaCalibrationResults</name>
    <message>
        <source>Scores side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement and bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement per item and overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each inspector&apos;s bias against the mean of everyone&apos;s scores of the same tickets (+ above, − below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read Krippendorff&apos;s α: 1 is perfect agreement, 0 is what chance alone gives. α ≥ 0.800: the inspectors score reliably alike; 0.667 ≤ α &lt; 0.800: tentative, draw conclusions with care; below 0.667: they do not yet score alike. Percent agreement is not corrected for chance. Cells that differ from the ticket&apos;s majority (or, without one, lie half a point or more from the mean) are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaCalibrationScoreDialog</name>
    <message>
        <source>Calibration: score the tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind scoring: nobody else&apos;s scores are shown here. You see them in the results once you have submitted yours. Submitting a ticket is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tickets of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+T goes to the tickets · Ctrl+Enter submits the ticket · Esc closes; ratings not submitted are not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaCalibrationStore</name>
    <message>
        <source>Calibration session #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration is done in a staff member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration session #%1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item “%1” is not an item of the session&apos;s scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item “%1” is rated more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item “%1”: either a value or not applicable, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item “%1” cannot be marked not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item “%1”: the value must be from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item “%1” is not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scorecard is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calibration session needs a title of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calibration session needs 1 to %1 tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member #%1 cannot take part: participants are active holders of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 1 to %1 participants at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You scored ticket #%1 of calibration session #%2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a participant of calibration session #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 is not in calibration session #%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaCoachingDialog</name>
    <message>
        <source>Record the coaching meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed &amp;actions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaCoachingStore</name>
    <message>
        <source>Review #%1 is not a review of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review #%1 is not submitted; coaching follows a submitted, failed review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: give the day the meeting was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: write what was discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions: write what was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching item #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: coaching item #%1 is not one of your team&apos;s; the agent&apos;s team lead records the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching item #%1 was acknowledged already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: coaching item #%1 is not yours; only its agent acknowledges it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching item #%1 has no meeting recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaDashboard</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export week summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rend of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaDayQueries</name>
    <message>
        <source>The business calendar&apos;s time zone is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1: “%2” is not a time of day such as 00:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaDecideDialog</name>
    <message>
        <source>Decide a review check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept (every item gets a new rating)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partly accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject (no rating changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for the decision (required; the agent reads it and it is audited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaDisputeDialog</name>
    <message>
        <source>Request a review check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items to check (tick each one and say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required; the decider reads it and it is audited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaFeedbackPlace</name>
    <message>
        <source>QA feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My QA &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviews of your tickets. Acknowledge each one, or request a review check of named items, with a reason, while the time for it lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a review &amp;check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review checks to &amp;decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review checks requested by agents, oldest first. Accept, partly accept or reject each one with a reason; only this decision changes a submitted score. Checks of your own reviews are decided by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oaching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaMyReviews</name>
    <message>
        <source>The sampled tickets you still have to review, overdue ones first. Press Enter or double-click a ticket to review it; a saved draft is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open review…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaPlace</name>
    <message>
        <source>Quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day whose spot check is shown, in the business calendar&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily spot check: a random share of the tickets closed that day, drawn once and stored with its seed so that anyone can re-check it. Each stratum gets its share of the sample in proportion to its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaRate</name>
    <message>
        <source>The sampling rate “%1” is not a decimal fraction above 0 and at most 1 with at most %2 decimals, such as 0.05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sampling rate “%1” must be above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaReplaceDialog</name>
    <message>
        <source>Replace a sampled ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required; it is kept with the sample and audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For instance: a test ticket, not a real complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaReviewDialog</name>
    <message>
        <source>Review a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall &amp;comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agent should hear about this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S saves the draft · Ctrl+Enter submits · Esc closes and keeps the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaReviewStore</name>
    <message>
        <source>Scorecard version #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item “%1” of scorecard version #%2 has an unknown scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 has the value “%2”; it must be a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA reviews are written in a staff member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review #%1 is not a submitted review of your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review #%1 was acknowledged already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review #%1 was disputed already; a review is disputed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review #%1 can no longer be disputed: the %2 days to dispute it have passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispute needs a reason of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dispute names at least one item of the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item “%1” is not an item of the review, or is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item “%1”: a reason has at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute #%1 was decided already; a decision changes the score once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the reviewer and the agent do not decide the dispute of their own review; another inspector or a QA lead does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one item must stay rated with a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs a reason of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an item of the dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision gives a value or not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision does not change its rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejected dispute changes no item, a partly accepted one at least one, an accepted one every disputed item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (a critical item failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA result for ticket %1: %2 points, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ticket %1 was reviewed: %2 points, %3. Open “QA feedback” to see each item, then acknowledge the review or request a review check within %4 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review #%1 was stored but cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: you handled ticket #%1, and nobody reviews a ticket they handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: ticket #%1 is not in a QA sample; reviewing it needs the permission %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review #%1 is not a review of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review #%1 was submitted already; a submitted review changes only through the decision of its dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 was reviewed already (review #%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scorecard is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review&apos;s comment has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time spent must be from 0 to 24 hours a save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaSampleStore</name>
    <message>
        <source>Refused: needs the permission %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business calendar&apos;s time zone is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1: “%2” is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to draw is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QA sample of %1 was stored but cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket of stratum “%1” is left to replace ticket #%2 with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QA sample of %1 has not been drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 is not in the QA sample of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replacement needs a reason of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement was stored but cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaScorecardEditor</name>
    <message>
        <source>Each scorecard has versions. A published version never changes: reviews pin the version in force when they start. Edit a draft, validate it, save it, and publish it when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issues:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the scorecard again; unsaved edits are dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaScorecardStore</name>
    <message>
        <source>Scorecard version #%1 does not exist (a discarded draft is gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Chinese root causes for %2 root causes: give at most one for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A root cause has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards are edited in a staff member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: editing scorecards needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is published, and a published version never changes: create a new draft to change the scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft version %1 was changed by someone else since you read it: read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard has a draft already (version %1): edit or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard “%1” is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard “%1” has no published version to start a draft from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconnector</name>
    <message>
        <source>%1 (still failing after retrying for %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseStore</name>
    <message>
        <source>“%1” is not a version: write numbers joined by dots, such as 1.4.0, optionally followed by a pre-release label such as 1.4.0-rc.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release notes are too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release notes contain a control or invisible character (U+%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address: give a full http:// or https:// address of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportArchivePanel</name>
    <message>
        <source>Every report run, newest first. A run never changes: its files are kept byte for byte with their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportScheduleDialog</name>
    <message>
        <source>Report schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: every section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time of day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day of month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip when no ticket was received in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Broadcast to the audience, with the PDF attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;veryone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on &amp;duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, number, role or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no files are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the summary to the chat &amp;webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eload the stored schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSchedulesPanel</name>
    <message>
        <source>Scheduled reports: each is built for its latest complete period at the time set, stored in the archive and delivered to its audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run now (preview)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>The report cannot open the tickets of &quot;%1&quot; in section &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPlace</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periodic report with every section, or only the sections checked in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-12-04T09 (hour), 2026-12-04 (day), 2026-W49 (ISO week) or 2026-12 (month), in the business calendar&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (2026-12-01) or a local date and time (2026-12-01T08:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day, included (2026-12-07), or the excluded end as a local date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sections of a report with chosen sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data since the cut-off — Run again to include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSetEditor</name>
    <message>
        <source>Grading rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial grading: complaints of one problem type in the grading window, per customer tier (a–b, &gt;n, ≥n, ≤n, n or blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst thresholds: complaints of one type in the burst window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst window (ISO 8601, e.g. PT30M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet close (replay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected share that opens an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFilterStore</name>
    <message>
        <source>Saved filter &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved filter needs a name.</source>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteArchive</name>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–32 of A–Z a–z 0–9 _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits, _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kill groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. broadband, mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>Open a supervision item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervises:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionPanel</name>
    <message>
        <source>Supervision items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervises:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (required to close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketEdits</name>
    <message>
        <source>Ticket #%1 was changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: green channel %1 is neither 0 (off) nor 1 (on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: there is no active staff member #%1 to hand the ticket to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: priority %1 is out of range; use %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 does not exist or is not visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the change of ticket #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketQueryBuilder</name>
    <message>
        <source>Filter field &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter field &quot;%1&quot; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter field &quot;sort&quot;: unknown column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A selection holds at most %L1 tickets; this one has %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter field &quot;ids&quot; must be a list of ticket numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketTimes</name>
    <message>
        <source>At the source: %1 (%2)</source>
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
        <source>Field &quot;%1&quot;: staff member #%2 (%3) is not active (status &quot;%4&quot;); only active staff can be given tickets.</source>
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
    <name>TicketWriter</name>
    <message>
        <source>The new ticket could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPlace</name>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search subject, description, customer, service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason / category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade of the linked incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the queue shown before again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPlace</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an incident to open it on the incident board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a schedule to open the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateNoticeForm</name>
    <message>
        <source>A newer version is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release notes were published with this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumePlace</name>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2 hours (live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key accounts count as VIP, distributors as normal customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per class: the sum of the class&apos;s types against its burst threshold (grades are looked up per type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen for the supervisors&apos; room (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each chart: blue = complaints in the last 30 minutes, green = in the last 60 minutes (title: now). Dashed yellow = the 30-minute burst threshold that opens an incident; yellow / orange / red / black = where the 60-minute count reaches general / serious / urgent / major. Nearest to a threshold first; click a chart to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to zoom in, wheel to zoom, arrow keys to pan, right click to zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth: last hour against the same hour yesterday and last week. ▲ marks the fastest-growing types.</source>
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
    <name>WebhookDialog</name>
    <message>
        <source>Chat webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable / disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the form over the selected target; leave the address empty to keep the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox (newest first): every notice stays here until the chat service acknowledges it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
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
    <message>
        <source>Webhook target %1 does not exist or is disabled.</source>
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
    <name>sb::BackgroundRollups</name>
    <message>
        <source>A second connection to the live database for the month roll-ups: %1</source>
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
        <source>line %1: the record has more than %2 fields</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>line %1: the record is longer than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DatabaseUrl</name>
    <message>
        <source>a sqlite URL needs a file path, as in sqlite:///home/me/sb.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite path contains a control character (U+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite path &quot;%1&quot; is not absolute (use sqlite:///abs/path.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL: it must start with sqlite:// or postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; in host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad host &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown connection parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: values may not contain &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the value contains a control character (U+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;%2&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;%2&quot; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 contains a control character (U+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name &quot;%1&quot; contains &apos;;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::DeadlinesSection</name>
    <message>
        <source>The deadlines section has no figure &quot;%1&quot; by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Exporter</name>
    <message>
        <source>cannot write the CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::FileSample</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty (no header)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Importer</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty (no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL byte, which text fields cannot hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; nothing was imported. Correct the file, or choose to import the good rows only.</source>
        <translation>
            <numerusform>%n row rejected; nothing was imported. Correct the file, or choose to import the good rows only.</numerusform>
            <numerusform>%n rows rejected; nothing was imported. Correct the file, or choose to import the good rows only.</numerusform>
        </translation>
    </message>
    <message>
        <source>No database to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::IncidentAlertAcks</name>
    <message>
        <source>Refused: acknowledging an alert needs the permission &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 has another grade now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::IncidentFollowUp</name>
    <message>
        <source>Resolve: write a summary of what happened and how it was fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve: incident %1 does not exist or is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade: outage, complaints, loss and users cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade: there is no incident with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade: incident %1 is still open; resolve it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base: the entry needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base: there is no incident with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::IncidentGrading</name>
    <message>
        <source>Problem type: &quot;%1&quot; is not a known problem type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification: choose a known problem, a new problem or not yet confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification: a known problem needs the knowledge-base entry it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: the affected share must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: overriding the grade the rules give (%1) with %2 needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: choose who owns the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement: the notice text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is about %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 is already resolved; it cannot be graded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 changed while you were grading it (for example its grade rose); go back, look at it again and finish once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: no staff member has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1 holds the role &quot;%2&quot;; a %3 incident is owned by the role &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1 is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification: there is no knowledge-base entry with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 changed while it was being written; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::IncidentQueries</name>
    <message>
        <source>Rule set version %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no knowledge-base entry with the id %1.</source>
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
    <name>sb::KnowledgeBase</name>
    <message>
        <source>Knowledge-base article %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title: an article needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind: &quot;%1&quot; is not one of article, case, known_issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text: contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::LiveEngine</name>
    <message>
        <source>Incident detection cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident detection cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident detection could not record %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MessageAttachmentStore</name>
    <message>
        <source>An attachment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; must be a plain name, without &apos;/&apos;, &apos;\&apos; or &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is %2 bytes; a broadcast may carry files of at most %3 bytes (setting %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment with the id %1 that you may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is damaged: its bytes do not match the SHA-256 stored with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broadcast may carry at most %1 files; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MetricsSource</name>
    <message>
        <source>metrics.url: &quot;%1&quot; is not an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics endpoint is set (setting metrics.url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) from %1</source>
        <translation>
            <numerusform>%n sample from %1</numerusform>
            <numerusform>%n samples from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer is not JSON (offset %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: expected &quot;success&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.resultType: expected &quot;vector&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.result: expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.metric.problem_type: unknown problem type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.value: expected [unix seconds, &quot;fraction 0..1&quot;]</source>
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
    <name>sb::PdfRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rendering a PDF needs a QGuiApplication (command-line tools start one on the offscreen platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF page count changed between passes (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::PostGradeTable</name>
    <message>
        <source>Post-incident grade table: not JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade table: expected an object of grades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade table: &quot;%1&quot; is not serious, urgent or major.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade table / %1: expected an object of measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade table / %1: &quot;%2&quot; is not a measure (outage_minutes, complaints, loss_money, users_affected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade table / %1 / %2: expected a number ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade table / %1 / %2: %3 is below the %4 threshold %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QaDashboardDrill</name>
    <message>
        <source>Name the scorecard item whose failed ratings to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QaDashboardQueries</name>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period is at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QaEstimates</name>
    <message>
        <source>Stratum &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum &quot;%1&quot;: the number of tickets cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum &quot;%1&quot;: %2 sampled values but only %3 tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum &quot;%1&quot;: a value is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QaSection</name>
    <message>
        <source>The report&apos;s period is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::QaWeekDocument</name>
    <message>
        <source>QA team-meeting summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review was submitted for this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality score (mean review score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated quality (stratified sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical-fail rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimate weights each stratum&apos;s mean score by its share of the %1 handled tickets; %2 tickets were sampled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval is approximate: some strata have fewer than two reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the %1 agents with the most reviews are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings below pass per scorecard item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item was rated below pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled (N_h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn (n_h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All drawn reviewed</source>
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
        <source>Not every stratum is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n too small</source>
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
    <name>sb::ReportCsvWriter</name>
    <message>
        <source>cannot write the CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReportDelivery</name>
    <message>
        <source>Broadcast audience: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report has been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast: the audience has nobody in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1: it does not exist and cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1: cannot write %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook target %1 does not exist or is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook target &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks: no webhook target is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReportEngine</name>
    <message>
        <source>There is no report section &quot;%1&quot;; the sections are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report section &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets of this month are archived: its figures are the month&apos;s roll-up, taken %1 before they left. Its tickets cannot be opened from the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some tickets of this period are archived; whole months are reported from their roll-ups (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReportJsonDocument</name>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response and handling times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation and appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastest-growing problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring problems (supervision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 – %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReportLabels</name>
    <message>
        <source>Low scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By customer tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling to the first close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for low scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low scores by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to technical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share escalated to technical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share escalated to experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade after review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches without a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical items failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most failed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReportPeriod</name>
    <message>
        <source>The business calendar&apos;s time zone is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an hour: expected YYYY-MM-DDTHH, e.g. 2026-03-08T14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hour %1 does not exist in the time zone %2 (the clocks skip it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day: expected YYYY-MM-DD, e.g. 2026-12-04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO week: expected YYYY-Www, e.g. 2026-W05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 has no ISO week %2: it has %3 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: expected YYYY-MM, e.g. 2026-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range is given by its two ends, not by one text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM), e.g. 2026-03-01 or 2026-03-01T08:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range from %1 to %2 is empty: its end must come after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range from %1 to %2 is longer than %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReportRollups</name>
    <message>
        <source>The report roll-up of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month roll-ups taken before tickets leave must count every ticket, and this login does not read every ticket: it needs the permission tickets.read_all. Nothing was archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReportRunStore</name>
    <message>
        <source>The SHA-256 of output %1 does not match its bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run finishes done, skipped or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report run #%1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: running scheduled reports needs the permission &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReportRunner</name>
    <message>
        <source>A PDF needs the fonts of a graphical application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of pdf, csv, xlsx, json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 output: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets received: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delivery is set up for this runner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report schedule #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 translation is not built into this program: the report cannot be written in that language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReportScheduleStore</name>
    <message>
        <source>name: give the schedule a name of at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections: &quot;%1&quot; is not a report section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period: a schedule runs hourly, daily, weekly or monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formats: choose at least one of PDF, CSV, Excel and JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formats: &quot;%1&quot; is not one of pdf, csv, xlsx, json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language: a report is in English (en) or Chinese (zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time of day: give the local time the report is built at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekday: a weekly report is built on a day from Monday (1) to Sunday (7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day of month: a monthly report is built on a day from 1 to 28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder: the path is limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audience: a broadcast needs its recipients (roles, teams or people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audience: choose who in each group of recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery: send a broadcast, write to a folder or post to the webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: another schedule is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report schedule #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report schedule #%1 was changed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: report schedules need the permission &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report run #%1 has no %2 output.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReportSettingsStore</name>
    <message>
        <source>%1 must be a number above 0 and at most %2, such as 50 or 12.5; &quot;%3&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ReportXlsxWriter</name>
    <message>
        <source>Sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::ResponseSection</name>
    <message>
        <source>The response section has no figure &quot;%1&quot; by &quot;%2&quot;.</source>
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
    <name>sb::RuleSetStore</name>
    <message>
        <source>rule set version %1 in the database is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone saved rule set version %1 at the same time; reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::Scorecards</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item &quot;%1&quot;, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard complaint handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needless transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data disclosed before verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understanding of the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key facts not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer had to repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectiveness of the solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated needlessly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impolite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprofessional wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling opinion missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply summary missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer unsatisfied with the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer unsatisfied with the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard needs at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key must be 1 to %1 characters of a–z, 0–9 and _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another item has the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight must be more than 0 and at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 root causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A root cause must be 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scale; use pass_fail, zero_to_two or one_to_five.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an item of this scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the item or mark it not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either a value or not applicable, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item cannot be marked not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A not applicable item has no root causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment is required below pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root causes are only for items below pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a root cause of this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one item must be rated; a review of only not applicable items has no score.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SupervisionStore</name>
    <message>
        <source>A supervision item is about a problem type or a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervision item needs the key of what it supervises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervision item needs the report period it was opened from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner must be an active staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision item #%1 is still open for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision item #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision item #%1 is closed; a closed item never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision item #%1 was changed by %2 meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: supervision items need the permission &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TextInput</name>
    <message>
        <source>line 1: the file is %1 (byte-order mark); save it as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: not valid UTF-8 (byte 0x%3); the file must be UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TicketAttachments</name>
    <message>
        <source>An attachment needs a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TicketPersonalData</name>
    <message>
        <source>Personal data is read for at most %1 tickets at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::TicketViewText</name>
    <message>
        <source>mine, team, due_soon, overdue, green, appeals, unassigned or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel key (phone, email, chat …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a problem type key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 time with Z or an offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a staff id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CS-yyyyMMdd-ID or a ticket id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer tier key (normal, vip …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0, 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id, received, updated, priority, state, channel, tier, problem_type, subject or handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: unknown key &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: key &quot;%1&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: %1: &quot;%2&quot; is not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a valid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query: to: &quot;%1&quot; is not after from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::VolumeBuckets</name>
    <message>
        <source>volume: bad range (%1, %2] or bucket size %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::VolumeHistory</name>
    <message>
        <source>channel breakdown: bad range (%1, %2] or bucket size %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::VolumeSection</name>
    <message>
        <source>The report&apos;s period is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume section has no figure &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume section is not counted by &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::AboutDialog</name>
    <message>
        <source>%1 (this version supports %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt: GNU Lesser General Public License v3 (LGPLv3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium: ISC licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libxlsxwriter: BSD 2-clause licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalboard: MIT licence (the LICENSE file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::AdminPlace</name>
    <message>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary &amp;permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no administration permission (admin.*): you can look at staff, teams and roles but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect at once on every workstation and are written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tic&amp;ket searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setti&amp;ngs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data &amp;erasure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::AlertCenter</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the alert drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most severe open incident: click to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::AlertDrawer</name>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledging needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open grading wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents: %1, not acknowledged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::AlertPopup</name>
    <message>
        <source>Open grading wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident raised: %1 — %2 (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class: %1
Grade: %2
Normal customers: %3 in 30 min, %4 in 60 min
VIP customers: %5 in 30 min, %6 in 60 min
At: %7</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::AnnouncePage</name>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat group is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcing needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 warning] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 normal and %3 VIP complaints in the last hour. Grade: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known problem: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause is not confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We know about a problem with %1 and are working on it. We will tell you as soon as it is fixed. We apologise for the inconvenience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the notice, or untick &quot;Announce&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the role or team to announce to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ArchiveTab</name>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive tickets into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalboard archives (*.sbarchive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore tickets from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalboard archives (*.sbarchive);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the tickets and rows that would move now; nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important tickets: green channel, appealed (or itself an appeal), a VIP customer, or linked to an incident. Whatever their age, open tickets stay, and so do tickets with an appeal still in the live database, an open incident, an unresolved supervision item over their problem type or category, or QA records. The months are changed under Settings (%1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed ordinary tickets stay %1 month(s) in the live database; closed important tickets stay %2 month(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored retention settings are not usable (%1); nothing can be archived until they are corrected under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves ordinary tickets closed before %1 and important tickets closed before %2 (%3 time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what would move before %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the archive %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n ticket(s) closed before %1 would move now; nothing was changed.</source>
        <translation>
            <numerusform>Preview: %n ticket closed before %1 would move now; nothing was changed.</numerusform>
            <numerusform>Preview: %n tickets closed before %1 would move now; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket closed before %1 is past its retention: nothing was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n ticket(s) closed before %1, with their timeline, attachments and knowledge-base links, from the live database into the archive %2?%3

They leave every workstation until they are restored.</source>
        <translation>
            <numerusform>Move %n ticket closed before %1, with its timeline, attachments and knowledge-base links, from the live database into the archive %2?%3

It leaves every workstation until it is restored.</numerusform>
            <numerusform>Move %n tickets closed before %1, with their timeline, attachments and knowledge-base links, from the live database into the archive %2?%3

They leave every workstation until they are restored.</numerusform>
        </translation>
    </message>
    <message>
        <source> The file exists: they are added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 holds no tickets: nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put the %n ticket(s) of the archive %1 back into the live database? Tickets already back are left as they are.</source>
        <translation>
            <numerusform>Put the %n ticket of the archive %1 back into the live database? Tickets already back are left as they are.</numerusform>
            <numerusform>Put the %n tickets of the archive %1 back into the live database? Tickets already back are left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive stopped: %1 The batches before it are in %2; the tickets still in the live database are safe to archive again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archived %n ticket(s) in %1 batch(es) into %2 (run %3).</source>
        <translation>
            <numerusform>Archived %n ticket in %1 batch(es) into %2 (run %3).</numerusform>
            <numerusform>Archived %n tickets in %1 batch(es) into %2 (run %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore stopped: %1 The batches before it are back; running it again leaves them as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n ticket(s) in %1 batch(es) from %2 (run %3).</source>
        <translation>
            <numerusform>Restored %n ticket in %1 batch(es) from %2 (run %3).</numerusform>
            <numerusform>Restored %n tickets in %1 batch(es) from %2 (run %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Running (or interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Past runs (newest first): %n</source>
        <translation>
            <numerusform>Past runs (newest first): %n</numerusform>
            <numerusform>Past runs (newest first): %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::ArchiveWindow</name>
    <message>
        <source>Open &amp;archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an archive file (.sbarchive) in a window of its own, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalboard archives (*.sbarchive);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an archive: it is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Source: %1 · Tickets: %L2 · Ordinary tickets closed before %3, important ones before %4 · Written %5 (%n run(s))</source>
        <translation>
            <numerusform>Source: %1 · Tickets: %L2 · Ordinary tickets closed before %3, important ones before %4 · Written %5 (%n run)</numerusform>
            <numerusform>Source: %1 · Tickets: %L2 · Ordinary tickets closed before %3, important ones before %4 · Written %5 (%n runs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every table against the manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be checked against its manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::AttachmentPanel</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an attachment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opens %1; it is saved at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::AttachmentsPane</name>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a read-only copy with the program for its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission tickets.handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files up to the size in setting %1 (%2 unless changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist; nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file; nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; an attachment may be at most %3 (setting %4). Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for opened attachments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could open %1. Use “Save as…” to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 (a read-only copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::AuditTab</name>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words in the entry or its detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 matching entries are shown; narrow the filter to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries.</source>
        <translation>
            <numerusform>%n matching entry.</numerusform>
            <numerusform>%n matching entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::BroadcastFeature</name>
    <message>
        <source>Message ticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::BroadcastPlace</name>
    <message>
        <source>Needs the permission &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat webhooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-send to unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — from %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — read %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — shown, not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — not yet shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — read by %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the sender can re-send a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send it again, as a new message, to the %n who have not read it.</source>
        <translation>
            <numerusform>Send it again, as a new message, to the %n person who has not read it.</numerusform>
            <numerusform>Send it again, as a new message, to the %n who have not read it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent again to %n person(s) who had not read it.</source>
        <translation>
            <numerusform>Sent again to %n person who had not read it.</numerusform>
            <numerusform>Sent again to %n people who had not read it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::BulkFlow</name>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handler_id: required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::CalendarTab</name>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of weekdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import holidays from an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business calendar could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working week: %1. Make-up working days: %2. Time zone: %3. The weekly pattern and time zone are edited in the Settings tab (workflow.calendar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose days in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n day(s) from the calendar: %1?</source>
        <translation>
            <numerusform>Remove %n day from the calendar: %1?</numerusform>
            <numerusform>Remove %n days from the calendar: %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n day(s) from the calendar.</source>
        <translation>
            <numerusform>Removed %n day from the calendar.</numerusform>
            <numerusform>Removed %n days from the calendar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 8 MiB; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) from %1.</source>
        <translation>
            <numerusform>Imported %n day from %1.</numerusform>
            <numerusform>Imported %n days from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ComposeDialog</name>
    <message>
        <source>Needs the permission &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one person in the list of named people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 files, each at most the size in setting %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: a message carries at most %2 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: it is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: it is %2, and a file may be at most %3 (setting %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: it cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: it is larger than %2 (setting %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ConfirmPage</name>
    <message>
        <source>Nothing was stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts: last 30 min %1 normal / %2 VIP; last 60 min %3 normal / %4 VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected share: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: %1 (as the rules give)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: %1, overriding %2 — reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No announcement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading needs the permission %1.</source>
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
    <name>sb::app::DeadlineRuleDialog</name>
    <message>
        <source>* (any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deadline rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add deadline rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time (business calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall clock (every hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(when the ticket is received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::DeadlineRulesTab</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day (24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days (24 hours each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable / &amp;disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each milestone the most specific enabled rule that matches a ticket applies (* = any); a disabled rule that is the most specific switches the milestone off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline rules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
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
        <source>Choose a rule in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a rule for %1 with ticket kind %2, channel %3, category %4 and tier %5 (%6): edit that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the rule: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the deadline rule %1 (%2, channel %3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled the rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled the rule %1.</source>
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
    <name>sb::app::ErasureJob</name>
    <message>
        <source>the file does not exist any more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ErasureTab</name>
    <message>
        <source>An erasure request anonymises one customer&apos;s tickets in place: their customer id and service number are emptied, and the value becomes &quot;[erased]&quot; wherever it appears in a ticket&apos;s subject, description, extra data and timeline notes. Each ticket stays, so reports still count it. The audit log records the request&apos;s reference and the number of tickets, never the value. List the archive files that hold this customer&apos;s older tickets to erase them there too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number (phone or account number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id (ID card or account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive files to erase in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalboard archives (*.sbarchive);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the customer&apos;s tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) would be anonymised</source>
        <translation>
            <numerusform>%1: %n ticket would be anonymised</numerusform>
            <numerusform>%1: %n tickets would be anonymised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) anonymised</source>
        <translation>
            <numerusform>%1: %n ticket anonymised</numerusform>
            <numerusform>%1: %n tickets anonymised</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive files were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets could not all be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure did not complete everywhere: see below. Run it again once the cause is fixed; tickets already anonymised are simply not found again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket has this %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) would be anonymised.</source>
        <translation>
            <numerusform>%n ticket would be anonymised.</numerusform>
            <numerusform>%n tickets would be anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n ticket(s) of this customer, found by %1?</source>
        <translation>
            <numerusform>Anonymise %n ticket of this customer, found by %1?</numerusform>
            <numerusform>Anonymise %n tickets of this customer, found by %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>The request&apos;s reference %1 is recorded in the audit log. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymising the customer&apos;s tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) anonymised; the request is in the audit log.</source>
        <translation>
            <numerusform>%n ticket anonymised; the request is in the audit log.</numerusform>
            <numerusform>%n tickets anonymised; the request is in the audit log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::EvidencePage</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A core experience with at least %1 % affected must be raised and graded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2   %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::GradePage</name>
    <message>
        <source>Overriding the grade needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints in the grading window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last %1 minutes: %2 normal and %3 VIP complaints. The table gives %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is already %1 and grades do not go down by themselves, so the rules give %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules give %1. To grade it %2 instead, write the reason for the override.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::GradingWizard</name>
    <message>
        <source>Grade incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::IdentifyPage</name>
    <message>
        <source>Select an entry to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 of this type is open since %2, grade %3; finishing grades it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident of this type is open; finishing opens one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (known issue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the knowledge-base entry of the known problem, or choose &quot;New problem&quot; or &quot;Not yet confirmed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether it is a known problem, a new problem, or not yet confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n column: %1</numerusform>
            <numerusform>%n columns: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::ImportMappingPage</name>
    <message>
        <source>Map columns and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Signalboard which column holds each field. Channel, customer tier and problem type also need their values mapped to ours; &quot;*&quot; is the fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped mappings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(constant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select channel, customer tier or problem type to map its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values of %1. With no value mapped, the file&apos;s values must already be ours. Once any is mapped, a value left empty rejects its row unless &quot;*&quot; (every other value) is mapped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ImportPreviewPage</name>
    <message>
        <source>Check every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
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
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 rows are good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 good, %3 rejected. Nothing is imported unless you choose to skip the rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new ticket(s); %2 were already there; %3 row(s) skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ImportWizard</name>
    <message>
        <source>&amp;Import complaints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complaints from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission tickets.register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles, cases and known issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission kb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::IncidentBoard</name>
    <message>
        <source>Problem type</source>
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
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 min (normal/VIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 min (normal/VIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n open incident</numerusform>
            <numerusform>%n open incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post-incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complaints in the last 30 minutes, %2 in the 30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::IncidentDetail</name>
    <message>
        <source>Needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The shipped defaults are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 — %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked knowledge-base entry #%1. Update it with what was learnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No knowledge-base entry is linked; saving creates a known-issue entry and links it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the incident first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints of this type from one burst window before the opening until the resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade table, row %1, column %2: &quot;%3&quot; is not a number ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 (reached by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved. Give the post-incident grade next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident grade stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post-incident grade table is saved for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as knowledge-base entry #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::KbDialog</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission kb.edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Used %n time(s) · updated %1</source>
        <translation>
            <numerusform>Used %n time · updated %1</numerusform>
            <numerusform>Used %n times · updated %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::KbLinkDialog</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 #%2 · used %n time(s)</source>
        <translation>
            <numerusform>%1 #%2 · used %n time</numerusform>
            <numerusform>%1 #%2 · used %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Link a knowledge-base article to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and text (every word, as a prefix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The knowledge base is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found; choose one and press Link.</source>
        <translation>
            <numerusform>%n article found; choose one and press Link.</numerusform>
            <numerusform>%n articles found; choose one and press Link.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::KbLinksPane</name>
    <message>
        <source>[%1] %2 (#%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked knowledge-base articles and cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the knowledge base and link an article or case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the link; the article stays in the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unlinked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::MainWindow</name>
    <message>
        <source>Today</source>
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
        <source>Metrics: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View and edit the grading rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the grading rules (editing needs the permission admin.rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline urging: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::MessageFilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read or unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any read state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet read by all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::MessagePopup</name>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pop-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 at %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; the message stays unread in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::MessageTableModel</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
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
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::OwnerPage</name>
    <message>
        <source>%1 incidents are owned by a %2. Choose who follows it through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds the role %1. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody with the role %1 is on duty. Tick the box below to choose someone who is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::PermissionGate</name>
    <message>
        <source>Needs one of the permissions under: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Your permissions changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

You no longer have: %2.
What needs these permissions is now disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is now “%1”: an account that is not active holds no permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were taken out of the role “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role “%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role changed from “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions were withdrawn from your role “%1”, or a temporary permission ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary permission ended or was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your permissions could not be read again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::PersonalDataProxy</name>
    <message>
        <source>Masked personal data. “Show personal data” reveals it (the audit log records who saw it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cell with personal data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::PublishReleaseDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release was not published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaAgreementTrendView</name>
    <message>
        <source>Agreement of the double reviews per week (Krippendorff&apos;s α)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-reviewed tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α of the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass/fail agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominal α (pass/fail item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinal α (graded item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (week %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No double-reviewed ticket has both reviews submitted in these weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 double-reviewed tickets with both reviews submitted over %2 weeks. α ≥ %3 is reliable; α ≥ %4 allows tentative conclusions only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α of the review score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tentative conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaAutoDraw</name>
    <message>
        <source>QA spot check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QA spot check of %1 was drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaCalibrationNewDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spot check could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stratum %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day&apos;s spot check has not been drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sampled ticket(s)</source>
        <translation>
            <numerusform>%n sampled ticket</numerusform>
            <numerusform>%n sampled tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one ticket of the sample or type a ticket serial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one inspector to take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was opened, but the participants were not added: %1
Press OK to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaCalibrationPanel</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration sessions could not be read: %1</source>
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
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a calibration session: tickets and inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an open session you take part in and have not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score the session&apos;s tickets, blind (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an open session to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the session: nothing more is scored, and everyone in it sees all the scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration session “%1” opened: %2 tickets, %3 inspectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session cannot be scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close “%1”? %2 of %3 inspectors have scored every ticket. Nothing more can be scored afterwards, and everyone in the session sees all the scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not closed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaCalibrationResultsView</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session to see its results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: no ticket scored by two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: every value the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a value the metric cannot take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” · %2 · scorecard “%3”, version %4 · %5 tickets · %6 of %7 inspectors have scored every ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind: you see the others&apos; scores of a ticket once you have submitted yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket&apos;s scores appear once every participant has submitted theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Majority / mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted yet, or not shown to you before you have submitted your own scores of this ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lies half a point or more from the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>majority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nominal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall (review score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review score (points)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaCalibrationScoreDialog</name>
    <message>
        <source>Submit your scores of this ticket: final, they cannot be changed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration session #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not take part in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is closed: nothing more is scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration screen shows the ticket read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration “%1”: score the tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard “%1”, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical: failing it sets the score to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A — not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · to score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have submitted your scores of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: none yet (no item rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: 0 — a critical item failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3 items rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: “%1” is not rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit your scores of %1? This is final: they cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting your scores of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scores of %1 are submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your scores of %1 are submitted. You have scored every ticket of the session: the results show the others&apos; scores as they submit theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaCoachingPanel</name>
    <message>
        <source>Coaching after failed reviews: team leads record the one-to-one meeting, the agent acknowledges it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting held %1; to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching items could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the coaching meeting with the selected agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the recorded coaching meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching of %1 after the review of ticket %2 (score %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the coaching meeting for ticket %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coaching meeting for ticket %1 was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coaching meeting for ticket %1 was not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledging the coaching for ticket %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You acknowledged the coaching for ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coaching for ticket %1 was not acknowledged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaDashboardView</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical-fail rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled (N_h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team-meeting summary of the week (Monday to Sunday) holding the first day, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 drawn tickets reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sampled ticket of the period has a submitted review: no estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated quality %1 (95 % interval %2 – %3) from %4 of %5 handled tickets; internal quality score %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval is approximate: some strata have fewer than two reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviews · pass rate %2 · critical-fail rate %3 · disputed %4 · overturned %5 · %6 reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the %1 largest groups are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export week summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week summary written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week summary could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s stratified estimate Σ W_h ȳ_h from its reviews within the sampled strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trend could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical-fail rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team-meeting summary of the week (Monday to Sunday) holding the first day, as a PDF to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export week summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaDecideDialog</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose accept, partly accept or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting gives every item of the check a new rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly accepting gives at least one item a new rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting keeps every rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaDisputeDialog</name>
    <message>
        <source>Ticket %1: another inspector or a QA lead checks the items you name and decides. You may request this once, until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reason for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one item to be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for item “%1” is too long: %2 characters, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the review check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaFeedbackPlace</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA feedback could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review check requested %1; waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review check accepted (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review check partly accepted (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review check rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To acknowledge; a review check may be requested until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To acknowledge; the time for a review check has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (critical item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review of your tickets has been submitted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a review to see its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 · score %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector&apos;s comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a review of your tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review was acknowledged or checked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that you have read this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time for a review check has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask another inspector or a QA lead to check named items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a review check to decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept, partly accept or reject the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledging the review of ticket %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You acknowledged the review of ticket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of ticket %1 was not acknowledged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a review check of ticket %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review check of ticket %1 was requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review check of ticket %1 was not requested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1, reviewed by %2: score %3. %4 requests a check: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding the review check of ticket %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review check of ticket %1 was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review check of ticket %1 was not decided: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaMyReviews</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reviews could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind second review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: it was due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews are due. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reviews due, %2 of them overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the selected ticket (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaPlace</name>
    <message>
        <source>Stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed that day (N_h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn (n_h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spot check could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stratified by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stratified by problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stratified by handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stratified by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stratified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spot check of %1 has not been drawn yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spot check of %1 has not been drawn yet: the day has not ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 tickets closed that day drawn (%4) · rate %5 · %6 · seed %7 · drawn %8 by %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (no inspector may take it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a day that has ended can be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw this day&apos;s spot check now and store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket of the sample to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected ticket by the next-ranked one of its stratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket of the sample assigned to you to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the selected ticket (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1 submitted: score %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the spot check of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spot check of %1 was not drawn: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drew the spot check of %1: %2 of %3 tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spot check of %1 had been drawn already; the stored sample is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing ticket %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was replaced by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was not replaced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaReplaceDialog</name>
    <message>
        <source>Ticket %1 leaves the sample. The next-ranked ticket of its stratum takes its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for replacing the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaReviewDialog</name>
    <message>
        <source>Keep the ratings as a draft (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the review: it is scored and reaches the agent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review screen shows the ticket read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard “%1”, version %2 · pass mark %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft of %1 is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical: failing it sets the score to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment required below pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A — not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (required below pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root causes: Space ticks the one highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below pass: say why in the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: none yet (no item rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: 0 — a critical item failed: fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 — passes (pass mark %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 — fails (pass mark %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 of %3 items rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: score %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Close again to leave without saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::QaScorecardEditor</name>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment below pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root causes (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate the root causes with semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Chinese tag for each root cause, in the same order, separated with semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecards could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published, in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard version could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2 (published: read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2 (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass / fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issues: the draft may be saved and published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) to fix.</source>
        <translation>
            <numerusform>%n issue to fix.</numerusform>
            <numerusform>%n issues to fix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scorecard has a draft already: edit it, publish it or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the newest published version into a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft was made from the newest published version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The draft was not saved: %n issue(s) to fix.</source>
        <translation>
            <numerusform>The draft was not saved: %n issue to fix.</numerusform>
            <numerusform>The draft was not saved: %n issues to fix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish version %1 of %2? New reviews will use it. Reviews already started keep the version they started with. A published version never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: new reviews use this version from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft version %1 of %2 and every change in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has unsaved edits: save it, or choose that version again to leave them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::RegisterDialog</name>
    <message>
        <source>Channel *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer tier *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green channel — heads every queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a complaint or suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions follow the lighter flow and have their own types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fast track: the ticket heads every queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission tickets.green_channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ReportArchivePanel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report runs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 up to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — attempt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2, started %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2, started %3.
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the broadcast&apos;s receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast: read by %1 of %2 recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast&apos;s receipts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run and one of its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file with the desktop&apos;s application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file, checking its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored bytes of %1, file %2, do not match their SHA-256 (stored %3, computed %4). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written to %2, but no application opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 was not written: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 opened (SHA-256 %3 checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 saved to %3 (SHA-256 %4 checked).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ReportAutoRun</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scheduled reports: %n built and delivered.</source>
        <translation>
            <numerusform>Scheduled reports: %n built and delivered.</numerusform>
            <numerusform>Scheduled reports: %n built and delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more missed periods are left for the next check.</source>
        <translation>
            <numerusform>%n more missed period is left for the next check.</numerusform>
            <numerusform>%n more missed periods are left for the next check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::ReportScheduleDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the report files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report schedule “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles, teams and people could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each hour&apos;s report is built at these minutes past the next hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day&apos;s report is built the next day at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each week&apos;s report is built on this weekday of the next week, at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each month&apos;s report is built on this day of the next month, at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broadcast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast to: nobody chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule was changed or deleted by someone else since you opened it. Nothing was saved; reload it to see what is stored (your changes here are then lost), or cancel.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored schedule could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule was deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ReportScheduleLabels</name>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response and handling time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation and repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly (ISO week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (no tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min past each hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 of each month at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat webhooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ReportSchedulesPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report schedules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a schedule first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a report schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected schedule (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new schedule starting as a copy of the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected schedule; its runs stay archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which period a run of the selected schedule would report now; nothing is built or sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule “%1” was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the schedule “%1”? No further reports are built for it; the runs already made stay in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule “%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of “%1” now would report %2 (from %3 up to %4). Nothing was built or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of “%1” could not be worked out: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ReportScreenDocument</name>
    <message>
        <source>Tickets received per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year earlier (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data that far back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling to the first close (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All problem types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ReportView</name>
    <message numerus="yes">
        <source>Double-click to open the %n ticket(s)</source>
        <translation>
            <numerusform>Double-click to open the %n ticket</numerusform>
            <numerusform>Double-click to open the %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Open supervision item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;supervision item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a supervision item for the selected recurring problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring in the report of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::ReportsPlace</name>
    <message>
        <source>Periodic report: every section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic report: chosen sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range (from – to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same period a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business calendar could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the report on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting needs the permission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business calendar&apos;s time zone is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one section of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n section(s) done</source>
        <translation>
            <numerusform>All %n section done</numerusform>
            <numerusform>All %n sections done</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of %1 built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opening the %n ticket(s) of %1…</source>
        <translation>
            <numerusform>Opening the %n ticket of %1…</numerusform>
            <numerusform>Opening the %n tickets of %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>The tickets of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened the first %n ticket(s) of %1.</source>
        <translation>
            <numerusform>Opened the first %n ticket of %1.</numerusform>
            <numerusform>Opened the first %n tickets of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %n ticket(s) of %1.</source>
        <translation>
            <numerusform>Opened %n ticket of %1.</numerusform>
            <numerusform>Opened %n tickets of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counts tickets that are archived: the figures of this month are its roll-up, and archived tickets cannot be opened here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::RolesTab</name>
    <message>
        <source>Super role (holds every permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a–z, 0–9, _ (e.g. night_shift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role&apos;s permissions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission tree could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role to see and change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The super role holds every permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not hold %1 yourself, so you cannot grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role %1? Its %2 members stay, without a role (and so without its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the role %1; its members stay, without a role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::RuleSetEditor</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: version %1 (the shipped default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: version %1, saved by %2 at %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a count range (a–b, &gt;n, ≥n, ≤n or n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: range %3 is inverted (its lower end is above its upper end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: range %3 overlaps %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst thresholds, %1, %2: &quot;%3&quot; must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a positive ISO 8601 duration such as PT30M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::SearchLogTab</name>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words of the query, e.g. a customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ticket search and export, by whom and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 matching searches are shown; narrow the filter to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching search(es).</source>
        <translation>
            <numerusform>%n matching search.</numerusform>
            <numerusform>%n matching searches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::SettingsTab</name>
    <message>
        <source>Argon2id passes for new password hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id memory in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passwords in a row before the account locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes an account stays locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest support tier a ticket can be escalated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours, time zone and make-up-day hours (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow.calendar must be a JSON object: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow.calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting name “%1” is not valid: use lower-case words of a–z, 0–9 and _ joined by dots, at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; “%4” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 is too long (at most 20000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 contains a control or invisible character (U+%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting name, e.g. security.lockout.minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest file that may be attached to a ticket, in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of each day&apos;s closed tickets drawn for the QA spot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket column the QA spot check is stratified by (or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2; “%3” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time after which a workstation draws the previous day&apos;s QA spot check (HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a time of day from 00:00 to 23:59, such as 00:30; “%2” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA review score at which a review passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days an agent has to acknowledge or dispute a QA review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the QA sample scored blind by a second inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days within which a complaint of the same customer and problem type counts as a repeat in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest tickets in a period for a problem type to be ranked as growing in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets per period above which a problem type counts toward recurring (supervision) in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive periods above the threshold that make a problem type recurring in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds an incident alert stays up before it collapses into the alert drawer</source>
        <translation></translation>
    </message>
    <message>
        <source>Months a closed ordinary ticket stays before it may be archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months a closed important ticket (green channel, appealed, VIP, incident) stays before it may be archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest published version of Signalboard; older workstations show a notice (use “Publish a release…” to set it with its notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes shown with the newest version (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page where the newest version can be downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish a release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published release could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is published; older workstations will show a notice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database: saving a new person creates their own PostgreSQL login (SCRAM password) in their role&apos;s group; a status other than active disables that login at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded database: the password is stored only as an Argon2id hash. At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(set when saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new person needs a password (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::StaffTab</name>
    <message>
        <source>&amp;New staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by any shown column (name, employee no., login …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the login of %1 (%2)? They can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled the login of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked.</source>
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
    <name>sb::app::SupervisionDialog</name>
    <message>
        <source>Open item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::SupervisionPanel</name>
    <message>
        <source>Overdue: due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a closing note: what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this item meanwhile: reload it to see their change, then edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::TeamsTab</name>
    <message>
        <source>&amp;Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a team in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the team to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the team %1? Its %2 members stay, without a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the team %1; its members stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::TempPermissionsTab</name>
    <message>
        <source>&amp;Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary permissions could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a grant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a holder and a permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the temporary permission.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::TickerBar</name>
    <message>
        <source>Messages for you; click to open the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::TicketDetailPanel</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team / department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linked incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 — grade %2, %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not saved. Reload the ticket to see the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the ticket off the fast track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the ticket at the head of every queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base article linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge-base article unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(source: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::TicketExportFlow</name>
    <message>
        <source>Exporting needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be audited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 tickets written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 tickets written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln ticket(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln ticket to %1.</numerusform>
            <numerusform>Exported %Ln tickets to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::TicketPageModel</name>
    <message>
        <source>%1 d %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
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
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::TicketRegistrar</name>
    <message>
        <source>Corporate image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: &quot;%1&quot; is neither complaint nor suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering needs the permission tickets.register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green channel: needs the permission tickets.green_channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow has no initial state for new tickets of kind %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on the green channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::TicketsPlace</name>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission tickets.register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the permission tickets.bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a date (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %L1 tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a saved filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the tickets first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every ticket of this queue, filter and sort to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %L1 of more tickets of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n ticket(s) of: %1</source>
        <translation>
            <numerusform>Showing the %n ticket of: %1</numerusform>
            <numerusform>Showing the %n tickets of: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::TodayNavCounts</name>
    <message numerus="yes">
        <source>%n overdue ticket(s) of yours</source>
        <translation>
            <numerusform>%n overdue ticket of yours</numerusform>
            <numerusform>%n overdue tickets of yours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue ticket(s)</source>
        <translation>
            <numerusform>%n overdue ticket</numerusform>
            <numerusform>%n overdue tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s), the worst %1</source>
        <translation>
            <numerusform>%n open incident, the worst %1</numerusform>
            <numerusform>%n open incidents, the worst %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread broadcast(s)</source>
        <translation>
            <numerusform>%n unread broadcast</numerusform>
            <numerusform>%n unread broadcasts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n review due</numerusform>
            <numerusform>%n reviews due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::TodayPlace</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue: %L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets you handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 in %2 min / threshold %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 in %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 complaints in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaints in the last hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints per 5 minutes over the last hour; the dashed line is the burst threshold of the grading rules in force, per 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report schedules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::UpdateChecker</name>
    <message>
        <source>Could not look for a newer version: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::UpdateNotice</name>
    <message>
        <source>Signalboard %1 is available. This workstation runs version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get it from: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::app::VolumePlace</name>
    <message>
        <source>0 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-minute count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 in %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident opens at %1 in %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3-minute count: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: %1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: burst threshold %1 (opens an incident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst threshold of the class: %1 in %2 min (per type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in 30 min, %3 in 60 min. Click to open large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 customers): %3 in 30 min, %4 in 60 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel, per %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load volume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set version %1 · loaded in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped rule set · loaded in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read new complaints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalboard — complaint volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave wall mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>history from a standby as of %1, %n newer complaint(s) from the primary</source>
        <translation>
            <numerusform>history from a standby as of %1, %n newer complaint from the primary</numerusform>
            <numerusform>history from a standby as of %1, %n newer complaints from the primary</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>history from a standby, %n newer complaint(s) from the primary</source>
        <translation>
            <numerusform>history from a standby, %n newer complaint from the primary</numerusform>
            <numerusform>history from a standby, %n newer complaints from the primary</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::WebhookDialog</name>
    <message>
        <source>WeCom (企业微信)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk (钉钉)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu (飞书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack-style JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the target a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the target to change.</source>
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
        <source>retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::archive::CopyAhead</name>
    <message>
        <source>A second connection to the live database for the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second connection to the archive for the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::archive::JsonRows</name>
    <message>
        <source>The server&apos;s rows are not a JSON array (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s row %1 has no text in column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s row %1 has &quot;%2&quot; for an integer in column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s row %1 is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::archive::PgRows</name>
    <message>
        <source>The table %1 has no column to archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave %1 columns of the table %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s row %1 of the table %2 has &quot;%3&quot; for an integer in column %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
