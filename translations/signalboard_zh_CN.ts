<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>Labels</name>
    <message>
        <source>Employee no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>班组</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗</translation>
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
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Staff, their roles and teams.</source>
        <translation>人员及其角色和班组。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发送人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>广播消息</translation>
    </message>
    <message>
        <source>Notices and alerts sent to you, newest first.</source>
        <translation>发给您的通知和预警，最新的排在最前。</translation>
    </message>
    <message>
        <source>Problem type</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>Normal, 30 min</source>
        <translation>普通，30 分钟</translation>
    </message>
    <message>
        <source>VIP, 30 min</source>
        <translation>贵宾，30 分钟</translation>
    </message>
    <message>
        <source>Normal, 60 min</source>
        <translation>普通，60 分钟</translation>
    </message>
    <message>
        <source>VIP, 60 min</source>
        <translation>贵宾，60 分钟</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>Complaints per problem type in the last 30 and 60 minutes, normal and VIP customers counted separately.</source>
        <translation>近 30 分钟和 60 分钟内各问题类型的投诉量，普通客户与贵宾客户分别统计。</translation>
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
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Open incidents, most severe first. An incident opens when complaints of one problem type reach a burst threshold.</source>
        <translation>未关闭的事件，按严重程度从高到低排列。同一问题类型的投诉达到集中投诉阈值时即生成事件。</translation>
    </message>
    <message>
        <source>Handled today</source>
        <translation>今日处理量</translation>
    </message>
    <message>
        <source>To spot-check (5 %)</source>
        <translation>待抽检（5%）</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Tickets handled today per team and the size of the daily 5 % spot check.</source>
        <translation>各班组今日处理的工单数，以及每日 5% 抽检的数量。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Complaints today</source>
        <translation>今日投诉量</translation>
    </message>
    <message>
        <source>Average satisfaction (1–5)</source>
        <translation>平均满意度（1–5）</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Today&apos;s complaints and satisfaction per channel.</source>
        <translation>各渠道今日投诉量及满意度。</translation>
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
    <name>PersonalDataMasker</name>
    <message>
        <source>You may not see unmasked personal data (permission personal_data.unmask).</source>
        <translation>您无权查看未脱敏的个人信息（需要权限 personal_data.unmask）。</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>Setting %1 has the value &quot;%2&quot;; it must be a whole number from %3 to %4.</source>
        <translation>设置项 %1 的值为“%2”，须为 %3 到 %4 之间的整数。</translation>
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
    <name>sb::app::MainWindow</name>
    <message>
        <source>Signalboard — %1</source>
        <translation>Signalboard — %1</translation>
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
        <source>About Signalboard</source>
        <translation>关于 Signalboard</translation>
    </message>
    <message>
        <source>Signalboard %1
A supervisor workstation for complaint-handling centres.</source>
        <translation>Signalboard %1
投诉处理中心客服主管工作台。</translation>
    </message>
</context>
<context>
    <name>sb::app::RecentTicketsModel</name>
    <message>
        <source>Serial no.</source>
        <translation>工单流水号</translation>
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
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
    <name>sb::app::TicketsPlace</name>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>The newest complaints, as they are registered on any workstation.</source>
        <translation>最新投诉：任一工作站登记后即实时显示。</translation>
    </message>
</context>
</TS>
