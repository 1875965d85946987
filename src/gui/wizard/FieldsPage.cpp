#include "wizard/FieldsPage.h"

#include "ui_FieldsPage.h"
#include "widgets/ExpiryDateEdit.h"
#include "widgets/Icons.h"
#include "widgets/StatusColours.h"
#include "wizard/PendingLink.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
// What a screen reader says about a field: what is wrong with it, else its hint.
QString describeField(const Field &field, bool wrong)
{
    return wrong || field.hint.isEmpty() ? field.patternMessage : field.hint;
}

// An empty field is not wrong, only not done: Next says that much.
bool isWrong(const Field &field, const QString &text)
{
    return !text.isEmpty() && !field.accepts(text);
}
} // namespace

FieldsPage::FieldsPage(PendingLink &link, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::FieldsPage>())
    , m_link(link)
{
    m_ui->setupUi(this);
    m_ui->environment->hide();
    connect(m_ui->accountLabel, &QLineEdit::textChanged, this,
        [this](const QString &text) { m_link.setLabel(text.trimmed()); });
    // Below the label: a token created with an end date gets reminders.
    m_expiry = new ExpiryDateEdit(this);
    m_expiry->setObjectName(u"expiry"_s);
    m_ui->form->addRow(tr("End date (optional):"), m_expiry);
    connect(m_expiry, &ExpiryDateEdit::changed, this, [this] { m_link.setExpiresOn(m_expiry->expiry()); });
}

FieldsPage::~FieldsPage() = default;

void FieldsPage::initializePage()
{
    if (m_builtFor != m_link.method())
        build();
    // A token is verified as soon as the next page opens, so Next says so.
    // OAuth's next page waits for its Connect button: the wizard's own text.
    // A page's button text cannot be unset, hence the wizard's text rather
    // than nothing when the method changes from a token to OAuth.
    const AuthMethod *method = m_link.method();
    // An OAuth sign-in's tokens are renewed by Keylink: no date to enter.
    m_ui->form->setRowVisible(m_expiry, method && method->kind != AuthMethod::Kind::OAuth2);
    m_expiry->setExpiry(m_link.expiresOn());
    if (method && method->kind != AuthMethod::Kind::OAuth2)
        setButtonText(QWizard::NextButton, tr("&Verify"));
    else if (wizard())
        setButtonText(QWizard::NextButton, wizard()->buttonText(QWizard::NextButton));
}

void FieldsPage::build()
{
    // The provider's fields are the form's first rows; the environment and
    // the account label (from the .ui) stay below them, in the same columns.
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_ui->form->removeRow(0);
    m_rows.clear();
    m_builtFor = m_link.method();
    if (!m_link.method())
        return;
    QWidget *previous = nullptr;
    for (const Field &field : m_link.method()->fields) {
        auto *cell = new QWidget(this);
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        auto *edit = new QLineEdit(cell);
        edit->setObjectName(u"field_"_s + field.id);
        edit->setAccessibleName(field.label);
        edit->setAccessibleDescription(describeField(field, false));
        // Relinking: a secret is never read back into the form, only named.
        edit->setPlaceholderText(field.isSecret() && !m_link.relinkId().isEmpty()
                ? tr("Stored in your keychain; paste a new one to replace it")
                : field.hint);
        const QString value = m_link.fields().value(field.id);
        edit->setText(value.isEmpty() ? field.defaultValue : value); // GitLab's host: gitlab.com
        if (value.isEmpty() && !field.defaultValue.isEmpty())
            m_link.setField(field.id, field.defaultValue);
        column->addWidget(edit);
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        if (field.isSecret()) {
            edit->setEchoMode(QLineEdit::Password);
            addShowToggle(field, edit);
        }
        auto *error = new QLabel(cell);
        error->setObjectName(u"error_"_s + field.id);
        error->setWordWrap(true);
        QPalette palette = error->palette();
        palette.setColor(QPalette::WindowText, StatusColours::error(palette));
        error->setPalette(palette);
        error->hide();
        column->addWidget(error);
        // Restarted at every keystroke: the error waits for a pause.
        auto *errorDelay = new QTimer(cell);
        errorDelay->setObjectName(u"errorDelay_"_s + field.id);
        errorDelay->setSingleShot(true);
        errorDelay->setInterval(ErrorDelay);

        // "%1:" so that a translation can put its own space before the colon.
        auto *caption = new QLabel(tr("%1:", "form caption: a field's name").arg(field.label), this);
        caption->setBuddy(edit);
        m_ui->form->insertRow(int(m_rows.size()), caption, cell);
        const Row row {&field, edit, error, errorDelay};
        m_rows.append(row);
        connect(edit, &QLineEdit::textChanged, this, [this, row] { onEdited(row); });
        auto reveal = [this, row] {
            row.errorDelay->stop();
            setErrorShown(row, isWrong(*row.field, row.edit->text()));
        };
        connect(edit, &QLineEdit::editingFinished, this, reveal);
        connect(errorDelay, &QTimer::timeout, this, reveal);
    }
    if (previous)
        setTabOrder(previous, m_ui->accountLabel);
    setTabOrder(m_ui->accountLabel, m_expiry->checkBox());
    setTabOrder(m_expiry->checkBox(), m_expiry->dateEdit());
    m_ui->accountLabel->setText(m_link.label());
    showEnvironment();
}

