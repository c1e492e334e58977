#pragma once

#include "address/IpSource.h"
#include "interfaces/AddressSelection.h"
#include "interfaces/InterfaceScanner.h"

#include <functional>

namespace homing {

// A source that reads this host's own interfaces and picks an address by
// rule (AddressSelection), listing every address it looked at and why it
// took it or not. Specs:
//   interface:NAME            one interface (a * wildcard matches several: "interface:*", "interface:enp*")
//   interface:NAME?OPTIONS    prefix=2408:8207::/32[,CIDR...]  suffix=static,eui64,stable-privacy,dhcpv6,other
//                             ula=fallback|never  temporary=never|allow  deprecated=never|allow
class InterfaceSource final : public IpSource
{
public:
    using Scanner = std::function<InterfaceScan()>;

    // `scanner` empty: the platform's InterfaceScanner. The spec must be valid (validate()).
    InterfaceSource(QString spec, Scanner scanner);

    QString spec() const override { return m_spec; }
    SourceKind kind() const override { return SourceKind::Interface; }
    void query(AddressFamily family, QObject *context, Callback done) override;

    // The answer for a scan, without the asynchronous hop (what query() delivers).
    SourceAnswer answerFor(const InterfaceScan &scan, AddressFamily family) const;

    static bool matches(const QString &spec);
    // Empty when valid; otherwise what is wrong, in plain words.
    static QString validate(const QString &spec);

private:
    struct Parsed {
        QString interfacePattern;
        SelectionRules rules;
    };
    static QString parse(const QString &spec, Parsed *parsed);
    bool interfaceMatches(const QString &name) const;

    QString m_spec;
    Scanner m_scanner;
    Parsed m_parsed;
};

} // namespace homing
