/* vec.c — growable flat arrays owned by a doc (tokens, sentences, quotes ...).
 * They live outside the arena because they grow while a stage fills them and
 * must stay contiguous; they are kept between documents and trimmed after an
 * unusually large one so that memory stays flat over a stream. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "internal.h"

int wt_vec_reserve(wt_vec *v, size_t n) {
  if (n <= v->cap) return 0;
  size_t cap = v->cap ? v->cap : 16;
  while (cap < n) cap *= 2;
  if (cap > SIZE_MAX / v->elem) return -1;
  void *p = wt_realloc(v->data, cap * v->elem);
  if (!p) return -1;
  v->data = p;
  v->cap = cap;
  return 0;
}

void *wt_vec_push(wt_vec *v) {
  if (v->len == v->cap && wt_vec_reserve(v, v->len + 1) != 0) return NULL;
  void *p = (char *)v->data + v->len * v->elem;
  memset(p, 0, v->elem);
  v->len++;
  return p;
}

void wt_vec_reset(wt_vec *v, size_t keep_bytes) {
  v->len = 0;
  if (v->cap * v->elem > keep_bytes) {
    wt_free(v->data);
    v->data = NULL;
    v->cap = 0;
  }
}

void wt_vec_free(wt_vec *v) {
  wt_free(v->data);
  v->data = NULL;
  v->len = v->cap = 0;
}
