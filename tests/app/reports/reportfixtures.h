#pragma once

// Synthetic but realistic report data for the report tests and the benchmark: grayscale ridge
// images drawn from a formula (no OpenCV), two users, a verified identification, a sign-off, an
// audit excerpt. Header-only so tests/bench/reports can share it.

#include "app/reports/reportdata.h"

#include <QRandomGenerator>

#include <cmath>

namespace ridgeline::reports::testing {

inline QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute, 7), Qt::UTC);
}

// Minutiae of one synthetic finger, relative to its core, in pixels at 1000 ppi: each is a point
// where the ridge phase turns by one ridge (an ending or a bifurcation), as in a real print.
inline QList<QPointF> minutiae(int count = 14)
{
    QList<QPointF> points;
    QRandomGenerator random(4242);
    while (points.size() < count) {
        const double a = random.generateDouble() * 2 * M_PI;
        const double r = 60 + random.generateDouble() * 300;
        points << QPointF(std::cos(a) * r, std::sin(a) * r * 1.1);
    }
    return points;
}

// A loop pattern around `core` (ridges curve round the core and run down on both sides) with a
// ridge period of about 0.47 mm at 1000 ppi, the minutiae above, some skin distortion, noise and
// an uneven background, like a developed mark (`latent`) or an inked impression.
inline QImage ridgeImage(int width, int height, QPointF core, quint32 seed, bool latent)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    QRandomGenerator random(seed);
    const double period = 18.5;
    const QList<QPointF> features = minutiae();
    for (int y = 0; y < height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const double wx = x + 5 * std::sin(y / 53.0) - core.x();
            const double wy = y + 4 * std::sin(x / 61.0) - core.y();
            // Distance to the half-line running down from the core: U-shaped ridges.
            const double r = wy < 0 ? std::hypot(wx, wy * 1.15) : std::abs(wx) + 0.08 * wy;
            double phase = 2 * M_PI * r / period;
            for (int i = 0; i < features.size(); ++i)
                phase += (i % 2 ? 1 : -1) * std::atan2(wy - features[i].y(), wx - features[i].x());
            const double v = std::cos(phase);
            const double contrast = latent ? 0.55 + 0.35 * std::sin(x * 0.004 + y * 0.003) : 0.9;
            const double background = latent ? 150 + 40 * std::cos(x * 0.002 - y * 0.0035) : 200;
            double value = background - 80 * contrast * (v > 0 ? std::sqrt(v) : -std::sqrt(-v));
            value += (random.generateDouble() - 0.5) * (latent ? 46 : 18);
            line[x] = uchar(std::clamp(value, 0.0, 255.0));
        }
    }
    return image;
}

inline ReportFooter footer()
{
    return ReportFooter{QStringLiteral("Ridgeline 0.8.0"), QStringLiteral("Gareth Evans (gevans)"), utc(9, 16, 30),
                        QStringLiteral("ws-7f3a9c21-4b0e")};
}

inline const char *markSha()
{
    return "3f7a2c9d1e4b6a8f0c2d4e6f8a0b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a5b";
}
inline const char *exemplarSha()
{
    return "9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d";
}
inline const char *keyFingerprint()
{
    return "ed25519:5c41 9a0e 77d2 b3f1 0c6a 8e42 19bd f7a3";
}

