#pragma once

// Writes ANSI/NIST-ITL 1-2011 transactions in the traditional encoding (issue 9), and builds and
// checks the records Ridgeline exports: Type-1 (transaction information), Type-2 (user-defined
// descriptive text), Type-9 (see an2ktype9.h), Type-13 (variable-resolution latent image) and
// Type-14 (variable-resolution fingerprint image), images uncompressed 8-bit gray.
//
// Type-2 is user-defined by the standard. Ridgeline uses the element numbers of the FBI's EBTS
// Type-2, which most receiving systems know, and reads them back with readType2Fields:
//   2.009 OCA  originating agency case number  <- the case reference
//   2.011 CIX  contributor case identifier extension  <- the exhibit (mark) reference
//   2.018 NAM  name "FAMILY,GIVEN"  <- the person
//   2.022 DOB  date of birth YYYYMMDD
//   2.024 SEX  M, F or U when known
// docs/formats/an2k.md documents the whole mapping. Plain functions, no state: any thread.

#include "app/core/error.h"
#include "app/interop/an2ktransaction.h"

#include <QDate>
#include <QSize>
#include <QString>

namespace ridgeline::interop {

// The traditional encoding of a transaction: every tagged record "T.NNN:value" with fields
// separated by GS, subfields by RS, items by US, the record ended by FS. Each record's LEN
// (x.001) is computed here (whatever the record holds in field 1) and counts its own digits;
// x.002 follows it, the other fields keep their order, binary field 999 goes last. Type-1 must be
// first and its directory (1.003) right: typeOneRecord builds both. Binary records (Types 3-8)
// are not written (validateAn2k refuses them).
QByteArray writeAn2k(const An2kTransaction &transaction);

// The standard's rules that can be checked on a transaction (as read back from writeAn2k's bytes,
// or as built): Type-1 first and alone, its mandatory fields and their forms (VER, DAT, NSR/NTR
// "dd.dd"); the directory (1.003) against the records, their types and IDCs; IDCs unique per
// record type, a Type-9's IDC naming an image record; mandatory fields of Types 2, 9, 13 and 14;
// LEN (x.001) equal to the record's encoded length; field 999 last; image HLL x VLL x BPX / 8
// against the data of uncompressed images; scale units and pixel scales (x.008-x.010); text
// outside ASCII only with 1.015 naming UTF-8. BadInput naming the record, the field and the rule.
Status validateAn2k(const An2kTransaction &transaction);

struct An2kTransactionInfo
{
    QByteArray typeOfTransaction;  // 1.004 TOT, e.g. "LFFS"
    QDate date;                    // 1.005 DAT
    int priority = 0;              // 1.006 PRY 1-9; 0: not written
    QByteArray destinationAgency;  // 1.007 DAI
    QByteArray originatingAgency;  // 1.008 ORI
    QByteArray controlNumber;      // 1.009 TCN
    double nativeScanningPpmm = 0; // 1.011 NSR, pixels/mm; 0 writes "00.00" (no Type-3 to 7 images)
    double transmittingPpmm = 0;   // 1.012 NTR, as NSR
};

// A transaction of `info`'s Type-1 (version "0500", ANSI/NIST-ITL 1-2011; directory of `records`
// in their order; 1.015 DCS "3 UTF-8" when any text is not ASCII) followed by `records`.
An2kTransaction makeTransaction(const An2kTransactionInfo &info, const QList<An2kRecord> &records);

struct An2kType2Fields
{
    QString caseReference;
    QString exhibit;
    QString familyName;
    QString givenName;
    QDate dateOfBirth;
    QString sex; // "M", "F", "U" or empty
    friend bool operator==(const An2kType2Fields &, const An2kType2Fields &) = default;
};
An2kRecord type2Record(const An2kType2Fields &fields, int idc);
An2kType2Fields readType2Fields(const An2kRecord &record);

// An 8-bit gray image: `pixels` row after row from the top, `size.width()` bytes a row.
struct An2kGrayImage
{
    QSize size;
    QByteArray pixels;
    int ppi = 0; // whole pixels per inch, written as scale units 1 (x.008) and x.009 = x.010
};

struct An2kImageRecordInfo
{
    int idc = 1;
    QByteArray sourceAgency; // x.004 SRC
    QDate captureDate;       // x.005 LCD / FCD
    int impressionType = 0;  // x.003 IMP (Type-13: 4 latent impression ... 7 latent lift; Type-14: 0-3)
    int fingerPosition = 0;  // x.013 FGP: 0 unknown, 1-10 fingers
    QString comment;         // x.020 COM; empty: not written
};
An2kRecord type13Record(const An2kImageRecordInfo &info, const An2kGrayImage &image);
An2kRecord type14Record(const An2kImageRecordInfo &info, const An2kGrayImage &image);

// Field-by-field equality of two transactions, LEN (x.001) aside (offsets and lengths ignored).
// Empty when equal, else where they first differ.
QString an2kDifference(const An2kTransaction &a, const An2kTransaction &b);

} // namespace ridgeline::interop
