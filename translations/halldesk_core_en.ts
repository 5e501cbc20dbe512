<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdminLogWording</name>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>New area</source>
        <translation>New area</translation>
    </message>
    <message>
        <source>Area changed</source>
        <translation>Area changed</translation>
    </message>
    <message>
        <source>New queue</source>
        <translation>New queue</translation>
    </message>
    <message>
        <source>Queue changed</source>
        <translation>Queue changed</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>New window</translation>
    </message>
    <message>
        <source>Window changed</source>
        <translation>Window changed</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation>Staff member changed</translation>
    </message>
    <message>
        <source>Temporary password set</source>
        <translation>Temporary password set</translation>
    </message>
    <message>
        <source>Priority groups switched</source>
        <translation>Priority groups switched</translation>
    </message>
    <message>
        <source>Alert thresholds set</source>
        <translation>Alert thresholds set</translation>
    </message>
    <message>
        <source>Holiday year stored</source>
        <translation>Holiday year stored</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>Area %1</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Queue %1</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Staff member %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>Ticket letter %1</source>
        <translation>Ticket letter %1</translation>
    </message>
    <message>
        <source>Prefix %1</source>
        <translation>Prefix %1</translation>
    </message>
    <message numerus="yes">
        <source>Initial service time %n s</source>
        <translation>
            <numerusform>Initial service time %n s</numerusform>
            <numerusform>Initial service time %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock-out cleared; their sessions ended</source>
        <translation>Lock-out cleared; their sessions ended</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>may sign in</source>
        <translation>may sign in</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>May sign in</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (weight %2)</translation>
    </message>
    <message>
        <source>Queues: %1</source>
        <translation>Queues: %1</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 on</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 off</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message numerus="yes">
        <source>Long wait %n min</source>
        <translation>
            <numerusform>Long wait %n min</numerusform>
            <numerusform>Long wait %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle with people waiting %n min</source>
        <translation>
            <numerusform>Idle with people waiting %n min</numerusform>
            <numerusform>Idle with people waiting %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long service %n min</source>
        <translation>
            <numerusform>Long service %n min</numerusform>
            <numerusform>Long service %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline %n min</source>
        <translation>
            <numerusform>Offline %n min</numerusform>
            <numerusform>Offline %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Bad ratings %1</source>
        <translation>Bad ratings %1</translation>
    </message>
    <message>
        <source>Overdue follow-ups %1</source>
        <translation>Overdue follow-ups %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Whole hall</source>
        <translation>Whole hall</translation>
    </message>
    <message>
        <source>Days off and make-up working days of the year, in force at once</source>
        <translation>Days off and make-up working days of the year, in force at once</translation>
    </message>
</context>
<context>
    <name>Announcement</name>
    <message>
        <source>Number %1, please come to window %2.</source>
        <translation>Number %1, please come to window %2.</translation>
    </message>
</context>
<context>
    <name>ApplicantValidator</name>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>A name has 2 to %1 characters.</source>
        <translation>A name has 2 to %1 characters.</translation>
    </message>
    <message>
        <source>A name has no digits or punctuation.</source>
        <translation>A name has no digits or punctuation.</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>An organisation&apos;s name has 2 to %1 characters.</source>
        <translation>An organisation&apos;s name has 2 to %1 characters.</translation>
    </message>
</context>
<context>
    <name>AppointmentImport</name>
    <message>
        <source>The appointments file %1 cannot be read: %2</source>
        <translation>The appointments file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>the code must have 4 to 32 letters A-Z or digits: %1</source>
        <translation>the code must have 4 to 32 letters A-Z or digits: %1</translation>
    </message>
    <message>
        <source>the hall has no queue %1</source>
        <translation>the hall has no queue %1</translation>
    </message>
    <message>
        <source>the date must be yyyy-MM-dd: %1</source>
        <translation>the date must be yyyy-MM-dd: %1</translation>
    </message>
    <message>
        <source>the start time must be HH:mm: %1</source>
        <translation>the start time must be HH:mm: %1</translation>
    </message>
    <message>
        <source>the end time must be HH:mm: %1</source>
        <translation>the end time must be HH:mm: %1</translation>
    </message>
    <message>
        <source>the end time must be after the start time</source>
        <translation>the end time must be after the start time</translation>
    </message>
    <message>
        <source>the resident ID is not valid (%1)</source>
        <translation>the resident ID is not valid (%1)</translation>
    </message>
    <message>
        <source>Line 1: the header must be code,queue,date,start,end or code,queue,date,start,end,residentId</source>
        <translation>Line 1: the header must be code,queue,date,start,end or code,queue,date,start,end,residentId</translation>
    </message>
    <message>
        <source>The hall database could not be read. Nothing was imported.</source>
        <translation>The hall database could not be read. Nothing was imported.</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>expected %1 fields, found %2</translation>
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation>the code %1 is already on line %2</translation>
    </message>
    <message>
        <source>the code %1 is already booked with other details</source>
        <translation>the code %1 is already booked with other details</translation>
    </message>
    <message>
        <source>The appointments could not be stored. Nothing was imported.</source>
        <translation>The appointments could not be stored. Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>CaseEvent</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Materials requested</source>
        <translation>Materials requested</translation>
    </message>
    <message>
        <source>Materials complete</source>
        <translation>Materials complete</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
</context>
<context>
    <name>CaseLifecycle</name>
    <message>
        <source>A completed case needs its outcome.</source>
        <translation>A completed case needs its outcome.</translation>
    </message>
    <message>
        <source>Only a completion has an outcome.</source>
        <translation>Only a completion has an outcome.</translation>
    </message>
    <message>
        <source>This case is %1; that step is not possible now.</source>
        <translation>This case is %1; that step is not possible now.</translation>
    </message>
</context>
<context>
    <name>CaseStatusNames</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Awaiting materials</source>
        <translation>Awaiting materials</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Approved, materials to follow</source>
        <translation>Approved, materials to follow</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Completed case with its outcome, e.g. 办结（通过）</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>Not yet sent</source>
        <translation>Not yet sent</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separator between service item names in a list cell</extracomment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>CaseworkLoader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The service catalogue %1 is not valid (%n problem(s)), first: %2</source>
        <translation>
            <numerusform>The service catalogue %1 is not valid (%n problem(s)), first: %2</numerusform>
            <numerusform>The service catalogue %1 is not valid (%n problem(s)), first: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>in the database</source>
        <translation>in the database</translation>
    </message>
    <message>
        <source>The holiday notice %1 is not valid: %2</source>
        <translation>The holiday notice %1 is not valid: %2</translation>
    </message>
    <message>
        <source>The service catalogue could not be read from or stored in the database.</source>
        <translation>The service catalogue could not be read from or stored in the database.</translation>
    </message>
</context>
<context>
    <name>CatalogueJson</name>
    <message>
        <source>The catalogue is not valid JSON (at byte %1): %2</source>
        <translation>The catalogue is not valid JSON (at byte %1): %2</translation>
    </message>
    <message>
        <source>The catalogue must be a JSON object.</source>
        <translation>The catalogue must be a JSON object.</translation>
    </message>
</context>
<context>
    <name>CatalogueJsonReader</name>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 must be an object</translation>
    </message>
    <message>
        <source>%1 must start with a letter and hold only ASCII letters, digits and _</source>
        <translation>%1 must start with a letter and hold only ASCII letters, digits and _</translation>
    </message>
    <message>
        <source>%1 applies only to text and address fields</source>
        <translation>%1 applies only to text and address fields</translation>
    </message>
    <message>
        <source>%1 applies only to choice fields</source>
        <translation>%1 applies only to choice fields</translation>
    </message>
    <message>
        <source>%1 applies only to number fields</source>
        <translation>%1 applies only to number fields</translation>
    </message>
    <message>
        <source>%1 must be given together with %2</source>
        <translation>%1 must be given together with %2</translation>
    </message>
</context>
<context>
    <name>CatalogueRules</name>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 must not be empty</translation>
    </message>
    <message>
        <source>%1 is not unique</source>
        <translation>%1 is not unique</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an area of this hall</source>
        <translation>%1 &quot;%2&quot; is not an area of this hall</translation>
    </message>
    <message>
        <source>%1 must be 0 for an immediate item</source>
        <translation>%1 must be 0 for an immediate item</translation>
    </message>
    <message>
        <source>%1 must be at least 1 for an item that is not immediate</source>
        <translation>%1 must be at least 1 for an item that is not immediate</translation>
    </message>
    <message>
        <source>%1 (%2) exceeds %3 (%4)</source>
        <translation>%1 (%2) exceeds %3 (%4)</translation>
    </message>
    <message>
        <source>%1 must be more than 0 when creditCommitment is true</source>
        <translation>%1 must be more than 0 when creditCommitment is true</translation>
    </message>
    <message>
        <source>%1 must be 0 when creditCommitment is false</source>
        <translation>%1 must be 0 when creditCommitment is false</translation>
    </message>
    <message>
        <source>%1 must list at least one choice</source>
        <translation>%1 must list at least one choice</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not one of the item&apos;s materials</source>
        <translation>%1 names &quot;%2&quot;, which is not one of the item&apos;s materials</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not an item of the catalogue</source>
        <translation>%1 names &quot;%2&quot;, which is not an item of the catalogue</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot; more than once</source>
        <translation>%1 names &quot;%2&quot; more than once</translation>
    </message>
