// Runs a libFuzzer target without libFuzzer: every file of a seed corpus, then a bounded number of
// random inputs and mutations of the seeds. Deterministic (fixed seed) so a failure reproduces.
// Usage: fuzzsmoke_<name> ITERATIONS [CORPUS_DIR]

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    const long iterations = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 10000;
    std::vector<std::vector<uint8_t>> seeds;
    if (argc > 2 && std::filesystem::is_directory(argv[2])) {
        for (const auto &entry : std::filesystem::directory_iterator(argv[2])) {
            std::ifstream in(entry.path(), std::ios::binary);
            seeds.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        }
    }
    for (const auto &seed : seeds)
        LLVMFuzzerTestOneInput(seed.data(), seed.size());

    std::mt19937_64 rng(0xB007CA57);
    std::vector<uint8_t> buffer;
    for (long i = 0; i < iterations; ++i) {
        if (!seeds.empty() && (i % 3) != 0) {
            buffer = seeds[rng() % seeds.size()];
            const int flips = 1 + int(rng() % 8);
            for (int f = 0; f < flips && !buffer.empty(); ++f) {
                switch (rng() % 4) {
                case 0: buffer[rng() % buffer.size()] = uint8_t(rng()); break;
                case 1: buffer.resize(rng() % (buffer.size() + 1)); break;
                case 2: buffer.insert(buffer.begin() + long(rng() % buffer.size()), uint8_t(rng())); break;
                default: buffer[rng() % buffer.size()] ^= uint8_t(1u << (rng() % 8)); break;
                }
            }
        } else {
            buffer.resize(rng() % 1600);
            for (auto &b : buffer)
                b = uint8_t(rng());
        }
        LLVMFuzzerTestOneInput(buffer.data(), buffer.size());
    }
    std::printf("fuzz smoke: %zu seeds, %ld generated inputs, no crash\n", seeds.size(), iterations);
    return 0;
}
