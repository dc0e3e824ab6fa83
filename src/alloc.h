/*
 * alloc.h — every allocation of the library goes through these, so that tests
 * can make the n-th allocation fail (wt_alloc_fail_at) and check that each
 * failure becomes WARTA_ERR_NOMEM, never a crash or a leak.
 */
#ifndef WARTA_ALLOC_H
#define WARTA_ALLOC_H

#include <stddef.h>

__attribute__((visibility("hidden"))) void *wt_malloc(size_t n);
__attribute__((visibility("hidden"))) void *wt_calloc(size_t n, size_t m);
__attribute__((visibility("hidden"))) void *wt_realloc(void *p, size_t n);
__attribute__((visibility("hidden"))) void wt_free(void *p);

#endif
