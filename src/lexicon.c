/* lexicon.c — lookups in the generated tables (see lexicon.h). */
#include <stdbool.h>

#include "internal.h"

/* Is key[0..n) equal, ASCII case folded, to the pool's lower-case key p?
 * The pool ends with eight zero bytes (gen_lexicon.py), so eight bytes of
 * it can always be read. */
static inline bool key_eq(const unsigned char *p, const unsigned char *k, size_t n) {
  size_t i = 0;
  for (; n - i >= 8; i += 8)
    if (wt_lower8(wt_load8(k + i)) != wt_load8(p + i)) return false;
  if (i == n) return true;
  size_t r = n - i;
  uint64_t mask = ~0ull >> (8 * (8 - r));
  return wt_lower8(wt_load_tail(k + i, r)) == (wt_load8(p + i) & mask);
}

uint32_t wt_lex_find(const wt_lexicon *lx, const char *key, size_t n) {
  if (n == 0 || n > 255) return LEX_NONE;
  const unsigned char *k = (const unsigned char *)key;
  uint32_t mask = lx->size - 1;
  if (n <= 8) {
    /* most words: one word of key, hashed and folded once for every probe */
    uint64_t w = wt_load_tail(k, n), keep = ~0ull >> (8 * (8 - n));
    uint64_t h = wt_hash_end(wt_hash_step(0x9E3779B97F4A7C15ull ^ (uint64_t)n, w | (WT_BYTES(0x20) & keep)));
    uint64_t lw = wt_lower8(w);
    uint32_t hi = (uint32_t)(h >> 32);
    for (uint32_t j = (uint32_t)h & mask;; j = (j + 1) & mask) {
      const wt_lexslot *s = &lx->table[j];
      if (s->entry == UINT32_MAX) return LEX_NONE;
      if (s->hash_hi != hi) continue;
      const wt_lexentry *x = &lx->entries[s->entry];
      if (x->key_len == n && (wt_load8((const unsigned char *)lx->pool + x->key) & keep) == lw) return s->entry;
    }
  }
  uint64_t h = wt_hash(k, n);
  uint32_t hi = (uint32_t)(h >> 32);
  for (uint32_t j = (uint32_t)h & mask;; j = (j + 1) & mask) {
    const wt_lexslot *s = &lx->table[j];
    if (s->entry == UINT32_MAX) return LEX_NONE;
    if (s->hash_hi != hi) continue;
    const wt_lexentry *x = &lx->entries[s->entry];
    if (x->key_len == n && key_eq((const unsigned char *)lx->pool + x->key, k, n)) return s->entry;
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
    if (key_eq((const unsigned char *)lx->pool + (s->entry >> 8), k, n)) return (s->entry & 0x80u) ? 2 : 1;
  }
}

int wt_annotate(warta_doc *d) {
  uint32_t n = wt_ntok(d);
  uint64_t *cls = wt_arena_alloc(&d->arena, ((size_t)n + 1) * sizeof *cls);
  if (!cls) return wt_fail(d, WARTA_ERR_NOMEM, -1, "out of memory looking words up");
  const wt_lexicon *lx = d->eng->lex;
  wt_token *t = d->toks.data;
  for (uint32_t i = 0; i < n; i++) {
    if (t[i].lex == LEX_PENDING) {
      uint32_t len = t[i].end - t[i].start;
      /* initials and abbreviations are keyed without their dot ("H." -> h) */
      if ((t[i].flags & (TF_INITIAL | TF_ABBREV)) && len > 1 && d->text[t[i].end - 1] == '.') len--;
      t[i].lex = (t[i].kind == WARTA_TOK_WORD || t[i].kind == WARTA_TOK_URL) ? wt_lex_find(lx, d->text + t[i].start, len)
                                                                             : LEX_NONE;
    }
    cls[i] = wt_lex_cls(lx, t[i].lex);
  }
  cls[n] = 0;
  d->tcls = cls;
  return WARTA_OK;
}
