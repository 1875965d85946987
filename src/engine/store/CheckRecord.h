#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace keylink {

// One check of a linked account, kept in its short history (the details
// pane's timeline, the background checks' backoff).
struct CheckRecord {
    enum class Outcome {
        Verified, // the provider accepted the credential with every scope asked for
        ScopesMissing, // accepted, but some scopes asked for are missing
        Rejected, // refused: revoked, expired, wrong user (Needs attention)
        Unreachable, // could not ask: network, timeout, provider trouble, rate limit
    };
    static constexpr int Kept = 50;

    QDateTime time;
    Outcome outcome = Outcome::Verified;
    QString reason; // why, in words, for anything but Verified

    bool operator==(const CheckRecord &) const = default;
    QJsonObject toJson() const;
    static CheckRecord fromJson(const QJsonObject &json);
    static QString outcomeName(Outcome outcome);
};

} // namespace keylink
