#pragma once

#include "app/core/error.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QVector>

namespace ridgeline::imaging {

// Calibration and measurement on image pixels. All points are in pixels of the image they were
// taken on (x right, y down, pixel centres at .5). Thread-safe, no shared state.

enum class CalibrationMethod
{
    None,      // uncalibrated: the status bar says so
    TwoPoints, // two points on a scale and a typed distance
    File,      // the resolution tag in the image file
    Manifest,  // the transmission package's manifest
    Manual,    // a typed ppi
};
QString calibrationMethodName(CalibrationMethod method); // "none", "two-points", "file", ...
CalibrationMethod calibrationMethodFromName(const QString &name);

struct Calibration
{
    CalibrationMethod method = CalibrationMethod::None;
    double ppi = 0.0; // pixels per inch; 0 when uncalibrated
    // TwoPoints only: the points used (refined when `refined`), the typed distance.
    QPointF from;
    QPointF to;
    double millimetres = 0.0;
    bool refined = false;
    int graduations = 0; // ruler intervals found between the points when refined

    bool isValid() const { return ppi > 0.0; }
    QJsonObject toJson() const;
    static Result<Calibration> fromJson(const QJsonObject &json);
};

// ppi from two points `millimetres` apart. BadInput when the points coincide or mm <= 0.
Result<double> ppiFromTwoPoints(QPointF from, QPointF to, double millimetres);

struct RulerRefineOptions
{
    double bandHalfWidth = 4.0;  // px across the line averaged into the profile
    double searchMargin = 0.25;  // profile extends this fraction of the length beyond each end
    double minTickSpacing = 3.0; // px; closer graduations cannot be resolved
    bool darkTicks = true;       // graduations darker than the ruler
};

struct RefinedRuler
{
    QPointF from; // snapped onto the graduation nearest the rough `from`, sub-pixel
    QPointF to;
    double tickSpacing = 0.0; // px between neighbouring graduations (fitted over all of them)
    int intervals = 0;        // graduation intervals between from and to
    int ticksFound = 0;
    double residual = 0.0; // RMS px of the tick positions from the fitted regular spacing
};

// Moves rough clicks onto the ruler graduations along the line: samples the grey profile along
// from->to (band averaged), finds the graduations at sub-pixel precision, fits a regular spacing
// through all of them and returns the points snapped to the graduations nearest the clicks.
// BadInput when no regular graduations are found along the line.
Result<RefinedRuler> refineOnRuler(const QImage &image, QPointF from, QPointF to,
                                   const RulerRefineOptions &options = {});

// Two-point calibration, optionally refined on the ruler first.
Result<Calibration> calibrateFromRuler(const QImage &image, QPointF from, QPointF to, double millimetres, bool refine,
                                       const RulerRefineOptions &options = {});

// --- Measurement ---
double distancePixels(QPointF a, QPointF b);
double distanceMillimetres(QPointF a, QPointF b, double ppi); // 0 when ppi <= 0
// Direction of a->b in degrees, counter-clockwise from the +x axis as seen on screen, in (-180, 180].
double lineAngleDegrees(QPointF a, QPointF b);
// The angle at `vertex` between the rays to `a` and `b`, in [0, 180].
double angleAtDegrees(QPointF vertex, QPointF a, QPointF b);

struct RidgeCountOptions
{
    double bandHalfWidth = 1.0; // px across the line averaged into the profile
    double smoothing = 1.5;     // Gaussian sigma in px along the profile
    double hysteresis = 0.35;   // thresholds at +/- this many standard deviations of the detrended profile
    bool darkRidges = true;     // ridges darker than furrows (ink, powder); false for reversed marks
};

struct RidgeCount
{
    int count = 0;            // ridges crossed strictly between the endpoints
    QList<QPointF> crossings; // centre of each counted ridge, image pixels
    QVector<double> profile;  // the smoothed profile (one sample per px along the line)
};

// Counts ridges crossed along a->b (the ridges the endpoints sit on are not counted).
Result<RidgeCount> countRidges(const QImage &image, QPointF a, QPointF b, const RidgeCountOptions &options = {});

} // namespace ridgeline::imaging
