#include "wizard/GuideRenderer.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace keylink {

QString GuideRenderer::markup(const QString &text)
{
    static const QRegularExpression bold(u"\\*\\*(.+?)\\*\\*"_s);
    QString escaped = text.toHtmlEscaped();
    escaped.replace(bold, u"<b>\\1</b>"_s);
    return escaped;
}

QString GuideRenderer::html(const Provider &provider, const AuthMethod &method, const QStringList &scopes)
{
    QString out;
    for (const QString &warning : provider.warnings + method.warnings)
        out += u"<table width='100%' cellpadding='6' style='background-color:#fff4ce; color:#3b2f00'><tr><td>⚠ %1</td></tr></table><br>"_s
                   .arg(markup(warning));

    for (const GuideSection &section : method.guide.sections) {
        out += u"<h3>%1</h3>"_s.arg(markup(section.title));
        if (!section.intro.isEmpty())
            out += u"<p>%1</p>"_s.arg(markup(section.intro));
        out += u"<ol>"_s;
        for (const GuideStep &step : section.steps) {
            out += u"<li><p><b>%1</b><br>%2</p>"_s.arg(markup(step.title), markup(step.text));
            if (!step.items.isEmpty()) {
                out += u"<ul>"_s;
                for (const QString &item : step.items)
                    out += u"<li>%1</li>"_s.arg(markup(item));
                out += u"</ul>"_s;
            }
            for (const GuideLink &link : step.links)
                out += u"<p><a href='%1'>%2</a> ↗</p>"_s.arg(
                    link.url.toString(QUrl::FullyEncoded).toHtmlEscaped(), link.label.toHtmlEscaped());
            if (step.listScopes) {
                QStringList shown;
                for (const QString &scope : step.scopes) {
                    if (scopes.contains(scope))
                        shown.append(scope);
                }
                if (shown.isEmpty()) {
                    out += u"<p><i>%1</i></p>"_s.arg(
                        tr("None of the scopes of this step is needed for your selection."));
                } else {
                    QStringList enabled;
                    for (const QString &scope : shown) {
                        for (const QString &label : method.actionsNeeding(scope)) {
                            if (!enabled.contains(label))
                                enabled.append(label);
                        }
                    }
                    if (!enabled.isEmpty())
                        out += u"<p><small><b>%1</b> %2</small></p>"_s.arg(
                            tr("Enables actions:"), enabled.join(u", "_s).toHtmlEscaped());
                    out += u"<ul>"_s;
                    for (const QString &scope : shown) {
                        const Scope *s = method.scope(scope);
                        out += u"<li><code>%1</code> — %2 <a href='%3:%4'>%5</a></li>"_s.arg(scope.toHtmlEscaped(),
                            s ? s->description.toHtmlEscaped() : QString(), QLatin1String(CopyScheme),
                            QString::fromLatin1(QUrl::toPercentEncoding(scope)), tr("Copy"));
                    }
                    out += u"</ul>"_s;
                }
            }
            out += u"</li>"_s;
        }
        out += u"</ol>"_s;
    }
    return out;
}

} // namespace keylink
