#include "NoticeTestTools.h"
#include "notice/NoticeDecision.h"
#include "notice/NoticeDocument.h"
#include "notice/NoticePageFrame.h"
#include "notice/NoticePdfWriter.h"
#include "notice/NoticeQrPayload.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace halldesk;
using halldesk::test::runTool;
using halldesk::test::ToolRun;
using Status = NoticeMaterial::Status;
using Form = MaterialSpec::Form;

Q_DECLARE_METATYPE(halldesk::NoticeKind)

namespace {

const QString CaseNumber = QStringLiteral("20261128-0015-0003");
const QString VerificationCode = QStringLiteral("K7M2P9QX");
const QByteArray Payload = "HALLDESK1|20261128-0015-0003|K7M2P9QX";

// Several names hold characters that CJK fonts share with the Kangxi radicals (食, 身, 人, 用,
// 生, 黄, 石), which Qt alone would extract as radicals.
const QString ItemA = QStringLiteral("食品经营许可证核发（新办）");
const QString ItemB = QStringLiteral("公共场所卫生许可");
const QString Received1 = QStringLiteral("食品经营许可申请书");
const QString Received2 = QStringLiteral("营业执照副本");
const QString Missing1 = QStringLiteral("经营场所使用证明");
const QString Missing2 = QStringLiteral("食品安全管理人员健康证明");
const QString Missing3 = QStringLiteral("法定代表人身份证件");
const QString Waived = QStringLiteral("餐饮服务设施布局图");

NoticeDocument sampleNotice(NoticeKind kind)
{
    NoticeDocument d;
    d.kind = kind;
    d.hallName = QStringLiteral("黄石市民之家");
    d.hallAddress = QStringLiteral("湖北省黄石市下陆区杭州西路120号");
    d.hallPhone = QStringLiteral("0714-6351234");
    d.caseNumber = CaseNumber;
    d.verificationCode = VerificationCode;
    d.issuedAt = QDateTime(QDate(2026, 11, 28), QTime(10, 15));
    d.windowNumber = QStringLiteral("15");
    d.staffName = QStringLiteral("王晓燕");
    d.staffNumber = QStringLiteral("A015");
    d.applicantName = QStringLiteral("黄石市青山食品有限公司");
    d.applicantIdMasked = QStringLiteral("4202********1234");
    d.items = {{QStringLiteral("11420200MB1234567X-F-001"), ItemA,
                QStringLiteral("黄石市市场监督管理局"), 10},
               {QStringLiteral("11420200MB1234567X-F-020"), ItemB,
                QStringLiteral("黄石市卫生健康委员会"), 5}};
    // Acceptance and completion have every material (one waived); the correction notice has
    // three missing.
    const Status outstanding = kind == NoticeKind::Correction ? Status::Missing : Status::Received;
    d.materials = {{Received1, Status::Received, Form::Original, 1, 3, {}},
                   {Received2, Status::Received, Form::Copy, 1, 1, {}},
                   {Missing1, outstanding, Form::Copy, 1, 2, QStringLiteral("加盖公章")},
                   {Missing2, outstanding, Form::Original, 2, 0, QStringLiteral("在有效期内")},
                   {Missing3, outstanding, Form::OriginalAndCopy, 1, 1, {}}};
    if (kind != NoticeKind::Correction)
        d.materials << NoticeMaterial{Waived, Status::Waived, Form::Original, 1, 0, {}};
    d.dueDate = QDate(2026, 12, 10);
    d.creditCommitment = kind == NoticeKind::Acceptance;
    d.verificationDueDate = QDate(2027, 5, 28);
    d.correctionDeadline = QDate(2026, 12, 3);
    d.rejectionReason =
        QStringLiteral("申请事项依法不属于本机关职权范围，请向黄石市住房和城乡建设局申请。");
    d.completionResult = CompletionResult::ApprovedWithWaiver;
    d.resultDocument = QStringLiteral("食品经营许可证");
    d.finishedOn = QDate(2026, 12, 9);
    return d;
}

QString withoutSpaces(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// A field of pdfinfo's report, e.g. "Title".
QString pdfInfoField(const QByteArray &pdfinfo, const QString &field)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s+(.*)$").arg(field),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(pdfinfo)).captured(1);
}

int pdfPages(const QByteArray &pdfinfo)
{
    bool ok = false;
    const int pages = pdfInfoField(pdfinfo, QStringLiteral("Pages")).toInt(&ok);
    return ok ? pages : -1;
}

} // namespace

class TestNoticePdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesEveryKind_data();
    void writesEveryKind();
    void longMaterialListsContinueOnNextPages();
    void unwritablePlacesFailWithoutLeavingAFile_data();
    void unwritablePlacesFailWithoutLeavingAFile();
    void invalidCaseNumberFails();

private:
    // Page `page` (1-based) as a 150 dpi PNG, as a phone camera would roughly see it.
    QString renderPage(const QString &pdf, int page);
    QString extractText(const QString &pdf, int page = 0);

    QTemporaryDir m_dir;
};

void TestNoticePdf::initTestCase()
{
    const QString missing = halldesk::test::missingTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QVERIFY(m_dir.isValid());
}

QString TestNoticePdf::renderPage(const QString &pdf, int page)
{
    const QString prefix = pdf + QStringLiteral("-page%1").arg(page);
    const ToolRun run =
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                 QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), pdf, prefix});
    if (!run.finished || run.exitCode != 0)
        return {};
    return prefix + QStringLiteral(".png");
}

QString TestNoticePdf::extractText(const QString &pdf, int page)
{
    QStringList arguments = {QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    const ToolRun run = runTool(QStringLiteral("pdftotext"), arguments);
    return run.finished && run.exitCode == 0 ? QString::fromUtf8(run.output) : QString();
}

void TestNoticePdf::writesEveryKind_data()
{
    QTest::addColumn<NoticeKind>("kind");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");

    // Dates print in the untranslated format: no translator is installed here.
    QTest::newRow("acceptance") << NoticeKind::Acceptance
                                << QStringList{Received1, Missing2, Waived,
                                               QStringLiteral("2026-12-10"),
                                               QStringLiteral("2027-05-28")}
                                << QStringList{QStringLiteral("2026-12-03")};
    QTest::newRow("correction") << NoticeKind::Correction
                                << QStringList{Missing1,
                                               Missing2,
                                               Missing3,
                                               QStringLiteral("加盖公章"),
                                               QStringLiteral("在有效期内"),
                                               QStringLiteral("2026-12-03")}
                                << QStringList{Received1, Received2, QStringLiteral("2026-12-10")};
    QTest::newRow("rejection") << NoticeKind::Rejection
                               << QStringList{sampleNotice(NoticeKind::Rejection).rejectionReason,
                                              NoticeDecision::legalRemedy()}
                               << QStringList{Received1, Missing1, QStringLiteral("2026-12-10")};
    QTest::newRow("completion") << NoticeKind::Completion
                                << QStringList{QStringLiteral("食品经营许可证"), Waived,
                                               QStringLiteral("2026-12-09")}
                                << QStringList{Received1, NoticeDecision::legalRemedy()};
}

void TestNoticePdf::writesEveryKind()
{
    QFETCH(NoticeKind, kind);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);

    const NoticeDocument notice = sampleNotice(kind);
    const QString path = m_dir.filePath(QStringLiteral("%1.pdf").arg(QTest::currentDataTag()));
    NoticePdfWriter writer;
    QVERIFY2(writer.write(notice, path), qPrintable(writer.errorString()));
    QVERIFY(writer.errorString().isEmpty());

    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.finished);
    QCOMPARE(info.exitCode, 0);
    // poppler reports a damaged cross-reference table on stderr even when it copes.
    QCOMPARE(info.errors, QByteArray());
    QVERIFY(pdfPages(info.output) >= 1);
    QCOMPARE(pdfPages(info.output), writer.pageCount());
    const QString title = NoticePdfWriter::title(notice);
    QVERIFY(title.contains(CaseNumber));
    QCOMPARE(pdfInfoField(info.output, QStringLiteral("Title")), title);
    QCOMPARE(pdfInfoField(info.output, QStringLiteral("Creator")), QStringLiteral("HallDesk"));

    const QString page = renderPage(path, 1);
    QVERIFY(!page.isEmpty());
    const ToolRun scan = halldesk::test::decodeQr(page);
    QCOMPARE(scan.exitCode, 0);
    QCOMPARE(scan.output, Payload);

    const QString text = extractText(path);
    QVERIFY(!text.isEmpty());
    const QString flat = withoutSpaces(text);
    for (const QString &needed : QStringList{CaseNumber, VerificationCode, notice.hallName,
                                             notice.applicantIdMasked, ItemA, ItemB} +
                                     expected)
        QVERIFY2(flat.contains(withoutSpaces(needed)), qPrintable(needed + u'\n' + text));
    for (const QString &unwanted : absent)
        QVERIFY2(!flat.contains(withoutSpaces(unwanted)), qPrintable(unwanted));
    for (QChar c : text)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(text));
}

