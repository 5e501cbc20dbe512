<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminLogWording</name>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>新建区域</translation>
    </message>
    <message>
        <source>Area changed</source>
        <translation>修改区域</translation>
    </message>
    <message>
        <source>New queue</source>
        <translation>新建业务</translation>
    </message>
    <message>
        <source>Queue changed</source>
        <translation>修改业务</translation>
    </message>
    <message>
        <source>New window</source>
        <translation>新建窗口</translation>
    </message>
    <message>
        <source>Window changed</source>
        <translation>修改窗口</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>新建工作人员</translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation>修改工作人员</translation>
    </message>
    <message>
        <source>Temporary password set</source>
        <translation>设置临时密码</translation>
    </message>
    <message>
        <source>Priority groups switched</source>
        <translation>调整优先群体</translation>
    </message>
    <message>
        <source>Alert thresholds set</source>
        <translation>设置提醒阈值</translation>
    </message>
    <message>
        <source>Holiday year stored</source>
        <translation>保存节假日安排</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>业务 %1</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>工作人员 %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Ticket letter %1</source>
        <translation>号票字母 %1</translation>
    </message>
    <message>
        <source>Prefix %1</source>
        <translation>号票前缀 %1</translation>
    </message>
    <message numerus="yes">
        <source>Initial service time %n s</source>
        <translation>
            <numerusform>初始办理时长 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock-out cleared; their sessions ended</source>
        <translation>已解除锁定，其登录已全部退出</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>may sign in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>无改动</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>改动：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1（权重 %2）</translation>
    </message>
    <message>
        <source>Queues: %1</source>
        <translation>办理业务：%1</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 开启</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 关闭</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Long wait %n min</source>
        <translation>
            <numerusform>等候超时 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle with people waiting %n min</source>
        <translation>
            <numerusform>有人等候时空闲 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long service %n min</source>
        <translation>
            <numerusform>办理超时 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline %n min</source>
        <translation>
            <numerusform>离线 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Bad ratings %1</source>
        <translation>差评提醒 %1</translation>
    </message>
    <message>
        <source>Overdue follow-ups %1</source>
        <translation>逾期整改提醒 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Whole hall</source>
        <translation>全大厅</translation>
    </message>
    <message>
        <source>Days off and make-up working days of the year, in force at once</source>
        <translation>当年放假与调休安排，即时生效</translation>
    </message>
</context>
<context>
    <name>Announcement</name>
    <message>
        <source>Number %1, please come to window %2.</source>
        <translation>请%1号到%2号窗口办理</translation>
    </message>
</context>
<context>
    <name>ApplicantValidator</name>
    <message>
        <source>Enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>A name has 2 to %1 characters.</source>
        <translation>姓名应为 2 至 %1 个字。</translation>
    </message>
    <message>
        <source>A name has no digits or punctuation.</source>
        <translation>姓名不能包含数字或标点符号。</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>An organisation&apos;s name has 2 to %1 characters.</source>
        <translation>单位名称应为 2 至 %1 个字。</translation>
    </message>
</context>
<context>
    <name>AppointmentImport</name>
    <message>
        <source>The appointments file %1 cannot be read: %2</source>
        <translation>无法读取预约文件 %1：%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the code must have 4 to 32 letters A-Z or digits: %1</source>
        <translation>预约码须为 4 至 32 位大写字母 A-Z 或数字：%1</translation>
    </message>
    <message>
        <source>the hall has no queue %1</source>
        <translation>大厅没有业务 %1</translation>
    </message>
    <message>
        <source>the date must be yyyy-MM-dd: %1</source>
        <translation>日期须为 yyyy-MM-dd 格式：%1</translation>
    </message>
    <message>
        <source>the start time must be HH:mm: %1</source>
        <translation>开始时间须为 HH:mm 格式：%1</translation>
    </message>
    <message>
        <source>the end time must be HH:mm: %1</source>
        <translation>结束时间须为 HH:mm 格式：%1</translation>
    </message>
    <message>
        <source>the end time must be after the start time</source>
        <translation>结束时间须晚于开始时间</translation>
    </message>
    <message>
        <source>the resident ID is not valid (%1)</source>
        <translation>身份证号码无效（%1）</translation>
    </message>
    <message>
        <source>Line 1: the header must be code,queue,date,start,end or code,queue,date,start,end,residentId</source>
        <translation>第 1 行：表头须为 code,queue,date,start,end 或 code,queue,date,start,end,residentId</translation>
    </message>
    <message>
        <source>The hall database could not be read. Nothing was imported.</source>
        <translation>无法读取大厅数据库，未导入任何预约。</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实有 %2 个</translation>
    </message>
    <message>
        <source>the code %1 is already on line %2</source>
        <translation>预约码 %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>the code %1 is already booked with other details</source>
        <translation>预约码 %1 已有内容不同的预约</translation>
    </message>
    <message>
        <source>The appointments could not be stored. Nothing was imported.</source>
        <translation>预约未能保存，未导入任何预约。</translation>
    </message>
</context>
<context>
    <name>CaseEvent</name>
    <message>
        <source>Received</source>
        <translation>接件</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Materials requested</source>
        <translation>补正告知</translation>
    </message>
    <message>
        <source>Materials complete</source>
        <translation>补正材料已收齐</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>CaseLifecycle</name>
    <message>
        <source>A completed case needs its outcome.</source>
        <translation>办结时须注明办理结果。</translation>
    </message>
    <message>
        <source>Only a completion has an outcome.</source>
        <translation>只有办结才有办理结果。</translation>
    </message>
    <message>
        <source>This case is %1; that step is not possible now.</source>
        <translation>本件当前为“%1”，不能进行此操作。</translation>
    </message>
</context>
<context>
    <name>CaseStatusNames</name>
    <message>
        <source>Received</source>
        <translation>已接件</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Awaiting materials</source>
        <translation>补正中</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Approved, materials to follow</source>
        <translation>容缺通过</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Completed case with its outcome, e.g. 办结（通过）</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>Not yet sent</source>
        <translation>待同步</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被退回</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separator between service item names in a list cell</extracomment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>CaseworkLoader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The service catalogue %1 is not valid (%n problem(s)), first: %2</source>
        <translation>
            <numerusform>服务事项目录 %1 无效（共 %n 处问题），第一处：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>in the database</source>
        <translation>（数据库中）</translation>
    </message>
    <message>
        <source>The holiday notice %1 is not valid: %2</source>
        <translation>节假日安排通知 %1 无效：%2</translation>
    </message>
    <message>
        <source>The service catalogue could not be read from or stored in the database.</source>
        <translation>无法从数据库读取或向数据库保存服务事项目录。</translation>
    </message>
</context>
<context>
    <name>CatalogueJson</name>
    <message>
        <source>The catalogue is not valid JSON (at byte %1): %2</source>
        <translation>事项目录不是有效的 JSON（第 %1 字节处）：%2</translation>
    </message>
    <message>
        <source>The catalogue must be a JSON object.</source>
        <translation>事项目录必须是一个 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>CatalogueJsonReader</name>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>%1 must start with a letter and hold only ASCII letters, digits and _</source>
        <translation>%1 必须以字母开头，且只能包含 ASCII 字母、数字和下划线</translation>
    </message>
    <message>
        <source>%1 applies only to text and address fields</source>
        <translation>%1 仅适用于文本和地址字段</translation>
    </message>
    <message>
        <source>%1 applies only to choice fields</source>
        <translation>%1 仅适用于选择字段</translation>
    </message>
    <message>
        <source>%1 applies only to number fields</source>
        <translation>%1 仅适用于数字字段</translation>
    </message>
    <message>
        <source>%1 must be given together with %2</source>
        <translation>%1 必须与 %2 同时给出</translation>
    </message>
</context>
<context>
    <name>CatalogueRules</name>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 不能为空</translation>
    </message>
    <message>
        <source>%1 is not unique</source>
        <translation>%1 重复</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an area of this hall</source>
        <translation>%1“%2”不是本大厅的区域</translation>
    </message>
    <message>
        <source>%1 must be 0 for an immediate item</source>
        <translation>%1 必须为 0（即办件没有办理时限）</translation>
    </message>
    <message>
        <source>%1 must be at least 1 for an item that is not immediate</source>
        <translation>%1 至少为 1（非即办件必须有承诺时限）</translation>
    </message>
    <message>
        <source>%1 (%2) exceeds %3 (%4)</source>
        <translation>%1（%2）超过了 %3（%4）</translation>
    </message>
    <message>
        <source>%1 must be more than 0 when creditCommitment is true</source>
        <translation>%1 必须大于 0（该事项允许信用承诺 creditCommitment）</translation>
    </message>
    <message>
        <source>%1 must be 0 when creditCommitment is false</source>
        <translation>%1 必须为 0（该事项不允许信用承诺 creditCommitment）</translation>
    </message>
    <message>
        <source>%1 must list at least one choice</source>
        <translation>%1 至少要列出一个选项</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not one of the item&apos;s materials</source>
        <translation>%1 引用的“%2”不是该事项的材料</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not an item of the catalogue</source>
        <translation>%1 引用的“%2”不是目录中的事项</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot; more than once</source>
        <translation>%1 重复引用了“%2”</translation>
    </message>
