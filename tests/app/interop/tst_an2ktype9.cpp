// Type-9 minutiae: every Type-9 record of the NIST reference transactions in ../shared/interop/an2k
// is read with the block it carries and gives as many minutiae as the reference reader's dump
// lists; an extended feature set written by Ridgeline reads back the same markup.
#include "app/interop/an2kreader.h"
#include "app/interop/an2ktype9.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace ridgeline;
using namespace ridgeline::interop;

Q_DECLARE_METATYPE(ridgeline::interop::Type9Block)

class TestAn2kType9 : public QObject
{
    Q_OBJECT

private:
    static QString folder() { return QStringLiteral(RIDGELINE_SHARED_DIR "/interop/an2k"); }

    // Size and ppi of the tagged image record with that IDC (x.006/x.007, x.008-x.009), or none.
    static bool imageOf(const An2kTransaction &t, const QByteArray &idc, QSize &size, double &ppi)
    {
        for (const An2kRecord &r : t.records) {
            if (r.type < 10 || r.type == 99 || !r.field(2) || r.field(2)->item().toInt() != idc.toInt())
                continue;
            if (!r.field(6) || !r.field(7) || !r.field(9))
                continue;
            size = QSize(r.field(6)->item().toInt(), r.field(7)->item().toInt());
            const int scale = r.field(8) ? r.field(8)->item().toInt() : 1;
            ppi = r.field(9)->item().toDouble() * (scale == 2 ? 2.54 : 1.0);
            return true;
        }
        return false;
    }

    // Subfields of field 9.NNN in record REC (1-based) according to the reference dump.
    static int referenceCount(const QByteArray &dump, int record, int field)
    {
        const QRegularExpression line(
            QStringLiteral("^%1\\.\\d+\\.(\\d+)\\.1 \\[9\\.%2\\]=").arg(record).arg(field, 3, 10, QLatin1Char('0')),
            QRegularExpression::MultilineOption);
        int count = 0;
        for (auto it = line.globalMatch(QString::fromLatin1(dump)); it.hasNext(); it.next())
            ++count;
        return count;
    }