</context>
<context>
    <name>CertificateIssuer</name>
    <message>
        <source>The hall name must not be empty.</source>
        <translation>The hall name must not be empty.</translation>
    </message>
    <message>
        <source>The hall name %1 is too long for a certificate; use at most %2 characters.</source>
        <translation>The hall name %1 is too long for a certificate; use at most %2 characters.</translation>
    </message>
    <message>
        <source>A certificate authority must be valid for at least one day.</source>
        <translation>A certificate authority must be valid for at least one day.</translation>
    </message>
    <message>
        <source>The hall certificate authority could not be created because of an internal cryptography error; see the log for details.</source>
        <translation>The hall certificate authority could not be created because of an internal cryptography error; see the log for details.</translation>
    </message>
    <message>
        <source>The CA certificate is not a PEM certificate.</source>
        <translation>The CA certificate is not a PEM certificate.</translation>
    </message>
    <message>
        <source>The CA private key is not an unencrypted PEM private key.</source>
        <translation>The CA private key is not an unencrypted PEM private key.</translation>
    </message>
    <message>
        <source>The certificate given as the hall CA is not a CA certificate.</source>
        <translation>The certificate given as the hall CA is not a CA certificate.</translation>
    </message>
    <message>
        <source>The CA private key does not belong to the CA certificate.</source>
        <translation>The CA private key does not belong to the CA certificate.</translation>
    </message>
    <message>
        <source>The CA certificate does not name a hall (its subject has no O).</source>
        <translation>The CA certificate does not name a hall (its subject has no O).</translation>
    </message>
    <message>
        <source>A certificate needs a common name.</source>
        <translation>A certificate needs a common name.</translation>
    </message>
    <message>
        <source>The common name %1 is too long; use at most %2 characters.</source>
        <translation>The common name %1 is too long; use at most %2 characters.</translation>
    </message>
    <message>
        <source>The organizational unit %1 is too long; use at most %2 characters.</source>
        <translation>The organizational unit %1 is too long; use at most %2 characters.</translation>
    </message>
    <message>
        <source>A certificate must be for a server, for a client, or for both.</source>
        <translation>A certificate must be for a server, for a client, or for both.</translation>
    </message>
    <message>
        <source>A server certificate needs at least one host name or IP address.</source>
        <translation>A server certificate needs at least one host name or IP address.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name.</source>
        <translation>%1 is not a valid host name.</translation>
    </message>
    <message>
        <source>%1 is not a valid IP address.</source>
        <translation>%1 is not a valid IP address.</translation>
    </message>
    <message>
        <source>The certificate would expire before it becomes valid.</source>
        <translation>The certificate would expire before it becomes valid.</translation>
    </message>
    <message>
        <source>The certificate for %1 could not be created because of an internal cryptography error; see the log for details.</source>
        <translation>The certificate for %1 could not be created because of an internal cryptography error; see the log for details.</translation>
    </message>
</context>
<context>
    <name>ChartFigures</name>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--window must be a window number between 1 and %1.</source>
        <translation>--window must be a window number between 1 and %1.</translation>
    </message>
</context>
<context>
    <name>CompletionResultNames</name>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Approved, waived materials to follow</source>
        <translation>Approved, waived materials to follow</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Not approved</translation>
    </message>
</context>
<context>
    <name>CounterSettings</name>
    <message>
        <source>The %1 is not set.</source>
        <translation>The %1 is not set.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>The %1 %2 does not exist.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read.</source>
        <translation>The %1 %2 cannot be read.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>The settings could not be saved to %1.</translation>
    </message>
    <message>
        <source>The hall server&apos;s address is not set.</source>
        <translation>The hall server&apos;s address is not set.</translation>
    </message>
    <message>
        <source>The hall server&apos;s address must start with wss://.</source>
        <translation>The hall server&apos;s address must start with wss://.</translation>
    </message>
    <message>
        <source>The window number must be between 1 and %1.</source>
        <translation>The window number must be between 1 and %1.</translation>
    </message>
    <message>
        <source>hall CA certificate</source>
        <translation>hall CA certificate</translation>
    </message>
    <message>
        <source>terminal certificate</source>
        <translation>terminal certificate</translation>
    </message>
    <message>
        <source>terminal key</source>
        <translation>terminal key</translation>
    </message>
    <message>
        <source>“%1” is not a hall server address. Type host:port, for example 10.1.2.3:7443.</source>
        <translation>“%1” is not a hall server address. Type host:port, for example 10.1.2.3:7443.</translation>
    </message>
    <message>
        <source>Government Service Centre</source>
        <translation>Government Service Centre</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>Please enter the unified social credit code.</source>
        <translation>Please enter the unified social credit code.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters. Please check that no character is missing or repeated.</source>
        <translation>A unified social credit code has 18 characters. Please check that no character is missing or repeated.</translation>
    </message>
    <message>
        <source>A unified social credit code contains only digits and capital letters, and never the letters I, O, Z, S or V.</source>
        <translation>A unified social credit code contains only digits and capital letters, and never the letters I, O, Z, S or V.</translation>
    </message>
    <message>
        <source>The last character of this unified social credit code does not match the others. Please check every character against the business licence.</source>
        <translation>The last character of this unified social credit code does not match the others. Please check every character against the business licence.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenError</name>
    <message>
        <source>The database driver is not installed: %1</source>
        <translation>The database driver is not installed: %1</translation>
    </message>
    <message>
        <source>Cannot open the hall database: %1</source>
        <translation>Cannot open the hall database: %1</translation>
    </message>
    <message>
        <source>The hall database was written by a newer version of HallDesk (schema %1; this version knows up to %2). It was left untouched; please update HallDesk.</source>
        <translation>The hall database was written by a newer version of HallDesk (schema %1; this version knows up to %2). It was left untouched; please update HallDesk.</translation>
    </message>
    <message>
        <source>The hall database was damaged. It has been moved to %1 for recovery and was not deleted.</source>
        <translation>The hall database was damaged. It has been moved to %1 for recovery and was not deleted.</translation>
    </message>
    <message>
        <source>Updating the hall database failed; nothing was changed: %1</source>
        <translation>Updating the hall database failed; nothing was changed: %1</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>Choose at least one service item.</source>
        <translation>Choose at least one service item.</translation>
    </message>
    <message>
        <source>%1 cannot be handed in later for this item.</source>
        <translation>%1 cannot be handed in later for this item.</translation>
    </message>
    <message>
        <source>The page count of %1 is wrong.</source>
        <translation>The page count of %1 is wrong.</translation>
    </message>
    <message numerus="yes">
        <source>%n required material(s) missing: ask for them instead.</source>
        <translation>
            <numerusform>%n required material(s) missing: ask for them instead.</numerusform>
            <numerusform>%n required material(s) missing: ask for them instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a %2, not an immediate item.</source>
        <translation>%1 is a %2, not an immediate item.</translation>
    </message>
    <message>
        <source>Nothing required is missing.</source>
        <translation>Nothing required is missing.</translation>
    </message>
    <message>
        <source>Give the reason for not accepting.</source>
        <translation>Give the reason for not accepting.</translation>
    </message>
    <message>
        <source>%1 cannot be accepted on a credit commitment.</source>
        <translation>%1 cannot be accepted on a credit commitment.</translation>
    </message>
</context>
<context>
    <name>DevelopmentPki</name>
    <message>
        <source>Cannot write the development certificate file %1: %2</source>
        <translation>Cannot write the development certificate file %1: %2</translation>
    </message>
    <message>
        <source>The development certificates in %1 are locked by another program that does not finish.</source>
        <translation>The development certificates in %1 are locked by another program that does not finish.</translation>
    </message>
    <message>
        <source>The development CA certificate %1 has no readable key %2. Delete the folder %3 to start over.</source>
        <translation>The development CA certificate %1 has no readable key %2. Delete the folder %3 to start over.</translation>
    </message>
    <message>
        <source>The development CA in %1 is unusable: %2 Delete the folder to start over.</source>
        <translation>The development CA in %1 is unusable: %2 Delete the folder to start over.</translation>
    </message>
    <message>
        <source>No folder was given for the development certificates.</source>
        <translation>No folder was given for the development certificates.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the development certificates.</source>
        <translation>Cannot create the folder %1 for the development certificates.</translation>
    </message>
    <message>
        <source>A %1 terminal needs a window number from 1 to 9999.</source>
        <translation>A %1 terminal needs a window number from 1 to 9999.</translation>
    </message>
    <message>
        <source>%1 is not a valid name for a %2 terminal; use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>%1 is not a valid name for a %2 terminal; use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</translation>
    </message>
    <message>
        <source>The name %1 is reserved for the development CA and server.</source>
        <translation>The name %1 is reserved for the development CA and server.</translation>
    </message>
</context>
<context>
    <name>FollowUpWording</name>
    <message>
        <source>To call back</source>
        <translation>To call back</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>Rectifying</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>Unfounded</translation>
    </message>
    <message>
        <source>Start rectification</source>
        <translation>Start rectification</translation>
    </message>
    <message>
        <source>Rectification done</source>
        <translation>Rectification done</translation>
    </message>
    <message>
        <source>Judged unfounded</source>
        <translation>Judged unfounded</translation>
    </message>
