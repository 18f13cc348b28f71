// Replays a fuzz target's inputs without the fuzzing engine: every file of the directories (or
// the files) named on the command line goes through LLVMFuzzerTestOneInput once. A target that
// breaks a property aborts, so the test fails. Built with every compiler (ctest: fuzz/<target>).

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

bool replay(const std::filesystem::path &file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", file.string().c_str());
        return false;
    }
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                  std::istreambuf_iterator<char>());
    std::fprintf(stderr, "replay %s (%zu bytes)\n", file.string().c_str(), bytes.size());
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    return true;
}

} // namespace

// replay <dir-or-file>… : a missing directory counts as empty (regressions/<target>/ appears
// with the first crash found); no input at all is a failure (a wrong path would test nothing).
int main(int argc, char **argv) {
    namespace fs = std::filesystem;
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        std::error_code ec;
        if (fs::is_regular_file(arg, ec)) {
            if (!replay(arg))
                return 1;
            ++count;
            continue;
        }
        if (!fs::is_directory(arg, ec))
            continue;
        std::vector<fs::path> files;
        for (const auto &entry : fs::directory_iterator(arg))
            if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const auto &f : files) {
            if (!replay(f))
                return 1;
            ++count;
        }
    }
    if (count == 0) {
        std::fprintf(stderr, "no inputs to replay\n");
        return 1;
    }
    std::fprintf(stderr, "%d input(s) replayed, no failure\n", count);
    return 0;
}
