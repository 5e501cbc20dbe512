<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HallServerRuntime</name>
    <message>
        <source>The database address is not valid: %1</source>
        <translation>数据库地址无效：%1</translation>
    </message>
    <message>
        <source>The database holds no hall yet. Start with --hall FILE or --demo.</source>
        <translation>数据库中还没有大厅配置。请使用 --hall 文件 或 --demo 启动。</translation>
    </message>
    <message>
        <source>The personal data key file %1 is missing, but the hall database already holds tickets. Restore the key file from the backup; a new key would make the stored personal data unreadable.</source>
        <translation>个人信息密钥文件 %1 不存在，但大厅数据库中已有号码数据。请从备份中恢复密钥文件；生成新密钥将导致已存储的个人信息无法读取。</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>HallDesk hall server: keeps the queues, tickets and windows of the service hall.</source>
        <translation>HallDesk 大厅服务器：管理政务服务大厅的排队、号码与窗口。</translation>
    </message>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>从该 INI 文件读取设置。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Database: sqlite:PATH (default) or postgresql://user:password@host:port/name.</source>
        <translation>数据库：sqlite:路径（默认）或 postgresql://用户:密码@主机:端口/库名。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Key that encrypts personal data (created if missing).</source>
        <translation>加密个人信息的密钥文件（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>Install this hall definition (JSON) into an empty database.</source>
        <translation>将该大厅配置（JSON）安装到空数据库。</translation>
    </message>
    <message>
        <source>Use the demo hall (10 areas, 271 windows) and a demo database unless one is given.</source>
        <translation>使用演示大厅（10个业务区、271个窗口），未指定数据库时使用演示数据库。</translation>
    </message>
    <message>
        <source>Milliseconds between checks for expired holds.</source>
        <translation>检查挂起超时的间隔（毫秒）。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Open and check the database, then exit.</source>
        <translation>打开并检查数据库后退出。</translation>
    </message>
    <message>
        <source>Configuration file not found: %1</source>
        <translation>找不到配置文件：%1</translation>
    </message>
    <message>
        <source>The sweep interval must be at least 100 ms.</source>
        <translation>检查间隔不能少于100毫秒。</translation>
    </message>
</context>
</TS>
