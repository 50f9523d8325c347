#pragma once

// The examiner's work on one mark, as stored with it (issue 5): the enhancement recipe (JSON, with
// the algorithm and OpenCV versions inside), the SHA-256 of the recipe's output on the original,
// the calibration and how it was obtained, and the measurements. Plain data: the viewer turns it
// into its document state, storage into rows, the CLI into text. Coordinates are pixels of the
// original image (x right, y down); lengths in mm are derived from the calibration's ppi.

#include "app/core/ids.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

namespace ridgeline {

struct MarkCalibrationRecord
{
    QString method = QStringLiteral("none"); // "none", "two-points", "file", "manifest", "manual"
    double ppi = 0.0;                        // pixels per inch, 0 when uncalibrated
    QList<QPointF> points;                   // two-points: the two points used (refined when `refined`)
    double millimetres = 0.0;                // two-points: the typed distance between them
    bool refined = false;                    // two-points: snapped onto the ruler's graduations
    int graduations = 0;                     // two-points refined: graduation intervals between the points
    friend bool operator==(const MarkCalibrationRecord &, const MarkCalibrationRecord &) = default;
};

struct MarkMeasurementRecord
{
    int id = 0;
    QString kind;          // "distance", "angle", "ridge-count"
    QList<QPointF> points; // distance/ridge-count: from, to; angle: a, vertex, b
    double pixels = 0.0;
    double millimetres = 0.0;
    double degrees = 0.0;
    int ridges = 0;
    friend bool operator==(const MarkMeasurementRecord &, const MarkMeasurementRecord &) = default;
};

struct MarkWork
{
    MarkId markId;
    // The stored revision this work was based on (0: nothing saved yet). Saving with a revision
    // that is no longer the stored one fails with ErrorCode::Conflict; a successful save returns
    // the work with the new revision.
    int revision = 0;
    QByteArray recipeJson; // imaging::Recipe::toJsonBytes(), versions included
    QString outputSha256;  // hex SHA-256 of the recipe's output pixels replayed on the original
    MarkCalibrationRecord calibration;
    QList<MarkMeasurementRecord> measurements;
    QString savedBy;    // user name, filled in by the session
    QDateTime savedUtc; // filled in by the session
};

} // namespace ridgeline
