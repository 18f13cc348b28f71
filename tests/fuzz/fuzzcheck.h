#pragma once

// Shared by the fuzz targets: a property that must hold for every input. A broken one aborts,
// which libFuzzer (and the corpus replay) reports as a crash with the input that caused it.

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

#define SB_FUZZ_CHECK(cond)                                                                        \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "%s:%d: fuzz property failed: %s\n", __FILE__, __LINE__, #cond);  \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace sb::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace sb::fuzz
