#include "ProxyField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace homing::gui {

ProxyField::ProxyField(Default missingMeans, QWidget *parent)
    : QWidget(parent)
    , m_default(missingMeans)
    , m_choice(new QComboBox(this))
    , m_url(new QLineEdit(this))
{
    if (m_default == Default::Inherited)
        m_choice->addItem(tr("As in Settings"), int(FromSettings));
    m_choice->addItem(m_default == Default::System ? tr("System proxy (default)") : tr("System proxy"), int(System));
    m_choice->addItem(m_default == Default::Direct ? tr("No proxy, direct (default)") : tr("No proxy, direct"), int(Direct));
    m_choice->addItem(tr("This proxy:"), int(Url));
    m_choice->setObjectName(QStringLiteral("proxyChoice"));
    m_url->setObjectName(QStringLiteral("proxyUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://host:port  socks5://host:port"));
    m_url->setAccessibleName(tr("Proxy address"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_url, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        m_url->setEnabled(m_choice->currentData().toInt() == Url);
        Q_EMIT edited();
    });
    connect(m_url, &QLineEdit::textEdited, this, &ProxyField::edited);
    setValue({});
}

void ProxyField::selectChoice(Choice choice)
{
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(int(choice))));
    m_url->setEnabled(choice == Url);
}

void ProxyField::setValue(const QString &configValue)
{
    m_url->clear();
    if (configValue.isEmpty()) {
        selectChoice(m_default == Default::Inherited ? FromSettings : (m_default == Default::System ? System : Direct));
    } else if (configValue == QLatin1String("system")) {
        selectChoice(System);
    } else if (configValue == QLatin1String("none")) {
        selectChoice(Direct);
    } else {
        selectChoice(Url);
        m_url->setText(configValue);
    }
}

QString ProxyField::value() const
{
    switch (Choice(m_choice->currentData().toInt())) {
    case FromSettings:
        return {};
    case System:
        return m_default == Default::System ? QString() : QStringLiteral("system");
    case Direct:
        return m_default == Default::Direct ? QString() : QStringLiteral("none");
    case Url:
        return m_url->text().trimmed();
    }
    return {};
}

} // namespace homing::gui
