<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ridgeline::AboutDialog</name>
    <message>
        <source>About Ridgeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ridgeline %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workstation for forensic mark examination and case work: receive scene marks, analyse, compare and verify them under ACE-V, and keep every record in an encrypted workspace with a tamper-evident audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window, translations, threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image decoding and enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted workspace database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation, key wrapping, signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on these libraries:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::An2kExport</name>
    <message>
        <source>%1 is not an 8-bit grey image (%2 bits a pixel): the ANSI/NIST-ITL export carries the original&apos;s pixels unchanged as 8-bit grey, and Ridgeline does not convert evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction written for %1 does not read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction for %1 is not valid ANSI/NIST-ITL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction for %1 reads back differently: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The features of %1 read back from the transaction differ from the markup exported (%2 features against %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of mark %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markup revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analysis snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison revision %1 of mark %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 has no committed markup: commit the markup (or the analysis), then export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 (%2) is not a finger or palm mark: ANSI/NIST-ITL Type-9 and Type-13 records carry friction ridge marks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 is not calibrated: a Type-13 record needs the image&apos;s resolution. Calibrate the mark first, then export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis of mark %1 is withheld from you (blind verification): its features cannot be exported by you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of mark %2 is of a %3 x %4 image, the original is %5 x %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Type-9 record written for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 has no person %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no exemplar impressions in case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 exemplar impressions, more than the 99 image records a transaction can number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar %1 has no resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::An2kImport</name>
    <message>
        <source>record %1 (Type-%2, IDC %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSI/NIST-ITL file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field %2.%3: %4 is not a %5 position of ANSI/NIST-ITL 1-2011</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finger or palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case reference in field 2.009 (OCA) or 1.009 (TCN); import it into a case with ridgeline-cli import FILE --case REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSI/NIST-ITL file %1, %2, transaction SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Image: %2; record data SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field 9.002: no image record of the transaction has IDC %2, so the minutiae describe nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSI/NIST-ITL transaction %1 (TCN %2, originating agency %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSI/NIST-ITL transaction %1, TCN %2, originating agency %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than the %1 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncompressed %1-bit data of %2 x %3 pixels needs %4 bytes, the record holds %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncompressed 8-bit pixels stored as lossless PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncompressed 1-bit pixels stored as lossless 8-bit PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 image is %2 x %3 pixels but the record declares %4 x %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WSQ image does not decode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSQ decoded by Ridgeline&apos;s WSQ decoder, stored as lossless PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is lossless JPEG (JPEGL), which the JPEG library Ridgeline is built with does not decode (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 image cannot be decoded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored as the record holds it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JPEG 2000 image cannot be decoded here (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decoded by OpenCV (OpenJPEG), stored as lossless PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the declared size %1 x %2 is not an image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 pixels is over the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression %1 is not one Ridgeline decodes (NONE, WSQ, JPEG, JPEG 2000, PNG)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::An2kType9</name>
    <message>
        <source>Type-9 record (IDC %1), field 9.%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the point (%1, %2) pixels is outside the %3 x %4 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction %1 is outside 0 to 360 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record of Type-%1 is not a Type-9 minutiae record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type-9 record (IDC %1): the image it describes has no size or resolution (%2 x %3 pixels, %4 ppi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image designation character is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type-9 record (IDC %1) has no minutiae block Ridgeline reads (extended feature set 9.300-9.399, INCITS 378 9.126-9.150 or standard 9.005-9.012)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says none are present, but the record has some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region of interest is missing (it is mandatory in an extended feature set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horizontal offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the polygon vertex &quot;%1&quot; is not &quot;x,y&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the polygon has %1 vertices, at least 3 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutia type &quot;%1&quot; is none of E, B or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horizontal pixel scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutia type &quot;%1&quot; is none of 0, 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position &quot;%1&quot; is not XXXXYYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position and direction &quot;%1&quot; is not XXXXYYYYTTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutia type &quot;%1&quot; is none of A, B, C or D</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::An2kWriter</name>
    <message>
        <source>%1 records against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is of Type-%2 against Type-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 (Type-%2) has %3 fields against %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 (Type-%2), field %2.%3 differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 (Type-%2), field %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 (Type-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction must begin with its Type-1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not 0400, 0500, 0501 or 0502</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first subfield must be &quot;1&quot; and the number of other records (%1), not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory lists %1 records, the transaction has %2 after Type-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 lists Type-%2 IDC %3, but record %4 is Type-%5 IDC %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; is not YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not pixels per millimetre with two decimals (&quot;19.69&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transaction has one Type-1 record, first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary records (Types 3 to 8) are not written by Ridgeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mandatory field is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mandatory field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record length says %1 bytes, the record has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data must be the record&apos;s last field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value holds a separator character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Type-1 record is 7-bit ASCII only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text outside ASCII needs field 1.015 to name UTF-8 (3 UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image size must be a positive number of pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale units must be 0 (aspect ratio), 1 (pixels per inch) or 2 (per centimetre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pixel scale must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pixel scale over 100,000 pixels per inch is not an image&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits per pixel is not a depth the standard allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an uncompressed %1 x %2 image of %3 bits a pixel is %4 bytes, the record holds %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finger position %1 is not 0 to 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IDC &quot;%1&quot; is not a number from 0 to 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDC %1 is already used by another Type-%2 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDC %1 names no image record of the transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::AnalysisFormDialog</name>
    <message>
        <source>Pressure, slippage, deposition, substrate movement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else that belongs on the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit Analysis — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of value for &amp;identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough reliable detail to identify or exclude a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of value for &amp;exclusion only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough detail to exclude a source, not to identify one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough reliable detail: the mark is not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. glass, smooth, non-porous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. aluminium powder, lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bstrate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Development method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;tortion notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmit Analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the analysis: the snapshot of the markup and these notes become immutable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the form without committing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the mark shows before any exemplar is seen. Committing stores an immutable snapshot of the markup and these notes; exemplars of the case stay hidden until you begin the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the value decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the analysis of %1 as %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot of the mark&apos;s markup and these notes will be immutable: later changes to the markup are recorded against it and flagged, never replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::AuditSentence</name>
    <message>
        <source>mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 opened from a transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person linked to the case (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person linked to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case signed off by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off of the case voided by a later change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &quot;%1&quot; stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup of %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup draft of %1 discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup of %1 committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup of %1 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison draft of %1 discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of %1 committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of %1 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image of mark %1 stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image of mark %1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhancement, calibration and measurements of %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhancement of %1 replayed and checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 assigned to an examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis of %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis of %1 committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of %1 with exemplars begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion on %1 recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submitted for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exempted from verification by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict on %1 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned to the examiner for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification of %1 recorded: the conclusions differ (conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification of %1 recorded: the conclusions agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed off by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar material withheld from the examiner while their analysis was open (ACE-V sequestration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseBrowser</name>
    <message>
        <source>Search reference, force, offence, officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only cases whose reference, force, offence, officer or status contain every word typed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only cases with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s) shown</source>
        <translation>
            <numerusform>%1 of %n case shown</numerusform>
            <numerusform>%1 of %n cases shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseBrowserController</name>
    <message>
        <source>Your role (%1) may see the case list but not open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseDetailsPanel</name>
    <message>
        <source>Select a case in the list to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACE-V stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persons (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered by %1; received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unrecorded examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to read the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n impression(s)</source>
        <translation>
            <numerusform>%n impression</numerusform>
            <numerusform>%n impressions</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of other forces that may be the same person; they are never merged silently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that both records are the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the records are different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person links proposed for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record in another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the mark in the mark viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseExhibitsModel</name>
    <message>
        <source>The conclusion that stands once a verifier agreed, a supervisor exempted it from verification, or a conflict was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACE-V stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference: force code, year and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The force that owns the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer in charge of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the case last changed (local time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseMediaController</name>
    <message>
        <source>A mark&apos;s image could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document “%1” has no stored original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed person links could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision on the person link was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person link confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person link rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseOverviewController</name>
    <message>
        <source>The ACE-V records of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case notes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-offs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session keeps no case notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is still loading; attach the document once it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not attached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already attached to this case; nothing was duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attached to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseOverviewWindow</name>
    <message>
        <source>Case Overview — Ridgeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xhibits and current results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the case from the workspace again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Case &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the case record, with your name and the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a PDF (a statement, a form, a report) to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Summary for &amp;Victim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary of how far the examination has gone, with no names, results or exhibit details, to pass to the victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;reads of evidence and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time someone opened an image, a document or a markup is on the record; hide those to see the steps of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Overview: %1 — Ridgeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · Officer in case: %2 · Status: %3 · %n mark(s)</source>
        <translation>
            <numerusform>%1 · Officer in case: %2 · Status: %3 · %n mark</numerusform>
            <numerusform>%1 · Officer in case: %2 · Status: %3 · %n marks</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events, %2 reads hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Case Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is added to the case record with your name and the time. It cannot be changed afterwards; add another note to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseReference</name>
    <message>
        <source>&quot;%1&quot; is not a case reference; expected FORCE/YEAR/NUMBER, for example WYP/2026/000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference &quot;%1&quot; has year %2 out of range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseReportPdf</name>
    <message>
        <source>Case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All times in this report are Coordinated Universal Time (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persons are linked to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes after exposure to an exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First exemplar seen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exemplar has been seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 changes after exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes after exposure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions, verification and resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage and conflict history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld from this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits and marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marks are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseTimelineModel</name>
    <message>
        <source>Audit event %1: %2 on %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::Casework</name>
    <message>
        <source>Of value for identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of value for exclusion only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exemplar images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conclusion on mark %1 needs its basis in words; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identification or exclusion of mark %1 names the exemplar impression it refers to; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your analysis of mark %1 is not committed yet: the %2 of its case stay closed to you until it is (ACE-V sequestration). The refusal was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 is examined by %2: only they commit its markup and comparisons; your work stays in your draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 is examined by %2 and verification is blind: their markup and comparisons stay closed to you until you have recorded your own verification. The refusal was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes since the analysis (a markup document could not be read: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first examiner&apos;s analysis (blind verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first examiner&apos;s conclusion (blind verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution (blind verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark was changed by another session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 is signed off: its examination only reopens with a committed change, which voids the sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a scene photograph, not a mark: it is not examined under ACE-V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 has no image yet: its analysis starts when the image has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active examiner of this workspace; mark %2 was not assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 is at the stage &quot;%2&quot;: only a mark not yet analysed can be (re)assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking mark %1 from %2 in mid-analysis needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 was analysed as of no value: it is not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 was examined by you: nobody verifies their own examination. The refusal was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conclusion to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution of mark %1 says what was re-examined and the outcome; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You examined or verified mark %1: its conflict is resolved by someone else. The refusal was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exemplar listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict: awaiting resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting technical review and sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded: verification or exemption to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 is not a mark of case %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the marks of case %1 to sign off; nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 changed since you reviewed it (now version %2, stage &quot;%3&quot;; you reviewed version %4). Nothing was signed: review it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for %1; case %2 was not signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 is closed: its examination can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off %1 of case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signed document does not match its SHA-256 (altered after signing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the signature by %2 does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed with a key that is not %2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the examination records no longer match what was signed, and no later revision voided the sign-off (changed outside Ridgeline).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseworkDialog</name>
    <message>
        <source>Mark Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the step in the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the casework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substrate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distortion notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar seen before commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplars first seen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After an exemplar was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmit Analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begin Comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Conclusion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit for Verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;Verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Con&amp;flict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Mark Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the mark to zoom, enhance and mark up its features (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the mark to zoom, enhance and mark up its features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the mark&apos;s casework from the workspace again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the mark&apos;s casework from the workspace again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the casework panel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the casework panel; nothing is lost, every step is already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in another session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Casework — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark&apos;s ACE-V stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step names the version it was based on; a change made meanwhile in another session is refused, never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld from you: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis %1 committed on %2 (snapshot SHA-256 %3) is withheld from you until you have recorded your own verification: blind verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis has not been committed yet. Mark up the features in the mark viewer, then commit the analysis here with the value decision; exemplars of the case stay hidden until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis is not shown to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markup revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no markup was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: an exemplar of the case was first seen %1, before this analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exemplar of the case had been seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exemplar of the case has been seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis of the %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conclusion you may see has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Resolution&lt;/b&gt; by %1, %2.&lt;br&gt;Re-examined: %3&lt;br&gt;Outcome: %4&lt;br&gt;The conclusion that stands: &lt;b&gt;%5&lt;/b&gt; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification exempted by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nclusions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved %1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are listed against the analysis snapshot once the analysis is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest committed markup is as the analysis snapshot recorded it (revision %1). Changes kept only as your draft are listed once committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in the newest committed markup since the analysis snapshot (revision %1): %2, each flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged C&amp;hanges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin Comparison — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin the comparison of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exemplars of the case become visible to you, and every change to the markup from now on is flagged against the analysis snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begin Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for Verification — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit %1 for verification?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second examiner verifies it blind: they do not see your markup, notes or conclusion until they have recorded their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second examiner verifies your conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind verification: the first examiner&apos;s conclusion, markup and notes are withheld until you have recorded yours. Reach your own conclusion from the mark and the exemplars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examiner concluded: %1 (%2). Basis: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading exemplars…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CaseworkSteps</name>
    <message>
        <source>Start Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the mark and start its analysis; exemplars stay hidden until the analysis is committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the value decision and notes and commit the analysis; its snapshot of the markup becomes immutable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the exemplars of the case to comparison; markup changes from now on are flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your conclusion with its basis and the exemplar impression it refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the mark on for verification by a second examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record your own conclusion as the verifier; a different conclusion puts the mark in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was re-examined, the outcome and the conclusion that stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis found the mark of no value: it is not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examiner and the verifier of a mark do not resolve its conflict themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an examiner to start the analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1; waiting for the analysis to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysed as of no value by %1: not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being examined by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for verification by a second examiner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for verification by an examiner other than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict: waiting for a resolution by someone who neither examined nor verified the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict is being resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s technical review and sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the basis of the conclusion in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exemplar impression the %1 refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CommandLine</name>
    <message>
        <source>Ridgeline forensic mark examination workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace database to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user without the dialog; the passphrase is read from the environment variable RIDGELINE_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window to this file, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds to wait before the screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-delay needs a number of milliseconds, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ComparisonView</name>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ComparisonWindow</name>
    <message>
        <source>Comparison: %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the mark and the exemplar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom; nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place, select and move features in the pane you click (Shift + letter chooses the type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a feature (or an empty place, to add one) in each pane to link them as a numbered pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Non-correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a point, or three or more for an area, then Return: something that is not in the other print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Unclear Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a point, or three or more for an area, then Return: a part that cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan, zoom and turn both panes together (through the alignment when there is one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting &amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line between the two features of each pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the transform from the mark to the exemplar from the pairs (robust to a wrong pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Matcher&apos;s Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the matcher propose corresponding minutiae (shown as tool-made, never as your pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Matcher&apos;s Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the matcher&apos;s candidate pairs (orange, T1, T2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align from Matcher&apos;s Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the alignment from the matcher&apos;s candidate pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned from the matcher&apos;s pairs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the mark laid over the exemplar through the alignment in the right pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected pair (its features stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the gaps: number the pairs 1, 2, 3, … in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit Comparison Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the mark&apos;s markup and this comparison as their next committed revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comparison with both markups as a ridgeline-comparison-bundle JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the comparison (your work is kept as a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of feature a click places (Shift + its letter in the pane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View and Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity: turn, scale and shift only (2+ pairs). Affine: also stretch and shear (3+ pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blend: the mark over the exemplar by the slider. Difference: black where they agree. Colour: mark magenta, exemplar green, both black. Flicker: one then the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blend: 0 shows the exemplar only, 100 the mark only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pairs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbered pairs; select one to centre both panes on it, Delete to unlink it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Non-correspondences and unclear areas&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Alignment&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not aligned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair %1 linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison bundle (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images are not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alignment from the pairs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1 (%2 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out as not fitting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alignment from the matcher&apos;s pairs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the matcher&apos;s pairs (tool-made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>from %n pair(s)</source>
        <translation>
            <numerusform>from %n pair</numerusform>
            <numerusform>from %n pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2: scale %3, turned %4°%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, mirrored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; RMS residual %1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n pair(s) not used</source>
        <translation>
            <numerusform>; %n pair not used</numerusform>
            <numerusform>; %n pairs not used</numerusform>
        </translation>
    </message>
    <message>
        <source>The matcher is looking for corresponding minutiae…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matcher was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matcher failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matcher found no corresponding minutiae. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The matcher proposes %n pair(s) (orange, tool-made; not your correspondences).</source>
        <translation>
            <numerusform>The matcher proposes %n pair (orange, tool-made; not your correspondence).</numerusform>
            <numerusform>The matcher proposes %n pairs (orange, tool-made; not your correspondences).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; beside &lt;b&gt;%2&lt;/b&gt;: %3, %4 (%5), exhibit %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comparison cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exemplar could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored markup of %1 could not be read and was left as it is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is of another image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored comparison could not be read and was left as it is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored markup is of an image of another size than the one opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored comparison could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs %1 were left out: their features are no longer in the mark&apos;s markup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your comparison could not be saved as a draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing the comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be committed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison revision %1 committed (with markup revision %2 of the mark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; beside mark &lt;b&gt;%2&lt;/b&gt; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court C&amp;hart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, export or print the court chart of this mark from its committed comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ConclusionFields</name>
    <message>
        <source>What you compared and why it supports the conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark and the exemplar impression come from the same source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark and the exemplar impression come from different sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither an identification nor an exclusion can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exemplar impression an identification or exclusion refers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xemplar impression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading exemplars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no exemplar impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the impression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose identification, exclusion or inconclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identification or exclusion refers to an exemplar impression, and there is none to choose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ConclusionFormDialog</name>
    <message>
        <source>Record Verification — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Conclusion — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store your verification; it cannot be changed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store your conclusion; it cannot be changed afterwards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CorrespondenceTool</name>
    <message>
        <source>That point is outside the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area needs at least three points; one point marks a place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::CourtChartPdf</name>
    <message>
        <source>×%1 natural size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels from (%3, %4) of the original, every pixel embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not calibrated: no scale can be stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ppi (%2 pixels per millimetre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displayed image SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corresponding features: %1, numbered the same on both images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No areas noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enhancement: the original is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint or record hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COURT CHART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1   ·   Exhibit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both images are printed at %1 on A3 paper. The rulers show millimetres at natural size and remain correct if the chart is printed at another size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this magnification only part of an image fits: the part around the numbered features is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scale can be stated: %1 not calibrated. Each image is printed to fit its panel and no ruler is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither image is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mark is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exemplar is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MARK  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not to scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXEMPLAR  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court chart (continued): %1 · Case %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The court chart of exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::Dashboard</name>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the chart %2 has no figures yet. Wait until the dashboard has finished computing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the chart could not be drawn as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases by ACE-V stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage of the case&apos;s least advanced mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age of marks waiting, by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marks are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnaround from capture to sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from capture to sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 weeks or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marks were signed off in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnaround by month of sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload per examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No examiner has marks in hand or concluded any in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hand now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conclusions were recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner&apos;s evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts were raised or resolved in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matcher scores: mated and non-mated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar search score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scores with known ground truth yet: a score counts once an examiner&apos;s identification or exclusion names the finger an exemplar search of the mark ranked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mated (identified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-mated (excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::DashboardChartPanel</name>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this chart as a PNG image or its figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as an image or its figures as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as it is shown, as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Figures as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures behind the chart as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Point at a bar or point for its exact value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the figures of %1 as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::DashboardView</name>
    <message>
        <source>Count sign-offs, conclusions, conflicts and searches from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sign-offs, conclusions, conflicts and searches up to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the cases of one force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the cases of one offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the marks one examiner took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xaminer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspace again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every case and mark from the workspace again and recompute the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All forces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All examiners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases: %1 · Marks: %2 · Read %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::DemoPackages</name>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::DocumentDialog</name>
    <message>
        <source>Close the document (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Ridgeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::DocumentPageView</name>
    <message>
        <source>Pages of the document. Ctrl+wheel zooms; Page Up and Page Down move by page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be shown.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::DocumentSearchBar</name>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find, case ignored. Enter: next match; Shift+Enter: previous; Escape: close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(searching…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::DocumentSearchModel</name>
    <message>
        <source>p. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::DocumentViewer</name>
    <message>
        <source>Page thumbnails: click one to go to that page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom so that the page fills the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom so that a whole page is visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the page thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page in the middle of the view, and how many pages the document has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: choose a level or type a percentage from 50 to 400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom: %1%. Choose a level or type a percentage from 50 to 400</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::Domain</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latent finger mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latent palm mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footwear mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene photograph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratory report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right thumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left thumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain right thumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain left thumb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain right four fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain left four fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right full palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right writer&apos;s palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left full palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left writer&apos;s palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right lower palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right upper palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left lower palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left upper palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right other palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left other palm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right interdigital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right thenar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hypothenar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left interdigital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left thenar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hypothenar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right grasp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left grasp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarCandidateModel</name>
    <message>
        <source>more than 1 in 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the measured range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 in %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paired minutiae. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison score of the tool: 0 means nothing in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutiae of the mark paired with minutiae of the exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated share of different-finger comparisons scoring at least this high (tool-derived, synthetic data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score-based likelihood ratio (tool-derived, synthetic data); not an examiner&apos;s conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Est. false-match rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarCardView</name>
    <message>
        <source>Tenprint card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no impression on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2
%3 ppi
Exhibit %4
%5 × %6 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, exhibit %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarChooserDialog</name>
    <message>
        <source>Loading exemplars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose tenprint card to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the mark with the chosen impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exemplars of this case could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenprint exemplars are filed for the persons of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n impression(s)</source>
        <translation>
            <numerusform>%1 — %n impression</numerusform>
            <numerusform>%1 — %n impressions</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the impression to compare the mark with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image of %1 could not be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarSearch</name>
    <message>
        <source>Building templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minutiae were found in the probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 has no image to search with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarSearchController</name>
    <message>
        <source>The exemplar search did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to search with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cancelled after %L1 of %L2 exemplar impressions; the candidates shown are from that part only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 exemplar impressions searched with %L2 minutiae of %3; %L4 candidates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarSearchDialog</name>
    <message>
        <source>Exemplar Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window (a running search is cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarSearchPanel</name>
    <message>
        <source>&amp;Cancel Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the search; the candidates found so far are kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates ranked by the tool&apos;s comparison score; compare each one yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores, false-match rates and likelihood ratios are derived by the tool from synthetic data (see the user guide). They help decide what to compare first; they are not an examiner&apos;s conclusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar search for mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the workspace&apos;s exemplars...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %L2 of %L3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ExemplarTemplateHook</name>
    <message>
        <source>search templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::FeatureListPanel</name>
    <message>
        <source>&amp;Remove Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a click on the image marks while the markup tool (K) is active; on the image, Shift and the letter choose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;one Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the image shows no feature of a type (for example no deltas); refused while such a feature is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested features, not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected suggestion a feature of the markup, reviewed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the selected suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every suggestion a feature of the markup, reviewed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop every suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ImportPreparer</name>
    <message>
        <source>Package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1, item %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its SHA-256 is %1 but the manifest says %2; the file was altered or damaged in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document must be a PDF or an image: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ImportService</name>
    <message>
        <source>Case %1 already has an exhibit %2 (%3); the transaction was not imported. Import it into another case, or give the latent another exhibit reference in field 2.011.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::InboxDetailPane</name>
    <message>
        <source>Select a transmission to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transmission&apos;s identifier, as recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the package as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case this transmission was filed into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show quarantine folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder holding the sender&apos;s files and the reason file, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::InboxModel</name>
    <message>
        <source>in the future</source>
        <comment>capture time later than now: a device clock is wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1: %2% done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, verified, imported, or quarantined with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending force and scene device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene examiner who captured the marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference given in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the marks were captured at the scene (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the package arrived at this workstation (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since capture at the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a package was quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is queued: it is imported after the packages before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::InboxView</name>
    <message>
        <source>Show only transmissions with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case this transmission was filed into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show quarantine folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder holding the quarantined package and its reason file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmissions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 transmissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::InboxWatcher</name>
    <message>
        <source>Cannot create the inbox folder %1; check the disk and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to %2; the package stays in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package: %1
Quarantined: %2
Reason: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined %1 but could not write its reason file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the quarantine folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 into quarantine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::IntakeController</name>
    <message>
        <source>The inbox is not watched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported but could not be moved out of the inbox: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already imported into %2; nothing was duplicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported and stays where it is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused but could not be moved into quarantine: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transmission list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::LocalWorkspaceSession</name>
    <message>
        <source>The output hash of mark %1 is not a SHA-256 (64 hex digits): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::LockController</name>
    <message>
        <source>The workstation is still locking. Enter the passphrase again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. The workstation stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the workspace without unlocking; another user can then sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is locked for %1 (%2). Enter your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::LoginController</name>
    <message>
        <source>Choose the workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1. Check the path, or choose the file with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or passphrase is not right for this workspace. Check both and try again; repeated failures lock the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again later or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header beside %1 is missing, so the workspace cannot be unlocked. Restore the header file from your backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged or does not belong with its key header, so it was not opened and nothing was changed. Restore it from a backup or ask your administrator. Detail: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 did not work: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::LoginDialog</name>
    <message>
        <source>Sign in to Ridgeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ridgeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic mark examination workstation. Sign in with your workspace user name and passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database file (its key header lies beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ridgeline workspaces (*.ridgeline);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::MainActions</name>
    <message>
        <source>&amp;Lock Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the workspace until your passphrase is entered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the workspace and return to the sign-in dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the workspace and quit Ridgeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the case list from the workspace again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the search field above the case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the whole screen for the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language and when the workstation locks itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ridgeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version of Ridgeline and the licences of its libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and licence of Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search case references, names, places and document text in the whole workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the case list and the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the transmissions received, imported and quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a transmission package (a .zip, or a folder chosen by its manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Exemplars for Mark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected mark with every exemplar impression in the workspace and rank the candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Mark Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected mark to zoom, enhance, calibrate and measure it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with Exemplar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected mark beside a tenprint impression of a person of the case, to link corresponding features, align and overlay them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected mark beside another mark of the case: a footwear mark beside a test impression of a shoe, or two scene marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Another Mark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;Overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected case&apos;s exhibits and results, persons, documents, timeline and the status summary for the victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view Queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks at technical review, in conflict or waiting for an exemption: review the full record, resolve, return for rework and sign off cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor &amp;Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload, ages, turnaround, workload, conclusions, conflicts and matcher scores, filtered by period, force, offence and examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected case&apos;s report, a court chart of one of its marks, or a status summary for the victim or the prosecutor: preview, export as PDF, print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::MainWindow</name>
    <message>
        <source>%1 — Ridgeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock could not be recorded in the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarantine folder could not be opened; it is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Transmission Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 is not in the case list; refresh the list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That case is not shown in the case list; check the status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mark in the Marks tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 has no image to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 has no image to search with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected mark with every exemplar impression in the workspace and rank the candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mark with an image in the Marks tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the exemplars for mark %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in a comparison; its markup is edited there. Close the comparison to open the mark viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 has no image to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with an Exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 beside %2, %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no other mark with an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with Another Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark to show on the right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Casework…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ACE-V casework of the selected mark: its stage, records, history and the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mark in the Marks tab or on your worklist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the marks waiting for you: assigned to you, waiting for your verification or not taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case in the case list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor Dashboard — Ridgeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmissions (*.zip manifest.json *.an2 *.an2k *.eft *.nist);;Transmission packages (*.zip manifest.json);;ANSI/NIST-ITL transactions (*.an2 *.an2k *.eft *.nist);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkCanvas</name>
    <message>
        <source>Mark image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom about the cursor · drag: pan or measure with the chosen tool · Space+drag: pan
+ / −: zoom · 1: actual pixels · 0 or F: fit · arrows: pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup: suggestion selected, Enter accepts, Delete rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Region of interest: %n point(s); Enter or double-click closes, Escape drops</source>
        <translation>
            <numerusform>Region of interest: %n point; Enter or double-click closes, Escape drops</numerusform>
            <numerusform>Region of interest: %n points; Enter or double-click closes, Escape drops</numerusform>
        </translation>
    </message>
    <message>
        <source>Clarity map: %1, brush %2 px; [ and ] size the brush; 2 green, 3 yellow, 4 red, 5 orange, Delete erases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eraser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkCaseworkController</name>
    <message>
        <source>Another step on this mark is being stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3), exhibit %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impression %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The casework of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exemplars of the case could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 was not stored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has been read again; check it before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis of %1 started. Exemplars of the case stay hidden until the analysis is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis of %1 committed; its snapshot is on the record and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of %1 begun: exemplars are visible, later markup changes are flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion on %1 recorded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion on %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 submitted for verification by a second examiner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification of %1 recorded. It differs from the examiner&apos;s conclusion: the mark is in conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification of %1 recorded; the mark goes to technical review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict on %1 resolved; the mark goes to technical review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkDocument</name>
    <message>
        <source>%1; saved with the mark by %2 (revision %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncalibrated: measurements are in pixels only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from two points %2 mm apart on the scale, refined on %3 graduations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from two points %2 mm apart on the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from the resolution stored in the image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from the transmission manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, typed by the examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrate from scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolution of %1 ppi is not possible: type a positive value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count ridges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm (%2 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ridges over %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ridges over %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored enhancement recipe (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored measurement %1 (%2) cannot be read by this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkPreviewHook</name>
    <message>
        <source>mark viewer previews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkRecord</name>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 moved %3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 retyped from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, after exemplar exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value (analysis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distortion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar seen before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features in the snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the markup is as analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner&apos;s analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner&apos;s conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier&apos;s conclusion (blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier&apos;s conclusion (not blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion after resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conclusion recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempted from verification by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) against %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion that stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved yet: no sign-off until a resolution is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkViewerWindow</name>
    <message>
        <source>%1[*] – Mark Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to move the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calibrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line between two marks on the scale; its length is the scale length in the side panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line to measure a distance in mm and pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the first arm to the vertex, then click on the second arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ridge Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a line across the ridges to count the ridges it crosses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Life Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the mark at its real size on this screen (needs a calibration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the view 90° anticlockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the view 90° clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror the view left to right (for marks lifted on tape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline each pixel from 800% zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole image in a corner; click it to jump there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lou&amp;pe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnify the area under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the enhancement recipe&apos;s result over the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the enhancement recipe, calibration and measurements with the mark, with the SHA-256 of the recipe&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Calibrated Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the enhanced mark at 1000 or 500 ppi as lossless PNG or TIFF with its processing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation of the view, clockwise, any angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16-bit display window: the sample value shown black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16-bit display window: the sample value shown white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Window </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration &amp;&amp; &amp;Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not calibrated: calibrate it on its scale before exporting a calibrated copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Calibrated Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1000 ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>500 ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lossless images (*.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibrated copy %1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 and its processing report (output SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved work on %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved work on %1 cannot be used by this version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved work revision %1 by %2, %3; calibration: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be saved yet: its original is still being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying the recipe on the original of %1 to record its output…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work on %1 was not saved: someone saved it from another workstation meanwhile. Close and reopen the mark to see their work. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work on %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the work on %1 as revision %2 (output SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work on %1 (recipe, calibration, measurements) has changes that are not saved with the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;kup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark features: a click places the chosen type (Shift+letter chooses it), a drag sets its direction; click a feature to select it, drag to move it, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markup of %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feat&amp;ures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markup of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored markup of %1 was not loaded: this window has newer changes, which are being saved as your draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored markup of %1 cannot be used by this version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resumed your unsaved markup of %1 (%n feature(s)), autosaved %2</source>
        <translation>
            <numerusform>Resumed your unsaved markup of %1 (%n feature), autosaved %2</numerusform>
            <numerusform>Resumed your unsaved markup of %1 (%n features), autosaved %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Markup revision %1 of %2 (%n feature(s)), committed %3</source>
        <translation>
            <numerusform>Markup revision %1 of %2 (%n feature), committed %3</numerusform>
            <numerusform>Markup revision %1 of %2 (%n features), committed %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The markup of %1 could not be autosaved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit Markup Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the markup as its next committed revision (with its SHA-256 in the audit trail); until then it is kept as your draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markup of %1 cannot be committed yet: it is still being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing the markup of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markup of %1 was not committed: there are no changes since the last revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markup of %1 was not committed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup revision %1 of %2 committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Markup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the markup to a ridgeline-markup JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Markup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the markup with one read from a ridgeline-markup JSON file of this same image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ridgeline markup (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markup of %1 was not exported: its original is still being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markup was not written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the markup (%n feature(s)) to %1</source>
        <translation>
            <numerusform>Wrote the markup (%n feature) to %1</numerusform>
            <numerusform>Wrote the markup (%n features) to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported: the original of %2 is still being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: at %2 MB it is too large to be a markup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: it is not a valid markup file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: it is the markup of another image (SHA-256 %2, %3×%4 px), not of %5 (SHA-256 %6, %7×%8 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replace the markup of %1 (%n feature(s)) with the one in %2?</source>
        <translation>
            <numerusform>Replace the markup of %1 (%n feature) with the one in %2?</numerusform>
            <numerusform>Replace the markup of %1 (%n features) with the one in %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Its features, suggestions, region of interest, clarity map and &quot;none present&quot; records replace the current ones. This cannot be undone: the markup&apos;s undo history is cleared. Export the markup first to keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported the markup in %1 (%n feature(s)); it is saved as your draft</source>
        <translation>
            <numerusform>Imported the markup in %1 (%n feature); it is saved as your draft</numerusform>
            <numerusform>Imported the markup in %1 (%n features); it is saved as your draft</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggest &amp;Minutiae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the engine find ridge endings and bifurcations in the original; they are listed as suggestions in the Features tab to accept or reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show S&amp;uggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the engine&apos;s suggestions on the image (hollow, with a question mark); hidden, they cannot be picked on the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding minutiae</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutiae cannot be suggested for %1 yet: its original is still being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding minutiae in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minutiae were suggested for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine found no minutiae in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutia(e) suggested in %1: accept or reject them in the Features tab</source>
        <translation>
            <numerusform>%n minutia suggested in %1: accept or reject it in the Features tab</numerusform>
            <numerusform>%n minutiae suggested in %1: accept or reject them in the Features tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkWorkflow</name>
    <message>
        <source>The mark cannot go from &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow has no such step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 may not take this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this step needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no examiner is assigned to the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mark is assigned to %1; only they examine it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analysis (value decision and markup) has not been committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conclusion has been recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody verifies their own examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verification has been recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification is only skipped under a recorded policy exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conflict has no resolution record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody signs off an examination they made or verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the analysis has not been committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conclusion has been neither verified nor exempted from verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::Markup</name>
    <message>
        <source>Ridge ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ridge endings present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bifurcation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bifurcations present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutia (type unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minutiae of unknown type present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cores present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deltas present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dots present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incipient ridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incipient ridges present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No creases present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scars present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinctive feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No distinctive features present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class feature (pattern element)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class features present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired feature (wear, damage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acquired features present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 point %2 %3 is outside the image (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 geometry points but no geometry kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 cannot have a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 has %2 points, at least %3 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manual feature names an engine or a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an automatic feature must name its engine and the engine&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reviewed feature needs both who reviewed it and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestion %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 is outside the image (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 has no direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction %1 is outside 0 to 360 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only footwear features have a subtype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records no author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records no creation or modification time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was modified before it was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region of interest has %1 points, a polygon needs at least 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region of interest&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image SHA-256 &quot;%1&quot; is not 64 lowercase hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image size %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a suggestion must come from an engine and not be reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an automatic feature must be accepted by a reviewer (or stay a suggestion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is flagged as changed after an exemplar was seen, but no exemplar was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, but the markup records &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is recorded twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clarity map does not cover the image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green (clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow (some doubt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red (unclear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange (after an exemplar was seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clarity map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell size %1 is outside 1..%2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 × %2 image in cells of %3 pixels needs too many cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows given, the grid of the image has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: a run count starts with 0 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 holds more than the %2 cells of a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: unknown level &apos;%2&apos; at character %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 holds %2 cells, a row has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the direction of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint clarity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the region of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the region of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the engine&apos;s suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept %1 suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the suggested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1 suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-correspondence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 feature %3 is not in the %2&apos;s markup%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it is a suggestion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 feature %3 is already in pair %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records no author or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alignment matrix is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alignment matrix is singular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alignment is called a similarity but its matrix is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alignment uses pair %1, which is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alignment&apos;s pairs are not in ascending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alignment records no author or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 points: give one point or a polygon of at least 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: point (%2, %3) is outside the %4 (%5 × %6 pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comparison has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comparison is of images %1 and %2, not of the markups given (%3 and %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comparison records no author or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair number %1 is not 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair %1 is listed twice or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 (%2) repeats the id of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink pair %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber the pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison needs the markups of both the mark and the exemplar open; open them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No examiner is signed in, and the comparison records who changes it. Sign in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 of the %2 is an engine&apos;s suggestion; accept it before pairing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 is not in the %2&apos;s markup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 of the %2 is already in pair %3; unlink that pair first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pair %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 is not there (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;non-correspondence&quot; or &quot;unclear&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;left&quot; or &quot;right&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;similarity&quot; or &quot;affine&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be two rows of three numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of pair numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;exemplar&apos;: finger position %1 is outside 0..255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison refused: not a JSON object (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open comparison is of another image; close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair %1 of an open comparison uses a feature this markup does not have; close the comparison first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No examiner is signed in, and the markup records who changes it. Sign in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature %1 is not in the markup (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markup already has a feature %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markup records &quot;%1&quot;; withdraw that before marking a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clarity area needs at least 3 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record &quot;%1&quot;: %2 is marked; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion %1 is not there (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the id is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markup records &quot;%1&quot;; withdraw that before accepting a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markup records &quot;%1&quot; but the suggestions include a %2; withdraw the record or reject those suggestions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;manual&quot; or &quot;automatic&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known feature type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;polyline&quot; or &quot;polygon&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;low&quot;, &quot;medium&quot; or &quot;high&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clarity map: row %1 must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clarity map: %1 × %2 cells stated, cells of %3 pixels over the image make %4 × %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image size %1 × %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;nonePresent&apos; item %1: &quot;%2&quot; is not a known feature type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup refused: not a JSON object (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID in lowercase without braces, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UTC time like 2026-11-24T09:12:05.123Z, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a point [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; this version of Ridgeline reads version %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison bundle refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mark&apos;s markup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exemplar&apos;s markup: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkupFeatureModel</name>
    <message>
        <source>%1, %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, accepted by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3 UTC
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by %1 %2, not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkupOverlay</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction: %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by %1 at %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed at %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin: marked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin: %1 %2, accepted by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added or changed after an exemplar was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion: %1 (not reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select it, then Enter accepts it and Delete rejects it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::MarkupTool</name>
    <message>
        <source>Place %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarity map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region of interest needs at least 3 points; %1 so far. Click more points, or press Escape to drop it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::MeasurementPanel</name>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ridge count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to the ruler&apos;s &amp;graduations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance between the two points you mark on the scale with the calibration tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your clicks onto the nearest graduations for a precise scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resolution you know from elsewhere, in pixels per inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed &amp;resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::OverlayCanvas</name>
    <message>
        <source>Overlay of the mark on the exemplar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align the mark and the exemplar first (Comparison &gt; Align), from three or more corresponding pairs or the matcher&apos;s pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overlay cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the overlay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::PackageBuilder</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::PageThumbnailModel</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::PdfDocument</name>
    <message>
        <source>%1 is not a PDF file (no %PDF- header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged PDF that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted PDF; ask the sender for an unprotected copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged PDF: it has no readable pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 pages, more than the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a damaged PDF: its first page cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 is too large to render at %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an empty first page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::PersonMatching</name>
    <message>
        <source>same identifier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family and given names entered the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name spelled differently (%1 / %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates of birth differ as a typing slip would (%1 / %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of Ridgeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>As the workspace policy (%n min)</source>
        <translation>
            <numerusform>As the workspace policy (%n min)</numerusform>
            <numerusform>As the workspace policy (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock the workstation after this many minutes without input. The workspace policy sets the longest time allowed; a shorter time here wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much memory each open mark viewer may use to keep the parts of the image it has already shown, so that going back to them is instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory each mark viewer keeps for parts of the image already shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Each open mark viewer keeps the parts of the image it has already drawn, at every zoom, up to this amount of memory. Panning back or zooming to them is then instant; the parts seen longest ago make room first and are drawn again from the original when needed.&lt;/p&gt;&lt;p&gt;More memory helps when you work through very large images such as scene photographs; less leaves more for other programs. The mark itself is never changed. A new amount applies at once to the viewers already open.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory for each viewer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ReasonDialog</name>
    <message>
        <source>Required: it is kept with the mark&apos;s record and in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::RecipePanel</name>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an enhancement step at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the selected step earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the selected step later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhancement steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps are applied to the original in this order; untick a step to skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters of the selected step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x,y; x,y; …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points in pixels, separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ReportBuilder</name>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two points on the scale in the image, snapped to its graduations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two points on the scale in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution recorded in the image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution stated in the transmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by the examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>(switched off, not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged: after an exemplar was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No features were recorded at analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis snapshot could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features at analysis: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification (blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 has no committed comparison to chart. Commit the comparison in the comparison window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison revision %1 of mark %2 could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit compared with mark %1 is no longer in its case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exemplar impression compared with mark %1 is not linked to its case any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3), card %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored enhancement could not be read (%1): the original is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original is shown, as asked, without this enhancement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enhancement changes the image&apos;s geometry, so the chart shows the original, in whose pixels the features were marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enhancement could not be replayed (%1): the original is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying the enhancement gave pixels with SHA-256 %1, not the recorded %2: the original is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed on the original: output pixels SHA-256 %1, as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1 × %2 px from (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution of the exemplar record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court chart: mark %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison revision %1 by %2, %3; SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reached against another exemplar; this chart shows the comparison with the exemplar named above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conclusion recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified blind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict resolved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification exempted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor (sign-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off, case revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substrate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distortion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markup revision %1 snapshotted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed after an exemplar of the case was first seen (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed before any exemplar of the case was seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysed by %1 on %2; the details are withheld from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-examined: %1. Outcome: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification exempted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the verification differed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld from you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n page(s), added %2, SHA-256 %3</source>
        <translation>
            <numerusform>%1, %n page, added %2, SHA-256 %3</numerusform>
            <numerusform>%1, %n pages, added %2, SHA-256 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has not been signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off: revision %1 is in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sign-off of this case has been voided by later changes; it must be signed off again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is not open to you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace checked %1: %2 audit events in an unbroken chain, %3 checkpoints, %4 originals and %5 sign-offs verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace check FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not checked for this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status summary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ReportDialog</name>
    <message>
        <source>Case report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status summary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court chart of one mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status summary for the victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status summary for the prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which report to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case report holds every record of the case; a court chart shows one mark beside its exemplar; a status summary gives progress without sensitive detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark to chart: marks with a committed comparison you may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows the comparison with the exemplar of the conclusion that stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;court charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append a court chart for every mark with a committed comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the &amp;workspace first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit chain, the originals and the sign-offs, and print the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;original, not the enhancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the mark as received even when an enhancement was saved with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the report and show its pages as they will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a PDF (Ctrl+S); the export and its SHA-256 go in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report through the print dialog (Ctrl+P); recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop making the report (Esc); nothing is saved or recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s pages as Poppler renders them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for marks with a comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marks could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mark of this case has a committed comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mark of this case has a committed comparison to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the report, then Preview, Export PDF or Print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mark with a committed comparison first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s). Export PDF saves exactly these pages.</source>
        <translation>
            <numerusform>%1: %n page. Export PDF saves exactly this page.</numerusform>
            <numerusform>%1: %n pages. Export PDF saves exactly these pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (SHA-256 %2), recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer; recorded in the audit trail.</source>
        <translation>
            <numerusform>Sent %n page to the printer; recorded in the audit trail.</numerusform>
            <numerusform>Sent %n pages to the printer; recorded in the audit trail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ridgeline::ReportPdf</name>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not start: the printer or file refused to open. Check the printer or the folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2 could not be started. Check the printer or the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be finished. Check the printer or the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be finished: %1. Nothing was written; please report this with the software version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ResolutionFormDialog</name>
    <message>
        <source>The mark, the markup, the impressions looked at again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the re-examination found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Conflict — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the resolution; the mark then goes to technical review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;re-examined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conclusion that stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was re-examined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the re-examination found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ResolveConflictDialog</name>
    <message>
        <source>e.g. the mark and both impressions, at 1:1 and enhanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the re-examination found, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basis of the conclusion that stands, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Conflict on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examiner and the verifier of %1 reached different conclusions. Record what was re-examined, the outcome, and the conclusion that stands. The resolution is kept with the mark&apos;s record and in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-examined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conclusion that stands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exemplar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ReviewQueueController</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exemplars of the case could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-offs of the case could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of the mark could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a mark in the queue first, and wait for the step under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned to the examiner for rework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not returned for rework: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exempted from verification; it is now at technical review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not exempted from verification: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict on %1 is resolved; the mark is at technical review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict on %1 was not resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ReviewQueueModel</name>
    <message>
        <source>In this stage since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the mark has been waiting in its current ACE-V stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACE-V stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ReviewQueueWindow</name>
    <message>
        <source>Review Queue — Ridgeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks waiting for a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mark in the queue to see its full record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the review queue and the selected record again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for Re&amp;work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected mark back to its examiner&apos;s comparison, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exempt from Verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected concluded mark to technical review without a verification, under a recorded policy exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve &amp;Conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was re-examined, the outcome and the conclusion that stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Off Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the marks of the selected mark&apos;s case at technical review with your own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis and changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) of case %3: %4, version %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1 for Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes back to its examiner&apos;s comparison. Say what needs another look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for Rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt %1 from Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves to technical review without a second examiner&apos;s verification. Name the policy that allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mark of this case is at technical review; there is nothing to sign off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 signed off as revision %2 with key %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case changed while the dialog was open: what was signed is not the revision shown. Check revision %1 before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::Role</name>
    <message>
        <source>Fingerprint examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::SearchHitModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::SearchResultsView</name>
    <message>
        <source>Find in workspace: references, names, places, document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to search the whole workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to look for and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter on a hit to open its case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) for “%1”</source>
        <translation>
            <numerusform>%n hit for “%1”</numerusform>
            <numerusform>%n hits for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ridgeline::SignOffController</name>
    <message>
        <source>The revision to sign could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one mark and wait for the revision&apos;s SHA-256 before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was not signed off: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::SignOffDialog</name>
    <message>
        <source>Sign Off Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marks checked below are signed off together as one revision of case %1, with your own key. The revision is then frozen: a later change to any of them voids this sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): examined by %3, verified by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (exempted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the canonical revision document of the checked marks: their originals, analysis snapshots, markup and comparison revisions and conclusions. The signature covers it with your name, your key and the time added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase, as when you sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marks at technical review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision to be signed (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check at least one mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(revision document of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::SignOffModel</name>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the signed revision document:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 public key of %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::StatusSummaryPdf</name>
    <message>
        <source>No marks have been received for examination yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examination is complete. Its results were checked and signed off by a supervisor on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examination is complete. Its results were checked and signed off by a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mark has been examined. The results are waiting to be checked and signed off by a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examination is still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint examination: status summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the person affected by the offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of this summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks received for examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks examined so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks with results checked and signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For more information, please contact the officer in the case: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For more information, please contact the officer in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This summary gives counts only. It does not name anybody, describe any mark or state any result of a comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status summary of case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::TemplateService</name>
    <message>
        <source>Mark %1 has no committed markup to export; commit the markup first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The markup revision %1 of mark %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template holds %1 finger views; a mark takes the points of one view, so import a template of one view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 already has a markup draft of yours (saved %2); commit or discard it first, or replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committed markup of mark %1 is not of its original&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ThumbnailHook</name>
    <message>
        <source>thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::TransmissionManifest</name>
    <message>
        <source>manifest.json: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than 16 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;ridgeline-transmission&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is not supported (this version of Ridgeline reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: a transmission carries at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than 10,000 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 time with a zone, e.g. 2026-11-24T08:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a safe relative path inside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;rolled&quot; or &quot;plain&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;items[%1].exhibit&quot; repeats exhibit reference &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;items[%1].path&quot; repeats file &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;items[%1].person&quot; names person &quot;%2&quot;, who is not in &quot;persons&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;persons[%1].ref&quot; repeats person &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;links[%1].item&quot; names exhibit &quot;%2&quot;, which is not in &quot;items&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;links[%1].person&quot; names person &quot;%2&quot;, who is not in &quot;persons&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::TransmissionPackage</name>
    <message>
        <source>Package %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package itself is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no manifest.json at its top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json.sig is not a base64 Ed25519 signature of 64 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; of item %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is not listed in manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; cannot be opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is damaged: its data does not match its size or checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is larger than the limit of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; changed size while being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; has an unsafe name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is larger than the %2 MB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds more than %1 MB in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link; links are never followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a readable zip file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is a symbolic link; links are never followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; expands %2 times; refused as a possible zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::VictimSummary</name>
    <message>
        <source>No marks have been received for examination yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examination is complete. Its results were checked and signed off by a supervisor on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examination is complete. Its results were checked and signed off by a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mark has been examined. The results are waiting to be checked and signed off by a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examination is still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint examination: status summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of this summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks received for examination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks examined so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks with results checked and signed off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For more information, please contact the officer in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::VictimSummaryDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Summary for Victim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This summary names no one and gives no results or exhibit details, only how far the examination has gone. Read it before you pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Status Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status summary.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::ViewerStatus</name>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1, y %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Uncalibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncalibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ppi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::WorklistController</name>
    <message>
        <source>Your worklist could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::WorklistModel</name>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the mark entered this stage is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the casework of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACE-V stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the mark has been in its current ACE-V stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::WorklistView</name>
    <message>
        <source>Double-click a mark or press Enter to open its casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your worklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you: no mark is assigned to you, waiting for your verification or waiting to be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you: %1. The mark longest in its stage comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your worklist again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your worklist again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your worklist and the case list from the workspace again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::WorkspaceSearchController</name>
    <message>
        <source>The search did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::WorkspaceSession</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 1-64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for &quot;%1&quot; is too short: use at least %2 characters (a few unrelated words work well).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of &quot;%1&quot; is locked; unlock it with your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) may not %3%4. Ask a user whose role allows it; the refusal was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy needs at least one allowed failed sign-in and durations of zero or more seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own account (%1); ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase of &quot;%1&quot; is wrong; the passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is locked after too many failed attempts until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for &quot;%1&quot;; the session stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 cannot be imported while another import is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An original was offered with no import open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is locked after too many failed sign-ins until %2. Wait until then or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium could not start; no workspace can be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another path for the new workspace (nothing was overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium could not start; the workspace stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 does not exist. Check the path (--db) or create it with &apos;ridgeline-cli init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header %1 belongs to another workspace database, not %2. Put the .keys file that was made with this database beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header beside %1 names another database id; the two files do not belong together. Restore the matching pair from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled in this workspace. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of %1 was truncated: it ends at event %2 but a checkpoint was signed at event %3, so events %4 to %3 were removed. Restore the workspace from a backup; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database page check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database pages of %1 are damaged or were modified outside Ridgeline (%2)%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in table(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database page check of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header beside %1 belongs to another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 is at the stage &quot;%2&quot;: comparisons with exemplars stay closed to examiners until its analysis is committed (ACE-V). The refusal was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session keeps no markup or comparison documents; open the workspace itself to save or read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session keeps no exemplar impressions; open the workspace itself to list a case&apos;s tenprint cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session keeps no casework records; open the workspace itself to examine, verify or sign off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::Alignment</name>
    <message>
        <source>An affine alignment needs at least 3 pairs of corresponding points; %1 given. Add more pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A similarity alignment needs at least 2 pairs of corresponding points; %1 given. Add more pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair %1 has a coordinate that is not a number. Place its points again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs %1 and %2 use the same point on the mark (%3 px apart). Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs %1 and %2 use the same point on the exemplar (%3 px apart). Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points on the mark lie on one line, so an affine alignment is undetermined. Add a pair away from that line or use a similarity alignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consistent alignment fits these pairs. Check that each pair joins the same feature on the mark and on the exemplar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairs give a degenerate alignment (scale %1 to %2). Check that each pair joins the same feature on the mark and on the exemplar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairs fit the mark mirrored (error %1 px mirrored, %2 px as it is). Allow mirroring if the mark is reversed, or check the pairs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::Calibration</name>
    <message>
        <source>Calibration: unknown method &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration: the ppi must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration: the distance must be a positive number of millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration: the two points are less than a pixel apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruler refinement: the line is too short to find graduations along it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruler refinement: no regular graduations along the line; place both points on the scale&apos;s marks, or calibrate without refinement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruler refinement: fewer than three graduations found along the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruler refinement: both points snap to the same graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ridge count: the line must be at least 2 pixels long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::Enhancement</name>
    <message>
        <source>the image is %1 x %2 pixels; periodic-background suppression works on up to %3 megapixels: crop the mark first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 px median on a 16-bit image is not available (3 or 5 px are); use 5 or a Gaussian step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels and gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps black..white (fractions of full scale) to the full range with a gamma curve (above 1 brightens mid-tones). Same format out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swaps dark and light. Same format out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One channel of RGB, HSV or CIE Lab as a grey image of the same depth (a grey input counts as R = G = B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local contrast (CLAHE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast-limited adaptive histogram equalisation on tiles of the given size; colour images on their lightness. Same format out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsharp mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds amount x (image - Gaussian blur); differences below the threshold (fraction of full scale) are left alone. Same format out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius (sigma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian noise reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blur. Same format out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median noise reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median of a square window (odd size; 16-bit images: 3 or 5). Same format out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background subtraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates the background by morphological closing (dark objects) or opening (light objects) with a disc of the given radius and removes it. Same format out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ridges are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic background suppression (FFT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notches out the listed spectral peaks (cycles per pixel; found automatically when the list is empty and automatic detection is on). Same format out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notch radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find peaks automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peaks to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotates counter-clockwise by any angle (multiples of 90 degrees are exact); &apos;expand&apos; grows the canvas to keep every pixel. Same format out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the whole image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill (0 black, 1 white)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the rectangle (width or height 0: to the edge), clipped to the image. Same format out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspective correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps four corners (top-left, top-right, bottom-right, bottom-left, image pixels) onto an upright rectangle (size 0: from the corners). Same format out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resample to ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scales the calibrated image to the target resolution (area averaging when shrinking, cubic when enlarging, unless chosen). Same format out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the white point (%1) must be above the black point (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhancement cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) failed on this %3 x %4 image: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhancement: there is no image to enhance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the region lies outside the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the region lies outside the enhanced image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels; this step handles sides up to %3 px; crop the image first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rectangle %1,%2 %3 x %4 lies outside the %5 x %6 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs four corners (top-left, top-right, bottom-right, bottom-left), has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corrected image would be %1 x %2 pixels, too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the four corners are degenerate (three on a line or crossing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image has no resolution yet; calibrate it (or give its ppi) before resampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resampling to %1 ppi would give %2 x %3 pixels, too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1: the TIFF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Ridgeline processing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing report (%1, OpenCV %2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1, %2 %3, %4 ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  file SHA-256:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pixels SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2%3 (%4) -&gt; %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [disabled]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: %1 %2, %3 ppi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  file %1 SHA-256: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1: the name must end in .png, .tif or .tiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1: the resolution must be 1000 or 500 ppi, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1: the image is not calibrated; calibrate it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, outside %3..%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of [x, y] points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 points, allowed are %3..%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of [x, y] number pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown step kind &apos;%2&apos;; this version knows %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown parameter &apos;%2&apos;; this version knows %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;format&apos; is not &quot;ridgeline-recipe&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a list of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be {&quot;kind&quot;: text, &quot;enabled&quot;: true/false, &quot;parameters&quot;: {..}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::EvidenceImage</name>
    <message>
        <source>has %1-bit floating point or signed samples; only 8- and 16-bit images are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 channels; accepted are grey and colour (RGB) images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be decoded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be decoded; the file is damaged or uses an unsupported variant (CMYK or palette TIFF variants the codec does not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decodes to %1 x %2 pixels, over the pixel limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 x %2 pixels (%3 megapixels), over the limit of %4 megapixels; reduce the image or raise the limit in the preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::ImageInspector</name>
    <message>
        <source>Image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 x %2 pixels, over the budget of %3 megapixels; it was not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an image in a format Ridgeline accepts (PNG, JPEG, TIFF, BMP, JPEG 2000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a %1 image; accepted are PNG, JPEG, TIFF, BMP and JPEG 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no readable image header; the file is truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a JPEG 2000 file with a damaged header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated: the JPEG data ends before its end-of-image marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 pages, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2 cannot be reached; the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 is %2 x %3 pixels, over the budget of %4 megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 cannot be decoded (%2); the file is truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated: the JPEG 2000 codestream ends before its end marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decoded; the JPEG 2000 data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decodes to %1 x %2 pixels but its header says %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated or damaged: the file ends before its IEND chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: byte %1 does not start a PNG chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated or damaged: the file ends inside its %1 chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its %1 chunk at byte %2 fails its CRC check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: it does not start with an IHDR chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its IHDR chunk is repeated or of the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an invalid PNG header (size, bit depth, colour type or method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its palette has an invalid length of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its image data chunks are not consecutive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a critical %1 chunk that Ridgeline cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated or damaged: it holds no image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: it is a palette image without a palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: row %1 of its image data has an unknown filter type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its image data holds more than the %1 bytes its header declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1: not enough memory to check its image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated or damaged: its image data ends before the %1 bytes its header declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated or damaged: its compressed image data is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a PNG file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::Overlay</name>
    <message>
        <source>Overlay: the output size %1 x %2 is empty or too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay: the viewport on the exemplar is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay: the alignment of the mark onto the exemplar cannot be inverted. Align the images again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay: the opacity is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay: the mark image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay: the exemplar image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay: no images to overlay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::imaging::TilePyramid</name>
    <message>
        <source>The image has no pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the image pyramid was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::interop</name>
    <message>
        <source>the WSQ data does not start with a start-of-image marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WSQ data ends before its frame header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marker %1 comes before the frame header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table before the frame header has a bad length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 (Type-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 (Type-%2, IDC %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares an image of %2 x %3 pixels (HLL x VLL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares %2 x %3 pixels of %4 bits, %5 bytes uncompressed, but carries %6 bytes of image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares %2 x %3 pixels (HLL x VLL) but its WSQ frame header states %4 x %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO/IEC 19794-2 record, byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write an ISO/IEC 19794-2 record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data ends inside the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at (%2, %3) is outside the %4 x %5 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finger view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 minutiae; a view holds 255 at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than 15 cores or deltas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a finger position, view number, impression type or quality out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutia %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an angle or a quality out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels; the record holds 1 to 16383 each way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finger views; a record holds 255 at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution does not fit 16 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extended data of finger view %1 is larger than 65535 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the core-and-delta block ends before its %1 count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 information type %2 is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 points do not fit the %3 bytes left of the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 at (%2, %3) is outside the %4 x %5 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes follow the deltas in the core-and-delta block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended data length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extended data length %1 is more than the %2 bytes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extended data area header does not fit the extended data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extended data area length %1 does not fit the %2 bytes of extended data left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended data area type 0 is reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second core-and-delta block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header of finger view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finger position %1 is not 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impression type %1 is not 0 to 3 or 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finger quality %1 is more than 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutiae need %2 bytes; %3 are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutia %1 has the reserved type code 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutia %1 at (%2, %3) is outside the %4 x %5 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutia %1 has quality %2, more than 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a finger minutiae record (it does not start with &quot;FMR&quot; and a zero byte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not &quot; 20&quot; (ISO/IEC 19794-2:2005)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record length is %1 bytes but the data is %2 bytes; this looks like an INCITS 378 record, whose length field is 2 or 6 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record length is %1 bytes but the data is %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image size %1 x %2 is not 1 to 16383 pixels each way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no finger view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finger views do not fit the %2 bytes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes follow the last finger view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has %1 finger view(s); there is no view %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record describes a %1 x %2 pixel image, but the image is %3 x %4 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bifurcation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO/IEC 19794-2:2005 finger minutiae record
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1 x %2 pixels, resolution %3 x %4 pixels/cm
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture equipment: certification %1, device type %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finger views: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1: finger position %2, view number %3, impression type %4, quality %5, %6 minutiae
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2  x %3  y %4  angle %5 (%6 degrees)  quality %7
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 x %2  y %3  angles: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  extended data area type 0x%1, %2 bytes
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage</name>
    <message>
        <source>%1 %2 failed: %3. Check free space and folder permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, larger than any valid file of its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint at event %1 is signed by a key that is not this workspace&apos;s workstation key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit checkpoint at event %1 has an invalid signature (the checkpoint was altered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 is missing (the next stored event is %2): events were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 does not follow event %2 (previous-hash mismatch): events were deleted, reordered or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 was modified (its hash does not match its contents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit event %1 does not match the checkpoint signed there: the chain up to it was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail ends at event %1 but a checkpoint was signed at event %2: events %3 to %2 were removed (truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in record %1 is locked by another Ridgeline process; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer Ridgeline (schema version %2; this program knows up to %3). Open it with the newer version; it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the workspace schema to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else first (stored revision %2, yours %3). Reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is stored for original %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived data of original %1 needs a kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was not stored: original %2 is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original %1 is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original %1 no longer matches its SHA-256 (%2 of %3 bytes read): the evidence is damaged. Restore the workspace from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header %1 is missing, so no user can unlock the workspace beside it. Restore the .keys file from the backup taken with the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header %1 is damaged (%2). Restore it from a backup; the database has not been touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Ridgeline key header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown header version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1 is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity fields are malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key header %1 was modified outside Ridgeline (its MAC does not match). Restore it from a backup and report it to the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key slot has impossible Argon2id limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the passphrase key ran out of memory (Argon2id needs %1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed for &quot;%1&quot;: unknown user or wrong passphrase. Check the user name and passphrase (Caps Lock?) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing audit event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 does not exist in this workspace; check the reference with &apos;cases list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a valid reference (FORCE/YEAR/NUMBER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference %1 is already used by another case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workspace database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a database statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the workspace database %2 is damaged or was not made with this key (%3). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 cannot be opened (%3). Check the path and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on %2: %3. Check free space and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 is busy in another program (%3). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a database statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction committed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step inside this change failed, so none of it was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new path for the workspace (nothing was overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 does not exist. Check --db or create one with init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 has no database id; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 is truncated or padded (%2 bytes, %3 pages expected). Restore it from a backup; nothing was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database %1 is truncated (%2 bytes). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison of mark %1 with exemplar %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>markup of mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document to save is not valid JSON (%1 at byte %2); nothing was saved. This is a fault of the program: report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document to save is not a JSON object with a &quot;format&quot; name; nothing was saved. This is a fault of the program: report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison of mark %1 needs the exemplar impression it is with (and markup has none); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no revision %2 to be based on (the newest is %3); nothing was saved. Reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no draft of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 was committed elsewhere as revision %2 after this draft was started from revision %3. Open revision %2, bring the changes together and commit again; the draft was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has not been committed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of the %2 does not match the SHA-256 it was committed with: the workspace was altered. Run verify and restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of the %2 does not match the SHA-256 it was committed with (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mark %1 in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 was changed by another session first: it is now at version %2, stage &quot;%3&quot;%4; your step was based on version %5, stage &quot;%6&quot;. Nothing was saved: reload the mark and decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (by %1 at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 was changed by another session first; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mark has no committed analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no signing key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key protecting the signing key could not be derived (out of memory?); nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open %1&apos;s signing key; nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored signing key of %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored signing key of %1 does not match its public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::Intake</name>
    <message>
        <source>The key for device %1 is not a 32-byte Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no proposed person link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person link %1 was already decided (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 is not signed, and this workspace accepts only packages signed by a registered device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 is signed by device %2, which is not registered (or was withdrawn) in this workspace; an administrator must register it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1: the signature of manifest.json does not verify with the key registered for device %2; the manifest was altered or signed by another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An original changed between checking and storing; nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::MarkWork</name>
    <message>
        <source>The stored %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1, revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No examination work has been saved for mark %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work on mark %1 was saved elsewhere (revision %2) after this copy was opened (revision %3). Reopen the mark to see it; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ridgeline::storage::Templates</name>
    <message>
        <source>Exemplar impression %1 is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
