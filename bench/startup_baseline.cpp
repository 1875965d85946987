// The baseline for bench_startup: the least a Qt Widgets app can show, a bare
// QMainWindow with an empty QListView, measured by the same probe as Keylink.
// With --rows N the list shows N lines of text instead: the same window plus
// what drawing any text costs (loading the font database), for reference.
#include "window/FirstPaintProbe.h"

#include <QApplication>
#include <QListView>
#include <QMainWindow>
#include <QStringListModel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *list = new QListView(&window);
    const QStringList args = QApplication::arguments();
    const int rows = args.value(1) == QLatin1String("--rows") ? args.value(2).toInt() : 0;
    QStringList names;
    for (int i = 0; i < rows; ++i)
        names.append(QStringLiteral("Company %1 Ltd").arg(i));
    list->setModel(new QStringListModel(names, list));
    window.setCentralWidget(list);
    window.resize(760, 520);
    keylink::FirstPaintProbe::attachIfRequested(&window);
    window.show();
    return QApplication::exec();
}
