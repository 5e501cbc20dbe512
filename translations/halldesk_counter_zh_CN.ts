<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CounterOptions</name>
    <message>
        <source>HallDesk counter: the workstation of a service window. Calls the queue, serves and transfers citizens, and keeps working when the hall server is out of reach.</source>
        <translation>HallDesk 窗口终端：服务窗口的工作台。叫号、办理和转移群众，大厅服务器无法连接时也能继续工作。</translation>
    </message>
    <message>
        <source>Start (or join) the local demo hall server and open window 1 signed in.</source>
        <translation>启动（或连接）本机的演示大厅服务器，并以已登录状态打开 1 号窗口。</translation>
    </message>
    <message>
        <source>With --demo: the window to open (default 1).</source>
        <translation>与 --demo 同用：要打开的窗口（默认 1）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>号码</translation>
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
        <source>Terminal store: the local database of unsent changes and the window&apos;s state.</source>
        <translation>终端存储：保存未发送操作和窗口状态的本地数据库。</translation>
    </message>
    <message>
        <source>Print a READY line with the start-up time once the window is signed in and up to date (for scripts).</source>
        <translation>窗口登录并同步完成后输出一行 READY 及启动耗时（供脚本使用）。</translation>
    </message>
</context>
<context>
    <name>CounterPad</name>
    <message>
        <source>The evaluator pad on the second monitor cannot start: %1</source>
        <translation>第二显示器上的评价器无法启动：%1</translation>
    </message>
</context>
<context>
    <name>DecisionDetails</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A date and its weekday, e.g. 2026-12-02（星期三）</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The holidays of %1 are not known yet: this date only skips weekends.</source>
        <translation>尚无 %1 年的节假日安排：此日期仅跳过了周末，请勿作为确定日期告知申请人。</translation>
    </message>
    <message numerus="yes">
        <source>Promised completion: %1, %n working day(s) after receipt.</source>
        <translation>
            <numerusform>承诺办结日期：%1，受理次日起 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification of the commitment: %1, %n working day(s) after receipt.</source>
        <translation>
            <numerusform>承诺核查日期：%1，受理次日起 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished on the spot today, %1.</source>
        <translation>当场办结：%1。</translation>
    </message>
    <message>
        <source>Tell the applicant once, in writing, everything still to bring:</source>
        <translation>一次性书面告知申请人需补正的全部材料：</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <extracomment>One line of the list of missing materials, e.g. 1. 营业执照（复印件）</extracomment>
        <translation>%1. %2（%3）</translation>
    </message>
    <message>
        <source>The notice of non-acceptance states the reason given above.</source>
        <translation>不予受理通知书将载明上述理由。</translation>
    </message>
</context>
<context>
    <name>NoticePrinter</name>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>The notice could not be printed: %1</source>
        <translation>通知书无法打印：%1</translation>
    </message>
</context>
<context>
    <name>halldesk::ApplicantForm</name>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机号码(&amp;M)：</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;mobile:</source>
        <translation>联系人手机(&amp;M)：</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <extracomment>Under a field: the value is kept in this normalized form (e.g. 18-digit ID)</extracomment>
        <translation>将保存为 %1</translation>
    </message>
