#include "secrets/SecretResolver.h"

#include "platform/FilePrivacy.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

#include <memory>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::SecretResolver)
};

} // namespace

QString withoutTrailingNewline(QString value)
{
    while (value.endsWith(QLatin1Char('\n')) || value.endsWith(QLatin1Char('\r')))
        value.chop(1);
    return value;
}

SecretResolver::SecretResolver(SecretStore *keychain)
    : m_keychain(keychain)
{
}

QString SecretResolver::readLocal(const SecretReference &reference, QString &value)
{
    if (reference.kind == SecretReference::Kind::Environment) {
        if (!qEnvironmentVariableIsSet(reference.target.toLocal8Bit().constData()))
            return Text::tr("the environment variable %1 is not set").arg(reference.target);
        value = withoutTrailingNewline(qEnvironmentVariable(reference.target.toLocal8Bit().constData()));
        if (value.isEmpty())
            return Text::tr("the environment variable %1 is empty").arg(reference.target);
        return {};
    }
    if (reference.kind == SecretReference::Kind::File) {
        if (!QFileInfo(reference.target).isFile())
            return Text::tr("the secret file %1 does not exist").arg(reference.target);
        const TrustedFileContent content = readTrustedFile(reference.target, TrustedFileUse::Secret, 64 * 1024);
        if (!content.problem.isEmpty())
            return content.problem;
        value = withoutTrailingNewline(QString::fromUtf8(content.data));
        if (value.isEmpty())
            return Text::tr("the secret file %1 is empty").arg(reference.target);
        return {};
    }
    return Text::tr("not a local secret reference");
}

void SecretResolver::resolve(const AccountConfig &account, QObject *context, Callback done) const
{
    auto resolution = std::make_shared<SecretResolution>();
    QList<QString> keychainFields;
    for (auto it = account.secrets.cbegin(); it != account.secrets.cend(); ++it) {
        if (it.value().kind == SecretReference::Kind::Keychain) {
            keychainFields.append(it.key());
            continue;
        }
        QString value;
        const QString error = readLocal(it.value(), value);
        if (!error.isEmpty()) {
            resolution->error = error;
            done(*resolution);
            return;
        }
        resolution->values.insert(it.key(), value);
    }
    if (keychainFields.isEmpty()) {
        resolution->ok = true;
        done(*resolution);
        return;
    }
    if (!m_keychain) {
        resolution->error = Text::tr("no system keychain is available; refer to the secret as env:NAME or file:PATH instead");
        done(*resolution);
        return;
    }
    // One keychain read at a time: QtKeychain serialises jobs anyway.
    struct KeychainReads : std::enable_shared_from_this<KeychainReads> {
        SecretStore *keychain;
        QString accountId;
        QList<QString> remaining;
        std::shared_ptr<SecretResolution> resolution;
        QObject *context;
        Callback done;

        void readNext()
        {
            if (remaining.isEmpty()) {
                resolution->ok = true;
                done(*resolution);
                return;
            }
            const QString field = remaining.takeFirst();
            keychain->read(accountId, field, context, [self = shared_from_this(), field](const SecretStoreResult &result) {
                self->received(field, result);
            });
        }

        void received(const QString &field, const SecretStoreResult &result)
        {
            if (!result.ok()) {
                resolution->error = result.status == SecretStoreResult::Status::NotFound
                    ? Text::tr("no secret is stored for account \"%1\", field \"%2\": run homing-cli secret set %1 %2")
                          .arg(accountId, field)
                    : result.error;
                done(*resolution);
                return;
            }
            resolution->values.insert(field, result.value);
            readNext();
        }
    };
    auto reads = std::make_shared<KeychainReads>();
    reads->keychain = m_keychain;
    reads->accountId = account.id;
    reads->remaining = keychainFields;
    reads->resolution = resolution;
    reads->context = context;
    reads->done = std::move(done);
    reads->readNext();
}

} // namespace homing
