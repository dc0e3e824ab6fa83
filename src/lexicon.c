/* lexicon.c — lookups in the generated tables (see lexicon.h). */
#include <stdbool.h>

#include <pthread.h>

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

/* Keys longer than eight bytes. */
static __attribute__((noinline)) uint32_t find_long(const wt_lexicon *lx, const unsigned char *k, size_t n) {
  uint64_t h = wt_hash(k, n);
  uint32_t hi = (uint32_t)(h >> 32), mask = lx->size - 1;
  for (uint32_t j = (uint32_t)h & mask;; j = (j + 1) & mask) {
    const wt_lexslot *s = &lx->table[j];
    if (s->entry == UINT32_MAX) return LEX_NONE;
    if (s->hash_hi != hi) continue;
    const wt_lexentry *x = &lx->entries[s->entry];
    if (x->key_len == n && key_eq((const unsigned char *)lx->pool + x->key, k, n)) return s->entry;
  }
}

uint32_t wt_lex_find(const wt_lexicon *lx, const char *key, size_t n) {
  const unsigned char *k = (const unsigned char *)key;
  if (n - 1 < 8) return wt_lex_find8(lx, wt_load_tail(k, n), n);
  if (n == 0 || n > 255) return LEX_NONE;
  return find_long(lx, k, n);
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

/* Per entry of the built-in lexicon: the classes of every phrase that
 * starts with it (itself included), so that a stage can tell from a word
 * alone that no phrase it wants starts there. */
uint64_t wt_phrase_union_tab[LX_NENTRIES];
static pthread_once_t phrase_union_once = PTHREAD_ONCE_INIT;

static void phrase_union_init(void) {
  const wt_lexicon *lx = &wt_builtin_lexicon;
  for (uint32_t i = 0; i < lx->nentries && i < LX_NENTRIES; i++) {
    const wt_lexentry *x = &lx->entries[i];
    wt_phrase_union_tab[i] |= x->cls;
    if (x->nwords > 1) {
      const char *k = lx->pool + x->key, *sp = memchr(k, ' ', x->key_len);
      uint32_t f = sp ? wt_lex_find(lx, k, (size_t)(sp - k)) : LEX_NONE;
      if (f < LX_NENTRIES) wt_phrase_union_tab[f] |= x->cls;
    }
  }
}

/* The words a date expression can start with, one bit per entry: words with
 * a calendar class (a month, a weekday, "hari", a number word ...) and first
 * words of calendar phrases ("pekan lalu"). */
uint64_t wt_date_word_tab[(LX_NENTRIES + 63) / 64];

static void date_words_init(void) {
  const wt_lexicon *lx = &wt_builtin_lexicon;
  for (uint32_t i = 0; i < lx->nentries && i < LX_NENTRIES; i++) {
    const wt_lexentry *x = &lx->entries[i];
    const char *k = lx->pool + x->key;
    if (x->cls2 || (x->key_len == 4 && !memcmp(k, "hari", 4))) wt_date_word_tab[i / 64] |= 1ull << (i % 64);
    if (x->nwords > 1 && (x->cls2 & (LX2_TIME_DAY | LX2_TIME_WEEK | LX2_TIME_MONTH | LX2_TIME_YEAR))) {
      const char *sp = memchr(k, ' ', x->key_len);
      uint32_t f = sp ? wt_lex_find(lx, k, (size_t)(sp - k)) : LEX_NONE;
      if (f != LEX_NONE && f < LX_NENTRIES) wt_date_word_tab[f / 64] |= 1ull << (f % 64);
    }
  }
}

static void tables_init(void) {
  phrase_union_init();
  date_words_init();
}

void wt_lexicon_prepare(void) { pthread_once(&phrase_union_once, tables_init); }

/* What the phrase cache (doc->phr, entities.c) holds for a word of entry x
 * with classes cls when no longer phrase can start there: itself, when it
 * has a class of its own, or LEX_NONE; 0 (ask later) at a phrase's start. */
static inline uint32_t word_phrase(const wt_lexicon *lx, uint32_t x, uint64_t cls) {
  if (x == LEX_NONE) return LEX_NONE;
  if (cls & LX_PHRASE_START) return 0;
  return ((cls & ~(LX_PHRASE_START | LX_PHRASE_MORE)) || lx->entries[x].cls2) ? (1u << 24 | x) : LEX_NONE;
}

/* The entry of word token t (its key without an abbreviation's dot), with
 * its classes, phrase union and phrase cache value in *cls, *uni, *phr. */
static inline uint32_t lookup_word(warta_doc *d, const wt_token *t, uint64_t *cls, uint64_t *uni, uint32_t *phr) {
  const wt_lexicon *lx = d->eng->lex;
  uint32_t len = t->end - t->start;
  /* initials and abbreviations are keyed without their dot ("H." -> h) */
  if ((t->flags & (TF_INITIAL | TF_ABBREV)) && len > 1 && d->text[t->end - 1] == '.') len--;
  const unsigned char *p = (const unsigned char *)d->text + t->start;
  struct wt_wordcache *c;
  if (len - 1 < 8) {
    /* most words: eight bytes read at once when the text goes on that far;
     * the cache is keyed by the word as written (one multiply to find its
     * slot), the lexicon's hash only on a miss */
    uint64_t w = t->start + 8 <= d->len ? wt_load8(p) & (~0ull >> (8 * (8 - len))) : wt_load_tail(p, len);
    c = &d->wcache[((w + len) * 0x9E3779B97F4A7C15ull) >> (64 - WT_WORDCACHE_BITS)];
    if (c->len != len || c->key != w) {
      c->key = w;
      c->key2 = 0;
      c->len = len;
      c->lex = wt_lex_probe8(lx, wt_hash8(w, len), wt_lower8(w), len);
      c->cls = wt_lex_cls(lx, c->lex);
      c->uni = wt_phrase_union(lx, c->lex);
      c->phr = word_phrase(lx, c->lex, c->cls);
    }
  } else if (len <= 16) {
    /* the same for words of nine to sixteen bytes */
    uint64_t w0 = wt_load8(p);
    uint64_t w1 = t->start + 16 <= d->len ? wt_load8(p + 8) & (~0ull >> (8 * (16 - len))) : wt_load_tail(p + 8, len - 8);
    c = &d->wcache[((w0 + w1 * 0xC2B2AE3D27D4EB4Full + len) * 0x9E3779B97F4A7C15ull) >> (64 - WT_WORDCACHE_BITS)];
    if (c->len != len || c->key != w0 || c->key2 != w1) {
      c->key = w0;
      c->key2 = w1;
      c->len = len;
      c->lex = wt_lex_probe16(lx, wt_hash16(w0, w1, len), wt_lower8(w0), wt_lower8(w1), len);
      c->cls = wt_lex_cls(lx, c->lex);
      c->uni = wt_phrase_union(lx, c->lex);
      c->phr = word_phrase(lx, c->lex, c->cls);
    }
  } else {
    uint32_t x = wt_lex_find(lx, (const char *)p, len);
    *cls = wt_lex_cls(lx, x);
    *uni = wt_phrase_union(lx, x);
    *phr = word_phrase(lx, x, *cls);
    return x;
  }
  *cls = c->cls;
  *uni = c->uni;
  *phr = c->phr;
  return c->lex;
}

int wt_annotate(warta_doc *d) {
  wt_lexicon_prepare();
  uint32_t n = wt_ntok(d);
  size_t sz = (size_t)n + 1;
  uint64_t *cls = wt_arena_alloc(&d->arena, sz * sizeof *cls);
  uint64_t *uni = wt_arena_alloc(&d->arena, sz * sizeof *uni);
  uint32_t *lists = wt_arena_alloc(&d->arena, 6 * sz * sizeof *lists);
  uint32_t *phr = wt_arena_alloc(&d->arena, sz * sizeof *phr);
  if (!cls || !uni || !lists || !phr) return wt_fail(d, WARTA_ERR_NOMEM, -1, "out of memory looking words up");
  const wt_lexicon *lx = d->eng->lex;
  uint32_t *qm = lists, *pa = lists + sz, *cu = lists + 2 * sz, *nps = lists + 3 * sz, *ds = lists + 4 * sz,
           *ss = lists + 5 * sz;
  uint32_t nq = 0, np = 0, nc = 0, nnp = 0, nds = 0, nss = 0;
  bool builtin = lx == &wt_builtin_lexicon;
  wt_token *t = d->toks.data;
  for (uint32_t i = 0; i < n; i++) {
    wt_token *ti = &t[i];
    uint8_t kind = ti->kind;
    if (kind == WARTA_TOK_WORD || kind == WARTA_TOK_URL) {
      uint64_t c = 0, u = 0;
      uint32_t ph = LEX_NONE;
      if (ti->lex == LEX_PENDING) {
        ti->lex = lookup_word(d, ti, &c, &u, &ph);
      } else if (ti->lex != LEX_NONE) {
        c = wt_lex_cls(lx, ti->lex);
        u = wt_phrase_union(lx, ti->lex);
        ph = word_phrase(lx, ti->lex, c);
      }
      cls[i] = c;
      uni[i] = u;
      phr[i] = ph;
      /* the tokens the stages start from, listed (most tokens are none):
       * cue words; where a noun phrase may start (entities.c: a capitalised
       * word, a role phrase); a date (dates.c: a calendar word); a source
       * (sources.c: a cue phrase, a capitalised name, an address) */
      bool cap = (ti->flags & TF_CAP) != 0;
      if (c & LX_CUE) cu[nc++] = i;
      if (cap || ((c & LX_PHRASE_START) && (u & LX_ROLE))) nps[nnp++] = i;
      if (kind == WARTA_TOK_WORD &&
          (builtin ? wt_date_word(lx, ti->lex) : (wt_lex_cls2(lx, ti->lex) || (c & LX_PHRASE_START))))
        ds[nds++] = i;
      if ((u & (LX_SRC_CUE | LX_SRC_TO)) || cap || kind == WARTA_TOK_URL) ss[nss++] = i;
      continue;
    }
    /* the rest has no entry: punctuation (an opening bracket is listed),
     * quote marks (listed), numbers and D/M/Y tokens (dates may start
     * there), e-mails and symbols */
    if (ti->lex == LEX_PENDING) ti->lex = LEX_NONE;
    cls[i] = uni[i] = 0;
    phr[i] = LEX_NONE;
    if (kind == WARTA_TOK_PUNCT) {
      if (ti->ch == '(') pa[np++] = i;
    } else if (kind == WARTA_TOK_QUOTE) {
      qm[nq++] = i;
    } else if (kind == WARTA_TOK_NUMBER || kind == WARTA_TOK_DATE) {
      ds[nds++] = i;
    }
    if (ti->flags & TF_CAP) ss[nss++] = i; /* (an e-mail may be capitalised) */
  }
  cls[n] = uni[n] = 0;
  phr[n] = 0;
  d->phr = phr;
  d->tcls = cls;
  d->tuni = uni;
  d->quote_marks = qm;
  d->nquote_marks = nq;
  d->open_parens = pa;
  d->nopen_parens = np;
  d->cue_words = cu;
  d->ncue_words = nc;
  d->np_starts = nps;
  d->nnp_starts = nnp;
  d->date_starts = ds;
  d->ndate_starts = nds;
  d->source_starts = ss;
  d->nsource_starts = nss;
  return WARTA_OK;
}
