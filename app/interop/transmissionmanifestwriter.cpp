// TransmissionManifest::toJson: used by the demo generator, by tests and by scene-device tooling.
#include "app/interop/transmissionmanifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ridgeline {
namespace {

void putIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putIfSet(QJsonObject &o, const QString &key, const QDateTime &value)
{
    if (value.isValid())
        o.insert(key, value.toUTC().toString(Qt::ISODateWithMs));
}

QJsonObject itemToJson(const TransmissionItem &item)
{
    QJsonObject o;
    o.insert(QStringLiteral("exhibit"), item.exhibitReference);
    o.insert(QStringLiteral("kind"), transmissionItemKindKey(item.kind));
    o.insert(QStringLiteral("path"), item.path);
    o.insert(QStringLiteral("sha256"), QString::fromLatin1(item.sha256.toHex()));
    if (item.ppi > 0)
        o.insert(QStringLiteral("ppi"), item.ppi);
    putIfSet(o, QStringLiteral("title"), item.title);
    putIfSet(o, QStringLiteral("notes"), item.notes);
    if (item.kind == TransmissionItemKind::Document)
        o.insert(QStringLiteral("documentKind"), documentKindKey(item.documentKind));
    if (item.kind == TransmissionItemKind::TenprintImpression) {
        o.insert(QStringLiteral("person"), item.personRef);
        o.insert(QStringLiteral("fingerPosition"), item.fingerPosition);
        o.insert(QStringLiteral("impression"), item.rolled ? QStringLiteral("rolled") : QStringLiteral("plain"));
    }
    QJsonObject capture;
    putIfSet(capture, QStringLiteral("time"), item.capturedUtc);
    putIfSet(capture, QStringLiteral("device"), item.captureDevice);
    putIfSet(capture, QStringLiteral("method"), item.developmentMethod);
    putIfSet(capture, QStringLiteral("surface"), item.surface);
    if (!capture.isEmpty())
        o.insert(QStringLiteral("capture"), capture);
    return o;
}

QJsonObject personToJson(const TransmissionPerson &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("ref"), p.ref);
    o.insert(QStringLiteral("familyName"), p.familyName);
    putIfSet(o, QStringLiteral("givenNames"), p.givenNames);
    if (p.dateOfBirth.isValid())
        o.insert(QStringLiteral("dateOfBirth"), p.dateOfBirth.toString(Qt::ISODate));
    o.insert(QStringLiteral("role"), personRoleKey(p.role));
    QJsonArray ids;
    for (const PersonIdentifier &id : p.identifiers)
        ids.append(QJsonObject{{QStringLiteral("scheme"), id.scheme}, {QStringLiteral("value"), id.value}});
    if (!ids.isEmpty())
        o.insert(QStringLiteral("identifiers"), ids);
    return o;
}

} // namespace

QByteArray TransmissionManifest::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("ridgeline-transmission"));
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("id"), packageId);
    putIfSet(root, QStringLiteral("created"), createdUtc);
    QJsonObject sender{{QStringLiteral("force"), senderForce},
                       {QStringLiteral("deviceId"), deviceId},
                       {QStringLiteral("sceneExaminer"), sceneExaminer}};
    putIfSet(sender, QStringLiteral("forceName"), senderForceName);
    root.insert(QStringLiteral("sender"), sender);
    QJsonObject kase{{QStringLiteral("reference"), caseReference}, {QStringLiteral("offence"), offence}};
    putIfSet(kase, QStringLiteral("officerInCase"), officerInCase);
    root.insert(QStringLiteral("case"), kase);
    QJsonObject scene{{QStringLiteral("place"), scenePlace}};
    if (sceneLatitude)
        scene.insert(QStringLiteral("latitude"), *sceneLatitude);
    if (sceneLongitude)
        scene.insert(QStringLiteral("longitude"), *sceneLongitude);
    putIfSet(scene, QStringLiteral("time"), sceneTimeUtc);
    root.insert(QStringLiteral("scene"), scene);
    QJsonArray itemArray;
    for (const TransmissionItem &item : items)
        itemArray.append(itemToJson(item));
    root.insert(QStringLiteral("items"), itemArray);
    QJsonArray personArray;
    for (const TransmissionPerson &p : persons)
        personArray.append(personToJson(p));
    root.insert(QStringLiteral("persons"), personArray);
    QJsonArray linkArray;
    for (const TransmissionLink &l : links) {
        QJsonObject o{{QStringLiteral("item"), l.item}, {QStringLiteral("person"), l.person}};
        putIfSet(o, QStringLiteral("relation"), l.relation);
        linkArray.append(o);
    }
    root.insert(QStringLiteral("links"), linkArray);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ridgeline
