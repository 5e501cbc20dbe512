<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HallChartBuilder</name>
    <message>
        <source>Tickets issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Tickets served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>%1:00</source>
        <translation>%1时</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Waiting time (minutes)</source>
        <translation>等候时长（分钟）</translation>
    </message>
    <message>
        <source>Citizens called</source>
        <translation>已叫号人数</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rated)</source>
        <translation>
            <numerusform>%1（%n条评价）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (none rated)</source>
        <translation>%1（暂无评价）</translation>
    </message>
    <message>
        <source>Satisfaction rate (%)</source>
        <translation>满意率（%）</translation>
    </message>
</context>
<context>
    <name>SupervisorOptions</name>
    <message>
        <source>HallDesk supervisor console</source>
        <translation>HallDesk 值班长控制台</translation>
    </message>
    <message>
        <source>HallDesk supervisor console: every window of the hall live, the queues, and the alerts that need a supervisor.</source>
        <translation>HallDesk 值班长控制台：实时查看大厅每个窗口、各队列，以及需要值班长处理的告警。</translation>
    </message>
    <message>
        <source>Start (or join) the local demo hall server and sign in as its supervisor.</source>
        <translation>启动（或加入）本机演示大厅服务器，并以演示值班长身份登录。</translation>
    </message>
    <message>
        <source>Settings file (default %1).</source>
        <translation>设置文件（默认 %1）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Show the console in a window instead of full screen.</source>
        <translation>以窗口方式显示控制台，而不是全屏。</translation>
    </message>
</context>
<context>
    <name>halldesk::AdminLogPanel</name>
    <message>
        <source>Show the newest</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>显示更早的记录</translation>
    </message>
    <message>
        <source>Changes made by administrators, newest first</source>
        <translation>管理员所做的修改（最新的在前）</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>正在读取操作记录…</translation>
    </message>
    <message>
        <source>No administrator has changed anything yet.</source>
        <translation>管理员尚未做过任何修改。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; older ones exist.</source>
        <translation>
            <numerusform>已显示 %n 条，还有更早的记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, all of them.</source>
        <translation>
            <numerusform>共 %n 条，已全部显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::AdminPage</name>
    <message>
        <source>Areas and queues</source>
        <translation>区域与业务</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Priority and alerts</source>
        <translation>优先与告警</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>The administration data could not be read: %1</source>
        <translation>未能读取管理数据：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved. The hall uses the change from now on.</source>
        <translation>已保存，大厅即刻按新设置运行。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ticket letter (one capital letter of its own)</source>
        <translation>取号字母（一个专用的大写字母）</translation>
    </message>
    <message>
        <source>Ticket prefix (starting with the area&apos;s letter)</source>
        <translation>号码前缀（须以本区域字母开头）</translation>
    </message>
    <message>
        <source>Initial service time (30 to 7200 seconds)</source>
        <translation>初始办理时长（30至7200秒）</translation>
    </message>
    <message>
        <source>Queues served (at least one, each once)</source>
        <translation>办理的业务（至少一项，每项一次）</translation>
    </message>
    <message>
        <source>Weight (more than 0, at most 100)</source>
        <translation>权重（大于0，不超过100）</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>密码（至少8个字符）</translation>
    </message>
    <message>
        <source>%1: this value is not allowed.</source>
        <translation>%1：该值不允许。</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>The change log could not be read: %1</source>
        <translation>无法读取操作记录：%1</translation>
    </message>
</context>
<context>
    <name>halldesk::AlertRow</name>
    <message>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Long wait</source>
        <translation>等候过久</translation>
    </message>
    <message>
        <source>Idle while citizens wait</source>
        <translation>有人等候却空闲</translation>
    </message>
    <message>
        <source>Long service</source>
        <translation>办理超时</translation>
    </message>
    <message>
        <source>Counter offline</source>
        <translation>窗口离线</translation>
    </message>
    <message>
        <source>Bad rating</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>回访逾期</translation>
    </message>
