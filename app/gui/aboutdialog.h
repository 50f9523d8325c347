#pragma once

#include <QDialog>

namespace ridgeline {

// Version, purpose and the licences of the libraries Ridgeline is built on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace ridgeline
