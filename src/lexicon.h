/*
 * lexicon.h — the word tables compiled from data/ by data/gen_lexicon.py.
 *
 * One lookup per token: a lower-cased word (or a phrase of words joined by
 * single spaces) maps to an entry with a bit set of classes (LX_* in the
 * generated lexicon_gen.h: LX_CUE, LX_TITLE ...; LX2_* subtypes: LX2_MONTH ...), a canonical name
 * and a small number (a month's number, a day's index ...).
 */
#ifndef WARTA_LEXICON_H
#define WARTA_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "lexicon_gen.h"

#define LEX_NONE UINT32_MAX

typedef struct wt_lexentry {
  uint32_t key;        /* offset of the lower-cased key in the pool */
  uint16_t key_len;
  uint8_t nwords;      /* words in the key */
  uint8_t phrase_max;  /* for a phrase's first word: the most words a phrase starting here has */
  uint64_t cls;        /* LX_* bits: the classes stages test on every token */
  uint64_t cls2;       /* LX2_* bits: subtypes (country, police rank, month ...) */
  uint32_t canon;      /* offset of the canonical name in the pool, UINT32_MAX for none */
  int32_t val;         /* numeric value (month 1-12, weekday ...), 0 when none */
} wt_lexentry;

typedef struct wt_lexicon {
  const char *pool;
  const wt_lexentry *entries;
  const uint32_t *table; /* entry indexes, UINT32_MAX empty; open addressing */
  uint32_t nentries, size;
  const char *const *class_names;
  int nclasses;
} wt_lexicon;

extern const wt_lexicon wt_builtin_lexicon __attribute__((visibility("hidden")));

/* Entry index for key[0..n) compared case-insensitively (ASCII), LEX_NONE if absent. */
__attribute__((visibility("hidden"))) uint32_t wt_lex_find(const wt_lexicon *lx, const char *key,
                                                         size_t n);

static inline const wt_lexentry *wt_lex_entry(const wt_lexicon *lx, uint32_t i) {
  return i == LEX_NONE ? NULL : &lx->entries[i];
}
static inline uint64_t wt_lex_cls(const wt_lexicon *lx, uint32_t i) {
  return i == LEX_NONE ? 0 : lx->entries[i].cls;
}
static inline uint64_t wt_lex_cls2(const wt_lexicon *lx, uint32_t i) {
  return i == LEX_NONE ? 0 : lx->entries[i].cls2;
}
static inline const char *wt_lex_canon(const wt_lexicon *lx, uint32_t i) {
  return (i == LEX_NONE || lx->entries[i].canon == UINT32_MAX) ? NULL : lx->pool + lx->entries[i].canon;
}

#endif
