#include <gtest/gtest.h>
TEST(RulesDoc, Placeholder) {}
