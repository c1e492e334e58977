#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace homing {

// What one server answered for the record.
struct ServedAnswer {
    QString server;     // "192.0.2.53:53"
    QString nameserver; // "ns1.example.com" when found from the zone's NS records
    QStringList values; // sorted; empty when the server has no such record
    quint32 ttl = 0;    // as the server gave it (a resolver: what its cache has left)
    QString error;      // why there is no usable answer; empty when there is one

    bool answered() const { return error.isEmpty(); }
    QJsonObject toJson() const;
    static ServedAnswer fromJson(const QJsonObject &object);
};

} // namespace homing
