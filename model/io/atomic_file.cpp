// Atomic file replacement: write a temporary file beside the target, fsync it, keep the
// previous version as .bak, rename over the target, fsync the directory.
#include "model/io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "model/io/xml_writer.hpp"

namespace stagecraft {
namespace {

std::string directory_of(const std::string& path) {
    auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

std::string why(int err) { return std::strerror(err); }

// Closes a descriptor and removes a temporary file unless released.
class TempFile {
public:
    TempFile(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
    ~TempFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!path_.empty()) ::unlink(path_.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    int fd() const { return fd_; }
    const std::string& path() const { return path_; }
    int close() {
        int rc = ::close(fd_);
        fd_ = -1;
        return rc;
    }
    void release() { path_.clear(); }

private:
    int fd_;
    std::string path_;
};

// Copy a file's bytes to `to` (used when hard links are not available for the backup).
bool copy_file(const std::string& from, const std::string& to) {
    int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) return false;
    int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (out < 0) {
        ::close(in);
        return false;
    }
    std::vector<char> buf(1 << 16);
    bool ok = true;
    for (;;) {
        ssize_t n = ::read(in, buf.data(), buf.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        for (ssize_t off = 0; off < n;) {
            ssize_t w = ::write(out, buf.data() + off, static_cast<std::size_t>(n - off));
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) {
                ok = false;
                break;
            }
            off += w;
        }
        if (!ok) break;
    }
    ok = ::fsync(out) == 0 && ok;
    ::close(out);
    ::close(in);
    return ok;
}

}   // namespace

Error write_file_atomically(const std::string& path, std::string_view bytes, const SaveOptions& options) {
    const std::string dir = directory_of(path);
    struct stat target {};
    const bool target_exists = ::stat(path.c_str(), &target) == 0;
    if (target_exists && S_ISDIR(target.st_mode)) return "cannot save to " + path + ": it is a directory";

    std::string tmpl = path + ".tmp-XXXXXX";
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) {
        int err = errno;
        return "cannot save to " + path + ": cannot create a file in " + dir + " (" + why(err) +
               "); choose a folder you can write to";
    }
    TempFile tmp(fd, name.data());
    ::fchmod(fd, target_exists ? (target.st_mode & 07777) : 0644);

    // Write everything.
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        ssize_t n = options.inject == SaveFault::Write ? (errno = EIO, -1) : ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            int err = errno;
            return "cannot save to " + path + ": writing failed (" + why(err) + "); the file was not changed";
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (options.inject == SaveFault::Sync || ::fsync(fd) != 0) {
        int err = options.inject == SaveFault::Sync ? EIO : errno;
        return "cannot save to " + path + ": flushing to disk failed (" + why(err) + "); the file was not changed";
    }
    if (tmp.close() != 0) {
        int err = errno;
        return "cannot save to " + path + ": closing the file failed (" + why(err) + "); the file was not changed";
    }

    // The previous version becomes PATH.bak once the new one is in place.
    const std::string bak = path + ".bak";
    const std::string bak_new = bak + ".new";
    bool have_bak = false;
    if (target_exists && options.keep_backup) {
        ::unlink(bak_new.c_str());
        have_bak = ::link(path.c_str(), bak_new.c_str()) == 0 || copy_file(path, bak_new);
        if (!have_bak) ::unlink(bak_new.c_str());
    }

    if (options.inject == SaveFault::Rename || ::rename(tmp.path().c_str(), path.c_str()) != 0) {
        int err = options.inject == SaveFault::Rename ? EIO : errno;
        if (have_bak) ::unlink(bak_new.c_str());
        return "cannot save to " + path + ": replacing the file failed (" + why(err) + "); the file was not changed";
    }
    tmp.release();
    if (have_bak) ::rename(bak_new.c_str(), bak.c_str());

    int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return std::nullopt;
}

Error save_journey_file(const Journey& journey, const std::string& path, const SaveOptions& options) {
    return write_file_atomically(path, journey_to_xml(journey), options);
}

}   // namespace stagecraft
