#pragma once

#include "store/CheckRecord.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace keylink {

// An account's last checks as a small timeline in the details pane, newest
// first: runs of the same outcome folded into one entry ("Verified, 12
// checks, from 3 days ago to 2 hours ago"), each with a dot in its status
// colour on a line joining them, and the reason when there was one.
class CheckTimeline : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxEntries = 6;

    explicit CheckTimeline(QWidget *parent = nullptr);
    void setHistory(const QList<CheckRecord> &history);
    // What the entries say, newest first, one line each (tests, screen readers).
    QString summary() const { return m_summary; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Entry {
        CheckRecord::Outcome outcome;
        QWidget *row;
        QLabel *title;
    };
    static QString outcomeText(CheckRecord::Outcome outcome);
    QColor colour(CheckRecord::Outcome outcome) const;

    QVBoxLayout *m_layout = nullptr;
    QList<Entry> m_entries;
    QList<CheckRecord> m_history;
    QString m_summary;
};

} // namespace keylink