</context>
<context>
    <name>CertificateIssuer</name>
    <message>
        <source>The hall name must not be empty.</source>
        <translation>大厅名称不能为空。</translation>
    </message>
    <message>
        <source>The hall name %1 is too long for a certificate; use at most %2 characters.</source>
        <translation>大厅名称 %1 过长，无法写入证书；最多 %2 个字符。</translation>
    </message>
    <message>
        <source>A certificate authority must be valid for at least one day.</source>
        <translation>证书颁发机构的有效期至少为一天。</translation>
    </message>
    <message>
        <source>The hall certificate authority could not be created because of an internal cryptography error; see the log for details.</source>
        <translation>由于内部加密错误，无法创建大厅证书颁发机构，详情请查看日志。</translation>
    </message>
    <message>
        <source>The CA certificate is not a PEM certificate.</source>
        <translation>CA 证书不是 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>The CA private key is not an unencrypted PEM private key.</source>
        <translation>CA 私钥不是未加密的 PEM 私钥。</translation>
    </message>
    <message>
        <source>The certificate given as the hall CA is not a CA certificate.</source>
        <translation>作为大厅 CA 提供的证书不是 CA 证书。</translation>
    </message>
    <message>
        <source>The CA private key does not belong to the CA certificate.</source>
        <translation>CA 私钥与 CA 证书不匹配。</translation>
    </message>
    <message>
        <source>The CA certificate does not name a hall (its subject has no O).</source>
        <translation>CA 证书未标明大厅名称（主题中没有 O 字段）。</translation>
    </message>
    <message>
        <source>A certificate needs a common name.</source>
        <translation>证书必须有通用名称（CN）。</translation>
    </message>
    <message>
        <source>The common name %1 is too long; use at most %2 characters.</source>
        <translation>通用名称 %1 过长，最多 %2 个字符。</translation>
    </message>
    <message>
        <source>The organizational unit %1 is too long; use at most %2 characters.</source>
        <translation>组织单位 %1 过长，最多 %2 个字符。</translation>
    </message>
    <message>
        <source>A certificate must be for a server, for a client, or for both.</source>
        <translation>证书必须用于服务器、客户端或两者。</translation>
    </message>
    <message>
        <source>A server certificate needs at least one host name or IP address.</source>
        <translation>服务器证书至少需要一个主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>%1 is not a valid host name.</source>
        <translation>%1 不是有效的主机名。</translation>
    </message>
    <message>
        <source>%1 is not a valid IP address.</source>
        <translation>%1 不是有效的 IP 地址。</translation>
    </message>
    <message>
        <source>The certificate would expire before it becomes valid.</source>
        <translation>证书的失效时间早于生效时间。</translation>
    </message>
    <message>
        <source>The certificate for %1 could not be created because of an internal cryptography error; see the log for details.</source>
        <translation>由于内部加密错误，无法为 %1 创建证书，详情请查看日志。</translation>
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
        <translation>--window 必须是 1 到 %1 之间的窗口号。</translation>
    </message>
</context>
<context>
    <name>CompletionResultNames</name>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Approved, waived materials to follow</source>
        <translation>容缺通过</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>不通过</translation>
    </message>
</context>
<context>
    <name>CounterSettings</name>
    <message>
        <source>The %1 is not set.</source>
        <translation>尚未设置%1。</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read.</source>
        <translation>无法读取%1 %2。</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>设置无法保存到 %1。</translation>
    </message>
    <message>
        <source>The hall server&apos;s address is not set.</source>
        <translation>尚未设置大厅服务器地址。</translation>
    </message>
    <message>
        <source>The hall server&apos;s address must start with wss://.</source>
        <translation>大厅服务器地址必须以 wss:// 开头。</translation>
    </message>
    <message>
        <source>The window number must be between 1 and %1.</source>
        <translation>窗口号必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>hall CA certificate</source>
        <translation>大厅根证书</translation>
    </message>
    <message>
        <source>terminal certificate</source>
        <translation>终端证书</translation>
    </message>
    <message>
        <source>terminal key</source>
        <translation>终端私钥</translation>
    </message>
    <message>
        <source>“%1” is not a hall server address. Type host:port, for example 10.1.2.3:7443.</source>
        <translation>“%1”不是有效的大厅服务器地址。请输入“主机:端口”，例如 10.1.2.3:7443。</translation>
    </message>
    <message>
        <source>Government Service Centre</source>
        <translation>政务服务中心</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>Please enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters. Please check that no character is missing or repeated.</source>
        <translation>统一社会信用代码为18位，请检查是否漏输或多输。</translation>
    </message>
    <message>
        <source>A unified social credit code contains only digits and capital letters, and never the letters I, O, Z, S or V.</source>
        <translation>统一社会信用代码只含数字和大写字母，且不含字母 I、O、Z、S、V。</translation>
    </message>
    <message>
        <source>The last character of this unified social credit code does not match the others. Please check every character against the business licence.</source>
        <translation>该统一社会信用代码的校验位不正确，请对照营业执照逐位核对。</translation>
    </message>
</context>
<context>
    <name>DatabaseOpenError</name>
    <message>
        <source>The database driver is not installed: %1</source>
        <translation>未安装数据库驱动：%1</translation>
    </message>
    <message>
        <source>Cannot open the hall database: %1</source>
        <translation>无法打开大厅数据库：%1</translation>
    </message>
    <message>
        <source>The hall database was written by a newer version of HallDesk (schema %1; this version knows up to %2). It was left untouched; please update HallDesk.</source>
        <translation>大厅数据库由更新版本的 HallDesk 写入（结构版本 %1，本版本最高支持 %2）。数据库未作任何改动，请升级 HallDesk。</translation>
    </message>
    <message>
        <source>The hall database was damaged. It has been moved to %1 for recovery and was not deleted.</source>
        <translation>大厅数据库已损坏，已移至 %1 以便恢复，未被删除。</translation>
    </message>
    <message>
        <source>Updating the hall database failed; nothing was changed: %1</source>
        <translation>大厅数据库升级失败，未作任何改动：%1</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>Choose at least one service item.</source>
        <translation>请至少选择一个服务事项。</translation>
    </message>
    <message>
        <source>%1 cannot be handed in later for this item.</source>
        <translation>“%1”不允许容缺后补。</translation>
    </message>
    <message>
        <source>The page count of %1 is wrong.</source>
        <translation>“%1”的页数有误。</translation>
    </message>
    <message numerus="yes">
        <source>%n required material(s) missing: ask for them instead.</source>
        <translation>
            <numerusform>缺少 %n 份必需材料，请改为一次性告知补正。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a %2, not an immediate item.</source>
        <translation>“%1”是%2，不是即办件。</translation>
    </message>
    <message>
        <source>Nothing required is missing.</source>
        <translation>必需材料均已齐全，无需补正。</translation>
    </message>
    <message>
        <source>Give the reason for not accepting.</source>
        <translation>请填写不予受理的理由。</translation>
    </message>
    <message>
        <source>%1 cannot be accepted on a credit commitment.</source>
        <translation>“%1”不适用信用承诺受理。</translation>
    </message>
</context>
<context>
    <name>DevelopmentPki</name>
    <message>
        <source>Cannot write the development certificate file %1: %2</source>
        <translation>无法写入开发证书文件 %1：%2</translation>
    </message>
    <message>
        <source>The development certificates in %1 are locked by another program that does not finish.</source>
        <translation>%1 中的开发证书被另一个程序锁定且迟迟未释放。</translation>
    </message>
    <message>
        <source>The development CA certificate %1 has no readable key %2. Delete the folder %3 to start over.</source>
        <translation>开发 CA 证书 %1 缺少可读的私钥 %2。请删除文件夹 %3 后重新开始。</translation>
    </message>
    <message>
        <source>The development CA in %1 is unusable: %2 Delete the folder to start over.</source>
        <translation>%1 中的开发 CA 不可用：%2 请删除该文件夹后重新开始。</translation>
    </message>
    <message>
        <source>No folder was given for the development certificates.</source>
        <translation>未指定开发证书的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the development certificates.</source>
        <translation>无法为开发证书创建文件夹 %1。</translation>
    </message>
    <message>
        <source>A %1 terminal needs a window number from 1 to 9999.</source>
        <translation>%1 终端需要 1 至 9999 之间的窗口号。</translation>
    </message>
    <message>
        <source>%1 is not a valid name for a %2 terminal; use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>%1 不是有效的 %2 终端名称，只能使用字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos;。</translation>
    </message>
    <message>
        <source>The name %1 is reserved for the development CA and server.</source>
        <translation>名称 %1 保留给开发 CA 和服务器使用。</translation>
    </message>
</context>
<context>
    <name>FollowUpWording</name>
    <message>
        <source>To call back</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Unfounded</source>
        <translation>不属实</translation>
    </message>
    <message>
        <source>Start rectification</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <source>Rectification done</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>Judged unfounded</source>
        <translation>判定不属实</translation>
    </message>
