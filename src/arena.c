/* arena.c — see arena.h. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

/* Under AddressSanitizer the unused part of every chunk is poisoned and each
 * allocation is followed by a poisoned red zone, so that a stage writing or
 * reading past what it asked for is reported like a heap overflow. */
#if defined(__SANITIZE_ADDRESS__)
#define WT_ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WT_ARENA_ASAN 1
#endif
#endif
#ifdef WT_ARENA_ASAN
#include <sanitizer/asan_interface.h>
enum { REDZONE = 16 };
#define POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
enum { REDZONE = 0 };
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

struct wt_chunk {
  wt_chunk *next;
  size_t size, used;
  max_align_t data[];
};

enum { CHUNK_MIN = 64 * 1024, KEEP_MAX = 1024 * 1024 };

void *wt_arena_alloc(wt_arena *a, size_t n) {
  size_t asked = n;
  if (n > SIZE_MAX - 64) return NULL;
  n = ((n + 15u) & ~(size_t)15u) + REDZONE;
  if (n == 0) n = 16;
  wt_chunk *c = a->head;
  if (!c || c->size - c->used < n) {
    size_t size = CHUNK_MIN;
    if (c && c->size * 2 > size) size = c->size * 2; /* geometric, few chunks per doc */
    if (size > 64u * 1024 * 1024) size = 64u * 1024 * 1024;
    if (size < n) size = n;
    wt_chunk *nc = wt_malloc(sizeof *nc + size);
    if (!nc) return NULL;
    nc->size = size;
    nc->used = 0;
    nc->next = c;
    a->head = c = nc;
    POISON(nc->data, size);
  }
  void *p = (char *)c->data + c->used;
  c->used += n;
  a->used_total += n;
  UNPOISON(p, asked);
  return p;
}

char *wt_arena_strndup(wt_arena *a, const char *s, size_t n) {
  char *p = wt_arena_alloc(a, n + 1);
  if (!p) return NULL;
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

void wt_arena_reset(wt_arena *a) {
  /* Keep the oldest chunk if it is small: a stream of ordinary articles then
   * never touches malloc, and one huge article does not pin its memory. */
  wt_chunk *c = a->head, *keep = NULL;
  while (c) {
    wt_chunk *next = c->next;
    if (!next && c->size <= KEEP_MAX) {
      keep = c;
    } else {
      UNPOISON(c->data, c->size);
      wt_free(c);
    }
    c = next;
  }
  if (keep) {
    keep->used = 0;
    POISON(keep->data, keep->size);
  }
  a->head = keep;
  a->used_total = 0;
}

void wt_arena_free(wt_arena *a) {
  wt_chunk *c = a->head;
  while (c) {
    wt_chunk *next = c->next;
    UNPOISON(c->data, c->size);
    wt_free(c);
    c = next;
  }
  a->head = NULL;
  a->used_total = 0;
}
