#include <stddef.h>
#include <stdint.h>
#include "FuzzDriver.h"

// SwiftPM links every executable with `--defsym main=<Target>_main` so that
// tests can link executables; that `main` shadows libFuzzer's own, so each
// target's `@main` hands control back to libFuzzer through its public driver.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

// Exported by each target with `@_cdecl("LLVMFuzzerTestOneInput")`.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int touchpoint_fuzz_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