    static Type9Markup sample()
    {
        Type9Markup t;
        t.markup = Markup::forImage(QString(64, QLatin1Char('a')), QSize(812, 640));
        const QDateTime when = QDateTime::fromString(QStringLiteral("2026-03-01T10:00:00.000Z"), Qt::ISODateWithMs);
        const auto add = [&](FeatureType type, QPointF p, std::optional<double> dir) {
            MarkupFeature f;
            f.id = FeatureId::create();
            f.type = type;
            f.position = p;
            f.direction = dir;
            f.author = QStringLiteral("jsmith");
            f.createdUtc = when;
            f.modifiedUtc = when;
            t.markup.features.append(f);
        };
        add(FeatureType::MinutiaEnding, {100.5, 200.25}, 33.4);
        add(FeatureType::MinutiaBifurcation, {0.0, 639.9}, 359.6);
        add(FeatureType::MinutiaUnknown, {811.7, 0.3}, std::nullopt);
        add(FeatureType::MinutiaEnding, {405.123, 317.877}, 180.0);
        add(FeatureType::Core, {400.0, 300.0}, 90.0);
        add(FeatureType::Delta, {250.75, 480.5}, std::nullopt);
        t.markup.regionOfInterest = {{10.5, 12.25}, {800.0, 20.0}, {790.4, 630.6}, {15.0, 600.0}};
        t.examiner = QStringLiteral("Smith, Jane (Northshire Police)");
        t.methodOfDetection = QStringLiteral("aluminium powder, lifted");
        t.analysisValue = QStringLiteral("VALUE");
        return t;
    }

private Q_SLOTS:
    void referenceFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("record"); // 1-based, as in the dump
        QTest::addColumn<Type9Block>("block");
        QTest::addColumn<int>("minutiaField");
        QTest::newRow("type-9-13-std record 3") << "type-9-13-std.an2" << 3 << Type9Block::Standard << 12;
        QTest::newRow("type-9-14-std record 3") << "type-9-14-std.an2" << 3 << Type9Block::Standard << 12;
        QTest::newRow("type-9-10-14 record 3") << "type-9-10-14.an2" << 3 << Type9Block::Standard << 12;
        QTest::newRow("type9-13 record 3") << "type9-13.an2k" << 3 << Type9Block::Standard << 12;
        QTest::newRow("type9 record 2") << "type9.an2k" << 2 << Type9Block::Standard << 12;
        QTest::newRow("type9-15 record 5") << "type9-15.an2k" << 5 << Type9Block::Standard << 12;
        QTest::newRow("type-9-13-m1 record 3") << "type-9-13-m1.an2" << 3 << Type9Block::M1 << 137;
        QTest::newRow("type-9-14-m1 record 3") << "type-9-14-m1.an2" << 3 << Type9Block::M1 << 137;
        QTest::newRow("type-9-13-9-14-m1 record 3") << "type-9-13-9-14-m1.an2" << 3 << Type9Block::M1 << 137;
        QTest::newRow("type-9-13-9-14-m1 record 5") << "type-9-13-9-14-m1.an2" << 5 << Type9Block::M1 << 137;
        for (int r = 2; r <= 9; ++r)
            QTest::newRow(qPrintable(QStringLiteral("type9-efs record %1").arg(r)))
                << "type9-efs.an2k" << r << Type9Block::ExtendedFeatureSet << 331;
    }

    void referenceFiles()
    {
        QFETCH(QString, name);
        QFETCH(int, record);
        QFETCH(Type9Block, block);
        QFETCH(int, minutiaField);
        if (!QDir(folder()).exists())
            QSKIP("../shared/interop/an2k is absent: the interchange files are not in this checkout");
        auto t = An2kReader().readFile(folder() + QLatin1Char('/') + name);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message()));
        QFile dumpFile(folder() + QStringLiteral("/expected/") + name + QStringLiteral(".txt"));
        QVERIFY(dumpFile.open(QIODevice::ReadOnly));
        const QByteArray dump = dumpFile.readAll();

        const An2kRecord &r = t->records.at(record - 1);
        QCOMPARE(r.type, 9);
        QSize size;
        double ppi = 0;
        if (!imageOf(*t, r.field(2)->item(), size, ppi)) {
            // No image with that IDC (type9-efs and type9 carry none; type9-15's Type-9 names IDC 03,
            // which no palm has): an image as large as the region of interest's far corner, or as
            // the standard block's largest coordinate (9999 x 0.01 mm).
            ppi = 500;
            size = QSize(2048, 2048);
            if (const An2kField *roi = r.field(300))
                size = QSize(int(std::ceil((roi->item(0, 0).toInt() + roi->item(0, 2).toInt()) * ppi / 2540)) + 1,
                             int(std::ceil((roi->item(0, 1).toInt() + roi->item(0, 3).toInt()) * ppi / 2540)) + 1);
        }
        auto m = readType9(r, size, ppi);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message()));
        QCOMPARE(m->block, block);
        QCOMPARE(m->imdIdc, r.field(2)->item().toInt());
        int minutiae = 0, cores = 0, deltas = 0;
        for (const MarkupFeature &f : m->markup.features + m->markup.suggestions) {
            minutiae += f.type == FeatureType::MinutiaEnding || f.type == FeatureType::MinutiaBifurcation ||
                        f.type == FeatureType::MinutiaUnknown;
            cores += f.type == FeatureType::Core;
            deltas += f.type == FeatureType::Delta;
            QVERIFY(f.origin.isAutomatic());
            QCOMPARE(f.origin.engine, type9EngineName(block));
        }
        QCOMPARE(minutiae, referenceCount(dump, record, minutiaField));
        const int coreField = block == Type9Block::Standard ? 8 : block == Type9Block::M1 ? 139 : 320;
        const int deltaField = block == Type9Block::Standard ? 9 : block == Type9Block::M1 ? 140 : 321;
        QCOMPARE(cores, referenceCount(dump, record, coreField));
        QCOMPARE(deltas, referenceCount(dump, record, deltaField));
        m->markup.imageSha256 = QString(64, QLatin1Char('0'));
        const Status valid = validateMarkup(m->markup);
        QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().message()));
    }

    // Positions, types and directions of the first minutia of each block against the dump's values.
    void referenceValues()
    {
        if (!QDir(folder()).exists())
            QSKIP("../shared/interop/an2k is absent: the interchange files are not in this checkout");
        // M1: 9.137 001: x 491, y 260, theta 137 (2-degree units), type 0 (other); 500 ppi image
        auto m1 = An2kReader().readFile(folder() + QStringLiteral("/type-9-13-m1.an2"));
        QVERIFY(m1.ok());
        auto a = readType9(m1->records.at(2), QSize(800, 768), 500);
        QVERIFY(a.ok());
        QVERIFY(a->markup.features.isEmpty()); // no examiner named: suggestions to review
        QCOMPARE(a->markup.suggestions.first().type, FeatureType::MinutiaUnknown);
        QCOMPARE(a->markup.suggestions.first().position, QPointF(491.5, 260.5));
        QCOMPARE(*a->markup.suggestions.first().direction, 274.0);
        // Standard: 9.012 001 "24992578095" D: x 24.99 mm, y 25.78 mm from the bottom, 95 degrees
        auto std9 = An2kReader().readFile(folder() + QStringLiteral("/type-9-13-std.an2"));
        QVERIFY(std9.ok());
        auto b = readType9(std9->records.at(2), QSize(800, 768), 500);
        QVERIFY(b.ok());
        QVERIFY(std::abs(b->markup.suggestions.first().position.x() - 2499 * 500 / 2540.0) < 1e-9);
        QVERIFY(std::abs(b->markup.suggestions.first().position.y() - (768 - 2578 * 500 / 2540.0)) < 1e-9);
        QCOMPARE(*b->markup.suggestions.first().direction, 95.0);
        // EFS record 2: ROI offset (3661, 0), polygon from (1165, 0); core (1715, 746) at 223 degrees;
        // examiner Doe, John (NIST); no deltas present; method from 9.352 "12I"
        auto efs = An2kReader().readFile(folder() + QStringLiteral("/type9-efs.an2k"));
        QVERIFY(efs.ok());
        auto c = readType9(efs->records.at(1), QSize(1300, 600), 500);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message()));
        QCOMPARE(c->examiner, QStringLiteral("Doe, John (NIST)"));
        QCOMPARE(c->analysisValue, QStringLiteral("VALUE"));
        QCOMPARE(c->methodOfDetection, QStringLiteral("12I"));
        QVERIFY(c->markup.isNonePresent(FeatureType::Delta));
        QCOMPARE(c->markup.regionOfInterest.size(), 5);
        QVERIFY(std::abs(c->markup.regionOfInterest.first().x() - (3661 + 1165) * 500 / 2540.0) < 1e-9);
        QCOMPARE(c->markup.features.first().type, FeatureType::Core);
        QVERIFY(std::abs(c->markup.features.first().position.x() - (3661 + 1715) * 500 / 2540.0) < 1e-9);
        QCOMPARE(*c->markup.features.first().direction, 223.0);
        QCOMPARE(c->markup.features.first().author, QStringLiteral("Doe, John (NIST)"));
        QCOMPARE(c->markup.features.first().origin.reviewedBy, QStringLiteral("Doe, John (NIST)"));
        QCOMPARE(c->markup.features.first().origin.reviewedUtc.date(), QDate(2020, 5, 20));
    }

    // Every Type-9 record of every reference file: read, or (the FBI IAFIS block only) refused by name.
    void everyType9RecordIsReadOrRefusedByName()
    {
        if (!QDir(folder()).exists())
            QSKIP("../shared/interop/an2k is absent: the interchange files are not in this checkout");
        int read = 0, refused = 0;
        const QStringList names =
            QDir(folder()).entryList({QStringLiteral("*.an2"), QStringLiteral("*.an2k")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            auto t = An2kReader().readFile(folder() + QLatin1Char('/') + name);
            if (!t)
                continue; // the reader's own tests cover refusals
            for (const An2kRecord &r : t->records) {
                if (r.type != 9)
                    continue;
                auto m = readType9(r, QSize(12000, 12000), 500);
                if (m) {
                    ++read;
                    continue;
                }
                QVERIFY2(m.error().message().contains(QStringLiteral("no minutiae block")),
                         qPrintable(name + QStringLiteral(": ") + m.error().message()));
                QVERIFY2(!r.field(12) && !r.field(137) && !r.field(331), qPrintable(name));
                ++refused;
            }
        }
        QCOMPARE(read, 18);   // 6 standard (6 files), 4 M1 (3 files), 8 EFS (type9-efs)
        QCOMPARE(refused, 1); // type-9-4-iafis.an2
    }

    void iafisBlockIsRefusedByName()
    {
        if (!QDir(folder()).exists())
            QSKIP("../shared/interop/an2k is absent: the interchange files are not in this checkout");
        auto t = An2kReader().readFile(folder() + QStringLiteral("/type-9-4-iafis.an2"));
        QVERIFY(t.ok());
        auto m = readType9(t->records.at(2), QSize(800, 750), 500);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code(), ErrorCode::BadInput);
        QVERIFY2(m.error().message().contains(QStringLiteral("no minutiae block")), qPrintable(m.error().message()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<double>("ppi");
        QTest::newRow("500 ppi") << 500.0;
        QTest::newRow("1000 ppi") << 1000.0;
        QTest::newRow("333.3 ppi") << 333.3;
    }

    void roundTrip()
    {
        QFETCH(double, ppi);
        const Type9Markup in = sample();
        const QSize size = in.markup.imageSize;
        const An2kRecord record = type9Record(in, 7, size, ppi);
        // the processing history names the writer (9.902 ANN: GMT, name and version, owner, process)
        QVERIFY(record.field(902));
        QVERIFY(record.field(902)->item(0, 0).endsWith('Z'));
        QVERIFY(record.field(902)->item(0, 1).startsWith("Ridgeline "));
        auto out = readType9(record, size, ppi);
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().message()));
        QCOMPARE(out->block, Type9Block::ExtendedFeatureSet);
        QCOMPARE(out->imdIdc, 7);
        QCOMPARE(out->examiner, in.examiner);
        QCOMPARE(out->methodOfDetection, in.methodOfDetection);
        QCOMPARE(out->analysisValue, in.analysisValue);
        const double tolerance = 0.5 * ppi / 2540.0 + 1e-9; // half a 0.01 mm unit, in pixels
        QCOMPARE(out->markup.features.size(), in.markup.features.size());
        // Written cores, deltas, then minutiae: compare by type and order within the type.
        for (FeatureType type : kFeatureTypes) {
            QList<MarkupFeature> a, b;
            for (const MarkupFeature &f : in.markup.features)
                if (f.type == type)
                    a.append(f);
            for (const MarkupFeature &f : out->markup.features)
                if (f.type == type)
                    b.append(f);
            QCOMPARE(b.size(), a.size());
            for (qsizetype i = 0; i < a.size(); ++i) {
                QVERIFY2(std::abs(a[i].position.x() - b[i].position.x()) <= tolerance,
                         qPrintable(featureTypeKey(type)));
                QVERIFY2(std::abs(a[i].position.y() - b[i].position.y()) <= tolerance,
                         qPrintable(featureTypeKey(type)));
                QCOMPARE(bool(a[i].direction), bool(b[i].direction));
                if (a[i].direction) {
                    double d = std::fmod(std::abs(*a[i].direction - *b[i].direction), 360.0);
                    QVERIFY2(std::min(d, 360 - d) <= 0.5, qPrintable(QString::number(*b[i].direction)));
                }
                QCOMPARE(b[i].author, in.examiner);
            }
        }
        QCOMPARE(out->markup.regionOfInterest.size(), in.markup.regionOfInterest.size());
        for (qsizetype i = 0; i < in.markup.regionOfInterest.size(); ++i) {
            QVERIFY(std::abs(out->markup.regionOfInterest[i].x() - in.markup.regionOfInterest[i].x()) <= tolerance);
            QVERIFY(std::abs(out->markup.regionOfInterest[i].y() - in.markup.regionOfInterest[i].y()) <= tolerance);
        }
    }

    void nonePresentFlagsRoundTrip()
    {
        Type9Markup in = sample();
        in.markup.features.clear();
        in.markup.regionOfInterest.clear();
        in.markup.nonePresent = {FeatureType::MinutiaEnding, FeatureType::MinutiaBifurcation,
                                 FeatureType::MinutiaUnknown, FeatureType::Core, FeatureType::Delta};
        const An2kRecord record = type9Record(in, 1, in.markup.imageSize, 500);
        QVERIFY(record.field(325) && record.field(326) && record.field(334));
        auto out = readType9(record, in.markup.imageSize, 500);
        QVERIFY(out.ok());
        QCOMPARE(out->markup.nonePresent, in.markup.nonePresent);
        QVERIFY(out->markup.regionOfInterest.isEmpty());

        // Only endings absent: NMIN would also claim bifurcations, so it is not written.
        in.markup.nonePresent = {FeatureType::MinutiaEnding};
        QVERIFY(!type9Record(in, 1, in.markup.imageSize, 500).field(334));
    }

    void inconsistentFieldsAreBadInput()
    {
        Type9Markup in = sample();
        An2kRecord record = type9Record(in, 3, in.markup.imageSize, 500);
        // none present beside minutiae
        An2kRecord contradicting = record;
        An2kField nmin;
        nmin.number = 334;
        nmin.subfields = {{"Y"}};
        contradicting.fields.append(nmin);
        auto a = readType9(contradicting, in.markup.imageSize, 500);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code(), ErrorCode::BadInput);
        QVERIFY2(a.error().message().contains(QStringLiteral("9.334")), qPrintable(a.error().message()));
        // a minutia far outside the image
        An2kRecord outside = record;
        for (An2kField &f : outside.fields)
            if (f.number == 331)
                f.subfields[0][0] = "999999";
        auto b = readType9(outside, in.markup.imageSize, 500);
        QVERIFY(!b.ok());
        QVERIFY2(b.error().message().contains(QStringLiteral("9.331")), qPrintable(b.error().message()));
        QVERIFY2(b.error().message().contains(QStringLiteral("IDC 03")), qPrintable(b.error().message()));
        // an unreadable number and an unknown type
        An2kRecord garbled = record;
        for (An2kField &f : garbled.fields)
            if (f.number == 331)
                f.subfields[0][3] = "Q";
        auto c = readType9(garbled, in.markup.imageSize, 500);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message().contains(QStringLiteral("\"Q\"")), qPrintable(c.error().message()));
        // no region of interest
        An2kRecord noRoi = record;
        noRoi.fields.removeIf([](const An2kField &f) { return f.number == 300; });
        auto d = readType9(noRoi, in.markup.imageSize, 500);
        QVERIFY(!d.ok());
        QVERIFY2(d.error().message().contains(QStringLiteral("9.300")), qPrintable(d.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestAn2kType9)
#include "tst_an2ktype9.moc"
