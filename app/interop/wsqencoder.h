#pragma once

#include "app/core/error.h"
#include "app/interop/wsqimage.h"

namespace ridgeline::interop {

// Encodes 8-bit grayscale images as FBI WSQ (IAFIS-IC-0110 v3): the 9/7 wavelet transform into 64
// subbands, the specification's variance-based bit allocation for a target bit rate, Huffman
// tables built from the image's own statistics, and a NIST_COM comment carrying size and ppi.
// Stateless and reentrant: any thread.
class WsqEncoder
{
public:
    struct Options
    {
        double bitsPerPixel = 0.75; // 0.75 is the FBI's rate for 500 ppi tenprints (about 15:1)
        int ppi = 500;
    };

    WsqEncoder() = default;
    explicit WsqEncoder(Options options)
        : m_options(options)
    {}

    Result<QByteArray> encode(const WsqImage &image) const;

private:
    Options m_options;
};

// Peak signal-to-noise ratio in dB between two images of the same size (infinity when equal).
double peakSignalToNoise(const WsqImage &a, const WsqImage &b);

} // namespace ridgeline::interop
