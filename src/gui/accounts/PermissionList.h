#pragma once

#include "connect/VerificationResult.h"

#include <QWidget>

class QGridLayout;

namespace keylink {

// Each scope of an account with its last result: an icon and "granted",
// "missing" or "not checked" in its colour, and the reason below, wrapped at
// word boundaries. Rebuilt only when the results change, so a repaint of the
// details keeps focus and scroll position.
class PermissionList : public QWidget
{
    Q_OBJECT
public:
    explicit PermissionList(QWidget *parent = nullptr);
    void setPermissions(const QList<ScopeCheck> &permissions);
    static QString stateText(ScopeCheck::State state);

private:
    QGridLayout *m_grid = nullptr;
    QList<ScopeCheck> m_shown;
};

} // namespace keylink