</context>
<context>
    <name>halldesk::AlertsPanel</name>
    <message>
        <source>Acknowledge all</source>
        <translation>全部确认</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>暂无告警</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n to acknowledge)</source>
        <translation>
            <numerusform>告警（%n 条待确认）</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
</context>
<context>
    <name>halldesk::AreasQueuesPanel</name>
    <message>
        <source>Letter</source>
        <translation>字母</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Save area</source>
        <translation>保存区域</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Service time (s)</source>
        <translation>办理时长（秒）</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Save queue</source>
        <translation>保存业务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Ticket letter</source>
        <translation>取号字母</translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation>号码前缀</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>新建区域</translation>
    </message>
    <message>
        <source>New queue</source>
        <translation>新建业务</translation>
    </message>
</context>
<context>
    <name>halldesk::AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
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
        <source>&amp;Show attendance</source>
        <translation>显示考勤(&amp;S)</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>At most 92 days at a time.</source>
        <translation>一次最多查询 92 天。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Nobody signed in on these days.</source>
        <translation>这些天没有人签到。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>共 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: attendance cannot be shown.</source>
        <translation>离线：无法显示考勤。</translation>
    </message>
    <message>
        <source>Attendance could not be shown: %1</source>
        <translation>无法显示考勤：%1</translation>
    </message>
</context>
<context>
    <name>halldesk::ChartsPage</name>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Tickets issued and served per hour today</source>
        <translation>今日各时段取号与办结</translation>
    </message>
    <message>
        <source>How long citizens waited today</source>
        <translation>今日等候时长分布</translation>
    </message>
    <message>
        <source>Satisfaction per area today</source>
        <translation>今日各区域满意率</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1: %2 tickets issued, %3 served. Updated at %4; refreshed every minute.</source>
        <translation>%1：取号 %2，办结 %3。%4 更新，每分钟自动刷新。</translation>
    </message>
    <message>
        <source>No tickets yet today.</source>
        <translation>今天还没有取号。</translation>
    </message>
    <message>
        <source>Nobody has been called yet today.</source>
        <translation>今天还没有叫号。</translation>
    </message>
    <message>
        <source>No service has been rated yet today.</source>
        <translation>今天还没有评价。</translation>
    </message>
    <message>
        <source>Offline: the charts cannot be refreshed until the console is connected again.</source>
        <translation>离线：重新连接服务器之前无法刷新图表。</translation>
    </message>
    <message>
        <source>The charts could not be refreshed: %1</source>
        <translation>无法刷新图表：%1</translation>
    </message>
    <message>
        <source>Showing the last figures.</source>
        <translation>当前显示的是上次的数据。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tickets issued and served per hour on %1</source>
        <translation>%1 各时段取号与办结</translation>
    </message>
    <message>
        <source>How long citizens waited on %1</source>
        <translation>%1 等候时长分布</translation>
    </message>
    <message>
        <source>Satisfaction per area on %1</source>
        <translation>%1 各区域满意率</translation>
    </message>
    <message>
        <source>%1: %2 tickets issued, %3 served.</source>
        <translation>%1：取号 %2，办结 %3。</translation>
    </message>
    <message>
        <source>No tickets on this day.</source>
        <translation>这一天没有取号。</translation>
    </message>
    <message>
        <source>Nobody was called on this day.</source>
        <translation>这一天没有叫号。</translation>
    </message>
    <message>
        <source>No service was rated on this day.</source>
        <translation>这一天没有评价。</translation>
    </message>
