#pragma once

// The "ridgeline-markup" and "ridgeline-comparison" JSON formats (docs/formats/markup.md). Writing
// then reading gives back the same values bit for bit: coordinates as JSON numbers in the
// shortest form that reads back to the same double, times as ISO 8601 UTC with milliseconds.
// Reading is strict and all or nothing: an unknown version, field, type key or level, a value of
// the wrong kind, a coordinate outside the image, a duplicate id, a bad clarity row or a pair
// that refers to a missing feature refuses the whole document with ErrorCode::BadInput and a
// message naming the item and the reason. No I/O: bytes in, bytes out. Any thread.

#include "app/core/markup.h"
#include "app/core/markupcomparison.h"

#include <QByteArray>
#include <QJsonObject>

namespace ridgeline {

inline constexpr int kMarkupFormatVersion = 1;
inline constexpr int kComparisonFormatVersion = 1;

QJsonObject markupToJsonObject(const Markup &markup);
QByteArray markupToJson(const Markup &markup); // indented UTF-8
Result<Markup> markupFromJson(const QJsonObject &json);
Result<Markup> markupFromJson(const QByteArray &bytes);

QJsonObject comparisonToJsonObject(const MarkupComparison &comparison);
QByteArray comparisonToJson(const MarkupComparison &comparison);
// The comparison is checked against the markups of its two images (validateComparison), so a
// pair whose feature is missing is refused naming the pair.
Result<MarkupComparison> comparisonFromJson(const QJsonObject &json, const Markup &left, const Markup &right);
Result<MarkupComparison> comparisonFromJson(const QByteArray &bytes, const Markup &left, const Markup &right);

} // namespace ridgeline
