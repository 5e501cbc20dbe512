<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HallChartBuilder</name>
    <message>
        <source>Tickets issued</source>
        <translation>Tickets issued</translation>
    </message>
    <message>
        <source>Tickets served</source>
        <translation>Tickets served</translation>
    </message>
    <message>
        <source>%1:00</source>
        <translation>%1:00</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Hour of the day</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citizens</translation>
    </message>
    <message>
        <source>Waiting time (minutes)</source>
        <translation>Waiting time (minutes)</translation>
    </message>
    <message>
        <source>Citizens called</source>
        <translation>Citizens called</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rated)</source>
        <translation>
            <numerusform>%1 (%n rated)</numerusform>
            <numerusform>%1 (%n rated)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (none rated)</source>
        <translation>%1 (none rated)</translation>
    </message>
    <message>
        <source>Satisfaction rate (%)</source>
        <translation>Satisfaction rate (%)</translation>
    </message>
</context>
<context>
    <name>SupervisorOptions</name>
    <message>
        <source>HallDesk supervisor console</source>
        <translation>HallDesk supervisor console</translation>
    </message>
    <message>
        <source>HallDesk supervisor console: every window of the hall live, the queues, and the alerts that need a supervisor.</source>
        <translation>HallDesk supervisor console: every window of the hall live, the queues, and the alerts that need a supervisor.</translation>
    </message>
    <message>
        <source>Start (or join) the local demo hall server and sign in as its supervisor.</source>
        <translation>Start (or join) the local demo hall server and sign in as its supervisor.</translation>
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
        <source>Show the console in a window instead of full screen.</source>
        <translation>Show the console in a window instead of full screen.</translation>
    </message>
</context>
<context>
    <name>halldesk::AlertRow</name>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Long wait</source>
        <translation>Long wait</translation>
    </message>
    <message>
        <source>Idle while citizens wait</source>
        <translation>Idle while citizens wait</translation>
    </message>
    <message>
        <source>Long service</source>
        <translation>Long service</translation>
    </message>
    <message>
        <source>Counter offline</source>
        <translation>Counter offline</translation>
    </message>
    <message>
        <source>Bad rating</source>
        <translation>Bad rating</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Follow-up overdue</translation>
    </message>
