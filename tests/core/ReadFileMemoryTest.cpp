// Files are read by their size: reading a small design must not cost a buffer of the size
// limit (64 MiB). This executable counts what operator new hands out while a file is read.
#include "io/JsonText.h"
#include "model/Limits.h"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <new>

namespace {
std::atomic<bool> g_counting{false};
std::atomic<std::size_t> g_bytes{0};
} // namespace

void* operator new(std::size_t size)
{
    if (g_counting.load(std::memory_order_relaxed))
        g_bytes.fetch_add(size, std::memory_order_relaxed);
    if (void* p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}

void operator delete(void* p) noexcept
{
    std::free(p);
}

void operator delete(void* p, std::size_t) noexcept
{
    std::free(p);
}

namespace {

std::size_t bytesAllocatedReading(const std::string& path, std::size_t& length)
{
    kg::LoadError error;
    g_bytes = 0;
    g_counting = true;
    const std::optional<std::string> bytes = kg::JsonText::readFile(path, error);
    g_counting = false;
    length = bytes ? bytes->size() : 0;
    return g_bytes;
}

} // namespace

TEST(ReadFileMemory, ASmallDesignCostsItsSizeNotTheLimit)
{
    const std::string path = KUBEGATE_SOURCE_DIR "/resources/templates/aks-public.kubegate";
    std::size_t length = 0;
    const std::size_t bytes = bytesAllocatedReading(path, length);
    EXPECT_EQ(length, std::filesystem::file_size(path));
    EXPECT_LT(bytes, 256u * 1024) << "reading a " << length << "-byte file";
}

TEST(ReadFileMemory, ALargeFileCostsAboutItsSize)
{
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / "kubegate-read-memory.json";
    {
        std::ofstream out(path, std::ios::binary);
        out << std::string(3 * 1024 * 1024, ' ');
    }
    std::size_t length = 0;
    const std::size_t bytes = bytesAllocatedReading(path.string(), length);
    std::filesystem::remove(path);
    EXPECT_EQ(length, 3u * 1024 * 1024);
    EXPECT_LT(bytes, 4u * 1024 * 1024);
    EXPECT_LT(bytes, kg::limits::kMaxFileBytes / 4);
}
