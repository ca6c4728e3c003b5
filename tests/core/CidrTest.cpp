#include "model/Cidr.h"

#include "model/IpRanges.h"

#include <gtest/gtest.h>
#include <random>

using kg::AddressUse;
using kg::Cidr;
using kg::IpAddress;

namespace {
Cidr c(const char* text)
{
    auto parsed = Cidr::parse(text);
    EXPECT_TRUE(parsed) << text;
    return parsed.value_or(Cidr());
}
} // namespace

TEST(CidrTest, ParsesBlocksAndBareAddresses)
{
    EXPECT_EQ(c("10.0.0.0/16").prefix(), 16);
    EXPECT_EQ(c("10.0.0.0/16").toString(), "10.0.0.0/16");
    EXPECT_EQ(c("203.0.113.7").prefix(), 32);
    EXPECT_EQ(c("2001:db8::/32").prefix(), 32);
    EXPECT_EQ(c("2001:db8::1").prefix(), 128);
    EXPECT_EQ(c("0.0.0.0/0").size(), 1ull << 32);
    EXPECT_EQ(c("10.0.0.0/24").size(), 256u);
    EXPECT_EQ(c("::/0").size(), 1ull << 63) << "saturates";
}

TEST(CidrTest, ExplainsWhyABlockIsInvalid)
{
    struct Case
    {
        const char* text;
        const char* reason;
    };
    for (const auto& k : std::initializer_list<Case>{
             {"", "empty"},
             {"10.0.0.0/33", "longer than 32 bits"},
             {"2001:db8::/129", "longer than 128 bits"},
             {"10.0.0.0/", "missing or invalid prefix"},
             {"10.0.0.0/1a", "not a number"},
             {"10.0.0.0/08", "leading zero"},
             {"10.0.0/8", "is not an IPv4 or IPv6 address"},
             {"10.0.0.0 /8", "white space"},
             {"hello", "is not an IPv4 or IPv6 address"},
             {"10.0.0.0/8/8", "not a number"},
         }) {
        kg::Sentence reason;
        EXPECT_FALSE(Cidr::parse(k.text, &reason)) << k.text;
        const std::string why = kg::render(reason, kg::Language::English);
        EXPECT_NE(why.find(k.reason), std::string::npos) << k.text << " -> " << why;
    }
}

TEST(CidrTest, HostBits)
{
    EXPECT_TRUE(c("137.117.106.90/29").hostBitsSet());
    EXPECT_EQ(c("137.117.106.90/29").network().toString(), "137.117.106.88/29");
    EXPECT_FALSE(c("137.117.106.88/29").hostBitsSet());
    EXPECT_FALSE(c("203.0.113.7").hostBitsSet());
    EXPECT_TRUE(c("2001:db8::1/64").hostBitsSet());
    EXPECT_FALSE(c("0.0.0.0/0").hostBitsSet());
}

TEST(CidrTest, ContainsAddressesAndBlocks)
{
    Cidr vnet = c("10.1.0.0/16");
    EXPECT_TRUE(vnet.contains(*IpAddress::parse("10.1.0.4")));
    EXPECT_TRUE(vnet.contains(*IpAddress::parse("10.1.255.255")));
    EXPECT_FALSE(vnet.contains(*IpAddress::parse("10.2.0.0")));
    EXPECT_FALSE(vnet.contains(*IpAddress::parse("::ffff:10.1.0.4"))) << "families never mix";
    EXPECT_TRUE(vnet.contains(c("10.1.2.0/24")));
    EXPECT_TRUE(vnet.contains(vnet));
    EXPECT_FALSE(c("10.1.2.0/24").contains(vnet));
    EXPECT_TRUE(c("0.0.0.0/0").contains(*IpAddress::parse("198.51.100.1")));
    EXPECT_TRUE(c("2001:db8::/32").contains(*IpAddress::parse("2001:db8:ffff::1")));
}

TEST(CidrTest, Overlaps)
{
    EXPECT_TRUE(c("10.0.0.0/8").overlaps(c("10.200.0.0/16")));
    EXPECT_TRUE(c("10.200.0.0/16").overlaps(c("10.0.0.0/8")));
    EXPECT_FALSE(c("10.0.0.0/16").overlaps(c("10.1.0.0/16")));
    EXPECT_TRUE(c("10.0.0.0/15").overlaps(c("10.1.0.0/16")));
    EXPECT_FALSE(c("10.0.0.0/8").overlaps(c("::/0")));
}

