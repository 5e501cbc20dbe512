<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LoadGenerator</name>
    <message>
        <source>No progress for 60 s.</source>
        <translation>60 秒内没有任何进展。</translation>
    </message>
</context>
<context>
    <name>LoadOptions</name>
    <message>
        <source>HallDesk load generator: connects counter windows and ticket kiosks to a hall server with real certificates and drives a realistic mix of queue operations. The last line of its output is one line of key=value figures.</source>
        <translation>HallDesk 压力测试工具：用真实证书将窗口终端和取号机连接到大厅服务器，并按真实比例发起各类排队操作。输出的最后一行是一行 键=值 形式的统计数据。</translation>
    </message>
    <message>
        <source>Hall server address (wss://host:port).</source>
        <translation>大厅服务器地址（wss://主机:端口）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Development certificate directory of that server.</source>
        <translation>该服务器的开发证书目录。</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Start a halldesk-server on a free port with a fresh SQLite database and test certificates, and stop it at the end.</source>
        <translation>在空闲端口上启动一个使用全新 SQLite 数据库和测试证书的 halldesk-server，并在结束时停止它。</translation>
    </message>
    <message>
        <source>The halldesk-server to start (default: next to this program).</source>
        <translation>要启动的 halldesk-server（默认：与本程序同目录）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Counter windows to connect (1-271).</source>
        <translation>要连接的窗口数（1-271）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Stop after this many successful calls.</source>
        <translation>成功叫号达到此数后停止。</translation>
    </message>
    <message>
        <source>Operations per second across all terminals (open loop).</source>
        <translation>所有终端合计每秒操作数（开环）。</translation>
    </message>
    <message>
        <source>Closed loop: each terminal sends its next request as soon as it has the answer.</source>
        <translation>闭环：每个终端收到应答后立即发送下一个请求。</translation>
    </message>
    <message>
        <source>Password of the staff signing in (demo hall: halldesk).</source>
        <translation>登录工作人员的密码（演示大厅：halldesk）。</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Random seed of the mix.</source>
        <translation>操作组合的随机种子。</translation>
    </message>
    <message>
        <source>--windows must be between 1 and 271.</source>
        <translation>--windows 必须在 1 到 271 之间。</translation>
    </message>
    <message>
        <source>--kiosks must be between 1 and 100.</source>
        <translation>--kiosks 必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>--calls must be a positive number.</source>
        <translation>--calls 必须是正数。</translation>
    </message>
    <message>
        <source>--rate must be a positive number.</source>
        <translation>--rate 必须是正数。</translation>
    </message>
    <message>
        <source>--seed must be a number.</source>
        <translation>--seed 必须是数字。</translation>
    </message>
    <message>
        <source>Give --spawn-server, or --server and --pki-dir.</source>
        <translation>请指定 --spawn-server，或同时指定 --server 和 --pki-dir。</translation>
    </message>
    <message>
        <source>halldesk-server not found; give --server-binary.</source>
        <translation>找不到 halldesk-server，请用 --server-binary 指定。</translation>
    </message>
    <message>
        <source>Ticket kiosks to connect (default 10; closed loop: one for every three windows, so that tickets come as fast as the windows call them).</source>
        <translation>要连接的取号机数（默认 10；闭环时每三个窗口一台，使取号速度跟得上叫号速度）。</translation>
    </message>
</context>
<context>
    <name>SpawnedServer</name>
    <message>
        <source>Cannot create a temporary directory.</source>
        <translation>无法创建临时目录。</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>halldesk-server did not become ready.</source>
        <translation>halldesk-server 未能就绪。</translation>
    </message>
</context>
</TS>
