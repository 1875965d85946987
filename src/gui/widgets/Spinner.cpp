#include "widgets/Spinner.h"

#include <QPainter>
#include <QTimer>

namespace keylink {

namespace {
constexpr int FrameMs = 40; // 25 frames a second: smooth without burning a core
constexpr int StepDegrees = 12;
} // namespace

Spinner::Spinner(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Working"));
    m_timer->setInterval(FrameMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + StepDegrees) % 360;
        update();
    });
}

QSize Spinner::sizeHint() const
{
    const int side = fontMetrics().height() + 4;
    return {side, side};
}

bool Spinner::isSpinning() const
{
    return m_timer->isActive();
}

void Spinner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal pen = qMax(2.0, width() / 8.0);
    const QRectF box = QRectF(rect()).adjusted(pen, pen, -pen, -pen);
    QColor track = palette().color(QPalette::WindowText);
    track.setAlphaF(0.15);
    p.setPen(QPen(track, pen));
    p.drawEllipse(box);
    p.setPen(QPen(palette().color(QPalette::Highlight), pen, Qt::SolidLine, Qt::RoundCap));
    // Qt counts 1/16 degrees, counter-clockwise from three o'clock.
    p.drawArc(box, (90 - m_angle) * 16, -100 * 16);
}

void Spinner::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
}

void Spinner::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

} // namespace keylink
