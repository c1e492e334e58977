#pragma once

#include <QWizard>

class QCheckBox;
class QLineEdit;
class QListView;

namespace homing {
class ProviderRegistry;
}

namespace homing::gui {

class AccountRecordEditor;
class EntryForm;
class ProviderListModel;
class ProviderSearch;

// The first-run setup: choose a provider (searchable, grouped), enter its
// settings, secret and record, Test, then Finish: the secret goes to the
// keychain, config.json is written, start at login is set as chosen, and
// the first update runs at once.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { ProviderPage, SettingsPage, DonePage };

    SetupWizard(const ProviderRegistry &providers, AccountRecordEditor &editor, QWidget *parent = nullptr);

    QString chosenProvider() const;
    bool startAtLogin() const;
    // Picks a provider as a click in the list would (for tests and deep links).
    void chooseProvider(const QString &providerId);

    void accept() override;

Q_SIGNALS:
    // After a successful save: what the app does next (login item, first update).
    void setupSaved(bool startAtLogin);

private:
    QWizardPage *buildProviderPage();
    QWizardPage *buildSettingsPage();
    QWizardPage *buildDonePage();

    AccountRecordEditor &m_editor;
    ProviderListModel *m_providerModel;
    ProviderSearch *m_search;
    QLineEdit *m_searchEdit = nullptr;
    QListView *m_providerList = nullptr;
    EntryForm *m_form = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QString m_startedFor; // the provider the settings page was built for
    bool m_saving = false;
};

} // namespace homing::gui
