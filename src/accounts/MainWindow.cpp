#include "accounts/MainWindow.h"

#include "link/DeepLink.h"
#include "ui_MainWindow.h"
#include "wizard/LinkWizard.h"

#include <QApplication>
#include <QIcon>
#include <QListWidgetItem>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace keylink {

MainWindow::MainWindow(CatalogLoadResult catalog, LinkContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_catalog(std::move(catalog))
    , m_context(std::move(context))
{
    m_ui->setupUi(this);
    m_context.catalog = &m_catalog.catalog;
    const bool canLink = m_context.network && m_context.secrets && m_context.store;
    m_ui->linkButton->setEnabled(canLink);
    m_ui->actionLink->setEnabled(canLink);
    connect(m_ui->linkButton, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_ui->actionLink, &QAction::triggered, this, [this] { openWizard(); });
    m_ui->emptyIcon->setPixmap(QIcon(u":/icons/keylink.svg"_s).pixmap(64, 64));
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Keylink"),
            tr("<b>Keylink %1</b><p>Links your SaaS accounts by following each provider's own guide, "
               "and keeps their secrets in your system keychain.</p>")
                .arg(QApplication::applicationVersion()));
    });
    showCatalog();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openWizard(const QString &deepLink)
{
    auto *wizard = new LinkWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!deepLink.isEmpty()) {
        DeepLink link;
        QString error;
        if (!DeepLink::parse(deepLink, &link, &error) || !wizard->start(link, &error)) {
            delete wizard;
            showProblem(tr("Cannot open the link: %1").arg(error));
            return false;
        }
    }
    wizard->open(); // window-modal, without a nested event loop
    return true;
}

void MainWindow::showProblem(const QString &text)
{
    m_ui->catalogProblems->setText(text.toHtmlEscaped());
    m_ui->catalogProblems->show();
}

void MainWindow::showCatalog()
{
    for (const Provider &p : m_catalog.catalog.providers()) {
        auto *item
            = new QListWidgetItem(QIcon(p.iconPath), u"%1 — %2"_s.arg(p.name, p.description), m_ui->providerList);
        item->setToolTip(p.homepage.toString());
    }
    m_ui->providerList->setAccessibleName(tr("Providers you can link"));

    const bool problems = !m_catalog.errors.isEmpty();
    m_ui->catalogProblems->setVisible(problems);
    if (problems) {
        QStringList lines;
        for (const CatalogError &e : m_catalog.errors)
            lines.append(e.toString().toHtmlEscaped());
        m_ui->catalogProblems->setText(tr("Some provider files were skipped:<br>%1").arg(lines.join(u"<br>"_s)));
    }
}

} // namespace keylink
