#pragma once

// ISO/IEC 19794-2:2005 finger minutiae records ("FMR\0", version " 20\0"), the record format (not
// the card formats), docs/formats/iso19794-2.md. Plain values and pure functions, no thread
// affinity.
//
// Record coordinates are whole pixels of the image the record describes (x right, y down, 14 bits,
// less than the image width and height); angles are units of 360/256 = 1.40625 degrees,
// counter-clockwise from the x axis. Ridgeline markup puts the centre of pixel (i, j) at
// (i + 0.5, j + 0.5) (app/core/markup.h), so export takes the pixel a position falls in and import
// puts a minutia at the centre of its pixel: a round trip moves a point by at most half a pixel and
// a direction by at most half a unit (0.703125 degrees).

#include "app/core/error.h"
#include "app/core/markup.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace ridgeline::interop {

enum class Iso19794MinutiaType
{
    Other = 0,       // "other", Ridgeline's MinutiaUnknown
    Ending = 1,      // ridge ending
    Bifurcation = 2, // ridge bifurcation
};

struct Iso19794Minutia
{
    Iso19794MinutiaType type = Iso19794MinutiaType::Other;
    int x = 0;       // pixels, 0 .. width - 1
    int y = 0;       // pixels, 0 .. height - 1
    int angle = 0;   // 0..255, units of 1.40625 degrees
    int quality = 0; // 0..100, 0: not reported
};

// A core (one angle at most) or a delta (three angles at most) of the core-and-delta extended
// data block (type 0x0002).
struct Iso19794SingularPoint
{
    int x = 0;
    int y = 0;
    QList<int> angles; // empty when the block carries no angles; units of 1.40625 degrees
};

struct Iso19794ExtendedArea
{
    int type = 0; // 0x0001 ridge counts, 0x0002 core and delta, others vendor-defined
    QByteArray data;
};

struct Iso19794FingerView
{
    int fingerPosition = 0; // 0 unknown, 1..10 (ISO/IEC 19794-2 Table 2)
    int viewNumber = 0;     // 0..15
    int impressionType = 2; // 0 live plain, 1 live rolled, 2 non-live plain, 3 non-live rolled, 8 swipe
    int fingerQuality = 0;  // 0..100
    QList<Iso19794Minutia> minutiae;
    QList<Iso19794SingularPoint> cores;
    QList<Iso19794SingularPoint> deltas;
    QList<Iso19794ExtendedArea> otherAreas; // kept as read (ridge counts, vendor data), written back
};

struct Iso19794Record
{
    int equipmentCertification = 0; // 4 bits
    int deviceType = 0;             // 12 bits, vendor-assigned; 0 unreported
    int width = 0;                  // pixels, 1..16383
    int height = 0;
    int resolutionX = 0; // pixels per centimetre; 0: not stated (uncalibrated image)
    int resolutionY = 0;
    QList<Iso19794FingerView> views;
};

inline constexpr double kIso19794AngleUnit = 360.0 / 256.0;
inline constexpr int kIso19794MaxCoordinate = 0x3fff;

// The bytes of a record; BadInput naming the field when a value does not fit its bits (a size over
// 16383, more than 255 minutiae or views, a point outside the image).
Result<QByteArray> writeIso19794(const Iso19794Record &record);

// Reads a whole record. Every check failure is BadInput with the byte offset and the reason:
// another format or version, a record length that is not the data's, counts that run past the end,
// a point outside the image, reserved type or impression codes, trailing bytes. Memory is bounded
// by the input's size (counts are 8 bits and checked against the bytes left before anything is
// allocated).
Result<Iso19794Record> readIso19794(QByteArrayView bytes);

// Markup -> record: the markup's accepted minutiae (ending, bifurcation, unknown as "other"), cores
// and deltas, in the order they were added; suggestions and other types are left out. `ppi` is the
// image's resolution (0 when uncalibrated: the record states 0). Confidence becomes quality
// (low 25, medium 50, high 75). One finger view, position 0 (unknown), non-live plain impression.
Result<Iso19794Record> iso19794FromMarkup(const Markup &markup, double ppi);

// One view of a record -> the features of a markup, as SUGGESTIONS (an imported template is an
// engine's output until an examiner accepts each point), with
// origin = FeatureOrigin::automatic(kIso19794Engine, kIso19794EngineVersion), `author` and `nowUtc`
// as author and times. Quality 0 gives medium confidence, 1-33 low, 34-66 medium, 67-100 high.
// The caller supplies the image (SHA-256 and size); BadInput when the record's size is not it.
inline constexpr auto kIso19794Engine = "ISO/IEC 19794-2:2005";
inline constexpr auto kIso19794EngineVersion = "FMR 20";
Result<Markup> markupFromIso19794(const Iso19794Record &record, int viewIndex, const QString &imageSha256,
                                  QSize imageSize, const QString &author, const QDateTime &nowUtc);

// A dump for people: the header, then each view and each minutia (type, x, y, angle in units and
// degrees, quality), cores and deltas. Translated labels.
QString iso19794Text(const Iso19794Record &record);

QString iso19794MinutiaTypeName(Iso19794MinutiaType type); // translated: "ending", ...

} // namespace ridgeline::interop
