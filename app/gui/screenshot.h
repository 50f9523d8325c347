#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace ridgeline {

// After delayMs, saves a PNG of the window that is showing then (the topmost visible
// top-level window, as chosen by pickWindow) to path, and calls done(ok). UI thread.
void scheduleScreenshot(const QString &path, int delayMs, std::function<QWidget *()> pickWindow,
                        std::function<void(bool ok, const QString &message)> done);

} // namespace ridgeline
