#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

// What one run of the keylink binary did.
struct KeylinkRun {
    int exitCode = -1; // -1: it crashed or did not finish
    QString out;
    QString err; // what a user sees on stderr
    QString log; // the logging lines, when QT_LOGGING_RULES turns categories on
};

// Runs the keylink binary built with the tests, with no display, the given
// environment and `input` on stdin. Waits with the event loop running, so
// servers living in the test process keep answering.
KeylinkRun runKeylink(
    const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {});

// The same, playing the user's browser for an OAuth sign-in: when keylink
// prints the sign-in address (`keylink link … --no-browser`), `browser`
// opens it and follows the provider's redirect back to keylink.
KeylinkRun runKeylinkSigningIn(const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &input, QNetworkAccessManager &browser);
