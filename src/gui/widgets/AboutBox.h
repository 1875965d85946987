#pragma once

#include <QCoreApplication>

class QWidget;

namespace keylink {

// Help → About: what Keylink is, and its version.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(keylink::AboutBox)

public:
    static void open(QWidget *parent);
};

} // namespace keylink