</context>
<context>
    <name>FormFieldValidator</name>
    <message>
        <source>Please fill in %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <source>At most %1 characters, please (this is %2).</source>
        <translation>最多填写 %1 个字（现为 %2 个）。</translation>
    </message>
    <message>
        <source>Please enter this on one line, without special characters.</source>
        <translation>请在一行内填写，不要包含换行等特殊字符。</translation>
    </message>
    <message>
        <source>Please write the date as year-month-day, e.g. 2026-03-01.</source>
        <translation>请按“年-月-日”格式填写日期，例如 2026-03-01。</translation>
    </message>
    <message>
        <source>There is no such date. Please check the month and the day.</source>
        <translation>没有这个日期，请核对月份和日。</translation>
    </message>
    <message>
        <source>Please enter a number, such as 12 or 12.5.</source>
        <translation>请输入数字，例如 12 或 12.5。</translation>
    </message>
    <message>
        <source>Please enter a number from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的数字。</translation>
    </message>
    <message>
        <source>Please choose one of: %1.</source>
        <translation>请从以下选项中选择：%1。</translation>
    </message>
</context>
<context>
    <name>HallDefinitionLoader</name>
    <message>
        <source>The hall file is not valid JSON: %1</source>
        <translation>大厅配置文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>An area has no code or name.</source>
        <translation>有业务区缺少编码或名称。</translation>
    </message>
    <message>
        <source>Area %1 needs its own capital ticket letter.</source>
        <translation>业务区 %1 需要一个专用的大写取号字母。</translation>
    </message>
    <message>
        <source>Queue codes must be present and unique (area %1).</source>
        <translation>业务编码不能为空且不能重复（业务区 %1）。</translation>
    </message>
    <message>
        <source>Queue %1 has no ticket prefix or no service time.</source>
        <translation>业务 %1 缺少号码前缀或办理时长。</translation>
    </message>
    <message>
        <source>Area %1 has a window range that is not valid.</source>
        <translation>业务区 %1 的窗口范围无效。</translation>
    </message>
    <message>
        <source>Window %1 is defined twice.</source>
        <translation>窗口 %1 重复定义。</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>The hall has no areas.</source>
        <translation>大厅没有任何业务区。</translation>
    </message>
    <message>
        <source>Window %1 serves no queue.</source>
        <translation>%1号窗口没有办理任何业务。</translation>
    </message>
    <message>
        <source>Window %1 serves an unknown queue %2.</source>
        <translation>%1号窗口办理的业务 %2 不存在。</translation>
    </message>
    <message>
        <source>Window %1 has a weight that is not positive.</source>
        <translation>%1号窗口的业务权重必须大于零。</translation>
    </message>
    <message>
        <source>Staff numbers must be present and unique.</source>
        <translation>工号不能为空且不能重复。</translation>
    </message>
    <message>
        <source>Cannot read the hall file %1: %2</source>
        <translation>无法读取大厅配置文件 %1：%2</translation>
    </message>
    <message>
        <source>Staff roles are clerk, supervisor or admin.</source>
        <translation>工作人员角色只能是 clerk（窗口人员）、supervisor（大厅管理员）或 admin（系统管理员）。</translation>
    </message>
</context>
<context>
    <name>HallKeyFile</name>
    <message>
        <source>No path was configured for the personal data key file.</source>
        <translation>未配置个人信息密钥文件的路径。</translation>
    </message>
    <message>
        <source>Cannot read the personal data key file %1: %2</source>
        <translation>无法读取个人信息密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The personal data key file %1 is %2 bytes long, but a key is exactly %3 bytes. The file was left unchanged; restore the hall&apos;s key file from the backup.</source>
        <translation>个人信息密钥文件 %1 长度为 %2 字节，而密钥应恰为 %3 字节。文件未作改动，请从备份中恢复大厅的密钥文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the personal data key file.</source>
        <translation>无法为个人信息密钥文件创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create a personal data key: the system&apos;s random number generator is not available.</source>
        <translation>无法生成个人信息密钥：系统随机数发生器不可用。</translation>
    </message>
    <message>
        <source>Cannot write the personal data key file %1: %2</source>
        <translation>无法写入个人信息密钥文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>HolidayYearJson</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date written as 2026-01-01.</source>
        <translation>“%1”：“%2”不是形如 2026-01-01 的日期。</translation>
    </message>
    <message>
        <source>%1: days off are written as one date or as a pair of dates, the first and the last day.</source>
        <translation>“%1”：放假日期应写作一个日期，或由第一天和最后一天组成的一对日期。</translation>
    </message>
    <message>
        <source>%1: the days off from %2 to %3 end before they begin.</source>
        <translation>“%1”：从 %2 到 %3 的放假日期结束早于开始。</translation>
    </message>
    <message>
        <source>%1: the day off %2 is not in %3.</source>
        <translation>“%1”：放假日期 %2 不在 %3 年内。</translation>
    </message>
    <message>
        <source>%1: the make-up working day %2 is neither in %3 nor in the December before or the January after it.</source>
        <translation>“%1”：调休上班日 %2 既不在 %3 年内，也不在其前一年 12 月或后一年 1 月。</translation>
    </message>
    <message>
        <source>%1: the make-up working day %2 is not a Saturday or Sunday.</source>
        <translation>“%1”：调休上班日 %2 不是星期六或星期日。</translation>
    </message>
    <message>
        <source>A holiday has no name.</source>
        <translation>有一个节假日没有名称。</translation>
    </message>
    <message>
        <source>%1 lists no days off.</source>
        <translation>“%1”没有列出放假日期。</translation>
    </message>
    <message>
        <source>%1: the make-up working days are not a list of dates.</source>
        <translation>“%1”：调休上班日不是日期列表。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 被重复列出。</translation>
    </message>
    <message>
        <source>%1 is listed both as a day off and as a working day.</source>
        <translation>%1 既被列为放假日，又被列为上班日。</translation>
    </message>
    <message>
        <source>The holiday file is not valid JSON: %1</source>
        <translation>节假日文件不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The holiday file is not a JSON object.</source>
        <translation>节假日文件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The holiday file gives no year from %1 to %2.</source>
        <translation>节假日文件未给出 %1 至 %2 之间的年份。</translation>
    </message>
    <message>
        <source>The holiday file does not name the State Council notice it follows.</source>
        <translation>节假日文件未注明所依据的国务院通知。</translation>
    </message>
    <message>
        <source>The holiday file lists no holidays.</source>
        <translation>节假日文件未列出任何节假日。</translation>
    </message>
    <message>
        <source>The holiday file is for %1, not for %2.</source>
        <translation>该节假日文件适用于 %1 年，而不是 %2 年。</translation>
    </message>
</context>
<context>
    <name>ImagePdfReader</name>
    <message>
        <source>The saved scan is damaged or was not written by HallDesk; it cannot be opened for editing.</source>
        <translation>已保存的扫描件已损坏或并非由 HallDesk 生成，无法打开编辑。</translation>
    </message>
</context>
<context>
    <name>IntakeDecisionNames</name>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Finish on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Ask for missing materials</source>
        <translation>补正告知</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Accept on credit commitment</source>
        <translation>信用承诺受理</translation>
    </message>
</context>
<context>
    <name>ItemTypeNames</name>
    <message>
        <source>Immediate item</source>
        <translation>即办件</translation>
    </message>
    <message>
        <source>Commitment item</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <source>Reported item</source>
        <translation>上报件</translation>
    </message>
    <message>
        <source>Joint item</source>
        <translation>联办件</translation>
    </message>
    <message>
        <source>Parallel approval item</source>
        <translation>并联审批件</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>%1 must be text</source>
        <translation>%1 必须是文本</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 不能为空</translation>
    </message>
    <message>
        <source>%1 must not contain spaces</source>
        <translation>%1 不能包含空格</translation>
    </message>
    <message>
        <source>%1 must be a date written as yyyy-MM-dd</source>
        <translation>%1 必须是 yyyy-MM-dd 格式的日期</translation>
    </message>
    <message>
        <source>%1 must be a whole number</source>
        <translation>%1 必须是整数</translation>
    </message>
    <message>
        <source>%1 (%2) must be between %3 and %4</source>
        <translation>%1（%2）必须在 %3 到 %4 之间</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 必须是数字</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 必须是列表</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not one of: %3</source>
        <translation>%1 的值“%2”无效，应为以下之一：%3</translation>
    </message>
</context>
<context>
    <name>MaterialCheckNames</name>
    <message>
        <source>Missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Waived for now</source>
        <translation>容缺</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation>原件及复印件</translation>
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
        <translation>扫描件未能保存：其描述信息不完整。</translation>
    </message>
    <message>
        <source>The scan could not be kept: its file is gone.</source>
        <translation>扫描件未能保存：其文件已不存在。</translation>
    </message>
    <message>
        <source>The scan could not be kept: the disk of this computer refused it.</source>
        <translation>扫描件未能保存：本机磁盘拒绝写入。</translation>
    </message>
    <message>
        <source>The scan could not be kept: the terminal store refused it.</source>
        <translation>扫描件未能保存：终端本地存储拒绝写入。</translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>Please enter the mobile phone number.</source>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <source>This is not a valid mainland China mobile phone number. It should have 11 digits and start with 13 to 19.</source>
        <translation>这不是有效的中国大陆手机号码，应为11位数字，以13至19开头。</translation>
    </message>
