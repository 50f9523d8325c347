#pragma once

#include "app/core/error.h"
#include "app/interop/wsqimage.h"

#include <QByteArrayView>

namespace ridgeline::interop {

// Decodes FBI WSQ (IAFIS-IC-0110 v3) fingerprint images, pixel for pixel as the NIST reference
// decoder. The frame's declared size is checked against maxPixels before any image memory is
// taken; damaged or hostile data gives ErrorCode::BadInput naming the byte offset. Stateless and
// reentrant: any thread.
class WsqDecoder
{
public:
    struct Limits
    {
        qint64 maxPixels = qint64(64) << 20;
    };

    WsqDecoder() = default;
    explicit WsqDecoder(Limits limits)
        : m_limits(limits)
    {}

    Result<WsqImage> decode(QByteArrayView data) const;

private:
    Limits m_limits;
};

} // namespace ridgeline::interop
