<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>
