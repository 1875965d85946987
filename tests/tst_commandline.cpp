#include "command/CommandLine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noArgumentsOpensTheWindow()
    {
        const CommandLineRequest r = CommandLine::parse({u"keylink"_s});
        QVERIFY(!r.isHeadless());
        QVERIFY(r.error.isEmpty());
    }

    void catalogFolderIsNotAVerb()
    {
        const CommandLineRequest r = CommandLine::parse({u"keylink"_s, u"--catalog"_s, u"providers"_s});
        QVERIFY(!r.isHeadless());
        QCOMPARE(r.catalogDirs, QStringList {u"providers"_s});
    }

    void providersJson()
    {
        const CommandLineRequest r
            = CommandLine::parse({u"keylink"_s, u"providers"_s, u"--json"_s, u"--catalog=/tmp/x"_s});
        QVERIFY(r.isHeadless());
        QCOMPARE(r.verb, u"providers"_s);
        QVERIFY(r.json);
        QCOMPARE(r.catalogDirs, QStringList {u"/tmp/x"_s});
    }

    void linkOptions()
    {
        const CommandLineRequest r = CommandLine::parse({u"keylink"_s, u"link"_s, u"oneflow"_s, u"--field"_s,
            u"user_email=ana@example.com"_s, u"--actions"_s, u"a, b"_s, u"--scopes=s"_s, u"--label"_s, u"Sales"_s,
            u"--method"_s, u"api-token"_s, u"--timeout"_s, u"5"_s});
        QCOMPARE(r.error, QString());
        QCOMPARE(r.arguments, QStringList {u"oneflow"_s});
        QCOMPARE(r.fields.size(), 1);
        QCOMPARE(r.fields.first(), std::make_pair(u"user_email"_s, u"ana@example.com"_s));
        QCOMPARE(r.actions, (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(r.scopes, QStringList {u"s"_s});
        QCOMPARE(r.label, u"Sales"_s);
        QCOMPARE(r.method, u"api-token"_s);
        QCOMPARE(r.timeoutSeconds, 5);
    }

    void langChoosesTheWindowsLanguage()
    {
        CommandLineRequest r = CommandLine::parse({u"keylink"_s, u"--lang"_s, u"fr"_s});
        QCOMPARE(r.error, QString());
        QVERIFY(!r.isHeadless());
        QCOMPARE(r.language, u"fr"_s);
        r = CommandLine::parse({u"keylink"_s, u"link"_s, u"front"_s, u"--gui"_s, u"--lang=de"_s});
        QCOMPARE(r.error, QString());
        QCOMPARE(r.language, u"de"_s);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown verb") << QStringList {u"frobnicate"_s}
                                      << u"unknown command \"frobnicate\"; run keylink --help for the commands"_s;
        QTest::newRow("unknown option") << QStringList {u"providers"_s, u"--yaml"_s}
                                        << u"unknown option --yaml; run keylink --help for the options"_s;
        QTest::newRow("catalog without folder")
            << QStringList {u"--catalog"_s} << u"--catalog needs a folder, as in --catalog ~/my-providers"_s;
        QTest::newRow("extra argument") << QStringList {u"providers"_s, u"front"_s}
                                        << u"providers takes no arguments, found \"front\""_s;
        QTest::newRow("json without verb")
            << QStringList {u"--json"_s} << u"--json goes with a command, as in keylink providers --json"_s;
        QTest::newRow("unknown language")
            << QStringList {u"--lang"_s, u"xx"_s} << u"--lang takes one of de, en, fr, not “xx”"_s;
        QTest::newRow("lang for the command line") << QStringList {u"link"_s, u"front"_s, u"--lang"_s, u"de"_s}
                                                   << u"--lang sets the window's language; with link it needs --gui"_s;
        QTest::newRow("lang with accounts")
            << QStringList {u"accounts"_s, u"--lang"_s, u"de"_s} << u"--lang does not go with accounts"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        arguments.prepend(u"keylink"_s);
        const CommandLineRequest r = CommandLine::parse(arguments);
        QCOMPARE(r.error, error);
        QVERIFY(r.isHeadless()); // an error is printed, never a window
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
