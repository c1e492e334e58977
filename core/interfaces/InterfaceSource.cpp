#include "interfaces/InterfaceSource.h"

#include "interfaces/OutboundRoute.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::InterfaceSource)
};

const QLatin1String kPrefix("interface:");

QString knownOptions()
{
    return QStringLiteral("prefix, suffix, ula, temporary, deprecated");
}

QString knownSuffixKinds()
{
    return QStringLiteral("static, eui64, stable-privacy, dhcpv6, temporary, other");
}

} // namespace

InterfaceSource::InterfaceSource(QString spec, Scanner scanner)
    : m_spec(std::move(spec))
    , m_scanner(std::move(scanner))
{
    parse(m_spec, &m_parsed);
    if (!m_scanner)
        m_scanner = [] {
            InterfaceScan scan = InterfaceScanner().scan();
            findOutboundInterfaces(&scan);
            return scan;
        };
}

bool InterfaceSource::matches(const QString &spec)
{
    return spec.startsWith(kPrefix);
}

QString InterfaceSource::validate(const QString &spec)
{
    Parsed parsed;
    return parse(spec, &parsed);
}

QString InterfaceSource::parse(const QString &spec, Parsed *parsed)
{
    const QString rest = spec.mid(kPrefix.size());
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    const QString name = question < 0 ? rest : rest.left(question);
    const QString query = question < 0 ? QString() : rest.mid(question + 1);
    if (name.isEmpty()) {
        return Text::tr("\"%1\" names no interface: write interface:NAME (e.g. interface:eth0) or interface:* "
                        "for every interface")
            .arg(spec);
    }
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_.:@*{}-]+$"));
    if (name.size() > 64 || !namePattern.match(name).hasMatch()) {
        return Text::tr("\"%1\" is not an interface name: use the name the system shows (e.g. eth0, enp3s0, "
                        "wlan0, Ethernet) or * for every interface")
            .arg(name);
    }
    parsed->interfacePattern = name;
    QSet<QString> seen;
    const QStringList options = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    if (question >= 0 && options.isEmpty())
        return Text::tr("\"%1\" has a ? but no options after it (known options: %2)").arg(spec, knownOptions());
    for (const auto &option : options) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        const QString key = equals < 0 ? option : option.left(equals);
        const QString value = equals < 0 ? QString() : option.mid(equals + 1);
        if (seen.contains(key))
            return Text::tr("the option %1 is given twice in \"%2\": give it once, with values separated by commas").arg(key, spec);
        seen.insert(key);
        if (value.isEmpty())
            return Text::tr("the option %1 in \"%2\" has no value (write %1=VALUE)").arg(key, spec);
        if (key == QLatin1String("prefix")) {
            for (const auto &text : value.split(QLatin1Char(','))) {
                const auto subnet = QHostAddress::parseSubnet(text.trimmed());
                if (subnet.first.isNull() || !text.contains(QLatin1Char('/'))) {
                    return Text::tr("\"%1\" is not a prefix: write an address, a slash and the prefix length, "
                                    "e.g. 2408:8207::/32")
                        .arg(text);
                }
                parsed->rules.prefixes.append(subnet);
            }
        } else if (key == QLatin1String("suffix")) {
            for (const auto &text : value.split(QLatin1Char(','))) {
                SuffixKind kind = SuffixKind::Other;
                if (!suffixKindFromName(text.trimmed(), &kind))
                    return Text::tr("\"%1\" is not a kind of suffix (known: %2)").arg(text, knownSuffixKinds());
                parsed->rules.suffixKinds.append(kind);
            }
        } else if (key == QLatin1String("ula")) {
            if (value == QLatin1String("fallback"))
                parsed->rules.ula = SelectionRules::Ula::Fallback;
            else if (value == QLatin1String("never"))
                parsed->rules.ula = SelectionRules::Ula::Never;
            else
                return Text::tr("ula must be fallback (a ULA only when no global address is usable) or never, not \"%1\"").arg(value);
        } else if (key == QLatin1String("temporary") || key == QLatin1String("deprecated")) {
            bool allow = false;
            if (value == QLatin1String("allow"))
                allow = true;
            else if (value != QLatin1String("never"))
                return Text::tr("%1 must be never or allow, not \"%2\"").arg(key, value);
            (key == QLatin1String("temporary") ? parsed->rules.allowTemporary : parsed->rules.allowDeprecated) = allow;
        } else {
            return Text::tr("\"%1\" is not an option of an interface source (known options: %2)").arg(key, knownOptions());
        }
    }
    return {};
}

bool InterfaceSource::interfaceMatches(const QString &name) const
{
    if (!m_parsed.interfacePattern.contains(QLatin1Char('*')))
        return name == m_parsed.interfacePattern;
    const QRegularExpression pattern(QRegularExpression::wildcardToRegularExpression(m_parsed.interfacePattern));
    return pattern.match(name).hasMatch();
}

SourceAnswer InterfaceSource::answerFor(const InterfaceScan &scan, AddressFamily family) const
{
    SourceAnswer answer(m_spec, {});
    if (!scan.error.isEmpty()) {
        answer.error = scan.error;
        return answer;
    }
    QList<InterfaceAddress> addresses;
    QStringList names;
    for (const auto &address : scan.addresses) {
        if (!names.contains(address.interfaceName))
            names.append(address.interfaceName);
        if (interfaceMatches(address.interfaceName))
            addresses.append(address);
    }
    const bool wildcard = m_parsed.interfacePattern.contains(QLatin1Char('*'));
    if (addresses.isEmpty() && !wildcard) {
        answer.error = Text::tr("this host has no interface %1 with an address (interfaces with addresses: %2); "
                                "check the name with `ip addr` or `ipconfig`")
                           .arg(m_parsed.interfacePattern, names.join(QLatin1String(", ")));
        return answer;
    }
    SelectionRules rules = m_parsed.rules;
    rules.outboundInterface = family == AddressFamily::IPv4 ? scan.outboundIpv4 : scan.outboundIpv6;
    const SelectionOutcome outcome = selectAddress(addresses, family, rules);
    answer.candidates = outcome.candidates;
    answer.address = outcome.chosen;
    if (outcome.chosen.isNull()) {
        const QString label = family == AddressFamily::IPv4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
        answer.error = outcome.candidates.isEmpty()
            ? Text::tr("no %1 address on %2").arg(label, m_parsed.interfacePattern)
            : Text::tr("none of the %n %1 address(es) on %2 can be published (each one's reason is listed)", nullptr,
                       int(outcome.candidates.size()))
                  .arg(label, m_parsed.interfacePattern);
    }
    return answer;
}

void InterfaceSource::query(AddressFamily family, QObject *context, Callback done)
{
    // A netlink dump or an IP Helper call answers at once; the hop keeps
    // query()'s promise that `done` runs after it returns.
    SourceAnswer answer = answerFor(m_scanner(), family);
    QMetaObject::invokeMethod(
        context, [answer = std::move(answer), done = std::move(done)] { done(answer); }, Qt::QueuedConnection);
}

} // namespace homing
