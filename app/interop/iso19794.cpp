#include "app/interop/iso19794.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ridgeline::interop {

namespace {

// Fixed sizes of ISO/IEC 19794-2:2005 clause 7 (record format).
constexpr qsizetype kHeaderBytes = 24;
constexpr qsizetype kViewHeaderBytes = 4;
constexpr qsizetype kMinutiaBytes = 6;
constexpr int kCoreDeltaArea = 0x0002;
constexpr int kAreaHeaderBytes = 4; // type and length; an area's length counts them

QString tr(const char *text)
{
    // lupdate files tr() of a free function under its namespace, so that is the context.
    return QCoreApplication::translate("ridgeline::interop", text);
}

Error badAt(qsizetype offset, const QString &why)
{
    return Error(ErrorCode::BadInput, tr("ISO/IEC 19794-2 record, byte %1: %2").arg(offset).arg(why));
}

Error badValue(const QString &why)
{
    return Error(ErrorCode::BadInput, tr("Cannot write an ISO/IEC 19794-2 record: %1").arg(why));
}

class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    {}
    qsizetype pos() const { return m_pos; }
    qsizetype remaining() const { return m_data.size() - m_pos; }
    // Each returns false at the end of the data, leaving pos() where the missing field starts.
    bool u8(int &v)
    {
        if (remaining() < 1)
            return false;
        v = quint8(m_data[m_pos++]);
        return true;
    }
    bool u16(int &v)
    {
        if (remaining() < 2)
            return false;
        v = qFromBigEndian<quint16>(m_data.data() + m_pos);
        m_pos += 2;
        return true;
    }
    bool u32(quint32 &v)
    {
        if (remaining() < 4)
            return false;
        v = qFromBigEndian<quint32>(m_data.data() + m_pos);
        m_pos += 4;
        return true;
    }
    QByteArrayView bytes(qsizetype n)
    {
        const QByteArrayView v = m_data.sliced(m_pos, n);
        m_pos += n;
        return v;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

Error truncated(const Reader &in, const QString &field)
{
    return badAt(in.pos(), tr("the data ends inside the %1").arg(field));
}

void put8(QByteArray &out, int v)
{
    out.append(char(quint8(v)));
}

void put16(QByteArray &out, int v)
{
    put8(out, v >> 8);
    put8(out, v);
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, int(v >> 16));
    put16(out, int(v & 0xffff));
}

QByteArray coreDeltaArea(const Iso19794FingerView &view)
{
    QByteArray data;
    const auto points = [&](const QList<Iso19794SingularPoint> &list, int angles) {
        const bool angular = !list.isEmpty() &&
                             std::all_of(list.cbegin(), list.cend(), [](const auto &p) { return !p.angles.isEmpty(); });
        put8(data, (angular ? 0x40 : 0x00) | int(list.size()));
        for (const Iso19794SingularPoint &p : list) {
            put16(data, p.x);
            put16(data, p.y);
            for (int i = 0; angular && i < angles; ++i)
                put8(data, p.angles.value(i, p.angles.constLast()));
        }
    };
    points(view.cores, 1);
    points(view.deltas, 3);
    return data;
}

Status checkPoint(int x, int y, const Iso19794Record &r, const QString &what)
{
    if (x < 0 || y < 0 || x >= r.width || y >= r.height)
        return badValue(
            tr("%1 at (%2, %3) is outside the %4 x %5 image").arg(what).arg(x).arg(y).arg(r.width).arg(r.height));
    return {};
}

Status checkView(const Iso19794Record &r, const Iso19794FingerView &v, int index)
{
    const QString name = tr("finger view %1").arg(index + 1);
    if (v.minutiae.size() > 255)
        return badValue(tr("%1 has %2 minutiae; a view holds 255 at most").arg(name).arg(v.minutiae.size()));
    if (v.cores.size() > 15 || v.deltas.size() > 15)
        return badValue(tr("%1 has more than 15 cores or deltas").arg(name));
    if (v.fingerPosition < 0 || v.fingerPosition > 10 || v.viewNumber < 0 || v.viewNumber > 15 || v.fingerQuality < 0 ||
        v.fingerQuality > 100 || v.impressionType < 0 || v.impressionType > 15)
        return badValue(tr("%1 has a finger position, view number, impression type or quality out of range").arg(name));
    for (qsizetype i = 0; i < v.minutiae.size(); ++i) {
        const Iso19794Minutia &m = v.minutiae[i];
        const QString what = tr("minutia %1 of %2").arg(i + 1).arg(name);
        if (Status s = checkPoint(m.x, m.y, r, what); !s)
            return s;
        if (m.angle < 0 || m.angle > 255 || m.quality < 0 || m.quality > 100)
            return badValue(tr("%1 has an angle or a quality out of range").arg(what));
    }
    for (const auto *list : {&v.cores, &v.deltas})
        for (const Iso19794SingularPoint &p : *list)
            if (Status s = checkPoint(p.x, p.y, r, list == &v.cores ? tr("a core") : tr("a delta")); !s)
                return s;
    return {};
}

} // namespace

