#include "app/gui/commandline.h"

#include <QTest>

using namespace ridgeline;

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryOption()
    {
        auto options = parseCommandLine({QStringLiteral("ridgeline"), QStringLiteral("--workspace"),
                                         QStringLiteral("/data/w.ridgeline"), QStringLiteral("--user"),
                                         QStringLiteral("sam"), QStringLiteral("--login-user"), QStringLiteral("ada"),
                                         QStringLiteral("--screenshot"), QStringLiteral("/tmp/s.png"),
                                         QStringLiteral("--screenshot-delay"), QStringLiteral("1500")});
        QVERIFY(options);
        QCOMPARE(options->workspace, QStringLiteral("/data/w.ridgeline"));
        QCOMPARE(options->user, QStringLiteral("sam"));
        QCOMPARE(options->loginUser, QStringLiteral("ada"));
        QCOMPARE(options->screenshot, QStringLiteral("/tmp/s.png"));
        QCOMPARE(options->screenshotDelayMs, 1500);
    }

    void defaultsWhenNothingIsGiven()
    {
        auto options = parseCommandLine({QStringLiteral("ridgeline")});
        QVERIFY(options);
        QVERIFY(options->workspace.isEmpty());
        QVERIFY(options->loginUser.isEmpty());
        QCOMPARE(options->screenshotDelayMs, 3000);
    }

    void mistakesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("w.ridgeline")};
        QTest::newRow("bad delay") << QStringList{QStringLiteral("--screenshot-delay"), QStringLiteral("soon")};
        QTest::newRow("negative delay") << QStringList{QStringLiteral("--screenshot-delay"), QStringLiteral("-5")};
        // There is deliberately no option that takes a passphrase.
        QTest::newRow("passphrase") << QStringList{QStringLiteral("--passphrase"), QStringLiteral("secret")};
    }

    void mistakesAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        arguments.prepend(QStringLiteral("ridgeline"));
        auto options = parseCommandLine(arguments);
        QVERIFY(!options);
        QCOMPARE(options.error().code(), ErrorCode::Usage);
        QVERIFY(!options.error().message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
