#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace homing::gui {

class AccountRecordEditor;
class EntryForm;

// Adding or editing an account or a record: the EntryForm with Save (off,
// with the reason shown, while something is wrong) and Cancel. Renaming an
// account asks what to do with its keychain secrets.
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    EditorDialog(AccountRecordEditor &editor, const QString &title, QWidget *parent = nullptr);

private:
    void save();

    AccountRecordEditor &m_editor;
    EntryForm *m_form;
    QDialogButtonBox *m_buttons;
};

} // namespace homing::gui
