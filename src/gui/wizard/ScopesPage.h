#pragma once

#include <QWizardPage>

#include <memory>

class QTreeWidgetItem;

namespace Ui {
class ScopesPage;
}

namespace keylink {

class ActionFilterModel;
class ActionTableModel;
class PendingLink;

// Page 2, the guide's "Select actions to adjust the guide" panel: actions
// (Front) or scopes grouped by resource (Easyship), the scopes that follow,
// copied with a chosen separator, and a link that reproduces the selection.
class ScopesPage : public QWizardPage
{
    Q_OBJECT
public:
    ScopesPage(PendingLink &link, QWidget *parent = nullptr);
    ~ScopesPage() override;

    void initializePage() override;
    bool isComplete() const override;
    // The scopes as they are copied, with the chosen separator.
    QString scopesText() const;

private:
    void fillScopeTree();
    void showFirstChecked();
    void onScopeItemChanged(QTreeWidgetItem *item);
    void selectAllShown(bool checked);
    void refresh();

    std::unique_ptr<Ui::ScopesPage> m_ui;
    PendingLink &m_link;
    ActionTableModel *m_actions = nullptr;
    ActionFilterModel *m_filter = nullptr;
    bool m_filling = false;
};

} // namespace keylink
