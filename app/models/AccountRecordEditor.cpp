#include "AccountRecordEditor.h"

#include "ConfigEditor.h"
#include "UpdaterBackend.h"
#include "config/Config.h"
#include "config/ConfigDocument.h"
#include "config/ConfigLoader.h"
#include "net/UserAgent.h"
#include "provider/ProviderRegistry.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace homing::gui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::gui::AccountRecordEditor)
};

const QString kAccounts = QStringLiteral("accounts");
const QString kRecords = QStringLiteral("records");

qsizetype accountIndex(const QJsonArray &accounts, const QString &id)
{
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        if (!id.isEmpty() && accounts.at(i).toObject().value(QStringLiteral("id")).toString() == id)
            return i;
    }
    return -1;
}

qsizetype recordIndex(const QJsonArray &records, const QString &key)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!key.isEmpty() && recordKeyInFile(records.at(i).toObject()) == key)
            return i;
    }
    return -1;
}

bool isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
}

void setOrRemove(QJsonObject &object, const QString &key, const QString &value)
{
    if (value.trimmed().isEmpty())
        object.remove(key);
    else
        object.insert(key, value.trimmed());
}

// The declared settings of one scope as the draft has them; keys the
// provider does not declare are left as the file has them.
QJsonObject mergedSettings(QJsonObject settings, const QJsonObject &draft, const QList<FieldSpec> &fields)
{
    for (const FieldSpec &field : fields) {
        if (field.kind != FieldSpec::Kind::Setting)
            continue;
        const QJsonValue value = draft.value(field.key);
        if (isBlank(value))
            settings.remove(field.key);
        else
            settings.insert(field.key, value.isString() ? QJsonValue(value.toString().trimmed()) : value);
    }
    return settings;
}

QList<FieldSpec> fieldsOf(const ProviderDescriptor *descriptor, FieldSpec::Scope scope)
{
    QList<FieldSpec> result;
    if (!descriptor)
        return result;
    for (const FieldSpec &field : descriptor->fields) {
        if (field.scope == scope)
            result.append(field);
    }
    return result;
}

// The drafts written into a configuration: the account replaces the one it
// was (renamed records follow it), the record the one it was, and an
// address family a new record needs is switched on.
struct Applied {
    qsizetype account = -1;
    QList<qsizetype> records;
};