</context>
<context>
    <name>FormFieldValidator</name>
    <message>
        <source>Please fill in %1.</source>
        <translation>Please fill in %1.</translation>
    </message>
    <message>
        <source>At most %1 characters, please (this is %2).</source>
        <translation>At most %1 characters, please (this is %2).</translation>
    </message>
    <message>
        <source>Please enter this on one line, without special characters.</source>
        <translation>Please enter this on one line, without special characters.</translation>
    </message>
    <message>
        <source>Please write the date as year-month-day, e.g. 2026-03-01.</source>
        <translation>Please write the date as year-month-day, e.g. 2026-03-01.</translation>
    </message>
    <message>
        <source>There is no such date. Please check the month and the day.</source>
        <translation>There is no such date. Please check the month and the day.</translation>
    </message>
    <message>
        <source>Please enter a number, such as 12 or 12.5.</source>
        <translation>Please enter a number, such as 12 or 12.5.</translation>
    </message>
    <message>
        <source>Please enter a number from %1 to %2.</source>
        <translation>Please enter a number from %1 to %2.</translation>
    </message>
    <message>
        <source>Please choose one of: %1.</source>
        <translation>Please choose one of: %1.</translation>
    </message>
</context>
<context>
    <name>HallDefinitionLoader</name>
    <message>
        <source>The hall file is not valid JSON: %1</source>
        <translation>The hall file is not valid JSON: %1</translation>
    </message>
    <message>
        <source>An area has no code or name.</source>
        <translation>An area has no code or name.</translation>
    </message>
    <message>
        <source>Area %1 needs its own capital ticket letter.</source>
        <translation>Area %1 needs its own capital ticket letter.</translation>
    </message>
    <message>
        <source>Queue codes must be present and unique (area %1).</source>
        <translation>Queue codes must be present and unique (area %1).</translation>
    </message>
    <message>
        <source>Queue %1 has no ticket prefix or no service time.</source>
        <translation>Queue %1 has no ticket prefix or no service time.</translation>
    </message>
    <message>
        <source>Area %1 has a window range that is not valid.</source>
        <translation>Area %1 has a window range that is not valid.</translation>
    </message>
    <message>
        <source>Window %1 is defined twice.</source>
        <translation>Window %1 is defined twice.</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>The hall has no areas.</source>
        <translation>The hall has no areas.</translation>
    </message>
    <message>
        <source>Window %1 serves no queue.</source>
        <translation>Window %1 serves no queue.</translation>
    </message>
    <message>
        <source>Window %1 serves an unknown queue %2.</source>
        <translation>Window %1 serves an unknown queue %2.</translation>
    </message>
    <message>
        <source>Window %1 has a weight that is not positive.</source>
        <translation>Window %1 has a weight that is not positive.</translation>
    </message>
    <message>
        <source>Staff numbers must be present and unique.</source>
        <translation>Staff numbers must be present and unique.</translation>
    </message>
    <message>
        <source>Cannot read the hall file %1: %2</source>
        <translation>Cannot read the hall file %1: %2</translation>
    </message>
    <message>
        <source>Staff roles are clerk, supervisor or admin.</source>
        <translation>Staff roles are clerk, supervisor or admin.</translation>
    </message>
</context>
<context>
    <name>HallKeyFile</name>
    <message>
        <source>No path was configured for the personal data key file.</source>
        <translation>No path was configured for the personal data key file.</translation>
    </message>
    <message>
        <source>Cannot read the personal data key file %1: %2</source>
        <translation>Cannot read the personal data key file %1: %2</translation>
    </message>
    <message>
        <source>The personal data key file %1 is %2 bytes long, but a key is exactly %3 bytes. The file was left unchanged; restore the hall&apos;s key file from the backup.</source>
        <translation>The personal data key file %1 is %2 bytes long, but a key is exactly %3 bytes. The file was left unchanged; restore the hall&apos;s key file from the backup.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the personal data key file.</source>
        <translation>Cannot create the folder %1 for the personal data key file.</translation>
    </message>
    <message>
        <source>Cannot create a personal data key: the system&apos;s random number generator is not available.</source>
        <translation>Cannot create a personal data key: the system&apos;s random number generator is not available.</translation>
    </message>
    <message>
        <source>Cannot write the personal data key file %1: %2</source>
        <translation>Cannot write the personal data key file %1: %2</translation>
    </message>
</context>
<context>
    <name>HolidayYearJson</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date written as 2026-01-01.</source>
        <translation>%1: &quot;%2&quot; is not a date written as 2026-01-01.</translation>
    </message>
    <message>
        <source>%1: days off are written as one date or as a pair of dates, the first and the last day.</source>
        <translation>%1: days off are written as one date or as a pair of dates, the first and the last day.</translation>
    </message>
    <message>
        <source>%1: the days off from %2 to %3 end before they begin.</source>
        <translation>%1: the days off from %2 to %3 end before they begin.</translation>
    </message>
    <message>
        <source>%1: the day off %2 is not in %3.</source>
        <translation>%1: the day off %2 is not in %3.</translation>
    </message>
    <message>
        <source>%1: the make-up working day %2 is neither in %3 nor in the December before or the January after it.</source>
        <translation>%1: the make-up working day %2 is neither in %3 nor in the December before or the January after it.</translation>
    </message>
    <message>
        <source>%1: the make-up working day %2 is not a Saturday or Sunday.</source>
        <translation>%1: the make-up working day %2 is not a Saturday or Sunday.</translation>
    </message>
    <message>
        <source>A holiday has no name.</source>
        <translation>A holiday has no name.</translation>
    </message>
    <message>
        <source>%1 lists no days off.</source>
        <translation>%1 lists no days off.</translation>
    </message>
    <message>
        <source>%1: the make-up working days are not a list of dates.</source>
        <translation>%1: the make-up working days are not a list of dates.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <source>%1 is listed both as a day off and as a working day.</source>
        <translation>%1 is listed both as a day off and as a working day.</translation>
    </message>
    <message>
        <source>The holiday file is not valid JSON: %1</source>
        <translation>The holiday file is not valid JSON: %1</translation>
    </message>
    <message>
        <source>The holiday file is not a JSON object.</source>
        <translation>The holiday file is not a JSON object.</translation>
    </message>
    <message>
        <source>The holiday file gives no year from %1 to %2.</source>
        <translation>The holiday file gives no year from %1 to %2.</translation>
    </message>
    <message>
        <source>The holiday file does not name the State Council notice it follows.</source>
        <translation>The holiday file does not name the State Council notice it follows.</translation>
    </message>
    <message>
        <source>The holiday file lists no holidays.</source>
        <translation>The holiday file lists no holidays.</translation>
    </message>
    <message>
        <source>The holiday file is for %1, not for %2.</source>
        <translation>The holiday file is for %1, not for %2.</translation>
    </message>
</context>
<context>
    <name>ImagePdfReader</name>
    <message>
        <source>The saved scan is damaged or was not written by HallDesk; it cannot be opened for editing.</source>
        <translation>The saved scan is damaged or was not written by HallDesk; it cannot be opened for editing.</translation>
    </message>
</context>
<context>
    <name>IntakeDecisionNames</name>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Finish on the spot</source>
        <translation>Finish on the spot</translation>
    </message>
    <message>
        <source>Ask for missing materials</source>
        <translation>Ask for missing materials</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>Do not accept</translation>
    </message>
    <message>
        <source>Accept on credit commitment</source>
        <translation>Accept on credit commitment</translation>
    </message>
</context>
<context>
    <name>ItemTypeNames</name>
    <message>
        <source>Immediate item</source>
        <translation>Immediate item</translation>
    </message>
    <message>
        <source>Commitment item</source>
        <translation>Commitment item</translation>
    </message>
    <message>
        <source>Reported item</source>
        <translation>Reported item</translation>
    </message>
    <message>
        <source>Joint item</source>
        <translation>Joint item</translation>
    </message>
    <message>
        <source>Parallel approval item</source>
        <translation>Parallel approval item</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>%1 must be text</source>
        <translation>%1 must be text</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 must not be empty</translation>
    </message>
    <message>
        <source>%1 must not contain spaces</source>
        <translation>%1 must not contain spaces</translation>
    </message>
    <message>
        <source>%1 must be a date written as yyyy-MM-dd</source>
        <translation>%1 must be a date written as yyyy-MM-dd</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 must be a whole number</translation>
    </message>
    <message>
        <source>%1 (%2) must be between %3 and %4</source>
        <translation>%1 (%2) must be between %3 and %4</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 must be a number</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 must be true or false</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 must be a list</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not one of: %3</source>
        <translation>%1 is &quot;%2&quot;, which is not one of: %3</translation>
    </message>
</context>
<context>
    <name>MaterialCheckNames</name>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Waived for now</source>
        <translation>Waived for now</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation>Original and copy</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <extracomment>A material&apos;s form and how many copies, e.g. 复印件 ×2</extracomment>
        <translation>%1 ×%2</translation>
    </message>
</context>
<context>
    <name>MaterialScanStore</name>
    <message>
        <source>The scan could not be kept: its description is incomplete.</source>
        <translation>The scan could not be kept: its description is incomplete.</translation>
    </message>
    <message>
        <source>The scan could not be kept: its file is gone.</source>
        <translation>The scan could not be kept: its file is gone.</translation>
    </message>
    <message>
        <source>The scan could not be kept: the disk of this computer refused it.</source>
        <translation>The scan could not be kept: the disk of this computer refused it.</translation>
    </message>
    <message>
        <source>The scan could not be kept: the terminal store refused it.</source>
        <translation>The scan could not be kept: the terminal store refused it.</translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>Please enter the mobile phone number.</source>
        <translation>Please enter the mobile phone number.</translation>
    </message>
    <message>
        <source>This is not a valid mainland China mobile phone number. It should have 11 digits and start with 13 to 19.</source>
        <translation>This is not a valid mainland China mobile phone number. It should have 11 digits and start with 13 to 19.</translation>
    </message>
