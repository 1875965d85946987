#pragma once

#include "catalog/AuthMethod.h"

#include <QAbstractTableModel>
#include <QList>

namespace keylink {

// The "Action | Scope(s)" table: one checkable row per action of a method.
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ActionColumn, ScopesColumn, ColumnCount };

    explicit ActionTableModel(QObject *parent = nullptr);

    void setMethod(const AuthMethod *method);
    QStringList checkedActions() const;
    void setCheckedActions(const QStringList &ids);
    void setChecked(const QList<int> &rows, bool checked);
    // Label, id and scopes in lower case, prepared once for the search.
    const QString &searchText(int row) const { return m_search.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void checkedChanged();

private:
    const AuthMethod *m_method = nullptr;
    QList<bool> m_checked;
    QStringList m_search;
};

} // namespace keylink