</context>
<context>
    <name>halldesk::FollowUpDetail</name>
    <message>
        <source>Follow-up</source>
        <translation>整改详情</translation>
    </message>
    <message numerus="yes">
        <source>&amp;What was done (required, at most %n characters)</source>
        <translation>
            <numerusform>处理情况（必填，最多 %n 字）(&amp;W)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a follow-up in the list.</source>
        <translation>请在列表中选择一条整改。</translation>
    </message>
    <message>
        <source>Window %1 · staff %2 · ticket %3</source>
        <translation>%1号窗口 · 工号 %2 · 号票 %3</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>评价：%1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>意见：%1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>%1 %2 → %3: %4</source>
        <translation>%1 %2 → %3：%4</translation>
    </message>
    <message>
        <source>Nothing done yet.</source>
        <translation>尚未处理。</translation>
    </message>
    <message>
        <source>Done so far:</source>
        <translation>处理记录：</translation>
    </message>
</context>
<context>
    <name>halldesk::FollowUpsPage</name>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>The follow-ups could not be read: %1</source>
        <translation>无法读取整改列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 条整改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，其中 %n 条逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>The step was not taken: %1</source>
        <translation>操作未完成：%1</translation>
    </message>
    <message>
        <source>The step could not be stored to be sent; try again.</source>
        <translation>操作无法保存待发送，请重试。</translation>
    </message>
</context>
<context>
    <name>halldesk::HolidaysPanel</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节假日数</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>the notice&apos;s file, e.g. cn-2027.json</source>
        <translation>通知文件，例如 cn-2027.json</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Check and save year</source>
        <translation>检查并保存</translation>
    </message>
    <message>
        <source>Holiday years the hall counts deadlines with</source>
        <translation>大厅计算办理时限所用的节假日年份</translation>
    </message>
    <message>
        <source>Add or correct a year</source>
        <translation>新增或更正年份</translation>
    </message>
    <message>
        <source>Holiday notice</source>
        <translation>节假日通知</translation>
    </message>
    <message>
        <source>Holiday notice (*.json)</source>
        <translation>节假日通知 (*.json)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>This is not a valid holiday notice: %1</source>
        <translation>这不是有效的节假日通知：%1</translation>
    </message>
</context>
<context>
    <name>halldesk::PriorityThresholdsPanel</name>
    <message>
        <source>Priority groups offered</source>
        <translation>提供的优先服务（绿色通道）</translation>
    </message>
    <message>
        <source>Save priority groups</source>
        <translation>保存优先服务</translation>
    </message>
    <message>
        <source>Long wait (minutes)</source>
        <translation>等候过久（分钟）</translation>
    </message>
    <message>
        <source>Idle window with people waiting (minutes)</source>
        <translation>有人等候时窗口空闲（分钟）</translation>
    </message>
    <message>
        <source>Long service (minutes)</source>
        <translation>办理过久（分钟）</translation>
    </message>
    <message>
        <source>Counter offline (minutes)</source>
        <translation>窗口终端离线（分钟）</translation>
    </message>
    <message>
        <source>Alert on every bad rating</source>
        <translation>每个差评都告警</translation>
    </message>
    <message>
        <source>Alert on overdue follow-ups</source>
        <translation>整改逾期时告警</translation>
    </message>
    <message>
        <source>Save alert thresholds</source>
        <translation>保存告警阈值</translation>
    </message>
    <message>
        <source>Alert thresholds of the supervisor consoles</source>
        <translation>值班长监控台的告警阈值</translation>
    </message>
</context>
<context>
    <name>halldesk::QueuesPanel</name>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
</context>
<context>
    <name>halldesk::RankingPanel</name>
    <message>
        <source>Quarterly ranking</source>
        <translation>季度评比</translation>
    </message>
    <message>
        <source>1st quarter</source>
        <translation>第一季度</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>第二季度</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>第三季度</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>第四季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Show &amp;ranking</source>
        <translation>显示评比(&amp;R)</translation>
    </message>
    <message>
        <source>Top ten windows (十佳红旗窗口)</source>
        <translation>十佳红旗窗口</translation>
    </message>
    <message>
        <source>Top ten staff (十佳服务标兵)</source>
        <translation>十佳服务标兵</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 to %2: %3 windows and %4 staff members qualify.</source>
        <translation>%1 至 %2：%3 个窗口、%4 名人员符合参评条件。</translation>
    </message>
    <message>
        <source>Offline: the ranking cannot be shown.</source>
        <translation>离线：无法显示评比。</translation>
    </message>
    <message>
        <source>The ranking could not be shown: %1</source>
        <translation>无法显示评比：%1</translation>
    </message>