Result<QByteArray> writeIso19794(const Iso19794Record &r)
{
    if (r.width < 1 || r.height < 1 || r.width > kIso19794MaxCoordinate || r.height > kIso19794MaxCoordinate)
        return badValue(
            tr("the image is %1 x %2 pixels; the record holds 1 to 16383 each way").arg(r.width).arg(r.height));
    if (r.views.size() > 255)
        return badValue(tr("%1 finger views; a record holds 255 at most").arg(r.views.size()));
    if (r.resolutionX < 0 || r.resolutionX > 0xffff || r.resolutionY < 0 || r.resolutionY > 0xffff)
        return badValue(tr("the resolution does not fit 16 bits"));
    QByteArray body;
    for (qsizetype i = 0; i < r.views.size(); ++i) {
        const Iso19794FingerView &v = r.views[i];
        if (Status s = checkView(r, v, int(i)); !s)
            return s.error();
        put8(body, v.fingerPosition);
        put8(body, (v.viewNumber << 4) | v.impressionType);
        put8(body, v.fingerQuality);
        put8(body, int(v.minutiae.size()));
        for (const Iso19794Minutia &m : v.minutiae) {
            put16(body, (int(m.type) << 14) | m.x);
            put16(body, m.y);
            put8(body, m.angle);
            put8(body, m.quality);
        }
        QByteArray extended;
        const auto area = [&](int type, const QByteArray &data) {
            put16(extended, type);
            put16(extended, int(data.size()) + kAreaHeaderBytes);
            extended.append(data);
        };
        if (!v.cores.isEmpty() || !v.deltas.isEmpty())
            area(kCoreDeltaArea, coreDeltaArea(v));
        for (const Iso19794ExtendedArea &a : v.otherAreas)
            area(a.type, a.data);
        if (extended.size() > 0xffff)
            return badValue(tr("the extended data of finger view %1 is larger than 65535 bytes").arg(i + 1));
        put16(body, int(extended.size()));
        body.append(extended);
    }
    QByteArray out;
    out.reserve(kHeaderBytes + body.size());
    out.append("FMR\0 20\0", 8);
    put32(out, quint32(kHeaderBytes + body.size()));
    put16(out, ((r.equipmentCertification & 0xf) << 12) | (r.deviceType & 0xfff));
    put16(out, r.width);
    put16(out, r.height);
    put16(out, r.resolutionX);
    put16(out, r.resolutionY);
    put8(out, int(r.views.size()));
    put8(out, 0); // reserved
    out.append(body);
    return out;
}

