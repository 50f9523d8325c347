// ISO/IEC 19794-2:2005 minutiae records (app/interop/iso19794.h): hand-built bytes read as the
// standard says, markup exported and imported back, every truncation and lie refused.
#include "app/interop/iso19794.h"

#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace ridgeline;
using namespace ridgeline::interop;

namespace {

const QString kSha = QString(64, QLatin1Char('a'));
const QDateTime kNow = QDateTime(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC);

// 40 x 30 image, 197 px/cm (500 ppi), one view (finger 2, view 0, impression 2, quality 60), two
// minutiae, one core with an angle and no delta. Values worked out by hand from clause 7:
//   minutia 1: ending (01) at x 12 -> 0x400C, y 7 -> 0x0007, angle 64 (90 degrees), quality 75
//   minutia 2: bifurcation (10) at x 39 -> 0x8027, y 29 -> 0x001D, angle 192 (270 degrees), q 0
//   core-and-delta area: type 0x0002, length 4 + 1 + 5 + 1 = 11; cores 0x41 (angular, 1),
//   x 20 y 15 angle 32 (45 degrees); deltas 0x00
// Record length 24 + 4 + 12 + 2 + 11 = 53 = 0x35.
QByteArray handBuilt()
{
    return QByteArray::fromHex("464d5200"
                               "20323000"
                               "00000035"
                               "0000"
                               "0028"
                               "001e"
                               "00c5"
                               "00c5"
                               "01"
                               "00"
                               "02"
                               "02"
                               "3c"
                               "02"
                               "400c"
                               "0007"
                               "40"
                               "4b"
                               "8027"
                               "001d"
                               "c0"
                               "00"
                               "000b"
                               "0002"
                               "000b"
                               "41"
                               "0014"
                               "000f"
                               "20"
                               "00");
}

MarkupFeature feature(FeatureType type, QPointF at, std::optional<double> direction,
                      Confidence confidence = Confidence::Medium)
{
    MarkupFeature f;
    f.id = FeatureId::create();
    f.type = type;
    f.position = at;
    f.direction = direction;
    f.confidence = confidence;
    f.author = QStringLiteral("examiner");
    f.createdUtc = kNow;
    f.modifiedUtc = kNow;
    return f;
}

} // namespace

