#pragma once

#include <QString>
#include <QStringList>

class QObject;

// Walks the accessibility tree (what a screen reader sees) from a widget and
// lists every visible control a person can operate that lacks an accessible
// name or description, as "Role 'name' (objectName): no description".
class AccessibilityAudit
{
public:
    static QStringList problems(QObject *root);
};
