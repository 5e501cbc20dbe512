<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
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
</context>
<context>
    <name>halldesk::SupervisorStation</name>
    <message>
        <source>This account is not a supervisor&apos;s: the supervisor console is for the hall&apos;s supervisors only.</source>
        <translation>This account is not a supervisor&apos;s: the supervisor console is for the hall&apos;s supervisors only.</translation>
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
</context>
</TS>
