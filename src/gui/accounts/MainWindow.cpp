#include "accounts/MainWindow.h"

#include "accounts/AccountDelegate.h"
#include "accounts/AccountDetailsView.h"
#include "accounts/AccountListModel.h"
#include "accounts/AccountSortModel.h"
#include "accounts/ExpiryDialog.h"
#include "accounts/ListFilter.h"
#include "accounts/RenameDialog.h"
#include "accounts/UnlinkConfirmation.h"
#include "accounts/VerifyAllProgress.h"
#include "accounts/WizardSlot.h"
#include "link/AccountChecker.h"
#include "link/DeepLink.h"
#include "link/LinkService.h"
#include "services/Services.h"
#include "settings/Preferences.h"
#include "settings/SettingsDialog.h"
#include "store/AccessLog.h"
#include "store/AccountStore.h"
#include "ui_MainWindow.h"
#include "watch/BackgroundChecks.h"
#include "widgets/AboutBox.h"
#include "widgets/ClearButton.h"
#include "widgets/Icons.h"
#include "wizard/LinkWizard.h"
#include "wizard/PendingLink.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileInfo>
#include <QIcon>
#include <QListWidgetItem>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace keylink {

MainWindow::MainWindow(Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_services(services)
{
    m_ui->setupUi(this);
    ClearButton::describe(m_ui->filter);
    m_ui->emptyIcon->setPixmap(QIcon(u":/icons/keylink.svg"_s).pixmap(64, 64));
    showCatalog();
    m_model = new AccountListModel(services.catalog(), services.store(), this);
    m_sorted = new AccountSortModel(this);
    setUpActions();
    m_sorted->setSourceModel(m_model);
    m_ui->accountList->setModel(m_sorted);
    m_ui->accountList->setItemDelegate(new AccountDelegate(this));
    new ListFilter(m_ui->filter, m_ui->accountList, m_sorted);
    m_wizards = new WizardSlot(this);
    connect(m_wizards, &WizardSlot::linked, this, [this](const Account &a) { selectAccount(a.id); });
    AccountChecker &checker = services.checker();
    connect(&checker, &AccountChecker::started, this, [this](const QString &id) { m_model->setBusy(id, true); });
    connect(&checker, &AccountChecker::finished, this, &MainWindow::onChecked);
    // The source's signals: the proxy says a row went before the source has
    // let it go (it reacts to rowsAboutToBeRemoved).
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::showPage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::showPage);
    connect(m_sorted, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_ui->accountList->currentIndex().row();
        if (row >= from.row() && row <= to.row())
            showDetails(); // only the shown account's changes redraw the pane
    });
    connect(m_ui->accountList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showDetails();
        updateActions();
    });
    services.store().watch();
    // "verified 3 minutes ago" ages: repaint once a minute.
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, [this] {
        m_ui->accountList->viewport()->update();
        showDetails();
    });
    clock->start(60 * 1000);
    if (!services.store().problem().isEmpty())
        showProblem(services.store().problem()); // e.g. an old list that could not be imported

    const QSettings s = Preferences::settings();
    restoreGeometry(s.value(u"window/geometry"_s).toByteArray());
    m_ui->splitter->restoreState(s.value(u"window/splitter"_s).toByteArray());
    if (!s.contains(u"window/splitter"_s))
        m_ui->splitter->setSizes({440, 420});
    m_ui->actionSortByExpiry->setChecked(s.value(u"window/sortByExpiry"_s, false).toBool());
    showPage();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    using N = Icons::Name;
    const std::pair<QAction *, N> icons[] = {{m_ui->actionLink, N::Link}, {m_ui->actionVerify, N::Verify},
        {m_ui->actionVerifyAll, N::VerifyAll}, {m_ui->actionRelink, N::Relink}, {m_ui->actionRename, N::Rename},
        {m_ui->actionUnlink, N::Unlink}, {m_ui->actionCopyId, N::Copy}, {m_ui->actionOpenDashboard, N::OpenExternal},
        {m_ui->actionPreferences, N::Preferences}, {m_ui->actionAbout, N::About}, {m_ui->actionQuit, N::Quit},
        {m_ui->actionFind, N::Find}};
    for (const auto &[action, icon] : icons)
        action->setIcon(Icons::icon(icon));
    m_ui->linkButton->setIcon(m_ui->actionLink->icon());
    m_ui->details->setActions(m_ui->actionVerify, m_ui->actionRelink, m_ui->actionOpenDashboard, m_ui->actionCopyId);

    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { AboutBox::openFor(this); });
    connect(m_ui->linkButton, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_ui->actionLink, &QAction::triggered, this, [this] { openWizard(); });
    connect(m_ui->actionVerify, &QAction::triggered, this, &MainWindow::verifyCurrent);
    connect(m_ui->actionVerifyAll, &QAction::triggered, this, &MainWindow::verifyAll);
    connect(m_ui->actionRelink, &QAction::triggered, this, &MainWindow::relinkCurrent);
    connect(m_ui->actionRename, &QAction::triggered, this, &MainWindow::renameCurrent);
    connect(m_ui->actionUnlink, &QAction::triggered, this, &MainWindow::unlinkCurrent);
    connect(m_ui->actionCopyId, &QAction::triggered, this, &MainWindow::copyCurrentId);
    connect(m_ui->actionMakeDefault, &QAction::triggered, this, &MainWindow::makeCurrentDefault);
    connect(m_ui->actionOpenDashboard, &QAction::triggered, this, [this] {
        const Account *a = currentAccount();
        if (const Provider *p = a ? m_services.catalog().provider(a->providerId) : nullptr)
            QDesktopServices::openUrl(p->dashboard);
    });
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::openPreferences);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->filter->setFocus();
        m_ui->filter->selectAll();
    });
    connect(m_ui->actionSetExpiry, &QAction::triggered, this, &MainWindow::editExpiryCurrent);
    connect(m_ui->details, &AccountDetailsView::expiryEditRequested, this, &MainWindow::editExpiryCurrent);
    for (QAction *a : {m_ui->actionVerify, m_ui->actionRelink, m_ui->actionRename, m_ui->actionCopyId,
             m_ui->actionOpenDashboard, m_ui->actionMakeDefault, m_ui->actionSetExpiry, m_ui->actionUnlink})
        m_ui->accountList->addAction(a);
    auto *order = new QActionGroup(this);
    order->addAction(m_ui->actionSortByName);
    order->addAction(m_ui->actionSortByExpiry);
    connect(m_ui->actionSortByExpiry, &QAction::toggled, this, [this](bool soonest) {
        m_sorted->setOrder(soonest ? AccountSortModel::Order::ExpiresSoonest : AccountSortModel::Order::Name);
        Preferences::settings().setValue(u"window/sortByExpiry"_s, soonest);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s = Preferences::settings();
    s.setValue(u"window/geometry"_s, saveGeometry());
    s.setValue(u"window/splitter"_s, m_ui->splitter->saveState());
    QMainWindow::closeEvent(event);
    if (m_keepRunning && event->isAccepted())
        Q_EMIT closedToTray(); // hidden, not gone: the application does not quit on it
}

void MainWindow::showCatalog()
{
    const CatalogLoadResult &catalog = m_services.catalogLoad();
    m_ui->providerList->setAccessibleName(tr("Providers you can link"));
    const bool problems = !catalog.errors.isEmpty();
    m_ui->catalogProblems->setVisible(problems);
    if (problems) {
        QStringList lines;
        for (const CatalogError &e : catalog.errors)
            lines.append(e.toString().toHtmlEscaped());
        m_ui->catalogProblems->setText(tr("Some provider files were skipped:<br>%1").arg(lines.join(u"<br>"_s)));
    }
}

// Only the empty page lists the providers: filled when it is first shown,
// so that a start with accounts does not render every provider's icon.
void MainWindow::fillProviderList()
{
    if (m_ui->providerList->count() > 0)
        return;
    for (const Provider &p : m_services.catalog().providers()) {
        auto *item
            = new QListWidgetItem(QIcon(p.iconPath), u"%1 — %2"_s.arg(p.name, p.description), m_ui->providerList);
        item->setToolTip(p.homepage.toString());
    }
}

void MainWindow::showPage()
{
    const int count = m_model->rowCount();
    if (count == 0)
        fillProviderList();
    m_ui->pages->setCurrentWidget(count > 0 ? m_ui->accountsPage : m_ui->emptyPage);
    if (count > 0 && !m_ui->accountList->currentIndex().isValid())
        m_ui->accountList->setCurrentIndex(m_sorted->index(0, 0));
    // The desktop adds " — Keylink" (the application display name) itself.
    setWindowTitle(count == 0 ? u"Keylink"_s : tr("%n linked account(s)", nullptr, count));
    showDetails();
    updateActions();
}

const Account *MainWindow::currentAccount() const
{
    return m_model->account(m_sorted->mapToSource(m_ui->accountList->currentIndex()));
}

void MainWindow::selectAccount(const QString &accountId)
{
    m_ui->accountList->setCurrentIndex(m_sorted->mapFromSource(m_model->indexOf(accountId)));
}

void MainWindow::updateActions()
{
    const bool one = currentAccount() != nullptr;
    for (QAction *a : {m_ui->actionVerify, m_ui->actionRelink, m_ui->actionRename, m_ui->actionCopyId,
             m_ui->actionOpenDashboard, m_ui->actionUnlink})
        a->setEnabled(one);
    const Provider *provider = one ? m_services.catalog().provider(currentAccount()->providerId) : nullptr;
    const AuthMethod *method = provider ? provider->authMethod(currentAccount()->methodId) : nullptr;
    m_ui->actionSetExpiry->setEnabled(method && method->kind != AuthMethod::Kind::OAuth2);
    const Account *current = currentAccount();
    const Account *byDefault = current ? m_services.store().defaultFor(current->providerId) : nullptr;
    m_ui->actionMakeDefault->setEnabled(current && byDefault && byDefault->id != current->id);
    m_ui->actionVerifyAll->setEnabled(m_model->rowCount() > 0);
}

void MainWindow::showDetails()
{
    const Account *a = currentAccount();
    if (!a) {
        m_ui->details->clearAccount();
        return;
    }
    AccountUsage usage;
    const Account *defaultAccount = m_services.store().defaultFor(a->providerId);
    usage.isDefault = defaultAccount && defaultAccount->id == a->id;
    if (const std::optional<AccessLog::Entry> last = AccessLog::lastUse(a->id)) {
        usage.lastUsed = last->time;
        usage.lastUsedBy = QFileInfo(last->caller).fileName();
    }
    m_ui->details->showAccount(m_services.catalog(), m_model->indexOf(a->id), *a, usage);
    m_ui->actionMakeDefault->setEnabled(!usage.isDefault);
}

void MainWindow::makeCurrentDefault()
{
    const Account *a = currentAccount();
    QString error;
    if (a && !m_services.store().setDefault(a->id, &error))
        showProblem(error);
    showDetails();
}

void MainWindow::present(const QString &deepLink)
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    // An open wizard takes the focus: the window behind it takes no input.
    if ((deepLink.isEmpty() || !openWizard(deepLink)) && !m_wizards->bringForward())
        activateWindow();
}