</context>
<context>
    <name>halldesk::ReportsPage</name>
    <message>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Grouped</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>生成报表(&amp;M)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the days and the grouping, then make the report.</source>
        <translation>请选择日期范围和分组方式，然后生成报表。</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>报表生成失败：%1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a report.</source>
        <translation>服务器的应答不是报表。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s).</source>
        <translation>
            <numerusform>%1：共 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>hall-statistics_%1_%2_%3</source>
        <translation>大厅业务统计_%1_%2_%3</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存为 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::StaffPanel</name>
    <message>
        <source>Staff number</source>
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
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Save staff member</source>
        <translation>保存工作人员</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少8个字符</translation>
    </message>
    <message>
        <source>Set temporary password</source>
        <translation>设置临时密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员信息</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>未设密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新建工作人员</translation>
    </message>
</context>
<context>
    <name>halldesk::SupervisorLoginDialog</name>
    <message>
        <source>Supervisor sign-in</source>
        <translation>值班长登录</translation>
    </message>
    <message>
        <source>HallDesk supervisor console</source>
        <translation>HallDesk 值班长控制台</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Enter your staff number and password.</source>
        <translation>请输入工号和密码。</translation>
    </message>
    <message>
        <source>Connecting to the hall server…</source>
        <translation>正在连接大厅服务器…</translation>
    </message>
</context>
<context>
    <name>halldesk::SupervisorScreen</name>
    <message>
        <source>HallDesk supervisor console</source>
        <translation>HallDesk 值班长控制台</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>区域(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Signed-in windows only</source>
        <translation>只看已登录窗口(&amp;S)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
</context>
<context>
    <name>halldesk::SupervisorStation</name>
    <message>
        <source>This account is not a supervisor&apos;s: the supervisor console is for the hall&apos;s supervisors only.</source>
        <translation>此账号不是值班长账号：值班长控制台仅供大厅值班长使用。</translation>
    </message>
    <message>
        <source>Bad-rating follow-ups</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
</context>
<context>
    <name>halldesk::SupervisorStatusLine</name>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>● Offline: reconnecting to the hall server</source>
        <translation>● 离线：正在重新连接大厅服务器</translation>
    </message>
    <message>
        <source>Serving %1 · Idle %2 · Paused %3 · Offline %4 · Signed out %5 · Waiting %6</source>
        <translation>服务中 %1 · 空闲 %2 · 暂停 %3 · 离线 %4 · 未登录 %5 · 等候 %6 人</translation>
    </message>
</context>
<context>
    <name>halldesk::SupervisorWindow</name>
    <message>
        <source>HallDesk supervisor console</source>
        <translation>HallDesk 值班长控制台</translation>
    </message>
    <message>
        <source>Live hall</source>
        <translation>实时大厅</translation>
    </message>
</context>
<context>
    <name>halldesk::WindowGrid</name>
    <message>
        <source>No window of this area has anyone signed in.</source>
        <translation>该区域没有已登录的窗口。</translation>
    </message>
</context>
<context>
    <name>halldesk::WindowsPanel</name>
    <message>
        <source>Queue served</source>
        <translation>办理的业务</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Save window</source>
        <translation>保存窗口</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>A larger weight calls that queue&apos;s citizens sooner; 1 is even.</source>
        <translation>权重越大，该业务的群众越先被叫到；1为均等。</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口列表</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>新建窗口</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
</context>
</TS>
