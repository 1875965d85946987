#include "catalog/Provider.h"
#include "wizard/DonePage.h"
#include "wizard/PendingLink.h"

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace keylink;

// The wizard's last page on its own, filled with a made-up link: what it
// says about the account and its permissions, without a provider to ask.
class TestDonePage : public QObject
{
    Q_OBJECT

    // A token method with two actions and eleven scopes that have no
    // read-only check (as Easyship's recommended set).
    static Provider provider(const QString &name)
    {
        Provider p;
        p.id = u"acme"_s;
        p.name = name;
        AuthMethod m;
        m.id = u"token"_s;
        m.label = u"API token"_s;
        m.scopes.append(Scope {u"events:*:read"_s, {}, {}, {}, ScopeProbe {u"GET"_s, u"/events"_s, {}}});
        m.scopes.append(Scope {u"tags:read"_s, {}, {}, {}, ScopeProbe {u"GET"_s, u"/tags"_s, {}}});
        for (int i = 1; i <= 11; ++i)
            m.scopes.append(Scope {u"public.item%1:read"_s.arg(i), {}, {}, {}, std::nullopt});
        m.actions.append(Action {u"events"_s, u"List Events"_s, {u"events:*:read"_s}});
        m.actions.append(Action {u"tags"_s, u"List Tags"_s, {u"tags:read"_s}});
        p.authMethods.append(m);
        return p;
    }

    static void fill(PendingLink &link, const QList<ScopeCheck> &scopes, const QString &label = {})
    {
        VerificationResult v;
        v.environmentId = u"production"_s;
        v.environmentLabel = u"Production"_s;
        v.identityId = u"cmp_1a2b"_s;
        v.identityName = link.provider()->name == u"Acme"_s ? u"Initech"_s : u"<i>Ana</i>"_s;
        v.scopes = scopes;
        link.setVerification(v);
        Account a;
        a.id = u"acc-1"_s;
        a.providerId = link.provider()->id;
        a.methodId = link.method()->id;
        a.identityId = v.identityId;
        a.identityName = v.identityName;
        a.environmentId = v.environmentId;
        a.label = label;
        a.permissions = scopes;
        link.setAccount(a);
    }

    static QList<ScopeCheck> elevenUnchecked(const QString &message)
    {
        QList<ScopeCheck> checks;
        for (int i = 1; i <= 11; ++i)
            checks.append({u"public.item%1:read"_s.arg(i), ScopeCheck::State::NotChecked, message});
        return checks;
    }

    // What a person reads in the label: rich text rendered, plain text as is.
    static QString shown(const QLabel *label)
    {
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (!rich)
            return label->text();
        QTextDocument document;
        document.setHtml(label->text());
        return document.toPlainText();
    }

