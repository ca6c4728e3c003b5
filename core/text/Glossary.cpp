#include "text/Glossary.h"

#include <algorithm>
#include <string>

namespace kg {

const std::vector<GlossaryTerm>& glossary()
{
    static const std::vector<GlossaryTerm> terms = {
        {"private cluster", "专用群集"},
        {"authorized IP ranges", "授权的 IP 地址范围"},
        {"private DNS zone", "专用 DNS 区域"},
        {"private endpoint", "专用终结点"},
        {"public endpoint", "公共终结点"},
        {"inbound endpoint", "入站终结点"},
        {"bastion host", "堡垒主机"},
        {"peering", "对等互连"},
        {"API Server VNet integration", "API 服务器 VNet 集成"},
        {"VNet", "虚拟网络"},
        {"jumpbox", "跳板机"},
        {"security group", "安全组"},
        {"route table", "路由表"},
        {"NAT gateway", "NAT 网关"},
        {"internet gateway", "Internet 网关"},
        {"transit gateway", "中转网关"},
        {"route propagation", "路由传播"},
        {"conditional forwarder", "条件转发器"},
        {"self-hosted agent", "自托管代理"},
        {"self-hosted runner", "自托管运行器"},
        {"DNS Private Resolver", "DNS 专用解析程序"},
        {"native client support", "本机客户端支持"},
        {"VNet integration", "VNet 集成"},
        {"cluster", "群集"},
        {"finding", "检查结果"},
    };
    return terms;
}

namespace {

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool wordChar(char c)
{
    // '_' too: private_cluster_public_fqdn_enabled is an API name, not the word "cluster".
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

// Blanks every whole-word occurrence of `term` in `text` (lower case), an optional plural "s"
// included; true when there was one.
bool blank(std::string& text, std::string_view term)
{
    std::string t(term);
    for (char& c : t)
        c = lower(c);
    bool found = false;
    for (std::size_t at = text.find(t); at != std::string::npos; at = text.find(t, at + 1)) {
        std::size_t end = at + t.size();
        if (end < text.size() && text[end] == 's')
            ++end;
        if ((at > 0 && wordChar(text[at - 1])) || (end < text.size() && wordChar(text[end])))
            continue;
        std::fill(text.begin() + static_cast<std::ptrdiff_t>(at),
                  text.begin() + static_cast<std::ptrdiff_t>(end), ' ');
        found = true;
    }
    return found;
}

} // namespace

std::vector<GlossaryTerm> missingTerms(std::string_view english, std::string_view chinese)
{
    std::string text(english);
    for (char& c : text)
        c = lower(c);
    // Placeholders ({cluster}) are values, not words.
    for (std::size_t open = text.find('{'); open != std::string::npos;
         open = text.find('{', open)) {
        const std::size_t close = text.find('}', open);
        if (close == std::string::npos)
            break;
        std::fill(text.begin() + static_cast<std::ptrdiff_t>(open),
                  text.begin() + static_cast<std::ptrdiff_t>(close + 1), ' ');
    }
    // Code is not words either: a file's key in double quotes ("cluster") and a command in
    // backquotes (`aws eks describe-cluster`).
    for (const char quote : {'"', '`'}) {
        for (std::size_t open = text.find(quote); open != std::string::npos;
             open = text.find(quote, open)) {
            const std::size_t close = text.find(quote, open + 1);
            if (close == std::string::npos)
                break;
            std::fill(text.begin() + static_cast<std::ptrdiff_t>(open),
                      text.begin() + static_cast<std::ptrdiff_t>(close + 1), ' ');
        }
    }
    // Longer terms first: "private cluster" is one term, not "private" and "cluster".
    std::vector<GlossaryTerm> terms = glossary();
    std::stable_sort(terms.begin(), terms.end(), [](const GlossaryTerm& a, const GlossaryTerm& b) {
        return a.english.size() > b.english.size();
    });
    std::vector<GlossaryTerm> missing;
    for (const GlossaryTerm& term : terms)
        if (blank(text, term.english) && chinese.find(term.chinese) == std::string_view::npos)
            missing.push_back(term);
    return missing;
}

} // namespace kg
