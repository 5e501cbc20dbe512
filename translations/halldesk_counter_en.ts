<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CounterOptions</name>
    <message>
        <source>HallDesk counter: the workstation of a service window. Calls the queue, serves and transfers citizens, and keeps working when the hall server is out of reach.</source>
        <translation>HallDesk counter: the workstation of a service window. Calls the queue, serves and transfers citizens, and keeps working when the hall server is out of reach.</translation>
    </message>
    <message>
        <source>Start (or join) the local demo hall server and open window 1 signed in.</source>
        <translation>Start (or join) the local demo hall server and open window 1 signed in.</translation>
    </message>
    <message>
        <source>With --demo: the window to open (default 1).</source>
        <translation>With --demo: the window to open (default 1).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
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
        <source>Terminal store: the local database of unsent changes and the window&apos;s state.</source>
        <translation>Terminal store: the local database of unsent changes and the window&apos;s state.</translation>
    </message>
    <message>
        <source>Print a READY line with the start-up time once the window is signed in and up to date (for scripts).</source>
        <translation>Print a READY line with the start-up time once the window is signed in and up to date (for scripts).</translation>
    </message>
</context>
<context>
    <name>CounterPad</name>
    <message>
        <source>The evaluator pad on the second monitor cannot start: %1</source>
        <translation>The evaluator pad on the second monitor cannot start: %1</translation>
    </message>
</context>
<context>
    <name>DecisionDetails</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A date and its weekday, e.g. 2026-12-02（星期三）</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The holidays of %1 are not known yet: this date only skips weekends.</source>
        <translation>The holidays of %1 are not known yet: this date only skips weekends.</translation>
    </message>
    <message numerus="yes">
        <source>Promised completion: %1, %n working day(s) after receipt.</source>
        <translation>
            <numerusform>Promised completion: %1, %n working day(s) after receipt.</numerusform>
            <numerusform>Promised completion: %1, %n working day(s) after receipt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification of the commitment: %1, %n working day(s) after receipt.</source>
        <translation>
            <numerusform>Verification of the commitment: %1, %n working day(s) after receipt.</numerusform>
            <numerusform>Verification of the commitment: %1, %n working day(s) after receipt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished on the spot today, %1.</source>
        <translation>Finished on the spot today, %1.</translation>
    </message>
    <message>
        <source>Tell the applicant once, in writing, everything still to bring:</source>
        <translation>Tell the applicant once, in writing, everything still to bring:</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <extracomment>One line of the list of missing materials, e.g. 1. 营业执照（复印件）</extracomment>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>The notice of non-acceptance states the reason given above.</source>
        <translation>The notice of non-acceptance states the reason given above.</translation>
    </message>
</context>
<context>
    <name>NoticePrinter</name>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>The notice could not be printed: %1</source>
        <translation>The notice could not be printed: %1</translation>
    </message>
</context>
<context>
    <name>halldesk::ApplicantForm</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>Organisation &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Credit code:</source>
        <translation>&amp;Credit code:</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>&amp;Legal representative:</translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation>C&amp;ontact person:</translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;mobile:</source>
        <translation>Contact&apos;s &amp;mobile:</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <extracomment>Under a field: the value is kept in this normalized form (e.g. 18-digit ID)</extracomment>
        <translation>Stored as %1</translation>
    </message>
