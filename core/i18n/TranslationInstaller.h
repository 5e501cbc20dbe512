#pragma once

#include <QLocale>
#include <QStringList>
#include <QTranslator>
#include <memory>
#include <vector>

namespace halldesk {

// Installs HallDesk's compiled-in translations. Chinese is the hall's language: a machine
// with no locale set (C/POSIX, as on many servers and kiosks) gets zh_CN, any other locale its
// own translation where there is one, English otherwise.
class TranslationInstaller
{
public:
    static QLocale hallLocale(const QLocale &system = QLocale());
    // Loads ":/halldesk/i18n/<catalogue>_<lang>.qm" for each catalogue; returns how many loaded.
    int install(const QStringList &catalogues, const QLocale &locale = hallLocale());
    // Qt's own words (OK, Cancel, Yes) in the same language, from Qt's translations folder;
    // false if Qt has none for it.
    bool installQt(const QLocale &locale = hallLocale());

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace halldesk
