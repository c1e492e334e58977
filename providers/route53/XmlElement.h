#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QXmlStreamWriter;

namespace homing::providers {

// A small read-only tree of an XML answer (Route 53 speaks XML), read with
// QXmlStreamReader. Names are local names: Route 53 puts everything in one
// namespace. Enough to look answers up by path and to write an element back
// as it came (the attributes of a record set Homing does not change).
struct XmlElement {
    QString name; // local name
    QString text; // the character data directly inside, as written
    QList<XmlElement> children;

    // The first child of that name, or null.
    const XmlElement *child(const QString &childName) const;
    QList<const XmlElement *> childrenNamed(const QString &childName) const;
    // The trimmed text of the first child of that name; empty when there is none.
    QString childText(const QString &childName) const;

    // The document's root element, or nothing (and `error`) when the text is not
    // well-formed XML, declares a DTD, or nests deeper than any answer does.
    static std::optional<XmlElement> parse(const QByteArray &xml, QString *error = nullptr);
    // This element (unqualified, so in the writer's default namespace) and everything in it.
    void write(QXmlStreamWriter &writer) const;
};

} // namespace homing::providers
