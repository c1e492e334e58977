#pragma once

#include <QString>
#include <optional>

namespace homing {

// Where a secret lives. config.json holds only these references, never values:
// "keychain" (the OS keychain, keyed by account id and field), "env:NAME" or
// "file:PATH" (a file readable by its owner only).
struct SecretReference {
    enum class Kind { Keychain, Environment, File };
    Kind kind = Kind::Keychain;
    QString target; // variable name or file path

    static std::optional<SecretReference> parse(const QString &text);
    QString toString() const;
    bool operator==(const SecretReference &) const = default;
};

} // namespace homing