class TestIso19794 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHandBuiltRecord()
    {
        const auto r = readIso19794(handBuilt());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
        QCOMPARE(r->width, 40);
        QCOMPARE(r->height, 30);
        QCOMPARE(r->resolutionX, 197);
        QCOMPARE(r->views.size(), 1);
        const Iso19794FingerView &v = r->views.first();
        QCOMPARE(v.fingerPosition, 2);
        QCOMPARE(v.impressionType, 2);
        QCOMPARE(v.fingerQuality, 60);
        QCOMPARE(v.minutiae.size(), 2);
        QCOMPARE(v.minutiae[0].type, Iso19794MinutiaType::Ending);
        QCOMPARE(v.minutiae[0].x, 12);
        QCOMPARE(v.minutiae[0].y, 7);
        QCOMPARE(v.minutiae[0].angle, 64);
        QCOMPARE(v.minutiae[0].quality, 75);
        QCOMPARE(v.minutiae[1].type, Iso19794MinutiaType::Bifurcation);
        QCOMPARE(v.minutiae[1].x, 39);
        QCOMPARE(v.minutiae[1].y, 29);
        QCOMPARE(v.minutiae[1].angle, 192);
        QCOMPARE(v.cores.size(), 1);
        QCOMPARE(v.cores[0].x, 20);
        QCOMPARE(v.cores[0].angles, QList<int>{32});
        QVERIFY(v.deltas.isEmpty());
    }

    void handBuiltRecordBecomesSuggestionsInDegreesAndPixelCentres()
    {
        const auto r = readIso19794(handBuilt());
        QVERIFY(r.ok());
        const auto m = markupFromIso19794(*r, 0, kSha, QSize(40, 30), QStringLiteral("examiner"), kNow);
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message()));
        QVERIFY(m->features.isEmpty());
        QCOMPARE(m->suggestions.size(), 3);
        const MarkupFeature &ending = m->suggestions[0];
        QCOMPARE(ending.type, FeatureType::MinutiaEnding);
        QCOMPARE(ending.position, QPointF(12.5, 7.5));
        QCOMPARE(*ending.direction, 90.0);
        QCOMPARE(ending.confidence, Confidence::High);
        QCOMPARE(ending.origin.engine, QStringLiteral("ISO/IEC 19794-2:2005"));
        QVERIFY(ending.origin.isAutomatic() && !ending.origin.isReviewed());
        QCOMPARE(*m->suggestions[1].direction, 270.0);
        QCOMPARE(m->suggestions[1].confidence, Confidence::Medium); // quality 0: not reported
        QCOMPARE(m->suggestions[2].type, FeatureType::Core);
        QCOMPARE(*m->suggestions[2].direction, 45.0);
    }

    void writesTheHandBuiltBytes()
    {
        const auto r = readIso19794(handBuilt());
        QVERIFY(r.ok());
        const auto bytes = writeIso19794(*r);
        QVERIFY(bytes.ok());
        QCOMPARE(bytes->toHex(), handBuilt().toHex());
    }

    void roundTripKeepsTypesPositionsAndDirections()
    {
        Markup markup = Markup::forImage(kSha, QSize(500, 400));
        markup.features << feature(FeatureType::MinutiaEnding, {10.2, 20.9}, 0.7, Confidence::Low)
                        << feature(FeatureType::MinutiaBifurcation, {499.9, 399.9}, 359.9, Confidence::High)
                        << feature(FeatureType::MinutiaUnknown, {0.0, 0.0}, 181.3)
                        << feature(FeatureType::MinutiaEnding, {250.5, 100.5}, std::nullopt)
                        << feature(FeatureType::Core, {200.3, 150.6}, 12.0)
                        << feature(FeatureType::Delta, {300.0, 350.0}, 200.0)
                        << feature(FeatureType::Dot, {5, 5}, std::nullopt); // not a template feature
        QVERIFY(validateMarkup(markup).ok());
        const auto record = iso19794FromMarkup(markup, 500.0);
        QVERIFY(record.ok());
        QCOMPARE(record->resolutionX, 197); // 500 / 2.54 = 196.85 pixels per centimetre
        const auto bytes = writeIso19794(*record);
        QVERIFY(bytes.ok());
        const auto read = readIso19794(*bytes);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message()));
        const auto back = markupFromIso19794(*read, 0, kSha, QSize(500, 400), QStringLiteral("examiner"), kNow);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message()));
        QCOMPARE(back->suggestions.size(), 6);
        for (int i = 0; i < 6; ++i) {
            const MarkupFeature &a = markup.features[i];
            const MarkupFeature &b = back->suggestions[i];
            QCOMPARE(b.type, a.type);
            QVERIFY2(std::abs(a.position.x() - b.position.x()) <= 0.5 + 1e-9 &&
                         std::abs(a.position.y() - b.position.y()) <= 0.5 + 1e-9,
                     qPrintable(QStringLiteral("feature %1 moved").arg(i)));
            const double want = a.direction.value_or(0.0);
            double diff = std::abs(want - b.direction.value_or(-1000));
            diff = std::min(diff, 360.0 - diff);
            QVERIFY2(diff <= kIso19794AngleUnit, qPrintable(QStringLiteral("feature %1 turned %2").arg(i).arg(diff)));
        }
        QCOMPARE(back->suggestions[0].confidence, Confidence::Low);
        QCOMPARE(back->suggestions[1].confidence, Confidence::High);
    }

    void everyTruncationIsAnErrorNamingAnOffset()
    {
        const QByteArray whole = handBuilt();
        for (qsizetype n = 0; n < whole.size(); ++n) {
            const auto r = readIso19794(QByteArrayView(whole).first(n));
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("%1 bytes accepted").arg(n)));
            QCOMPARE(r.error().code(), ErrorCode::BadInput);
            QVERIFY2(r.error().message().contains(QStringLiteral("byte ")), qPrintable(r.error().message()));
        }
        // Truncated and the length field corrected to match: the reader still finds the gap.
        for (qsizetype n = 24; n < whole.size(); ++n) {
            QByteArray cut = whole.first(n);
            qToBigEndian<quint32>(quint32(n), cut.data() + 8);
            QVERIFY2(!readIso19794(cut).ok(), qPrintable(QStringLiteral("%1 bytes with a matching length").arg(n)));
        }
    }

    void hostileRecordsAreRefused_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = handBuilt();
        auto with = [&](int at, const char *hex) {
            QByteArray b = good;
            const QByteArray patch = QByteArray::fromHex(hex);
            b.replace(at, patch.size(), patch);
            return b;
        };
        QTest::newRow("INCITS 378 version") << 4 << with(4, "20323100") << QStringLiteral("version");
        QTest::newRow("length lies") << 8 << with(8, "00000036") << QStringLiteral("record length");
        QTest::newRow("zero width") << 14 << with(14, "0000") << QStringLiteral("image size");
        QTest::newRow("no views") << 22 << with(22, "00") << QStringLiteral("no finger view");
        QTest::newRow("minutia outside") << 28 << with(28, "4028") << QStringLiteral("outside");
        QTest::newRow("reserved type") << 28 << with(28, "c00c") << QStringLiteral("reserved type");
        QTest::newRow("impression 5") << 25 << with(25, "05") << QStringLiteral("impression type");
        QTest::newRow("quality 101") << 33 << with(33, "65") << QStringLiteral("quality");
        QTest::newRow("too many minutiae") << 27 << with(27, "ff") << QStringLiteral("minutiae need");
        QTest::newRow("extended too long") << 40 << with(40, "00ff") << QStringLiteral("extended data length");
        QTest::newRow("area too long") << 44 << with(44, "0020") << QStringLiteral("area length");
        QTest::newRow("core outside") << 47 << with(47, "0028") << QStringLiteral("outside");
        QTest::newRow("two cores claimed") << 47 << with(46, "42") << QStringLiteral("points do not fit");
    }

    void hostileRecordsAreRefused()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto r = readIso19794(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), ErrorCode::BadInput);
        QVERIFY2(r.error().message().contains(QStringLiteral("byte %1:").arg(offset)), qPrintable(r.error().message()));
        QVERIFY2(r.error().message().contains(reason), qPrintable(r.error().message()));
    }

    void anIncitsRecordIsToldApartFromATruncatedOne()
    {
        // INCITS 378-2004: "FMR\0 20\0", then a 2-byte length (here 26, the data's size) and the
        // CBEFF product identifier.
        QByteArray incits = QByteArray::fromHex("464d5200"
                                                "20323000"
                                                "001a"
                                                "0000"
                                                "0000"
                                                "0000"
                                                "0028"
                                                "001e"
                                                "00c5"
                                                "00c5"
                                                "0000");
        QCOMPARE(incits.size(), 26);
        auto r = readIso19794(incits);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().contains(QStringLiteral("INCITS 378")), qPrintable(r.error().message()));
        r = readIso19794(handBuilt().first(40));
        QVERIFY(!r.ok());
        QVERIFY2(!r.error().message().contains(QStringLiteral("INCITS")), qPrintable(r.error().message()));
        QVERIFY2(r.error().message().contains(QStringLiteral("53 bytes but the data is 40")),
                 qPrintable(r.error().message()));
    }

    void importRefusesAnotherImageSize()
    {
        const auto r = readIso19794(handBuilt());
        QVERIFY(r.ok());
        const auto m = markupFromIso19794(*r, 0, kSha, QSize(41, 30), QStringLiteral("examiner"), kNow);
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message().contains(QStringLiteral("40 x 30")), qPrintable(m.error().message()));
    }

    void exportRefusesWhatDoesNotFit()
    {
        Markup markup = Markup::forImage(kSha, QSize(20000, 10));
        QVERIFY(!writeIso19794(*iso19794FromMarkup(markup, 500)).ok());
        Markup many = Markup::forImage(kSha, QSize(100, 100));
        for (int i = 0; i < 256; ++i)
            many.features << feature(FeatureType::MinutiaEnding, {double(i % 100), double(i / 100)}, 0.0);
        const auto r = iso19794FromMarkup(many, 500);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message().contains(QStringLiteral("256 minutiae")), qPrintable(r.error().message()));
    }

    void textDumpNamesEachMinutia()
    {
        const auto r = readIso19794(handBuilt());
        QVERIFY(r.ok());
        const QString text = iso19794Text(*r);
        QVERIFY2(text.contains(QStringLiteral("40 x 30 pixels")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ending")) && text.contains(QStringLiteral("x 12  y 7  angle 64 (90.00")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("bifurcation")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("core")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestIso19794)
#include "tst_iso19794.moc"