    // The visible labels of `root` that show text.
    static QList<QLabel *> textLabels(QWidget *root)
    {
        QList<QLabel *> labels;
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (label->isVisible() && !label->text().trimmed().isEmpty())
                labels.append(label);
        }
        return labels;
    }

    static QStringList everythingShown(QWizardPage &page)
    {
        QStringList texts {page.title(), page.subTitle()};
        for (QWidget *w : page.findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                texts.append(shown(label));
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                texts.append(button->text());
            if (auto *tree = qobject_cast<QTreeWidget *>(w)) {
                for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                    for (int c = 0; c < tree->columnCount(); ++c)
                        texts.append(tree->topLevelItem(i)->text(c));
                }
            }
            texts.append(w->toolTip());
            texts.append(w->accessibleName());
            texts.append(w->accessibleDescription());
        }
        return texts;
    }

    // The summary's lines: one label each, in the block that sums up.
    static QStringList summaryLines(QWizardPage &page)
    {
        auto *summary = page.findChild<QWidget *>(u"permissionSummary"_s);
        if (!summary)
            return {};
        QStringList lines;
        for (QLabel *label : textLabels(summary))
            lines.append(shown(label));
        return lines;
    }

    static void show(DonePage &page)
    {
        page.initializePage();
        page.resize(720, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }

private Q_SLOTS:
    void elevenUncheckableScopesAreOneLineAndAFoldedList()
    {
        const Provider p = provider(u"Acme"_s);
        PendingLink link;
        link.setProvider(&p, &p.authMethods.first());
        fill(link, elevenUnchecked(u"No read-only check is known for this scope, so Keylink cannot confirm it."_s));
        DonePage page(link);
        show(page);

        const QStringList lines = summaryLines(page);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(u"11"_s), qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(u"Acme"_s), qPrintable(lines.first())); // who offers no check
        auto *tree = page.findChild<QTreeWidget *>(u"permissions"_s);
        QVERIFY(tree);
        QVERIFY(!tree->isVisible());
        auto *fold = page.findChild<QToolButton *>(u"showScopes"_s);
        QVERIFY(fold);
        QVERIFY(fold->isVisible());
        QVERIFY2(fold->text().contains(u"11"_s), qPrintable(fold->text()));
        QVERIFY(!fold->isChecked());
        fold->click();
        QVERIFY(tree->isVisible());
        QCOMPARE(tree->topLevelItemCount(), 11);
        QCOMPARE(tree->topLevelItem(0)->text(0), u"public.item1:read"_s);
        fold->click();
        QVERIFY(!tree->isVisible());
    }

    void oneReasonForEveryUncheckedScopeIsSaidOnce()
    {
        // Scopes the catalog does not know (an OAuth answer without a list):
        // the verifier's reason, once.
        const Provider p = provider(u"Acme"_s);
        PendingLink link;
        link.setProvider(&p, &p.authMethods.first());
        QList<ScopeCheck> checks;
        for (int i = 1; i <= 11; ++i)
            checks.append(
                {u"extra%1"_s.arg(i), ScopeCheck::State::NotChecked, u"Acme did not say which scopes it granted."_s});
        fill(link, checks);
        DonePage page(link);
        show(page);

        const QStringList lines = summaryLines(page);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(u"11"_s), qPrintable(lines.first()));
        QCOMPARE(lines.first().count(u"did not say which scopes it granted"_s), 1);
    }

    void mixedResultsGiveALinePerKindAndNameTheBrokenAction()
    {
        const Provider p = provider(u"Acme"_s);
        PendingLink link;
        link.setProvider(&p, &p.authMethods.first());
        link.setActions({u"events"_s, u"tags"_s});
        fill(link,
            {{u"tags:read"_s, ScopeCheck::State::Granted, {}},
                {u"events:*:read"_s, ScopeCheck::State::Missing, u"Forbidden"_s},
                {u"public.item1:read"_s, ScopeCheck::State::NotChecked, u"No check."_s}});
        DonePage page(link);
        show(page);

        const QStringList lines = summaryLines(page);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).contains(u"granted"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.at(1).contains(u"missing"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.at(1).contains(u"events:*:read"_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).contains(u"List Events"_s), qPrintable(lines.at(1)));
        QVERIFY2(!lines.at(1).contains(u"List Tags"_s), qPrintable(lines.at(1))); // granted: it works
        QVERIFY2(lines.at(2).contains(u"not checkable"_s), qPrintable(lines.join(u'\n')));
        auto *missing = page.findChild<QLabel *>(u"missing"_s);
        QVERIFY(missing);
        QVERIFY(missing->isVisible());
        QVERIFY2(shown(missing).contains(u"Verify"_s), qPrintable(shown(missing)));
        // The mark beside the headline says the account needs attention.
        auto *mark = page.findChild<QLabel *>(u"statusIcon"_s);
        QVERIFY(mark);
        QVERIFY2(mark->accessibleName().contains(u"missing"_s), qPrintable(mark->accessibleName()));
    }

    void theLastPageNeverSendsYouBack()
    {
        // The wizard has no Back button once the account is saved.
        const Provider p = provider(u"Acme"_s);
        PendingLink link;
        link.setProvider(&p, &p.authMethods.first());
        link.setActions({u"events"_s});
        fill(link, {{u"events:*:read"_s, ScopeCheck::State::Missing, u"Forbidden"_s}});
        DonePage page(link);
        show(page);
        if (auto *fold = page.findChild<QToolButton *>(u"showScopes"_s))
            fold->click(); // the list too
        const QRegularExpression back(u"\\bback\\b"_s, QRegularExpression::CaseInsensitiveOption);
        for (const QString &text : everythingShown(page))
            QVERIFY2(!text.contains(back), qPrintable(text));
    }

    void theLabelHasARowOnlyWhenSet()
    {
        const Provider p = provider(u"Acme"_s);
        PendingLink link;
        link.setProvider(&p, &p.authMethods.first());
        {
            fill(link, {{u"tags:read"_s, ScopeCheck::State::Granted, {}}}, u"Support"_s);
            DonePage page(link);
            show(page);
            auto *value = page.findChild<QLabel *>(u"label"_s);
            QVERIFY(value);
            QVERIFY(value->isVisible());
            QCOMPARE(shown(value), u"Support"_s);
            auto *name = page.findChild<QLabel *>(u"labelLabel"_s);
            QVERIFY(name);
            QVERIFY(name->isVisible());
        }
        {
            fill(link, {{u"tags:read"_s, ScopeCheck::State::Granted, {}}});
            DonePage page(link);
            show(page);
            auto *value = page.findChild<QLabel *>(u"label"_s);
            QVERIFY(value);
            QVERIFY(!value->isVisible());
            QVERIFY(!page.findChild<QLabel *>(u"labelLabel"_s)->isVisible());
            for (QLabel *label : textLabels(&page))
                QVERIFY2(!shown(label).startsWith(u"Label"_s), qPrintable(shown(label)));
        }
    }

    void providerWordsShowLiterally()
    {
        const Provider p = provider(u"<b>Evil</b> Corp"_s);
        PendingLink link;
        link.setProvider(&p, &p.authMethods.first());
        fill(link, elevenUnchecked(u"<img src=x>"_s));
        DonePage page(link);
        show(page);

        // Names from the provider are never read as markup.
        int shownName = 0;
        for (QLabel *label : textLabels(&page)) {
            if (shown(label).contains(u"<b>Evil</b> Corp"_s) || shown(label).contains(u"<i>Ana</i>"_s)) {
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
                ++shownName;
            }
            QVERIFY2(!label->text().contains(u"&lt;"_s), qPrintable(label->text())); // nor escaped and shown as markup
        }
        auto *headline = page.findChild<QLabel *>(u"headline"_s);
        QVERIFY(headline);
        QVERIFY2(headline->text().contains(u"<b>Evil</b> Corp"_s), qPrintable(headline->text()));
        QVERIFY2(headline->text().contains(u"“<i>Ana</i>”"_s), qPrintable(headline->text()));
        QVERIFY(shownName >= 3); // the headline, the identity row and the not-checkable line
    }
};

QTEST_MAIN(TestDonePage)
#include "tst_donepage.moc"
