<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LoadGenerator</name>
    <message>
        <source>No progress for 60 s.</source>
        <translation>No progress for 60 s.</translation>
    </message>
</context>
<context>
    <name>LoadOptions</name>
    <message>
        <source>HallDesk load generator: connects counter windows and ticket kiosks to a hall server with real certificates and drives a realistic mix of queue operations. The last line of its output is one line of key=value figures.</source>
        <translation>HallDesk load generator: connects counter windows and ticket kiosks to a hall server with real certificates and drives a realistic mix of queue operations. The last line of its output is one line of key=value figures.</translation>
    </message>
    <message>
        <source>Hall server address (wss://host:port).</source>
        <translation>Hall server address (wss://host:port).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Development certificate directory of that server.</source>
        <translation>Development certificate directory of that server.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Start a halldesk-server on a free port with a fresh SQLite database and test certificates, and stop it at the end.</source>
        <translation>Start a halldesk-server on a free port with a fresh SQLite database and test certificates, and stop it at the end.</translation>
    </message>
    <message>
        <source>The halldesk-server to start (default: next to this program).</source>
        <translation>The halldesk-server to start (default: next to this program).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Counter windows to connect (1-271).</source>
        <translation>Counter windows to connect (1-271).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Stop after this many successful calls.</source>
        <translation>Stop after this many successful calls.</translation>
    </message>
    <message>
        <source>Operations per second across all terminals (open loop).</source>
        <translation>Operations per second across all terminals (open loop).</translation>
    </message>
    <message>
        <source>Closed loop: each terminal sends its next request as soon as it has the answer.</source>
        <translation>Closed loop: each terminal sends its next request as soon as it has the answer.</translation>
    </message>
    <message>
        <source>Password of the staff signing in (demo hall: halldesk).</source>
        <translation>Password of the staff signing in (demo hall: halldesk).</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>Random seed of the mix.</source>
        <translation>Random seed of the mix.</translation>
    </message>
    <message>
        <source>--windows must be between 1 and 271.</source>
        <translation>--windows must be between 1 and 271.</translation>
    </message>
    <message>
        <source>--kiosks must be between 1 and 100.</source>
        <translation>--kiosks must be between 1 and 100.</translation>
    </message>
    <message>
        <source>--calls must be a positive number.</source>
        <translation>--calls must be a positive number.</translation>
    </message>
    <message>
        <source>--rate must be a positive number.</source>
        <translation>--rate must be a positive number.</translation>
    </message>
    <message>
        <source>--seed must be a number.</source>
        <translation>--seed must be a number.</translation>
    </message>
    <message>
        <source>Give --spawn-server, or --server and --pki-dir.</source>
        <translation>Give --spawn-server, or --server and --pki-dir.</translation>
    </message>
    <message>
        <source>halldesk-server not found; give --server-binary.</source>
        <translation>halldesk-server not found; give --server-binary.</translation>
    </message>
    <message>
        <source>Ticket kiosks to connect (default 10; closed loop: one for every three windows, so that tickets come as fast as the windows call them).</source>
        <translation>Ticket kiosks to connect (default 10; closed loop: one for every three windows, so that tickets come as fast as the windows call them).</translation>
    </message>
</context>
<context>
    <name>SpawnedServer</name>
    <message>
        <source>Cannot create a temporary directory.</source>
        <translation>Cannot create a temporary directory.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Cannot start %1: %2</translation>
    </message>
    <message>
        <source>halldesk-server did not become ready.</source>
        <translation>halldesk-server did not become ready.</translation>
    </message>
</context>
</TS>
