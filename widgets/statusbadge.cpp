#include "widgets/statusbadge.h"

namespace ridgeline {

namespace {

struct Colours
{
    const char *background;
    const char *text;
};

Colours coloursOf(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Open:
        return {"#dbeafe", "#1e40af"};
    case CaseStatus::UnderExamination:
        return {"#fef3c7", "#92400e"};
    case CaseStatus::AwaitingReview:
        return {"#ede9fe", "#5b21b6"};
    case CaseStatus::SignedOff:
        return {"#d1fae5", "#065f46"};
    case CaseStatus::Closed:
        return {"#e5e7eb", "#374151"};
    }
    return {"#e5e7eb", "#374151"};
}

} // namespace

StatusBadge::StatusBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("statusBadge"));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
}

void StatusBadge::setStatus(CaseStatus status)
{
    const Colours c = coloursOf(status);
    setText(caseStatusDisplayName(status));
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 3px 10px; "
                                 "font-weight: 600; }")
                      .arg(QLatin1String(c.background), QLatin1String(c.text)));
}

} // namespace ridgeline
