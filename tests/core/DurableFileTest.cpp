// Saves that survive being killed at any moment: the old file or the new one, never a torn
// mix, no collision between two writers, and no temporary left once the next write ran.
#include "io/DurableFile.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <random>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kg;
namespace fs = std::filesystem;

namespace {

struct Folder
{
    fs::path path;
    Folder()
    {
        path = fs::temp_directory_path() / ("kubegate-durable-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(std::random_device{}()));
        fs::create_directories(path);
    }
    ~Folder()
    {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::string readAll(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::size_t temporaries(const fs::path& folder)
{
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(folder))
        n += e.path().filename().string().find(".kubegate-tmp-") != std::string::npos;
    return n;
}

// Large enough that a write takes a while, so that kills land in the middle of some.
std::string payload(char fill)
{
    std::string s(6 * 1024 * 1024, fill);
    s.front() = '{';
    s.back() = '}';
    return s;
}

} // namespace

TEST(DurableFile, WritesAndLeavesNothingElse)
{
    Folder f;
    const fs::path target = f.path / "design.kubegate";
    Sentence error;
    ASSERT_TRUE(DurableFile::write(target.string(), "first", &error))
        << render(error, Language::English);
    ASSERT_TRUE(DurableFile::write(target.string(), "second", &error))
        << render(error, Language::English);
    EXPECT_EQ(readAll(target), "second");
    EXPECT_EQ(std::distance(fs::directory_iterator(f.path), fs::directory_iterator()), 1);
}

TEST(DurableFile, KeepsTheFilesPermissions)
{
    Folder f;
    const fs::path target = f.path / "shared.kubegate";
    ASSERT_TRUE(DurableFile::write(target.string(), "a", nullptr));
    ::chmod(target.c_str(), 0640);
    ASSERT_TRUE(DurableFile::write(target.string(), "b", nullptr));
    struct stat st
    {};
    ASSERT_EQ(::stat(target.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0640u);
}

TEST(DurableFile, SaysWhereAndWhatWhenItCannotWrite)
{
    Sentence said;
    EXPECT_FALSE(DurableFile::write("/nonexistent-kubegate-folder/x.kubegate", "x", &said));
    const std::string error = render(said, Language::English);
    EXPECT_NE(error.find("/nonexistent-kubegate-folder"), std::string::npos) << error;
    EXPECT_NE(error.find("No such file"), std::string::npos) << error;
    EXPECT_EQ(render(said, Language::SimplifiedChinese)
                  .rfind("无法在 /nonexistent-kubegate-folder 中写入：", 0),
              0u)
        << render(said, Language::SimplifiedChinese);
}

TEST(DurableFile, AWriterKilledAnywhereLeavesTheOldOrTheNewFile)
{
    Folder f;
    const fs::path target = f.path / "design.kubegate";
    const std::string a = payload('a');
    const std::string b = payload('b');
    ASSERT_TRUE(DurableFile::write(target.string(), a, nullptr));
    std::mt19937 random(20261205);
    std::size_t leftBehind = 0;
    for (int i = 0; i < 40; ++i) {
        const std::string& next = i % 2 ? a : b;
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            DurableFile::write(target.string(), next, nullptr);
            ::_exit(0);
        }
        ::usleep(std::uniform_int_distribution<unsigned>(0, 12000)(random));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        const std::string now = readAll(target);
        ASSERT_TRUE(now == a || now == b) << "a torn file of " << now.size() << " bytes, try " << i;
        leftBehind = std::max(leftBehind, temporaries(f.path));
    }
    // Some kills landed mid-write (their temporaries stayed); the next write sweeps them.
    EXPECT_GT(leftBehind, 0u) << "no kill landed during a write: the test proved nothing";
    ASSERT_TRUE(DurableFile::write(target.string(), "done", nullptr));
    EXPECT_EQ(temporaries(f.path), 0u);
    EXPECT_EQ(readAll(target), "done");
}

TEST(DurableFile, TwoWritersAtOnceNeverMix)
{
    Folder f;
    const fs::path target = f.path / "design.kubegate";
    const std::string a = payload('a');
    const std::string b = payload('b');
    for (int i = 0; i < 5; ++i) {
        pid_t children[2];
        for (int w = 0; w < 2; ++w) {
            children[w] = ::fork();
            ASSERT_GE(children[w], 0);
            if (children[w] == 0) {
                const bool ok = DurableFile::write(target.string(), w ? b : a, nullptr);
                ::_exit(ok ? 0 : 1);
            }
        }
        for (pid_t c : children) {
            int status = 0;
            ::waitpid(c, &status, 0);
            EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        }
        const std::string now = readAll(target);
        EXPECT_TRUE(now == a || now == b) << "mixed or torn, round " << i;
        EXPECT_EQ(temporaries(f.path), 0u);
    }
}
