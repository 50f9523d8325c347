#pragma once

#include "app/core/domain.h"

#include <QLabel>

namespace ridgeline {

// A small rounded label showing a case status in its colour (open blue, under examination amber,
// awaiting review violet, signed off green, closed grey).
class StatusBadge : public QLabel
{
    Q_OBJECT
public:
    explicit StatusBadge(QWidget *parent = nullptr);
    void setStatus(CaseStatus status);
};

} // namespace ridgeline
