// Helpers shared by the tests: sample paths, temporary directories, running the CLI.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/journey.hpp"

namespace stagecraft::test {

// Every *.journey.xml in samples/, sorted by name.
std::vector<std::filesystem::path> sample_files();

// Load a sample by file name (e.g. "coffee-shop.journey.xml"); fails the test if it does not load.
Journey load_sample(const std::string& file_name);

// A fresh empty directory, removed when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);

// Text with every run of white space made one space and none leading, to find words however
// lines were broken (SVG text, pdftotext's output).
std::string squeeze_spaces(const std::string& text);
void write_file(const std::filesystem::path& path, const std::string& bytes);

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Run stagecraft-cli with the given arguments (no shell involved), capturing stdout and stderr.
CommandResult run_cli(const std::vector<std::string>& args);

// Run a program found on PATH (e.g. poppler's pdftotext) the same way.
CommandResult run_program(const std::string& program, const std::vector<std::string>& args);

}   // namespace stagecraft::test
