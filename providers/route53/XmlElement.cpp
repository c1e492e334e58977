#include "route53/XmlElement.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace homing::providers {

namespace {

// Route 53's answers nest six levels deep; anything far deeper is not one.
constexpr int kMaximumDepth = 32;

} // namespace

const XmlElement *XmlElement::child(const QString &childName) const
{
    for (const XmlElement &element : children) {
        if (element.name == childName)
            return &element;
    }
    return nullptr;
}

QList<const XmlElement *> XmlElement::childrenNamed(const QString &childName) const
{
    QList<const XmlElement *> found;
    for (const XmlElement &element : children) {
        if (element.name == childName)
            found.append(&element);
    }
    return found;
}

QString XmlElement::childText(const QString &childName) const
{
    const XmlElement *element = child(childName);
    return element ? element->text.trimmed() : QString();
}

std::optional<XmlElement> XmlElement::parse(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    QList<XmlElement> open; // the path from the root to the element being read
    std::optional<XmlElement> root;
    const auto fail = [error](const QString &why) -> std::optional<XmlElement> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            return fail(QStringLiteral("a document type declaration"));
        case QXmlStreamReader::StartElement:
            if (root)
                return fail(QStringLiteral("content after the root element"));
            if (open.size() >= kMaximumDepth)
                return fail(QStringLiteral("elements nested too deeply"));
            open.append(XmlElement{reader.name().toString(), {}, {}});
            break;
        case QXmlStreamReader::Characters:
            if (!open.isEmpty())
                open.last().text += reader.text();
            break;
        case QXmlStreamReader::EndElement: {
            XmlElement done = open.takeLast();
            if (open.isEmpty())
                root = std::move(done);
            else
                open.last().children.append(std::move(done));
            break;
        }
        default:
            break;
        }
    }
    if (reader.hasError())
        return fail(QStringLiteral("%1 (line %2, column %3)")
                        .arg(reader.errorString())
                        .arg(reader.lineNumber())
                        .arg(reader.columnNumber()));
    if (!root)
        return fail(QStringLiteral("no root element"));
    return root;
}

void XmlElement::write(QXmlStreamWriter &writer) const
{
    if (children.isEmpty()) {
        writer.writeTextElement(name, text);
        return;
    }
    writer.writeStartElement(name);
    for (const XmlElement &element : children)
        element.write(writer);
    writer.writeEndElement();
}

} // namespace homing::providers
