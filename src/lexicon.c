/* lexicon.c — lookups in the generated tables (see lexicon.h). */
#include "lexicon.h"


static inline unsigned char lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

uint32_t wt_lex_find(const wt_lexicon *lx, const char *key, size_t n) {
  if (n == 0 || n > 255) return LEX_NONE;
  const unsigned char *k = (const unsigned char *)key;
  uint64_t h = wt_hash(k, n);
  uint32_t hi = (uint32_t)(h >> 32);
  uint32_t mask = lx->size - 1;
  for (uint32_t j = (uint32_t)h & mask;; j = (j + 1) & mask) {
    const wt_lexslot *s = &lx->table[j];
    if (s->entry == UINT32_MAX) return LEX_NONE;
    if (s->hash_hi != hi) continue;
    const wt_lexentry *x = &lx->entries[s->entry];
    if (x->key_len != n) continue;
    const unsigned char *p = (const unsigned char *)lx->pool + x->key;
    size_t i = 0;
    while (i < n && p[i] == lower(k[i])) i++;
    if (i == n) return s->entry;
  }
}

int wt_root_find(const wt_lexicon *lx, const char *key, size_t n) {
  if (n == 0 || n > 127 || !lx->rsize) return 0;
  const unsigned char *k = (const unsigned char *)key;
  uint64_t h = wt_hash(k, n);
  uint32_t hi = (uint32_t)(h >> 32);
  uint32_t mask = lx->rsize - 1;
  for (uint32_t j = (uint32_t)h & mask;; j = (j + 1) & mask) {
    const wt_lexslot *s = &lx->roots[j];
    if (s->entry == UINT32_MAX) return 0;
    if (s->hash_hi != hi || (s->entry & 0x7Fu) != n) continue;
    const unsigned char *p = (const unsigned char *)lx->pool + (s->entry >> 8);
    size_t i = 0;
    while (i < n && p[i] == lower(k[i])) i++;
    if (i == n) return (s->entry & 0x80u) ? 2 : 1;
  }
}