</context>
<context>
    <name>NoticeBody</name>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>受理窗口</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>Time limit (working days)</source>
        <translation>承诺时限（工作日）</translation>
    </message>
    <message>
        <source>Items applied for</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Window clerk: %1 (staff no. %2)</source>
        <translation>窗口经办人：%1（工号：%2）</translation>
    </message>
    <message>
        <source>Applicant&apos;s signature:</source>
        <translation>申请人签收：</translation>
    </message>
    <message>
        <source>%1 (seal)</source>
        <translation>%1（盖章）</translation>
    </message>
</context>
<context>
    <name>NoticeDecision</name>
    <message>
        <source>If you do not accept this decision, you may apply for administrative reconsideration according to law within sixty days of receiving this notice, or bring an administrative lawsuit according to law within six months.</source>
        <translation>如不服本决定，可自收到本通知书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>材料形式</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>收取情况</translation>
    </message>
    <message>
        <source>Application materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审查意见</translation>
    </message>
    <message>
        <source>Your application for the items above has been examined. The materials are complete and in the statutory form, and the application is accepted.</source>
        <translation>经审查，您申请的上述事项申请材料齐全、符合法定形式，决定予以受理。</translation>
    </message>
    <message>
        <source>Promised completion date: %1</source>
        <translation>承诺办结日期：%1</translation>
    </message>
    <message>
        <source>The materials marked &quot;%1&quot; must be handed in before the case is completed.</source>
        <translation>标注为“%1”的材料，请在办结前补齐。</translation>
    </message>
    <message>
        <source>The application was accepted on the applicant&apos;s written credit commitment: the applicant has promised that the statements made are true and that the conditions are met. The commitment will be verified by %1. If it proves untrue, the decision will be revoked according to law and the breach entered in the applicant&apos;s credit record.</source>
        <translation>本件按信用承诺方式受理：申请人已书面承诺所作陈述真实、符合办理条件。我们将于%1前对承诺内容进行核查；承诺不实的，将依法撤销相关决定，并将失信行为记入申请人信用记录。</translation>
    </message>
    <message>
        <source>Verification due date: %1</source>
        <translation>核查日期：%1</translation>
    </message>
    <message>
        <source>Please keep this notice. With the case number and the verification code, or by scanning the QR code, you can follow the progress of the case.</source>
        <translation>请妥善保管本通知书。凭受理编号和查询验证码，或扫描二维码，可查询办理进度。</translation>
    </message>
    <message>
        <source>Your application for the items above has been examined. The application materials are incomplete or not in the statutory form. All the materials still needed are listed below at once.</source>
        <translation>经审查，您申请的上述事项申请材料不齐全或者不符合法定形式。现将需要补正的全部材料一次性告知如下。</translation>
    </message>
    <message>
        <source>Materials to hand in</source>
        <translation>需补正的材料</translation>
    </message>
    <message>
        <source>Please hand them in by: %1</source>
        <translation>补正截止日期：%1</translation>
    </message>
    <message>
        <source>Please bring this notice with the materials listed above. Once the materials are complete and in the statutory form, the application will be accepted.</source>
        <translation>请携带本告知书及上述材料到本窗口补正。补正后材料齐全、符合法定形式的，予以受理。</translation>
    </message>
    <message>
        <source>Your application for the items above has been examined and is not accepted, for the following reason:</source>
        <translation>经审查，您申请的上述事项不予受理，理由如下：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Result document</source>
        <translation>结果文书</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Outcome of the case</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>The case was approved before the waived materials below were handed in. Please hand them in as you promised.</source>
        <translation>本件为容缺通过，下列容缺材料尚未提交，请按承诺尽快补齐。</translation>
    </message>
</context>
<context>
    <name>NoticeFormat</name>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>QDate::toString() format of dates on printed notices</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>QDateTime::toString() format of times on printed notices</extracomment>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>即办</translation>
    </message>
</context>
<context>
    <name>NoticeKindNames</name>
    <message>
        <source>Notice of Acceptance</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <source>One-Time Notice of Missing Materials</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Notice of Non-Acceptance</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Completion Receipt</source>
        <translation>办结回执</translation>
    </message>
</context>
<context>
    <name>NoticeMaterial</name>
    <message>
        <source>Received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>需补正</translation>
    </message>
    <message>
        <source>Waived, to follow</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation>原件及复印件</translation>
    </message>
</context>
<context>
    <name>NoticePageFrame</name>
    <message>
        <source>Case number: %1    Verification code: %2</source>
        <translation>受理编号：%1&#x3000;&#x3000;查询验证码：%2</translation>
    </message>
    <message>
        <source>Scan to follow the case</source>
        <translation>扫码查询办理进度</translation>
    </message>
    <message>
        <source>Address: %1    Phone: %2</source>
        <translation>地址：%1&#x3000;&#x3000;电话：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>NoticePdfWriter</name>
    <message>
        <source>The notice could not be made: %1</source>
        <translation>无法生成通知书：%1</translation>
    </message>
    <message>
        <source>The notice could not be saved as %1: %2</source>
        <translation>无法将通知书保存为 %1：%2</translation>
    </message>
</context>
<context>
    <name>NoticeRenderer</name>
    <message>
        <source>The case number or the verification code is not valid, so the notice cannot carry its QR code.</source>
        <translation>受理编号或查询验证码无效，通知书无法生成二维码。</translation>
    </message>
    <message>
        <source>The printer does not accept A4 paper with 20 mm margins.</source>
        <translation>打印机不支持页边距为 20 毫米的 A4 纸张。</translation>
    </message>
    <message>
        <source>The notice could not be started on the printer or in the file.</source>
        <translation>无法在打印机或文件上开始输出通知书。</translation>
    </message>
    <message>
        <source>The printer or the file did not accept another page.</source>
        <translation>打印机或文件无法再输出一页。</translation>
    </message>
    <message>
        <source>The notice could not be finished on the printer or in the file.</source>
        <translation>无法在打印机或文件上完成通知书的输出。</translation>
    </message>
