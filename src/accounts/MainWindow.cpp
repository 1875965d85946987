#include "accounts/MainWindow.h"

#include "accounts/AccountDelegate.h"
#include "accounts/AccountListModel.h"
#include "accounts/RelativeTime.h"
#include "core/ClearButton.h"
#include "link/AccountChecker.h"
#include "link/DeepLink.h"
#include "link/LinkService.h"
#include "oauth/TokenRefresher.h"
#include "settings/Preferences.h"
#include "settings/SettingsDialog.h"
#include "store/AccountStore.h"
#include "ui_MainWindow.h"
#include "vault/CredentialVault.h"
#include "wizard/LinkWizard.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QIcon>
#include <QInputDialog>
#include <QListWidgetItem>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace keylink {

MainWindow::MainWindow(CatalogLoadResult catalog, LinkContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_catalog(std::move(catalog))
    , m_context(std::move(context))
{
    m_ui->setupUi(this);
    ClearButton::describe(m_ui->filter);
    m_context.catalog = &m_catalog.catalog;
    m_ui->emptyIcon->setPixmap(QIcon(u":/icons/keylink.svg"_s).pixmap(64, 64));
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Keylink"),
            tr("<b>Keylink %1</b><p>Links your SaaS accounts by following each provider's own "
               "guide, and keeps their secrets in your system keychain.</p>")
                .arg(QApplication::applicationVersion()),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    showCatalog();

    const bool canLink = m_context.network && m_context.secrets && m_context.store;
    m_ui->linkButton->setEnabled(canLink);
    m_ui->actionLink->setEnabled(canLink);
    connect(m_ui->linkButton, &QPushButton::clicked, this, [this] { openWizard(); });
    connect(m_ui->actionLink, &QAction::triggered, this, [this] { openWizard(); });
    if (canLink) {
        m_model = new AccountListModel(m_catalog.catalog, *m_context.store, this);
        m_sorted = new QSortFilterProxyModel(this);
        m_sorted->setSourceModel(m_model);
        m_sorted->setSortRole(Qt::DisplayRole);
        m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
        m_sorted->setFilterRole(AccountListModel::FilterRole);
        m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
        m_sorted->setDynamicSortFilter(true);
        m_sorted->sort(0);
        m_ui->accountList->setModel(m_sorted);
        m_ui->accountList->setItemDelegate(new AccountDelegate(this));
        m_refresher = new TokenRefresher(
            m_catalog.catalog, m_context.network, m_context.hostMap, *m_context.secrets, *m_context.store, this);
        m_refresher->setTimeout(m_context.timeoutMs);
        m_checker = new AccountChecker(m_catalog.catalog, m_context.network, m_context.hostMap, *m_context.secrets,
            *m_context.store, *m_refresher, this);
        m_checker->setTimeout(m_context.timeoutMs);
        m_links = new LinkService(*m_context.secrets, *m_context.store, this);
        connect(m_checker, &AccountChecker::started, this, [this](const QString &id) { m_model->setBusy(id, true); });
        connect(m_checker, &AccountChecker::finished, this, &MainWindow::onChecked);
        connect(m_sorted, &QAbstractItemModel::modelReset, this, &MainWindow::showPage);
        connect(m_sorted, &QAbstractItemModel::rowsInserted, this, &MainWindow::showPage);
        connect(m_sorted, &QAbstractItemModel::rowsRemoved, this, &MainWindow::showPage);
        connect(m_sorted, &QAbstractItemModel::dataChanged, this, &MainWindow::showDetails);
        connect(m_ui->accountList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
            showDetails();
            updateActions();
        });
        connect(m_ui->filter, &QLineEdit::textChanged, m_sorted, &QSortFilterProxyModel::setFilterFixedString);
        m_context.store->watch();
        // "verified 3 minutes ago" ages: repaint once a minute.
        auto *clock = new QTimer(this);
        connect(clock, &QTimer::timeout, this, [this] {
            m_ui->accountList->viewport()->update();
            showDetails();
        });
        clock->start(60 * 1000);
        if (!m_context.store->problem().isEmpty())
            showProblem(m_context.store->problem()); // e.g. an old list that could not be imported
    }

    connect(m_ui->actionVerify, &QAction::triggered, this, &MainWindow::verifyCurrent);
    connect(m_ui->actionVerifyAll, &QAction::triggered, this, &MainWindow::verifyAll);
    connect(m_ui->actionRelink, &QAction::triggered, this, &MainWindow::relinkCurrent);
    connect(m_ui->actionRename, &QAction::triggered, this, &MainWindow::renameCurrent);
    connect(m_ui->actionUnlink, &QAction::triggered, this, &MainWindow::unlinkCurrent);
    connect(m_ui->actionCopyId, &QAction::triggered, this, [this] {
        if (const Account *a = currentAccount()) {
            QGuiApplication::clipboard()->setText(a->id);
            statusBar()->showMessage(tr("Copied the account id %1").arg(a->id), 4000);
        }
    });
    connect(m_ui->actionOpenDashboard, &QAction::triggered, this, [this] {
        const Account *a = currentAccount();
        if (const Provider *p = a ? m_catalog.catalog.provider(a->providerId) : nullptr)
            QDesktopServices::openUrl(p->dashboard);
    });
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::openPreferences);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->filter->setFocus();
        m_ui->filter->selectAll();
    });
    for (QAction *a : {m_ui->actionVerify, m_ui->actionRelink, m_ui->actionRename, m_ui->actionCopyId,
             m_ui->actionOpenDashboard, m_ui->actionUnlink})
        m_ui->accountList->addAction(a);

    const QSettings s = Preferences::settings();
    restoreGeometry(s.value(u"window/geometry"_s).toByteArray());
    m_ui->splitter->restoreState(s.value(u"window/splitter"_s).toByteArray());
    if (!s.contains(u"window/splitter"_s))
        m_ui->splitter->setSizes({420, 340});
    showPage();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s = Preferences::settings();
    s.setValue(u"window/geometry"_s, saveGeometry());
    s.setValue(u"window/splitter"_s, m_ui->splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showCatalog()
{
    for (const Provider &p : m_catalog.catalog.providers()) {
        auto *item
            = new QListWidgetItem(QIcon(p.iconPath), u"%1 — %2"_s.arg(p.name, p.description), m_ui->providerList);
        item->setToolTip(p.homepage.toString());
    }
    m_ui->providerList->setAccessibleName(tr("Providers you can link"));
    const bool problems = !m_catalog.errors.isEmpty();
    m_ui->catalogProblems->setVisible(problems);
    if (problems) {
        QStringList lines;
        for (const CatalogError &e : m_catalog.errors)
            lines.append(e.toString().toHtmlEscaped());
        m_ui->catalogProblems->setText(tr("Some provider files were skipped:<br>%1").arg(lines.join(u"<br>"_s)));
    }
}

void MainWindow::showPage()
{
    const bool any = m_model && m_model->rowCount() > 0;
    m_ui->pages->setCurrentWidget(any ? m_ui->accountsPage : m_ui->emptyPage);
    if (any && !m_ui->accountList->currentIndex().isValid())
        m_ui->accountList->setCurrentIndex(m_sorted->index(0, 0));
    const int count = m_model ? m_model->rowCount() : 0;
    setWindowTitle(count == 0 ? u"Keylink"_s : tr("Keylink — %n linked account(s)", nullptr, count));
    showDetails();
    updateActions();
}

const Account *MainWindow::currentAccount() const
{
    if (!m_sorted)
        return nullptr;
    return m_model->account(m_sorted->mapToSource(m_ui->accountList->currentIndex()));
}

void MainWindow::selectAccount(const QString &accountId)
{
    if (m_model)
        m_ui->accountList->setCurrentIndex(m_sorted->mapFromSource(m_model->indexOf(accountId)));
}

void MainWindow::updateActions()
{
    const bool one = currentAccount() != nullptr;
    for (QAction *a : {m_ui->actionVerify, m_ui->actionRelink, m_ui->actionRename, m_ui->actionCopyId,
             m_ui->actionOpenDashboard, m_ui->actionUnlink})
        a->setEnabled(one);
    m_ui->actionVerifyAll->setEnabled(m_model && m_model->rowCount() > 0);
}

void MainWindow::showDetails()
{
    const Account *a = currentAccount();
    if (!a) {
        m_ui->details->clear();
        return;
    }
    const QModelIndex index = m_model->indexOf(a->id);
    const Provider *provider = m_catalog.catalog.provider(a->providerId);
    const AuthMethod *method = provider ? provider->authMethod(a->methodId) : nullptr;
    auto row = [](const QString &label, const QString &value) {
        return u"<tr><td valign='top'><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(), value);
    };
    QString html = u"<h3>%1</h3>"_s.arg(index.data(Qt::DisplayRole).toString().toHtmlEscaped());
    const QString statusMessage = index.data(AccountListModel::StatusMessageRole).toString();
    html += u"<p><b>%1</b>%2</p>"_s.arg(index.data(AccountListModel::StatusTextRole).toString().toHtmlEscaped(),
        statusMessage.isEmpty() ? QString() : u" — "_s + statusMessage.toHtmlEscaped());
    html += u"<table>"_s;
    html += row(tr("Provider"), (provider ? provider->name : a->providerId).toHtmlEscaped());
    html += row(tr("Method"), (method ? method->label : a->methodId).toHtmlEscaped());
    html += row(tr("Account"), index.data(AccountListModel::IdentityRole).toString().toHtmlEscaped());
    html += row(tr("Environment"), index.data(AccountListModel::EnvironmentRole).toString().toHtmlEscaped());
    for (auto it = a->fields.cbegin(); it != a->fields.cend(); ++it) {
        const Field *f = method ? method->field(it.key()) : nullptr;
        html += row(f ? f->label : it.key(), it.value().toHtmlEscaped());
    }
    QStringList actions;
    for (const QString &id : a->actions) {
        const Action *action = method ? method->action(id) : nullptr;
        actions.append((action ? action->label : id).toHtmlEscaped());
    }
    if (!actions.isEmpty())
        html += row(tr("Actions"), actions.join(u", "_s));
    html += row(tr("Linked"), QLocale().toString(a->linkedAt.toLocalTime(), QLocale::ShortFormat));
    html += row(tr("Last verified"), RelativeTime::ago(a->lastVerified).toHtmlEscaped());
    if (a->tokenExpiresAt.isValid()) // OAuth: refreshed by itself before use
        html += row(tr("Access token"),
            tr("expires %1; Keylink refreshes it before use")
                .arg(RelativeTime::until(a->tokenExpiresAt))
                .toHtmlEscaped());
    html += row(tr("Secret"),
        tr("in the system keychain (service “%1”, entry %2)")
            .arg(CredentialVault::serviceName(), a->id)
            .toHtmlEscaped());
    html += row(tr("Account id"), a->id);
    html += u"</table>"_s;
    if (!a->permissions.isEmpty()) {
        html += u"<h4>%1</h4><table>"_s.arg(tr("Scopes"));
        for (const ScopeCheck &p : a->permissions) {
            const QString state = p.state == ScopeCheck::State::Granted ? tr("granted")
                : p.state == ScopeCheck::State::Missing                 ? tr("missing")
                                                                        : tr("not checked");
            html += u"<tr><td><code>%1</code>&nbsp;&nbsp;</td><td>%2</td><td><small>%3</small></td></tr>"_s.arg(
                p.scope.toHtmlEscaped(), state, p.message.toHtmlEscaped());
        }
        html += u"</table>"_s;
    }
    m_ui->details->setHtml(html);
}

bool MainWindow::openWizard(const QString &deepLink)
{
    if (!m_context.network)
        return false;
    auto *wizard = new LinkWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!deepLink.isEmpty()) {
        DeepLink link;
        QString error;
        if (!DeepLink::parse(deepLink, &link, &error) || !wizard->start(link, &error)) {
            delete wizard;
            showProblem(tr("Cannot open the link: %1").arg(error));
            return false;
        }
    }
    connect(wizard, &LinkWizard::linked, this, [this](const Account &a) { selectAccount(a.id); });
    wizard->open(); // window-modal, without a nested event loop
    return true;
}

