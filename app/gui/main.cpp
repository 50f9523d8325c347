// The workstation window. Composition root: parses the command line, then hands over to
// Workstation with the real workspace opener.
#include "app/core/hugepagemalloc.h"
#include "app/gui/commandline.h"
#include "app/gui/workstation.h"
#include "app/services/workspacesession.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QStyleFactory>
#include <QTextStream>

using namespace ridgeline;

int main(int argc, char *argv[])
{
    restartWithHugePageMalloc(argv);
    keepImageBuffersInTheHeap();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ridgeline"));
    QApplication::setApplicationName(QStringLiteral("Ridgeline"));
    QApplication::setApplicationVersion(QStringLiteral(RIDGELINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.ridgeline.Ridgeline"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ridgeline.svg")));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QFile style(QStringLiteral(":/style/ridgeline.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    auto options = parseCommandLine(QApplication::arguments());
    if (!options) {
        QTextStream(stderr) << "ridgeline: " << options.error().message() << "\nTry ridgeline --help.\n";
        return options.error().exitCode();
    }

    Workstation workstation(*options, &WorkspaceSession::open);
    // Queued: a sign-in that fails at once reports before exec() has started.
    QObject::connect(
        &workstation, &Workstation::finished, &app, [](int code) { QApplication::exit(code); }, Qt::QueuedConnection);
    const int early = workstation.start();
    if (early >= 0)
        return early;
    return app.exec();
}
