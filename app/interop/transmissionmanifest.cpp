#include "app/interop/transmissionmanifest.h"

#include "app/core/casereference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <array>
#include <cmath>

namespace ridgeline {
namespace {

constexpr std::array<std::pair<TransmissionItemKind, const char *>, 6> kKinds{{
    {TransmissionItemKind::LatentFinger, "latent-finger"},
    {TransmissionItemKind::LatentPalm, "latent-palm"},
    {TransmissionItemKind::Footwear, "footwear"},
    {TransmissionItemKind::ScenePhoto, "scene-photo"},
    {TransmissionItemKind::Document, "document"},
    {TransmissionItemKind::TenprintImpression, "tenprint-impression"},
}};

// Reads one JSON object, remembering where it is so errors can name the field.
class Fields
{
public:
    Fields(QJsonObject object, QString where, QString *error)
        : m_object(std::move(object))
        , m_where(std::move(where))
        , m_error(error)
    {}

    QString path(const QString &key) const { return m_where.isEmpty() ? key : m_where + QLatin1Char('.') + key; }
    bool failed() const { return !m_error->isEmpty(); }
    bool has(const QString &key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }

    void fail(const QString &key, const QString &reason)
    {
        if (m_error->isEmpty())
            *m_error = QCoreApplication::translate("ridgeline::TransmissionManifest", "field \"%1\" %2")
                           .arg(path(key), reason);
    }

    QString string(const QString &key, bool required, int maxLength = 500)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QCoreApplication::translate("ridgeline::TransmissionManifest", "is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(key, QCoreApplication::translate("ridgeline::TransmissionManifest", "must be a string"));
            return {};
        }
        const QString s = v.toString().trimmed();
        if (required && s.isEmpty())
            fail(key, QCoreApplication::translate("ridgeline::TransmissionManifest", "is empty"));
        if (s.size() > maxLength)
            fail(key, QCoreApplication::translate("ridgeline::TransmissionManifest", "is longer than %1 characters")
                          .arg(maxLength));
        return s;
    }

    QDateTime dateTime(const QString &key, bool required)
    {
        const QString s = string(key, required, 40);
        if (s.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
            fail(key, QCoreApplication::translate("ridgeline::TransmissionManifest",
                                                  "must be an ISO 8601 time with a zone, e.g. 2026-11-24T08:30:00Z"));
            return {};
        }
        return t.toUTC();
    }

    std::optional<double> number(const QString &key, double min, double max, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QCoreApplication::translate("ridgeline::TransmissionManifest", "is missing"));
            return std::nullopt;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min || v.toDouble() > max) {
            fail(key, QCoreApplication::translate("ridgeline::TransmissionManifest", "must be a number from %1 to %2")
                          .arg(min)
                          .arg(max));
            return std::nullopt;
        }
        return v.toDouble();
    }

    QJsonObject object(const QString &key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QCoreApplication::translate("ridgeline::TransmissionManifest", "is missing"));
            return {};
        }
        if (!v.isObject())
            fail(key, QCoreApplication::translate("ridgeline::TransmissionManifest", "must be an object"));
        return v.toObject();
    }

    QJsonArray array(const QString &key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QCoreApplication::translate("ridgeline::TransmissionManifest", "is missing"));
            return {};
        }
        if (!v.isArray())
            fail(key, QCoreApplication::translate("ridgeline::TransmissionManifest", "must be an array"));
        return v.toArray();
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
};

QJsonObject elementObject(const QJsonArray &array, qsizetype i, const QString &where, QString *error)
{
    if (!array.at(i).isObject()) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("ridgeline::TransmissionManifest", "\"%1[%2]\" must be an object")
                         .arg(where)
                         .arg(i);
        return {};
    }
    return array.at(i).toObject();
}

