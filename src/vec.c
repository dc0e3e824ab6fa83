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

/* ------------------------------------------------------------ wt_map
 * A small open-addressing map from 64-bit keys to 32-bit values, for the
 * lookups that would otherwise scan a growing list (mention spans, entity
 * names).  Slots live in a wt_vec of wt_map_slot; key 0 is reserved.
 * (wt_map_get is inline, in internal.h.) */

void wt_map_clear(wt_vec *m) {
  if (m->data) memset(m->data, 0, m->cap * m->elem);
  m->len = 0;
}

int wt_map_put(wt_vec *m, uint64_t key, uint32_t val) {
  if (key == 0) key = 1;
  if ((m->len + 1) * 2 > m->cap) {
    size_t ncap = m->cap ? m->cap * 2 : 64;
    wt_map_slot *old = m->data;
    size_t ocap = m->cap;
    wt_map_slot *ns = wt_calloc(ncap, sizeof *ns);
    if (!ns) return -1;
    m->data = ns;
    m->cap = ncap;
    m->len = 0;
    for (size_t i = 0; i < ocap; i++)
      if (old[i].key) wt_map_put(m, old[i].key, old[i].val);
    wt_free(old);
  }
  wt_map_slot *s = m->data;
  size_t mask = m->cap - 1;
  for (size_t j = wt_map_mix(key) & mask;; j = (j + 1) & mask) {
    if (s[j].key == key) {
      s[j].val = val;
      return 0;
    }
    if (!s[j].key) {
      s[j].key = key;
      s[j].val = val;
      m->len++;
      return 0;
    }
  }
}

int wt_map_add(wt_vec *m, uint64_t key, uint32_t val, uint32_t *have) {
  if (key == 0) key = 1;
  if (!m->cap) return wt_map_put(m, key, val);
  wt_map_slot *s = m->data;
  size_t mask = m->cap - 1;
  for (size_t j = wt_map_mix(key) & mask;; j = (j + 1) & mask) {
    if (s[j].key == key) {
      *have = s[j].val;
      return 1;
    }
    if (!s[j].key) {
      /* (a map that must grow first: wt_map_put grows it, as a put after a
       * get did) */
      if ((m->len + 1) * 2 > m->cap) return wt_map_put(m, key, val);
      s[j].key = key;
      s[j].val = val;
      m->len++;
      return 0;
    }
  }
}
