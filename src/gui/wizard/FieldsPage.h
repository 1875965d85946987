#pragma once

#include <QWizardPage>

#include <chrono>
#include <memory>

class QLabel;
class QLineEdit;
class QTimer;

namespace Ui {
class FieldsPage;
}

namespace keylink {

struct Field;
class ExpiryDateEdit;
class PendingLink;

// Page 4: one input per catalog field, validated as you type. Secrets are
// masked (with a show/hide toggle inside the input), pasted whitespace is
// trimmed, and Next stays disabled until every field is valid. A field says
// what is wrong only once the user leaves it or pauses typing.
class FieldsPage : public QWizardPage
{
    Q_OBJECT
public:
    FieldsPage(PendingLink &link, QWidget *parent = nullptr);
    ~FieldsPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // How long typing must pause before a wrong field says so.
    static constexpr std::chrono::milliseconds ErrorDelay {1200};

private:
    struct Row {
        const Field *field;
        QLineEdit *edit;
        QLabel *error;
        QTimer *errorDelay; // objectName errorDelay_<field id>
    };
    void build();
    void addShowToggle(const Field &field, QLineEdit *edit);
    void onEdited(const Row &row);
    void setErrorShown(const Row &row, bool shown);
    void showEnvironment();

    std::unique_ptr<Ui::FieldsPage> m_ui;
    PendingLink &m_link;
    QList<Row> m_rows;
    const void *m_builtFor = nullptr;
    ExpiryDateEdit *m_expiry = nullptr;
};

} // namespace keylink
