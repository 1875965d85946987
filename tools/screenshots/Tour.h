#pragma once

#include "FakeProviders.h"
#include "MemorySecretStore.h"
#include "TestServices.h"

#include <QDir>
#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

// Walks the window and the wizard through the scenes of docs/screenshots
// against the fake providers and an in-memory keychain, saving a PNG of each.
// Pictures only: what the app does is checked by the tests, not here. The
// scenes themselves are in WindowScenes and WizardScenes.
class Tour
{
public:
    Tour(const QDir &out, const QString &suffix, const QStringList &only);
    bool start();
    // False when a scene could not be reached (its message is printed).
    bool run();

    bool wanted(const QString &name) const;
    bool shoot(QWidget &widget, const QString &name);
    // Where the picture `name` goes (with the look's suffix).
    QString outPath(const QString &name) const { return m_out.filePath(name + m_suffix + QStringLiteral(".png")); }
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000);
    static bool fail(const QString &why);

    keylink::Services &services() { return **m_services; }
    FakeProviders &providers() { return m_providers; }

private:
    QDir m_out;
    QString m_suffix;
    QStringList m_only;
    FakeProviders m_providers;
    MemorySecretStore m_secrets;
    std::unique_ptr<TestServices> m_services;
};
