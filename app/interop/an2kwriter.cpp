#include "app/interop/an2kwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace ridgeline::interop {

namespace {

constexpr char kFs = 0x1C;
constexpr char kGs = 0x1D;
constexpr char kRs = 0x1E;
constexpr char kUs = 0x1F;

An2kField makeField(int number, QList<QList<QByteArray>> subfields)
{
    An2kField f;
    f.number = number;
    f.subfields = std::move(subfields);
    return f;
}

An2kField binaryField(int number, const QByteArray &data)
{
    An2kField f = makeField(number, {{data}});
    f.isBinary = true;
    return f;
}

QByteArray tag(int type, int number)
{
    return QByteArray::number(type) + '.' + QByteArray::number(number).rightJustified(3, '0') + ':';
}

QByteArray fieldValue(const An2kField &f)
{
    if (f.isBinary)
        return f.item();
    QList<QByteArray> subfields;
    for (const QList<QByteArray> &items : f.subfields)
        subfields.append(QByteArray(items.join(kUs)));
    return subfields.join(kRs);
}

// The record's bytes after its LEN value: GS, the other fields, FS.
QByteArray recordBody(const An2kRecord &r)
{
    QByteArray body;
    const An2kField *second = r.field(2);
    const An2kField *binary = nullptr;
    if (second)
        body += kGs + tag(r.type, 2) + fieldValue(*second);
    for (const An2kField &f : r.fields) {
        if (f.number == 1 || &f == second)
            continue;
        if (f.isBinary || f.number == 999) {
            binary = &f;
            continue;
        }
        body += kGs + tag(r.type, f.number) + fieldValue(f);
    }
    if (binary)
        body += kGs + tag(r.type, binary->number) + fieldValue(*binary);
    body += kFs;
    return body;
}

// LEN counts the whole record, its own digits included: grow it until it does.
qsizetype recordLength(int type, qsizetype bodySize)
{
    const qsizetype prefix = tag(type, 1).size();
    qsizetype length = prefix + bodySize + 1;
    while (prefix + QByteArray::number(length).size() + bodySize != length)
        ++length;
    return length;
}

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes)
        if (quint8(c) >= 0x80)
            return false;
    return true;
}

QByteArray clean(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    for (char &c : bytes)
        if (c >= kFs && c <= kUs)
            c = ' ';
    return bytes;
}

QByteArray ppmm(double value)
{
    return QByteArray::number(qBound(0.0, value, 99.99), 'f', 2).rightJustified(5, '0');
}

An2kRecord imageRecord(int type, const An2kImageRecordInfo &info, const An2kGrayImage &image)
{
    An2kRecord r;
    r.type = type;
    r.fields = {makeField(1, {{"0"}}),
                makeField(2, {{QByteArray::number(info.idc).rightJustified(2, '0')}}),
                makeField(3, {{QByteArray::number(info.impressionType)}}),
                makeField(4, {{info.sourceAgency}}),
                makeField(5, {{info.captureDate.toString(QStringLiteral("yyyyMMdd")).toLatin1()}}),
                makeField(6, {{QByteArray::number(image.size.width())}}),
                makeField(7, {{QByteArray::number(image.size.height())}}),
                makeField(8, {{"1"}}), // scale units: pixels per inch
                makeField(9, {{QByteArray::number(image.ppi)}}),
                makeField(10, {{QByteArray::number(image.ppi)}}),
                makeField(11, {{"NONE"}}),
                makeField(12, {{"8"}}),
                makeField(13, {{QByteArray::number(info.fingerPosition)}})};
    if (!info.comment.isEmpty())
        r.fields.append(makeField(20, {{clean(info.comment)}}));
    r.fields.append(binaryField(999, image.pixels));
    return r;
}

} // namespace

QByteArray writeAn2k(const An2kTransaction &transaction)
{
    QByteArray out;
    for (const An2kRecord &r : transaction.records) {
        if (r.encoding != An2kEncoding::Tagged)
            continue;
        const QByteArray body = recordBody(r);
        out += tag(r.type, 1) + QByteArray::number(recordLength(r.type, body.size())) + body;
    }
    return out;
}

