#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace keylink {

// The wizard's steps beside its pages: Provider · Permissions · Guide ·
// Credentials · Verify · Done, the current one marked and those behind it
// ticked, so the user always sees where they are and how far is left. A
// step the chosen method does not need is left out. Screen readers hear the
// list's name and "Step 3 of 6: Guide".
class StepList : public QWidget
{
    Q_OBJECT
public:
    struct Step {
        int pageId;
        QString title;
    };
    explicit StepList(QWidget *parent = nullptr);

    void setSteps(const QList<Step> &steps);
    // The step showing `pageId` becomes current.
    void setCurrent(int pageId);
    int currentIndex() const { return m_current; }
    QString currentTitle() const;
    int count() const { return int(m_steps.size()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QList<Step> m_steps;
    QList<QLabel *> m_labels;
    int m_current = -1;
};

} // namespace keylink