void readItem(const QJsonObject &o, const QString &where, TransmissionItem &item, QString *error)
{
    Fields f(o, where, error);
    item.exhibitReference = f.string(QStringLiteral("exhibit"), true, 64);
    const QString kind = f.string(QStringLiteral("kind"), true, 40);
    if (!kind.isEmpty()) {
        const auto k = transmissionItemKindFromKey(kind);
        if (!k)
            f.fail(
                QStringLiteral("kind"),
                QCoreApplication::translate("ridgeline::TransmissionManifest", "has unknown value \"%1\"").arg(kind));
        else
            item.kind = *k;
    }
    item.path = f.string(QStringLiteral("path"), true, 400);
    if (!item.path.isEmpty() && !isSafePackagePath(item.path))
        f.fail(QStringLiteral("path"),
               QCoreApplication::translate("ridgeline::TransmissionManifest",
                                           "\"%1\" is not a safe relative path inside the package")
                   .arg(item.path));
    const QString hash = f.string(QStringLiteral("sha256"), true, 64).toLower();
    item.sha256 = QByteArray::fromHex(hash.toLatin1());
    if (!hash.isEmpty() && (hash.size() != 64 || item.sha256.toHex() != hash.toLatin1()))
        f.fail(QStringLiteral("sha256"),
               QCoreApplication::translate("ridgeline::TransmissionManifest", "must be 64 hexadecimal digits"));
    item.ppi = f.number(QStringLiteral("ppi"), 50, 20000, false).value_or(0.0);
    item.title = f.string(QStringLiteral("title"), false);
    item.notes = f.string(QStringLiteral("notes"), false, 4000);
    if (item.kind == TransmissionItemKind::Document) {
        const QString dk = f.string(QStringLiteral("documentKind"), false, 40);
        if (!dk.isEmpty()) {
            const auto k = documentKindFromKey(dk);
            if (!k)
                f.fail(
                    QStringLiteral("documentKind"),
                    QCoreApplication::translate("ridgeline::TransmissionManifest", "has unknown value \"%1\"").arg(dk));
            item.documentKind = k.value_or(DocumentKind::Other);
        }
    }
    if (item.kind == TransmissionItemKind::TenprintImpression) {
        item.personRef = f.string(QStringLiteral("person"), true, 64);
        item.fingerPosition = int(f.number(QStringLiteral("fingerPosition"), 1, 14, true).value_or(0));
        const QString impression = f.string(QStringLiteral("impression"), false, 10);
        if (!impression.isEmpty() && impression != QLatin1String("rolled") && impression != QLatin1String("plain"))
            f.fail(QStringLiteral("impression"),
                   QCoreApplication::translate("ridgeline::TransmissionManifest", "must be \"rolled\" or \"plain\""));
        item.rolled = impression != QLatin1String("plain") && item.fingerPosition <= 10;
    }
    const QJsonObject capture = f.object(QStringLiteral("capture"), false);
    Fields c(capture, f.path(QStringLiteral("capture")), error);
    item.capturedUtc = c.dateTime(QStringLiteral("time"), false);
    item.captureDevice = c.string(QStringLiteral("device"), false);
    item.developmentMethod = c.string(QStringLiteral("method"), false);
    item.surface = c.string(QStringLiteral("surface"), false);
}

void readPerson(const QJsonObject &o, const QString &where, TransmissionPerson &person, QString *error)
{
    Fields f(o, where, error);
    person.ref = f.string(QStringLiteral("ref"), true, 64);
    person.familyName = f.string(QStringLiteral("familyName"), true, 200);
    person.givenNames = f.string(QStringLiteral("givenNames"), false, 200);
    const QString dob = f.string(QStringLiteral("dateOfBirth"), false, 10);
    if (!dob.isEmpty()) {
        person.dateOfBirth = QDate::fromString(dob, Qt::ISODate);
        if (!person.dateOfBirth.isValid())
            f.fail(QStringLiteral("dateOfBirth"),
                   QCoreApplication::translate("ridgeline::TransmissionManifest", "must be a date written YYYY-MM-DD"));
    }
    const QString role = f.string(QStringLiteral("role"), true, 20);
    if (!role.isEmpty()) {
        const auto r = personRoleFromKey(role);
        if (!r)
            f.fail(
                QStringLiteral("role"),
                QCoreApplication::translate("ridgeline::TransmissionManifest", "has unknown value \"%1\"").arg(role));
        person.role = r.value_or(PersonRole::Suspect);
    }
    const QJsonArray ids = f.array(QStringLiteral("identifiers"), false);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString idWhere = f.path(QStringLiteral("identifiers[%1]").arg(i));
        Fields idf(elementObject(ids, i, f.path(QStringLiteral("identifiers")), error), idWhere, error);
        person.identifiers.append(
            {idf.string(QStringLiteral("scheme"), true, 40), idf.string(QStringLiteral("value"), true, 64)});
    }
}

} // namespace

