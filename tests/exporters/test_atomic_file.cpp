// test_atomic_file.cpp — write_file_atomically: content arrives, no temporary stays, a failing writer changes
// nothing; a symlink's target is replaced and the link kept; a FIFO or a device is written straight through.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

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

TEST_CASE("write_file_atomically: a folder is refused, untouched, and nothing is left behind") {
    auto dir = scratch_dir();
    fs::create_directory(dir / "target");
    fs::create_directory(dir / "target" / "child");
    CHECK_THROWS_WITH_AS(write_file_atomically((dir / "target").string(), [](std::ostream& out) { out << "x"; }),
                         ("cannot write " + (dir / "target").string() + ": is a folder").c_str(), std::runtime_error);
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

TEST_CASE("write_file_atomically: a symlink's target is replaced and the link stays a link") {
    auto dir = scratch_dir();
    fs::create_directory(dir / "real");
    std::ofstream(dir / "real" / "out.csv") << "old";
    fs::create_symlink("real/out.csv", dir / "link.csv");  // relative: from the link's own folder
    write_file_atomically((dir / "link.csv").string(), [](std::ostream& out) { out << "new"; });
    CHECK(fs::is_symlink(dir / "link.csv"));
    CHECK(read_all(dir / "real" / "out.csv") == "new");
    CHECK(entries(dir / "real") == 1);  // the temporary file was made beside the target, and renamed
    // A link to a file that does not exist yet creates that file.
    fs::create_symlink("real/new.csv", dir / "dangling.csv");
    write_file_atomically((dir / "dangling.csv").string(), [](std::ostream& out) { out << "made"; });
    CHECK(fs::is_symlink(dir / "dangling.csv"));
    CHECK(read_all(dir / "real" / "new.csv") == "made");
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomically: a FIFO is written straight through to its reader and stays a FIFO") {
    auto dir = scratch_dir();
    auto fifo = dir / "fifo";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    std::string got;
    std::thread reader([&] { got = read_all(fifo); });
    std::string big(200000, 'x');  // more than the pipe holds: the reader drains it as it comes
    write_file_atomically(fifo.string(), [&](std::ostream& out) { out << "a,b\n" << big; });
    reader.join();
    CHECK(got == "a,b\n" + big);
    CHECK(fs::is_fifo(fifo));
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}

TEST_CASE("write_file_atomically: a character device is written, never replaced") {
    write_file_atomically("/dev/null", [](std::ostream& out) { out << "thrown away"; });
    CHECK(fs::is_character_file("/dev/null"));
    auto dir = scratch_dir();
    fs::create_symlink("/dev/null", dir / "sink");
    write_file_atomically((dir / "sink").string(), [](std::ostream& out) { out << "thrown away"; });
    CHECK(fs::is_symlink(dir / "sink"));
    CHECK(fs::is_character_file("/dev/null"));
    CHECK(entries(dir) == 1);
    fs::remove_all(dir);
}

TEST_CASE("resolve_output: '-' and this process's descriptors by name; links followed") {
    CHECK(resolve_output("-").fd == 1);
    if (fs::is_symlink("/dev/stdout")) CHECK(resolve_output("/dev/stdout").fd == 1);
    if (fs::exists("/dev/fd")) CHECK(resolve_output("/dev/fd/2").fd == 2);
    CHECK(resolve_output("/proc/self/fd/1").fd == 1);
    auto dir = scratch_dir();
    fs::create_symlink("b", dir / "a");
    fs::create_symlink("c", dir / "b");
    auto t = resolve_output((dir / "a").string());
    CHECK(t.fd == -1);
    CHECK(t.path == (dir / "c").string());
    fs::create_symlink("loop", dir / "loop");
    CHECK_THROWS_AS(resolve_output((dir / "loop").string()), std::runtime_error);
    fs::remove_all(dir);
}