</context>
<context>
    <name>NoticeBody</name>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Item code</translation>
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
        <source>Time limit (working days)</source>
        <translation>Time limit (working days)</translation>
    </message>
    <message>
        <source>Items applied for</source>
        <translation>Items applied for</translation>
    </message>
    <message>
        <source>Window clerk: %1 (staff no. %2)</source>
        <translation>Window clerk: %1 (staff no. %2)</translation>
    </message>
    <message>
        <source>Applicant&apos;s signature:</source>
        <translation>Applicant&apos;s signature:</translation>
    </message>
    <message>
        <source>%1 (seal)</source>
        <translation>%1 (seal)</translation>
    </message>
</context>
<context>
    <name>NoticeDecision</name>
    <message>
        <source>If you do not accept this decision, you may apply for administrative reconsideration according to law within sixty days of receiving this notice, or bring an administrative lawsuit according to law within six months.</source>
        <translation>If you do not accept this decision, you may apply for administrative reconsideration according to law within sixty days of receiving this notice, or bring an administrative lawsuit according to law within six months.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Application materials</source>
        <translation>Application materials</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Your application for the items above has been examined. The materials are complete and in the statutory form, and the application is accepted.</source>
        <translation>Your application for the items above has been examined. The materials are complete and in the statutory form, and the application is accepted.</translation>
    </message>
    <message>
        <source>Promised completion date: %1</source>
        <translation>Promised completion date: %1</translation>
    </message>
    <message>
        <source>The materials marked &quot;%1&quot; must be handed in before the case is completed.</source>
        <translation>The materials marked &quot;%1&quot; must be handed in before the case is completed.</translation>
    </message>
    <message>
        <source>The application was accepted on the applicant&apos;s written credit commitment: the applicant has promised that the statements made are true and that the conditions are met. The commitment will be verified by %1. If it proves untrue, the decision will be revoked according to law and the breach entered in the applicant&apos;s credit record.</source>
        <translation>The application was accepted on the applicant&apos;s written credit commitment: the applicant has promised that the statements made are true and that the conditions are met. The commitment will be verified by %1. If it proves untrue, the decision will be revoked according to law and the breach entered in the applicant&apos;s credit record.</translation>
    </message>
    <message>
        <source>Verification due date: %1</source>
        <translation>Verification due date: %1</translation>
    </message>
    <message>
        <source>Please keep this notice. With the case number and the verification code, or by scanning the QR code, you can follow the progress of the case.</source>
        <translation>Please keep this notice. With the case number and the verification code, or by scanning the QR code, you can follow the progress of the case.</translation>
    </message>
    <message>
        <source>Your application for the items above has been examined. The application materials are incomplete or not in the statutory form. All the materials still needed are listed below at once.</source>
        <translation>Your application for the items above has been examined. The application materials are incomplete or not in the statutory form. All the materials still needed are listed below at once.</translation>
    </message>
    <message>
        <source>Materials to hand in</source>
        <translation>Materials to hand in</translation>
    </message>
    <message>
        <source>Please hand them in by: %1</source>
        <translation>Please hand them in by: %1</translation>
    </message>
    <message>
        <source>Please bring this notice with the materials listed above. Once the materials are complete and in the statutory form, the application will be accepted.</source>
        <translation>Please bring this notice with the materials listed above. Once the materials are complete and in the statutory form, the application will be accepted.</translation>
    </message>
    <message>
        <source>Your application for the items above has been examined and is not accepted, for the following reason:</source>
        <translation>Your application for the items above has been examined and is not accepted, for the following reason:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Result document</source>
        <translation>Result document</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Outcome of the case</source>
        <translation>Outcome of the case</translation>
    </message>
    <message>
        <source>The case was approved before the waived materials below were handed in. Please hand them in as you promised.</source>
        <translation>The case was approved before the waived materials below were handed in. Please hand them in as you promised.</translation>
    </message>
</context>
<context>
    <name>NoticeFormat</name>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>QDate::toString() format of dates on printed notices</extracomment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>QDateTime::toString() format of times on printed notices</extracomment>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Immediate</translation>
    </message>
</context>
<context>
    <name>NoticeKindNames</name>
    <message>
        <source>Notice of Acceptance</source>
        <translation>Notice of Acceptance</translation>
    </message>
    <message>
        <source>One-Time Notice of Missing Materials</source>
        <translation>One-Time Notice of Missing Materials</translation>
    </message>
    <message>
        <source>Notice of Non-Acceptance</source>
        <translation>Notice of Non-Acceptance</translation>
    </message>
    <message>
        <source>Completion Receipt</source>
        <translation>Completion Receipt</translation>
    </message>
</context>
<context>
    <name>NoticeMaterial</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Waived, to follow</source>
        <translation>Waived, to follow</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation>Original and copy</translation>
    </message>
</context>
<context>
    <name>NoticePageFrame</name>
    <message>
        <source>Case number: %1    Verification code: %2</source>
        <translation>Case number: %1    Verification code: %2</translation>
    </message>
    <message>
        <source>Scan to follow the case</source>
        <translation>Scan to follow the case</translation>
    </message>
    <message>
        <source>Address: %1    Phone: %2</source>
        <translation>Address: %1    Phone: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>NoticePdfWriter</name>
    <message>
        <source>The notice could not be made: %1</source>
        <translation>The notice could not be made: %1</translation>
    </message>
    <message>
        <source>The notice could not be saved as %1: %2</source>
        <translation>The notice could not be saved as %1: %2</translation>
    </message>
</context>
<context>
    <name>NoticeRenderer</name>
    <message>
        <source>The case number or the verification code is not valid, so the notice cannot carry its QR code.</source>
        <translation>The case number or the verification code is not valid, so the notice cannot carry its QR code.</translation>
    </message>
    <message>
        <source>The printer does not accept A4 paper with 20 mm margins.</source>
        <translation>The printer does not accept A4 paper with 20 mm margins.</translation>
    </message>
    <message>
        <source>The notice could not be started on the printer or in the file.</source>
        <translation>The notice could not be started on the printer or in the file.</translation>
    </message>
    <message>
        <source>The printer or the file did not accept another page.</source>
        <translation>The printer or the file did not accept another page.</translation>
    </message>
    <message>
        <source>The notice could not be finished on the printer or in the file.</source>
        <translation>The notice could not be finished on the printer or in the file.</translation>
    </message>
