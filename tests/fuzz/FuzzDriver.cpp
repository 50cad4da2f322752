// Runs a libFuzzer-style target without libFuzzer (gcc builds and the sanitizer pass):
// every file of the corpus as it is, then RUNS seeded mutations of them. Deterministic, so a
// failure reproduces; libFuzzer itself (the `fuzz` preset) does the open-ended search.
//   usage: target RUNS CORPUS_DIR
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

std::vector<std::string> readCorpus(const std::filesystem::path &dir)
{
    std::vector<std::string> inputs;
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(dir))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto &file : files) {
        std::ifstream in(file, std::ios::binary);
        inputs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return inputs;
}

// A few of libFuzzer's mutations: flip, insert, erase, duplicate a range, splice two inputs.
std::string mutate(const std::vector<std::string> &corpus, std::mt19937 &rng)
{
    std::string s = corpus[rng() % corpus.size()];
    const int steps = 1 + int(rng() % 8);
    for (int i = 0; i < steps; ++i) {
        const size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
        switch (rng() % 6) {
        case 0:
            if (!s.empty() && pos < s.size())
                s[pos] = char(s[pos] ^ (1 << (rng() % 8)));
            break;
        case 1:
            s.insert(pos, 1, char(rng() % 256));
            break;
        case 2:
            if (pos < s.size())
                s.erase(pos, 1 + rng() % std::min<size_t>(16, s.size() - pos));
            break;
        case 3:
            if (pos < s.size()) {
                const std::string piece = s.substr(pos, 1 + rng() % 32);
                s.insert(rng() % (s.size() + 1), piece);
            }
            break;
        case 4: {
            const std::string &other = corpus[rng() % corpus.size()];
            if (!other.empty())
                s.insert(pos, other.substr(rng() % other.size(), 1 + rng() % 64));
            break;
        }
        default: {
            static const char *tokens[]
                = {"\n", "\\\n", "{{",        "}}", "\"", "[", "]",  "=",       "$(",
                   "${", "\r\n", "0\r\n\r\n", ":",  "#",  "@", "\t", "ffffffff"};
            s.insert(pos, tokens[rng() % std::size(tokens)]);
        }
        }
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s RUNS CORPUS_DIR\n", argv[0]);
        return 2;
    }
    const long runs = std::strtol(argv[1], nullptr, 10);
    std::vector<std::string> corpus = readCorpus(argv[2]);
    if (corpus.empty()) {
        std::fprintf(stderr, "%s: corpus folder %s is empty or missing\n", argv[0], argv[2]);
        return 2;
    }
    for (const auto &input : corpus)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.data()), input.size());
    std::mt19937 rng(1);
    for (long i = 0; i < runs; ++i) {
        const std::string input = mutate(corpus, rng);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.data()), input.size());
    }
    std::printf("%s: %zu corpus inputs and %ld mutations ran without a crash\n", argv[0],
                corpus.size(), runs);
    return 0;
}