bool MainWindow::openWizard(const QString &deepLink)
{
    auto wizard = std::make_unique<LinkWizard>(m_services);
    QString request = tr("You asked to link another account.");
    if (!deepLink.isEmpty()) {
        DeepLink link;
        QString error;
        if (!DeepLink::parse(deepLink, &link, &error) || !wizard->start(link, &error)) {
            showProblem(tr("Cannot open the link: %1").arg(error));
            return false;
        }
        request = tr("A link to %1 arrived.").arg(wizard->pending().provider()->name);
    }
    m_wizards->offer(std::move(wizard), request);
    return true;
}

LinkWizard *MainWindow::wizard() const
{
    return m_wizards->current();
}

void MainWindow::showProblem(const QString &text)
{
    m_ui->catalogProblems->setText(text.toHtmlEscaped());
    m_ui->catalogProblems->show();
}

void MainWindow::verifyCurrent()
{
    if (const Account *a = currentAccount())
        m_services.checker().check(a->id);
}

void MainWindow::verifyAll()
{
    if (!m_progress)
        m_progress = new VerifyAllProgress(m_services.checker(), statusBar());
    m_progress->start(m_services.store().ids());
}

void MainWindow::onChecked(const CheckOutcome &outcome)
{
    m_model->setBusy(outcome.accountId, false);
    // A keychain problem is the keychain's, not the account's: show it as such.
    m_model->setKeychainProblem(
        outcome.accountId, outcome.kind == CheckOutcome::Kind::KeychainFailed ? outcome.message : QString());
    // An account unlinked meanwhile has left the list: nothing to say.
    if (outcome.kind != CheckOutcome::Kind::Checked && outcome.kind != CheckOutcome::Kind::Gone)
        showProblem(outcome.message);
    const QModelIndex row = m_model->indexOf(outcome.accountId);
    // Verify all counts its own; a background check's news is the tray's.
    if (row.isValid() && !(m_progress && m_progress->isRunning())
        && !m_services.background().isChecking(outcome.accountId))
        statusBar()->showMessage(tr("%1: %2").arg(row.data(Qt::DisplayRole).toString(),
                                     row.data(AccountListModel::StatusTextRole).toString()),
            6000);
}