An2kTransaction makeTransaction(const An2kTransactionInfo &info, const QList<An2kRecord> &records)
{
    QList<QList<QByteArray>> directory{{"1", QByteArray::number(records.size())}};
    bool utf8 = false;
    for (const An2kRecord &r : records) {
        const An2kField *idc = r.field(2);
        directory.append({QByteArray::number(r.type), idc ? idc->item() : QByteArray("00")});
        for (const An2kField &f : r.fields)
            if (!f.isBinary)
                for (const QList<QByteArray> &items : f.subfields)
                    for (const QByteArray &item : items)
                        utf8 = utf8 || !isAscii(item);
    }
    An2kRecord type1;
    type1.type = 1;
    type1.fields = {makeField(1, {{"0"}}), makeField(2, {{"0500"}}), makeField(3, directory),
                    makeField(4, {{info.typeOfTransaction}}),
                    makeField(5, {{info.date.toString(QStringLiteral("yyyyMMdd")).toLatin1()}})};
    if (info.priority >= 1 && info.priority <= 9)
        type1.fields.append(makeField(6, {{QByteArray::number(info.priority)}}));
    type1.fields.append(makeField(7, {{info.destinationAgency}}));
    type1.fields.append(makeField(8, {{info.originatingAgency}}));
    type1.fields.append(makeField(9, {{info.controlNumber}}));
    type1.fields.append(makeField(11, {{ppmm(info.nativeScanningPpmm)}}));
    type1.fields.append(makeField(12, {{ppmm(info.transmittingPpmm)}}));
    An2kTransaction t;
    if (utf8) {
        type1.fields.append(makeField(15, {{"3", "UTF-8"}}));
        t.characterSet = An2kCharacterSet::Utf8;
    }
    t.records.append(type1);
    t.records.append(records);
    return t;
}

An2kRecord type2Record(const An2kType2Fields &fields, int idc)
{
    An2kRecord r;
    r.type = 2;
    r.fields = {makeField(1, {{"0"}}), makeField(2, {{QByteArray::number(idc).rightJustified(2, '0')}})};
    if (!fields.caseReference.isEmpty())
        r.fields.append(makeField(9, {{clean(fields.caseReference)}}));
    if (!fields.exhibit.isEmpty())
        r.fields.append(makeField(11, {{clean(fields.exhibit)}}));
    if (!fields.familyName.isEmpty() || !fields.givenName.isEmpty())
        r.fields.append(makeField(18, {{clean(fields.familyName) + ',' + clean(fields.givenName)}}));
    if (fields.dateOfBirth.isValid())
        r.fields.append(makeField(22, {{fields.dateOfBirth.toString(QStringLiteral("yyyyMMdd")).toLatin1()}}));
    if (!fields.sex.isEmpty())
        r.fields.append(makeField(24, {{clean(fields.sex)}}));
    return r;
}

An2kType2Fields readType2Fields(const An2kRecord &record)
{
    An2kType2Fields out;
    const auto text = [&](int number) {
        const An2kField *f = record.field(number);
        return f ? QString::fromUtf8(f->item()) : QString();
    };
    out.caseReference = text(9);
    out.exhibit = text(11);
    const QString name = text(18);
    const qsizetype comma = name.indexOf(QLatin1Char(','));
    out.familyName = comma < 0 ? name : name.left(comma);
    out.givenName = comma < 0 ? QString() : name.mid(comma + 1);
    out.dateOfBirth = QDate::fromString(text(22), QStringLiteral("yyyyMMdd"));
    out.sex = text(24);
    return out;
}

An2kRecord type13Record(const An2kImageRecordInfo &info, const An2kGrayImage &image)
{
    return imageRecord(13, info, image);
}

An2kRecord type14Record(const An2kImageRecordInfo &info, const An2kGrayImage &image)
{
    return imageRecord(14, info, image);
}

