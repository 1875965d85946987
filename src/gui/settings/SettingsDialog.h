#pragma once

#include "catalog/Catalog.h"
#include "settings/Preferences.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace keylink {

// Preferences: the request timeout, how often to check accounts in the
// background, whether to verify every account at start and to start at
// login, and (read only) the proxy the system gives each provider address.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const Preferences &current, const Catalog &catalog, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    Preferences preferences() const;

private:
    void showPreferences(const Preferences &preferences);
    void listProxies(const Catalog &catalog);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace keylink