QString transmissionItemKindKey(TransmissionItemKind kind)
{
    for (const auto &[k, key] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<TransmissionItemKind> transmissionItemKindFromKey(QStringView key)
{
    for (const auto &[k, name] : kKinds) {
        if (key == QLatin1String(name))
            return k;
    }
    return std::nullopt;
}

bool isSafePackagePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':'))
        return false; // drive letter
    for (QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &s : segments) {
        if (s.isEmpty() || s == QLatin1String(".") || s == QLatin1String(".."))
            return false;
    }
    return true;
}

namespace {

void checkReferences(const TransmissionManifest &m, QString *error)
{
    auto fail = [&](const QString &text) {
        if (error->isEmpty())
            *error = text;
    };
    QSet<QString> items;
    QSet<QString> paths;
    for (qsizetype i = 0; i < m.items.size(); ++i) {
        const TransmissionItem &item = m.items.at(i);
        if (items.contains(item.exhibitReference))
            fail(QCoreApplication::translate("ridgeline::TransmissionManifest",
                                             "field \"items[%1].exhibit\" repeats exhibit reference \"%2\"")
                     .arg(i)
                     .arg(item.exhibitReference));
        if (paths.contains(item.path))
            fail(QCoreApplication::translate("ridgeline::TransmissionManifest",
                                             "field \"items[%1].path\" repeats file \"%2\"")
                     .arg(i)
                     .arg(item.path));
        items.insert(item.exhibitReference);
        paths.insert(item.path);
        if (item.kind == TransmissionItemKind::TenprintImpression && !m.person(item.personRef))
            fail(
                QCoreApplication::translate("ridgeline::TransmissionManifest",
                                            "field \"items[%1].person\" names person \"%2\", who is not in \"persons\"")
                    .arg(i)
                    .arg(item.personRef));
    }
    QSet<QString> persons;
    for (qsizetype i = 0; i < m.persons.size(); ++i) {
        if (persons.contains(m.persons.at(i).ref))
            fail(QCoreApplication::translate("ridgeline::TransmissionManifest",
                                             "field \"persons[%1].ref\" repeats person \"%2\"")
                     .arg(i)
                     .arg(m.persons.at(i).ref));
        persons.insert(m.persons.at(i).ref);
    }
    for (qsizetype i = 0; i < m.links.size(); ++i) {
        const TransmissionLink &link = m.links.at(i);
        if (!items.contains(link.item))
            fail(QCoreApplication::translate("ridgeline::TransmissionManifest",
                                             "field \"links[%1].item\" names exhibit \"%2\", which is not in \"items\"")
                     .arg(i)
                     .arg(link.item));
        if (!persons.contains(link.person))
            fail(
                QCoreApplication::translate("ridgeline::TransmissionManifest",
                                            "field \"links[%1].person\" names person \"%2\", who is not in \"persons\"")
                    .arg(i)
                    .arg(link.person));
    }
}

} // namespace