void MainWindow::showProblem(const QString &text)
{
    m_ui->catalogProblems->setText(text.toHtmlEscaped());
    m_ui->catalogProblems->show();
}

void MainWindow::verifyCurrent()
{
    if (const Account *a = currentAccount())
        m_checker->check(a->id);
}

void MainWindow::verifyAll()
{
    if (!m_checker)
        return;
    for (const QString &id : m_context.store->ids()) {
        if (!m_verifyQueue.contains(id))
            m_verifyQueue.append(id);
    }
    startQueuedChecks();
}

void MainWindow::startQueuedChecks()
{
    // A few per turn of the event loop: starting a check costs up to 1.5 ms
    // (keychain job, request, row update); starting 200 at once froze the
    // window for over 100 ms, and 8 per turn still for 12-14 ms a turn
    // (bench/bench_verifyall).
    constexpr int ChecksPerTurn = 4;
    for (int i = 0; i < ChecksPerTurn && !m_verifyQueue.isEmpty(); ++i)
        m_checker->check(m_verifyQueue.takeFirst());
    if (!m_verifyQueue.isEmpty())
        QTimer::singleShot(0, this, &MainWindow::startQueuedChecks);
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
    if (m_checker->running() == 0 && m_verifyQueue.isEmpty())
        statusBar()->showMessage(tr("Verification finished."), 4000);
    showDetails();
}

