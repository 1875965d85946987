#include "verbs/ProvidersVerb.h"

#include "services/Services.h"

#include "command/CommandLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
QStringList allActionIds(const AuthMethod &method)
{
    QStringList ids;
    for (const Action &a : method.actions)
        ids.append(a.id);
    return ids;
}

QString fieldKind(Field::Kind kind)
{
    switch (kind) {
    case Field::Kind::Secret:
        return u"secret"_s;
    case Field::Kind::Email:
        return u"email"_s;
    case Field::Kind::Host:
        return u"host"_s;
    case Field::Kind::Text:
        break;
    }
    return u"text"_s;
}
} // namespace

QJsonObject ProvidersVerb::counts(const AuthMethod &method)
{
    QJsonObject families;
    for (const ScopeFamily &f : method.scopeFamilies) {
        int n = 0;
        for (const Scope &s : method.scopes)
            n += s.family == f.id ? 1 : 0;
        families.insert(f.id, n);
    }
    QJsonObject c {
        {u"fields"_s, int(method.fields.size())},
        {u"scopes"_s, int(method.scopes.size())},
        {u"recommendedScopes"_s, int(method.recommendedScopes.size())},
        {u"actions"_s, int(method.actions.size())},
        {u"actionScopes"_s, int(method.scopesForActions(allActionIds(method)).size())},
        {u"probes"_s, method.probeCount()},
        {u"guideSteps"_s,
            [&] {
                int steps = 0;
                for (const GuideSection &s : method.guide.sections)
                    steps += int(s.steps.size());
                return steps;
            }()},
    };
    if (!families.isEmpty())
        c.insert(u"scopeFamilies"_s, families);
    return c;
}

QJsonObject ProvidersVerb::toJson(const CatalogLoadResult &catalog)
{
    QJsonArray providers;
    for (const Provider &p : catalog.catalog.providers()) {
        QJsonObject definition = p.definition;
        definition.insert(u"source"_s, p.sourceFile);
        definition.insert(u"builtIn"_s, p.builtIn);
        QJsonArray methods = definition.value(u"authMethods"_s).toArray();
        for (qsizetype i = 0; i < methods.size() && i < p.authMethods.size(); ++i) {
            QJsonObject m = methods.at(i).toObject();
            m.insert(u"counts"_s, counts(p.authMethods.at(i)));
            methods.replace(i, m);
        }
        definition.insert(u"authMethods"_s, methods);
        providers.append(definition);
    }
    QJsonArray problems;
    for (const CatalogError &e : catalog.errors) {
        problems.append(QJsonObject {{u"file"_s, e.file}, {u"path"_s, e.jsonPath}, {u"problem"_s, e.problem},
            {u"expected"_s, e.expected}, {u"message"_s, e.toString()}});
    }
    return {{u"schema"_s, CatalogLoader::SchemaVersion}, {u"providers"_s, providers}, {u"problems"_s, problems}};
}

QString ProvidersVerb::toText(const CatalogLoadResult &catalog)
{
    QString text;
    QTextStream out(&text);
    for (const Provider &p : catalog.catalog.providers()) {
        out << p.name << " (" << p.id << ")" << (p.builtIn ? "" : "  from ") << (p.builtIn ? QString() : p.sourceFile)
            << "\n";
        out << "  " << p.description << "\n";
        for (const QString &w : p.warnings)
            out << "  ! " << w << "\n";
        for (const AuthMethod &m : p.authMethods) {
            const QJsonObject c = counts(m);
            QStringList fields;
            for (const Field &f : m.fields)
                fields.append(u"%1 (%2)"_s.arg(f.id, fieldKind(f.kind)));
            out << "  method " << m.id << ": " << m.label << "\n";
            for (const QString &w : m.warnings)
                out << "    ! " << w << "\n";
            out << "    fields: " << fields.join(u", "_s) << "\n";
            QStringList envs;
            for (const Environment &e : m.environments)
                envs.append(e.tokenPrefixes.isEmpty() ? e.id : u"%1 (%2…)"_s.arg(e.id, e.tokenPrefixes.join(u"…, "_s)));
            out << "    environments: " << envs.join(u", "_s) << "\n";
            out << "    scopes: " << c.value(u"scopes"_s).toInt();
            if (c.value(u"recommendedScopes"_s).toInt() > 0)
                out << ", " << c.value(u"recommendedScopes"_s).toInt() << " recommended";
            const QJsonObject families = c.value(u"scopeFamilies"_s).toObject();
            for (auto it = families.constBegin(); it != families.constEnd(); ++it)
                out << ", " << it.value().toInt() << " in family " << it.key();
            out << "\n";
            out << "    actions: " << c.value(u"actions"_s).toInt();
            if (c.value(u"actions"_s).toInt() > 0)
                out << ", using " << c.value(u"actionScopes"_s).toInt() << " distinct scopes";
            out << "\n";
        }
        out << "\n";
    }
    out << catalog.catalog.providers().size() << " providers";
    if (!catalog.errors.isEmpty())
        out << ", " << catalog.errors.size() << " problems in skipped files (see above)";
    out << "\n";
    return text;
}

Verb::Spec ProvidersVerb::spec()
{
    return {u"providers"_s, QString(),
        u"List the providers Keylink can link, their sign-in methods, fields, scopes and actions."_s,
        {{u"--json"_s, QString(), u"Print machine-readable JSON."_s}}, false, {},
        [](CliContext &c) { return new ProvidersVerb(c); }};
}

void ProvidersVerb::start()
{
    const CatalogLoadResult &catalog = m_context.services().catalogLoad();
    QTextStream &out = m_context.out();
    if (m_context.request().json)
        out << QJsonDocument(toJson(catalog)).toJson(QJsonDocument::Indented);
    else
        out << toText(catalog);
    out.flush();
    done(CommandLine::Success);
}

} // namespace keylink
