// EmphasisRowDelegate: the rows a model marks with its role are tinted, bold in every column or
// only in the one chosen; the others are drawn as the style draws them.

#include "supervisor/EmphasisRowDelegate.h"

#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace halldesk;

namespace {

constexpr int MarkedRole = Qt::UserRole + 7;
const QColor Tint(0xfd, 0xe2, 0xdf);

// What the view would draw each cell with.
class ShownDelegate : public EmphasisRowDelegate
{
public:
    using EmphasisRowDelegate::EmphasisRowDelegate;

    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
        initStyleOption(&option, index);
        return option;
    }
};

} // namespace

class TestEmphasisRowDelegate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void anUnmarkedRowIsLeftAlone();
    void aMarkedRowIsTintedAndBoldThroughout();
    void aMarkedRowIsBoldInTheChosenColumnOnly();

private:
    QStandardItemModel m_model{2, 3};
};

void TestEmphasisRowDelegate::init()
{
    for (int row = 0; row < m_model.rowCount(); ++row)
        for (int column = 0; column < m_model.columnCount(); ++column)
            m_model.setData(m_model.index(row, column),
                            QStringLiteral("%1/%2").arg(row).arg(column));
    for (int column = 0; column < m_model.columnCount(); ++column)
        m_model.setData(m_model.index(1, column), true, MarkedRole);
}

void TestEmphasisRowDelegate::anUnmarkedRowIsLeftAlone()
{
    const ShownDelegate delegate(MarkedRole, Tint, EmphasisRowDelegate::AllColumns, nullptr);
    for (int column = 0; column < m_model.columnCount(); ++column) {
        const QStyleOptionViewItem option = delegate.optionFor(m_model.index(0, column));
        QCOMPARE(option.backgroundBrush.style(), Qt::NoBrush);
        QVERIFY(!option.font.bold());
        QCOMPARE(option.text, QStringLiteral("0/%1").arg(column));
    }
}

void TestEmphasisRowDelegate::aMarkedRowIsTintedAndBoldThroughout()
{
    const ShownDelegate delegate(MarkedRole, Tint, EmphasisRowDelegate::AllColumns, nullptr);
    for (int column = 0; column < m_model.columnCount(); ++column) {
        const QStyleOptionViewItem option = delegate.optionFor(m_model.index(1, column));
        QCOMPARE(option.backgroundBrush.color(), Tint);
        QCOMPARE(option.backgroundBrush.style(), Qt::SolidPattern);
        QVERIFY(option.font.bold());
        QCOMPARE(option.text, QStringLiteral("1/%1").arg(column));
    }
}

void TestEmphasisRowDelegate::aMarkedRowIsBoldInTheChosenColumnOnly()
{
    const ShownDelegate delegate(MarkedRole, Tint, 2, nullptr);
    for (int column = 0; column < m_model.columnCount(); ++column) {
        const QStyleOptionViewItem option = delegate.optionFor(m_model.index(1, column));
        QCOMPARE(option.backgroundBrush.color(), Tint);
        QCOMPARE(option.font.bold(), column == 2);
    }
    QVERIFY(!delegate.optionFor(m_model.index(0, 2)).font.bold());
}

QTEST_MAIN(TestEmphasisRowDelegate)
#include "tst_emphasisrowdelegate.moc"
