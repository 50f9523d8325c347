#include "app/interop/an2kdump.h"

#include <QCryptographicHash>

namespace ridgeline::interop {

namespace {

void appendNumber(QByteArray &out, qsizetype value)
{
    out += QByteArray::number(value);
}

} // namespace

QByteArray an2kDump(const An2kTransaction &transaction)
{
    QByteArray out;
    for (qsizetype r = 0; r < transaction.records.size(); ++r) {
        const An2kRecord &record = transaction.records[r];
        for (qsizetype f = 0; f < record.fields.size(); ++f) {
            const An2kField &field = record.fields[f];
            // "[TYPE.NNN]": the record's type from the directory, even where a tag says otherwise.
            const QByteArray tag = " [" + QByteArray::number(record.type) + '.' +
                                   QByteArray::number(field.number).rightJustified(3, '0') + "]=";
            for (qsizetype s = 0; s < field.subfields.size(); ++s) {
                const QList<QByteArray> &items = field.subfields[s];
                for (qsizetype i = 0; i < items.size(); ++i) {
                    appendNumber(out, r + 1);
                    out += '.';
                    appendNumber(out, f + 1);
                    out += '.';
                    appendNumber(out, s + 1);
                    out += '.';
                    appendNumber(out, i + 1);
                    out += tag;
                    if (field.isBinary) {
                        out +=
                            "<binary sha256=" + QCryptographicHash::hash(items[i], QCryptographicHash::Sha256).toHex() +
                            " bytes=" + QByteArray::number(items[i].size()) + '>';
                    } else {
                        out += items[i];
                    }
                    out += '\n';
                }
            }
        }
    }
    return out;
}

} // namespace ridgeline::interop
