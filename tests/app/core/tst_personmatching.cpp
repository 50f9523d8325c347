#include "app/core/personmatching.h"

#include <QTest>

using namespace ridgeline;

namespace {

Person person(const QString &family, const QString &given, const QDate &dob, QList<PersonIdentifier> ids = {})
{
    Person p;
    p.id = PersonId::create();
    p.familyName = family;
    p.givenNames = given;
    p.dateOfBirth = dob;
    p.identifiers = std::move(ids);
    return p;
}

} // namespace

class TestPersonMatching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameIdentifierLinksWhateverTheSpelling()
    {
        const auto a = person(QStringLiteral("Hughes"), QStringLiteral("Siân"), QDate(1984, 3, 2),
                              {{QStringLiteral("PNC"), QStringLiteral("84/123456X")}});
        const auto b = person(QStringLiteral("Pugh"), QStringLiteral("Sean"), QDate(1990, 1, 1),
                              {{QStringLiteral("pnc"), QStringLiteral("84123456x")}});
        const PersonMatch m = comparePersons(a, b);
        QCOMPARE(m.kind, PersonMatchKind::SameIdentifier);
        QVERIFY(m.isAutomaticLink());
        QVERIFY(m.reasons.join(QString()).contains(QStringLiteral("84/123456X")));
    }

    void identifierSchemesMustAgree()
    {
        const auto a = person(QStringLiteral("Hughes"), QStringLiteral("Sian"), QDate(1984, 3, 2),
                              {{QStringLiteral("PNC"), QStringLiteral("12345")}});
        const auto b = person(QStringLiteral("Pugh"), QStringLiteral("Sean"), QDate(1990, 1, 1),
                              {{QStringLiteral("WYP-NOMINAL"), QStringLiteral("12345")}});
        QCOMPARE(comparePersons(a, b).kind, PersonMatchKind::Different);
    }

    void sameNameAndBirthDateLinks()
    {
        const auto a = person(QStringLiteral("Hughes"), QStringLiteral("Siân"), QDate(1984, 3, 2));
        const auto b = person(QStringLiteral("HUGHES"), QStringLiteral("Sian"), QDate(1984, 3, 2));
        QCOMPARE(comparePersons(a, b).kind, PersonMatchKind::SameNameAndBirthDate);
    }

    void nearMatchesAreProposedNotLinked_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QDate>("dob");
        QTest::addColumn<QString>("reason");
        QTest::newRow("spelling") << "Hughs"
                                  << "Sian" << QDate(1984, 3, 2) << "spelled differently";
        QTest::newRow("day/month swapped") << "Hughes"
                                           << "Sian" << QDate(1984, 2, 3) << "typing slip";
        QTest::newRow("year digits swapped") << "Hughes"
                                             << "Sian" << QDate(1948, 3, 2) << "typing slip";
        QTest::newRow("one digit") << "Hughes"
                                   << "Sian" << QDate(1984, 3, 12) << "typing slip";
        QTest::newRow("names swapped") << "Sian"
                                       << "Hughes" << QDate(1984, 3, 2) << "other way round";
        QTest::newRow("middle name missing") << "Hughes"
                                             << "Sian Elizabeth" << QDate(1984, 2, 3) << "typing slip";
    }

    void nearMatchesAreProposedNotLinked()
    {
        QFETCH(QString, family);
        QFETCH(QString, given);
        QFETCH(QDate, dob);
        QFETCH(QString, reason);
        const auto a = person(QStringLiteral("Hughes"), QStringLiteral("Siân"), QDate(1984, 3, 2));
        const PersonMatch m = comparePersons(a, person(family, given, dob));
        QCOMPARE(m.kind, PersonMatchKind::NearMatch);
        QVERIFY(!m.isAutomaticLink());
        QVERIFY2(m.reasons.join(QLatin1Char(';')).contains(reason), qPrintable(m.reasons.join(QLatin1Char(';'))));
        // Symmetric: the same proposal whichever record arrives first.
        QCOMPARE(comparePersons(person(family, given, dob), a).kind, PersonMatchKind::NearMatch);
    }

    void differentPeopleStayApart_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QDate>("dob");
        QTest::newRow("other name") << "Roberts"
                                    << "Dafydd" << QDate(1984, 3, 2);
        QTest::newRow("same name other date") << "Hughes"
                                              << "Sian" << QDate(1991, 7, 19);
        QTest::newRow("sibling") << "Hughes"
                                 << "Rhian" << QDate(1986, 5, 30);
        QTest::newRow("no date") << "Hughes"
                                 << "Sian" << QDate();
    }

    void differentPeopleStayApart()
    {
        QFETCH(QString, family);
        QFETCH(QString, given);
        QFETCH(QDate, dob);
        const auto a = person(QStringLiteral("Hughes"), QStringLiteral("Siân"), QDate(1984, 3, 2));
        QCOMPARE(comparePersons(a, person(family, given, dob)).kind, PersonMatchKind::Different);
    }

    void jaroWinklerKnownValues()
    {
        // Reference values from Winkler's papers.
        QVERIFY(qAbs(jaroWinkler(QStringLiteral("martha"), QStringLiteral("marhta")) - 0.961) < 0.001);
        QVERIFY(qAbs(jaroWinkler(QStringLiteral("dwayne"), QStringLiteral("duane")) - 0.840) < 0.001);
        QVERIFY(qAbs(jaroWinkler(QStringLiteral("dixon"), QStringLiteral("dicksonx")) - 0.813) < 0.001);
        QCOMPARE(jaroWinkler(QStringLiteral("abc"), QStringLiteral("abc")), 1.0);
        QCOMPARE(jaroWinkler(QStringLiteral("abc"), QStringLiteral("xyz")), 0.0);
    }

    void normalisation()
    {
        QCOMPARE(normalisedName(QStringLiteral("Siân O'Neill-Ŵyn")), QStringLiteral("sianoneillwyn"));
        QCOMPARE(normalisedIdentifier(QStringLiteral(" 84/123456x ")), QStringLiteral("84123456X"));
    }
};

QTEST_GUILESS_MAIN(TestPersonMatching)
#include "tst_personmatching.moc"
