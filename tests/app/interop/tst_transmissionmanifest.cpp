#include "app/interop/transmissionmanifest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ridgeline;

namespace {

TransmissionManifest sampleManifest()
{
    TransmissionManifest m;
    m.packageId = QStringLiteral("6f1c1f3e-2a43-4d0e-9a57-5d0f1b7c9e21");
    m.createdUtc = QDateTime(QDate(2026, 11, 24), QTime(9, 12, 5), Qt::UTC);
    m.senderForce = QStringLiteral("WYP");
    m.senderForceName = QStringLiteral("West Yorkshire Police");
    m.deviceId = QStringLiteral("WYP-CSI-0042");
    m.sceneExaminer = QStringLiteral("CSI Jane Holt (4471)");
    m.caseReference = QStringLiteral("WYP/2026/000123");
    m.offence = QStringLiteral("Burglary dwelling");
    m.officerInCase = QStringLiteral("DC Amir Shah 2231");
    m.scenePlace = QStringLiteral("14 Mill Lane, Otley");
    m.sceneLatitude = 53.905;
    m.sceneLongitude = -1.691;
    m.sceneTimeUtc = QDateTime(QDate(2026, 11, 24), QTime(8, 30), Qt::UTC);
    TransmissionItem mark;
    mark.exhibitReference = QStringLiteral("JH/1");
    mark.kind = TransmissionItemKind::LatentFinger;
    mark.path = QStringLiteral("marks/jh1.png");
    mark.sha256 = QCryptographicHash::hash("mark", QCryptographicHash::Sha256);
    mark.ppi = 1000;
    mark.capturedUtc = QDateTime(QDate(2026, 11, 24), QTime(8, 55), Qt::UTC);
    mark.developmentMethod = QStringLiteral("aluminium powder");
    mark.surface = QStringLiteral("glass, kitchen window");
    TransmissionItem print;
    print.exhibitReference = QStringLiteral("EP/2");
    print.kind = TransmissionItemKind::TenprintImpression;
    print.path = QStringLiteral("tenprints/p1-02.png");
    print.sha256 = QCryptographicHash::hash("print", QCryptographicHash::Sha256);
    print.personRef = QStringLiteral("P1");
    print.fingerPosition = 2;
    TransmissionItem doc;
    doc.exhibitReference = QStringLiteral("DOC/1");
    doc.kind = TransmissionItemKind::Document;
    doc.documentKind = DocumentKind::Statement;
    doc.title = QStringLiteral("Statement of the householder");
    doc.path = QStringLiteral("documents/statement.pdf");
    doc.sha256 = QCryptographicHash::hash("pdf", QCryptographicHash::Sha256);
    m.items = {mark, print, doc};
    TransmissionPerson person;
    person.ref = QStringLiteral("P1");
    person.familyName = QStringLiteral("Hughes");
    person.givenNames = QStringLiteral("Siân");
    person.dateOfBirth = QDate(1984, 3, 2);
    person.role = PersonRole::Elimination;
    person.identifiers = {{QStringLiteral("PNC"), QStringLiteral("84/123456X")}};
    m.persons = {person};
    m.links = {{QStringLiteral("JH/1"), QStringLiteral("P1"), QStringLiteral("elimination prints taken")}};
    return m;
}

// Applies `edit` to the sample's JSON object and parses the result.
Result<TransmissionManifest> parseEdited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(sampleManifest().toJson()).object();
    edit(root);
    return TransmissionManifest::parse(QJsonDocument(root).toJson());
}

QJsonObject withItemField(QJsonObject root, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray items = root.value(QStringLiteral("items")).toArray();
    QJsonObject item = items.at(index).toObject();
    if (value.isUndefined())
        item.remove(key);
    else
        item.insert(key, value);
    items.replace(index, item);
    root.insert(QStringLiteral("items"), items);
    return root;
}

} // namespace

class TestTransmissionManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        const TransmissionManifest original = sampleManifest();
        auto parsed = TransmissionManifest::parse(original.toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
        QCOMPARE(parsed->toJson(), original.toJson());
        QCOMPARE(parsed->items.size(), 3);
        QCOMPARE(parsed->items.at(0).ppi, 1000.0);
        QCOMPARE(parsed->items.at(1).fingerPosition, 2);
        QCOMPARE(parsed->persons.at(0).givenNames, QStringLiteral("Siân"));
        QCOMPARE(parsed->persons.at(0).dateOfBirth, QDate(1984, 3, 2));
        QCOMPARE(*parsed->sceneLatitude, 53.905);
    }

    void caseReferenceIsCanonicalised()
    {
        auto parsed = parseEdited([](QJsonObject &root) {
            QJsonObject kase = root.value(QStringLiteral("case")).toObject();
            kase.insert(QStringLiteral("reference"), QStringLiteral("wyp/2026/123"));
            root.insert(QStringLiteral("case"), kase);
        });
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->caseReference, QStringLiteral("WYP/2026/000123"));
    }

    void refusesBadManifests_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        auto edited = [](const std::function<void(QJsonObject &)> &edit) {
            QJsonObject root = QJsonDocument::fromJson(sampleManifest().toJson()).object();
            edit(root);
            return QJsonDocument(root).toJson();
        };
        QTest::newRow("not json") << QByteArray("{\"format\": ") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "JSON object";
        QTest::newRow("version 2") << edited([](QJsonObject &r) { r.insert(QStringLiteral("version"), 2); })
                                   << "schema version 2 is not supported";
        QTest::newRow("wrong format") << edited([](QJsonObject &r) {
            r.insert(QStringLiteral("format"), QStringLiteral("zip"));
        }) << "\"format\"";
        QTest::newRow("no sender") << edited([](QJsonObject &r) { r.remove(QStringLiteral("sender")); })
                                   << "\"sender\" is missing";
        QTest::newRow("no items") << edited([](QJsonObject &r) { r.insert(QStringLiteral("items"), QJsonArray()); })
                                  << "\"items\" is empty";
        QTest::newRow("bad id") << edited([](QJsonObject &r) { r.insert(QStringLiteral("id"), QStringLiteral("x")); })
                                << "UUID";
        QTest::newRow("dotdot") << edited([](QJsonObject &r) {
            r = withItemField(r, 0, QStringLiteral("path"), QStringLiteral("../../etc/passwd"));
        }) << "items[0].path";
        QTest::newRow("absolute") << edited([](QJsonObject &r) {
            r = withItemField(r, 0, QStringLiteral("path"), QStringLiteral("/etc/passwd"));
        }) << "not a safe relative path";
        QTest::newRow("backslash") << edited([](QJsonObject &r) {
            r = withItemField(r, 0, QStringLiteral("path"), QStringLiteral("marks\\jh1.png"));
        }) << "not a safe relative path";
        QTest::newRow("drive") << edited([](QJsonObject &r) {
            r = withItemField(r, 0, QStringLiteral("path"), QStringLiteral("C:/x.png"));
        }) << "not a safe relative path";
        QTest::newRow("short hash") << edited([](QJsonObject &r) {
            r = withItemField(r, 0, QStringLiteral("sha256"), QStringLiteral("abcd"));
        }) << "items[0].sha256";
        QTest::newRow("unknown kind") << edited([](QJsonObject &r) {
            r = withItemField(r, 0, QStringLiteral("kind"), QStringLiteral("tyre-mark"));
        }) << "unknown value \"tyre-mark\"";
        QTest::newRow("ppi") << edited([](QJsonObject &r) { r = withItemField(r, 0, QStringLiteral("ppi"), -5); })
                             << "items[0].ppi";
        QTest::newRow("finger position") << edited([](QJsonObject &r) {
            r = withItemField(r, 1, QStringLiteral("fingerPosition"), 17);
        }) << "items[1].fingerPosition";
        QTest::newRow("unknown person") << edited([](QJsonObject &r) {
            r = withItemField(r, 1, QStringLiteral("person"), QStringLiteral("P9"));
        }) << "person \"P9\"";
        QTest::newRow("duplicate exhibit") << edited([](QJsonObject &r) {
            r = withItemField(r, 2, QStringLiteral("exhibit"), QStringLiteral("JH/1"));
        }) << "repeats exhibit reference";
        QTest::newRow("duplicate path") << edited([](QJsonObject &r) {
            r = withItemField(r, 2, QStringLiteral("path"), QStringLiteral("marks/jh1.png"));
        }) << "repeats file";
        QTest::newRow("local time") << edited([](QJsonObject &r) {
            r.insert(QStringLiteral("created"), QStringLiteral("2026-11-24T09:00:00"));
        }) << "\"created\"";
        QTest::newRow("bad link") << edited([](QJsonObject &r) {
            r.insert(QStringLiteral("links"),
                     QJsonArray{QJsonObject{{QStringLiteral("item"), QStringLiteral("ZZ/9")},
                                            {QStringLiteral("person"), QStringLiteral("P1")}}});
        }) << "exhibit \"ZZ/9\"";
        QTest::newRow("bad case ref") << edited([](QJsonObject &r) {
            r.insert(QStringLiteral("case"), QJsonObject{{QStringLiteral("reference"), QStringLiteral("123")},
                                                         {QStringLiteral("offence"), QStringLiteral("x")}});
        }) << "case.reference";
    }

    void refusesBadManifests()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto parsed = TransmissionManifest::parse(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), ErrorCode::BadInput);
        QVERIFY2(parsed.error().message().startsWith(QStringLiteral("manifest.json: ")),
                 qPrintable(parsed.error().message()));
        QVERIFY2(parsed.error().message().contains(expected), qPrintable(parsed.error().message()));
    }

    void safePaths()
    {
        QVERIFY(isSafePackagePath(QStringLiteral("marks/a.png")));
        QVERIFY(isSafePackagePath(QStringLiteral("a.png")));
        for (const char *bad : {"", "/a", "a/../b", "./a", "a//b", "a/", "C:x", "a\\b", "a\nb"})
            QVERIFY2(!isSafePackagePath(QString::fromLatin1(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestTransmissionManifest)
#include "tst_transmissionmanifest.moc"
