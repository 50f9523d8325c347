#pragma once

#include "app/presentation/preferences.h"

#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace ridgeline {

// Installs the program's translation (:/i18n/ridgeline_<lang>.qm) and Qt's own for the chosen
// language (the system's qtbase_<lang>.qm, and ours at :/i18n/qtbase_<lang>.qm ahead of it), and
// makes QLocale's default follow it so dates and numbers match. Call before the first window is
// built: windows read their texts when constructed. UI thread.
class TranslationLoader : public QObject
{
    Q_OBJECT
public:
    explicit TranslationLoader(QObject *parent = nullptr);
    ~TranslationLoader() override;

    // The locale a language choice resolves to, given the system's locale.
    static QLocale resolve(Language language, const QLocale &system = QLocale::system());

    // Replaces any translation installed before. Returns false when the program's translation
    // could not be loaded.
    bool apply(Language language, const QLocale &system = QLocale::system());
    QLocale locale() const { return m_locale; }

private:
    void removeInstalled();

    QTranslator m_program;
    QTranslator m_qt;    // the system's, when it has the language
    QTranslator m_qtOwn; // ours, for what the system lacks
    bool m_programInstalled = false;
    bool m_qtInstalled = false;
    bool m_qtOwnInstalled = false;
    QLocale m_locale{QLocale::English, QLocale::UnitedKingdom};
};

} // namespace ridgeline
