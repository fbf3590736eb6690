// libFuzzer's driver, for a fuzz target that brings its own `main` (libFuzzer >= 11; the
// toolchain's libclang_rt.fuzzer has it). See Fuzz/README.md for why the targets need it.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*UserCb)(const uint8_t *Data, size_t Size));
