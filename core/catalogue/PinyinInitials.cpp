#include "catalogue/PinyinInitials.h"

#include "logging/HallDeskLogging.h"

#include <QFile>
#include <QtEndian>
#include <vector>

namespace halldesk {

namespace {

constexpr int Letters = 26;
constexpr int Digits = 10;

// The letter sets of the ideographs, expanded from the resource's indexed form (see
// scripts/gen-pinyin-initials.py) to one set per code point: 84 KB for a lookup that is one
// subtraction and one load.
class InitialsTable
{
public:
    InitialsTable()
    {
        const QString path = QStringLiteral(":/halldesk/pinyin/initials.dat");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !load(file.readAll())) {
            // Searching still works by code and by name; only initials find nothing.
            qCCritical(lcCatalogue) << "pinyin initials table" << path << "is missing or damaged";
            m_sets.clear();
        }
    }

    quint32 letters(char16_t c) const
    {
        const size_t offset = size_t(c) - m_first;
        return c >= m_first && offset < m_sets.size() ? m_sets[offset] : 0;
    }

private:
    bool load(const QByteArray &data)
    {
        constexpr qsizetype Header = 16;
        if (data.size() < Header || !data.startsWith("PYI1"))
            return false;
        const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
        const quint32 first = qFromLittleEndian<quint32>(bytes + 4);
        const quint32 count = qFromLittleEndian<quint32>(bytes + 8);
        const quint32 setCount = qFromLittleEndian<quint32>(bytes + 12);
        if (first > 0xFFFF || count > 0x10000 - first || setCount > 0xFFFF ||
            data.size() != Header + 4 * qsizetype(setCount) + 2 * qsizetype(count))
            return false;
        const uchar *indices = bytes + Header + 4 * setCount;
        m_first = char16_t(first);
        m_sets.resize(count);
        for (quint32 i = 0; i < count; ++i) {
            const quint16 index = qFromLittleEndian<quint16>(indices + 2 * i);
            if (index >= setCount)
                return false;
            m_sets[i] = qFromLittleEndian<quint32>(bytes + Header + 4 * index);
        }
        return true;
    }

    char16_t m_first = 0;
    std::vector<quint32> m_sets;
};

const InitialsTable &table()
{
    static const InitialsTable instance;
    return instance;
}

} // namespace

PinyinInitials::Mask PinyinInitials::of(QChar c)
{
    if (const Mask b = bit(c))
        return b;
    return Mask(table().letters(c.unicode())) & ((Mask(1) << Letters) - 1);
}

PinyinInitials::Mask PinyinInitials::bit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'a' && u <= u'z')
        return Mask(1) << (u - u'a');
    if (u >= u'A' && u <= u'Z')
        return Mask(1) << (u - u'A');
    if (u >= u'0' && u <= u'9')
        return Mask(1) << (Letters + (u - u'0'));
    return 0;
}

QString PinyinInitials::toString(Mask mask)
{
    QString s;
    for (int i = 0; i < Letters; ++i) {
        if (mask & (Mask(1) << i))
            s += QLatin1Char(char('a' + i));
    }
    for (int i = 0; i < Digits; ++i) {
        if (mask & (Mask(1) << (Letters + i)))
            s += QLatin1Char(char('0' + i));
    }
    return s;
}

} // namespace halldesk
