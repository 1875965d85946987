#include "link/DeepLink.h"
#include "services/Services.h"
#include "wizard/LinkWizard.h"
#include "wizard/PendingLink.h"

#include "MemorySecretStore.h"
#include "ProviderPlay.h"
#include "TestServices.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

// Every catalog provider linked through the wizard, against the play of its
// documented answers: the page for its fields is built from the catalog,
// Verify talks to the play, and the Done page names the account.
class TestWizardPlays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linksThroughTheWizard_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : ProviderPlay::files())
            QTest::newRow(qPrintable(file.chopped(5))) << file;
    }

    void linksThroughTheWizard()
    {
        QFETCH(QString, file);
        const QJsonObject p = ProviderPlay::load(file);
        ProviderPlay play;
        QVERIFY(play.stage(p, p[u"answers"_s].toArray()));
        HostMap hosts;
        QString error;
        QVERIFY2(HostMap::parse(play.hostMap(), &hosts, &error), qPrintable(error));
        MemorySecretStore secrets;
        TestServices services(hosts, &secrets);

        LinkWizard w(*services);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DeepLink link;
        link.provider = p[u"provider"_s].toString();
        link.method = p[u"method"_s].toString();
        QVERIFY2(w.start(link, &error), qPrintable(error));
        const AuthMethod *method = w.pending().method();
        QVERIFY(method);
        if (w.currentId() == LinkWizard::ScopesPageId) {
            if (!method->actions.isEmpty())
                w.pending().setActions({method->actions.first().id});
            else if (w.pending().scopes().isEmpty() && !method->scopes.isEmpty())
                w.pending().setDirectScopes({method->scopes.first().id});
            w.button(QWizard::NextButton)->click();
        }
        QCOMPARE(w.currentId(), int(LinkWizard::GuidePageId));
        w.button(QWizard::NextButton)->click();
        QCOMPARE(w.currentId(), int(LinkWizard::FieldsPageId));
        const QJsonObject fields = p[u"fields"_s].toObject();
        for (const Field &f : method->fields) {
            auto *edit = w.currentPage()->findChild<QLineEdit *>(u"field_"_s + f.id);
            QVERIFY2(edit, qPrintable(f.id));
            QCOMPARE(edit->text(), f.defaultValue); // a default is there to keep
            edit->setText(fields.value(f.id).toString());
        }
        QVERIFY2(w.button(QWizard::NextButton)->isEnabled(), "the play's fields are not accepted");
        w.button(QWizard::NextButton)->click();
        auto *failure = w.findChild<QLabel *>(u"error"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentId() == LinkWizard::DonePageId || failure->isVisible(), 15000);
        QVERIFY2(w.currentId() == LinkWizard::DonePageId, qPrintable(failure->text()));
        const QJsonObject expect = p[u"expect"_s].toObject();
        QCOMPARE(w.pending().account().identityId, expect[u"identityId"_s].toString());
        QCOMPARE(w.pending().account().identityName, expect[u"identityName"_s].toString());
        QCOMPARE(w.pending().account().environmentId, expect[u"environment"_s].toString(u"production"_s));
        QVERIFY(secrets.entries.contains(w.pending().account().id));
    }
};

QTEST_MAIN(TestWizardPlays)
#include "tst_wizardplays.moc"
