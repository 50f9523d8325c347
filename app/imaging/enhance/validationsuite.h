#pragma once

#include "app/imaging/enhance/recipe.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ridgeline::imaging {

// The fixed replay suite behind `ridgeline-cli enhance validate`: recipes covering every step and
// every pixel format, run on test images generated in code. Their hashes are compared with the
// expected ones shipped in app/imaging/enhance/validation/expected.json (compiled in), so a change
// of OpenCV, compiler or CPU that changes pixels is noticed.

struct ValidationCase
{
    QString name;
    QImage input;
    double ppi = 0.0;
    Recipe recipe;
};

QList<ValidationCase> validationCases();

struct ValidationResult
{
    QString name;
    QString inputSha256;
    QStringList stepSha256; // one per recipe step, in order
    QString outputSha256;
    QString error; // when the recipe failed to run
};

QList<ValidationResult> runValidationSuite();

// {"format":"ridgeline-enhance-validation","algorithmVersion":..,"openCvVersion":..,
//  "cases":[{"name","steps":[kind..],"inputSha256","stepSha256":[..],"outputSha256"}]}
QJsonObject validationJson(const QList<ValidationResult> &results);

// The expected file compiled into the program.
QJsonObject builtInValidationExpectations();

struct ValidationDifference
{
    QString caseName;
    QString what; // "input image", "step 3 (clahe)", "output", "missing", ...
    QString expected;
    QString actual;
};

// Every difference between the run and `expected` (empty when all hashes agree).
QList<ValidationDifference> compareValidation(const QList<ValidationResult> &results, const QJsonObject &expected);

} // namespace ridgeline::imaging