void TestNoticePdf::longMaterialListsContinueOnNextPages()
{
    NoticeDocument notice = sampleNotice(NoticeKind::Correction);
    notice.materials.clear();
    for (int i = 1; i <= 60; ++i) {
        notice.materials << NoticeMaterial{QStringLiteral("第%1项补充材料").arg(i),
                                           Status::Missing,
                                           Form::Copy,
                                           1,
                                           0,
                                           QStringLiteral("加盖公章")};
    }
    const QString path = m_dir.filePath(QStringLiteral("sixty-materials.pdf"));
    NoticePdfWriter writer;
    QVERIFY2(writer.write(notice, path), qPrintable(writer.errorString()));

    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {path});
    QCOMPARE(info.exitCode, 0);
    const int pages = pdfPages(info.output);
    QVERIFY2(pages >= 2, info.output.constData());
    QCOMPARE(pages, writer.pageCount());

    QString all;
    const QString materialHeader = NoticeDecision::tr("Material");
    for (int page = 1; page <= pages; ++page) {
        const QString image = renderPage(path, page);
        QVERIFY(!image.isEmpty());
        const ToolRun scan = halldesk::test::decodeQr(image);
        QCOMPARE(scan.exitCode, 0);
        QCOMPARE(scan.output, Payload);

        const QString text = extractText(path, page);
        QVERIFY2(text.contains(CaseNumber), qPrintable(QString::number(page)));
        QVERIFY2(text.contains(NoticePageFrame::tr("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(text));
        // The table continues under its header row.
        QVERIFY2(text.contains(materialHeader), qPrintable(text));
        all += text;
    }
    const QString flat = withoutSpaces(all);
    for (const NoticeMaterial &material : notice.materials)
        QVERIFY2(flat.contains(material.name), qPrintable(material.name));
}

void TestNoticePdf::unwritablePlacesFailWithoutLeavingAFile_data()
{
    QTest::addColumn<QString>("path");

    const QString root = m_dir.filePath(QStringLiteral("unwritable"));
    QVERIFY(QDir().mkpath(root));
    QTest::newRow("missing directory") << root + QStringLiteral("/no/such/dir/notice.pdf");

    const QString plain = root + QStringLiteral("/plain-file");
    QFile file(plain);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QTest::newRow("parent is a file") << plain + QStringLiteral("/notice.pdf");

    // Permission bits do not stop root, so this row only runs for other users; /proc refuses
    // new files to everybody.
    if (::geteuid() != 0) {
        const QString readOnly = root + QStringLiteral("/read-only");
        QVERIFY(QDir().mkpath(readOnly));
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
        QTest::newRow("read-only directory") << readOnly + QStringLiteral("/notice.pdf");
    }
    QTest::newRow("kernel directory") << QStringLiteral("/proc/halldesk-notice-test.pdf");
}

void TestNoticePdf::unwritablePlacesFailWithoutLeavingAFile()
{
    QFETCH(QString, path);

    NoticePdfWriter writer;
    QVERIFY(!writer.write(sampleNotice(NoticeKind::Acceptance), path));
    QVERIFY(!writer.errorString().isEmpty());
    QVERIFY2(writer.errorString().contains(path), qPrintable(writer.errorString()));
    QVERIFY(!QFile::exists(path));
    const QDir directory = QFileInfo(path).dir();
    if (directory.exists() && directory.absolutePath() != QStringLiteral("/proc")) {
        QCOMPARE(directory.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }
}

void TestNoticePdf::invalidCaseNumberFails()
{
    NoticeDocument notice = sampleNotice(NoticeKind::Acceptance);
    notice.verificationCode = QStringLiteral("k7m2");
    const QString path = m_dir.filePath(QStringLiteral("invalid.pdf"));
    NoticePdfWriter writer;
    QVERIFY(writer.toPdf(notice).isEmpty());
    QVERIFY(!writer.errorString().isEmpty());
    QVERIFY(!writer.write(notice, path));
    QVERIFY(!writer.errorString().isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestNoticePdf)
#include "tst_noticepdf.moc"