</context>
<context>
    <name>halldesk::CaseActionBar</name>
    <message>
        <source>&amp;Accept</source>
        <translation>受理(&amp;A)</translation>
    </message>
    <message>
        <source>Ask for &amp;materials</source>
        <translation>补正(&amp;M)</translation>
    </message>
    <message>
        <source>Materials &amp;in</source>
        <translation>补正材料已收齐(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Do not accept</source>
        <translation>不予受理(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>办结(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>撤销(&amp;V)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办结结果</translation>
    </message>
    <message>
        <source>Reason, at most %1 characters</source>
        <translation>原因，最多 %1 个字</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are allowed.</source>
        <translation>原因共 %1 个字，最多允许 %2 个字。</translation>
    </message>
    <message>
        <source>Accept case %1?</source>
        <translation>确认受理办件 %1？</translation>
    </message>
    <message>
        <source>Ask for the missing materials of case %1? The time limit stops until they are all in.</source>
        <translation>对办件 %1 发出补正告知？材料补齐前办理时限暂停计算。</translation>
    </message>
    <message>
        <source>All materials of case %1 are in; the time limit runs again.</source>
        <translation>办件 %1 的材料已全部收齐，办理时限恢复计算。</translation>
    </message>
    <message>
        <source>Record as received for case %1: %2. The time limit runs again.</source>
        <extracomment>%2: the material names, separated by the list separator</extracomment>
        <translation>办件 %1 以下材料记为已收：%2。办理时限恢复计算。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Do not accept case %1. Why not?</source>
        <translation>办件 %1 不予受理。请填写原因：</translation>
    </message>
    <message>
        <source>Complete case %1 with this outcome:</source>
        <translation>办件 %1 办结，结果为：</translation>
    </message>
    <message>
        <source>Withdraw case %1 at the applicant&apos;s request. Reason (optional):</source>
        <translation>应申请人要求撤回办件 %1。原因（可不填）：</translation>
    </message>
    <message>
        <source>Revoke case %1. Why?</source>
        <translation>撤销办件 %1。请填写原因：</translation>
    </message>
    <message>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>确认 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
</context>
<context>
    <name>halldesk::CaseFactsForm</name>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>查询码</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>受理决定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接件时间</translation>
    </message>
    <message>
        <source>Window / staff</source>
        <translation>窗口 / 工号</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Verification due</source>
        <translation>核查期限</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>Clock stopped (materials)</source>
        <translation>补正暂停</translation>
    </message>
</context>
<context>
    <name>halldesk::CaseListPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>The hall server cannot be reached. These are only the cases taken at this terminal.</source>
        <translation>无法连接大厅服务器。以下仅为本终端受理的办件。</translation>
    </message>
    <message>
        <source>The list could not be read: %1 Shown are only the cases taken at this terminal.</source>
        <translation>无法读取列表：%1 以下仅为本终端受理的办件。</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>正在读取办件…</translation>
    </message>
    <message>
        <source>No cases taken today yet.</source>
        <translation>今天还没有办件</translation>
    </message>
    <message>
        <source>You have no cases yet.</source>
        <translation>您名下还没有办件</translation>
    </message>
    <message>
        <source>No case is due in the next three working days.</source>
        <translation>三个工作日内没有到期的办件</translation>
    </message>
    <message>
        <source>No case is overdue.</source>
        <translation>没有超期的办件</translation>
    </message>
</context>
<context>
    <name>halldesk::CaseViewDialog</name>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Re&amp;print notice</source>
        <translation>重印通知书(&amp;P)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理历史</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>正在读取办件…</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The hall server refused this case: %1
The application must be taken again.</source>
        <translation>大厅服务器退回了此办件：%1
须重新受理此申请。</translation>
    </message>
    <message>
        <source>This case has not reached the hall server yet; it is sent when the connection allows. Steps and history follow once it is there.</source>
        <translation>此办件尚未送达大厅服务器，连接恢复后自动发送。送达后才能办理后续环节并查看办理历史。</translation>
    </message>
    <message>
        <source>The case could not be read from the hall server (%1). Shown is this terminal&apos;s record, without history.</source>
        <translation>无法从大厅服务器读取此办件（%1）。以下为本终端保存的记录，不含办理历史。</translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation>无法读取办件：%1</translation>
    </message>
    <message>
        <source>The step was refused: %1</source>
        <translation>此环节被拒绝：%1</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>办件 %1 · %2</translation>
    </message>
    <message>
        <source>Sent; waiting for the hall server.</source>
        <translation>已提交，等待大厅服务器确认。</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Scanned, waiting to upload</source>
        <translation>已扫描，待上传</translation>
    </message>
    <message>
        <source>Scanned, on the server</source>
        <translation>已扫描，已上传</translation>
    </message>
    <message>
        <source>Scanned, refused by the server</source>
        <translation>已扫描，服务器拒收</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
</context>
<context>
    <name>halldesk::ConnectionIndicator</name>
    <message>
        <source>● Connected</source>
        <translation>● 已连接</translation>
    </message>
    <message>
        <source>● Synchronising…</source>
        <translation>● 正在同步…</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● 正在连接…</translation>
    </message>
    <message>
        <source>● Offline: reconnecting by itself</source>
        <translation>● 离线：正在自动重连</translation>
    </message>
    <message numerus="yes">
        <source>(%n change(s) waiting to be sent)</source>
        <translation>
            <numerusform>（%n 项操作待发送）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::CounterActions</name>
    <message>
        <source>Call next</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Call the next citizen in line.</source>
        <translation>呼叫下一位排队的群众。</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Call the current ticket again; after the recall limit it becomes a no-show.</source>
        <translation>再次呼叫当前号码；超过重呼次数后记为过号。</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>The citizen did not come: mark the ticket as missed.</source>
        <translation>群众未到：将该号码记为过号。</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Put the ticket aside (the citizen fetches a document) and serve the next.</source>
        <translation>暂时挂起该号码（例如群众去取材料），先办理下一位。</translation>
    </message>
    <message>
        <source>Resume held</source>
        <translation>恢复挂起</translation>
    </message>
    <message>
        <source>Serve a held ticket again.</source>
        <translation>继续办理挂起的号码。</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Send the citizen to another service or window.</source>
        <translation>将群众转到其他业务或窗口。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>The service is done.</source>
        <translation>本次业务办理完毕。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Take a break, or resume service after one.</source>
        <translation>暂停服务，或在暂停后恢复服务。</translation>
    </message>
    <message>
        <source>Missed ticket back</source>
        <translation>过号回队</translation>
    </message>
    <message>
        <source>A citizen who missed the call came back: put the ticket back in line.</source>
        <translation>过号的群众回来了：将该号码重新排队。</translation>
    </message>
    <message>
        <source>Call a number</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <source>Call a particular ticket out of order.</source>
        <translation>不按顺序呼叫指定的号码。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>End work at this window.</source>
        <translation>结束在本窗口的工作。</translation>
    </message>
    <message>
        <source>Resume service</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <source>Ask for rating</source>
        <translation>请评价</translation>
    </message>
    <message>
        <source>Ask the citizen to rate this service on the pad now, before finishing.</source>
        <translation>现在请群众在评价器上对本次服务作出评价（办结前）。</translation>
    </message>
</context>
<context>
    <name>halldesk::CounterMainWindow</name>
    <message>
        <source>HallDesk counter — window %1</source>
        <translation>HallDesk 窗口终端 — %1号窗口</translation>
    </message>
    <message>
        <source>Connected to the hall server.</source>
        <translation>已连接大厅服务器。</translation>
    </message>
    <message>
        <source>Not connected to the hall server yet.</source>
        <translation>尚未连接大厅服务器。</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Choose the held ticket to resume in the list.</source>
        <translation>请在列表中选择要恢复办理的挂起号码。</translation>
    </message>
    <message>
        <source>Choose the missed ticket in the list.</source>
        <translation>请在列表中选择过号的号码。</translation>
    </message>
    <message>
        <source>Call a number</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <source>Ticket number, for example A023:</source>
        <translation>号码，例如 A023：</translation>
    </message>
    <message>
        <source>The new connection settings take effect when the counter program is started again.</source>
        <translation>新的连接设置将在窗口终端程序重新启动后生效。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>The hall server cannot be reached. Calling needs it; finishing, holding, transferring and pausing are kept on this computer and sent when the connection is back.</source>
        <translation>无法连接大厅服务器。叫号需要连接服务器；办结、挂起、转移和暂停操作会先保存在本机，连接恢复后自动发送。</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Waiting line (Alt+1)</source>
        <translation>排队等候 (Alt+1)</translation>
    </message>
    <message>
        <source>Cases (Alt+2)</source>
        <translation>本窗口办件 (Alt+2)</translation>
    </message>
    <message>
        <source>Show the waiting line</source>
        <translation>显示排队等候</translation>
    </message>
    <message>
        <source>Show the window&apos;s cases</source>
        <translation>显示本窗口办件</translation>
    </message>
</context>
<context>
    <name>halldesk::CounterSettingsDialog</name>
    <message>
        <source>Counter Settings</source>
        <translation>窗口终端设置</translation>
    </message>
    <message>
        <source>&amp;Announce calls by voice</source>
        <translation>语音播报叫号(&amp;A)</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>语速</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>慢</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>快</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>&amp;Test voice</source>
        <translation>试听(&amp;T)</translation>
    </message>
    <message>
        <source>Voice announcements</source>
        <translation>语音播报</translation>
    </message>
    <message>
        <source>Speech &amp;rate:</source>
        <translation>语速(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>音量(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Change connection settings…</source>
        <translation>修改连接设置(&amp;C)…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Hall server:</source>
        <translation>大厅服务器：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>终端证书：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1，有效期至 %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
</context>
<context>
    <name>halldesk::CounterWorkstation</name>
    <message>
        <source>Number A001, please come to window %1.</source>
        <translation>请A001号到%1号窗口办理</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>语音：关</translation>
    </message>
    <message>
        <source>Voice starting…</source>
        <translation>语音：启动中…</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>语音：开</translation>
    </message>
    <message>
        <source>Voice unavailable</source>
        <translation>语音：不可用</translation>
    </message>
    <message>
        <source>Case %1 is stored on the hall server.</source>
        <translation>办件 %1 已保存到大厅服务器。</translation>
    </message>
    <message>
        <source>The hall server refused case %1: %2</source>
        <translation>大厅服务器退回了办件 %1：%2</translation>
    </message>
    <message>
        <source>The step on case %1 was refused: %2</source>
        <translation>办件 %1 的操作被拒绝：%2</translation>
    </message>
</context>
<context>
    <name>halldesk::CurrentTicketPanel</name>
    <message>
        <source>Now serving</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先：%1</translation>
    </message>
    <message numerus="yes">
        <source>Recalled %n time(s)</source>
        <translation>
            <numerusform>已重呼 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Nobody is signed in at this window.</source>
        <translation>本窗口尚无工作人员签到。</translation>
    </message>
    <message>
        <source>Paused. Press F8 to resume service.</source>
        <translation>暂停服务中。按 F8 恢复服务。</translation>
    </message>
    <message>
        <source>Paused (%1). Press F8 to resume service.</source>
        <translation>暂停服务中（%1）。按 F8 恢复服务。</translation>
    </message>
    <message>
        <source>Free. Press F1 to call the next citizen.</source>
        <translation>空闲。按 F1 呼叫下一位群众。</translation>
    </message>
    <message>
        <source>Waited %1 · In service %2</source>
        <translation>已等候 %1 · 已办理 %2</translation>
    </message>
</context>
<context>
    <name>halldesk::DecisionPage</name>
    <message>
        <source>Reuse (Ctrl+R)</source>
        <translation>复用 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Materials&lt;/b&gt;</source>
        <translation>&lt;b&gt;申请材料&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;受理决定&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Looking up the applicant&apos;s earlier cases…</source>
        <translation>正在查询申请人以往的办件……</translation>
    </message>
    <message>
        <source>Earlier cases could not be looked up: %1</source>
        <translation>无法查询以往办件：%1</translation>
    </message>
    <message>
        <source>No documents from earlier cases of this applicant.</source>
        <translation>该申请人以往办件中没有可复用的材料。</translation>
    </message>
    <message>
        <source>Nothing still missing was handed in with an earlier case.</source>
        <translation>尚缺的材料在以往办件中都没有提交过。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n page(s))</source>
        <extracomment>A document from an earlier case: 居民身份证（20261120-0003-0002，2页）</extracomment>
        <translation>
            <numerusform>%1（%2，%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed in with earlier cases: %1. Check that they still serve, then take them again with Ctrl+R.</source>
        <translation>以往办件中已提交：%1。请核对仍然有效后按 Ctrl+R 复用。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Scan this material (F6)</source>
        <translation>扫描此材料 (F6)</translation>
    </message>
</context>
<context>
    <name>halldesk::DecisionPanel</name>
    <message>
        <source>What the decision means</source>
        <translation>决定说明</translation>
    </message>
    <message>
        <source>%1 is not possible: %2</source>
        <extracomment>A decision the rules refuse, and why, e.g. 即办：…不是即办件。</extracomment>
        <translation>不能“%1”：%2</translation>
    </message>
    <message>
        <source>%1 is no longer possible: %2</source>
        <translation>已不能“%1”：%2</translation>
    </message>
    <message>
        <source>&amp;Reason for not accepting (required):</source>
        <translation>不予受理理由(&amp;R)（必填）：</translation>
    </message>
    <message>
        <source>&amp;Remarks (optional):</source>
        <translation>备注(&amp;R)（选填）：</translation>
    </message>
    <message>
        <source>e.g. not within this department&apos;s remit</source>
        <translation>例如：不属于本部门职权范围</translation>
    </message>
    <message>
        <source>Choose a decision: Ctrl+1 to Ctrl+5.</source>
        <translation>请选择办理决定：Ctrl+1 至 Ctrl+5。</translation>
    </message>
</context>
<context>
    <name>halldesk::FormFieldsEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>18-digit ID number</source>
        <translation>18 位身份证号码</translation>
    </message>
    <message>
        <source>18-character credit code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号码</translation>
    </message>
    <message>
        <source>The chosen items have no application form to fill in.</source>
        <translation>所选事项没有需要填写的申请表。</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>halldesk::IntakeDialog</name>
    <message>
        <source>Take an application</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Take an application: ticket %1</source>
        <translation>受理：%1 号</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>上一步 (Alt+←)</translation>
    </message>
    <message>
        <source>Next (Ctrl+Enter)</source>
        <translation>下一步 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>确认受理 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Applicant&lt;/b&gt;</source>
        <translation>&lt;b&gt;申请人&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Application form&lt;/b&gt;</source>
        <translation>&lt;b&gt;申请表&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose at least one item: type to search, Enter adds.</source>
        <translation>请至少选择一个事项：输入即可搜索，回车添加。</translation>
    </message>
    <message>
        <source>The applicant is not complete or not valid.</source>
        <translation>申请人信息不完整或有误。</translation>
    </message>
    <message>
        <source>The application form is not complete or not valid.</source>
        <translation>申请表填写不完整或有误。</translation>
    </message>
    <message>
        <source>1 Items</source>
        <translation>1 选择事项</translation>
    </message>
    <message>
        <source>2 Applicant and form</source>
        <translation>2 申请人与申请表</translation>
    </message>
    <message>
        <source>3 Materials and decision</source>
        <translation>3 材料与决定</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>%1 号</translation>
    </message>
    <message>
        <source>Choose a decision (Ctrl+1 to Ctrl+5) and give a reason where one is asked for.</source>
        <translation>请选择受理决定（Ctrl+1 至 Ctrl+5），需要时填写理由。</translation>
    </message>
    <message>
        <source>Discard this application? What was typed is lost.</source>
        <translation>放弃本次受理？已录入的内容将丢失。</translation>
    </message>
</context>
<context>
    <name>halldesk::IntakeLauncher</name>
    <message>
        <source>Take application</source>
        <translation>受理申请</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Call a ticket first: an application is taken for the citizen being served.</source>
        <translation>请先叫号：受理针对正在办理的群众。</translation>
    </message>
    <message>
        <source>This terminal has no service catalogue yet: it arrives with the first connection to the hall server.</source>
        <translation>本终端还没有事项目录：首次连接大厅服务器后即可获得。</translation>
    </message>
    <message>
        <source>Take the citizen&apos;s application for one or more items.</source>
        <translation>受理群众申请的一个或多个事项。</translation>
    </message>
    <message>
        <source>No case number could be given out: the terminal store cannot be written.</source>
        <translation>无法分配办件编号：终端存储无法写入。</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>打印通知书</translation>
    </message>
</context>
<context>
    <name>halldesk::IntakeScanLauncher</name>
    <message>
        <source>Scanning is not set up on this counter.</source>
        <translation>本窗口未设置扫描。</translation>
    </message>
    <message>
        <source>Choose the material to scan in the list first.</source>
        <translation>请先在列表中选择要扫描的材料。</translation>
    </message>
    <message>
        <source>Scanning cannot start: this computer&apos;s disk refused the scan&apos;s folder.</source>
        <translation>无法开始扫描：本机磁盘无法创建扫描文件夹。</translation>
    </message>
</context>
<context>
    <name>halldesk::ItemPicker</name>
    <message>
        <source>On the spot</source>
        <translation>即办</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Code, name or pinyin initials (e.g. yyzz)</source>
        <translation>编码、名称或拼音首字母（如 yyzz）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Enter adds the selected item, Delete in the list below removes it.</source>
        <translation>回车添加选中的事项，在下方列表中按 Delete 移除。</translation>
    </message>
    <message>
        <source>&amp;Chosen items</source>
        <translation>已选事项(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Search the catalogue</source>
        <translation>搜索事项目录(&amp;S)</translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation>情形：%1</translation>
    </message>
    <message numerus="yes">
        <source>Bundle of %n item(s)</source>
        <translation>
            <numerusform>一件事（%n 个事项）</numerusform>
        </translation>
    </message>
    <message>
        <source> (situation: %1)</source>
        <translation>（情形：%1）</translation>
    </message>
</context>
<context>
    <name>halldesk::MaterialChecklistView</name>
    <message>
        <source>Materials checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>Materials summary</source>
        <translation>材料统计</translation>
    </message>
    <message>
        <source>Space: received / missing / later · digits: pages · Ctrl+A: all received</source>
        <translation>空格：已收/缺/容缺 · 数字：页数 · Ctrl+A：全部已收</translation>
    </message>
    <message>
        <source>Received %1 · Missing %2 · Waived %3</source>
        <extracomment>Counts of the materials checklist, e.g. 已收 5 · 缺 2 · 容缺 1</extracomment>
        <translation>已收 %1 · 缺 %2 · 容缺 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>halldesk::PauseDialog</name>
    <message>
        <source>Pause Service</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Why is the window pausing?</source>
        <translation>请选择暂停服务的原因：</translation>
    </message>
    <message>
        <source>Describe the reason (required for Other)</source>
        <translation>请填写原因（选择“其他”时必填）</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停服务(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Stepping away</source>
        <translation>临时离开</translation>
    </message>
    <message>
        <source>Business training</source>
        <translation>业务培训</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Choose a reason for the break (keys 1–5).</source>
        <translation>请选择暂停原因（按数字键 1–5）。</translation>
    </message>
    <message>
        <source>Describe the reason for the break.</source>
        <translation>请填写暂停原因。</translation>
    </message>
</context>
<context>
    <name>halldesk::ScanDialog</name>
    <message>
        <source>Scan (F5)</source>
        <translation>扫描 (F5)</translation>
    </message>
    <message>
        <source>Stop scanning (Esc)</source>
        <translation>停止扫描 (Esc)</translation>
    </message>
    <message>
        <source>Save material (Ctrl+Enter)</source>
        <translation>完成并保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>Scan material</source>
        <translation>扫描材料</translation>
    </message>
    <message>
        <source>Scanning: %1</source>
        <translation>扫描材料：%1</translation>
    </message>
    <message>
        <source>Import files… (F5)</source>
        <translation>导入文件… (F5)</translation>
    </message>
    <message>
        <source>Capture (F5)</source>
        <translation>拍摄 (F5)</translation>
    </message>
    <message>
        <source>No scanner is ready. Connect one and press &quot;Find scanners&quot;, or import files.</source>
        <translation>没有可用的扫描仪。请连接扫描仪后点击“查找扫描仪”，或改为导入文件。</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>图片和 PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>%1
The pages already scanned are kept.</source>
        <translation>%1
已扫描的页面都已保留。</translation>
    </message>
    <message>
        <source>There are no pages to save yet. Press F5 to scan.</source>
        <translation>还没有可保存的页面。请按 F5 扫描。</translation>
    </message>
    <message>
        <source>Discard the scanned pages?</source>
        <translation>放弃已扫描的页面？</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) of this material have not been saved. Discard them?</source>
        <translation>
            <numerusform>本材料已扫描的 %n 页尚未保存。要放弃这些页面吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages required: %1    Pages scanned: %2</source>
        <translation>应交 %1 页    已扫描 %2 页</translation>
    </message>
    <message>
        <source>Pages scanned: %1</source>
        <translation>已扫描 %1 页</translation>
    </message>
    <message>
        <source>The saved scan of this material could not be opened: %1
The scan view starts empty; the saved scan stays as it was until a new one is saved.</source>
        <translation>无法打开该材料已保存的扫描件：%1
扫描界面从空白开始；在保存新的扫描件之前，原扫描件保持不变。</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>The changes to this material&apos;s pages have not been saved. Discard them? The scan saved before stays as it was.</source>
        <translation>对该材料页面的修改尚未保存。要放弃吗？之前保存的扫描件保持不变。</translation>
    </message>
    <message>
        <source>Opening the saved pages…</source>
        <translation>正在打开已保存的页面…</translation>
    </message>
</context>
<context>
    <name>halldesk::ScanPagesPanel</name>
    <message>
        <source>Scanned pages</source>
        <translation>已扫描的页面</translation>
    </message>
    <message>
        <source>No pages yet.
Press F5 to scan, or choose &quot;Import files&quot; as the source.</source>
        <translation>还没有页面。
按 F5 开始扫描，或在“来源”中选择“导入文件”。</translation>
    </message>
    <message>
        <source>Turn left (Ctrl+L)</source>
        <translation>向左转 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Turn right (Ctrl+R)</source>
        <translation>向右转 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Move earlier (Ctrl+←)</source>
        <translation>前移 (Ctrl+←)</translation>
    </message>
    <message>
        <source>Move later (Ctrl+→)</source>
        <translation>后移 (Ctrl+→)</translation>
    </message>
    <message>
        <source>Delete page (Del)</source>
        <translation>删除此页 (Del)</translation>
    </message>
    <message>
        <source>Rescan page (Shift+F5)</source>
        <translation>重扫此页 (Shift+F5)</translation>
    </message>
</context>
<context>
    <name>halldesk::ScanSettingsPanel</name>
    <message>
        <source>Find scanners</source>
        <translation>查找扫描仪</translation>
    </message>
    <message>
        <source>S&amp;traighten skewed pages</source>
        <translation>自动纠偏(&amp;T)</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>高拍仪预览</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>黑白</translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation>平板</translation>
    </message>
    <message>
        <source>Document feeder</source>
        <translation>自动进纸器</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>进纸(&amp;P)：</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>正在查找扫描仪…</translation>
    </message>
    <message>
        <source>No scanner found</source>
        <translation>未找到扫描仪</translation>
    </message>
    <message>
        <source>Scanner: %1 %2</source>
        <translation>扫描仪：%1 %2</translation>
    </message>
    <message>
        <source>Document camera: %1</source>
        <translation>高拍仪：%1</translation>
    </message>
    <message>
        <source>Import files (images, PDF)…</source>
        <translation>导入文件（图片、PDF）…</translation>
    </message>
</context>
<context>
    <name>halldesk::ScanStatusRow</name>
    <message>
        <source>Saving the material…</source>
        <translation>正在保存材料…</translation>
    </message>
    <message>
        <source>Scanning page %1…</source>
        <translation>正在扫描第 %1 页…</translation>
    </message>
    <message>
        <source>Starting the scan…</source>
        <translation>正在启动扫描…</translation>
    </message>
    <message numerus="yes">
        <source>Processing %n page(s)…</source>
        <translation>
            <numerusform>正在处理 %n 页…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>正在查找扫描仪…</translation>
    </message>
</context>
<context>
    <name>halldesk::ScanUploadIndicator</name>
    <message>
        <source>A scanned material was refused by the server: %1</source>
        <translation>服务器拒收一份材料扫描件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned material(s) waiting for the server; retrying by itself</source>
        <translation>
            <numerusform>%n 份材料扫描件等待服务器接收，将自动重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n scanned material(s): %1 % of the current one</source>
        <translation>
            <numerusform>正在上传 %n 份材料扫描件：当前一份已完成 %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1, material %2</source>
        <translation>案件 %1，材料 %2</translation>
    </message>
</context>
<context>
    <name>halldesk::SideTicketsPanel</name>
    <message>
        <source>Resume</source>
        <translation>恢复办理</translation>
    </message>
    <message>
        <source>Back in line</source>
        <translation>重新排队</translation>
    </message>
    <message>
        <source>Tickets on hold</source>
        <translation>挂起的号码</translation>
    </message>
    <message>
        <source>Missed tickets</source>
        <translation>过号的号码</translation>
    </message>
    <message numerus="yes">
        <source>On hold: %n</source>
        <translation>
            <numerusform>挂起：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  back to the queue in %3</source>
        <translation>%1  %2  %3 后回到队列</translation>
    </message>
    <message>
        <source>%1  %2  may come back for %3</source>
        <translation>%1  %2  还可回队 %3</translation>
    </message>
    <message numerus="yes">
        <source>Missed: %n</source>
        <translation>
            <numerusform>过号：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::SignInDialog</name>
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
        <source>&amp;Staff number:</source>
        <translation>工号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Enter your staff number.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>halldesk::TerminalSetupDialog</name>
    <message>
        <source>Terminal Setup</source>
        <translation>终端设置</translation>
    </message>
    <message>
        <source>Enter the hall server&apos;s address, the number of the window this terminal stands at, and the certificate files the hall&apos;s administrator issued for it.</source>
        <translation>请填写大厅服务器地址、本终端所在的窗口号，以及大厅管理员为本终端签发的证书文件。</translation>
    </message>
    <message>
        <source>host:port, for example 10.1.2.3:7443</source>
        <translation>主机:端口，例如 10.1.2.3:7443</translation>
    </message>
    <message>
        <source>Hall &amp;server:</source>
        <translation>大厅服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Window number:</source>
        <translation>窗口号(&amp;W)：</translation>
    </message>
    <message>
        <source>Hall &amp;CA certificate:</source>
        <translation>大厅 CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Terminal ce&amp;rtificate:</source>
        <translation>终端证书(&amp;R)：</translation>
    </message>
    <message>
        <source>Terminal &amp;key:</source>
        <translation>终端私钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>PEM file</source>
        <translation>PEM 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>浏览%1</translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem);;All files (*)</source>
        <translation>私钥文件 (*.key *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书文件 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>文件无法读取。</translation>
    </message>
    <message>
        <source>This is not a PEM private key.</source>
        <translation>该文件不是 PEM 格式的私钥。</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>This is not a PEM certificate.</source>
        <translation>该文件不是 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>%1, expired on %2</source>
        <translation>%1，已于 %2 过期</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1，有效期至 %2</translation>
    </message>
    <message>
        <source>The certificate in %1 is not a counter terminal&apos;s certificate.</source>
        <translation>%1 中的证书不是窗口终端证书。</translation>
    </message>
    <message>
        <source>The certificate in %1 is for window %2, not for window %3.</source>
        <translation>%1 中的证书属于 %2 号窗口，不是 %3 号窗口。</translation>
    </message>
</context>
<context>
    <name>halldesk::TransferDialog</name>
    <message>
        <source>Transfer Ticket</source>
        <translation>转移号码</translation>
    </message>
    <message>
        <source>Transfer ticket %1, now in %2 (%3).</source>
        <translation>转移 %1 号，当前队列：%2（%3）</translation>
    </message>
    <message>
        <source>Type to filter by name or code</source>
        <translation>输入名称或代码筛选</translation>
    </message>
    <message>
        <source>Target queue</source>
        <translation>目标队列</translation>
    </message>
    <message>
        <source>Target window</source>
        <translation>目标窗口</translation>
    </message>
    <message>
        <source>Optional note for the next clerk, e.g. documents pre-checked</source>
        <translation>给下一位窗口人员的备注（选填），如：材料已初审</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>队列(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>转移(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Keep the current queue</source>
        <translation>保留当前队列</translation>
    </message>
    <message>
        <source>[current queue]</source>
        <translation>［当前队列］</translation>
    </message>
    <message>
        <source>Other queues</source>
        <translation>其他队列</translation>
    </message>
    <message>
        <source>Any window of the queue</source>
        <translation>该队列的任一窗口</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>[this window]</source>
        <translation>［本窗口］</translation>
    </message>
    <message>
        <source>Choose another queue, a window, or both.</source>
        <translation>请选择其他队列或指定窗口，也可以同时选择。</translation>
    </message>
    <message>
        <source>The ticket is already in this queue. Choose another queue, or a window.</source>
        <translation>该号码已在此队列中，请选择其他队列或指定窗口。</translation>
    </message>
    <message>
        <source>The ticket cannot be transferred to this window itself.</source>
        <translation>不能转移到本窗口。</translation>
    </message>
    <message>
        <source>No queue matches “%1”.</source>
        <translation>没有与“%1”匹配的队列。</translation>
    </message>
</context>
<context>
    <name>halldesk::WaitingListPanel</name>
    <message>
        <source>Waiting list</source>
        <translation>等候列表</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for this window: %n</source>
        <translation>
            <numerusform>本窗口等候：%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waiting</source>
        <translation>
            <numerusform>%1：等候 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>最长已等 %1</translation>
    </message>
    <message numerus="yes">
        <source>Transferred to this window: %n</source>
        <translation>
            <numerusform>转至本窗口：%n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::WindowHeader</name>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Clerk: %1 (%2)</source>
        <translation>工作人员：%1（%2）</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>未签到</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Served today: 0</source>
        <translation>今日已办：0 件</translation>
    </message>
    <message>
        <source>Served today: %1 · average %2</source>
        <translation>今日已办：%1 件 · 平均 %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HallDesk counter</source>
        <translation>HallDesk 窗口终端</translation>
    </message>
</context>
</TS>