namespace {

Status readCoreDelta(QByteArrayView data, qsizetype base, const Iso19794Record &r, Iso19794FingerView &v)
{
    Reader in(data);
    for (auto *list : {&v.cores, &v.deltas}) {
        const bool cores = list == &v.cores;
        const QString what = cores ? tr("core") : tr("delta");
        int info = 0;
        if (!in.u8(info))
            return badAt(base + in.pos(), tr("the core-and-delta block ends before its %1 count").arg(what));
        const int type = info >> 6;
        const int count = info & 0x0f;
        if (type > 1 || (info & 0x30) != 0)
            return badAt(base + in.pos() - 1, tr("%1 information type %2 is reserved").arg(what).arg(info));
        const int angles = type == 1 ? (cores ? 1 : 3) : 0;
        if (in.remaining() < qsizetype(count) * (4 + angles))
            return badAt(
                base + in.pos(),
                tr("%1 %2 points do not fit the %3 bytes left of the block").arg(count).arg(what).arg(in.remaining()));
        for (int i = 0; i < count; ++i) {
            Iso19794SingularPoint p;
            const qsizetype at = base + in.pos();
            (void)in.u16(p.x);
            (void)in.u16(p.y);
            p.x &= kIso19794MaxCoordinate;
            p.y &= kIso19794MaxCoordinate;
            if (p.x >= r.width || p.y >= r.height)
                return badAt(at, tr("the %1 at (%2, %3) is outside the %4 x %5 image")
                                     .arg(what)
                                     .arg(p.x)
                                     .arg(p.y)
                                     .arg(r.width)
                                     .arg(r.height));
            for (int a = 0; a < angles; ++a) {
                int angle = 0;
                (void)in.u8(angle);
                p.angles.append(angle);
            }
            list->append(p);
        }
    }
    if (in.remaining() != 0)
        return badAt(base + in.pos(), tr("%1 bytes follow the deltas in the core-and-delta block").arg(in.remaining()));
    return {};
}

Status readExtended(Reader &in, const Iso19794Record &r, Iso19794FingerView &v)
{
    int total = 0;
    if (!in.u16(total))
        return truncated(in, tr("extended data length"));
    if (total > in.remaining())
        return badAt(in.pos() - 2,
                     tr("the extended data length %1 is more than the %2 bytes left").arg(total).arg(in.remaining()));
    const qsizetype end = in.pos() + total;
    while (in.pos() < end) {
        const qsizetype at = in.pos();
        int type = 0;
        int length = 0;
        if (end - at < kAreaHeaderBytes || !in.u16(type) || !in.u16(length))
            return badAt(at, tr("an extended data area header does not fit the extended data"));
        if (length < kAreaHeaderBytes || at + length > end)
            return badAt(at + 2, tr("the extended data area length %1 does not fit the %2 bytes of extended data left")
                                     .arg(length)
                                     .arg(end - at));
        const QByteArrayView data = in.bytes(length - kAreaHeaderBytes);
        if (type == 0)
            return badAt(at, tr("extended data area type 0 is reserved"));
        if (type == kCoreDeltaArea) {
            if (!v.cores.isEmpty() || !v.deltas.isEmpty())
                return badAt(at, tr("a second core-and-delta block"));
            if (Status s = readCoreDelta(data, at + kAreaHeaderBytes, r, v); !s)
                return s;
        } else {
            v.otherAreas.append({type, data.toByteArray()});
        }
    }
    return {};
}

Status readView(Reader &in, const Iso19794Record &r, Iso19794FingerView &v, int index)
{
    const qsizetype start = in.pos();
    int mode = 0;
    int count = 0;
    if (!in.u8(v.fingerPosition) || !in.u8(mode) || !in.u8(v.fingerQuality) || !in.u8(count))
        return truncated(in, tr("header of finger view %1").arg(index + 1));
    if (v.fingerPosition > 10)
        return badAt(start, tr("finger position %1 is not 0 to 10").arg(v.fingerPosition));
    v.viewNumber = mode >> 4;
    v.impressionType = mode & 0x0f;
    if (v.impressionType > 3 && v.impressionType != 8)
        return badAt(start + 1, tr("impression type %1 is not 0 to 3 or 8").arg(v.impressionType));
    if (v.fingerQuality > 100)
        return badAt(start + 2, tr("finger quality %1 is more than 100").arg(v.fingerQuality));
    if (in.remaining() < qsizetype(count) * kMinutiaBytes)
        return badAt(
            start + 3,
            tr("%1 minutiae need %2 bytes; %3 are left").arg(count).arg(count * kMinutiaBytes).arg(in.remaining()));
    v.minutiae.reserve(count);
    for (int i = 0; i < count; ++i) {
        const qsizetype at = in.pos();
        int xt = 0;
        int yr = 0;
        Iso19794Minutia m;
        (void)in.u16(xt);
        (void)in.u16(yr);
        (void)in.u8(m.angle);
        (void)in.u8(m.quality);
        if ((xt >> 14) == 3)
            return badAt(at, tr("minutia %1 has the reserved type code 3").arg(i + 1));
        m.type = Iso19794MinutiaType(xt >> 14);
        m.x = xt & kIso19794MaxCoordinate;
        m.y = yr & kIso19794MaxCoordinate;
        if (m.x >= r.width || m.y >= r.height)
            return badAt(at, tr("minutia %1 at (%2, %3) is outside the %4 x %5 image")
                                 .arg(i + 1)
                                 .arg(m.x)
                                 .arg(m.y)
                                 .arg(r.width)
                                 .arg(r.height));
        if (m.quality > 100)
            return badAt(at + 5, tr("minutia %1 has quality %2, more than 100").arg(i + 1).arg(m.quality));
        v.minutiae.append(m);
    }
    return readExtended(in, r, v);
}

} // namespace

