#include "settings/SettingsDialog.h"

#include "settings/ProxyReport.h"
#include "ui_SettingsDialog.h"

#include <QPushButton>
#include <QSet>

namespace keylink {

SettingsDialog::SettingsDialog(const Preferences &current, const Catalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // Extra height goes to the proxy list, not into gaps in the other groups
    // (uic in Qt 6.4 does not carry a layout's stretch over).
    m_ui->layout->setStretchFactor(m_ui->proxyGroup, 1);
    m_ui->timeout->setRange(Preferences::MinTimeoutSeconds, Preferences::MaxTimeoutSeconds);
    m_ui->timeout->setSuffix(tr(" seconds"));
    for (int hours : Preferences::CheckHourChoices) {
        const QString text = hours == 0 ? tr("Never")
            : hours == 1                ? tr("Every hour")
            : hours == 24               ? tr("Every day")
                                        : tr("Every %1 hours").arg(hours);
        m_ui->checkEvery->addItem(text, hours);
    }
    showPreferences(current);
    listProxies(catalog);

    m_ui->buttons->button(QDialogButtonBox::Ok)->setAccessibleDescription(tr("Keep these preferences"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Close without changing anything"));
    m_ui->buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setAccessibleDescription(tr("Put back the values Keylink starts with"));

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { showPreferences(Preferences()); });
}

SettingsDialog::~SettingsDialog() = default;

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.timeoutSeconds = m_ui->timeout->value();
    p.verifyAtStart = m_ui->verifyAtStart->isChecked();
    p.checkEveryHours = m_ui->checkEvery->currentData().toInt();
    p.startAtLogin = m_ui->startAtLogin->isChecked();
    return p;
}

void SettingsDialog::showPreferences(const Preferences &preferences)
{
    m_ui->timeout->setValue(preferences.timeoutSeconds);
    m_ui->verifyAtStart->setChecked(preferences.verifyAtStart);
    m_ui->checkEvery->setCurrentIndex(m_ui->checkEvery->findData(preferences.checkEveryHours));
    m_ui->startAtLogin->setChecked(preferences.startAtLogin);
}

void SettingsDialog::listProxies(const Catalog &catalog)
{
    QSet<QString> seen;
    auto add = [this, &seen](const Provider &provider, const QUrl &url) {
        if (!url.isValid() || seen.contains(url.host()))
            return;
        seen.insert(url.host());
        auto *row = new QTreeWidgetItem(
            m_ui->proxies, {provider.name, url.host(), ProxyReport::describe(ProxyReport::proxyFor(url))});
        row->setToolTip(2, row->text(2));
    };
    for (const Provider &provider : catalog.providers()) {
        for (const AuthMethod &method : provider.authMethods) {
            for (const Environment &environment : method.environments)
                add(provider, environment.baseUrl);
            if (method.oauth)
                add(provider, method.oauth->tokenUrl);
        }
    }
    m_ui->proxies->resizeColumnToContents(0);
    m_ui->proxies->resizeColumnToContents(1);
}

} // namespace keylink
