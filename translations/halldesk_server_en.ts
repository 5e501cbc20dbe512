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
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>HallDesk hall server: keeps the queues, tickets and windows of the service hall.</source>
        <translation>HallDesk hall server: keeps the queues, tickets and windows of the service hall.</translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>Read settings from this INI file.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
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
        <source>Use the demo hall (10 areas, 271 windows) and a demo database unless one is given.</source>
        <translation>Use the demo hall (10 areas, 271 windows) and a demo database unless one is given.</translation>
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
        <source>Open and check the database, then exit.</source>
        <translation>Open and check the database, then exit.</translation>
    </message>
    <message>
        <source>Configuration file not found: %1</source>
        <translation>Configuration file not found: %1</translation>
    </message>
    <message>
        <source>The sweep interval must be at least 100 ms.</source>
        <translation>The sweep interval must be at least 100 ms.</translation>
    </message>
</context>
</TS>
