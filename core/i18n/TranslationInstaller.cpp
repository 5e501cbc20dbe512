#include "i18n/TranslationInstaller.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace halldesk {

QLocale TranslationInstaller::hallLocale(const QLocale &system)
{
    if (system.language() == QLocale::C)
        return QLocale(QLocale::Chinese, QLocale::China);
    return system;
}

int TranslationInstaller::install(const QStringList &catalogues, const QLocale &locale)
{
    int loaded = 0;
    for (const QString &catalogue : catalogues) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(locale, catalogue, QStringLiteral("_"),
                             QStringLiteral(":/halldesk/i18n")) &&
            QCoreApplication::installTranslator(translator.get())) {
            m_translators.push_back(std::move(translator));
            ++loaded;
        }
    }
    return loaded;
}

bool TranslationInstaller::installQt(const QLocale &locale)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        !QCoreApplication::installTranslator(translator.get()))
        return false;
    m_translators.push_back(std::move(translator));
    return true;
}

} // namespace halldesk
