// Catalog load: all built-in providers, as at every start (target: median
// <= 5 ms), and a catalog of 200 generated providers in a user folder, each a
// copy of the built-in ones under a new id (target: median <= 100 ms).
#include "catalog/CatalogLoader.h"

#include "Percentile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
template<typename F>
double medianMs(int rounds, F &&work)
{
    QList<double> samples;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        samples.append(clock.nsecsElapsed() / 1e6);
    }
    return percentile(samples, 50);
}

// 200 provider files, cycling through the built-in ones, each renamed, with
// the icons beside them.
bool generate(const QString &dir, int count)
{
    QList<QJsonObject> originals;
    for (const QString &name : QDir(keylink::CatalogLoader::builtInDirectory()).entryList({u"*.json"_s})) {
        QFile f(keylink::CatalogLoader::builtInDirectory() + u'/' + name);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        originals.append(o);
    }
    // Each file names its icon by a relative path: icons/<provider>.svg.
    const QString icons = keylink::CatalogLoader::builtInDirectory() + u"/icons"_s;
    QDir(dir).mkpath(u"icons"_s);
    for (const QString &name : QDir(icons).entryList({u"*.svg"_s})) {
        if (!QFile::copy(icons + u'/' + name, dir + u"/icons/"_s + name))
            return false;
    }
    for (int i = 0; i < count; ++i) {
        QJsonObject o = originals.at(i % originals.size());
        o.insert(u"id"_s, u"gen%1-%2"_s.arg(i).arg(o.value(u"id"_s).toString()));
        o.insert(u"name"_s, u"Generated %1 %2"_s.arg(i).arg(o.value(u"name"_s).toString()));
        QFile out(u"%1/gen%2.json"_s.arg(dir).arg(i, 3, 10, QLatin1Char('0')));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(o).toJson()) < 0)
            return false;
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    int builtIn = 0;
    const double builtInMs
        = medianMs(51, [&] { builtIn = int(keylink::CatalogLoader::load({}).catalog.providers().size()); });
    out << u"catalog load, %1 built-in providers: median %2 ms over 51 loads (target <= 5 ms) %3\n"_s.arg(builtIn)
               .arg(builtInMs, 0, 'f', 2)
               .arg(builtInMs <= 5.0 ? u"MET"_s : u"MISSED"_s);

    QTemporaryDir dir;
    if (!generate(dir.path(), 200))
        return 1;
    int loaded = 0;
    int errors = 0;
    const double generatedMs = medianMs(11, [&] {
        const keylink::CatalogLoadResult r = keylink::CatalogLoader::load({dir.path()});
        loaded = int(r.catalog.providers().size());
        errors = int(r.errors.size());
    });
    if (errors != 0 || loaded != builtIn + 200) {
        const keylink::CatalogLoadResult r = keylink::CatalogLoader::load({dir.path()});
        QTextStream(stderr) << "the generated catalog did not load: " << loaded << " providers, " << errors
                            << " errors; the first: " << (r.errors.isEmpty() ? QString() : r.errors.first().toString())
                            << "\n";
        return 1;
    }
    out << u"catalog load, 200 generated providers (+%1 built-in): median %2 ms over 11 loads (target <= 100 ms) "
           u"%3\n"_s.arg(builtIn)
               .arg(generatedMs, 0, 'f', 1)
               .arg(generatedMs <= 100.0 ? u"MET"_s : u"MISSED"_s);
    return 0;
}
