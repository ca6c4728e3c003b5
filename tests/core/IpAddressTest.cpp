#include "model/IpAddress.h"

#include <gtest/gtest.h>

using kg::IpAddress;

TEST(IpAddressTest, ParsesDottedQuads)
{
    auto a = IpAddress::parse("203.0.113.7");
    ASSERT_TRUE(a);
    EXPECT_TRUE(a->isV4());
    EXPECT_EQ(a->v4Value(), (203u << 24) | (0u << 16) | (113u << 8) | 7u);
    EXPECT_EQ(a->toString(), "203.0.113.7");
    EXPECT_EQ(IpAddress::parse("0.0.0.0")->toString(), "0.0.0.0");
    EXPECT_EQ(IpAddress::parse("255.255.255.255")->v4Value(), 0xffffffffu);
}

TEST(IpAddressTest, RejectsMalformedIpv4)
{
    for (const char* bad :
         {"", "1", "1.2.3", "1.2.3.4.5", "256.0.0.1", "1.2.3.-4", "01.2.3.4", "1.2.3.4 ",
          " 1.2.3.4", "1..3.4", "1.2.3.", "a.b.c.d", "1.2.3.4/", "1234.1.1.1", "1.2.3.0x1"}) {
        EXPECT_FALSE(IpAddress::parse(bad)) << bad;
    }
}

TEST(IpAddressTest, ParsesIpv6Forms)
{
    struct Case
    {
        const char* text;
        const char* canonical;
    };
    for (const auto& c : std::initializer_list<Case>{
             {"::", "::"},
             {"::1", "::1"},
             {"2001:db8::1", "2001:db8::1"},
             {"2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1"},
             {"fe80::", "fe80::"},
             {"1:0:0:2:0:0:0:3", "1:0:0:2::3"},
             {"1:0:0:0:2:0:0:3", "1::2:0:0:3"},
             {"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"},
             {"1:0:3:4:5:6:7:8", "1:0:3:4:5:6:7:8"},
             {"::ffff:192.0.2.1", "::ffff:c000:201"},
             {"64:ff9b::10.0.0.1", "64:ff9b::a00:1"},
         }) {
        auto a = IpAddress::parse(c.text);
        ASSERT_TRUE(a) << c.text;
        EXPECT_FALSE(a->isV4());
        EXPECT_EQ(a->toString(), c.canonical) << c.text;
        EXPECT_EQ(IpAddress::parse(a->toString()), a) << "canonical form parses back";
    }
}

TEST(IpAddressTest, RejectsMalformedIpv6)
{
    for (const char* bad : {":", ":::", "1::2::3", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9",
                            "12345::", "g::1", "1:2:3:4:5:6:7::8:9", "::1.2.3", "fe80::1%eth0",
                            "1:2:3:4:5:6:7:8::", "::ffff:256.1.1.1", "1.2.3.4::"}) {
        EXPECT_FALSE(IpAddress::parse(bad)) << bad;
    }
}

TEST(IpAddressTest, MasksAndBits)
{
    auto a = *IpAddress::parse("10.1.2.3");
    EXPECT_EQ(a.masked(8).toString(), "10.0.0.0");
    EXPECT_EQ(a.masked(0).toString(), "0.0.0.0");
    EXPECT_EQ(a.masked(32), a);
    EXPECT_EQ(a.lastInPrefix(16).toString(), "10.1.255.255");
    EXPECT_TRUE(a.bit(4)); // 10 = 00001010
    EXPECT_FALSE(a.bit(0));
    auto v6 = *IpAddress::parse("2001:db8:aaaa:bbbb:cccc::1");
    EXPECT_EQ(v6.masked(32).toString(), "2001:db8::");
    EXPECT_EQ(v6.masked(80).toString(), "2001:db8:aaaa:bbbb:cccc::");
    EXPECT_EQ(v6.lastInPrefix(64).toString(), "2001:db8:aaaa:bbbb:ffff:ffff:ffff:ffff");
    EXPECT_EQ(v6.masked(128), v6);
}

TEST(IpAddressTest, OrdersWithinAndAcrossFamilies)
{
    EXPECT_LT(*IpAddress::parse("10.0.0.1"), *IpAddress::parse("10.0.0.2"));
    EXPECT_LT(*IpAddress::parse("9.255.255.255"), *IpAddress::parse("10.0.0.0"));
    EXPECT_NE(*IpAddress::parse("::a00:1"), *IpAddress::parse("10.0.0.1"));
}

TEST(IpAddressTest, EveryV4OctetRoundTrips)
{
    for (std::uint32_t octet = 0; octet < 256; ++octet) {
        std::uint32_t value = (octet << 24) | (octet << 16) | ((255 - octet) << 8) | octet;
        auto a = IpAddress::v4(value);
        auto parsed = IpAddress::parse(a.toString());
        ASSERT_TRUE(parsed);
        EXPECT_EQ(parsed->v4Value(), value);
    }
}