void MainWindow::relinkCurrent()
{
    if (const Account *a = currentAccount())
        relinkAccount(a->id);
}

bool MainWindow::relinkAccount(const QString &accountId)
{
    const Account *a = m_services.store().account(accountId);
    if (!a)
        return false;
    selectAccount(accountId);
    auto wizard = std::make_unique<LinkWizard>(m_services);
    QString error;
    if (!wizard->relink(*a, &error)) {
        showProblem(error);
        return false;
    }
    m_wizards->offer(std::move(wizard), tr("You asked to relink “%1”.").arg(a->displayName()));
    return true;
}

void MainWindow::editExpiryCurrent()
{
    const Account *a = currentAccount();
    if (!a)
        return;
    auto *dialog = new ExpiryDialog(AccountListModel::displayName(m_services.catalog(), *a), a->userExpiresAt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = a->id] {
        QString error;
        if (!m_services.links().setExpiry(id, dialog->expiry(), &error))
            showProblem(error);
    });
    dialog->open();
}

void MainWindow::renameCurrent()
{
    const Account *a = currentAccount();
    if (!a)
        return;
    const QModelIndex row = m_model->indexOf(a->id);
    auto *dialog = new RenameDialog(
        row.data(Qt::DisplayRole).toString(), row.data(AccountListModel::IdentityRole).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = a->id] {
        QString error;
        if (!m_services.links().rename(id, dialog->name(), &error))
            showProblem(error);
    });
    dialog->open();
}

