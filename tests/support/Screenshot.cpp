#include "Screenshot.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

void Screenshot::preparePalette()
{
    if (qEnvironmentVariable("KEYLINK_SCREENSHOT_PALETTE") != u"dark"_s)
        return;
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x20), text(0xe6, 0xe6, 0xe6);
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
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x74));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x74));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x74));
    QApplication::setPalette(p);
}

void Screenshot::take(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("KEYLINK_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(150); // let the page finish painting (pictures only, never synchronisation)
    widget.grab().save(dir + u'/' + name + qEnvironmentVariable("KEYLINK_SCREENSHOT_SUFFIX") + u".png"_s);
}
