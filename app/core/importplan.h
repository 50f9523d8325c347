#pragma once

// Everything one transmission package will write, prepared and checked before the write begins
// (hashes verified, images inspected, PDFs opened), so that the write itself is one short
// transaction that either stores all of it or nothing. Plain data; the intake repository in
// app/storage commits it.

#include "app/core/domain.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace ridgeline {

struct ImportBlob
{
    QByteArray sha256; // raw 32 bytes, verified against `bytes`
    QByteArray bytes;  // the original, byte for byte
    QString mediaType;
};

struct ImportImageFacts
{
    int width = 0;
    int height = 0;
    int pages = 1;
    int bitDepth = 8;
    int channels = 1;
};

struct ImportMark
{
    Mark mark; // id, kind, exhibit reference, original hash, provenance, calibration filled in
    ImportImageFacts image;
    QString developmentMethod;
    QString surface;
    QString notes;
};

struct ImportPerson
{
    QString ref; // package-local
    Person person;
    PersonRole role = PersonRole::Suspect;
};

struct ImportImpression
{
    QString exhibitReference;
    QString personRef;
    ExemplarImpression impression;
    ImportImageFacts image;
};

struct ImportDocument
{
    Document document;
    QString text;            // for full-text search
    QByteArray thumbnailPng; // derived: first page, may be rebuilt
};

struct ImportLink
{
    QString exhibitReference;
    QString personRef;
    QString relation;
};

// Features that arrived with a mark (an ANSI/NIST-ITL Type-9 record): filed in the import's
// transaction as the mark's next committed markup revision, authored by the importing user, with
// `origin` in the audit trail. The features keep their own origin (engine, examiner) inside `json`.
struct ImportMarkup
{
    MarkId mark;     // a mark of the same plan
    QByteArray json; // a "ridgeline-markup" document of the mark's original
    QString origin;  // e.g. "type-9-13-std.an2, record 3 (Type-9, IDC 01), standard block"
};

struct ImportPlan
{
    Transmission transmission; // id derived from the package id: the idempotency key
    QString packageName;
    QByteArray manifestJson;
    std::optional<QByteArray> signature; // Ed25519 over manifestJson, checked on commit
    // A file filed by hand by the signed-in user (not a device's transmission): the user's own
    // authority stands in for a device signature, and the audit trail names them.
    bool filedByUser = false;
    CaseRecord caseRecord;   // created when new, else matched by reference
    QList<ImportBlob> blobs; // distinct originals
    QList<ImportMark> marks;
    QList<ImportPerson> persons;
    QList<ImportImpression> impressions;
    QList<ImportDocument> documents;
    QList<ImportLink> links;
    QList<ImportMarkup> markups;
    qint64 totalBytes() const;
};

// A person of the package who looks like someone already in the workspace, for a case officer
// to confirm or reject. Never merged silently.
struct PersonLinkProposal
{
    PersonId incoming;
    PersonId existing;
    double score = 0.0;
    QStringList reasons;
};

struct ImportOutcome
{
    bool alreadyImported = false;
    TransmissionId transmission;
    CaseId caseId;
    QString caseReference;
    bool caseCreated = false;
    int marks = 0;
    int persons = 0;
    int personsLinked = 0; // linked automatically to an existing record
    int impressions = 0;
    int documents = 0;
    int markups = 0; // markup revisions filed with the marks
    int blobsStored = 0;
    int blobsAlreadyPresent = 0; // identical bytes from an earlier package: stored once, linked again
    QList<PersonLinkProposal> proposals;
};

} // namespace ridgeline
