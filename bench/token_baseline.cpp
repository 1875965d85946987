// The floor for `keylink token`: the least a Qt program can do to print a
// secret from the keychain. A bare QCoreApplication, one QtKeychain read job
// for the same entry (service "keylink", the account id as key), the text
// printed. bench_token measures Keylink against it.
#include <QCoreApplication>

#include <qt6keychain/keychain.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("keylink"), &app);
    job->setAutoDelete(false);
    job->setKey(QString::fromLocal8Bit(argv[1]));
    int code = 1;
    QObject::connect(job, &QKeychain::Job::finished, &app, [&code](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            const QByteArray text = static_cast<QKeychain::ReadPasswordJob *>(j)->textData().toUtf8();
            std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
            std::fputc('\n', stdout);
            code = 0;
        }
        QCoreApplication::exit(code);
    });
    job->start();
    return QCoreApplication::exec();
}
