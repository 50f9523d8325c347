// The ANSI/NIST-ITL writer: what it writes reads back field for field with the reader, validates,
// and dumps with `ridgeline-cli an2k dump`; the validator names the record and field of a wrong
// length, a directory that does not match, a missing mandatory field and image data of the wrong size.
#include "app/interop/an2kreader.h"
#include "app/interop/an2ktype9.h"
#include "app/interop/an2kwriter.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::interop;

class TestAn2kWriter : public QObject
{
    Q_OBJECT

private:
    static An2kGrayImage gradient(QSize size, int ppi)
    {
        An2kGrayImage image;
        image.size = size;
        image.ppi = ppi;
        image.pixels.resize(qsizetype(size.width()) * size.height());
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                image.pixels[qsizetype(y) * size.width() + x] = char((x * 7 + y * 13) & 0xFF);
        return image;
    }

    static Type9Markup markup(QSize size)
    {
        Type9Markup t;
        t.markup = Markup::forImage(QString(64, QLatin1Char('b')), size);
        const QDateTime when = QDateTime::fromString(QStringLiteral("2026-04-02T09:30:00.000Z"), Qt::ISODateWithMs);
        for (int i = 0; i < 5; ++i) {
            MarkupFeature f;
            f.id = FeatureId::create();
            f.type = i % 2 ? FeatureType::MinutiaBifurcation : FeatureType::MinutiaEnding;
            f.position = QPointF(20.5 + i * 17, 30.25 + i * 9);
            f.direction = i * 71.0;
            f.author = QStringLiteral("ahughes");
            f.createdUtc = when;
            f.modifiedUtc = when;
            t.markup.features.append(f);
        }
        t.examiner = QStringLiteral("ahughes");
        return t;
    }

    static An2kTransaction sample(const QString &family = QStringLiteral("Jones"))
    {
        const QSize size(123, 97); // odd sizes: no row padding may creep in
        An2kTransactionInfo info;
        info.typeOfTransaction = "LFFS";
        info.date = QDate(2026, 12, 6);
        info.destinationAgency = "DEST00001";
        info.originatingAgency = "ORIG00001";
        info.controlNumber = "RL-TEST-1";
        An2kType2Fields person;
        person.caseReference = QStringLiteral("NWP/2026/002318");
        person.exhibit = QStringLiteral("EP/2");
        person.familyName = family;
        person.givenName = QStringLiteral("Rhys");
        person.dateOfBirth = QDate(1990, 2, 28);
        An2kImageRecordInfo image;
        image.idc = 1;
        image.sourceAgency = "ORIG00001";
        image.captureDate = QDate(2026, 11, 30);
        image.impressionType = 4;
        return makeTransaction(info, {type2Record(person, 0), type9Record(markup(size), 1, size, 1000),
                                      type13Record(image, gradient(size, 1000))});
    }

    static An2kTransaction readBack(const An2kTransaction &t)
    {
        auto read = An2kReader().read(writeAn2k(t));
        if (!read)
            qWarning() << read.error().message();
        return read.ok() ? *read : An2kTransaction();
    }

    static void expectBad(const An2kTransaction &t, const QString &where, const QString &why)
    {
        const Status s = validateAn2k(t);
        QVERIFY2(!s.ok(), qPrintable(QStringLiteral("accepted, expected: ") + why));
        QCOMPARE(s.error().code(), ErrorCode::BadInput);
        QVERIFY2(s.error().message().contains(where), qPrintable(s.error().message()));
        QVERIFY2(s.error().message().contains(why), qPrintable(s.error().message()));
    }

