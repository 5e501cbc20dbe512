// The item picker driven by the keyboard, as a clerk drives it: type, walk the results with
// Down, Enter to choose, Delete in the chosen list to take an item out again.

#include "TestCatalogue.h"
#include "intake/ItemPicker.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace halldesk;

namespace {

void type(QWidget *target, const QString &text)
{
    bool latin1 = true;
    for (QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (latin1) {
        QTest::keyClicks(target, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(target, &commit);
}

// "T0003/T0003-01" for an item chosen with a situation.
QStringList chosenCodes(const ItemPicker &picker)
{
    QStringList codes;
    for (const CaseItem &item : picker.chosenItems())
        codes << (item.subItemCode.isEmpty() ? item.code : item.code + u'/' + item.subItemCode);
    return codes;
}

} // namespace

class TestItemPicker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void searchAndChoose_data();
    void searchAndChoose();
    void severalItemsAndDelete();
    void nothingFoundChoosesNothing();
    void resultsShowTheItem();

private:
    CaseworkData m_data = test::testCasework();
    ItemPicker *m_picker = nullptr;
};

void TestItemPicker::init()
{
    m_picker = new ItemPicker;
    m_picker->setCatalogue(m_data.catalogue.get());
    m_picker->show();
    QVERIFY(QTest::qWaitForWindowActive(m_picker));
    m_picker->setFocus();
    QCOMPARE(QApplication::focusWidget(), m_picker->searchEdit());
}

void TestItemPicker::cleanup()
{
    delete m_picker;
    m_picker = nullptr;
}

void TestItemPicker::searchAndChoose_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("downs");
    QTest::addColumn<QStringList>("chosen");
    QTest::addColumn<QString>("bundle");

    QTest::newRow("code") << "T0002" << 0 << QStringList{"T0002"} << "";
    QTest::newRow("code lower case") << "t0001" << 0 << QStringList{"T0001"} << "";
    QTest::newRow("name fragment") << QStringLiteral("经营") << 0 << QStringList{"T0002"} << "";
    QTest::newRow("pinyin initials") << "spjy" << 0 << QStringList{"T0002"} << "";
    QTest::newRow("item without situation")
        << QStringLiteral("企业变更") << 0 << QStringList{"T0003"} << "";
    QTest::newRow("situation under item")
        << QStringLiteral("企业变更") << 1 << QStringList{"T0003/T0003-01"} << "";
    QTest::newRow("situation by its name")
        << QStringLiteral("名称变更") << 0 << QStringList{"T0003/T0003-01"} << "";
    QTest::newRow("bundle") << QStringLiteral("测试联办") << 0 << QStringList{"T0001", "T0002"}
                            << "LB01";
}

void TestItemPicker::searchAndChoose()
{
    QFETCH(QString, query);
    QFETCH(int, downs);
    QFETCH(QStringList, chosen);
    QFETCH(QString, bundle);

    QSignalSpy changed(m_picker, &ItemPicker::chosenChanged);
    type(m_picker->searchEdit(), query);
    QVERIFY(m_picker->results()->topLevelItemCount() > 0);
    for (int i = 0; i < downs; ++i)
        QTest::keyClick(m_picker->searchEdit(), Qt::Key_Down);
    QTest::keyClick(m_picker->searchEdit(), Qt::Key_Return);

    QCOMPARE(chosenCodes(*m_picker), chosen);
    QCOMPARE(m_picker->bundleCode(), bundle);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_picker->chosenList()->count(), chosen.size());
}

void TestItemPicker::severalItemsAndDelete()
{
    type(m_picker->searchEdit(), QStringLiteral("测试联办"));
    QTest::keyClick(m_picker->searchEdit(), Qt::Key_Return);
    // The typed query is selected after a choice, so the next one replaces it.
    QTest::keyClicks(m_picker->searchEdit(), QStringLiteral("T0003"));
    QCOMPARE(m_picker->searchEdit()->text(), QStringLiteral("T0003"));
    QTest::keyClick(m_picker->searchEdit(), Qt::Key_Return);
    QCOMPARE(chosenCodes(*m_picker), (QStringList{"T0001", "T0002", "T0003"}));
    QVERIFY(m_picker->bundleCode().isEmpty());

    // Choosing an item again adds nothing.
    QTest::keyClick(m_picker->searchEdit(), Qt::Key_Return);
    QCOMPARE(m_picker->chosenItems().size(), 3);

    m_picker->chosenList()->setFocus();
    m_picker->chosenList()->setCurrentRow(2);
    QTest::keyClick(m_picker->chosenList(), Qt::Key_Delete);
    QCOMPARE(chosenCodes(*m_picker), (QStringList{"T0001", "T0002"}));
    QCOMPARE(m_picker->bundleCode(), QStringLiteral("LB01"));
    QTest::keyClick(m_picker->chosenList(), Qt::Key_Delete);
    QCOMPARE(chosenCodes(*m_picker), QStringList{"T0001"});
    QVERIFY(m_picker->bundleCode().isEmpty());
}

void TestItemPicker::nothingFoundChoosesNothing()
{
    QTest::keyClicks(m_picker->searchEdit(), QStringLiteral("zzzzqq"));
    QCOMPARE(m_picker->results()->topLevelItemCount(), 0);
    QVERIFY(m_picker->currentResultCode().isEmpty());
    QTest::keyClick(m_picker->searchEdit(), Qt::Key_Return);
    QVERIFY(m_picker->chosenItems().isEmpty());
}

void TestItemPicker::resultsShowTheItem()
{
    QTest::keyClicks(m_picker->searchEdit(), QStringLiteral("T0002"));
    const QTreeWidgetItem *row = m_picker->results()->topLevelItem(0);
    QVERIFY(row);
    QCOMPARE(row->text(0), QStringLiteral("T0002"));
    QCOMPARE(row->text(1), QStringLiteral("食品经营许可"));
    QCOMPARE(row->text(2), QStringLiteral("测试局"));
    QVERIFY(!row->text(3).isEmpty());
    QVERIFY(row->text(4).contains(u'3'));
    QCOMPARE(m_picker->currentResultCode(), QStringLiteral("T0002"));
}

QTEST_MAIN(TestItemPicker)
#include "tst_itempicker.moc"
