#include "crypto/PersonalDataCipher.h"

#include <QRegularExpression>
#include <QTest>
#include <stdexcept>

using halldesk::PersonalDataCipher;

namespace {

constexpr int RawOverhead = 1 + 12 + 16; // version, nonce, tag

QByteArray sequentialKey(char first = 0)
{
    QByteArray key(PersonalDataCipher::KeyBytes, Qt::Uninitialized);
    for (int i = 0; i < key.size(); ++i)
        key[i] = static_cast<char>(first + i);
    return key;
}

QByteArray raw(const QByteArray &base64)
{
    return QByteArray::fromBase64(base64);
}

} // namespace

class TestPersonalDataCipher : public QObject
{
    Q_OBJECT

private slots:
    void rejectsWrongKeySize_data();
    void rejectsWrongKeySize();
    void roundTrip_data();
    void roundTrip();
    void textRoundTrip_data();
    void textRoundTrip();
    void format();
    void decryptsKnownVector();
    void samePlaintextEncryptsDifferently();
    void ciphertextDoesNotContainPlaintext();
    void tamperingAnyByteIsDetected();
    void tamperingAnyBase64CharacterIsDetected();
    void rejectsMalformedInput_data();
    void rejectsMalformedInput();
    void rejectsOtherKey();
    void decryptTextRejectsNonUtf8();
    void copyDecrypts();
    void blindIndexIsHmacSha256();
    void blindIndexIsStable();
    void blindIndexDependsOnHmacKeyOnly();
    void blindIndexDistinguishesValues();
};

void TestPersonalDataCipher::rejectsWrongKeySize_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("AES key only") << 32;
    QTest::newRow("one short") << 63;
    QTest::newRow("one long") << 65;
}

void TestPersonalDataCipher::rejectsWrongKeySize()
{
    QFETCH(int, size);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PersonalDataCipher(QByteArray(size, 'k')));
}

void TestPersonalDataCipher::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("a");
    QTest::newRow("ID number") << QByteArray("11010519491231002X");
    QTest::newRow("UTF-8 name") << QStringLiteral("欧阳建国").toUtf8();
    QTest::newRow("binary with zeros") << QByteArray("\0\1\2\0\xff\xfe", 6);
    QByteArray large(1 << 20, Qt::Uninitialized);
    for (int i = 0; i < large.size(); ++i)
        large[i] = static_cast<char>(i * 31 + 7);
    QTest::newRow("1 MiB") << large;
}

void TestPersonalDataCipher::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    const PersonalDataCipher cipher(sequentialKey());
    const QByteArray encrypted = cipher.encrypt(plaintext);
    const std::optional<QByteArray> decrypted = cipher.decrypt(encrypted);
    QVERIFY(decrypted.has_value());
    QCOMPARE(*decrypted, plaintext);
}

void TestPersonalDataCipher::textRoundTrip_data()
{
    QTest::addColumn<QString>("plaintext");
    QTest::newRow("empty") << QString();
    QTest::newRow("name") << QStringLiteral("张三");
    QTest::newRow("address") << QStringLiteral("湖北省武汉市江汉区解放大道 1 号 3-502");
    QTest::newRow("outside BMP") << QStringLiteral("𠀀𪚥");
}

void TestPersonalDataCipher::textRoundTrip()
{
    QFETCH(QString, plaintext);
    const PersonalDataCipher cipher(sequentialKey());
    const QString encrypted = cipher.encryptText(plaintext);
    // Must be plain ASCII base64 so it stores as TEXT in either database.
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9+/]+=*$")).match(encrypted).hasMatch());
    const std::optional<QString> decrypted = cipher.decryptText(encrypted);
    QVERIFY(decrypted.has_value());
    QCOMPARE(*decrypted, plaintext);
}

void TestPersonalDataCipher::format()
{
    const PersonalDataCipher cipher(sequentialKey());
    const QByteArray plaintext("13800138000");
    const QByteArray encrypted = cipher.encrypt(plaintext);
    QCOMPARE(raw(encrypted).toBase64(), encrypted);
    const QByteArray bytes = raw(encrypted);
    QCOMPARE(bytes.size(), RawOverhead + plaintext.size());
    QCOMPARE(static_cast<unsigned char>(bytes[0]), 0x01);
}