QString an2kDifference(const An2kTransaction &a, const An2kTransaction &b)
{
    if (a.records.size() != b.records.size())
        return QCoreApplication::translate("ridgeline::An2kWriter", "%1 records against %2")
            .arg(a.records.size())
            .arg(b.records.size());
    for (qsizetype i = 0; i < a.records.size(); ++i) {
        const An2kRecord &ra = a.records[i];
        const An2kRecord &rb = b.records[i];
        if (ra.type != rb.type)
            return QCoreApplication::translate("ridgeline::An2kWriter", "record %1 is of Type-%2 against Type-%3")
                .arg(i + 1)
                .arg(ra.type)
                .arg(rb.type);
        QList<const An2kField *> fa, fb;
        for (const An2kField &f : ra.fields)
            if (f.number != 1)
                fa.append(&f);
        for (const An2kField &f : rb.fields)
            if (f.number != 1)
                fb.append(&f);
        if (fa.size() != fb.size())
            return QCoreApplication::translate("ridgeline::An2kWriter", "record %1 (Type-%2) has %3 fields against %4")
                .arg(i + 1)
                .arg(ra.type)
                .arg(fa.size())
                .arg(fb.size());
        for (qsizetype j = 0; j < fa.size(); ++j) {
            if (fa[j]->number != fb[j]->number || fieldValue(*fa[j]) != fieldValue(*fb[j]))
                return QCoreApplication::translate("ridgeline::An2kWriter", "record %1 (Type-%2), field %2.%3 differs")
                    .arg(i + 1)
                    .arg(ra.type)
                    .arg(fa[j]->number, 3, 10, QLatin1Char('0'));
        }
    }
    return {};
}

// ---- Validation ----

namespace {

class Validator
{
public:
    explicit Validator(const An2kTransaction &t)
        : m_t(t)
    {}
    Status run();

private:
    Error bad(qsizetype index, const An2kRecord &r, int field, const QString &why) const
    {
        const QString where =
            field > 0 ? QCoreApplication::translate("ridgeline::An2kWriter", "record %1 (Type-%2), field %2.%3")
                            .arg(index + 1)
                            .arg(r.type)
                            .arg(field, 3, 10, QLatin1Char('0'))
                      : QCoreApplication::translate("ridgeline::An2kWriter", "record %1 (Type-%2)")
                            .arg(index + 1)
                            .arg(r.type);
        return Error(ErrorCode::BadInput, where + QStringLiteral(": ") + why);
    }
    Status checkType1();
    Status checkRecord(qsizetype index, const An2kRecord &r);
    Status checkImage(qsizetype index, const An2kRecord &r);
    Status checkIdcs();

