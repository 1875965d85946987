#include "wizard/FieldsPage.h"

#include "ui_FieldsPage.h"
#include "widgets/StatusColours.h"
#include "wizard/PendingLink.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keylink {

namespace {
// What a screen reader says about a field: what is wrong with it, else its hint.
QString describeField(const Field &field, bool wrong)
{
    return wrong || field.hint.isEmpty() ? field.patternMessage : field.hint;
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
}

FieldsPage::~FieldsPage() = default;

void FieldsPage::initializePage()
{
    if (m_builtFor != m_link.method())
        build();
    setButtonText(QWizard::NextButton, tr("&Next"));
}

void FieldsPage::build()
{
    while (m_ui->form->rowCount() > 0)
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
        auto *line = new QHBoxLayout();
        auto *edit = new QLineEdit(cell);
        edit->setObjectName(u"field_"_s + field.id);
        edit->setAccessibleName(field.label);
        edit->setAccessibleDescription(describeField(field, false));
        // Relinking: a secret is never read back into the form, only named.
        edit->setPlaceholderText(field.isSecret() && !m_link.relinkId().isEmpty()
                ? tr("Stored in your keychain; paste a new one to replace it")
                : field.hint);
        edit->setText(m_link.fields().value(field.id));
        line->addWidget(edit);
        // Tab follows the page: each field, then its Show toggle.
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        if (field.isSecret()) {
            edit->setEchoMode(QLineEdit::Password);
            auto *toggle = new QToolButton(cell);
            toggle->setObjectName(u"show_"_s + field.id);
            toggle->setText(tr("Show"));
            toggle->setCheckable(true);
            toggle->setAccessibleName(tr("Show %1").arg(field.label));
            toggle->setAccessibleDescription(tr("Shows or hides what you typed"));
            connect(toggle, &QToolButton::toggled, edit, [edit, toggle](bool shown) {
                edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
                toggle->setText(shown ? tr("Hide") : tr("Show"));
            });
            line->addWidget(toggle);
            setTabOrder(edit, toggle);
            previous = toggle;
        }
        column->addLayout(line);
        auto *error = new QLabel(cell);
        error->setObjectName(u"error_"_s + field.id);
        error->setWordWrap(true);
        QPalette palette = error->palette();
        palette.setColor(QPalette::WindowText, StatusColours::error(palette));
        error->setPalette(palette);
        error->hide();
        column->addWidget(error);

        auto *caption = new QLabel(field.label + u':', this);
        caption->setBuddy(edit);
        m_ui->form->addRow(caption, cell);
        const Row row {&field, edit, error};
        m_rows.append(row);
        connect(edit, &QLineEdit::textChanged, this, [this, row] { onEdited(row); });
    }
    if (previous)
        setTabOrder(previous, m_ui->accountLabel);
    m_ui->accountLabel->setText(m_link.label());
    showEnvironment();
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
    const bool wrong = !text.isEmpty() && !row.field->accepts(text);
    row.error->setText(wrong ? row.field->patternMessage : QString());
    row.error->setVisible(wrong);
    row.edit->setAccessibleDescription(describeField(*row.field, wrong));
    showEnvironment();
    Q_EMIT completeChanged();
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
