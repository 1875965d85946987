#include "services/Services.h"
#include "widgets/KeylinkStyle.h"
#include "wizard/FieldsPage.h"
#include "wizard/LinkWizard.h"
#include "wizard/PendingLink.h"

#include "AccessibilityAudit.h"
#include "FakeProviders.h"
#include "MemorySecretStore.h"
#include "TestServices.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace keylink;

// The wizard's credentials page on its own: when a field says it is wrong,
// how the inputs line up, the Show/Hide toggle and the Next button's text.
// Nothing here talks to a provider.
class TestFieldsPage : public QObject
{
    Q_OBJECT

private:
    FakeProviders m_providers;
    MemorySecretStore m_secrets;
    std::unique_ptr<TestServices> m_services;

    Services &services() { return **m_services; }

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

    // Oneflow's token method has no permissions to choose: Provider, Guide,
    // then this page. Returns the Guide page's Next text.
    static QString openOneflow(LinkWizard &w)
    {
        if (!chooseProvider(w, u"oneflow"_s))
            return {};
        next(w)->click();
        const QString guideText = next(w)->text();
        next(w)->click();
        return guideText;
    }

    // Easyship's OAuth method, with one scope chosen. Returns the Guide
    // page's Next text.
    static QString openEasyshipOAuth(LinkWizard &w)
    {
        if (!chooseProvider(w, u"easyship"_s, u"OAuth 2 partner application"_s))
            return {};
        next(w)->click();
        auto *tree = w.currentPage()->findChild<QTreeWidget *>(u"scopeTree"_s);
        const auto items = tree->findItems(u"public.shipment:read"_s, Qt::MatchExactly | Qt::MatchRecursive);
        if (items.isEmpty())
            return {};
        items.first()->setCheckState(0, Qt::Checked);
        next(w)->click();
        const QString guideText = next(w)->text();
        next(w)->click();
        return guideText;
    }

    static QLineEdit *field(LinkWizard &w, const QString &id)
    {
        return w.currentPage()->findChild<QLineEdit *>(u"field_"_s + id);
    }

    static QLabel *error(LinkWizard &w, const QString &id)
    {
        return w.currentPage()->findChild<QLabel *>(u"error_"_s + id);
    }

    // Where a widget's left edge is, in the page's coordinates.
    static int leftOf(QWidget *widget, QWidget *page) { return widget->mapTo(page, QPoint(0, 0)).x(); }

