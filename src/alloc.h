/*
 * alloc.h — every allocation of the library goes through these, so that tests
 * can make the n-th allocation fail (warta_test_fail_alloc) and check that each
 * failure becomes WARTA_ERR_NOMEM, never a crash or a leak.
 */
#ifndef WARTA_ALLOC_H
#define WARTA_ALLOC_H

#include <stddef.h>

__attribute__((visibility("hidden"))) void *wt_malloc(size_t n);
__attribute__((visibility("hidden"))) void *wt_calloc(size_t n, size_t m);
__attribute__((visibility("hidden"))) void *wt_realloc(void *p, size_t n);
__attribute__((visibility("hidden"))) void wt_free(void *p);

/* Test hooks, for tests only (tests/unit/test_alloc_fail.c): exported from the
 * library so that tests can reach them, but not part of the public API and
 * not in warta.h.  Both are per thread and count wt_malloc, wt_calloc and
 * wt_realloc calls (allocations made by utf8proc itself are not seen).
 *
 * warta_test_fail_alloc(n): make the n-th allocation from now fail (n >= 1),
 * 0 or negative to stop.  Returns how many allocations were left before the
 * change: -1 when none was pending, which after a call with n >= 1 means the
 * failure happened.
 * warta_test_alloc_count(): allocations asked for so far on this thread. */
__attribute__((visibility("default"))) long warta_test_fail_alloc(long n);
__attribute__((visibility("default"))) long warta_test_alloc_count(void);

#endif
