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
#include <string.h>

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

/* A hash-table slot: the entry (UINT32_MAX empty) and the upper half of its
 * key's hash. */
typedef struct wt_lexslot {
  uint32_t hash_hi;
  uint32_t entry;
} wt_lexslot;

typedef struct wt_lexicon {
  const char *pool; /* keys and names, NUL-terminated; eight zero bytes after the last */
  const wt_lexentry *entries;
  const wt_lexslot *table; /* open addressing, linear probing */
  uint32_t nentries, size;
  const char *const *class_names;
  int nclasses;
  const wt_lexslot *roots; /* words that are only root or stop words: (pool offset << 8 | stop << 7 | length) */
  uint32_t rsize;
  /* the pair filter (gen_lexicon.py): 2^WT_PAIR_BITS bits, one set for the
   * first word's entry and second word of every phrase (wt_pair_bit); NULL
   * for none (then every pair may start a phrase) */
  const uint64_t *pairs;
} wt_lexicon;

#define WT_PAIR_BITS 15

extern const wt_lexicon wt_builtin_lexicon __attribute__((visibility("hidden")));
/* Of the built-in lexicon, by gen_lexicon.py: per entry, the LX_* classes of
 * every phrase that starts with it, itself included (wt_phrase_union in
 * internal.h); a bit per entry that a date expression may start with
 * (wt_date_word). */
extern const uint64_t wt_phrase_union_tab[LX_NENTRIES] __attribute__((visibility("hidden")));
extern const uint64_t wt_date_word_tab[(LX_NENTRIES + 63) / 64] __attribute__((visibility("hidden")));

/* Loads s[0..r) (1 <= r <= 8) as a little-endian word, the bytes above r
 * zero, without reading past s + r. */
static inline uint64_t wt_load_tail(const unsigned char *s, size_t r) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (r >= 4) { /* two overlapping four-byte loads */
    uint32_t a, b;
    memcpy(&a, s, 4);
    memcpy(&b, s + r - 4, 4);
    return (uint64_t)a | (uint64_t)b << (8 * (r - 4));
  }
  if (r >= 2) {
    uint16_t a, b;
    memcpy(&a, s, 2);
    memcpy(&b, s + r - 2, 2);
    return (uint64_t)a | (uint64_t)b << (8 * (r - 2));
  }
  return s[0];
#else
  uint64_t w = 0;
  for (size_t k = r; k-- > 0;) w = (w << 8) | s[k];
  return w;
#endif
}

/* Eight bytes of s as a little-endian word. */
static inline uint64_t wt_load8(const unsigned char *s) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t w;
  memcpy(&w, s, 8);
  return w;
#else
  uint64_t w = 0;
  for (int k = 7; k >= 0; k--) w = (w << 8) | s[k];
  return w;
#endif
}

#define WT_HASH_SEED 0x9E3779B97F4A7C15ull
#define WT_BYTES(b) (0x0101010101010101ull * (uint8_t)(b))

/* Stores the low n bytes (n <= 8) of the little-endian word w at s. */
static inline void wt_store(unsigned char *s, uint64_t w, size_t n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  memcpy(s, &w, n);
#else
  for (size_t k = 0; k < n; k++) s[k] = (unsigned char)(w >> (8 * k));
#endif
}

/* ASCII A-Z to a-z in each byte of w, other bytes unchanged. */
static inline uint64_t wt_lower8(uint64_t w) {
  const uint64_t H = WT_BYTES(0x80);
  uint64_t v = w & ~H; /* seven bits a byte: no carry crosses a byte below */
  uint64_t upper = (v + WT_BYTES(0x80 - 'A')) & ~(v + WT_BYTES(0x80 - 'Z' - 1)) & ~w & H;
  return w | (upper >> 2);
}

/* 0x80 in each byte of w equal to c, 0 in the others (exact per byte). */
static inline uint64_t wt_bytes_eq(uint64_t w, unsigned char c) {
  uint64_t t = w ^ WT_BYTES(c);
  return ~(((t & WT_BYTES(0x7F)) + WT_BYTES(0x7F)) | t) & WT_BYTES(0x80);
}

/* Is some byte of w below n (n <= 128)? */
static inline int wt_has_byte_below(uint64_t w, unsigned char n) {
  return ((w - WT_BYTES(n)) & ~w & WT_BYTES(0x80)) != 0;
}

/* The hash of a key: eight bytes at a time (little-endian words), each byte
 * OR 0x20 so that ASCII letters fold to lower case (data/gen_lexicon.py
 * computes the same). */
static inline uint64_t wt_hash_step(uint64_t h, uint64_t w) {
  h = (h ^ w) * 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 32);
}
static inline uint64_t wt_hash_end(uint64_t h) {
  h *= 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}
static inline uint64_t wt_hash(const unsigned char *s, size_t n) {
  uint64_t h = WT_HASH_SEED ^ (uint64_t)n;
  size_t i = 0;
  for (; n - i >= 8; i += 8) h = wt_hash_step(h, wt_load8(s + i) | WT_BYTES(0x20));
  if (i < n) {
    size_t r = n - i;
    h = wt_hash_step(h, wt_load_tail(s + i, r) | (WT_BYTES(0x20) >> (8 * (8 - r))));
  }
  return wt_hash_end(h);
}

/* Entry index for key[0..n) compared case-insensitively (ASCII), LEX_NONE if absent. */
__attribute__((visibility("hidden"))) uint32_t wt_lex_find(const wt_lexicon *lx, const char *key,
                                                         size_t n);

