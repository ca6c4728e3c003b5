#include "io/DurableFile.h"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#ifndef _WIN32
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace kg {

namespace fs = std::filesystem;

namespace {

std::string reason(int code)
{
    return std::strerror(code);
}

#ifndef _WIN32

// Whether the process that wrote a temporary is still running (its pid is in the name).
bool writerAlive(const std::string& name, std::size_t prefixLength)
{
    const std::string rest = name.substr(prefixLength);
    const std::size_t dash = rest.find('-');
    if (dash == 0 || dash == std::string::npos)
        return false;
    char* end = nullptr;
    const long pid = std::strtol(rest.c_str(), &end, 10);
    if (end != rest.c_str() + dash || pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

void sweepOrphans(const fs::path& folder, const std::string& prefix)
{
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) == 0 && !writerAlive(name, prefix.size()))
            fs::remove(entry.path(), ec);
    }
}

bool writeAll(int fd, std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

#endif

} // namespace

bool DurableFile::syncFolder(const std::string& path)
{
#ifndef _WIN32
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        return false;
    const bool ok = ::fsync(dir) == 0;
    ::close(dir);
    return ok;
#else
    (void)path;
    return true;
#endif
}

std::string DurableFile::temporaryPrefix(const std::string& path)
{
    return "." + fs::path(path).filename().string() + ".kubegate-tmp-";
}

bool DurableFile::write(const std::string& path, std::string_view bytes, Sentence* error)
{
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const std::string prefix = temporaryPrefix(path);
    auto fail = [&](Sentence message) {
        if (error)
            *error = std::move(message);
        return false;
    };
#ifndef _WIN32
    sweepOrphans(folder, prefix);
    // A unique name: this process, a per-process counter and a random part, created
    // exclusively so that no other writer can have opened it.
    static std::atomic<unsigned> counter{0};
    std::random_device device;
    fs::path temp;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temp = folder / (prefix + std::to_string(::getpid()) + "-" + std::to_string(counter++) +
                         "-" + std::to_string(device()));
        fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return fail(Sentence("save.cannot-write-in",
                                 {{"folder", folder.string()}, {"reason", reason(errno)}}));
    }
    if (fd < 0)
        return fail(Sentence("save.no-temporary", {{"folder", folder.string()}}));
    // The new file keeps the old one's permissions (a shared design stays shared).
    struct stat old
    {};
    if (::stat(target.c_str(), &old) == 0)
        ::fchmod(fd, old.st_mode & 07777);
    if (!writeAll(fd, bytes) || ::fsync(fd) != 0) {
        const int code = errno;
        ::close(fd);
        std::error_code ignored;
        fs::remove(temp, ignored);
        return fail(Sentence("save.write-failed", {{"file", path}, {"reason", reason(code)}}));
    }
    if (::close(fd) != 0) {
        const int code = errno;
        std::error_code ignored;
        fs::remove(temp, ignored);
        return fail(Sentence("save.write-failed", {{"file", path}, {"reason", reason(code)}}));
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        const int code = errno;
        std::error_code ignored;
        fs::remove(temp, ignored);
        return fail(Sentence("save.cannot-replace", {{"file", path}, {"reason", reason(code)}}));
    }
    // The rename is durable once the folder's entry is on disk.
    syncFolder(path);
    return true;
#else
    fs::path temp = folder / (prefix + "0-" + std::to_string(std::random_device{}()));
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(temp, ignored);
            return fail(Sentence("save.write-failed-full", {{"file", path}}));
        }
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) {
        fs::remove(temp, ec);
        return fail(Sentence("save.cannot-replace", {{"file", path}, {"reason", ec.message()}}));
    }
    return true;
#endif
}

} // namespace kg
