#pragma once

#include "text/Sentence.h"

#include <string>
#include <string_view>
#include <vector>

namespace kg {

// The known shape of a text property. Values of a known form are checked when a design is
// loaded, imported or edited, because they reach generated code (scripts, Terraform, Bicep,
// YAML) and pictures: a value that passes is one the cloud tools would accept, so it can never
// carry shell, HCL or YAML syntax. The writers quote and escape every value anyway.
enum class TextForm {
    Free,            // any one-line text without control or bidirectional control characters
    AzureLocation,   // eastus, westeurope2: lower-case letters and digits
    AwsRegion,       // us-east-1, us-gov-west-1, ap-southeast-2
    AwsZone,         // us-east-1a, or a zone id such as use1-az1
    DnsName,         // privatelink.eastus.azmk8s.io (labels of letters, digits, '-', '_')
    DnsLabel,        // one DNS label of letters, digits and '-' (an AKS dnsPrefix)
    AzureResourceId, // /subscriptions/<id>/resourceGroups/<group>/providers/...
    Principal,       // an IAM ARN, or a Microsoft Entra user, group or object id
    DnsRecord,       // name=address (an A record of a private DNS zone)
    RouteTable,      // a transit gateway route table's name: default, rt-shared
    TgwRoute,        // a static route: <route table> <cidr> <attachment id or blackhole>
    RoleAssignment,  // <Entra principal> <built-in role, or a custom role's actions>
    EksAccessEntry,  // <IAM ARN> [<access policy> | <Kubernetes group>]...
    AwsAuthEntry,    // <IAM ARN> [<Kubernetes group>]... (the aws-auth ConfigMap)
};

// Why `text` is not fit to show or keep as one value; empty when it is. Refused: bytes that
// are not UTF-8, control characters (line breaks and tabs only where `multiline`), and the
// Unicode bidirectional controls (U+202A..U+202E, U+2066..U+2069, U+200E, U+200F, U+061C),
// which reverse how the text is drawn in the canvas, exports and terminals. The sentence names
// the character and where it is ("a right-to-left override (U+202E) at character 5").
Sentence textProblem(std::string_view text, bool multiline);

// Why `text` does not have `form`; empty when it does or when `text` is empty (unset). The
// sentence says what the form is, with an example, and ends without a full stop.
Sentence textFormProblem(TextForm form, std::string_view text);

// `text` with every character textProblem() refuses replaced by a space (bidirectional
// controls dropped), for text taken from other tools, such as names in cloud JSON.
std::string cleanedText(std::string_view text);

// Why `name` (an element's name or the design's title) or `notes` cannot be kept: too long
// (limits::kMaxNameLength, kMaxNotesLength) or holding what textProblem() refuses; empty when
// fine. The sentence starts with the problem ("is 240 bytes long; the limit is 200").
Sentence nameProblem(std::string_view name);
Sentence notesProblem(std::string_view notes);

// The words of `text` separated by spaces (runs of spaces count as one), as views into it:
// how the parts of a static route are read, by the check and by the analysis alike.
std::vector<std::string_view> spaceSeparated(std::string_view text);

// An Azure location's display name as its name ("East US 2" -> "eastus2"): letters lowered,
// spaces dropped, as Azure itself reads it. Other text is returned unchanged.
std::string azureLocationName(std::string_view text);

} // namespace kg
