#include "wizard/StepList.h"

#include "widgets/Icons.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keylink {

StepList::StepList(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"steps"_s);
    setAccessibleName(tr("Steps"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 18, 12);
    layout->setSpacing(10);
    layout->addStretch();
    setMinimumWidth(150);
}

void StepList::setSteps(const QList<Step> &steps)
{
    qDeleteAll(m_labels);
    m_labels.clear();
    m_steps = steps;
    auto *column = static_cast<QVBoxLayout *>(layout());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        auto *label = new QLabel(this);
        label->setObjectName(u"step_%1"_s.arg(i));
        label->setTextFormat(Qt::PlainText);
        column->insertWidget(int(i), label);
        m_labels.append(label);
    }
    restyle();
}

void StepList::setCurrent(int pageId)
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).pageId == pageId)
            m_current = int(i);
    }
    restyle();
}

QString StepList::currentTitle() const
{
    return m_current >= 0 && m_current < m_steps.size() ? m_steps.at(m_current).title : QString();
}

void StepList::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

void StepList::restyle()
{
    const int n = int(m_steps.size());
    for (int i = 0; i < n; ++i) {
        QLabel *label = m_labels.at(i);
        const bool current = i == m_current;
        const bool done = i < m_current;
        // A tick for what is behind, the step number for the rest.
        label->setText(done ? u"✓  "_s + m_steps.at(i).title : u"%1  %2"_s.arg(i + 1).arg(m_steps.at(i).title));
        QFont font = this->font();
        font.setBold(current);
        label->setFont(font);
        QPalette palette = this->palette();
        const QPalette::ColorRole role = current ? QPalette::Highlight : QPalette::WindowText;
        QColor colour = palette.color(role);
        if (!current && !done)
            colour = palette.color(QPalette::PlaceholderText); // steps still ahead recede
        palette.setColor(QPalette::WindowText, colour);
        label->setPalette(palette);
        const QString state = current ? tr("current step") : done ? tr("done") : tr("to do");
        label->setAccessibleName(tr("Step %1 of %2: %3").arg(i + 1).arg(n).arg(m_steps.at(i).title));
        label->setAccessibleDescription(state);
    }
    if (m_current >= 0)
        setAccessibleDescription(tr("Step %1 of %2: %3").arg(m_current + 1).arg(n).arg(currentTitle()));
}

} // namespace keylink
