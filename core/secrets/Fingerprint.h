#pragma once

#include "config/Config.h"
#include "provider/Provider.h"

#include <QByteArray>
#include <QString>

namespace homing {

// A slow, salted digest of an account's secret values (PBKDF2-HMAC-SHA256,
// kSecretDigestIterations rounds): enough to notice that a secret changed,
// while every guess at a weak password costs an attacker who reads
// state.json the same derivation.
QByteArray secretsDigest(const SecretValues &secrets, const QByteArray &salt);
constexpr int kSecretDigestIterations = 50000;

// Identifies everything a blocked record's fate depends on: its account
// (provider, endpoint, settings, secret references), the record itself, and
// the secrets (through their digest). When any of them changes, the block is lifted.
QString recordFingerprint(const AccountConfig &account, const RecordConfig &record, const QByteArray &secretsDigest);

} // namespace homing
