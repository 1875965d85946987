#include "accounts/RelativeTime.h"
#include "catalog/CatalogLoader.h"
#include "catalog/CatalogTexts.h"
#include "core/Translations.h"
#include "store/AccountStore.h"
#include "vault/CredentialVault.h"
#include "wizard/GuidePage.h"
#include "wizard/LinkWizard.h"
#include "wizard/PendingLink.h"

#include "FakeProviderServer.h"
#include "MemorySecretStore.h"
#include "ProviderAnswers.h"
#include "TestServices.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace keylink;

// The window in German, as LANG=de_DE.UTF-8 gives it: main() below sets LANG
// before the application exists, exactly as a German desktop session would.
// Every text the wizard shows must come out of the translation, none may be
// left in English.
class TestTranslations : public QObject
{
    Q_OBJECT

    FakeProviderServer m_front;
    MemorySecretStore m_secrets; // the wizard's words are tested here, not the keychain
    std::unique_ptr<TestServices> m_services; // made after main() installed the translators
    // English texts whose German translation differs; seeing one means a
    // text escaped translation.
    QSet<QString> m_english;

    static QString tsFile(const QString &language)
    {
        return QStringLiteral(KEYLINK_TEST_DATA) + u"/../../translations/keylink_"_s + language + u".ts"_s;
    }

