#pragma once

#include <QWizardPage>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class FieldsPage;
}

namespace keylink {

struct Field;
class PendingLink;

// Page 4: one input per catalog field, validated as you type. Secrets are
// masked (with a show/hide toggle), pasted whitespace is trimmed, and Next
// stays disabled until every field is valid.
class FieldsPage : public QWizardPage
{
    Q_OBJECT
public:
    FieldsPage(PendingLink &link, QWidget *parent = nullptr);
    ~FieldsPage() override;

    void initializePage() override;
    bool isComplete() const override;

private:
    struct Row {
        const Field *field;
        QLineEdit *edit;
        QLabel *error;
    };
    void build();
    void onEdited(const Row &row);
    void showEnvironment();

    std::unique_ptr<Ui::FieldsPage> m_ui;
    PendingLink &m_link;
    QList<Row> m_rows;
    const void *m_builtFor = nullptr;
};

} // namespace keylink
