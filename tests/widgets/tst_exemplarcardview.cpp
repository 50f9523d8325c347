// The exemplar chooser's tenprint card (issue 6), offscreen: cells sit where a tenprint card has
// them, only filled positions can be chosen (mouse and keyboard), Return and a double click
// activate, thumbnails appear in their cell, and tooltips and accessible names describe the cell.
#include "widgets/exemplarcard/exemplarcardview.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace ridgeline;

namespace {

ExemplarImpressionRecord impression(int position, bool rolled, const QString &exhibit)
{
    ExemplarImpressionRecord r;
    r.id = ImpressionId::create();
    r.person = PersonId::fromString(QStringLiteral("6d1f1c56-2a8e-4b3c-9a53-0c2b1d9e4f11"));
    r.personName = QStringLiteral("BROOK, Samuel");
    r.fingerPosition = position;
    r.rolled = rolled;
    r.ppi = 500.0;
    r.originalSha256 = QByteArray(32, char(position));
    r.size = QSize(800, 750);
    r.exhibitReference = exhibit;
    return r;
}

} // namespace

class TestExemplarCardView : public QObject
{
    Q_OBJECT

private:
    // Right thumb and index, left thumb, plain right thumb, an unknown finger and a second right
    // index: the last two go to "Other". Right middle, ring and little are empty.
    const ExemplarImpressionRecord m_rightThumb = impression(1, true, QStringLiteral("TB/1"));
    const ExemplarImpressionRecord m_rightIndex = impression(2, true, QStringLiteral("TB/2"));
    const ExemplarImpressionRecord m_leftThumb = impression(6, true, QStringLiteral("TB/6"));
    const ExemplarImpressionRecord m_plainThumb = impression(11, false, QStringLiteral("TB/11"));
    const ExemplarImpressionRecord m_unknown = impression(0, true, QStringLiteral("TB/0"));
    const ExemplarImpressionRecord m_secondIndex = impression(2, true, QStringLiteral("TB/2a"));

    std::unique_ptr<ExemplarCardView> shownCard()
    {
        auto view = std::make_unique<ExemplarCardView>();
        view->setImpressions({m_rightThumb, m_rightIndex, m_leftThumb, m_plainThumb, m_unknown, m_secondIndex});
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            qWarning("the card was not exposed");
        return view;
    }

    static QWidget *cell(ExemplarCardView &view, const QString &name) { return view.findChild<QWidget *>(name); }

    static QPoint topLeftOf(ExemplarCardView &view, const QString &name)
    {
        QWidget *w = cell(view, name);
        return w ? w->mapTo(&view, QPoint(0, 0)) : QPoint(-1, -1);
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ImpressionId>(); }

    void cellsSitWhereATenprintCardHasThem()
    {
        auto view = shownCard();
        for (const char *name : {"exemplarCell_1", "exemplarCell_2", "exemplarCell_3", "exemplarCell_6",
                                 "exemplarCell_11", "exemplarCell_14", "exemplarCell_0", "exemplarCell_2_1"})
            QVERIFY2(cell(*view, QLatin1String(name)), name);
        const QPoint rightThumb = topLeftOf(*view, QStringLiteral("exemplarCell_1"));
        const QPoint rightIndex = topLeftOf(*view, QStringLiteral("exemplarCell_2"));
        const QPoint leftThumb = topLeftOf(*view, QStringLiteral("exemplarCell_6"));
        const QPoint plainThumb = topLeftOf(*view, QStringLiteral("exemplarCell_11"));
        const QPoint unknown = topLeftOf(*view, QStringLiteral("exemplarCell_0"));
        QVERIFY(rightThumb.x() < rightIndex.x());
        QCOMPARE(rightThumb.y(), rightIndex.y());
        QVERIFY(rightThumb.y() < leftThumb.y());
        QCOMPARE(rightThumb.x(), leftThumb.x());
        QVERIFY(leftThumb.y() < plainThumb.y());
        QVERIFY(plainThumb.y() < unknown.y());
        QCOMPARE(cell(*view, QStringLiteral("exemplarCell_1"))->size(),
                 QSize(ExemplarCardView::kCellWidth, ExemplarCardView::kCellHeight));
    }

    void clickingAFilledCellChoosesItAndAnEmptyOneDoesNot()
    {
        auto view = shownCard();
        QSignalSpy changed(view.get(), &ExemplarCardView::currentImpressionChanged);
        QTest::mouseClick(cell(*view, QStringLiteral("exemplarCell_2")), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<ImpressionId>(), m_rightIndex.id);
        QCOMPARE(view->currentImpression(), m_rightIndex.id);
        QVERIFY(view->hasFocus());

        QTest::mouseClick(cell(*view, QStringLiteral("exemplarCell_3")), Qt::LeftButton); // right middle: empty
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view->currentImpression(), m_rightIndex.id);

