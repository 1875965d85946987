#pragma once

#include <QWidget>

class QTimer;

namespace keylink {

// A small indeterminate activity indicator: an arc turning in the palette's
// highlight colour. It turns only while shown, so a hidden spinner costs no
// wake-ups.
class Spinner : public QWidget
{
    Q_OBJECT
public:
    explicit Spinner(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    bool isSpinning() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer *m_timer = nullptr;
    int m_angle = 0; // degrees, clockwise from twelve o'clock
};

} // namespace keylink
