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
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>No staff member has the number %1.</source>
        <translation>没有工号为 %1 的工作人员。</translation>
    </message>
    <message>
        <source>Password set for %1.</source>
        <translation>已为 %1 设置密码。</translation>
    </message>
    <message>
        <source>The PIN must have 4 to 8 digits.</source>
        <translation>PIN 须为 4 至 8 位数字。</translation>
    </message>
    <message>
        <source>PIN set for %1.</source>
        <translation>已为 %1 设置 PIN。</translation>
    </message>
    <message>
        <source>The card number must have 4 to 32 letters or digits.</source>
        <translation>工作证卡号须为 4 至 32 位字母或数字。</translation>
    </message>
    <message>
        <source>This card is already registered to staff member %1.</source>
        <translation>该工作证已登记给工作人员 %1。</translation>
    </message>
    <message>
        <source>Staff card set for %1.</source>
        <translation>已为 %1 设置工作证。</translation>
    </message>
    <message>
        <source>No appointment was imported.</source>
        <translation>未导入任何预约。</translation>
    </message>
    <message>
        <source>Imported %1 appointments; %2 were already there.</source>
        <translation>已导入 %1 条预约；%2 条此前已存在。</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>从该 INI 文件读取设置。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
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
        <source>HallDesk hall server: keeps the queues, tickets and windows of the service hall and serves its terminals over mutually authenticated TLS.</source>
        <translation>HallDesk 大厅服务器：管理政务服务大厅的排队、号码与窗口，并通过双向认证的 TLS 为各终端提供服务。</translation>
    </message>
    <message>
        <source>Use the demo hall (10 areas, 271 windows), a demo database and development certificates unless others are given.</source>
        <translation>使用演示大厅（10个业务区、271个窗口），未另行指定时使用演示数据库和开发证书。</translation>
    </message>
    <message>
        <source>Set this staff member&apos;s password, read from standard input, then exit.</source>
        <translation>从标准输入读取并设置该工作人员的密码，然后退出。</translation>
    </message>
    <message>
        <source>staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>The setting %1 in %2 is not valid: %3</source>
        <translation>%2 中的设置项 %1 无效：%3</translation>
    </message>
    <message>
        <source>The option --%1 is not valid: %2</source>
        <translation>选项 --%1 无效：%2</translation>
    </message>
    <message>
        <source>No TLS certificate: give --tls-ca, --tls-cert and --tls-key (see halldesk-pki.sh), or --demo.</source>
        <translation>没有 TLS 证书：请指定 --tls-ca、--tls-cert 和 --tls-key（参见 halldesk-pki.sh），或使用 --demo。</translation>
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
        <source>Install this service catalogue (JSON) if its version is newer than the one in the database.</source>
        <translation>安装此服务事项目录（JSON），仅当其版本高于数据库中的版本时生效。</translation>
    </message>
    <message>
        <source>Add or replace a year of the holiday calendar from this notice (JSON); several files are separated by commas.</source>
        <translation>按此节假日安排通知（JSON）新增或替换日历中的一年；多个文件用逗号分隔。</translation>
    </message>
    <message>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Address to accept terminals on (default: all).</source>
        <translation>接受终端连接的地址（默认：全部）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port for terminals (default 7443; 0: any free port).</source>
        <translation>终端连接端口（默认 7443；0：任一空闲端口）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>The hall CA certificate (PEM).</source>
        <translation>大厅 CA 证书（PEM）。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (PEM).</source>
        <translation>服务器证书（PEM）。</translation>
    </message>
    <message>
        <source>The server&apos;s private key (PEM).</source>
        <translation>服务器私钥（PEM）。</translation>
    </message>
    <message>
        <source>Use development certificates in this directory, made when missing (demo and tests only).</source>
        <translation>使用该目录中的开发证书，缺失时自动生成（仅用于演示和测试）。</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Address of the health and metrics endpoint (default 127.0.0.1).</source>
        <translation>健康检查与监控指标接口的地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Port of the health and metrics endpoint (default 9464; 0: any free port; -1: none).</source>
        <translation>健康检查与监控指标接口的端口（默认 9464；0：任一空闲端口；-1：不开启）。</translation>
    </message>
    <message>
        <source>Minutes a staff sign-in stays valid.</source>
        <translation>工作人员登录的有效时长（分钟）。</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Largest message a terminal may send.</source>
        <translation>终端可发送的最大消息长度。</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Requests per second one terminal may send on average.</source>
        <translation>单个终端平均每秒可发送的请求数。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>PBKDF2 iterations for passwords set from now on.</source>
        <translation>此后设置的密码所用的 PBKDF2 迭代次数。</translation>
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
        <source>Directory for uploaded scans of materials, stored encrypted (default: documents/ beside an SQLite database, ~/.local/share/halldesk/documents for PostgreSQL).</source>
        <translation>上传的材料扫描件的存放目录，加密保存（默认：SQLite 数据库旁的 documents/；PostgreSQL 时为 ~/.local/share/halldesk/documents）。</translation>
    </message>
    <message>
        <source>Directory of the staff&apos;s photos that the pads show, one file per staff number (HD0012.jpg or .png; default: photos/ beside the documents directory).</source>
        <translation>评价器显示的工作人员照片目录，每个工号一个文件（HD0012.jpg 或 .png；默认：文档目录旁的 photos/）。</translation>
    </message>
    <message>
        <source>Seconds a citizen has to rate a service on the pad before it is recorded as not rated (default 120; 10-3600).</source>
        <translation>群众在评价器上评价一次服务的时限（秒），超时记为未评价（默认 120；10-3600）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>a number of seconds from 10 to 3600</source>
        <translation>应为 10 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>The reasons a citizen picks from for a bad rating, as code=label;code=label (codes of a-z, 0-9 and _).</source>
        <translation>差评时供群众选择的原因，格式为 代码=名称;代码=名称（代码由 a-z、0-9 和 _ 组成）。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>each reason is code=label, codes of a-z, 0-9 and _ (at most 32), labels of at most 40 characters, no code twice, 1 to 20 reasons; this one is not: %1</source>
        <translation>每个原因应为 代码=名称，代码由 a-z、0-9 和 _ 组成（最多 32 个字符），名称最多 40 个字符，代码不得重复，共 1 到 20 个原因；这一项不符合：%1</translation>
    </message>
    <message>
        <source>Working days after a bad rating by which the citizen must be called back (default 1; 1-30).</source>
        <translation>差评后应回访群众的期限（工作日，默认 1；1-30）。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>a number of working days from 1 to 30</source>
        <translation>应为 1 到 30 之间的工作日数</translation>
    </message>
    <message>
        <source>Working days a rectification may take once it has started (default 5; 1-60).</source>
        <translation>整改开始后的完成期限（工作日，默认 5；1-60）。</translation>
    </message>
    <message>
        <source>a number of working days from 1 to 60</source>
        <translation>应为 1 到 60 之间的工作日数</translation>
    </message>
    <message>
        <source>Minutes before an appointment&apos;s slot from which it may be checked in at a kiosk (default 30; 0-240).</source>
        <translation>预约时段开始前多少分钟起可在取号机签到（默认 30；0-240）。</translation>
    </message>
    <message>
        <source>a number of minutes from 0 to 240</source>
        <translation>0 至 240 之间的分钟数</translation>
    </message>
    <message>
        <source>Set this staff member&apos;s help-desk PIN (4 to 8 digits), read from standard input, then exit.</source>
        <translation>从标准输入读取并设置该工作人员的咨询台 PIN（4 至 8 位数字），然后退出。</translation>
    </message>
    <message>
        <source>Set this staff member&apos;s staff card number (4 to 32 letters or digits), read from standard input, then exit.</source>
        <translation>从标准输入读取并设置该工作人员的工作证卡号（4 至 32 位字母或数字），然后退出。</translation>
    </message>
    <message>
        <source>Import appointments from the booking system (CSV: code,queue,date,start,end and optionally residentId), all or nothing, then exit.</source>
        <translation>从预约系统导入预约（CSV：code,queue,date,start,end，可选 residentId），全部成功或全部不导入，然后退出。</translation>
    </message>
    <message>
        <source>a whole number from 0 to %1</source>
        <translation>应为 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>Weight of the satisfaction rate in the quarterly ranking of windows and staff (default 40; 0-100).</source>
        <translation>季度窗口和人员评比中满意率的权重（默认 40；0-100）。</translation>
    </message>
    <message>
        <source>Weight of the tickets served in the quarterly ranking (default 30; 0-100).</source>
        <translation>季度评比中办件量的权重（默认 30；0-100）。</translation>
    </message>
    <message>
        <source>Weight of a short average service time in the quarterly ranking (default 10; 0-100).</source>
        <translation>季度评比中平均办理时长（越短越好）的权重（默认 10；0-100）。</translation>
    </message>
    <message>
        <source>Weight of attendance (days signed in of the working days) in the quarterly ranking (default 20; 0-100).</source>
        <translation>季度评比中出勤（签到天数占工作日的比例）的权重（默认 20；0-100）。</translation>
    </message>
    <message>
        <source>Tickets a window or staff member must have served in the quarter to be ranked (default 100; 0-100000).</source>
        <translation>窗口或人员参加评比在本季度至少应办结的号数（默认 100；0-100000）。</translation>
    </message>
    <message>
        <source>Ratings a window or staff member must have received in the quarter to be ranked (default 30; 0-100000).</source>
        <translation>窗口或人员参加评比在本季度至少应获得的评价数（默认 30；0-100000）。</translation>
    </message>
    <message>
        <source>The weights of the quarterly ranking (ranking_weight_*) must not all be 0.</source>
        <translation>季度评比的权重（ranking_weight_*）不能全部为 0。</translation>
    </message>
</context>
</TS>
