#include "app/interop/an2kreader.h"

#include <QFile>

#include <optional>
#include <span>

namespace ridgeline::interop {

namespace {

constexpr char kFs = 0x1C; // ends a record
constexpr char kGs = 0x1D; // ends a field
constexpr char kRs = 0x1E; // separates subfields
constexpr char kUs = 0x1F; // separates information items

struct DirectoryEntry
{
    int type = 0;
    QByteArray idc;
};

bool isBinaryType(int type)
{
    return type >= 3 && type <= 8;
}

// Non-negative decimal number made of digits only, without overflow; nullopt otherwise.
std::optional<qint64> parseNumber(QByteArrayView text, int maxDigits = 12)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return std::nullopt;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

quint32 bigEndian(const char *p, int bytes)
{
    quint32 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | quint8(p[i]);
    return value;
}

class Parser
{
public:
    Parser(QByteArrayView data, const An2kReader::Limits &limits)
        : m_data(data)
        , m_limits(limits)
    {}

    Result<An2kTransaction> run();

private:
    Error fail(int recordIndex, int type, const QString &where, qsizetype offset, const QString &why) const;
    Result<An2kRecord> readTagged(int recordIndex, int type, qsizetype start);
    Result<An2kRecord> readBinary(int recordIndex, int type, qsizetype start);
    Result<An2kField> readTaggedField(int recordIndex, int type, qsizetype &pos, qsizetype end, bool &last);
    Status countItems(int recordIndex, int type, qsizetype offset, qsizetype count);
    Result<QList<DirectoryEntry>> readDirectory(const An2kRecord &type1);
    Result<An2kCharacterSet> readCharacterSet(const An2kRecord &type1) const;
    Status checkIdc(int recordIndex, const DirectoryEntry &entry, const An2kRecord &record) const;

