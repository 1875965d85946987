#include "widgets/Icons.h"

#include "widgets/StatusColours.h"
#include "widgets/SymbolicIconEngine.h"

#include <QFile>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
struct Entry {
    QString theme; // freedesktop icon naming specification
    QString file; // :/icons/symbolic/<file>.svg
    SymbolicIconEngine::Colour colour; // empty: the text colour
};

Entry entry(Icons::Name name)
{
    using N = Icons::Name;
    auto status = [](QColor (*colour)(const QPalette &)) -> SymbolicIconEngine::Colour {
        return [colour](const QPalette &palette, QIcon::Mode) { return colour(palette); };
    };
    auto muted = [](const QPalette &palette, QIcon::Mode) { return palette.color(QPalette::PlaceholderText); };
    switch (name) {
    case N::Link:
        return {u"list-add"_s, u"list-add"_s, {}};
    case N::Verify:
        return {u"view-refresh"_s, u"view-refresh"_s, {}};
    case N::VerifyAll:
        return {u"emblem-synchronizing"_s, u"emblem-synchronizing"_s, {}};
    case N::Relink:
        return {u"dialog-password"_s, u"dialog-password"_s, {}};
    case N::Rename:
        return {u"document-edit"_s, u"document-edit"_s, {}};
    case N::Unlink:
        return {u"edit-delete"_s, u"edit-delete"_s, {}};
    case N::Copy:
        return {u"edit-copy"_s, u"edit-copy"_s, {}};
    case N::OpenExternal:
        return {u"document-open-remote"_s, u"document-open-remote"_s, {}};
    case N::Preferences:
        return {u"preferences-system"_s, u"preferences-system"_s, {}};
    case N::About:
        return {u"help-about"_s, u"help-about"_s, {}};
    case N::Quit:
        return {u"application-exit"_s, u"application-exit"_s, {}};
    case N::Find:
        return {u"edit-find"_s, u"edit-find"_s, {}};
    case N::Clear:
        return {u"edit-clear"_s, u"edit-clear"_s, muted};
    case N::Overflow:
        return {u"go-next"_s, u"go-next"_s, {}};
    case N::Verified:
        return {{}, u"status-verified"_s, status(&StatusColours::success)};
    case N::Attention:
        return {{}, u"status-attention"_s, status(&StatusColours::warning)};
    case N::NotChecked:
        return {{}, u"status-unknown"_s, muted};
    case N::Failed:
        return {{}, u"status-error"_s, status(&StatusColours::error)};
    case N::Busy:
        return {{}, u"status-busy"_s, muted};
    case N::Unreachable:
        return {{}, u"status-unreachable"_s, muted};
    case N::Expired:
        return {{}, u"status-expired"_s, status(&StatusColours::error)};
    case N::Stop:
        return {u"process-stop"_s, u"process-stop"_s, {}};
    case N::Reveal:
        return {u"view-reveal"_s, u"view-reveal"_s, {}};
    case N::Conceal:
        return {u"view-conceal"_s, u"view-conceal"_s, {}};
    }
    return {};
}
} // namespace

QIcon Icons::bundled(Name name)
{
    const Entry e = entry(name);
    QFile file(u":/icons/symbolic/%1.svg"_s.arg(e.file));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    SymbolicIconEngine::Colour colour = e.colour;
    if (!colour)
        colour = &SymbolicIconEngine::textColour;
    return QIcon(new SymbolicIconEngine(file.readAll(), colour));
}

QIcon Icons::icon(Name name)
{
    const Entry e = entry(name);
    // "-symbolic" first: GNOME-style themes keep their monochrome set there.
    if (!e.theme.isEmpty()) {
        for (const QString &themed : {e.theme + u"-symbolic"_s, e.theme}) {
            if (QIcon::hasThemeIcon(themed))
                return QIcon::fromTheme(themed);
        }
    }
    return bundled(name);
}

} // namespace keylink