Result<TransmissionManifest> TransmissionManifest::parse(const QByteArray &json)
{
    auto bad = [](const QString &reason) {
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::TransmissionManifest", "manifest.json: %1").arg(reason));
    };
    if (json.size() > 16 * 1024 * 1024)
        return bad(QCoreApplication::translate("ridgeline::TransmissionManifest", "is larger than 16 MB"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(QCoreApplication::translate("ridgeline::TransmissionManifest", "is not valid JSON (%1 at byte %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset));
    if (!doc.isObject())
        return bad(QCoreApplication::translate("ridgeline::TransmissionManifest", "must hold a JSON object"));

    QString error;
    TransmissionManifest m;
    Fields root(doc.object(), QString(), &error);
    if (root.string(QStringLiteral("format"), true, 40) != QLatin1String("ridgeline-transmission") && !root.failed())
        root.fail(QStringLiteral("format"),
                  QCoreApplication::translate("ridgeline::TransmissionManifest", "must be \"ridgeline-transmission\""));
    const auto version = root.number(QStringLiteral("version"), 0, 1e9, true);
    if (error.isEmpty() && version && *version != kFormatVersion)
        return bad(QCoreApplication::translate(
                       "ridgeline::TransmissionManifest",
                       "schema version %1 is not supported (this version of Ridgeline reads version %2)")
                       .arg(*version)
                       .arg(kFormatVersion));
    m.packageId = root.string(QStringLiteral("id"), true, 64);
    if (!m.packageId.isEmpty() && QUuid::fromString(m.packageId).isNull())
        root.fail(QStringLiteral("id"),
                  QCoreApplication::translate("ridgeline::TransmissionManifest", "must be a UUID"));
    m.createdUtc = root.dateTime(QStringLiteral("created"), true);

    Fields sender(root.object(QStringLiteral("sender"), true), QStringLiteral("sender"), &error);
    m.senderForce = sender.string(QStringLiteral("force"), true, 6).toUpper();
    m.senderForceName = sender.string(QStringLiteral("forceName"), false);
    m.deviceId = sender.string(QStringLiteral("deviceId"), true, 64);
    m.sceneExaminer = sender.string(QStringLiteral("sceneExaminer"), true);

    Fields kase(root.object(QStringLiteral("case"), true), QStringLiteral("case"), &error);
    m.caseReference = kase.string(QStringLiteral("reference"), true, 40);
    if (!m.caseReference.isEmpty()) {
        auto ref = CaseReference::parse(m.caseReference);
        if (!ref)
            kase.fail(QStringLiteral("reference"), ref.error().message());
        else
            m.caseReference = ref->toString();
    }
    m.offence = kase.string(QStringLiteral("offence"), true);
    m.officerInCase = kase.string(QStringLiteral("officerInCase"), false);

    Fields scene(root.object(QStringLiteral("scene"), true), QStringLiteral("scene"), &error);
    m.scenePlace = scene.string(QStringLiteral("place"), true);
    m.sceneLatitude = scene.number(QStringLiteral("latitude"), -90, 90, false);
    m.sceneLongitude = scene.number(QStringLiteral("longitude"), -180, 180, false);
    m.sceneTimeUtc = scene.dateTime(QStringLiteral("time"), false);

    const QJsonArray items = root.array(QStringLiteral("items"), true);
    if (error.isEmpty() && items.isEmpty())
        root.fail(QStringLiteral("items"),
                  QCoreApplication::translate("ridgeline::TransmissionManifest",
                                              "is empty: a transmission carries at least one item"));
    if (items.size() > 10000)
        root.fail(QStringLiteral("items"),
                  QCoreApplication::translate("ridgeline::TransmissionManifest", "has more than 10,000 entries"));
    for (qsizetype i = 0; i < items.size() && error.isEmpty(); ++i) {
        TransmissionItem item;
        readItem(elementObject(items, i, QStringLiteral("items"), &error), QStringLiteral("items[%1]").arg(i), item,
                 &error);
        m.items.append(item);
    }
    const QJsonArray persons = root.array(QStringLiteral("persons"), false);
    for (qsizetype i = 0; i < persons.size() && error.isEmpty(); ++i) {
        TransmissionPerson person;
        readPerson(elementObject(persons, i, QStringLiteral("persons"), &error), QStringLiteral("persons[%1]").arg(i),
                   person, &error);
        m.persons.append(person);
    }
    const QJsonArray links = root.array(QStringLiteral("links"), false);
    for (qsizetype i = 0; i < links.size() && error.isEmpty(); ++i) {
        Fields lf(elementObject(links, i, QStringLiteral("links"), &error), QStringLiteral("links[%1]").arg(i), &error);
        m.links.append({lf.string(QStringLiteral("item"), true, 64), lf.string(QStringLiteral("person"), true, 64),
                        lf.string(QStringLiteral("relation"), false)});
    }
    if (error.isEmpty())
        checkReferences(m, &error);
    if (!error.isEmpty())
        return bad(error);
    return m;
}

const TransmissionItem *TransmissionManifest::item(const QString &exhibitReference) const
{
    for (const TransmissionItem &i : items) {
        if (i.exhibitReference == exhibitReference)
            return &i;
    }
    return nullptr;
}

const TransmissionPerson *TransmissionManifest::person(const QString &ref) const
{
    for (const TransmissionPerson &p : persons) {
        if (p.ref == ref)
            return &p;
    }
    return nullptr;
}

} // namespace ridgeline