/* Is key[0..n) a root word (1) or a stop word (2) of the word lists (data/
 * kata-dasar.txt, stopwords-id.txt)?  0 when neither, or when the word has
 * other classes too (then wt_lex_find has it, with LX_ROOT / LX_STOP). */
__attribute__((visibility("hidden"))) int wt_root_find(const wt_lexicon *lx, const char *key, size_t n);

/* The hash (wt_hash) of a key of n bytes, 1 <= n <= 8, given as the word w
 * (wt_load_tail: little-endian, zero above n). */
static inline uint64_t wt_hash8(uint64_t w, size_t n) {
  uint64_t keep = ~0ull >> (8 * (8 - n));
  return wt_hash_end(wt_hash_step(WT_HASH_SEED ^ (uint64_t)n, w | (WT_BYTES(0x20) & keep)));
}

/* The entry of the key of n bytes (1 <= n <= 8) whose hash is h and whose
 * bytes, lower-cased (wt_lower8), are lw; LEX_NONE if absent. */
static inline uint32_t wt_lex_probe8(const wt_lexicon *lx, uint64_t h, uint64_t lw, size_t n) {
  uint64_t keep = ~0ull >> (8 * (8 - n));
  uint32_t hi = (uint32_t)(h >> 32), mask = lx->size - 1;
  for (uint32_t j = (uint32_t)h & mask;; j = (j + 1) & mask) {
    const wt_lexslot *s = &lx->table[j];
    if (s->entry == UINT32_MAX) return LEX_NONE;
    if (s->hash_hi != hi) continue;
    const wt_lexentry *x = &lx->entries[s->entry];
    /* the pool has eight readable bytes at every key (see wt_lexicon) */
    if (x->key_len == n && (wt_load8((const unsigned char *)lx->pool + x->key) & keep) == lw) return s->entry;
  }
}

/* The same for a key of n bytes, 9 <= n <= 16: its first eight bytes w0,
 * the rest w1 (zero above n - 8); lw0, lw1 lower-cased. */
static inline uint64_t wt_hash16(uint64_t w0, uint64_t w1, size_t n) {
  uint64_t keep = ~0ull >> (8 * (16 - n));
  uint64_t h = wt_hash_step(WT_HASH_SEED ^ (uint64_t)n, w0 | WT_BYTES(0x20));
  return wt_hash_end(wt_hash_step(h, w1 | (WT_BYTES(0x20) & keep)));
}
static inline uint32_t wt_lex_probe16(const wt_lexicon *lx, uint64_t h, uint64_t lw0, uint64_t lw1, size_t n) {
  uint64_t keep = ~0ull >> (8 * (16 - n));
  uint32_t hi = (uint32_t)(h >> 32), mask = lx->size - 1;
  for (uint32_t j = (uint32_t)h & mask;; j = (j + 1) & mask) {
    const wt_lexslot *s = &lx->table[j];
    if (s->entry == UINT32_MAX) return LEX_NONE;
    if (s->hash_hi != hi) continue;
    const wt_lexentry *x = &lx->entries[s->entry];
    const unsigned char *p = (const unsigned char *)lx->pool + x->key;
    if (x->key_len == n && wt_load8(p) == lw0 && (wt_load8(p + 8) & keep) == lw1) return s->entry;
  }
}

/* wt_lex_find for a key of n bytes, 1 <= n <= 8, given as the word w. */
static inline uint32_t wt_lex_find8(const wt_lexicon *lx, uint64_t w, size_t n) {
  return wt_lex_probe8(lx, wt_hash8(w, n), wt_lower8(w), n);
}

/* The pair filter's bit for a phrase whose first word is entry first and
 * whose second word is n bytes long and starts with the (up to) eight bytes
 * w (little-endian, zero above n), each OR 0x20 as wt_hash folds them
 * (gen_lexicon.py computes the same). */
static inline uint32_t wt_pair_bit(uint32_t first, uint64_t w, size_t n) {
  uint64_t keep = n >= 8 ? ~0ull : ~0ull >> (8 * (8 - n));
  uint64_t h = ((w | (WT_BYTES(0x20) & keep)) + n + first * 0x9E3779B97F4A7C15ull) * 0xFF51AFD7ED558CCDull;
  return (uint32_t)(h >> (64 - WT_PAIR_BITS));
}

/* May some phrase start with the word of entry first and then the word of n
 * bytes that starts with w (as wt_pair_bit takes them)?  (No: the key of the
 * two is no entry of the lexicon.) */
static inline int wt_pair_maybe(const wt_lexicon *lx, uint32_t first, uint64_t w, size_t n) {
  if (!lx->pairs) return 1;
  uint32_t b = wt_pair_bit(first, w, n);
  return (lx->pairs[b / 64] >> (b % 64)) & 1;
}

/* What the phrase cache (entities.c's phrase_at) holds for a word of entry
 * x where no phrase goes on: the word itself, when it has a class of its own
 * (then a phrase of one token), or LEX_NONE. */
static inline uint32_t wt_phrase_alone(const wt_lexicon *lx, uint32_t x) {
  const uint64_t plain = LX_PHRASE_START | LX_PHRASE_MORE;
  if (x == LEX_NONE) return LEX_NONE;
  return ((lx->entries[x].cls & ~plain) || lx->entries[x].cls2) ? (1u << 24 | x) : LEX_NONE;
}

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
