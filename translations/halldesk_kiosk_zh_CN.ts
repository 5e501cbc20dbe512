<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>KioskOptions</name>
    <message>
        <source>HallDesk ticket kiosk: citizens take a queue ticket by touch, check in for an appointment, and get a printed slip.</source>
        <translation>HallDesk 取号机：群众触屏取号、预约签到，并打印号票。</translation>
    </message>
    <message>
        <source>Start (or join) the local demo hall server; slips are written as PDF files.</source>
        <translation>启动（或加入）本机演示大厅服务器；号票写成 PDF 文件。</translation>
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
        <source>The kiosk&apos;s own data file (default %1).</source>
        <translation>取号机自身的数据文件（默认 %1）。</translation>
    </message>
    <message>
        <source>Show the kiosk in a window instead of full screen (for development).</source>
        <translation>以窗口而非全屏显示取号机（开发用）。</translation>
    </message>
    <message>
        <source>Do not speak.</source>
        <translation>不播报语音。</translation>
    </message>
    <message>
        <source>HallDesk ticket kiosk</source>
        <translation>HallDesk 取号机</translation>
    </message>
    <message>
        <source>Slips are written to %1</source>
        <translation>号票写入 %1</translation>
    </message>
</context>
<context>
    <name>KioskSettings</name>
    <message>
        <source>Government Service Center</source>
        <translation>政务服务中心</translation>
    </message>
</context>
<context>
    <name>QPrinterSlipPrinter</name>
    <message>
        <source>The ticket printer is not ready.</source>
        <translation>号票打印机未就绪。</translation>
    </message>
    <message>
        <source>The ticket printer is not connected.</source>
        <translation>号票打印机未连接。</translation>
    </message>
    <message>
        <source>The ticket printer is out of paper or out of order.</source>
        <translation>号票打印机缺纸或故障。</translation>
    </message>
    <message>
        <source>The printer reported an error.</source>
        <translation>打印机报告故障。</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskEntryPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskHelpDeskPage</name>
    <message>
        <source>Priority ticket</source>
        <translation>优先取号</translation>
    </message>
    <message>
        <source>For help desk staff: choose the group, then enter your staff number and PIN or swipe your staff card.</source>
        <translation>咨询台工作人员专用：请选择优先类别，再输入工号和密码，或刷工作证。</translation>
    </message>
    <message>
        <source>Choose the group first, then swipe the card.</source>
        <translation>请先选择优先类别，再刷工作证。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Staff no.: %1</source>
        <translation>工号：%1</translation>
    </message>
    <message>
        <source>PIN: %1</source>
        <translation>密码：%1</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskHomePage</name>
    <message>
        <source>Please choose the service you need</source>
        <translation>请选择办理业务</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Appointment check-in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>Help desk: priority tickets (staff only)</source>
        <translation>咨询台：优先取号（工作人员专用）</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>等候 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority ticket for: %1 (confirmed by staff)</source>
        <translation>优先取号：%1（工作人员已确认）</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskKeypad</name>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskNoticePage</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Taking your ticket, please wait…</source>
        <translation>正在取号，请稍候…</translation>
    </message>
    <message>
        <source>If this takes long, please ask at the help desk.</source>
        <translation>如等待较久，请到咨询台。</translation>
    </message>
    <message>
        <source>Checked in. Your number is</source>
        <translation>签到成功，您的号码是</translation>
    </message>
    <message>
        <source>Your number is</source>
        <translation>您的号码是</translation>
    </message>
    <message>
        <source>Please take your slip below.</source>
        <translation>请取走下方的号票。</translation>
    </message>
    <message>
        <source>The slip could not be printed: %1 Your ticket is valid: please remember your number, or ask at the help desk for a copy.</source>
        <translation>号票未能打印：%1您的号码仍然有效，请记住号码，或到咨询台补打。</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskQueuePage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>等候 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>wait %1</source>
        <translation>预计%1</translation>
    </message>
    <message>
        <source>No window is open now; you may still take a ticket.</source>
        <translation>暂无窗口开放，仍可先取号</translation>
    </message>
    <message>
        <source>Windows %1</source>
        <translation>窗口：%1号</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskScreen</name>
    <message>
        <source>HallDesk ticket kiosk</source>
        <translation>HallDesk 取号机</translation>
    </message>
    <message>
        <source>Resident ID number (optional)</source>
        <translation>身份证号码（可不填）</translation>
    </message>
    <message>
        <source>Entering your ID number lets the clerk find your earlier applications. You may skip it.</source>
        <translation>输入身份证号码，便于窗口查找您以往的办件；也可以跳过。</translation>
    </message>
    <message>
        <source>Take ticket</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Appointment check-in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>Enter the appointment code from your booking message.</source>
        <translation>请输入预约短信中的预约码。</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到取号</translation>
    </message>
    <message>
        <source>The kiosk has lost its connection to the hall server. Tickets cannot be taken now; please ask at the help desk.</source>
        <translation>取号机与大厅服务器的连接已中断，暂时无法取号，请到咨询台。</translation>
    </message>
    <message>
        <source>The kiosk is starting, please wait…</source>
        <translation>取号机正在启动，请稍候…</translation>
    </message>
    <message>
        <source>%1 Tickets cannot be taken here now; please ask at the help desk.</source>
        <translation>%1本机暂停取号，请到咨询台。</translation>
    </message>
    <message>
        <source>No ticket was issued</source>
        <translation>未能取号</translation>
    </message>
    <message>
        <source>Please ask at the help desk.</source>
        <translation>请到咨询台。</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskStatusBar</name>
    <message>
        <source>M/d dddd HH:mm</source>
        <translation>M月d日 dddd HH:mm</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>联网正常</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>网络中断</translation>
    </message>
</context>
</TS>
