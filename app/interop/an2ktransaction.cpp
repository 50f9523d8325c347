#include "app/interop/an2ktransaction.h"

namespace ridgeline::interop {

QByteArray An2kField::item(int subfield, int itemIndex) const
{
    if (subfield < 0 || subfield >= subfields.size() || itemIndex < 0 || itemIndex >= subfields[subfield].size())
        return {};
    return subfields[subfield][itemIndex];
}

const An2kField *An2kRecord::field(int number) const
{
    for (const An2kField &f : fields)
        if (f.number == number)
            return &f;
    return nullptr;
}

QByteArray An2kRecord::imageData() const
{
    for (const An2kField &f : fields)
        if (f.isBinary)
            return f.item();
    return {};
}

QString An2kTransaction::version() const
{
    if (records.isEmpty())
        return {};
    const An2kField *f = records.first().field(2);
    return f ? QString::fromLatin1(f->item()) : QString();
}

} // namespace ridgeline::interop
