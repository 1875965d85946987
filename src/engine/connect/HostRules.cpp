#include "connect/HostRules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
const QRegularExpression &placeholder()
{
    static const QRegularExpression re(u"\\{([^{}]*)\\}"_s);
    return re;
}

// Which field a derived value comes from, for messages.
const Field *sourceField(const AuthMethod &method, const QString &id)
{
    for (const DerivedField &d : method.derivedFields) {
        if (d.id == id)
            return method.field(d.from);
    }
    return method.field(id);
}
} // namespace

SecretFields HostRules::withDerived(const AuthMethod &method, const SecretFields &values)
{
    SecretFields out = values;
    for (const DerivedField &d : method.derivedFields) {
        const QString from = values.value(d.from);
        const qsizetype at = from.lastIndexOf(d.after);
        out.insert(d.id, at < 0 ? QString() : from.mid(at + d.after.size()));
    }
    return out;
}

bool HostRules::isDnsLabel(const QString &text)
{
    static const QRegularExpression label(u"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"_s);
    return label.match(text).hasMatch();
}

QString HostRules::typedHost(const QString &text)
{
    QString host = text.trimmed().toLower();
    if (host.startsWith(u"https://"_s))
        host = host.mid(8);
    if (host.endsWith(u'/'))
        host.chop(1);
    const QStringList labels = host.split(u'.');
    if (labels.size() < 2)
        return {};
    for (const QString &label : labels) {
        if (!isDnsLabel(label))
            return {}; // also refuses ":", "@", "/", "%", "#" and any non-ASCII letter
    }
    return host;
}

bool HostRules::allows(const QStringList &allowedHosts, const QString &host, bool typed)
{
    for (const QString &entry : allowedHosts) {
        if (entry == u"https-any"_s) {
            if (typed)
                return true;
        } else if (entry.startsWith(u"*."_s)) {
            const QString domain = entry.mid(1); // ".zendesk.com"
            if (host.endsWith(domain) && isDnsLabel(host.chopped(domain.size())))
                return true;
        } else if (host == entry) {
            return true;
        }
    }
    return false;
}

QUrl HostRules::baseUrl(
    const AuthMethod &method, const Environment &environment, const SecretFields &values, QString *error)
{
    const QString text = environment.baseUrlTemplate;
    if (!text.contains(u'{'))
        return environment.baseUrl;
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return QUrl();
    };
    // The file's template is checked by the loader: https, placeholders in
    // the host only. What fills them is checked here.
    QString host = text.mid(8);
    const qsizetype slash = host.indexOf(u'/');
    const QString path = slash < 0 ? QString() : host.mid(slash);
    host = host.left(slash < 0 ? host.size() : slash);
    bool typed = false;
    QString filled;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : placeholder().globalMatch(host)) {
        filled += host.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString id = m.captured(1);
        const Field *field = sourceField(method, id);
        const QString label = field ? field->label : id;
        const QString value = values.value(id);
        if (field && field->kind == Field::Kind::Host && field->id == id) {
            const QString h = typedHost(value);
            if (h.isEmpty())
                return refuse(tr("%1 must be a server name such as gitlab.example.com, optionally with https:// "
                                 "in front; “%2” is not.")
                                  .arg(label, value.left(80)));
            typed = true;
            filled += h;
            continue;
        }
        const QString lower = value.toLower();
        if (!isDnsLabel(lower)) {
            if (field && field->id != id) // cut from a field, perhaps a secret: never echoed
                return refuse(tr("The end of %1 does not name a server; check that you pasted all of it.").arg(label));
            if (field && field->isSecret())
                return refuse(tr("%1 is not valid here.").arg(label));
            return refuse(tr("%1 may hold only letters, digits and hyphens, such as “acme”; “%2” is not.")
                              .arg(label, value.left(80)));
        }
        filled += lower;
    }
    filled += host.mid(last);
    const QUrl url(u"https://"_s + filled + path, QUrl::StrictMode);
    if (!url.isValid() || url.host(QUrl::FullyEncoded) != filled || !url.userInfo().isEmpty() || url.port() != -1
        || !allows(method.allowedHosts, filled, typed))
        return refuse(
            tr("Keylink does not send this credential to %1: the provider file does not allow that host.").arg(filled));
    return url;
}

} // namespace keylink
