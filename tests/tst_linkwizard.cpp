#include "accounts/MainWindow.h"
#include "catalog/CatalogLoader.h"
#include "services/Services.h"
#include "store/AccountStore.h"
#include "vault/CredentialVault.h"
#include "widgets/KeylinkStyle.h"
#include "wizard/ActionTableModel.h"
#include "wizard/GuidePage.h"
#include "wizard/LinkWizard.h"
#include "wizard/PendingLink.h"
#include "wizard/ScopesPage.h"
#include "wizard/StepList.h"

#include "AccessibilityAudit.h"
#include "FakeOAuthServer.h"
#include "FakeProviders.h"
#include "MemorySecretStore.h"
#include "ProviderAnswers.h"
#include "TestServices.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHttpServerRequest>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMouseEvent>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyleOptionSlider>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace keylink;

// Clicks through the whole wizard for each provider, against fake providers
// on loopback and an in-memory keychain (the keychain is not what it tests).
class TestLinkWizard : public QObject
{
    Q_OBJECT

private:
    FakeProviders m_providers;
    MemorySecretStore m_secrets; // a widget test: the keychain is not what it tests
    std::unique_ptr<TestServices> m_services;

    Services &services() { return **m_services; }
    AccountStore &store() { return services().store(); }

    static QAbstractButton *next(LinkWizard &w) { return w.button(QWizard::NextButton); }

