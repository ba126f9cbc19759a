#ifndef TOUCHPOINT_ATOMIC_RENAME_H
#define TOUCHPOINT_ATOMIC_RENAME_H
/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set when the system cannot exchange.
int tp_exchange_paths(const char *a, const char *b);
#endif