</context>
<context>
    <name>OperationError</name>
    <message>
        <source>This queue does not exist.</source>
        <translation>该业务不存在。</translation>
    </message>
    <message>
        <source>This window does not exist.</source>
        <translation>该窗口不存在。</translation>
    </message>
    <message>
        <source>No such ticket today.</source>
        <translation>今天没有这个号码。</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>没有这位工作人员。</translation>
    </message>
    <message>
        <source>Nobody is signed in at this window.</source>
        <translation>本窗口尚无工作人员签到。</translation>
    </message>
    <message>
        <source>Another staff member is signed in at this window.</source>
        <translation>本窗口已有其他工作人员签到。</translation>
    </message>
    <message>
        <source>This staff member is already signed in at another window.</source>
        <translation>该工作人员已在其他窗口签到。</translation>
    </message>
    <message>
        <source>The window is paused. Resume it first.</source>
        <translation>窗口处于暂停状态，请先恢复服务。</translation>
    </message>
    <message>
        <source>The window is not paused.</source>
        <translation>窗口未处于暂停状态。</translation>
    </message>
    <message>
        <source>The window is still serving a ticket. Finish, hold or transfer it first.</source>
        <translation>窗口仍在办理当前号码，请先办结、挂起或转移。</translation>
    </message>
    <message>
        <source>The window is not serving any ticket.</source>
        <translation>窗口当前没有正在办理的号码。</translation>
    </message>
    <message>
        <source>This window does not serve that queue.</source>
        <translation>本窗口不办理该业务。</translation>
    </message>
    <message>
        <source>Nobody is waiting for this window.</source>
        <translation>本窗口暂无等候的群众。</translation>
    </message>
    <message>
        <source>This ticket is not waiting.</source>
        <translation>该号码不在等候中。</translation>
    </message>
    <message>
        <source>This ticket is not being served.</source>
        <translation>该号码不在办理中。</translation>
    </message>
    <message>
        <source>This ticket belongs to another window.</source>
        <translation>该号码属于其他窗口。</translation>
    </message>
    <message>
        <source>This ticket is not on hold.</source>
        <translation>该号码未被挂起。</translation>
    </message>
    <message>
        <source>This ticket was not marked as a no-show.</source>
        <translation>该号码未被标记为过号。</translation>
    </message>
    <message>
        <source>This ticket is already closed.</source>
        <translation>该号码已结束。</translation>
    </message>
    <message>
        <source>The time to come back after missing the call has passed. Please take a new ticket.</source>
        <translation>过号后的返回时限已过，请重新取号。</translation>
    </message>
    <message>
        <source>This ID number already has a ticket waiting in this queue.</source>
        <translation>该身份证号码在本业务已有等候中的号码。</translation>
    </message>
    <message>
        <source>The resident ID number is not valid.</source>
        <translation>身份证号码无效。</translation>
    </message>
    <message>
        <source>The mobile number is not valid.</source>
        <translation>手机号码无效。</translation>
    </message>
    <message>
        <source>The appointment is not valid.</source>
        <translation>预约信息无效。</translation>
    </message>
    <message>
        <source>The ticket cannot be transferred there.</source>
        <translation>该号码不能转到那里。</translation>
    </message>
    <message>
        <source>The hall database could not complete the operation. Nothing was changed.</source>
        <translation>大厅数据库未能完成操作，未作任何改动。</translation>
    </message>
    <message>
        <source>The hall is very busy; the operation could not be completed. Please try again.</source>
        <translation>大厅系统繁忙，操作未能完成，请重试。</translation>
    </message>
    <message>
        <source>The message could not be read.</source>
        <translation>无法读取该消息。</translation>
    </message>
    <message>
        <source>The request is missing a field or has a field of the wrong type.</source>
        <translation>请求缺少字段或字段类型错误。</translation>
    </message>
    <message>
        <source>The terminal speaks a protocol version this server does not support. Update the terminal.</source>
        <translation>终端使用的协议版本不受本服务器支持，请升级终端。</translation>
    </message>
    <message>
        <source>The server does not know this operation.</source>
        <translation>服务器不支持该操作。</translation>
    </message>
    <message>
        <source>Too many requests from this terminal. Please wait a moment.</source>
        <translation>本终端请求过于频繁，请稍候。</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>The staff number or password is wrong.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for a while. Ask a supervisor.</source>
        <translation>密码错误次数过多，该账号已被暂时锁定，请联系大厅管理员。</translation>
    </message>
    <message>
        <source>Your role does not allow this operation.</source>
        <translation>您的角色无权进行此操作。</translation>
    </message>
    <message>
        <source>This terminal may only act for its own window.</source>
        <translation>本终端只能为本窗口办理操作。</translation>
    </message>
    <message>
        <source>The hall server cannot be reached. The operation will be sent when the connection is back.</source>
        <translation>无法连接大厅服务器，连接恢复后将自动发送该操作。</translation>
    </message>
    <message>
        <source>The hall server did not answer in time.</source>
        <translation>大厅服务器未及时响应。</translation>
    </message>
    <message>
        <source>The hall server is busy. Please try again.</source>
        <translation>大厅服务器繁忙，请重试。</translation>
    </message>
    <message>
        <source>The hall server met an unexpected error. Nothing was changed.</source>
        <translation>大厅服务器发生意外错误，未作任何改动。</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>没有这个办件。</translation>
    </message>
    <message>
        <source>The case is not in a state that allows this step.</source>
        <translation>办件当前状态不允许此操作。</translation>
    </message>
    <message>
        <source>The service catalogue changed while this case was waiting to be sent. Check the items and take the application again.</source>
        <translation>服务事项目录在本件等待发送期间已更新，请核对事项后重新受理。</translation>
    </message>
    <message>
        <source>The application is incomplete or does not fit the items chosen.</source>
        <translation>申请信息不完整或与所选事项不符。</translation>
    </message>
    <message>
        <source>Another case already has this case number.</source>
        <translation>该办件编号已被其他办件使用。</translation>
    </message>
    <message>
        <source>The hall server has not received this case yet. The scan will be sent once it has.</source>
        <translation>大厅服务器尚未收到该办件，收到后将发送扫描件。</translation>
    </message>
    <message>
        <source>The scanned file does not match the one recorded with the case.</source>
        <translation>扫描文件与办件登记的文件不一致。</translation>
    </message>
    <message>
        <source>The hall server no longer knows this upload. It will start again.</source>
        <translation>大厅服务器已不认得此次上传，将重新开始。</translation>
    </message>
    <message>
        <source>No such rating request.</source>
        <translation>没有这个评价请求。</translation>
    </message>
    <message>
        <source>This service has already been rated.</source>
        <translation>这次服务已经评价过了。</translation>
    </message>
    <message>
        <source>The time to rate this service has passed.</source>
        <translation>这次服务的评价时间已过。</translation>
    </message>
    <message>
        <source>The rating does not match the service it names.</source>
        <translation>评价与所指的服务不符。</translation>
    </message>
    <message>
        <source>The rating&apos;s signature is not valid.</source>
        <translation>评价的签名无效。</translation>
    </message>
    <message>
        <source>The rating is incomplete.</source>
        <translation>评价不完整。</translation>
    </message>
    <message>
        <source>No such follow-up.</source>
        <translation>没有这个整改记录。</translation>
    </message>
    <message>
        <source>The follow-up is not in a state that allows this step.</source>
        <translation>整改记录当前的状态不允许这一步。</translation>
    </message>
    <message>
        <source>No appointment has this code. Please check the code or take a ticket.</source>
        <translation>没有这个预约码，请核对预约码或直接取号。</translation>
    </message>
    <message>
        <source>This appointment is for another day:</source>
        <translation>该预约不是今天的，预约日期：</translation>
    </message>
    <message>
        <source>It is too early to check in for this appointment. Check-in opens at</source>
        <translation>现在签到还太早，签到开始时间：</translation>
    </message>
    <message>
        <source>The time of this appointment has passed. Please take a ticket. It ended at</source>
        <translation>该预约时段已过，请直接取号。预约结束时间：</translation>
    </message>
    <message>
        <source>This appointment has already been checked in. Its ticket number is</source>
        <translation>该预约已签到，所取号码为：</translation>
    </message>
    <message>
        <source>This appointment was cancelled.</source>
        <translation>该预约已取消。</translation>
    </message>
    <message>
        <source>A priority ticket must be confirmed by a member of staff at the help desk.</source>
        <translation>优先取号须由咨询台工作人员确认。</translation>
    </message>
    <message>
        <source>This priority group is not offered in this hall.</source>
        <translation>本大厅不提供该优先服务类别。</translation>
    </message>
    <message>
        <source>This value is not allowed here. Nothing was changed.</source>
        <translation>该设置值不允许，未作任何改动。</translation>
    </message>
    <message>
        <source>This area does not exist.</source>
        <translation>该区域不存在。</translation>
    </message>
    <message>
        <source>The hall must keep at least one active administrator.</source>
        <translation>大厅必须至少保留一名在用的系统管理员。</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role or deactivate yourself.</source>
        <translation>不能取消自己的管理员角色或停用自己的账号。</translation>
    </message>
    <message>
        <source>The staff number, PIN or staff card was not accepted, so no priority ticket was issued. Please ask the help desk again.</source>
        <translation>工号、PIN 码或工作证未通过验证，未发放优先号票。请重新到服务台办理。</translation>
    </message>
    <message>
        <source>An administrator changed your account and ended your session; if you were signed in at a window, you are signed out of it. Please sign in again.</source>
        <translation>管理员更改了您的账号，本次登录已结束；如您正在窗口登录，已同时签退。请重新登录。</translation>
    </message>
</context>
<context>
    <name>PdfPageRenderer</name>
    <message>
        <source>The PDF file “%1” is damaged or not a PDF. Ask for the file again or scan the paper instead.</source>
        <translation>PDF 文件“%1”已损坏或不是 PDF 文件。请重新索取该文件，或改为扫描纸质材料。</translation>
    </message>
    <message>
        <source>PDF files cannot be imported on this computer (poppler-utils is missing). Ask the hall&apos;s technician.</source>
        <translation>本机无法导入 PDF 文件（缺少 poppler-utils）。请联系大厅技术人员。</translation>
    </message>
    <message>
        <source>No room for temporary files: the disk may be full.</source>
        <translation>无法创建临时文件：磁盘可能已满。</translation>
    </message>
</context>
<context>
    <name>PriorityGroupNames</name>
    <message>
        <source>Senior citizen</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Serviceman or veteran</source>
        <translation>军人及退役军人</translation>
    </message>
    <message>
        <source>Pregnant woman</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>重病患者</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is no text to put in the QR code.</source>
        <translation>没有可放入二维码的内容。</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (at most %1 bytes).</source>
        <translation>内容过长，无法生成二维码（最多 %1 个字节）。</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>无法生成二维码。</translation>
    </message>
</context>
<context>
    <name>RatingLevels</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
</context>
<context>
    <name>RatingReasons</name>
    <message>
        <source>Unfriendly attitude</source>
        <translation>态度不好</translation>
    </message>
    <message>
        <source>Slow service</source>
        <translation>办事效率低</translation>
    </message>
    <message>
        <source>Not told everything at once</source>
        <translation>一次性告知不到位</translation>
    </message>
    <message>
        <source>Had to come several times</source>
        <translation>多次跑腿</translation>
    </message>
    <message>
        <source>Waited too long</source>
        <translation>等候时间长</translation>
    </message>
    <message>
        <source>The matter was not settled</source>
        <translation>事情没办成</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>RatingSigner</name>
    <message>
        <source>The terminal key %1 cannot be read: %2</source>
        <translation>无法读取终端密钥 %1：%2</translation>
    </message>
    <message>
        <source>The terminal key %1 is not a usable private key.</source>
        <translation>终端密钥 %1 不是可用的私钥。</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>报表无法保存为 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <source>A4 landscape pages could not be set up.</source>
        <translation>无法设置 A4 横向页面。</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>制表时间：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>The report could not be started in the file.</source>
        <translation>无法开始写入报表文件。</translation>
    </message>
    <message>
        <source>The file did not accept another page.</source>
        <translation>文件无法再添加一页。</translation>
    </message>
    <message>
        <source>The report could not be finished in the file.</source>
        <translation>无法完成报表文件。</translation>
    </message>
    <message>
        <source>The report could not be saved as %1: %2</source>
        <translation>报表无法保存为 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>Choose the first and the last day of the report.</source>
        <translation>请选择报表的开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The last day of the report is before its first day.</source>
        <translation>报表的结束日期早于开始日期。</translation>
    </message>
    <message numerus="yes">
        <source>A report covers at most %n days; choose a shorter range.</source>
        <translation>
            <numerusform>一份报表最多涵盖 %n 天，请缩短日期范围。</numerusform>
        </translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>按区域</translation>
    </message>
    <message>
        <source>By queue</source>
        <translation>按队列</translation>
    </message>
    <message>
        <source>By window</source>
        <translation>按窗口</translation>
    </message>
    <message>
        <source>By staff member</source>
        <translation>按工作人员</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>工作人员</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1分%2秒</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>Please enter the ID number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (old cards have 15 digits). Please check that no digit is missing or repeated.</source>
        <translation>身份证号码为18位（旧证为15位），请检查是否漏输或多输。</translation>
    </message>
    <message>
        <source>An ID number may contain only digits, and the letter X as its last character.</source>
        <translation>身份证号码只能由数字组成，最后一位可以是字母X。</translation>
    </message>
    <message>
        <source>The date of birth in this ID number is not a valid date. Please check the digits of the date of birth.</source>
        <translation>该身份证号码中的出生日期无效，请核对出生日期各位数字。</translation>
    </message>
    <message>
        <source>The check digit of this ID number is wrong. Please check every digit against the ID card.</source>
        <translation>该身份证号码的校验位不正确，请对照身份证逐位核对。</translation>
    </message>