// Inside the input, not beside it: the input keeps its width whatever the
// toggle says, and lines up with the others.
void FieldsPage::addShowToggle(const Field &field, QLineEdit *edit)
{
    auto *toggle = new QAction(edit);
    toggle->setObjectName(u"show_"_s + field.id);
    toggle->setCheckable(true);
    // The icon takes no focus: from the keyboard, Ctrl+H in the input.
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    toggle->setShortcutContext(Qt::WidgetShortcut);
    auto describe = [toggle, label = field.label](bool shown) {
        toggle->setIcon(Icons::icon(shown ? Icons::Name::Conceal : Icons::Name::Reveal));
        toggle->setText(shown ? tr("Hide %1").arg(label) : tr("Show %1").arg(label));
        toggle->setToolTip(tr("%1 (%2)").arg(toggle->text(), toggle->shortcut().toString(QKeySequence::NativeText)));
    };
    describe(false);
    connect(toggle, &QAction::toggled, edit, [edit, describe](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        describe(shown);
    });
    edit->addAction(toggle, QLineEdit::TrailingPosition);
}

void FieldsPage::onEdited(const Row &row)
{
    const QString text = row.edit->text();
    // Pasted tokens often bring a newline or spaces with them.
    if (text != text.trimmed()) {
        row.edit->setText(text.trimmed());
        return;
    }
    m_link.setField(row.field->id, text);
    // Half a token is not a mistake yet: a wrong field speaks once the user
    // leaves it or pauses. An error already shown goes as soon as it is fixed.
    if (!isWrong(*row.field, text)) {
        row.errorDelay->stop();
        setErrorShown(row, false);
    } else if (row.error->isHidden()) {
        row.errorDelay->start();
    }
    showEnvironment();
    Q_EMIT completeChanged();
}

void FieldsPage::setErrorShown(const Row &row, bool shown)
{
    row.error->setText(shown ? row.field->patternMessage : QString());
    row.error->setVisible(shown);
    row.edit->setAccessibleDescription(describeField(*row.field, shown));
}

void FieldsPage::showEnvironment()
{
    const AuthMethod *method = m_link.method();
    if (!method || method->environmentField.isEmpty()) {
        m_ui->environment->hide();
        return;
    }
    const QString value = m_link.fields().value(method->environmentField);
    const Field *field = method->field(method->environmentField);
    const Environment *env = field && field->accepts(value) ? method->environmentFor(value) : nullptr;
    m_ui->environment->setVisible(env);
    if (env)
        m_ui->environment->setText(tr("This token is for %1 (%2).").arg(env->label, env->baseUrl.host()));
}

bool FieldsPage::isComplete() const
{
    if (m_rows.isEmpty())
        return false;
    for (const Row &row : m_rows) {
        if (!row.field->accepts(row.edit->text()))
            return false;
    }
    return true;
}

} // namespace keylink
