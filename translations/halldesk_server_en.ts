<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HallServerRuntime</name>
    <message>
        <source>The database address is not valid: %1</source>
        <translation>The database address is not valid: %1</translation>
    </message>
    <message>
        <source>The database holds no hall yet. Start with --hall FILE or --demo.</source>
        <translation>The database holds no hall yet. Start with --hall FILE or --demo.</translation>
    </message>
    <message>
        <source>The personal data key file %1 is missing, but the hall database already holds tickets. Restore the key file from the backup; a new key would make the stored personal data unreadable.</source>
        <translation>The personal data key file %1 is missing, but the hall database already holds tickets. Restore the key file from the backup; a new key would make the stored personal data unreadable.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>No staff member has the number %1.</source>
        <translation>No staff member has the number %1.</translation>
    </message>
    <message>
        <source>Password set for %1.</source>
        <translation>Password set for %1.</translation>
    </message>
    <message>
        <source>The PIN must have 4 to 8 digits.</source>
        <translation>The PIN must have 4 to 8 digits.</translation>
    </message>
    <message>
        <source>PIN set for %1.</source>
        <translation>PIN set for %1.</translation>
    </message>
    <message>
        <source>The card number must have 4 to 32 letters or digits.</source>
        <translation>The card number must have 4 to 32 letters or digits.</translation>
    </message>
    <message>
        <source>This card is already registered to staff member %1.</source>
        <translation>This card is already registered to staff member %1.</translation>
    </message>
    <message>
        <source>Staff card set for %1.</source>
        <translation>Staff card set for %1.</translation>
    </message>
    <message>
        <source>No appointment was imported.</source>
        <translation>No appointment was imported.</translation>
    </message>
    <message>
        <source>Imported %1 appointments; %2 were already there.</source>
        <translation>Imported %1 appointments; %2 were already there.</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>Read settings from this INI file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Open and check the database, then exit.</source>
        <translation>Open and check the database, then exit.</translation>
    </message>
    <message>
        <source>Configuration file not found: %1</source>
        <translation>Configuration file not found: %1</translation>
    </message>
    <message>
        <source>HallDesk hall server: keeps the queues, tickets and windows of the service hall and serves its terminals over mutually authenticated TLS.</source>
        <translation>HallDesk hall server: keeps the queues, tickets and windows of the service hall and serves its terminals over mutually authenticated TLS.</translation>
    </message>
    <message>
        <source>Use the demo hall (10 areas, 271 windows), a demo database and development certificates unless others are given.</source>
        <translation>Use the demo hall (10 areas, 271 windows), a demo database and development certificates unless others are given.</translation>
    </message>
    <message>
        <source>Set this staff member&apos;s password, read from standard input, then exit.</source>
        <translation>Set this staff member&apos;s password, read from standard input, then exit.</translation>
    </message>
    <message>
        <source>staff number</source>
        <translation>staff number</translation>
    </message>
    <message>
        <source>The setting %1 in %2 is not valid: %3</source>
        <translation>The setting %1 in %2 is not valid: %3</translation>
    </message>
    <message>
        <source>The option --%1 is not valid: %2</source>
        <translation>The option --%1 is not valid: %2</translation>
    </message>
    <message>
        <source>No TLS certificate: give --tls-ca, --tls-cert and --tls-key (see halldesk-pki.sh), or --demo.</source>
        <translation>No TLS certificate: give --tls-ca, --tls-cert and --tls-key (see halldesk-pki.sh), or --demo.</translation>
    </message>
    <message>
        <source>Database: sqlite:PATH (default) or postgresql://user:password@host:port/name.</source>
        <translation>Database: sqlite:PATH (default) or postgresql://user:password@host:port/name.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Key that encrypts personal data (created if missing).</source>
        <translation>Key that encrypts personal data (created if missing).</translation>
    </message>
    <message>
        <source>Install this hall definition (JSON) into an empty database.</source>
        <translation>Install this hall definition (JSON) into an empty database.</translation>
    </message>
    <message>
        <source>Install this service catalogue (JSON) if its version is newer than the one in the database.</source>
        <translation>Install this service catalogue (JSON) if its version is newer than the one in the database.</translation>
    </message>
    <message>
        <source>Add or replace a year of the holiday calendar from this notice (JSON); several files are separated by commas.</source>
        <translation>Add or replace a year of the holiday calendar from this notice (JSON); several files are separated by commas.</translation>
    </message>
    <message>
        <source>files</source>
        <translation>files</translation>
    </message>
    <message>
        <source>Address to accept terminals on (default: all).</source>
        <translation>Address to accept terminals on (default: all).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Port for terminals (default 7443; 0: any free port).</source>
        <translation>Port for terminals (default 7443; 0: any free port).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>The hall CA certificate (PEM).</source>
        <translation>The hall CA certificate (PEM).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (PEM).</source>
        <translation>The server&apos;s certificate (PEM).</translation>
    </message>
    <message>
        <source>The server&apos;s private key (PEM).</source>
        <translation>The server&apos;s private key (PEM).</translation>
    </message>
    <message>
        <source>Use development certificates in this directory, made when missing (demo and tests only).</source>
        <translation>Use development certificates in this directory, made when missing (demo and tests only).</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Address of the health and metrics endpoint (default 127.0.0.1).</source>
        <translation>Address of the health and metrics endpoint (default 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port of the health and metrics endpoint (default 9464; 0: any free port; -1: none).</source>
        <translation>Port of the health and metrics endpoint (default 9464; 0: any free port; -1: none).</translation>
    </message>
    <message>
        <source>Minutes a staff sign-in stays valid.</source>
        <translation>Minutes a staff sign-in stays valid.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Largest message a terminal may send.</source>
        <translation>Largest message a terminal may send.</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Requests per second one terminal may send on average.</source>
        <translation>Requests per second one terminal may send on average.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>PBKDF2 iterations for passwords set from now on.</source>
        <translation>PBKDF2 iterations for passwords set from now on.</translation>
    </message>
    <message>
        <source>Milliseconds between checks for expired holds.</source>
        <translation>Milliseconds between checks for expired holds.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Directory for uploaded scans of materials, stored encrypted (default: documents/ beside an SQLite database, ~/.local/share/halldesk/documents for PostgreSQL).</source>
        <translation>Directory for uploaded scans of materials, stored encrypted (default: documents/ beside an SQLite database, ~/.local/share/halldesk/documents for PostgreSQL).</translation>
    </message>
    <message>
        <source>Directory of the staff&apos;s photos that the pads show, one file per staff number (HD0012.jpg or .png; default: photos/ beside the documents directory).</source>
        <translation>Directory of the staff&apos;s photos that the pads show, one file per staff number (HD0012.jpg or .png; default: photos/ beside the documents directory).</translation>
    </message>
    <message>
        <source>Seconds a citizen has to rate a service on the pad before it is recorded as not rated (default 120; 10-3600).</source>
        <translation>Seconds a citizen has to rate a service on the pad before it is recorded as not rated (default 120; 10-3600).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>a number of seconds from 10 to 3600</source>
        <translation>a number of seconds from 10 to 3600</translation>
    </message>
    <message>
        <source>The reasons a citizen picks from for a bad rating, as code=label;code=label (codes of a-z, 0-9 and _).</source>
        <translation>The reasons a citizen picks from for a bad rating, as code=label;code=label (codes of a-z, 0-9 and _).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>each reason is code=label, codes of a-z, 0-9 and _ (at most 32), labels of at most 40 characters, no code twice, 1 to 20 reasons; this one is not: %1</source>
        <translation>each reason is code=label, codes of a-z, 0-9 and _ (at most 32), labels of at most 40 characters, no code twice, 1 to 20 reasons; this one is not: %1</translation>
    </message>
    <message>
        <source>Working days after a bad rating by which the citizen must be called back (default 1; 1-30).</source>
        <translation>Working days after a bad rating by which the citizen must be called back (default 1; 1-30).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>a number of working days from 1 to 30</source>
        <translation>a number of working days from 1 to 30</translation>
    </message>
    <message>
        <source>Working days a rectification may take once it has started (default 5; 1-60).</source>
        <translation>Working days a rectification may take once it has started (default 5; 1-60).</translation>
    </message>
    <message>
        <source>a number of working days from 1 to 60</source>
        <translation>a number of working days from 1 to 60</translation>
    </message>
    <message>
        <source>Minutes before an appointment&apos;s slot from which it may be checked in at a kiosk (default 30; 0-240).</source>
        <translation>Minutes before an appointment&apos;s slot from which it may be checked in at a kiosk (default 30; 0-240).</translation>
    </message>
    <message>
        <source>a number of minutes from 0 to 240</source>
        <translation>a number of minutes from 0 to 240</translation>
    </message>
    <message>
        <source>Set this staff member&apos;s help-desk PIN (4 to 8 digits), read from standard input, then exit.</source>
        <translation>Set this staff member&apos;s help-desk PIN (4 to 8 digits), read from standard input, then exit.</translation>
    </message>
    <message>
        <source>Set this staff member&apos;s staff card number (4 to 32 letters or digits), read from standard input, then exit.</source>
        <translation>Set this staff member&apos;s staff card number (4 to 32 letters or digits), read from standard input, then exit.</translation>
    </message>
    <message>
        <source>Import appointments from the booking system (CSV: code,queue,date,start,end and optionally residentId), all or nothing, then exit.</source>
        <translation>Import appointments from the booking system (CSV: code,queue,date,start,end and optionally residentId), all or nothing, then exit.</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation>a whole number from 0 to %1</translation>
    </message>
    <message>
        <source>Weight of the satisfaction rate in the quarterly ranking of windows and staff (default 40; 0-100).</source>
        <translation>Weight of the satisfaction rate in the quarterly ranking of windows and staff (default 40; 0-100).</translation>
    </message>
    <message>
        <source>Weight of the tickets served in the quarterly ranking (default 30; 0-100).</source>
        <translation>Weight of the tickets served in the quarterly ranking (default 30; 0-100).</translation>
    </message>
    <message>
        <source>Weight of a short average service time in the quarterly ranking (default 10; 0-100).</source>
        <translation>Weight of a short average service time in the quarterly ranking (default 10; 0-100).</translation>
    </message>
    <message>
        <source>Weight of attendance (days signed in of the working days) in the quarterly ranking (default 20; 0-100).</source>
        <translation>Weight of attendance (days signed in of the working days) in the quarterly ranking (default 20; 0-100).</translation>
    </message>
    <message>
        <source>Tickets a window or staff member must have served in the quarter to be ranked (default 100; 0-100000).</source>
        <translation>Tickets a window or staff member must have served in the quarter to be ranked (default 100; 0-100000).</translation>
    </message>
    <message>
        <source>Ratings a window or staff member must have received in the quarter to be ranked (default 30; 0-100000).</source>
        <translation>Ratings a window or staff member must have received in the quarter to be ranked (default 30; 0-100000).</translation>
    </message>
    <message>
        <source>The weights of the quarterly ranking (ranking_weight_*) must not all be 0.</source>
        <translation>The weights of the quarterly ranking (ranking_weight_*) must not all be 0.</translation>
    </message>
</context>
</TS>
