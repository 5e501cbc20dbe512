// The counter's dialogs driven as a clerk drives them: from the keyboard, with the focus where
// the dialog puts it. Assertions are about behaviour (what is emitted, returned, refused),
// not about wording, which the translation changes.

#include "KeyboardInput.h"
#include "counter/CounterSettingsDialog.h"
#include "counter/HallLayout.h"
#include "counter/PauseDialog.h"
#include "counter/SignInDialog.h"
#include "counter/TerminalSetupDialog.h"
#include "counter/TransferDialog.h"
#include "pki/DevelopmentPki.h"
#include "pki/TlsSettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace halldesk;
using namespace halldesk::test;

namespace {

QLineEdit *focusedLineEdit()
{
    return qobject_cast<QLineEdit *>(focused());
}

void replaceText(const QString &text)
{
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_Delete);
    type(text);
}

// A hall of three areas and 20 windows; window 15 is "this counter".
HallLayout testHall()
{
    const auto area = [](const char *code, const QString &name, const char *letter) {
        return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("letter"), QLatin1String(letter)}};
    };
    const auto queue = [](const char *code, const QString &name, const char *area) {
        return QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("area"), QLatin1String(area)},
                           {QStringLiteral("prefix"), QString(QLatin1Char(code[0]))}};
    };
    QJsonArray windows;
    for (int n = 1; n <= 20; ++n) {
        const char *areaCode = n <= 8 ? "general" : n <= 14 ? "police" : "social";
        const char *served = n <= 8 ? "A-CIT" : n <= 14 ? "B-ID" : "C-REG";
        windows.append(
            QJsonObject{{QStringLiteral("number"), n},
                        {QStringLiteral("name"), QStringLiteral("%1号窗口").arg(n)},
                        {QStringLiteral("area"), QLatin1String(areaCode)},
                        {QStringLiteral("queues"),
                         QJsonArray{QJsonObject{{QStringLiteral("queue"), QLatin1String(served)},
                                                {QStringLiteral("weight"), 1}}}}});
    }
    return HallLayout::fromJson(QJsonObject{
        {QStringLiteral("areas"), QJsonArray{area("general", QStringLiteral("综合受理"), "A"),
                                             area("police", QStringLiteral("公安"), "B"),
                                             area("social", QStringLiteral("社保"), "C")}},
        {QStringLiteral("queues"),
         QJsonArray{queue("A-CIT", QStringLiteral("个人综合受理"), "general"),
                    queue("A-ENT", QStringLiteral("企业综合受理"), "general"),
                    queue("B-HUKOU", QStringLiteral("户籍业务"), "police"),
                    queue("B-ID", QStringLiteral("居民身份证"), "police"),
                    queue("C-REG", QStringLiteral("社保参保登记"), "social"),
                    queue("C-UNEMP", QStringLiteral("失业保险"), "social")}},
        {QStringLiteral("windows"), windows}});
}

QtMessageHandler previousHandler = nullptr;

// The offscreen platform warns each time a dialog resizes itself; that says nothing about the
// dialogs and would bury real warnings.
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    previousHandler(type, context, message);
}

constexpr int OwnWindow = 15;
const char *const CurrentQueue = "A-CIT";

} // namespace

class TestCounterDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(dropOffscreenNoise);
        QVERIFY(m_pkiDir.isValid());
        QString error;
        const auto pki = DevelopmentPki::ensure(m_pkiDir.path(), &error);
        QVERIFY2(pki, qPrintable(error));
        const auto one = pki->terminalFiles(TerminalRole::Counter, 1, &error);
        QVERIFY2(one, qPrintable(error));
        const auto two = pki->terminalFiles(TerminalRole::Counter, 2, &error);
        QVERIFY2(two, qPrintable(error));
        m_counter1 = *one;
        m_counter2 = *two;
        m_server = pki->serverFiles();
    }

    // --- SignInDialog -------------------------------------------------------------------

    void signInRefusesEmptyFields_data()
    {
        QTest::addColumn<QString>("staffNo");
        QTest::addColumn<QString>("password");
        QTest::newRow("both empty") << QString() << QString();
        QTest::newRow("no password") << QStringLiteral("HD0023") << QString();
        QTest::newRow("no staff number") << QString() << QStringLiteral("secret");
        QTest::newRow("blank staff number") << QStringLiteral("   ") << QStringLiteral("secret");
    }

    void signInRefusesEmptyFields()
    {
        QFETCH(QString, staffNo);
        QFETCH(QString, password);
        SignInDialog dialog;
        QSignalSpy requested(&dialog, &SignInDialog::signInRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(focusedLineEdit());
        type(staffNo);
        press(Qt::Key_Tab);
        QVERIFY(focusedLineEdit());
        QCOMPARE(focusedLineEdit()->echoMode(), QLineEdit::Password);
        type(password);
        press(Qt::Key_Return);

        QCOMPARE(requested.count(), 0);
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());
        // The focus waits in the field that is missing.
        QVERIFY(focusedLineEdit());
        QCOMPARE(focusedLineEdit()->echoMode() == QLineEdit::Password,
                 !staffNo.trimmed().isEmpty());
    }

    void signInBusyFailSucceed()
    {
        SignInDialog dialog;
        dialog.setWindowNumber(15);
        dialog.setConnectionText(QStringLiteral("connected"));
        QSignalSpy requested(&dialog, &SignInDialog::signInRequested);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        type(QStringLiteral(" HD0023 "));
        press(Qt::Key_Tab);
        type(QStringLiteral("wrong"));
        press(Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("HD0023"));
        QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("wrong"));
        QVERIFY(dialog.isBusy());
        QVERIFY(dialog.isVisible());
        const auto edits = dialog.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 2);
        for (QLineEdit *edit : edits)
            QVERIFY(!edit->isEnabled());

        // Enter again while the server is thinking neither sends twice nor cancels.
        press(Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        QVERIFY(dialog.isVisible());

        const QString refusal = QStringLiteral("The staff number or password is wrong.");
        dialog.fail(refusal);
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.errorText().contains(refusal));
        QVERIFY(dialog.isVisible());
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(dialog.staffNo(), QStringLiteral("HD0023"));
        QLineEdit *password = focusedLineEdit();
        QVERIFY(password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(password->text().isEmpty());

        type(QStringLiteral("right"));
        press(Qt::Key_Return);
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(1).toString(), QStringLiteral("right"));
        QVERIFY(dialog.isBusy());
        QVERIFY(dialog.errorText().isEmpty());

        dialog.succeed();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QVERIFY(!dialog.isBusy());
        for (QLineEdit *edit : edits)
            if (edit->echoMode() == QLineEdit::Password)
                QVERIFY(edit->text().isEmpty());
    }

    void signInPrefilledStaffNoFocusesPassword()
    {
        SignInDialog dialog;
        QSignalSpy requested(&dialog, &SignInDialog::signInRequested);
        dialog.setStaffNo(QStringLiteral("HD0007"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(focusedLineEdit());
        QCOMPARE(focusedLineEdit()->echoMode(), QLineEdit::Password);
        type(QStringLiteral("pw"));
        press(Qt::Key_Enter);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("HD0007"));
    }

    void escapeCancelsEveryDialog_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("sign in") << 0;
        QTest::newRow("sign in, busy") << 1;
        QTest::newRow("terminal setup") << 2;
        QTest::newRow("pause") << 3;
        QTest::newRow("transfer") << 4;
        QTest::newRow("settings") << 5;
    }

    void escapeCancelsEveryDialog()
    {
        QFETCH(int, which);
        std::unique_ptr<QDialog> dialog;
        switch (which) {
        case 0:
        case 1: {
            auto signIn = std::make_unique<SignInDialog>();
            if (which == 1)
                signIn->setBusy(true);
            dialog = std::move(signIn);
            break;
        }
        case 2:
            dialog = std::make_unique<TerminalSetupDialog>(CounterSettings());
            break;
        case 3:
            dialog = std::make_unique<PauseDialog>();
            break;
        case 4:
            dialog = std::make_unique<TransferDialog>(testHall(), OwnWindow, QStringLiteral("A012"),
                                                      QLatin1String(CurrentQueue));
            break;
        default:
            dialog = std::make_unique<CounterSettingsDialog>(CounterSettings());
        }
        QSignalSpy rejected(dialog.get(), &QDialog::rejected);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        QTRY_VERIFY(focused());
        QTRY_VERIFY(dialog->isAncestorOf(focused()));
        press(Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog->isVisible());
    }

    // --- PauseDialog --------------------------------------------------------------------

    void pauseNeedsAReason()
    {
        PauseDialog dialog;
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(qobject_cast<QRadioButton *>(focused()));
        press(Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(dialog.reason().isEmpty());
        QVERIFY(dialog.isVisible());
    }

    void pauseDigitChoosesReason_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("reason");
        QTest::newRow("1 lunch") << int(Qt::Key_1) << int(PauseDialog::LunchBreak);
        QTest::newRow("2 meeting") << int(Qt::Key_2) << int(PauseDialog::Meeting);
        QTest::newRow("3 away") << int(Qt::Key_3) << int(PauseDialog::SteppingAway);
        QTest::newRow("4 training") << int(Qt::Key_4) << int(PauseDialog::Training);
    }

    void pauseDigitChoosesReason()
    {
        QFETCH(int, key);
        QFETCH(int, reason);
        PauseDialog dialog;
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        press(static_cast<Qt::Key>(key));
        QCOMPARE(dialog.chosenReason(), reason);
        press(Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);

        // The reason sent is the words on the chosen button, and differs from the others.
        const auto buttons = dialog.findChildren<QRadioButton *>();
        QCOMPARE(buttons.size(), 5);
        QVERIFY(!dialog.reason().isEmpty());
        QVERIFY(!dialog.reason().contains(QLatin1Char('&')));
        int shownOn = 0;
        for (const QRadioButton *button : buttons)
            shownOn += button->text().endsWith(dialog.reason()) ? 1 : 0;
        QCOMPARE(shownOn, 1);
        QVERIFY(buttons.at(reason)->isChecked());
    }

    void pauseOtherNeedsText()
    {
        PauseDialog dialog;
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        press(Qt::Key_5);
        QCOMPARE(dialog.chosenReason(), int(PauseDialog::Other));
        QVERIFY(focusedLineEdit());
        type(QStringLiteral("   "));
        press(Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(focusedLineEdit());

        // Digits typed into the text are text, not a change of reason.
        type(QStringLiteral("Fetch 2 files"));
        QCOMPARE(dialog.chosenReason(), int(PauseDialog::Other));
        press(Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.reason(), QStringLiteral("Fetch 2 files"));
    }

    void pauseOtherTextIsLimited()
    {
        PauseDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        press(Qt::Key_5);
        type(QString(PauseDialog::MaxReasonLength + 20, QLatin1Char('x')));
        QCOMPARE(dialog.reason().size(), PauseDialog::MaxReasonLength);
    }

    // --- TransferDialog -----------------------------------------------------------------

    void transferRules_data()
    {
        QTest::addColumn<QString>("queue"); // empty: leave "keep the current queue"
        QTest::addColumn<int>("window");
        QTest::addColumn<bool>("valid");
        QTest::newRow("nothing chosen") << QString() << 0 << false;
        QTest::newRow("same queue, no window") << QString::fromLatin1(CurrentQueue) << 0 << false;
        QTest::newRow("own window") << QString() << OwnWindow << false;
        QTest::newRow("other queue, own window") << QStringLiteral("A-ENT") << OwnWindow << false;
        QTest::newRow("other queue") << QStringLiteral("C-REG") << 0 << true;
        QTest::newRow("same queue, other window") << QString::fromLatin1(CurrentQueue) << 7 << true;
        QTest::newRow("window only") << QString() << 3 << true;
        QTest::newRow("queue and window") << QStringLiteral("B-ID") << 9 << true;
    }

    void transferRules()
    {
        QFETCH(QString, queue);
        QFETCH(int, window);
        QFETCH(bool, valid);
        TransferDialog dialog(testHall(), OwnWindow, QStringLiteral("A012"),
                              QLatin1String(CurrentQueue));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        if (!queue.isEmpty())
            dialog.selectQueue(queue);
        if (window)
            dialog.selectWindow(window);
        QCOMPARE(dialog.choice().queue, queue);
        QCOMPARE(dialog.choice().window, window);
        press(Qt::Key_Return);
        QCOMPARE(accepted.count(), valid ? 1 : 0);
        QCOMPARE(dialog.isVisible(), !valid);
        QCOMPARE(dialog.errorText().isEmpty(), valid);
        if (valid)
            QCOMPARE(dialog.choice(), (TransferChoice{queue, window, QString()}));
    }

    void transferShowsMistakesBeforeSending()
    {
        TransferDialog dialog(testHall(), OwnWindow, QStringLiteral("A012"),
                              QLatin1String(CurrentQueue));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.errorText().isEmpty());
        dialog.selectWindow(OwnWindow);
        QVERIFY(!dialog.errorText().isEmpty());
        dialog.selectWindow(3);
        QVERIFY(dialog.errorText().isEmpty());
    }

    void transferFilterNarrowsTheList_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("visible");
        const QStringList all{QStringLiteral("A-CIT"),   QStringLiteral("A-ENT"),
                              QStringLiteral("B-HUKOU"), QStringLiteral("B-ID"),
                              QStringLiteral("C-REG"),   QStringLiteral("C-UNEMP")};
        QTest::newRow("none") << QString() << all;
        QTest::newRow("code, any case") << QStringLiteral("ent") << QStringList{all.at(1)};
        QTest::newRow("area name") << QStringLiteral("社保") << QStringList{all.at(4), all.at(5)};
        QTest::newRow("queue name") << QStringLiteral("身份证") << QStringList{all.at(3)};
        QTest::newRow("two words") << QStringLiteral("综合 企业") << QStringList{all.at(1)};
        QTest::newRow("no match") << QStringLiteral("zzz") << QStringList();
    }

    void transferFilterNarrowsTheList()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, visible);
        TransferDialog dialog(testHall(), OwnWindow, QStringLiteral("A012"),
                              QLatin1String(CurrentQueue));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(focusedLineEdit()); // the filter: typing searches at once
        type(filter);
        QCOMPARE(dialog.visibleQueues(), visible);
        if (filter.isEmpty())
            return;
        // Enter takes the first match; with none there is nothing to send.
        press(Qt::Key_Return);
        QCOMPARE(accepted.count(), visible.isEmpty() ? 0 : 1);
        if (!visible.isEmpty())
            QCOMPARE(dialog.choice().queue, visible.constFirst());
        else
            QVERIFY(!dialog.errorText().isEmpty());
    }

    void transferByKeyboardOnly()
    {
        TransferDialog dialog(testHall(), OwnWindow, QStringLiteral("A012"),
                              QLatin1String(CurrentQueue));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        type(QStringLiteral("A-"));
        QCOMPARE(dialog.choice().queue, QStringLiteral("A-CIT"));
        // The arrow keys move through the matches without leaving the filter.
        press(Qt::Key_Down);
        QCOMPARE(dialog.choice().queue, QStringLiteral("A-ENT"));
        press(Qt::Key_Up);
        QCOMPARE(dialog.choice().queue, QStringLiteral("A-CIT"));
        QVERIFY(focusedLineEdit());
        // Same queue, no window: refused inline.
        press(Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!dialog.errorText().isEmpty());
        // The focus went to the window choice; type-ahead picks window 7.
        QVERIFY(focused());
        QVERIFY(!qobject_cast<QLineEdit *>(focused()));
        type(QStringLiteral("7"));
        QCOMPARE(dialog.choice().window, 7);
        QVERIFY(dialog.errorText().isEmpty());
        press(Qt::Key_Tab);
        QVERIFY(focusedLineEdit()); // the note
        type(QStringLiteral("材料已初审"));
        press(Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.choice(),
                 (TransferChoice{QStringLiteral("A-CIT"), 7, QStringLiteral("材料已初审")}));
    }

    void transferCommentIsLimited()
    {
        TransferDialog dialog(testHall(), OwnWindow, QStringLiteral("A012"),
                              QLatin1String(CurrentQueue));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        for (int i = 0; i < 3; ++i)
            press(Qt::Key_Tab);
        QVERIFY(focusedLineEdit());
        focusedLineEdit()->insert(QString(TransferDialog::MaxCommentLength + 50, QLatin1Char('x')));
        QCOMPARE(dialog.choice().comment.size(), TransferDialog::MaxCommentLength);
    }

    // --- TerminalSetupDialog ------------------------------------------------------------

    void setupAcceptsDevelopmentPkiFiles()
    {
        CounterSettings original;
        original.voiceEnabled = false;
        original.voiceRate = -0.4;
        original.voiceVolume = 0.6;
        original.speechEngine = QStringLiteral("speechd");
        original.path = QStringLiteral("/somewhere/counter.conf");
        TerminalSetupDialog dialog(original);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        fillSetup(QStringLiteral("127.0.0.1:7443"), QStringLiteral("1"), m_counter1);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(accepted.count(), 1);

        const CounterSettings s = dialog.settings();
        QCOMPARE(s.serverUrl, QUrl(QStringLiteral("wss://127.0.0.1:7443")));
        QCOMPARE(s.window, 1);
        QCOMPARE(s.tls.caFile, m_counter1.caFile);
        QCOMPARE(s.tls.certificateFile, m_counter1.certificateFile);
        QCOMPARE(s.tls.keyFile, m_counter1.keyFile);
        QCOMPARE(s.voiceEnabled, false);
        QCOMPARE(s.voiceRate, -0.4);
        QCOMPARE(s.voiceVolume, 0.6);
        QCOMPARE(s.speechEngine, QStringLiteral("speechd"));
        QCOMPARE(s.path, QStringLiteral("/somewhere/counter.conf"));
    }

    void setupTakesTheWindowFromTheCertificate()
    {
        TerminalSetupDialog dialog{CounterSettings()};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        fillSetup(QStringLiteral("localhost"), QString(), m_counter2);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings().window, 2);
        QCOMPARE(dialog.settings().serverUrl.port(), int(CounterSettings::DefaultPort));
    }

    void setupRefusesAKeyThatDoesNotMatch()
    {
        TerminalSetupDialog dialog{CounterSettings()};
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const TlsFiles mixed{m_counter1.caFile, m_counter1.certificateFile, m_counter2.keyFile};
        fillSetup(QStringLiteral("127.0.0.1:7443"), QStringLiteral("1"), mixed);
        QCOMPARE(accepted.count(), 0);
        QString expected;
        QVERIFY(!TlsSettings::client(mixed, &expected));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(dialog.errorText(), expected);
        // The key is the field to fix.
        QVERIFY(focusedLineEdit());
        QCOMPARE(focusedLineEdit()->text(), m_counter2.keyFile);
        QCOMPARE(dialog.settings().window, 0);
    }

    void setupRefusesUnusableSettings_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("window");
        QTest::addColumn<int>("files"); // 0 counter-1, 1 server's files, 2 missing CA
        QTest::newRow("no server") << QString() << QStringLiteral("1") << 0;
        QTest::newRow("not wss") << QStringLiteral("https://10.1.2.3:7443") << QStringLiteral("1")
                                 << 0;
        QTest::newRow("window 0") << QStringLiteral("10.1.2.3:7443") << QStringLiteral("0") << 0;
        QTest::newRow("certificate of another window")
            << QStringLiteral("10.1.2.3:7443") << QStringLiteral("2") << 0;
        QTest::newRow("server certificate")
            << QStringLiteral("10.1.2.3") << QStringLiteral("1") << 1;
        QTest::newRow("missing CA file") << QStringLiteral("10.1.2.3") << QStringLiteral("1") << 2;
    }

    void setupRefusesUnusableSettings()
    {
        QFETCH(QString, server);
        QFETCH(QString, window);
        QFETCH(int, files);
        TlsFiles tls = files == 1 ? m_server : m_counter1;
        if (files == 2)
            tls.caFile = m_pkiDir.filePath(QStringLiteral("missing/ca.pem"));
        CounterSettings original;
        original.window = 9;
        TerminalSetupDialog dialog(original);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        fillSetup(server, window, tls);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(dialog.settings().window, 9);
        QVERIFY(dialog.settings().tls.certificateFile.isEmpty());
        if (files == 1) {
            QString expected;
            QVERIFY(!TlsSettings::client(tls, &expected));
            QCOMPARE(dialog.errorText(), expected);
        }
    }

    // --- CounterSettingsDialog ----------------------------------------------------------

    void settingsVoiceByKeyboard()
    {
        CounterSettings original;
        original.voiceRate = 0.0;
        original.voiceVolume = 0.5;
        CounterSettingsDialog dialog(original);
        QSignalSpy test(&dialog, &CounterSettingsDialog::testVoiceRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(qobject_cast<QCheckBox *>(focused()));

        press(Qt::Key_Tab); // rate
        QVERIFY(qobject_cast<QSlider *>(focused()));
        press(Qt::Key_Left);
        press(Qt::Key_Left);
        press(Qt::Key_Left);
        press(Qt::Key_Tab); // volume
        QVERIFY(qobject_cast<QSlider *>(focused()));
        press(Qt::Key_End);
        press(Qt::Key_Tab); // test voice
        QVERIFY(qobject_cast<QPushButton *>(focused()));
        press(Qt::Key_Space);
        QCOMPARE(test.count(), 1);
        QCOMPARE(test.at(0).at(0).toDouble(), -0.3);
        QCOMPARE(test.at(0).at(1).toDouble(), 1.0);

        press(Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings().voiceRate, -0.3);
        QCOMPARE(dialog.settings().voiceVolume, 1.0);
        QVERIFY(dialog.settings().voiceEnabled);
    }

    void settingsVoiceOff()
    {
        CounterSettingsDialog dialog{CounterSettings()};
        QSignalSpy test(&dialog, &CounterSettingsDialog::testVoiceRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        press(Qt::Key_Space); // the check box has the focus
        QVERIFY(!dialog.settings().voiceEnabled);
        for (QSlider *slider : dialog.findChildren<QSlider *>())
            QVERIFY(!slider->isEnabled());
        press(Qt::Key_T, Qt::AltModifier); // the test button's mnemonic does nothing now
        press(Qt::Key_Space);
        QVERIFY(dialog.settings().voiceEnabled);
        // A mnemonic clicks with a short animation, so the signal comes from the event loop.
        press(Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(test.count(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(test.count(), 1);
    }

    void settingsChangesConnectionThroughSetup()
    {
        CounterSettings original;
        original.serverUrl = QUrl(QStringLiteral("wss://127.0.0.1:7443"));
        original.window = 1;
        original.tls = m_counter1;
        CounterSettingsDialog dialog(original);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // The certificate's name is shown, read cheaply from the file.
        bool shown = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            shown = shown || label->text().contains(QStringLiteral("counter-1"));
        QVERIFY(shown);

        press(Qt::Key_Tab); // a voice edit first: it must survive the connection change
        press(Qt::Key_Right);
        QCOMPARE(dialog.settings().voiceRate, 0.1);

        press(Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(dialog.connectionDialog());
        TerminalSetupDialog *setup = dialog.connectionDialog();
        QVERIFY(QTest::qWaitForWindowActive(setup));
        QTRY_VERIFY(setup->isAncestorOf(focused())); // focus follows activation a moment later
        fillSetup(QStringLiteral("127.0.0.1:7443"), QStringLiteral("2"), m_counter2);
        QVERIFY2(setup->errorText().isEmpty(), qPrintable(setup->errorText()));
        QVERIFY(!dialog.connectionDialog());

        const CounterSettings s = dialog.settings();
        QCOMPARE(s.window, 2);
        QCOMPARE(s.tls.certificateFile, m_counter2.certificateFile);
        QCOMPARE(s.tls.keyFile, m_counter2.keyFile);
        QCOMPARE(s.voiceRate, 0.1);
        shown = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            shown = shown || label->text().contains(QStringLiteral("counter-2"));
        QVERIFY(shown);
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

private:
    // Fills TerminalSetupDialog from its first field in tab order and presses Enter.
    static void fillSetup(const QString &server, const QString &window, const TlsFiles &files)
    {
        replaceText(server);
        press(Qt::Key_Tab);
        replaceText(window);
        for (const QString &path : {files.caFile, files.certificateFile, files.keyFile}) {
            press(Qt::Key_Tab);
            replaceText(path);
            press(Qt::Key_Tab); // the browse button
        }
        press(Qt::Key_Backtab);
        press(Qt::Key_Return);
    }

    QTemporaryDir m_pkiDir;
    TlsFiles m_counter1;
    TlsFiles m_counter2;
    TlsFiles m_server;
};

QTEST_MAIN(TestCounterDialogs)
#include "tst_counterdialogs.moc"
