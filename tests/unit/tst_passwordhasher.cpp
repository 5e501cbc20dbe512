#include "auth/PasswordHasher.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTest>
#include <stdexcept>

using halldesk::PasswordHasher;

namespace {

// The cheapest count the hasher accepts keeps the suite fast; one test covers the default.
constexpr int FastIterations = PasswordHasher::MinimumIterations;

QString encode(int iterations, const QByteArray &salt, const QByteArray &key)
{
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void deriveKnownAnswers_data();
    void deriveKnownAnswers();
    void deriveRejectsBadParameters();
    void hashHasDocumentedFormat();
    void hashDefaultsToDefaultIterations();
    void hashRejectsIterationsOutOfBounds_data();
    void hashRejectsIterationsOutOfBounds();
    void verify_data();
    void verify();
    void samePasswordGetsDifferentSalts();
    void malformedEncodingsDoNotVerify_data();
    void malformedEncodingsDoNotVerify();
    void acceptsIterationBounds();
    void needsRehash();
};

void TestPasswordHasher::deriveKnownAnswers_data()
{
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expectedHex");

    // PBKDF2-HMAC-SHA256 for P = "password", S = "salt", dkLen = 32, the values independently
    // checked against Python's hashlib.pbkdf2_hmac and `openssl kdf ... PBKDF2`.
    QTest::newRow("1 iteration")
        << 1 << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    QTest::newRow("2 iterations")
        << 2 << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    QTest::newRow("4096 iterations")
        << 4096 << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
}

void TestPasswordHasher::deriveKnownAnswers()
{
    QFETCH(int, iterations);
    QFETCH(QByteArray, expectedHex);
    const QByteArray key = PasswordHasher::derive("password", "salt", iterations, 32);
    QCOMPARE(key.toHex(), expectedHex);
}

void TestPasswordHasher::deriveRejectsBadParameters()
{
    QVERIFY(PasswordHasher::derive("password", "salt", 0, 32).isEmpty());
    QVERIFY(PasswordHasher::derive("password", "salt", -1, 32).isEmpty());
    QVERIFY(PasswordHasher::derive("password", "salt", 1, 0).isEmpty());
}

void TestPasswordHasher::hashHasDocumentedFormat()
{
    const QString encoded = PasswordHasher::hash(QStringLiteral("s3cret"), FastIterations);
    static const QRegularExpression shape(
        QStringLiteral("^pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=$"));
    QVERIFY2(shape.match(encoded).hasMatch(), qPrintable(encoded));

    // The stored key is exactly PBKDF2 of the UTF-8 password with the stored salt.
    const QStringList parts = encoded.split(u'$');
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray key = QByteArray::fromBase64(parts.at(3).toLatin1());
    QCOMPARE(salt.size(), PasswordHasher::SaltBytes);
    QCOMPARE(key, PasswordHasher::derive("s3cret", salt, FastIterations, 32));
}

void TestPasswordHasher::hashDefaultsToDefaultIterations()
{
    const QString encoded = PasswordHasher::hash(QStringLiteral("counter-7"));
    QCOMPARE(PasswordHasher::iterationsOf(encoded), 600000);
    QCOMPARE(PasswordHasher::DefaultIterations, 600000);
    QVERIFY(PasswordHasher::verify(QStringLiteral("counter-7"), encoded));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("counter-8"), encoded));
}

void TestPasswordHasher::hashRejectsIterationsOutOfBounds_data()
{
    QTest::addColumn<int>("iterations");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -1000;
    QTest::newRow("one below minimum") << PasswordHasher::MinimumIterations - 1;
    QTest::newRow("one above maximum") << PasswordHasher::MaximumIterations + 1;
}

void TestPasswordHasher::hashRejectsIterationsOutOfBounds()
{
    QFETCH(int, iterations);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             PasswordHasher::hash(QStringLiteral("pw"), iterations));
}

void TestPasswordHasher::verify_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("attempt");
    QTest::addColumn<bool>("expected");

    const QString chinese = QStringLiteral("政务大厅窗口密码");
    QTest::newRow("right") << QStringLiteral("correct horse") << QStringLiteral("correct horse")
                           << true;
    QTest::newRow("wrong") << QStringLiteral("correct horse") << QStringLiteral("battery staple")
                           << false;
    QTest::newRow("case differs") << QStringLiteral("Secret") << QStringLiteral("secret") << false;
    QTest::newRow("trailing space")
        << QStringLiteral("secret") << QStringLiteral("secret ") << false;
    QTest::newRow("prefix") << QStringLiteral("secret") << QStringLiteral("secre") << false;
    QTest::newRow("chinese right") << chinese << chinese << true;
    QTest::newRow("chinese wrong") << chinese << QStringLiteral("政务大厅窗口密吗") << false;
    QTest::newRow("empty right") << QString() << QString() << true;
    QTest::newRow("empty vs space") << QString() << QStringLiteral(" ") << false;
    QTest::newRow("space vs empty") << QStringLiteral(" ") << QString() << false;
    QTest::newRow("long right") << QString(1000, u'x') << QString(1000, u'x') << true;
    QTest::newRow("long wrong") << QString(1000, u'x') << QString(999, u'x') + u'y' << false;
}

