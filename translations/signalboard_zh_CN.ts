<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Signalboard</source>
        <translation>关于 Signalboard</translation>
    </message>
    <message>
        <source>A supervisor workstation for complaint-handling centres.</source>
        <translation>投诉处理中心客服主管工作台。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>数据库结构版本：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>AdminService</name>
    <message>
        <source>%1 may not do this: it needs the permission %2.</source>
        <translation>%1 无权执行此操作：需要权限 %2。</translation>
    </message>
    <message>
        <source>This user</source>
        <translation>该用户</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>不存在 ID 为 %1 的人员。</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>The skill groups</source>
        <translation>技能组</translation>
    </message>
    <message>
        <source>The level %1 is out of range; use 1 to 99.</source>
        <translation>级别 %1 超出范围，请使用 1 到 99。</translation>
    </message>
    <message>
        <source>There is no role with id %1.</source>
        <translation>不存在 ID 为 %1 的角色。</translation>
    </message>
    <message>
        <source>Only the super role may give someone the role %1.</source>
        <translation>只有超级角色才能将角色 %1 分配给他人。</translation>
    </message>
    <message>
        <source>You may not give someone the role %1: it holds %2, which you do not hold.</source>
        <translation>您不能将角色 %1 分配给他人：该角色拥有权限 %2，而您不具备该权限。</translation>
    </message>
    <message>
        <source>The employee number %1 is already used.</source>
        <translation>工号 %1 已被使用。</translation>
    </message>
    <message>
        <source>The login %1 is already used.</source>
        <translation>登录名 %1 已被使用。</translation>
    </message>
    <message>
        <source>Choose a role: on a shared database every login belongs to a role&apos;s group.</source>
        <translation>请选择角色：在共享数据库上，每个登录名都必须归属于某个角色对应的数据库组。</translation>
    </message>
    <message>
        <source>The database returned no id for the new row.</source>
        <translation>数据库未返回新记录的 ID。</translation>
    </message>
    <message>
        <source>You may not change %1: their role holds permissions you do not hold.</source>
        <translation>您不能修改 %1：其角色拥有您不具备的权限。</translation>
    </message>
    <message>
        <source>There is already an administrator; ask them to create your account.</source>
        <translation>系统中已有管理员，请让管理员为您创建账号。</translation>
    </message>
    <message>
        <source>The database has no super role &apos;admin&apos;; it is not at schema version 5.</source>
        <translation>数据库中没有超级角色“admin”：数据库结构版本不是 5。</translation>
    </message>
    <message>
        <source>On a shared database a login cannot be renamed; create a new one.</source>
        <translation>在共享数据库上不能重命名登录名，请新建一个登录名。</translation>
    </message>
    <message>
        <source>On a shared database a login is enabled again by the database administrator (ALTER ROLE … LOGIN); see the administrator guide.</source>
        <translation>在共享数据库上，登录名须由数据库管理员重新启用（ALTER ROLE … LOGIN），详见管理员指南。</translation>
    </message>
    <message>
        <source>The employee number %1 or the login %2 belongs to someone else.</source>
        <translation>工号 %1 或登录名 %2 已属于其他人员。</translation>
    </message>
    <message>
        <source>The team name</source>
        <translation>班组名称</translation>
    </message>
    <message>
        <source>There is already a team called %1.</source>
        <translation>已存在名为 %1 的班组。</translation>
    </message>
    <message>
        <source>There is no team with id %1.</source>
        <translation>不存在 ID 为 %1 的班组。</translation>
    </message>
    <message>
        <source>The role name</source>
        <translation>角色名称</translation>
    </message>
    <message>
        <source>Only the super role may create another super role.</source>
        <translation>只有超级角色才能创建其他超级角色。</translation>
    </message>
    <message>
        <source>There is already a role with the key %1.</source>
        <translation>已存在键为 %1 的角色。</translation>
    </message>
    <message>
        <source>Only the super role may change a super role or make a role super.</source>
        <translation>只有超级角色才能修改超级角色，或将角色设为超级角色。</translation>
    </message>
    <message>
        <source>Only the super role may delete a super role.</source>
        <translation>只有超级角色才能删除超级角色。</translation>
    </message>
    <message>
        <source>There is no permission %1.</source>
        <translation>不存在权限 %1。</translation>
    </message>
    <message>
        <source>You cannot grant yourself a permission.</source>
        <translation>不能给自己授予权限。</translation>
    </message>
    <message>
        <source>A temporary permission must expire in the future.</source>
        <translation>临时权限的到期时间必须晚于当前时间。</translation>
    </message>
    <message>
        <source>There is no temporary permission with id %1.</source>
        <translation>不存在 ID 为 %1 的临时权限。</translation>
    </message>
</context>
<context>
    <name>AlertDrawer</name>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>知悉</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>AnnouncePage</name>
    <message>
        <source>Announce</source>
        <translation>通告</translation>
    </message>
    <message>
        <source>The alert and the answer script pushed to the front line.</source>
        <translation>推送给一线的预警和口径。</translation>
    </message>
    <message>
        <source>Announce the incident now</source>
        <translation>立即通告该事件</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>通知：</translation>
    </message>
    <message>
        <source>Answer script for agents:</source>
        <translation>客服口径：</translation>
    </message>
    <message>
        <source>What front-line agents tell customers</source>
        <translation>一线客服对客户的答复</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>受众：</translation>
    </message>
    <message>
        <source>Also post to chat groups:</source>
        <translation>同时发到群聊：</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>归档文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>The archive %1 is still being written (%2 exists): wait for the archive run to finish, or run it again to complete it. Nothing was opened.</source>
        <translation>归档文件 %1 仍在写入中（存在 %2）：请等待归档运行结束，或重新运行以完成它。未打开任何内容。</translation>
    </message>
    <message>
        <source>%1 is not a Signalboard archive (it has no archive manifest); nothing was changed.</source>
        <translation>%1 不是 Signalboard 归档文件（没有归档清单）；未作任何更改。</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the archive %1: %2</source>
        <translation>无法读取归档文件 %1 的结构版本：%2</translation>
    </message>
    <message>
        <source>The archive %1 was written by a newer Signalboard (schema version %2; this one reads up to %3). Open it with that version; nothing was changed.</source>
        <translation>归档文件 %1 由较新的 Signalboard 写入（结构版本 %2；此版本最高可读版本 %3）。请用该版本打开；未作任何更改。</translation>
    </message>
    <message>
        <source>The archive %1 is at schema version %2 and this Signalboard reads version %3. An archive is opened as it is, never migrated: open it with the Signalboard that wrote it, or restore it into a database and archive it again. Nothing was changed.</source>
        <translation>归档文件 %1 的结构版本为 %2，而此 Signalboard 读取版本 %3。归档文件按原样打开，从不升级：请用写入它的 Signalboard 打开，或将其恢复到数据库后重新归档。未作任何更改。</translation>
    </message>
    <message>
        <source>Cannot read the manifest of the archive %1: %2</source>
        <translation>无法读取归档文件 %1 的清单：%2</translation>
    </message>
    <message>
        <source>The manifest of the archive %1 is empty: no archive run finished writing it.</source>
        <translation>归档文件 %1 的清单为空：没有一次归档运行完成写入。</translation>
    </message>
    <message numerus="yes">
        <source>The manifest does not list the table %1 (%Ln row(s) in the archive).</source>
        <translation>
            <numerusform>清单中没有表 %1（归档中有 %Ln 行）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The table %1 has %L2 rows, the manifest says %L3: the archive was changed after it was written.</source>
        <translation>表 %1 有 %L2 行，清单记载为 %L3 行：归档文件在写入后被改动过。</translation>
    </message>
    <message>
        <source>The rows of the table %1 differ from the manifest&apos;s SHA-256: the archive was changed after it was written.</source>
        <translation>表 %1 的行与清单中的 SHA-256 不符：归档文件在写入后被改动过。</translation>
    </message>
