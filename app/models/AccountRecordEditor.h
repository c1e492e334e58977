#pragma once

#include "provider/AccountCheck.h"
#include "provider/FieldSpec.h"
#include "secrets/SecretReference.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>

namespace homing {
class IpSourceFactory;
class ProviderRegistry;
struct ProviderDescriptor;
class SecretStore;
}

namespace homing::gui {

class ConfigEditor;
class UpdaterBackend;

// An account as the editor shows it, before it is saved.
struct AccountDraft {
    QString originalId; // empty for a new account
    QString id;
    QString provider;
    QJsonObject settings;                        // the account's declared settings the user set
    QHash<QString, QString> typedSecrets;        // entered now; saved to the keychain
    QMap<QString, SecretReference> references;   // where its secrets are now (env:/file: kept as they are)
    QString endpoint;
    QString caFile;
    QString proxy; // empty: the providers' proxy from Settings; "system"; "none"; or a URL
    bool allowInsecureHttp = false;
};

// A record as the editor shows it, before it is saved.
struct RecordDraft {
    QString originalKey; // empty for a new record
    QString account;
    QString name;
    bool ipv4 = true;  // an A record
    bool ipv6 = false; // an AAAA record (both only for a new record)
    int ttl = 0;       // 0: the provider's default
    QJsonObject settings;
    bool paused = false;
    bool alwaysCorrect = false; // someone else's change is set back at every check, not once a day
    // Another host on the LAN (AAAA only): this host's prefix plus the
    // host's fixed suffix ("::1234") or its MAC's EUI-64; at most one is set.
    QString ipv6Suffix;
    QString ipv6Mac;
    int ipv6PrefixLength = 0; // 0: the default, /64
};

// The address an AAAA record for another LAN host would publish now, or why
// there is none, in plain words (for the editor's live preview).
struct LanHostPreview {
    QString address; // empty when there is none
    QString text;    // what to show
};

// What is wrong with the drafts, next to the fields it is about. Field keys
// are the JSON keys ("id", "endpoint", "name", "ttl", a setting's or secret's key).
struct DraftProblems {
    QHash<QString, QString> account;
    QHash<QString, QString> record;
    QString general;          // about neither draft, or the file as a whole
    QString saveBlockedBecause; // empty: Save can go ahead

    bool ok() const { return saveBlockedBecause.isEmpty(); }
};

// The account and record editor and the first-run setup, without widgets:
// it holds the drafts, checks them exactly as Homing will load them, runs
// Test, and saves — the secrets to the keychain first, then config.json in
// one atomic write, so that nothing is half-saved.
class AccountRecordEditor : public QObject
{
    Q_OBJECT

public:
    struct Parts {
        const ProviderRegistry &providers;
        const IpSourceFactory &sources;
        SecretStore &keychain;
        const AccountChecker &checker;
        ConfigEditor &config;
        UpdaterBackend &backend;
        QString configPath;
    };
    enum class SecretState { Unknown, Checking, Stored, NotStored, Elsewhere, KeychainUnavailable };

    explicit AccountRecordEditor(Parts parts, QObject *parent = nullptr);

    // What to edit; each returns false (with `error`) when the file cannot be read or the entry is gone.
    bool startNewAccount(const QString &providerId, QString *error);
    bool startEditAccount(const QString &accountId, QString *error);
    bool startNewRecord(const QString &accountId, QString *error);
    bool startEditRecord(const QString &recordKey, QString *error);
    // The first-run setup: a new account and its first record together.
    bool startSetup(const QString &providerId, QString *error);

    bool editsAccount() const { return m_editsAccount; }
    bool editsRecord() const { return m_editsRecord; }
    AccountDraft &account() { return m_account; }
    RecordDraft &record() { return m_record; }
    const ProviderDescriptor *provider() const;
    // The provider's fields of one scope, in declared order.
    QList<FieldSpec> fields(FieldSpec::Scope scope) const;
    // The ids of the accounts in the file (for a record's account chooser).
    QStringList accountIds() const;
    // The provider of an account in the file.
    QString providerOfAccount(const QString &accountId) const;

    DraftProblems problems() const;

    // The record draft's address for another LAN host, from this host's
    // current IPv6 address as the status shows it.
    LanHostPreview lanHostPreview() const;
    // The same from a given IPv6 address of this host (empty: none detected).
    static LanHostPreview lanHostPreview(const RecordDraft &record, const QString &thisHostIpv6);

    // Secrets: whether each is stored (read in the background).
    SecretState secretState(const QString &key) const { return m_secretStates.value(key, SecretState::Unknown); }
    QString keychainError() const { return m_keychainError; }

    // Test: the provider's read-only check, or one real update (see testSendsRealUpdate).
    bool testSendsRealUpdate() const;
    void test();
    bool isTesting() const { return m_testing; }

    // Renaming an account moves its keychain secrets to the new name; true
    // here deletes the entries under the old one after the save.
    void setDeleteOldSecretsOnRename(bool remove) { m_deleteOldSecrets = remove; }
    bool renamesAccountWithKeychainSecrets() const;
    void save();
    bool isSaving() const { return m_saving; }

    // Removes what the file holds for an account: the account, its records
    // and, when asked, its keychain secrets. Answers through `removed`.
    void removeAccount(const QString &accountId, bool deleteSecrets);
    QString removeRecord(const QString &recordKey);

    // The record keys the last save wrote (for "update now" after the setup).
    QStringList savedRecordKeys() const { return m_savedKeys; }

Q_SIGNALS:
    void secretStatesChanged();
    void testFinished(const homing::AccountCheckResult &result);
    // Empty on success, else what went wrong; nothing was saved then.
    void saved(const QString &error);
    void accountRemoved(const QString &error);

private:
    bool readDocument(QString *error);
    void readSecretStates();
    void runTest(const AccountCheckRequest &request);
    QJsonObject candidate(qsizetype *accountIndex, QList<qsizetype> *recordIndexes) const;
    void writeSecrets(QList<std::pair<QString, QString>> pending, std::function<void(const QString &)> done);
    void moveSecretsThenSave(QStringList toMove, QList<std::pair<QString, QString>> toWrite);
    void writeSecretsThenSave(QList<std::pair<QString, QString>> secrets);
    void finishSave();

    Parts m_parts;
    QJsonObject m_root; // config.json as read when editing started
    bool m_editsAccount = false;
    bool m_editsRecord = false;
    AccountDraft m_account;
    RecordDraft m_record;
    QHash<QString, SecretState> m_secretStates;
    QString m_keychainError;
    bool m_testing = false;
    bool m_saving = false;
    bool m_deleteOldSecrets = false;
    QStringList m_savedKeys;
};

} // namespace homing::gui

Q_DECLARE_METATYPE(homing::AccountCheckResult)