    QByteArrayView m_data;
    An2kReader::Limits m_limits;
    qsizetype m_items = 0;
};

Error Parser::fail(int recordIndex, int type, const QString &where, qsizetype offset, const QString &why) const
{
    QString text = QStringLiteral("record %1 (Type-%2)").arg(recordIndex).arg(type);
    if (!where.isEmpty())
        text += QStringLiteral(", ") + where;
    text += QStringLiteral(", byte %1: %2").arg(offset).arg(why);
    return Error(ErrorCode::BadInput, text);
}

Status Parser::countItems(int recordIndex, int type, qsizetype offset, qsizetype count)
{
    m_items += count;
    if (m_items > m_limits.maxItems)
        return fail(recordIndex, type, QString(), offset,
                    QStringLiteral("more than %1 information items in the transaction").arg(m_limits.maxItems));
    return {};
}

// One "TYPE.NNN:value" field starting at pos; leaves pos after its separator. Field 999 holds
// binary data up to the record's final separator, whatever bytes it contains.
Result<An2kField> Parser::readTaggedField(int recordIndex, int type, qsizetype &pos, qsizetype end, bool &last)
{
    An2kField field;
    field.offset = pos;
    const qsizetype colon = m_data.sliced(0, end).indexOf(':', pos);
    const qsizetype dot = colon < 0 ? -1 : m_data.sliced(0, colon).indexOf('.', pos);
    const auto number = dot < 0 ? std::nullopt : parseNumber(m_data.sliced(dot + 1, colon - dot - 1), 9);
    if (dot < 0 || !parseNumber(m_data.sliced(pos, dot - pos), 3) || !number || *number == 0)
        return fail(recordIndex, type, QString(), pos, QStringLiteral("expected a field tag \"%1.NNN:\"").arg(type));
    field.number = int(*number);
    const QString where = QStringLiteral("field %1.%2").arg(type).arg(field.number, 3, 10, QLatin1Char('0'));
    const qsizetype valueStart = colon + 1;
    if (field.number == 999) {
        field.isBinary = true;
        field.subfields = {{m_data.sliced(valueStart, end - 1 - valueStart).toByteArray()}};
        pos = end;
        last = true;
        return field;
    }
    qsizetype p = valueStart;
    QList<QByteArray> subfield;
    qsizetype itemStart = p;
    for (;; ++p) {
        if (p >= end)
            return fail(recordIndex, type, where, field.offset, QStringLiteral("field runs past the record's end"));
        const char c = m_data[p];
        if (c != kUs && c != kRs && c != kGs && c != kFs)
            continue;
        // Counted before storing, so a field of nothing but separators cannot exhaust memory.
        if (auto counted = countItems(recordIndex, type, p, 1); !counted)
            return counted.error();
        subfield.append(m_data.sliced(itemStart, p - itemStart).toByteArray());
        itemStart = p + 1;
        if (c == kUs)
            continue;
        field.subfields.append(std::move(subfield));
        subfield = {};
        if (c == kRs)
            continue;
        last = c == kFs;
        if (last && p != end - 1)
            return fail(recordIndex, type, where, p,
                        QStringLiteral("record ends %1 bytes before its declared length").arg(end - 1 - p));
        pos = p + 1;
        return field;
    }
}

Result<An2kRecord> Parser::readTagged(int recordIndex, int type, qsizetype start)
{
    An2kRecord record;
    record.type = type;
    record.offset = start;
    // The length field comes first; it bounds everything else in the record.
    const qsizetype remaining = m_data.size() - start;
    const qsizetype limit = std::min<qsizetype>(remaining, 32);
    const QByteArrayView head = m_data.sliced(start, limit);
    const QByteArray expectedTag = QByteArray::number(type) + ".001:";
    const QString where = QStringLiteral("field %1.001").arg(type);
    if (!head.startsWith(expectedTag) && type == 1)
        return Error(ErrorCode::BadInput,
                     QStringLiteral("not an ANSI/NIST-ITL transaction: it must start with \"1.001:\""));
    if (!head.startsWith(expectedTag))
        return fail(recordIndex, type, where, start,
                    QStringLiteral("expected the record to start with \"%1\" (the directory in 1.003 says this "
                                   "record is Type-%2)")
                        .arg(QString::fromLatin1(expectedTag))
                        .arg(type));
    const qsizetype colon = expectedTag.size() - 1;
    qsizetype sep = -1;
    for (qsizetype i = colon + 1; i < head.size() && sep < 0; ++i)
        if (head[i] == kGs || head[i] == kFs)
            sep = i;
    if (sep < 0)
        return fail(recordIndex, type, where, start, QStringLiteral("record length is not terminated"));
    const auto length = parseNumber(head.sliced(colon + 1, sep - colon - 1));
    if (!length || *length <= sep)
        return fail(recordIndex, type, where, start,
                    QStringLiteral("record length \"%1\" is not a valid number of bytes")
                        .arg(QString::fromLatin1(head.sliced(colon + 1, sep - colon - 1))));
    if (*length > remaining)
        return fail(
            recordIndex, type, where, start,
            QStringLiteral("declared length %1 exceeds the %2 bytes left in the file").arg(*length).arg(remaining));
    const qsizetype end = start + *length;
    if (m_data[end - 1] != kFs)
        return fail(recordIndex, type, QString(), end - 1,
                    QStringLiteral("the record's declared length %1 does not end at a record separator").arg(*length));
    record.length = *length;
    qsizetype pos = start;
    for (bool last = false; !last;) {
        auto field = readTaggedField(recordIndex, type, pos, end, last);
        if (!field)
            return field.error();
        record.fields.append(std::move(*field));
    }
    return record;
}

// Binary record headers: (byte offset, bytes per item, items) per field, integers, big-endian.
struct Layout
{
    int offset;
    int bytes;
    int items;
};
constexpr Layout kImageHeader[] = {{0, 4, 1},  {4, 1, 1},  {5, 1, 1},  {6, 1, 6},
                                   {12, 1, 1}, {13, 2, 1}, {15, 2, 1}, {17, 1, 1}};
constexpr Layout kSignatureHeader[] = {{0, 4, 1}, {4, 1, 1}, {5, 1, 1}, {6, 1, 1}, {7, 1, 1}, {8, 2, 1}, {10, 2, 1}};
constexpr Layout kUserDefinedHeader[] = {{0, 4, 1}, {4, 1, 1}};

// Types 3-7 share one 18-byte header (7 is "user-defined", but NBIS and the NIST sample files use
// the Type-4 layout, so we do too; a Type-7 too short for it can only be the minimal form the
// standard guarantees: length, IDC, data). Type-8 (signatures) has a 12-byte header. Header values
// become decimal text fields so every record reads and dumps alike.
std::span<const Layout> binaryLayout(int type, qint64 length)
{
    if (type == 8)
        return kSignatureHeader;
    if (type == 7 && length < 18)
        return kUserDefinedHeader;
    return kImageHeader;
}

Result<An2kRecord> Parser::readBinary(int recordIndex, int type, qsizetype start)
{
    An2kRecord record;
    record.type = type;
    record.encoding = An2kEncoding::Binary;
    record.offset = start;
    const qsizetype remaining = m_data.size() - start;
    const QString where = QStringLiteral("field %1.001").arg(type);
    if (remaining < 4)
        return fail(recordIndex, type, where, start,
                    QStringLiteral("only %1 bytes left where the 4-byte record length should be").arg(remaining));
    const char *p = m_data.data() + start;
    const qint64 length = bigEndian(p, 4);
    const std::span<const Layout> layout = binaryLayout(type, length);
    const qsizetype headerSize = layout.back().offset + layout.back().bytes * layout.back().items;
    if (length < headerSize)
        return fail(
            recordIndex, type, where, start,
            QStringLiteral("declared length %1 is shorter than the %2-byte header").arg(length).arg(headerSize));
    if (length > remaining)
        return fail(
            recordIndex, type, where, start,
            QStringLiteral("declared length %1 exceeds the %2 bytes left in the file").arg(length).arg(remaining));
    record.length = length;
    int number = 1;
    for (const Layout &l : layout) {
        An2kField field;
        field.number = number++;
        field.offset = start + l.offset;
        QList<QByteArray> items;
        for (int i = 0; i < l.items; ++i)
            items.append(QByteArray::number(bigEndian(p + l.offset + i * l.bytes, l.bytes)));
        field.subfields.append(std::move(items));
        record.fields.append(std::move(field));
    }
    An2kField data;
    data.number = number;
    data.offset = start + headerSize;
    data.isBinary = true;
    data.subfields = {{m_data.sliced(start + headerSize, length - headerSize).toByteArray()}};
    record.fields.append(std::move(data));
    if (auto counted = countItems(recordIndex, type, start, 16); !counted)
        return counted.error();
    return record;
}

// 1.003: first subfield "1<US>count", then one "type<US>IDC" per further record.
Result<QList<DirectoryEntry>> Parser::readDirectory(const An2kRecord &type1)
{
    const An2kField *cnt = type1.field(3);
    const auto bad = [&](qsizetype offset, const QString &why) {
        return fail(1, 1, QStringLiteral("field 1.003 (CNT)"), offset, why);
    };
    if (!cnt)
        return bad(type1.offset, QStringLiteral("the directory of records is missing"));
    if (cnt->subfields.first().size() < 2 || cnt->item(0, 0) != "1")
        return bad(cnt->offset, QStringLiteral("the first subfield must be \"1\" and the number of other records"));
    const auto count = parseNumber(cnt->item(0, 1), 6);
    if (!count || *count != cnt->subfields.size() - 1)
        return bad(cnt->offset, QStringLiteral("declares \"%1\" further records but lists %2")
                                    .arg(QString::fromLatin1(cnt->item(0, 1)))
                                    .arg(cnt->subfields.size() - 1));
    QList<DirectoryEntry> entries;
    for (qsizetype i = 1; i < cnt->subfields.size(); ++i) {
        const auto type = parseNumber(cnt->item(int(i), 0), 3);
        if (cnt->subfields[i].size() < 2 || !type || *type < 2 || *type > 99)
            return bad(cnt->offset,
                       QStringLiteral("subfield %1 is not \"record type<US>IDC\" with a type from 2 to 99").arg(i + 1));
        entries.append({int(*type), cnt->item(int(i), 1)});
    }
    return entries;
}

// 1.015 (DCS): text in any character set whose bytes cannot collide with the separators is read
// as is; UTF-16, UTF-32 and user-defined sets are refused rather than misread.
Result<An2kCharacterSet> Parser::readCharacterSet(const An2kRecord &type1) const
{
    const An2kField *dcs = type1.field(15);
    if (!dcs)
        return An2kCharacterSet::Ascii;
    const auto index = parseNumber(dcs->item(0, 0), 3);
    if (index && (*index == 0 || *index == 1 || *index == 3))
        return An2kCharacterSet(*index);
    const QString name = QString::fromLatin1(dcs->item(0, 1));
    return fail(
        1, 1, QStringLiteral("field 1.015 (DCS)"), dcs->offset,
        QStringLiteral("character set \"%1\" %2 is not supported (ASCII, 8-bit Latin and UTF-8 are); "
                       "ask the sender for a UTF-8 transaction")
            .arg(QString::fromLatin1(dcs->item(0, 0)), name.isEmpty() ? QString() : QStringLiteral("(%1)").arg(name)));
}

// Binary records carry no type of their own: the IDC (x.002) is what ties them to the directory.
// Tagged records name their type in every tag, and real files (NIST's type9-15 sample among them)
// repeat IDCs loosely, so only binary records are held to it.
Status Parser::checkIdc(int recordIndex, const DirectoryEntry &entry, const An2kRecord &record) const
{
    const An2kField *idc = record.field(2);
    const auto listed = parseNumber(entry.idc, 3);
    const auto found = idc ? parseNumber(idc->item(), 3) : std::nullopt;
    if (listed && found && *listed == *found)
        return {};
    return fail(recordIndex, entry.type, QStringLiteral("field %1.002 (IDC)").arg(entry.type),
                idc ? idc->offset : record.offset,
                QStringLiteral("IDC \"%1\" differs from the \"%2\" the directory in 1.003 lists for this record")
                    .arg(QString::fromLatin1(idc ? idc->item() : QByteArray()), QString::fromLatin1(entry.idc)));
}

Result<An2kTransaction> Parser::run()
{
    An2kTransaction transaction;
    if (m_data.isEmpty())
        return Error(ErrorCode::BadInput, QStringLiteral("the file is empty, not an ANSI/NIST-ITL transaction"));
    auto type1 = readTagged(1, 1, 0);
    if (!type1)
        return type1.error();
    auto directory = readDirectory(*type1);
    if (!directory)
        return directory.error();
    auto charset = readCharacterSet(*type1);
    if (!charset)
        return charset.error();
    transaction.characterSet = *charset;
    qsizetype pos = type1->length;
    transaction.records.append(std::move(*type1));
    int index = 1;
    for (const DirectoryEntry &entry : std::as_const(*directory)) {
        ++index;
        if (pos >= m_data.size())
            return fail(
                index, entry.type, QString(), pos,
                QStringLiteral("the file ends, but the directory in 1.003 lists %1 records and only %2 were found")
                    .arg(directory->size() + 1)
                    .arg(index - 1));
        auto record =
            isBinaryType(entry.type) ? readBinary(index, entry.type, pos) : readTagged(index, entry.type, pos);
        if (!record)
            return record.error();
        if (auto matched = checkIdc(index, entry, *record); record->encoding == An2kEncoding::Binary && !matched)
            return matched.error();
        pos += record->length;
        transaction.records.append(std::move(*record));
    }
    if (pos != m_data.size())
        return fail(
            index, directory->isEmpty() ? 1 : directory->last().type, QString(), pos,
            QStringLiteral("%1 bytes follow the last record listed in the directory (1.003)").arg(m_data.size() - pos));
    return transaction;
}

} // namespace

Result<An2kTransaction> An2kReader::read(QByteArrayView data) const
{
    if (data.size() > m_limits.maxFileBytes)
        return Error(ErrorCode::BadInput, QStringLiteral("the transaction is %1 bytes, more than the %2 allowed")
                                              .arg(data.size())
                                              .arg(m_limits.maxFileBytes));
    return Parser(data, m_limits).run();
}

Result<An2kTransaction> An2kReader::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.error() == QFileDevice::OpenError && !file.exists() ? ErrorCode::NotFound : ErrorCode::Io,
                     QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > m_limits.maxFileBytes)
        return Error(ErrorCode::BadInput, QStringLiteral("%1 is %2 bytes, more than the %3 allowed")
                                              .arg(path)
                                              .arg(file.size())
                                              .arg(m_limits.maxFileBytes));
    const QByteArray data = file.readAll();
    auto result = read(data);
    if (!result)
        return result.error().withContext(path);
    return result;
}

} // namespace ridgeline::interop
