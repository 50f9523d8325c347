#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ridgeline::interop {

// One field of an ANSI/NIST-ITL record, as stored in the file. Values stay raw bytes: their
// character set is the transaction's (field 1.015), and the dump must reproduce them byte for byte.
struct An2kField
{
    int number = 0;                     // the NNN of TYPE.NNN
    qsizetype offset = 0;               // byte offset of the field's tag (or header bytes) in the file
    bool isBinary = false;              // image data: one subfield holding one item with the bytes
    QList<QList<QByteArray>> subfields; // subfields, each a list of information items

    // The item's bytes, or an empty array when it is absent. Indices count from 0.
    QByteArray item(int subfield = 0, int itemIndex = 0) const;
};

enum class An2kEncoding
{
    Tagged, // "TYPE.NNN:value" fields with separators (types 1, 2, 9, 10, 13-17, 98, 99...)
    Binary, // fixed binary header then image data (types 3 to 8)
};

struct An2kRecord
{
    int type = 0;
    An2kEncoding encoding = An2kEncoding::Tagged;
    qsizetype offset = 0; // byte offset of the record in the file
    qsizetype length = 0; // bytes, as declared in field 1 and checked against the file
    QList<An2kField> fields;

    const An2kField *field(int number) const; // first field with that number, or nullptr
    QByteArray imageData() const;             // field 999 or the binary record's data, else empty
};

// Character sets of field 1.015 (ANSI/NIST-ITL 1-2011 table 4 "character encoding set values").
enum class An2kCharacterSet
{
    Ascii = 0,
    Latin1 = 1, // 8-bit Latin in the 2007 edition, reserved since; single-byte so still safe to read
    Utf8 = 3,
};

// A whole transaction: the Type-1 record first, then every record its directory (1.003) lists,
// in file order.
struct An2kTransaction
{
    QList<An2kRecord> records;
    An2kCharacterSet characterSet = An2kCharacterSet::Ascii;

    QString version() const; // field 1.002, e.g. "0400"
};

} // namespace ridgeline::interop
