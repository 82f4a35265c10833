// Test helpers: samples, temporary directories, running the CLI as a child process.
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>

#include "model/io/xml_reader.hpp"

namespace fs = std::filesystem;

namespace stagecraft::test {

std::vector<fs::path> sample_files() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(STAGECRAFT_SAMPLES_DIR)) {
        const std::string name = e.path().filename().string();
        if (name.size() > 12 && name.compare(name.size() - 12, 12, ".journey.xml") == 0) out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

Journey load_sample(const std::string& file_name) {
    LoadResult r = load_journey_file((fs::path(STAGECRAFT_SAMPLES_DIR) / file_name).string());
    INFO(file_name);
    for (const auto& p : r.problems) INFO(format_problem(p));
    REQUIRE(r.ok());
    return std::move(*r.journey);
}

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    fs::path base = fs::temp_directory_path();
    for (int attempt = 0;; ++attempt) {
        fs::path candidate = base / ("stagecraft-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) +
                                     "-" + std::to_string(attempt));
        std::error_code ec;
        if (fs::create_directory(candidate, ec)) {
            path_ = candidate;
            return;
        }
    }
}

TempDir::~TempDir() {
    std::error_code ec;
    // A test may have made the directory read-only; give write access back before removing.
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void write_file(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string squeeze_spaces(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

namespace {

CommandResult run_argv(const std::string& program, bool search_path, const std::vector<std::string>& args) {
    TempDir dir;
    const std::string out_path = (dir / "stdout").string();
    const std::string err_path = (dir / "stderr").string();
    std::vector<std::string> argv_storage;
    argv_storage.push_back(program);
    argv_storage.insert(argv_storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_storage) argv.push_back(a.data());
    argv.push_back(nullptr);

    CommandResult result;
    pid_t pid = ::fork();
    if (pid == 0) {
        int in = ::open("/dev/null", O_RDONLY);
        int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || err < 0) ::_exit(127);
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        if (search_path)
            ::execvp(argv[0], argv.data());
        else
            ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    REQUIRE(pid > 0);
    int status = 0;
    ::waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = read_file(out_path);
    result.err = read_file(err_path);
    return result;
}

}   // namespace

CommandResult run_cli(const std::vector<std::string>& args) { return run_argv(STAGECRAFT_CLI, false, args); }

CommandResult run_program(const std::string& program, const std::vector<std::string>& args) {
    return run_argv(program, true, args);
}

}   // namespace stagecraft::test
