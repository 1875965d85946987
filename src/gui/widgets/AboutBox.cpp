#include "widgets/AboutBox.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keylink {

AboutBox::AboutBox(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Keylink"));
    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->setContentsMargins(24, 24, 24, 18);
    layout->setSpacing(6);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/keylink.svg"_s).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    layout->addSpacing(6);

    auto *name = new QLabel(u"Keylink"_s, this);
    QFont large = name->font();
    large.setBold(true);
    if (large.pointSizeF() > 0)
        large.setPointSizeF(large.pointSizeF() * 1.6);
    name->setFont(large);
    name->setAlignment(Qt::AlignCenter);
    layout->addWidget(name);

    auto *version = new QLabel(tr("Version %1").arg(QApplication::applicationVersion()), this);
    version->setAlignment(Qt::AlignCenter);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette dim = version->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    version->setPalette(dim);
    layout->addWidget(version);
    layout->addSpacing(12);

    const int width = fontMetrics().averageCharWidth() * 46;
    for (const QString &text :
        {tr("Links your business tools by following each provider's own guide, and checks each token with the "
            "provider before keeping it."),
            tr("Secrets stay in your system keychain, never in a file.")}) {
        auto *paragraph = new QLabel(text, this);
        paragraph->setWordWrap(true);
        paragraph->setAlignment(Qt::AlignCenter);
        paragraph->setFixedWidth(width);
        layout->addWidget(paragraph);
    }
    layout->addSpacing(12);
    auto *qt = new QLabel(tr("Built with Qt %1").arg(QString::fromLatin1(qVersion())), this);
    qt->setAlignment(Qt::AlignCenter);
    qt->setPalette(dim);
    layout->addWidget(qt);
    layout->addSpacing(12);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Close this window"));
    buttons->setCenterButtons(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void AboutBox::openFor(QWidget *parent)
{
    auto *box = new AboutBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace keylink
