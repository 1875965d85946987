#pragma once

#include "widgets/Icons.h"

#include <QLabel>

namespace keylink {

// An account's status as a small rounded chip: the status icon and text in
// the status colour on a tint of it ("Verified" in green, "Needs attention"
// in orange). A QLabel underneath, so screen readers read its text.
class StatusChip : public QLabel
{
    Q_OBJECT
public:
    explicit StatusChip(QWidget *parent = nullptr);
    void setStatus(Icons::Name icon, const QString &text);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor colour() const;
    Icons::Name m_icon = Icons::Name::NotChecked;
};

} // namespace keylink
