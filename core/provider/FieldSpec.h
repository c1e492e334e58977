#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace homing {

// One setting or secret a provider declares. The CLI lists these, the core
// validates config.json against them, and the tray app builds its forms from them.
struct FieldSpec {
    enum class Kind { Setting, Secret };
    enum class Scope { Account, Record }; // account "settings"/"secrets", or a record's "settings"
    enum class Type { String, Boolean, Integer, Url, Choice, StringMap, Text };

    QString key;
    const char *label = "";   // English; translated in context "homing::Providers"
    const char *help = "";    // English; translated in context "homing::Providers"
    Kind kind = Kind::Setting;
    Scope scope = Scope::Account;
    Type type = Type::String;
    bool required = false;
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined); // Undefined when there is none
    QStringList choices;      // for Type::Choice

    // A setting of the account (chain forRecord() for a record's setting).
    static FieldSpec setting(QString key, const char *label, const char *help, Type type = Type::String);
    // A secret of the account: config.json holds only a reference to it.
    static FieldSpec secret(QString key, const char *label, const char *help);
    FieldSpec &makeRequired()
    {
        required = true;
        return *this;
    }
    FieldSpec &forRecord()
    {
        scope = Scope::Record;
        return *this;
    }
    FieldSpec &withDefault(QJsonValue value)
    {
        defaultValue = std::move(value);
        return *this;
    }
    FieldSpec &withChoices(QStringList values)
    {
        choices = std::move(values);
        return *this;
    }

    QString translatedLabel() const;
    QString translatedHelp() const;
    static QString typeKey(Type type);
};

} // namespace homing