void MainWindow::unlinkCurrent()
{
    const Account *a = currentAccount();
    if (!a)
        return;
    const QString id = a->id;
    const QModelIndex index = m_model->indexOf(id);
    UnlinkConfirmation::ask(this, index.data(Qt::DisplayRole).toString(),
        index.data(AccountListModel::ProviderNameRole).toString(), [this, id] {
            m_services.links().unlink(id, [this](const LinkOutcome &outcome) {
                if (!outcome.ok())
                    showProblem(outcome.message);
                else
                    statusBar()->showMessage(tr("Unlinked %1.").arg(outcome.account.displayName()), 4000);
            });
        });
}

void MainWindow::copyCurrentId()
{
    if (const Account *a = currentAccount()) {
        QGuiApplication::clipboard()->setText(a->id);
        statusBar()->showMessage(tr("Copied the account id"), 3000);
        m_ui->details->confirmCopied();
    }
}

void MainWindow::openPreferences()
{
    auto *dialog = new SettingsDialog(Preferences::load(), m_services.catalog(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Preferences chosen = dialog->preferences();
        QString error;
        if (!chosen.save(&error))
            showProblem(error);
        // From the next request on; the keychain's and the locks' waits stay.
        Timeouts timeouts = m_services.timeouts();
        timeouts.requestMs = chosen.timeouts().requestMs;
        m_services.setTimeouts(timeouts);
        statusBar()->showMessage(tr("Preferences saved."), 4000);
        Q_EMIT preferencesChanged(chosen);
    });
    dialog->open();
}

} // namespace keylink
