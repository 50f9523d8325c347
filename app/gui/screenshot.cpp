#include "app/gui/screenshot.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace ridgeline {

void scheduleScreenshot(const QString &path, int delayMs, std::function<QWidget *()> pickWindow,
                        std::function<void(bool, const QString &)> done)
{
    QTimer::singleShot(delayMs, [path, pickWindow = std::move(pickWindow), done = std::move(done)]() {
        QWidget *window = pickWindow();
        if (!window) {
            done(false, QStringLiteral("no window is showing"));
            return;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QPixmap pixmap = window->grab();
        if (!pixmap.save(path, "PNG")) {
            done(false, QStringLiteral("could not write %1").arg(path));
            return;
        }
        done(true, QStringLiteral("%1x%2 saved to %3").arg(pixmap.width()).arg(pixmap.height()).arg(path));
    });
}

} // namespace ridgeline
