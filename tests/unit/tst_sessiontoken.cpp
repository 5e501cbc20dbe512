#include "auth/SessionToken.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using halldesk::SessionToken;

class TestSessionToken : public QObject
{
    Q_OBJECT

private slots:
    void tokensAreUnique();
    void tokenFormat();
    void storageHashKnownAnswer();
    void storageHashIsStableAndNotTheToken();
    void looksValid_data();
    void looksValid();
};

void TestSessionToken::tokensAreUnique()
{
    constexpr int Count = 10000;
    QSet<QString> seen;
    seen.reserve(Count);
    for (int i = 0; i < Count; ++i) {
        const QString token = SessionToken::generate();
        QVERIFY2(!seen.contains(token), qPrintable(token));
        seen.insert(token);
    }
    QCOMPARE(seen.size(), Count);
}

void TestSessionToken::tokenFormat()
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    for (int i = 0; i < 100; ++i) {
        const QString token = SessionToken::generate();
        QVERIFY2(shape.match(token).hasMatch(), qPrintable(token));
        QVERIFY(SessionToken::looksValid(token));
        const auto decoded = QByteArray::fromBase64Encoding(
            token.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), SessionToken::RandomBytes);
    }
}

void TestSessionToken::storageHashKnownAnswer()
{
    // SHA-256("abc") from FIPS 180-2.
    QCOMPARE(SessionToken::storageHash(QStringLiteral("abc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestSessionToken::storageHashIsStableAndNotTheToken()
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QString token = SessionToken::generate();
    const QString stored = SessionToken::storageHash(token);
    QVERIFY2(hex.match(stored).hasMatch(), qPrintable(stored));
    QCOMPARE(SessionToken::storageHash(QString(token)), stored);
    QVERIFY(stored != token);
    QVERIFY(!stored.contains(token));
    QVERIFY(!SessionToken::looksValid(stored));
    QVERIFY(SessionToken::storageHash(SessionToken::generate()) != stored);
}

void TestSessionToken::looksValid_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("expected");

    const QString valid = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123-_Q");
    QTest::newRow("all alphabet classes") << valid << true;
    QTest::newRow("generated") << SessionToken::generate() << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("42 characters") << valid.left(42) << false;
    QTest::newRow("44 characters") << valid + u'A' << false;
    QTest::newRow("padded") << valid.left(42) + u'=' << false;
    QTest::newRow("plus (standard base64)") << valid.left(42) + u'+' << false;
    QTest::newRow("slash (standard base64)") << valid.left(42) + u'/' << false;
    QTest::newRow("space") << valid.left(20) + u' ' + valid.mid(21) << false;
    QTest::newRow("non-ASCII letter") << valid.left(42) + QStringLiteral("é") << false;
    QTest::newRow("fullwidth digit") << valid.left(42) + QStringLiteral("１") << false;
}

void TestSessionToken::looksValid()
{
    QFETCH(QString, token);
    QFETCH(bool, expected);
    QCOMPARE(SessionToken::looksValid(token), expected);
}

QTEST_GUILESS_MAIN(TestSessionToken)
#include "tst_sessiontoken.moc"
