#pragma once

#include "AccountRecordEditor.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QToolButton;

namespace homing {
struct AccountCheckResult;
}

namespace homing::gui {

class FieldsForm;
class ProxyField;

// The body of the editor and of the setup's settings page: the account's
// fields, the record's, a Test button, and what stops saving, all kept in
// step with an AccountRecordEditor (which holds the drafts and the rules).
class EntryForm : public QWidget
{
    Q_OBJECT

public:
    explicit EntryForm(AccountRecordEditor &editor, QWidget *parent = nullptr);

    // Shows what the editor was started on.
    void reload();
    bool canSave() const;
    // The reason Save is off, or empty.
    QString saveBlockedBecause() const;

Q_SIGNALS:
    void validityChanged();
    void testSucceeded();

private:
    void buildAccountSection();
    void buildRecordSection();
    void buildLanHostRows(QFormLayout *form);
    void fillAdvanced();
    void rebuildRecordFields();
    void edited();
    void showProblems();
    void showLanHost();
    void showSecretStates();
    void test();
    void showTestResult(const homing::AccountCheckResult &result);

    AccountRecordEditor &m_editor;
    DraftProblems m_problems; // as last checked, after every edit
    bool m_loading = false;

    QGroupBox *m_accountBox = nullptr;
    QLineEdit *m_accountId = nullptr;
    QLabel *m_accountIdProblem = nullptr;
    FieldsForm *m_accountFields = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLabel *m_endpointProblem = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_caFileProblem = nullptr;
    ProxyField *m_proxy = nullptr;
    QLabel *m_proxyProblem = nullptr;
    QCheckBox *m_allowInsecure = nullptr;

    QGroupBox *m_recordBox = nullptr;
    QComboBox *m_recordAccount = nullptr;
    QLabel *m_recordAccountLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_typeProblem = nullptr;
    QSpinBox *m_ttl = nullptr;
    QLabel *m_ttlLabel = nullptr;
    QLabel *m_ttlProblem = nullptr;
    FieldsForm *m_recordFields = nullptr;
    QCheckBox *m_paused = nullptr;
    QCheckBox *m_alwaysCorrect = nullptr;
    // Another host on the LAN (AAAA): this computer's prefix plus a suffix or MAC.
    QWidget *m_lanHost = nullptr;
    QLabel *m_lanHostLabel = nullptr;
    QComboBox *m_lanHostKind = nullptr;
    QLineEdit *m_lanHostValue = nullptr;
    QLabel *m_lanHostValueProblem = nullptr;
    QSpinBox *m_prefixLength = nullptr;
    QLabel *m_prefixLengthProblem = nullptr;
    QLabel *m_lanHostPreview = nullptr;

    QPushButton *m_testButton = nullptr;
    QLabel *m_testNote = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_blocked = nullptr;
};

// The form in a scroll area that wraps it to its width (it never scrolls sideways).
QScrollArea *scrollable(EntryForm *form);

} // namespace homing::gui
