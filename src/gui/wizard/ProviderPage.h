#pragma once

#include "catalog/Catalog.h"

#include <QWizardPage>

#include <memory>

class QButtonGroup;

namespace Ui {
class ProviderPage;
}

namespace keylink {

class PendingLink;

// Page 1: which provider, and which sign-in method when it has several.
class ProviderPage : public QWizardPage
{
    Q_OBJECT
public:
    ProviderPage(const Catalog &catalog, PendingLink &link, QWidget *parent = nullptr);
    ~ProviderPage() override;

    bool isComplete() const override;
    // Preselects (from a deep link or `link PROVIDER --gui`).
    bool select(const QString &providerId, const QString &methodId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    static QString categoryLabel(const QString &id);
    static constexpr int SearchTextRole = Qt::UserRole + 1;
    void onProviderChosen();
    void showMethods(const Provider *provider);
    void apply();

    std::unique_ptr<Ui::ProviderPage> m_ui;
    const Catalog &m_catalog;
    PendingLink &m_link;
    QButtonGroup *m_methods = nullptr;
};

} // namespace keylink