Result<Iso19794Record> readIso19794(QByteArrayView bytes)
{
    Reader in(bytes);
    if (bytes.size() < 8 || std::memcmp(bytes.data(), "FMR\0", 4) != 0)
        return badAt(0, tr("not a finger minutiae record (it does not start with \"FMR\" and a zero byte)"));
    if (std::memcmp(bytes.data() + 4, " 20\0", 4) != 0)
        return badAt(4, tr("version \"%1\" is not \" 20\" (ISO/IEC 19794-2:2005)")
                            .arg(QString::fromLatin1(bytes.sliced(4, 3).toByteArray().toHex(' '))));
    (void)in.bytes(8);
    quint32 length = 0;
    if (!in.u32(length))
        return truncated(in, tr("record length"));
    if (length != quint64(bytes.size())) {
        // INCITS 378-2004 has a 2-byte length here (or 0 and a 4-byte one), so its first bytes
        // read as a length of size << 16, or below 65536 with the top half 0.
        const bool incits = (length >> 16) == quint64(bytes.size()) || length == 0;
        return badAt(8, (incits ? tr("the record length is %1 bytes but the data is %2 bytes; this looks like an "
                                     "INCITS 378 record, whose length field is 2 or 6 bytes")
                                : tr("the record length is %1 bytes but the data is %2 bytes"))
                            .arg(length)
                            .arg(bytes.size()));
    }
    Iso19794Record r;
    int equipment = 0;
    int views = 0;
    int reserved = 0;
    if (!in.u16(equipment) || !in.u16(r.width) || !in.u16(r.height) || !in.u16(r.resolutionX) ||
        !in.u16(r.resolutionY) || !in.u8(views) || !in.u8(reserved))
        return truncated(in, tr("record header"));
    r.equipmentCertification = equipment >> 12;
    r.deviceType = equipment & 0xfff;
    if (r.width < 1 || r.height < 1 || r.width > kIso19794MaxCoordinate || r.height > kIso19794MaxCoordinate)
        return badAt(14, tr("the image size %1 x %2 is not 1 to 16383 pixels each way").arg(r.width).arg(r.height));
    if (views == 0)
        return badAt(22, tr("the record has no finger view"));
    if (in.remaining() < qsizetype(views) * (kViewHeaderBytes + 2))
        return badAt(22, tr("%1 finger views do not fit the %2 bytes left").arg(views).arg(in.remaining()));
    r.views.reserve(views);
    for (int i = 0; i < views; ++i) {
        Iso19794FingerView v;
        if (Status s = readView(in, r, v, i); !s)
            return s.error();
        r.views.append(std::move(v));
    }
    if (in.remaining() != 0)
        return badAt(in.pos(), tr("%1 bytes follow the last finger view").arg(in.remaining()));
    return r;
}

