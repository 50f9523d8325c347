#pragma once

// The demo workspace of `ridgeline-cli demo` and scripts/run.sh: users of every role with random
// passphrases and a realistic case load across three forces. Images come from the fingerprint
// engine later (issue 3): marks are created without an original; attachDemoOriginal() is the hook
// that stores one and links it to a mark.

#include "app/services/localworkspacesession.h"

namespace ridgeline {

struct DemoUser
{
    QString name;
    QString displayName;
    Role role = Role::Examiner;
    QByteArray passphrase; // printed once by the demo command; never stored in clear
};

struct DemoSummary
{
    QList<DemoUser> users;
    int cases = 0;
    int marks = 0;
    int persons = 0;
    int documents = 0;
    int transmissions = 0;     // signed demo packages imported through intake
    int exemplarTemplates = 0; // search templates of the tenprint impressions
};

// The seed of the demo's transmission packages and device keys.
constexpr quint64 kDemoPackageSeed = 2026;

// Four or five random words from a fixed list, joined by '-' (QRandomGenerator::system, which reads
// the kernel's CSPRNG).
QByteArray randomDemoPassphrase(int words);

// Creates the workspace at `databasePath` (which must not exist) and fills it.
Result<DemoSummary> createDemoWorkspace(const QString &databasePath, const SessionOptions &options = {});

// The demo's finished examination (demoexamination.cpp): the first demo mark at comparison is
// compared, identified, verified blind and signed off through the real steps, by these users.
Status completeDemoExamination(const QString &databasePath, const SessionOptions &options, const DemoUser &examiner,
                               const DemoUser &verifier, const DemoUser &supervisor);

// Stores `imageBytes` as the original of `mark` and records the link (audited). For the
// fingerprint engine's synthetic demo images.
Result<Mark> attachDemoOriginal(LocalWorkspaceSession &session, const Mark &mark, const QByteArray &imageBytes,
                                const QString &mediaType);

} // namespace ridgeline
