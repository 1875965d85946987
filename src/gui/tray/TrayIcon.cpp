#include "tray/TrayIcon.h"

#include "accounts/AccountListModel.h"
#include "store/AccountStore.h"
#include "widgets/Icons.h"
#include "widgets/StatusColours.h"

#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QPalette>
#include <QSystemTrayIcon>

#include <memory>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
// Keylink's icon, with a warning badge in its lower right corner when
// something needs attention: readable at 16 px, in any panel colour.
QIcon stateIcon(TrayIcon::State state)
{
    const QIcon base(u":/icons/keylink.svg"_s);
    if (state == TrayIcon::State::Fine)
        return base;
    QIcon icon;
    const QColor badge = StatusColours::warning(QGuiApplication::palette());
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal d = size * 0.55;
        const QRectF dot(size - d, size - d, d, d);
        p.setPen(QPen(Qt::white, std::max(1.0, size / 16.0)));
        p.setBrush(badge);
        p.drawEllipse(dot.adjusted(0.5, 0.5, -0.5, -0.5));
        QFont bold = QGuiApplication::font();
        bold.setBold(true);
        bold.setPixelSize(int(d * 0.8));
        p.setFont(bold);
        p.setPen(Qt::white);
        p.drawText(dot, Qt::AlignCenter, u"!"_s);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

TrayIcon::TrayIcon(const Catalog &catalog, AccountStore &store, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_store(store)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(new QSystemTrayIcon(this))
{
    m_menu->setAccessibleName(tr("Keylink"));
    m_verifyAll = m_menu->addAction(Icons::icon(Icons::Name::VerifyAll), tr("&Verify all accounts"));
    m_open = m_menu->addAction(tr("&Open Keylink"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(Icons::icon(Icons::Name::Quit), tr("&Quit Keylink"));
    connect(m_verifyAll, &QAction::triggered, this, &TrayIcon::verifyAllRequested);
    connect(m_open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested();
    });
    for (auto signal : {&AccountStore::accountAdded, &AccountStore::accountChanged, &AccountStore::accountRemoved})
        connect(&m_store, signal, this, &TrayIcon::rebuild);
    rebuild();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setVisible(bool visible)
{
    m_icon->setVisible(visible);
}

bool TrayIcon::isVisible() const
{
    return m_icon->isVisible();
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

void TrayIcon::setNews(const QString &news)
{
    m_news = news;
    rebuild();
}

void TrayIcon::showMessage(const QString &title, const QString &text)
{
    if (m_icon->isVisible() && QSystemTrayIcon::supportsMessages())
        m_icon->showMessage(title, text, m_icon->icon());
}

void TrayIcon::rebuild()
{
    qDeleteAll(m_attention);
    m_attention.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int attention = 0, unreachable = 0;
    QList<QAction *> entries;
    for (const Account &a : m_store.accounts()) {
        const Account::Status status = a.statusAt(now);
        if (status == Account::Status::Unreachable)
            ++unreachable;
        if (status != Account::Status::NeedsAttention && status != Account::Status::Expired)
            continue;
        ++attention;
        const QString name = AccountListModel::displayName(m_catalog, a);
        auto *entry = new QAction(Icons::icon(status == Account::Status::Expired ? Icons::Name::Expired
                                                                                  : Icons::Name::Attention),
            tr("Relink %1…").arg(name), m_menu.get());
        entry->setToolTip(a.statusMessage);
        connect(entry, &QAction::triggered, this, [this, id = a.id] { Q_EMIT relinkRequested(id); });
        entries.append(entry);
    }
    QAction *first = m_menu->actions().value(0);
    if (!entries.isEmpty()) {
        auto *header = new QAction(tr("%n account(s) need attention", nullptr, attention), m_menu.get());
        header->setEnabled(false);
        m_menu->insertAction(first, header);
        m_attention.append(header);
        m_menu->insertActions(first, entries);
        m_attention.append(entries);
        m_attention.append(m_menu->insertSeparator(first));
    }
    m_state = attention > 0 ? State::Attention : State::Fine;
    m_icon->setIcon(stateIcon(m_state));
    QStringList lines {u"Keylink"_s};
    const bool total = !m_store.ids().isEmpty();
    if (attention > 0)
        lines << tr("%n account(s) need attention", nullptr, attention);
    else if (total)
        lines << tr("No account needs attention");
    if (unreachable > 0)
        lines << tr("%n could not be checked", nullptr, unreachable);
    if (!m_news.isEmpty())
        lines << m_news;
    m_icon->setToolTip(lines.join(u'\n'));
}

} // namespace keylink