    static An2kField *field(An2kTransaction &t, int record, int number)
    {
        for (An2kField &f : t.records[record].fields)
            if (f.number == number)
                return &f;
        return nullptr;
    }

private Q_SLOTS:
    void writesWhatTheReaderReadsBack()
    {
        const An2kTransaction t = sample();
        const QByteArray bytes = writeAn2k(t);
        auto read = An2kReader().read(bytes);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
        QCOMPARE(an2kDifference(t, *read), QString());
        QCOMPARE(read->records.size(), 4);
        QCOMPARE(read->version(), QStringLiteral("0500"));
        // LEN of every record is the bytes it occupies
        qsizetype total = 0;
        for (const An2kRecord &r : read->records) {
            QCOMPARE(r.field(1)->item().toLongLong(), qint64(r.length));
            total += r.length;
        }
        QCOMPARE(total, bytes.size());
        const Status valid = validateAn2k(*read);
        QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().message()));
        // directory: 1 and 3 records, then type/IDC pairs in order
        const An2kField *cnt = read->records.first().field(3);
        QCOMPARE(cnt->subfields, (QList<QList<QByteArray>>{{"1", "3"}, {"2", "00"}, {"9", "01"}, {"13", "01"}}));
        QCOMPARE(read->records.first().field(11)->item(), QByteArray("00.00"));
        QVERIFY(!read->records.first().field(15)); // all ASCII: no character set field
        // the image's bytes and the Type-2 fields
        QCOMPARE(read->records[3].imageData(), gradient(QSize(123, 97), 1000).pixels);
        QCOMPARE(read->records[3].fields.last().number, 999);
        const An2kType2Fields person = readType2Fields(read->records[1]);
        QCOMPARE(person.caseReference, QStringLiteral("NWP/2026/002318"));
        QCOMPARE(person.exhibit, QStringLiteral("EP/2"));
        QCOMPARE(person.familyName, QStringLiteral("Jones"));
        QCOMPARE(person.givenName, QStringLiteral("Rhys"));
        QCOMPARE(person.dateOfBirth, QDate(1990, 2, 28));
        // and the Type-9 still gives the markup
        auto m = readType9(read->records[2], QSize(123, 97), 1000);
        QVERIFY(m.ok());
        QCOMPARE(m->markup.features.size(), 5);
    }

    void lengthsCountTheirOwnDigits()
    {
        // A record whose length crosses from 2 to 3 digits as its own digits are counted.
        for (int n = 80; n < 110; ++n) {
            An2kTransaction t = sample();
            An2kField *name = field(t, 1, 18);
            name->subfields = {{QByteArray(n, 'x')}};
            const An2kTransaction read = readBack(t);
            QCOMPARE(read.records.size(), 4);
            QCOMPARE(readType2Fields(read.records[1]).familyName.size(), n);
        }
    }

    void nonAsciiTextIsUtf8WithItsCharacterSet()
    {
        const An2kTransaction t = sample(QStringLiteral("Llŷr-Ñúñez"));
        QCOMPARE(t.characterSet, An2kCharacterSet::Utf8);
        const An2kTransaction read = readBack(t);
        QCOMPARE(read.characterSet, An2kCharacterSet::Utf8);
        QCOMPARE(read.records.first().field(15)->subfields.first(), (QList<QByteArray>{"3", "UTF-8"}));
        QCOMPARE(readType2Fields(read.records[1]).familyName, QStringLiteral("Llŷr-Ñúñez"));
        QVERIFY(validateAn2k(read).ok());
        // the same text without 1.015 is refused
        An2kTransaction noCharset = t;
        noCharset.records.first().fields.removeIf([](const An2kField &f) { return f.number == 15; });
        noCharset = readBack(noCharset);
        QCOMPARE(noCharset.characterSet, An2kCharacterSet::Ascii);
        expectBad(noCharset, QStringLiteral("field 2.018"), QStringLiteral("UTF-8"));
        // Type-1 is 7-bit ASCII whatever 1.015 says
        An2kTransaction type1 = t;
        field(type1, 0, 9)->subfields = {{QStringLiteral("TCN-Ŵ").toUtf8()}};
        expectBad(readBack(type1), QStringLiteral("field 1.009"), QStringLiteral("7-bit ASCII"));
    }

    void validatorCatchesWrongLength()
    {
        An2kTransaction t = readBack(sample());
        QVERIFY(validateAn2k(t).ok());
        An2kField *len = field(t, 3, 1);
        len->subfields = {{QByteArray::number(len->item().toLongLong() + 1)}};
        expectBad(t, QStringLiteral("record 4 (Type-13), field 13.001"), QStringLiteral("record length"));
    }

    void validatorCatchesDirectoryMismatch()
    {
        An2kTransaction t = readBack(sample());
        field(t, 0, 3)->subfields[0][1] = "4";
        expectBad(t, QStringLiteral("field 1.003"), QStringLiteral("number of other records"));
        An2kTransaction swapped = readBack(sample());
        field(swapped, 0, 3)->subfields[3][0] = "14";
        expectBad(swapped, QStringLiteral("field 1.003"), QStringLiteral("entry 3"));
        An2kTransaction dropped = readBack(sample());
        dropped.records.removeLast();
        expectBad(dropped, QStringLiteral("field 1.003"), QStringLiteral("number of other records"));
    }

    void validatorCatchesMissingMandatoryField()
    {
        for (int number : {6, 9, 13, 999}) {
            An2kTransaction t = sample();
            t.records[3].fields.removeIf([&](const An2kField &f) { return f.number == number; });
            t = readBack(t);
            expectBad(t, QStringLiteral("field 13.%1").arg(number, 3, 10, QLatin1Char('0')),
                      QStringLiteral("mandatory field is missing"));
        }
        An2kTransaction noTot = sample();
        noTot.records[0].fields.removeIf([](const An2kField &f) { return f.number == 4; });
        expectBad(readBack(noTot), QStringLiteral("field 1.004"), QStringLiteral("mandatory field is missing"));
    }

    void validatorCatchesImageSizeMismatch()
    {
        An2kTransaction t = sample();
        field(t, 3, 999)->subfields[0][0].chop(1);
        expectBad(readBack(t), QStringLiteral("field 13.999"), QStringLiteral("123 x 97"));
        An2kTransaction wide = sample();
        field(wide, 3, 6)->subfields = {{"124"}};
        expectBad(readBack(wide), QStringLiteral("field 13.999"), QStringLiteral("is 12028 bytes"));
    }

    void validatorCatchesIdcsAndScales()
    {
        An2kTransaction orphan = sample();
        field(orphan, 2, 2)->subfields = {{"05"}};
        field(orphan, 0, 3)->subfields[2][1] = "05";
        expectBad(readBack(orphan), QStringLiteral("field 9.002"), QStringLiteral("names no image record"));
        An2kTransaction scale = sample();
        field(scale, 3, 9)->subfields = {{"0"}};
        expectBad(readBack(scale), QStringLiteral("field 13.009"), QStringLiteral("pixel scale"));
        An2kTransaction units = sample();
        field(units, 3, 8)->subfields = {{"7"}};
        expectBad(readBack(units), QStringLiteral("field 13.008"), QStringLiteral("scale units"));
        An2kTransaction ppmm = sample();
        field(ppmm, 0, 11)->subfields = {{"19.7"}};
        expectBad(readBack(ppmm), QStringLiteral("field 1.011"), QStringLiteral("two decimals"));
    }

    void writtenFileDumps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("written.an2"));
        const An2kTransaction t = sample();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(writeAn2k(t));
        file.close();
        QProcess p;
        p.start(QStringLiteral(RIDGELINE_CLI_PATH), {QStringLiteral("an2k"), QStringLiteral("dump"), path});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.contains("1.2.1.1 [1.002]=0500\n"), out.left(400).constData());
        QVERIFY(out.contains("2.4.1.1 [2.011]=EP/2\n"));
        QVERIFY(out.contains("3.7.1.1 [9.331]="));
        const QByteArray sha =
            QCryptographicHash::hash(gradient(QSize(123, 97), 1000).pixels, QCryptographicHash::Sha256).toHex();
        QVERIFY2(out.contains("[13.999]=<binary sha256=" + sha + " bytes=11931>"), out.right(300).constData());
    }
};

QTEST_GUILESS_MAIN(TestAn2kWriter)
#include "tst_an2kwriter.moc"
