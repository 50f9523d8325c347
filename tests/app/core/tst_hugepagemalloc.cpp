// The programs restart themselves once with glibc's huge-page tunable (app/core/hugepagemalloc.h).
// The test starts itself as a child in "probe" mode, which calls restartWithHugePageMalloc and then
// prints what the restarted process sees: its tunables, its arguments and whether stdin still
// reaches it, so a restart that lost an argument, the user's own tunables or an open file fails.
#include "app/core/hugepagemalloc.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

using namespace ridgeline;

class TestHugePageMalloc : public QObject
{
    Q_OBJECT

    static QString probe(const QProcessEnvironment &env, const QByteArray &input = "from the parent")
    {
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--probe"), QStringLiteral("two words")});
        if (!child.waitForStarted())
            return QStringLiteral("not started");
        child.write(input);
        child.closeWriteChannel();
        if (!child.waitForFinished(10000) || child.exitCode() != 0)
            return QStringLiteral("failed: ") + QString::fromLocal8Bit(child.readAllStandardError());
        return QString::fromLocal8Bit(child.readAllStandardOutput());
    }

    static QProcessEnvironment cleanEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GLIBC_TUNABLES"));
        env.remove(QStringLiteral("RIDGELINE_SMALL_PAGES"));
        return env;
    }

private Q_SLOTS:
    void restartsOnceWithTheTunable()
    {
        const QString out = probe(cleanEnvironment());
        QVERIFY2(out.contains(QStringLiteral("tunables=glibc.malloc.hugetlb=1\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("argument=two words\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("stdin=from the parent\n")), qPrintable(out));
    }

    void keepsTheUsersOwnTunables()
    {
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("GLIBC_TUNABLES"), QStringLiteral("glibc.malloc.arena_max=2"));
        QString out = probe(env);
        QVERIFY2(out.contains(QStringLiteral("tunables=glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1\n")),
                 qPrintable(out));
        env.insert(QStringLiteral("GLIBC_TUNABLES"), QStringLiteral("glibc.malloc.hugetlb=0"));
        out = probe(env);
        QVERIFY2(out.contains(QStringLiteral("tunables=glibc.malloc.hugetlb=0\n")), qPrintable(out));
    }

    void canBeTurnedOff()
    {
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("RIDGELINE_SMALL_PAGES"), QStringLiteral("1"));
        const QString out = probe(env);
        QVERIFY2(out.contains(QStringLiteral("tunables=\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("argument=two words\n")), qPrintable(out));
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--probe") == 0) {
        restartWithHugePageMalloc(argv);
        const char *tunables = std::getenv("GLIBC_TUNABLES");
        char input[64] = {};
        const ssize_t got = ::read(STDIN_FILENO, input, sizeof input - 1);
        std::printf("tunables=%s\nargument=%s\nstdin=%s\n", tunables ? tunables : "", argv[2], got > 0 ? input : "");
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestHugePageMalloc test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hugepagemalloc.moc"