// `crop` pixels square at `ppi`; 12 numbered pairs, one noted area on each side.
inline CourtChart courtChart(int crop = 900, double ppi = 1000, int seed = 1)
{
    CourtChart c;
    c.caseReference = QStringLiteral("NWP/2026/000815");
    c.exhibitReference = QStringLiteral("EP/2");
    c.title = QStringLiteral("Court chart: mark EP/2 and HUGHES Siân, left thumb");
    c.mark.image = ridgeImage(crop, crop, QPointF(crop * 0.48, crop * 0.4), quint32(seed), true);
    c.mark.origin = QPoint(340, 220);
    c.mark.ppi = ppi;
    c.mark.calibration = QStringLiteral("two points on the scale");
    c.mark.originalSha256 = QString::fromLatin1(markSha());
    c.mark.displayedSha256 = QStringLiteral("c4e1a7f3b9d5e2c8a6f4b0d9e7c5a3f1b8d6e4c2a0f9e7d5c3b1a8f6e4d2c0b9");
    c.mark.caption = QStringLiteral("Mark EP/2, latent finger mark (rear door, uPVC frame)");
    c.exemplar.image = ridgeImage(crop, crop, QPointF(crop * 0.5, crop * 0.37), quint32(seed + 100), false);
    c.exemplar.origin = QPoint(1210, 1630);
    c.exemplar.ppi = ppi;
    c.exemplar.calibration = QStringLiteral("tenprint card scanned at 1000 ppi");
    c.exemplar.originalSha256 = QString::fromLatin1(exemplarSha());
    c.exemplar.displayedSha256 = QString::fromLatin1(exemplarSha());
    c.exemplar.caption = QStringLiteral("HUGHES Siân, left thumb, card TP/6");
    const QList<QPointF> features = minutiae();
    const QPointF markCore = QPointF(crop * 0.48, crop * 0.4);
    const QPointF exemplarCore = QPointF(crop * 0.5, crop * 0.37);
    for (int i = 0; i < 12; ++i)
        c.pairs << ChartPair{i + 1, QPointF(c.mark.origin) + markCore + features[i],
                             QPointF(c.exemplar.origin) + exemplarCore + features[i]};
    const QPointF m0 = QPointF(c.mark.origin) + QPointF(crop * 0.82, crop * 0.2);
    c.notes << ChartNote{
        true,
        {m0, m0 + QPointF(crop * 0.1, 0), m0 + QPointF(crop * 0.1, crop * 0.08), m0 + QPointF(0, crop * 0.08)},
        QStringLiteral("Unclear: distortion from a slight movement, not relied on")};
    c.notes << ChartNote{false,
                         {QPointF(c.exemplar.origin) + QPointF(crop * 0.15, crop * 0.85)},
                         QStringLiteral("Non-correspondence explained: crease in the exemplar only")};
    c.magnification = 0;
    c.enhancement = {QStringLiteral("1. Contrast stretch, 1st to 99th percentile"),
                     QStringLiteral("2. Background subtraction, Gaussian sigma 12 px")};
    c.conclusion = QStringLiteral("Identification: the mark was made by the left thumb of HUGHES Siân.");
    c.comparisonRevision = QStringLiteral(
        "Comparison revision 3, SHA-256 8d2f6a1c0e9b7d5f3a1c9e7b5d3f1a9c7e5b3d1f9a7c5e3b1d9f7a5c3e1b9d7f");
    c.attestations << ChartAttestation{QStringLiteral("Examiner"), QStringLiteral("Rhian Jones (rjones)"),
                                       QStringLiteral("Identification"), utc(5, 10, 12),
                                       QStringLiteral("a41c 0be2 99f3 7d10 5e6b c2a8 f031 9de4")};
    c.attestations << ChartAttestation{QStringLiteral("Verifier"), QStringLiteral("Owain Price (oprice)"),
                                       QStringLiteral("Verified blind: identification"), utc(6, 14, 48),
                                       QStringLiteral("77b0 d2c1 4e9a 0f53 a8e6 1b7c 3d95 e204")};
    c.attestations << ChartAttestation{QStringLiteral("Supervisor (sign-off)"), QStringLiteral("Gareth Evans (gevans)"),
                                       QStringLiteral("Signed off, revision 1"), utc(7, 9, 3),
                                       QString::fromLatin1(keyFingerprint())};
    c.footer = footer();
    return c;
}

