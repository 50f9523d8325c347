#include "app/core/casereference.h"
#include "app/core/domain.h"

#include <QTest>

using namespace ridgeline;

class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseReferenceParsesAndCanonicalises()
    {
        auto ref = CaseReference::parse(u" wyp/2026/123 ");
        QVERIFY(ref.ok());
        QCOMPARE(ref->forceCode(), QStringLiteral("WYP"));
        QCOMPARE(ref->year(), 2026);
        QCOMPARE(ref->number(), 123);
        QCOMPARE(ref->toString(), QStringLiteral("WYP/2026/000123"));
    }

    void caseReferenceRejectsGarbageWithReason()
    {
        const QStringList bad{QString(),
                              QStringLiteral("WYP-2026-1"),
                              QStringLiteral("W/2026/1"),
                              QStringLiteral("WYP/26/1"),
                              QStringLiteral("WYP/2026/"),
                              QStringLiteral("WYP/0999/5")};
        for (const QString &text : bad) {
            auto ref = CaseReference::parse(text);
            QVERIFY2(!ref.ok(), qPrintable(text));
            QCOMPARE(ref.error().code(), ErrorCode::BadInput);
            QVERIFY(!ref.error().message().isEmpty());
        }
    }

    void enumKeysRoundTrip()
    {
        for (int s = int(MarkState::Received); s <= int(MarkState::Closed); ++s)
            QCOMPARE(markStateFromKey(markStateKey(MarkState(s))), std::optional<MarkState>(MarkState(s)));
        for (int s = int(CaseStatus::Open); s <= int(CaseStatus::Closed); ++s)
            QCOMPARE(caseStatusFromKey(caseStatusKey(CaseStatus(s))), std::optional<CaseStatus>(CaseStatus(s)));
        QCOMPARE(markKindFromKey(u"footwear"), std::optional<MarkKind>(MarkKind::Footwear));
        QVERIFY(!markKindFromKey(u"shoe").has_value());
    }

    void idsAreUniqueAndRoundTrip()
    {
        const CaseId a = CaseId::create();
        const CaseId b = CaseId::create();
        QVERIFY(a != b);
        QVERIFY(!a.isNull());
        QCOMPARE(CaseId::fromString(a.toString()), a);
        QVERIFY(CaseId().isNull());
    }

    void fingerNames()
    {
        QCOMPARE(fingerPositionDisplayName(2), QStringLiteral("Right index"));
        QCOMPARE(fingerPositionDisplayName(10), QStringLiteral("Left little"));
        QCOMPARE(fingerPositionDisplayName(99), QStringLiteral("Unknown finger"));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