    // Lays the page out now rather than at the next turn of the event loop.
    static void settle(LinkWizard &w)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        w.currentPage()->layout()->activate();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(new KeylinkStyle);
        QVERIFY(m_providers.start());
        m_services = std::make_unique<TestServices>(m_providers.hostMap(), &m_secrets);
    }

    // Bug: the error showed at the first keystroke, before the user could
    // have typed anything right.
    void theErrorWaitsUntilTheFieldIsLeft()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        openOneflow(w);
        QCOMPARE(w.currentId(), int(LinkWizard::FieldsPageId));
        QLineEdit *token = field(w, u"token"_s);
        QLabel *tokenError = error(w, u"token"_s);
        QVERIFY(token && tokenError);

        QTest::keyClicks(token, u"0"_s);
        QVERIFY(!tokenError->isVisible());
        QVERIFY(!next(w)->isEnabled()); // Next follows every keystroke

        // Enter (or leaving the field) finishes the edit: now it says so.
        QTest::keyClick(token, Qt::Key_Return);
        QCOMPARE(w.currentId(), int(LinkWizard::FieldsPageId));
        QVERIFY(tokenError->isVisible());
        QCOMPARE(tokenError->text(), u"A Oneflow API token is exactly 40 characters: letters, digits and hyphens."_s);
        QCOMPARE(token->accessibleDescription(), tokenError->text());

        // Once shown, it stays while the text is still wrong and goes at the
        // keystroke that makes it right.
        const QString good = u"0123456789-abcdefghij-kLsEcReTIJ-klmnopq"_s;
        QTest::keyClicks(token, good.mid(1, 38));
        QVERIFY(tokenError->isVisible());
        QTest::keyClicks(token, good.right(1));
        QCOMPARE(token->text(), good);
        QVERIFY(!tokenError->isVisible());
        QTest::keyClicks(field(w, u"user_email"_s), u"ana@example.com"_s);
        QVERIFY(next(w)->isEnabled());

        // Wrong again: quiet until the user leaves the field.
        QTest::keyClick(token, Qt::Key_Backspace);
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(!tokenError->isVisible());
    }

    void theErrorShowsWhenFocusMovesOn()
    {
        LinkWizard w(services());
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        openOneflow(w);
        QLineEdit *email = field(w, u"user_email"_s);
        email->setFocus();
        QTest::keyClicks(email, u"ana@"_s);
        QVERIFY(!error(w, u"user_email"_s)->isVisible());
        field(w, u"token"_s)->setFocus();
        QVERIFY(error(w, u"user_email"_s)->isVisible());
    }

    // A pause in typing shows the error too: a timer, restarted at every
    // keystroke, that the test shortens rather than waits for.
    void theErrorShowsAfterAPauseInTyping()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        openOneflow(w);
        QLineEdit *token = field(w, u"token"_s);
        auto *delay = w.currentPage()->findChild<QTimer *>(u"errorDelay_token"_s);
        QVERIFY(delay);
        QVERIFY(!delay->isActive());
        QTest::keyClicks(token, u"012"_s);
        QVERIFY(delay->isActive());
        QVERIFY(delay->isSingleShot());
        QCOMPARE(delay->interval(), 1200);
        QVERIFY(!error(w, u"token"_s)->isVisible());
        delay->start(1);
        QTRY_VERIFY(error(w, u"token"_s)->isVisible());

        // A right text stops the timer: no error appears after it.
        token->setText(u"0123456789-abcdefghij-kLsEcReTIJ-klmnopq"_s);
        QVERIFY(!delay->isActive());
        QVERIFY(!error(w, u"token"_s)->isVisible());
    }

    // Bug: "Account label" started further right than "API Token": the
    // provider's fields and the label were in two forms.
    void theInputsShareOneColumn()
    {
        LinkWizard w(services());
        w.resize(900, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        openOneflow(w);
        settle(w);
        QWidget *page = w.currentPage();
        auto *label = page->findChild<QLineEdit *>(u"accountLabel"_s);
        QLineEdit *token = field(w, u"token"_s);
        QLineEdit *email = field(w, u"user_email"_s);
        QVERIFY(label->isVisible() && token->isVisible() && email->isVisible());
        QCOMPARE(leftOf(token, page), leftOf(label, page));
        QCOMPARE(leftOf(email, page), leftOf(label, page));
        // A secret's toggle sits inside its input: the same width as the others.
        QCOMPARE(token->width(), label->width());
        QCOMPARE(email->width(), label->width());
        QCOMPARE(AccessibilityAudit::problems(&w).join(u"\n"_s), QString());
    }

    // Bug: Show/Hide was a button beside the input whose text changed
    // width, and the input with it.
    void showAndHideKeepTheWidth()
    {
        LinkWizard w(services());
        w.resize(900, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        openOneflow(w);
        settle(w);
        QLineEdit *token = field(w, u"token"_s);
        auto *show = token->findChild<QAction *>(u"show_token"_s);
        QVERIFY(show);
        QVERIFY(token->actions().contains(show));
        QVERIFY(show->isCheckable());
        QVERIFY(!show->icon().isNull());
        const QString label = w.pending().method()->field(u"token"_s)->label;
        QCOMPARE(show->text(), FieldsPage::tr("Show %1").arg(label));
        QVERIFY2(show->toolTip().startsWith(show->text()), qPrintable(show->toolTip()));
        QVERIFY2(show->toolTip().contains(u"Ctrl+H"_s), qPrintable(show->toolTip()));
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        const QRect before = token->geometry();
        const qint64 revealIcon = show->icon().cacheKey();

        show->trigger();
        settle(w);
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        QCOMPARE(show->text(), FieldsPage::tr("Hide %1").arg(label));
        QVERIFY(show->icon().cacheKey() != revealIcon);
        QCOMPARE(token->geometry(), before);

        show->trigger();
        settle(w);
        QCOMPARE(token->echoMode(), QLineEdit::Password);

        // The icon takes no focus; the keyboard has Ctrl+H in the input.
        QApplication::setActiveWindow(&w);
        token->setFocus();
        QTRY_VERIFY(token->hasFocus());
        QTest::keyClick(token, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        QTest::keyClick(token, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QCOMPARE(show->text(), FieldsPage::tr("Show %1").arg(label));
        QCOMPARE(token->geometry(), before);
        QCOMPARE(AccessibilityAudit::problems(&w).join(u"\n"_s), QString());
    }

    // Bug: "Next >" turned into "Next" on this page. A token is verified as
    // soon as the next page opens, so Next says Verify; for OAuth it keeps
    // the wizard's own text.
    void nextSaysVerifyForATokenAndNextForOAuth()
    {
        LinkWizard w(services());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString guideText = openOneflow(w);
        QCOMPARE(w.currentId(), int(LinkWizard::FieldsPageId));
        QCOMPARE(next(w)->text(), FieldsPage::tr("&Verify"));
        QVERIFY(guideText != next(w)->text());

        // Back to another provider, on the same page object: the token's text
        // does not stay behind.
        w.back();
        w.back();
        QCOMPARE(w.currentId(), int(LinkWizard::ProviderPageId));
        const QString oauthGuideText = openEasyshipOAuth(w);
        QCOMPARE(w.currentId(), int(LinkWizard::FieldsPageId));
        QCOMPARE(oauthGuideText, guideText);
        QCOMPARE(next(w)->text(), guideText);
    }
};

QTEST_MAIN(TestFieldsPage)
#include "tst_fieldspage.moc"