void TestPasswordHasher::verify()
{
    QFETCH(QString, password);
    QFETCH(QString, attempt);
    QFETCH(bool, expected);
    const QString encoded = PasswordHasher::hash(password, FastIterations);
    QCOMPARE(PasswordHasher::verify(attempt, encoded), expected);
    QVERIFY(PasswordHasher::verify(password, encoded));
}

void TestPasswordHasher::samePasswordGetsDifferentSalts()
{
    const QString first = PasswordHasher::hash(QStringLiteral("same"), FastIterations);
    const QString second = PasswordHasher::hash(QStringLiteral("same"), FastIterations);
    QVERIFY(first != second);
    QVERIFY(first.section(u'$', 2, 2) != second.section(u'$', 2, 2));
    QVERIFY(PasswordHasher::verify(QStringLiteral("same"), first));
    QVERIFY(PasswordHasher::verify(QStringLiteral("same"), second));
}

void TestPasswordHasher::malformedEncodingsDoNotVerify_data()
{
    QTest::addColumn<QString>("encoded");

    const QByteArray password = "pw";
    const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
    const QString valid = encode(1000, salt, PasswordHasher::derive(password, salt, 1000, 32));
    const QStringList parts = valid.split(u'$');
    const auto with = [&parts](int index, const QString &value) {
        QStringList changed = parts;
        changed[index] = value;
        return changed.join(u'$');
    };
    // Guard: the variations below must fail for their own reason, not because the base is bad.
    QVERIFY(PasswordHasher::verify(QString::fromLatin1(password), valid));

    QTest::newRow("empty") << QString();
    QTest::newRow("other scheme") << with(0, QStringLiteral("pbkdf2-sha1"));
    QTest::newRow("scheme upper case") << with(0, QStringLiteral("PBKDF2-SHA256"));
    QTest::newRow("bcrypt") << QStringLiteral(
        "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");
    QTest::newRow("missing key") << parts.mid(0, 3).join(u'$');
    QTest::newRow("missing salt and key") << parts.mid(0, 2).join(u'$');
    QTest::newRow("scheme only") << parts.at(0);
    QTest::newRow("extra part") << valid + QStringLiteral("$AAAA");
    QTest::newRow("empty salt") << with(2, QString());
    QTest::newRow("empty key") << with(3, QString());
    QTest::newRow("salt not base64") << with(2, QStringLiteral("!!!!!!!!!!!!!!!!!!!!!!=="));
    QTest::newRow("key not base64") << with(3, parts.at(3).left(40) + QStringLiteral("%%%="));
    QTest::newRow("salt unpadded") << with(2, parts.at(2).chopped(2));
    QTest::newRow("salt too short") << with(2, QString::fromLatin1(salt.left(15).toBase64()));
    QTest::newRow("key too short") << with(3, parts.at(3).left(40));
    QTest::newRow("iterations 0") << with(1, QStringLiteral("0"));
    // Right key for 999 iterations: only the lower bound can reject it.
    QTest::newRow("iterations 999")
        << encode(999, salt, PasswordHasher::derive(password, salt, 999, 32));
    QTest::newRow("iterations 10000001") << with(1, QStringLiteral("10000001"));
    QTest::newRow("iterations huge") << with(1, QStringLiteral("99999999999999999999"));
    QTest::newRow("iterations negative") << with(1, QStringLiteral("-1000"));
    QTest::newRow("iterations non-numeric") << with(1, QStringLiteral("many"));
    QTest::newRow("iterations hex") << with(1, QStringLiteral("0x3e8"));
    QTest::newRow("iterations leading zero") << with(1, QStringLiteral("01000"));
    QTest::newRow("iterations with space") << with(1, QStringLiteral(" 1000"));
    QTest::newRow("iterations with plus") << with(1, QStringLiteral("+1000"));
    QTest::newRow("iterations empty") << with(1, QString());
}

void TestPasswordHasher::malformedEncodingsDoNotVerify()
{
    QFETCH(QString, encoded);
    QVERIFY(!PasswordHasher::verify(QStringLiteral("pw"), encoded));
    QCOMPARE(PasswordHasher::iterationsOf(encoded), 0);
    QVERIFY(PasswordHasher::needsRehash(encoded, FastIterations));
}

void TestPasswordHasher::acceptsIterationBounds()
{
    const QByteArray salt(PasswordHasher::SaltBytes, '\x5a');
    const QByteArray key(PasswordHasher::KeyBytes, '\x33');
    QCOMPARE(PasswordHasher::iterationsOf(encode(PasswordHasher::MinimumIterations, salt, key)),
             PasswordHasher::MinimumIterations);
    QCOMPARE(PasswordHasher::iterationsOf(encode(PasswordHasher::MaximumIterations, salt, key)),
             PasswordHasher::MaximumIterations);
    QCOMPARE(PasswordHasher::iterationsOf(encode(PasswordHasher::MaximumIterations + 1, salt, key)),
             0);
}

void TestPasswordHasher::needsRehash()
{
    const QString encoded = PasswordHasher::hash(QStringLiteral("pw"), 2000);
    QCOMPARE(PasswordHasher::iterationsOf(encoded), 2000);
    QVERIFY(!PasswordHasher::needsRehash(encoded, 2000));
    QVERIFY(PasswordHasher::needsRehash(encoded, 4000));
    QVERIFY(PasswordHasher::needsRehash(encoded, 1000));
    QVERIFY(PasswordHasher::needsRehash(QStringLiteral("plain text"), 2000));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
