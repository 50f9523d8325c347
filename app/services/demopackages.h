#pragma once

#include "app/core/error.h"
#include "app/core/intakerecords.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace ridgeline {

struct DemoPackageOptions
{
    int cases = 6;         // one package per case, spread over three forces
    quint64 seed = 2026;   // identical packages for an identical seed
    bool zip = false;      // folders with .ready markers, or .zip files
    bool tenprints = true; // include a suspect's ten rolled impressions where the story has one
    bool sign = true;      // sign each manifest with its demo device's key (see demoDevices)
};

// The scene devices of the demo, with the public keys their packages are signed with (derived
// from the seed, so a workspace can register them before the packages arrive).
QList<RegisteredDevice> demoDevices(quint64 seed);

// The latent marks of the demo packages left by the person whose tenprint card travels in the same
// package, as (case reference, exhibit reference): comparing one with that card is a true match.
QList<std::pair<QString, QString>> demoMarksMatchingTheirTenprint();

// Writes realistic transmission packages, as scene devices would send them: latent marks grown by
// the fingerprint engine (some left by a suspect whose tenprint card travels in another package),
// a footwear mark, witness statements as PDFs, persons of whom one appears in two forces' records
// with the same PNC number and one as a near match (spelling and a transposed date). Returns the
// package paths in delivery order.
Result<QStringList> writeDemoPackages(const QString &outDir, const DemoPackageOptions &options = {},
                                      const std::function<void(int done, int total)> &progress = {});

} // namespace ridgeline
