<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Announcement</name>
    <message>
        <source>Number %1, please come to window %2.</source>
        <translation>Number %1, please come to window %2.</translation>
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
        <source>Elderly</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Military</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>Serious illness</source>
        <translation>Serious illness</translation>
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
    <name>halldesk::HallServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Cannot listen on %1 port %2: %3</translation>
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
</TS>
