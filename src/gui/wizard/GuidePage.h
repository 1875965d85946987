#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class GuidePage;
}

namespace keylink {

class PendingLink;

// Page 3: the provider's own guide for the chosen method, adapted to the
// selection. Web links open in the browser; scope links copy the scope.
class GuidePage : public QWizardPage
{
    Q_OBJECT
public:
    GuidePage(PendingLink &link, QWidget *parent = nullptr);
    ~GuidePage() override;

    void initializePage() override;
    QString html() const;

private:
    void render();
    void onLink(const QUrl &url);

    std::unique_ptr<Ui::GuidePage> m_ui;
    PendingLink &m_link;
};

} // namespace keylink