    static QSet<QString> translatedSources(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QSet<QString> result;
        QXmlStreamReader xml(&file);
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"source"_s) {
                source = xml.readElementText();
            } else if (xml.name() == u"translation"_s) {
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                // Short words like "Sandbox" or "Details" are the same in German.
                if (!translation.isEmpty() && translation != source && source.size() > 3)
                    result.insert(QString(source).remove(u'&'));
            }
        }
        return result;
    }

    // Every text a person reads in `root`, without mnemonics.
    static QStringList visibleTexts(QWidget *root)
    {
        QStringList texts;
        auto add = [&texts](const QString &t) {
            if (!t.trimmed().isEmpty())
                texts.append(QString(t).remove(u'&'));
        };
        add(root->windowTitle());
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                add(label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(button->text());
            else if (auto *group = qobject_cast<QGroupBox *>(w))
                add(group->title());
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                add(edit->placeholderText());
            if (!w->accessibleName().isEmpty())
                add(w->accessibleName());
            if (!w->accessibleDescription().isEmpty())
                add(w->accessibleDescription());
            if (auto *header = qobject_cast<QHeaderView *>(w)) {
                for (int i = 0; i < header->count(); ++i)
                    add(header->model()->headerData(i, header->orientation()).toString());
            }
            if (auto *page = qobject_cast<QWizardPage *>(w)) {
                add(page->title());
                add(page->subTitle());
            }
        }
        return texts;
    }

    QStringList english(QWidget *root) const
    {
        QStringList found;
        for (const QString &t : visibleTexts(root)) {
            if (m_english.contains(t))
                found.append(t);
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_english = translatedSources(tsFile(u"de"_s));
        QVERIFY2(m_english.size() > 500, qPrintable(tsFile(u"de"_s)));
        QVERIFY(m_front.start());
        m_front.on(u"/me"_s, ProviderAnswers::frontMe());
        m_front.on(u"/tags"_s, ProviderAnswers::frontList());
        HostMap map;
        QString error;
        QVERIFY(HostMap::parse(m_front.mapping(u"api2.frontapp.com"_s), &map, &error));
        // The catalog is loaded after main() installed the translators, as the app does.
        m_services = std::make_unique<TestServices>(map, &m_secrets);
    }

    void theLanguagesAreEmbedded() { QCOMPARE(Translations::languages(), (QStringList {u"de"_s, u"en"_s, u"fr"_s})); }

    void everyCatalogTextIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    void everyCatalogTextIsTranslated()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u"keylink_"_s + language, u":/i18n"_s));
        QStringList missing;
        for (const char *text : CatalogTexts::all()) {
            if (translator.translate("Catalog", text).isEmpty())
                missing.append(QString::fromUtf8(text));
        }
        QCOMPARE(missing.join(u'\n'), QString());
    }

    void pluralsFollowTheNumber()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RelativeTime::ago(now.addSecs(-60), now), u"vor 1 Minute"_s);
        QCOMPARE(RelativeTime::ago(now.addSecs(-180), now), u"vor 3 Minuten"_s);
        QCOMPARE(QCoreApplication::translate("keylink::MainWindow", "%n linked account(s)", nullptr, 1),
            u"1 verknüpftes Konto"_s);
        QCOMPARE(QCoreApplication::translate("keylink::MainWindow", "%n linked account(s)", nullptr, 2),
            u"2 verknüpfte Konten"_s);
    }

    void englishHasItsPluralsToo()
    {
        QTranslator english;
        QVERIFY(english.load(u"keylink_en"_s, u":/i18n"_s));
        QCOMPARE(english.translate("keylink::MainWindow", "%n linked account(s)", nullptr, 1), u"%n linked account"_s);
        QCOMPARE(english.translate("keylink::MainWindow", "%n linked account(s)", nullptr, 2), u"%n linked accounts"_s);
    }

    void theWholeWizardIsGerman()
    {
        LinkWizard w(**m_services);
        w.resize(900, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), u"Konto verknüpfen"_s);
        QCOMPARE(w.currentPage()->title(), u"Anbieter wählen"_s);
        // Qt's own button texts come from Qt's German translation.
        QCOMPARE(w.button(QWizard::CancelButton)->text(), u"Abbrechen"_s);

        auto *providers = w.currentPage()->findChild<QListWidget *>(u"providers"_s);
        for (int row = 0; row < providers->count(); ++row) {
            if (providers->item(row)->data(Qt::UserRole).toString() == u"front"_s)
                providers->setCurrentRow(row);
        }
        QCOMPARE(english(&w).join(u'\n'), QString());
        w.button(QWizard::NextButton)->click();

        QCOMPARE(w.currentId(), int(LinkWizard::ScopesPageId));
        w.pending().setActions({u"front_list_tags"_s});
        auto *table = w.currentPage()->findChild<QTableView *>(u"actionTable"_s);
        QStringList labels;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            labels.append(table->model()->index(row, 0).data().toString());
        QVERIFY(labels.contains(u"Tags auflisten"_s));
        QVERIFY(!labels.contains(u"List Tags"_s));
        QCOMPARE(english(&w).join(u'\n'), QString());
        w.button(QWizard::NextButton)->click();

        QCOMPARE(w.currentId(), int(LinkWizard::GuidePageId));
        const QString guide = qobject_cast<GuidePage *>(w.currentPage())->html();
        QVERIFY(guide.contains(u"Die Entwicklereinstellungen öffnen"_s));
        QVERIFY(guide.contains(u"Ermöglicht die Aktionen:"_s));
        QVERIFY(guide.contains(u"Tags auflisten"_s));
        for (const QString &source : m_english) {
            if (source.size() > 20 && guide.contains(source.toHtmlEscaped()))
                QFAIL(qPrintable(u"English in the guide: "_s + source));
        }
        QCOMPARE(english(&w).join(u'\n'), QString());
        w.button(QWizard::NextButton)->click();

        QCOMPARE(w.currentId(), int(LinkWizard::FieldsPageId));
        auto *token = w.currentPage()->findChild<QLineEdit *>(u"field_token"_s);
        QTest::keyClicks(token, u"aaa.bbb"_s);
        QTest::keyClick(token, Qt::Key_Return); // errors wait until the field is left
        auto *wrong = w.currentPage()->findChild<QLabel *>(u"error_token"_s);
        QVERIFY(wrong->isVisible());
        QVERIFY(wrong->text().startsWith(u"Ein Front-API-Token ist ein JWT"_s));
        QCOMPARE(english(&w).join(u'\n'), QString());
        token->setText(u"aaa.bbb.german-wizard-kLsEcReT"_s);
        w.button(QWizard::NextButton)->click();

        QCOMPARE(w.currentId(), int(LinkWizard::ConnectPageId)); // verifying at once
        QCOMPARE(english(&w).join(u'\n'), QString());
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(LinkWizard::DonePageId), 15000);
        QCOMPARE(english(&w).join(u'\n'), QString());
        QCOMPARE(w.button(QWizard::FinishButton)->text(), u"Ab&schließen"_s);
        QVERIFY(m_secrets.entries.contains(w.pending().account().id));
    }
};

int main(int argc, char *argv[])
{
    qputenv("LANG", "de_DE.UTF-8");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("LANGUAGE");
    QApplication app(argc, argv);
    if (Translations::install(&app) != u"de"_s) {
        qCritical("LANG=de_DE.UTF-8 did not select German");
        return 1;
    }
    TestTranslations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
