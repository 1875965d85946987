#include "connect/JsonPointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

// RFC 6901 pointers as the catalog uses them to find an identity in a
// provider's answer; the examples are the RFC's own (section 5).
class TestJsonPointer : public QObject
{
    Q_OBJECT

private:
    // Built in code: moc cannot read this document as a raw string literal.
    static QJsonValue rfcDocument()
    {
        return QJsonObject {{u"foo"_s, QJsonArray {u"bar"_s, u"baz"_s}}, {u""_s, 0}, {u"a/b"_s, 1}, {u"c%d"_s, 2},
            {u"e^f"_s, 3}, {u"g|h"_s, 4}, {u"i\\j"_s, 5}, {u"k\"l"_s, 6}, {u" "_s, 7}, {u"m~n"_s, 8}};
    }

private Q_SLOTS:
    void rfcExamples_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("whole") << QString() << rfcDocument();
        QTest::newRow("/foo") << u"/foo"_s << QJsonValue(QJsonArray {u"bar"_s, u"baz"_s});
        QTest::newRow("/foo/0") << u"/foo/0"_s << QJsonValue(u"bar"_s);
        QTest::newRow("/") << u"/"_s << QJsonValue(0);
        QTest::newRow("/a~1b") << u"/a~1b"_s << QJsonValue(1);
        QTest::newRow("/c%d") << u"/c%d"_s << QJsonValue(2);
        QTest::newRow("/i\\j") << u"/i\\j"_s << QJsonValue(5);
        QTest::newRow("/k\"l") << u"/k\"l"_s << QJsonValue(6);
        QTest::newRow("/ ") << u"/ "_s << QJsonValue(7);
        QTest::newRow("/m~0n") << u"/m~0n"_s << QJsonValue(8);
    }
    void rfcExamples()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QCOMPARE(JsonPointer::resolve(rfcDocument(), pointer), value);
    }

    // "~01" is "~1" (a tilde, then 1), not "/": ~1 is undone before ~0.
    void escapesAreUndoneInOrder()
    {
        const QJsonObject doc {{u"~1"_s, u"tilde-one"_s}, {u"/"_s, u"slash"_s}};
        QCOMPARE(JsonPointer::text(doc, u"/~01"_s), u"tilde-one"_s);
        QCOMPARE(JsonPointer::text(doc, u"/~1"_s), u"slash"_s);
    }

    void pointersThatLeadNowhere_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::newRow("no leading slash") << u"foo"_s;
        QTest::newRow("missing key") << u"/nope"_s;
        QTest::newRow("index past the end") << u"/foo/2"_s;
        QTest::newRow("negative index") << u"/foo/-1"_s;
        QTest::newRow("append marker") << u"/foo/-"_s;
        QTest::newRow("not a number") << u"/foo/x"_s;
        QTest::newRow("through a string") << u"/foo/0/more"_s;
        QTest::newRow("through a number") << u"/a~1b/x"_s;
    }
    void pointersThatLeadNowhere()
    {
        QFETCH(QString, pointer);
        QVERIFY(JsonPointer::resolve(rfcDocument(), pointer).isUndefined());
        QCOMPARE(JsonPointer::text(rfcDocument(), pointer), QString());
    }

    void textOfEachKind()
    {
        const QJsonObject doc = QJsonDocument::fromJson(R"({"name": "Globex", "id": 4711, "big": 9007199254740991,
            "ratio": 0.5, "emails": ["a@example.com", 3, "b@example.com"], "on": true, "none": null,
            "nested": {"x": 1}})")
                                    .object();
        QCOMPARE(JsonPointer::text(doc, u"/name"_s), u"Globex"_s);
        QCOMPARE(JsonPointer::text(doc, u"/id"_s), u"4711"_s); // not "4711.0" or "4.711e+03"
        QCOMPARE(JsonPointer::text(doc, u"/big"_s), u"9007199254740991"_s);
        QCOMPARE(JsonPointer::text(doc, u"/ratio"_s), u"0.5"_s);
        QCOMPARE(JsonPointer::text(doc, u"/emails"_s), u"a@example.com; b@example.com"_s);
        QCOMPARE(JsonPointer::text(doc, u"/on"_s), QString());
        QCOMPARE(JsonPointer::text(doc, u"/none"_s), QString());
        QCOMPARE(JsonPointer::text(doc, u"/nested"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestJsonPointer)
#include "tst_jsonpointer.moc"