void MainWindow::relinkCurrent()
{
    const Account *a = currentAccount();
    if (!a)
        return;
    auto *wizard = new LinkWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!wizard->relink(*a, &error)) {
        delete wizard;
        showProblem(error);
        return;
    }
    wizard->open();
}

void MainWindow::renameCurrent()
{
    const Account *a = currentAccount();
    if (!a)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename account"));
    dialog->setLabelText(tr("Label for %1:").arg(a->identityName));
    dialog->setTextValue(a->label);
    const QString id = a->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &text) {
        // On the account as stored now: another process may have changed it.
        QString error;
        const QString label = text.trimmed();
        if (m_context.store->update(
                id,
                [&](Account &a) {
                    a.label = label;
                    return true;
                },
                &error)
            != AccountStore::Result::Done)
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
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unlink account"),
        tr("Unlink “%1” (%2)?")
            .arg(index.data(Qt::DisplayRole).toString(), index.data(AccountListModel::ProviderNameRole).toString()),
        QMessageBox::Cancel, this);
    box->setInformativeText(tr("Its secret is removed from your keychain and it leaves this list. The token itself "
                               "stays valid at the provider until you revoke it there."));
    QPushButton *unlink = box->addButton(tr("&Unlink"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, unlink](QAbstractButton *button) {
        if (button != unlink)
            return;
        m_links->unlink(id, [this](const LinkOutcome &outcome) {
            if (!outcome.ok())
                showProblem(outcome.message);
            else
                statusBar()->showMessage(tr("Unlinked %1.").arg(outcome.account.displayName()), 4000);
        });
    });
    box->open();
}

void MainWindow::openPreferences()
{
    auto *dialog = new SettingsDialog(Preferences::load(), m_catalog.catalog, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Preferences chosen = dialog->preferences();
        chosen.save();
        applyPreferences(chosen);
        statusBar()->showMessage(tr("Preferences saved."), 4000);
    });
    dialog->open();
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    m_context.timeoutMs = preferences.timeoutSeconds * 1000;
    if (m_checker)
        m_checker->setTimeout(m_context.timeoutMs);
    if (m_refresher)
        m_refresher->setTimeout(m_context.timeoutMs);
}

} // namespace keylink