</context>
<context>
    <name>halldesk::CaseActionBar</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Ask for &amp;materials</source>
        <translation>Ask for &amp;materials</translation>
    </message>
    <message>
        <source>Materials &amp;in</source>
        <translation>Materials &amp;in</translation>
    </message>
    <message>
        <source>&amp;Do not accept</source>
        <translation>&amp;Do not accept</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reason, at most %1 characters</source>
        <translation>Reason, at most %1 characters</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Give the reason.</translation>
    </message>
    <message>
        <source>The reason is %1 characters long; at most %2 are allowed.</source>
        <translation>The reason is %1 characters long; at most %2 are allowed.</translation>
    </message>
    <message>
        <source>Accept case %1?</source>
        <translation>Accept case %1?</translation>
    </message>
    <message>
        <source>Ask for the missing materials of case %1? The time limit stops until they are all in.</source>
        <translation>Ask for the missing materials of case %1? The time limit stops until they are all in.</translation>
    </message>
    <message>
        <source>All materials of case %1 are in; the time limit runs again.</source>
        <translation>All materials of case %1 are in; the time limit runs again.</translation>
    </message>
    <message>
        <source>Record as received for case %1: %2. The time limit runs again.</source>
        <extracomment>%2: the material names, separated by the list separator</extracomment>
        <translation>Record as received for case %1: %2. The time limit runs again.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Do not accept case %1. Why not?</source>
        <translation>Do not accept case %1. Why not?</translation>
    </message>
    <message>
        <source>Complete case %1 with this outcome:</source>
        <translation>Complete case %1 with this outcome:</translation>
    </message>
    <message>
        <source>Withdraw case %1 at the applicant&apos;s request. Reason (optional):</source>
        <translation>Withdraw case %1 at the applicant&apos;s request. Reason (optional):</translation>
    </message>
    <message>
        <source>Revoke case %1. Why?</source>
        <translation>Revoke case %1. Why?</translation>
    </message>
    <message>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>Confirm (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>halldesk::CaseFactsForm</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Service items</source>
        <translation>Service items</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Window / staff</source>
        <translation>Window / staff</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Verification due</source>
        <translation>Verification due</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Clock stopped (materials)</source>
        <translation>Clock stopped (materials)</translation>
    </message>
</context>
<context>
    <name>halldesk::CaseListPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>The hall server cannot be reached. These are only the cases taken at this terminal.</source>
        <translation>The hall server cannot be reached. These are only the cases taken at this terminal.</translation>
    </message>
    <message>
        <source>The list could not be read: %1 Shown are only the cases taken at this terminal.</source>
        <translation>The list could not be read: %1 Shown are only the cases taken at this terminal.</translation>
    </message>
    <message>
        <source>Reading the cases…</source>
        <translation>Reading the cases…</translation>
    </message>
    <message>
        <source>No cases taken today yet.</source>
        <translation>No cases taken today yet.</translation>
    </message>
    <message>
        <source>You have no cases yet.</source>
        <translation>You have no cases yet.</translation>
    </message>
    <message>
        <source>No case is due in the next three working days.</source>
        <translation>No case is due in the next three working days.</translation>
    </message>
    <message>
        <source>No case is overdue.</source>
        <translation>No case is overdue.</translation>
    </message>
</context>
<context>
    <name>halldesk::CaseViewDialog</name>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Re&amp;print notice</source>
        <translation>Re&amp;print notice</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Reading the case…</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The hall server refused this case: %1
The application must be taken again.</source>
        <translation>The hall server refused this case: %1
The application must be taken again.</translation>
    </message>
    <message>
        <source>This case has not reached the hall server yet; it is sent when the connection allows. Steps and history follow once it is there.</source>
        <translation>This case has not reached the hall server yet; it is sent when the connection allows. Steps and history follow once it is there.</translation>
    </message>
    <message>
        <source>The case could not be read from the hall server (%1). Shown is this terminal&apos;s record, without history.</source>
        <translation>The case could not be read from the hall server (%1). Shown is this terminal&apos;s record, without history.</translation>
    </message>
    <message>
        <source>The case could not be read: %1</source>
        <translation>The case could not be read: %1</translation>
    </message>
    <message>
        <source>The step was refused: %1</source>
        <translation>The step was refused: %1</translation>
    </message>
    <message>
        <source>Case %1 · %2</source>
        <translation>Case %1 · %2</translation>
    </message>
    <message>
        <source>Sent; waiting for the hall server.</source>
        <translation>Sent; waiting for the hall server.</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Scanned, waiting to upload</source>
        <translation>Scanned, waiting to upload</translation>
    </message>
    <message>
        <source>Scanned, on the server</source>
        <translation>Scanned, on the server</translation>
    </message>
    <message>
        <source>Scanned, refused by the server</source>
        <translation>Scanned, refused by the server</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
</context>
<context>
    <name>halldesk::ConnectionIndicator</name>
    <message>
        <source>● Connected</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <source>● Synchronising…</source>
        <translation>● Synchronising…</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Connecting…</translation>
    </message>
    <message>
        <source>● Offline: reconnecting by itself</source>
        <translation>● Offline: reconnecting by itself</translation>
    </message>
    <message numerus="yes">
        <source>(%n change(s) waiting to be sent)</source>
        <translation>
            <numerusform>(%n change(s) waiting to be sent)</numerusform>
            <numerusform>(%n change(s) waiting to be sent)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::CounterActions</name>
    <message>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Call the next citizen in line.</source>
        <translation>Call the next citizen in line.</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Call the current ticket again; after the recall limit it becomes a no-show.</source>
        <translation>Call the current ticket again; after the recall limit it becomes a no-show.</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>The citizen did not come: mark the ticket as missed.</source>
        <translation>The citizen did not come: mark the ticket as missed.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Put the ticket aside (the citizen fetches a document) and serve the next.</source>
        <translation>Put the ticket aside (the citizen fetches a document) and serve the next.</translation>
    </message>
    <message>
        <source>Resume held</source>
        <translation>Resume held</translation>
    </message>
    <message>
        <source>Serve a held ticket again.</source>
        <translation>Serve a held ticket again.</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Send the citizen to another service or window.</source>
        <translation>Send the citizen to another service or window.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>The service is done.</source>
        <translation>The service is done.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Take a break, or resume service after one.</source>
        <translation>Take a break, or resume service after one.</translation>
    </message>
    <message>
        <source>Missed ticket back</source>
        <translation>Missed ticket back</translation>
    </message>
    <message>
        <source>A citizen who missed the call came back: put the ticket back in line.</source>
        <translation>A citizen who missed the call came back: put the ticket back in line.</translation>
    </message>
    <message>
        <source>Call a number</source>
        <translation>Call a number</translation>
    </message>
    <message>
        <source>Call a particular ticket out of order.</source>
        <translation>Call a particular ticket out of order.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>End work at this window.</source>
        <translation>End work at this window.</translation>
    </message>
    <message>
        <source>Resume service</source>
        <translation>Resume service</translation>
    </message>
    <message>
        <source>Ask for rating</source>
        <translation>Ask for rating</translation>
    </message>
    <message>
        <source>Ask the citizen to rate this service on the pad now, before finishing.</source>
        <translation>Ask the citizen to rate this service on the pad now, before finishing.</translation>
    </message>
</context>
<context>
    <name>halldesk::CounterMainWindow</name>
    <message>
        <source>HallDesk counter — window %1</source>
        <translation>HallDesk counter — window %1</translation>
    </message>
    <message>
        <source>Connected to the hall server.</source>
        <translation>Connected to the hall server.</translation>
    </message>
    <message>
        <source>Not connected to the hall server yet.</source>
        <translation>Not connected to the hall server yet.</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Choose the held ticket to resume in the list.</source>
        <translation>Choose the held ticket to resume in the list.</translation>
    </message>
    <message>
        <source>Choose the missed ticket in the list.</source>
        <translation>Choose the missed ticket in the list.</translation>
    </message>
    <message>
        <source>Call a number</source>
        <translation>Call a number</translation>
    </message>
    <message>
        <source>Ticket number, for example A023:</source>
        <translation>Ticket number, for example A023:</translation>
    </message>
    <message>
        <source>The new connection settings take effect when the counter program is started again.</source>
        <translation>The new connection settings take effect when the counter program is started again.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>The hall server cannot be reached. Calling needs it; finishing, holding, transferring and pausing are kept on this computer and sent when the connection is back.</source>
        <translation>The hall server cannot be reached. Calling needs it; finishing, holding, transferring and pausing are kept on this computer and sent when the connection is back.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>Waiting line (Alt+1)</source>
        <translation>Waiting line (Alt+1)</translation>
    </message>
    <message>
        <source>Cases (Alt+2)</source>
        <translation>Cases (Alt+2)</translation>
    </message>
    <message>
        <source>Show the waiting line</source>
        <translation>Show the waiting line</translation>
    </message>
    <message>
        <source>Show the window&apos;s cases</source>
        <translation>Show the window&apos;s cases</translation>
    </message>
</context>
<context>
    <name>halldesk::CounterSettingsDialog</name>
    <message>
        <source>Counter Settings</source>
        <translation>Counter Settings</translation>
    </message>
    <message>
        <source>&amp;Announce calls by voice</source>
        <translation>&amp;Announce calls by voice</translation>
    </message>
    <message>
        <source>Speech rate</source>
        <translation>Speech rate</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>&amp;Test voice</source>
        <translation>&amp;Test voice</translation>
    </message>
    <message>
        <source>Voice announcements</source>
        <translation>Voice announcements</translation>
    </message>
    <message>
        <source>Speech &amp;rate:</source>
        <translation>Speech &amp;rate:</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>&amp;Change connection settings…</source>
        <translation>&amp;Change connection settings…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Hall server:</source>
        <translation>Hall server:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valid until %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>halldesk::CounterWorkstation</name>
    <message>
        <source>Number A001, please come to window %1.</source>
        <translation>Number A001, please come to window %1.</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>Voice off</translation>
    </message>
    <message>
        <source>Voice starting…</source>
        <translation>Voice starting…</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Voice on</translation>
    </message>
    <message>
        <source>Voice unavailable</source>
        <translation>Voice unavailable</translation>
    </message>
    <message>
        <source>Case %1 is stored on the hall server.</source>
        <translation>Case %1 is stored on the hall server.</translation>
    </message>
    <message>
        <source>The hall server refused case %1: %2</source>
        <translation>The hall server refused case %1: %2</translation>
    </message>
    <message>
        <source>The step on case %1 was refused: %2</source>
        <translation>The step on case %1 was refused: %2</translation>
    </message>
</context>
<context>
    <name>halldesk::CurrentTicketPanel</name>
    <message>
        <source>Now serving</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message numerus="yes">
        <source>Recalled %n time(s)</source>
        <translation>
            <numerusform>Recalled %n time(s)</numerusform>
            <numerusform>Recalled %n time(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Nobody is signed in at this window.</source>
        <translation>Nobody is signed in at this window.</translation>
    </message>
    <message>
        <source>Paused. Press F8 to resume service.</source>
        <translation>Paused. Press F8 to resume service.</translation>
    </message>
    <message>
        <source>Paused (%1). Press F8 to resume service.</source>
        <translation>Paused (%1). Press F8 to resume service.</translation>
    </message>
    <message>
        <source>Free. Press F1 to call the next citizen.</source>
        <translation>Free. Press F1 to call the next citizen.</translation>
    </message>
    <message>
        <source>Waited %1 · In service %2</source>
        <translation>Waited %1 · In service %2</translation>
    </message>
</context>
<context>
    <name>halldesk::DecisionPage</name>
    <message>
        <source>Reuse (Ctrl+R)</source>
        <translation>Reuse (Ctrl+R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Materials&lt;/b&gt;</source>
        <translation>&lt;b&gt;Materials&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Decision&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Looking up the applicant&apos;s earlier cases…</source>
        <translation>Looking up the applicant&apos;s earlier cases…</translation>
    </message>
    <message>
        <source>Earlier cases could not be looked up: %1</source>
        <translation>Earlier cases could not be looked up: %1</translation>
    </message>
    <message>
        <source>No documents from earlier cases of this applicant.</source>
        <translation>No documents from earlier cases of this applicant.</translation>
    </message>
    <message>
        <source>Nothing still missing was handed in with an earlier case.</source>
        <translation>Nothing still missing was handed in with an earlier case.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n page(s))</source>
        <extracomment>A document from an earlier case: 居民身份证（20261120-0003-0002，2页）</extracomment>
        <translation>
            <numerusform>%1 (%2, %n page(s))</numerusform>
            <numerusform>%1 (%2, %n page(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed in with earlier cases: %1. Check that they still serve, then take them again with Ctrl+R.</source>
        <translation>Handed in with earlier cases: %1. Check that they still serve, then take them again with Ctrl+R.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Scan this material (F6)</source>
        <translation>Scan this material (F6)</translation>
    </message>
</context>
<context>
    <name>halldesk::DecisionPanel</name>
    <message>
        <source>What the decision means</source>
        <translation>What the decision means</translation>
    </message>
    <message>
        <source>%1 is not possible: %2</source>
        <extracomment>A decision the rules refuse, and why, e.g. 即办：…不是即办件。</extracomment>
        <translation>%1 is not possible: %2</translation>
    </message>
    <message>
        <source>%1 is no longer possible: %2</source>
        <translation>%1 is no longer possible: %2</translation>
    </message>
    <message>
        <source>&amp;Reason for not accepting (required):</source>
        <translation>&amp;Reason for not accepting (required):</translation>
    </message>
    <message>
        <source>&amp;Remarks (optional):</source>
        <translation>&amp;Remarks (optional):</translation>
    </message>
    <message>
        <source>e.g. not within this department&apos;s remit</source>
        <translation>e.g. not within this department&apos;s remit</translation>
    </message>
    <message>
        <source>Choose a decision: Ctrl+1 to Ctrl+5.</source>
        <translation>Choose a decision: Ctrl+1 to Ctrl+5.</translation>
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
        <translation>18-digit ID number</translation>
    </message>
    <message>
        <source>18-character credit code</source>
        <translation>18-character credit code</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <source>The chosen items have no application form to fill in.</source>
        <translation>The chosen items have no application form to fill in.</translation>
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
        <translation>Take an application</translation>
    </message>
    <message>
        <source>Take an application: ticket %1</source>
        <translation>Take an application: ticket %1</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <source>Next (Ctrl+Enter)</source>
        <translation>Next (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>Confirm (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Applicant&lt;/b&gt;</source>
        <translation>&lt;b&gt;Applicant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Application form&lt;/b&gt;</source>
        <translation>&lt;b&gt;Application form&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose at least one item: type to search, Enter adds.</source>
        <translation>Choose at least one item: type to search, Enter adds.</translation>
    </message>
    <message>
        <source>The applicant is not complete or not valid.</source>
        <translation>The applicant is not complete or not valid.</translation>
    </message>
    <message>
        <source>The application form is not complete or not valid.</source>
        <translation>The application form is not complete or not valid.</translation>
    </message>
    <message>
        <source>1 Items</source>
        <translation>1 Items</translation>
    </message>
    <message>
        <source>2 Applicant and form</source>
        <translation>2 Applicant and form</translation>
    </message>
    <message>
        <source>3 Materials and decision</source>
        <translation>3 Materials and decision</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Choose a decision (Ctrl+1 to Ctrl+5) and give a reason where one is asked for.</source>
        <translation>Choose a decision (Ctrl+1 to Ctrl+5) and give a reason where one is asked for.</translation>
    </message>
    <message>
        <source>Discard this application? What was typed is lost.</source>
        <translation>Discard this application? What was typed is lost.</translation>
    </message>
</context>
<context>
    <name>halldesk::IntakeLauncher</name>
    <message>
        <source>Take application</source>
        <translation>Take application</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Call a ticket first: an application is taken for the citizen being served.</source>
        <translation>Call a ticket first: an application is taken for the citizen being served.</translation>
    </message>
    <message>
        <source>This terminal has no service catalogue yet: it arrives with the first connection to the hall server.</source>
        <translation>This terminal has no service catalogue yet: it arrives with the first connection to the hall server.</translation>
    </message>
    <message>
        <source>Take the citizen&apos;s application for one or more items.</source>
        <translation>Take the citizen&apos;s application for one or more items.</translation>
    </message>
    <message>
        <source>No case number could be given out: the terminal store cannot be written.</source>
        <translation>No case number could be given out: the terminal store cannot be written.</translation>
    </message>
    <message>
        <source>Print notice</source>
        <translation>Print notice</translation>
    </message>
</context>
<context>
    <name>halldesk::IntakeScanLauncher</name>
    <message>
        <source>Scanning is not set up on this counter.</source>
        <translation>Scanning is not set up on this counter.</translation>
    </message>
    <message>
        <source>Choose the material to scan in the list first.</source>
        <translation>Choose the material to scan in the list first.</translation>
    </message>
    <message>
        <source>Scanning cannot start: this computer&apos;s disk refused the scan&apos;s folder.</source>
        <translation>Scanning cannot start: this computer&apos;s disk refused the scan&apos;s folder.</translation>
    </message>
</context>
<context>
    <name>halldesk::ItemPicker</name>
    <message>
        <source>On the spot</source>
        <translation>On the spot</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day(s)</numerusform>
            <numerusform>%n working day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Code, name or pinyin initials (e.g. yyzz)</source>
        <translation>Code, name or pinyin initials (e.g. yyzz)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Enter adds the selected item, Delete in the list below removes it.</source>
        <translation>Enter adds the selected item, Delete in the list below removes it.</translation>
    </message>
    <message>
        <source>&amp;Chosen items</source>
        <translation>&amp;Chosen items</translation>
    </message>
    <message>
        <source>&amp;Search the catalogue</source>
        <translation>&amp;Search the catalogue</translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation>Situation: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bundle of %n item(s)</source>
        <translation>
            <numerusform>Bundle of %n item(s)</numerusform>
            <numerusform>Bundle of %n item(s)</numerusform>
        </translation>
    </message>
    <message>
        <source> (situation: %1)</source>
        <translation> (situation: %1)</translation>
    </message>
</context>
<context>
    <name>halldesk::MaterialChecklistView</name>
    <message>
        <source>Materials checklist</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <source>Materials summary</source>
        <translation>Materials summary</translation>
    </message>
    <message>
        <source>Space: received / missing / later · digits: pages · Ctrl+A: all received</source>
        <translation>Space: received / missing / later · digits: pages · Ctrl+A: all received</translation>
    </message>
    <message>
        <source>Received %1 · Missing %2 · Waived %3</source>
        <extracomment>Counts of the materials checklist, e.g. 已收 5 · 缺 2 · 容缺 1</extracomment>
        <translation>Received %1 · Missing %2 · Waived %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>halldesk::PauseDialog</name>
    <message>
        <source>Pause Service</source>
        <translation>Pause Service</translation>
    </message>
    <message>
        <source>Why is the window pausing?</source>
        <translation>Why is the window pausing?</translation>
    </message>
    <message>
        <source>Describe the reason (required for Other)</source>
        <translation>Describe the reason (required for Other)</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Stepping away</source>
        <translation>Stepping away</translation>
    </message>
    <message>
        <source>Business training</source>
        <translation>Business training</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Choose a reason for the break (keys 1–5).</source>
        <translation>Choose a reason for the break (keys 1–5).</translation>
    </message>
    <message>
        <source>Describe the reason for the break.</source>
        <translation>Describe the reason for the break.</translation>
    </message>
</context>
<context>
    <name>halldesk::ScanDialog</name>
    <message>
        <source>Scan (F5)</source>
        <translation>Scan (F5)</translation>
    </message>
    <message>
        <source>Stop scanning (Esc)</source>
        <translation>Stop scanning (Esc)</translation>
    </message>
    <message>
        <source>Save material (Ctrl+Enter)</source>
        <translation>Save material (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Scan material</source>
        <translation>Scan material</translation>
    </message>
    <message>
        <source>Scanning: %1</source>
        <translation>Scanning: %1</translation>
    </message>
    <message>
        <source>Import files… (F5)</source>
        <translation>Import files… (F5)</translation>
    </message>
    <message>
        <source>Capture (F5)</source>
        <translation>Capture (F5)</translation>
    </message>
    <message>
        <source>No scanner is ready. Connect one and press &quot;Find scanners&quot;, or import files.</source>
        <translation>No scanner is ready. Connect one and press &quot;Find scanners&quot;, or import files.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <source>%1
The pages already scanned are kept.</source>
        <translation>%1
The pages already scanned are kept.</translation>
    </message>
    <message>
        <source>There are no pages to save yet. Press F5 to scan.</source>
        <translation>There are no pages to save yet. Press F5 to scan.</translation>
    </message>
    <message>
        <source>Discard the scanned pages?</source>
        <translation>Discard the scanned pages?</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) of this material have not been saved. Discard them?</source>
        <translation>
            <numerusform>%n scanned page(s) of this material have not been saved. Discard them?</numerusform>
            <numerusform>%n scanned page(s) of this material have not been saved. Discard them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages required: %1    Pages scanned: %2</source>
        <translation>Pages required: %1    Pages scanned: %2</translation>
    </message>
    <message>
        <source>Pages scanned: %1</source>
        <translation>Pages scanned: %1</translation>
    </message>
    <message>
        <source>The saved scan of this material could not be opened: %1
The scan view starts empty; the saved scan stays as it was until a new one is saved.</source>
        <translation>The saved scan of this material could not be opened: %1
The scan view starts empty; the saved scan stays as it was until a new one is saved.</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <source>The changes to this material&apos;s pages have not been saved. Discard them? The scan saved before stays as it was.</source>
        <translation>The changes to this material&apos;s pages have not been saved. Discard them? The scan saved before stays as it was.</translation>
    </message>
    <message>
        <source>Opening the saved pages…</source>
        <translation>Opening the saved pages…</translation>
    </message>
</context>
<context>
    <name>halldesk::ScanPagesPanel</name>
    <message>
        <source>Scanned pages</source>
        <translation>Scanned pages</translation>
    </message>
    <message>
        <source>No pages yet.
Press F5 to scan, or choose &quot;Import files&quot; as the source.</source>
        <translation>No pages yet.
Press F5 to scan, or choose &quot;Import files&quot; as the source.</translation>
    </message>
    <message>
        <source>Turn left (Ctrl+L)</source>
        <translation>Turn left (Ctrl+L)</translation>
    </message>
    <message>
        <source>Turn right (Ctrl+R)</source>
        <translation>Turn right (Ctrl+R)</translation>
    </message>
    <message>
        <source>Move earlier (Ctrl+←)</source>
        <translation>Move earlier (Ctrl+←)</translation>
    </message>
    <message>
        <source>Move later (Ctrl+→)</source>
        <translation>Move later (Ctrl+→)</translation>
    </message>
    <message>
        <source>Delete page (Del)</source>
        <translation>Delete page (Del)</translation>
    </message>
    <message>
        <source>Rescan page (Shift+F5)</source>
        <translation>Rescan page (Shift+F5)</translation>
    </message>
</context>
<context>
    <name>halldesk::ScanSettingsPanel</name>
    <message>
        <source>Find scanners</source>
        <translation>Find scanners</translation>
    </message>
    <message>
        <source>S&amp;traighten skewed pages</source>
        <translation>S&amp;traighten skewed pages</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Camera preview</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <source>Flatbed</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <source>Document feeder</source>
        <translation>Document feeder</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <source>No scanner found</source>
        <translation>No scanner found</translation>
    </message>
    <message>
        <source>Scanner: %1 %2</source>
        <translation>Scanner: %1 %2</translation>
    </message>
    <message>
        <source>Document camera: %1</source>
        <translation>Document camera: %1</translation>
    </message>
    <message>
        <source>Import files (images, PDF)…</source>
        <translation>Import files (images, PDF)…</translation>
    </message>
</context>
<context>
    <name>halldesk::ScanStatusRow</name>
    <message>
        <source>Saving the material…</source>
        <translation>Saving the material…</translation>
    </message>
    <message>
        <source>Scanning page %1…</source>
        <translation>Scanning page %1…</translation>
    </message>
    <message>
        <source>Starting the scan…</source>
        <translation>Starting the scan…</translation>
    </message>
    <message numerus="yes">
        <source>Processing %n page(s)…</source>
        <translation>
            <numerusform>Processing %n page(s)…</numerusform>
            <numerusform>Processing %n page(s)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Looking for scanners…</translation>
    </message>
</context>
<context>
    <name>halldesk::ScanUploadIndicator</name>
    <message>
        <source>A scanned material was refused by the server: %1</source>
        <translation>A scanned material was refused by the server: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned material(s) waiting for the server; retrying by itself</source>
        <translation>
            <numerusform>%n scanned material(s) waiting for the server; retrying by itself</numerusform>
            <numerusform>%n scanned material(s) waiting for the server; retrying by itself</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n scanned material(s): %1 % of the current one</source>
        <translation>
            <numerusform>Uploading %n scanned material(s): %1 % of the current one</numerusform>
            <numerusform>Uploading %n scanned material(s): %1 % of the current one</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1, material %2</source>
        <translation>Case %1, material %2</translation>
    </message>
</context>
<context>
    <name>halldesk::SideTicketsPanel</name>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Back in line</source>
        <translation>Back in line</translation>
    </message>
    <message>
        <source>Tickets on hold</source>
        <translation>Tickets on hold</translation>
    </message>
    <message>
        <source>Missed tickets</source>
        <translation>Missed tickets</translation>
    </message>
    <message numerus="yes">
        <source>On hold: %n</source>
        <translation>
            <numerusform>On hold: %n</numerusform>
            <numerusform>On hold: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  back to the queue in %3</source>
        <translation>%1  %2  back to the queue in %3</translation>
    </message>
    <message>
        <source>%1  %2  may come back for %3</source>
        <translation>%1  %2  may come back for %3</translation>
    </message>
    <message numerus="yes">
        <source>Missed: %n</source>
        <translation>
            <numerusform>Missed: %n</numerusform>
            <numerusform>Missed: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::SignInDialog</name>
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
        <source>&amp;Staff number:</source>
        <translation>&amp;Staff number:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Sign &amp;in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>Enter your staff number.</source>
        <translation>Enter your staff number.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
</context>
<context>
    <name>halldesk::TerminalSetupDialog</name>
    <message>
        <source>Terminal Setup</source>
        <translation>Terminal Setup</translation>
    </message>
    <message>
        <source>Enter the hall server&apos;s address, the number of the window this terminal stands at, and the certificate files the hall&apos;s administrator issued for it.</source>
        <translation>Enter the hall server&apos;s address, the number of the window this terminal stands at, and the certificate files the hall&apos;s administrator issued for it.</translation>
    </message>
    <message>
        <source>host:port, for example 10.1.2.3:7443</source>
        <translation>host:port, for example 10.1.2.3:7443</translation>
    </message>
    <message>
        <source>Hall &amp;server:</source>
        <translation>Hall &amp;server:</translation>
    </message>
    <message>
        <source>&amp;Window number:</source>
        <translation>&amp;Window number:</translation>
    </message>
    <message>
        <source>Hall &amp;CA certificate:</source>
        <translation>Hall &amp;CA certificate:</translation>
    </message>
    <message>
        <source>Terminal ce&amp;rtificate:</source>
        <translation>Terminal ce&amp;rtificate:</translation>
    </message>
    <message>
        <source>Terminal &amp;key:</source>
        <translation>Terminal &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PEM file</source>
        <translation>PEM file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Browse for %1</translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem);;All files (*)</source>
        <translation>Private keys (*.key *.pem);;All files (*)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Choose a File</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>This file does not exist.</translation>
    </message>
    <message>
        <source>This file cannot be read.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <source>This is not a PEM private key.</source>
        <translation>This is not a PEM private key.</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Private key</translation>
    </message>
    <message>
        <source>This is not a PEM certificate.</source>
        <translation>This is not a PEM certificate.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>%1, expired on %2</source>
        <translation>%1, expired on %2</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valid until %2</translation>
    </message>
    <message>
        <source>The certificate in %1 is not a counter terminal&apos;s certificate.</source>
        <translation>The certificate in %1 is not a counter terminal&apos;s certificate.</translation>
    </message>
    <message>
        <source>The certificate in %1 is for window %2, not for window %3.</source>
        <translation>The certificate in %1 is for window %2, not for window %3.</translation>
    </message>
</context>
<context>
    <name>halldesk::TransferDialog</name>
    <message>
        <source>Transfer Ticket</source>
        <translation>Transfer Ticket</translation>
    </message>
    <message>
        <source>Transfer ticket %1, now in %2 (%3).</source>
        <translation>Transfer ticket %1, now in %2 (%3).</translation>
    </message>
    <message>
        <source>Type to filter by name or code</source>
        <translation>Type to filter by name or code</translation>
    </message>
    <message>
        <source>Target queue</source>
        <translation>Target queue</translation>
    </message>
    <message>
        <source>Target window</source>
        <translation>Target window</translation>
    </message>
    <message>
        <source>Optional note for the next clerk, e.g. documents pre-checked</source>
        <translation>Optional note for the next clerk, e.g. documents pre-checked</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Queue:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Keep the current queue</source>
        <translation>Keep the current queue</translation>
    </message>
    <message>
        <source>[current queue]</source>
        <translation>[current queue]</translation>
    </message>
    <message>
        <source>Other queues</source>
        <translation>Other queues</translation>
    </message>
    <message>
        <source>Any window of the queue</source>
        <translation>Any window of the queue</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>[this window]</source>
        <translation>[this window]</translation>
    </message>
    <message>
        <source>Choose another queue, a window, or both.</source>
        <translation>Choose another queue, a window, or both.</translation>
    </message>
    <message>
        <source>The ticket is already in this queue. Choose another queue, or a window.</source>
        <translation>The ticket is already in this queue. Choose another queue, or a window.</translation>
    </message>
    <message>
        <source>The ticket cannot be transferred to this window itself.</source>
        <translation>The ticket cannot be transferred to this window itself.</translation>
    </message>
    <message>
        <source>No queue matches “%1”.</source>
        <translation>No queue matches “%1”.</translation>
    </message>
</context>
<context>
    <name>halldesk::WaitingListPanel</name>
    <message>
        <source>Waiting list</source>
        <translation>Waiting list</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for this window: %n</source>
        <translation>
            <numerusform>Waiting for this window: %n</numerusform>
            <numerusform>Waiting for this window: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waiting</source>
        <translation>
            <numerusform>%1: %n waiting</numerusform>
            <numerusform>%1: %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>longest %1</source>
        <translation>longest %1</translation>
    </message>
    <message numerus="yes">
        <source>Transferred to this window: %n</source>
        <translation>
            <numerusform>Transferred to this window: %n</numerusform>
            <numerusform>Transferred to this window: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::WindowHeader</name>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>Clerk: %1 (%2)</source>
        <translation>Clerk: %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Nobody signed in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Served today: 0</source>
        <translation>Served today: 0</translation>
    </message>
    <message>
        <source>Served today: %1 · average %2</source>
        <translation>Served today: %1 · average %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HallDesk counter</source>
        <translation>HallDesk counter</translation>
    </message>
</context>
</TS>
