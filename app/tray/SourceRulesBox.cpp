#include "SourceRulesBox.h"

#include "AddressesView.h"
#include "SourcePreview.h"
#include "config/Config.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

namespace homing::gui {

namespace {

QString familyLabel(AddressFamily family)
{
    return family == AddressFamily::IPv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
}

} // namespace

SourceRulesBox::SourceRulesBox(const IpSourceFactory &factory, IpSourceEnvironment environment, const QJsonObject &config,
                               QWidget *parent)
    : QGroupBox(parent)
    , m_ip(config.value(QStringLiteral("ip")).toObject())
    , m_ipv4(new QLineEdit(this))
    , m_ipv6(new QLineEdit(this))
    , m_previewButton(new QPushButton(tr("Pre&view"), this))
    , m_verdict(new QLabel(this))
    , m_view(new AddressesView(this))
    , m_preview(new SourcePreview(factory, std::move(environment), this))
    , m_typing(new QTimer(this))
{
    setTitle(tr("Where the address comes from"));
    setObjectName(QStringLiteral("sourceRules"));
    const QString help = tr("Sources, separated by spaces: echo services (https://…), interface:NAME or interface:* "
                            "with rules such as ?suffix=stable-privacy or ?prefix=2408:8207::/32, upnp, natpmp. "
                            "Empty: Homing's defaults.");
    for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        QLineEdit *field = edit(family);
        const QString key = addressFamilyKey(family);
        field->setObjectName(family == AddressFamily::IPv6 ? QStringLiteral("sourcesIpv6") : QStringLiteral("sourcesIpv4"));
        field->setAccessibleName(tr("%1 sources").arg(familyLabel(family)));
        field->setToolTip(help);
        field->setPlaceholderText(defaultIpSources(family).join(QLatin1Char(' ')));
        QStringList current;
        for (const auto &value : m_ip.value(key).toObject().value(QStringLiteral("sources")).toArray())
            current.append(value.toString());
        field->setText(current.join(QLatin1Char(' ')));
        field->setClearButtonEnabled(true);
        connect(field, &QLineEdit::textEdited, this, [this, family] {
            m_lastEdited = family;
            m_typing->start();
        });
    }
    m_typing->setSingleShot(true);
    m_typing->setInterval(700); // a pause in typing, not every key
    connect(m_typing, &QTimer::timeout, this, [this] { preview(m_lastEdited); });
    m_previewButton->setObjectName(QStringLiteral("previewSources"));
    m_previewButton->setToolTip(tr("Ask these sources now and show which address they would choose, and why"));
    connect(m_previewButton, &QPushButton::clicked, this, [this] { preview(m_lastEdited); });
    m_verdict->setObjectName(QStringLiteral("sourcesVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setText(tr("Type a source to see which address it would choose, before saving."));
    m_view->setObjectName(QStringLiteral("sourcesPreview"));
    m_view->table()->setMinimumHeight(130);
    connect(m_preview, &SourcePreview::finished, this, &SourceRulesBox::showResult);

    auto *form = new QFormLayout;
    form->addRow(tr("IPv4 sources"), m_ipv4);
    form->addRow(tr("IPv6 sources"), m_ipv6);
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(m_previewButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(verdictRow);
    layout->addWidget(m_view, 1);
}

QLineEdit *SourceRulesBox::edit(AddressFamily family) const
{
    return family == AddressFamily::IPv6 ? m_ipv6 : m_ipv4;
}

QStringList SourceRulesBox::sources(AddressFamily family) const
{
    return SourcePreview::splitSpecs(edit(family)->text());
}

bool SourceRulesBox::changed(AddressFamily family) const
{
    QStringList before;
    for (const auto &value : m_ip.value(addressFamilyKey(family)).toObject().value(QStringLiteral("sources")).toArray())
        before.append(value.toString());
    return sources(family) != before;
}

QString SourceRulesBox::problem() const
{
    for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        if (const QString wrong = m_preview->problem(sources(family)); !wrong.isEmpty())
            return tr("%1 sources: %2").arg(familyLabel(family), wrong);
    }
    return {};
}

void SourceRulesBox::preview(AddressFamily family)
{
    m_typing->stop();
    m_lastEdited = family;
    QStringList specs = sources(family);
    if (specs.isEmpty())
        specs = defaultIpSources(family);
    const QJsonObject section = m_ip.value(addressFamilyKey(family)).toObject();
    const int minAgree = section.value(QStringLiteral("min_agree")).toInt(specs.size() >= 2 ? 2 : 1);
    m_verdict->setText(tr("Asking the %1 sources…").arg(familyLabel(family)));
    m_verdict->setStyleSheet({});
    m_preview->start(family, specs, minAgree);
}

void SourceRulesBox::showResult(AddressFamily family, const QJsonObject &result, const QString &problem)
{
    const QString label = familyLabel(family);
    m_view->setFamily(addressFamilyKey(family), result);
    if (!problem.isEmpty()) {
        m_verdict->setText(tr("✘ %1: %2").arg(label, problem));
        m_verdict->setStyleSheet(QStringLiteral("color: #b02a1e"));
        return;
    }
    const QString address = result.value(QStringLiteral("address")).toString();
    if (address.isEmpty()) {
        // Each source's own reason says what to fix.
        QStringList reasons{result.value(QStringLiteral("error")).toString()};
        for (const auto &value : result.value(QStringLiteral("sources")).toArray()) {
            const QJsonObject source = value.toObject();
            if (const QString error = source.value(QStringLiteral("error")).toString(); !error.isEmpty())
                reasons.append(QStringLiteral("%1: %2").arg(source.value(QStringLiteral("source")).toString(), error));
        }
        m_verdict->setText(tr("✘ %1: no address would be accepted: %2").arg(label, reasons.join(QStringLiteral("; "))));
        m_verdict->setStyleSheet(QStringLiteral("color: #b02a1e"));
        return;
    }
    // Why: the chosen candidate's reason, when an interface source chose it.
    QString why;
    QString by;
    for (const auto &value : result.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject source = value.toObject();
        if (source.value(QStringLiteral("address")).toString() != address)
            continue;
        if (by.isEmpty())
            by = source.value(QStringLiteral("source")).toString();
        for (const auto &candidate : source.value(QStringLiteral("candidates")).toArray()) {
            if (candidate.toObject().value(QStringLiteral("chosen")).toBool() && why.isEmpty())
                why = candidate.toObject().value(QStringLiteral("reason")).toString();
        }
    }
    m_verdict->setText(why.isEmpty() ? tr("✔ %1 would be %2 (from %3)").arg(label, address, by)
                                     : tr("✔ %1 would be %2 (from %3): %4").arg(label, address, by, why));
    m_verdict->setStyleSheet(QStringLiteral("color: #2e7d32"));
}

} // namespace homing::gui
