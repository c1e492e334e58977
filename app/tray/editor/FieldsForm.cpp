#include "editor/FieldsForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace homing::gui {

namespace {

// A boolean with no default has three answers: leave it to the provider, yes, no.
enum TriState { Unset, Yes, No };

// "Name: value" per line for a map of strings (custom headers).
QString mapToText(const QJsonObject &map)
{
    QStringList lines;
    for (auto it = map.begin(); it != map.end(); ++it)
        lines.append(it.key() + QStringLiteral(": ") + it.value().toString());
    return lines.join(QLatin1Char('\n'));
}

QJsonValue textToMap(const QString &text)
{
    QJsonObject map;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return QJsonValue(line); // not a map: the loader says what is wrong
        map.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return map.isEmpty() ? QJsonValue() : QJsonValue(map);
}

} // namespace

QLabel *makeHelpLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *makeProblemLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setVisible(false);
    // A red that reads on the light and the dark palette alike.
    QPalette palette = label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x20));
    label->setPalette(palette);
    return label;
}

void showProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

FieldsForm::FieldsForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void FieldsForm::setFields(const QList<FieldSpec> &fields, const QJsonObject &values)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear();
    for (const FieldSpec &field : fields) {
        Row row;
        row.field = field;
        const QJsonValue value = values.contains(field.key) ? values.value(field.key) : field.defaultValue;
        const QString label = field.translatedLabel() + (field.required ? QStringLiteral(" *") : QString());
        QWidget *editor = nullptr;
        if (field.kind == FieldSpec::Kind::Secret) {
            auto *edit = new QLineEdit;
            edit->setEchoMode(QLineEdit::Password);
            edit->setClearButtonEnabled(true);
            connect(edit, &QLineEdit::textEdited, this, &FieldsForm::edited);
            editor = edit;
        } else {
            switch (field.type) {
            case FieldSpec::Type::Boolean: {
                auto *combo = new QComboBox;
                if (field.defaultValue.isUndefined())
                    combo->addItem(tr("Not set (leave it as it is)"), int(Unset));
                combo->addItem(tr("Yes"), int(Yes));
                combo->addItem(tr("No"), int(No));
                const int wanted = value.isBool() ? (value.toBool() ? Yes : No) : Unset;
                combo->setCurrentIndex(std::max(0, combo->findData(wanted)));
                connect(combo, &QComboBox::currentIndexChanged, this, &FieldsForm::edited);
                editor = combo;
                break;
            }
            case FieldSpec::Type::Integer: {
                auto *spin = new QSpinBox;
                spin->setRange(0, 1000000);
                spin->setValue(value.toInt());
                connect(spin, &QSpinBox::valueChanged, this, &FieldsForm::edited);
                editor = spin;
                break;
            }
            case FieldSpec::Type::Choice: {
                auto *combo = new QComboBox;
                if (!field.required)
                    combo->addItem(tr("Not set"), QString());
                for (const QString &choice : field.choices)
                    combo->addItem(choice, choice);
                combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
                connect(combo, &QComboBox::currentIndexChanged, this, &FieldsForm::edited);
                editor = combo;
                break;
            }
            case FieldSpec::Type::StringMap:
            case FieldSpec::Type::Text: {
                auto *text = new QPlainTextEdit;
                text->setTabChangesFocus(true);
                text->setPlainText(field.type == FieldSpec::Type::StringMap ? mapToText(value.toObject()) : value.toString());
                text->setMaximumHeight(text->fontMetrics().lineSpacing() * 5);
                connect(text, &QPlainTextEdit::textChanged, this, &FieldsForm::edited);
                editor = text;
                break;
            }
            case FieldSpec::Type::String:
            case FieldSpec::Type::Url: {
                auto *edit = new QLineEdit(value.isString() ? value.toString() : QString());
                if (field.type == FieldSpec::Type::Url)
                    edit->setPlaceholderText(QStringLiteral("https://"));
                connect(edit, &QLineEdit::textEdited, this, &FieldsForm::edited);
                editor = edit;
                break;
            }
            }
        }
        editor->setObjectName(QStringLiteral("field_") + field.key);
        editor->setAccessibleName(field.translatedLabel());
        editor->setAccessibleDescription(field.translatedHelp());
        editor->setToolTip(field.translatedHelp());

        auto *cell = new QWidget;
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(editor);
        if (field.kind == FieldSpec::Kind::Secret) {
            row.note = new QLabel;
            row.note->setObjectName(QStringLiteral("note_") + field.key);
            row.note->setWordWrap(true);
            row.note->setVisible(false);
            column->addWidget(row.note);
        }
        if (*field.help)
            column->addWidget(makeHelpLabel(field.translatedHelp()));
        row.problem = makeProblemLabel(QStringLiteral("problem_") + field.key);
        column->addWidget(row.problem);
        auto *labelWidget = new QLabel(label);
        labelWidget->setBuddy(editor);
        m_layout->addRow(labelWidget, cell);
        row.editor = editor;
        m_rows.append(row);
    }
}

QJsonValue FieldsForm::valueOf(const Row &row) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(row.editor))
        return edit->text().trimmed().isEmpty() ? QJsonValue() : QJsonValue(edit->text().trimmed());
    if (auto *spin = qobject_cast<QSpinBox *>(row.editor))
        return spin->value();
    if (auto *text = qobject_cast<QPlainTextEdit *>(row.editor)) {
        if (row.field.type == FieldSpec::Type::StringMap)
            return textToMap(text->toPlainText());
        return text->toPlainText().trimmed().isEmpty() ? QJsonValue() : QJsonValue(text->toPlainText());
    }
    if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        if (row.field.type == FieldSpec::Type::Boolean) {
            const int state = combo->currentData().toInt();
            return state == Unset ? QJsonValue() : QJsonValue(state == Yes);
        }
        const QString choice = combo->currentData().toString();
        return choice.isEmpty() ? QJsonValue() : QJsonValue(choice);
    }
    return {};
}

QJsonObject FieldsForm::settings() const
{
    QJsonObject values;
    for (const Row &row : m_rows) {
        if (row.field.kind != FieldSpec::Kind::Setting)
            continue;
        const QJsonValue value = valueOf(row);
        if (!value.isNull() && !value.isUndefined())
            values.insert(row.field.key, value);
    }
    return values;
}

QHash<QString, QString> FieldsForm::typedSecrets() const
{
    QHash<QString, QString> secrets;
    for (const Row &row : m_rows) {
        if (row.field.kind != FieldSpec::Kind::Secret)
            continue;
        // Not trimmed: a secret is exactly what was typed.
        if (const QString text = qobject_cast<QLineEdit *>(row.editor)->text(); !text.isEmpty())
            secrets.insert(row.field.key, text);
    }
    return secrets;
}

void FieldsForm::setSecretNote(const QString &key, const QString &note)
{
    for (const Row &row : m_rows) {
        if (row.field.key == key && row.note) {
            row.note->setText(note);
            row.note->setVisible(!note.isEmpty());
        }
    }
}

void FieldsForm::setProblems(const QHash<QString, QString> &problems)
{
    for (const Row &row : m_rows)
        showProblem(row.problem, problems.value(row.field.key));
}

} // namespace homing::gui
