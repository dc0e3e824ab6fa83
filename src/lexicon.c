/* lexicon.c — lookups in the generated tables (see lexicon.h). */
#include "lexicon.h"

#include <string.h>

static inline unsigned char lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

uint32_t wt_lex_find(const wt_lexicon *lx, const char *key, size_t n) {
  if (n == 0 || n > 255) return LEX_NONE;
  unsigned char buf[256];
  uint32_t h = 2166136261u; /* FNV-1a, the same as the generator's */
  for (size_t i = 0; i < n; i++) {
    buf[i] = lower((unsigned char)key[i]);
    h ^= buf[i];
    h *= 16777619u;
  }
  uint32_t mask = lx->size - 1;
  for (uint32_t j = h & mask;; j = (j + 1) & mask) {
    uint32_t e = lx->table[j];
    if (e == UINT32_MAX) return LEX_NONE;
    const wt_lexentry *x = &lx->entries[e];
    if (x->key_len == n && memcmp(lx->pool + x->key, buf, n) == 0) return e;
  }
}