</context>
<context>
    <name>OperationError</name>
    <message>
        <source>This queue does not exist.</source>
        <translation>This queue does not exist.</translation>
    </message>
    <message>
        <source>This window does not exist.</source>
        <translation>This window does not exist.</translation>
    </message>
    <message>
        <source>No such ticket today.</source>
        <translation>No such ticket today.</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>No such staff member.</translation>
    </message>
    <message>
        <source>Nobody is signed in at this window.</source>
        <translation>Nobody is signed in at this window.</translation>
    </message>
    <message>
        <source>Another staff member is signed in at this window.</source>
        <translation>Another staff member is signed in at this window.</translation>
    </message>
    <message>
        <source>This staff member is already signed in at another window.</source>
        <translation>This staff member is already signed in at another window.</translation>
    </message>
    <message>
        <source>The window is paused. Resume it first.</source>
        <translation>The window is paused. Resume it first.</translation>
    </message>
    <message>
        <source>The window is not paused.</source>
        <translation>The window is not paused.</translation>
    </message>
    <message>
        <source>The window is still serving a ticket. Finish, hold or transfer it first.</source>
        <translation>The window is still serving a ticket. Finish, hold or transfer it first.</translation>
    </message>
    <message>
        <source>The window is not serving any ticket.</source>
        <translation>The window is not serving any ticket.</translation>
    </message>
    <message>
        <source>This window does not serve that queue.</source>
        <translation>This window does not serve that queue.</translation>
    </message>
    <message>
        <source>Nobody is waiting for this window.</source>
        <translation>Nobody is waiting for this window.</translation>
    </message>
    <message>
        <source>This ticket is not waiting.</source>
        <translation>This ticket is not waiting.</translation>
    </message>
    <message>
        <source>This ticket is not being served.</source>
        <translation>This ticket is not being served.</translation>
    </message>
    <message>
        <source>This ticket belongs to another window.</source>
        <translation>This ticket belongs to another window.</translation>
    </message>
    <message>
        <source>This ticket is not on hold.</source>
        <translation>This ticket is not on hold.</translation>
    </message>
    <message>
        <source>This ticket was not marked as a no-show.</source>
        <translation>This ticket was not marked as a no-show.</translation>
    </message>
    <message>
        <source>This ticket is already closed.</source>
        <translation>This ticket is already closed.</translation>
    </message>
    <message>
        <source>The time to come back after missing the call has passed. Please take a new ticket.</source>
        <translation>The time to come back after missing the call has passed. Please take a new ticket.</translation>
    </message>
    <message>
        <source>This ID number already has a ticket waiting in this queue.</source>
        <translation>This ID number already has a ticket waiting in this queue.</translation>
    </message>
    <message>
        <source>The resident ID number is not valid.</source>
        <translation>The resident ID number is not valid.</translation>
    </message>
    <message>
        <source>The mobile number is not valid.</source>
        <translation>The mobile number is not valid.</translation>
    </message>
    <message>
        <source>The appointment is not valid.</source>
        <translation>The appointment is not valid.</translation>
    </message>
    <message>
        <source>The ticket cannot be transferred there.</source>
        <translation>The ticket cannot be transferred there.</translation>
    </message>
    <message>
        <source>The hall database could not complete the operation. Nothing was changed.</source>
        <translation>The hall database could not complete the operation. Nothing was changed.</translation>
    </message>
    <message>
        <source>The hall is very busy; the operation could not be completed. Please try again.</source>
        <translation>The hall is very busy; the operation could not be completed. Please try again.</translation>
    </message>
    <message>
        <source>The message could not be read.</source>
        <translation>The message could not be read.</translation>
    </message>
    <message>
        <source>The request is missing a field or has a field of the wrong type.</source>
        <translation>The request is missing a field or has a field of the wrong type.</translation>
    </message>
    <message>
        <source>The terminal speaks a protocol version this server does not support. Update the terminal.</source>
        <translation>The terminal speaks a protocol version this server does not support. Update the terminal.</translation>
    </message>
    <message>
        <source>The server does not know this operation.</source>
        <translation>The server does not know this operation.</translation>
    </message>
    <message>
        <source>Too many requests from this terminal. Please wait a moment.</source>
        <translation>Too many requests from this terminal. Please wait a moment.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Your session has expired. Please sign in again.</translation>
    </message>
    <message>
        <source>The staff number or password is wrong.</source>
        <translation>The staff number or password is wrong.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for a while. Ask a supervisor.</source>
        <translation>Too many wrong passwords: this account is locked for a while. Ask a supervisor.</translation>
    </message>
    <message>
        <source>Your role does not allow this operation.</source>
        <translation>Your role does not allow this operation.</translation>
    </message>
    <message>
        <source>This terminal may only act for its own window.</source>
        <translation>This terminal may only act for its own window.</translation>
    </message>
    <message>
        <source>The hall server cannot be reached. The operation will be sent when the connection is back.</source>
        <translation>The hall server cannot be reached. The operation will be sent when the connection is back.</translation>
    </message>
    <message>
        <source>The hall server did not answer in time.</source>
        <translation>The hall server did not answer in time.</translation>
    </message>
    <message>
        <source>The hall server is busy. Please try again.</source>
        <translation>The hall server is busy. Please try again.</translation>
    </message>
    <message>
        <source>The hall server met an unexpected error. Nothing was changed.</source>
        <translation>The hall server met an unexpected error. Nothing was changed.</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>No such case.</translation>
    </message>
    <message>
        <source>The case is not in a state that allows this step.</source>
        <translation>The case is not in a state that allows this step.</translation>
    </message>
    <message>
        <source>The service catalogue changed while this case was waiting to be sent. Check the items and take the application again.</source>
        <translation>The service catalogue changed while this case was waiting to be sent. Check the items and take the application again.</translation>
    </message>
    <message>
        <source>The application is incomplete or does not fit the items chosen.</source>
        <translation>The application is incomplete or does not fit the items chosen.</translation>
    </message>
    <message>
        <source>Another case already has this case number.</source>
        <translation>Another case already has this case number.</translation>
    </message>
    <message>
        <source>The hall server has not received this case yet. The scan will be sent once it has.</source>
        <translation>The hall server has not received this case yet. The scan will be sent once it has.</translation>
    </message>
    <message>
        <source>The scanned file does not match the one recorded with the case.</source>
        <translation>The scanned file does not match the one recorded with the case.</translation>
    </message>
    <message>
        <source>The hall server no longer knows this upload. It will start again.</source>
        <translation>The hall server no longer knows this upload. It will start again.</translation>
    </message>
    <message>
        <source>No such rating request.</source>
        <translation>No such rating request.</translation>
    </message>
    <message>
        <source>This service has already been rated.</source>
        <translation>This service has already been rated.</translation>
    </message>
    <message>
        <source>The time to rate this service has passed.</source>
        <translation>The time to rate this service has passed.</translation>
    </message>
    <message>
        <source>The rating does not match the service it names.</source>
        <translation>The rating does not match the service it names.</translation>
    </message>
    <message>
        <source>The rating&apos;s signature is not valid.</source>
        <translation>The rating&apos;s signature is not valid.</translation>
    </message>
    <message>
        <source>The rating is incomplete.</source>
        <translation>The rating is incomplete.</translation>
    </message>
    <message>
        <source>No such follow-up.</source>
        <translation>No such follow-up.</translation>
    </message>
    <message>
        <source>The follow-up is not in a state that allows this step.</source>
        <translation>The follow-up is not in a state that allows this step.</translation>
    </message>
    <message>
        <source>No appointment has this code. Please check the code or take a ticket.</source>
        <translation>No appointment has this code. Please check the code or take a ticket.</translation>
    </message>
    <message>
        <source>This appointment is for another day:</source>
        <translation>This appointment is for another day:</translation>
    </message>
    <message>
        <source>It is too early to check in for this appointment. Check-in opens at</source>
        <translation>It is too early to check in for this appointment. Check-in opens at</translation>
    </message>
    <message>
        <source>The time of this appointment has passed. Please take a ticket. It ended at</source>
        <translation>The time of this appointment has passed. Please take a ticket. It ended at</translation>
    </message>
    <message>
        <source>This appointment has already been checked in. Its ticket number is</source>
        <translation>This appointment has already been checked in. Its ticket number is</translation>
    </message>
    <message>
        <source>This appointment was cancelled.</source>
        <translation>This appointment was cancelled.</translation>
    </message>
    <message>
        <source>A priority ticket must be confirmed by a member of staff at the help desk.</source>
        <translation>A priority ticket must be confirmed by a member of staff at the help desk.</translation>
    </message>
    <message>
        <source>This priority group is not offered in this hall.</source>
        <translation>This priority group is not offered in this hall.</translation>
    </message>
    <message>
        <source>This value is not allowed here. Nothing was changed.</source>
        <translation>This value is not allowed here. Nothing was changed.</translation>
    </message>
    <message>
        <source>This area does not exist.</source>
        <translation>This area does not exist.</translation>
    </message>
    <message>
        <source>The hall must keep at least one active administrator.</source>
        <translation>The hall must keep at least one active administrator.</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role or deactivate yourself.</source>
        <translation>You cannot take away your own administrator role or deactivate yourself.</translation>
    </message>
    <message>
        <source>The staff number, PIN or staff card was not accepted, so no priority ticket was issued. Please ask the help desk again.</source>
        <translation>The staff number, PIN or staff card was not accepted, so no priority ticket was issued. Please ask the help desk again.</translation>
    </message>
    <message>
        <source>An administrator changed your account and ended your session; if you were signed in at a window, you are signed out of it. Please sign in again.</source>
        <translation>An administrator changed your account and ended your session; if you were signed in at a window, you are signed out of it. Please sign in again.</translation>
    </message>
</context>
<context>
    <name>PdfPageRenderer</name>
    <message>
        <source>The PDF file “%1” is damaged or not a PDF. Ask for the file again or scan the paper instead.</source>
        <translation>The PDF file “%1” is damaged or not a PDF. Ask for the file again or scan the paper instead.</translation>
    </message>
    <message>
        <source>PDF files cannot be imported on this computer (poppler-utils is missing). Ask the hall&apos;s technician.</source>
        <translation>PDF files cannot be imported on this computer (poppler-utils is missing). Ask the hall&apos;s technician.</translation>
    </message>
    <message>
        <source>No room for temporary files: the disk may be full.</source>
        <translation>No room for temporary files: the disk may be full.</translation>
    </message>
</context>
<context>
    <name>PriorityGroupNames</name>
    <message>
        <source>Senior citizen</source>
        <translation>Senior citizen</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <source>Serviceman or veteran</source>
        <translation>Serviceman or veteran</translation>
    </message>
    <message>
        <source>Pregnant woman</source>
        <translation>Pregnant woman</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>Seriously ill</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is no text to put in the QR code.</source>
        <translation>There is no text to put in the QR code.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (at most %1 bytes).</source>
        <translation>The text is too long for a QR code (at most %1 bytes).</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>The QR code could not be made.</translation>
    </message>
</context>
<context>
    <name>RatingLevels</name>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