namespace {

int toUnits(double degrees)
{
    const double units = std::round(degrees / kIso19794AngleUnit);
    return int(std::fmod(std::fmod(units, 256.0) + 256.0, 256.0));
}

int toPixel(double coordinate, int size)
{
    return std::clamp(int(std::floor(coordinate)), 0, size - 1);
}

int qualityOf(Confidence c)
{
    return c == Confidence::Low ? 25 : c == Confidence::High ? 75 : 50;
}

Confidence confidenceOf(int quality)
{
    if (quality == 0)
        return Confidence::Medium;
    return quality <= 33 ? Confidence::Low : quality <= 66 ? Confidence::Medium : Confidence::High;
}

} // namespace

Result<Iso19794Record> iso19794FromMarkup(const Markup &markup, double ppi)
{
    Iso19794Record r;
    r.width = markup.imageSize.width();
    r.height = markup.imageSize.height();
    const int perCm = ppi > 0 ? int(std::lround(ppi / 2.54)) : 0;
    r.resolutionX = perCm;
    r.resolutionY = perCm;
    Iso19794FingerView view;
    for (const MarkupFeature &f : markup.features) {
        const int x = toPixel(f.position.x(), r.width);
        const int y = toPixel(f.position.y(), r.height);
        switch (f.type) {
        case FeatureType::MinutiaEnding:
        case FeatureType::MinutiaBifurcation:
        case FeatureType::MinutiaUnknown: {
            Iso19794Minutia m;
            m.type = f.type == FeatureType::MinutiaEnding        ? Iso19794MinutiaType::Ending
                     : f.type == FeatureType::MinutiaBifurcation ? Iso19794MinutiaType::Bifurcation
                                                                 : Iso19794MinutiaType::Other;
            m.x = x;
            m.y = y;
            m.angle = toUnits(f.direction.value_or(0.0));
            m.quality = qualityOf(f.confidence);
            view.minutiae.append(m);
            break;
        }
        case FeatureType::Core:
        case FeatureType::Delta: {
            Iso19794SingularPoint p{x, y, {}};
            if (f.direction)
                p.angles.append(toUnits(*f.direction));
            (f.type == FeatureType::Core ? view.cores : view.deltas).append(p);
            break;
        }
        default:
            break;
        }
    }
    // A block either gives every point its angles or none (one type bit per list).
    for (auto *list : {&view.cores, &view.deltas})
        if (std::any_of(list->cbegin(), list->cend(), [](const auto &p) { return p.angles.isEmpty(); }))
            for (auto &p : *list)
                p.angles.clear();
    r.views.append(std::move(view));
    if (Status s = checkView(r, r.views.constFirst(), 0); !s)
        return s.error();
    return r;
}

Result<Markup> markupFromIso19794(const Iso19794Record &record, int viewIndex, const QString &imageSha256,
                                  QSize imageSize, const QString &author, const QDateTime &nowUtc)
{
    if (viewIndex < 0 || viewIndex >= record.views.size())
        return Error(
            ErrorCode::BadInput,
            tr("The record has %1 finger view(s); there is no view %2").arg(record.views.size()).arg(viewIndex + 1));
    if (QSize(record.width, record.height) != imageSize)
        return Error(ErrorCode::BadInput,
                     tr("The record describes a %1 x %2 pixel image, but the image is %3 x %4 pixels")
                         .arg(record.width)
                         .arg(record.height)
                         .arg(imageSize.width())
                         .arg(imageSize.height()));
    Markup markup = Markup::forImage(imageSha256, imageSize);
    const FeatureOrigin origin =
        FeatureOrigin::automatic(QString::fromLatin1(kIso19794Engine), QString::fromLatin1(kIso19794EngineVersion));
    const auto add = [&](FeatureType type, int x, int y, std::optional<int> angle, Confidence confidence) {
        MarkupFeature f;
        f.id = FeatureId::create();
        f.type = type;
        f.position = QPointF(x + 0.5, y + 0.5);
        if (angle)
            f.direction = *angle * kIso19794AngleUnit;
        f.confidence = confidence;
        f.author = author;
        f.createdUtc = nowUtc;
        f.modifiedUtc = nowUtc;
        f.origin = origin;
        markup.suggestions.append(std::move(f));
    };
    const Iso19794FingerView &v = record.views[viewIndex];
    for (const Iso19794Minutia &m : v.minutiae) {
        const FeatureType type = m.type == Iso19794MinutiaType::Ending        ? FeatureType::MinutiaEnding
                                 : m.type == Iso19794MinutiaType::Bifurcation ? FeatureType::MinutiaBifurcation
                                                                              : FeatureType::MinutiaUnknown;
        add(type, m.x, m.y, m.angle, confidenceOf(m.quality));
    }
    for (const Iso19794SingularPoint &p : v.cores)
        add(FeatureType::Core, p.x, p.y, p.angles.isEmpty() ? std::nullopt : std::optional(p.angles.first()),
            Confidence::Medium);
    for (const Iso19794SingularPoint &p : v.deltas)
        add(FeatureType::Delta, p.x, p.y, p.angles.isEmpty() ? std::nullopt : std::optional(p.angles.first()),
            Confidence::Medium);
    if (Status s = validateMarkup(markup); !s)
        return s.error();
    return markup;
}