Applied applyDrafts(QJsonObject &root, const ProviderRegistry &providers, const AccountDraft *account,
                    const RecordDraft *record)
{
    Applied applied;
    if (account) {
        const ProviderDescriptor *descriptor = providers.find(account->provider);
        QJsonArray accounts = root.value(kAccounts).toArray();
        const qsizetype index = accountIndex(accounts, account->originalId);
        QJsonObject object = index >= 0 ? accounts.at(index).toObject() : QJsonObject{};
        object.insert(QStringLiteral("id"), account->id.trimmed());
        object.insert(QStringLiteral("provider"), account->provider);
        const QJsonObject settings = mergedSettings(object.value(QStringLiteral("settings")).toObject(), account->settings,
                                                    fieldsOf(descriptor, FieldSpec::Scope::Account));
        if (settings.isEmpty())
            object.remove(QStringLiteral("settings"));
        else
            object.insert(QStringLiteral("settings"), settings);
        QJsonObject secrets = object.value(QStringLiteral("secrets")).toObject();
        for (const FieldSpec &field : fieldsOf(descriptor, FieldSpec::Scope::Account)) {
            if (field.kind != FieldSpec::Kind::Secret)
                continue;
            if (!account->typedSecrets.value(field.key).isEmpty())
                secrets.insert(field.key, SecretReference{}.toString());
            else if (account->references.contains(field.key))
                secrets.insert(field.key, account->references.value(field.key).toString());
            else
                secrets.remove(field.key);
        }
        if (secrets.isEmpty())
            object.remove(QStringLiteral("secrets"));
        else
            object.insert(QStringLiteral("secrets"), secrets);
        setOrRemove(object, QStringLiteral("endpoint"), account->endpoint);
        setOrRemove(object, QStringLiteral("ca_file"), account->caFile);
        setOrRemove(object, QStringLiteral("proxy"), account->proxy);
        if (account->allowInsecureHttp)
            object.insert(QStringLiteral("allow_insecure_http"), true);
        else
            object.remove(QStringLiteral("allow_insecure_http"));
        if (index >= 0) {
            accounts[index] = object;
            applied.account = index;
        } else {
            accounts.append(object);
            applied.account = accounts.size() - 1;
        }
        root.insert(kAccounts, accounts);
        // Records follow a renamed account.
        if (!account->originalId.isEmpty() && account->originalId != account->id.trimmed()) {
            QJsonArray records = root.value(kRecords).toArray();
            for (qsizetype i = 0; i < records.size(); ++i) {
                QJsonObject item = records.at(i).toObject();
                if (item.value(QStringLiteral("account")).toString() == account->originalId) {
                    item.insert(QStringLiteral("account"), account->id.trimmed());
                    records[i] = item;
                }
            }
            root.insert(kRecords, records);
        }
    }
    if (record) {
        const QString accountId = account ? account->id.trimmed() : record->account;
        const ProviderDescriptor *descriptor = nullptr;
        for (const auto &value : root.value(kAccounts).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == accountId)
                descriptor = providers.find(value.toObject().value(QStringLiteral("provider")).toString());
        }
        QJsonArray records = root.value(kRecords).toArray();
        const qsizetype index = recordIndex(records, record->originalKey);
        QJsonObject object = index >= 0 ? records.at(index).toObject() : QJsonObject{};
        object.insert(QStringLiteral("account"), accountId);
        object.insert(QStringLiteral("name"), record->name.trimmed());
        if (record->ttl > 0)
            object.insert(QStringLiteral("ttl"), record->ttl);
        else
            object.remove(QStringLiteral("ttl"));
        const QJsonObject settings = mergedSettings(object.value(QStringLiteral("settings")).toObject(), record->settings,
                                                    fieldsOf(descriptor, FieldSpec::Scope::Record));
        if (settings.isEmpty())
            object.remove(QStringLiteral("settings"));
        else
            object.insert(QStringLiteral("settings"), settings);
        if (record->paused)
            object.insert(QStringLiteral("paused"), true);
        else
            object.remove(QStringLiteral("paused"));
        if (record->alwaysCorrect)
            object.insert(QStringLiteral("always_correct"), true);
        else
            object.remove(QStringLiteral("always_correct"));
        // Another LAN host: kept on every type chosen, so the loader says
        // when an A record cannot take it.
        const auto setOrRemove = [&object](const QString &key, const QString &value) {
            if (value.trimmed().isEmpty())
                object.remove(key);
            else
                object.insert(key, value.trimmed());
        };
        setOrRemove(QStringLiteral("ipv6_suffix"), record->ipv6Suffix);
        setOrRemove(QStringLiteral("ipv6_mac"), record->ipv6Mac);
        if (record->ipv6PrefixLength > 0)
            object.insert(QStringLiteral("ipv6_prefix_length"), record->ipv6PrefixLength);
        else
            object.remove(QStringLiteral("ipv6_prefix_length"));
        QStringList types;
        if (record->ipv4)
            types.append(QStringLiteral("A"));
        if (record->ipv6)
            types.append(QStringLiteral("AAAA"));
        if (types.isEmpty())
            types.append(QString()); // the loader says what is missing
        for (qsizetype i = 0; i < types.size(); ++i) {
            QJsonObject typed = object;
            typed.insert(QStringLiteral("type"), types.at(i));
            if (i == 0 && index >= 0) {
                records[index] = typed;
                applied.records.append(index);
            } else {
                records.append(typed);
                applied.records.append(records.size() - 1);
            }
        }
        root.insert(kRecords, records);
        // The record's family must be watched: the user asked for it.
        QJsonObject ip = root.value(QStringLiteral("ip")).toObject();
        for (const QString &type : std::as_const(types)) {
            const QString family = type == QLatin1String("AAAA") ? QStringLiteral("ipv6") : QStringLiteral("ipv4");
            QJsonObject section = ip.value(family).toObject();
            const QJsonValue enabled = section.value(QStringLiteral("enabled"));
            const bool on = enabled.isBool() ? enabled.toBool() : family == QLatin1String("ipv4");
            if (!type.isEmpty() && !on) {
                section.insert(QStringLiteral("enabled"), true);
                ip.insert(family, section);
                root.insert(QStringLiteral("ip"), ip);
            }
        }
    }
    return applied;
}

