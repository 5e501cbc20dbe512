#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <optional>

namespace halldesk {

// The text in a notice's QR code: "HALLDESK1|<case number>|<verification code>". ASCII only,
// because phone scanners guess the character set of a QR code and often guess wrong for
// anything else. The leading tag names the format and its version, so a scanner at the hall
// can tell our codes from anything else a citizen holds up, and a later format can coexist.
class NoticeQrPayload
{
public:
    static constexpr qsizetype MaxCaseNumberLength = 32;
    static constexpr qsizetype VerificationCodeLength = 8;

    NoticeQrPayload() = default;
    NoticeQrPayload(QString caseNumber, QString verificationCode);

    const QString &caseNumber() const { return m_caseNumber; }
    const QString &verificationCode() const { return m_verificationCode; }

    // Case number: 1..32 of 0-9, A-Z and '-'. Verification code: exactly 8 of 0-9 and A-Z.
    bool isValid() const;
    static bool isValidCaseNumber(QStringView caseNumber);
    static bool isValidVerificationCode(QStringView code);

    // Empty unless isValid().
    QByteArray build() const;
    // Accepts exactly what build() produces and nothing else.
    static std::optional<NoticeQrPayload> parse(const QByteArray &payload);

    friend bool operator==(const NoticeQrPayload &, const NoticeQrPayload &) = default;

private:
    QString m_caseNumber;
    QString m_verificationCode;
};

} // namespace halldesk
