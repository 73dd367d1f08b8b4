// libFuzzer's driver, from the clang runtime that `-sanitize=fuzzer` links (libclang_rt.fuzzer).
// SwiftPM gives every executable a `main` of its own, so the fuzz targets start libFuzzer
// through this function rather than through libFuzzer's `main`.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
