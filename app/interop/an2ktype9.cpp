#include "app/interop/an2ktype9.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>
#include <optional>

namespace ridgeline::interop {

namespace {

constexpr double kUnitsPerInch = 2540.0; // 0.01 mm units in an inch

// Signed decimal made of digits only (an optional leading '-'), without overflow.
std::optional<qint64> number(QByteArrayView text)
{
    if (text.startsWith('-')) {
        const auto v = number(text.sliced(1));
        return v ? std::optional<qint64>(-*v) : std::nullopt;
    }
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool hasFieldIn(const An2kRecord &record, int first, int last)
{
    for (const An2kField &f : record.fields)
        if (f.number >= first && f.number <= last)
            return true;
    return false;
}

class Reader
{
public:
    Reader(const An2kRecord &record, QSize imageSize, double ppi)
        : m_record(record)
        , m_size(imageSize)
        , m_ppi(ppi)
        , m_now(QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC))
    {}

    Result<Type9Markup> run();

private:
    Error bad(int field, const QString &why) const
    {
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::An2kType9", "Type-9 record (IDC %1), field 9.%2: %3")
                         .arg(m_idc)
                         .arg(field, 3, 10, QLatin1Char('0'))
                         .arg(why));
    }
    Result<qint64> integer(int field, const QByteArray &text, const char *what) const
    {
        const auto v = number(text);
        if (!v)
            return bad(field,
                       QCoreApplication::translate("ridgeline::An2kType9", "%1 \"%2\" is not a whole number")
                           .arg(QCoreApplication::translate("ridgeline::An2kType9", what), QString::fromLatin1(text)));
        return *v;
    }
    // A point in image pixels, within the image (a rounding's worth outside is brought in).
    Result<QPointF> inside(int field, QPointF p) const;
    Result<std::optional<double>> direction(int field, const QByteArray &text, double unit) const;
    void add(FeatureType type, QPointF position, std::optional<double> direction);

    Status readEfs();
    Status readEfsRoi(QPointF &origin);
    Status readEfsPoints(int field, FeatureType type, QPointF origin);
    Status readEfsMinutiae(QPointF origin);
    void readEfsText();
    Status readM1();
    Status readStandard();
    Status checkNonePresent();

    const An2kRecord &m_record;
    QSize m_size;
    double m_ppi;
    QDateTime m_now;
    QString m_idc;
    Type9Markup m_out;
    QString m_engine;
    QString m_version;
};

Result<QPointF> Reader::inside(int field, QPointF p) const
{
    const double slack = 0.5 + m_ppi / kUnitsPerInch;
    if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || p.x() < -slack || p.y() < -slack ||
        p.x() > m_size.width() + slack || p.y() > m_size.height() + slack)
        return bad(field, QCoreApplication::translate("ridgeline::An2kType9",
                                                      "the point (%1, %2) pixels is outside the %3 x %4 image")
                              .arg(p.x(), 0, 'f', 1)
                              .arg(p.y(), 0, 'f', 1)
                              .arg(m_size.width())
                              .arg(m_size.height()));
    return QPointF(std::clamp(p.x(), 0.0, double(m_size.width())), std::clamp(p.y(), 0.0, double(m_size.height())));
}

Result<std::optional<double>> Reader::direction(int field, const QByteArray &text, double unit) const
{
    if (text.isEmpty())
        return std::optional<double>();
    auto v = integer(field, text, QT_TRANSLATE_NOOP("ridgeline::An2kType9", "direction"));
    if (!v)
        return v.error();
    const double degrees = double(*v) * unit;
    if (degrees < 0 || degrees > 360)
        return bad(field,
                   QCoreApplication::translate("ridgeline::An2kType9", "direction %1 is outside 0 to 360 degrees")
                       .arg(degrees));
    return std::optional<double>(std::fmod(degrees, 360.0));
}

void Reader::add(FeatureType type, QPointF position, std::optional<double> dir)
{
    MarkupFeature f;
    f.id = FeatureId::create();
    f.type = type;
    f.position = position;
    f.direction = dir;
    f.author = m_out.examiner.isEmpty() ? QStringLiteral("ANSI/NIST-ITL") : m_out.examiner;
    f.createdUtc = m_now;
    f.modifiedUtc = m_now;
    f.origin = FeatureOrigin::automatic(m_engine, m_version);
    if (m_out.examiner.isEmpty()) {
        m_out.markup.suggestions.append(f);
        return;
    }
    f.origin.reviewedBy = m_out.examiner;
    f.origin.reviewedUtc = m_now;
    m_out.markup.features.append(f);
}