</context>
<context>
    <name>RatingReasons</name>
    <message>
        <source>Unfriendly attitude</source>
        <translation>Unfriendly attitude</translation>
    </message>
    <message>
        <source>Slow service</source>
        <translation>Slow service</translation>
    </message>
    <message>
        <source>Not told everything at once</source>
        <translation>Not told everything at once</translation>
    </message>
    <message>
        <source>Had to come several times</source>
        <translation>Had to come several times</translation>
    </message>
    <message>
        <source>Waited too long</source>
        <translation>Waited too long</translation>
    </message>
    <message>
        <source>The matter was not settled</source>
        <translation>The matter was not settled</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>RatingSigner</name>
    <message>
        <source>The terminal key %1 cannot be read: %2</source>
        <translation>The terminal key %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The terminal key %1 is not a usable private key.</source>
        <translation>The terminal key %1 is not a usable private key.</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>The report could not be saved as %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>A4 landscape pages could not be set up.</source>
        <translation>A4 landscape pages could not be set up.</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Made %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The report could not be started in the file.</source>
        <translation>The report could not be started in the file.</translation>
    </message>
    <message>
        <source>The file did not accept another page.</source>
        <translation>The file did not accept another page.</translation>
    </message>
    <message>
        <source>The report could not be finished in the file.</source>
        <translation>The report could not be finished in the file.</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>The report could not be saved as %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>Choose the first and the last day of the report.</source>
        <translation>Choose the first and the last day of the report.</translation>
    </message>
    <message>
        <source>The last day of the report is before its first day.</source>
        <translation>The last day of the report is before its first day.</translation>
    </message>
    <message numerus="yes">
        <source>A report covers at most %n days; choose a shorter range.</source>
        <translation>
            <numerusform>A report covers at most %n days; choose a shorter range.</numerusform>
            <numerusform>A report covers at most %n days; choose a shorter range.</numerusform>
        </translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>By area</translation>
    </message>
    <message>
        <source>By queue</source>
        <translation>By queue</translation>
    </message>
    <message>
        <source>By window</source>
        <translation>By window</translation>
    </message>
    <message>
        <source>By staff member</source>
        <translation>By staff member</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>Please enter the ID number.</source>
        <translation>Please enter the ID number.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (old cards have 15 digits). Please check that no digit is missing or repeated.</source>
        <translation>An ID number has 18 characters (old cards have 15 digits). Please check that no digit is missing or repeated.</translation>
    </message>
    <message>
        <source>An ID number may contain only digits, and the letter X as its last character.</source>
        <translation>An ID number may contain only digits, and the letter X as its last character.</translation>
    </message>
    <message>
        <source>The date of birth in this ID number is not a valid date. Please check the digits of the date of birth.</source>
        <translation>The date of birth in this ID number is not a valid date. Please check the digits of the date of birth.</translation>
    </message>
    <message>
        <source>The check digit of this ID number is wrong. Please check every digit against the ID card.</source>
        <translation>The check digit of this ID number is wrong. Please check every digit against the ID card.</translation>
    </message>
</context>
<context>
    <name>SaneStatusMessage</name>
    <message>
        <source>The scanner is busy. Wait until it is free and try again.</source>
        <translation>The scanner is busy. Wait until it is free and try again.</translation>
    </message>
    <message>
        <source>Paper is jammed in the scanner. Remove it and try again.</source>
        <translation>Paper is jammed in the scanner. Remove it and try again.</translation>
    </message>
    <message>
        <source>The scanner cover is open. Close it and try again.</source>
        <translation>The scanner cover is open. Close it and try again.</translation>
    </message>
    <message>
        <source>The scanner stopped answering. Check that it is switched on and its cable is plugged in, then try again.</source>
        <translation>The scanner stopped answering. Check that it is switched on and its cable is plugged in, then try again.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while scanning. Try a lower resolution.</source>
        <translation>The computer ran out of memory while scanning. Try a lower resolution.</translation>
    </message>
    <message>
        <source>This computer is not allowed to use the scanner. Ask the hall&apos;s technician to set up its permissions.</source>
        <translation>This computer is not allowed to use the scanner. Ask the hall&apos;s technician to set up its permissions.</translation>
    </message>
    <message>
        <source>The scanner sends its pages in a form HallDesk cannot read. Try another colour mode.</source>
        <translation>The scanner sends its pages in a form HallDesk cannot read. Try another colour mode.</translation>
    </message>
    <message>
        <source>The scanner reported an error (%1). Try again.</source>
        <translation>The scanner reported an error (%1). Try again.</translation>
    </message>
    <message>
        <source>The scanner “%1” was not found. Check that it is switched on and connected, then choose it again.</source>
        <translation>The scanner “%1” was not found. Check that it is switched on and connected, then choose it again.</translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n page(s) scanned before are kept.</source>
        <translation>
            <numerusform>%1 The page scanned before is kept.</numerusform>
            <numerusform>%1 The %n pages scanned before are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>This scanner has no document feeder. Put the page on the glass and scan it from the flatbed.</source>
        <translation>This scanner has no document feeder. Put the page on the glass and scan it from the flatbed.</translation>
    </message>
    <message>
        <source>The document feeder is empty. Put the pages in and try again.</source>
        <translation>The document feeder is empty. Put the pages in and try again.</translation>
    </message>
    <message>
        <source>Scanning is not available on this computer (the scanner software did not start).</source>
        <translation>Scanning is not available on this computer (the scanner software did not start).</translation>
    </message>
</context>
<context>
    <name>StaffRoleNames</name>
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
</context>
<context>
    <name>TerminalSettings</name>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>The settings file %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>TerminalStoreOpenError</name>
    <message>
        <source>The SQLite database driver is not installed, so this terminal cannot keep its local data.</source>
        <translation>The SQLite database driver is not installed, so this terminal cannot keep its local data.</translation>
    </message>
    <message>
        <source>Cannot open the terminal&apos;s local data file %1: %2</source>
        <translation>Cannot open the terminal&apos;s local data file %1: %2</translation>
    </message>
    <message>
        <source>The terminal&apos;s local data file %1 was written by a newer version of HallDesk (schema %2; this version knows up to %3). It was left untouched; please update HallDesk.</source>
        <translation>The terminal&apos;s local data file %1 was written by a newer version of HallDesk (schema %2; this version knows up to %3). It was left untouched; please update HallDesk.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not this terminal&apos;s local data file. It was left untouched; please check the configured path.</source>
        <translation>%1 is a database of another program, not this terminal&apos;s local data file. It was left untouched; please check the configured path.</translation>
    </message>
    <message>
        <source>Updating the terminal&apos;s local data file %1 failed and was undone: %2</source>
        <translation>Updating the terminal&apos;s local data file %1 failed and was undone: %2</translation>
    </message>
    <message>
        <source>The terminal&apos;s local data file %1 is damaged and could not be moved aside: %2. Nothing was deleted.</source>
        <translation>The terminal&apos;s local data file %1 is damaged and could not be moved aside: %2. Nothing was deleted.</translation>
    </message>
    <message>
        <source>The terminal&apos;s local data file was damaged. It has been moved to %1 and kept for recovery; the terminal continues with empty local data. Changes not yet sent to the hall server may be in the moved file.</source>
        <translation>The terminal&apos;s local data file was damaged. It has been moved to %1 and kept for recovery; the terminal continues with empty local data. Changes not yet sent to the hall server may be in the moved file.</translation>
    </message>
    <message>
        <source>The terminal&apos;s local data file %1 holds encrypted personal data, but its key file %2 is missing. No new key was made; restore the key file from the backup (see KEYS.md) or ask the hall administrator.</source>
        <translation>The terminal&apos;s local data file %1 holds encrypted personal data, but its key file %2 is missing. No new key was made; restore the key file from the backup (see KEYS.md) or ask the hall administrator.</translation>
    </message>
    <message>
        <source>The terminal key file %1 cannot be used: %2</source>
        <translation>The terminal key file %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The terminal key file %1 is not the key the local data file %2 was encrypted with. Nothing was changed; restore the right key file from the backup.</source>
        <translation>The terminal key file %1 is not the key the local data file %2 was encrypted with. Nothing was changed; restore the right key file from the backup.</translation>
    </message>