QString iso19794MinutiaTypeName(Iso19794MinutiaType type)
{
    switch (type) {
    case Iso19794MinutiaType::Ending:
        return tr("ending");
    case Iso19794MinutiaType::Bifurcation:
        return tr("bifurcation");
    case Iso19794MinutiaType::Other:
        break;
    }
    return tr("other");
}

QString iso19794Text(const Iso19794Record &r)
{
    QString out;
    out += tr("ISO/IEC 19794-2:2005 finger minutiae record\n");
    out += tr("Image: %1 x %2 pixels, resolution %3 x %4 pixels/cm\n")
               .arg(r.width)
               .arg(r.height)
               .arg(r.resolutionX)
               .arg(r.resolutionY);
    out += tr("Capture equipment: certification %1, device type %2\n").arg(r.equipmentCertification).arg(r.deviceType);
    out += tr("Finger views: %1\n").arg(r.views.size());
    const auto degrees = [](int units) { return QString::number(units * kIso19794AngleUnit, 'f', 2); };
    for (qsizetype i = 0; i < r.views.size(); ++i) {
        const Iso19794FingerView &v = r.views[i];
        out += tr("View %1: finger position %2, view number %3, impression type %4, quality %5, %6 minutiae\n")
                   .arg(i + 1)
                   .arg(v.fingerPosition)
                   .arg(v.viewNumber)
                   .arg(v.impressionType)
                   .arg(v.fingerQuality)
                   .arg(v.minutiae.size());
        for (qsizetype j = 0; j < v.minutiae.size(); ++j) {
            const Iso19794Minutia &m = v.minutiae[j];
            out += tr("  %1  %2  x %3  y %4  angle %5 (%6 degrees)  quality %7\n")
                       .arg(j + 1, 3)
                       .arg(iso19794MinutiaTypeName(m.type), -11)
                       .arg(m.x)
                       .arg(m.y)
                       .arg(m.angle)
                       .arg(degrees(m.angle))
                       .arg(m.quality);
        }
        for (const auto *list : {&v.cores, &v.deltas})
            for (const Iso19794SingularPoint &p : *list) {
                QStringList angles;
                for (int a : p.angles)
                    angles << tr("%1 (%2 degrees)").arg(a).arg(degrees(a));
                out += tr("  %1 x %2  y %3  angles: %4\n")
                           .arg(list == &v.cores ? tr("core ") : tr("delta"))
                           .arg(p.x)
                           .arg(p.y)
                           .arg(angles.isEmpty() ? tr("none") : angles.join(QStringLiteral(", ")));
            }
        for (const Iso19794ExtendedArea &a : v.otherAreas)
            out += tr("  extended data area type 0x%1, %2 bytes\n")
                       .arg(a.type, 4, 16, QLatin1Char('0'))
                       .arg(a.data.size());
    }
    return out;
}

} // namespace ridgeline::interop
