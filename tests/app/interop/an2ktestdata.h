#pragma once

// Builders for small synthetic ANSI/NIST-ITL transactions, so hostile-input tests can change one
// thing at a time in an otherwise valid file.
#include <QByteArray>
#include <QList>

namespace ridgeline::interop::testdata {

// A tagged record "TYPE.001:LEN<GS>fields...<FS>" whose length field counts itself.
inline QByteArray taggedRecord(int type, const QList<QByteArray> &fieldsAfterLength)
{
    QByteArray body;
    for (const QByteArray &f : fieldsAfterLength)
        body += '\x1D' + f;
    body += '\x1C';
    const QByteArray prefix = QByteArray::number(type) + ".001:";
    qsizetype length = prefix.size() + body.size() + 1;
    while (prefix.size() + QByteArray::number(length).size() + body.size() != length)
        ++length;
    return prefix + QByteArray::number(length) + body;
}

// Type-1 with a directory listing a Type-2 (IDC 00) and extra directory subfields, then the Type-2.
inline QByteArray transaction(const QByteArray &extraType1Field = {}, const QByteArray &type2Text = "hello")
{
    QList<QByteArray> type1{"1.002:0400",
                            "1.003:1\x1F"
                            "1\x1E"
                            "2\x1F"
                            "00",
                            "1.004:AMN",
                            "1.005:20260101",
                            "1.007:DAI000000",
                            "1.008:ORI000000",
                            "1.009:TCN1",
                            "1.011:19.69",
                            "1.012:19.69"};
    if (!extraType1Field.isEmpty())
        type1.append(extraType1Field);
    return taggedRecord(1, type1) + taggedRecord(2, {"2.002:00", "2.003:" + type2Text});
}

} // namespace ridgeline::interop::testdata