void TestPersonalDataCipher::decryptsKnownVector()
{
    // Produced independently with Python's cryptography package (AESGCM, key bytes 0..31,
    // nonce a0..ab, associated data 0x01). Values in existing databases must stay readable.
    const QByteArray stored = "AaChoqOkpaanqKmqq9cpTBx1/jOGVly24TRL8O5C9IqlmvbIKr2aDuw5fBbTfJE=";
    const PersonalDataCipher cipher(sequentialKey());
    const std::optional<QByteArray> decrypted = cipher.decrypt(stored);
    QVERIFY(decrypted.has_value());
    QCOMPARE(*decrypted, QByteArray("11010519491231002X"));
}

void TestPersonalDataCipher::samePlaintextEncryptsDifferently()
{
    const PersonalDataCipher cipher(sequentialKey());
    const QByteArray plaintext("11010519491231002X");
    const QByteArray first = cipher.encrypt(plaintext);
    const QByteArray second = cipher.encrypt(plaintext);
    QVERIFY(first != second);
    // The nonces themselves differ, not just the ciphertexts.
    QVERIFY(raw(first).mid(1, 12) != raw(second).mid(1, 12));
    QCOMPARE(*cipher.decrypt(first), plaintext);
    QCOMPARE(*cipher.decrypt(second), plaintext);
}

void TestPersonalDataCipher::ciphertextDoesNotContainPlaintext()
{
    const PersonalDataCipher cipher(sequentialKey());
    const QByteArray plaintext("11010519491231002X11010519491231002X");
    for (int i = 0; i < 20; ++i) {
        const QByteArray encrypted = cipher.encrypt(plaintext);
        QVERIFY(!encrypted.contains(plaintext));
        QVERIFY(!encrypted.contains(plaintext.toBase64().left(16)));
        QVERIFY(!raw(encrypted).contains(plaintext.left(8)));
    }
}

void TestPersonalDataCipher::tamperingAnyByteIsDetected()
{
    const PersonalDataCipher cipher(sequentialKey());
    const QByteArray encrypted = cipher.encrypt("13800138000");
    const QByteArray bytes = raw(encrypted);
    for (int i = 0; i < bytes.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray tampered = bytes;
            tampered[i] = static_cast<char>(tampered[i] ^ (1 << bit));
            QVERIFY2(!cipher.decrypt(tampered.toBase64()).has_value(),
                     qPrintable(QStringLiteral("byte %1 bit %2").arg(i).arg(bit)));
        }
    }
}

void TestPersonalDataCipher::tamperingAnyBase64CharacterIsDetected()
{
    const PersonalDataCipher cipher(sequentialKey());
    // 11 + 29 = 40 raw bytes: not a multiple of 3, so the last character has unused bits.
    const QByteArray encrypted = cipher.encrypt("13800138000");
    QVERIFY(encrypted.endsWith('='));
    const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < encrypted.size(); ++i) {
        if (encrypted[i] == '=')
            continue;
        for (char c : alphabet) {
            if (c == encrypted[i])
                continue;
            QByteArray tampered = encrypted;
            tampered[i] = c;
            QVERIFY2(!cipher.decrypt(tampered).has_value(),
                     qPrintable(QStringLiteral("position %1 -> %2").arg(i).arg(QLatin1Char(c))));
        }
    }
}

void TestPersonalDataCipher::rejectsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("input");

    const PersonalDataCipher cipher(sequentialKey());
    const QByteArray good = cipher.encrypt("11010519491231002X");
    const QByteArray bytes = raw(good);

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not base64") << QByteArray("not base64 at all!");
    QTest::newRow("plaintext stored by mistake") << QByteArray("11010519491231002X");
    QTest::newRow("trailing newline") << good + '\n';
    QTest::newRow("leading space") << ' ' + good;
    QTest::newRow("header only") << bytes.left(13).toBase64();
    QTest::newRow("one byte short of minimum") << bytes.left(RawOverhead - 1).toBase64();
    QTest::newRow("tag cut off") << bytes.left(bytes.size() - 1).toBase64();
    QTest::newRow("byte appended") << (bytes + 'x').toBase64();
    QTest::newRow("ciphertext byte removed") << (bytes.left(13) + bytes.mid(14)).toBase64();
    QTest::newRow("url-safe alphabet")
        << bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QByteArray version2 = bytes;
    version2[0] = 0x02;
    QTest::newRow("version 2") << version2.toBase64();
    QByteArray version0 = bytes;
    version0[0] = 0x00;
    QTest::newRow("version 0") << version0.toBase64();
}

