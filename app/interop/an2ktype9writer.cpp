// type9Record: Ridgeline markup to an extended feature set (see an2ktype9.h for the fields).
#include "app/interop/an2ktype9.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ridgeline::interop {

namespace {

constexpr double kUnitsPerInch = 2540.0; // 0.01 mm units in an inch

#ifdef RIDGELINE_VERSION
#define RIDGELINE_VERSION_TEXT RIDGELINE_VERSION
#else
#define RIDGELINE_VERSION_TEXT "(development)"
#endif

QByteArray text(const QString &value)
{
    // Separators cannot appear inside an item: they would end it.
    QByteArray bytes = value.toUtf8();
    for (char &c : bytes)
        if (c >= 0x1C && c <= 0x1F)
            c = ' ';
    return bytes;
}

An2kField field(int number, QList<QList<QByteArray>> subfields)
{
    An2kField f;
    f.number = number;
    f.subfields = std::move(subfields);
    return f;
}

QByteArray units(double pixels, double ppi)
{
    return QByteArray::number(qMax<qint64>(0, qRound64(pixels * kUnitsPerInch / ppi)));
}

QByteArray degrees(const std::optional<double> &direction)
{
    if (!direction)
        return {};
    return QByteArray::number(qRound64(*direction) % 360);
}

struct ExaminerName
{
    QString family;
    QString given;
    QString agency;
};

// "family, given (agency)", any part may be missing.
ExaminerName splitExaminer(const QString &examiner)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*([^,(]*?)\s*(?:,\s*([^(]*?))?\s*(?:\((.*)\))?\s*$)"));
    const QRegularExpressionMatch m = pattern.match(examiner);
    if (!m.hasMatch())
        return {examiner.trimmed(), {}, {}};
    return {m.captured(1), m.captured(2), m.captured(3)};
}

} // namespace

An2kRecord type9Record(const Type9Markup &in, int idc, QSize imageSize, double ppi)
{
    const Markup &m = in.markup;
    An2kRecord r;
    r.type = 9;
    r.fields.append(field(1, {{"0"}})); // LEN: the writer computes it
    r.fields.append(field(2, {{QByteArray::number(idc).rightJustified(2, '0')}}));
    r.fields.append(field(3, {{"4"}})); // latent impression
    r.fields.append(field(4, {{"U"}})); // no standard-format block: user-defined (EFS)

    QList<QByteArray> roi{units(imageSize.width(), ppi), units(imageSize.height(), ppi), "0", "0"};
    if (m.regionOfInterest.size() >= 3) {
        QList<QByteArray> vertices;
        for (QPointF p : m.regionOfInterest)
            vertices.append(units(p.x(), ppi) + ',' + units(p.y(), ppi));
        roi.append(vertices.join('-'));
    }
    r.fields.append(field(300, {roi}));
    r.fields.append(field(302, {{"0"}})); // finger position unknown

    QList<QList<QByteArray>> cores, deltas, minutiae;
    for (const MarkupFeature &f : m.features) {
        const QByteArray x = units(f.position.x(), ppi);
        const QByteArray y = units(f.position.y(), ppi);
        switch (f.type) {
        case FeatureType::Core:
            cores.append(f.direction ? QList<QByteArray>{x, y, degrees(f.direction)} : QList<QByteArray>{x, y});
            break;
        case FeatureType::Delta:
            deltas.append(f.direction ? QList<QByteArray>{x, y, degrees(f.direction)} : QList<QByteArray>{x, y});
            break;
        case FeatureType::MinutiaEnding:
        case FeatureType::MinutiaBifurcation:
        case FeatureType::MinutiaUnknown: {
            const QByteArray kind = f.type == FeatureType::MinutiaEnding        ? "E"
                                    : f.type == FeatureType::MinutiaBifurcation ? "B"
                                                                                : "X";
            minutiae.append({x, y, degrees(f.direction), kind});
            break;
        }
        default:
            break; // not carried by Type-9
        }
    }
    if (!cores.isEmpty())
        r.fields.append(field(320, cores));
    if (!deltas.isEmpty())
        r.fields.append(field(321, deltas));
    if (m.isNonePresent(FeatureType::Core))
        r.fields.append(field(325, {{"Y"}}));
    if (m.isNonePresent(FeatureType::Delta))
        r.fields.append(field(326, {{"Y"}}));
    if (!minutiae.isEmpty())
        r.fields.append(field(331, minutiae));
    if (m.isNonePresent(FeatureType::MinutiaEnding) && m.isNonePresent(FeatureType::MinutiaBifurcation) &&
        m.isNonePresent(FeatureType::MinutiaUnknown))
        r.fields.append(field(334, {{"Y"}}));
    if (!in.methodOfDetection.isEmpty())
        r.fields.append(field(351, {{text(in.methodOfDetection)}}));
    if (!in.examiner.isEmpty()) {
        const ExaminerName name = splitExaminer(in.examiner);
        const QDateTime when = m.features.isEmpty() ? QDateTime::currentDateTimeUtc() : m.features.last().modifiedUtc;
        r.fields.append(field(353, {{text(in.analysisValue), text(name.family), text(name.given), text(name.agency),
                                     when.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1()}}));
    }
    // Processing history (x.902 ANN: GMT, algorithm name and version, owner, process).
    r.fields.append(
        field(902, {{QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z',
                     "Ridgeline " + QByteArray(RIDGELINE_VERSION_TEXT), "Ridgeline",
                     "extended feature set written from the examiner's committed markup"}}));
    return r;
}

} // namespace ridgeline::interop