TEST(CidrTest, ContainmentAgreesWithBruteForceOnSmallBlocks)
{
    // Every /24../32 block inside 192.0.2.0/24, checked address by address.
    const Cidr outer = c("192.0.2.0/24");
    std::mt19937 rng(7);
    for (int trial = 0; trial < 500; ++trial) {
        int pa = 24 + static_cast<int>(rng() % 9);
        int pb = 24 + static_cast<int>(rng() % 9);
        auto base = outer.first().v4Value();
        Cidr a(IpAddress::v4(base + (rng() % 256)), pa);
        Cidr b(IpAddress::v4(base + (rng() % 256)), pb);
        bool shared = false;
        bool allOfBInA = true;
        for (std::uint32_t x = 0; x < 256; ++x) {
            auto ip = IpAddress::v4(base + x);
            bool inA = a.contains(ip);
            bool inB = b.contains(ip);
            shared |= inA && inB;
            if (inB && !inA)
                allOfBInA = false;
        }
        EXPECT_EQ(a.overlaps(b), shared) << a.toString() << " " << b.toString();
        EXPECT_EQ(a.overlaps(b), b.overlaps(a));
        EXPECT_EQ(a.contains(b.network()), allOfBInA) << a.toString() << " " << b.toString();
    }
}

TEST(CidrTest, FirstAndLastForEveryPrefix)
{
    auto ip = *IpAddress::parse("172.31.201.77");
    for (int p = 0; p <= 32; ++p) {
        Cidr block(ip, p);
        EXPECT_TRUE(block.contains(block.first()));
        EXPECT_TRUE(block.contains(block.last()));
        EXPECT_TRUE(block.contains(ip));
        EXPECT_EQ(block.last().v4Value() - block.first().v4Value(),
                  static_cast<std::uint32_t>(block.size() - 1));
    }
    auto v6 = *IpAddress::parse("2001:db8:1234:5678:9abc:def0:1234:5678");
    for (int p = 0; p <= 128; ++p) {
        Cidr block(v6, p);
        EXPECT_TRUE(block.contains(v6)) << p;
        EXPECT_TRUE(block.contains(block.last())) << p;
        EXPECT_EQ(block.hostBitsSet(), p < 125) << p; // ...5678 ends in binary 1000
    }
}

TEST(IpRangesTest, ClassifiesSpecialPurposeRanges)
{
    struct Case
    {
        const char* block;
        AddressUse use;
    };
    for (const auto& k : std::initializer_list<Case>{
             {"10.1.0.0/16", AddressUse::Private},
             {"172.16.0.0/12", AddressUse::Private},
             {"172.32.0.1", AddressUse::Global},
             {"192.168.1.10", AddressUse::Private},
             {"100.64.0.0/10", AddressUse::SharedCgnat},
             {"127.0.0.1", AddressUse::Loopback},
             {"169.254.1.1", AddressUse::LinkLocal},
             {"203.0.113.0/26", AddressUse::Documentation},
             {"198.51.100.24/32", AddressUse::Documentation},
             {"192.0.2.128/28", AddressUse::Documentation},
             {"224.0.0.1", AddressUse::Multicast},
             {"0.0.0.0/32", AddressUse::Unspecified},
             {"240.0.0.1", AddressUse::Reserved},
             {"255.255.255.255", AddressUse::Reserved},
             {"73.140.245.0/24", AddressUse::Global},
             {"0.0.0.0/0", AddressUse::Global},
             {"10.0.0.0/7", AddressUse::Global},
             {"::1", AddressUse::Loopback},
             {"::", AddressUse::Unspecified},
             {"fd00::/8", AddressUse::Private},
             {"fe80::1", AddressUse::LinkLocal},
             {"2001:db8::/48", AddressUse::Documentation},
             {"2606:4700::1", AddressUse::Global},
             {"ff02::1", AddressUse::Multicast},
         }) {
        EXPECT_EQ(kg::addressUse(c(k.block)), k.use) << k.block;
    }
    EXPECT_TRUE(kg::isNonPublic(AddressUse::Private));
    EXPECT_FALSE(kg::isNonPublic(AddressUse::Global));
    EXPECT_FALSE(kg::isNonPublic(AddressUse::Documentation)) << "examples stand for public IPs";
}
