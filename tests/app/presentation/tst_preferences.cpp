#include "app/presentation/preferences.h"
#include "app/presentation/translationloader.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;

class TestPreferences : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void roundTripsThroughSettings()
    {
        const QString file = m_dir.filePath(QStringLiteral("prefs.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            PreferencesStore store(settings);
            QCOMPARE(store.preferences(), Preferences{});
            store.setPreferences(Preferences{Language::Welsh, 7, 1536});
            store.setLastLogin(QStringLiteral("/data/demo.ridgeline"), QStringLiteral("sam"));
        }
        QSettings settings(file, QSettings::IniFormat);
        PreferencesStore store(settings);
        QCOMPARE(store.preferences(), (Preferences{Language::Welsh, 7, 1536}));
        QCOMPARE(store.lastWorkspace(), QStringLiteral("/data/demo.ridgeline"));
        QCOMPARE(store.lastUserName(), QStringLiteral("sam"));
    }

    void outOfRangeValuesAreClamped()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("clamp.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("preferences/idleLockMinutes"), 100000);
        settings.setValue(QStringLiteral("preferences/language"), QStringLiteral("klingon"));
        settings.setValue(QStringLiteral("preferences/tileCacheMegabytes"), 1);
        Preferences p = PreferencesStore(settings).preferences();
        QCOMPARE(p.idleLockMinutes, PreferencesStore::kMaxIdleLockMinutes);
        QCOMPARE(p.language, Language::System);
        QCOMPARE(p.tileCacheMegabytes, PreferencesStore::kMinTileCacheMegabytes);
        settings.setValue(QStringLiteral("preferences/tileCacheMegabytes"), 1 << 20);
        p = PreferencesStore(settings).preferences();
        QCOMPARE(p.tileCacheMegabytes, PreferencesStore::kMaxTileCacheMegabytes);
    }

    void nothingSecretIsWritten()
    {
        const QString file = m_dir.filePath(QStringLiteral("secret.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            PreferencesStore store(settings);
            store.setPreferences(Preferences{Language::English, 3});
            store.setLastLogin(QStringLiteral("/w.ridgeline"), QStringLiteral("sam"));
            store.setWindowLayout(QByteArray("g"), QByteArray("s"), QByteArray("p"), QByteArray("h"));
        }
        QSettings settings(file, QSettings::IniFormat);
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(QStringLiteral("pass"), Qt::CaseInsensitive), qPrintable(key));
    }

    void systemLanguageResolvesToWelshOnlyForWelshLocales()
    {
        QCOMPARE(TranslationLoader::resolve(Language::System, QLocale(QLocale::Welsh)).language(), QLocale::Welsh);
        QCOMPARE(TranslationLoader::resolve(Language::System, QLocale(QLocale::French)).language(), QLocale::English);
        QCOMPARE(TranslationLoader::resolve(Language::English, QLocale(QLocale::Welsh)).language(), QLocale::English);
        QCOMPARE(TranslationLoader::resolve(Language::Welsh, QLocale(QLocale::German)).language(), QLocale::Welsh);
    }

    void welshTranslationLoadsAndTranslatesDomainNames()
    {
        TranslationLoader loader;
        QVERIFY(loader.apply(Language::Welsh));
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        QCOMPARE(QCoreApplication::translate("ridgeline::Role", "Supervisor"), QStringLiteral("Goruchwylydd"));
        QCOMPARE(QCoreApplication::translate("ridgeline::Domain", "Open"), QStringLiteral("Agored"));
        QVERIFY(loader.apply(Language::English));
        QCOMPARE(QCoreApplication::translate("ridgeline::Role", "Supervisor"), QStringLiteral("Supervisor"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
