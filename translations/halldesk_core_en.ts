<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
