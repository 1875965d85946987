// Each built-in provider's answers, as the verifier reads them: the error
// shape, request id, rate-limit headers, identity and user-list pointers.
//
// Input, readable so seeds can be written by hand: a first line
// "<provider index> <status>", header lines ("Name: value"), a blank line,
// then the body.
#include "catalog/CatalogLoader.h"
#include "connect/JsonPointer.h"
#include "connect/ProviderAnswer.h"

#include "FuzzInput.h"

#include <QDateTime>
#include <QJsonArray>

#include <cstdint>

using namespace keylink;

namespace {
const QList<Provider> &providers()
{
    static const QList<Provider> all = CatalogLoader::load({}).catalog.providers();
    return all;
}

void readIdentity(const AuthMethod &method, const QJsonValue &root)
{
    const VerifySpec &verify = method.verify;
    for (const QString &pointer : {verify.identityId, verify.identityName, verify.requestId}) {
        if (pointer.startsWith(u'/'))
            (void)JsonPointer::text(root, pointer);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (providers().isEmpty())
        __builtin_trap(); // the built-in catalog must load
    FuzzInput input(data, size);
    QList<QByteArray> head = input.takeSection().split('\n');
    const QList<QByteArray> first = head.takeFirst().split(' ');
    const Provider &provider = providers().at(first.value(0).toUInt() % providers().size());

    HttpOutcome outcome;
    outcome.kind = HttpOutcome::Kind::Answered;
    outcome.status = first.value(1).toInt();
    outcome.url = QUrl(QStringLiteral("https://provider.invalid/v1/me"));
    for (const QByteArray &line : head) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            outcome.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    outcome.body = input.rest();

    const ProviderAnswer answer(provider, outcome, 20'000);
    const ConnectResult result = answer.result();
    if (!result.ok() && result.message.isEmpty())
        __builtin_trap(); // every failure is worded
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    (void)ProviderAnswer::retryAt(provider, outcome, result.providerMessage, now);

    if (result.ok()) {
        const QJsonDocument &json = answer.json();
        const QJsonValue root = json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
        for (const AuthMethod &method : provider.authMethods)
            readIdentity(method, root);
        if (!provider.list.results.isEmpty())
            (void)JsonPointer::resolve(root, provider.list.results);
    }
    return 0;
}
