#include "model/TextForm.h"

#include "model/Cidr.h"
#include "model/EksMapping.h"
#include "model/Ids.h"
#include "model/IpAddress.h"
#include "model/Limits.h"
#include "model/RoleAssignment.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace kg {

namespace {

// One decoded code point and its length in bytes; length 0 when the bytes are not UTF-8.
struct Decoded
{
    char32_t cp = 0;
    std::size_t length = 0;
};

Decoded decode(std::string_view s, std::size_t at)
{
    const auto b0 = static_cast<unsigned char>(s[at]);
    if (b0 < 0x80)
        return {b0, 1};
    std::size_t n = 0;
    char32_t cp = 0;
    if ((b0 & 0xE0) == 0xC0) {
        n = 2;
        cp = b0 & 0x1F;
    } else if ((b0 & 0xF0) == 0xE0) {
        n = 3;
        cp = b0 & 0x0F;
    } else if ((b0 & 0xF8) == 0xF0) {
        n = 4;
        cp = b0 & 0x07;
    } else {
        return {};
    }
    if (at + n > s.size())
        return {};
    for (std::size_t i = 1; i < n; ++i) {
        const auto b = static_cast<unsigned char>(s[at + i]);
        if ((b & 0xC0) != 0x80)
            return {};
        cp = (cp << 6) | (b & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return {};
    return {cp, n};
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators (line breaks to YAML
// and JavaScript).
bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

std::string codePoint(char32_t c)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

// The catalogue phrase that names a bidirectional control ("phrase.bidi.rlo").
const char* bidiPhrase(char32_t c)
{
    switch (c) {
    case 0x202A:
        return "phrase.bidi.lre";
    case 0x202B:
        return "phrase.bidi.rle";
    case 0x202C:
        return "phrase.bidi.pdf";
    case 0x202D:
        return "phrase.bidi.lro";
    case 0x202E:
        return "phrase.bidi.rlo";
    case 0x2066:
        return "phrase.bidi.lri";
    case 0x2067:
        return "phrase.bidi.rli";
    case 0x2068:
        return "phrase.bidi.fsi";
    case 0x2069:
        return "phrase.bidi.pdi";
    case 0x200E:
        return "phrase.bidi.lrm";
    case 0x200F:
        return "phrase.bidi.rlm";
    default:
        return "phrase.bidi.alm";
    }
}

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlnum(char c)
{
    return isLower(c) || isDigit(c) || (c >= 'A' && c <= 'Z');
}

// Splits at `sep`; empty parts are kept.
std::vector<std::string_view> split(std::string_view s, char sep)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == sep) {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

bool allOf(std::string_view s, bool (*pred)(char))
{
    return !s.empty() && std::all_of(s.begin(), s.end(), pred);
}

// us-east-1, us-gov-west-1, eu-isoe-west-1: two letters, words, a number.
bool isAwsRegion(std::string_view s)
{
    const auto parts = split(s, '-');
    if (parts.size() < 3 || parts.front().size() != 2 || !allOf(parts.front(), isLower))
        return false;
    for (std::size_t i = 1; i + 1 < parts.size(); ++i)
        if (!allOf(parts[i], isLower))
            return false;
    return allOf(parts.back(), isDigit) && parts.back().size() <= 2;
}

bool isAwsZone(std::string_view s)
{
    // A zone name is its region and one letter; a zone id is like use1-az1.
    if (s.size() > 1 && isLower(s.back()) && isAwsRegion(s.substr(0, s.size() - 1)))
        return true;
    const auto parts = split(s, '-');
    return parts.size() == 2 && parts[0].size() >= 3 && parts[0].size() <= 8 &&
           std::all_of(parts[0].begin(), parts[0].end(), [](char c) { return isAlnum(c); }) &&
           parts[1].size() > 2 && parts[1].substr(0, 2) == "az" &&
           allOf(parts[1].substr(2), isDigit);
}

bool isDnsLabel(std::string_view label, bool underscore)
{
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
        return false;
    return std::all_of(label.begin(), label.end(), [underscore](char c) {
        return isAlnum(c) || c == '-' || (underscore && c == '_');
    });
}

bool isRouteTable(std::string_view text)
{
    if (text.empty() || text.size() > 64 || !std::isalnum(static_cast<unsigned char>(text[0])))
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
    });
}

bool isDnsName(std::string_view s)
{
    if (!s.empty() && s.back() == '.')
        s.remove_suffix(1);
    if (s.empty() || s.size() > 253)
        return false;
    const auto labels = split(s, '.');
    return std::all_of(labels.begin(), labels.end(),
                       [](std::string_view l) { return isDnsLabel(l, true); });
}

// /subscriptions/<id>/resourceGroups/<group>/providers/<namespace>/<type>/<name>[/...]
bool isAzureResourceId(std::string_view s)
{
    const auto parts = split(s, '/');
    if (parts.size() < 5 || !parts[0].empty())
        return false;
    auto lower = [](std::string_view v) {
        std::string out(v);
        std::transform(out.begin(), out.end(), out.begin(),
                       [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; });
        return out;
    };
    if (lower(parts[1]) != "subscriptions")
        return false;
    return std::all_of(parts.begin() + 1, parts.end(), [](std::string_view p) {
        return !p.empty() && std::all_of(p.begin(), p.end(), [](char c) {
            return isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '(' || c == ')';
        });
    });
}

// arn:<partition>:iam::<account>:<role|user|group>/... or arn:<partition>:sts::<account>:...
bool isArn(std::string_view s)
{
    const auto parts = split(s, ':');
    if (parts.size() < 6 || parts[0] != "arn")
        return false;
    const std::string_view partition = parts[1];
    if (partition.substr(0, 3) != "aws" ||
        !std::all_of(partition.begin(), partition.end(),
                     [](char c) { return isLower(c) || c == '-'; }))
        return false;
    if (!allOf(parts[2], [](char c) { return isLower(c) || isDigit(c) || c == '-'; }))
        return false;
    if (!parts[3].empty() && !isAwsRegion(parts[3]))
        return false;
    if (!parts[4].empty() && (parts[4].size() != 12 || !allOf(parts[4], isDigit)))
        return false;
    // The resource: IAM names and paths take letters, digits and +=,.@_-/ .
    for (std::size_t i = 5; i < parts.size(); ++i)
        if (parts[i].empty() || !std::all_of(parts[i].begin(), parts[i].end(), [](char c) {
                return isAlnum(c) || std::string_view("+=,.@_-/").find(c) != std::string_view::npos;
            }))
            return false;
    return true;
}

// A Microsoft Entra principal: a user principal name, an object id, or a group or
// application name (letters, digits and ._-@ without spaces).
bool isEntraPrincipal(std::string_view s)
{
    if (s.size() > 256)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return isAlnum(c) || std::string_view("._-@'!#^~+").find(c) != std::string_view::npos;
    });
}

} // namespace