</context>
<context>
    <name>SaneStatusMessage</name>
    <message>
        <source>The scanner is busy. Wait until it is free and try again.</source>
        <translation>扫描仪正忙。请等待其空闲后重试。</translation>
    </message>
    <message>
        <source>Paper is jammed in the scanner. Remove it and try again.</source>
        <translation>扫描仪卡纸。请取出纸张后重试。</translation>
    </message>
    <message>
        <source>The scanner cover is open. Close it and try again.</source>
        <translation>扫描仪盖板未合上。请合上后重试。</translation>
    </message>
    <message>
        <source>The scanner stopped answering. Check that it is switched on and its cable is plugged in, then try again.</source>
        <translation>扫描仪无响应。请检查扫描仪是否已开机、数据线是否已连接，然后重试。</translation>
    </message>
    <message>
        <source>The computer ran out of memory while scanning. Try a lower resolution.</source>
        <translation>扫描时计算机内存不足。请降低分辨率后重试。</translation>
    </message>
    <message>
        <source>This computer is not allowed to use the scanner. Ask the hall&apos;s technician to set up its permissions.</source>
        <translation>本机无权使用该扫描仪。请联系大厅技术人员设置权限。</translation>
    </message>
    <message>
        <source>The scanner sends its pages in a form HallDesk cannot read. Try another colour mode.</source>
        <translation>扫描仪发送的页面格式无法识别。请换用其他色彩模式。</translation>
    </message>
    <message>
        <source>The scanner reported an error (%1). Try again.</source>
        <translation>扫描仪报告错误（%1）。请重试。</translation>
    </message>
    <message>
        <source>The scanner “%1” was not found. Check that it is switched on and connected, then choose it again.</source>
        <translation>未找到扫描仪“%1”。请检查扫描仪是否已开机并连接，然后重新选择。</translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n page(s) scanned before are kept.</source>
        <translation>
            <numerusform>%1 此前已扫描的 %n 页已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>This scanner has no document feeder. Put the page on the glass and scan it from the flatbed.</source>
        <translation>该扫描仪没有自动进纸器。请将材料放在玻璃板上，使用平板扫描。</translation>
    </message>
    <message>
        <source>The document feeder is empty. Put the pages in and try again.</source>
        <translation>自动进纸器中没有纸张。请放入材料后重试。</translation>
    </message>
    <message>
        <source>Scanning is not available on this computer (the scanner software did not start).</source>
        <translation>本机无法扫描（扫描组件未能启动）。</translation>
    </message>
</context>
<context>
    <name>StaffRoleNames</name>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>办事员</translation>
    </message>
</context>
<context>
    <name>TerminalSettings</name>
    <message>
        <source>The settings file %1 does not exist.</source>
        <translation>设置文件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>TerminalStoreOpenError</name>
    <message>
        <source>The SQLite database driver is not installed, so this terminal cannot keep its local data.</source>
        <translation>未安装 SQLite 数据库驱动，本终端无法保存本机数据。</translation>
    </message>
    <message>
        <source>Cannot open the terminal&apos;s local data file %1: %2</source>
        <translation>无法打开本终端的本机数据文件 %1：%2</translation>
    </message>
    <message>
        <source>The terminal&apos;s local data file %1 was written by a newer version of HallDesk (schema %2; this version knows up to %3). It was left untouched; please update HallDesk.</source>
        <translation>本终端的本机数据文件 %1 由更新版本的 HallDesk 写入（结构版本 %2，本版本最高支持 %3）。该文件未作任何改动，请升级 HallDesk。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not this terminal&apos;s local data file. It was left untouched; please check the configured path.</source>
        <translation>%1 是其他程序的数据库，不是本终端的本机数据文件。该文件未作任何改动，请检查配置的路径。</translation>
    </message>
    <message>
        <source>Updating the terminal&apos;s local data file %1 failed and was undone: %2</source>
        <translation>本终端的本机数据文件 %1 升级失败，已撤销本次改动：%2</translation>
    </message>
    <message>
        <source>The terminal&apos;s local data file %1 is damaged and could not be moved aside: %2. Nothing was deleted.</source>
        <translation>本终端的本机数据文件 %1 已损坏，且无法移至别处保存：%2。未删除任何文件。</translation>
    </message>
    <message>
        <source>The terminal&apos;s local data file was damaged. It has been moved to %1 and kept for recovery; the terminal continues with empty local data. Changes not yet sent to the hall server may be in the moved file.</source>
        <translation>本终端的本机数据文件已损坏，已移至 %1 保留以便恢复，本终端将使用空白的本机数据继续运行。尚未发送到大厅服务器的操作可能仍保存在该文件中。</translation>
    </message>
    <message>
        <source>The terminal&apos;s local data file %1 holds encrypted personal data, but its key file %2 is missing. No new key was made; restore the key file from the backup (see KEYS.md) or ask the hall administrator.</source>
        <translation>本终端的本地数据文件 %1 中有加密的个人信息，但其密钥文件 %2 已丢失。系统未生成新密钥；请从备份中恢复该密钥文件（见 KEYS.md），或联系大厅管理员。</translation>
    </message>
    <message>
        <source>The terminal key file %1 cannot be used: %2</source>
        <translation>无法使用本终端的密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The terminal key file %1 is not the key the local data file %2 was encrypted with. Nothing was changed; restore the right key file from the backup.</source>
        <translation>终端密钥文件 %1 不是加密本地数据文件 %2 时所用的密钥。未做任何更改；请从备份中恢复正确的密钥文件。</translation>
    </message>
</context>
<context>
    <name>TicketFormat</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先：%1</translation>
    </message>
    <message>
        <source>Transferred to this window</source>
        <translation>转至本窗口</translation>
    </message>
    <message>
        <source>Owed a turn</source>
        <translation>优先补叫</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
</context>
<context>
    <name>TicketSlipRenderer</name>
    <message>
        <source>The ticket is not valid, so its slip cannot be printed.</source>
        <translation>号票信息无效，无法打印。</translation>
    </message>
    <message>
        <source>The printer does not take 80 mm slips.</source>
        <translation>打印机不支持 80 毫米号票纸。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>打印机无法启动。</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Appointment %1–%2</source>
        <translation>预约时段 %1–%2</translation>
    </message>
    <message>
        <source>Taken at %1</source>
        <translation>取号时间：%1</translation>
    </message>
    <message>
        <source>Reprinted copy</source>
        <translation>补打号票</translation>
    </message>
    <message>
        <source>Please watch the hall board and listen for your number. Valid today only; if you miss your call, please ask at the help desk.</source>
        <translation>请留意大厅显示屏和叫号广播。当日有效；如已过号，请到咨询台。</translation>
    </message>
    <message>
        <source>The printer could not finish the slip.</source>
        <translation>打印机未能完成号票打印。</translation>
    </message>
</context>
<context>
    <name>TicketWording</name>
    <message>
        <source>no wait</source>
        <translation>无需等候</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>预计等候：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ahead of you</source>
        <translation>
            <numerusform>前面还有 %n 人等候</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先：%1</translation>
    </message>
    <message>
        <source>Served at windows %1</source>
        <translation>办理窗口：%1号</translation>
    </message>
