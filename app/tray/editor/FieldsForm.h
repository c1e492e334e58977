#pragma once

#include "provider/FieldSpec.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace homing::gui {

// Rows for a provider's declared fields, built from their FieldSpecs alone:
// a provider added later gets its form with no change here. Each row has
// the translated label (with a mark when required), the widget for its
// type, its help text and, under it, what is wrong with it.
class FieldsForm : public QWidget
{
    Q_OBJECT

public:
    explicit FieldsForm(QWidget *parent = nullptr);

    // Rebuilds the rows; `values` fills the settings, `secretStates` says
    // which secrets are stored already.
    void setFields(const QList<FieldSpec> &fields, const QJsonObject &values);
    bool isEmpty() const { return m_rows.isEmpty(); }

    QJsonObject settings() const;                  // settings the user gave a value
    QHash<QString, QString> typedSecrets() const;  // secrets typed now
    void setSecretNote(const QString &key, const QString &note);
    void setProblems(const QHash<QString, QString> &problems);

Q_SIGNALS:
    void edited();

private:
    struct Row {
        FieldSpec field;
        QWidget *editor = nullptr;
        QLabel *note = nullptr;    // secrets: whether one is stored
        QLabel *problem = nullptr;
    };
    QJsonValue valueOf(const Row &row) const;

    QFormLayout *m_layout;
    QList<Row> m_rows;
};

// Help under a field: wrapped, in the palette's quieter colour.
QLabel *makeHelpLabel(const QString &text);
// A label for what is wrong with a field, hidden until there is something.
QLabel *makeProblemLabel(const QString &objectName);
// The text a problem label shows, and its look: plain words in the palette's error colour.
void showProblem(QLabel *label, const QString &problem);

} // namespace homing::gui
