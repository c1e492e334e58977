#include "propagation/ServedAnswer.h"

#include <QJsonArray>

namespace homing {

QJsonObject ServedAnswer::toJson() const
{
    QJsonObject object{{QStringLiteral("server"), server}};
    if (!nameserver.isEmpty())
        object.insert(QStringLiteral("nameserver"), nameserver);
    if (answered()) {
        object.insert(QStringLiteral("values"), QJsonArray::fromStringList(values));
        object.insert(QStringLiteral("ttl"), qint64(ttl));
    } else {
        object.insert(QStringLiteral("error"), error);
    }
    return object;
}

ServedAnswer ServedAnswer::fromJson(const QJsonObject &object)
{
    ServedAnswer answer;
    answer.server = object.value(QStringLiteral("server")).toString();
    answer.nameserver = object.value(QStringLiteral("nameserver")).toString();
    for (const auto &value : object.value(QStringLiteral("values")).toArray())
        answer.values.append(value.toString());
    answer.ttl = quint32(object.value(QStringLiteral("ttl")).toInteger());
    answer.error = object.value(QStringLiteral("error")).toString();
    return answer;
}

} // namespace homing
