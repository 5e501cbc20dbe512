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
    <name>halldesk::AdminLogPanel</name>
    <message>
        <source>Show the newest</source>
        <translation>Show the newest</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Show older entries</translation>
    </message>
    <message>
        <source>Changes made by administrators, newest first</source>
        <translation>Changes made by administrators, newest first</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Reading the log…</translation>
    </message>
    <message>
        <source>No administrator has changed anything yet.</source>
        <translation>No administrator has changed anything yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown; older ones exist.</source>
        <translation>
            <numerusform>%n entries shown; older ones exist.</numerusform>
            <numerusform>%n entries shown; older ones exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, all of them.</source>
        <translation>
            <numerusform>%n entries, all of them.</numerusform>
            <numerusform>%n entries, all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::AdminPage</name>
    <message>
        <source>Areas and queues</source>
        <translation>Areas and queues</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Priority and alerts</source>
        <translation>Priority and alerts</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>The administration data could not be read: %1</source>
        <translation>The administration data could not be read: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved. The hall uses the change from now on.</source>
        <translation>Saved. The hall uses the change from now on.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ticket letter (one capital letter of its own)</source>
        <translation>Ticket letter (one capital letter of its own)</translation>
    </message>
    <message>
        <source>Ticket prefix (starting with the area&apos;s letter)</source>
        <translation>Ticket prefix (starting with the area&apos;s letter)</translation>
    </message>
    <message>
        <source>Initial service time (30 to 7200 seconds)</source>
        <translation>Initial service time (30 to 7200 seconds)</translation>
    </message>
    <message>
        <source>Queues served (at least one, each once)</source>
        <translation>Queues served (at least one, each once)</translation>
    </message>
    <message>
        <source>Weight (more than 0, at most 100)</source>
        <translation>Weight (more than 0, at most 100)</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <source>%1: this value is not allowed.</source>
        <translation>%1: this value is not allowed.</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>The change log could not be read: %1</source>
        <translation>The change log could not be read: %1</translation>
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
    <name>halldesk::AreasQueuesPanel</name>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Save area</source>
        <translation>Save area</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Service time (s)</source>
        <translation>Service time (s)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Save queue</source>
        <translation>Save queue</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ticket letter</source>
        <translation>Ticket letter</translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation>Ticket prefix</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>New area</translation>
    </message>
    <message>
        <source>New queue</source>
        <translation>New queue</translation>
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
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tickets issued and served per hour on %1</source>
        <translation>Tickets issued and served per hour on %1</translation>
    </message>
    <message>
        <source>How long citizens waited on %1</source>
        <translation>How long citizens waited on %1</translation>
    </message>
    <message>
        <source>Satisfaction per area on %1</source>
        <translation>Satisfaction per area on %1</translation>
    </message>
    <message>
        <source>%1: %2 tickets issued, %3 served.</source>
        <translation>%1: %2 tickets issued, %3 served.</translation>
    </message>
    <message>
        <source>No tickets on this day.</source>
        <translation>No tickets on this day.</translation>
    </message>
    <message>
        <source>Nobody was called on this day.</source>
        <translation>Nobody was called on this day.</translation>
    </message>
    <message>
        <source>No service was rated on this day.</source>
        <translation>No service was rated on this day.</translation>
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
    <name>halldesk::HolidaysPanel</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>the notice&apos;s file, e.g. cn-2027.json</source>
        <translation>the notice&apos;s file, e.g. cn-2027.json</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Check and save year</source>
        <translation>Check and save year</translation>
    </message>
    <message>
        <source>Holiday years the hall counts deadlines with</source>
        <translation>Holiday years the hall counts deadlines with</translation>
    </message>
    <message>
        <source>Add or correct a year</source>
        <translation>Add or correct a year</translation>
    </message>
    <message>
        <source>Holiday notice</source>
        <translation>Holiday notice</translation>
    </message>
    <message>
        <source>Holiday notice (*.json)</source>
        <translation>Holiday notice (*.json)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>This is not a valid holiday notice: %1</source>
        <translation>This is not a valid holiday notice: %1</translation>
    </message>
</context>
<context>
    <name>halldesk::PriorityThresholdsPanel</name>
    <message>
        <source>Priority groups offered</source>
        <translation>Priority groups offered</translation>
    </message>
    <message>
        <source>Save priority groups</source>
        <translation>Save priority groups</translation>
    </message>
    <message>
        <source>Long wait (minutes)</source>
        <translation>Long wait (minutes)</translation>
    </message>
    <message>
        <source>Idle window with people waiting (minutes)</source>
        <translation>Idle window with people waiting (minutes)</translation>
    </message>
    <message>
        <source>Long service (minutes)</source>
        <translation>Long service (minutes)</translation>
    </message>
    <message>
        <source>Counter offline (minutes)</source>
        <translation>Counter offline (minutes)</translation>
    </message>
    <message>
        <source>Alert on every bad rating</source>
        <translation>Alert on every bad rating</translation>
    </message>
    <message>
        <source>Alert on overdue follow-ups</source>
        <translation>Alert on overdue follow-ups</translation>
    </message>
    <message>
        <source>Save alert thresholds</source>
        <translation>Save alert thresholds</translation>
    </message>
    <message>
        <source>Alert thresholds of the supervisor consoles</source>
        <translation>Alert thresholds of the supervisor consoles</translation>
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
    <name>halldesk::StaffPanel</name>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <source>Save staff member</source>
        <translation>Save staff member</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>Set temporary password</source>
        <translation>Set temporary password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Locked out</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>No password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
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
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
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
<context>
    <name>halldesk::WindowsPanel</name>
    <message>
        <source>Queue served</source>
        <translation>Queue served</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Save window</source>
        <translation>Save window</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>Window number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>A larger weight calls that queue&apos;s citizens sooner; 1 is even.</source>
        <translation>A larger weight calls that queue&apos;s citizens sooner; 1 is even.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>New window</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
</context>
</TS>
