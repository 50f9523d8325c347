// Composition root of the workstation window.
#include <QApplication>
#include <QIcon>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ridgeline"));
    QApplication::setApplicationName(QStringLiteral("Ridgeline"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ridgeline.svg")));
    QMainWindow window;
    window.setWindowTitle(QObject::tr("Ridgeline"));
    window.show();
    return app.exec();
}
