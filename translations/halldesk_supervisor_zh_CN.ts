<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>办事员</translation>
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
</context>
<context>
    <name>halldesk::SupervisorStation</name>
    <message>
        <source>This account is not a supervisor&apos;s: the supervisor console is for the hall&apos;s supervisors only.</source>
        <translation>此账号不是值班长账号：值班长控制台仅供大厅值班长使用。</translation>
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
</context>
</TS>
