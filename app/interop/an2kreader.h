#pragma once

#include "app/core/error.h"
#include "app/interop/an2ktransaction.h"

#include <QByteArrayView>

namespace ridgeline::interop {

// Reads ANSI/NIST-ITL 1-2011 transactions in the traditional (binary/tagged) encoding, also the
// 2000, 2007 and 2008 editions. Every length is checked against the bytes that are really there,
// so a hostile or damaged file gives an Error (ErrorCode::BadInput naming the record, field and byte
// offset) and never reads out of bounds; memory stays within a small multiple of the file size
// plus Limits::maxItems information items. Stateless and reentrant: any thread.
class An2kReader
{
public:
    struct Limits
    {
        qsizetype maxFileBytes = qsizetype(1) << 30; // larger files are refused before reading
        qsizetype maxItems = 4'000'000;              // information items over the whole transaction
    };

    An2kReader() = default;
    explicit An2kReader(Limits limits)
        : m_limits(limits)
    {}

    Result<An2kTransaction> read(QByteArrayView data) const;
    Result<An2kTransaction> readFile(const QString &path) const;

private:
    Limits m_limits;
};

} // namespace ridgeline::interop
