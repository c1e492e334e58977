#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace homing::gui {

// A proxy as config.json writes it: a choice (the default, the system's
// proxy, none, or a URL) and the URL's field. value() is what to write, and
// empty when the key is best left out (it then means the default).
class ProxyField : public QWidget
{
    Q_OBJECT

public:
    enum class Default {
        System,    // a missing key means the system's proxy (the providers' proxy)
        Direct,    // a missing key means none (address detection)
        Inherited, // a missing key means the one in Settings (an account's)
    };

    explicit ProxyField(Default missingMeans, QWidget *parent = nullptr);

    void setValue(const QString &configValue);
    QString value() const;

Q_SIGNALS:
    void edited();

private:
    enum Choice { FromSettings, System, Direct, Url };
    void selectChoice(Choice choice);

    Default m_default;
    QComboBox *m_choice;
    QLineEdit *m_url;
};

} // namespace homing::gui
