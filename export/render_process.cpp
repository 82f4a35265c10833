// The rendering helper process and its conversation (see render_process.hpp).
#include "export/render_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>

extern char** environ;

namespace stagecraft::diagram {

namespace {

bool send_all(int fd, const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

bool receive_all(int fd, char* out, std::size_t size) {
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::recv(fd, out + got, size - got, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        got += static_cast<std::size_t>(n);
    }
    return true;
}

// One framed message from `fd`, or nothing when the peer is gone or the frame is absurd.
std::optional<std::string> receive_message(int fd) {
    char head[8];
    if (!receive_all(fd, head, sizeof head)) return std::nullopt;
    std::uint64_t size = 0;
    for (int i = 7; i >= 0; --i) size = (size << 8) | static_cast<unsigned char>(head[i]);
    if (size > (std::uint64_t{1} << 31)) return std::nullopt;
    std::string payload(static_cast<std::size_t>(size), '\0');
    if (!receive_all(fd, payload.data(), payload.size())) return std::nullopt;
    return payload;
}

}   // namespace

RenderProcess::RenderProcess(std::string helper, int renders_per_helper)
    : helper_(std::move(helper)), renders_per_helper_(renders_per_helper > 0 ? renders_per_helper : 1) {
    if (!helper_.empty() && ::access(helper_.c_str(), X_OK) != 0) helper_.clear();
}

RenderProcess::~RenderProcess() { stop(); }

bool RenderProcess::start() {
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    char* argv[] = {const_cast<char*>(helper_.c_str()), nullptr};
    pid_t pid = -1;
    const int spawned = ::posix_spawn(&pid, helper_.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    if (spawned != 0) {
        ::close(fds[0]);
        return false;
    }
    pid_ = pid;
    socket_ = fds[0];
    renders_ = 0;
    ++started_;
    return true;
}

void RenderProcess::stop() {
    if (socket_ >= 0) ::close(socket_);   // the helper sees the end of its input and exits
    socket_ = -1;
    if (pid_ > 0) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == 0) {
            ::kill(pid_, SIGTERM);
            ::waitpid(pid_, &status, 0);
        }
    }
    pid_ = -1;
}

std::optional<RenderResult> RenderProcess::ask_once(const std::string& message) {
    if (socket_ < 0 && !start()) return std::nullopt;
    if (!send_all(socket_, message)) return std::nullopt;
    const std::optional<std::string> reply = receive_message(socket_);
    if (!reply) return std::nullopt;
    return decode_result(*reply);
}

std::optional<RenderResult> RenderProcess::ask(const RenderRequest& request) {
    const std::string message = frame_message(encode_request(request));
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (socket_ >= 0 && renders_ >= renders_per_helper_) stop();
        if (std::optional<RenderResult> result = ask_once(message)) {
            ++renders_;
            return result;
        }
        stop();   // it stopped, or said something it should not have: a new one
    }
    return std::nullopt;
}

RenderResult RenderProcess::render_graph(const DotGraph& graph, Format format, const RenderOptions& options) {
    if (!uses_helper()) return local_.render_graph(graph, format, options);
    RenderRequest request;
    request.format = format;
    request.options = options;
    request.dot = to_dot(graph);
    if (std::optional<RenderResult> result = ask(request)) return std::move(*result);
    RenderResult failed;
    failed.error = "The diagram could not be drawn: the rendering process stopped twice on it.";
    return failed;
}

LayoutResult RenderProcess::layout(const DotGraph& graph) {
    if (!uses_helper()) return local_.layout_graph(graph);
    RenderRequest request;
    request.layout_only = true;
    request.dot = to_dot(graph);
    LayoutResult out;
    if (std::optional<RenderResult> result = ask(request)) {
        out.ok = result->ok;
        out.layout = std::move(result->layout);
        out.error = std::move(result->error);
    } else {
        out.error = "The diagram could not be laid out: the rendering process stopped twice on it.";
    }
    return out;
}

std::string default_render_helper() {
    if (const char* set = std::getenv("STAGECRAFT_RENDER_HELPER")) return set;
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    // Beside the program in the build tree; under libexec once installed (cmake --install, the .deb).
    for (const auto& helper : {self.parent_path() / "stagecraft-render",
                               self.parent_path().parent_path() / "libexec" / "stagecraft" / "stagecraft-render"})
        if (std::filesystem::exists(helper, ec)) return helper.string();
    return {};
}

}   // namespace stagecraft::diagram
