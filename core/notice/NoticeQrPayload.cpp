#include "notice/NoticeQrPayload.h"

#include <QList>

namespace halldesk {

namespace {

constexpr char Tag[] = "HALLDESK1";
constexpr char Separator = '|';

bool isDigitOrUpper(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
}

} // namespace

NoticeQrPayload::NoticeQrPayload(QString caseNumber, QString verificationCode)
    : m_caseNumber(std::move(caseNumber))
    , m_verificationCode(std::move(verificationCode))
{}

bool NoticeQrPayload::isValid() const
{
    return isValidCaseNumber(m_caseNumber) && isValidVerificationCode(m_verificationCode);
}

bool NoticeQrPayload::isValidCaseNumber(QStringView caseNumber)
{
    if (caseNumber.isEmpty() || caseNumber.size() > MaxCaseNumberLength)
        return false;
    for (QChar c : caseNumber) {
        if (!isDigitOrUpper(c) && c != u'-')
            return false;
    }
    return true;
}

bool NoticeQrPayload::isValidVerificationCode(QStringView code)
{
    if (code.size() != VerificationCodeLength)
        return false;
    for (QChar c : code) {
        if (!isDigitOrUpper(c))
            return false;
    }
    return true;
}

QByteArray NoticeQrPayload::build() const
{
    if (!isValid())
        return {};
    return QByteArray(Tag) + Separator + m_caseNumber.toLatin1() + Separator +
           m_verificationCode.toLatin1();
}

std::optional<NoticeQrPayload> NoticeQrPayload::parse(const QByteArray &payload)
{
    const QList<QByteArray> fields = payload.split(Separator);
    if (fields.size() != 3 || fields[0] != Tag)
        return std::nullopt;
    // Latin-1 decoding maps every byte to one character, so a stray non-ASCII byte stays a
    // character the validity checks refuse instead of vanishing in a UTF-8 decode.
    NoticeQrPayload parsed(QString::fromLatin1(fields[1]), QString::fromLatin1(fields[2]));
    if (!parsed.isValid())
        return std::nullopt;
    return parsed;
}

} // namespace halldesk
