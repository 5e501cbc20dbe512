#pragma once

#include <QByteArray>
#include <QStringList>
#include <sane/sane.h>

namespace halldesk {

// An open SANE device and its options, looked up by their well-known names (resolution, mode,
// source, depth), since option numbers differ between backends and change on reload.
class SaneDevice
{
public:
    SaneDevice() = default;
    ~SaneDevice();
    SaneDevice(const SaneDevice &) = delete;
    SaneDevice &operator=(const SaneDevice &) = delete;

    SANE_Status open(const QString &name);
    SANE_Handle handle() const { return m_handle; }

    // False when the option does not exist or cannot be set now.
    bool isSettable(const char *name) const;
    // The choices of a string-list option (mode, source).
    QStringList choices(const char *name) const;
    // The whole numbers allowed by a word-list option (depth); empty for a range.
    QList<int> wordList(const char *name) const;
    SANE_Status setString(const char *name, const QString &value);
    // Integer, fixed-point and boolean options alike.
    SANE_Status setNumber(const char *name, int value);
    // The nearest the device allows; 0 when it has no resolution option.
    int setResolution(int dpi);
    int number(const char *name) const;

private:
    int find(const char *name, const SANE_Option_Descriptor **descriptor) const;

    SANE_Handle m_handle = nullptr;
};

} // namespace halldesk
