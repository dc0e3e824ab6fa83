/*
 * arena.h — one bump allocator per document.  Everything a result points to
 * (copied strings, canonical names, span lists) lives here and is released at
 * once by wt_arena_reset when the next document starts.  Big flat arrays that
 * grow (tokens, sentences) are wt_vec instead, so that they stay contiguous.
 */
#ifndef WARTA_ARENA_H
#define WARTA_ARENA_H

#include <stddef.h>

typedef struct wt_chunk wt_chunk;

typedef struct wt_arena {
  wt_chunk *head;   /* current chunk; older chunks follow */
  size_t used_total; /* bytes handed out since the last reset */
} wt_arena;

__attribute__((visibility("hidden"))) void *wt_arena_alloc(wt_arena *a, size_t n);
__attribute__((visibility("hidden"))) char *wt_arena_strndup(wt_arena *a, const char *s, size_t n);
/* Releases everything; keeps the first chunk (up to 1 MiB) for reuse. */
__attribute__((visibility("hidden"))) void wt_arena_reset(wt_arena *a);
__attribute__((visibility("hidden"))) void wt_arena_free(wt_arena *a);

#endif
