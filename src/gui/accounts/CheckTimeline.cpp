#include "accounts/CheckTimeline.h"

#include "accounts/RelativeTime.h"
#include "widgets/StatusColours.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
constexpr int DotColumn = 18; // the line and dots live in this left margin
constexpr int DotRadius = 4;

QLabel *rowLabel(const QString &text, QWidget *parent, bool dim)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (dim) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        label->setPalette(p);
    }
    return label;
}
} // namespace

CheckTimeline::CheckTimeline(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(DotColumn + 4, 0, 0, 0);
    m_layout->setSpacing(8);
    setAccessibleName(tr("Check history"));
}

QString CheckTimeline::outcomeText(CheckRecord::Outcome outcome)
{
    switch (outcome) {
    case CheckRecord::Outcome::ScopesMissing:
        return tr("Scopes missing");
    case CheckRecord::Outcome::Rejected:
        return tr("Refused by the provider");
    case CheckRecord::Outcome::Unreachable:
        return tr("Could not reach the provider");
    case CheckRecord::Outcome::Verified:
        break;
    }
    return tr("Verified");
}

QColor CheckTimeline::colour(CheckRecord::Outcome outcome) const
{
    switch (outcome) {
    case CheckRecord::Outcome::Verified:
        return StatusColours::success(palette());
    case CheckRecord::Outcome::ScopesMissing:
    case CheckRecord::Outcome::Rejected:
        return StatusColours::warning(palette());
    case CheckRecord::Outcome::Unreachable:
        break;
    }
    return palette().color(QPalette::PlaceholderText);
}

void CheckTimeline::setHistory(const QList<CheckRecord> &history)
{
    m_history = history;
    for (const Entry &e : std::as_const(m_entries))
        delete e.row;
    m_entries.clear();
    QStringList lines;
    if (history.isEmpty()) {
        auto *row = new QWidget(this);
        auto *layout = new QVBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *none = rowLabel(tr("Not checked yet."), row, true);
        layout->addWidget(none);
        m_layout->addWidget(row);
        m_entries.append({CheckRecord::Outcome::Unreachable, row, none});
        lines << none->text();
    }
    // Newest first; a run of the same outcome and reason is one entry.
    for (qsizetype end = history.size(); end > 0 && m_entries.size() < MaxEntries;) {
        const CheckRecord &newest = history.at(end - 1);
        qsizetype start = end - 1;
        while (start > 0 && history.at(start - 1).outcome == newest.outcome
            && history.at(start - 1).reason == newest.reason)
            --start;
        const int count = int(end - start);
        const QDateTime oldest = history.at(start).time;
        auto *row = new QWidget(this);
        auto *layout = new QVBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(1);
        auto *title = rowLabel(outcomeText(newest.outcome), row, false);
        layout->addWidget(title);
        const QString when = count == 1 ? RelativeTime::ago(newest.time)
                                        : tr("%n check(s), from %1 to %2", nullptr, count)
                                              .arg(RelativeTime::ago(oldest), RelativeTime::ago(newest.time));
        layout->addWidget(rowLabel(when, row, true));
        if (!newest.reason.isEmpty())
            layout->addWidget(rowLabel(newest.reason, row, true));
        m_layout->addWidget(row);
        m_entries.append({newest.outcome, row, title});
        lines << u"%1, %2%3"_s.arg(title->text(), when, newest.reason.isEmpty() ? QString() : u": "_s + newest.reason);
        end = start;
    }
    m_summary = lines.join(u'\n');
    setAccessibleDescription(m_summary);
    update();
}

void CheckTimeline::paintEvent(QPaintEvent *)
{
    if (m_entries.isEmpty() || m_history.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int x = DotColumn / 2 + 2;
    auto centre = [](const Entry &e) { return e.row->y() + e.title->y() + e.title->height() / 2; };
    QPen line(palette().color(QPalette::PlaceholderText), 1.5);
    p.setPen(line);
    p.drawLine(QPointF(x, centre(m_entries.first())), QPointF(x, centre(m_entries.last())));
    for (const Entry &e : std::as_const(m_entries)) {
        const QColor c = colour(e.outcome);
        p.setPen(QPen(c, 1.5));
        // Unreachable is a hollow dot: no verdict on the credential.
        p.setBrush(e.outcome == CheckRecord::Outcome::Unreachable ? palette().color(QPalette::Window) : c);
        p.drawEllipse(QPointF(x, centre(e)), DotRadius, DotRadius);
    }
}

} // namespace keylink
