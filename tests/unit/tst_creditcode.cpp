#include "validation/CreditCode.h"

#include <QTest>
#include <utility>

using halldesk::CreditCode;
using Error = CreditCode::Error;

namespace halldesk {
// Readable QCOMPARE failures instead of bare enum values.
char *toString(CreditCode::Error e)
{
    switch (e) {
    case CreditCode::Error::None:
        return qstrdup("None");
    case CreditCode::Error::Empty:
        return qstrdup("Empty");
    case CreditCode::Error::BadLength:
        return qstrdup("BadLength");
    case CreditCode::Error::BadCharacters:
        return qstrdup("BadCharacters");
    case CreditCode::Error::BadCheckCharacter:
        return qstrdup("BadCheckCharacter");
    }
    return qstrdup("?");
}
} // namespace halldesk

namespace {
const QString Charset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
const QString Sample = QStringLiteral("91350100M000100Y43");
} // namespace

class TestCreditCode : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void everySingleCharacterErrorIsDetected();
    void adjacentTranspositionsAreDetected();
    void checkCharacter_data();
    void checkCharacter();
    void errorMessages();
};

void TestCreditCode::validate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("sample") << Sample << Error::None << Sample;
    QTest::newRow("lower case") << QStringLiteral("91350100m000100y43") << Error::None << Sample;
    QTest::newRow("surrounding spaces")
        << QStringLiteral(" 91350100M000100Y43\t") << Error::None << Sample;
    QTest::newRow("full-width input method")
        << QStringLiteral("\uFF19\uFF11\uFF13\uFF15\uFF10\uFF11\uFF10\uFF10\uFF2D\uFF10\uFF10\uFF10"
                          "\uFF11\uFF10\uFF10\uFF39\uFF14\uFF13")
        << Error::None << Sample;
    QTest::newRow("letters throughout") << QStringLiteral("91110108MA01ABCDEN") << Error::None
                                        << QStringLiteral("91110108MA01ABCDEN");
    QTest::newRow("check W") << QStringLiteral("12100000400000000W") << Error::None
                             << QStringLiteral("12100000400000000W");
    // sum mod 31 == 0 must give '0', not charset[31].
    QTest::newRow("check 0") << QStringLiteral("911101080000000080") << Error::None
                             << QStringLiteral("911101080000000080");

    QTest::newRow("empty") << QString() << Error::Empty << QString();
    QTest::newRow("only spaces") << QStringLiteral("  ") << Error::Empty << QString();

    QTest::newRow("17 characters")
        << QStringLiteral("91350100M000100Y4") << Error::BadLength << QString();
    QTest::newRow("19 characters")
        << QStringLiteral("91350100M000100Y433") << Error::BadLength << QString();
    QTest::newRow("inner space") << QStringLiteral("91350100 M000100Y43") << Error::BadLength
                                 << QString();

    for (const char *letter : {"I", "O", "Z", "S", "V"}) {
        QString code = Sample;
        code[8] = QLatin1Char(*letter);
        QTest::addRow("letter %s", letter) << code << Error::BadCharacters << QString();
    }
    QTest::newRow("check character I")
        << QStringLiteral("91350100M000100Y4I") << Error::BadCharacters << QString();
    QTest::newRow("punctuation") << QStringLiteral("91350100M-00100Y43") << Error::BadCharacters
                                 << QString();
    // Upper-casing these with QString::toUpper() would yield I and S.
    QTest::newRow("dotless i") << QStringLiteral("91350100M000100\u0131Y4") << Error::BadCharacters
                               << QString();
    QTest::newRow("long s") << QStringLiteral("91350100M000100\u017FY4") << Error::BadCharacters
                            << QString();
    QTest::newRow("sharp s") << QStringLiteral("91350100M000100\u00DFY4") << Error::BadCharacters
                             << QString();

    QTest::newRow("wrong check character")
        << QStringLiteral("91350100M000100Y44") << Error::BadCheckCharacter << QString();
    QTest::newRow("wrong check, letter")
        << QStringLiteral("91110108MA01ABCDEM") << Error::BadCheckCharacter << QString();
}

void TestCreditCode::validate()
{
    QFETCH(QString, input);
    QFETCH(Error, error);
    QFETCH(QString, normalized);

    const CreditCode::Check check = CreditCode::validate(input);
    QCOMPARE(check.error, error);
    QCOMPARE(check.ok(), error == Error::None);
    QCOMPARE(check.normalized, normalized);
}

void TestCreditCode::everySingleCharacterErrorIsDetected()
{
    for (qsizetype i = 0; i < Sample.size(); ++i) {
        for (QChar c : Charset) {
            if (c == Sample[i])
                continue;
            QString typo = Sample;
            typo[i] = c;
            QCOMPARE(CreditCode::validate(typo).error, Error::BadCheckCharacter);
        }
    }
}

void TestCreditCode::adjacentTranspositionsAreDetected()
{
    for (qsizetype i = 0; i + 1 < Sample.size(); ++i) {
        if (Sample[i] == Sample[i + 1])
            continue;
        QString swapped = Sample;
        std::swap(swapped[i], swapped[i + 1]);
        QVERIFY2(!CreditCode::validate(swapped).ok(),
                 qPrintable(QStringLiteral("accepted %1").arg(swapped)));
    }
}

void TestCreditCode::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("sample") << QStringLiteral("91350100M000100Y4") << QChar(u'3');
    QTest::newRow("N") << QStringLiteral("91110108MA01ABCDE") << QChar(u'N');
    QTest::newRow("R") << QStringLiteral("92440300MA5ABCDEF") << QChar(u'R');
    QTest::newRow("0") << QStringLiteral("91110108000000008") << QChar(u'0');
    QTest::newRow("too short") << QStringLiteral("91350100M000100Y") << QChar();
    QTest::newRow("too long") << Sample << QChar();
    QTest::newRow("lower case") << QStringLiteral("91350100m000100Y4") << QChar();
    QTest::newRow("excluded letter") << QStringLiteral("91350100O000100Y4") << QChar();
    QTest::newRow("empty") << QString() << QChar();
}

void TestCreditCode::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(CreditCode::checkCharacter(first17), expected);
}

void TestCreditCode::errorMessages()
{
    QVERIFY(CreditCode::errorMessage(Error::None).isEmpty());
    const QList<Error> errors = {Error::Empty, Error::BadLength, Error::BadCharacters,
                                 Error::BadCheckCharacter};
    QStringList seen;
    for (Error e : errors) {
        const QString message = CreditCode::errorMessage(e);
        QVERIFY(!message.isEmpty());
        QVERIFY2(!seen.contains(message), qPrintable(message));
        seen << message;
    }
}

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"