Result<Type9Markup> Reader::run()
{
    if (m_record.type != 9)
        return Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("ridgeline::An2kType9", "record of Type-%1 is not a Type-9 minutiae record")
                .arg(m_record.type));
    const An2kField *idc = m_record.field(2);
    m_idc = idc ? QString::fromLatin1(idc->item()) : QStringLiteral("?");
    if (m_size.isEmpty() || !(m_ppi > 0))
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate("ridgeline::An2kType9",
                                                 "Type-9 record (IDC %1): the image it describes has no size or "
                                                 "resolution (%2 x %3 pixels, %4 ppi)")
                         .arg(m_idc)
                         .arg(m_size.width())
                         .arg(m_size.height())
                         .arg(m_ppi));
    if (!idc)
        return bad(2,
                   QCoreApplication::translate("ridgeline::An2kType9", "the image designation character is missing"));
    auto idcValue = integer(2, idc->item(), QT_TRANSLATE_NOOP("ridgeline::An2kType9", "IDC"));
    if (!idcValue)
        return idcValue.error();
    m_out.imdIdc = int(*idcValue);
    m_out.markup = Markup::forImage(QString(), m_size);

    Status status;
    if (hasFieldIn(m_record, 300, 399)) {
        m_out.block = Type9Block::ExtendedFeatureSet;
        status = readEfs();
    } else if (hasFieldIn(m_record, 126, 150)) {
        m_out.block = Type9Block::M1;
        status = readM1();
    } else if (hasFieldIn(m_record, 5, 10) || m_record.field(12)) {
        m_out.block = Type9Block::Standard;
        status = readStandard();
    } else {
        return Error(ErrorCode::BadInput,
                     QCoreApplication::translate(
                         "ridgeline::An2kType9",
                         "Type-9 record (IDC %1) has no minutiae block Ridgeline reads (extended feature set "
                         "9.300-9.399, INCITS 378 9.126-9.150 or standard 9.005-9.012)")
                         .arg(m_idc));
    }
    if (!status)
        return status.error();
    if (Status s = checkNonePresent(); !s)
        return s.error();
    return std::move(m_out);
}

Status Reader::checkNonePresent()
{
    QList<FeatureType> &none = m_out.markup.nonePresent;
    QList<FeatureType> sorted;
    for (FeatureType t : kFeatureTypes)
        if (none.contains(t))
            sorted.append(t);
    none = sorted;
    for (const MarkupFeature &f : m_out.markup.features + m_out.markup.suggestions) {
        if (!none.contains(f.type))
            continue;
        const int field = f.type == FeatureType::Core ? 325 : f.type == FeatureType::Delta ? 326 : 334;
        return bad(field, QCoreApplication::translate("ridgeline::An2kType9",
                                                      "says none are present, but the record has some"));
    }
    return {};
}

// ---- Extended feature set ----

Status Reader::readEfs()
{
    m_engine = type9EngineName(Type9Block::ExtendedFeatureSet);
    m_version = QStringLiteral("1-2011");
    readEfsText(); // the examiner is every feature's author
    QPointF origin;
    if (Status s = readEfsRoi(origin); !s)
        return s;
    if (Status s = readEfsPoints(320, FeatureType::Core, origin); !s)
        return s;
    if (Status s = readEfsPoints(321, FeatureType::Delta, origin); !s)
        return s;
    if (Status s = readEfsMinutiae(origin); !s)
        return s;
    if (m_record.field(325))
        m_out.markup.nonePresent.append(FeatureType::Core);
    if (m_record.field(326))
        m_out.markup.nonePresent.append(FeatureType::Delta);
    if (m_record.field(334))
        m_out.markup.nonePresent << FeatureType::MinutiaEnding << FeatureType::MinutiaBifurcation
                                 << FeatureType::MinutiaUnknown;
    return {};
}

