#include "app/presentation/viewer/markdocument.h"
#include "app/presentation/viewer/markpreviewhook.h"
#include "tests/app/presentation/fakesession.h"
#include "tests/testsupport/pngbytes.h"
#include "viewertestimages.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;
using testing::pngBytes;

namespace {
ImportedOriginal add(test::FakeSession &session, const QByteArray &bytes, const QString &type)
{
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    session.originals.insert(sha, bytes);
    return ImportedOriginal{sha, type, QStringLiteral("id-1"), QStringLiteral("image/png")};
}
} // namespace

class TestMarkPreviewHook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storesAPreviewOfALargeMark()
    {
        test::FakeSession session;
        const ImportedOriginal mark =
            add(session, pngBytes(testimages::ridgesAndRuler().scaled(3000, 2250)), QStringLiteral("mark"));
        MarkPreviewHook hook;
        QVERIFY(hook.process(session, mark).ok());
        QVERIFY(session.derived.contains({mark.sha256, MarkDocument::kPreviewKind}));
        // The stored preview opens as the whole mark, coarsely.
        MarkDocument document;
        QSignalSpy preview(&document, &MarkDocument::previewLoaded);
        document.showStoredPreview(session.derived.value({mark.sha256, MarkDocument::kPreviewKind}));
        QVERIFY(preview.wait(10000));
        QCOMPARE(document.imageSize(), QSize(3000, 2250));
        QVERIFY(document.pyramid()->levelSize(0).width() <= MarkDocument::kPreviewSide);
    }

    void skipsSmallMarksAndOtherEvidence()
    {
        test::FakeSession session;
        MarkPreviewHook hook;
        const ImportedOriginal small = add(session, pngBytes(testimages::ridgesAndRuler()), QStringLiteral("mark"));
        QVERIFY(hook.process(session, small).ok());
        QVERIFY(!session.derived.contains({small.sha256, MarkDocument::kPreviewKind}));
        const ImportedOriginal exemplar =
            add(session, pngBytes(testimages::ridgesAndRuler().scaled(3000, 2250)), QStringLiteral("exemplar"));
        QVERIFY(hook.process(session, exemplar).ok());
        QVERIFY(session.derived.isEmpty());
    }

    void reportsAMarkItCannotDecode()
    {
        test::FakeSession session;
        MarkPreviewHook hook;
        const ImportedOriginal broken = add(session, QByteArray("\x89PNG\r\n\x1a\n broken"), QStringLiteral("mark"));
        QVERIFY(!hook.process(session, broken).ok());
        QVERIFY(session.derived.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarkPreviewHook)
#include "tst_markpreviewhook.moc"
