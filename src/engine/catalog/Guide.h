#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace keylink {

struct GuideLink {
    QString label;
    QUrl url;
};

// One numbered step of a provider's guide. Texts use **bold** for the UI path
// the user clicks through.
struct GuideStep {
    QString title;
    QString text;
    QStringList items;
    QList<GuideLink> links;
    // Scopes this step is about; the wizard shows only those the chosen
    // actions need.
    QStringList scopes;
    // Whether the step lists its (filtered) scopes for the user to enable.
    bool listScopes = false;
};

struct GuideSection {
    QString id;
    QString title;
    QString intro;
    QList<GuideStep> steps;
};

struct Guide {
    QString title; // the guide page's title for this method ("Create the Front token")
    QList<GuideSection> sections;
};

} // namespace keylink