    static bool chooseProvider(LinkWizard &w, const QString &id, const QString &methodLabel = {})
    {
        auto *list = w.currentPage()->findChild<QListWidget *>(u"providers"_s);
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == id)
                list->setCurrentRow(row);
        }
        if (!methodLabel.isEmpty()) {
            for (QRadioButton *b : w.currentPage()->findChildren<QRadioButton *>()) {
                if (b->text() == methodLabel)
                    b->click();
            }
        }
        return w.pending().provider() && w.pending().provider()->id == id;
    }

    // Where the style puts the scroll bar's thumb, from the bar's own state.
    // (Filled in here as QScrollBar::initStyleOption does: that one is
    // protected, and reaching it through a cast is undefined behaviour.)
    static QRect thumbOf(QScrollBar *bar)
    {
        QStyleOptionSlider option;
        option.initFrom(bar);
        option.subControls = QStyle::SC_None;
        option.activeSubControls = QStyle::SC_None;
        option.orientation = bar->orientation();
        option.minimum = bar->minimum();
        option.maximum = bar->maximum();
        option.sliderPosition = bar->sliderPosition();
        option.sliderValue = bar->value();
        option.singleStep = bar->singleStep();
        option.pageStep = bar->pageStep();
        option.upsideDown = bar->invertedAppearance();
        if (bar->orientation() == Qt::Horizontal)
            option.state |= QStyle::State_Horizontal;
        return bar->style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, bar);
    }

    static QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role)
                return b;
        }
        return nullptr;
    }

    static QLineEdit *field(LinkWizard &w, const QString &id)
    {
        return w.currentPage()->findChild<QLineEdit *>(u"field_"_s + id);
    }

    // On the Verify page: a token is checked as soon as the page opens; an
    // OAuth method waits for its button.
    void connectAndWait(LinkWizard &w)
    {
        QCOMPARE(w.currentId(), int(LinkWizard::ConnectPageId));
        if (w.pending().method()->kind == AuthMethod::Kind::OAuth2) {
            QVERIFY(next(w)->isEnabled());
            next(w)->click();
        }
        QVERIFY(!next(w)->isEnabled()); // busy: no second submission
    }

    QString storedToken(const QString &id) const { return m_secrets.entries.value(id).value(u"token"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(new KeylinkStyle);
        QVERIFY(m_providers.start());
        m_services = std::make_unique<TestServices>(m_providers.hostMap(), &m_secrets);
        m_providers.front.on(u"/me"_s, [](const QHttpServerRequest &request) {
            return request.value("Authorization").contains("bad")
                ? ProviderAnswers::frontError(401, "Unauthenticated", "Invalid token")
                : ProviderAnswers::frontMe();
        });
        m_providers.sandbox.on(u"/2024-09/account"_s, ProviderAnswers::easyshipAccount("Globex Sandbox", "CHK000009"));
    }

    // Each test links from an empty list: an identity a previous test linked
    // would make the wizard ask before replacing it.
    void init()
    {
        QString error;
        for (const QString &id : store().ids())
            QVERIFY2(store().remove(id, &error), qPrintable(error));
    }

    void frontWithActionsSearchGuideAndCopy()
    {
        LinkWizard w(services());
        w.resize(900, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(chooseProvider(w, u"front"_s));
        QCOMPARE(AccessibilityAudit::problems(&w).join(u"\n"_s), QString());
        next(w)->click();
        QCOMPARE(w.currentId(), int(LinkWizard::ScopesPageId));
        QVERIFY(!next(w)->isEnabled()); // nothing chosen yet

        // Search, then tick what the search shows with Select all.
        auto *search = w.currentPage()->findChild<QLineEdit *>(u"actionSearch"_s);
        auto *table = w.currentPage()->findChild<QTableView *>(u"actionTable"_s);
        QAbstractItemModel *shown = table->model();
        QTest::keyClicks(search, u"zzz"_s);
        QCOMPARE(shown->rowCount(), 0);
        QVERIFY(w.currentPage()->findChild<QLabel *>(u"noResults"_s)->isVisible());
        search->clear();
        QCOMPARE(shown->rowCount(), 52);
        QTest::keyClicks(search, u"list tag"_s);
        QCOMPARE(shown->rowCount(), 2);
        QCOMPARE(shown->index(0, 0).data().toString(), u"List Tags"_s); // the catalog's order
        QCOMPARE(shown->index(1, 0).data().toString(), u"List Tagged Conversations"_s);
        w.currentPage()->findChild<QPushButton *>(u"selectAll"_s)->click();
        search->clear();
        QCOMPARE(w.pending().actions().size(), 2);
        QCOMPARE(w.pending().scopes(), (QStringList {u"conversations:read"_s, u"tags:read"_s}));
        QVERIFY(next(w)->isEnabled());

        auto *page = qobject_cast<ScopesPage *>(w.currentPage());
        auto *separator = page->findChild<QComboBox *>(u"separator"_s);
        auto *copy = page->findChild<QPushButton *>(u"copyScopes"_s);
        const QStringList expected {u"conversations:read tags:read"_s, u"conversations:read,tags:read"_s,
            u"conversations:read;tags:read"_s, u"conversations:read|tags:read"_s, u"conversations:read\ntags:read"_s};
        for (int i = 0; i < separator->count(); ++i) {
            separator->setCurrentIndex(i);
            copy->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), expected.at(i));
        }
        separator->setCurrentIndex(0);
        page->findChild<QPushButton *>(u"copyLink"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
            u"keylink://link/front?method=api-token&actions=front_list_tags,front_list_tagged_conversations"_s);
        QCOMPARE(AccessibilityAudit::problems(&w).join(u"\n"_s), QString());

        next(w)->click();
        QCOMPARE(w.currentId(), int(LinkWizard::GuidePageId));
        const QString html = qobject_cast<GuidePage *>(w.currentPage())->html();
        QVERIFY(html.contains(u"tags:read"_s));
        QVERIFY(html.contains(u"conversations:read"_s));
        QVERIFY(!html.contains(u"contacts:read"_s));
        QVERIFY(!html.contains(u"messages:write"_s));
        QVERIFY(html.contains(u"Enables actions:"_s));
        QVERIFY(html.contains(u"List Tags"_s));
        QVERIFY(html.contains(u"<b>Resource permissions</b>"_s) || html.contains(u"Resource permissions"_s));
        QCOMPARE(AccessibilityAudit::problems(&w).join(u"\n"_s), QString());

        next(w)->click();
        QCOMPARE(w.currentId(), int(LinkWizard::FieldsPageId));
        QVERIFY(!next(w)->isEnabled());
        QLineEdit *token = field(w, u"token"_s);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QTest::keyClicks(token, u"aaa.bbb"_s);
        QVERIFY(!next(w)->isEnabled());
        QTest::keyClick(token, Qt::Key_Return); // an error waits until the field is left
        QVERIFY(w.currentPage()->findChild<QLabel *>(u"error_token"_s)->isVisible());
        // A pasted token with a trailing newline is trimmed.
        token->clear();
        token->insert(u"  aaa.bbb.front-wizard-kLsEcReT\n"_s);
        QCOMPARE(token->text(), u"aaa.bbb.front-wizard-kLsEcReT"_s);
        QVERIFY(next(w)->isEnabled());
        QCOMPARE(AccessibilityAudit::problems(&w).join(u"\n"_s), QString());

        next(w)->click();
        QCOMPARE(AccessibilityAudit::problems(&w).join(u"\n"_s), QString());
        connectAndWait(w);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(LinkWizard::DonePageId), 15000);
        QCOMPARE(AccessibilityAudit::problems(&w).join(u"\n"_s), QString());

        const Account &a = w.pending().account();
        QCOMPARE(a.identityId, u"cmp_1a2b"_s);
        QVERIFY(store().account(a.id));
        QCOMPARE(storedToken(a.id), u"aaa.bbb.front-wizard-kLsEcReT"_s);
        auto *permissions = w.currentPage()->findChild<QTreeWidget *>(u"permissions"_s);
        QCOMPARE(permissions->topLevelItemCount(), 2);
        QCOMPARE(permissions->topLevelItem(0)->text(1), u"Granted"_s);
    }

    void easyshipSandboxTokenUsesTheSandboxHost()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(chooseProvider(w, u"easyship"_s, u"API access token"_s));
        next(w)->click();
        QCOMPARE(w.currentId(), int(LinkWizard::ScopesPageId));
        QCOMPARE(w.pending().scopes().size(), 11); // the guide's recommended set, preselected
        QVERIFY(next(w)->isEnabled());
        next(w)->click();
        next(w)->click();
        QCOMPARE(w.currentId(), int(LinkWizard::FieldsPageId));
        QTest::keyClicks(field(w, u"token"_s), u"sand_wizard_kLsEcReT"_s);
        auto *environment = w.currentPage()->findChild<QLabel *>(u"environment"_s);
        QVERIFY(environment->isVisible());
        QCOMPARE(environment->text(), u"This token is for Sandbox (public-api-sandbox.easyship.com)."_s);
        next(w)->click();
        connectAndWait(w);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(LinkWizard::DonePageId), 15000);
        QCOMPARE(w.pending().account().environmentId, u"sandbox"_s);
        QCOMPARE(m_providers.sandbox.count(u"/2024-09/account"_s), 1);
        QCOMPARE(m_providers.easyship.count(u"/2024-09/account"_s), 0);
        QCOMPARE(storedToken(w.pending().account().id), u"sand_wizard_kLsEcReT"_s);
    }

    void easyshipOAuthRefusesMixedScopeFamilies()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(chooseProvider(w, u"easyship"_s, u"OAuth 2 partner application"_s));
        QCOMPARE(w.pending().method()->id, u"oauth-partner"_s);
        next(w)->click();
        auto *tree = w.currentPage()->findChild<QTreeWidget *>(u"scopeTree"_s);
        auto check = [tree](const QString &scope) {
            const auto items = tree->findItems(scope, Qt::MatchExactly | Qt::MatchRecursive);
            QVERIFY(!items.isEmpty());
            items.first()->setCheckState(0, Qt::Checked);
        };
        check(u"public.shipment:read"_s);
        QVERIFY(next(w)->isEnabled());
        check(u"shipment"_s);
        QCOMPARE(w.pending().directScopes().size(), 2);
        QVERIFY(!next(w)->isEnabled());
        auto *warning = w.currentPage()->findChild<QLabel *>(u"mixWarning"_s);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"can never be mixed on a single application"_s));
        QCOMPARE(AccessibilityAudit::problems(&w).join(u"\n"_s), QString());
    }

    void easyshipPartnerAppWithClientCredentials()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(chooseProvider(w, u"easyship"_s, u"OAuth 2 partner application"_s));
        next(w)->click();
        auto *tree = w.currentPage()->findChild<QTreeWidget *>(u"scopeTree"_s);
        tree->findItems(u"public.shipment:read"_s, Qt::MatchExactly | Qt::MatchRecursive)
            .first()
            ->setCheckState(0, Qt::Checked);
        next(w)->click();
        next(w)->click();
        QCOMPARE(w.currentId(), int(LinkWizard::FieldsPageId));
        field(w, u"client_id"_s)->setText(QString::fromLatin1(FakeOAuthServer::ClientId));
        field(w, u"client_secret"_s)->setText(QString::fromLatin1(FakeOAuthServer::ClientSecret));
        next(w)->click();
        QVERIFY(w.currentPage()->findChild<QWidget *>(u"grantBox"_s)->isVisible());
        w.currentPage()->findChild<QRadioButton *>(u"clientCredentials"_s)->click();
        QCOMPARE(AccessibilityAudit::problems(&w).join(u"\n"_s), QString());
        next(w)->click();
        auto *error = w.currentPage()->findChild<QLabel *>(u"error"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentId() == int(LinkWizard::DonePageId) || error->isVisible(), 15000);
        QVERIFY2(w.currentId() == int(LinkWizard::DonePageId), qPrintable(error->text()));
        // The scope the application asked for, as the token answer granted it.
        auto *permissions = w.currentPage()->findChild<QTreeWidget *>(u"permissions"_s);
        // The scopes one by one are folded under the summary.
        QVERIFY(!permissions->isVisible());
        w.currentPage()->findChild<QAbstractButton *>(u"showScopes"_s)->click();
        QVERIFY(permissions->isVisible());
        QCOMPARE(permissions->topLevelItemCount(), 1);
        QCOMPARE(permissions->topLevelItem(0)->text(0), u"public.shipment:read"_s);
        QCOMPARE(permissions->topLevelItem(0)->text(1), u"Granted"_s);
        const Account &a = w.pending().account();
        QCOMPARE(a.methodId, u"oauth-partner"_s);
        QCOMPARE(a.permissions.size(), 1);
        QCOMPARE(a.permissions.first().state, ScopeCheck::State::Granted);
        QCOMPARE(a.fields.value(u"client_id"_s), QString::fromLatin1(FakeOAuthServer::ClientId));
        QVERIFY(a.tokenExpiresAt.isValid());
        const SecretFields stored = m_secrets.entries.value(a.id);
        QVERIFY(stored.value(u"access_token"_s).startsWith(u"at-"_s));
        QCOMPARE(stored.value(u"client_secret"_s), QString::fromLatin1(FakeOAuthServer::ClientSecret));
        QVERIFY(!stored.contains(u"client_id"_s)); // not a secret: in the store
    }

    void oneflowTokenLengthGatesNext()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(chooseProvider(w, u"oneflow"_s));
        next(w)->click();
        QCOMPARE(w.currentId(), int(LinkWizard::GuidePageId)); // no actions or scopes: skipped
        next(w)->click();
        QTest::keyClicks(field(w, u"user_email"_s), u"ana@example.com"_s);
        QLineEdit *token = field(w, u"token"_s);
        const QString good = u"0123456789-abcdefghij-kLsEcReTIJ-klmnopq"_s;
        QCOMPARE(good.size(), 40);
        QTest::keyClicks(token, good.left(39));
        QVERIFY(!next(w)->isEnabled());
        QTest::keyClick(token, Qt::Key_Return); // an error waits until the field is left
        auto *error = w.currentPage()->findChild<QLabel *>(u"error_token"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"A Oneflow API token is exactly 40 characters: letters, digits and hyphens."_s);
        QTest::keyClicks(token, good.right(1));
        QVERIFY(!error->isVisible());
        QVERIFY(next(w)->isEnabled());
        next(w)->click();
        connectAndWait(w);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(LinkWizard::DonePageId), 15000);
        QCOMPARE(w.pending().account().identityId, u"ana@example.com"_s);
        QCOMPARE(store().account(w.pending().account().id)->fields.value(u"user_email"_s), u"ana@example.com"_s);
    }

    // The whole flow with the keyboard alone: type to search, arrows,
    // Tab, and the buttons' Alt shortcuts.
    void keyboardOnly()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *search = w.currentPage()->findChild<QLineEdit *>(u"search"_s);
        search->setFocus();
        QTest::keyClicks(QApplication::focusWidget(), u"oneflow"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // to the list
        QCOMPARE(QApplication::focusWidget()->objectName(), u"providers"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTRY_VERIFY(w.pending().provider() && w.pending().provider()->id == u"oneflow"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(w.currentId(), int(LinkWizard::GuidePageId));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(w.currentId(), int(LinkWizard::FieldsPageId));

        // Tab from the page's start reaches the fields in the catalog's order
        // (Show is inside the token's input, not a stop of its own).
        field(w, u"token"_s)->setFocus();
        QTest::keyClicks(QApplication::focusWidget(), u"0123456789-abcdefghij-kLsEcReTIJ-klmnopq"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), field(w, u"user_email"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"ana@example.com"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"accountLabel"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"Contracts"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(w.currentId(), int(LinkWizard::ConnectPageId));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(LinkWizard::DonePageId), 15000);
        QCOMPARE(w.pending().account().label, u"Contracts"_s);
    }

    void rejectedTokenThenBackFixAndRetry()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(chooseProvider(w, u"front"_s));
        next(w)->click();
        w.pending().setActions({u"front_list_tags"_s});
        next(w)->click();
        next(w)->click();
        QTest::keyClicks(field(w, u"token"_s), u"aaa.bad.kLsEcReT"_s);
        next(w)->click();
        connectAndWait(w);
        auto *error = w.currentPage()->findChild<QLabel *>(u"error"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        QCOMPARE(w.currentPage()->findChild<QLabel *>(u"headline"_s)->text(), u"Front rejected the credentials"_s);
        QCOMPARE(error->text(),
            u"Front rejected the credentials: they are wrong, expired or revoked. Front said: "
            u"“Invalid token”"_s);
        QCOMPARE(w.currentPage()->findChild<QLabel *>(u"advice"_s)->text(),
            u"Go back and paste the token again, or create a new one in the Front dashboard."_s);
        // Asking again with the same token cannot help: no Retry, Back is the way.
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(w.button(QWizard::BackButton)->isEnabled());
        QCOMPARE(w.currentId(), int(LinkWizard::ConnectPageId));
        QCOMPARE(AccessibilityAudit::problems(&w).join(u"\n"_s), QString());

        w.back();
        QCOMPARE(w.currentId(), int(LinkWizard::FieldsPageId));
        QLineEdit *token = field(w, u"token"_s);
        token->clear();
        QTest::keyClicks(token, u"aaa.good.kLsEcReT"_s);
        next(w)->click();
        connectAndWait(w);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(LinkWizard::DonePageId), 15000);
        QCOMPARE(storedToken(w.pending().account().id), u"aaa.good.kLsEcReT"_s);
    }

    // Bug: Back from the Done page led to Connect with Cancel enabled,
    // although the account was saved.
    void theDonePageHasNoWayBack()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(chooseProvider(w, u"oneflow"_s));
        next(w)->click();
        next(w)->click();
        QTest::keyClicks(field(w, u"user_email"_s), u"ana@example.com"_s);
        QTest::keyClicks(field(w, u"token"_s), u"0123456789-abcdefghij-kLsEcReTIJ-nobackq"_s);
        next(w)->click();
        connectAndWait(w);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(LinkWizard::DonePageId), 15000);
        QVERIFY(!w.button(QWizard::BackButton)->isVisible());
        QVERIFY(!w.button(QWizard::CancelButton)->isVisible());
        QVERIFY(w.button(QWizard::FinishButton)->isVisible());
    }

    // Bug: a rejected Oneflow user email was followed by a white box that
    // only said "HTTP status: 200".
    void aWrongOneflowUserSaysWhatToDoWithoutAStatusBox()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(chooseProvider(w, u"oneflow"_s));
        next(w)->click();
        next(w)->click();
        QTest::keyClicks(field(w, u"user_email"_s), u"bob@example.com"_s);
        QTest::keyClicks(field(w, u"token"_s), u"0123456789-abcdefghij-kLsEcReTIJ-wronguq"_s);
        next(w)->click();
        connectAndWait(w);
        auto *error = w.currentPage()->findChild<QLabel *>(u"error"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
        QVERIFY2(error->text().contains(u"bob@example.com"_s), qPrintable(error->text()));
        QCOMPARE(
            w.currentPage()->findChild<QLabel *>(u"headline"_s)->text(), u"The credentials do not match the account"_s);
        auto *details = w.currentPage()->findChild<QLabel *>(u"details"_s);
        QVERIFY2(!details->isVisible(), qPrintable(details->text()));
        for (QWidget *shown : w.currentPage()->findChildren<QWidget *>()) {
            if (auto *label = qobject_cast<QLabel *>(shown); label && label->isVisible())
                QVERIFY2(!label->text().contains(u"HTTP status"_s), qPrintable(label->text()));
        }
        QVERIFY(!next(w)->isEnabled()); // the same email again would fail again
        QCOMPARE(AccessibilityAudit::problems(&w).join(u"\n"_s), QString());
    }

    // Bug: linking an identity that was linked already silently replaced its
    // label and actions. The wizard now says what would change and asks.
    void linkingALinkedIdentityAsksFirst()
    {
        m_providers.front.on(u"/me"_s, ProviderAnswers::frontMe("Umbrella", "cmp_again1"));
        auto restore = qScopeGuard([this] {
            m_providers.front.on(u"/me"_s, [](const QHttpServerRequest &request) {
                return request.value("Authorization").contains("bad")
                    ? ProviderAnswers::frontError(401, "Unauthenticated", "Invalid token")
                    : ProviderAnswers::frontMe();
            });
        });
        auto linkFront = [this](LinkWizard &w, const QString &action, const QString &label) {
            w.show();
            chooseProvider(w, u"front"_s);
            next(w)->click();
            w.pending().setActions({action});
            next(w)->click();
            next(w)->click();
            QTest::keyClicks(field(w, u"token"_s), u"aaa.again.kLsEcReT"_s);
            w.currentPage()->findChild<QLineEdit *>(u"accountLabel"_s)->setText(label);
            next(w)->click();
        };
        LinkWizard first(services());
        linkFront(first, u"front_list_tags"_s, u"Support"_s);
        QTRY_COMPARE_WITH_TIMEOUT(first.currentId(), int(LinkWizard::DonePageId), 15000);
        const QString id = first.pending().account().id;

        LinkWizard second(services());
        linkFront(second, u"front_list_conversations"_s, u"Sales"_s);
        QMessageBox *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((question = second.findChild<QMessageBox *>(u"replaceQuestion"_s)), 15000);
        QTRY_VERIFY(question->isVisible());
        QCOMPARE(question->windowModality(), Qt::WindowModal);
        QCOMPARE(question->text(), u"Front account “Support” is linked already."_s);
        const QString changes = question->informativeText();
        QVERIFY2(changes.contains(u"Label: “Support” → “Sales”"_s), qPrintable(changes));
        QVERIFY2(changes.contains(u"Actions added: List Conversations"_s), qPrintable(changes));
        QVERIFY2(changes.contains(u"Actions removed: List Tags"_s), qPrintable(changes));
        QVERIFY2(changes.contains(u"Scopes added: conversations:read"_s), qPrintable(changes));

        // Keep: nothing is saved, the account is as it was.
        QCOMPARE(question->defaultButton(), question->escapeButton());
        question->escapeButton()->click();
        auto *headline = second.currentPage()->findChild<QLabel *>(u"headline"_s);
        QTRY_VERIFY(headline->isVisible());
        QCOMPARE(headline->text(), u"Nothing changed"_s);
        QTRY_VERIFY(!second.findChild<QMessageBox *>(u"replaceQuestion"_s)); // closed and gone
        QCOMPARE(second.currentId(), int(LinkWizard::ConnectPageId));
        QCOMPARE(store().account(id)->label, u"Support"_s);
        QCOMPARE(store().account(id)->actions, QStringList {u"front_list_tags"_s});

        // Verify again, and this time update it: the same account, changed.
        QVERIFY(next(second)->isEnabled());
        next(second)->click();
        QTRY_VERIFY_WITH_TIMEOUT((question = second.findChild<QMessageBox *>(u"replaceQuestion"_s)), 15000);
        QTRY_VERIFY(question->isVisible());
        buttonWithRole(question, QMessageBox::AcceptRole)->click();
        QTRY_COMPARE_WITH_TIMEOUT(second.currentId(), int(LinkWizard::DonePageId), 15000);
        QCOMPARE(second.pending().account().id, id);
        QCOMPARE(store().account(id)->label, u"Sales"_s);
        QCOMPARE(store().account(id)->actions, QStringList {u"front_list_conversations"_s});
        QCOMPARE(store().ids().count(id), 1);
    }

    // The step list beside the pages follows them, and leaves out the
    // Permissions step for a method that has none to choose.
    void theStepListFollowsThePages()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        StepList *steps = w.steps();
        QVERIFY(steps->isVisible());
        QCOMPARE(steps->count(), 6);
        QCOMPARE(steps->currentTitle(), u"Provider"_s);
        QVERIFY(chooseProvider(w, u"front"_s));
        const QStringList titles {u"Permissions"_s, u"Guide"_s, u"Credentials"_s};
        for (const QString &title : titles) {
            w.pending().setActions({u"front_list_tags"_s});
            next(w)->click();
            QCOMPARE(steps->currentTitle(), title);
            QVERIFY(steps->isVisible());
            QCOMPARE(steps->accessibleDescription(), u"Step %1 of 6: %2"_s.arg(titles.indexOf(title) + 2).arg(title));
        }
        w.back();
        w.back();
        w.back();
        QVERIFY(chooseProvider(w, u"oneflow"_s));
        QCOMPARE(steps->count(), 5);
        next(w)->click();
        QCOMPARE(steps->currentTitle(), u"Guide"_s);
        QCOMPARE(steps->currentIndex(), 1);
    }

    // A deep link that ticks an action far down the list shows it; the copy
    // buttons confirm for a moment, then read as before.
    void aDeepLinkedActionIsInViewAndCopyConfirms()
    {
        MainWindow window(services());
        window.show();
        const Provider *front = services().catalog().provider(u"front"_s);
        const QString last = front->authMethods.first().actions.last().id;
        QVERIFY(window.openWizard(u"keylink://link/front?actions="_s + last));
        auto *w = window.findChild<LinkWizard *>();
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QCOMPARE(w->currentId(), int(LinkWizard::ScopesPageId));
        auto *table = w->currentPage()->findChild<QTableView *>(u"actionTable"_s);
        QTRY_VERIFY(table->currentIndex().isValid());
        QCOMPARE(table->currentIndex().data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QTRY_VERIFY(table->viewport()->rect().contains(table->visualRect(table->currentIndex()).center()));

        auto *copy = w->currentPage()->findChild<QPushButton *>(u"copyScopes"_s);
        const QString text = copy->text();
        const int width = copy->width();
        copy->click();
        QCOMPARE(copy->text(), u"Copied"_s);
        QVERIFY(copy->width() >= width);
        QTRY_COMPARE(copy->text(), text);
        w->reject();
    }

    // Relinking replaces the account it was opened for: no question.
    void relinkingDoesNotAsk()
    {
        Account account;
        account.providerId = u"front"_s;
        account.methodId = u"api-token"_s;
        account.identityId = u"cmp_1a2b"_s; // who the fake Front says a good token belongs to
        account.identityName = u"Acme"_s;
        account.environmentId = u"production"_s;
        account.actions = {u"front_list_tags"_s};
        QString existing, error;
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY2(store().reserve(account, id, &existing, &error), qPrintable(error));
        account.id = id;
        QVERIFY2(store().insert(account, &error), qPrintable(error));
        LinkWizard w(services());
        QVERIFY2(w.relink(account, &error), qPrintable(error));
        w.show();
        QCOMPARE(w.currentId(), int(LinkWizard::FieldsPageId));
        QVERIFY(w.steps()->currentIndex() > 0);
        QCOMPARE(w.steps()->currentTitle(), u"Credentials"_s);
        QTest::keyClicks(field(w, u"token"_s), u"aaa.relink.kLsEcReT"_s);
        next(w)->click();
        connectAndWait(w);
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(LinkWizard::DonePageId), 15000);
        QVERIFY(!w.findChild<QMessageBox *>(u"replaceQuestion"_s));
        QCOMPARE(w.pending().account().id, id);
        QCOMPARE(storedToken(id), u"aaa.relink.kLsEcReT"_s);
    }

    // Bug: Copy link on Easyship's scopes page left the chosen scopes out, so
    // the link did not reproduce the selection.
    void easyshipCopyLinkReproducesTheScopes()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(chooseProvider(w, u"easyship"_s, u"API access token"_s));
        next(w)->click();
        const QStringList chosen {u"public.shipment:read"_s, u"public.address:read"_s};
        w.pending().setDirectScopes(chosen);
        w.currentPage()->findChild<QPushButton *>(u"copyLink"_s)->click();
        const QString link = QGuiApplication::clipboard()->text();
        QVERIFY2(link.contains(u"scopes="_s), qPrintable(link));

        MainWindow window(services());
        QVERIFY(window.openWizard(link));
        auto *opened = window.findChild<LinkWizard *>();
        QVERIFY(opened);
        QCOMPARE(opened->pending().method()->id, u"api-token"_s);
        QCOMPARE(opened->pending().scopes(), w.pending().scopes());
        opened->reject();
    }

    // Bug: Easyship's OAuth method kept the token method's wording (the admin
    // warning about API access tokens, "Create the Easyship token").
    void warningsAndTitlesFollowTheMethod()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString admin = u"admin access to the Easyship account to create API access tokens"_s;
        auto *warnings = w.currentPage()->findChild<QLabel *>(u"warnings"_s);
        QVERIFY(chooseProvider(w, u"easyship"_s, u"API access token"_s));
        QVERIFY(warnings->isVisible() && warnings->text().contains(admin));
        QVERIFY(chooseProvider(w, u"easyship"_s, u"OAuth 2 partner application"_s));
        QVERIFY(!warnings->text().contains(admin));
        QVERIFY(warnings->text().contains(u"allowed on the partner application"_s));
        next(w)->click();
        w.pending().setDirectScopes({u"public.shipment:read"_s});
        next(w)->click();
        QCOMPARE(w.currentId(), int(LinkWizard::GuidePageId));
        QCOMPARE(w.currentPage()->title(), u"Connect your Easyship partner application"_s);
        const QString html = qobject_cast<GuidePage *>(w.currentPage())->html();
        QVERIFY(!html.contains(admin));
        QVERIFY(html.contains(u"allowed on the partner application"_s));
    }

    // With two dozen providers the search finds them by what they are and
    // do: the kind (in the user's language), keywords, every word typed.
    void theProviderSearchFindsByKindAndKeyword()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *search = w.currentPage()->findChild<QLineEdit *>(u"search"_s);
        auto *list = w.currentPage()->findChild<QListWidget *>(u"providers"_s);
        auto shown = [list] {
            QStringList ids;
            for (int row = 0; row < list->count(); ++row) {
                if (!list->item(row)->isHidden())
                    ids << list->item(row)->data(Qt::UserRole).toString();
            }
            return ids;
        };
        QTest::keyClicks(search, u"payments"_s);
        QCOMPARE(shown(), QStringList {u"stripe"_s});
        search->clear();
        QTest::keyClicks(search, u"developer issues"_s);
        QCOMPARE(shown(), (QStringList {u"github"_s, u"gitlab"_s, u"linear"_s}));
        search->clear();
        QTest::keyClicks(search, u"KANBAN"_s);
        QCOMPARE(shown(), QStringList {u"trello"_s});
        search->clear();
        QCOMPARE(shown().size(), list->count());
        // The kind shows under the name, so the list can be scanned by it.
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == u"stripe"_s)
                QVERIFY2(list->item(row)->text().contains(u"Payments and finance · "_s),
                    qPrintable(list->item(row)->text()));
        }
    }

    // Bug: Down in the provider search did not move into the list.
    void downLeavesTheSearchForTheList()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *search = w.currentPage()->findChild<QLineEdit *>(u"search"_s);
        auto *list = w.currentPage()->findChild<QListWidget *>(u"providers"_s);
        search->setFocus();
        QTest::keyClicks(search, u"oneflow"_s); // Oneflow only
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), u"oneflow"_s);
        QCOMPARE(w.pending().provider()->id, u"oneflow"_s);
    }

    void deepLinkOpensTheWizardWithTheSelection()
    {
        MainWindow window(services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWizard(u"keylink://link/front?method=api-token&actions=front_list_tags"_s));
        auto *wizard = window.findChild<LinkWizard *>();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(LinkWizard::ScopesPageId));
        QCOMPARE(wizard->pending().actions(), QStringList {u"front_list_tags"_s});
        wizard->reject();

        QVERIFY(!window.openWizard(u"keylink://link/front?actions=front_fly"_s));
        QVERIFY(
            window.findChild<QLabel *>(u"catalogProblems"_s)->text().contains(u"Front has no action “front_fly”."_s));
    }

    // Bug seen in the dark screenshots: the action table's check boxes were
    // drawn in the row's own colour and vanished. Unticked, the outline must
    // stand out from the row; ticked, the box is filled.
    void checkBoxesShowInADarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        auto contrast = [&dark](QStyle::State state, const QColor &row) {
            QImage image(20, 20, QImage::Format_ARGB32);
            image.fill(row);
            QPainter painter(&image);
            QStyleOptionViewItem option;
            option.rect = QRect(2, 2, 16, 16);
            option.palette = dark;
            option.state = QStyle::State_Enabled | state;
            QApplication::style()->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &option, &painter);
            painter.end();
            int most = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    most = qMax(most, qAbs(qGray(image.pixel(x, y)) - qGray(row.rgb())));
            }
            return most;
        };
        for (const QColor &row : {dark.color(QPalette::Base), dark.color(QPalette::AlternateBase)}) {
            QVERIFY2(contrast(QStyle::State_Off, row) >= 90, qPrintable(row.name()));
            QVERIFY2(contrast(QStyle::State_On, row) >= 90, qPrintable(row.name()));
        }
    }

    // Bug: on Fusion the thumb was drawn almost white on a grey track, so the
    // grey part below it read as the thumb: the bar seemed to run backwards.
    // The thumb must stand out from the track in light and dark palettes,
    // sit at the top while the text does, and follow a drag.
    void theGuideScrollBarShowsWhereTheTextIs_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void theGuideScrollBarShowsWhereTheTextIs()
    {
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        if (dark) {
            QPalette p = before;
            p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
            p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
            p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            p.setColor(QPalette::Button, QColor(0x2b, 0x2b, 0x2e));
            QApplication::setPalette(p);
        }
        const auto restore = qScopeGuard([&before] { QApplication::setPalette(before); });
        LinkWizard w(services());
        w.resize(720, 560);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(chooseProvider(w, u"front"_s));
        next(w)->click();
        w.pending().setActions({u"front_list_tags"_s, u"front_list_contacts"_s, u"front_list_conversations"_s});
        next(w)->click();
        QCOMPARE(w.currentId(), int(LinkWizard::GuidePageId));
        auto *guide = w.currentPage()->findChild<QTextBrowser *>(u"guide"_s);
        QScrollBar *bar = guide->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->minimum());

        // What is painted: the thumb's middle differs from the page's
        // background far more than the rest of the track does.
        const QImage painted = bar->grab().toImage();
        const QRect thumb = thumbOf(bar);
        QVERIFY(thumb.top() < bar->height() / 4); // the text is at its top
        const QColor background = guide->viewport()->palette().color(QPalette::Base);
        auto distance = [&background](QColor c) { return qAbs(c.lightness() - background.lightness()); };
        const int thumbContrast = distance(painted.pixelColor(bar->width() / 2, thumb.center().y()));
        const int trackContrast = distance(painted.pixelColor(bar->width() / 2, bar->height() - 6));
        QVERIFY2(thumbContrast >= 40 && thumbContrast > 3 * trackContrast,
            qPrintable(u"thumb %1, track %2 away from the background"_s.arg(thumbContrast).arg(trackContrast)));

        // Dragging the thumb down shows later text.
        const QString top = guide->cursorForPosition(QPoint(4, 4)).block().text();
        QTest::mousePress(bar, Qt::LeftButton, {}, thumb.center());
        const QPoint lower = thumb.center() + QPoint(0, 60);
        QMouseEvent move(
            QEvent::MouseMove, QPointF(lower), bar->mapToGlobal(QPointF(lower)), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(bar, &move);
        QTest::mouseRelease(bar, Qt::LeftButton, {}, lower);
        QVERIFY(bar->value() > bar->minimum());
        QVERIFY(guide->cursorForPosition(QPoint(4, 4)).block().text() != top);
    }
};

QTEST_MAIN(TestLinkWizard)
#include "tst_linkwizard.moc"
