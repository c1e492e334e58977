#include "router/RouterErrorText.h"

#include "address/AddressClassifier.h"

#include <QCoreApplication>

namespace homing {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(homing::RouterClient)
};

// libnatpmp's codes (natpmp.h), repeated so this file does not need the
// library's header: they are part of its stable API.
constexpr int kNatPmpUnsupportedVersion = -14;
constexpr int kNatPmpUnsupportedOpcode = -15;
constexpr int kNatPmpNotAuthorized = -51;
constexpr int kNatPmpNetworkFailure = -52;
constexpr int kNatPmpOutOfResources = -53;

} // namespace

QString upnpErrorText(int code)
{
    switch (code) {
    case -1:
        return Text::tr("the router gave an answer UPnP does not define (miniupnpc error -1)");
    case -2:
        return Text::tr("the request to the router was malformed (miniupnpc error -2)");
    case -3:
        return Text::tr("the router's UPnP service could not be reached over HTTP; it may have restarted");
    case -4:
        return Text::tr("the router's UPnP answer could not be read");
    case -5:
        return Text::tr("out of memory while talking to the router");
    case 401:
        return Text::tr("the router does not offer this UPnP action (401 Invalid Action)");
    case 402:
        return Text::tr("the router rejected the request's arguments (402 Invalid Args)");
    case 501:
        return Text::tr("the router failed to carry out the request (501 Action Failed); its firewall may not be "
                        "set up for UPnP");
    case 606:
        return Text::tr("the router does not allow this computer to change port mappings (606 Action not "
                        "authorized); allow it in the router's UPnP settings");
    case 714:
        return Text::tr("the router has no such port mapping (714 NoSuchEntryInArray)");
    case 715:
    case 716:
    case 726:
    case 727:
    case 732:
        return Text::tr("the router does not accept wildcards in port mappings (%1)").arg(code);
    case 718:
        return Text::tr("the external port is already mapped to another computer (718 ConflictInMappingEntry); "
                        "choose another external port or remove the other mapping in the router");
    case 724:
        return Text::tr("the router requires the external and internal ports to be the same (724 "
                        "SamePortValuesRequired)");
    case 725:
        return Text::tr("the router supports only permanent port mappings (725 OnlyPermanentLeasesSupported)");
    case 728:
        return Text::tr("the router has no room for more port mappings (728 NoPortMapsAvailable); remove some in "
                        "the router");
    case 729:
        return Text::tr("the port is in use by another of the router's mechanisms (729 ConflictWithOtherMechanisms)");
    default:
        return Text::tr("the router refused with UPnP error %1").arg(code);
    }
}

QString natPmpResultText(int resultCode)
{
    switch (resultCode) {
    case 1:
        return Text::tr("the router does not support this NAT-PMP version (result 1)");
    case 2:
        return Text::tr("the router does not allow this computer to map ports (NAT-PMP result 2, not "
                        "authorized); allow it in the router's settings");
    case 3:
        return Text::tr("the router has no public WAN address (NAT-PMP result 3, network failure): it is behind "
                        "another NAT, often the provider's carrier-grade NAT");
    case 4:
        return Text::tr("the router has no room for more port mappings (NAT-PMP result 4, out of resources)");
    case 5:
        return Text::tr("the router does not support this NAT-PMP request (result 5, unsupported opcode)");
    default:
        return Text::tr("the router refused with NAT-PMP result %1").arg(resultCode);
    }
}

QString pcpResultText(int resultCode)
{
    switch (resultCode) {
    case 1:
        return Text::tr("the router does not support this PCP version (result 1); try natpmp");
    case 2:
        return Text::tr("the router does not allow this computer to map ports (PCP result 2, not authorized)");
    case 3:
        return Text::tr("the router could not read the PCP request (result 3, malformed request)");
    case 4:
        return Text::tr("the router does not support this PCP request (result 4, unsupported opcode)");
    case 5:
        return Text::tr("the router does not accept a PCP option Homing sent (result 5, unsupported option); to map "
                        "a port for another computer, the router must allow PCP's THIRD_PARTY option");
    case 6:
        return Text::tr("the router rejected a PCP option (result 6, malformed option)");
    case 7:
        return Text::tr("the router has no public WAN address (PCP result 7, network failure): it is behind another "
                        "NAT, often the provider's carrier-grade NAT");
    case 8:
        return Text::tr("the router has no room for more mappings, or none for this one (PCP result 8, no "
                        "resources)");
    case 9:
        return Text::tr("the router does not support this protocol in mappings (PCP result 9)");
    case 10:
        return Text::tr("the router has reached this computer's limit of mappings (PCP result 10, user exceeded "
                        "quota)");
    case 11:
        return Text::tr("the router cannot give the requested external address or port (PCP result 11)");
    case 12:
        return Text::tr("the router saw the request come from another address than it claims (PCP result 12, "
                        "address mismatch): another NAT is between this computer and the router");
    case 13:
        return Text::tr("the router refused: too many remote peers (PCP result 13)");
    default:
        return Text::tr("the router refused with PCP result %1").arg(resultCode);
    }
}

int natPmpResultCodeFromLibrary(int libraryCode)
{
    switch (libraryCode) {
    case kNatPmpUnsupportedVersion:
        return 1;
    case kNatPmpNotAuthorized:
        return 2;
    case kNatPmpNetworkFailure:
        return 3;
    case kNatPmpOutOfResources:
        return 4;
    case kNatPmpUnsupportedOpcode:
        return 5;
    default:
        return 0;
    }
}

QString natPmpLibraryErrorText(int libraryCode)
{
    switch (libraryCode) {
    case -3:
        return Text::tr("no default gateway was found to ask over NAT-PMP; give one with natpmp?gateway=ADDRESS");
    case -7:
        return Text::tr("the router did not answer NAT-PMP; it may not support it or have it switched off");
    default:
        return Text::tr("NAT-PMP failed on this computer (libnatpmp error %1)").arg(libraryCode);
    }
}

ExternalAddressResult externalAddressResult(const QHostAddress &external)
{
    ExternalAddressResult result;
    result.address = external;
    const AddressClassification classification = classifyAddress(external);
    if (!classification.isPublic()) {
        result.notPublic = true;
        result.error = Text::tr("The router's WAN address %1 is not public (%2): the router is behind another "
                                "NAT, often the provider's carrier-grade NAT.")
                           .arg(external.toString(), classification.description());
    }
    return result;
}

} // namespace homing
