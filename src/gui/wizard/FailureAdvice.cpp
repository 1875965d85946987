#include "wizard/FailureAdvice.h"

#include <QLocale>

namespace keylink {

FailureAdvice FailureAdvice::forConnect(const ConnectResult &result, const QString &provider)
{
    using E = ConnectResult::Error;
    FailureAdvice a;
    switch (result.error) {
    case E::None:
        break;
    case E::InvalidInput:
        a = {tr("Check what you entered"), tr("Go back and correct the credentials."), false};
        break;
    case E::InvalidCredentials:
        a = {tr("%1 rejected the credentials").arg(provider),
            tr("Go back and paste the token again, or create a new one in the %1 dashboard.").arg(provider), false};
        break;
    case E::MissingPermission:
        a = {tr("The credentials lack a permission"), tr("Allow it in the %1 dashboard, then try again.").arg(provider),
            true};
        break;
    case E::NotFound:
    case E::WrongUser:
        a = {tr("The credentials do not match the account"),
            tr("Go back and check each field against the %1 dashboard.").arg(provider), false};
        break;
    case E::RateLimited:
        a.headline = tr("%1 asks Keylink to wait").arg(provider);
        a.advice = result.retryAt.isValid()
            ? tr("Try again after %1.")
                  .arg(QLocale().toString(result.retryAt.toLocalTime().time(), QLocale::ShortFormat))
            : tr("Wait a minute, then try again.");
        a.retryHelps = true;
        break;
    case E::ProviderError:
        a = {tr("%1 has a problem").arg(provider),
            tr("The trouble is on %1's side. Try again in a few minutes.").arg(provider), true};
        break;
    case E::Network:
        a = {tr("%1 could not be reached").arg(provider),
            tr("Check your internet connection and the proxy in Preferences, then try again."), true};
        break;
    case E::Tls:
        a = {tr("The connection is not secure"),
            tr("Something on the network intercepts the connection to %1, such as a proxy or a filter. Check the "
               "network, then try again.")
                .arg(provider),
            true};
        break;
    case E::Timeout:
        a = {tr("%1 did not answer in time").arg(provider),
            tr("Check the network, or allow more time in Preferences, then try again."), true};
        break;
    case E::TooLarge:
    case E::Malformed:
        a = {tr("%1 gave an answer Keylink does not understand").arg(provider),
            tr("Try again later. If it keeps happening, report it with the request id below."), true};
        break;
    case E::Cancelled:
        a = {tr("Stopped"), tr("Nothing was saved. Try again when you are ready."), true};
        break;
    }
    return a;
}

FailureAdvice FailureAdvice::forKeychain(VaultResult::Error error)
{
    using E = VaultResult::Error;
    switch (error) {
    case E::Locked:
        return {tr("Your keychain is locked"), tr("Unlock it, then try again. Nothing was saved."), true};
    case E::NoKeychain:
        return {tr("No keychain is available"),
            tr("Start your desktop's keychain (such as GNOME Keyring or KWallet), then try again. Nothing was "
               "saved."),
            true};
    default:
        return {tr("The keychain did not keep the secret"), tr("Nothing was saved. Try again."), true};
    }
}

} // namespace keylink
