/* alloc.c — see alloc.h.  The failure injection is a counter that tests set
 * through warta_test_fail_alloc; warta_test_alloc_count counts the
 * allocations made, so that a test can make each of them fail in turn. */
#include "alloc.h"

#include <stdlib.h>

static _Thread_local long fail_at = -1; /* allocations left before one fails; -1 never */
static _Thread_local long alloc_count;  /* allocations asked for on this thread */

long warta_test_fail_alloc(long n) {
  long old = fail_at;
  fail_at = n > 0 ? n : -1;
  return old;
}

long warta_test_alloc_count(void) { return alloc_count; }

static int should_fail(void) {
  alloc_count++;
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