</context>
<context>
    <name>TicketFormat</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second(s)</numerusform>
            <numerusform>%n second(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute(s)</numerusform>
            <numerusform>%n minute(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <source>Transferred to this window</source>
        <translation>Transferred to this window</translation>
    </message>
    <message>
        <source>Owed a turn</source>
        <translation>Owed a turn</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
</context>
<context>
    <name>TicketSlipRenderer</name>
    <message>
        <source>The ticket is not valid, so its slip cannot be printed.</source>
        <translation>The ticket is not valid, so its slip cannot be printed.</translation>
    </message>
    <message>
        <source>The printer does not take 80 mm slips.</source>
        <translation>The printer does not take 80 mm slips.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Appointment %1–%2</source>
        <translation>Appointment %1–%2</translation>
    </message>
    <message>
        <source>Taken at %1</source>
        <translation>Taken at %1</translation>
    </message>
    <message>
        <source>Reprinted copy</source>
        <translation>Reprinted copy</translation>
    </message>
    <message>
        <source>Please watch the hall board and listen for your number. Valid today only; if you miss your call, please ask at the help desk.</source>
        <translation>Please watch the hall board and listen for your number. Valid today only; if you miss your call, please ask at the help desk.</translation>
    </message>
    <message>
        <source>The printer could not finish the slip.</source>
        <translation>The printer could not finish the slip.</translation>
    </message>
</context>
<context>
    <name>TicketWording</name>
    <message>
        <source>no wait</source>
        <translation>no wait</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute(s)</numerusform>
            <numerusform>about %n minute(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>Estimated wait: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you</source>
        <translation>
            <numerusform>%n person(s) ahead of you</numerusform>
            <numerusform>%n person(s) ahead of you</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <source>Served at windows %1</source>
        <translation>Served at windows %1</translation>
    </message>
</context>
<context>
    <name>TlsSettings</name>
    <message>
        <source>No hall CA certificate file is configured.</source>
        <translation>No hall CA certificate file is configured.</translation>
    </message>
    <message>
        <source>No certificate file is configured.</source>
        <translation>No certificate file is configured.</translation>
    </message>
    <message>
        <source>No private key file is configured.</source>
        <translation>No private key file is configured.</translation>
    </message>
    <message>
        <source>The hall CA certificate file %1 cannot be read: %2</source>
        <translation>The hall CA certificate file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>The certificate file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read: %2</source>
        <translation>The private key file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The hall CA certificate is not a PEM certificate.</source>
        <translation>The hall CA certificate is not a PEM certificate.</translation>
    </message>
    <message>
        <source>The hall CA certificate file %1 is not a PEM certificate.</source>
        <translation>The hall CA certificate file %1 is not a PEM certificate.</translation>
    </message>
    <message>
        <source>The hall CA certificate is not a CA certificate.</source>
        <translation>The hall CA certificate is not a CA certificate.</translation>
    </message>
    <message>
        <source>The file %1 is not a CA certificate; expected the hall CA certificate.</source>
        <translation>The file %1 is not a CA certificate; expected the hall CA certificate.</translation>
    </message>
    <message>
        <source>The certificate is not a PEM certificate.</source>
        <translation>The certificate is not a PEM certificate.</translation>
    </message>
    <message>
        <source>The certificate file %1 is not a PEM certificate.</source>
        <translation>The certificate file %1 is not a PEM certificate.</translation>
    </message>
    <message>
        <source>The private key is not an unencrypted PEM EC or RSA private key.</source>
        <translation>The private key is not an unencrypted PEM EC or RSA private key.</translation>
    </message>
    <message>
        <source>The file %1 is not an unencrypted PEM EC or RSA private key.</source>
        <translation>The file %1 is not an unencrypted PEM EC or RSA private key.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>The private key does not belong to the certificate.</translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>The private key in %1 does not belong to the certificate in %2.</translation>
    </message>
    <message>
        <source>The certificate was not issued by the hall CA.</source>
        <translation>The certificate was not issued by the hall CA.</translation>
    </message>
    <message>
        <source>The certificate in %1 was not issued by the hall CA in %2.</source>
        <translation>The certificate in %1 was not issued by the hall CA in %2.</translation>
    </message>
    <message>
        <source>The certificate is not a server certificate.</source>
        <translation>The certificate is not a server certificate.</translation>
    </message>
    <message>
        <source>The certificate in %1 is not a server certificate.</source>
        <translation>The certificate in %1 is not a server certificate.</translation>
    </message>
    <message>
        <source>The certificate is not a terminal certificate.</source>
        <translation>The certificate is not a terminal certificate.</translation>
    </message>
    <message>
        <source>The certificate in %1 is not a terminal certificate.</source>
        <translation>The certificate in %1 is not a terminal certificate.</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>The certificate expired on %1.</translation>
    </message>
    <message>
        <source>The certificate in %1 expired on %2.</source>
        <translation>The certificate in %1 expired on %2.</translation>
    </message>
</context>
<context>
    <name>halldesk::AdminLogTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>halldesk::AlertMonitor</name>
    <message numerus="yes">
        <source>%1: a citizen has been waiting for %n minute(s)</source>
        <translation>
            <numerusform>%1: a citizen has been waiting for %n minute(s)</numerusform>
            <numerusform>%1: a citizen has been waiting for %n minute(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has called nobody for %n minute(s) while citizens are waiting</source>
        <translation>
            <numerusform>%1 has called nobody for %n minute(s) while citizens are waiting</numerusform>
            <numerusform>%1 has called nobody for %n minute(s) while citizens are waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has been serving %2 for %n minute(s)</source>
        <translation>
            <numerusform>%1 has been serving %2 for %n minute(s)</numerusform>
            <numerusform>%1 has been serving %2 for %n minute(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The counter of %1 is disconnected while %2 is signed in</source>
        <translation>The counter of %1 is disconnected while %2 is signed in</translation>
    </message>
    <message>
        <source>The follow-up of the complaint about ticket %1 at window %2 is overdue</source>
        <translation>The follow-up of the complaint about ticket %1 at window %2 is overdue</translation>
    </message>
    <message>
        <source>Window %1: ticket %2 was rated very dissatisfied</source>
        <translation>Window %1: ticket %2 was rated very dissatisfied</translation>
    </message>
    <message>
        <source>Window %1: ticket %2 was rated dissatisfied</source>
        <translation>Window %1: ticket %2 was rated dissatisfied</translation>
    </message>
</context>
<context>
    <name>halldesk::AttendanceTableModel</name>
    <message>
        <source>on duty</source>
        <translation>on duty</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), %1</source>
        <translation>
            <numerusform>%n time(s), %1</numerusform>
            <numerusform>%n time(s), %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(no reason)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Time on duty</source>
        <translation>Time on duty</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Breaks</translation>
    </message>
    <message>
        <source>Break reasons</source>
        <translation>Break reasons</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Average service</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>halldesk::CallAnnouncer</name>
    <message>
        <source>The speech engine could not start: %1</source>
        <translation>The speech engine could not start: %1</translation>
    </message>
    <message>
        <source>Speech output failed: %1</source>
        <translation>Speech output failed: %1</translation>
    </message>
    <message>
        <source>An announcement did not finish: the sound output may not work and calls may not be heard.</source>
        <translation>An announcement did not finish: the sound output may not work and calls may not be heard.</translation>
    </message>
    <message>
        <source>No Chinese voice is available: calls are not announced aloud.</source>
        <translation>No Chinese voice is available: calls are not announced aloud.</translation>
    </message>
</context>
<context>
    <name>halldesk::CameraScanSource</name>
    <message>
        <source>The document camera sent a picture HallDesk cannot read. Try again; if it happens again, unplug the camera and plug it in again.</source>
        <translation>The document camera sent a picture HallDesk cannot read. Try again; if it happens again, unplug the camera and plug it in again.</translation>
    </message>
    <message>
        <source>The document camera sends no picture. Check that it is connected and switched on, then try again.</source>
        <translation>The document camera sends no picture. Check that it is connected and switched on, then try again.</translation>
    </message>
</context>
<context>
    <name>halldesk::CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received / due</source>
        <translation>Received / due</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Received date → due date, e.g. 11-30 → 12-14</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>clock stopped</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day(s) left</numerusform>
            <numerusform>%n working day(s) left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::CatalogueCache</name>
    <message>
        <source>The hall server sent a catalogue that cannot be used; the cached one (version %1) stays in use: %2</source>
        <translation>The hall server sent a catalogue that cannot be used; the cached one (version %1) stays in use: %2</translation>
    </message>
    <message>
        <source>The new catalogue could not be stored on this terminal; the cached one (version %1) stays in use.</source>
        <translation>The new catalogue could not be stored on this terminal; the cached one (version %1) stays in use.</translation>
    </message>
</context>
<context>
    <name>halldesk::CounterController</name>
    <message>
        <source>sign in at the window</source>
        <translation>sign in at the window</translation>
    </message>
    <message>
        <source>The session could not be saved on this computer; after a restart you will have to sign in again.</source>
        <translation>The session could not be saved on this computer; after a restart you will have to sign in again.</translation>
    </message>
    <message>
        <source>sign out</source>
        <translation>sign out</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Could not %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: this computer could not store the change (is the disk full?). Nothing was done.</source>
        <translation>Could not %1: this computer could not store the change (is the disk full?). Nothing was done.</translation>
    </message>
    <message>
        <source>call the next ticket</source>
        <translation>call the next ticket</translation>
    </message>
    <message>
        <source>call ticket %1</source>
        <translation>call ticket %1</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>recall</translation>
    </message>
    <message>
        <source>mark the no-show</source>
        <translation>mark the no-show</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>hold</translation>
    </message>
    <message>
        <source>resume the held ticket</source>
        <translation>resume the held ticket</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transfer</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>finish</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>resume service</source>
        <translation>resume service</translation>
    </message>
    <message>
        <source>put the returning citizen back in line</source>
        <translation>put the returning citizen back in line</translation>
    </message>
    <message>
        <source>Offline: this needs the hall server.</source>
        <translation>Offline: this needs the hall server.</translation>
    </message>
    <message>
        <source>No ticket is being served.</source>
        <translation>No ticket is being served.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>You are not signed in at this window.</source>
        <translation>You are not signed in at this window.</translation>
    </message>
    <message>
        <source>The window is paused.</source>
        <translation>The window is paused.</translation>
    </message>
    <message>
        <source>Finish, hold or transfer the current ticket first.</source>
        <translation>Finish, hold or transfer the current ticket first.</translation>
    </message>
    <message>
        <source>No ticket is on hold.</source>
        <translation>No ticket is on hold.</translation>
    </message>
    <message>
        <source>No missed ticket can come back now.</source>
        <translation>No missed ticket can come back now.</translation>
    </message>
    <message>
        <source>ask for the rating</source>
        <translation>ask for the rating</translation>
    </message>
</context>
<context>
    <name>halldesk::DemoServerLauncher</name>
    <message>
        <source>The demo certificates in %1 cannot be used: %2</source>
        <translation>The demo certificates in %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>No demo certificate could be made for this terminal: %1</source>
        <translation>No demo certificate could be made for this terminal: %1</translation>
    </message>
    <message>
        <source>The hall server program (halldesk-server) was not found.</source>
        <translation>The hall server program (halldesk-server) was not found.</translation>
    </message>
    <message>
        <source>The demo hall server could not be started: %1</source>
        <translation>The demo hall server could not be started: %1</translation>
    </message>
    <message>
        <source>The demo hall server stopped at once (exit code %1). Is another program using port %2?</source>
        <translation>The demo hall server stopped at once (exit code %1). Is another program using port %2?</translation>
    </message>
    <message>
        <source>The demo hall server did not become ready in time.</source>
        <translation>The demo hall server did not become ready in time.</translation>
    </message>
</context>
<context>
    <name>halldesk::DocumentCamera</name>
    <message>
        <source>No document camera is connected. Connect it to this computer and try again.</source>
        <translation>No document camera is connected. Connect it to this computer and try again.</translation>
    </message>
    <message>
        <source>The document camera chosen in the settings is not connected. Connect it, or choose another camera in the settings.</source>
        <translation>The document camera chosen in the settings is not connected. Connect it, or choose another camera in the settings.</translation>
    </message>
    <message>
        <source>The document camera stopped working. Check its cable, then try again.</source>
        <translation>The document camera stopped working. Check its cable, then try again.</translation>
    </message>
    <message>
        <source>The document camera was disconnected. Connect it again and try again.</source>
        <translation>The document camera was disconnected. Connect it again and try again.</translation>
    </message>
</context>
<context>
    <name>halldesk::FileImportSource</name>
    <message>
        <source>The file “%1” cannot be opened.</source>
        <translation>The file “%1” cannot be opened.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged or not an image HallDesk can read (PNG, JPEG, TIFF, BMP or PDF).</source>
        <translation>The file “%1” is damaged or not an image HallDesk can read (PNG, JPEG, TIFF, BMP or PDF).</translation>
    </message>
</context>
<context>
    <name>halldesk::FollowUpTableModel</name>
    <message>
        <source>Call back by %1</source>
        <translation>Call back by %1</translation>
    </message>
    <message>
        <source>Rectify by %1</source>
        <translation>Rectify by %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Closed %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>halldesk::HallClient</name>
    <message>
        <source>The hall server did not answer in time; reconnecting.</source>
        <translation>The hall server did not answer in time; reconnecting.</translation>
    </message>
    <message>
        <source>A confirmed change could not be removed from this terminal&apos;s store; trying again.</source>
        <translation>A confirmed change could not be removed from this terminal&apos;s store; trying again.</translation>
    </message>
</context>
<context>
    <name>halldesk::HallReportTable</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not called</source>
        <translation>Not called</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Hall statistics %1 to %2 (%3)</source>
        <translation>Hall statistics %1 to %2 (%3)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Not served</source>
        <translation>Not served</translation>
    </message>
    <message>
        <source>Avg. wait (min)</source>
        <translation>Avg. wait (min)</translation>
    </message>
    <message>
        <source>Longest wait (min)</source>
        <translation>Longest wait (min)</translation>
    </message>
    <message>
        <source>Avg. service (min)</source>
        <translation>Avg. service (min)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Bad ratings</source>
        <translation>Bad ratings</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>halldesk::HallServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Cannot listen on %1 port %2: %3</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskVoice</name>
    <message numerus="yes">
        <source>Your number is %1. %n person(s) ahead of you.</source>
        <translation>
            <numerusform>Your number is %1. %n person(s) ahead of you.</numerusform>
            <numerusform>Your number is %1. %n person(s) ahead of you.</numerusform>
        </translation>
    </message>
    <message>
        <source>The slip could not be printed: please remember your number or ask at the help desk.</source>
        <translation>The slip could not be printed: please remember your number or ask at the help desk.</translation>
    </message>
    <message>
        <source>Please take your slip.</source>
        <translation>Please take your slip.</translation>
    </message>
    <message>
        <source>No ticket was issued.</source>
        <translation>No ticket was issued.</translation>
    </message>
</context>
<context>
    <name>halldesk::MaterialChecklistModel</name>
    <message>
        <source>%1 (optional)</source>
        <extracomment>A material the applicant may leave out, e.g. 户口簿（可选）</extracomment>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>May be handed in after acceptance</source>
        <translation>May be handed in after acceptance</translation>
    </message>
    <message>
        <source>Copy reused from case %1</source>
        <translation>Copy reused from case %1</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
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
        <source>%1 (reused)</source>
        <extracomment>A material taken from an earlier case of the same applicant, e.g. 身份证（复用）</extracomment>
        <translation>%1 (reused)</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
</context>
<context>
    <name>halldesk::MaterialPageSet</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>The saved scan can only be opened before any page is scanned.</source>
        <translation>The saved scan can only be opened before any page is scanned.</translation>
    </message>
</context>
<context>
    <name>halldesk::MaterialPageWorker</name>
    <message>
        <source>The page could not be processed; please scan it again.</source>
        <translation>The page could not be processed; please scan it again.</translation>
    </message>
    <message>
        <source>This page was not kept: %1 The pages before it are kept.</source>
        <translation>This page was not kept: %1 The pages before it are kept.</translation>
    </message>
    <message>
        <source>There are no pages to save.</source>
        <translation>There are no pages to save.</translation>
    </message>
    <message>
        <source>The material could not be saved: %1</source>
        <translation>The material could not be saved: %1</translation>
    </message>
    <message>
        <source>A scanned page could not be read back: %1</source>
        <translation>A scanned page could not be read back: %1</translation>
    </message>
    <message>
        <source>A page of the saved scan is damaged.</source>
        <translation>A page of the saved scan is damaged.</translation>
    </message>
</context>
<context>
    <name>halldesk::MaterialUploader</name>
    <message>
        <source>The scanned file on this computer cannot be read; scan the material again.</source>
        <translation>The scanned file on this computer cannot be read; scan the material again.</translation>
    </message>
</context>
<context>
    <name>halldesk::PadSession</name>
    <message>
        <source>Your rating could not be saved. Please try again or tell the staff.</source>
        <translation>Your rating could not be saved. Please try again or tell the staff.</translation>
    </message>
</context>
<context>
    <name>halldesk::PadVoice</name>
    <message>
        <source>Please rate this service.</source>
        <translation>Please rate this service.</translation>
    </message>
    <message>
        <source>Please choose why you are dissatisfied.</source>
        <translation>Please choose why you are dissatisfied.</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Thank you for your rating.</translation>
    </message>
</context>
<context>
    <name>halldesk::PromptVoice</name>
    <message>
        <source>The speech engine could not start: %1</source>
        <translation>The speech engine could not start: %1</translation>
    </message>
    <message>
        <source>No Chinese voice is available: the spoken prompts are off.</source>
        <translation>No Chinese voice is available: the spoken prompts are off.</translation>
    </message>
</context>
<context>
    <name>halldesk::QtSpeechEngine</name>
    <message>
        <source>The speech engine did not answer in time.</source>
        <translation>The speech engine did not answer in time.</translation>
    </message>
</context>
<context>
    <name>halldesk::QtSpeechWorker</name>
    <message>
        <source>The text-to-speech engine &quot;%1&quot; is not available.</source>
        <translation>The text-to-speech engine &quot;%1&quot; is not available.</translation>
    </message>
</context>
<context>
    <name>halldesk::QueueTableModel</name>
    <message>
        <source>Area / queue</source>
        <translation>Area / queue</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Estimated wait</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>Open windows</source>
        <translation>Open windows</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::RankingTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Average service</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>Days present</translation>
    </message>
    <message>
        <source>Score out of 100: satisfaction rate %1, tickets served %2, short service time %3, attendance %4 (weights).</source>
        <translation>Score out of 100: satisfaction rate %1, tickets served %2, short service time %3, attendance %4 (weights).</translation>
    </message>
    <message>
        <source>Ranked: at least %1 tickets served and %2 ratings in the quarter; a bad rating whose follow-up is not closed disqualifies. Attendance counts against %3 working days. Ties: satisfaction rate, then served, then the shorter service time.</source>
        <translation>Ranked: at least %1 tickets served and %2 ratings in the quarter; a bad rating whose follow-up is not closed disqualifies. Attendance counts against %3 working days. Ties: satisfaction rate, then served, then the shorter service time.</translation>
    </message>
</context>
<context>
    <name>halldesk::SealedFileReader</name>
    <message>
        <source>The stored document could not be read.</source>
        <translation>The stored document could not be read.</translation>
    </message>
    <message>
        <source>The stored document is damaged or incomplete.</source>
        <translation>The stored document is damaged or incomplete.</translation>
    </message>
    <message>
        <source>The stored document is damaged or was sealed with another key.</source>
        <translation>The stored document is damaged or was sealed with another key.</translation>
    </message>
</context>
<context>
    <name>halldesk::SealedFileWriter</name>
    <message>
        <source>The stored file is damaged.</source>
        <translation>The stored file is damaged.</translation>
    </message>
    <message>
        <source>The file is already complete.</source>
        <translation>The file is already complete.</translation>
    </message>
    <message>
        <source>The disk is full: the document could not be stored.</source>
        <translation>The disk is full: the document could not be stored.</translation>
    </message>
    <message>
        <source>The document could not be stored on this computer&apos;s disk.</source>
        <translation>The document could not be stored on this computer&apos;s disk.</translation>
    </message>
</context>
<context>
    <name>halldesk::SupervisorReports</name>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>The server&apos;s answer was not understood.</translation>
    </message>
</context>
<context>
    <name>halldesk::TicketDispenser</name>
    <message>
        <source>No ticket has been issued here yet.</source>
        <translation>No ticket has been issued here yet.</translation>
    </message>
</context>
<context>
    <name>halldesk::WaitingTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>halldesk::WindowGridModel</name>
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
</TS>
