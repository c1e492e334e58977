#pragma once

#include "Config.h"
#include "Provider.h"

#include <QByteArray>
#include <QString>

namespace homing {

// Identifies everything a blocked record's fate depends on: its account
// (provider, endpoint, settings, secret references), the record itself, and
// the secret values. When any of them changes, the block is lifted.
// Secrets enter only through an HMAC keyed with `key` (random per data
// directory), so the fingerprint reveals nothing about them.
QString recordFingerprint(const AccountConfig &account, const RecordConfig &record, const SecretValues &secrets,
                          const QByteArray &key);

} // namespace homing
