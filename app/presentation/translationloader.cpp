#include "app/presentation/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace ridgeline {

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
{}

TranslationLoader::~TranslationLoader()
{
    removeInstalled();
}

QLocale TranslationLoader::resolve(Language language, const QLocale &system)
{
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    case Language::Welsh:
        return QLocale(QLocale::Welsh, QLocale::UnitedKingdom);
    case Language::System:
        break;
    }
    if (system.language() == QLocale::Welsh)
        return QLocale(QLocale::Welsh, QLocale::UnitedKingdom);
    // The program is written in English; keep the system's own English variant (US dates in the US).
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

void TranslationLoader::removeInstalled()
{
    if (m_programInstalled)
        QCoreApplication::removeTranslator(&m_program);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_qtOwnInstalled)
        QCoreApplication::removeTranslator(&m_qtOwn);
    m_programInstalled = m_qtInstalled = m_qtOwnInstalled = false;
}

bool TranslationLoader::apply(Language language, const QLocale &system)
{
    removeInstalled();
    m_locale = resolve(language, system);
    QLocale::setDefault(m_locale);
    // English is the source language, but its translation carries the plural forms ("1 case",
    // "4 cases"), so it is loaded too.
    const bool english = m_locale.language() == QLocale::English;
    if (!english && m_qt.load(m_locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    // Ours for the Qt texts the program shows, where the system has none (Debian ships no Welsh);
    // installed after the system's, so it is searched before it.
    if (!english && m_qtOwn.load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(m_locale.name().section(u'_', 0, 0))))
        m_qtOwnInstalled = QCoreApplication::installTranslator(&m_qtOwn);
    const QString program = english ? QStringLiteral(":/i18n/ridgeline_en.qm")
                                    : QStringLiteral(":/i18n/ridgeline_%1.qm").arg(m_locale.name().section(u'_', 0, 0));
    if (m_program.load(program))
        m_programInstalled = QCoreApplication::installTranslator(&m_program);
    return m_programInstalled;
}

} // namespace ridgeline