void Reader::readEfsText()
{
    if (const An2kField *eaa = m_record.field(353)) {
        m_out.analysisValue = QString::fromUtf8(eaa->item(0, 0));
        const QString family = QString::fromUtf8(eaa->item(0, 1)).trimmed();
        const QString given = QString::fromUtf8(eaa->item(0, 2)).trimmed();
        const QString agency = QString::fromUtf8(eaa->item(0, 3)).trimmed();
        QString name = family;
        if (!given.isEmpty())
            name += (name.isEmpty() ? QString() : QStringLiteral(", ")) + given;
        if (!agency.isEmpty())
            name += (name.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('(') + agency + QLatin1Char(')');
        m_out.examiner = name;
        // The assessment's date (YYYYMMDD, or longer) is when the features were reviewed.
        const QDate date = QDate::fromString(QString::fromLatin1(eaa->item(0, 4).left(8)), QStringLiteral("yyyyMMdd"));
        if (date.isValid())
            m_now = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (const An2kField *com = m_record.field(351)) {
        m_out.methodOfDetection = QString::fromUtf8(com->item());
    } else if (const An2kField *lpm = m_record.field(352)) {
        QStringList codes;
        for (const QList<QByteArray> &sub : lpm->subfields)
            if (!sub.isEmpty() && !sub.first().isEmpty())
                codes.append(QString::fromUtf8(sub.first()));
        m_out.methodOfDetection = codes.join(QStringLiteral(", "));
    }
}

Status Reader::readEfsRoi(QPointF &origin)
{
    const An2kField *roi = m_record.field(300);
    if (!roi)
        return bad(300, QCoreApplication::translate(
                            "ridgeline::An2kType9",
                            "the region of interest is missing (it is mandatory in an extended feature set)"));
    const double scale = m_ppi / kUnitsPerInch;
    qint64 values[4] = {0, 0, 0, 0};
    const char *names[4] = {QT_TRANSLATE_NOOP("ridgeline::An2kType9", "width"),
                            QT_TRANSLATE_NOOP("ridgeline::An2kType9", "height"),
                            QT_TRANSLATE_NOOP("ridgeline::An2kType9", "horizontal offset"),
                            QT_TRANSLATE_NOOP("ridgeline::An2kType9", "vertical offset")};
    for (int i = 0; i < 4; ++i) {
        const QByteArray text = roi->item(0, i);
        if (text.isEmpty() && i >= 2)
            continue;
        auto v = integer(300, text, names[i]);
        if (!v)
            return v.error();
        if (*v < 0)
            return bad(300, QCoreApplication::translate("ridgeline::An2kType9", "the %1 is negative")
                                .arg(QCoreApplication::translate("ridgeline::An2kType9", names[i])));
        values[i] = *v;
    }
    origin = QPointF(values[2] * scale, values[3] * scale);
    const QRectF rect(origin, QSizeF(values[0] * scale, values[1] * scale));
    QList<QPointF> polygon;
    const QByteArray path = roi->item(0, 4);
    if (!path.isEmpty()) {
        for (const QByteArray &vertex : path.split('-')) {
            const QList<QByteArray> xy = vertex.split(',');
            const auto x = xy.size() == 2 ? number(xy[0]) : std::nullopt;
            const auto y = xy.size() == 2 ? number(xy[1]) : std::nullopt;
            if (!x || !y)
                return bad(
                    300, QCoreApplication::translate("ridgeline::An2kType9", "the polygon vertex \"%1\" is not \"x,y\"")
                             .arg(QString::fromLatin1(vertex)));
            auto p = inside(300, origin + QPointF(*x * scale, *y * scale));
            if (!p)
                return p.error();
            polygon.append(*p);
        }
        if (polygon.size() < 3)
            return bad(300, QCoreApplication::translate("ridgeline::An2kType9",
                                                        "the polygon has %1 vertices, at least 3 are needed")
                                .arg(polygon.size()));
    } else {
        const double slack = 0.5 + scale;
        const bool wholeImage = rect.left() <= slack && rect.top() <= slack && rect.right() >= m_size.width() - slack &&
                                rect.bottom() >= m_size.height() - slack;
        if (!wholeImage) {
            for (QPointF corner : {rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()}) {
                auto p = inside(300, corner);
                if (!p)
                    return p.error();
                polygon.append(*p);
            }
        }
    }
    m_out.markup.regionOfInterest = polygon;
    return {};
}

Status Reader::readEfsPoints(int field, FeatureType type, QPointF origin)
{
    const An2kField *f = m_record.field(field);
    if (!f)
        return {};
    const double scale = m_ppi / kUnitsPerInch;
    for (const QList<QByteArray> &sub : f->subfields) {
        auto x = integer(field, sub.value(0), QT_TRANSLATE_NOOP("ridgeline::An2kType9", "x coordinate"));
        if (!x)
            return x.error();
        auto y = integer(field, sub.value(1), QT_TRANSLATE_NOOP("ridgeline::An2kType9", "y coordinate"));
        if (!y)
            return y.error();
        auto p = inside(field, origin + QPointF(*x * scale, *y * scale));
        if (!p)
            return p.error();
        auto dir = direction(field, sub.value(2), 1.0);
        if (!dir)
            return dir.error();
        add(type, *p, *dir);
    }
    return {};
}

Status Reader::readEfsMinutiae(QPointF origin)
{
    const An2kField *f = m_record.field(331);
    if (!f)
        return {};
    const double scale = m_ppi / kUnitsPerInch;
    for (const QList<QByteArray> &sub : f->subfields) {
        auto x = integer(331, sub.value(0), QT_TRANSLATE_NOOP("ridgeline::An2kType9", "x coordinate"));
        if (!x)
            return x.error();
        auto y = integer(331, sub.value(1), QT_TRANSLATE_NOOP("ridgeline::An2kType9", "y coordinate"));
        if (!y)
            return y.error();
        auto p = inside(331, origin + QPointF(*x * scale, *y * scale));
        if (!p)
            return p.error();
        auto dir = direction(331, sub.value(2), 1.0);
        if (!dir)
            return dir.error();
        const QByteArray kind = sub.value(3);
        FeatureType type;
        if (kind == "E")
            type = FeatureType::MinutiaEnding;
        else if (kind == "B")
            type = FeatureType::MinutiaBifurcation;
        else if (kind == "X")
            type = FeatureType::MinutiaUnknown;
        else
            return bad(331,
                       QCoreApplication::translate("ridgeline::An2kType9", "minutia type \"%1\" is none of E, B or X")
                           .arg(QString::fromLatin1(kind)));
        add(type, *p, *dir);
    }
    return {};
}

// ---- INCITS 378 (M1) ----

Status Reader::readM1()
{
    m_engine = type9EngineName(Type9Block::M1);
    m_version = QStringLiteral("INCITS 378");
    // The block's own resolution (9.130 scale units, 9.131 horizontal scale) may differ from the image's.
    double scale = 1.0;
    if (const An2kField *hps = m_record.field(131)) {
        auto v = integer(131, hps->item(), QT_TRANSLATE_NOOP("ridgeline::An2kType9", "horizontal pixel scale"));
        if (!v)
            return v.error();
        const An2kField *units = m_record.field(130);
        const double m1ppi = (units && units->item() == "2") ? *v * 2.54 : double(*v);
        // 500 ppi is written as 197 pixels a centimetre: a difference under 1 % is that rounding.
        if (m1ppi > 0 && std::abs(m1ppi - m_ppi) > 0.01 * m_ppi)
            scale = m_ppi / m1ppi;
    }
    const auto point = [&](int field, const QList<QByteArray> &sub, int first) -> Result<QPointF> {
        auto x = integer(field, sub.value(first), QT_TRANSLATE_NOOP("ridgeline::An2kType9", "x coordinate"));
        if (!x)
            return x.error();
        auto y = integer(field, sub.value(first + 1), QT_TRANSLATE_NOOP("ridgeline::An2kType9", "y coordinate"));
        if (!y)
            return y.error();
        return inside(field, QPointF((*x + 0.5) * scale, (*y + 0.5) * scale));
    };
    if (const An2kField *f = m_record.field(137)) {
        for (const QList<QByteArray> &sub : f->subfields) {
            auto p = point(137, sub, 1);
            if (!p)
                return p.error();
            auto dir = direction(137, sub.value(3), 2.0);
            if (!dir)
                return dir.error();
            const QByteArray kind = sub.value(4);
            const FeatureType type = kind == "1"   ? FeatureType::MinutiaEnding
                                     : kind == "2" ? FeatureType::MinutiaBifurcation
                                                   : FeatureType::MinutiaUnknown;
            if (kind != "0" && kind != "1" && kind != "2")
                return bad(
                    137, QCoreApplication::translate("ridgeline::An2kType9", "minutia type \"%1\" is none of 0, 1 or 2")
                             .arg(QString::fromLatin1(kind)));
            add(type, *p, *dir);
        }
    }
    for (const auto &[field, type] : {std::pair{139, FeatureType::Core}, std::pair{140, FeatureType::Delta}}) {
        const An2kField *f = m_record.field(field);
        if (!f)
            continue;
        for (const QList<QByteArray> &sub : f->subfields) {
            auto p = point(field, sub, 0);
            if (!p)
                return p.error();
            auto dir = direction(field, sub.value(2), 2.0);
            if (!dir)
                return dir.error();
            add(type, *p, *dir);
        }
    }
    return {};
}

// ---- Standard block (9.005-9.012) ----

Status Reader::readStandard()
{
    m_engine = type9EngineName(Type9Block::Standard);
    m_version = QStringLiteral("1-2011");
    const double scale = m_ppi / kUnitsPerInch;
    const auto point = [&](int field, const QByteArray &text) -> Result<QPointF> {
        if (text.size() < 8)
            return bad(field, QCoreApplication::translate("ridgeline::An2kType9", "position \"%1\" is not XXXXYYYY")
                                  .arg(QString::fromLatin1(text)));
        auto x = integer(field, text.left(4), QT_TRANSLATE_NOOP("ridgeline::An2kType9", "x coordinate"));
        if (!x)
            return x.error();
        auto y = integer(field, text.mid(4, 4), QT_TRANSLATE_NOOP("ridgeline::An2kType9", "y coordinate"));
        if (!y)
            return y.error();
        return inside(field, QPointF(*x * scale, m_size.height() - *y * scale));
    };
    if (const An2kField *f = m_record.field(12)) {
        for (const QList<QByteArray> &sub : f->subfields) {
            const QByteArray xyt = sub.value(1);
            if (xyt.size() != 11)
                return bad(12, QCoreApplication::translate("ridgeline::An2kType9",
                                                           "position and direction \"%1\" is not XXXXYYYYTTT")
                                   .arg(QString::fromLatin1(xyt)));
            auto p = point(12, xyt.left(8));
            if (!p)
                return p.error();
            auto dir = direction(12, xyt.mid(8), 1.0);
            if (!dir)
                return dir.error();
            const QByteArray kind = sub.value(3);
            FeatureType type = FeatureType::MinutiaUnknown;
            if (kind == "A")
                type = FeatureType::MinutiaEnding;
            else if (kind == "B")
                type = FeatureType::MinutiaBifurcation;
            else if (kind != "C" && kind != "D")
                return bad(12, QCoreApplication::translate("ridgeline::An2kType9",
                                                           "minutia type \"%1\" is none of A, B, C or D")
                                   .arg(QString::fromLatin1(kind)));
            add(type, *p, *dir);
        }
    }
    for (const auto &[field, type] : {std::pair{8, FeatureType::Core}, std::pair{9, FeatureType::Delta}}) {
        const An2kField *f = m_record.field(field);
        if (!f)
            continue;
        for (const QList<QByteArray> &sub : f->subfields) {
            if (sub.value(0).isEmpty())
                continue;
            auto p = point(field, sub.value(0));
            if (!p)
                return p.error();
            add(type, *p, std::nullopt);
        }
    }
    return {};
}

} // namespace

QString type9EngineName(Type9Block block)
{
    switch (block) {
    case Type9Block::Standard:
        return QStringLiteral("ANSI/NIST-ITL Type-9 standard");
    case Type9Block::M1:
        return QStringLiteral("ANSI/NIST-ITL Type-9 M1");
    case Type9Block::ExtendedFeatureSet:
        break;
    }
    return QStringLiteral("ANSI/NIST-ITL Type-9 EFS");
}

Result<Type9Markup> readType9(const An2kRecord &record, QSize imageSize, double ppi)
{
    return Reader(record, imageSize, ppi).run();
}

} // namespace ridgeline::interop
