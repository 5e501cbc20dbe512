<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BoardOptions</name>
    <message>
        <source>HallDesk hall board: the large screen of the hall with the latest calls, spoken aloud, and the citizens waiting in each area.</source>
        <translation>HallDesk 综合屏：大厅的大屏幕，显示并播报最新叫号，以及各区域的等候人数。</translation>
    </message>
    <message>
        <source>Start (or join) the local demo hall server.</source>
        <translation>启动（或加入）本机的演示大厅服务器。</translation>
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
        <source>Show the board in a window instead of full screen (for development).</source>
        <translation>在窗口中显示综合屏，而不是全屏（开发用）。</translation>
    </message>
    <message>
        <source>Do not speak the calls.</source>
        <translation>不播报叫号。</translation>
    </message>
    <message>
        <source>HallDesk hall board</source>
        <translation>HallDesk 综合屏</translation>
    </message>
</context>
<context>
    <name>halldesk::BoardAreaCounts</name>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting figures appear when the hall server answers.</source>
        <translation>正在连接大厅服务器，连接后显示等候人数。</translation>
    </message>
</context>
<context>
    <name>halldesk::BoardCallList</name>
    <message>
        <source>Earlier calls</source>
        <translation>此前叫号</translation>
    </message>
</context>
<context>
    <name>halldesk::BoardCallRow</name>
    <message>
        <source>Latest call</source>
        <translation>最新叫号</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>暂无叫号</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
</context>
<context>
    <name>halldesk::BoardScreen</name>
    <message>
        <source>HallDesk hall board</source>
        <translation>HallDesk 综合屏</translation>
    </message>
    <message>
        <source>Please watch for your number. If you missed your call, please go back to the window that called you.</source>
        <translation>请留意叫号，过号请到原窗口办理。</translation>
    </message>
</context>
<context>
    <name>halldesk::BoardStatusBar</name>
    <message>
        <source>Calling information</source>
        <translation>叫号信息</translation>
    </message>
    <message>
        <source>● Offline: reconnecting to the hall server</source>
        <translation>● 离线：正在重新连接大厅服务器</translation>
    </message>
</context>
</TS>
