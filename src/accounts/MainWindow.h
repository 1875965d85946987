#pragma once

#include "catalog/CatalogLoader.h"
#include "wizard/LinkContext.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace keylink {

// The home screen. For now it explains Keylink and shows which providers can
// be linked; the accounts list and the linking wizard build on it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `context` may lack the network and stores (window tests without linking).
    MainWindow(CatalogLoadResult catalog, LinkContext context = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the linking wizard, at a deep link's selection when given.
    // False (and the reason shown in the window) for a link it cannot open.
    bool openWizard(const QString &deepLink = {});
    void showProblem(const QString &text);

private:
    void showCatalog();

    std::unique_ptr<Ui::MainWindow> m_ui;
    CatalogLoadResult m_catalog;
    LinkContext m_context;
};

} // namespace keylink