// "accounts[2].settings.server" -> "server" when it is about entry 2.
std::optional<QString> fieldOf(const QString &path, const QString &list, qsizetype index)
{
    const QString prefix = QStringLiteral("%1[%2]").arg(list).arg(index);
    if (path == prefix)
        return QString();
    if (!path.startsWith(prefix + QLatin1Char('.')))
        return std::nullopt;
    QString rest = path.mid(prefix.size() + 1);
    for (const QString &group : {QStringLiteral("settings."), QStringLiteral("secrets.")}) {
        if (rest.startsWith(group))
            return rest.mid(group.size());
    }
    return rest;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

AccountRecordEditor::AccountRecordEditor(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(std::move(parts))
{
    qRegisterMetaType<homing::AccountCheckResult>();
}

bool AccountRecordEditor::readDocument(QString *error)
{
    const auto document = ConfigDocument::read(m_parts.configPath, error);
    if (!document)
        return false;
    m_root = document->root();
    return true;
}

const ProviderDescriptor *AccountRecordEditor::provider() const
{
    return m_parts.providers.find(m_editsAccount ? m_account.provider : providerOfAccount(m_record.account));
}

QList<FieldSpec> AccountRecordEditor::fields(FieldSpec::Scope scope) const
{
    return fieldsOf(provider(), scope);
}

QStringList AccountRecordEditor::accountIds() const
{
    QStringList ids;
    for (const auto &value : m_root.value(kAccounts).toArray())
        ids.append(value.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QString AccountRecordEditor::providerOfAccount(const QString &accountId) const
{
    const QJsonArray accounts = m_root.value(kAccounts).toArray();
    const qsizetype index = accountIndex(accounts, accountId);
    return index >= 0 ? accounts.at(index).toObject().value(QStringLiteral("provider")).toString() : QString();
}

bool AccountRecordEditor::startNewAccount(const QString &providerId, QString *error)
{
    if (!readDocument(error))
        return false;
    const ProviderDescriptor *descriptor = m_parts.providers.find(providerId);
    if (!descriptor) {
        *error = Text::tr("unknown provider \"%1\"").arg(providerId);
        return false;
    }
    m_editsAccount = true;
    m_editsRecord = false;
    m_account = AccountDraft{};
    m_account.provider = providerId;
    // A free id: the provider's, numbered when taken.
    const QStringList taken = accountIds();
    m_account.id = providerId;
    for (int n = 2; taken.contains(m_account.id); ++n)
        m_account.id = QStringLiteral("%1-%2").arg(providerId).arg(n);
    for (const FieldSpec &field : descriptor->fields) {
        if (field.kind == FieldSpec::Kind::Setting && field.scope == FieldSpec::Scope::Account && !field.defaultValue.isUndefined())
            m_account.settings.insert(field.key, field.defaultValue);
        if (field.kind == FieldSpec::Kind::Secret)
            m_secretStates.insert(field.key, SecretState::NotStored);
    }
    return true;
}

bool AccountRecordEditor::startEditAccount(const QString &accountId, QString *error)
{
    if (!readDocument(error))
        return false;
    const QJsonArray accounts = m_root.value(kAccounts).toArray();
    const qsizetype index = accountIndex(accounts, accountId);
    if (index < 0) {
        *error = Text::tr("the account %1 is no longer in the configuration").arg(accountId);
        return false;
    }
    const QJsonObject object = accounts.at(index).toObject();
    m_editsAccount = true;
    m_editsRecord = false;
    m_account = AccountDraft{};
    m_account.originalId = accountId;
    m_account.id = accountId;
    m_account.provider = object.value(QStringLiteral("provider")).toString();
    m_account.settings = object.value(QStringLiteral("settings")).toObject();
    const QJsonObject secrets = object.value(QStringLiteral("secrets")).toObject();
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        if (const auto reference = SecretReference::parse(it.value().toString()))
            m_account.references.insert(it.key(), *reference);
    }
    m_account.endpoint = object.value(QStringLiteral("endpoint")).toString();
    m_account.caFile = object.value(QStringLiteral("ca_file")).toString();
    m_account.proxy = object.value(QStringLiteral("proxy")).toString();
    m_account.allowInsecureHttp = object.value(QStringLiteral("allow_insecure_http")).toBool();
    readSecretStates();
    return true;
}

bool AccountRecordEditor::startNewRecord(const QString &accountId, QString *error)
{
    if (!readDocument(error))
        return false;
    m_editsAccount = false;
    m_editsRecord = true;
    m_record = RecordDraft{};
    m_record.account = accountId.isEmpty() ? accountIds().value(0) : accountId;
    return true;
}

bool AccountRecordEditor::startEditRecord(const QString &recordKey, QString *error)
{
    if (!readDocument(error))
        return false;
    const QJsonArray records = m_root.value(kRecords).toArray();
    const qsizetype index = recordIndex(records, recordKey);
    if (index < 0) {
        *error = Text::tr("the record %1 is no longer in the configuration").arg(recordKey);
        return false;
    }
    const QJsonObject object = records.at(index).toObject();
    m_editsAccount = false;
    m_editsRecord = true;
    m_record = RecordDraft{};
    m_record.originalKey = recordKey;
    m_record.account = object.value(QStringLiteral("account")).toString();
    m_record.name = object.value(QStringLiteral("name")).toString();
    const QString type = object.value(QStringLiteral("type")).toString();
    m_record.ipv4 = type == QLatin1String("A");
    m_record.ipv6 = type == QLatin1String("AAAA");
    m_record.ttl = object.value(QStringLiteral("ttl")).toInt();
    m_record.settings = object.value(QStringLiteral("settings")).toObject();
    m_record.paused = object.value(QStringLiteral("paused")).toBool();
    m_record.alwaysCorrect = object.value(QStringLiteral("always_correct")).toBool();
    m_record.ipv6Suffix = object.value(QStringLiteral("ipv6_suffix")).toString();
    m_record.ipv6Mac = object.value(QStringLiteral("ipv6_mac")).toString();
    m_record.ipv6PrefixLength = object.value(QStringLiteral("ipv6_prefix_length")).toInt();
    return true;
}

bool AccountRecordEditor::startSetup(const QString &providerId, QString *error)
{
    if (!startNewAccount(providerId, error))
        return false;
    m_editsRecord = true;
    m_record = RecordDraft{};
    return true;
}

void AccountRecordEditor::readSecretStates()
{
    m_secretStates.clear();
    m_keychainError.clear();
    const ProviderDescriptor *descriptor = provider();
    if (!descriptor)
        return;
    for (const FieldSpec &field : descriptor->fields) {
        if (field.kind != FieldSpec::Kind::Secret)
            continue;
        const auto reference = m_account.references.value(field.key);
        if (!m_account.references.contains(field.key)) {
            m_secretStates.insert(field.key, SecretState::NotStored);
            continue;
        }
        if (reference.kind != SecretReference::Kind::Keychain) {
            m_secretStates.insert(field.key, SecretState::Elsewhere);
            continue;
        }
        m_secretStates.insert(field.key, SecretState::Checking);
        const QString key = field.key;
        // The value is read only to learn whether there is one; it is dropped at once.
        m_parts.keychain.read(m_account.originalId, key, this, [this, key](const SecretStoreResult &result) {
            if (result.ok()) {
                m_secretStates.insert(key, SecretState::Stored);
            } else if (result.status == SecretStoreResult::Status::NotFound) {
                m_secretStates.insert(key, SecretState::NotStored);
            } else {
                m_secretStates.insert(key, SecretState::KeychainUnavailable);
                m_keychainError = result.error;
            }
            Q_EMIT secretStatesChanged();
        });
    }
    Q_EMIT secretStatesChanged();
}

DraftProblems AccountRecordEditor::problems() const
{
    DraftProblems problems;
    QJsonObject root = m_root;
    const Applied applied = applyDrafts(root, m_parts.providers, m_editsAccount ? &m_account : nullptr,
                                        m_editsRecord ? &m_record : nullptr);
    const ConfigLoadResult loaded = ConfigLoader(m_parts.providers, m_parts.sources).parse(QJsonDocument(root).toJson());
    for (const ConfigIssue &issue : loaded.issues) {
        if (!issue.isError())
            continue;
        if (const auto field = fieldOf(issue.path, kAccounts, applied.account); field && m_editsAccount) {
            QString &slot = problems.account[*field];
            if (slot.isEmpty())
                slot = capitalised(issue.message);
            continue;
        }
        bool placed = false;
        for (const qsizetype index : applied.records) {
            if (const auto field = fieldOf(issue.path, kRecords, index)) {
                QString &slot = problems.record[*field];
                if (slot.isEmpty())
                    slot = capitalised(issue.message);
                placed = true;
                break;
            }
        }
        if (!placed && problems.general.isEmpty())
            problems.general = issue.toString();
    }
    if (m_editsAccount) {
        // A required secret needs a value: typed now, or already stored.
        for (const FieldSpec &field : fields(FieldSpec::Scope::Account)) {
            if (field.kind != FieldSpec::Kind::Secret || !field.required || !m_account.typedSecrets.value(field.key).isEmpty())
                continue;
            const SecretState state = secretState(field.key);
            const bool renamed = !m_account.originalId.isEmpty() && m_account.originalId != m_account.id.trimmed();
            if (state == SecretState::NotStored || (state == SecretState::KeychainUnavailable && renamed))
                problems.account.insert(field.key, Text::tr("Enter the %1.").arg(field.translatedLabel()));
        }
    }
    if (m_editsRecord && m_record.name.trimmed().isEmpty())
        problems.record.insert(QStringLiteral("name"), Text::tr("Enter the record's name, such as home.example.com."));
    if (m_editsRecord && !m_record.ipv4 && !m_record.ipv6)
        problems.record.insert(QStringLiteral("type"), Text::tr("Choose A (IPv4), AAAA (IPv6) or both."));

    const auto firstOf = [](const QHash<QString, QString> &map) {
        QStringList keys = map.keys();
        keys.sort();
        return keys.isEmpty() ? QString() : map.value(keys.first());
    };
    if (!problems.account.isEmpty())
        problems.saveBlockedBecause = Text::tr("The account is not complete: %1").arg(firstOf(problems.account));
    else if (!problems.record.isEmpty())
        problems.saveBlockedBecause = Text::tr("The record is not complete: %1").arg(firstOf(problems.record));
    else if (!problems.general.isEmpty())
        problems.saveBlockedBecause = Text::tr("The configuration has an error elsewhere: %1").arg(problems.general);
    else if (m_saving)
        problems.saveBlockedBecause = Text::tr("Saving…");
    return problems;
}

LanHostPreview AccountRecordEditor::lanHostPreview() const
{
    const QJsonObject ipv6 = m_parts.backend.status().value(QStringLiteral("ipv6")).toObject();
    return lanHostPreview(m_record, ipv6.value(QStringLiteral("address")).toString());
}

LanHostPreview AccountRecordEditor::lanHostPreview(const RecordDraft &record, const QString &thisHostIpv6)
{
    const QString suffixText = record.ipv6Suffix.trimmed();
    const QString mac = record.ipv6Mac.trimmed();
    if (suffixText.isEmpty() && mac.isEmpty())
        return {};
    if (!suffixText.isEmpty() && !mac.isEmpty())
        return {QString(), Text::tr("Enter a suffix or a MAC address, not both.")};
    const int prefixLength = record.ipv6PrefixLength > 0 ? record.ipv6PrefixLength : Ipv6Suffix::kDefaultPrefixLength;
    const Ipv6SuffixParse parsed = suffixText.isEmpty() ? ipv6SuffixFromMac(mac, prefixLength)
                                                        : parseIpv6Suffix(suffixText, prefixLength);
    if (!parsed.suffix)
        return {QString(), capitalised(parsed.error) + QLatin1Char('.')};
    const QHostAddress here(thisHostIpv6);
    if (thisHostIpv6.isEmpty() || here.protocol() != QAbstractSocket::IPv6Protocol) {
        return {QString(), Text::tr("The interface ID is %1; the address appears once Homing has detected this "
                                    "computer's IPv6 address.")
                               .arg(parsed.suffix->toString())};
    }
    const QString address = parsed.suffix->combineWith(here).toString();
    return {address, Text::tr("Now %1 (the /%2 prefix of this computer's %3, then %4)")
                         .arg(address)
                         .arg(prefixLength)
                         .arg(here.toString(), parsed.suffix->toString())};
}

bool AccountRecordEditor::testSendsRealUpdate() const
{
    const ProviderDescriptor *descriptor = provider();
    return AccountChecker::sendsRealUpdate(m_parts.providers, descriptor ? descriptor->id : QString());
}

void AccountRecordEditor::test()
{
    QJsonObject root = m_root;
    const AccountDraft *account = m_editsAccount ? &m_account : nullptr;
    applyDrafts(root, m_parts.providers, account, m_editsRecord ? &m_record : nullptr);
    const ConfigLoadResult loaded = ConfigLoader(m_parts.providers, m_parts.sources).parse(QJsonDocument(root).toJson());
    const auto finish = [this](ResultKind kind, const QString &detail) {
        m_testing = false;
        Q_EMIT testFinished(AccountCheckResult{testSendsRealUpdate(), UpdateResult::make(kind, detail)});
    };
    m_testing = true;
    if (!loaded.config) {
        const DraftProblems found = problems();
        finish(ResultKind::ConfigError, found.saveBlockedBecause);
        return;
    }
    AccountCheckRequest request;
    const QString accountId = m_editsAccount ? m_account.id.trimmed() : m_record.account;
    if (const AccountConfig *configured = loaded.config->account(accountId))
        request.account = *configured;
    // Secrets of an account being renamed are still under its old name.
    if (m_editsAccount && !m_account.originalId.isEmpty())
        request.account.id = m_account.originalId;
    for (auto it = m_account.typedSecrets.cbegin(); m_editsAccount && it != m_account.typedSecrets.cend(); ++it) {
        if (!it.value().isEmpty())
            request.typedSecrets.insert(it.key(), it.value());
    }
    if (m_editsRecord) {
        for (const RecordConfig &record : loaded.config->records) {
            if (record.account == accountId && record.spec.name == normaliseHostName(m_record.name)
                && record.spec.type == (m_record.ipv4 ? QStringLiteral("A") : QStringLiteral("AAAA"))) {
                request.record = record.spec;
                break;
            }
        }
    } else {
        // An account alone: try it with its first record, if it has one.
        for (const RecordConfig &record : loaded.config->records) {
            if (record.account == accountId) {
                request.record = record.spec;
                break;
            }
        }
    }
    request.timeoutSeconds = loaded.config->requestTimeoutSeconds;
    request.userAgent = homingUserAgent();
    const QString family = request.record.type == QLatin1String("AAAA") ? QStringLiteral("ipv6") : QStringLiteral("ipv4");
    const QJsonObject detected = m_parts.backend.status().value(family).toObject();
    request.address = QHostAddress(detected.value(QStringLiteral("address")).toString());
    if (!testSendsRealUpdate() || !request.address.isNull()) {
        runTest(request);
        return;
    }
    // A real update needs the address, and none is known yet (Homing has
    // just started): ask for a check of it, and test once it is answered.
    const QJsonValue checkedBefore = detected.value(QStringLiteral("checked_at"));
    auto waiting = std::make_shared<QMetaObject::Connection>();
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    const auto finishWaiting = [this, waiting, deadline](AccountCheckRequest ready) {
        disconnect(*waiting);
        deadline->deleteLater();
        runTest(ready);
    };
    *waiting = connect(&m_parts.backend, &UpdaterBackend::statusChanged, this, [=, this] {
        const QJsonObject now = m_parts.backend.status().value(family).toObject();
        AccountCheckRequest ready = request;
        ready.address = QHostAddress(now.value(QStringLiteral("address")).toString());
        // Answered: with an address, or checked again without finding one.
        if (!ready.address.isNull() || now.value(QStringLiteral("checked_at")) != checkedBefore)
            finishWaiting(ready);
    });
    connect(deadline, &QTimer::timeout, this, [=] { finishWaiting(request); });
    deadline->start((request.timeoutSeconds + 5) * 1000);
    m_parts.backend.updateNow();
}

void AccountRecordEditor::runTest(const AccountCheckRequest &request)
{
    m_parts.checker.check(request, this, [this](const AccountCheckResult &result) {
        m_testing = false;
        Q_EMIT testFinished(result);
    });
}

bool AccountRecordEditor::renamesAccountWithKeychainSecrets() const
{
    if (!m_editsAccount || m_account.originalId.isEmpty() || m_account.originalId == m_account.id.trimmed())
        return false;
    for (auto it = m_account.references.cbegin(); it != m_account.references.cend(); ++it) {
        if (it.value().kind == SecretReference::Kind::Keychain)
            return true;
    }
    return false;
}

void AccountRecordEditor::writeSecrets(QList<std::pair<QString, QString>> pending, std::function<void(const QString &)> done)
{
    if (pending.isEmpty()) {
        done({});
        return;
    }
    const auto next = pending.takeFirst();
    const QString field = next.first; // a plain name: lambdas cannot capture structured bindings before C++20's fix
    const QString &value = next.second;
    m_parts.keychain.write(m_account.id.trimmed(), field, value, this,
                           [this, pending, field, done](const SecretStoreResult &result) mutable {
        if (!result.ok()) {
            done(Text::tr("the keychain did not store the %1: %2").arg(field, result.error));
            return;
        }
        m_secretStates.insert(field, SecretState::Stored);
        writeSecrets(std::move(pending), std::move(done));
    });
}

void AccountRecordEditor::save()
{
    const DraftProblems found = problems();
    if (!found.ok()) {
        Q_EMIT saved(found.saveBlockedBecause);
        return;
    }
    m_saving = true;
    if (!m_editsAccount) {
        finishSave();
        return;
    }
    // The keychain first: should it fail, config.json still says what it said.
    QList<std::pair<QString, QString>> pending;
    for (auto it = m_account.typedSecrets.cbegin(); it != m_account.typedSecrets.cend(); ++it) {
        if (!it.value().isEmpty())
            pending.append({it.key(), it.value()});
    }
    // Renamed: the secrets not typed again move with the account.
    QStringList toMove;
    if (renamesAccountWithKeychainSecrets()) {
        for (auto it = m_account.references.cbegin(); it != m_account.references.cend(); ++it) {
            if (it.value().kind == SecretReference::Kind::Keychain && m_account.typedSecrets.value(it.key()).isEmpty())
                toMove.append(it.key());
        }
    }
    moveSecretsThenSave(std::move(toMove), std::move(pending));
}

// Reads the secrets to move from under the old name, one by one, then writes
// them with the typed ones under the new name.
void AccountRecordEditor::moveSecretsThenSave(QStringList toMove, QList<std::pair<QString, QString>> toWrite)
{
    if (toMove.isEmpty()) {
        writeSecretsThenSave(std::move(toWrite));
        return;
    }
    const QString field = toMove.takeFirst();
    m_parts.keychain.read(m_account.originalId, field, this,
                          [this, field, toMove, toWrite](const SecretStoreResult &result) mutable {
        if (result.ok()) {
            toWrite.append({field, result.value});
        } else if (result.status != SecretStoreResult::Status::NotFound) {
            m_saving = false;
            Q_EMIT saved(Text::tr("the keychain did not give the %1 to move it to the new name: %2").arg(field, result.error));
            return;
        }
        moveSecretsThenSave(std::move(toMove), std::move(toWrite));
    });
}

void AccountRecordEditor::writeSecretsThenSave(QList<std::pair<QString, QString>> secrets)
{
    writeSecrets(std::move(secrets), [this](const QString &error) {
        if (!error.isEmpty()) {
            m_saving = false;
            Q_EMIT saved(error);
            return;
        }
        finishSave();
    });
}

void AccountRecordEditor::finishSave()
{
    const AccountDraft account = m_account;
    const RecordDraft record = m_record;
    const bool editsAccount = m_editsAccount;
    const bool editsRecord = m_editsRecord;
    QStringList keys;
    const QString error = m_parts.config.edit([&](ConfigDocument &document) {
        const Applied applied = applyDrafts(document.root(), m_parts.providers, editsAccount ? &account : nullptr,
                                            editsRecord ? &record : nullptr);
        const QJsonArray records = document.root().value(kRecords).toArray();
        for (const qsizetype index : applied.records)
            keys.append(recordKeyInFile(records.at(index).toObject()));
        return QString();
    });
    m_saving = false;
    if (!error.isEmpty()) {
        Q_EMIT saved(error);
        return;
    }
    m_savedKeys = keys;
    if (renamesAccountWithKeychainSecrets() && m_deleteOldSecrets) {
        for (auto it = account.references.cbegin(); it != account.references.cend(); ++it) {
            if (it.value().kind == SecretReference::Kind::Keychain)
                m_parts.keychain.remove(account.originalId, it.key(), this, [](const SecretStoreResult &) {});
        }
    }
    // Editing goes on from what was saved.
    QString readError;
    readDocument(&readError);
    if (editsAccount) {
        m_account.originalId = m_account.id.trimmed();
        m_account.typedSecrets.clear();
        for (const FieldSpec &field : fields(FieldSpec::Scope::Account)) {
            if (field.kind == FieldSpec::Kind::Secret && m_secretStates.value(field.key) == SecretState::Stored)
                m_account.references.insert(field.key, SecretReference{});
        }
    }
    if (editsRecord && !keys.isEmpty())
        m_record.originalKey = keys.first();
    Q_EMIT saved({});
}

void AccountRecordEditor::removeAccount(const QString &accountId, bool deleteSecrets)
{
    QMap<QString, SecretReference> references;
    const QString error = m_parts.config.edit([&](ConfigDocument &document) {
        QJsonArray accounts = document.root().value(kAccounts).toArray();
        const qsizetype index = accountIndex(accounts, accountId);
        if (index < 0)
            return Text::tr("the account %1 is no longer in the configuration").arg(accountId);
        const QJsonObject secrets = accounts.at(index).toObject().value(QStringLiteral("secrets")).toObject();
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            if (const auto reference = SecretReference::parse(it.value().toString()))
                references.insert(it.key(), *reference);
        }
        accounts.removeAt(index);
        document.root().insert(kAccounts, accounts);
        QJsonArray records = document.root().value(kRecords).toArray();
        for (qsizetype i = records.size() - 1; i >= 0; --i) {
            if (records.at(i).toObject().value(QStringLiteral("account")).toString() == accountId)
                records.removeAt(i);
        }
        document.root().insert(kRecords, records);
        return QString();
    });
    if (!error.isEmpty() || !deleteSecrets) {
        Q_EMIT accountRemoved(error);
        return;
    }
    auto pending = std::make_shared<int>(0);
    auto failures = std::make_shared<QStringList>();
    for (auto it = references.cbegin(); it != references.cend(); ++it) {
        if (it.value().kind == SecretReference::Kind::Keychain)
            ++*pending;
    }
    if (*pending == 0) {
        Q_EMIT accountRemoved({});
        return;
    }
    for (auto it = references.cbegin(); it != references.cend(); ++it) {
        if (it.value().kind != SecretReference::Kind::Keychain)
            continue;
        m_parts.keychain.remove(accountId, it.key(), this, [this, pending, failures](const SecretStoreResult &result) {
            if (!result.ok() && result.status != SecretStoreResult::Status::NotFound)
                failures->append(result.error);
            if (--*pending > 0)
                return;
            Q_EMIT accountRemoved(failures->isEmpty()
                                      ? QString()
                                      : Text::tr("the account is removed, but the keychain kept its secrets: %1")
                                            .arg(failures->first()));
        });
    }
}

QString AccountRecordEditor::removeRecord(const QString &recordKey)
{
    return m_parts.config.edit([&](ConfigDocument &document) {
        QJsonArray records = document.root().value(kRecords).toArray();
        const qsizetype index = recordIndex(records, recordKey);
        if (index < 0)
            return Text::tr("the record %1 is no longer in the configuration").arg(recordKey);
        records.removeAt(index);
        document.root().insert(kRecords, records);
        return QString();
    });
}

} // namespace homing::gui