        QTest::mouseClick(cell(*view, QStringLiteral("exemplarCell_2_1")), Qt::LeftButton);
        QCOMPARE(view->currentImpression(), m_secondIndex.id);
    }

    void arrowsMoveBetweenFilledCellsAndReturnActivates()
    {
        auto view = shownCard();
        view->setFocus();
        QSignalSpy activated(view.get(), &ExemplarCardView::impressionActivated);
        QTest::keyClick(view.get(), Qt::Key_Return); // nothing chosen: nothing to activate
        QCOMPARE(activated.size(), 0);
        QTest::keyClick(view.get(), Qt::Key_Right); // the first arrow chooses the first impression
        QCOMPARE(view->currentImpression(), m_rightThumb.id);
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(view->currentImpression(), m_rightIndex.id);
        QTest::keyClick(view.get(), Qt::Key_Right); // right middle to little are empty: stays
        QCOMPARE(view->currentImpression(), m_rightIndex.id);
        QTest::keyClick(view.get(), Qt::Key_Down); // the left hand has only its thumb
        QCOMPARE(view->currentImpression(), m_leftThumb.id);
        QTest::keyClick(view.get(), Qt::Key_Down);
        QCOMPARE(view->currentImpression(), m_plainThumb.id);
        QTest::keyClick(view.get(), Qt::Key_Down);
        QCOMPARE(view->currentImpression(), m_unknown.id);
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(view->currentImpression(), m_secondIndex.id);
        QTest::keyClick(view.get(), Qt::Key_Up);
        QCOMPARE(view->currentImpression(), m_plainThumb.id);
        QTest::keyClick(view.get(), Qt::Key_Up);
        QTest::keyClick(view.get(), Qt::Key_Up);
        QCOMPARE(view->currentImpression(), m_rightThumb.id);
        QTest::keyClick(view.get(), Qt::Key_Left);
        QCOMPARE(view->currentImpression(), m_rightThumb.id);

        QTest::keyClick(view.get(), Qt::Key_Return);
        QTest::keyClick(view.get(), Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(0).at(0).value<ImpressionId>(), m_rightThumb.id);
    }

    void doubleClickActivatesAFilledCellOnly()
    {
        auto view = shownCard();
        QSignalSpy activated(view.get(), &ExemplarCardView::impressionActivated);
        QTest::mouseDClick(cell(*view, QStringLiteral("exemplarCell_4")), Qt::LeftButton);
        QCOMPARE(activated.size(), 0);
        QTest::mouseDClick(cell(*view, QStringLiteral("exemplarCell_6")), Qt::LeftButton);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<ImpressionId>(), m_leftThumb.id);
        QCOMPARE(view->currentImpression(), m_leftThumb.id);
    }

    void setCurrentImpressionAndANewCard()
    {
        auto view = shownCard();
        QSignalSpy changed(view.get(), &ExemplarCardView::currentImpressionChanged);
        view->setCurrentImpression(m_plainThumb.id);
        view->setCurrentImpression(m_plainThumb.id);
        view->setCurrentImpression(ImpressionId::create()); // not on the card: clears
        QCOMPARE(changed.size(), 2);
        QVERIFY(view->currentImpression().isNull());
        view->setCurrentImpression(m_leftThumb.id);
        view->setImpressions({m_leftThumb, m_rightThumb}); // still listed: kept
        QCOMPARE(view->currentImpression(), m_leftThumb.id);
        QCOMPARE(changed.size(), 3);
        view->setImpressions({m_rightThumb}); // gone: cleared
        QCOMPARE(changed.size(), 4);
        QVERIFY(changed.last().at(0).value<ImpressionId>().isNull());
        QVERIFY(!cell(*view, QStringLiteral("exemplarCell_0")));
    }

    void thumbnailIsDrawnInItsCell()
    {
        auto view = shownCard();
        QWidget *thumb = cell(*view, QStringLiteral("exemplarCell_1"));
        const QPoint middle(ExemplarCardView::kCellWidth / 2, (ExemplarCardView::kCellHeight - 34) / 2);
        QVERIFY(thumb->grab().toImage().pixelColor(middle) != QColor(Qt::red));
        QImage red(300, 300, QImage::Format_RGB32);
        red.fill(Qt::red);
        view->setThumbnail(m_rightThumb.id, red);
        view->setThumbnail(ImpressionId::create(), red); // not on the card: ignored
        QCOMPARE(thumb->grab().toImage().pixelColor(middle), QColor(Qt::red));
        QVERIFY(cell(*view, QStringLiteral("exemplarCell_2"))->grab().toImage().pixelColor(middle) != QColor(Qt::red));
    }

    void cellsDescribeThemselves()
    {
        auto view = shownCard();
        QWidget *plain = cell(*view, QStringLiteral("exemplarCell_11"));
        QVERIFY(plain->toolTip().contains(QStringLiteral("TB/11")));
        QVERIFY(plain->toolTip().contains(QStringLiteral("500 ppi")));
        QVERIFY(plain->toolTip().contains(QStringLiteral("plain")));
        QVERIFY(plain->toolTip().contains(QStringLiteral("800 × 750")));
        QVERIFY(plain->accessibleName().contains(fingerPositionDisplayName(11)));
        QVERIFY(
            cell(*view, QStringLiteral("exemplarCell_5"))->accessibleName().contains(QStringLiteral("no impression")));
        view->setCurrentImpression(m_plainThumb.id);
        QCOMPARE(view->accessibleDescription(), plain->accessibleName());
    }
};

QTEST_MAIN(TestExemplarCardView)
#include "tst_exemplarcardview.moc"