Sentence textProblem(std::string_view text, bool multiline)
{
    std::size_t character = 0;
    for (std::size_t at = 0; at < text.size(); ++character) {
        const Decoded d = decode(text, at);
        if (d.length == 0)
            return Sentence("problem.text.utf8", {{"byte", std::to_string(at + 1)}});
        at += d.length;
        if (isBidiControl(d.cp))
            return Sentence("problem.text.bidi",
                            {{"code", codePoint(d.cp)}, {"at", std::to_string(character + 1)}},
                            {{"control", Sentence(bidiPhrase(d.cp))}});
        if (isControl(d.cp) && !(multiline && (d.cp == '\n' || d.cp == '\r' || d.cp == '\t')))
            return Sentence("problem.text.control",
                            {{"code", codePoint(d.cp)}, {"at", std::to_string(character + 1)}});
    }
    return {};
}

namespace {

Sentence lengthProblem(std::string_view text, std::size_t limit)
{
    if (text.size() <= limit)
        return {};
    return Sentence("problem.text.long",
                    {{"length", std::to_string(text.size())}, {"limit", std::to_string(limit)}});
}

} // namespace

Sentence nameProblem(std::string_view name)
{
    if (Sentence why = lengthProblem(name, limits::kMaxNameLength); !why.empty())
        return why;
    return textProblem(name, false);
}

Sentence notesProblem(std::string_view notes)
{
    if (Sentence why = lengthProblem(notes, limits::kMaxNotesLength); !why.empty())
        return why;
    return textProblem(notes, true);
}

