#include "editor/EditorDialog.h"

#include "AccountRecordEditor.h"
#include "editor/EntryForm.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace homing::gui {

EditorDialog::EditorDialog(AccountRecordEditor &editor, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_form(new EntryForm(editor))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scrollable(m_form));
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    const auto updateSave = [this] {
        QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
        save->setEnabled(m_form->canSave());
        save->setToolTip(m_form->saveBlockedBecause());
    };
    connect(m_form, &EntryForm::validityChanged, this, updateSave);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_editor, &AccountRecordEditor::saved, this, [this, updateSave](const QString &error) {
        updateSave();
        if (!error.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Nothing was saved: %1").arg(error));
            return;
        }
        accept();
    });
    m_form->reload();
    updateSave();
    resize(620, 640);
}

void EditorDialog::save()
{
    if (m_editor.renamesAccountWithKeychainSecrets()) {
        QMessageBox ask(QMessageBox::Question, windowTitle(),
                        tr("The account's secrets are kept in the keychain under its name. Homing copies them to the "
                           "new name \"%1\". What should happen to the entries under the old name \"%2\"?")
                            .arg(m_editor.account().id.trimmed(), m_editor.account().originalId),
                        QMessageBox::NoButton, this);
        QPushButton *remove = ask.addButton(tr("Delete the old entries"), QMessageBox::AcceptRole);
        ask.addButton(tr("Keep them too"), QMessageBox::NoRole);
        QPushButton *cancel = ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(remove);
        ask.exec();
        if (ask.clickedButton() == cancel)
            return;
        m_editor.setDeleteOldSecretsOnRename(ask.clickedButton() == remove);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_editor.save();
}

} // namespace homing::gui
