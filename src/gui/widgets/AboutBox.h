#pragma once

#include <QDialog>

namespace keylink {

// Help → About: Keylink's icon, name and version, what it does, where the
// secrets go, and the Qt it runs on; Close. Sized to its content.
class AboutBox : public QDialog
{
    Q_OBJECT
public:
    explicit AboutBox(QWidget *parent = nullptr);
    // Window-modal over `parent`, deleted when closed.
    static void openFor(QWidget *parent);
};

} // namespace keylink