</context>
<context>
    <name>ArchiveRuns</name>
    <message>
        <source>The archive runs could not be read: %1</source>
        <translation>无法读取归档运行记录：%1</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>归档文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open the archive %1: %2</source>
        <translation>无法打开归档 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Signalboard archive (it is not an SQLite file).</source>
        <translation>%1 不是 Signalboard 归档（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 is not a Signalboard archive (it has no archive manifest).</source>
        <translation>%1 不是 Signalboard 归档（其中没有归档清单）。</translation>
    </message>
    <message>
        <source>The archive %1 could not be read: %2</source>
        <translation>无法读取归档 %1：%2</translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <source>Retention rules in force</source>
        <translation>当前保留期限规则</translation>
    </message>
    <message>
        <source>Archive tickets closed &amp;before:</source>
        <translation>归档以下日期之前结案的工单(&amp;B)：</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Archive to &amp;file…</source>
        <translation>归档到文件(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;estore from file…</source>
        <translation>从文件恢复(&amp;E)…</translation>
    </message>
    <message>
        <source>Past runs (newest first)</source>
        <translation>历史运行（最新在前）</translation>
    </message>
    <message>
        <source>Re&amp;load runs</source>
        <translation>重新读取运行记录(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ArchiveTables</name>
    <message>
        <source>The table %1 has a column named &quot;%2&quot;, which cannot be archived.</source>
        <translation>表 %1 有一列名为“%2”，无法归档。</translation>
    </message>
    <message>
        <source>%1 is not a table an archive copies.</source>
        <translation>%1 不是归档会复制的表。</translation>
    </message>
    <message>
        <source>%1 is not restored from an archive.</source>
        <translation>%1 不会从归档恢复。</translation>
    </message>
</context>
<context>
    <name>ArchiveWindow</name>
    <message>
        <source>Archive, read-only: nothing here can be changed.</source>
        <translation>归档，只读：此处的任何内容都不能更改。</translation>
    </message>
</context>
<context>
    <name>Archiver</name>
    <message>
        <source>The rows of %1 differ between the live database (%2 rows) and the archive (%3 rows); this batch was left as it was.</source>
        <translation>表 %1 的行在在线数据库（%2 行）与归档（%3 行）之间不一致；本批次保持原样。</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>归档文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The live database changed while this batch was checked; the batch was left as it was.</source>
        <translation>核对本批次期间在线数据库发生了变化；本批次保持原样。</translation>
    </message>
    <message>
        <source>%1 Nothing was archived: no ticket leaves before the month roll-ups are stored.</source>
        <translation>%1 未归档任何内容：月度汇总保存之前，不会有工单移出。</translation>
    </message>
    <message>
        <source>Every batch was archived, but the archive&apos;s indexes could not be built: %1 The next run into the file builds them.</source>
        <translation>每一批都已归档，但归档文件的索引未能建立：%1 下一次向该文件归档时会先建立它们。</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Audience field &quot;kind&quot;: unknown value &quot;%1&quot;.</source>
        <translation>接收范围字段 &quot;kind&quot;：未知值 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Audience field &quot;ids&quot;, item %1: not a positive id.</source>
        <translation>接收范围字段 &quot;ids&quot; 第 %1 项：不是有效的 ID（须为正整数）。</translation>
    </message>
</context>
<context>
    <name>AudienceResolver</name>
    <message>
        <source>The audience names no %1.</source>
        <translation>接收范围中未指定任何%1。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>No staff member has the id %1.</source>
        <translation>不存在 ID 为 %1 的人员。</translation>
    </message>
    <message>
        <source>Nobody is in this audience (%1); the message was not sent.</source>
        <translation>该接收范围（%1）内没有任何人员，消息未发送。</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Refused: bulk actions need the permission tickets.bulk.</source>
        <translation>已拒绝：批量操作需要权限 tickets.bulk。</translation>
    </message>
    <message>
        <source>Refused: needs the permission %1.</source>
        <translation>已拒绝：需要权限 %1。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Refused: a ticket in state &quot;%1&quot; cannot be closed.</source>
        <translation>已拒绝：状态为“%1”的工单不能关闭。</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>%1: expected a list of periods such as &quot;09:00-18:00&quot;.</source>
        <translation>%1：应为时段列表，例如 &quot;09:00-18:00&quot;。</translation>
    </message>
    <message>
        <source>%1, period %2: &quot;%3&quot; is not a period such as &quot;09:00-18:00&quot; (start before end, end at most 24:00).</source>
        <translation>%1，第 %2 个时段：&quot;%3&quot; 不是有效时段（如 &quot;09:00-18:00&quot;；开始须早于结束，结束最晚 24:00）。</translation>
    </message>
    <message>
        <source>%1, period %2: periods must be in order and must not overlap.</source>
        <translation>%1，第 %2 个时段：各时段须按时间顺序排列且不得重叠。</translation>
    </message>
    <message>
        <source>timeZone: &quot;%1&quot; is not a known time zone.</source>
        <translation>timeZone：&quot;%1&quot; 不是已知的时区。</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>Setting %1 is not a JSON object (offset %2: %3).</source>
        <translation>设置项 %1 不是 JSON 对象（偏移 %2：%3）。</translation>
    </message>
    <message>
        <source>Setting %1: %2</source>
        <translation>设置项 %1：%2</translation>
    </message>
    <message>
        <source>calendar_days row %1: not a valid date and kind (%2).</source>
        <translation>calendar_days 中 %1 行：日期或类型无效（%2）。</translation>
    </message>
    <message>
        <source>A calendar day without a valid date cannot be stored.</source>
        <translation>没有有效日期的日历日无法保存。</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 未删除：%2</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>New message</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>收件人(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>显示方式</translation>
    </message>
    <message>
        <source>Pop-up</source>
        <translation>弹窗</translation>
    </message>
    <message>
        <source>Scrolling ticker</source>
        <translation>滚动字幕</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>&amp;Expires</source>
        <translation>过期时间(&amp;E)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
    <message>
        <source>Message (plain text: it is shown exactly as typed)</source>
        <translation>消息（纯文本：按输入原样显示）</translation>
    </message>
    <message>
        <source>Also post to the chat groups (webhooks)</source>
        <translation>同时发到群聊（webhook）</translation>
    </message>
    <message>
        <source>Named people</source>
        <translation>指定人员</translation>
    </message>
    <message>
        <source>Search by name, number, role or team</source>
        <translation>按姓名、工号、角色或班组搜索</translation>
    </message>
    <message>
        <source>Files sent with the message</source>
        <translation>随消息发送的文件</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Finish stores all of this at once and sends the announcement.</source>
        <translation>点击“完成”将一次性保存以上全部内容并发送通告。</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a Signalboard database</source>
        <translation>连接 Signalboard 数据库</translation>
    </message>
    <message>
        <source>Choose where this workstation&apos;s data lives: a database file on this computer, or a PostgreSQL server shared by the whole centre.</source>
        <translation>选择本工作站数据的存放位置：本机上的数据库文件，或全中心共用的 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>Database file on this computer (SQLite)</source>
        <translation>本机数据库文件（SQLite）</translation>
    </message>
    <message>
        <source>Shared PostgreSQL server</source>
        <translation>共享 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Sign in as:</source>
        <translation>登录账号：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Host(s):</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>db.example.com or db1,db2 for failover</source>
        <translation>db.example.com，或 db1,db2（故障切换）</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>TLS (sslmode):</source>
        <translation>TLS（sslmode）：</translation>
    </message>
    <message>
        <source>Build reports and volume history on a standby when one is up</source>
        <translation>有备用服务器时，在备用服务器上生成定期通报并读取投诉量历史</translation>
    </message>
    <message>
        <source>With several hosts: reports and the volume history of longer ranges read from a hot standby (read_session_attrs=prefer-standby), sparing the primary; everything else, live counts included, uses the writable server.</source>
        <translation>配置多个主机时：定期通报和较长时间范围的投诉量历史从热备服务器读取（read_session_attrs=prefer-standby），减轻主服务器负担；其他一切（包括实时计数）仍使用可写服务器。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>未安装 %1 的 Qt SQL 驱动。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a Signalboard database (it is not an SQLite file); nothing was changed.</source>
        <translation>%1 不是 Signalboard 数据库（不是 SQLite 文件），未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable.</source>
        <translation>无法创建 %1：该文件夹不可写。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a usable database: %2</source>
        <translation>%1 不是可用的数据库：%2</translation>
    </message>
    <message>
        <source>The server refused the user name or password for %1.</source>
        <translation>服务器拒绝了 %1 的用户名或密码。</translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation>（默认用户）</translation>
    </message>
    <message>
        <source>The server answered but refused: %1</source>
        <translation>服务器有响应，但拒绝了连接：%1</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server %1: %2</source>
        <translation>无法连接 PostgreSQL 服务器 %1：%2</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2): nothing of this change was saved, and everything saved before is intact. Free space on that disk and try again.</source>
        <translation>存放 %1 的磁盘已满（%2）：本次更改未保存，之前保存的数据完好无损。请释放该磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The disk of the PostgreSQL server %1 is full (%2): nothing of this change was saved. The administrator must free space on the server.</source>
        <translation>PostgreSQL 服务器 %1 的磁盘已满（%2）：本次更改未保存。请管理员释放服务器上的磁盘空间。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
</context>
<context>
    <name>DeadlineRuleDialog</name>
    <message>
        <source>Ticket &amp;kind</source>
        <translation>工单类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>分类(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>客户等级(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation>节点(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>时长(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;lock</source>
        <translation>计时方式(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Warning lead</source>
        <translation>预警提前量(&amp;W)</translation>
    </message>
    <message>
        <source>How long before the deadline it turns to a warning, in seconds of the rule&apos;s clock.</source>
        <translation>到期前多久开始预警，以该规则计时方式下的秒数计。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Counts &amp;from</source>
        <translation>起算点(&amp;F)</translation>
    </message>
    <message>
        <source>Met &amp;by</source>
        <translation>满足条件(&amp;B)</translation>
    </message>
    <message>
        <source>actions, comma-separated, e.g. respond,reply</source>
        <translation>操作，用逗号分隔，例如 respond,reply</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
</context>
<context>
    <name>DeadlineRuleStore</name>
    <message>
        <source>Deadline rule %1 (%2): unit &quot;%3&quot; or clock &quot;%4&quot; is not known.</source>
        <translation>时限规则 %1（%2）：单位 &quot;%3&quot; 或计时方式 &quot;%4&quot; 无法识别。</translation>
    </message>
    <message>
        <source>Deadline rule, field %1: &quot;%2&quot; is neither * nor a key (a-z, 0-9, _).</source>
        <translation>时限规则，字段 %1：&quot;%2&quot; 既不是 * 也不是有效键（a-z、0-9、_）。</translation>
    </message>
    <message>
        <source>Deadline rule, field milestone: &quot;%1&quot; is not a key (a-z, 0-9, _).</source>
        <translation>时限规则，字段 milestone：&quot;%1&quot; 不是有效键（a-z、0-9、_）。</translation>
    </message>
    <message>
        <source>Deadline rule %1, field duration: must be between 1 and 100000, not %2.</source>
        <translation>时限规则 %1，字段 duration：须在 1 到 100000 之间，当前为 %2。</translation>
    </message>
    <message>
        <source>Deadline rule %1, field warn_lead: must be at least 0 and shorter than the deadline itself.</source>
        <translation>时限规则 %1，字段 warn_lead（预警期限）：不得小于 0，且须短于时限本身。</translation>
    </message>
    <message>
        <source>Deadline rule %1, field anchor_action: &quot;%2&quot; is not an action key.</source>
        <translation>时限规则 %1，字段 anchor_action：&quot;%2&quot; 不是有效的操作键。</translation>
    </message>
    <message>
        <source>Deadline rule %1, field met_by: name at least one action that meets it.</source>
        <translation>时限规则 %1，字段 met_by：至少指定一个满足该时限的操作。</translation>
    </message>
    <message>
        <source>Deadline rule %1, field met_by: &quot;%2&quot; is not an action key.</source>
        <translation>时限规则 %1，字段 met_by：&quot;%2&quot; 不是有效的操作键。</translation>
    </message>
    <message>
        <source>The deadline rule could not be stored.</source>
        <translation>无法保存该时限规则。</translation>
    </message>
    <message>
        <source>Deadline rule #%1 does not exist.</source>
        <translation>时限规则 #%1 不存在。</translation>
    </message>
</context>
<context>
    <name>DeadlineUrger</name>
    <message>
        <source>Deadline &quot;%1&quot; is near: due at %2.</source>
        <translation>时限“%1”即将到期：截止时间 %2。</translation>
    </message>
    <message>
        <source>Deadline &quot;%1&quot; has passed: it was due at %2.</source>
        <translation>时限“%1”已超时：截止时间为 %2。</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>No agents to assign the demo history to.</source>
        <translation>没有可分配演示历史数据的一线客服。</translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n ticket(s); the demo is written only into a database without tickets.</source>
        <translation>
            <numerusform>数据库中已有 %n 张工单；演示数据只写入没有工单的数据库。</numerusform>
        </translation>
    </message>
    <message>
        <source>The database already has staff with the demo&apos;s logins (%1); the demo is written only into a database without them.</source>
        <translation>数据库中已有使用演示账号登录名的人员（%1）；演示数据只写入没有这些人员的数据库。</translation>
    </message>
    <message>
        <source>Demo logins are database roles: they exist only on PostgreSQL.</source>
        <translation>演示登录账号是数据库角色，仅在 PostgreSQL 上存在。</translation>
    </message>
    <message>
        <source>The demo logins&apos; password must have 8 to 1024 characters.</source>
        <translation>演示登录账号的密码须为 8 至 1024 个字符。</translation>
    </message>
    <message>
        <source>The server already has database roles named like demo people (%1); roles are shared by every database of a server, so the demo logins cannot be created here.</source>
        <translation>服务器上已有与演示人员同名的数据库角色（%1）；角色由同一服务器上的所有数据库共用，因此无法在此创建演示登录账号。</translation>
    </message>
    <message>
        <source>The demo history must span 1 to 366 days, not %1.</source>
        <translation>演示历史须为 1 至 366 天，而不是 %1 天。</translation>
    </message>
    <message>
        <source>An incident could not be stored.</source>
        <translation>无法保存事件。</translation>
    </message>
    <message>
        <source>Cause found and fixed; the customers who complained were called back.</source>
        <translation>已查明原因并修复；已回电投诉的客户。</translation>
    </message>
    <message>
        <source>Demo login &quot;%1&quot; (group &quot;%2&quot;) is not a valid database role.</source>
        <translation>演示登录账号“%1”（组“%2”）不是有效的数据库角色。</translation>
    </message>
    <message>
        <source>Demo login &quot;%1&quot;: %2</source>
        <translation>演示登录账号“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ErasureTab</name>
    <message>
        <source>Identify the customer &amp;by:</source>
        <translation>客户识别方式(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>Request &amp;reference:</source>
        <translation>申请编号(&amp;R)：</translation>
    </message>
    <message>
        <source>The request&apos;s case number, e.g. REQ-2026-001</source>
        <translation>该申请的案件编号，例如 REQ-2026-001</translation>
    </message>
    <message>
        <source>Archive &amp;files:</source>
        <translation>归档文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Count tickets</source>
        <translation>统计工单(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>删除个人信息(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>EventFields</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Deadline %1 is near: due at %2.</source>
        <translation>时限“%1”即将到期：截止时间 %2。</translation>
    </message>
    <message>
        <source>Deadline %1 has passed: it was due at %2.</source>
        <translation>时限“%1”已超时：截止时间为 %2。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Counts per customer tier, their trend, and what customers say.</source>
        <translation>各客户等级的数量、趋势以及客户的反馈。</translation>
    </message>
    <message>
        <source>Complaints now (burst window and grading window):</source>
        <translation>当前投诉量（集中投诉窗口与定级窗口）：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Trend: complaints per 10 minutes over the last 2 hours</source>
        <translation>趋势：最近 2 小时内每 10 分钟的投诉量</translation>
    </message>
    <message>
        <source>Share of users affected is known:</source>
        <translation>已知受影响用户占比：</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Latest complaints of this type:</source>
        <translation>该类型的最新投诉：</translation>
    </message>
</context>
<context>
    <name>GradePage</name>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>The grading table of this problem type; the highlighted cells are what the counts give.</source>
        <translation>该问题类型的定级表；高亮单元格为按当前计数得出的结果。</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Reason for overriding:</source>
        <translation>调整定级的理由：</translation>
    </message>
    <message>
        <source>Required when the grade differs from the one the rules give</source>
        <translation>级别与规则给出的不同时必填</translation>
    </message>
</context>
<context>
    <name>ICalendarImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: an iCalendar file must start with BEGIN:VCALENDAR.</source>
        <translation>第 %1 行：iCalendar 文件必须以 BEGIN:VCALENDAR 开头。</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a property (NAME:value).</source>
        <translation>第 %1 行：&quot;%2&quot; 不是属性行（名称:值）。</translation>
    </message>
    <message>
        <source>line %1: VCALENDAR cannot be nested.</source>
        <translation>第 %1 行：VCALENDAR 不能嵌套。</translation>
    </message>
    <message>
        <source>line %1: END:%2 does not close the open component%3.</source>
        <translation>第 %1 行：END:%2 与当前打开的组件%3不匹配。</translation>
    </message>
    <message>
        <source>line %1: the event has no DTSTART.</source>
        <translation>第 %1 行：该事件缺少 DTSTART。</translation>
    </message>
    <message>
        <source>line %1: DTEND %2 is not after DTSTART %3.</source>
        <translation>第 %1 行：DTEND %2 不晚于 DTSTART %3。</translation>
    </message>
    <message>
        <source>line %1: the event spans more than a year.</source>
        <translation>第 %1 行：该事件跨度超过一年。</translation>
    </message>
    <message>
        <source>line %1: %2 outside BEGIN:VCALENDAR … END:VCALENDAR.</source>
        <translation>第 %1 行：%2 位于 BEGIN:VCALENDAR … END:VCALENDAR 之外。</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not a date (yyyyMMdd) or date-time.</source>
        <translation>第 %1 行：%2 &quot;%3&quot; 不是日期（yyyyMMdd）或日期时间。</translation>
    </message>
    <message>
        <source>line %1: DURATION &quot;%2&quot; is not a whole number of days.</source>
        <translation>第 %1 行：DURATION &quot;%2&quot; 不是整数天。</translation>
    </message>
    <message>
        <source>line %1: X-SIGNALBOARD-KIND must be holiday or workday, not &quot;%2&quot;.</source>
        <translation>第 %1 行：X-SIGNALBOARD-KIND 必须是 holiday 或 workday，而不是 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>line %1: the file ends before END:%2.</source>
        <translation>第 %1 行：文件在 END:%2 之前就结束了。</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Which problem is it, and is it already known?</source>
        <translation>这是哪个问题？是否为已知问题？</translation>
    </message>
    <message>
        <source>Problem type:</source>
        <translation>问题类型：</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Is it a known problem? Search the knowledge base:</source>
        <translation>是否为已知问题？搜索知识库：</translation>
    </message>
    <message>
        <source>Words from the title or text</source>
        <translation>标题或正文中的词语</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Known problem: link the selected entry and track it</source>
        <translation>已知问题：关联所选条目并跟踪</translation>
    </message>
    <message>
        <source>New problem: confirmed</source>
        <translation>新问题：已确认</translation>
    </message>
    <message>
        <source>Not yet confirmed (defer)</source>
        <translation>暂不确认（推迟）</translation>
    </message>
</context>
<context>
    <name>ImportFileForm</name>
    <message>
        <source>Choose a CSV file of complaints. The first row must name the columns. Signalboard&apos;s own complaint CSV format needs no mapping; any other export is mapped on the next page.</source>
        <translation>请选择投诉 CSV 文件。第一行须为列名。Signalboard 自有的投诉 CSV 格式无需映射；其他导出格式将在下一页映射。</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>ImportMappingForm</name>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Names the system the file comes from; importing is idempotent on source and external id.</source>
        <translation>文件来自的系统名称；按来源和外部编号导入，可重复执行。</translation>
    </message>
    <message>
        <source>Mappings that ship with Signalboard</source>
        <translation>Signalboard 自带的映射</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>加载映射(&amp;L)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve mapping…</source>
        <translation>保存映射(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewForm</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Import the good rows and skip the rejected ones</source>
        <translation>导入有效行并跳过被拒绝的行</translation>
    </message>
    <message>
        <source>Keep columns that are not mapped in each ticket&apos;s extra data</source>
        <translation>将未映射的列保留在每个工单的附加数据中</translation>
    </message>
</context>
<context>
    <name>ImportRunForm</name>
    <message>
        <source>&amp;Stop import</source>
        <translation>停止导入(&amp;S)</translation>
    </message>
    <message>
        <source>Stops the import; nothing is written.</source>
        <translation>停止导入；不写入任何数据。</translation>
    </message>
</context>
<context>
    <name>IncidentBoard</name>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Open incidents, fastest-growing first: complaints in the last 30 minutes against the 30 minutes before.</source>
        <translation>未关闭的事件，增长最快的在前：最近 30 分钟的投诉量与之前 30 分钟对比。</translation>
    </message>
    <message>
        <source>Grade…</source>
        <translation>定级…</translation>
    </message>
    <message>
        <source>Grade a problem type…</source>
        <translation>为问题类型定级…</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>Also show incidents resolved in the last 7 days</source>
        <translation>同时显示最近 7 天内已解决的事件</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Summary: what happened, how it was fixed:</source>
        <translation>摘要：发生了什么，如何修复：</translation>
    </message>
    <message>
        <source>Post-incident grade</source>
        <translation>事后定级</translation>
    </message>
    <message>
        <source>Outage duration:</source>
        <translation>故障时长：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Complaints:</source>
        <translation>投诉量：</translation>
    </message>
    <message>
        <source>Loss (money):</source>
        <translation>损失（金额）：</translation>
    </message>
    <message>
        <source>Users affected:</source>
        <translation>受影响用户：</translation>
    </message>
    <message>
        <source>Post-incident grade table (a grade is reached when any measure reaches its threshold; blank: not used):</source>
        <translation>事后定级表（任一指标达到阈值即达到该级别；留空表示不使用）：</translation>
    </message>
    <message>
        <source>Save table</source>
        <translation>保存表格</translation>
    </message>
    <message>
        <source>Give post-incident grade</source>
        <translation>给出事后定级</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Save knowledge-base entry</source>
        <translation>保存知识库条目</translation>
    </message>
    <message>
        <source>Grade…</source>
        <translation>定级…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <source>Not yet identified</source>
        <translation>尚未识别</translation>
    </message>
    <message>
        <source>Known problem</source>
        <translation>已知问题</translation>
    </message>
    <message>
        <source>New problem, confirmed</source>
        <translation>新问题，已确认</translation>
    </message>
    <message>
        <source>Not yet confirmed (deferred)</source>
        <translation>暂不确认</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已生成</translation>
    </message>
    <message>
        <source>Grade rose</source>
        <translation>级别上升</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Linked to a known problem</source>
        <translation>已关联已知问题</translation>
    </message>
    <message>
        <source>Confirmed as a new problem</source>
        <translation>确认为新问题</translation>
    </message>
    <message>
        <source>Confirmation deferred</source>
        <translation>暂不确认</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>已定级</translation>
    </message>
    <message>
        <source>Grade overridden</source>
        <translation>已改级</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>已通告</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Post-incident grade</source>
        <translation>事后定级</translation>
    </message>
    <message>
        <source>Knowledge-base entry created</source>
        <translation>已新建知识库条目</translation>
    </message>
    <message>
        <source>Knowledge-base entry updated</source>
        <translation>已更新知识库条目</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>60 min: %1 normal, %2 VIP</source>
        <translation>60 分钟：普通 %1，贵宾 %2</translation>
    </message>
    <message>
        <source>affected %1 %</source>
        <translation>影响 %1 %</translation>
    </message>
    <message>
        <source>%1 recipients, %2 chat groups</source>
        <translation>%1 个收件人，%2 个群聊</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>outage</source>
        <translation>中断时长</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>users affected</source>
        <translation>受影响用户</translation>
    </message>
</context>
<context>
    <name>KbDialogForm</name>
    <message>
        <source>Search articles, cases and known issues</source>
        <translation>搜索文章、案例和已知问题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online chat</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>现场来访</translation>
    </message>
    <message>
        <source>Supervision hotline</source>
        <translation>监督热线</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Consumer association</source>
        <translation>消费者协会</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Transfer from another province/city</source>
        <translation>外省市转办</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <source>Key account</source>
        <translation>大客户</translation>
    </message>
    <message>
        <source>Agent/distributor</source>
        <translation>代理分销商</translation>
    </message>
    <message>
        <source>Account mix-up</source>
        <translation>串号</translation>
    </message>
    <message>
        <source>Account theft / phishing</source>
        <translation>盗号/钓鱼</translation>
    </message>
    <message>
        <source>Personal data exposed</source>
        <translation>个人信息泄露</translation>
    </message>
    <message>
        <source>Reputation damage</source>
        <translation>声誉受损</translation>
    </message>
    <message>
        <source>Hacker attack outage</source>
        <translation>黑客攻击致服务中断</translation>
    </message>
    <message>
        <source>Purchase anomaly (funds)</source>
        <translation>购买异常（涉及资金）</translation>
    </message>
    <message>
        <source>Login failure</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Order/betting failure</source>
        <translation>下单/投注失败</translation>
    </message>
    <message>
        <source>Campaign reward not received</source>
        <translation>活动奖励未到账</translation>
    </message>
    <message>
        <source>Payment failure</source>
        <translation>支付失败</translation>
    </message>
    <message>
        <source>Site unreachable</source>
        <translation>网站无法访问</translation>
    </message>
    <message>
        <source>Payout delayed</source>
        <translation>派奖延迟</translation>
    </message>
    <message>
        <source>Login page fault</source>
        <translation>登录页面故障</translation>
    </message>
    <message>
        <source>Product fault</source>
        <translation>产品故障</translation>
    </message>
    <message>
        <source>Client software fault</source>
        <translation>客户端故障</translation>
    </message>
    <message>
        <source>Security-sensitive</source>
        <translation>安全敏感</translation>
    </message>
    <message>
        <source>Key problem</source>
        <translation>关键问题</translation>
    </message>
    <message>
        <source>Routine problem</source>
        <translation>常规问题</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Revisited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>一线客服</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>二线技术支持</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>三线专家</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>客服班长</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>Service manager</source>
        <translation>客服经理</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <source>Relationship manager</source>
        <translation>用户关系经理</translation>
    </message>
    <message>
        <source>QA inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>管理层</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>我的工作</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>我的团队</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Unsatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very unsatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Dispatch opinion</source>
        <translation>派送意见</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Support tier</source>
        <translation>支持层级</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>核实结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problem summary</source>
        <translation>问题概述</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续建议</translation>
    </message>
    <message>
        <source>Service staff</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>服务时效</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Skip level</source>
        <translation>越级投诉</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Appeal of</source>
        <translation>申诉原工单</translation>
    </message>
    <message>
        <source>Appeal ticket</source>
        <translation>申诉工单</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>知识条目</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认受理</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <source>Investigation started</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <source>Investigation done</source>
        <translation>调查完成</translation>
    </message>
    <message>
        <source>Final reply</source>
        <translation>最终回复</translation>
    </message>
    <message>
        <source>Result sent</source>
        <translation>结果已发送</translation>
    </message>
</context>
<context>
    <name>LocalAuthenticator</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must have at most 1024 characters.</source>
        <translation>密码不能超过 1024 个字符。</translation>
    </message>
    <message>
        <source>Wrong employee number or password.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins. Try again after %1 or ask an administrator to unlock it.</source>
        <translation>登录失败次数过多，该账号已被锁定。请在 %1 之后重试，或联系管理员解锁。</translation>
    </message>
    <message>
        <source>Wrong password %1 times in a row: the account is locked for %2 minutes.</source>
        <translation>连续 %1 次密码错误：账号已锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>该账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>This account has expired. Ask an administrator.</source>
        <translation>该账号已过期，请联系管理员。</translation>
    </message>
    <message>
        <source>This account is not active (status: %1). Ask an administrator.</source>
        <translation>该账号未启用（状态：%1），请联系管理员。</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>不存在 ID 为 %1 的人员。</translation>
    </message>
    <message>
        <source>The database login %1 is not a Signalboard staff member.</source>
        <translation>数据库登录名 %1 不对应任何 Signalboard 人员。</translation>
    </message>
</context>
<context>
    <name>LogTimeRange</name>
    <message>
        <source>The time range is empty: “to” must be after “from”.</source>
        <translation>时间范围为空：“至”必须晚于“从”。</translation>
    </message>
</context>
<context>
    <name>MessageQuery</name>
    <message>
        <source>Cannot sort messages by &quot;%1&quot;; the columns are: %2.</source>
        <translation>无法按“%1”对消息排序；可用的列为：%2。</translation>
    </message>
    <message>
        <source>The message query needs a positive limit and a non-negative offset.</source>
        <translation>消息查询需要正数的条数上限（limit）和非负的偏移量（offset）。</translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>Message field &quot;%1&quot; contains a NUL character at position %2; it cannot be stored.</source>
        <translation>消息字段“%1”在第 %2 个字符处含有 NUL 字符，无法保存。</translation>
    </message>
    <message>
        <source>Message field &quot;%1&quot; is longer than %2 characters.</source>
        <translation>消息字段“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Message field &quot;body&quot; is empty.</source>
        <translation>消息字段“body”（正文）为空。</translation>
    </message>
    <message>
        <source>Message field &quot;priority&quot; is %1; it must be between 0 and %2.</source>
        <translation>消息字段“priority”（优先级）为 %1，须在 0 到 %2 之间。</translation>
    </message>
    <message>
        <source>Message field &quot;modes&quot; is %1; choose at least one of pop-up, ticker, highlight and sound.</source>
        <translation>消息字段“modes”（显示方式）为 %1；请至少选择弹窗、滚动字幕、高亮、声音中的一种。</translation>
    </message>
    <message>
        <source>Message field &quot;expires&quot;: the time has already passed.</source>
        <translation>消息字段“expires”（失效时间）：该时间已过。</translation>
    </message>
    <message>
        <source>Message field &quot;sender&quot;: no staff member has the id %1.</source>
        <translation>消息字段“sender”（发送人）：不存在 ID 为 %1 的人员。</translation>
    </message>
    <message>
        <source>Message field &quot;incident&quot;: no incident has the id %1.</source>
        <translation>消息字段“incident”（事件）：不存在 ID 为 %1 的事件。</translation>
    </message>
    <message>
        <source>The database did not return the id of the new message.</source>
        <translation>数据库未返回新消息的 ID。</translation>
    </message>
    <message>
        <source>Recipient %1: %2</source>
        <translation>接收人 %1：%2</translation>
    </message>
    <message>
        <source>An incident announcement needs the incident it is about.</source>
        <translation>事件通告必须指明所涉及的事件。</translation>
    </message>
    <message>
        <source>Everyone has read message %1; nothing was sent again.</source>
        <translation>所有接收人均已阅读消息 %1，未重新发送。</translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>消息 %1：%2</translation>
    </message>
    <message>
        <source>Staff member %1 is not a recipient of message %2.</source>
        <translation>人员 %1 不是消息 %2 的接收人。</translation>
    </message>
    <message>
        <source>There is no message with the id %1.</source>
        <translation>不存在 ID 为 %1 的消息。</translation>
    </message>
</context>
<context>
    <name>MessageTemplateStore</name>
    <message>
        <source>Template field &quot;name&quot; is empty.</source>
        <translation>模板字段“name”（名称）为空。</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot;: %2</source>
        <translation>模板“%1”：%2</translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的模板。</translation>
    </message>
    <message>
        <source>There is no template with the id %1.</source>
        <translation>不存在 ID 为 %1 的模板。</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database is at schema version %1, newer than this Signalboard understands (up to version %2). It is opened read-only; install a Signalboard that supports schema version %1 to make changes.</source>
        <translation>数据库结构版本为 %1，高于此 Signalboard 所支持的版本（最高为 %2）。数据库已以只读方式打开；如需修改，请安装支持结构版本 %1 的 Signalboard。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only; it cannot be brought to schema version %2.</source>
        <translation>数据库文件 %1 为只读，无法升级到结构版本 %2。</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>此版本程序中缺少迁移 %1。</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3
Statement: %4</source>
        <translation>迁移 %1（%2）失败：%3
语句：%4</translation>
    </message>
    <message>
        <source>Migration %1 has differently named files: %2 and %3.</source>
        <translation>迁移 %1 的文件名称不一致：%2 与 %3。</translation>
    </message>
    <message>
        <source>Migration %1: the shared part names the section %2 twice.</source>
        <translation>迁移 %1：共享部分两次定义了节 %2。</translation>
    </message>
    <message>
        <source>Migration %1: the shared part has statements outside a section.</source>
        <translation>迁移 %1：共享部分含有不属于任何节的语句。</translation>
    </message>
    <message>
        <source>Migration %1 includes the shared section %2, which does not exist.</source>
        <translation>迁移 %1 引用了不存在的共享节 %2。</translation>
    </message>
    <message>
        <source>Migration %1 includes the shared section %2 more than once.</source>
        <translation>迁移 %1 多次引用了共享节 %2。</translation>
    </message>
    <message>
        <source>Migration %1 leaves out the shared section %2.</source>
        <translation>迁移 %1 遗漏了共享节 %2。</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Who follows this incident through to the end.</source>
        <translation>由谁全程跟进此事件直至结束。</translation>
    </message>
    <message>
        <source>Also show staff with this role who are not on duty</source>
        <translation>同时显示具有此角色但不在岗的人员</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library (libsodium) could not be initialised.</source>
        <translation>无法初始化密码库（libsodium）。</translation>
    </message>
    <message>
        <source>The password hashing parameters are out of range (operations %1, memory %2 bytes).</source>
        <translation>密码哈希参数超出范围（运算次数 %1，内存 %2 字节）。</translation>
    </message>
    <message>
        <source>Hashing the password failed: not enough memory for %1 MiB.</source>
        <translation>密码哈希失败：内存不足，无法分配 %1 MiB。</translation>
    </message>
</context>
<context>
    <name>PermissionService</name>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>不存在 ID 为 %1 的人员。</translation>
    </message>
</context>
<context>
    <name>PersonalDataErasure</name>
    <message>
        <source>The %1 to erase must have %2 to %3 characters (it has %4): a shorter value would also match inside other text.</source>
        <translation>要删除的 %1 须有 %2 至 %3 个字符（现有 %4 个）：更短的值也会匹配到其他文字中。</translation>
    </message>
    <message>
        <source>Give the erasure request&apos;s reference (its case number), at most %1 characters: the audit log records it instead of the value.</source>
        <translation>请填写删除请求的编号（案件号），至多 %1 个字符：审计日志记录该编号，而不记录被删除的值。</translation>
    </message>
</context>
<context>
    <name>PersonalDataMasker</name>
    <message>
        <source>You may not see unmasked personal data (permission personal_data.unmask).</source>
        <translation>您无权查看未脱敏的个人信息（需要权限 personal_data.unmask）。</translation>
    </message>
</context>
<context>
    <name>PgArchive</name>
    <message>
        <source>The live table %1 has no readable column %2.</source>
        <translation>在线数据库的表 %1 没有可读取的列 %2。</translation>
    </message>
    <message>
        <source>The live table %1 gave a row of %2 values for %3 columns.</source>
        <translation>在线数据库的表 %1 返回的一行有 %2 个值，而列有 %3 个。</translation>
    </message>
    <message>
        <source>The server deleted no rows of %1 for this batch.</source>
        <translation>服务器未删除本批次中表 %1 的任何行。</translation>
    </message>
</context>
<context>
    <name>PublishReleaseDialog</name>
    <message>
        <source>Publish a release</source>
        <translation>发布新版本</translation>
    </message>
    <message>
        <source>Workstations running an older version show a notice with these notes.</source>
        <translation>运行旧版本的工作站会显示一条附有这些说明的通知。</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <source>e.g. 1.4.0</source>
        <translation>如 1.4.0</translation>
    </message>
    <message>
        <source>&amp;Download page</source>
        <translation>下载页面(&amp;D)</translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation>https://…（可选）</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>说明(&amp;N)</translation>
    </message>
</context>
<context>
    <name>QaAgreementTrend</name>
    <message>
        <source>The weeks to show need a valid first and last day, in order.</source>
        <translation>要显示的周须有有效的起止日期，且先后有序。</translation>
    </message>
    <message>
        <source>At most %1 weeks can be shown at once.</source>
        <translation>一次最多显示 %1 周。</translation>
    </message>
</context>
<context>
    <name>QaAgreementTrendForm</name>
    <message>
        <source>&amp;Weeks</source>
        <translation>周数(&amp;W)</translation>
    </message>
    <message>
        <source>How many weeks up to the current one are shown</source>
        <translation>显示截至本周的周数</translation>
    </message>
</context>
<context>
    <name>QaCalibrationNewDialog</name>
    <message>
        <source>New calibration session</source>
        <translation>新建校准会</translation>
    </message>
    <message>
        <source>Pick the tickets every participant will score blind, and the inspectors who take part. The session uses the scorecard version in force.</source>
        <translation>选择每位参与人要盲评的工单以及参与的质检员。校准会使用当前生效的评分表版本。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>For instance: March calibration, phone tickets</source>
        <translation>例如：三月校准，电话工单</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>From the spot check of &amp;day:</source>
        <translation>取自该日抽检(&amp;D)：</translation>
    </message>
    <message>
        <source>The day&apos;s sampled tickets: Space ticks the one highlighted</source>
        <translation>该日抽检的工单：按空格键勾选高亮的一项</translation>
    </message>
    <message>
        <source>Or type ticket &amp;serials (separated by commas or spaces):</source>
        <translation>或输入工单流水号(&amp;S)（以逗号或空格分隔）：</translation>
    </message>
    <message>
        <source>Participants: active inspectors</source>
        <translation>参与人：在职质检员</translation>
    </message>
    <message>
        <source>Space ticks the inspector highlighted</source>
        <translation>按空格键勾选高亮的质检员</translation>
    </message>
</context>
<context>
    <name>QaCalibrationPanel</name>
    <message>
        <source>Calibration: several inspectors score the same tickets blind, then their scores are compared side by side and their agreement is measured (Krippendorff&apos;s α), not assumed.</source>
        <translation>校准：多名质检员对同一批工单盲评，随后并排对比评分，并计算一致性（Krippendorff α），而不是凭感觉判断。</translation>
    </message>
    <message>
        <source>New sess&amp;ion…</source>
        <translation>新建校准会(&amp;I)…</translation>
    </message>
    <message>
        <source>Sc&amp;ore…</source>
        <translation>评分(&amp;O)…</translation>
    </message>
    <message>
        <source>Clos&amp;e session…</source>
        <translation>结束校准会(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>QaCalibrationQueries</name>
    <message>
        <source>“%1” is not a ticket serial (CS-yyyyMMdd-number or the number).</source>
        <translation>“%1”不是工单流水号（应为 CS-yyyyMMdd-编号 或编号）。</translation>
    </message>
    <message>
        <source>There is no ticket %1.</source>
        <translation>工单 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>QaCalibrationResults</name>
    <message>
        <source>Scores side by side</source>
        <translation>评分对照</translation>
    </message>
    <message>
        <source>Agreement and bias</source>
        <translation>一致性与偏差</translation>
    </message>
    <message>
        <source>Agreement per item and overall</source>
        <translation>各评分项及总体的一致性</translation>
    </message>
    <message>
        <source>Each inspector&apos;s bias against the mean of everyone&apos;s scores of the same tickets (+ above, − below)</source>
        <translation>每名质检员相对于所有人对同一批工单评分均值的偏差（+ 偏高，− 偏低）</translation>
    </message>
    <message>
        <source>How to read Krippendorff&apos;s α: 1 is perfect agreement, 0 is what chance alone gives. α ≥ 0.800: the inspectors score reliably alike; 0.667 ≤ α &lt; 0.800: tentative, draw conclusions with care; below 0.667: they do not yet score alike. Percent agreement is not corrected for chance. Cells that differ from the ticket&apos;s majority (or, without one, lie half a point or more from the mean) are highlighted.</source>
        <translation>Krippendorff α 的解读：1 表示完全一致，0 表示与随机评分无异。α ≥ 0.800：质检员评分可靠一致；0.667 ≤ α &lt; 0.800：仅可作初步结论，须谨慎；低于 0.667：评分尚不一致。百分比一致率未扣除随机一致。与该工单多数评分不同（无多数时与均值相差半分及以上）的单元格会高亮显示。</translation>
    </message>
</context>
<context>
    <name>QaCalibrationScoreDialog</name>
    <message>
        <source>Calibration: score the tickets</source>
        <translation>校准：为工单评分</translation>
    </message>
    <message>
        <source>Blind scoring: nobody else&apos;s scores are shown here. You see them in the results once you have submitted yours. Submitting a ticket is final.</source>
        <translation>盲评：此处不显示任何他人的评分。提交自己的评分后，可在结果中查看他人评分。工单评分一经提交即为最终结果。</translation>
    </message>
    <message>
        <source>&amp;Tickets of the session</source>
        <translation>校准会工单(&amp;T)</translation>
    </message>
    <message>
        <source>Alt+T goes to the tickets · Ctrl+Enter submits the ticket · Esc closes; ratings not submitted are not kept</source>
        <translation>Alt+T 转到工单列表 · Ctrl+Enter 提交该工单评分 · Esc 关闭；未提交的评分不会保留</translation>
    </message>
    <message>
        <source>Su&amp;bmit ticket…</source>
        <translation>提交工单评分(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Submit ticket</source>
        <translation>提交工单评分</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
</context>
<context>
    <name>QaCalibrationStore</name>
    <message>
        <source>A calibration session needs 1 to %1 tickets.</source>
        <translation>校准会须包含 1 到 %1 个工单。</translation>
    </message>
    <message>
        <source>A calibration session needs a title of 1 to %1 characters.</source>
        <translation>校准会须有 1 到 %1 个字符的标题。</translation>
    </message>
    <message>
        <source>Add 1 to %1 participants at a time.</source>
        <translation>每次添加 1 到 %1 名参与人。</translation>
    </message>
    <message>
        <source>Calibration is done in a staff member&apos;s name.</source>
        <translation>校准须以员工本人的名义进行。</translation>
    </message>
    <message>
        <source>Calibration session #%1 does not exist.</source>
        <translation>校准会 #%1 不存在。</translation>
    </message>
    <message>
        <source>Calibration session #%1 is closed.</source>
        <translation>校准会 #%1 已结束。</translation>
    </message>
    <message>
        <source>Item “%1” cannot be marked not applicable.</source>
        <translation>评分项“%1”不能标记为不适用。</translation>
    </message>
    <message>
        <source>Item “%1” is not an item of the session&apos;s scorecard.</source>
        <translation>评分项“%1”不是该校准会评分表的评分项。</translation>
    </message>
    <message>
        <source>Item “%1” is not rated.</source>
        <translation>评分项“%1”尚未评分。</translation>
    </message>
    <message>
        <source>Item “%1” is rated more than once.</source>
        <translation>评分项“%1”被重复评分。</translation>
    </message>
    <message>
        <source>Item “%1”: either a value or not applicable, not both.</source>
        <translation>评分项“%1”：只能给出分值或“不适用”，不能两者兼有。</translation>
    </message>
    <message>
        <source>Item “%1”: the value must be from %2 to %3.</source>
        <translation>评分项“%1”：分值须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>No scorecard is published.</source>
        <translation>没有已发布的评分表。</translation>
    </message>
    <message>
        <source>Refused: needs the permission %1.</source>
        <translation>已拒绝：需要权限 %1。</translation>
    </message>
    <message>
        <source>Staff member #%1 cannot take part: participants are active holders of %2.</source>
        <translation>员工 #%1 不能参与：参与人须为持有 %2 权限的在职员工。</translation>
    </message>
    <message>
        <source>Ticket #%1 does not exist.</source>
        <translation>工单 #%1 不存在。</translation>
    </message>
    <message>
        <source>Ticket #%1 is not in calibration session #%2.</source>
        <translation>工单 #%1 不在校准会 #%2 中。</translation>
    </message>
    <message>
        <source>You are not a participant of calibration session #%1.</source>
        <translation>您不是校准会 #%1 的参与人。</translation>
    </message>
    <message>
        <source>You scored ticket #%1 of calibration session #%2 already.</source>
        <translation>您已为校准会 #%2 的工单 #%1 评过分。</translation>
    </message>
</context>
<context>
    <name>QaCoachingDialog</name>
    <message>
        <source>Record the coaching meeting</source>
        <translation>记录辅导面谈</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>记录(&amp;N)：</translation>
    </message>
    <message>
        <source>Agreed &amp;actions:</source>
        <translation>约定的改进措施(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>QaCoachingStore</name>
    <message>
        <source>Review #%1 is not a review of yours.</source>
        <translation>质检 #%1 不是您的质检。</translation>
    </message>
    <message>
        <source>Review #%1 is not submitted; coaching follows a submitted, failed review.</source>
        <translation>质检 #%1 尚未提交；辅导只针对已提交且未通过的质检。</translation>
    </message>
    <message>
        <source>Date: give the day the meeting was held.</source>
        <translation>日期：请填写辅导面谈的日期。</translation>
    </message>
    <message>
        <source>Notes: write what was discussed.</source>
        <translation>记录：请填写面谈内容。</translation>
    </message>
    <message>
        <source>Notes: at most %1 characters.</source>
        <translation>记录：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Agreed actions: write what was agreed.</source>
        <translation>约定改进措施：请填写双方约定的措施。</translation>
    </message>
    <message>
        <source>Agreed actions: at most %1 characters.</source>
        <translation>约定改进措施：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Coaching item #%1 does not exist.</source>
        <translation>辅导事项 #%1 不存在。</translation>
    </message>
    <message>
        <source>Refused: coaching item #%1 is not one of your team&apos;s; the agent&apos;s team lead records the meeting.</source>
        <translation>已拒绝：辅导事项 #%1 不属于您的班组；由该坐席的客服班长记录辅导面谈。</translation>
    </message>
    <message>
        <source>Coaching item #%1 was acknowledged already.</source>
        <translation>辅导事项 #%1 已确认。</translation>
    </message>
    <message>
        <source>Refused: coaching item #%1 is not yours; only its agent acknowledges it.</source>
        <translation>已拒绝：辅导事项 #%1 不是您的；只有该坐席本人可以确认。</translation>
    </message>
    <message>
        <source>Coaching item #%1 has no meeting recorded yet.</source>
        <translation>辅导事项 #%1 尚未记录辅导面谈。</translation>
    </message>
</context>
<context>
    <name>QaDashboard</name>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Export week summary…</source>
        <translation>导出周汇总(&amp;E)…</translation>
    </message>
    <message>
        <source>T&amp;rend of</source>
        <translation>趋势对象(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>QaDayQueries</name>
    <message>
        <source>The business calendar&apos;s time zone is not valid.</source>
        <translation>工作日历的时区无效。</translation>
    </message>
    <message>
        <source>Setting %1: “%2” is not a time of day such as 00:30.</source>
        <translation>设置 %1：“%2”不是类似 00:30 的时刻。</translation>
    </message>
</context>
<context>
    <name>QaDecideDialog</name>
    <message>
        <source>Decide a review check</source>
        <translation>裁定质检复核</translation>
    </message>
    <message>
        <source>&amp;Accept (every item gets a new rating)</source>
        <translation>采纳(&amp;A)（每个评分项都改为新评分）</translation>
    </message>
    <message>
        <source>&amp;Partly accept</source>
        <translation>部分采纳(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;ject (no rating changes)</source>
        <translation>驳回(&amp;J)（不改任何评分）</translation>
    </message>
    <message>
        <source>&amp;Reason for the decision (required; the agent reads it and it is audited)</source>
        <translation>裁定理由(&amp;R)（必填；客服可见并记入审计）</translation>
    </message>
</context>
<context>
    <name>QaDisputeDialog</name>
    <message>
        <source>Request a review check</source>
        <translation>申请质检复核</translation>
    </message>
    <message>
        <source>&amp;Items to check (tick each one and say why)</source>
        <translation>需复核的评分项(&amp;I)（逐项勾选并说明原因）</translation>
    </message>
    <message>
        <source>&amp;Reason (required; the decider reads it and it is audited)</source>
        <translation>理由(&amp;R)（必填；供裁定人阅读并记入审计）</translation>
    </message>
</context>
<context>
    <name>QaFeedbackPlace</name>
    <message>
        <source>QA feedback</source>
        <translation>质检反馈</translation>
    </message>
    <message>
        <source>My QA &amp;results</source>
        <translation>我的质检结果(&amp;R)</translation>
    </message>
    <message>
        <source>The reviews of your tickets. Acknowledge each one, or request a review check of named items, with a reason, while the time for it lasts.</source>
        <translation>您所处理工单的质检结果。请逐条确认，或在期限内就指定评分项说明理由并申请质检复核。</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <source>Request a review &amp;check…</source>
        <translation>申请质检复核(&amp;C)…</translation>
    </message>
    <message>
        <source>Review checks to &amp;decide</source>
        <translation>待裁定的质检复核(&amp;D)</translation>
    </message>
    <message>
        <source>Review checks requested by agents, oldest first. Accept, partly accept or reject each one with a reason; only this decision changes a submitted score. Checks of your own reviews are decided by someone else.</source>
        <translation>客服申请的质检复核，最早的在前。请逐条采纳、部分采纳或驳回，并说明理由；只有该裁定能更改已提交的得分。您本人所做质检的复核由他人裁定。</translation>
    </message>
    <message>
        <source>D&amp;ecide…</source>
        <translation>裁定(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;oaching</source>
        <translation>辅导(&amp;O)</translation>
    </message>
</context>
<context>
    <name>QaMyReviews</name>
    <message>
        <source>The sampled tickets you still have to review, overdue ones first. Press Enter or double-click a ticket to review it; a saved draft is resumed.</source>
        <translation>您尚待质检的抽检工单，逾期的排在最前。按回车或双击工单开始质检；已保存的草稿会接着继续。</translation>
    </message>
    <message>
        <source>&amp;Open review…</source>
        <translation>打开质检(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>QaPlace</name>
    <message>
        <source>Quality assurance</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>The day whose spot check is shown, in the business calendar&apos;s time zone</source>
        <translation>所显示抽检的日期（按工作日历的时区）</translation>
    </message>
    <message>
        <source>Draw &amp;now</source>
        <translation>立即抽取(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>替换(&amp;R)…</translation>
    </message>
    <message>
        <source>The daily spot check: a random share of the tickets closed that day, drawn once and stored with its seed so that anyone can re-check it. Each stratum gets its share of the sample in proportion to its size.</source>
        <translation>每日抽检：从当天结单的工单中随机抽取一定比例，只抽取一次，并连同随机种子一起保存，任何人都可复核。各分层按其规模比例分配抽检数量。</translation>
    </message>
    <message>
        <source>Daily &amp;sample</source>
        <translation>每日抽检(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;My reviews</source>
        <translation>我的质检(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>质检(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>看板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Calibration</source>
        <translation>校准(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>一致性(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QaRate</name>
    <message>
        <source>The sampling rate “%1” is not a decimal fraction above 0 and at most 1 with at most %2 decimals, such as 0.05.</source>
        <translation>抽检比例“%1”不是大于 0 且不超过 1、最多 %2 位小数的小数，例如 0.05。</translation>
    </message>
    <message>
        <source>The sampling rate “%1” must be above 0 and at most 1.</source>
        <translation>抽检比例“%1”必须大于 0 且不超过 1。</translation>
    </message>
</context>
<context>
    <name>QaReplaceDialog</name>
    <message>
        <source>Replace a sampled ticket</source>
        <translation>替换抽检工单</translation>
    </message>
    <message>
        <source>&amp;Reason (required; it is kept with the sample and audited)</source>
        <translation>原因(&amp;R)（必填；随抽检保存并记入审计）</translation>
    </message>
    <message>
        <source>For instance: a test ticket, not a real complaint</source>
        <translation>例如：测试工单，并非真实投诉</translation>
    </message>
</context>
<context>
    <name>QaReviewDialog</name>
    <message>
        <source>Review a ticket</source>
        <translation>质检工单</translation>
    </message>
    <message>
        <source>Overall &amp;comment</source>
        <translation>总体评语(&amp;C)</translation>
    </message>
    <message>
        <source>What the agent should hear about this ticket</source>
        <translation>想让坐席了解的关于此工单的意见</translation>
    </message>
    <message>
        <source>Ctrl+S saves the draft · Ctrl+Enter submits · Esc closes and keeps the draft</source>
        <translation>Ctrl+S 保存草稿 · Ctrl+Enter 提交 · Esc 关闭并保留草稿</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>提交(&amp;B)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
</context>
<context>
    <name>QaReviewStore</name>
    <message>
        <source>Scorecard version #%1 does not exist.</source>
        <translation>评分表版本 #%1 不存在。</translation>
    </message>
    <message>
        <source>Item “%1” of scorecard version #%2 has an unknown scale.</source>
        <translation>评分表版本 #%2 的评分项“%1”的评分尺度未知。</translation>
    </message>
    <message>
        <source>Setting %1 has the value “%2”; it must be a number from 0 to 100.</source>
        <translation>设置 %1 的值为“%2”；必须是 0 到 100 之间的数。</translation>
    </message>
    <message>
        <source>QA reviews are written in a staff member&apos;s name.</source>
        <translation>质检须以员工本人的名义进行。</translation>
    </message>
    <message>
        <source>Refused: needs the permission %1.</source>
        <translation>已拒绝：需要权限 %1。</translation>
    </message>
    <message>
        <source>Review #%1 is not a submitted review of your work.</source>
        <translation>质检 #%1 不是针对您工作的已提交质检。</translation>
    </message>
    <message>
        <source>Review #%1 was acknowledged already.</source>
        <translation>质检 #%1 已确认。</translation>
    </message>
    <message>
        <source>Review #%1 was disputed already; a review is disputed once.</source>
        <translation>质检 #%1 已申请质检复核；每次质检只能申请一次质检复核。</translation>
    </message>
    <message>
        <source>Review #%1 can no longer be disputed: the %2 days to dispute it have passed.</source>
        <translation>质检 #%1 已不能申请质检复核：%2 天的质检复核期限已过。</translation>
    </message>
    <message>
        <source>A dispute needs a reason of at most %1 characters.</source>
        <translation>质检复核需要填写理由，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A dispute names at least one item of the review.</source>
        <translation>质检复核至少须指明该质检的一个评分项。</translation>
    </message>
    <message>
        <source>Item “%1” is not an item of the review, or is named twice.</source>
        <translation>评分项“%1”不是该质检的评分项，或被重复指明。</translation>
    </message>
    <message>
        <source>Item “%1”: a reason has at most %2 characters.</source>
        <translation>评分项“%1”：理由最多 %2 个字符。</translation>
    </message>
    <message>
        <source>Dispute #%1 was decided already; a decision changes the score once.</source>
        <translation>质检复核 #%1 已裁定；裁定只能改变一次得分。</translation>
    </message>
    <message>
        <source>Refused: the reviewer and the agent do not decide the dispute of their own review; another inspector or a QA lead does.</source>
        <translation>已拒绝：质检员和被质检的客服不能裁定自己这次质检的质检复核，须由另一名质检员或质检主管裁定。</translation>
    </message>
    <message>
        <source>At least one item must stay rated with a value.</source>
        <translation>至少须保留一个有分值的评分项。</translation>
    </message>
    <message>
        <source>A decision needs a reason of at most %1 characters.</source>
        <translation>裁定需要填写理由，最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Dispute #%1 does not exist.</source>
        <translation>质检复核 #%1 不存在。</translation>
    </message>
    <message>
        <source>Not an item of the dispute.</source>
        <translation>不是该质检复核所指明的评分项。</translation>
    </message>
    <message>
        <source>The decision gives a value or not applicable.</source>
        <translation>裁定须给出分值或“不适用”。</translation>
    </message>
    <message>
        <source>The decision does not change its rating.</source>
        <translation>裁定没有改变该项的评分。</translation>
    </message>
    <message>
        <source>A rejected dispute changes no item, a partly accepted one at least one, an accepted one every disputed item.</source>
        <translation>驳回的质检复核不改变任何评分项，部分采纳的至少改变一项，采纳的须改变所有提出复核的评分项。</translation>
    </message>
    <message>
        <source>Ticket #%1 does not exist.</source>
        <translation>工单 #%1 不存在。</translation>
    </message>
    <message>
        <source>Refused: you handled ticket #%1, and nobody reviews a ticket they handled.</source>
        <translation>已拒绝：您处理过工单 #%1，任何人都不能质检自己处理过的工单。</translation>
    </message>
    <message>
        <source>Refused: ticket #%1 is not in a QA sample; reviewing it needs the permission %2.</source>
        <translation>已拒绝：工单 #%1 不在质检抽检样本中；质检该工单需要权限 %2。</translation>
    </message>
    <message>
        <source>Review #%1 is not a review of yours.</source>
        <translation>质检 #%1 不是您的质检。</translation>
    </message>
    <message>
        <source>Review #%1 was submitted already; a submitted review changes only through the decision of its dispute.</source>
        <translation>质检 #%1 已提交；已提交的质检只能通过质检复核的裁定更改。</translation>
    </message>
    <message>
        <source>Ticket #%1 was reviewed already (review #%2).</source>
        <translation>工单 #%1 已质检（质检 #%2）。</translation>
    </message>
    <message>
        <source>No scorecard is published.</source>
        <translation>没有已发布的评分表。</translation>
    </message>
    <message>
        <source>Review #%1 was stored but cannot be read back.</source>
        <translation>质检 #%1 已保存，但无法读回。</translation>
    </message>
    <message>
        <source>A review&apos;s comment has at most %1 characters.</source>
        <translation>质检评语最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The time spent must be from 0 to 24 hours a save.</source>
        <translation>每次保存记录的用时必须在 0 到 24 小时之间。</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed (a critical item failed)</source>
        <translation>不合格（关键项不合格）</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>QA result for ticket %1: %2 points, %3</source>
        <translation>工单 %1 的质检结果：%2 分，%3</translation>
    </message>
    <message>
        <source>Your ticket %1 was reviewed: %2 points, %3. Open “QA feedback” to see each item, then acknowledge the review or request a review check within %4 days.</source>
        <translation>您的工单 %1 已质检：%2 分，%3。请打开“质检反馈”查看各评分项，然后确认该质检结果，或在 %4 天内申请质检复核。</translation>
    </message>
</context>
<context>
    <name>QaSampleStore</name>
    <message>
        <source>Refused: needs the permission %1 or %2.</source>
        <translation>已拒绝：需要权限 %1 或 %2。</translation>
    </message>
    <message>
        <source>Refused: needs the permission %1.</source>
        <translation>已拒绝：需要权限 %1。</translation>
    </message>
    <message>
        <source>The business calendar&apos;s time zone is not valid.</source>
        <translation>工作日历的时区无效。</translation>
    </message>
    <message>
        <source>Setting %1: %2</source>
        <translation>设置 %1：%2</translation>
    </message>
    <message>
        <source>Setting %1: “%2” is not one of %3.</source>
        <translation>设置 %1：“%2”不是 %3 之一。</translation>
    </message>
    <message>
        <source>The day to draw is not a valid date.</source>
        <translation>要抽检的日期无效。</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to %1.</source>
        <translation>随机种子必须是 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>The QA sample of %1 was stored but cannot be read back.</source>
        <translation>%1 的质检抽检已保存，但无法读回。</translation>
    </message>
    <message>
        <source>No ticket of stratum “%1” is left to replace ticket #%2 with.</source>
        <translation>分层“%1”中已没有可用于替换工单 #%2 的工单。</translation>
    </message>
    <message>
        <source>The QA sample of %1 has not been drawn.</source>
        <translation>%1 的质检抽检尚未抽取。</translation>
    </message>
    <message>
        <source>Ticket #%1 is not in the QA sample of %2.</source>
        <translation>工单 #%1 不在 %2 的质检抽检中。</translation>
    </message>
    <message>
        <source>A replacement needs a reason of at most %1 characters.</source>
        <translation>替换需要填写原因（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The replacement was stored but cannot be read back.</source>
        <translation>替换已保存，但无法读回。</translation>
    </message>
</context>
<context>
    <name>QaScorecardEditor</name>
    <message>
        <source>Each scorecard has versions. A published version never changes: reviews pin the version in force when they start. Edit a draft, validate it, save it, and publish it when it is ready.</source>
        <translation>每张评分表都有多个版本。已发布的版本永不更改：质检开始时锁定当时生效的版本。编辑草稿、校验、保存，准备好后再发布。</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>新建草稿(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>丢弃草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>What &amp;changed:</source>
        <translation>变更说明(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加评分项(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除评分项(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Issues:</source>
        <translation>问题(&amp;I)：</translation>
    </message>
    <message>
        <source>Read a&amp;gain</source>
        <translation>重新读取(&amp;G)</translation>
    </message>
    <message>
        <source>Reads the scorecard again; unsaved edits are dropped</source>
        <translation>重新读取评分表；未保存的修改将被丢弃</translation>
    </message>
</context>
<context>
    <name>QaScorecardStore</name>
    <message>
        <source>Scorecard version #%1 does not exist (a discarded draft is gone).</source>
        <translation>评分表版本 #%1 不存在（丢弃的草稿已删除）。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>%1 Chinese root causes for %2 root causes: give at most one for each.</source>
        <translation>%2 个根因却有 %1 个中文根因：每个根因最多对应一个。</translation>
    </message>
    <message>
        <source>A root cause has at most %1 characters.</source>
        <translation>根因最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Scorecards are edited in a staff member&apos;s name.</source>
        <translation>评分表须以员工身份编辑。</translation>
    </message>
    <message>
        <source>Refused: editing scorecards needs the permission %1.</source>
        <translation>已拒绝：编辑评分表需要权限 %1。</translation>
    </message>
    <message>
        <source>Version %1 is published, and a published version never changes: create a new draft to change the scorecard.</source>
        <translation>第 %1 版已发布，已发布的版本永不更改：如需修改评分表，请新建草稿。</translation>
    </message>
    <message>
        <source>Draft version %1 was changed by someone else since you read it: read it again.</source>
        <translation>草稿第 %1 版在您读取后已被他人修改：请重新读取。</translation>
    </message>
    <message>
        <source>Scorecard #%1 does not exist.</source>
        <translation>评分表 #%1 不存在。</translation>
    </message>
    <message>
        <source>The scorecard has a draft already (version %1): edit or discard it.</source>
        <translation>该评分表已有草稿（第 %1 版）：请编辑或丢弃它。</translation>
    </message>
    <message>
        <source>Scorecard “%1” is archived.</source>
        <translation>评分表“%1”已归档。</translation>
    </message>
    <message>
        <source>Scorecard “%1” has no published version to start a draft from.</source>
        <translation>评分表“%1”没有可作为草稿起点的已发布版本。</translation>
    </message>
</context>
<context>
    <name>Reconnector</name>
    <message>
        <source>%1 (still failing after retrying for %2 s)</source>
        <translation>%1（已重试 %2 秒，仍然失败）</translation>
    </message>
</context>
<context>
    <name>ReleaseStore</name>
    <message>
        <source>“%1” is not a version: write numbers joined by dots, such as 1.4.0, optionally followed by a pre-release label such as 1.4.0-rc.1.</source>
        <translation>“%1”不是版本号：请写用点分隔的数字，如 1.4.0，可在后面加预发布标记，如 1.4.0-rc.1。</translation>
    </message>
    <message>
        <source>The release notes are too long: %1 characters, at most %2.</source>
        <translation>发布说明过长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>The release notes contain a control or invisible character (U+%1).</source>
        <translation>发布说明中含有控制字符或不可见字符（U+%1）。</translation>
    </message>
    <message>
        <source>“%1” is not a web address: give a full http:// or https:// address of at most %2 characters.</source>
        <translation>“%1”不是网址：请填写完整的 http:// 或 https:// 地址，最多 %2 个字符。</translation>
    </message>
</context>
<context>
    <name>ReportArchivePanel</name>
    <message>
        <source>Every report run, newest first. A run never changes: its files are kept byte for byte with their SHA-256.</source>
        <translation>所有报表运行记录，最新的在前。运行记录一经生成不再改变：其文件按字节原样保存，并附 SHA-256。</translation>
    </message>
    <message>
        <source>Sc&amp;hedule:</source>
        <translation>计划(&amp;H)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ReportScheduleDialog</name>
    <message>
        <source>Report schedule</source>
        <translation>定期通报计划</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;ections:</source>
        <translation>报表部分(&amp;E)：</translation>
    </message>
    <message>
        <source>None checked: every section</source>
        <translation>不勾选：包含全部部分</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Time of day:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>星期(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Day of month:</source>
        <translation>每月几号(&amp;D)：</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;kip when no ticket was received in the period</source>
        <translation>周期内未受理任何工单时跳过(&amp;K)</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>启用(&amp;C)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>&amp;Broadcast to the audience, with the PDF attached</source>
        <translation>广播给接收对象，附 PDF(&amp;B)</translation>
    </message>
    <message>
        <source>E&amp;veryone</source>
        <translation>所有人(&amp;V)</translation>
    </message>
    <message>
        <source>People on &amp;duty</source>
        <translation>当班人员(&amp;D)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Search by name, number, role or team</source>
        <translation>按姓名、工号、角色或班组搜索</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>None: no files are written</source>
        <translation>留空：不写入文件</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>Post the summary to the chat &amp;webhooks</source>
        <translation>将摘要发布到聊天 Webhook(&amp;W)</translation>
    </message>
    <message>
        <source>R&amp;eload the stored schedule</source>
        <translation>重新载入已保存的计划(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ReportSchedulesPanel</name>
    <message>
        <source>Scheduled reports: each is built for its latest complete period at the time set, stored in the archive and delivered to its audience.</source>
        <translation>定期通报：每个计划在设定时间为最近一个完整周期生成报表，存入报表归档并投递给接收对象。</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>复制(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Run now (preview)</source>
        <translation>立即运行（预览）(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReportSections</name>
    <message>
        <source>The report cannot open the tickets of &quot;%1&quot; in section &quot;%2&quot;.</source>
        <translation>通报无法打开“%2”部分中“%1”对应的工单。</translation>
    </message>
</context>
<context>
    <name>ReportsPlace</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;port</source>
        <translation>报表(&amp;P)</translation>
    </message>
    <message>
        <source>The periodic report with every section, or only the sections checked in the list</source>
        <translation>包含全部部分的定期通报，或仅包含列表中勾选的部分</translation>
    </message>
    <message>
        <source>Period &amp;kind</source>
        <translation>周期类型(&amp;K)</translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation>周期(&amp;E)</translation>
    </message>
    <message>
        <source>2026-12-04T09 (hour), 2026-12-04 (day), 2026-W49 (ISO week) or 2026-12 (month), in the business calendar&apos;s time zone</source>
        <translation>2026-12-04T09（小时）、2026-12-04（日）、2026-W49（ISO 周）或 2026-12（月），按工作日历的时区</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>The first day (2026-12-01) or a local date and time (2026-12-01T08:30)</source>
        <translation>第一天（2026-12-01）或本地日期时间（2026-12-01T08:30）</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>The last day, included (2026-12-07), or the excluded end as a local date and time</source>
        <translation>最后一天（含，2026-12-07），或不含的结束本地日期时间</translation>
    </message>
    <message>
        <source>&amp;Compare with</source>
        <translation>对比(&amp;C)</translation>
    </message>
    <message>
        <source>The sections of a report with chosen sections</source>
        <translation>自选部分的报表所含的部分</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>运行(&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>New data since the cut-off — Run again to include it.</source>
        <translation>数据截止后有新数据——重新运行即可包含。</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>重新运行(&amp;A)</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;xcel…</source>
        <translation>Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>JSON(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>RuleSetEditor</name>
    <message>
        <source>Grading rules</source>
        <translation>定级规则</translation>
    </message>
    <message>
        <source>Initial grading: complaints of one problem type in the grading window, per customer tier (a–b, &gt;n, ≥n, ≤n, n or blank)</source>
        <translation>初步定级：定级窗口内同一问题类型的投诉数，按客户等级（a–b、&gt;n、≥n、≤n、n 或留空）</translation>
    </message>
    <message>
        <source>Burst thresholds: complaints of one type in the burst window</source>
        <translation>集中投诉阈值：集中投诉窗口内同类投诉数</translation>
    </message>
    <message>
        <source>Windows and thresholds</source>
        <translation>窗口与阈值</translation>
    </message>
    <message>
        <source>Burst window (ISO 8601, e.g. PT30M)</source>
        <translation>集中投诉窗口（ISO 8601，如 PT30M）</translation>
    </message>
    <message>
        <source>Grading window</source>
        <translation>定级窗口</translation>
    </message>
    <message>
        <source>Quiet close (replay)</source>
        <translation>静默关闭（回放）</translation>
    </message>
    <message>
        <source>Affected share that opens an incident</source>
        <translation>触发事件的受影响比例</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Note for this version</source>
        <translation>本版本说明</translation>
    </message>
</context>
<context>
    <name>SavedFilterStore</name>
    <message>
        <source>Saved filter &quot;%1&quot;: %2</source>
        <translation>已保存的筛选“%1”：%2</translation>
    </message>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>已保存的筛选需要名称。</translation>
    </message>
</context>
<context>
    <name>SecurityValidation</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation>%1长度为 %2 个字符，最多允许 %3 个字符。</translation>
    </message>
    <message>
        <source>%1 contains an invisible or control character (U+%2) at position %3.</source>
        <translation>%1在第 %3 个字符处含有不可见字符或控制字符（U+%2）。</translation>
    </message>
    <message>
        <source>The employee number &quot;%1&quot; is not allowed: use 1 to 32 letters, digits, _ or -.</source>
        <translation>工号“%1”无效：只能使用 1 到 32 个字母、数字、_ 或 -。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is not allowed: use 1 to 63 lower-case letters, digits or _, starting with a letter or _.</source>
        <translation>登录名“%1”无效：只能使用 1 到 63 个小写字母、数字或 _，且须以字母或 _ 开头。</translation>
    </message>
    <message>
        <source>The login &quot;%1&quot; is reserved.</source>
        <translation>登录名“%1”为系统保留名称。</translation>
    </message>
    <message>
        <source>The role key &quot;%1&quot; is not allowed: use 1 to 32 lower-case letters, digits or _, starting with a letter.</source>
        <translation>角色键“%1”无效：只能使用 1 到 32 个小写字母、数字或 _，且须以字母开头。</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not allowed: use at most 32 digits, spaces, +, -, ( or ).</source>
        <translation>电话号码“%1”无效：最多 32 个字符，只能包含数字、空格、+、-、( 或 )。</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not one of %2.</source>
        <translation>状态“%1”不在可选值 %2 之中。</translation>
    </message>
    <message>
        <source>The database group &quot;%1&quot; is not one of %2.</source>
        <translation>数据库组“%1”不在可选值 %2 之中。</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Setting %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <translation>设置项 %1 的值为“%2”，须为 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>A setting needs a name of 1 to 200 characters.</source>
        <translation>设置项名称须为 1 到 200 个字符。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>SqliteArchive</name>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>归档文件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff member</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Employee no.</source>
        <translation>工号(&amp;E)</translation>
    </message>
    <message>
        <source>1–32 of A–Z a–z 0–9 _ -</source>
        <translation>1–32 个 A–Z a–z 0–9 _ - 字符</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <source>lower-case letters, digits, _</source>
        <translation>小写字母、数字、_</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation>级别(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>班组(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;kill groups</source>
        <translation>技能组(&amp;K)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. broadband, mobile</source>
        <translation>以逗号分隔，例如：宽带, 移动</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>状态起始时间</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>重复密码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>Open a supervision item</source>
        <translation>新建督办事项</translation>
    </message>
    <message>
        <source>Supervises:</source>
        <translation>督办对象：</translation>
    </message>
    <message>
        <source>Report period:</source>
        <translation>通报周期：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>SupervisionPanel</name>
    <message>
        <source>Supervision items</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Supervises:</source>
        <translation>督办对象：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Closing note:</source>
        <translation>办结说明：</translation>
    </message>
    <message>
        <source>What was done (required to close)</source>
        <translation>处理情况（办结时必填）</translation>
    </message>
    <message>
        <source>Close item</source>
        <translation>办结</translation>
    </message>
</context>
<context>
    <name>TicketEdits</name>
    <message>
        <source>Ticket #%1 was changed by someone else.</source>
        <translation>工单 #%1 已被他人修改。</translation>
    </message>
    <message>
        <source>Refused: green channel %1 is neither 0 (off) nor 1 (on).</source>
        <translation>已拒绝：绿色通道值 %1 既不是 0（关闭）也不是 1（开启）。</translation>
    </message>
    <message>
        <source>Refused: there is no active staff member #%1 to hand the ticket to.</source>
        <translation>已拒绝：没有可接手该工单的在职员工 #%1。</translation>
    </message>
    <message>
        <source>Refused: priority %1 is out of range; use %2 to %3.</source>
        <translation>已拒绝：优先级 %1 超出范围，请使用 %2 到 %3。</translation>
    </message>
    <message>
        <source>Ticket #%1 does not exist or is not visible to you.</source>
        <translation>工单 #%1 不存在或您无权查看。</translation>
    </message>
    <message>
        <source>Refused: needs the permission %1.</source>
        <translation>已拒绝：需要权限 %1。</translation>
    </message>
    <message>
        <source>The server did not confirm the change of ticket #%1.</source>
        <translation>服务器未确认工单 #%1 的修改。</translation>
    </message>
</context>
<context>
    <name>TicketQueryBuilder</name>
    <message>
        <source>Filter field &quot;%1&quot; must be text.</source>
        <translation>筛选字段“%1”必须是文本。</translation>
    </message>
    <message>
        <source>Filter field &quot;%1&quot; must be a number.</source>
        <translation>筛选字段“%1”必须是数字。</translation>
    </message>
    <message>
        <source>Filter field &quot;sort&quot;: unknown column &quot;%1&quot;.</source>
        <translation>筛选字段“sort”：未知列“%1”。</translation>
    </message>
    <message>
        <source>A selection holds at most %L1 tickets; this one has %L2.</source>
        <translation>一个选集最多包含 %L1 张工单；此选集有 %L2 张。</translation>
    </message>
    <message>
        <source>Filter field &quot;ids&quot; must be a list of ticket numbers.</source>
        <translation>筛选字段“ids”必须是工单编号列表。</translation>
    </message>
</context>
<context>
    <name>TicketTimes</name>
    <message>
        <source>At the source: %1 (%2)</source>
        <translation>来源当地时间：%1（%2）</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>Ticket #%1 does not exist (it may have been archived).</source>
        <translation>工单 #%1 不存在（可能已归档）。</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>Ticket #%1 was changed by %2 at %3 after you opened it. Nothing was saved: reload the ticket and try again.</source>
        <translation>工单 #%1 在您打开后已被 %2 于 %3 修改。本次操作未保存：请重新加载工单后再试。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: there is no staff member #%2.</source>
        <translation>字段“%1”：不存在编号为 #%2 的人员。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: there is no team #%2.</source>
        <translation>字段“%1”：不存在编号为 #%2 的班组。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: staff member #%2 (%3) is not active (status &quot;%4&quot;); only active staff can be given tickets.</source>
        <translation>字段“%1”：人员 #%2（%3）不是在岗状态（状态为“%4”）；只能把工单交给在岗人员。</translation>
    </message>
    <message>
        <source>The ticket was changed meanwhile.</source>
        <translation>工单已被他人修改。</translation>
    </message>
    <message>
        <source>The %1 workflow has no state for new appeals.</source>
        <translation>%1 流程没有用于新申诉的状态。</translation>
    </message>
    <message>
        <source>The appeal ticket could not be created.</source>
        <translation>无法创建申诉工单。</translation>
    </message>
    <message>
        <source>The ticket event could not be recorded.</source>
        <translation>无法记录工单流转事件。</translation>
    </message>
</context>
<context>
    <name>TicketWriter</name>
    <message>
        <source>The new ticket could not be read back.</source>
        <translation>无法读回新建的工单。</translation>
    </message>
</context>
<context>
    <name>TicketsPlace</name>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Register complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation>导出视图…</translation>
    </message>
    <message>
        <source>Search subject, description, customer, service number</source>
        <translation>搜索主题、描述、客户、服务号码</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>工单流水号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Reason / category</source>
        <translation>原因 / 类别</translation>
    </message>
    <message>
        <source>From yyyy-MM-dd</source>
        <translation>起始 yyyy-MM-dd</translation>
    </message>
    <message>
        <source>To yyyy-MM-dd</source>
        <translation>截止 yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Grade of the linked incident</source>
        <translation>关联事件的级别</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Saved filters:</source>
        <translation>已保存的筛选条件：</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>保存筛选条件…</translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation>删除筛选条件</translation>
    </message>
    <message>
        <source>First</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>末页</translation>
    </message>
    <message>
        <source>Show the queue shown before again</source>
        <translation>重新显示之前的队列</translation>
    </message>
</context>
<context>
    <name>TodayPlace</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>未关闭的事件</translation>
    </message>
    <message>
        <source>Ticket queues</source>
        <translation>工单队列</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>广播消息</translation>
    </message>
    <message>
        <source>QA reviews</source>
        <translation>质检评分</translation>
    </message>
    <message>
        <source>Volume in the last hour</source>
        <translation>最近一小时投诉量</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>定期通报</translation>
    </message>
    <message>
        <source>Double-click an incident to open it on the incident board</source>
        <translation>双击事件可在事件看板中打开</translation>
    </message>
    <message>
        <source>Double-click a schedule to open the reports</source>
        <translation>双击计划可打开报表</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>最近运行</translation>
    </message>
</context>
<context>
    <name>UpdateNoticeForm</name>
    <message>
        <source>A newer version is available</source>
        <translation>有新版本可用</translation>
    </message>
    <message>
        <source>No release notes were published with this version.</source>
        <translation>此版本未附发布说明。</translation>
    </message>
    <message>
        <source>&amp;Remind me tomorrow</source>
        <translation>明天再提醒(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Dismiss this version</source>
        <translation>忽略此版本(&amp;D)</translation>
    </message>
</context>
<context>
    <name>VolumePlace</name>
    <message>
        <source>Volume</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>Last 2 hours (live)</source>
        <translation>最近 2 小时（实时）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Key accounts count as VIP, distributors as normal customers.</source>
        <translation>大客户计入贵宾，代理分销商计入普通客户。</translation>
    </message>
    <message>
        <source>Normal customers</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>VIP customers</source>
        <translation>贵宾客户</translation>
    </message>
    <message>
        <source>Per class: the sum of the class&apos;s types against its burst threshold (grades are looked up per type).</source>
        <translation>按类别：该类别下各类型之和与其集中投诉阈值比较（级别按类型查表）。</translation>
    </message>
    <message>
        <source>Per problem type</source>
        <translation>按问题类型</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Full screen for the supervisors&apos; room (Esc leaves)</source>
        <translation>为主管室全屏显示（按 Esc 退出）</translation>
    </message>
    <message>
        <source>Wall mode</source>
        <translation>大屏模式</translation>
    </message>
    <message>
        <source>Each chart: blue = complaints in the last 30 minutes, green = in the last 60 minutes (title: now). Dashed yellow = the 30-minute burst threshold that opens an incident; yellow / orange / red / black = where the 60-minute count reaches general / serious / urgent / major. Nearest to a threshold first; click a chart to open it.</source>
        <translation>每张图表：蓝色 = 最近 30 分钟的投诉，绿色 = 最近 60 分钟的投诉（标题：当前值）。黄色虚线 = 生成事件的 30 分钟集中投诉阈值；黄 / 橙 / 红 / 黑 = 60 分钟计数达到一般 / 严重 / 紧急 / 重大的位置。最接近阈值的排在前面；点击图表可放大。</translation>
    </message>
    <message>
        <source>← All types</source>
        <translation>← 全部类型</translation>
    </message>
    <message>
        <source>Drag to zoom in, wheel to zoom, arrow keys to pan, right click to zoom out</source>
        <translation>拖动放大，滚轮缩放，方向键平移，右键缩小</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Growth: last hour against the same hour yesterday and last week. ▲ marks the fastest-growing types.</source>
        <translation>增长：最近一小时与昨天、上周同一小时对比。▲ 标记增长最快的类型。</translation>
    </message>
</context>
<context>
    <name>Webhook</name>
    <message>
        <source>HTTP status %1: %2</source>
        <translation>HTTP 状态码 %1：%2</translation>
    </message>
    <message>
        <source>The service refused the message (%1 %2): %3</source>
        <translation>服务拒绝了该消息（%1 %2）：%3</translation>
    </message>
    <message>
        <source>Answer script: %1</source>
        <translation>口径：%1</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <source>Chat webhooks</source>
        <translation>聊天 Webhook</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Enable / disable</source>
        <translation>启用 / 停用</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook 地址</translation>
    </message>
    <message>
        <source>Saves the form over the selected target; leave the address empty to keep the stored one.</source>
        <translation>用表单内容覆盖所选目标；地址留空则保留已存储的地址。</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Outbox (newest first): every notice stays here until the chat service acknowledges it</source>
        <translation>发件箱（最新在前）：每条通知都保留在此，直到聊天服务确认收到</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>入队时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>WebhookOutbox</name>
    <message>
        <source>The webhook address is not an http(s) URL with a host name.</source>
        <translation>Webhook 地址不是包含主机名的 http(s) URL。</translation>
    </message>
    <message>
        <source>Webhook target field &quot;name&quot; is empty.</source>
        <translation>Webhook 目标字段“name”（名称）为空。</translation>
    </message>
    <message>
        <source>There is no webhook target with the id %1.</source>
        <translation>不存在 ID 为 %1 的 Webhook 目标。</translation>
    </message>
    <message>
        <source>Webhook target %1 has an unknown kind &quot;%2&quot;.</source>
        <translation>Webhook 目标 %1 的类型“%2”无法识别。</translation>
    </message>
    <message>
        <source>There is no outbox entry with the id %1.</source>
        <translation>发件箱中不存在 ID 为 %1 的条目。</translation>
    </message>
    <message>
        <source>Webhook target %1 does not exist or is disabled.</source>
        <translation>Webhook 目标 %1 不存在或已停用。</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Workflow action %1: unknown effect &quot;%2&quot;.</source>
        <translation>流程操作 %1：未知的效果 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>Workflow field %1 of action %2: unknown type &quot;%3&quot;.</source>
        <translation>流程操作 %2 的字段 %1：未知类型 &quot;%3&quot;。</translation>
    </message>
    <message>
        <source>Setting workflow.max_support_tier: &quot;%1&quot; is not a tier number.</source>
        <translation>设置项 workflow.max_support_tier：&quot;%1&quot; 不是有效的支持层级。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of the %2 workflow.</source>
        <translation>“%1”不是 %2 流程中的操作。</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is not possible while the ticket is %2; it needs the ticket to be %3.</source>
        <translation>工单处于“%2”状态时不能执行“%1”；该操作要求工单处于 %3 状态。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>You do not have the permission &quot;%1&quot; needed for &quot;%2&quot;.</source>
        <translation>您没有执行“%2”所需的权限“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the field &quot;%2&quot;.</source>
        <translation>“%1”需要填写字段“%2”。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be text.</source>
        <translation>字段“%1”必须是文本。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: &quot;%2&quot; is not one of %3.</source>
        <translation>字段“%1”：“%2”不在可选值 %3 之中。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be a whole number.</source>
        <translation>字段“%1”必须是整数。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be between %2 and %3, not %4.</source>
        <translation>字段“%1”必须在 %2 到 %3 之间，当前为 %4。</translation>
    </message>
    <message>
        <source>There is no support tier above %1.</source>
        <translation>没有高于 %1 线的支持层级。</translation>
    </message>
    <message>
        <source>The ticket is already at tier %1, the highest support tier; it cannot be escalated further.</source>
        <translation>工单已处于最高支持层级（%1 线），无法继续升级。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Supervisor workstation for complaint-handling centres</source>
        <translation>投诉处理中心客服主管工作台</translation>
    </message>
    <message>
        <source>Open the live demo database.</source>
        <translation>打开实时演示数据库。</translation>
    </message>
    <message>
        <source>Keep the demo database in this file.</source>
        <translation>将演示数据库保存在此文件中。</translation>
    </message>
    <message>
        <source>Database URL (sqlite:///path or postgresql://…).</source>
        <translation>数据库 URL（sqlite:///路径 或 postgresql://…）。</translation>
    </message>
    <message>
        <source>Language: en or zh_CN (default: the system&apos;s).</source>
        <translation>界面语言：en 或 zh_CN（默认跟随系统）。</translation>
    </message>
</context>
<context>
    <name>sb::BackgroundRollups</name>
    <message>
        <source>A second connection to the live database for the month roll-ups: %1</source>
        <translation>为生成月度汇总打开在线数据库的第二个连接：%1</translation>
    </message>
</context>
<context>
    <name>sb::ChangeFeed</name>
    <message>
        <source>Cannot subscribe to change notifications: %1</source>
        <translation>无法订阅变更通知：%1</translation>
    </message>
    <message>
        <source>the connection to the database was lost</source>
        <translation>与数据库的连接已断开</translation>
    </message>
</context>
<context>
    <name>sb::ColumnMapping</name>
    <message>
        <source>%1: cannot read the mapping: %2</source>
        <translation>%1：无法读取映射文件：%2</translation>
    </message>
    <message>
        <source>mapping: not a JSON object (%1 at offset %2)</source>
        <translation>映射：不是 JSON 对象（偏移 %2 处：%1）</translation>
    </message>
    <message>
        <source>mapping: unknown key &quot;%1&quot;</source>
        <translation>映射：未知键 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>mapping: columns / %1: unknown field</source>
        <translation>映射：columns / %1：未知字段</translation>
    </message>
    <message>
        <source>mapping: columns / %1: must be an object</source>
        <translation>映射：columns / %1：必须是对象</translation>
    </message>
    <message>
        <source>mapping: columns / %1: unknown key &quot;%2&quot;</source>
        <translation>映射：columns / %1：未知键 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>mapping: columns / %1: give either &quot;column&quot; or &quot;constant&quot;</source>
        <translation>映射：columns / %1：须指定 &quot;column&quot; 或 &quot;constant&quot; 其中之一</translation>
    </message>
    <message>
        <source>mapping: columns / %1: &quot;column&quot; must name a column</source>
        <translation>映射：columns / %1：&quot;column&quot; 必须指定列名</translation>
    </message>
    <message>
        <source>mapping: columns / %1 / values / %2: must be a string</source>
        <translation>映射：columns / %1 / values / %2：必须是字符串</translation>
    </message>
    <message>
        <source>mapping: columns / %1: &quot;format&quot; and &quot;timezone&quot; apply to received_at only</source>
        <translation>映射：columns / %1：&quot;format&quot; 和 &quot;timezone&quot; 仅适用于 received_at</translation>
    </message>
    <message>
        <source>mapping: columns / received_at / timezone: unknown time zone &quot;%1&quot;</source>
        <translation>映射：columns / received_at / timezone：未知时区 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>mapping: columns / received_at: a &quot;format&quot; needs a &quot;timezone&quot;</source>
        <translation>映射：columns / received_at：指定 &quot;format&quot; 时必须同时指定 &quot;timezone&quot;</translation>
    </message>
    <message>
        <source>mapping: columns / %1: required field is not mapped</source>
        <translation>映射：columns / %1：必填字段未映射</translation>
    </message>
    <message>
        <source>line %1: %2: required column missing</source>
        <translation>第 %1 行：%2：缺少必需的列</translation>
    </message>
    <message>
        <source>line %1: %2: column not found in the header (mapped to %3)</source>
        <translation>第 %1 行：%2：表头中找不到该列（映射到 %3）</translation>
    </message>
    <message>
        <source>line %1: %2: the header names this column twice</source>
        <translation>第 %1 行：%2：表头中该列重复出现</translation>
    </message>
    <message>
        <source>the record has %1 fields, the header has %2</source>
        <translation>该记录有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no mapping and the mapping has no &quot;*&quot; fallback</source>
        <translation>&quot;%1&quot; 没有对应的映射，且映射中没有 &quot;*&quot; 默认项</translation>
    </message>
    <message>
        <source>required value is empty</source>
        <translation>必填值为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>&quot;%1&quot; 不是 ISO 8601 时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the format &quot;%2&quot;</source>
        <translation>&quot;%1&quot; 与格式 &quot;%2&quot; 不符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time with an offset or Z</source>
        <translation>&quot;%1&quot; 不是带时区偏移或 Z 的 ISO 8601 时间</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>未知渠道 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown customer tier &quot;%1&quot;</source>
        <translation>未知客户等级 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown problem type &quot;%1&quot;</source>
        <translation>未知问题类型 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>sb::CsvReader</name>
    <message>
        <source>line %1: the record has more than %2 fields</source>
        <translation>第 %1 行：该记录的字段超过 %2 个</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation>第 %1 行：带引号的字段直到文件末尾仍未闭合</translation>
    </message>
    <message>
        <source>line %1: field %2: unexpected character after a closing quote</source>
        <translation>第 %1 行第 %2 个字段：闭合引号后出现意外字符</translation>
    </message>
    <message>
        <source>line %1: field %2: a quote inside a field that does not start with a quote</source>
        <translation>第 %1 行第 %2 个字段：字段不以引号开头，但其中含有引号</translation>
    </message>
    <message>
        <source>line %1: the record is longer than the limit of %2 bytes</source>
        <translation>第 %1 行：该记录超过了 %2 字节的长度上限</translation>
    </message>
</context>
<context>
    <name>sb::DatabaseUrl</name>
    <message>
        <source>a sqlite URL needs a file path, as in sqlite:///home/me/sb.db</source>
        <translation>sqlite 地址需要文件路径，例如 sqlite:///home/me/sb.db</translation>
    </message>
    <message>
        <source>the SQLite path contains a control character (U+%1)</source>
        <translation>SQLite 路径中含有控制字符（U+%1）</translation>
    </message>
    <message>
        <source>the SQLite path &quot;%1&quot; is not absolute (use sqlite:///abs/path.db)</source>
        <translation>SQLite 路径“%1”不是绝对路径（请使用 sqlite:///abs/path.db）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL: it must start with sqlite:// or postgresql://</source>
        <translation>“%1”不是数据库地址：必须以 sqlite:// 或 postgresql:// 开头</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; in host &quot;%1&quot;</source>
        <translation>主机“%1”中的“[”未闭合</translation>
    </message>
    <message>
        <source>bad host &quot;%1&quot;</source>
        <translation>主机“%1”无效</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>unknown connection parameter &quot;%1&quot;</source>
        <translation>未知的连接参数“%1”</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; is given twice</source>
        <translation>参数“%1”出现了两次</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: values may not contain &apos;;&apos;</source>
        <translation>参数“%1”：取值中不能含有“;”</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the value contains a control character (U+%2)</source>
        <translation>参数“%1”：取值中含有控制字符（U+%2）</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;%2&quot; is not a whole number</source>
        <translation>参数“%1”：“%2”不是整数</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: &quot;%2&quot; is not one of %3</source>
        <translation>参数“%1”：“%2”不是 %3 之一</translation>
    </message>
    <message>
        <source>the %1 contains a control character (U+%2)</source>
        <translation>%1中含有控制字符（U+%2）</translation>
    </message>
    <message>
        <source>the host name &quot;%1&quot; contains &apos;;&apos;</source>
        <translation>主机名“%1”中含有“;”</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>数据库名</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>the password contains a NUL character</source>
        <translation>密码中含有 NUL 字符</translation>
    </message>
</context>
<context>
    <name>sb::DeadlinesSection</name>
    <message>
        <source>The deadlines section has no figure &quot;%1&quot; by &quot;%2&quot;.</source>
        <translation>时限部分没有按“%2”统计的“%1”数字。</translation>
    </message>
</context>
<context>
    <name>sb::Exporter</name>
    <message>
        <source>cannot write the CSV: %1</source>
        <translation>无法写入 CSV：%1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>sb::FileSample</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty (no header)</source>
        <translation>%1：文件为空（无表头）</translation>
    </message>
</context>
<context>
    <name>sb::Importer</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty (no header)</source>
        <translation>%1：文件为空（没有表头）</translation>
    </message>
    <message>
        <source>contains a NUL byte, which text fields cannot hold</source>
        <translation>包含 NUL 字节，文本字段无法保存</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; nothing was imported. Correct the file, or choose to import the good rows only.</source>
        <translation>
            <numerusform>%n 行被拒绝，未导入任何数据。请修正文件，或选择仅导入正确的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>No database to import into.</source>
        <translation>没有可导入的数据库。</translation>
    </message>
    <message>
        <source>Database: %1. Nothing was imported.</source>
        <translation>数据库：%1。未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; nothing was written.</source>
        <translation>%1 在导入过程中发生了变化，未写入任何数据。</translation>
    </message>
</context>
<context>
    <name>sb::IncidentAlertAcks</name>
    <message>
        <source>Refused: acknowledging an alert needs the permission &quot;%1&quot;.</source>
        <translation>已拒绝：知悉预警需要权限“%1”。</translation>
    </message>
    <message>
        <source>Incident #%1 does not exist.</source>
        <translation>事件 #%1 不存在。</translation>
    </message>
    <message>
        <source>Incident #%1 is resolved.</source>
        <translation>事件 #%1 已解决。</translation>
    </message>
    <message>
        <source>Incident #%1 has another grade now.</source>
        <translation>事件 #%1 的等级已变更。</translation>
    </message>
</context>
<context>
    <name>sb::IncidentFollowUp</name>
    <message>
        <source>Resolve: write a summary of what happened and how it was fixed.</source>
        <translation>解决：请写明事件经过及修复方式。</translation>
    </message>
    <message>
        <source>Resolve: incident %1 does not exist or is already resolved.</source>
        <translation>解决：事件 %1 不存在或已解决。</translation>
    </message>
    <message>
        <source>Post-incident grade: outage, complaints, loss and users cannot be negative.</source>
        <translation>事后定级：中断时长、投诉量、损失和用户数不能为负数。</translation>
    </message>
    <message>
        <source>Post-incident grade: there is no incident with the id %1.</source>
        <translation>事后定级：不存在 ID 为 %1 的事件。</translation>
    </message>
    <message>
        <source>Post-incident grade: incident %1 is still open; resolve it first.</source>
        <translation>事后定级：事件 %1 仍未结束，请先解决。</translation>
    </message>
    <message>
        <source>Knowledge base: the entry needs a title.</source>
        <translation>知识库：条目需要标题。</translation>
    </message>
    <message>
        <source>Knowledge base: there is no incident with the id %1.</source>
        <translation>知识库：不存在 ID 为 %1 的事件。</translation>
    </message>
</context>
<context>
    <name>sb::IncidentGrading</name>
    <message>
        <source>Problem type: &quot;%1&quot; is not a known problem type.</source>
        <translation>问题类型：“%1”不是已知的问题类型。</translation>
    </message>
    <message>
        <source>Identification: choose a known problem, a new problem or not yet confirmed.</source>
        <translation>识别：请选择已知问题、新问题或暂不确认。</translation>
    </message>
    <message>
        <source>Identification: a known problem needs the knowledge-base entry it is.</source>
        <translation>识别：已知问题需要指定对应的知识库条目。</translation>
    </message>
    <message>
        <source>Evidence: the affected share must be between 0 and 100 %.</source>
        <translation>证据：受影响比例必须在 0 到 100 % 之间。</translation>
    </message>
    <message>
        <source>Grade: overriding the grade the rules give (%1) with %2 needs a written reason.</source>
        <translation>级别：将规则给出的级别（%1）改为 %2 需要书面理由。</translation>
    </message>
    <message>
        <source>Owner: choose who owns the incident.</source>
        <translation>负责人：请选择事件负责人。</translation>
    </message>
    <message>
        <source>Announcement: the notice text is empty.</source>
        <translation>通告：通知内容为空。</translation>
    </message>
    <message>
        <source>There is no incident with the id %1.</source>
        <translation>不存在 ID 为 %1 的事件。</translation>
    </message>
    <message>
        <source>Incident %1 is about %2, not %3.</source>
        <translation>事件 %1 涉及的是 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>Incident %1 is already resolved; it cannot be graded again.</source>
        <translation>事件 %1 已解决，不能再次定级。</translation>
    </message>
    <message>
        <source>Incident %1 changed while you were grading it (for example its grade rose); go back, look at it again and finish once more.</source>
        <translation>事件 %1 在您定级期间发生了变化（例如级别上升）；请返回重新查看后再完成。</translation>
    </message>
    <message>
        <source>Owner: no staff member has the id %1.</source>
        <translation>负责人：没有 ID 为 %1 的人员。</translation>
    </message>
    <message>
        <source>Owner: %1 holds the role &quot;%2&quot;; a %3 incident is owned by the role &quot;%4&quot;.</source>
        <translation>负责人：%1 的角色是“%2”；%3事件应由角色“%4”负责。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Owner: %1 is not active.</source>
        <translation>负责人：%1 未启用。</translation>
    </message>
    <message>
        <source>Identification: there is no knowledge-base entry with the id %1.</source>
        <translation>识别：不存在 ID 为 %1 的知识库条目。</translation>
    </message>
    <message>
        <source>Incident %1 changed while it was being written; try again.</source>
        <translation>事件 %1 在写入期间发生了变化，请重试。</translation>
    </message>
</context>
<context>
    <name>sb::IncidentQueries</name>
    <message>
        <source>Rule set version %1 cannot be read: %2</source>
        <translation>无法读取规则集版本 %1：%2</translation>
    </message>
    <message>
        <source>There is no incident with the id %1.</source>
        <translation>不存在 ID 为 %1 的事件。</translation>
    </message>
    <message>
        <source>There is no knowledge-base entry with the id %1.</source>
        <translation>不存在 ID 为 %1 的知识库条目。</translation>
    </message>
</context>
<context>
    <name>sb::IncidentStore</name>
    <message>
        <source>incident for %1: the open incident vanished during the write</source>
        <translation>%1 的事件：写入过程中未关闭的事件已不存在</translation>
    </message>
    <message>
        <source>incident for %1: the closed incident was not found</source>
        <translation>%1 的事件：找不到已关闭的事件</translation>
    </message>
</context>
<context>
    <name>sb::KnowledgeBase</name>
    <message>
        <source>Knowledge-base article %1 does not exist.</source>
        <translation>知识库文章 %1 不存在。</translation>
    </message>
    <message>
        <source>title: an article needs a title</source>
        <translation>title：文章需要标题</translation>
    </message>
    <message>
        <source>kind: &quot;%1&quot; is not one of article, case, known_issue</source>
        <translation>kind：“%1”不是 article、case、known_issue 之一</translation>
    </message>
    <message>
        <source>text: contains a NUL character</source>
        <translation>text：包含 NUL 字符</translation>
    </message>
</context>
<context>
    <name>sb::LiveEngine</name>
    <message>
        <source>Incident detection cannot connect: %1</source>
        <translation>事件检测无法连接：%1</translation>
    </message>
    <message>
        <source>Incident detection cannot start: %1</source>
        <translation>事件检测无法启动：%1</translation>
    </message>
    <message>
        <source>Incident detection could not record %1 for %2: %3</source>
        <translation>事件检测无法记录 %2 的 %1：%3</translation>
    </message>
</context>
<context>
    <name>sb::MessageAttachmentStore</name>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>附件需要文件名。</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; is longer than %2 characters.</source>
        <translation>文件名“%1”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; must be a plain name, without &apos;/&apos;, &apos;\&apos; or &quot;..&quot;.</source>
        <translation>文件名“%1”须为单纯的文件名，不能含有“/”“\”或“..”。</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a control character.</source>
        <translation>文件名“%1”含有控制字符。</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is %2 bytes; a broadcast may carry files of at most %3 bytes (setting %4).</source>
        <translation>附件“%1”大小为 %2 字节；广播消息的附件最大为 %3 字节（设置项 %4）。</translation>
    </message>
    <message>
        <source>Attachment &quot;%1&quot;: %2</source>
        <translation>附件“%1”：%2</translation>
    </message>
    <message>
        <source>There is no attachment with the id %1 that you may read.</source>
        <translation>不存在 ID 为 %1 且您有权读取的附件。</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is damaged: its bytes do not match the SHA-256 stored with it.</source>
        <translation>附件“%1”已损坏：内容与保存的 SHA-256 不符。</translation>
    </message>
    <message>
        <source>A broadcast may carry at most %1 files; this one has %2.</source>
        <translation>一条广播消息最多可带 %1 个附件；这条消息有 %2 个。</translation>
    </message>
</context>
<context>
    <name>sb::MetricsSource</name>
    <message>
        <source>metrics.url: &quot;%1&quot; is not an http or https address</source>
        <translation>metrics.url：“%1”不是 http 或 https 地址</translation>
    </message>
    <message>
        <source>No metrics endpoint is set (setting metrics.url).</source>
        <translation>未设置指标接口（设置项 metrics.url）。</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation>%1：%2 毫秒内无响应</translation>
    </message>
    <message>
        <source>%1: HTTP %2 %3</source>
        <translation>%1：HTTP %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) from %1</source>
        <translation>
            <numerusform>来自 %1 的 %n 个样本</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer is not JSON (offset %1: %2)</source>
        <translation>响应不是 JSON（偏移 %1：%2）</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>响应不是 JSON 对象</translation>
    </message>
    <message>
        <source>the query failed: %1: %2</source>
        <translation>查询失败：%1：%2</translation>
    </message>
    <message>
        <source>status: expected &quot;success&quot;, found &quot;%1&quot;</source>
        <translation>status：应为“success”，实际为“%1”</translation>
    </message>
    <message>
        <source>data.resultType: expected &quot;vector&quot;, found &quot;%1&quot;</source>
        <translation>data.resultType：应为“vector”，实际为“%1”</translation>
    </message>
    <message>
        <source>data.result: expected an array</source>
        <translation>data.result：应为数组</translation>
    </message>
    <message>
        <source>%1.metric.problem_type: unknown problem type &quot;%2&quot;</source>
        <translation>%1.metric.problem_type：未知问题类型“%2”</translation>
    </message>
    <message>
        <source>%1.value: expected [unix seconds, &quot;fraction 0..1&quot;]</source>
        <translation>%1.value：应为 [unix 秒数, &quot;比例 0..1&quot;]</translation>
    </message>
</context>
<context>
    <name>sb::OutboxWorker</name>
    <message>
        <source>Webhook outbox: cannot claim due entries: %1</source>
        <translation>Webhook 发件箱：无法领取到期条目：%1</translation>
    </message>
    <message>
        <source>No HTTP answer: %1</source>
        <translation>无 HTTP 响应：%1</translation>
    </message>
    <message>
        <source>Webhook outbox entry %1 was delivered but cannot be marked: %2</source>
        <translation>Webhook 发件箱条目 %1 已送达，但无法标记为已送达：%2</translation>
    </message>
    <message>
        <source>Webhook outbox entry %1: cannot record the failed attempt: %2</source>
        <translation>Webhook 发件箱条目 %1：无法记录失败的投递尝试：%2</translation>
    </message>
</context>
<context>
    <name>sb::PdfRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>rendering a PDF needs a QGuiApplication (command-line tools start one on the offscreen platform)</source>
        <translation>生成 PDF 需要 QGuiApplication（命令行工具会在 offscreen 平台上启动一个）</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>无法开始生成 PDF</translation>
    </message>
    <message>
        <source>the PDF page count changed between passes (%1, %2)</source>
        <translation>两遍排版得出的 PDF 页数不一致（%1，%2）</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>累计占比</translation>
    </message>
</context>
<context>
    <name>sb::PostGradeTable</name>
    <message>
        <source>Post-incident grade table: not JSON at offset %1: %2</source>
        <translation>事后定级表：偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>Post-incident grade table: expected an object of grades.</source>
        <translation>事后定级表：应为以级别为键的对象。</translation>
    </message>
    <message>
        <source>Post-incident grade table: &quot;%1&quot; is not serious, urgent or major.</source>
        <translation>事后定级表：“%1”不是 serious、urgent 或 major。</translation>
    </message>
    <message>
        <source>Post-incident grade table / %1: expected an object of measures.</source>
        <translation>事后定级表 / %1：应为以指标为键的对象。</translation>
    </message>
    <message>
        <source>Post-incident grade table / %1: &quot;%2&quot; is not a measure (outage_minutes, complaints, loss_money, users_affected).</source>
        <translation>事后定级表 / %1：“%2”不是有效指标（outage_minutes、complaints、loss_money、users_affected）。</translation>
    </message>
    <message>
        <source>Post-incident grade table / %1 / %2: expected a number ≥ 0.</source>
        <translation>事后定级表 / %1 / %2：应为 ≥ 0 的数字。</translation>
    </message>
    <message>
        <source>Post-incident grade table / %1 / %2: %3 is below the %4 threshold %5.</source>
        <translation>事后定级表 / %1 / %2：%3 低于 %4 的阈值 %5。</translation>
    </message>
    <message>
        <source>Setting %1: %2</source>
        <translation>设置 %1：%2</translation>
    </message>
</context>
<context>
    <name>sb::QaDashboardDrill</name>
    <message>
        <source>Name the scorecard item whose failed ratings to open.</source>
        <translation>请指明要打开哪一评分表项目的不合格评分。</translation>
    </message>
</context>
<context>
    <name>sb::QaDashboardQueries</name>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation>统计期间的开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>A period is at most %1 days.</source>
        <translation>统计期间最长为 %1 天。</translation>
    </message>
    <message>
        <source>cannot write the CSV: %1</source>
        <translation>无法写入 CSV：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>sb::QaEstimates</name>
    <message>
        <source>Stratum &quot;%1&quot; is listed twice.</source>
        <translation>分层“%1”重复列出。</translation>
    </message>
    <message>
        <source>Stratum &quot;%1&quot;: the number of tickets cannot be negative.</source>
        <translation>分层“%1”：工单数不能为负数。</translation>
    </message>
    <message>
        <source>Stratum &quot;%1&quot;: %2 sampled values but only %3 tickets.</source>
        <translation>分层“%1”：有 %2 个抽检值，但只有 %3 张工单。</translation>
    </message>
    <message>
        <source>Stratum &quot;%1&quot;: a value is not a number.</source>
        <translation>分层“%1”：有一个值不是数字。</translation>
    </message>
</context>
<context>
    <name>sb::QaSection</name>
    <message>
        <source>The report&apos;s period is empty.</source>
        <translation>报表期间为空。</translation>
    </message>
</context>
<context>
    <name>sb::QaWeekDocument</name>
    <message>
        <source>QA team-meeting summary</source>
        <translation>质检班组例会汇总</translation>
    </message>
    <message>
        <source>Week %1 (%2 – %3)</source>
        <translation>%1 周（%2 – %3）</translation>
    </message>
    <message>
        <source>Figures as read at %1</source>
        <translation>数据读取时间：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>No review was submitted for this week.</source>
        <translation>本周没有已提交的质检。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>质检数</translation>
    </message>
    <message>
        <source>Quality score (mean review score)</source>
        <translation>质量分（质检平均分）</translation>
    </message>
    <message>
        <source>Estimated quality (stratified sample)</source>
        <translation>质量估计值（分层抽检）</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Critical-fail rate</source>
        <translation>关键项不合格率</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>质检复核数</translation>
    </message>
    <message>
        <source>Dispute rate</source>
        <translation>质检复核率</translation>
    </message>
    <message>
        <source>Overturn rate</source>
        <translation>改判率</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>逾期质检</translation>
    </message>
    <message>
        <source>The estimate weights each stratum&apos;s mean score by its share of the %1 handled tickets; %2 tickets were sampled.</source>
        <translation>估计值按各分层在 %1 张办结工单中的占比对其平均分加权；共抽检 %2 张工单。</translation>
    </message>
    <message>
        <source>The interval is approximate: some strata have fewer than two reviews.</source>
        <translation>区间为近似值：部分分层的质检少于两条。</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>质量分</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>按坐席</translation>
    </message>
    <message>
        <source>Only the %1 agents with the most reviews are listed.</source>
        <translation>仅列出质检数最多的 %1 名坐席。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Per team</source>
        <translation>按班组</translation>
    </message>
    <message>
        <source>Failing items</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Ratings below pass per scorecard item</source>
        <translation>各评分表项目的不合格次数</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Below pass</source>
        <translation>不合格次数</translation>
    </message>
    <message>
        <source>Scorecard item</source>
        <translation>评分表项目</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>No item was rated below pass.</source>
        <translation>没有评分项被评为不合格。</translation>
    </message>
    <message>
        <source>Coverage of the sample</source>
        <translation>抽检覆盖</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Handled (N_h)</source>
        <translation>办结数 (N_h)</translation>
    </message>
    <message>
        <source>Drawn (n_h)</source>
        <translation>抽取数 (n_h)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已质检</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>All drawn reviewed</source>
        <translation>抽取工单均已质检</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not every stratum is listed.</source>
        <translation>未列出全部分层。</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>n too small</source>
        <translation>样本量太小</translation>
    </message>
</context>
<context>
    <name>sb::Replay</name>
    <message>
        <source>line 1: the file has no header row</source>
        <translation>第 1 行：文件没有表头行</translation>
    </message>
    <message>
        <source>line %1: %2: the header names this column twice</source>
        <translation>第 %1 行：%2：表头中该列重复出现</translation>
    </message>
    <message>
        <source>line %1: %2: required column missing</source>
        <translation>第 %1 行：%2：缺少必需的列</translation>
    </message>
    <message>
        <source>the record has %1 fields, the header has %2</source>
        <translation>该记录有 %1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time with an offset or Z</source>
        <translation>&quot;%1&quot; 不是带时区偏移或 Z 的 ISO 8601 时间</translation>
    </message>
    <message>
        <source>unknown problem type &quot;%1&quot;</source>
        <translation>未知问题类型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fraction from 0 to 1 (0.013 = 1.3 %)</source>
        <translation>&quot;%1&quot; 不是 0 到 1 之间的小数（0.013 = 1.3%）</translation>
    </message>
</context>
<context>
    <name>sb::ReportCsvWriter</name>
    <message>
        <source>cannot write the CSV: %1</source>
        <translation>无法写入 CSV：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>sb::ReportDelivery</name>
    <message>
        <source>Broadcast audience: %1</source>
        <translation>广播对象：%1</translation>
    </message>
    <message>
        <source>A report has been delivered.</source>
        <translation>已发送一份报表。</translation>
    </message>
    <message>
        <source>Broadcast: %1</source>
        <translation>广播：%1</translation>
    </message>
    <message>
        <source>Broadcast: the audience has nobody in it.</source>
        <translation>广播：接收对象中没有任何人。</translation>
    </message>
    <message>
        <source>Folder %1: it does not exist and cannot be created.</source>
        <translation>文件夹 %1：不存在且无法创建。</translation>
    </message>
    <message>
        <source>Folder %1: %2</source>
        <translation>文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Folder %1: cannot write %2: %3</source>
        <translation>文件夹 %1：无法写入 %2：%3</translation>
    </message>
    <message>
        <source>Webhooks: %1</source>
        <translation>Webhook：%1</translation>
    </message>
    <message>
        <source>Webhook target %1 does not exist or is disabled.</source>
        <translation>Webhook 目标 %1 不存在或已停用。</translation>
    </message>
    <message>
        <source>Webhook target &quot;%1&quot;: %2</source>
        <translation>Webhook 目标“%1”：%2</translation>
    </message>
    <message>
        <source>Webhooks: no webhook target is enabled.</source>
        <translation>Webhook：没有已启用的 Webhook 目标。</translation>
    </message>
</context>
<context>
    <name>sb::ReportEngine</name>
    <message>
        <source>There is no report section &quot;%1&quot;; the sections are %2.</source>
        <translation>没有报表部分“%1”；可用的部分为 %2。</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报表生成已取消。</translation>
    </message>
    <message>
        <source>Report section &quot;%1&quot;: %2</source>
        <translation>报表部分“%1”：%2</translation>
    </message>
    <message>
        <source>The tickets of this month are archived: its figures are the month&apos;s roll-up, taken %1 before they left. Its tickets cannot be opened from the report.</source>
        <translation>本月工单已归档：本报表的数据是该月的月度汇总，于工单归档前的 %1 生成。无法从报表打开这些工单。</translation>
    </message>
    <message>
        <source>Some tickets of this period are archived; whole months are reported from their roll-ups (%1).</source>
        <translation>本期间的部分工单已归档；整月的数据以其月度汇总为准（%1）。</translation>
    </message>
</context>
<context>
    <name>sb::ReportJsonDocument</name>
    <message>
        <source>Volume</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>Response and handling times</source>
        <translation>响应与处理时长</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Escalation and appeals</source>
        <translation>升级与申诉</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Fastest-growing problem types</source>
        <translation>增长最快的问题类型</translation>
    </message>
    <message>
        <source>Recurring problems (supervision)</source>
        <translation>反复出现的问题（督办）</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Complaints report</source>
        <translation>投诉定期通报</translation>
    </message>
    <message>
        <source>%1 %2: %3 – %4 (%5)</source>
        <translation>%1 %2：%3 – %4（%5）</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>sb::ReportLabels</name>
    <message>
        <source>Low scores</source>
        <translation>低分回访数</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Tickets received</source>
        <translation>受理工单数</translation>
    </message>
    <message>
        <source>Escalation reasons</source>
        <translation>升级原因</translation>
    </message>
    <message>
        <source>Growth score</source>
        <translation>增长得分</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Recurring problems</source>
        <translation>反复出现的问题</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索词</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By problem type</source>
        <translation>按问题类型</translation>
    </message>
    <message>
        <source>By customer tier</source>
        <translation>按客户等级</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>按地区</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>时间分布</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Handling to the first close</source>
        <translation>至首次办结的处理时长</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理数</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已响应</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Wall clock</source>
        <translation>自然时长</translation>
    </message>
    <message>
        <source>Working time</source>
        <translation>工作时长</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>未办结且已超时</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>按时率</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>By milestone</source>
        <translation>按节点</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回访数</translation>
    </message>
    <message>
        <source>By score</source>
        <translation>按评分</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Reasons for low scores</source>
        <translation>低分原因</translation>
    </message>
    <message>
        <source>Responses by score</source>
        <translation>各评分回访数</translation>
    </message>
    <message>
        <source>Low scores by reason</source>
        <translation>各原因低分数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Escalated to technical support</source>
        <translation>升级至二线技术支持</translation>
    </message>
    <message>
        <source>Share escalated to technical support</source>
        <translation>升级至二线技术支持占比</translation>
    </message>
    <message>
        <source>Escalated to experts</source>
        <translation>升级至三线专家</translation>
    </message>
    <message>
        <source>Share escalated to experts</source>
        <translation>升级至三线专家占比</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Appeal rate</source>
        <translation>申诉率</translation>
    </message>
    <message>
        <source>Repeat complaints</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <source>Repeat share</source>
        <translation>重复投诉占比</translation>
    </message>
    <message>
        <source>Repeat window (days)</source>
        <translation>重复投诉判定天数</translation>
    </message>
    <message>
        <source>Problem types</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Previous period counted</source>
        <translation>上一周期有数据</translation>
    </message>
    <message>
        <source>Minimum volume</source>
        <translation>最低投诉量</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>持续时长（毫秒）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Grade after review</source>
        <translation>复盘后等级</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation>负责人编号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>按等级</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Articles used</source>
        <translation>使用的文章数</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Top searches</source>
        <translation>热门搜索</translation>
    </message>
    <message>
        <source>Searches without a result</source>
        <translation>无结果的搜索</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>质检数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>近似值</translation>
    </message>
    <message>
        <source>Critical items failed</source>
        <translation>关键项不合格</translation>
    </message>
    <message>
        <source>QA disputes</source>
        <translation>质检复核</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>改判</translation>
    </message>
    <message>
        <source>Most failed items</source>
        <translation>不合格最多的评分项</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Periods required</source>
        <translation>所需周期数</translation>
    </message>
    <message>
        <source>Enough periods</source>
        <translation>周期数足够</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
</context>
<context>
    <name>sb::ReportPeriod</name>
    <message>
        <source>The business calendar&apos;s time zone is not valid.</source>
        <translation>工作日历的时区无效。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an hour: expected YYYY-MM-DDTHH, e.g. 2026-03-08T14.</source>
        <translation>“%1”不是小时：应为 YYYY-MM-DDTHH，例如 2026-03-08T14。</translation>
    </message>
    <message>
        <source>The hour %1 does not exist in the time zone %2 (the clocks skip it).</source>
        <translation>时区 %2 中不存在 %1 这个小时（时钟跳过了它）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day: expected YYYY-MM-DD, e.g. 2026-12-04.</source>
        <translation>“%1”不是日期：应为 YYYY-MM-DD，例如 2026-12-04。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO week: expected YYYY-Www, e.g. 2026-W05.</source>
        <translation>“%1”不是 ISO 周：应为 YYYY-Www，例如 2026-W05。</translation>
    </message>
    <message>
        <source>The year %1 has no ISO week %2: it has %3 weeks.</source>
        <translation>%1 年没有 ISO 第 %2 周：该年共 %3 周。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: expected YYYY-MM, e.g. 2026-02.</source>
        <translation>“%1”不是月份：应为 YYYY-MM，例如 2026-02。</translation>
    </message>
    <message>
        <source>A range is given by its two ends, not by one text.</source>
        <translation>时间范围须给出起止两端，而不是一个文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM), e.g. 2026-03-01 or 2026-03-01T08:30.</source>
        <translation>“%1”不是日期（YYYY-MM-DD）或日期时间（YYYY-MM-DDTHH:MM），例如 2026-03-01 或 2026-03-01T08:30。</translation>
    </message>
    <message>
        <source>The range from %1 to %2 is empty: its end must come after its start.</source>
        <translation>从 %1 到 %2 的范围为空：结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The range from %1 to %2 is longer than %3 days.</source>
        <translation>从 %1 到 %2 的范围超过 %3 天。</translation>
    </message>
</context>
<context>
    <name>sb::ReportRollups</name>
    <message>
        <source>The report roll-up of %1: %2</source>
        <translation>%1 的报表月度汇总：%2</translation>
    </message>
    <message>
        <source>The month roll-ups taken before tickets leave must count every ticket, and this login does not read every ticket: it needs the permission tickets.read_all. Nothing was archived.</source>
        <translation>工单归档前生成的月度汇总必须统计全部工单，而此登录无法读取全部工单：需要权限 tickets.read_all。未归档任何内容。</translation>
    </message>
</context>
<context>
    <name>sb::ReportRunStore</name>
    <message>
        <source>The SHA-256 of output %1 does not match its bytes.</source>
        <translation>输出文件 %1 的 SHA-256 与其内容不符。</translation>
    </message>
    <message>
        <source>A run finishes done, skipped or failed.</source>
        <translation>报表运行只能以完成、跳过或失败结束。</translation>
    </message>
    <message>
        <source>Report run #%1 is not running.</source>
        <translation>报表运行 #%1 不在运行中。</translation>
    </message>
    <message>
        <source>Refused: running scheduled reports needs the permission &quot;%1&quot;.</source>
        <translation>已拒绝：运行定时报表需要权限“%1”。</translation>
    </message>
</context>
<context>
    <name>sb::ReportRunner</name>
    <message>
        <source>A PDF needs the fonts of a graphical application.</source>
        <translation>生成 PDF 需要图形应用程序的字体。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of pdf, csv, xlsx, json.</source>
        <translation>“%1”不是 pdf、csv、xlsx、json 之一。</translation>
    </message>
    <message>
        <source>The %1 output: %2</source>
        <translation>%1 输出：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2 to %3.</source>
        <translation>%1，%2 至 %3。</translation>
    </message>
    <message>
        <source>Tickets received: %1.</source>
        <translation>受理工单：%1 张。</translation>
    </message>
    <message>
        <source>No delivery is set up for this runner.</source>
        <translation>此运行方未设置投递方式。</translation>
    </message>
    <message>
        <source>Delivery failed: %1</source>
        <translation>投递失败：%1</translation>
    </message>
    <message>
        <source>Report schedule #%1 does not exist.</source>
        <translation>定时报表 #%1 不存在。</translation>
    </message>
    <message>
        <source>The %1 translation is not built into this program: the report cannot be written in that language.</source>
        <translation>本程序未内置 %1 翻译：无法用该语言生成通报。</translation>
    </message>
</context>
<context>
    <name>sb::ReportScheduleStore</name>
    <message>
        <source>name: give the schedule a name of at most %1 characters.</source>
        <translation>名称：请为定时报表起一个不超过 %1 个字符的名称。</translation>
    </message>
    <message>
        <source>sections: &quot;%1&quot; is not a report section.</source>
        <translation>部分：“%1”不是报表的部分。</translation>
    </message>
    <message>
        <source>period: a schedule runs hourly, daily, weekly or monthly.</source>
        <translation>期间：定时报表按小时、日、周或月运行。</translation>
    </message>
    <message>
        <source>formats: choose at least one of PDF, CSV, Excel and JSON.</source>
        <translation>格式：请至少选择 PDF、CSV、Excel、JSON 中的一种。</translation>
    </message>
    <message>
        <source>formats: &quot;%1&quot; is not one of pdf, csv, xlsx, json.</source>
        <translation>格式：“%1”不是 pdf、csv、xlsx、json 之一。</translation>
    </message>
    <message>
        <source>language: a report is in English (en) or Chinese (zh_CN).</source>
        <translation>语言：报表使用英文（en）或中文（zh_CN）。</translation>
    </message>
    <message>
        <source>time of day: give the local time the report is built at.</source>
        <translation>时间：请给出生成报表的本地时间。</translation>
    </message>
    <message>
        <source>weekday: a weekly report is built on a day from Monday (1) to Sunday (7).</source>
        <translation>星期：周报在周一（1）至周日（7）中的某一天生成。</translation>
    </message>
    <message>
        <source>day of month: a monthly report is built on a day from 1 to 28.</source>
        <translation>日期：月报在每月 1 日至 28 日中的某一天生成。</translation>
    </message>
    <message>
        <source>folder: the path is limited to %1 characters.</source>
        <translation>文件夹：路径不能超过 %1 个字符。</translation>
    </message>
    <message>
        <source>audience: a broadcast needs its recipients (roles, teams or people).</source>
        <translation>接收人：广播消息需要接收人（角色、班组或人员）。</translation>
    </message>
    <message>
        <source>audience: choose who in each group of recipients.</source>
        <translation>接收人：请为每组接收人选定具体对象。</translation>
    </message>
    <message>
        <source>delivery: send a broadcast, write to a folder or post to the webhooks.</source>
        <translation>投递：请选择发送广播消息、写入文件夹或发到群聊（webhook）。</translation>
    </message>
    <message>
        <source>name: another schedule is called &quot;%1&quot;.</source>
        <translation>名称：已有名为“%1”的定时报表。</translation>
    </message>
    <message>
        <source>Report schedule #%1 does not exist.</source>
        <translation>定时报表 #%1 不存在。</translation>
    </message>
    <message>
        <source>Report schedule #%1 was changed meanwhile.</source>
        <translation>定时报表 #%1 已被他人修改。</translation>
    </message>
    <message>
        <source>Refused: report schedules need the permission &quot;%1&quot;.</source>
        <translation>已拒绝：定时报表需要权限“%1”。</translation>
    </message>
    <message>
        <source>Report run #%1 has no %2 output.</source>
        <translation>报表运行 #%1 没有 %2 输出。</translation>
    </message>
</context>
<context>
    <name>sb::ReportSettingsStore</name>
    <message>
        <source>%1 must be a number above 0 and at most %2, such as 50 or 12.5; &quot;%3&quot; is not.</source>
        <translation>%1 必须是大于 0 且不超过 %2 的数字，例如 50 或 12.5；“%3”不符合。</translation>
    </message>
</context>
<context>
    <name>sb::ReportXlsxWriter</name>
    <message>
        <source>Sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
    <message>
        <source>cannot add the sheet %1</source>
        <translation>无法添加工作表 %1</translation>
    </message>
    <message>
        <source>cannot write the workbook: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>sb::ResponseSection</name>
    <message>
        <source>The response section has no figure &quot;%1&quot; by &quot;%2&quot;.</source>
        <translation>响应部分没有按“%2”统计的“%1”数字。</translation>
    </message>
</context>
<context>
    <name>sb::RuleSet</name>
    <message>
        <source>%1: cannot read the rule set: %2</source>
        <translation>%1：无法读取规则集：%2</translation>
    </message>
    <message>
        <source>rule set: not valid JSON at offset %1: %2</source>
        <translation>规则集：偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>rule set: the document must be a JSON object</source>
        <translation>规则集：文档必须是 JSON 对象</translation>
    </message>
    <message>
        <source>rule set: unknown key &quot;%1&quot;</source>
        <translation>规则集：未知键 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version: must be a whole number of at least 1</source>
        <translation>version：必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a positive ISO 8601 duration such as PT30M</source>
        <translation>%1：&quot;%2&quot; 不是大于零的 ISO 8601 时长（如 PT30M）</translation>
    </message>
    <message>
        <source>burst_window: must not be longer than grading_window</source>
        <translation>burst_window：不得长于 grading_window</translation>
    </message>
    <message>
        <source>affected_share_threshold: must be a fraction above 0 and at most 1</source>
        <translation>affected_share_threshold：必须是大于 0 且不超过 1 的小数</translation>
    </message>
    <message>
        <source>burst_thresholds / %1: unknown problem class</source>
        <translation>burst_thresholds / %1：未知问题类别</translation>
    </message>
    <message>
        <source>burst_thresholds / %1: missing</source>
        <translation>burst_thresholds / %1：缺失</translation>
    </message>
    <message>
        <source>burst_thresholds / %1 / %2: unknown tier (normal or vip)</source>
        <translation>burst_thresholds / %1 / %2：未知客户等级（应为 normal 或 vip）</translation>
    </message>
    <message>
        <source>burst_thresholds / %1 / %2: must be a whole number of at least 1</source>
        <translation>burst_thresholds / %1 / %2：必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>problem_types / %1: unknown problem type</source>
        <translation>problem_types / %1：未知问题类型</translation>
    </message>
    <message>
        <source>problem_types / %1: missing</source>
        <translation>problem_types / %1：缺失</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1：未知键 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 / class: unknown problem class &quot;%2&quot;</source>
        <translation>%1 / class：未知问题类别 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 / core_experience: must be true or false</source>
        <translation>%1 / core_experience：必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1 / %2: unknown tier (normal or vip)</source>
        <translation>%1 / %2：未知客户等级（应为 normal 或 vip）</translation>
    </message>
    <message>
        <source>%1: unknown grade (general, serious, urgent or major)</source>
        <translation>%1：未知等级（应为 general、serious、urgent 或 major）</translation>
    </message>
    <message>
        <source>%1: the cell must be a string such as &quot;5–10&quot;, &quot;&gt;10&quot; or &quot;&quot;</source>
        <translation>%1：单元格必须是字符串，如 &quot;5–10&quot;、&quot;&gt;10&quot; 或 &quot;&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a count range (a–b, &gt;n, ≥n, ≤n or n)</source>
        <translation>%1：&quot;%2&quot; 不是有效的数量范围（a–b、&gt;n、≥n、≤n 或 n）</translation>
    </message>
    <message>
        <source>%1: range %2 is inverted</source>
        <translation>%1：范围 %2 的上下限颠倒</translation>
    </message>
    <message>
        <source>%1: range %2 overlaps %3 %4</source>
        <translation>%1：范围 %2 与 %3 等级的范围 %4 重叠</translation>
    </message>
</context>
<context>
    <name>sb::RuleSetStore</name>
    <message>
        <source>rule set version %1 in the database is not valid: %2</source>
        <translation>数据库中的规则集版本 %1 无效：%2</translation>
    </message>
    <message>
        <source>shipped default</source>
        <translation>出厂默认</translation>
    </message>
    <message>
        <source>someone saved rule set version %1 at the same time; reload and try again</source>
        <translation>有人同时保存了规则集版本 %1；请重新加载后重试</translation>
    </message>
</context>
<context>
    <name>sb::Scorecards</name>
    <message>
        <source>Standard complaint handling</source>
        <translation>标准投诉处理</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <source>Slow first response</source>
        <translation>首次响应慢</translation>
    </message>
    <message>
        <source>Deadline missed</source>
        <translation>处理超时</translation>
    </message>
    <message>
        <source>No reason given for the delay</source>
        <translation>未填写超时原因</translation>
    </message>
    <message>
        <source>Needless transfer</source>
        <translation>不必要的转派</translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation>身份核实</translation>
    </message>
    <message>
        <source>Verification skipped</source>
        <translation>未核实身份</translation>
    </message>
    <message>
        <source>Verification incomplete</source>
        <translation>身份核实不完整</translation>
    </message>
    <message>
        <source>Personal data disclosed before verification</source>
        <translation>核实前泄露个人信息</translation>
    </message>
    <message>
        <source>Understanding of the problem</source>
        <translation>问题理解</translation>
    </message>
    <message>
        <source>Wrong problem type</source>
        <translation>问题类型判断错误</translation>
    </message>
    <message>
        <source>Key facts not asked</source>
        <translation>未询问关键信息</translation>
    </message>
    <message>
        <source>Customer had to repeat</source>
        <translation>客户需重复陈述</translation>
    </message>
    <message>
        <source>Effectiveness of the solution</source>
        <translation>解决方案有效性</translation>
    </message>
    <message>
        <source>Wrong answer</source>
        <translation>答复错误</translation>
    </message>
    <message>
        <source>Knowledge base not used</source>
        <translation>未使用知识库</translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation>应升级未升级</translation>
    </message>
    <message>
        <source>Escalated needlessly</source>
        <translation>不必要的升级</translation>
    </message>
    <message>
        <source>Problem not solved</source>
        <translation>问题未解决</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Impolite</source>
        <translation>不礼貌</translation>
    </message>
    <message>
        <source>Impatient</source>
        <translation>不耐烦</translation>
    </message>
    <message>
        <source>Interrupted the customer</source>
        <translation>打断客户</translation>
    </message>
    <message>
        <source>Unprofessional wording</source>
        <translation>用语不规范</translation>
    </message>
    <message>
        <source>Completeness of the record</source>
        <translation>记录完整性</translation>
    </message>
    <message>
        <source>Fields missing</source>
        <translation>字段缺失</translation>
    </message>
    <message>
        <source>Handling opinion missing</source>
        <translation>缺少处理意见</translation>
    </message>
    <message>
        <source>Reply summary missing</source>
        <translation>缺少回复概述</translation>
    </message>
    <message>
        <source>Attachments missing</source>
        <translation>缺少附件</translation>
    </message>
    <message>
        <source>Satisfaction achieved</source>
        <translation>满意度达成</translation>
    </message>
    <message>
        <source>Customer unsatisfied with the result</source>
        <translation>客户对处理结果不满意</translation>
    </message>
    <message>
        <source>Customer unsatisfied with the service</source>
        <translation>客户对服务不满意</translation>
    </message>
    <message>
        <source>Expectations not set</source>
        <translation>未向客户说明预期</translation>
    </message>
    <message>
        <source>The scorecard needs a name.</source>
        <translation>评分表需要名称。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The version must be 1 or more.</source>
        <translation>版本号至少为 1。</translation>
    </message>
    <message>
        <source>The scorecard needs at least one item.</source>
        <translation>评分表至少需要一个评分项。</translation>
    </message>
    <message>
        <source>At most %1 items.</source>
        <translation>最多 %1 个评分项。</translation>
    </message>
    <message>
        <source>The key must be 1 to %1 characters of a–z, 0–9 and _, starting with a letter.</source>
        <translation>键必须为 1 到 %1 个字符，由 a–z、0–9 和 _ 组成，并以字母开头。</translation>
    </message>
    <message>
        <source>Another item has the same key.</source>
        <translation>另一个评分项使用了相同的键。</translation>
    </message>
    <message>
        <source>The item needs a title.</source>
        <translation>评分项需要标题。</translation>
    </message>
    <message>
        <source>The weight must be more than 0 and at most %1.</source>
        <translation>权重必须大于 0 且不超过 %1。</translation>
    </message>
    <message>
        <source>At most %1 root causes.</source>
        <translation>最多 %1 个根因。</translation>
    </message>
    <message>
        <source>A root cause must be 1 to %1 characters.</source>
        <translation>根因必须为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>“%1”重复列出。</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation>应为 JSON 对象。</translation>
    </message>
    <message>
        <source>Missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source>Expected a list of items.</source>
        <translation>应为评分项列表。</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>应为对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scale; use pass_fail, zero_to_two or one_to_five.</source>
        <translation>“%1”不是有效的评分尺度；请使用 pass_fail、zero_to_two 或 one_to_five。</translation>
    </message>
    <message>
        <source>Not an item of this scorecard.</source>
        <translation>不是此评分表的评分项。</translation>
    </message>
    <message>
        <source>Rated more than once.</source>
        <translation>重复评分。</translation>
    </message>
    <message>
        <source>Rate the item or mark it not applicable.</source>
        <translation>请为该项评分或标记为不适用。</translation>
    </message>
    <message>
        <source>Rate the item.</source>
        <translation>请为该项评分。</translation>
    </message>
    <message>
        <source>Either a value or not applicable, not both.</source>
        <translation>评分与“不适用”只能二选一。</translation>
    </message>
    <message>
        <source>This item cannot be marked not applicable.</source>
        <translation>该项不能标记为不适用。</translation>
    </message>
    <message>
        <source>A not applicable item has no root causes.</source>
        <translation>不适用的评分项不能选择根因。</translation>
    </message>
    <message>
        <source>The value must be from %1 to %2.</source>
        <translation>分值必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>A comment is required below pass.</source>
        <translation>未达合格时必须填写评语。</translation>
    </message>
    <message>
        <source>Root causes are only for items below pass.</source>
        <translation>只有未达合格的评分项才能选择根因。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a root cause of this item.</source>
        <translation>“%1”不是该项的根因。</translation>
    </message>
    <message>
        <source>At least one item must be rated; a review of only not applicable items has no score.</source>
        <translation>至少须为一项评分；全部为不适用的质检没有得分。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot;: %2</source>
        <translation>评分项“%1”：%2</translation>
    </message>
    <message>
        <source>Item &quot;%1&quot;, %2: %3</source>
        <translation>评分项“%1”，%2：%3</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>应为文本。</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>应为数字。</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>应为整数。</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>应为 true 或 false。</translation>
    </message>
    <message>
        <source>Expected a list of texts.</source>
        <translation>应为文本列表。</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>未知字段。</translation>
    </message>
</context>
<context>
    <name>sb::SupervisionStore</name>
    <message>
        <source>A supervision item is about a problem type or a category.</source>
        <translation>督办事项须针对一个问题类型或投诉类别。</translation>
    </message>
    <message>
        <source>A supervision item needs the key of what it supervises.</source>
        <translation>督办事项须指明督办的对象。</translation>
    </message>
    <message>
        <source>Choose the owner.</source>
        <translation>请选择责任人。</translation>
    </message>
    <message>
        <source>Give the due date.</source>
        <translation>请填写办结期限。</translation>
    </message>
    <message>
        <source>The notes are limited to %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A supervision item needs the report period it was opened from.</source>
        <translation>督办事项须注明其来源的通报周期。</translation>
    </message>
    <message>
        <source>The owner must be an active staff member.</source>
        <translation>责任人必须是在岗员工。</translation>
    </message>
    <message>
        <source>Supervision item #%1 is still open for %2.</source>
        <translation>%2 的督办事项 #%1 尚未办结。</translation>
    </message>
    <message>
        <source>Supervision item #%1 does not exist.</source>
        <translation>督办事项 #%1 不存在。</translation>
    </message>
    <message>
        <source>Supervision item #%1 is closed; a closed item never changes.</source>
        <translation>督办事项 #%1 已办结；已办结的事项不能再修改。</translation>
    </message>
    <message>
        <source>Supervision item #%1 was changed by %2 meanwhile.</source>
        <translation>督办事项 #%1 已被 %2 修改。</translation>
    </message>
    <message>
        <source>Refused: supervision items need the permission &quot;%1&quot;.</source>
        <translation>已拒绝：督办事项需要权限“%1”。</translation>
    </message>
</context>
<context>
    <name>sb::TextInput</name>
    <message>
        <source>line 1: the file is %1 (byte-order mark); save it as UTF-8</source>
        <translation>第 1 行：该文件是 %1 编码（带字节顺序标记）；请另存为 UTF-8</translation>
    </message>
    <message>
        <source>line %1, column %2: not valid UTF-8 (byte 0x%3); the file must be UTF-8</source>
        <translation>第 %1 行第 %2 列：不是有效的 UTF-8（字节 0x%3）；文件必须是 UTF-8 编码</translation>
    </message>
</context>
<context>
    <name>sb::TicketAttachments</name>
    <message>
        <source>An attachment needs a ticket.</source>
        <translation>附件必须属于一张工单。</translation>
    </message>
    <message>
        <source>An attachment needs a name.</source>
        <translation>附件需要名称。</translation>
    </message>
    <message>
        <source>The attachment could not be stored.</source>
        <translation>无法保存附件。</translation>
    </message>
</context>
<context>
    <name>sb::TicketPersonalData</name>
    <message>
        <source>Personal data is read for at most %1 tickets at a time.</source>
        <translation>个人信息每次最多读取 %1 张工单。</translation>
    </message>
</context>
<context>
    <name>sb::TicketViewText</name>
    <message>
        <source>mine, team, due_soon, overdue, green, appeals, unassigned or all</source>
        <translation>mine、team、due_soon、overdue、green、appeals、unassigned 或 all</translation>
    </message>
    <message>
        <source>a channel key (phone, email, chat …)</source>
        <translation>渠道键（phone、email、chat …）</translation>
    </message>
    <message>
        <source>a problem type key</source>
        <translation>问题类型键</translation>
    </message>
    <message>
        <source>an ISO 8601 time with Z or an offset</source>
        <translation>带 Z 或时区偏移的 ISO 8601 时间</translation>
    </message>
    <message>
        <source>a staff id</source>
        <translation>员工 ID</translation>
    </message>
    <message>
        <source>CS-yyyyMMdd-ID or a ticket id</source>
        <translation>CS-yyyyMMdd-ID 或工单 ID</translation>
    </message>
    <message>
        <source>a customer tier key (normal, vip …)</source>
        <translation>客户等级键（normal、vip …）</translation>
    </message>
    <message>
        <source>0, 1, 2 or 3</source>
        <translation>0、1、2 或 3</translation>
    </message>
    <message>
        <source>id, received, updated, priority, state, channel, tier, problem_type, subject or handler</source>
        <translation>id、received、updated、priority、state、channel、tier、problem_type、subject 或 handler</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>query: unknown key &quot;%1&quot; (known: %2)</source>
        <translation>查询：未知的键“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>query: key &quot;%1&quot; is given twice</source>
        <translation>查询：键“%1”出现了两次</translation>
    </message>
    <message>
        <source>query: %1: &quot;%2&quot; is not %3</source>
        <translation>查询：%1：“%2”不是%3</translation>
    </message>
    <message>
        <source>a valid value</source>
        <translation>有效值</translation>
    </message>
    <message>
        <source>query: to: &quot;%1&quot; is not after from</source>
        <translation>查询：to：“%1”不晚于 from</translation>
    </message>
</context>
<context>
    <name>sb::VolumeBuckets</name>
    <message>
        <source>volume: bad range (%1, %2] or bucket size %3</source>
        <translation>投诉量：范围 (%1, %2] 或分段大小 %3 无效</translation>
    </message>
</context>
<context>
    <name>sb::VolumeHistory</name>
    <message>
        <source>channel breakdown: bad range (%1, %2] or bucket size %3</source>
        <translation>渠道分布：范围 (%1, %2] 或分桶大小 %3 无效</translation>
    </message>
</context>
<context>
    <name>sb::VolumeSection</name>
    <message>
        <source>The report&apos;s period is empty.</source>
        <translation>报表期间为空。</translation>
    </message>
    <message>
        <source>The volume section has no figure &quot;%1&quot;.</source>
        <translation>话务量部分没有“%1”这个数字。</translation>
    </message>
    <message>
        <source>The volume section is not counted by &quot;%1&quot;.</source>
        <translation>话务量部分不按“%1”统计。</translation>
    </message>
</context>
<context>
    <name>sb::app::AboutDialog</name>
    <message>
        <source>%1 (this version supports %2)</source>
        <translation>%1（本版本最高支持 %2）</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时为 %2）</translation>
    </message>
    <message>
        <source>Signalboard: MIT licence (the LICENSE file)</source>
        <translation>Signalboard：MIT 许可证（见 LICENSE 文件）</translation>
    </message>
    <message>
        <source>Qt: GNU Lesser General Public License v3 (LGPLv3)</source>
        <translation>Qt：GNU 宽通用公共许可证第 3 版（LGPLv3）</translation>
    </message>
    <message>
        <source>libsodium: ISC licence</source>
        <translation>libsodium：ISC 许可证</translation>
    </message>
    <message>
        <source>libxlsxwriter: BSD 2-clause licence</source>
        <translation>libxlsxwriter：BSD 2 条款许可证</translation>
    </message>
</context>
<context>
    <name>sb::app::ActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>sb::app::AdminPlace</name>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>人员(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>班组(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Roles and permissions</source>
        <translation>角色和权限(&amp;R)</translation>
    </message>
    <message>
        <source>Temporary &amp;permissions</source>
        <translation>临时权限(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <source>You hold no administration permission (admin.*): you can look at staff, teams and roles but not change them.</source>
        <translation>您没有任何系统管理权限（admin.*）：可以查看人员、班组和角色，但不能修改。</translation>
    </message>
    <message>
        <source>Changes take effect at once on every workstation and are written to the audit log.</source>
        <translation>修改立即在所有工作站生效，并写入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>工作日历(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Deadline rules</source>
        <translation>时限规则(&amp;D)</translation>
    </message>
    <message>
        <source>Tic&amp;ket searches</source>
        <translation>工单查询记录(&amp;K)</translation>
    </message>
    <message>
        <source>Setti&amp;ngs</source>
        <translation>设置(&amp;N)</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>归档(&amp;H)</translation>
    </message>
    <message>
        <source>Personal data &amp;erasure</source>
        <translation>个人信息删除(&amp;E)</translation>
    </message>
</context>
<context>
    <name>sb::app::AlertCenter</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Show or hide the alert drawer</source>
        <translation>显示或隐藏预警抽屉</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>预警：%1</translation>
    </message>
    <message>
        <source>%1 — %2, since %3</source>
        <translation>%1 — %2，自 %3 起</translation>
    </message>
    <message>
        <source>The most severe open incident: click to open it</source>
        <translation>最严重的未结事件：点击打开</translation>
    </message>
</context>
<context>
    <name>sb::app::AlertDrawer</name>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation>无法读取预警：%1</translation>
    </message>
    <message>
        <source>Incident #%1 is no longer open.</source>
        <translation>事件 #%1 已不再处于未结状态。</translation>
    </message>
    <message>
        <source>Not acknowledged: %1</source>
        <translation>未能知悉：%1</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>%1 于 %2 已知悉</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>未知悉</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>知悉</translation>
    </message>
    <message>
        <source>Acknowledging needs the permission %1.</source>
        <translation>知悉需要权限 %1。</translation>
    </message>
    <message>
        <source>Open grading wizard</source>
        <translation>打开定级向导</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>没有未结事件。</translation>
    </message>
    <message>
        <source>Open incidents: %1, not acknowledged: %2.</source>
        <translation>未结事件：%1，未知悉：%2。</translation>
    </message>
</context>
<context>
    <name>sb::app::AlertPopup</name>
    <message>
        <source>Open grading wizard</source>
        <translation>打开定级向导</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Incident: %1 — %2</source>
        <translation>事件：%1 — %2</translation>
    </message>
    <message>
        <source>Incident raised: %1 — %2 (was %3)</source>
        <translation>事件升级：%1 — %2（原为 %3）</translation>
    </message>
    <message>
        <source>Class: %1
Grade: %2
Normal customers: %3 in 30 min, %4 in 60 min
VIP customers: %5 in 30 min, %6 in 60 min
At: %7</source>
        <translation>类别：%1
级别：%2
普通客户：30 分钟内 %3 件，60 分钟内 %4 件
贵宾客户：30 分钟内 %5 件，60 分钟内 %6 件
时间：%7</translation>
    </message>
</context>
<context>
    <name>sb::app::AnnouncePage</name>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>A role</source>
        <translation>某个角色</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>某个班组</translation>
    </message>
    <message>
        <source>Staff on duty</source>
        <translation>在岗人员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No chat group is set up.</source>
        <translation>尚未设置聊天群组。</translation>
    </message>
    <message>
        <source>Announcing needs the permission %1.</source>
        <translation>发布通告需要权限 %1。</translation>
    </message>
    <message>
        <source>[%1 warning] %2</source>
        <translation>[%1预警] %2</translation>
    </message>
    <message>
        <source>%1: %2 normal and %3 VIP complaints in the last hour. Grade: %4.</source>
        <translation>%1：最近一小时内普通客户投诉 %2 件，贵宾客户投诉 %3 件。级别：%4。</translation>
    </message>
    <message>
        <source>Known problem: %1.</source>
        <translation>已知问题：%1。</translation>
    </message>
    <message>
        <source>The cause is not confirmed yet.</source>
        <translation>原因尚未确认。</translation>
    </message>
    <message>
        <source>We know about a problem with %1 and are working on it. We will tell you as soon as it is fixed. We apologise for the inconvenience.</source>
        <translation>我们已知悉%1方面的问题，正在处理中，修复后将第一时间通知您。给您带来不便，敬请谅解。</translation>
    </message>
    <message>
        <source>Write the notice, or untick &quot;Announce&quot;.</source>
        <translation>请填写通告内容，或取消勾选“通告”。</translation>
    </message>
    <message>
        <source>Choose the role or team to announce to.</source>
        <translation>请选择要通告的角色或班组。</translation>
    </message>
</context>
<context>
    <name>sb::app::ArchiveTab</name>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Closed before</source>
        <translation>结案早于</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>各表行数</translation>
    </message>
    <message>
        <source>Archive tickets into</source>
        <translation>将工单归档到</translation>
    </message>
    <message>
        <source>Signalboard archives (*.sbarchive)</source>
        <translation>Signalboard 归档文件 (*.sbarchive)</translation>
    </message>
    <message>
        <source>Restore tickets from</source>
        <translation>从以下归档恢复工单</translation>
    </message>
    <message>
        <source>Signalboard archives (*.sbarchive);;All files (*)</source>
        <translation>Signalboard 归档文件 (*.sbarchive);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>时间线事件</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Deadline reminders</source>
        <translation>时限催办</translation>
    </message>
    <message>
        <source>Knowledge-base links</source>
        <translation>知识库关联</translation>
    </message>
    <message>
        <source>Knowledge-base usage</source>
        <translation>知识库使用记录</translation>
    </message>
    <message>
        <source>Count the tickets and rows that would move now; nothing is changed</source>
        <translation>统计现在将移出的工单和行数；不做任何更改</translation>
    </message>
    <message>
        <source>Important tickets: green channel, appealed (or itself an appeal), a VIP customer, or linked to an incident. Whatever their age, open tickets stay, and so do tickets with an appeal still in the live database, an open incident, an unresolved supervision item over their problem type or category, or QA records. The months are changed under Settings (%1, %2).</source>
        <translation>重要工单：绿色通道、已申诉（或本身是申诉）、VIP 客户或关联事件的工单。无论多久，未结案的工单都会保留；申诉仍在在线数据库中、所属事件未关闭、其问题类型或类别有未办结的督办事项、或有质检记录的工单也会保留。保留月数在“设置”中修改（%1、%2）。</translation>
    </message>
    <message>
        <source>Closed ordinary tickets stay %1 month(s) in the live database; closed important tickets stay %2 month(s).</source>
        <translation>普通工单结案后在在线数据库中保留 %1 个月；重要工单结案后保留 %2 个月。</translation>
    </message>
    <message>
        <source>The stored retention settings are not usable (%1); nothing can be archived until they are corrected under Settings.</source>
        <translation>已存储的保留期限设置无法使用（%1）；在“设置”中更正之前无法归档。</translation>
    </message>
    <message>
        <source>Moves ordinary tickets closed before %1 and important tickets closed before %2 (%3 time).</source>
        <translation>将移出 %1 之前结案的普通工单和 %2 之前结案的重要工单（%3 时间）。</translation>
    </message>
    <message>
        <source>Counting what would move before %1…</source>
        <translation>正在统计 %1 之前将移出的内容…</translation>
    </message>
    <message>
        <source>Reading the archive %1…</source>
        <translation>正在读取归档 %1…</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>无法生成预览：%1</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n ticket(s) closed before %1 would move now; nothing was changed.</source>
        <translation>
            <numerusform>预览：现在将移出 %n 张 %1 之前结案的工单；未做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket closed before %1 is past its retention: nothing was written to %2.</source>
        <translation>%1 之前结案的工单都未超过保留期限：未向 %2 写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n ticket(s) closed before %1, with their timeline, attachments and knowledge-base links, from the live database into the archive %2?%3

They leave every workstation until they are restored.</source>
        <translation>
            <numerusform>将 %n 张 %1 之前结案的工单连同其时间线、附件和知识库关联从在线数据库移入归档 %2？%3

在恢复之前，这些工单将从所有工作站上消失。</numerusform>
        </translation>
    </message>
    <message>
        <source> The file exists: they are added to it.</source>
        <translation>该文件已存在：工单将追加到其中。</translation>
    </message>
    <message>
        <source>Nothing was archived.</source>
        <translation>未归档任何工单。</translation>
    </message>
    <message>
        <source>Archiving into %1…</source>
        <translation>正在归档到 %1…</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>未恢复任何工单：%1</translation>
    </message>
    <message>
        <source>The archive %1 holds no tickets: nothing to restore.</source>
        <translation>归档 %1 中没有工单：无需恢复。</translation>
    </message>
    <message numerus="yes">
        <source>Put the %n ticket(s) of the archive %1 back into the live database? Tickets already back are left as they are.</source>
        <translation>
            <numerusform>将归档 %1 中的 %n 张工单恢复到在线数据库？已恢复的工单保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>未恢复任何工单。</translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation>正在从 %1 恢复…</translation>
    </message>
    <message>
        <source>The archive stopped: %1 The batches before it are in %2; the tickets still in the live database are safe to archive again.</source>
        <translation>归档已中止：%1 此前的批次已在 %2 中；仍在在线数据库中的工单可以安全地再次归档。</translation>
    </message>
    <message numerus="yes">
        <source>Archived %n ticket(s) in %1 batch(es) into %2 (run %3).</source>
        <translation>
            <numerusform>已分 %1 个批次将 %n 张工单归档到 %2（运行 %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore stopped: %1 The batches before it are back; running it again leaves them as they are.</source>
        <translation>恢复已中止：%1 此前的批次已恢复；再次运行时这些工单保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n ticket(s) in %1 batch(es) from %2 (run %3).</source>
        <translation>
            <numerusform>已分 %1 个批次从 %2 恢复 %n 张工单（运行 %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Running (or interrupted)</source>
        <translation>运行中（或已中断）</translation>
    </message>
    <message>
        <source>(not readable)</source>
        <translation>（无法读取）</translation>
    </message>
    <message numerus="yes">
        <source>Past runs (newest first): %n</source>
        <translation>
            <numerusform>历史运行（最新在前）：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::ArchiveWindow</name>
    <message>
        <source>Open &amp;archive…</source>
        <translation>打开归档(&amp;A)…</translation>
    </message>
    <message>
        <source>Read an archive file (.sbarchive) in a window of its own, read-only</source>
        <translation>在单独的窗口中以只读方式查看归档文件（.sbarchive）</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>打开归档</translation>
    </message>
    <message>
        <source>Signalboard archives (*.sbarchive);;All files (*)</source>
        <translation>Signalboard 归档文件 (*.sbarchive);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>This is an archive: it is read-only.</source>
        <translation>这是归档文件：只读。</translation>
    </message>
    <message>
        <source>Archive reader</source>
        <translation>归档查阅人</translation>
    </message>
    <message>
        <source>Archive — %1 (read-only)</source>
        <translation>归档 — %1（只读）</translation>
    </message>
    <message>
        <source>%1 · read-only</source>
        <translation>%1 · 只读</translation>
    </message>
    <message numerus="yes">
        <source>Source: %1 · Tickets: %L2 · Ordinary tickets closed before %3, important ones before %4 · Written %5 (%n run(s))</source>
        <translation>
            <numerusform>来源：%1 · 工单：%L2 · 普通工单结案早于 %3，重要工单早于 %4 · 写入于 %5（%n 次运行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every table against the manifest…</source>
        <translation>正在按清单核对每张表…</translation>
    </message>
    <message>
        <source>The archive could not be checked against its manifest: %1</source>
        <translation>无法按清单核对归档文件：%1</translation>
    </message>
</context>
<context>
    <name>sb::app::AttachmentPanel</name>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Choose an attachment first.</source>
        <translation>请先选择一个附件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>No application opens %1; it is saved at %2.</source>
        <translation>没有可打开 %1 的应用程序；文件已保存在 %2。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>sb::app::AttachmentsPane</name>
    <message>
        <source>Attach a file</source>
        <translation>添加附件文件</translation>
    </message>
    <message>
        <source>Save attachment as</source>
        <translation>附件另存为</translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Opens a read-only copy with the program for its type.</source>
        <translation>用对应类型的程序打开只读副本。</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2，%3，%4</translation>
    </message>
    <message>
        <source>Needs the permission tickets.handle.</source>
        <translation>需要权限 tickets.handle。</translation>
    </message>
    <message>
        <source>Files up to the size in setting %1 (%2 unless changed).</source>
        <translation>文件大小上限见设置 %1（默认 %2）。</translation>
    </message>
    <message>
        <source>Attachment %1 no longer exists.</source>
        <translation>附件 %1 已不存在。</translation>
    </message>
    <message>
        <source>%1 does not exist; nothing was attached.</source>
        <translation>%1 不存在；未添加任何附件。</translation>
    </message>
    <message>
        <source>%1 is not a file; nothing was attached.</source>
        <translation>%1 不是文件；未添加任何附件。</translation>
    </message>
    <message>
        <source>%1 is %2; an attachment may be at most %3 (setting %4). Nothing was attached.</source>
        <translation>%1 大小为 %2；附件最大为 %3（设置 %4）。未添加任何附件。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Nothing was attached.</source>
        <translation>无法读取 %1：%2。未添加任何附件。</translation>
    </message>
    <message>
        <source>larger than that</source>
        <translation>超过此大小</translation>
    </message>
    <message>
        <source>The attachment could not be stored.</source>
        <translation>无法保存附件。</translation>
    </message>
    <message>
        <source>Attached %1 (%2).</source>
        <translation>已添加附件 %1（%2）。</translation>
    </message>
    <message>
        <source>No temporary folder for opened attachments: %1</source>
        <translation>无法为打开的附件创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No program could open %1. Use “Save as…” to keep a copy.</source>
        <translation>没有程序能打开 %1。请使用“另存为…”保存副本。</translation>
    </message>
    <message>
        <source>Opened %1 (a read-only copy).</source>
        <translation>已打开 %1（只读副本）。</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>已保存 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>sb::app::AuditTab</name>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>words in the entry or its detail</source>
        <translation>条目或其详情中的文字</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The newest %1 matching entries are shown; narrow the filter to see older ones.</source>
        <translation>仅显示最新的 %1 条匹配记录；请缩小筛选范围以查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries.</source>
        <translation>
            <numerusform>共 %n 条匹配记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::BroadcastFeature</name>
    <message>
        <source>Message ticker</source>
        <translation>消息滚动字幕</translation>
    </message>
    <message>
        <source>Signalboard</source>
        <translation>Signalboard</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>新消息</translation>
    </message>
</context>
<context>
    <name>sb::app::BroadcastPlace</name>
    <message>
        <source>Needs the permission &quot;%1&quot;.</source>
        <translation>需要权限“%1”。</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>广播消息</translation>
    </message>
    <message>
        <source>New message…</source>
        <translation>新建消息…</translation>
    </message>
    <message>
        <source>Chat webhooks…</source>
        <translation>聊天 Webhook…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>回复…</translation>
    </message>
    <message>
        <source>Re-send to unread</source>
        <translation>重新发送给未读者</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Not yet read</source>
        <translation>尚未阅读</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1 — from %2, %3, %4</source>
        <translation>%1 — 来自 %2，%3，%4</translation>
    </message>
    <message>
        <source>Answer script:</source>
        <translation>口径：</translation>
    </message>
    <message>
        <source>%1 (%2) — read %3</source>
        <translation>%1（%2）— 已于 %3 阅读</translation>
    </message>
    <message>
        <source>%1 (%2) — shown, not read</source>
        <translation>%1（%2）— 已显示，未阅读</translation>
    </message>
    <message>
        <source>%1 (%2) — not yet shown</source>
        <translation>%1（%2）— 尚未显示</translation>
    </message>
    <message>
        <source>%1 — read by %2 of %3</source>
        <translation>%1 — %3 人中已有 %2 人阅读</translation>
    </message>
    <message>
        <source>Only the sender can re-send a message.</source>
        <translation>只有发送者可以重新发送消息。</translation>
    </message>
    <message>
        <source>The message has expired.</source>
        <translation>该消息已过期。</translation>
    </message>
    <message>
        <source>Everyone has read it.</source>
        <translation>所有人均已阅读。</translation>
    </message>
    <message numerus="yes">
        <source>Send it again, as a new message, to the %n who have not read it.</source>
        <translation>
            <numerusform>作为新消息，重新发送给尚未阅读的 %n 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent again to %n person(s) who had not read it.</source>
        <translation>
            <numerusform>已重新发送给 %n 名未读人员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>消息已发送。</translation>
    </message>
    <message>
        <source>Re: %1</source>
        <translation>回复：%1</translation>
    </message>
</context>
<context>
    <name>sb::app::BulkFlow</name>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Urge</source>
        <translation>催办</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>更改优先级</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: required.</source>
        <translation>%1：必填。</translation>
    </message>
    <message>
        <source>handler_id: required.</source>
        <translation>handler_id：必填。</translation>
    </message>
    <message>
        <source>%1: results</source>
        <translation>%1：结果</translation>
    </message>
    <message>
        <source>%1 done, %2 refused.</source>
        <translation>%1 项完成，%2 项被拒绝。</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>sb::app::CalendarTab</name>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of weekdays</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 休息</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import iCalendar…</source>
        <translation>导入 iCalendar(&amp;I)…</translation>
    </message>
    <message>
        <source>Import holidays from an iCalendar file</source>
        <translation>从 iCalendar 文件导入节假日</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>The business calendar could not be read: %1</source>
        <translation>无法读取工作日历：%1</translation>
    </message>
    <message>
        <source>Working week: %1. Make-up working days: %2. Time zone: %3. The weekly pattern and time zone are edited in the Settings tab (workflow.calendar).</source>
        <translation>工作周：%1。调休上班日：%2。时区：%3。每周作息和时区在“设置”页（workflow.calendar）中修改。</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>所有年份</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Choose days in the list first.</source>
        <translation>请先在列表中选择日期。</translation>
    </message>
    <message>
        <source>%1 was not stored: %2</source>
        <translation>%1 未保存：%2</translation>
    </message>
    <message>
        <source>%1 is now a %2 (%3).</source>
        <translation>%1 现为%2（%3）。</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>无名称</translation>
    </message>
    <message>
        <source>Add a calendar day</source>
        <translation>添加日历日期</translation>
    </message>
    <message>
        <source>e.g. National Day</source>
        <translation>例如：国庆节</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n day(s) from the calendar: %1?</source>
        <translation>
            <numerusform>从日历中删除 %n 天：%1？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n day(s) from the calendar.</source>
        <translation>
            <numerusform>已从日历中删除 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 8 MiB; nothing was imported.</source>
        <translation>%1 大于 8 MiB；未导入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>未删除任何日期：%1</translation>
    </message>
</context>
<context>
    <name>sb::app::ComposeDialog</name>
    <message>
        <source>Needs the permission &quot;%1&quot;.</source>
        <translation>需要权限“%1”。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>A role</source>
        <translation>某个角色</translation>
    </message>
    <message>
        <source>A team</source>
        <translation>某个班组</translation>
    </message>
    <message>
        <source>People on duty</source>
        <translation>当班人员</translation>
    </message>
    <message>
        <source>Named people</source>
        <translation>指定人员</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>(no template)</source>
        <translation>（无模板）</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>Choose a team.</source>
        <translation>请选择班组。</translation>
    </message>
    <message>
        <source>Choose at least one person in the list of named people.</source>
        <translation>请在指定人员列表中至少选择一人。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>At most %1 files, each at most the size in setting %2.</source>
        <translation>最多 %1 个文件，每个文件不超过设置项 %2 规定的大小。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: a message carries at most %2 files.</source>
        <translation>“%1”未添加：一条消息最多可带 %2 个附件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: it does not exist.</source>
        <translation>“%1”未添加：文件不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: it is not a file.</source>
        <translation>“%1”未添加：它不是文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: it is %2, and a file may be at most %3 (setting %4).</source>
        <translation>“%1”未添加：文件大小为 %2，而单个附件最大为 %3（设置项 %4）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: %2</source>
        <translation>“%1”未添加：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: it cannot be read (%2).</source>
        <translation>“%1”未添加：无法读取（%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not attached: it is larger than %2 (setting %3).</source>
        <translation>“%1”未添加：文件大于 %2（设置项 %3）。</translation>
    </message>
</context>
<context>
    <name>sb::app::ConfirmPage</name>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>Incident #%1: %2</source>
        <translation>事件 #%1：%2</translation>
    </message>
    <message>
        <source>New incident: %1</source>
        <translation>新事件：%1</translation>
    </message>
    <message>
        <source>Identified: %1</source>
        <translation>认定：%1</translation>
    </message>
    <message>
        <source>Counts: last 30 min %1 normal / %2 VIP; last 60 min %3 normal / %4 VIP</source>
        <translation>计数：最近 30 分钟 普通 %1 / 贵宾 %2；最近 60 分钟 普通 %3 / 贵宾 %4</translation>
    </message>
    <message>
        <source>Affected share: %1 %</source>
        <translation>受影响比例：%1 %</translation>
    </message>
    <message>
        <source>Grade: %1 (as the rules give)</source>
        <translation>级别：%1（按规则）</translation>
    </message>
    <message>
        <source>Grade: %1, overriding %2 — reason: %3</source>
        <translation>级别：%1，调整自 %2 — 理由：%3</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Announcement: %1</source>
        <translation>通告：%1</translation>
    </message>
    <message>
        <source>Answer script: %1</source>
        <translation>答复口径：%1</translation>
    </message>
    <message>
        <source>Chat groups: %1</source>
        <translation>聊天群组：%1</translation>
    </message>
    <message>
        <source>No announcement.</source>
        <translation>不发布通告。</translation>
    </message>
    <message>
        <source>This workstation cannot write: %1</source>
        <translation>此工作站无法写入：%1</translation>
    </message>
    <message>
        <source>Grading needs the permission %1.</source>
        <translation>定级需要权限 %1。</translation>
    </message>
</context>
<context>
    <name>sb::app::ConnectionDialog</name>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Signalboard databases (*.db)</source>
        <translation>Signalboard 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>请选择数据库文件。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host and the database name.</source>
        <translation>请输入服务器主机和数据库名称。</translation>
    </message>
</context>
<context>
    <name>sb::app::DeadlineRuleDialog</name>
    <message>
        <source>* (any)</source>
        <translation>*（任意）</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Edit deadline rule</source>
        <translation>编辑时限规则</translation>
    </message>
    <message>
        <source>Add deadline rule</source>
        <translation>添加时限规则</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Working time (business calendar)</source>
        <translation>工作时间（按工作日历）</translation>
    </message>
    <message>
        <source>Wall clock (every hour)</source>
        <translation>自然时间（每个小时都计）</translation>
    </message>
    <message>
        <source>(when the ticket is received)</source>
        <translation>（工单受理时）</translation>
    </message>
    <message>
        <source>Known actions: %1</source>
        <translation>已知操作：%1</translation>
    </message>
</context>
<context>
    <name>sb::app::DeadlineRulesTab</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>1 working second</source>
        <translation>1 个工作秒</translation>
    </message>
    <message>
        <source>%1 working seconds</source>
        <translation>%1 个工作秒</translation>
    </message>
    <message>
        <source>1 working minute</source>
        <translation>1 个工作分钟</translation>
    </message>
    <message>
        <source>%1 working minutes</source>
        <translation>%1 个工作分钟</translation>
    </message>
    <message>
        <source>1 working hour</source>
        <translation>1 个工作小时</translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation>%1 个工作小时</translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation>1 个工作日</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>1 day (24 hours)</source>
        <translation>1 天（24 小时）</translation>
    </message>
    <message>
        <source>%1 days (24 hours each)</source>
        <translation>%1 天（每天 24 小时）</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Enable / &amp;disable</source>
        <translation>启用 / 停用(&amp;D)</translation>
    </message>
    <message>
        <source>For each milestone the most specific enabled rule that matches a ticket applies (* = any); a disabled rule that is the most specific switches the milestone off.</source>
        <translation>每个节点采用与工单匹配的、最具体的已启用规则（* = 任意）；若最具体的规则已停用，则该节点不计时限。</translation>
    </message>
    <message>
        <source>The deadline rules could not be read: %1</source>
        <translation>无法读取时限规则：%1</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Ticket kind</source>
        <translation>工单类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>计时方式</translation>
    </message>
    <message>
        <source>Warning lead</source>
        <translation>预警提前量</translation>
    </message>
    <message>
        <source>Counts from</source>
        <translation>起算点</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>满足条件</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>working</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>自然时间</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受理时</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Choose a rule in the list first.</source>
        <translation>请先在列表中选择一条规则。</translation>
    </message>
    <message>
        <source>There is already a rule for %1 with ticket kind %2, channel %3, category %4 and tier %5 (%6): edit that one instead.</source>
        <translation>已存在节点 %1 的规则（工单类别 %2、渠道 %3、分类 %4、客户等级 %5）（%6）：请编辑该规则。</translation>
    </message>
    <message>
        <source>Saved the rule: %1 %2.</source>
        <translation>已保存规则：%1 %2。</translation>
    </message>
    <message>
        <source>Remove the deadline rule %1 (%2, channel %3)?</source>
        <translation>删除时限规则 %1（%2，渠道 %3）？</translation>
    </message>
    <message>
        <source>The rule was not removed: %1</source>
        <translation>规则未删除：%1</translation>
    </message>
    <message>
        <source>Removed the rule %1.</source>
        <translation>已删除规则 %1。</translation>
    </message>
    <message>
        <source>The rule was not changed: %1</source>
        <translation>规则未修改：%1</translation>
    </message>
    <message>
        <source>Enabled the rule %1.</source>
        <translation>已启用规则 %1。</translation>
    </message>
    <message>
        <source>Disabled the rule %1.</source>
        <translation>已停用规则 %1。</translation>
    </message>
</context>
<context>
    <name>sb::app::DemoControls</name>
    <message>
        <source>Demo stream</source>
        <translation>演示数据流</translation>
    </message>
    <message>
        <source>Demo stream:</source>
        <translation>演示数据流：</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> 条/分钟</translation>
    </message>
    <message>
        <source>Burst of 8</source>
        <translation>集中投诉 8 条</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) simulated</source>
        <translation>
            <numerusform>已模拟 %n 条投诉</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::ErasureJob</name>
    <message>
        <source>the file does not exist any more</source>
        <translation>该文件已不存在</translation>
    </message>
</context>
<context>
    <name>sb::app::ErasureTab</name>
    <message>
        <source>An erasure request anonymises one customer&apos;s tickets in place: their customer id and service number are emptied, and the value becomes &quot;[erased]&quot; wherever it appears in a ticket&apos;s subject, description, extra data and timeline notes. Each ticket stays, so reports still count it. The audit log records the request&apos;s reference and the number of tickets, never the value. List the archive files that hold this customer&apos;s older tickets to erase them there too. This cannot be undone.</source>
        <translation>个人信息删除申请会就地匿名化某位客户的工单：清空其客户编号和服务号码，并把工单主题、描述、附加数据和处理记录备注中出现的该值替换为“[erased]”。工单本身保留，报表仍会计入。审计日志只记录申请编号和工单数量，从不记录该值。如该客户较早的工单已归档，请列出相应的归档文件，以便一并删除。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Service number (phone or account number)</source>
        <translation>服务号码（电话或账号）</translation>
    </message>
    <message>
        <source>Customer id (ID card or account)</source>
        <translation>客户编号（身份证件或账户）</translation>
    </message>
    <message>
        <source>Archive files to erase in</source>
        <translation>要删除个人信息的归档文件</translation>
    </message>
    <message>
        <source>Signalboard archives (*.sbarchive);;All files (*)</source>
        <translation>Signalboard 归档 (*.sbarchive);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Counting the customer&apos;s tickets…</source>
        <translation>正在统计该客户的工单…</translation>
    </message>
    <message>
        <source>Live database</source>
        <translation>在线数据库</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) would be anonymised</source>
        <translation>
            <numerusform>%1：将匿名化 %n 张工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) anonymised</source>
        <translation>
            <numerusform>%1：已匿名化 %n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive files were not touched.</source>
        <translation>归档文件未作任何改动。</translation>
    </message>
    <message>
        <source>The tickets could not all be counted.</source>
        <translation>未能统计全部工单。</translation>
    </message>
    <message>
        <source>The erasure did not complete everywhere: see below. Run it again once the cause is fixed; tickets already anonymised are simply not found again.</source>
        <translation>删除未在所有位置完成，详见下方。排除原因后请重新执行；已匿名化的工单不会再被找到。</translation>
    </message>
    <message>
        <source>No ticket has this %1.</source>
        <translation>没有工单具有该%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) would be anonymised.</source>
        <translation>
            <numerusform>将匿名化 %n 张工单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n ticket(s) of this customer, found by %1?</source>
        <translation>
            <numerusform>匿名化该客户的 %n 张工单（按%1查找）？</numerusform>
        </translation>
    </message>
    <message>
        <source>The request&apos;s reference %1 is recorded in the audit log. This cannot be undone.</source>
        <translation>申请编号 %1 将记入审计日志。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Nothing was erased.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <source>Anonymising the customer&apos;s tickets…</source>
        <translation>正在匿名化该客户的工单…</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) anonymised; the request is in the audit log.</source>
        <translation>
            <numerusform>已匿名化 %n 张工单；该申请已记入审计日志。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::EvidencePage</name>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>A core experience with at least %1 % affected must be raised and graded.</source>
        <translation>核心体验受影响用户占比达到 %1 % 时，必须上报并定级。</translation>
    </message>
    <message>
        <source>Last %1 min</source>
        <translation>最近 %1 分钟</translation>
    </message>
    <message>
        <source>Burst threshold</source>
        <translation>集中投诉阈值</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 → %2   %3</source>
        <translation>%1 → %2   %3</translation>
    </message>
</context>
<context>
    <name>sb::app::GradePage</name>
    <message>
        <source>Overriding the grade needs the permission %1.</source>
        <translation>改级需要权限 %1。</translation>
    </message>
    <message>
        <source>%1 complaints in the grading window</source>
        <translation>定级窗口内 %1 条投诉</translation>
    </message>
    <message>
        <source>In the last %1 minutes: %2 normal and %3 VIP complaints. The table gives %4.</source>
        <translation>最近 %1 分钟：普通客户投诉 %2 条，贵宾投诉 %3 条。按定级表为%4。</translation>
    </message>
    <message>
        <source>The incident is already %1 and grades do not go down by themselves, so the rules give %1.</source>
        <translation>该事件已是%1，级别不会自动下降，因此规则给出%1。</translation>
    </message>
    <message>
        <source>The rules give %1. To grade it %2 instead, write the reason for the override.</source>
        <translation>规则给出%1。如要定为%2，请写明改级理由。</translation>
    </message>
</context>
<context>
    <name>sb::app::GradingWizard</name>
    <message>
        <source>Grade incident #%1</source>
        <translation>为事件 #%1 定级</translation>
    </message>
    <message>
        <source>Grade a problem</source>
        <translation>为问题定级</translation>
    </message>
</context>
<context>
    <name>sb::app::IdentifyPage</name>
    <message>
        <source>Select an entry to read it.</source>
        <translation>选择一个条目以查看内容。</translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>需要权限 %1。</translation>
    </message>
    <message>
        <source>Incident #%1 of this type is open since %2, grade %3; finishing grades it.</source>
        <translation>该类型的事件 #%1 自 %2 起处于打开状态，级别为%3；完成后将为其定级。</translation>
    </message>
    <message>
        <source>No incident of this type is open; finishing opens one.</source>
        <translation>该类型没有打开的事件；完成后将新建一个。</translation>
    </message>
    <message>
        <source>%1 (known issue)</source>
        <translation>%1（已知问题）</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>Select the knowledge-base entry of the known problem, or choose &quot;New problem&quot; or &quot;Not yet confirmed&quot;.</source>
        <translation>请选择该已知问题的知识库条目，或选择“新问题”或“暂不确认”。</translation>
    </message>
    <message>
        <source>Choose whether it is a known problem, a new problem, or not yet confirmed.</source>
        <translation>请选择是已知问题、新问题还是暂不确认。</translation>
    </message>
</context>
<context>
    <name>sb::app::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Import complaints</source>
        <translation>导入投诉</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n 列：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::ImportMappingPage</name>
    <message>
        <source>Map columns and values</source>
        <translation>映射列和值</translation>
    </message>
    <message>
        <source>Tell Signalboard which column holds each field. Channel, customer tier and problem type also need their values mapped to ours; &quot;*&quot; is the fallback.</source>
        <translation>请告诉 Signalboard 每个字段位于哪一列。渠道、客户等级和问题类型还需将其值映射为本系统的值；“*”为默认项。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>读取自</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>常量</translation>
    </message>
    <message>
        <source>Time format</source>
        <translation>时间格式</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Our value</source>
        <translation>本系统的值</translation>
    </message>
    <message>
        <source>Shipped mappings…</source>
        <translation>内置映射…</translation>
    </message>
    <message>
        <source>Load mapping</source>
        <translation>加载映射</translation>
    </message>
    <message>
        <source>Mapping files (*.json)</source>
        <translation>映射文件 (*.json)</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>（未映射）</translation>
    </message>
    <message>
        <source>(constant)</source>
        <translation>（常量）</translation>
    </message>
    <message>
        <source>Select channel, customer tier or problem type to map its values.</source>
        <translation>选择渠道、客户等级或问题类型以映射其值。</translation>
    </message>
    <message>
        <source>Values of %1. With no value mapped, the file&apos;s values must already be ours. Once any is mapped, a value left empty rejects its row unless &quot;*&quot; (every other value) is mapped.</source>
        <translation>%1 的值。未映射任何值时，文件中的值必须已是本系统的值。一旦映射了任意值，留空的值将导致该行被拒绝，除非映射了“*”（其他所有值）。</translation>
    </message>
</context>
<context>
    <name>sb::app::ImportPreviewPage</name>
    <message>
        <source>Check every row</source>
        <translation>检查每一行</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>All %1 rows are good.</source>
        <translation>全部 %1 行均有效。</translation>
    </message>
    <message>
        <source>%1 rows: %2 good, %3 rejected. Nothing is imported unless you choose to skip the rejected rows.</source>
        <translation>共 %1 行：有效 %2 行，拒绝 %3 行。除非您选择跳过被拒绝的行，否则不会导入任何数据。</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>被拒绝的行（%1）</translation>
    </message>
</context>
<context>
    <name>sb::app::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation>正在停止；不会写入任何数据…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported %1 new ticket(s); %2 were already there; %3 row(s) skipped.</source>
        <translation>已导入 %1 张新工单；%2 张已存在；跳过 %3 行。</translation>
    </message>
</context>
<context>
    <name>sb::app::ImportWizard</name>
    <message>
        <source>&amp;Import complaints…</source>
        <translation>导入投诉(&amp;I)…</translation>
    </message>
    <message>
        <source>Import complaints from a CSV file</source>
        <translation>从 CSV 文件导入投诉</translation>
    </message>
    <message>
        <source>Needs the permission tickets.register</source>
        <translation>需要权限 tickets.register</translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>知识库(&amp;K)…</translation>
    </message>
    <message>
        <source>Search articles, cases and known issues</source>
        <translation>搜索文章、案例和已知问题</translation>
    </message>
    <message>
        <source>Needs the permission kb</source>
        <translation>需要权限 kb</translation>
    </message>
    <message>
        <source>Import complaints</source>
        <translation>导入投诉</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>sb::app::IncidentBoard</name>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已持续</translation>
    </message>
    <message>
        <source>30 min (normal/VIP)</source>
        <translation>30 分钟（普通/贵宾）</translation>
    </message>
    <message>
        <source>60 min (normal/VIP)</source>
        <translation>60 分钟（普通/贵宾）</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>认定</translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>需要权限 %1。</translation>
    </message>
    <message>
        <source>No incident is open.</source>
        <translation>没有未关闭的事件。</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n 个未解决事件</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved after %1</source>
        <translation>%1 后解决</translation>
    </message>
    <message>
        <source>post-incident: %1</source>
        <translation>事后定级：%1</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 complaints in the last 30 minutes, %2 in the 30 minutes before</source>
        <translation>最近 30 分钟投诉 %1 件，之前 30 分钟 %2 件</translation>
    </message>
</context>
<context>
    <name>sb::app::IncidentDetail</name>
    <message>
        <source>Needs the permission %1.</source>
        <translation>需要权限 %1。</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>事件 #%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Outage (min)</source>
        <translation>中断时长（分钟）</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>Loss (money)</source>
        <translation>损失（金额）</translation>
    </message>
    <message>
        <source>Users affected</source>
        <translation>受影响用户数</translation>
    </message>
    <message>
        <source>%1 The shipped defaults are shown.</source>
        <translation>%1 显示的是出厂默认值。</translation>
    </message>
    <message>
        <source>#%1 %2 — %3 (%4)</source>
        <translation>#%1 %2 — %3（%4）</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Opened %1 (%2)</source>
        <translation>开启于 %1（%2）</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Identified: %1</source>
        <translation>认定：%1</translation>
    </message>
    <message>
        <source>Known problem: %1</source>
        <translation>已知问题：%1</translation>
    </message>
    <message>
        <source>Override reason: %1</source>
        <translation>调整理由：%1</translation>
    </message>
    <message>
        <source>Resolved %1: %2</source>
        <translation>于 %1 解决：%2</translation>
    </message>
    <message>
        <source>Post-incident grade: %1</source>
        <translation>事后定级：%1</translation>
    </message>
    <message>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Linked knowledge-base entry #%1. Update it with what was learnt.</source>
        <translation>已关联知识库条目 #%1。请将本次经验更新到该条目。</translation>
    </message>
    <message>
        <source>No knowledge-base entry is linked; saving creates a known-issue entry and links it.</source>
        <translation>未关联知识库条目；保存时将创建一条已知问题条目并关联。</translation>
    </message>
    <message>
        <source>Already resolved.</source>
        <translation>已解决。</translation>
    </message>
    <message>
        <source>Resolve the incident first.</source>
        <translation>请先解决该事件。</translation>
    </message>
    <message>
        <source>Complaints of this type from one burst window before the opening until the resolution.</source>
        <translation>从事件开启前一个集中投诉窗口起至解决为止，该类型的投诉。</translation>
    </message>
    <message>
        <source>Post-incident grade table, row %1, column %2: &quot;%3&quot; is not a number ≥ 0.</source>
        <translation>事后定级表，第 %1 行第 %2 列：“%3”不是 ≥ 0 的数字。</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Result: %1 (reached by %2)</source>
        <translation>结果：%1（依据：%2）</translation>
    </message>
    <message>
        <source>Resolved. Give the post-incident grade next.</source>
        <translation>已解决。下一步请进行事后定级。</translation>
    </message>
    <message>
        <source>Post-incident grade stored: %1.</source>
        <translation>已保存事后定级：%1。</translation>
    </message>
    <message>
        <source>The post-incident grade table is saved for everyone.</source>
        <translation>事后定级表已保存，对所有人生效。</translation>
    </message>
    <message>
        <source>Saved as knowledge-base entry #%1.</source>
        <translation>已保存为知识库条目 #%1。</translation>
    </message>
</context>
<context>
    <name>sb::app::KbDialog</name>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Known issue</source>
        <translation>已知问题</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Needs the permission kb.edit</source>
        <translation>需要权限 kb.edit</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>新建文章</translation>
    </message>
    <message numerus="yes">
        <source>Used %n time(s) · updated %1</source>
        <translation>
            <numerusform>已使用 %n 次 · 更新于 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::KbLinkDialog</name>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Known issue</source>
        <translation>已知问题</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 #%2 · used %n time(s)</source>
        <translation>
            <numerusform>%1 #%2 · 已使用 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Link a knowledge-base article to %1</source>
        <translation>为 %1 关联知识库文章</translation>
    </message>
    <message>
        <source>Search titles and text (every word, as a prefix)</source>
        <translation>搜索标题和正文（每个词按前缀匹配）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>The knowledge base is empty.</source>
        <translation>知识库为空。</translation>
    </message>
    <message>
        <source>No article matches “%1”.</source>
        <translation>没有与“%1”匹配的文章。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found; choose one and press Link.</source>
        <translation>
            <numerusform>找到 %n 篇文章；请选择一篇并点击“关联”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not linked: %1</source>
        <translation>未关联：%1</translation>
    </message>
</context>
<context>
    <name>sb::app::KbLinksPane</name>
    <message>
        <source>[%1] %2 (#%3)</source>
        <translation>[%1] %2（#%3）</translation>
    </message>
    <message>
        <source>Double-click to read it.</source>
        <translation>双击阅读。</translation>
    </message>
    <message>
        <source>Link article…</source>
        <translation>关联文章…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Linked knowledge-base articles and cases:</source>
        <translation>已关联的知识库文章和案例：</translation>
    </message>
    <message>
        <source>Related cases:</source>
        <translation>相关案例：</translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>需要权限 %1。</translation>
    </message>
    <message>
        <source>Search the knowledge base and link an article or case.</source>
        <translation>搜索知识库并关联文章或案例。</translation>
    </message>
    <message>
        <source>Removes the link; the article stays in the knowledge base.</source>
        <translation>移除关联；文章仍保留在知识库中。</translation>
    </message>
    <message>
        <source>Not unlinked: %1</source>
        <translation>未取消关联：%1</translation>
    </message>
</context>
<context>
    <name>sb::app::MainWindow</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>广播消息</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>正在重连</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Changes from other workstations: %1</source>
        <translation>其他工作站的变更：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Signalboard</source>
        <translation>关于 Signalboard(&amp;A)</translation>
    </message>
    <message>
        <source>Metrics: off</source>
        <translation>指标：关闭</translation>
    </message>
    <message>
        <source>Metrics: ok</source>
        <translation>指标：正常</translation>
    </message>
    <message>
        <source>Metrics: error</source>
        <translation>指标：出错</translation>
    </message>
    <message>
        <source>Grading rules…</source>
        <translation>定级规则…</translation>
    </message>
    <message>
        <source>View and edit the grading rules</source>
        <translation>查看和编辑定级规则</translation>
    </message>
    <message>
        <source>View the grading rules (editing needs the permission admin.rules)</source>
        <translation>查看定级规则（编辑需要权限 admin.rules）</translation>
    </message>
    <message>
        <source>Deadline urging: %1</source>
        <translation>期限催办：%1</translation>
    </message>
    <message>
        <source>QA feedback</source>
        <translation>质检反馈</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
</context>
<context>
    <name>sb::app::MessageFilterBar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>从…到…</translation>
    </message>
    <message>
        <source>Any sender</source>
        <translation>任意发送人</translation>
    </message>
    <message>
        <source>Any receiver</source>
        <translation>任意接收人</translation>
    </message>
    <message>
        <source>Needs the permission &quot;%1&quot;.</source>
        <translation>需要权限“%1”。</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>任意优先级</translation>
    </message>
    <message>
        <source>Read or unread</source>
        <translation>已读或未读</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Any read state</source>
        <translation>任意阅读状态</translation>
    </message>
    <message>
        <source>Read by everyone</source>
        <translation>全部已读</translation>
    </message>
    <message>
        <source>Not yet read by all</source>
        <translation>尚未全部阅读</translation>
    </message>
</context>
<context>
    <name>sb::app::MessagePopup</name>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>pop-up</source>
        <translation>弹窗</translation>
    </message>
    <message>
        <source>ticker</source>
        <translation>滚动字幕</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Urgent message</source>
        <translation>紧急消息</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>From %1 at %2 — %3</source>
        <translation>来自 %1，%2 — %3</translation>
    </message>
    <message>
        <source>Answer script</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>Open inbox</source>
        <translation>打开收件箱</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Close; the message stays unread in the inbox.</source>
        <translation>关闭；消息在收件箱中保持未读。</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>标记为已读</translation>
    </message>
</context>
<context>
    <name>sb::app::MessageTableModel</name>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发送人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>接收人数</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>已读人数</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>sb::app::OwnerPage</name>
    <message>
        <source>%1 incidents are owned by a %2. Choose who follows it through.</source>
        <translation>%1事件由%2负责。请选择全程跟进的人员。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not on duty</source>
        <translation>不在岗</translation>
    </message>
    <message>
        <source>Nobody holds the role %1. Ask an administrator.</source>
        <translation>没有人担任角色 %1。请联系管理员。</translation>
    </message>
    <message>
        <source>Nobody with the role %1 is on duty. Tick the box below to choose someone who is not.</source>
        <translation>没有担任角色 %1 的人员在岗。勾选下方复选框以选择不在岗的人员。</translation>
    </message>
    <message>
        <source>Choose the owner.</source>
        <translation>请选择负责人。</translation>
    </message>
</context>
<context>
    <name>sb::app::PermissionGate</name>
    <message>
        <source>Needs one of the permissions under: %1 (%2)</source>
        <translation>需要 %1 下的任一权限（%2）</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>及其他 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Your permissions changed</source>
        <translation>您的权限已变更</translation>
    </message>
    <message>
        <source>%1

You no longer have: %2.
What needs these permissions is now disabled.</source>
        <translation>%1

您已不再拥有：%2。
需要这些权限的功能现已停用。</translation>
    </message>
    <message>
        <source>Needs the permission: %1</source>
        <translation>需要权限：%1</translation>
    </message>
    <message>
        <source>Needs the permission: %1 (%2)</source>
        <translation>需要权限：%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Your account is now “%1”: an account that is not active holds no permissions.</source>
        <translation>您的账号现为“%1”：非活动账号不具有任何权限。</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>You were taken out of the role “%1”.</source>
        <translation>您已被移出角色“%1”。</translation>
    </message>
    <message>
        <source>Your role “%1” was deleted.</source>
        <translation>您的角色“%1”已被删除。</translation>
    </message>
    <message>
        <source>Your role changed from “%1” to “%2”.</source>
        <translation>您的角色已从“%1”变更为“%2”。</translation>
    </message>
    <message>
        <source>Permissions were withdrawn from your role “%1”, or a temporary permission ended.</source>
        <translation>您的角色“%1”被收回了部分权限，或某项临时权限已到期。</translation>
    </message>
    <message>
        <source>A temporary permission ended or was revoked.</source>
        <translation>某项临时权限已到期或被撤销。</translation>
    </message>
    <message>
        <source>Your permissions could not be read again: %1</source>
        <translation>无法重新读取您的权限：%1</translation>
    </message>
</context>
<context>
    <name>sb::app::PersonalDataProxy</name>
    <message>
        <source>Masked personal data. “Show personal data” reveals it (the audit log records who saw it).</source>
        <translation>个人数据已脱敏。点击“显示个人数据”可查看（审计日志会记录查看人）。</translation>
    </message>
    <message>
        <source>Choose a cell with personal data first.</source>
        <translation>请先选择一个含有个人数据的单元格。</translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation>显示个人数据</translation>
    </message>
</context>
<context>
    <name>sb::app::PublishReleaseDialog</name>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>The release was not published.</source>
        <translation>版本未发布。</translation>
    </message>
</context>
<context>
    <name>sb::app::QaAgreementTrendView</name>
    <message>
        <source>Agreement of the double reviews per week (Krippendorff&apos;s α)</source>
        <translation>每周双人复评的一致性（Krippendorff α）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The agreement could not be read: %1</source>
        <translation>无法读取一致性：%1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Double-reviewed tickets</source>
        <translation>双人复评工单</translation>
    </message>
    <message>
        <source>α of the score</source>
        <translation>得分 α</translation>
    </message>
    <message>
        <source>Pass/fail agreement</source>
        <translation>合格判定一致率</translation>
    </message>
    <message>
        <source>α: %1</source>
        <translation>α：%1</translation>
    </message>
    <message>
        <source>Nominal α (pass/fail item)</source>
        <translation>名义 α（合格/不合格项）</translation>
    </message>
    <message>
        <source>Ordinal α (graded item)</source>
        <translation>序数 α（分级项）</translation>
    </message>
    <message>
        <source>%1 (week %2)</source>
        <translation>%1（第 %2 周）</translation>
    </message>
    <message>
        <source>No double-reviewed ticket has both reviews submitted in these weeks.</source>
        <translation>这几周没有两份复评均已提交的双人复评工单。</translation>
    </message>
    <message>
        <source>%1 double-reviewed tickets with both reviews submitted over %2 weeks. α ≥ %3 is reliable; α ≥ %4 allows tentative conclusions only.</source>
        <translation>%2 周内共有 %1 张双人复评工单的两份复评均已提交。α ≥ %3 为可靠；α ≥ %4 仅可得出初步结论。</translation>
    </message>
    <message>
        <source>α of the review score</source>
        <translation>质检得分 α</translation>
    </message>
    <message>
        <source>%1: reliable</source>
        <translation>%1：可靠</translation>
    </message>
    <message>
        <source>%1: tentative conclusions</source>
        <translation>%1：初步结论</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
</context>
<context>
    <name>sb::app::QaAutoDraw</name>
    <message>
        <source>QA spot check: %1</source>
        <translation>质检抽检：%1</translation>
    </message>
    <message>
        <source>The QA spot check of %1 was drawn.</source>
        <translation>已抽取 %1 的质检抽检。</translation>
    </message>
</context>
<context>
    <name>sb::app::QaCalibrationNewDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The spot check could not be read: %1</source>
        <translation>无法读取抽检：%1</translation>
    </message>
    <message>
        <source>%1 (stratum %2)</source>
        <translation>%1（分层 %2）</translation>
    </message>
    <message>
        <source>This day&apos;s spot check has not been drawn.</source>
        <translation>该日的抽检尚未抽取。</translation>
    </message>
    <message numerus="yes">
        <source>%n sampled ticket(s)</source>
        <translation>
            <numerusform>抽检工单 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>请为校准会填写标题。</translation>
    </message>
    <message>
        <source>Tick at least one ticket of the sample or type a ticket serial.</source>
        <translation>请至少勾选一张抽检工单，或输入工单流水号。</translation>
    </message>
    <message>
        <source>Tick at least one inspector to take part.</source>
        <translation>请至少勾选一名参与的质检员。</translation>
    </message>
    <message>
        <source>The session was opened, but the participants were not added: %1
Press OK to try again.</source>
        <translation>校准会已创建，但未能添加参与人：%1
按“确定”重试。</translation>
    </message>
    <message>
        <source>The session was not opened: %1</source>
        <translation>未能创建校准会：%1</translation>
    </message>
</context>
<context>
    <name>sb::app::QaCalibrationPanel</name>
    <message>
        <source>Session</source>
        <translation>校准会</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人</translation>
    </message>
    <message>
        <source>Scored everything</source>
        <translation>已全部评分</translation>
    </message>
    <message>
        <source>Your part</source>
        <translation>您的任务</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>The calibration sessions could not be read: %1</source>
        <translation>无法读取校准会：%1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>To score</source>
        <translation>待评分</translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>需要权限 %1。</translation>
    </message>
    <message>
        <source>Open a calibration session: tickets and inspectors</source>
        <translation>新建校准会：选择工单和质检员</translation>
    </message>
    <message>
        <source>Select an open session you take part in and have not finished.</source>
        <translation>请选择您参与且尚未完成评分的进行中校准会。</translation>
    </message>
    <message>
        <source>Score the session&apos;s tickets, blind (Enter)</source>
        <translation>盲评该校准会的工单（Enter）</translation>
    </message>
    <message>
        <source>Select an open session to close it.</source>
        <translation>请选择一个进行中的校准会以结束它。</translation>
    </message>
    <message>
        <source>Close the session: nothing more is scored, and everyone in it sees all the scores</source>
        <translation>结束校准会：不再接受评分，所有参与人可看到全部评分</translation>
    </message>
    <message>
        <source>Calibration session “%1” opened: %2 tickets, %3 inspectors.</source>
        <translation>已创建校准会“%1”：%2 张工单，%3 名质检员。</translation>
    </message>
    <message>
        <source>The session cannot be scored: %1</source>
        <translation>无法为该校准会评分：%1</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>结束校准会</translation>
    </message>
    <message>
        <source>Close “%1”? %2 of %3 inspectors have scored every ticket. Nothing more can be scored afterwards, and everyone in the session sees all the scores.</source>
        <translation>结束“%1”？%3 名质检员中已有 %2 名完成全部评分。结束后不能再评分，校准会中的所有人都能看到全部评分。</translation>
    </message>
    <message>
        <source>Closing “%1”…</source>
        <translation>正在结束“%1”…</translation>
    </message>
    <message>
        <source>“%1” is closed.</source>
        <translation>“%1”已结束。</translation>
    </message>
    <message>
        <source>“%1” was not closed: %2</source>
        <translation>未能结束“%1”：%2</translation>
    </message>
</context>
<context>
    <name>sb::app::QaCalibrationResultsView</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Select a session to see its results.</source>
        <translation>请选择一个校准会以查看结果。</translation>
    </message>
    <message>
        <source>The results could not be read: %1</source>
        <translation>无法读取结果：%1</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>none yet: no ticket scored by two</source>
        <translation>暂无：尚无工单由两人评分</translation>
    </message>
    <message>
        <source>none: every value the same</source>
        <translation>无：所有评分均相同</translation>
    </message>
    <message>
        <source>none: a value the metric cannot take</source>
        <translation>无：存在该度量不接受的值</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>可靠</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>初步</translation>
    </message>
    <message>
        <source>not reliable</source>
        <translation>不可靠</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>“%1” · %2 · scorecard “%3”, version %4 · %5 tickets · %6 of %7 inspectors have scored every ticket</source>
        <translation>“%1” · %2 · 评分表“%3”，版本 %4 · %5 张工单 · %7 名质检员中 %6 名已完成全部评分</translation>
    </message>
    <message>
        <source>Blind: you see the others&apos; scores of a ticket once you have submitted yours.</source>
        <translation>盲评：提交自己对某张工单的评分后，才能看到他人对该工单的评分。</translation>
    </message>
    <message>
        <source>A ticket&apos;s scores appear once every participant has submitted theirs.</source>
        <translation>所有参与人都提交评分后，该工单的评分才会显示。</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Majority / mean</source>
        <translation>多数 / 均值</translation>
    </message>
    <message>
        <source>Not submitted yet, or not shown to you before you have submitted your own scores of this ticket</source>
        <translation>尚未提交，或在您提交自己对该工单的评分之前不向您显示</translation>
    </message>
    <message>
        <source>Review score</source>
        <translation>质检得分</translation>
    </message>
    <message>
        <source>Differs from the majority</source>
        <translation>与多数评分不同</translation>
    </message>
    <message>
        <source>Lies half a point or more from the mean</source>
        <translation>与均值相差半分及以上</translation>
    </message>
    <message>
        <source>majority %1</source>
        <translation>多数 %1</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>均值 %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>百分比一致率</translation>
    </message>
    <message>
        <source>Tickets compared</source>
        <translation>参与比较的工单</translation>
    </message>
    <message>
        <source>nominal</source>
        <translation>名义</translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 pairs)</source>
        <translation>%1 %（%3 对中 %2 对一致）</translation>
    </message>
    <message>
        <source>Overall (review score)</source>
        <translation>总体（质检得分）</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Review score (points)</source>
        <translation>质检得分（分）</translation>
    </message>
</context>
<context>
    <name>sb::app::QaCalibrationScoreDialog</name>
    <message>
        <source>Submit your scores of this ticket: final, they cannot be changed (%1)</source>
        <translation>提交您对该工单的评分：一经提交不能修改（%1）</translation>
    </message>
    <message>
        <source>Calibration session #%1 does not exist.</source>
        <translation>校准会 #%1 不存在。</translation>
    </message>
    <message>
        <source>You do not take part in “%1”.</source>
        <translation>您不是“%1”的参与人。</translation>
    </message>
    <message>
        <source>“%1” is closed: nothing more is scored.</source>
        <translation>“%1”已结束：不再接受评分。</translation>
    </message>
    <message>
        <source>The calibration screen shows the ticket read-only.</source>
        <translation>校准界面以只读方式显示工单。</translation>
    </message>
    <message>
        <source>Calibration “%1”: score the tickets</source>
        <translation>校准“%1”：为工单评分</translation>
    </message>
    <message>
        <source>Scorecard “%1”, version %2</source>
        <translation>评分表“%1”，版本 %2</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>部分达到</translation>
    </message>
    <message>
        <source>Fully met</source>
        <translation>完全达到</translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation>很差</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>%2(&amp;%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>critical: failing it sets the score to 0</source>
        <translation>关键项：不合格时得分为 0</translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation>— 未评分 —</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>N/A — not applicable</source>
        <translation>N/A — 不适用</translation>
    </message>
    <message>
        <source>%1 · submitted</source>
        <translation>%1 · 已提交</translation>
    </message>
    <message>
        <source>%1 · to score</source>
        <translation>%1 · 待评分</translation>
    </message>
    <message>
        <source>You have submitted your scores of %1.</source>
        <translation>您已提交对 %1 的评分。</translation>
    </message>
    <message>
        <source>Submitted.</source>
        <translation>已提交。</translation>
    </message>
    <message>
        <source>Score: none yet (no item rated)</source>
        <translation>得分：暂无（尚未评分）</translation>
    </message>
    <message>
        <source>Score: 0 — a critical item failed</source>
        <translation>得分：0 — 关键项不合格</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>得分：%1</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 items rated</source>
        <translation>%1 · 已评 %2/%3 项</translation>
    </message>
    <message>
        <source>Not submitted: “%1” is not rated.</source>
        <translation>未提交：“%1”尚未评分。</translation>
    </message>
    <message>
        <source>Submit ticket</source>
        <translation>提交工单评分</translation>
    </message>
    <message>
        <source>Submit your scores of %1? This is final: they cannot be changed afterwards.</source>
        <translation>提交您对 %1 的评分？一经提交即为最终结果，之后不能修改。</translation>
    </message>
    <message>
        <source>Submitting your scores of %1…</source>
        <translation>正在提交您对 %1 的评分…</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>未提交：%1</translation>
    </message>
    <message>
        <source>Your scores of %1 are submitted.</source>
        <translation>您对 %1 的评分已提交。</translation>
    </message>
    <message>
        <source>Your scores of %1 are submitted. You have scored every ticket of the session: the results show the others&apos; scores as they submit theirs.</source>
        <translation>您对 %1 的评分已提交。您已为该校准会的全部工单评分：其他人提交后，结果中会显示他们的评分。</translation>
    </message>
</context>
<context>
    <name>sb::app::QaCoachingPanel</name>
    <message>
        <source>Coaching after failed reviews: team leads record the one-to-one meeting, the agent acknowledges it.</source>
        <translation>质检未通过后的辅导：组长记录一对一辅导面谈，坐席确认。</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>约定的改进措施</translation>
    </message>
    <message>
        <source>&amp;Record meeting…</source>
        <translation>记录面谈(&amp;R)…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>确认(&amp;K)</translation>
    </message>
    <message>
        <source>Meeting to record</source>
        <translation>待记录面谈</translation>
    </message>
    <message>
        <source>Meeting held %1; to acknowledge</source>
        <translation>已于 %1 面谈；待确认</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>已于 %1 确认</translation>
    </message>
    <message>
        <source>Coaching items could not be read: %1</source>
        <translation>无法读取辅导事项：%1</translation>
    </message>
    <message>
        <source>Record the coaching meeting with the selected agent</source>
        <translation>记录与所选坐席的辅导面谈</translation>
    </message>
    <message>
        <source>Confirm the recorded coaching meeting</source>
        <translation>确认已记录的辅导面谈</translation>
    </message>
    <message>
        <source>Coaching of %1 after the review of ticket %2 (score %3).</source>
        <translation>%1 的辅导（工单 %2 的质检，得分 %3）。</translation>
    </message>
    <message>
        <source>Recording the coaching meeting for ticket %1…</source>
        <translation>正在记录工单 %1 的辅导面谈…</translation>
    </message>
    <message>
        <source>The coaching meeting for ticket %1 was recorded.</source>
        <translation>工单 %1 的辅导面谈已记录。</translation>
    </message>
    <message>
        <source>The coaching meeting for ticket %1 was not recorded: %2</source>
        <translation>工单 %1 的辅导面谈未能记录：%2</translation>
    </message>
    <message>
        <source>Acknowledging the coaching for ticket %1…</source>
        <translation>正在确认工单 %1 的辅导…</translation>
    </message>
    <message>
        <source>You acknowledged the coaching for ticket %1.</source>
        <translation>您已确认工单 %1 的辅导。</translation>
    </message>
    <message>
        <source>The coaching for ticket %1 was not acknowledged: %2</source>
        <translation>工单 %1 的辅导未能确认：%2</translation>
    </message>
</context>
<context>
    <name>sb::app::QaDashboardView</name>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>质检数</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>质量分</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <source>Critical-fail rate</source>
        <translation>关键项不合格率</translation>
    </message>
    <message>
        <source>Failing item</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Below pass</source>
        <translation>不合格次数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计占比</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Handled (N_h)</source>
        <translation>办结数 (N_h)</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已质检</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>The team-meeting summary of the week (Monday to Sunday) holding the first day, as CSV</source>
        <translation>开始日期所在周（周一至周日）的班组例会汇总，导出为 CSV</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <translation>无法读取看板：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 of %2 drawn tickets reviewed</source>
        <translation>已抽取 %2 张工单，已质检 %1 张</translation>
    </message>
    <message>
        <source>No sampled ticket of the period has a submitted review: no estimate.</source>
        <translation>本期间的抽检工单尚无已提交的质检：无法估计。</translation>
    </message>
    <message>
        <source>Estimated quality %1 (95 % interval %2 – %3) from %4 of %5 handled tickets; internal quality score %6.</source>
        <translation>质量估计值 %1（95% 区间 %2 – %3），依据 %5 张办结工单中的 %4 张；内部质量分 %6。</translation>
    </message>
    <message>
        <source>The interval is approximate: some strata have fewer than two reviews.</source>
        <translation>区间为近似值：部分分层的质检少于两条。</translation>
    </message>
    <message>
        <source>%1 reviews · pass rate %2 · critical-fail rate %3 · disputed %4 · overturned %5 · %6 reviews overdue</source>
        <translation>质检 %1 条 · 合格率 %2 · 关键项不合格率 %3 · 质检复核率 %4 · 改判率 %5 · 逾期质检 %6 条</translation>
    </message>
    <message>
        <source>Only the %1 largest groups are shown.</source>
        <translation>仅显示最大的 %1 个分组。</translation>
    </message>
    <message>
        <source>Export week summary</source>
        <translation>导出周汇总</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Week summary written to %1.</source>
        <translation>周汇总已写入 %1。</translation>
    </message>
    <message>
        <source>The week summary could not be written: %1</source>
        <translation>无法写入周汇总：%1</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估计值</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <source>The group&apos;s stratified estimate Σ W_h ȳ_h from its reviews within the sampled strata</source>
        <translation>该分组在抽检分层内的质检得出的分层估计 Σ W_h ȳ_h</translation>
    </message>
    <message>
        <source>Quality over time</source>
        <translation>质量趋势</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>整个期间</translation>
    </message>
    <message>
        <source>n too small</source>
        <translation>样本量太小</translation>
    </message>
    <message>
        <source>The trend could not be read: %1</source>
        <translation>无法读取趋势：%1</translation>
    </message>
    <message>
        <source>Estimated quality</source>
        <translation>质量估计值</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>合格率（%）</translation>
    </message>
    <message>
        <source>Critical-fail rate (%)</source>
        <translation>关键项不合格率（%）</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>按天</translation>
    </message>
    <message>
        <source>The team-meeting summary of the week (Monday to Sunday) holding the first day, as a PDF to print</source>
        <translation>开始日期所在周（周一至周日）的班组例会汇总，导出为可打印的 PDF</translation>
    </message>
    <message>
        <source>Export week summary as PDF</source>
        <translation>将周汇总导出为 PDF</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>sb::app::QaDecideDialog</name>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Rating now</source>
        <translation>当前评分</translation>
    </message>
    <message>
        <source>Agent&apos;s reason</source>
        <translation>客服的理由</translation>
    </message>
    <message>
        <source>Decided rating</source>
        <translation>裁定评分</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>保持：%1</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>裁定</translation>
    </message>
    <message>
        <source>Choose accept, partly accept or reject.</source>
        <translation>请选择采纳、部分采纳或驳回。</translation>
    </message>
    <message>
        <source>Accepting gives every item of the check a new rating.</source>
        <translation>采纳须为复核的每个评分项给出新评分。</translation>
    </message>
    <message>
        <source>Partly accepting gives at least one item a new rating.</source>
        <translation>部分采纳须至少为一个评分项给出新评分。</translation>
    </message>
    <message>
        <source>Rejecting keeps every rating.</source>
        <translation>驳回则保持所有评分不变。</translation>
    </message>
    <message>
        <source>Give a reason for the decision.</source>
        <translation>请填写裁定理由。</translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation>理由过长：%1 个字符，最多 %2 个。</translation>
    </message>
</context>
<context>
    <name>sb::app::QaDisputeDialog</name>
    <message>
        <source>Ticket %1: another inspector or a QA lead checks the items you name and decides. You may request this once, until %2.</source>
        <translation>工单 %1：由另一名质检员或质检主管复核您指定的评分项并作出裁定。只能申请一次，截止 %2。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Inspector&apos;s comment</source>
        <translation>质检员备注</translation>
    </message>
    <message>
        <source>Your reason for this item</source>
        <translation>您对该项的理由</translation>
    </message>
    <message>
        <source>Request the check</source>
        <translation>申请复核</translation>
    </message>
    <message>
        <source>Tick at least one item to be checked.</source>
        <translation>请至少勾选一个需复核的评分项。</translation>
    </message>
    <message>
        <source>The reason for item “%1” is too long: %2 characters, at most %3.</source>
        <translation>评分项“%1”的理由过长：%2 个字符，最多 %3 个。</translation>
    </message>
    <message>
        <source>Give a reason for the review check.</source>
        <translation>请填写申请质检复核的理由。</translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation>理由过长：%1 个字符，最多 %2 个。</translation>
    </message>
</context>
<context>
    <name>sb::app::QaFeedbackPlace</name>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>根因</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Agent&apos;s reason</source>
        <translation>客服的理由</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>QA feedback could not be read: %1</source>
        <translation>无法读取质检反馈：%1</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Review check requested %1; waiting for a decision</source>
        <translation>已于 %1 申请质检复核，等待裁定</translation>
    </message>
    <message>
        <source>score %1 → %2</source>
        <translation>得分 %1 → %2</translation>
    </message>
    <message>
        <source>Review check accepted (%1): %2</source>
        <translation>质检复核已采纳（%1）：%2</translation>
    </message>
    <message>
        <source>Review check partly accepted (%1): %2</source>
        <translation>质检复核已部分采纳（%1）：%2</translation>
    </message>
    <message>
        <source>Review check rejected: %1</source>
        <translation>质检复核已驳回：%1</translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation>已于 %1 确认</translation>
    </message>
    <message>
        <source>To acknowledge; a review check may be requested until %1</source>
        <translation>待确认；可在 %1 前申请质检复核</translation>
    </message>
    <message>
        <source>To acknowledge; the time for a review check has passed</source>
        <translation>待确认；质检复核期限已过</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed (critical item)</source>
        <translation>不合格（关键项）</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>No review of your tickets has been submitted yet.</source>
        <translation>您的工单尚无已提交的质检。</translation>
    </message>
    <message>
        <source>Select a review to see its items.</source>
        <translation>请选择一条质检以查看其评分项。</translation>
    </message>
    <message>
        <source>Review check: %1</source>
        <translation>质检复核：%1</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未说明理由）</translation>
    </message>
    <message>
        <source>Ticket %1 · score %2 · %3</source>
        <translation>工单 %1 · 得分 %2 · %3</translation>
    </message>
    <message>
        <source>Inspector&apos;s comment: %1</source>
        <translation>质检员备注：%1</translation>
    </message>
    <message>
        <source>Your reason: %1</source>
        <translation>您的理由：%1</translation>
    </message>
    <message>
        <source>Select a review of your tickets.</source>
        <translation>请选择一条您工单的质检。</translation>
    </message>
    <message>
        <source>This review was acknowledged or checked already.</source>
        <translation>该质检已确认或已申请质检复核。</translation>
    </message>
    <message>
        <source>Confirm that you have read this review</source>
        <translation>确认您已阅读该质检结果</translation>
    </message>
    <message>
        <source>The time for a review check has passed.</source>
        <translation>质检复核期限已过。</translation>
    </message>
    <message>
        <source>Ask another inspector or a QA lead to check named items</source>
        <translation>请另一名质检员或质检主管复核指定的评分项</translation>
    </message>
    <message>
        <source>Select a review check to decide it.</source>
        <translation>请选择一条质检复核进行裁定。</translation>
    </message>
    <message>
        <source>Accept, partly accept or reject the check</source>
        <translation>采纳、部分采纳或驳回该质检复核</translation>
    </message>
    <message>
        <source>Acknowledging the review of ticket %1…</source>
        <translation>正在确认工单 %1 的质检…</translation>
    </message>
    <message>
        <source>You acknowledged the review of ticket %1.</source>
        <translation>您已确认工单 %1 的质检。</translation>
    </message>
    <message>
        <source>The review of ticket %1 was not acknowledged: %2</source>
        <translation>未能确认工单 %1 的质检：%2</translation>
    </message>
    <message>
        <source>Requesting a review check of ticket %1…</source>
        <translation>正在为工单 %1 申请质检复核…</translation>
    </message>
    <message>
        <source>A review check of ticket %1 was requested.</source>
        <translation>已为工单 %1 申请质检复核。</translation>
    </message>
    <message>
        <source>The review check of ticket %1 was not requested: %2</source>
        <translation>未能为工单 %1 申请质检复核：%2</translation>
    </message>
    <message>
        <source>Ticket %1, reviewed by %2: score %3. %4 requests a check: %5</source>
        <translation>工单 %1，质检员 %2：得分 %3。%4 申请质检复核：%5</translation>
    </message>
    <message>
        <source>Deciding the review check of ticket %1…</source>
        <translation>正在裁定工单 %1 的质检复核…</translation>
    </message>
    <message>
        <source>The review check of ticket %1 was decided.</source>
        <translation>工单 %1 的质检复核已裁定。</translation>
    </message>
    <message>
        <source>The review check of ticket %1 was not decided: %2</source>
        <translation>未能裁定工单 %1 的质检复核：%2</translation>
    </message>
</context>
<context>
    <name>sb::app::QaMyReviews</name>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Sampled day</source>
        <translation>抽检日期</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待质检</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Your reviews could not be read: %1</source>
        <translation>无法读取您的质检：%1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>%1 · draft saved</source>
        <translation>%1 · 已存草稿</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Blind second review</source>
        <translation>盲评复检</translation>
    </message>
    <message>
        <source>Sample review</source>
        <translation>抽检质检</translation>
    </message>
    <message>
        <source>Overdue: it was due %1.</source>
        <translation>已逾期：截止时间为 %1。</translation>
    </message>
    <message>
        <source>Reviewing needs the permission %1.</source>
        <translation>质检需要权限 %1。</translation>
    </message>
    <message>
        <source>No reviews are due. Well done.</source>
        <translation>没有待质检的工单。干得好。</translation>
    </message>
    <message>
        <source>%1 reviews due, %2 of them overdue.</source>
        <translation>待质检 %1 个，其中逾期 %2 个。</translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>需要权限 %1。</translation>
    </message>
    <message>
        <source>Select a ticket to review it.</source>
        <translation>请选择要质检的工单。</translation>
    </message>
    <message>
        <source>Review the selected ticket (Enter)</source>
        <translation>质检所选工单（回车）</translation>
    </message>
</context>
<context>
    <name>sb::app::QaPlace</name>
    <message>
        <source>Stratum</source>
        <translation>分层</translation>
    </message>
    <message>
        <source>Closed that day (N_h)</source>
        <translation>当日结单 (N_h)</translation>
    </message>
    <message>
        <source>Drawn (n_h)</source>
        <translation>抽取 (n_h)</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>质检员</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The spot check could not be read: %1</source>
        <translation>无法读取抽检：%1</translation>
    </message>
    <message>
        <source>stratified by channel</source>
        <translation>按渠道分层</translation>
    </message>
    <message>
        <source>stratified by problem type</source>
        <translation>按问题类型分层</translation>
    </message>
    <message>
        <source>stratified by handler</source>
        <translation>按处理人分层</translation>
    </message>
    <message>
        <source>stratified by team</source>
        <translation>按班组分层</translation>
    </message>
    <message>
        <source>not stratified</source>
        <translation>不分层</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The spot check of %1 has not been drawn yet.</source>
        <translation>%1 的抽检尚未抽取。</translation>
    </message>
    <message>
        <source>The spot check of %1 has not been drawn yet: the day has not ended.</source>
        <translation>%1 的抽检尚未抽取：当天尚未结束。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 tickets closed that day drawn (%4) · rate %5 · %6 · seed %7 · drawn %8 by %9</source>
        <translation>%1：当日结单 %3 张，抽取 %2 张（%4）· 比例 %5 · %6 · 随机种子 %7 · 由 %9 于 %8 抽取</translation>
    </message>
    <message>
        <source> · replaced: %1</source>
        <translation> · 已替换：%1</translation>
    </message>
    <message>
        <source>In the sample</source>
        <translation>在抽检中</translation>
    </message>
    <message>
        <source>Replaced by %1</source>
        <translation>已由 %1 替换</translation>
    </message>
    <message>
        <source>Replaced %1 by %2</source>
        <translation>由 %2 于 %1 替换</translation>
    </message>
    <message>
        <source>nobody (no inspector may take it)</source>
        <translation>无（没有可承接的质检员）</translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>需要权限 %1。</translation>
    </message>
    <message>
        <source>Only a day that has ended can be drawn.</source>
        <translation>只能抽取已结束的日期。</translation>
    </message>
    <message>
        <source>Draw this day&apos;s spot check now and store it</source>
        <translation>立即抽取并保存当天的抽检</translation>
    </message>
    <message>
        <source>Needs the permission %1 or %2.</source>
        <translation>需要权限 %1 或 %2。</translation>
    </message>
    <message>
        <source>Select a ticket of the sample to replace it.</source>
        <translation>请先选择要替换的抽检工单。</translation>
    </message>
    <message>
        <source>Replace the selected ticket by the next-ranked one of its stratum</source>
        <translation>用同一分层中排名下一位的工单替换所选工单</translation>
    </message>
    <message>
        <source>Drawing the spot check of %1…</source>
        <translation>正在抽取 %1 的抽检…</translation>
    </message>
    <message>
        <source>The spot check of %1 was not drawn: %2</source>
        <translation>%1 的抽检未能抽取：%2</translation>
    </message>
    <message>
        <source>Drew the spot check of %1: %2 of %3 tickets.</source>
        <translation>已抽取 %1 的抽检：%3 张中抽取 %2 张。</translation>
    </message>
    <message>
        <source>The spot check of %1 had been drawn already; the stored sample is shown.</source>
        <translation>%1 的抽检此前已抽取；显示的是已保存的样本。</translation>
    </message>
    <message>
        <source>Replacing ticket %1…</source>
        <translation>正在替换工单 %1…</translation>
    </message>
    <message>
        <source>Ticket %1 was replaced by %2.</source>
        <translation>工单 %1 已由 %2 替换。</translation>
    </message>
    <message>
        <source>Ticket %1 was not replaced: %2</source>
        <translation>工单 %1 未能替换：%2</translation>
    </message>
    <message>
        <source>Select a ticket of the sample assigned to you to review it.</source>
        <translation>请选择分配给您的抽检工单进行质检。</translation>
    </message>
    <message>
        <source>Review the selected ticket (Enter)</source>
        <translation>质检所选工单（回车）</translation>
    </message>
    <message>
        <source>The review could not be opened: %1</source>
        <translation>无法打开质检：%1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Review of %1 submitted: score %2.</source>
        <translation>%1 的质检已提交：得分 %2。</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>评分表</translation>
    </message>
</context>
<context>
    <name>sb::app::QaReplaceDialog</name>
    <message>
        <source>Ticket %1 leaves the sample. The next-ranked ticket of its stratum takes its place.</source>
        <translation>工单 %1 将移出抽检，由同一分层中排名下一位的工单替代。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Give a reason for replacing the ticket.</source>
        <translation>请填写替换该工单的原因。</translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation>原因过长：%1 个字符，最多 %2 个。</translation>
    </message>
</context>
<context>
    <name>sb::app::QaReviewDialog</name>
    <message>
        <source>Keep the ratings as a draft (%1)</source>
        <translation>将评分保存为草稿（%1）</translation>
    </message>
    <message>
        <source>Submit the review: it is scored and reaches the agent (%1)</source>
        <translation>提交质检：计算得分并送达坐席（%1）</translation>
    </message>
    <message>
        <source>The review screen shows the ticket read-only.</source>
        <translation>质检界面以只读方式显示工单。</translation>
    </message>
    <message>
        <source>Review of ticket %1</source>
        <translation>质检工单 %1</translation>
    </message>
    <message>
        <source>Scorecard “%1”, version %2 · pass mark %3</source>
        <translation>评分表“%1”，版本 %2 · 合格线 %3</translation>
    </message>
    <message>
        <source>Your draft of %1 is resumed.</source>
        <translation>已恢复您 %1 保存的草稿。</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>%2(&amp;%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>critical: failing it sets the score to 0</source>
        <translation>关键项：不合格时得分为 0</translation>
    </message>
    <message>
        <source>comment required below pass</source>
        <translation>未达合格时须填写评语</translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation>— 未评分 —</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>部分达到</translation>
    </message>
    <message>
        <source>Fully met</source>
        <translation>完全达到</translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation>很差</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>N/A — not applicable</source>
        <translation>N/A — 不适用</translation>
    </message>
    <message>
        <source>Comment (required below pass)</source>
        <translation>评语（未达合格时必填）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Root causes: Space ticks the one highlighted</source>
        <translation>根因：按空格勾选高亮的一项</translation>
    </message>
    <message>
        <source>Below pass: say why in the comment.</source>
        <translation>未达合格：请在评语中说明原因。</translation>
    </message>
    <message>
        <source>Score: none yet (no item rated)</source>
        <translation>得分：暂无（尚未评分）</translation>
    </message>
    <message>
        <source>Score: 0 — a critical item failed: fails</source>
        <translation>得分：0 — 关键项不合格：不合格</translation>
    </message>
    <message>
        <source>Score: %1 — passes (pass mark %2)</source>
        <translation>得分：%1 — 合格（合格线 %2）</translation>
    </message>
    <message>
        <source>Score: %1 — fails (pass mark %2)</source>
        <translation>得分：%1 — 不合格（合格线 %2）</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 items rated</source>
        <translation>%1 · 已评 %2/%3 项</translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation>用时：%1</translation>
    </message>
    <message>
        <source>The draft was not saved: %1</source>
        <translation>草稿未保存：%1</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>草稿已于 %1 保存。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Not submitted:
%1</source>
        <translation>未提交：
%1</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>未提交：%1</translation>
    </message>
    <message>
        <source>Submitted: score %1.</source>
        <translation>已提交：得分 %1。</translation>
    </message>
    <message>
        <source>%1
Close again to leave without saving.</source>
        <translation>%1
再次关闭将不保存而离开。</translation>
    </message>
</context>
<context>
    <name>sb::app::QaScorecardEditor</name>
    <message>
        <source>Scorecard</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更说明</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>允许不适用</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <source>Comment below pass</source>
        <translation>不合格须备注</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>根因</translation>
    </message>
    <message>
        <source>Root causes (Chinese)</source>
        <translation>中文根因</translation>
    </message>
    <message>
        <source>Separate the root causes with semicolons</source>
        <translation>各根因之间用分号分隔</translation>
    </message>
    <message>
        <source>One Chinese tag for each root cause, in the same order, separated with semicolons</source>
        <translation>每个根因对应一个中文标签，顺序相同，用分号分隔</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The scorecards could not be read: %1</source>
        <translation>无法读取评分表：%1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published, in force</source>
        <translation>已发布，生效中</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>The scorecard version could not be read: %1</source>
        <translation>无法读取评分表版本：%1</translation>
    </message>
    <message>
        <source>%1, version %2 (published: read-only)</source>
        <translation>%1，第 %2 版（已发布：只读）</translation>
    </message>
    <message>
        <source>%1, version %2 (draft)</source>
        <translation>%1，第 %2 版（草稿）</translation>
    </message>
    <message>
        <source>Pass / fail</source>
        <translation>合格 / 不合格</translation>
    </message>
    <message>
        <source>0–2</source>
        <translation>0–2</translation>
    </message>
    <message>
        <source>1–5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <source>No issues: the draft may be saved and published.</source>
        <translation>没有问题：草稿可以保存并发布。</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) to fix.</source>
        <translation>
            <numerusform>有 %n 个问题需要修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>需要权限 %1。</translation>
    </message>
    <message>
        <source>This scorecard has a draft already: edit it, publish it or discard it.</source>
        <translation>该评分表已有草稿：请编辑、发布或丢弃它。</translation>
    </message>
    <message>
        <source>Copies the newest published version into a new draft.</source>
        <translation>将最新发布的版本复制为新草稿。</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新评分项</translation>
    </message>
    <message>
        <source>A new draft was made from the newest published version.</source>
        <translation>已根据最新发布的版本新建草稿。</translation>
    </message>
    <message numerus="yes">
        <source>The draft was not saved: %n issue(s) to fix.</source>
        <translation>
            <numerusform>草稿未保存：有 %n 个问题需要修正。</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>Publish the scorecard</source>
        <translation>发布评分表</translation>
    </message>
    <message>
        <source>Publish version %1 of %2? New reviews will use it. Reviews already started keep the version they started with. A published version never changes.</source>
        <translation>发布“%2”的第 %1 版？新的质检将使用该版本。已开始的质检仍使用开始时的版本。已发布的版本永不更改。</translation>
    </message>
    <message>
        <source>Published: new reviews use this version from now on.</source>
        <translation>已发布：此后新的质检使用该版本。</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <source>Discard draft version %1 of %2 and every change in it?</source>
        <translation>丢弃“%2”的草稿第 %1 版及其中的全部修改？</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>草稿已丢弃。</translation>
    </message>
    <message>
        <source>The draft has unsaved edits: save it, or choose that version again to leave them.</source>
        <translation>草稿有未保存的修改：请保存，或再次选择该版本以放弃这些修改。</translation>
    </message>
</context>
<context>
    <name>sb::app::RegisterDialog</name>
    <message>
        <source>Channel *</source>
        <translation>渠道 *</translation>
    </message>
    <message>
        <source>Customer tier *</source>
        <translation>客户等级 *</translation>
    </message>
    <message>
        <source>Problem type *</source>
        <translation>问题类型 *</translation>
    </message>
    <message>
        <source>Customer *</source>
        <translation>客户 *</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>服务号码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Subject *</source>
        <translation>主题 *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Customer: required.</source>
        <translation>客户：必填。</translation>
    </message>
    <message>
        <source>Subject: required.</source>
        <translation>主题：必填。</translation>
    </message>
    <message>
        <source>Green channel — heads every queue</source>
        <translation>绿色通道 — 排在所有队列最前</translation>
    </message>
    <message>
        <source>Register a complaint or suggestion</source>
        <translation>登记投诉或建议</translation>
    </message>
    <message>
        <source>Suggestions follow the lighter flow and have their own types.</source>
        <translation>建议走简化流程，并有自己的类型。</translation>
    </message>
    <message>
        <source>A fast track: the ticket heads every queue.</source>
        <translation>快速通道：该工单排在所有队列最前。</translation>
    </message>
    <message>
        <source>Needs the permission tickets.green_channel.</source>
        <translation>需要权限 tickets.green_channel。</translation>
    </message>
    <message>
        <source>Kind *</source>
        <translation>类别 *</translation>
    </message>
</context>
<context>
    <name>sb::app::ReportArchivePanel</name>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Data cut-off</source>
        <translation>数据截止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>运行者</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>All schedules</source>
        <translation>全部计划</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>The report runs could not be read: %1</source>
        <translation>无法读取报表运行记录：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>From %1 up to %2 (%3)</source>
        <translation>自 %1 至 %2（%3）</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 — attempt %2</source>
        <translation>%1 — 第 %2 次尝试</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>未完成</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its files.</source>
        <translation>选择一次运行以查看其文件。</translation>
    </message>
    <message>
        <source>Run %1: %2, started %3.</source>
        <translation>运行 %1：%2，开始于 %3。</translation>
    </message>
    <message>
        <source>Run %1: %2, started %3.
%4</source>
        <translation>运行 %1：%2，开始于 %3。
%4</translation>
    </message>
    <message>
        <source>Not broadcast.</source>
        <translation>未广播。</translation>
    </message>
    <message>
        <source>Reading the broadcast&apos;s receipts…</source>
        <translation>正在读取广播的阅读回执…</translation>
    </message>
    <message>
        <source>Broadcast: read by %1 of %2 recipients.</source>
        <translation>广播：%2 名接收人中 %1 人已读。</translation>
    </message>
    <message>
        <source>The broadcast&apos;s receipts could not be read: %1</source>
        <translation>无法读取广播的阅读回执：%1</translation>
    </message>
    <message>
        <source>Select a run and one of its files.</source>
        <translation>请选择一次运行及其中一个文件。</translation>
    </message>
    <message>
        <source>Open the file with the desktop&apos;s application</source>
        <translation>用桌面默认程序打开该文件</translation>
    </message>
    <message>
        <source>Save the file, checking its SHA-256</source>
        <translation>保存文件并校验其 SHA-256</translation>
    </message>
    <message>
        <source>Save report file</source>
        <translation>保存报表文件</translation>
    </message>
    <message>
        <source>run %1 (%2)</source>
        <translation>运行 %1（%2）</translation>
    </message>
    <message>
        <source>Opening %1 of %2…</source>
        <translation>正在打开%2的 %1…</translation>
    </message>
    <message>
        <source>Saving %1 of %2…</source>
        <translation>正在保存%2的 %1…</translation>
    </message>
    <message>
        <source>The stored bytes of %1, file %2, do not match their SHA-256 (stored %3, computed %4). Nothing was written.</source>
        <translation>%1 的文件 %2 的存储内容与其 SHA-256 不符（存储值 %3，计算值 %4）。未写入任何文件。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written to %2, but no application opened it.</source>
        <translation>%1 已写入 %2，但没有程序打开它。</translation>
    </message>
    <message>
        <source>%1 of %2 was not written: %3</source>
        <translation>%2的 %1 未写入：%3</translation>
    </message>
    <message>
        <source>%1 of %2 opened (SHA-256 %3 checked).</source>
        <translation>已打开%2的 %1（SHA-256 %3 已校验）。</translation>
    </message>
    <message>
        <source>%1 of %2 saved to %3 (SHA-256 %4 checked).</source>
        <translation>%2的 %1 已保存到 %3（SHA-256 %4 已校验）。</translation>
    </message>
</context>
<context>
    <name>sb::app::ReportAutoRun</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Scheduled reports: %1</source>
        <translation>定时报表：%1</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled reports: %n built and delivered.</source>
        <translation>
            <numerusform>定时报表：已生成并投递 %n 份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more missed periods are left for the next check.</source>
        <translation>
            <numerusform>还有 %n 个错过的周期留待下次检查补发。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::ReportScheduleDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Folder for the report files</source>
        <translation>报表文件的文件夹</translation>
    </message>
    <message>
        <source>Report schedule “%1”</source>
        <translation>定期通报计划“%1”</translation>
    </message>
    <message>
        <source>New report schedule</source>
        <translation>新建定期通报计划</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The roles, teams and people could not be read: %1</source>
        <translation>无法读取角色、班组和人员：%1</translation>
    </message>
    <message>
        <source>Each hour&apos;s report is built at these minutes past the next hour.</source>
        <translation>每小时的报表在下一小时的该分钟生成。</translation>
    </message>
    <message>
        <source>Each day&apos;s report is built the next day at this time.</source>
        <translation>每天的报表在次日该时间生成。</translation>
    </message>
    <message>
        <source>Each week&apos;s report is built on this weekday of the next week, at this time.</source>
        <translation>每周的报表在下一周的该星期几、该时间生成。</translation>
    </message>
    <message>
        <source>Each month&apos;s report is built on this day of the next month, at this time.</source>
        <translation>每月的报表在下个月的该日、该时间生成。</translation>
    </message>
    <message>
        <source>No broadcast.</source>
        <translation>不广播。</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>people on duty</source>
        <translation>当班人员</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n 个角色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n 个班组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast to: nobody chosen yet.</source>
        <translation>广播给：尚未选择任何人。</translation>
    </message>
    <message>
        <source>Broadcast to: %1.</source>
        <translation>广播给：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The schedule was changed or deleted by someone else since you opened it. Nothing was saved; reload it to see what is stored (your changes here are then lost), or cancel.
%1</source>
        <translation>自您打开以来，该计划已被他人修改或删除。未保存任何内容；请重新载入以查看已保存的版本（此处的修改将丢失），或取消。
%1</translation>
    </message>
    <message>
        <source>The schedule was not saved: %1</source>
        <translation>计划未保存：%1</translation>
    </message>
    <message>
        <source>The stored schedule could not be read: %1</source>
        <translation>无法读取已保存的计划：%1</translation>
    </message>
    <message>
        <source>The schedule was deleted by someone else.</source>
        <translation>该计划已被他人删除。</translation>
    </message>
</context>
<context>
    <name>sb::app::ReportScheduleLabels</name>
    <message>
        <source>Volume</source>
        <translation>工单量</translation>
    </message>
    <message>
        <source>Response and handling time</source>
        <translation>响应与处理时长</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Escalation and repeats</source>
        <translation>升级与重复投诉</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Recurring problems</source>
        <translation>反复出现的问题（督办）</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Every section</source>
        <translation>全部部分</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly (ISO week)</source>
        <translation>每周（ISO 周）</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped (no tickets)</source>
        <translation>已跳过（无工单）</translation>
    </message>
    <message>
        <source>%1 min past each hour</source>
        <translation>每小时第 %1 分钟</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation>每%1 %2</translation>
    </message>
    <message>
        <source>Day %1 of each month at %2</source>
        <translation>每月 %1 日 %2</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>People on duty</source>
        <translation>当班人员</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation>班组：%1</translation>
    </message>
    <message>
        <source>People: %1</source>
        <translation>人员：%1</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>文件夹 %1</translation>
    </message>
    <message>
        <source>chat webhooks</source>
        <translation>聊天 Webhook</translation>
    </message>
</context>
<context>
    <name>sb::app::ReportSchedulesPanel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>报表部分</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>接收对象</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>最近运行</translation>
    </message>
    <message>
        <source>The report schedules could not be read: %1</source>
        <translation>无法读取定期通报计划：%1</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No (paused)</source>
        <translation>否（已暂停）</translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>需要权限 %1。</translation>
    </message>
    <message>
        <source>Select a schedule first.</source>
        <translation>请先选择一个计划。</translation>
    </message>
    <message>
        <source>Create a report schedule</source>
        <translation>新建定期通报计划</translation>
    </message>
    <message>
        <source>Change the selected schedule (Enter)</source>
        <translation>修改所选计划（回车）</translation>
    </message>
    <message>
        <source>A new schedule starting as a copy of the selected one</source>
        <translation>以所选计划为副本新建计划</translation>
    </message>
    <message>
        <source>Delete the selected schedule; its runs stay archived</source>
        <translation>删除所选计划；其运行记录保留在归档中</translation>
    </message>
    <message>
        <source>Say which period a run of the selected schedule would report now; nothing is built or sent</source>
        <translation>显示所选计划现在运行会报告哪个周期；不生成也不发送任何内容</translation>
    </message>
    <message>
        <source>The schedule “%1” was saved.</source>
        <translation>计划“%1”已保存。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Delete schedule</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Delete the schedule “%1”? No further reports are built for it; the runs already made stay in the archive.</source>
        <translation>删除计划“%1”？此后不再为其生成报表；已有的运行记录保留在归档中。</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>The schedule “%1” was deleted.</source>
        <translation>计划“%1”已删除。</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>“%1”未删除：%2</translation>
    </message>
    <message>
        <source>A run of “%1” now would report %2 (from %3 up to %4). Nothing was built or sent.</source>
        <translation>“%1”现在运行将报告 %2（自 %3 至 %4）。未生成也未发送任何内容。</translation>
    </message>
    <message>
        <source>The period of “%1” could not be worked out: %2</source>
        <translation>无法确定“%1”的周期：%2</translation>
    </message>
</context>
<context>
    <name>sb::app::ReportScreenDocument</name>
    <message>
        <source>Tickets received per %1</source>
        <translation>每%1收到的工单</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Tickets received</source>
        <translation>收到的工单</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period (%1)</source>
        <translation>本期（%1）</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>上一周期（%1）</translation>
    </message>
    <message>
        <source>A year earlier (%1)</source>
        <translation>去年同期（%1）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>no data that far back</source>
        <translation>无此前数据</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Recurring problems</source>
        <translation>反复出现的问题</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>%1 · %2 · due %3</source>
        <translation>%1 · %2 · 截止 %3</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>自然时间</translation>
    </message>
    <message>
        <source>working</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>First response (minutes)</source>
        <translation>首次响应（分钟）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>已响应</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Handling to the first close (hours)</source>
        <translation>至首次结案的处理时长（小时）</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>All problem types</source>
        <translation>全部问题类型</translation>
    </message>
</context>
<context>
    <name>sb::app::ReportView</name>
    <message numerus="yes">
        <source>Double-click to open the %n ticket(s)</source>
        <translation>
            <numerusform>双击打开这 %n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>Open supervision item…</source>
        <translation>发起督办…</translation>
    </message>
    <message>
        <source>Open &amp;supervision item…</source>
        <translation>发起督办(&amp;S)…</translation>
    </message>
    <message>
        <source>Opens a supervision item for the selected recurring problem</source>
        <translation>为所选的反复出现的问题发起督办</translation>
    </message>
    <message>
        <source>Recurring in the report of %1 (%2).</source>
        <translation>在 %1 的报表中反复出现（%2）。</translation>
    </message>
</context>
<context>
    <name>sb::app::ReportsPlace</name>
    <message>
        <source>Periodic report: every section</source>
        <translation>定期通报：全部部分</translation>
    </message>
    <message>
        <source>Periodic report: chosen sections</source>
        <translation>定期通报：自选部分</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>ISO week</source>
        <translation>ISO 周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Range (from – to)</source>
        <translation>时间段（从–到）</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Same period a year earlier</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>不对比</translation>
    </message>
    <message>
        <source>The business calendar could not be read: %1</source>
        <translation>无法读取工作日历：%1</translation>
    </message>
    <message>
        <source>Saves the report on screen</source>
        <translation>保存屏幕上的报表</translation>
    </message>
    <message>
        <source>Exporting needs the permission %1</source>
        <translation>导出需要权限 %1</translation>
    </message>
    <message>
        <source>The business calendar&apos;s time zone is not known yet.</source>
        <translation>工作日历的时区尚未读取。</translation>
    </message>
    <message>
        <source>The period cannot be read: %1</source>
        <translation>无法识别周期：%1</translation>
    </message>
    <message>
        <source>Check at least one section of the report.</source>
        <translation>请至少勾选报表的一个部分。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Building the report of %1…</source>
        <translation>正在生成 %1 的报表…</translation>
    </message>
    <message>
        <source>Section %1 of %2: %3</source>
        <translation>第 %1/%2 部分：%3</translation>
    </message>
    <message numerus="yes">
        <source>All %n section(s) done</source>
        <translation>
            <numerusform>全部 %n 个部分已完成</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报表已取消。</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>无法生成报表：%1</translation>
    </message>
    <message>
        <source>Report of %1 built.</source>
        <translation>%1 的报表已生成。</translation>
    </message>
    <message numerus="yes">
        <source>Opening the %n ticket(s) of %1…</source>
        <translation>
            <numerusform>正在打开 %1 的 %n 张工单…</numerusform>
        </translation>
    </message>
    <message>
        <source>The tickets of %1 could not be read: %2</source>
        <translation>无法读取 %1 的工单：%2</translation>
    </message>
    <message numerus="yes">
        <source>Opened the first %n ticket(s) of %1.</source>
        <translation>
            <numerusform>已打开 %1 的前 %n 张工单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %n ticket(s) of %1.</source>
        <translation>
            <numerusform>已打开 %1 的 %n 张工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>There is no report to export.</source>
        <translation>没有可导出的报表。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报表已写入 %1。</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>无法将报表写入 %1：%2</translation>
    </message>
    <message>
        <source>Supervision items</source>
        <translation>督办事项</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>通报计划</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>通报归档</translation>
    </message>
    <message>
        <source>%1 counts tickets that are archived: the figures of this month are its roll-up, and archived tickets cannot be opened here.</source>
        <translation>%1 统计的工单已归档：本月数据来自其月度汇总，已归档的工单无法在此打开。</translation>
    </message>
</context>
<context>
    <name>sb::app::RolesTab</name>
    <message>
        <source>Super role (holds every permission)</source>
        <translation>超级角色（拥有全部权限）</translation>
    </message>
    <message>
        <source>&amp;Create role</source>
        <translation>新建角色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save role</source>
        <translation>保存角色(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete role</source>
        <translation>删除角色(&amp;D)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Super</source>
        <translation>超级</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Database group</source>
        <translation>数据库组</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>a–z, 0–9, _ (e.g. night_shift)</source>
        <translation>a–z、0–9、_（例如 night_shift）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>允许的操作</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>标识(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Database &amp;group</source>
        <translation>数据库组(&amp;G)</translation>
    </message>
    <message>
        <source>Choose a role in the list first.</source>
        <translation>请先在列表中选择一个角色。</translation>
    </message>
    <message>
        <source>The role&apos;s permissions could not be read: %1</source>
        <translation>无法读取该角色的权限：%1</translation>
    </message>
    <message>
        <source>The permission tree could not be read: %1</source>
        <translation>无法读取权限树：%1</translation>
    </message>
    <message>
        <source>Choose a role to see and change its permissions.</source>
        <translation>选择一个角色以查看和修改其权限。</translation>
    </message>
    <message>
        <source>The super role holds every permission.</source>
        <translation>超级角色拥有全部权限。</translation>
    </message>
    <message>
        <source>Granted through %1.</source>
        <translation>通过 %1 授予。</translation>
    </message>
    <message>
        <source>You do not hold %1 yourself, so you cannot grant it.</source>
        <translation>您本人没有 %1 权限，因此不能授予。</translation>
    </message>
    <message>
        <source>Granted %1.</source>
        <translation>已授予 %1。</translation>
    </message>
    <message>
        <source>Revoked %1.</source>
        <translation>已撤销 %1。</translation>
    </message>
    <message>
        <source>Created the role %1.</source>
        <translation>已创建角色 %1。</translation>
    </message>
    <message>
        <source>Saved the role %1.</source>
        <translation>已保存角色 %1。</translation>
    </message>
    <message>
        <source>Delete the role %1? Its %2 members stay, without a role (and so without its permissions).</source>
        <translation>删除角色 %1？其 %2 名成员将保留，但不再有角色（因而也不再有其权限）。</translation>
    </message>
    <message>
        <source>Deleted the role %1; its members stay, without a role.</source>
        <translation>已删除角色 %1；其成员保留，但不再有角色。</translation>
    </message>
</context>
<context>
    <name>sb::app::RuleSetEditor</name>
    <message>
        <source>Class</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>Core experience</source>
        <translation>核心体验</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>Needs the permission %1</source>
        <translation>需要权限 %1</translation>
    </message>
    <message>
        <source>Normal: %1</source>
        <translation>普通：%1</translation>
    </message>
    <message>
        <source>VIP: %1</source>
        <translation>贵宾：%1</translation>
    </message>
    <message>
        <source>Active: version %1 (the shipped default)</source>
        <translation>生效：版本 %1（自带默认）</translation>
    </message>
    <message>
        <source>Active: version %1, saved by %2 at %3%4</source>
        <translation>生效：版本 %1，由 %2 于 %3 保存%4</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a count range (a–b, &gt;n, ≥n, ≤n or n)</source>
        <translation>%1，%2：“%3”不是有效的数量范围（a–b、&gt;n、≥n、≤n 或 n）</translation>
    </message>
    <message>
        <source>%1, %2: range %3 is inverted (its lower end is above its upper end)</source>
        <translation>%1，%2：范围 %3 上下限颠倒（下限高于上限）</translation>
    </message>
    <message>
        <source>%1, %2: range %3 overlaps %4 %5</source>
        <translation>%1，%2：范围 %3 与 %4 %5 重叠</translation>
    </message>
    <message>
        <source>Burst thresholds, %1, %2: &quot;%3&quot; must be a whole number of at least 1</source>
        <translation>集中投诉阈值，%1，%2：“%3”必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a positive ISO 8601 duration such as PT30M</source>
        <translation>%1：“%2”不是有效的 ISO 8601 正时长（例如 PT30M）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>sb::app::SearchLogTab</name>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>name or login</source>
        <translation>姓名或登录名</translation>
    </message>
    <message>
        <source>words of the query, e.g. a customer id</source>
        <translation>查询中的词，例如客户编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询条件</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Every ticket search and export, by whom and when.</source>
        <translation>每一次工单查询和导出：由谁、在何时。</translation>
    </message>
    <message>
        <source>The search log could not be read: %1</source>
        <translation>无法读取查询记录：%1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>The newest %1 matching searches are shown; narrow the filter to see older ones.</source>
        <translation>仅显示最新的 %1 条匹配记录；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n matching search(es).</source>
        <translation>
            <numerusform>%n 条匹配记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::SettingsTab</name>
    <message>
        <source>Argon2id passes for new password hashes</source>
        <translation>新密码哈希的 Argon2id 迭代次数</translation>
    </message>
    <message>
        <source>Argon2id memory in bytes</source>
        <translation>Argon2id 内存（字节）</translation>
    </message>
    <message>
        <source>Wrong passwords in a row before the account locks</source>
        <translation>连续输错密码多少次后锁定账号</translation>
    </message>
    <message>
        <source>Minutes an account stays locked</source>
        <translation>账号锁定时长（分钟）</translation>
    </message>
    <message>
        <source>Highest support tier a ticket can be escalated to</source>
        <translation>工单可升级到的最高支持层级</translation>
    </message>
    <message>
        <source>Working hours, time zone and make-up-day hours (JSON)</source>
        <translation>工作时间、时区和调休日工作时间（JSON）</translation>
    </message>
    <message>
        <source>workflow.calendar must be a JSON object: %1 at character %2.</source>
        <translation>workflow.calendar 必须是 JSON 对象：%1，位于第 %2 个字符。</translation>
    </message>
    <message>
        <source>workflow.calendar: %1</source>
        <translation>workflow.calendar：%1</translation>
    </message>
    <message>
        <source>The setting name “%1” is not valid: use lower-case words of a–z, 0–9 and _ joined by dots, at most 200 characters.</source>
        <translation>设置项名称“%1”无效：请使用由 a–z、0–9 和 _ 组成的小写单词，以点号连接，最多 200 个字符。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3; “%4” is not.</source>
        <translation>%1 必须是 %2 到 %3 之间的整数；“%4”不符合。</translation>
    </message>
    <message>
        <source>The value of %1 is too long (at most 20000 characters).</source>
        <translation>%1 的值过长（最多 20000 个字符）。</translation>
    </message>
    <message>
        <source>The value of %1 contains a control or invisible character (U+%2).</source>
        <translation>%1 的值包含控制字符或不可见字符（U+%2）。</translation>
    </message>
    <message>
        <source>&amp;Save new value</source>
        <translation>保存新值(&amp;S)</translation>
    </message>
    <message>
        <source>setting name, e.g. security.lockout.minutes</source>
        <translation>设置项名称，如 security.lockout.minutes</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>The settings could not be read: %1</source>
        <translation>无法读取设置：%1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>The history of %1 could not be read: %2</source>
        <translation>无法读取 %1 的历史：%2</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 未保存：%2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 已改为 %2。</translation>
    </message>
    <message>
        <source>Largest file that may be attached to a ticket, in bytes</source>
        <translation>工单附件的最大文件大小（字节）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Share of each day&apos;s closed tickets drawn for the QA spot check</source>
        <translation>每日结单中抽取用于质检抽检的比例</translation>
    </message>
    <message>
        <source>Ticket column the QA spot check is stratified by (or none)</source>
        <translation>质检抽检分层所依据的工单字段（或 none）</translation>
    </message>
    <message>
        <source>%1 must be one of %2; “%3” is not.</source>
        <translation>%1 必须是 %2 之一；“%3”不是。</translation>
    </message>
    <message>
        <source>Local time after which a workstation draws the previous day&apos;s QA spot check (HH:mm)</source>
        <translation>工作站在此本地时间之后抽取前一天的质检抽检（HH:mm）</translation>
    </message>
    <message>
        <source>%1 must be a time of day from 00:00 to 23:59, such as 00:30; “%2” is not.</source>
        <translation>%1 必须是 00:00 至 23:59 之间的时刻，例如 00:30；“%2”不是。</translation>
    </message>
    <message>
        <source>QA review score at which a review passes</source>
        <translation>质检评分达到此分数即为合格</translation>
    </message>
    <message>
        <source>Days an agent has to acknowledge or dispute a QA review</source>
        <translation>坐席确认质检结果或提出质检复核的天数</translation>
    </message>
    <message>
        <source>Share of the QA sample scored blind by a second inspector</source>
        <translation>由第二名质检员盲评的抽检比例</translation>
    </message>
    <message>
        <source>Days within which a complaint of the same customer and problem type counts as a repeat in reports</source>
        <translation>报表中同一客户、同一问题类型的投诉在多少天内算作重复投诉</translation>
    </message>
    <message>
        <source>Fewest tickets in a period for a problem type to be ranked as growing in reports</source>
        <translation>报表中问题类型在一个期间内至少有多少工单才参与增长排名</translation>
    </message>
    <message>
        <source>Tickets per period above which a problem type counts toward recurring (supervision) in reports</source>
        <translation>报表中问题类型每期工单数达到多少计入反复出现（督办）</translation>
    </message>
    <message>
        <source>Consecutive periods above the threshold that make a problem type recurring in reports</source>
        <translation>报表中问题类型连续多少期超过阈值即视为反复出现</translation>
    </message>
    <message>
        <source>Seconds an incident alert stays up before it collapses into the alert drawer</source>
        <translation>事件预警弹出提示在收入预警抽屉前停留的秒数</translation>
    </message>
    <message>
        <source>Months a closed ordinary ticket stays before it may be archived</source>
        <translation>普通工单结案后保留多少个月才可归档</translation>
    </message>
    <message>
        <source>Months a closed important ticket (green channel, appealed, VIP, incident) stays before it may be archived</source>
        <translation>重要工单（绿色通道、已申诉、VIP、关联事件）结案后保留多少个月才可归档</translation>
    </message>
    <message>
        <source>Newest published version of Signalboard; older workstations show a notice (use “Publish a release…” to set it with its notes)</source>
        <translation>已发布的 Signalboard 最新版本；运行旧版本的工作站会显示通知（请用“发布新版本…”连同说明一起设置）</translation>
    </message>
    <message>
        <source>Notes shown with the newest version (plain text)</source>
        <translation>随最新版本显示的说明（纯文本）</translation>
    </message>
    <message>
        <source>Web page where the newest version can be downloaded</source>
        <translation>最新版本的下载网页</translation>
    </message>
    <message>
        <source>&amp;Publish a release…</source>
        <translation>发布新版本(&amp;P)…</translation>
    </message>
    <message>
        <source>The published release could not be read: %1</source>
        <translation>无法读取已发布的版本：%1</translation>
    </message>
    <message>
        <source>Version %1 is published; older workstations will show a notice.</source>
        <translation>版本 %1 已发布；运行旧版本的工作站将显示通知。</translation>
    </message>
</context>
<context>
    <name>sb::app::StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>（无角色）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>（无班组）</translation>
    </message>
    <message>
        <source>Shared database: saving a new person creates their own PostgreSQL login (SCRAM password) in their role&apos;s group; a status other than active disables that login at once.</source>
        <translation>共享数据库：保存新人员时，会在其角色所在组中为其创建独立的 PostgreSQL 登录名（SCRAM 密码）；状态改为非启用时，该登录名立即停用。</translation>
    </message>
    <message>
        <source>Embedded database: the password is stored only as an Argon2id hash. At least %1 characters.</source>
        <translation>内置数据库：密码仅以 Argon2id 哈希形式保存。至少 %1 个字符。</translation>
    </message>
    <message>
        <source>leave empty to keep the password</source>
        <translation>留空则保留原密码</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>不存在 ID 为 %1 的人员。</translation>
    </message>
    <message>
        <source>(set when saved)</source>
        <translation>（保存时设置）</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
    <message>
        <source>A new person needs a password (at least %1 characters).</source>
        <translation>新人员需要设置密码（至少 %1 个字符）。</translation>
    </message>
</context>
<context>
    <name>sb::app::StaffTab</name>
    <message>
        <source>&amp;New staff member…</source>
        <translation>新建人员(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable login</source>
        <translation>停用登录(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>状态起始时间</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Skill groups</source>
        <translation>技能组</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Find by any shown column (name, employee no., login …)</source>
        <translation>按任意显示列查找（姓名、工号、登录名…）</translation>
    </message>
    <message>
        <source>The staff list could not be read: %1</source>
        <translation>无法读取人员列表：%1</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>请先在列表中选择一名人员。</translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation>已创建 %1（%2）。</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>已保存 %1（%2）。</translation>
    </message>
    <message>
        <source>There is no staff member with id %1.</source>
        <translation>不存在 ID 为 %1 的人员。</translation>
    </message>
    <message>
        <source>Disable the login of %1 (%2)? They can no longer sign in.</source>
        <translation>停用 %1（%2）的登录？停用后该人员将无法登录。</translation>
    </message>
    <message>
        <source>Disabled the login of %1 (%2).</source>
        <translation>已停用 %1（%2）的登录。</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>已解锁。</translation>
    </message>
</context>
<context>
    <name>sb::app::Startup</name>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>无法读取数据库结构版本：%1</translation>
    </message>
    <message>
        <source>The database is at schema version %1 and this Signalboard needs %2. Ask an administrator to run: signalboard-cli db migrate --db %3
(%4)</source>
        <translation>数据库结构版本为 %1，而此 Signalboard 需要版本 %2。请联系管理员运行：signalboard-cli db migrate --db %3
（%4）</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in this database.</source>
        <translation>此数据库中没有账号“%1”。</translation>
    </message>
    <message>
        <source>Signalboard</source>
        <translation>Signalboard</translation>
    </message>
    <message>
        <source>Preparing the demo: 30 days of complaints…</source>
        <translation>正在准备演示：生成 30 天的投诉数据…</translation>
    </message>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation>无法准备演示：%1</translation>
    </message>
</context>
<context>
    <name>sb::app::SupervisionDialog</name>
    <message>
        <source>Open item</source>
        <translation>新建督办</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>需要权限 %1。</translation>
    </message>
</context>
<context>
    <name>sb::app::SupervisionPanel</name>
    <message>
        <source>Overdue: due %1</source>
        <translation>已逾期：截止于 %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>督办对象</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>最新备注</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未办结事项</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>需要权限 %1。</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
    <message>
        <source>Select an item.</source>
        <translation>请选择一个事项。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Write a closing note: what was done.</source>
        <translation>请填写办结说明：做了哪些处理。</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>已办结。</translation>
    </message>
    <message>
        <source>Someone else changed this item meanwhile: reload it to see their change, then edit again.</source>
        <translation>其他人已同时修改了此事项：请重新加载查看其修改，然后再编辑。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个事项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::TeamsTab</name>
    <message>
        <source>&amp;Add team</source>
        <translation>添加班组(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>班组名称</translation>
    </message>
    <message>
        <source>Choose a team in the list first.</source>
        <translation>请先在列表中选择一个班组。</translation>
    </message>
    <message>
        <source>Added the team %1.</source>
        <translation>已添加班组 %1。</translation>
    </message>
    <message>
        <source>Renamed the team to %1.</source>
        <translation>已将班组重命名为 %1。</translation>
    </message>
    <message>
        <source>Delete the team %1? Its %2 members stay, without a team.</source>
        <translation>删除班组 %1？其 %2 名成员将保留，但不再属于任何班组。</translation>
    </message>
    <message>
        <source>Deleted the team %1; its members stay.</source>
        <translation>已删除班组 %1；其成员保留。</translation>
    </message>
</context>
<context>
    <name>sb::app::TempPermissionsTab</name>
    <message>
        <source>&amp;Grant</source>
        <translation>授予(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>撤销(&amp;R)</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>授予人</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Temporary permissions could not be read: %1</source>
        <translation>无法读取临时权限：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a grant first.</source>
        <translation>请先选择一项授权。</translation>
    </message>
    <message>
        <source>Choose a holder and a permission.</source>
        <translation>请选择持有人和权限。</translation>
    </message>
    <message>
        <source>%1 holds %2 until %3.</source>
        <translation>%1 持有 %2，至 %3 为止。</translation>
    </message>
    <message>
        <source>Revoked the temporary permission.</source>
        <translation>已撤销该临时权限。</translation>
    </message>
</context>
<context>
    <name>sb::app::TickerBar</name>
    <message>
        <source>Messages for you; click to open the inbox.</source>
        <translation>您有新消息；点击打开收件箱。</translation>
    </message>
</context>
<context>
    <name>sb::app::TicketDetailPanel</name>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note and fields</source>
        <translation>备注和字段</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Incident and cases</source>
        <translation>事件和案例</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>工单流水号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>客户历史</translation>
    </message>
    <message>
        <source>Select a ticket to see it here.</source>
        <translation>选择一个工单以在此查看。</translation>
    </message>
    <message>
        <source>Ticket #%1 no longer exists.</source>
        <translation>工单 #%1 已不存在。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>服务号码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Team / department</source>
        <translation>班组 / 部门</translation>
    </message>
    <message>
        <source>Support tier</source>
        <translation>支持层级</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效性</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Appeal of</source>
        <translation>申诉原工单</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>（系统）</translation>
    </message>
    <message>
        <source>No linked incident.</source>
        <translation>无关联事件。</translation>
    </message>
    <message>
        <source>Incident #%1 — grade %2, %3. %4</source>
        <translation>事件 #%1 — 级别：%2，%3。%4</translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>需要权限 %1。</translation>
    </message>
    <message>
        <source>Ticket changed</source>
        <translation>工单已变更</translation>
    </message>
    <message>
        <source>Your change was not saved. Reload the ticket to see the current state.</source>
        <translation>您的修改未保存。请重新加载工单以查看当前状态。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Leave green channel</source>
        <translation>退出绿色通道</translation>
    </message>
    <message>
        <source>Take the ticket off the fast track.</source>
        <translation>将该工单移出快速通道。</translation>
    </message>
    <message>
        <source>Put the ticket at the head of every queue.</source>
        <translation>将该工单排在所有队列最前。</translation>
    </message>
    <message>
        <source>Appeal registered</source>
        <translation>已登记申诉</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>已改派</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>已修改优先级</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>已添加附件</translation>
    </message>
    <message>
        <source>Knowledge-base article linked</source>
        <translation>已关联知识库文章</translation>
    </message>
    <message>
        <source>Knowledge-base article unlinked</source>
        <translation>已取消关联知识库文章</translation>
    </message>
    <message>
        <source>Urged</source>
        <translation>已催办</translation>
    </message>
    <message>
        <source>(source: %1)</source>
        <translation>（来源：%1）</translation>
    </message>
</context>
<context>
    <name>sb::app::TicketExportFlow</name>
    <message>
        <source>Exporting needs the permission %1.</source>
        <translation>导出需要权限 %1。</translation>
    </message>
    <message>
        <source>The export could not be logged: %1</source>
        <translation>无法记录此次导出：%1</translation>
    </message>
    <message>
        <source>The export could not be audited: %1</source>
        <translation>无法审计此次导出：%1</translation>
    </message>
    <message>
        <source>Exporting tickets…</source>
        <translation>正在导出工单…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>%L1 of %L2 tickets written…</source>
        <translation>已写入 %L1 / %L2 张工单…</translation>
    </message>
    <message>
        <source>%L1 tickets written…</source>
        <translation>已写入 %L1 张工单…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln ticket(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 张工单导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>sb::app::TicketPageModel</name>
    <message>
        <source>%1 d %2</source>
        <translation>%1 天 %2</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <source>Milestone: %1</source>
        <translation>节点：%1</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>工单流水号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation>服务号码</translation>
    </message>
</context>
<context>
    <name>sb::app::TicketRegistrar</name>
    <message>
        <source>Corporate image</source>
        <translation>企业形象</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>资费</translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation>业务规则</translation>
    </message>
    <message>
        <source>Business development</source>
        <translation>业务发展</translation>
    </message>
    <message>
        <source>Other suggestion</source>
        <translation>其他建议</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Kind: &quot;%1&quot; is neither complaint nor suggestion.</source>
        <translation>类别：“%1”既不是投诉也不是建议。</translation>
    </message>
    <message>
        <source>Registering needs the permission tickets.register.</source>
        <translation>登记需要权限 tickets.register。</translation>
    </message>
    <message>
        <source>Green channel: needs the permission tickets.green_channel.</source>
        <translation>绿色通道：需要权限 tickets.green_channel。</translation>
    </message>
    <message>
        <source>The workflow has no initial state for new tickets of kind %1.</source>
        <translation>工作流中没有类别为 %1 的新工单的初始状态。</translation>
    </message>
    <message>
        <source>Registered on the green channel</source>
        <translation>已登记为绿色通道</translation>
    </message>
</context>
<context>
    <name>sb::app::TicketsPlace</name>
    <message>
        <source>(any)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>Needs the permission tickets.register.</source>
        <translation>需要权限 tickets.register。</translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>需要权限 %1。</translation>
    </message>
    <message>
        <source>Needs the permission tickets.bulk.</source>
        <translation>需要权限 tickets.bulk。</translation>
    </message>
    <message>
        <source>%1: not a date (yyyy-MM-dd).</source>
        <translation>%1：不是日期（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>The search could not be logged: %1</source>
        <translation>无法记录此次查询：%1</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>more than %L1 tickets</source>
        <translation>超过 %L1 张工单</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown — %2</source>
        <translation>显示 %1 张 — %2</translation>
    </message>
    <message>
        <source>(choose a saved filter)</source>
        <translation>（选择已保存的筛选条件）</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选条件</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Select the tickets first.</source>
        <translation>请先选择工单。</translation>
    </message>
    <message>
        <source>Export every ticket of this queue, filter and sort to a CSV file.</source>
        <translation>将此队列按当前筛选和排序的全部工单导出为 CSV 文件。</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Showing the first %L1 of more tickets of: %2</source>
        <translation>显示以下项的前 %L1 张工单（共更多张）：%2</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n ticket(s) of: %1</source>
        <translation>
            <numerusform>显示以下项的 %n 张工单：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::TodayNavCounts</name>
    <message numerus="yes">
        <source>%n overdue ticket(s) of yours</source>
        <translation>
            <numerusform>您有 %n 张超时工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue ticket(s)</source>
        <translation>
            <numerusform>%n 张超时工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s), the worst %1</source>
        <translation>
            <numerusform>%n 个未关闭的事件，最严重为%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread broadcast(s)</source>
        <translation>
            <numerusform>%n 条未读广播消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) due</source>
        <translation>
            <numerusform>%n 条待质检</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::TodayPlace</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Today could not be read: %1</source>
        <translation>无法读取今日概览：%1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待质检</translation>
    </message>
    <message>
        <source>%1 (overdue: %L2)</source>
        <translation>%1（已逾期：%L2）</translation>
    </message>
    <message>
        <source>%1 · %2 · for %3</source>
        <translation>%1 · %2 · 已持续 %3</translation>
    </message>
    <message>
        <source>No open incidents</source>
        <translation>没有未关闭的事件</translation>
    </message>
    <message>
        <source>Tickets you handle.</source>
        <translation>仅统计由您处理的工单。</translation>
    </message>
    <message>
        <source>%L1 in %2 min / threshold %L3</source>
        <translation>%2 分钟内 %L1 / 集中投诉阈值 %L3</translation>
    </message>
    <message>
        <source>%L1 in %2 min</source>
        <translation>%2 分钟内 %L1</translation>
    </message>
    <message>
        <source>%1: %L2 complaints in the last hour</source>
        <translation>%1：最近一小时 %L2 条投诉</translation>
    </message>
    <message>
        <source>No complaints in the last hour.</source>
        <translation>最近一小时没有投诉。</translation>
    </message>
    <message>
        <source>Complaints per 5 minutes over the last hour; the dashed line is the burst threshold of the grading rules in force, per 5 minutes.</source>
        <translation>最近一小时每 5 分钟的投诉量；虚线为现行定级规则的集中投诉阈值（折算为每 5 分钟）。</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <source>No report schedules</source>
        <translation>没有定期通报计划</translation>
    </message>
</context>
<context>
    <name>sb::app::UpdateChecker</name>
    <message>
        <source>Could not look for a newer version: %1</source>
        <translation>无法检查新版本：%1</translation>
    </message>
</context>
<context>
    <name>sb::app::UpdateNotice</name>
    <message>
        <source>Signalboard %1 is available. This workstation runs version %2.</source>
        <translation>Signalboard %1 已发布。本工作站运行的版本为 %2。</translation>
    </message>
    <message>
        <source>Published by %1 on %2.</source>
        <translation>由 %1 于 %2 发布。</translation>
    </message>
    <message>
        <source>Get it from: %1</source>
        <translation>下载地址：%1</translation>
    </message>
</context>
<context>
    <name>sb::app::VolumePlace</name>
    <message>
        <source>0 (new)</source>
        <translation>0（新增）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1-minute count</source>
        <translation>%1 分钟计数</translation>
    </message>
    <message>
        <source>%1 from %2 in %3 min</source>
        <translation>%1：%3 分钟内 %2 条起</translation>
    </message>
    <message>
        <source>Incident opens at %1 in %2 min</source>
        <translation>%2 分钟内达到 %1 条即生成事件</translation>
    </message>
    <message>
        <source>%1
%2, %3-minute count: %4</source>
        <translation>%1
%2，%3 分钟计数：%4</translation>
    </message>
    <message>
        <source>Reached: %1 (from %2)</source>
        <translation>已达到：%1（%2 条起）</translation>
    </message>
    <message>
        <source>Reached: burst threshold %1 (opens an incident)</source>
        <translation>已达到：集中投诉阈值 %1 条（生成事件）</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1：%2 · %3</translation>
    </message>
    <message>
        <source>Burst threshold of the class: %1 in %2 min (per type)</source>
        <translation>该类别的集中投诉阈值：%2 分钟内 %1 条（按类型）</translation>
    </message>
    <message>
        <source>%1: %2 in 30 min, %3 in 60 min. Click to open large.</source>
        <translation>%1：30 分钟 %2 条，60 分钟 %3 条。点击放大。</translation>
    </message>
    <message>
        <source>%1 (%2 customers): %3 in 30 min, %4 in 60 min</source>
        <translation>%1（%2客户）：30 分钟 %3 条，60 分钟 %4 条</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>已生成</translation>
    </message>
    <message>
        <source>regraded</source>
        <translation>已重新定级</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Incident #%1 %2 (%3)</source>
        <translation>事件 #%1 %2（%3）</translation>
    </message>
    <message>
        <source>Incident #%1 %2</source>
        <translation>事件 #%1 %2</translation>
    </message>
    <message>
        <source>By channel, per %1 min</source>
        <translation>按渠道，每 %1 分钟</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>导出图表数据</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Wall mode</source>
        <translation>大屏模式</translation>
    </message>
    <message>
        <source>Click to open large</source>
        <translation>点击放大</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load volume: %1</source>
        <translation>无法加载投诉量：%1</translation>
    </message>
    <message>
        <source>Rule set version %1 · loaded in %2 ms</source>
        <translation>规则集版本 %1 · 加载耗时 %2 毫秒</translation>
    </message>
    <message>
        <source>Shipped rule set · loaded in %1 ms</source>
        <translation>自带规则集 · 加载耗时 %1 毫秒</translation>
    </message>
    <message>
        <source>Could not read new complaints: %1</source>
        <translation>无法读取新投诉：%1</translation>
    </message>
    <message>
        <source>Signalboard — complaint volume</source>
        <translation>Signalboard — 投诉量</translation>
    </message>
    <message>
        <source>Leave wall mode</source>
        <translation>退出大屏模式</translation>
    </message>
    <message numerus="yes">
        <source>history from a standby as of %1, %n newer complaint(s) from the primary</source>
        <translation>
            <numerusform>历史数据来自备用服务器（截至 %1），另有 %n 条较新的投诉来自主服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>history from a standby, %n newer complaint(s) from the primary</source>
        <translation>
            <numerusform>历史数据来自备用服务器，另有 %n 条较新的投诉来自主服务器</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sb::app::WebhookDialog</name>
    <message>
        <source>WeCom (企业微信)</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>DingTalk (钉钉)</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <source>Feishu (飞书)</source>
        <translation>飞书</translation>
    </message>
    <message>
        <source>Slack-style JSON</source>
        <translation>Slack 风格 JSON</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Give the target a name.</source>
        <translation>请为目标命名。</translation>
    </message>
    <message>
        <source>Unknown service &quot;%1&quot;.</source>
        <translation>未知服务“%1”。</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1（未更改）</translation>
    </message>
    <message>
        <source>Select the target to change.</source>
        <translation>请选择要修改的目标。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>sb::archive::CopyAhead</name>
    <message>
        <source>A second connection to the live database for the copy: %1</source>
        <translation>为复制打开在线数据库的第二个连接：%1</translation>
    </message>
    <message>
        <source>A second connection to the archive for the copy: %1</source>
        <translation>为复制打开归档的第二个连接：%1</translation>
    </message>
</context>
<context>
    <name>sb::archive::JsonRows</name>
    <message>
        <source>The server&apos;s rows are not a JSON array (%1 at byte %2).</source>
        <translation>服务器返回的行不是 JSON 数组（第 %2 字节处：%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s row %1 has no text in column %2.</source>
        <translation>服务器返回的第 %1 行第 %2 列不是文本。</translation>
    </message>
    <message>
        <source>The server&apos;s row %1 has &quot;%2&quot; for an integer in column %3.</source>
        <translation>服务器返回的第 %1 行第 %3 列应为整数，却是“%2”。</translation>
    </message>
    <message>
        <source>The server&apos;s row %1 is not a JSON array.</source>
        <translation>服务器返回的第 %1 行不是 JSON 数组。</translation>
    </message>
</context>
<context>
    <name>sb::archive::PgRows</name>
    <message>
        <source>The table %1 has no column to archive.</source>
        <translation>表 %1 没有可归档的列。</translation>
    </message>
    <message>
        <source>The server gave %1 columns of the table %2, not %3.</source>
        <translation>服务器给出了表 %2 的 %1 列，而不是 %3 列。</translation>
    </message>
    <message>
        <source>The server&apos;s row %1 of the table %2 has &quot;%3&quot; for an integer in column %4.</source>
        <translation>服务器给出的表 %2 第 %1 行第 %4 列应为整数，却是“%3”。</translation>
    </message>
</context>
</TS>
