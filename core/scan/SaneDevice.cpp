#include "scan/SaneDevice.h"

#include "logging/HallDeskLogging.h"

#include <cmath>
#include <cstring>
#include <sane/saneopts.h>

namespace halldesk {

SaneDevice::~SaneDevice()
{
    if (m_handle)
        sane_close(m_handle);
}

SANE_Status SaneDevice::open(const QString &name)
{
    return sane_open(name.toUtf8().constData(), &m_handle);
}

int SaneDevice::find(const char *name, const SANE_Option_Descriptor **descriptor) const
{
    // Option 0 is the option count, which every backend provides.
    for (int i = 1;; ++i) {
        const SANE_Option_Descriptor *d = sane_get_option_descriptor(m_handle, i);
        if (!d)
            return -1;
        if (d->name && std::strcmp(d->name, name) == 0) {
            *descriptor = d;
            return i;
        }
    }
}

bool SaneDevice::isSettable(const char *name) const
{
    const SANE_Option_Descriptor *d = nullptr;
    return find(name, &d) >= 0 && SANE_OPTION_IS_ACTIVE(d->cap) && SANE_OPTION_IS_SETTABLE(d->cap);
}

QStringList SaneDevice::choices(const char *name) const
{
    QStringList result;
    const SANE_Option_Descriptor *d = nullptr;
    if (find(name, &d) < 0 || d->constraint_type != SANE_CONSTRAINT_STRING_LIST)
        return result;
    for (const SANE_String_Const *s = d->constraint.string_list; *s; ++s)
        result.append(QString::fromUtf8(*s));
    return result;
}

QList<int> SaneDevice::wordList(const char *name) const
{
    QList<int> result;
    const SANE_Option_Descriptor *d = nullptr;
    if (find(name, &d) < 0 || d->constraint_type != SANE_CONSTRAINT_WORD_LIST)
        return result;
    // The first word is the number of words that follow.
    for (int i = 1; i <= d->constraint.word_list[0]; ++i) {
        const SANE_Word w = d->constraint.word_list[i];
        result.append(d->type == SANE_TYPE_FIXED ? qRound(SANE_UNFIX(w)) : w);
    }
    return result;
}

SANE_Status SaneDevice::setString(const char *name, const QString &value)
{
    const SANE_Option_Descriptor *d = nullptr;
    const int option = find(name, &d);
    if (option < 0 || d->type != SANE_TYPE_STRING)
        return SANE_STATUS_UNSUPPORTED;
    QByteArray buffer = value.toUtf8();
    buffer.resize(qMax<qsizetype>(d->size, buffer.size() + 1), '\0');
    return sane_control_option(m_handle, option, SANE_ACTION_SET_VALUE, buffer.data(), nullptr);
}

SANE_Status SaneDevice::setNumber(const char *name, int value)
{
    const SANE_Option_Descriptor *d = nullptr;
    const int option = find(name, &d);
    if (option < 0)
        return SANE_STATUS_UNSUPPORTED;
    SANE_Word word = 0;
    switch (d->type) {
    case SANE_TYPE_BOOL:
        word = value ? SANE_TRUE : SANE_FALSE;
        break;
    case SANE_TYPE_INT:
        word = value;
        break;
    case SANE_TYPE_FIXED:
        word = SANE_FIX(value);
        break;
    default:
        return SANE_STATUS_UNSUPPORTED;
    }
    return sane_control_option(m_handle, option, SANE_ACTION_SET_VALUE, &word, nullptr);
}

int SaneDevice::number(const char *name) const
{
    const SANE_Option_Descriptor *d = nullptr;
    const int option = find(name, &d);
    if (option < 0 || d->size != sizeof(SANE_Word))
        return 0;
    SANE_Word word = 0;
    if (sane_control_option(m_handle, option, SANE_ACTION_GET_VALUE, &word, nullptr) !=
        SANE_STATUS_GOOD)
        return 0;
    return d->type == SANE_TYPE_FIXED ? qRound(SANE_UNFIX(word)) : word;
}

int SaneDevice::setResolution(int dpi)
{
    const SANE_Option_Descriptor *d = nullptr;
    if (find(SANE_NAME_SCAN_RESOLUTION, &d) < 0)
        return 0;
    int wanted = dpi;
    if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
        // Scanners with fixed steps (75, 150, 300, ...): the nearest, the higher one on a tie.
        const QList<int> allowed = wordList(SANE_NAME_SCAN_RESOLUTION);
        if (!allowed.isEmpty())
            wanted = allowed.first();
        for (int a : allowed) {
            const int distance = std::abs(a - dpi);
            const int best = std::abs(wanted - dpi);
            if (distance < best || (distance == best && a > wanted))
                wanted = a;
        }
    }
    // The backend rounds a value within a range itself (SANE_INFO_INEXACT).
    const SANE_Status status = setNumber(SANE_NAME_SCAN_RESOLUTION, wanted);
    if (status != SANE_STATUS_GOOD)
        qCWarning(lcScan) << "Resolution" << wanted << "refused:" << sane_strstatus(status);
    return number(SANE_NAME_SCAN_RESOLUTION);
}

} // namespace halldesk
