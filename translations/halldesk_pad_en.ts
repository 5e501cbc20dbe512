<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PadOptions</name>
    <message>
        <source>HallDesk evaluator pad</source>
        <translation>HallDesk evaluator pad</translation>
    </message>
    <message>
        <source>HallDesk evaluator pad: the screen facing the citizen at a service window, where each service is rated. Ratings given while the hall server is out of reach are kept and delivered later, once.</source>
        <translation>HallDesk evaluator pad: the screen facing the citizen at a service window, where each service is rated. Ratings given while the hall server is out of reach are kept and delivered later, once.</translation>
    </message>
    <message>
        <source>Start (or join) the local demo hall server and show the pad of window 1.</source>
        <translation>Start (or join) the local demo hall server and show the pad of window 1.</translation>
    </message>
    <message>
        <source>With --demo: the window of the pad (default 1).</source>
        <translation>With --demo: the window of the pad (default 1).</translation>
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
        <source>The pad&apos;s terminal store: ratings not yet delivered.</source>
        <translation>The pad&apos;s terminal store: ratings not yet delivered.</translation>
    </message>
    <message>
        <source>Show the pad in a window instead of full screen (for development).</source>
        <translation>Show the pad in a window instead of full screen (for development).</translation>
    </message>
</context>
<context>
    <name>halldesk::LevelBadge</name>
    <message>
        <source>Your rating: %1</source>
        <translation>Your rating: %1</translation>
    </message>
    <message>
        <source>Your rating:</source>
        <translation>Your rating:</translation>
    </message>
</context>
<context>
    <name>halldesk::PadIdlePage</name>
    <message>
        <source>Responsible from the first question · Everything you need told at once · Finished within the promised time · Courteous service</source>
        <translation>Responsible from the first question · Everything you need told at once · Finished within the promised time · Courteous service</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>Staff number: %1</source>
        <translation>Staff number: %1</translation>
    </message>
    <message>
        <source>No one is serving at this window now</source>
        <translation>No one is serving at this window now</translation>
    </message>
    <message>
        <source>Please go to another window. Thank you.</source>
        <translation>Please go to another window. Thank you.</translation>
    </message>
    <message>
        <source>Service paused, back soon</source>
        <translation>Service paused, back soon</translation>
    </message>
    <message>
        <source>Now serving number %1</source>
        <translation>Now serving number %1</translation>
    </message>
    <message>
        <source>Welcome! Please wait for your number to be called.</source>
        <translation>Welcome! Please wait for your number to be called.</translation>
    </message>
    <message>
        <source>Our service commitment: %1</source>
        <translation>Our service commitment: %1</translation>
    </message>
</context>
<context>
    <name>halldesk::PadRatingPage</name>
    <message>
        <source>Please rate this service</source>
        <translation>Please rate this service</translation>
    </message>
    <message>
        <source>Your number: %1</source>
        <translation>Your number: %1</translation>
    </message>
    <message>
        <source>Handled for you:</source>
        <translation>Handled for you:</translation>
    </message>
    <message numerus="yes">
        <source>and %n more item(s)</source>
        <translation>
            <numerusform>and %n more item(s)</numerusform>
            <numerusform>and %n more item(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second(s) left</numerusform>
            <numerusform>%n second(s) left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::PadReasonsPage</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second(s) left</numerusform>
            <numerusform>%n second(s) left</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose why you are dissatisfied</source>
        <translation>Please choose why you are dissatisfied</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Other comments (optional)</source>
        <translation>Other comments (optional)</translation>
    </message>
    <message>
        <source>Tick at least one reason, then press Submit.</source>
        <translation>Tick at least one reason, then press Submit.</translation>
    </message>
</context>
<context>
    <name>halldesk::PadStatusBar</name>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>%1 · %2 (staff number %3)</source>
        <translation>%1 · %2 (staff number %3)</translation>
    </message>
    <message>
        <source>● Offline: ratings are sent later</source>
        <translation>● Offline: ratings are sent later</translation>
    </message>
</context>
<context>
    <name>halldesk::PadThanksPage</name>
    <message>
        <source>Thank you for your rating!</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <source>We have noted your opinion and will do better.</source>
        <translation>We have noted your opinion and will do better.</translation>
    </message>
    <message>
        <source>Welcome back any time.</source>
        <translation>Welcome back any time.</translation>
    </message>
</context>
</TS>
