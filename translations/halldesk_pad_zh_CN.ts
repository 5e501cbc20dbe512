<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PadOptions</name>
    <message>
        <source>HallDesk evaluator pad</source>
        <translation>HallDesk 评价器</translation>
    </message>
    <message>
        <source>HallDesk evaluator pad: the screen facing the citizen at a service window, where each service is rated. Ratings given while the hall server is out of reach are kept and delivered later, once.</source>
        <translation>HallDesk 评价器：服务窗口面向群众的屏幕，每次服务后由群众评价。连不上大厅服务器时给出的评价会保存下来，稍后送达且只送达一次。</translation>
    </message>
    <message>
        <source>Start (or join) the local demo hall server and show the pad of window 1.</source>
        <translation>启动（或加入）本机的演示大厅服务器，显示1号窗口的评价器。</translation>
    </message>
    <message>
        <source>With --demo: the window of the pad (default 1).</source>
        <translation>与 --demo 一起使用：评价器所在的窗口（默认1）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
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
        <source>The pad&apos;s terminal store: ratings not yet delivered.</source>
        <translation>评价器的本地存储：尚未送达的评价。</translation>
    </message>
    <message>
        <source>Show the pad in a window instead of full screen (for development).</source>
        <translation>在窗口中显示评价器，而不是全屏（开发用）。</translation>
    </message>
</context>
<context>
    <name>halldesk::LevelBadge</name>
    <message>
        <source>Your rating: %1</source>
        <translation>您的评价：%1</translation>
    </message>
    <message>
        <source>Your rating:</source>
        <translation>您的评价：</translation>
    </message>
</context>
<context>
    <name>halldesk::PadIdlePage</name>
    <message>
        <source>Responsible from the first question · Everything you need told at once · Finished within the promised time · Courteous service</source>
        <translation>首问负责 · 一次性告知 · 限时办结 · 文明服务</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Staff number: %1</source>
        <translation>工号：%1</translation>
    </message>
    <message>
        <source>No one is serving at this window now</source>
        <translation>本窗口暂无工作人员</translation>
    </message>
    <message>
        <source>Please go to another window. Thank you.</source>
        <translation>请到其他窗口办理，谢谢！</translation>
    </message>
    <message>
        <source>Service paused, back soon</source>
        <translation>暂停服务，请稍候</translation>
    </message>
    <message>
        <source>Now serving number %1</source>
        <translation>正在为%1号办理</translation>
    </message>
    <message>
        <source>Welcome! Please wait for your number to be called.</source>
        <translation>欢迎您！请留意叫号。</translation>
    </message>
    <message>
        <source>Our service commitment: %1</source>
        <translation>服务承诺：%1</translation>
    </message>
</context>
<context>
    <name>halldesk::PadRatingPage</name>
    <message>
        <source>Please rate this service</source>
        <translation>请您对本次服务作出评价</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>您的号码：%1</translation>
    </message>
    <message>
        <source>Handled for you:</source>
        <translation>本次办理：</translation>
    </message>
    <message numerus="yes">
        <source>and %n more item(s)</source>
        <translation>
            <numerusform>等另外%n项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>还剩%n秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::PadReasonsPage</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>还剩%n秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose why you are dissatisfied</source>
        <translation>请选择不满意的原因</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Other comments (optional)</source>
        <translation>其他意见（选填）</translation>
    </message>
    <message>
        <source>Tick at least one reason, then press Submit.</source>
        <translation>请至少选择一项原因，再按“提交”。</translation>
    </message>
</context>
<context>
    <name>halldesk::PadStatusBar</name>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>%1 · %2 (staff number %3)</source>
        <translation>%1 · %2（工号%3）</translation>
    </message>
    <message>
        <source>● Offline: ratings are sent later</source>
        <translation>● 网络中断：评价将在恢复后送达</translation>
    </message>
</context>
<context>
    <name>halldesk::PadThanksPage</name>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <source>We have noted your opinion and will do better.</source>
        <translation>您的意见已记录，我们会认真改进。</translation>
    </message>
    <message>
        <source>Welcome back any time.</source>
        <translation>欢迎您再次光临。</translation>
    </message>
</context>
</TS>
