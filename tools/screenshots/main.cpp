// keylink-screenshots: the pictures in docs/screenshots, taken by walking
// the window and the wizard against the fake providers (scripts/screenshots
// runs it under a virtual display in each look: light, dark, 200%, German).
// A developer tool built with the tests; never shipped.
#include "Tour.h"

#include "core/Translations.h"
#include "widgets/KeylinkStyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace {
// What a dark desktop theme gives a Qt app: a dark palette.
void useDarkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x20), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x70, 0x70, 0x74);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x78, 0xae, 0xed));
    for (QPalette::ColorRole role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(p);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"keylink"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Saves a picture of each window and wizard page."_s);
    parser.addHelpOption();
    const QCommandLineOption out(u"out"_s, u"Folder for the PNG files."_s, u"dir"_s);
    const QCommandLineOption suffix(u"suffix"_s, u"Appended to each file name, e.g. -dark."_s, u"text"_s);
    const QCommandLineOption dark(u"dark"_s, u"A dark palette, as a dark desktop theme gives."_s);
    const QCommandLineOption lang(u"lang"_s, u"The language (de, en, fr); default: the system's."_s, u"code"_s);
    const QCommandLineOption only(u"only"_s, u"Only these pictures (comma-separated names)."_s, u"names"_s);
    parser.addOptions({out, suffix, dark, lang, only});
    parser.process(app);
    if (!parser.isSet(out))
        parser.showHelp(2);
    keylink::Translations::install(&app, parser.value(lang));
    QApplication::setStyle(new keylink::KeylinkStyle); // as the window program does
    if (parser.isSet(dark))
        useDarkPalette();
    const QDir folder(parser.value(out));
    if (!folder.mkpath(u"."_s))
        return 1;
    Tour tour(folder, parser.value(suffix), parser.value(only).split(u',', Qt::SkipEmptyParts));
    return tour.start() && tour.run() ? 0 : 1;
}
