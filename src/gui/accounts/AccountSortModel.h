#pragma once

#include <QSortFilterProxyModel>

namespace keylink {

// The linked accounts as the list pane shows them: by name, case-insensitive,
// narrowed by the filter text (matched against name, provider, identity and
// label), re-sorted as rows change.
class AccountSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AccountSortModel(QObject *parent = nullptr);
};

} // namespace keylink