std::string azureLocationName(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == ' ')
            continue;
        if (!isAlnum(c))
            return std::string(text);
        out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return out;
}

std::string cleanedText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const Decoded d = decode(text, at);
        if (d.length == 0) {
            out += ' ';
            ++at;
            continue;
        }
        if (!isBidiControl(d.cp))
            out += isControl(d.cp) ? std::string(" ") : std::string(text.substr(at, d.length));
        at += d.length;
    }
    return out;
}

Sentence textFormProblem(TextForm form, std::string_view text)
{
    if (text.empty())
        return {};
    if (Sentence why = textProblem(text, false); !why.empty())
        return why;
    switch (form) {
    case TextForm::Free:
        return {};
    case TextForm::AzureLocation:
        if (text.size() <= 50 && isLower(text.front()) &&
            std::all_of(text.begin(), text.end(), [](char c) { return isLower(c) || isDigit(c); }))
            return {};
        return Sentence("problem.form.azure-location", {{"command", "az account list-locations"},
                                                        {"example", "eastus"},
                                                        {"another", "westeurope"}});
    case TextForm::AwsRegion:
        if (isAwsRegion(text))
            return {};
        return Sentence("problem.form.aws-region",
                        {{"example", "us-east-1"}, {"another", "ap-southeast-2"}});
    case TextForm::AwsZone:
        if (isAwsZone(text))
            return {};
        return Sentence("problem.form.aws-zone",
                        {{"example", "us-east-1a"}, {"another", "use1-az1"}});
    case TextForm::DnsName:
        if (isDnsName(text))
            return {};
        return Sentence("problem.form.dns-name", {{"example", "privatelink.eastus.azmk8s.io"}});
    case TextForm::DnsLabel:
        if (isDnsLabel(text, false) && text.size() <= 54)
            return {};
        return Sentence("problem.form.dns-label");
    case TextForm::AzureResourceId:
        if (isAzureResourceId(text))
            return {};
        return Sentence("problem.form.azure-resource-id",
                        {{"example", "/subscriptions/<id>/resourceGroups/<group>/providers/"
                                     "<namespace>/<type>/<name>"}});
    case TextForm::Principal:
        if (text.substr(0, 4) == "arn:") {
            if (isArn(text))
                return {};
            return Sentence("problem.form.arn",
                            {{"example", "arn:aws:iam::111122223333:role/ops"}});
        }
        if (isEntraPrincipal(text))
            return {};
        return Sentence("problem.form.principal", {{"example", "alice@contoso.com"}});
    case TextForm::DnsRecord: {
        const std::size_t eq = text.find('=');
        if (eq != std::string_view::npos && IpAddress::parse(text.substr(eq + 1)) &&
            (isDnsName(text.substr(0, eq)) || text.substr(0, eq) == "@"))
            return {};
        return Sentence("problem.form.dns-record", {{"example", "aks-pay=10.0.1.4"}});
    }
    case TextForm::RouteTable:
        if (isRouteTable(text))
            return {};
        return Sentence("problem.form.route-table",
                        {{"example", "default"}, {"another", "rt-shared"}});
    case TextForm::TgwRoute: {
        // Three words: the table, the destination, the attachment (or blackhole).
        const std::vector<std::string_view> words = spaceSeparated(text);
        if (words.size() == 3 && isRouteTable(words[0]) && Cidr::parse(words[1]) &&
            (words[2] == "blackhole" || isValidId(words[2])))
            return {};
        return Sentence("problem.form.tgw-route", {{"example", "default 10.20.0.0/16 att-prod"},
                                                   {"another", "default 10.99.0.0/16 blackhole"}});
    }
    case TextForm::RoleAssignment:
        return RoleAssignment::problem(text);
    case TextForm::EksAccessEntry:
        return EksMapping::problem(text, EksMapping::Source::AccessEntry);
    case TextForm::AwsAuthEntry:
        return EksMapping::problem(text, EksMapping::Source::AwsAuth);
    }
    return {};
}

std::vector<std::string_view> spaceSeparated(std::string_view text)
{
    std::vector<std::string_view> out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t end = std::min(text.find(' ', at), text.size());
        if (end > at)
            out.push_back(text.substr(at, end - at));
        at = end + 1;
    }
    return out;
}

} // namespace kg