inline ReportMark reportMark(int index, bool analysed, int changes)
{
    ReportMark m;
    m.exhibitReference = QStringLiteral("EP/%1").arg(index);
    m.kind = QStringLiteral("Latent finger mark");
    m.state = analysed ? QStringLiteral("Signed off") : QStringLiteral("Analysis");
    m.originalSha256 = QString::fromLatin1(markSha());
    m.provenance = QStringLiteral("Captured 3 March 2026 by SOCO Dafydd Roberts at 14 Ffordd yr Eglwys, Bangor, "
                                  "rear door uPVC frame, device Crime-Lite Capture 2 (serial CL2-00417)");
    m.examiner = QStringLiteral("Rhian Jones (rjones)");
    m.verifier = analysed ? QStringLiteral("Owain Price (oprice)") : QString();
    m.analysed = analysed;
    if (analysed) {
        m.value = QStringLiteral("Of value for identification");
        m.analysisLines = {QStringLiteral("Substrate: smooth non-porous (uPVC)"),
                           QStringLiteral("Development: black magnetic powder, lifted"),
                           QStringLiteral("Distortion: slight lateral movement at the upper right"),
                           QStringLiteral("Features: 14 minutiae, 1 core, 0 deltas; clarity mostly green")};
        m.analysisSha256 = QStringLiteral("5e0c9a7b3d1f8e6c4a2b0d9f7e5c3a1b8f6d4e2c0a9b7f5d3e1c8a6b4f2d0e9c");
        m.analysisUtc = utc(4, 11, 20);
        m.firstExposureUtc = utc(5, 9, 40);
        for (int i = 0; i < changes; ++i)
            m.changesAfterExposure << QStringLiteral("Minutia %1 moved 3 px by Rhian Jones on 5 March 2026").arg(i + 7);
        m.conclusions << ReportConclusion{
            QStringLiteral("Examination"),
            QStringLiteral("Identification"),
            QStringLiteral("HUGHES Siân, left thumb (TP/6)"),
            QStringLiteral("Rhian Jones (rjones)"),
            utc(5, 10, 12),
            QStringLiteral("Sufficient agreement in ridge flow and 12 minutiae in "
                           "sequence; no unexplained difference."),
            QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90")};
        m.conclusions << ReportConclusion{
            QStringLiteral("Verification (blind)"),
            QStringLiteral("Identification"),
            QStringLiteral("HUGHES Siân, left thumb (TP/6)"),
            QStringLiteral("Owain Price (oprice)"),
            utc(6, 14, 48),
            QStringLiteral("Agrees with the examination."),
            QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0")};
        m.history << ReportEvent{utc(3, 15, 2), QStringLiteral("Rhian Jones (rjones)"), QStringLiteral("Received")}
                  << ReportEvent{utc(4, 11, 20), QStringLiteral("Rhian Jones (rjones)"),
                                 QStringLiteral("Analysis committed")}
                  << ReportEvent{utc(5, 10, 12), QStringLiteral("Rhian Jones (rjones)"),
                                 QStringLiteral("Submitted for verification")}
                  << ReportEvent{utc(6, 14, 48), QStringLiteral("Owain Price (oprice)"),
                                 QStringLiteral("Verified: results agree")}
                  << ReportEvent{utc(7, 9, 3), QStringLiteral("Gareth Evans (gevans)"),
                                 QStringLiteral("Signed off, revision 1")};
    } else {
        m.withheld << QStringLiteral("Candidate exemplars: not shown while the mark is in analysis");
    }
    return m;
}

// A report of about `marks` mark sections, `auditLines` audit lines and `charts` chart pages.
inline CaseReport caseReport(int marks = 3, int auditLines = 40, int charts = 1, int crop = 700)
{
    CaseReport r;
    r.caseReference = QStringLiteral("NWP/2026/000815");
    r.force = QStringLiteral("North Wales Police");
    r.offence = QStringLiteral("Burglary (dwelling)");
    r.officerInCase = QStringLiteral("DC 2231 Mererid Williams");
    r.status = QStringLiteral("Open");
    r.createdUtc = utc(3, 13, 55);
    r.summary = QStringLiteral("Rear door forced at a dwelling in Bangor; marks lifted from the door frame and a "
                               "kitchen window.");
    r.persons << QStringLiteral("HUGHES Siân (suspect), born 1 May 1990, PNC 12/345678A")
              << QStringLiteral("PRICE Gwenllian (victim), born 12 August 1975")
              << QStringLiteral("PRICE Aled (elimination), born 3 February 1973");
    r.documents << QStringLiteral("Witness statement (MG11) of Gwenllian Price, 2 pages, SHA-256 "
                                  "4c8e1a9f3b7d5e2c0a6f8b4d1e9c7a3f5b2d0e8c6a4f1b9d7e3c5a0f2b8d6e4c1");
    for (int i = 0; i < marks; ++i)
        r.marks << reportMark(i + 1, i != marks - 1 || marks == 1, i == 1 ? 2 : 0);
    r.signOffs << ReportSignOff{1,
                                QStringLiteral("Gareth Evans (gevans)"),
                                utc(7, 9, 3),
                                QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                                QString::fromLatin1(keyFingerprint()),
                                true,
                                QString(),
                                {QStringLiteral("EP/1"), QStringLiteral("EP/2")}};
    r.signOffs << ReportSignOff{0,
                                QStringLiteral("Gareth Evans (gevans)"),
                                utc(6, 17, 0),
                                QStringLiteral("d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"),
                                QString::fromLatin1(keyFingerprint()),
                                false,
                                QStringLiteral("Voided 7 March 2026 by Gareth Evans: comparison revised"),
                                {QStringLiteral("EP/1")}};
    r.signOffStatus = QStringLiteral("Signed off: revision 1 is in force (1 earlier sign-off voided).");
    const QStringList actions = {QStringLiteral("evidence.read"), QStringLiteral("markup.edit"),
                                 QStringLiteral("state.change"), QStringLiteral("export")};
    for (int i = 0; i < auditLines; ++i)
        r.audit << ReportAuditLine{
            utc(3 + i / 12, 9 + (i % 12) / 2, (i * 7) % 60),
            i % 3 ? QStringLiteral("rjones") : QStringLiteral("oprice"), actions[i % 4],
            QStringLiteral("mark EP/%1").arg(1 + i % 3),
            QStringLiteral("event %1, record hash 0f1e2d3c4b5a6978%2").arg(i + 1).arg(i, 4, 10, QLatin1Char('0'))};
    r.auditTotal = auditLines + 165;
    r.auditVerification = QStringLiteral("Audit trail verified: %1 events, chain intact").arg(auditLines + 165);
    for (int i = 0; i < charts; ++i) {
        CourtChart c = courtChart(crop, 1000, i + 1);
        c.exhibitReference = QStringLiteral("EP/%1").arg(i + 1);
        r.charts << c;
    }
    r.footer = footer();
    return r;
}

inline StatusSummary statusSummary(SummaryAudience audience)
{
    StatusSummary s;
    s.audience = audience;
    s.facts.caseReference = QStringLiteral("NWP/2026/000815");
    s.facts.offence = QStringLiteral("Burglary (dwelling)");
    s.facts.marksReceived = 4;
    s.facts.marksExamined = 3;
    s.facts.marksSignedOff = 2;
    s.asOf = QDate(2026, 3, 9);
    s.contact =
        audience == SummaryAudience::Prosecutor ? QStringLiteral("DC 2231 Mererid Williams, 01248 000 815") : QString();
    s.footer = footer();
    return s;
}

} // namespace ridgeline::reports::testing
