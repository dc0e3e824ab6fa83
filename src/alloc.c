/* alloc.c — see alloc.h.  The failure injection is a counter that tests set
 * through warta_test_fail_alloc (declared only in tests). */
#include "alloc.h"

#include <stdlib.h>

#include "warta.h"

static _Thread_local long fail_at = -1; /* allocations left before one fails; -1 never */

/* Test hook: make the n-th allocation from now fail (n >= 1), 0 or negative
 * to stop.  Returns how many allocations were left before the change. */
WARTA_API long warta_test_fail_alloc(long n);
long warta_test_fail_alloc(long n) {
  long old = fail_at;
  fail_at = n > 0 ? n : -1;
  return old;
}

static int should_fail(void) {
  if (fail_at < 0) return 0;
  if (--fail_at == 0) {
    fail_at = -1;
    return 1;
  }
  return 0;
}

void *wt_malloc(size_t n) { return should_fail() ? NULL : malloc(n ? n : 1); }
void *wt_calloc(size_t n, size_t m) { return should_fail() ? NULL : calloc(n ? n : 1, m ? m : 1); }
void *wt_realloc(void *p, size_t n) { return should_fail() ? NULL : realloc(p, n ? n : 1); }
void wt_free(void *p) { free(p); }
