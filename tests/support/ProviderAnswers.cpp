#include "ProviderAnswers.h"

namespace ProviderAnswers {

FakeResponse easyshipAccount(const QByteArray &name, const QByteArray &id)
{
    return FakeResponse::json(200,
        R"({"account":{"easyship_company_id":")" + id + R"(","name":")" + name
            + R"("},"meta":{"request_id":"req-es-1"}})");
}

FakeResponse easyshipError(int status, const QByteArray &code, const QByteArray &message, const QByteArray &details)
{
    return FakeResponse::json(status,
        R"({"error":{"code":")" + code + R"(","type":"invalid_request_error","message":")" + message
            + R"(","details":[)" + (details.isEmpty() ? QByteArray() : "\"" + details + "\"")
            + R"(],"links":[],"request_id":"req-es-err"}})");
}

FakeResponse frontMe(const QByteArray &name, const QByteArray &id)
{
    return FakeResponse::json(
        200, R"({"_links":{"self":"https://api2.frontapp.com/me"},"id":")" + id + R"(","name":")" + name + R"("})");
}

FakeResponse frontError(int status, const QByteArray &title, const QByteArray &message)
{
    return FakeResponse::json(status,
        R"({"_error":{"status":)" + QByteArray::number(status) + R"(,"title":")" + title + R"(","message":")" + message
            + R"("}})");
}

FakeResponse frontList()
{
    return FakeResponse::json(200, R"({"_pagination":{"next":null},"_links":{"self":"x"},"_results":[]})");
}

FakeResponse oneflowPing()
{
    return FakeResponse::json(200, "{}");
}

FakeResponse oneflowError(int status, const QByteArray &title, const QByteArray &detail)
{
    return FakeResponse::json(status,
        R"({"error_code":)" + QByteArray::number(status * 10000) + R"(,"detail":")" + detail
            + R"(","parameter_problems":{},"request_id":"req-of-1","status":)" + QByteArray::number(status)
            + R"(,"title":")" + title + R"(","type":"about:blank"})");
}

FakeResponse oneflowUsers(const QByteArray &usersJson, const QByteArray &next)
{
    const QByteArray nextLink = next == "null" ? QByteArray("{}") : R"({"next":{"href":")" + next + R"("}})";
    return FakeResponse::json(200, R"({"_links":)" + nextLink + R"(,"count":1,"data":)" + usersJson + "}");
}

} // namespace ProviderAnswers
