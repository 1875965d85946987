#include "WizardScenes.h"

#include "Tour.h"
#include "wizard/LinkWizard.h"
#include "wizard/PendingLink.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace keylink;

namespace {
QAbstractButton *next(LinkWizard &w)
{
    return w.button(QWizard::NextButton);
}

bool chooseProvider(LinkWizard &w, const QString &id, const QString &methodId = {})
{
    auto *list = w.currentPage()->findChild<QListWidget *>(u"providers"_s);
    for (int row = 0; list && row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == id)
            list->setCurrentRow(row);
    }
    if (!methodId.isEmpty()) {
        const AuthMethod *method = w.pending().provider() ? w.pending().provider()->authMethod(methodId) : nullptr;
        for (QRadioButton *b : w.currentPage()->findChildren<QRadioButton *>()) {
            if (method && b->text() == method->label)
                b->click();
        }
    }
    return w.pending().provider() && w.pending().provider()->id == id
        && (methodId.isEmpty() || w.pending().method()->id == methodId);
}

QLineEdit *field(LinkWizard &w, const QString &id)
{
    return w.currentPage()->findChild<QLineEdit *>(u"field_"_s + id);
}
} // namespace

WizardScenes::WizardScenes(Tour &tour)
    : m_tour(tour)
{ }

bool WizardScenes::front()
{
    LinkWizard w(m_tour.services());
    w.resize(900, 700);
    w.show();
    if (!chooseProvider(w, u"front"_s))
        return Tour::fail(u"Front is not in the provider list"_s);
    if (!m_tour.shoot(w, u"wizard-1-provider"_s))
        return false;
    next(w)->click();
    w.pending().setActions({u"front_list_conversations"_s, u"front_list_tags"_s, u"front_list_tagged_conversations"_s,
        u"front_list_contacts"_s});
    if (!m_tour.shoot(w, u"wizard-2-actions"_s))
        return false;
    next(w)->click();
    if (!m_tour.shoot(w, u"wizard-3-guide"_s))
        return false;
    next(w)->click();
    QLineEdit *token = field(w, u"token"_s);
    if (!token)
        return Tour::fail(u"the fields page has no token field"_s);
    token->setText(u"eyJhbGciOiJIUzI1NiJ9.screenshot-slow.kLsEcReT"_s);
    if (!m_tour.shoot(w, u"wizard-4-fields"_s))
        return false;
    next(w)->click(); // Verify: the check starts at once; Front answers late
    auto *elapsed = w.currentPage()->findChild<QLabel *>(u"elapsed"_s);
    if (!Tour::waitFor([&] { return elapsed && !elapsed->text().isEmpty(); }))
        return Tour::fail(u"the Verify page shows no time taken"_s);
    if (!m_tour.shoot(w, u"wizard-5-connect"_s))
        return false;
    if (!Tour::waitFor([&] { return w.currentId() == LinkWizard::DonePageId; }))
        return Tour::fail(u"Front did not link"_s);
    return m_tour.shoot(w, u"wizard-6-done"_s);
}

bool WizardScenes::easyship()
{
    {
        LinkWizard w(m_tour.services());
        w.resize(900, 700);
        w.show();
        if (!chooseProvider(w, u"easyship"_s, u"api-token"_s))
            return Tour::fail(u"Easyship's token method is not in the catalog"_s);
        next(w)->click();
        if (!m_tour.shoot(w, u"wizard-2-easyship-scopes"_s))
            return false;
    }
    LinkWizard w(m_tour.services());
    w.resize(900, 700);
    w.show();
    if (!chooseProvider(w, u"easyship"_s, u"oauth-partner"_s))
        return Tour::fail(u"Easyship's OAuth method is not in the catalog"_s);
    next(w)->click();
    auto *tree = w.currentPage()->findChild<QTreeWidget *>(u"scopeTree"_s);
    for (const QString &scope : {u"public.shipment:read"_s, u"shipment"_s}) {
        const auto items
            = tree ? tree->findItems(scope, Qt::MatchExactly | Qt::MatchRecursive) : QList<QTreeWidgetItem *>();
        if (items.isEmpty())
            return Tour::fail(u"no scope %1 in the OAuth scope tree"_s.arg(scope));
        items.first()->setCheckState(0, Qt::Checked);
    }
    if (!m_tour.shoot(w, u"wizard-2-easyship-oauth-mixed"_s))
        return false;
    // One family only, then the application's credentials and the grant.
    tree->findItems(u"shipment"_s, Qt::MatchExactly | Qt::MatchRecursive).first()->setCheckState(0, Qt::Unchecked);
    next(w)->click();
    next(w)->click();
    QLineEdit *id = field(w, u"client_id"_s);
    QLineEdit *secret = field(w, u"client_secret"_s);
    if (!id || !secret)
        return Tour::fail(u"the OAuth fields page has no client id or secret"_s);
    id->setText(QString::fromLatin1(FakeOAuthServer::ClientId));
    secret->setText(QString::fromLatin1(FakeOAuthServer::ClientSecret));
    next(w)->click();
    if (auto *clientCredentials = w.currentPage()->findChild<QRadioButton *>(u"clientCredentials"_s))
        clientCredentials->click();
    return m_tour.shoot(w, u"wizard-5-connect-oauth"_s);
}

bool WizardScenes::rejected()
{
    LinkWizard w(m_tour.services());
    w.resize(900, 700);
    w.show();
    chooseProvider(w, u"front"_s);
    next(w)->click();
    w.pending().setActions({u"front_list_tags"_s});
    next(w)->click();
    next(w)->click();
    field(w, u"token"_s)->setText(u"eyJhbGciOiJIUzI1NiJ9.bad.kLsEcReT"_s);
    next(w)->click();
    next(w)->click();
    auto *error = w.currentPage()->findChild<QLabel *>(u"error"_s);
    if (!Tour::waitFor([&] { return error && error->isVisible(); }))
        return Tour::fail(u"the revoked token was not reported"_s);
    return m_tour.shoot(w, u"wizard-5-connect-failed"_s);
}
