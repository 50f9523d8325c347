// The ANSI/NIST-ITL reader on synthetic and damaged input: what a user sees when a transaction
// from another system is malformed or hostile (a clear rejection naming where, never a crash).
#include "app/interop/an2kdump.h"
#include "app/interop/an2kreader.h"
#include "tests/app/interop/an2ktestdata.h"

#include <QFile>
#include <QTest>

using namespace ridgeline;
using namespace ridgeline::interop;

class TestAn2kReader : public QObject
{
    Q_OBJECT

private:
    static Error rejection(const QByteArray &data)
    {
        auto result = An2kReader().read(data);
        return result ? Error(ErrorCode::Internal, QStringLiteral("accepted")) : result.error();
    }

private Q_SLOTS:
    void readsFieldsSubfieldsAndItems()
    {
        const QByteArray data = testdata::transaction({}, "a\x1F"
                                                          "b\x1E"
                                                          "c");
        auto t = An2kReader().read(data);
        QVERIFY2(t.ok(), t ? "" : qPrintable(t.error().message()));
        QCOMPARE(t->records.size(), 2);
        QCOMPARE(t->version(), QStringLiteral("0400"));
        const An2kField *f = t->records[1].field(3);
        QVERIFY(f);
        QCOMPARE(f->subfields.size(), 2);
        QCOMPARE(f->item(0, 1), QByteArray("b"));
        QCOMPARE(f->item(1, 0), QByteArray("c"));
        QVERIFY(an2kDump(*t).contains("2.3.1.2 [2.003]=b\n2.3.2.1 [2.003]=c\n"));
    }

    void lengthThatLiesIsRejectedWithRecordFieldAndOffset()
    {
        QByteArray data = testdata::transaction();
        const qsizetype at = data.indexOf("2.001:") + 6;
        data.replace(at, 2, "99"); // longer than the bytes that follow
        const Error e = rejection(data);
        QCOMPARE(e.code(), ErrorCode::BadInput);
        QVERIFY2(e.message().contains(QStringLiteral("record 2 (Type-2)")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("field 2.001")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("byte %1").arg(at - 6)), qPrintable(e.message()));
    }

    void directoryThatDisagreesWithTheRecordsIsRejected()
    {
        // Lists a second Type-2 that is not there.
        const QByteArray missing = testdata::taggedRecord(1, {"1.002:0400", "1.003:1\x1F"
                                                                            "2\x1E"
                                                                            "2\x1F"
                                                                            "00\x1E"
                                                                            "2\x1F"
                                                                            "01"}) +
                                   testdata::taggedRecord(2, {"2.002:00"});
        QVERIFY2(rejection(missing).message().contains(QStringLiteral("only 2 were found")),
                 qPrintable(rejection(missing).message()));
        // Counts one record but the file holds two.
        const QByteArray extra = testdata::transaction() + testdata::taggedRecord(2, {"2.002:01"});
        QVERIFY2(rejection(extra).message().contains(QStringLiteral("follow the last record")),
                 qPrintable(rejection(extra).message()));
        // Says Type-2 where a Type-9 record stands.
        QByteArray wrongType = testdata::transaction();
        const qsizetype type2 = wrongType.indexOf('\x1C') + 1;
        wrongType = wrongType.left(type2) + testdata::taggedRecord(9, {"9.002:00"});
        QVERIFY2(rejection(wrongType).message().contains(QStringLiteral("says this record is Type-2")),
                 qPrintable(rejection(wrongType).message()));
    }

    void alternateCharacterSets()
    {
        const QByteArray utf8 = testdata::transaction("1.015:3\x1FUTF-8", "\xE8\x8F\xAF");
        auto read = An2kReader().read(utf8);
        QVERIFY(read.ok());
        QCOMPARE(read->characterSet, An2kCharacterSet::Utf8);
        QCOMPARE(QString::fromUtf8(read->records[1].field(3)->item()), QStringLiteral("\u83EF"));
        const Error utf16 = rejection(testdata::transaction("1.015:2\x1FUTF-16"));
        QCOMPARE(utf16.code(), ErrorCode::BadInput);
        QVERIFY2(utf16.message().contains(QStringLiteral("1.015")) &&
                     utf16.message().contains(QStringLiteral("UTF-16")),
                 qPrintable(utf16.message()));
    }

    void binaryRecordLengthsAreChecked()
    {
        QByteArray type1 = testdata::taggedRecord(1, {"1.002:0400", "1.003:1\x1F"
                                                                    "1\x1E"
                                                                    "4\x1F"
                                                                    "01"});
        QByteArray header(18, '\0');
        header[3] = char(200); // declares 200 bytes, only 18 follow
        header[4] = 1;
        QVERIFY2(rejection(type1 + header).message().contains(QStringLiteral("record 2 (Type-4)")),
                 qPrintable(rejection(type1 + header).message()));
        header[3] = char(10); // shorter than its own header
        QVERIFY(rejection(type1 + header).message().contains(QStringLiteral("shorter than the 18-byte header")));
    }

    void shortUserDefinedType7IsLengthIdcAndData()
    {
        const QByteArray type1 = testdata::taggedRecord(1, {"1.002:0400", "1.003:1\x1F"
                                                                          "1\x1E"
                                                                          "7\x1F"
                                                                          "03"});
        const QByteArray type7("\0\0\0\x09\x03"
                               "abcd",
                               9);
        auto t = An2kReader().read(type1 + type7);
        QVERIFY2(t.ok(), t ? "" : qPrintable(t.error().message()));
        const An2kRecord &record = t->records[1];
        QCOMPARE(record.fields.size(), 3);
        QCOMPARE(record.field(2)->item(), QByteArray("3"));
        QCOMPARE(record.imageData(), QByteArray("abcd"));
    }

    void truncationAtEveryOffsetGivesAClearError()
    {
        const QString path = QStringLiteral(RIDGELINE_SHARED_DIR "/interop/an2k/rec01_rec02_rec16.nst.an2");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("../shared/interop is absent: no real transaction to truncate");
        const QByteArray whole = file.readAll();
        QVERIFY(An2kReader().read(whole).ok());
        for (qsizetype n = 0; n < whole.size(); ++n) {
            auto result = An2kReader().read(QByteArrayView(whole).first(n));
            QVERIFY2(!result.ok(), qPrintable(QStringLiteral("truncated at %1 was accepted").arg(n)));
            QCOMPARE(result.error().code(), ErrorCode::BadInput);
            const QString message = result.error().message();
            QVERIFY2(message.contains(QStringLiteral("byte ")) || message.contains(QStringLiteral("ANSI/NIST")),
                     qPrintable(message));
        }
    }

    void itemLimitBoundsMemory()
    {
        const QByteArray many = testdata::transaction({}, QByteArray(100000, '\x1F'));
        auto result = An2kReader(An2kReader::Limits{1 << 20, 1000}).read(many);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message().contains(QStringLiteral("more than 1000 information items")),
                 qPrintable(result.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestAn2kReader)
#include "tst_an2kreader.moc"
