#pragma once

#include "FakeOAuthServer.h"
#include "FakeProviderServer.h"

#include <QProcessEnvironment>

namespace keylink {
class HostMap;
}

// The seed providers, played on loopback in their documented shapes, for any
// test: Front (/me and its lists), Easyship production and sandbox, Oneflow
// (/ping and /users, with ana@example.com an active user), and Easyship's
// OAuth 2 endpoints. Tests change an answer with server.on(…).
class FakeProviders
{
public:
    FakeProviders();
    bool start();

    FakeProviderServer front, easyship, sandbox, oneflow;
    FakeOAuthServer oauth;

    // For KEYLINK_HOST_MAP, and already parsed.
    QString hostMapText() const;
    keylink::HostMap hostMap() const;
    // The test's environment with KEYLINK_HOST_MAP, for keylink processes.
    QProcessEnvironment environment() const;
};
