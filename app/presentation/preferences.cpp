#include "app/presentation/preferences.h"

#include <QSettings>

#include <algorithm>

namespace ridgeline {

namespace {
const QString kLanguage = QStringLiteral("preferences/language");
const QString kIdleLock = QStringLiteral("preferences/idleLockMinutes");
const QString kTileCache = QStringLiteral("preferences/tileCacheMegabytes");
const QString kLastWorkspace = QStringLiteral("login/lastWorkspace");
const QString kLastUser = QStringLiteral("login/lastUserName");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kCaseHeader = QStringLiteral("window/caseTableHeader");
} // namespace

QString languageKey(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Welsh:
        return QStringLiteral("cy");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

Language languageFromKey(const QString &key)
{
    if (key == QLatin1String("en"))
        return Language::English;
    if (key == QLatin1String("cy"))
        return Language::Welsh;
    return Language::System;
}

PreferencesStore::PreferencesStore(QSettings &settings)
    : m_settings(settings)
{}

Preferences PreferencesStore::preferences() const
{
    Preferences p;
    p.language = languageFromKey(m_settings.value(kLanguage).toString());
    p.idleLockMinutes = std::clamp(m_settings.value(kIdleLock, 0).toInt(), 0, kMaxIdleLockMinutes);
    p.tileCacheMegabytes = std::clamp(m_settings.value(kTileCache, Preferences{}.tileCacheMegabytes).toInt(),
                                      kMinTileCacheMegabytes, kMaxTileCacheMegabytes);
    return p;
}

void PreferencesStore::setPreferences(const Preferences &preferences)
{
    m_settings.setValue(kLanguage, languageKey(preferences.language));
    m_settings.setValue(kIdleLock, std::clamp(preferences.idleLockMinutes, 0, kMaxIdleLockMinutes));
    m_settings.setValue(kTileCache,
                        std::clamp(preferences.tileCacheMegabytes, kMinTileCacheMegabytes, kMaxTileCacheMegabytes));
}

QString PreferencesStore::lastWorkspace() const
{
    return m_settings.value(kLastWorkspace).toString();
}

QString PreferencesStore::lastUserName() const
{
    return m_settings.value(kLastUser).toString();
}

void PreferencesStore::setLastLogin(const QString &workspacePath, const QString &userName)
{
    m_settings.setValue(kLastWorkspace, workspacePath);
    m_settings.setValue(kLastUser, userName);
}

QByteArray PreferencesStore::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

QByteArray PreferencesStore::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

QByteArray PreferencesStore::splitterState() const
{
    return m_settings.value(kSplitter).toByteArray();
}

QByteArray PreferencesStore::caseTableHeaderState() const
{
    return m_settings.value(kCaseHeader).toByteArray();
}

void PreferencesStore::setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter,
                                       const QByteArray &caseTableHeader)
{
    m_settings.setValue(kGeometry, geometry);
    m_settings.setValue(kState, state);
    m_settings.setValue(kSplitter, splitter);
    m_settings.setValue(kCaseHeader, caseTableHeader);
}

} // namespace ridgeline
