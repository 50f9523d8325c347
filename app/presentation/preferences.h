#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace ridgeline {

enum class Language
{
    System, // Welsh when the system locale is Welsh, English otherwise
    English,
    Welsh,
};
QString languageKey(Language language);
Language languageFromKey(const QString &key);

// The user's own settings. Stored in QSettings: never a passphrase, key or case data.
struct Preferences
{
    Language language = Language::System;
    int idleLockMinutes = 0;      // 0: the workspace policy decides; otherwise may only shorten it
    int tileCacheMegabytes = 512; // memory budget of the mark viewer's tile cache
    friend bool operator==(const Preferences &, const Preferences &) = default;
};

// Typed access to QSettings for the window: preferences, the last workspace and user name (for
// the login form), window geometry and layout. Any thread, but one QSettings per thread.
class PreferencesStore
{
public:
    static constexpr int kMaxIdleLockMinutes = 240;
    static constexpr int kMinTileCacheMegabytes = 64;
    static constexpr int kMaxTileCacheMegabytes = 8192;

    explicit PreferencesStore(QSettings &settings);

    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

    QString lastWorkspace() const;
    QString lastUserName() const;
    void setLastLogin(const QString &workspacePath, const QString &userName);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    QByteArray caseTableHeaderState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter,
                         const QByteArray &caseTableHeader);

private:
    QSettings &m_settings;
};

} // namespace ridgeline
