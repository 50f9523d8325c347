#pragma once

#include "app/interop/an2ktransaction.h"

#include <QByteArray>

namespace ridgeline::interop {

// The text form of design/CLI.md "an2k dump", the same as NIST NBIS an2ktotxt with binary data
// replaced by its digest: one line per information item,
// "RECORD.FIELD.SUBFIELD.ITEM [TYPE.NNN]=VALUE", positions counted from 1 in file order, values as
// the raw bytes of the file, binary data as "<binary sha256=HEX bytes=N>".
QByteArray an2kDump(const An2kTransaction &transaction);

} // namespace ridgeline::interop
