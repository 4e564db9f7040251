// test_atomic_file.cpp — write_file_atomically: content arrives, no temporary stays, a failing writer changes nothing.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "exporters/atomic_file.h"

using namespace planport;
namespace fs = std::filesystem;

namespace {

fs::path scratch_dir() {
    std::string tmpl = (fs::temp_directory_path() / "planport-atomic-XXXXXX").string();
    REQUIRE(mkdtemp(tmpl.data()) != nullptr);
    return tmpl;
}

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

size_t entries(const fs::path& dir) {
    return static_cast<size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("write_file_atomically: writes the content and leaves no temporary file") {
    auto dir = scratch_dir();
    auto path = dir / "out.csv";
    write_file_atomically(path.string(), [](std::ostream& out) { out << "a,b\n1,2\n"; });
    CHECK(read_all(path) == "a,b\n1,2\n");
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomically: replaces an existing file") {
    auto dir = scratch_dir();
    auto path = dir / "out.txt";
    std::ofstream(path) << "old content that is longer";
    write_file_atomically(path.string(), [](std::ostream& out) { out << "new"; });
    CHECK(read_all(path) == "new");
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomically: a throwing writer leaves the old file and no temporary") {
    auto dir = scratch_dir();
    auto path = dir / "out.txt";
    std::ofstream(path) << "old";
    CHECK_THROWS_WITH_AS(write_file_atomically(path.string(),
                                               [](std::ostream& out) {
                                                   out << "half written";
                                                   throw std::invalid_argument("boom");
                                               }),
                         "boom", std::invalid_argument);
    CHECK(read_all(path) == "old");
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomically: an unwritable place throws with the path and the reason") {
    CHECK_THROWS_WITH_AS(write_file_atomically("/nonexistent-planport-dir/x.csv", [](std::ostream& out) { out << 1; }),
                         "cannot write /nonexistent-planport-dir/x.csv: No such file or directory",
                         std::runtime_error);
}

TEST_CASE("write_file_atomically: renaming over a directory fails and cleans up") {
    auto dir = scratch_dir();
    fs::create_directory(dir / "target");
    fs::create_directory(dir / "target" / "child");  // a non-empty directory cannot be replaced by a file
    CHECK_THROWS_AS(write_file_atomically((dir / "target").string(), [](std::ostream& out) { out << "x"; }),
                    std::runtime_error);
    CHECK(entries(dir) == 1);
    CHECK(fs::is_directory(dir / "target"));
    fs::remove_all(dir);
}

TEST_CASE("AtomicFile: the target appears only at commit, with everything written") {
    auto dir = scratch_dir();
    auto path = dir / "out.csv";
    std::ofstream(path) << "old";
    {
        AtomicFile file(path.string());
        file.stream() << "row 1\n";
        CHECK(read_all(path) == "old");  // streamed rows are not visible yet
        CHECK(entries(dir) == 2);       // the old file and the temporary one
        file.stream() << "row 2\n";
        file.commit();
    }
    CHECK(read_all(path) == "row 1\nrow 2\n");
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}

TEST_CASE("AtomicFile: destroyed without commit, it leaves the old file and no temporary") {
    auto dir = scratch_dir();
    auto path = dir / "out.csv";
    std::ofstream(path) << "old";
    {
        AtomicFile file(path.string());
        file.stream() << "half a report";
    }
    CHECK(read_all(path) == "old");
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}