</context>
<context>
    <name>halldesk::AlertsPanel</name>
    <message>
        <source>Acknowledge all</source>
        <translation>Acknowledge all</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>No alerts</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Alerts (%n to acknowledge)</source>
        <translation>
            <numerusform>Alerts (%n to acknowledge)</numerusform>
            <numerusform>Alerts (%n to acknowledge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
</context>
<context>
    <name>halldesk::AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>&amp;Show attendance</source>
        <translation>&amp;Show attendance</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>The last day is before the first.</translation>
    </message>
    <message>
        <source>At most 92 days at a time.</source>
        <translation>At most 92 days at a time.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Nobody signed in on these days.</source>
        <translation>Nobody signed in on these days.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row(s).</numerusform>
            <numerusform>%n row(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: attendance cannot be shown.</source>
        <translation>Offline: attendance cannot be shown.</translation>
    </message>
    <message>
        <source>Attendance could not be shown: %1</source>
        <translation>Attendance could not be shown: %1</translation>
    </message>
</context>
<context>
    <name>halldesk::ChartsPage</name>
    <message>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Tickets issued and served per hour today</source>
        <translation>Tickets issued and served per hour today</translation>
    </message>
    <message>
        <source>How long citizens waited today</source>
        <translation>How long citizens waited today</translation>
    </message>
    <message>
        <source>Satisfaction per area today</source>
        <translation>Satisfaction per area today</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1: %2 tickets issued, %3 served. Updated at %4; refreshed every minute.</source>
        <translation>%1: %2 tickets issued, %3 served. Updated at %4; refreshed every minute.</translation>
    </message>
    <message>
        <source>No tickets yet today.</source>
        <translation>No tickets yet today.</translation>
    </message>
    <message>
        <source>Nobody has been called yet today.</source>
        <translation>Nobody has been called yet today.</translation>
    </message>
    <message>
        <source>No service has been rated yet today.</source>
        <translation>No service has been rated yet today.</translation>
    </message>
    <message>
        <source>Offline: the charts cannot be refreshed until the console is connected again.</source>
        <translation>Offline: the charts cannot be refreshed until the console is connected again.</translation>
    </message>
    <message>
        <source>The charts could not be refreshed: %1</source>
        <translation>The charts could not be refreshed: %1</translation>
    </message>
    <message>
        <source>Showing the last figures.</source>
        <translation>Showing the last figures.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>No figures</translation>
    </message>
</context>
<context>
    <name>halldesk::FollowUpDetail</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message numerus="yes">
        <source>&amp;What was done (required, at most %n characters)</source>
        <translation>
            <numerusform>&amp;What was done (required, at most %n characters)</numerusform>
            <numerusform>&amp;What was done (required, at most %n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a follow-up in the list.</source>
        <translation>Choose a follow-up in the list.</translation>
    </message>
    <message>
        <source>Window %1 · staff %2 · ticket %3</source>
        <translation>Window %1 · staff %2 · ticket %3</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Rating: %1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Reasons: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>%1 %2 → %3: %4</source>
        <translation>%1 %2 → %3: %4</translation>
    </message>
    <message>
        <source>Nothing done yet.</source>
        <translation>Nothing done yet.</translation>
    </message>
    <message>
        <source>Done so far:</source>
        <translation>Done so far:</translation>
    </message>
</context>
<context>
    <name>halldesk::FollowUpsPage</name>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;State</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>The follow-ups could not be read: %1</source>
        <translation>The follow-ups could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up(s)</numerusform>
            <numerusform>%n follow-up(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>The step was not taken: %1</source>
        <translation>The step was not taken: %1</translation>
    </message>
    <message>
        <source>The step could not be stored to be sent; try again.</source>
        <translation>The step could not be stored to be sent; try again.</translation>
    </message>
</context>
<context>
    <name>halldesk::QueuesPanel</name>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
</context>
<context>
    <name>halldesk::RankingPanel</name>
    <message>
        <source>Quarterly ranking</source>
        <translation>Quarterly ranking</translation>
    </message>
    <message>
        <source>1st quarter</source>
        <translation>1st quarter</translation>
    </message>
    <message>
        <source>2nd quarter</source>
        <translation>2nd quarter</translation>
    </message>
    <message>
        <source>3rd quarter</source>
        <translation>3rd quarter</translation>
    </message>
    <message>
        <source>4th quarter</source>
        <translation>4th quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Show &amp;ranking</source>
        <translation>Show &amp;ranking</translation>
    </message>
    <message>
        <source>Top ten windows (十佳红旗窗口)</source>
        <translation>Top ten windows (十佳红旗窗口)</translation>
    </message>
    <message>
        <source>Top ten staff (十佳服务标兵)</source>
        <translation>Top ten staff (十佳服务标兵)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 to %2: %3 windows and %4 staff members qualify.</source>
        <translation>%1 to %2: %3 windows and %4 staff members qualify.</translation>
    </message>
    <message>
        <source>Offline: the ranking cannot be shown.</source>
        <translation>Offline: the ranking cannot be shown.</translation>
    </message>
    <message>
        <source>The ranking could not be shown: %1</source>
        <translation>The ranking could not be shown: %1</translation>
    </message>
</context>
<context>
    <name>halldesk::ReportsPage</name>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Grouped</source>
        <translation>&amp;Grouped</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>&amp;Make report</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the days and the grouping, then make the report.</source>
        <translation>Choose the days and the grouping, then make the report.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>The report could not be made: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not a report.</source>
        <translation>The server&apos;s answer was not a report.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s).</source>
        <translation>
            <numerusform>%1: %n row(s).</numerusform>
            <numerusform>%1: %n row(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>hall-statistics_%1_%2_%3</source>
        <translation>hall-statistics_%1_%2_%3</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved as %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved as %1 (%n page(s)).</numerusform>
            <numerusform>Saved as %1 (%n page(s)).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::SupervisorLoginDialog</name>
    <message>
        <source>Supervisor sign-in</source>
        <translation>Supervisor sign-in</translation>
    </message>
    <message>
        <source>HallDesk supervisor console</source>
        <translation>HallDesk supervisor console</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Enter your staff number and password.</source>
        <translation>Enter your staff number and password.</translation>
    </message>
    <message>
        <source>Connecting to the hall server…</source>
        <translation>Connecting to the hall server…</translation>
    </message>
</context>
<context>
    <name>halldesk::SupervisorScreen</name>
    <message>
        <source>HallDesk supervisor console</source>
        <translation>HallDesk supervisor console</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>&amp;Signed-in windows only</source>
        <translation>&amp;Signed-in windows only</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
</context>
<context>
    <name>halldesk::SupervisorStation</name>
    <message>
        <source>This account is not a supervisor&apos;s: the supervisor console is for the hall&apos;s supervisors only.</source>
        <translation>This account is not a supervisor&apos;s: the supervisor console is for the hall&apos;s supervisors only.</translation>
    </message>
    <message>
        <source>Bad-rating follow-ups</source>
        <translation>Bad-rating follow-ups</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>halldesk::SupervisorStatusLine</name>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline: reconnecting to the hall server</source>
        <translation>● Offline: reconnecting to the hall server</translation>
    </message>
    <message>
        <source>Serving %1 · Idle %2 · Paused %3 · Offline %4 · Signed out %5 · Waiting %6</source>
        <translation>Serving %1 · Idle %2 · Paused %3 · Offline %4 · Signed out %5 · Waiting %6</translation>
    </message>
</context>
<context>
    <name>halldesk::SupervisorWindow</name>
    <message>
        <source>HallDesk supervisor console</source>
        <translation>HallDesk supervisor console</translation>
    </message>
    <message>
        <source>Live hall</source>
        <translation>Live hall</translation>
    </message>
</context>
<context>
    <name>halldesk::WindowGrid</name>
    <message>
        <source>No window of this area has anyone signed in.</source>
        <translation>No window of this area has anyone signed in.</translation>
    </message>
</context>
</TS>