void TestPersonalDataCipher::rejectsMalformedInput()
{
    QFETCH(QByteArray, input);
    const PersonalDataCipher cipher(sequentialKey());
    QVERIFY(!cipher.decrypt(input).has_value());
    QVERIFY(!cipher.decryptText(QString::fromLatin1(input)).has_value());
}

void TestPersonalDataCipher::rejectsOtherKey()
{
    const PersonalDataCipher cipher(sequentialKey());
    const QByteArray encrypted = cipher.encrypt("11010519491231002X");

    QByteArray otherAesKey = sequentialKey();
    otherAesKey[31] = static_cast<char>(otherAesKey[31] ^ 1);
    QVERIFY(!PersonalDataCipher(otherAesKey).decrypt(encrypted).has_value());
    QVERIFY(!PersonalDataCipher(sequentialKey(1)).decrypt(encrypted).has_value());
}

void TestPersonalDataCipher::decryptTextRejectsNonUtf8()
{
    const PersonalDataCipher cipher(sequentialKey());
    const QByteArray encrypted = cipher.encrypt(QByteArray("\xff\xfe\xc3", 3));
    QVERIFY(cipher.decrypt(encrypted).has_value());
    QVERIFY(!cipher.decryptText(QString::fromLatin1(encrypted)).has_value());
}

void TestPersonalDataCipher::copyDecrypts()
{
    const PersonalDataCipher original(sequentialKey());
    const QByteArray encrypted = original.encrypt("13800138000");
    std::optional<PersonalDataCipher> copy;
    {
        // The original being destroyed (and its key wiped) must not affect the copy.
        const PersonalDataCipher temporary(sequentialKey());
        copy.emplace(temporary);
    }
    QCOMPARE(*copy->decrypt(encrypted), QByteArray("13800138000"));
}

void TestPersonalDataCipher::blindIndexIsHmacSha256()
{
    // HMAC-SHA256 under key bytes 32..63, computed independently with Python's hmac module.
    const PersonalDataCipher cipher(sequentialKey());
    QCOMPARE(cipher.blindIndex(QStringLiteral("11010519491231002X")),
             QStringLiteral("fba5d66927d236aa8d8de7b922c058889c33902f03403824df09500d92f777f2"));
    QCOMPARE(cipher.blindIndex(QStringLiteral("张三")),
             QStringLiteral("a717f32d301da1ed8c7c0229d3ed37217aca20a34bb9eb699f7fff23e20838a4"));
}

void TestPersonalDataCipher::blindIndexIsStable()
{
    const QString id = QStringLiteral("11010519491231002X");
    const PersonalDataCipher first(sequentialKey());
    const PersonalDataCipher second(sequentialKey());
    const QString index = first.blindIndex(id);
    QCOMPARE(index.size(), 64);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(index).hasMatch());
    QCOMPARE(first.blindIndex(id), index);
    QCOMPARE(second.blindIndex(id), index);
    QVERIFY(!index.contains(id));
}

void TestPersonalDataCipher::blindIndexDependsOnHmacKeyOnly()
{
    const QString id = QStringLiteral("11010519491231002X");
    const QString index = PersonalDataCipher(sequentialKey()).blindIndex(id);

    QByteArray otherMacKey = sequentialKey();
    otherMacKey[63] = static_cast<char>(otherMacKey[63] ^ 1);
    QVERIFY(PersonalDataCipher(otherMacKey).blindIndex(id) != index);

    // Rotating only the encryption half must not break look-ups of existing residents.
    QByteArray otherAesKey = sequentialKey();
    otherAesKey[0] = static_cast<char>(otherAesKey[0] ^ 1);
    QCOMPARE(PersonalDataCipher(otherAesKey).blindIndex(id), index);
}

void TestPersonalDataCipher::blindIndexDistinguishesValues()
{
    const PersonalDataCipher cipher(sequentialKey());
    QVERIFY(cipher.blindIndex(QStringLiteral("11010519491231002X")) !=
            cipher.blindIndex(QStringLiteral("110105194912310021")));
    QVERIFY(cipher.blindIndex(QString()) != cipher.blindIndex(QStringLiteral(" ")));
}

QTEST_GUILESS_MAIN(TestPersonalDataCipher)
#include "tst_personaldatacipher.moc"
