#pragma once

#include "catalog/CatalogLoader.h"

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
    explicit MainWindow(CatalogLoadResult catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void showCatalog();

    std::unique_ptr<Ui::MainWindow> m_ui;
    CatalogLoadResult m_catalog;
};

} // namespace keylink
