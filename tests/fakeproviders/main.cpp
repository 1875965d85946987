// keylink-fake-providers: the test suite's fake Easyship, Front and Oneflow
// servers as a program, to try Keylink locally without real accounts. It
// prints the KEYLINK_HOST_MAP to use and credentials the servers accept, and
// runs until interrupted. Test-only; never shipped.
#include "FakeProviders.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    FakeProviders providers; // the tests' fixture, with its documented answers
    if (!providers.start()) {
        QTextStream(stderr) << "keylink-fake-providers: cannot listen on 127.0.0.1\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "KEYLINK_HOST_MAP=" << providers.hostMapText() << "\n"
        << "# Any token in the right format is accepted, for example:\n"
        << "#   Front:    aaa.bbb.ccc\n"
        << "#   Easyship: prod_anything (production) or sand_anything (sandbox)\n"
        << "#   Oneflow:  0123456789-abcdefghij-ABCDEFGHIJ-klmnopq with ana@example.com\n"
        << "#   Easyship OAuth 2 partner application: client id " << FakeOAuthServer::ClientId << ", client secret "
        << FakeOAuthServer::ClientSecret << "\n";
    out.flush();
    return QCoreApplication::exec();
}
