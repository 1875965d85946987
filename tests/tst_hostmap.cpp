#include "connect/HostMap.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keylink;

class TestHostMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsOnlyTheNamedHosts()
    {
        HostMap map;
        QString error;
        QVERIFY(HostMap::parse(
            u"api2.frontapp.com=http://127.0.0.1:8080, API.oneflow.com=https://localhost:9443"_s, &map, &error));
        QCOMPARE(
            map.apply(QUrl(u"https://api2.frontapp.com/me?limit=1"_s)), QUrl(u"http://127.0.0.1:8080/me?limit=1"_s));
        QCOMPARE(map.apply(QUrl(u"https://api.oneflow.com/v1/ping"_s)), QUrl(u"https://localhost:9443/v1/ping"_s));
        QCOMPARE(map.apply(QUrl(u"https://public-api.easyship.com/x"_s)), QUrl(u"https://public-api.easyship.com/x"_s));
        QVERIFY(HostMap::parse(QString(), &map, &error));
        QVERIFY(map.isEmpty());
        QVERIFY(HostMap::parse(u"a.example=http://[::1]:80"_s, &map, &error));
        QVERIFY(HostMap::parse(u"a.example=http://127.10.0.3:80"_s, &map, &error));
    }

    void refusesAnythingButLoopback_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("private address")
            << u"api2.frontapp.com=http://192.168.1.5:80"_s
            << u"KEYLINK_HOST_MAP: the target of api2.frontapp.com is 192.168.1.5, which is not a loopback address; "
               u"only 127.0.0.0/8, ::1 and localhost are allowed"_s;
        QTest::newRow("public host")
            << u"api2.frontapp.com=https://evil.example"_s
            << u"KEYLINK_HOST_MAP: the target of api2.frontapp.com is evil.example, which is not a loopback "
               u"address; only 127.0.0.0/8, ::1 and localhost are allowed"_s;
        // Names that only start (or end) like a loopback name are other hosts.
        for (const QString &lookalike : {u"localhost.evil.example"_s, u"localhost."_s, u"localhostevil.example"_s,
                 u"evil.localhost"_s, u"127.0.0.1.evil.example"_s, u"127.0.0.1.nip.io"_s, u"0x7f.example"_s}) {
            QTest::newRow(qPrintable(lookalike))
                << u"api2.frontapp.com=http://%1:8080"_s.arg(lookalike)
                << u"KEYLINK_HOST_MAP: the target of api2.frontapp.com is %1, which is not a loopback "
                   u"address; only 127.0.0.0/8, ::1 and localhost are allowed"_s.arg(lookalike);
        }
        QTest::newRow("user info before a public host")
            << u"api2.frontapp.com=http://localhost:80@evil.example"_s
            << u"KEYLINK_HOST_MAP: the target of api2.frontapp.com is evil.example, which is not a loopback "
               u"address; only 127.0.0.0/8, ::1 and localhost are allowed"_s;
        QTest::newRow("no equals sign") << u"api2.frontapp.com"_s
                                        << u"KEYLINK_HOST_MAP: \"api2.frontapp.com\" is not host=url, as in "
                                           u"api2.frontapp.com=http://127.0.0.1:8080"_s;
        QTest::newRow("other scheme") << u"api2.frontapp.com=ftp://127.0.0.1:21"_s
                                      << u"KEYLINK_HOST_MAP: the target of api2.frontapp.com is not an "
                                         u"http(s)://host:port URL without a path"_s;
        QTest::newRow("with a path") << u"api2.frontapp.com=http://127.0.0.1:80/v1"_s
                                     << u"KEYLINK_HOST_MAP: the target of api2.frontapp.com is not an "
                                        u"http(s)://host:port URL without a path"_s;
    }

    void refusesAnythingButLoopback()
    {
        QFETCH(QString, value);
        QFETCH(QString, error);
        HostMap map;
        QString actual;
        QVERIFY(!HostMap::parse(value, &map, &actual));
        QCOMPARE(actual, error);
    }
};

QTEST_GUILESS_MAIN(TestHostMap)
#include "tst_hostmap.moc"