</context>
<context>
    <name>TlsSettings</name>
    <message>
        <source>No hall CA certificate file is configured.</source>
        <translation>未配置大厅 CA 证书文件。</translation>
    </message>
    <message>
        <source>No certificate file is configured.</source>
        <translation>未配置证书文件。</translation>
    </message>
    <message>
        <source>No private key file is configured.</source>
        <translation>未配置私钥文件。</translation>
    </message>
    <message>
        <source>The hall CA certificate file %1 cannot be read: %2</source>
        <translation>无法读取大厅 CA 证书文件 %1：%2</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>无法读取证书文件 %1：%2</translation>
    </message>
    <message>
        <source>The private key file %1 cannot be read: %2</source>
        <translation>无法读取私钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The hall CA certificate is not a PEM certificate.</source>
        <translation>大厅 CA 证书不是 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>The hall CA certificate file %1 is not a PEM certificate.</source>
        <translation>大厅 CA 证书文件 %1 不是 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>The hall CA certificate is not a CA certificate.</source>
        <translation>大厅 CA 证书不是 CA 证书。</translation>
    </message>
    <message>
        <source>The file %1 is not a CA certificate; expected the hall CA certificate.</source>
        <translation>文件 %1 不是 CA 证书，此处应为大厅 CA 证书。</translation>
    </message>
    <message>
        <source>The certificate is not a PEM certificate.</source>
        <translation>该证书不是 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>The certificate file %1 is not a PEM certificate.</source>
        <translation>证书文件 %1 不是 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>The private key is not an unencrypted PEM EC or RSA private key.</source>
        <translation>该私钥不是未加密的 PEM 格式 EC 或 RSA 私钥。</translation>
    </message>
    <message>
        <source>The file %1 is not an unencrypted PEM EC or RSA private key.</source>
        <translation>文件 %1 不是未加密的 PEM 格式 EC 或 RSA 私钥。</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>私钥与证书不匹配。</translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>%1 中的私钥与 %2 中的证书不匹配。</translation>
    </message>
    <message>
        <source>The certificate was not issued by the hall CA.</source>
        <translation>该证书不是由大厅 CA 签发的。</translation>
    </message>
    <message>
        <source>The certificate in %1 was not issued by the hall CA in %2.</source>
        <translation>%1 中的证书不是由 %2 中的大厅 CA 签发的。</translation>
    </message>
    <message>
        <source>The certificate is not a server certificate.</source>
        <translation>该证书不是服务器证书。</translation>
    </message>
    <message>
        <source>The certificate in %1 is not a server certificate.</source>
        <translation>%1 中的证书不是服务器证书。</translation>
    </message>
    <message>
        <source>The certificate is not a terminal certificate.</source>
        <translation>该证书不是终端证书。</translation>
    </message>
    <message>
        <source>The certificate in %1 is not a terminal certificate.</source>
        <translation>%1 中的证书不是终端证书。</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>该证书已于 %1 过期。</translation>
    </message>
    <message>
        <source>The certificate in %1 expired on %2.</source>
        <translation>%1 中的证书已于 %2 过期。</translation>
    </message>
</context>
<context>
    <name>halldesk::AdminLogTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>halldesk::AlertMonitor</name>
    <message numerus="yes">
        <source>%1: a citizen has been waiting for %n minute(s)</source>
        <translation>
            <numerusform>%1：已有群众等候 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has called nobody for %n minute(s) while citizens are waiting</source>
        <translation>
            <numerusform>%1已%n分钟未叫号，仍有群众在等候</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has been serving %2 for %n minute(s)</source>
        <translation>
            <numerusform>%1办理%2号已%n分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>The counter of %1 is disconnected while %2 is signed in</source>
        <translation>%1终端已断开，%2仍处于签到状态</translation>
    </message>
    <message>
        <source>The follow-up of the complaint about ticket %1 at window %2 is overdue</source>
        <translation>%2号窗口%1号差评的回访整改已超期</translation>
    </message>
    <message>
        <source>Window %1: ticket %2 was rated very dissatisfied</source>
        <translation>%1号窗口：%2号评价为非常不满意</translation>
    </message>
    <message>
        <source>Window %1: ticket %2 was rated dissatisfied</source>
        <translation>%1号窗口：%2号评价为不满意</translation>
    </message>
</context>
<context>
    <name>halldesk::AttendanceTableModel</name>
    <message>
        <source>on duty</source>
        <translation>在岗</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), %1</source>
        <translation>
            <numerusform>%n次，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>（未填原因）</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Time on duty</source>
        <translation>在岗时长</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Break reasons</source>
        <translation>暂停原因</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
</context>
<context>
    <name>halldesk::CallAnnouncer</name>
    <message>
        <source>The speech engine could not start: %1</source>
        <translation>语音播报引擎无法启动：%1</translation>
    </message>
    <message>
        <source>Speech output failed: %1</source>
        <translation>语音播报失败：%1</translation>
    </message>
    <message>
        <source>An announcement did not finish: the sound output may not work and calls may not be heard.</source>
        <translation>语音播报未能正常结束：音频输出可能异常，群众可能听不到叫号。</translation>
    </message>
    <message>
        <source>No Chinese voice is available: calls are not announced aloud.</source>
        <translation>没有可用的中文语音，叫号将不进行语音播报。</translation>
    </message>
</context>
<context>
    <name>halldesk::CameraScanSource</name>
    <message>
        <source>The document camera sent a picture HallDesk cannot read. Try again; if it happens again, unplug the camera and plug it in again.</source>
        <translation>高拍仪传来的图像无法识别。请重试；如仍出现，请拔下高拍仪后重新插上。</translation>
    </message>
    <message>
        <source>The document camera sends no picture. Check that it is connected and switched on, then try again.</source>
        <translation>高拍仪没有传来图像。请检查高拍仪已连接并已打开，然后重试。</translation>
    </message>
</context>
<context>
    <name>halldesk::CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received / due</source>
        <translation>受理日 / 到期日</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Received date → due date, e.g. 11-30 → 12-14</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>计时暂停</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩 %n 个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::CatalogueCache</name>
    <message>
        <source>The hall server sent a catalogue that cannot be used; the cached one (version %1) stays in use: %2</source>
        <translation>大厅服务器发来的事项目录无法使用，继续使用本机缓存的目录（版本 %1）：%2</translation>
    </message>
    <message>
        <source>The new catalogue could not be stored on this terminal; the cached one (version %1) stays in use.</source>
        <translation>新的事项目录无法保存到本终端，继续使用本机缓存的目录（版本 %1）。</translation>
    </message>
</context>
<context>
    <name>halldesk::CounterController</name>
    <message>
        <source>sign in at the window</source>
        <translation>窗口签到</translation>
    </message>
    <message>
        <source>The session could not be saved on this computer; after a restart you will have to sign in again.</source>
        <translation>登录状态无法保存在本机，程序重启后需要重新登录。</translation>
    </message>
    <message>
        <source>sign out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>无法%1：%2</translation>
    </message>
    <message>
        <source>Could not %1: this computer could not store the change (is the disk full?). Nothing was done.</source>
        <translation>无法%1：本机无法保存该操作（磁盘可能已满），未作任何改动。</translation>
    </message>
    <message>
        <source>call the next ticket</source>
        <translation>叫下一号</translation>
    </message>
    <message>
        <source>call ticket %1</source>
        <translation>叫 %1 号</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>mark the no-show</source>
        <translation>标记过号</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>resume the held ticket</source>
        <translation>恢复挂起的号码</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>resume service</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <source>put the returning citizen back in line</source>
        <translation>将过号群众重新排队</translation>
    </message>
    <message>
        <source>Offline: this needs the hall server.</source>
        <translation>离线：此操作需要连接大厅服务器。</translation>
    </message>
    <message>
        <source>No ticket is being served.</source>
        <translation>当前没有正在办理的号码。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>You are not signed in at this window.</source>
        <translation>您尚未在本窗口签到。</translation>
    </message>
    <message>
        <source>The window is paused.</source>
        <translation>窗口处于暂停状态。</translation>
    </message>
    <message>
        <source>Finish, hold or transfer the current ticket first.</source>
        <translation>请先办结、挂起或转移当前号码。</translation>
    </message>
    <message>
        <source>No ticket is on hold.</source>
        <translation>没有挂起的号码。</translation>
    </message>
    <message>
        <source>No missed ticket can come back now.</source>
        <translation>目前没有可重新排队的过号号码。</translation>
    </message>
    <message>
        <source>ask for the rating</source>
        <translation>请求评价</translation>
    </message>
</context>
<context>
    <name>halldesk::DemoServerLauncher</name>
    <message>
        <source>The demo certificates in %1 cannot be used: %2</source>
        <translation>%1 中的演示证书无法使用：%2</translation>
    </message>
    <message>
        <source>No demo certificate could be made for this terminal: %1</source>
        <translation>无法为本终端生成演示证书：%1</translation>
    </message>
    <message>
        <source>The hall server program (halldesk-server) was not found.</source>
        <translation>找不到大厅服务器程序（halldesk-server）。</translation>
    </message>
    <message>
        <source>The demo hall server could not be started: %1</source>
        <translation>无法启动演示大厅服务器：%1</translation>
    </message>
    <message>
        <source>The demo hall server stopped at once (exit code %1). Is another program using port %2?</source>
        <translation>演示大厅服务器启动后立即退出（退出码 %1）。端口 %2 是否被其他程序占用？</translation>
    </message>
    <message>
        <source>The demo hall server did not become ready in time.</source>
        <translation>演示大厅服务器未能按时就绪。</translation>
    </message>
