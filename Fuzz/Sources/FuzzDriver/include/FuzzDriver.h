#ifndef TOUCHPOINT_FUZZ_DRIVER_H
#define TOUCHPOINT_FUZZ_DRIVER_H

/// Runs libFuzzer over the target's `LLVMFuzzerTestOneInput`, taking the
/// usual libFuzzer flags from `argv`; returns the process exit status.
int touchpoint_fuzz_main(int argc, char **argv);

#endif
