#pragma once

#include "FakeProviderServer.h"

// Answers in each provider's documented shapes (shared/providers.md).
namespace ProviderAnswers {

FakeResponse easyshipAccount(const QByteArray &name = "Globex Shipping", const QByteArray &id = "CHK000001");
FakeResponse easyshipError(
    int status, const QByteArray &code, const QByteArray &message, const QByteArray &details = "");
FakeResponse frontMe(const QByteArray &name = "Initech Support", const QByteArray &id = "cmp_1a2b");
FakeResponse frontError(int status, const QByteArray &title, const QByteArray &message);
FakeResponse frontList();
FakeResponse oneflowPing();
FakeResponse oneflowError(int status, const QByteArray &title, const QByteArray &detail);
FakeResponse oneflowUsers(const QByteArray &usersJson, const QByteArray &next = "null");

} // namespace ProviderAnswers