</context>
<context>
    <name>halldesk::DocumentCamera</name>
    <message>
        <source>No document camera is connected. Connect it to this computer and try again.</source>
        <translation>未连接高拍仪。请将高拍仪连接到本机后重试。</translation>
    </message>
    <message>
        <source>The document camera chosen in the settings is not connected. Connect it, or choose another camera in the settings.</source>
        <translation>设置中选定的高拍仪未连接。请连接该高拍仪，或在设置中选择其他高拍仪。</translation>
    </message>
    <message>
        <source>The document camera stopped working. Check its cable, then try again.</source>
        <translation>高拍仪停止工作。请检查连接线后重试。</translation>
    </message>
    <message>
        <source>The document camera was disconnected. Connect it again and try again.</source>
        <translation>高拍仪已断开。请重新连接后重试。</translation>
    </message>
</context>
<context>
    <name>halldesk::FileImportSource</name>
    <message>
        <source>The file “%1” cannot be opened.</source>
        <translation>无法打开文件“%1”。</translation>
    </message>
    <message>
        <source>The file “%1” is damaged or not an image HallDesk can read (PNG, JPEG, TIFF, BMP or PDF).</source>
        <translation>文件“%1”已损坏或不是可读取的图片（支持 PNG、JPEG、TIFF、BMP 或 PDF）。</translation>
    </message>
</context>
<context>
    <name>halldesk::FollowUpTableModel</name>
    <message>
        <source>Call back by %1</source>
        <translation>%1 前回访</translation>
    </message>
    <message>
        <source>Rectify by %1</source>
        <translation>%1 前整改</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 办结</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已逾期）</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号票</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>halldesk::HallClient</name>
    <message>
        <source>The hall server did not answer in time; reconnecting.</source>
        <translation>大厅服务器未及时响应，正在重新连接。</translation>
    </message>
    <message>
        <source>A confirmed change could not be removed from this terminal&apos;s store; trying again.</source>
        <translation>一项已确认的操作无法从本终端存储中移除，正在重试。</translation>
    </message>
</context>
<context>
    <name>halldesk::HallReportTable</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Not called</source>
        <translation>未叫号</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Hall statistics %1 to %2 (%3)</source>
        <translation>大厅业务统计 %1 至 %2（%3）</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Not served</source>
        <translation>未办理</translation>
    </message>
    <message>
        <source>Avg. wait (min)</source>
        <translation>平均等候（分钟）</translation>
    </message>
    <message>
        <source>Longest wait (min)</source>
        <translation>最长等候（分钟）</translation>
    </message>
    <message>
        <source>Avg. service (min)</source>
        <translation>平均办理（分钟）</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Bad ratings</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
</context>
<context>
    <name>halldesk::HallServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 的 %2 端口监听：%3</translation>
    </message>
</context>
<context>
    <name>halldesk::KioskVoice</name>
    <message numerus="yes">
        <source>Your number is %1. %n person(s) ahead of you.</source>
        <translation>
            <numerusform>您的号码是%1，前面还有%n人等候。</numerusform>
        </translation>
    </message>
    <message>
        <source>The slip could not be printed: please remember your number or ask at the help desk.</source>
        <translation>号票未能打印，请记住您的号码，或到咨询台补打。</translation>
    </message>
    <message>
        <source>Please take your slip.</source>
        <translation>请取走号票。</translation>
    </message>
    <message>
        <source>No ticket was issued.</source>
        <translation>未能取号。</translation>
    </message>
</context>
<context>
    <name>halldesk::MaterialChecklistModel</name>
    <message>
        <source>%1 (optional)</source>
        <extracomment>A material the applicant may leave out, e.g. 户口簿（可选）</extracomment>
        <translation>%1（可选）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>May be handed in after acceptance</source>
        <translation>可容缺受理，受理后补交</translation>
    </message>
    <message>
        <source>Copy reused from case %1</source>
        <translation>复用案件 %1 中的材料</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>%1 (reused)</source>
        <extracomment>A material taken from an earlier case of the same applicant, e.g. 身份证（复用）</extracomment>
        <translation>%1（复用）</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
</context>
<context>
    <name>halldesk::MaterialPageSet</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>The saved scan can only be opened before any page is scanned.</source>
        <translation>只能在扫描任何页面之前打开已保存的扫描件。</translation>
    </message>
</context>
<context>
    <name>halldesk::MaterialPageWorker</name>
    <message>
        <source>The page could not be processed; please scan it again.</source>
        <translation>此页无法处理，请重新扫描。</translation>
    </message>
    <message>
        <source>This page was not kept: %1 The pages before it are kept.</source>
        <translation>此页未能保存：%1 之前扫描的页面都已保留。</translation>
    </message>
    <message>
        <source>There are no pages to save.</source>
        <translation>没有可保存的页面。</translation>
    </message>
    <message>
        <source>The material could not be saved: %1</source>
        <translation>材料未能保存：%1</translation>
    </message>
    <message>
        <source>A scanned page could not be read back: %1</source>
        <translation>已扫描的页面无法读取：%1</translation>
    </message>
    <message>
        <source>A page of the saved scan is damaged.</source>
        <translation>已保存的扫描件中有一页已损坏。</translation>
    </message>
</context>
<context>
    <name>halldesk::MaterialUploader</name>
    <message>
        <source>The scanned file on this computer cannot be read; scan the material again.</source>
        <translation>无法读取本机上的扫描文件，请重新扫描该材料。</translation>
    </message>
</context>
<context>
    <name>halldesk::PadSession</name>
    <message>
        <source>Your rating could not be saved. Please try again or tell the staff.</source>
        <translation>您的评价未能保存，请重试或告知工作人员。</translation>
    </message>
</context>
<context>
    <name>halldesk::PadVoice</name>
    <message>
        <source>Please rate this service.</source>
        <translation>请您对本次服务作出评价</translation>
    </message>
    <message>
        <source>Please choose why you are dissatisfied.</source>
        <translation>请选择不满意的原因</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>感谢您的评价</translation>
    </message>
</context>
<context>
    <name>halldesk::PromptVoice</name>
    <message>
        <source>The speech engine could not start: %1</source>
        <translation>语音引擎无法启动：%1</translation>
    </message>
    <message>
        <source>No Chinese voice is available: the spoken prompts are off.</source>
        <translation>没有可用的中文语音：语音提示已关闭。</translation>
    </message>
</context>
<context>
    <name>halldesk::QtSpeechEngine</name>
    <message>
        <source>The speech engine did not answer in time.</source>
        <translation>语音播报引擎未及时响应。</translation>
    </message>
</context>
<context>
    <name>halldesk::QtSpeechWorker</name>
    <message>
        <source>The text-to-speech engine &quot;%1&quot; is not available.</source>
        <translation>语音合成引擎“%1”不可用。</translation>
    </message>
</context>
<context>
    <name>halldesk::QueueTableModel</name>
    <message>
        <source>Area / queue</source>
        <translation>区域 / 队列</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>预计等候</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日已办</translation>
    </message>
    <message>
        <source>Open windows</source>
        <translation>开放窗口</translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>不足 1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>halldesk::RankingTableModel</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <source>Days present</source>
        <translation>出勤天数</translation>
    </message>
    <message>
        <source>Score out of 100: satisfaction rate %1, tickets served %2, short service time %3, attendance %4 (weights).</source>
        <translation>评分（满分100）权重：满意率 %1，办结量 %2，办理时长短 %3，出勤 %4。</translation>
    </message>
    <message>
        <source>Ranked: at least %1 tickets served and %2 ratings in the quarter; a bad rating whose follow-up is not closed disqualifies. Attendance counts against %3 working days. Ties: satisfaction rate, then served, then the shorter service time.</source>
        <translation>参评条件：本季度办结不少于 %1 件、评价不少于 %2 条；有差评整改未办结的不参评。出勤按 %3 个工作日计。同分依次比较满意率、办结量、办理时长（短者优先）。</translation>
    </message>
</context>
<context>
    <name>halldesk::SealedFileReader</name>
    <message>
        <source>The stored document could not be read.</source>
        <translation>无法读取已保存的材料文件。</translation>
    </message>
    <message>
        <source>The stored document is damaged or incomplete.</source>
        <translation>已保存的材料文件已损坏或不完整。</translation>
    </message>
    <message>
        <source>The stored document is damaged or was sealed with another key.</source>
        <translation>已保存的材料文件已损坏，或由其他密钥加密。</translation>
    </message>
</context>
<context>
    <name>halldesk::SealedFileWriter</name>
    <message>
        <source>The stored file is damaged.</source>
        <translation>已保存的文件已损坏。</translation>
    </message>
    <message>
        <source>The file is already complete.</source>
        <translation>该文件已保存完毕。</translation>
    </message>
    <message>
        <source>The disk is full: the document could not be stored.</source>
        <translation>磁盘已满，材料文件未能保存。</translation>
    </message>
    <message>
        <source>The document could not be stored on this computer&apos;s disk.</source>
        <translation>材料文件未能保存到本机磁盘。</translation>
    </message>
</context>
<context>
    <name>halldesk::SupervisorReports</name>
    <message>
        <source>The server&apos;s answer was not understood.</source>
        <translation>无法识别服务器的答复。</translation>
    </message>
</context>
<context>
    <name>halldesk::TicketDispenser</name>
    <message>
        <source>No ticket has been issued here yet.</source>
        <translation>本机尚未发出号票。</translation>
    </message>
</context>
<context>
    <name>halldesk::WaitingTicketsModel</name>
    <message>
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>halldesk::WindowGridModel</name>
    <message>
        <source>Serving</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>暂停：%1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
</TS>
