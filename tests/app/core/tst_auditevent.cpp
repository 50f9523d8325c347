#include "app/core/auditevent.h"

#include <QTest>

using namespace ridgeline;

class TestAuditEvent : public QObject
{
    Q_OBJECT

private:
    static AuditEvent sample()
    {
        AuditEvent e;
        e.sequence = 7;
        e.timeUtc = QDateTime(QDate(2026, 11, 24), QTime(10, 15, 30, 125), Qt::UTC);
        e.user = QStringLiteral("ajones");
        e.workstation = QStringLiteral("bureau-01");
        e.action = QStringLiteral("login");
        e.objectType = QStringLiteral("user");
        e.objectId = QStringLiteral("ajones");
        e.outcome = AuditOutcome::Failure;
        e.details = QStringLiteral("wrong passphrase");
        e.previousHash = auditGenesisHash();
        return e;
    }

private Q_SLOTS:
    void hashIsStableSha256()
    {
        const AuditEvent e = sample();
        QCOMPARE(e.computeHash().size(), 32);
        QCOMPARE(e.computeHash(), sample().computeHash());
    }

    void everyFieldChangesTheHash()
    {
        const QByteArray base = sample().computeHash();
        QList<std::function<void(AuditEvent &)>> edits{
            [](AuditEvent &e) { e.sequence = 8; },
            [](AuditEvent &e) { e.timeUtc = e.timeUtc.addMSecs(1); },
            [](AuditEvent &e) { e.user = QStringLiteral("ajone"); },
            [](AuditEvent &e) { e.workstation += QLatin1Char('x'); },
            [](AuditEvent &e) { e.action = QStringLiteral("logout"); },
            [](AuditEvent &e) { e.objectType = QStringLiteral("case"); },
            [](AuditEvent &e) { e.objectId = QStringLiteral("ajonez"); },
            [](AuditEvent &e) { e.outcome = AuditOutcome::Success; },
            [](AuditEvent &e) { e.details.clear(); },
            [](AuditEvent &e) { e.previousHash[0] = 1; },
        };
        for (const auto &edit : edits) {
            AuditEvent e = sample();
            edit(e);
            QVERIFY(e.computeHash() != base);
        }
    }

    void fieldBoundariesCannotBeShifted()
    {
        // "ab" + "c" must not encode like "a" + "bc".
        AuditEvent a = sample();
        a.user = QStringLiteral("ab");
        a.workstation = QStringLiteral("c");
        AuditEvent b = sample();
        b.user = QStringLiteral("a");
        b.workstation = QStringLiteral("bc");
        QVERIFY(a.canonicalEncoding() != b.canonicalEncoding());
    }
};

QTEST_GUILESS_MAIN(TestAuditEvent)
#include "tst_auditevent.moc"
