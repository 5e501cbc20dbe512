<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BoardOptions</name>
    <message>
        <source>HallDesk hall board: the large screen of the hall with the latest calls, spoken aloud, and the citizens waiting in each area.</source>
        <translation>HallDesk hall board: the large screen of the hall with the latest calls, spoken aloud, and the citizens waiting in each area.</translation>
    </message>
    <message>
        <source>Start (or join) the local demo hall server.</source>
        <translation>Start (or join) the local demo hall server.</translation>
    </message>
    <message>
        <source>Settings file (default %1).</source>
        <translation>Settings file (default %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Show the board in a window instead of full screen (for development).</source>
        <translation>Show the board in a window instead of full screen (for development).</translation>
    </message>
    <message>
        <source>Do not speak the calls.</source>
        <translation>Do not speak the calls.</translation>
    </message>
    <message>
        <source>HallDesk hall board</source>
        <translation>HallDesk hall board</translation>
    </message>
</context>
<context>
    <name>halldesk::BoardAreaCounts</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In all: %n</source>
        <translation>
            <numerusform>In all: %n</numerusform>
            <numerusform>In all: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The waiting figures appear when the hall server answers.</source>
        <translation>The waiting figures appear when the hall server answers.</translation>
    </message>
</context>
<context>
    <name>halldesk::BoardCallList</name>
    <message>
        <source>Earlier calls</source>
        <translation>Earlier calls</translation>
    </message>
</context>
<context>
    <name>halldesk::BoardCallRow</name>
    <message>
        <source>Latest call</source>
        <translation>Latest call</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>No calls yet</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
</context>
<context>
    <name>halldesk::BoardScreen</name>
    <message>
        <source>HallDesk hall board</source>
        <translation>HallDesk hall board</translation>
    </message>
    <message>
        <source>Please watch for your number. If you missed your call, please go back to the window that called you.</source>
        <translation>Please watch for your number. If you missed your call, please go back to the window that called you.</translation>
    </message>
</context>
<context>
    <name>halldesk::BoardStatusBar</name>
    <message>
        <source>Calling information</source>
        <translation>Calling information</translation>
    </message>
    <message>
        <source>● Offline: reconnecting to the hall server</source>
        <translation>● Offline: reconnecting to the hall server</translation>
    </message>
</context>
</TS>