    const An2kTransaction &m_t;
};

std::optional<qint64> wholeNumber(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    for (char c : text)
        if (c < '0' || c > '9')
            return std::nullopt;
    return text.toLongLong();
}

bool isDate(const QByteArray &text)
{
    return text.size() == 8 && QDate::fromString(QString::fromLatin1(text), QStringLiteral("yyyyMMdd")).isValid();
}

bool isPpmm(const QByteArray &text)
{
    return text.size() == 5 && text[2] == '.' && wholeNumber(text.left(2)) && wholeNumber(text.mid(3));
}

QList<int> mandatoryFields(int type)
{
    switch (type) {
    case 1:
        return {1, 2, 3, 4, 5, 7, 8, 9, 11, 12};
    case 2:
        return {1, 2};
    case 9:
        return {1, 2, 3, 4};
    case 13:
    case 14:
        return {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 999};
    default:
        return {1, 2};
    }
}

Status Validator::run()
{
    if (m_t.records.isEmpty() || m_t.records.first().type != 1)
        return Error(
            ErrorCode::BadInput,
            QCoreApplication::translate("ridgeline::An2kWriter", "the transaction must begin with its Type-1 record"));
    if (Status s = checkType1(); !s)
        return s;
    for (qsizetype i = 0; i < m_t.records.size(); ++i)
        if (Status s = checkRecord(i, m_t.records[i]); !s)
            return s;
    return checkIdcs();
}

Status Validator::checkType1()
{
    const An2kRecord &r = m_t.records.first();
    const An2kField *ver = r.field(2);
    if (ver && ver->item() != "0500" && ver->item() != "0501" && ver->item() != "0400" && ver->item() != "0502")
        return bad(
            0, r, 2,
            QCoreApplication::translate("ridgeline::An2kWriter", "version \"%1\" is not 0400, 0500, 0501 or 0502")
                .arg(QString::fromLatin1(ver->item())));
    const An2kField *cnt = r.field(3);
    if (cnt) {
        if (cnt->item(0, 0) != "1" || wholeNumber(cnt->item(0, 1)) != qint64(m_t.records.size() - 1))
            return bad(0, r, 3,
                       QCoreApplication::translate(
                           "ridgeline::An2kWriter",
                           "the first subfield must be \"1\" and the number of other records (%1), not \"%2\"")
                           .arg(m_t.records.size() - 1)
                           .arg(QString::fromLatin1(cnt->item(0, 1))));
        if (cnt->subfields.size() != m_t.records.size())
            return bad(
                0, r, 3,
                QCoreApplication::translate("ridgeline::An2kWriter",
                                            "the directory lists %1 records, the transaction has %2 after Type-1")
                    .arg(cnt->subfields.size() - 1)
                    .arg(m_t.records.size() - 1));
        for (qsizetype i = 1; i < m_t.records.size(); ++i) {
            const An2kRecord &other = m_t.records[i];
            const An2kField *idc = other.field(2);
            if (wholeNumber(cnt->item(int(i), 0)) != qint64(other.type) ||
                wholeNumber(cnt->item(int(i), 1)) != (idc ? wholeNumber(idc->item()) : std::nullopt))
                return bad(
                    0, r, 3,
                    QCoreApplication::translate("ridgeline::An2kWriter",
                                                "entry %1 lists Type-%2 IDC %3, but record %4 is Type-%5 IDC %6")
                        .arg(i)
                        .arg(QString::fromLatin1(cnt->item(int(i), 0)), QString::fromLatin1(cnt->item(int(i), 1)))
                        .arg(i + 1)
                        .arg(other.type)
                        .arg(QString::fromLatin1(idc ? idc->item() : QByteArray())));
        }
    }
    if (const An2kField *dat = r.field(5); dat && !isDate(dat->item()))
        return bad(0, r, 5,
                   QCoreApplication::translate("ridgeline::An2kWriter", "the date \"%1\" is not YYYYMMDD")
                       .arg(QString::fromLatin1(dat->item())));
    for (int n : {11, 12})
        if (const An2kField *f = r.field(n); f && !isPpmm(f->item()))
            return bad(0, r, n,
                       QCoreApplication::translate("ridgeline::An2kWriter",
                                                   "\"%1\" is not pixels per millimetre with two decimals (\"19.69\")")
                           .arg(QString::fromLatin1(f->item())));
    return {};
}

Status Validator::checkRecord(qsizetype index, const An2kRecord &r)
{
    if (index > 0 && r.type == 1)
        return bad(index, r, 0,
                   QCoreApplication::translate("ridgeline::An2kWriter", "a transaction has one Type-1 record, first"));
    if (r.encoding != An2kEncoding::Tagged)
        return bad(index, r, 0,
                   QCoreApplication::translate("ridgeline::An2kWriter",
                                               "binary records (Types 3 to 8) are not written by Ridgeline"));
    for (int n : mandatoryFields(r.type)) {
        const An2kField *f = r.field(n);
        if (!f || (n != 1 && fieldValue(*f).isEmpty()))
            return bad(index, r, n,
                       f ? QCoreApplication::translate("ridgeline::An2kWriter", "a mandatory field is empty")
                         : QCoreApplication::translate("ridgeline::An2kWriter", "a mandatory field is missing"));
    }
    // LEN: the bytes writeAn2k gives this record.
    const qsizetype length = recordLength(r.type, recordBody(r).size());
    if (wholeNumber(r.field(1)->item()) != qint64(length))
        return bad(
            index, r, 1,
            QCoreApplication::translate("ridgeline::An2kWriter", "the record length says %1 bytes, the record has %2")
                .arg(QString::fromLatin1(r.field(1)->item()))
                .arg(length));
    for (qsizetype i = 0; i < r.fields.size(); ++i) {
        const An2kField &f = r.fields[i];
        if ((f.isBinary || f.number == 999) && i != r.fields.size() - 1)
            return bad(
                index, r, f.number,
                QCoreApplication::translate("ridgeline::An2kWriter", "binary data must be the record's last field"));
        if (f.isBinary)
            continue;
        for (const QList<QByteArray> &items : f.subfields)
            for (const QByteArray &item : items) {
                for (char c : item)
                    if (c >= kFs && c <= kUs)
                        return bad(index, r, f.number,
                                   QCoreApplication::translate("ridgeline::An2kWriter",
                                                               "a value holds a separator character"));
                if (r.type == 1 && !isAscii(item))
                    return bad(
                        index, r, f.number,
                        QCoreApplication::translate("ridgeline::An2kWriter", "the Type-1 record is 7-bit ASCII only"));
                if (m_t.characterSet != An2kCharacterSet::Utf8 && !isAscii(item))
                    return bad(
                        index, r, f.number,
                        QCoreApplication::translate("ridgeline::An2kWriter",
                                                    "text outside ASCII needs field 1.015 to name UTF-8 (3 UTF-8)"));
            }
    }
    if (r.type == 13 || r.type == 14)
        return checkImage(index, r);
    return {};
}

Status Validator::checkImage(qsizetype index, const An2kRecord &r)
{
    const auto number = [&](int n) { return wholeNumber(r.field(n)->item()).value_or(-1); };
    const qint64 width = number(6), height = number(7), bits = number(12);
    if (width <= 0 || height <= 0)
        return bad(
            index, r, width <= 0 ? 6 : 7,
            QCoreApplication::translate("ridgeline::An2kWriter", "the image size must be a positive number of pixels"));
    const qint64 slc = number(8);
    if (slc < 0 || slc > 2)
        return bad(index, r, 8,
                   QCoreApplication::translate(
                       "ridgeline::An2kWriter",
                       "scale units must be 0 (aspect ratio), 1 (pixels per inch) or 2 (per centimetre)"));
    if (number(9) <= 0 || number(10) <= 0)
        return bad(
            index, r, number(9) <= 0 ? 9 : 10,
            QCoreApplication::translate("ridgeline::An2kWriter", "the pixel scale must be a positive whole number"));
    if (slc == 1 && (number(9) > 100'000 || number(10) > 100'000))
        return bad(index, r, 9,
                   QCoreApplication::translate("ridgeline::An2kWriter",
                                               "a pixel scale over 100,000 pixels per inch is not an image's"));
    if (bits != 8 && bits != 16 && bits != 24 && bits != 48 && bits != 1)
        return bad(
            index, r, 12,
            QCoreApplication::translate("ridgeline::An2kWriter", "%1 bits per pixel is not a depth the standard allows")
                .arg(bits));
    if (r.field(11)->item().toUpper() == "NONE") {
        const qint64 expected = (width * height * bits + 7) / 8;
        const qint64 actual = r.imageData().size();
        if (expected != actual)
            return bad(
                index, r, 999,
                QCoreApplication::translate("ridgeline::An2kWriter",
                                            "an uncompressed %1 x %2 image of %3 bits a pixel is %4 bytes, the record "
                                            "holds %5")
                    .arg(width)
                    .arg(height)
                    .arg(bits)
                    .arg(expected)
                    .arg(actual));
    }
    if (r.type == 14) {
        const qint64 fgp = number(13);
        if (fgp < 0 || fgp > 15)
            return bad(index, r, 13,
                       QCoreApplication::translate("ridgeline::An2kWriter", "finger position %1 is not 0 to 15")
                           .arg(QString::fromLatin1(r.field(13)->item())));
    }
    return {};
}

Status Validator::checkIdcs()
{
    QHash<int, QSet<qint64>> seen; // per type
    QSet<qint64> imageIdcs;        // of image records
    for (qsizetype i = 1; i < m_t.records.size(); ++i) {
        const An2kRecord &r = m_t.records[i];
        const auto idc = wholeNumber(r.field(2)->item());
        if (!idc || *idc > 99)
            return bad(
                i, r, 2,
                QCoreApplication::translate("ridgeline::An2kWriter", "the IDC \"%1\" is not a number from 0 to 99")
                    .arg(QString::fromLatin1(r.field(2)->item())));
        if (seen[r.type].contains(*idc))
            return bad(
                i, r, 2,
                QCoreApplication::translate("ridgeline::An2kWriter", "IDC %1 is already used by another Type-%2 record")
                    .arg(*idc)
                    .arg(r.type));
        seen[r.type].insert(*idc);
        if (r.type == 13 || r.type == 14 || r.type == 15 || r.type == 19)
            imageIdcs.insert(*idc);
    }
    for (qsizetype i = 1; i < m_t.records.size(); ++i) {
        const An2kRecord &r = m_t.records[i];
        if (r.type == 9 && !imageIdcs.contains(wholeNumber(r.field(2)->item()).value_or(-1)))
            return bad(
                i, r, 2,
                QCoreApplication::translate("ridgeline::An2kWriter", "IDC %1 names no image record of the transaction")
                    .arg(QString::fromLatin1(r.field(2)->item())));
    }
    return {};
}

} // namespace

Status validateAn2k(const An2kTransaction &transaction)
{
    return Validator(transaction).run();
}

} // namespace ridgeline::interop
