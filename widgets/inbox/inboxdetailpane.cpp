#include "widgets/inbox/inboxdetailpane.h"

#include "app/presentation/inbox/inboxmodel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace ridgeline {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("sectionTitle"));
    return label;
}

QString groupedHex(const QByteArray &bytes)
{
    const QString hex = QString::fromLatin1(bytes.toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return groups.join(QLatin1Char(' '));
}

} // namespace

InboxDetailPane::InboxDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(tr("Select a transmission to see its details."), this))
    , m_content(new QWidget(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("inboxDetailPane"));
    m_placeholder->setProperty("role", QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(6);
    m_status = addField(tr("Status"), QStringLiteral("inboxDetailStatus"));
    m_case = addField(tr("Case"), QStringLiteral("inboxDetailCase"));
    m_sender = addField(tr("Sender"), QStringLiteral("inboxDetailSender"));
    m_examiner = addField(tr("Scene examiner"), QStringLiteral("inboxDetailExaminer"));
    m_captured = addField(tr("Captured"), QStringLiteral("inboxDetailCaptured"));
    m_received = addField(tr("Received"), QStringLiteral("inboxDetailReceived"));
    m_since = addField(tr("Since capture"), QStringLiteral("inboxDetailSince"));
    m_transmissionId = addField(tr("Transmission"), QStringLiteral("inboxDetailTransmissionId"));
    m_packageHash = addField(tr("Package SHA-256"), QStringLiteral("inboxDetailPackageHash"));
    m_transmissionId->setToolTip(tr("The transmission's identifier, as recorded in the audit trail"));
    m_packageHash->setToolTip(tr("SHA-256 of the package as received"));

    m_reasonTitle = sectionTitle(tr("Reason for quarantine"), m_content);
    m_reason = new QLabel(m_content);
    m_reason->setObjectName(QStringLiteral("inboxReasonText"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reason->setProperty("role", QStringLiteral("error"));

    m_openCase = new QPushButton(tr("Open case"), m_content);
    m_openCase->setObjectName(QStringLiteral("inboxOpenCaseButton"));
    m_openCase->setToolTip(tr("Open the case this transmission was filed into"));
    m_showQuarantine = new QPushButton(tr("Show quarantine folder"), m_content);
    m_showQuarantine->setObjectName(QStringLiteral("inboxShowQuarantineButton"));
    m_showQuarantine->setToolTip(tr("Show the folder holding the sender's files and the reason file, unchanged"));
    connect(m_openCase, &QPushButton::clicked, this, &InboxDetailPane::openCaseClicked);
    connect(m_showQuarantine, &QPushButton::clicked, this, &InboxDetailPane::showQuarantineClicked);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openCase);
    buttons->addWidget(m_showQuarantine);
    buttons->addStretch(1);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(sectionTitle(tr("Transmission"), m_content));
    content->addLayout(m_form);
    content->addSpacing(8);
    content->addWidget(m_reasonTitle);
    content->addWidget(m_reason);
    content->addSpacing(8);
    content->addLayout(buttons);
    content->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_content, 1);
    showRow(nullptr, -1);
}

QLabel *InboxDetailPane::addField(const QString &name, const QString &objectName)
{
    auto *title = new QLabel(name, m_content);
    title->setProperty("role", QStringLiteral("fieldName"));
    auto *value = new QLabel(m_content);
    value->setObjectName(objectName);
    value->setProperty("role", QStringLiteral("fieldValue"));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(title, value);
    return value;
}

void InboxDetailPane::showRow(const InboxModel *model, int row)
{
    const bool valid = model && row >= 0 && row < model->rowCount();
    m_placeholder->setVisible(!valid);
    m_content->setVisible(valid);
    if (!valid)
        return;
    auto text = [model, row](InboxModel::Column column) { return model->index(row, int(column)).data().toString(); };
    const auto state = InboxState(model->index(row, 0).data(InboxModel::StateRole).toInt());
    m_status->setText(text(InboxModel::Column::Status));
    m_case->setText(text(InboxModel::Column::CaseReference));
    m_sender->setText(text(InboxModel::Column::Sender));
    m_examiner->setText(text(InboxModel::Column::Examiner));
    m_captured->setText(text(InboxModel::Column::Captured));
    m_received->setText(text(InboxModel::Column::Received));
    m_since->setText(text(InboxModel::Column::SinceCapture));
    const Transmission *transmission = model->transmissionAt(row);
    m_transmissionId->setText(transmission ? transmission->id.toString()
                                           : model->index(row, 0).data(InboxModel::PackagePathRole).toString());
    // Groups of eight hex digits: easier to compare by eye, and the label can wrap between them.
    m_packageHash->setText(transmission && !transmission->packageSha256.isEmpty()
                               ? groupedHex(transmission->packageSha256)
                               : QStringLiteral("\u2014"));
    const bool quarantined = state == InboxState::Quarantined;
    m_reasonTitle->setVisible(quarantined);
    m_reason->setVisible(quarantined);
    m_reason->setText(quarantined && transmission ? transmission->reason : QString());
    m_openCase->setEnabled(transmission && state == InboxState::Imported && !transmission->caseReference.isEmpty());
    m_showQuarantine->setVisible(quarantined);
}

} // namespace ridgeline
