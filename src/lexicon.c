/* lexicon.c — lookups in the generated tables (see lexicon.h). */
#include <stdbool.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <utf8proc.h>

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
  if (n - 9 < 8) { /* (two words, most phrases: hashed and probed as wt_annotate does) */
    uint64_t w0 = wt_load8(k), w1 = wt_load_tail(k + 8, n - 8);
    return wt_lex_probe16(lx, wt_hash16(w0, w1, n), wt_lower8(w0), wt_lower8(w1), n);
  }
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

/* What the phrase cache (doc->phr, entities.c) holds for a word of entry x
 * with classes cls when no longer phrase can start there: itself, when it
 * has a class of its own, or LEX_NONE; 0 (ask later) at a phrase's start. */
static inline uint32_t word_phrase(const wt_lexicon *lx, uint32_t x, uint64_t cls) {
  if (x == LEX_NONE) return LEX_NONE;
  if (cls & LX_PHRASE_START) return 0;
  return ((cls & ~(LX_PHRASE_START | LX_PHRASE_MORE)) || lx->entries[x].cls2) ? (1u << 24 | x) : LEX_NONE;
}

/* The token lists a word goes on (wt_annotate), as far as its entry tells:
 * a cue word; where a noun phrase may start (entities.c: a role phrase; any
 * capitalised word too); a date (dates.c: a calendar word); a source's cue
 * (sources.c: a cue phrase; the outlets it finds by their mentions). */

static uint8_t word_lists(const wt_lexicon *lx, uint32_t x, uint64_t c) {
  if (x == LEX_NONE) return 0;
  uint64_t u = wt_phrase_union(lx, x);
  unsigned l = 0;
  if (c & LX_CUE) l |= WL_CUE;
  if (((c & LX_PHRASE_START) && (u & (LX_ROLE | LX_ROLE_COMMON))) || (c & (LX_ROLE | LX_ROLE_COMMON))) l |= WL_NP;
  if (lx == &wt_builtin_lexicon ? wt_date_word(lx, x) : (wt_lex_cls2(lx, x) || (c & LX_PHRASE_START))) l |= WL_DATE;
  if (u & (LX_SRC_CUE | LX_SRC_TO)) l |= WL_SRC;
  if (u & LX_FIRSTHAND) l |= WL_FIRSTHAND;
  return (uint8_t)l;
}

/* What a cache slot holds for a word of entry x (its key aside). */
static __attribute__((noinline)) void word_facts(const wt_lexicon *lx, uint32_t x, struct wt_wordcache *c) {
  c->lex = x;
  c->cls = wt_lex_cls(lx, x);
  c->phr = word_phrase(lx, x, c->cls);
  c->lists = word_lists(lx, x, c->cls);
}

/* Entry x for a word written p[0, len): none when x is a short acronym
 * (class caps) and the word has a lower-case letter ("Aji" is a name, not
 * AJI). */
static inline uint32_t cased(const wt_lexicon *lx, uint32_t x, const unsigned char *p, uint32_t len) {
  /* (data/gen_lexicon.py gives the class to acronyms of two or three
   * letters only) */
  if (len > 3 || x == LEX_NONE || !(wt_lex_cls2(lx, x) & LX2_CAPS)) return x;
  for (uint32_t i = 0; i < len; i++)
    if (p[i] >= 'a' && p[i] <= 'z') return LEX_NONE;
  return x;
}

/* The tokenizer's facts of a word p[0, len) (segment.c): its token's kind
 * and ch; TF_CAP when it starts with a capital, TF_UPPER too when it has
 * two or more and no small letter; the lists with a capitalised word's
 * (where a noun phrase may start). */
static void case_of(struct wt_wordcache *c, const unsigned char *p, uint32_t len) {
  c->tkind = WARTA_TOK_WORD;
  c->tch = 0;
  c->tflags = 0;
  c->tlists = c->lists;
  if (!(p[0] >= 'A' && p[0] <= 'Z')) return;
  c->tflags = TF_CAP;
  c->tlists |= WL_NP;
  uint32_t letters = 0;
  for (uint32_t j = 0; j < len; j++) {
    if (p[j] >= 'a' && p[j] <= 'z') return;
    if (p[j] >= 'A' && p[j] <= 'Z') letters++;
  }
  if (letters >= 2) c->tflags |= TF_UPPER;
}

/* Entry x for a word written p[0, len), or when it has none and letters
 * outside ASCII, the entry of the word without their accents: "Tomás" is
 * the given name "Tomas", "Bogotá" the city (utf8proc takes the marks off;
 * a letter no ASCII letter spells, "ø", "ß", leaves the word without).
 * (Out of line: asked only at a cache miss of such a word.) */
static __attribute__((noinline)) uint32_t unaccented(const wt_lexicon *lx, const unsigned char *p, uint32_t len) {
  char out[64];
  size_t o = 0;
  for (uint32_t i = 0; i < len;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
    if (n <= 0) return LEX_NONE;
    i += (uint32_t)n;
    utf8proc_int32_t dec[4];
    int last = 0;
    utf8proc_ssize_t m = cp < 0x80 ? (dec[0] = cp, 1)
                                   : utf8proc_decompose_char(cp, dec, 4, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &last);
    if (m < 0 || m > 4) return LEX_NONE;
    for (utf8proc_ssize_t k = 0; k < m; k++) {
      if (dec[k] >= 0x80 || o >= sizeof out) return LEX_NONE;
      out[o++] = (char)dec[k];
    }
  }
  return o && o < len ? wt_lex_find(lx, out, o) : LEX_NONE;
}

/* Entry x, or when it is none and the word has a byte above 0x7F (high:
 * the callers tell it from the words' bytes they hold), unaccented's. */
static inline uint32_t or_unaccented(const wt_lexicon *lx, uint32_t x, const unsigned char *p, uint32_t len,
                                     bool high) {
  return x == LEX_NONE && high ? unaccented(lx, p, len) : x;
}

/* (any byte of eight above 0x7F) */
static inline bool high_bytes(uint64_t w) { return (w & 0x8080808080808080ull) != 0; }

/* (The pair's two slots swap when the word is in the second: the word
 * used last stays first; a new word moves the first to the second.) */
void wt_word_miss8(const wt_lexicon *lx, struct wt_wordcache *c, uint64_t w, const unsigned char *p, uint32_t len) {
  struct wt_wordcache first = c[0];
  if (c[1].key == w) {
    c[0] = c[1];
    c[1] = first;
    return;
  }
  c[1] = first;
  c->key = w;
  word_facts(lx, or_unaccented(lx, cased(lx, wt_lex_probe8(lx, wt_hash8(w, len), wt_lower8(w), len), p, len), p, len, high_bytes(w)),
             c);
  case_of(c, p, len);
}

void wt_word_miss16(const wt_lexicon *lx, struct wt_wordcache2 *c, const unsigned char *p, uint64_t w0, uint64_t w1,
                    uint32_t len) {
  struct wt_wordcache2 first = c[0];
  if (c[1].f.key == w0 && c[1].key2 == w1) {
    c[0] = c[1];
    c[1] = first;
    return;
  }
  c[1] = first;
  c->f.key = w0;
  c->key2 = w1;
  word_facts(lx,
             or_unaccented(lx, wt_lex_probe16(lx, wt_hash16(w0, w1, len), wt_lower8(w0), wt_lower8(w1), len), p, len,
                           high_bytes(w0 | w1)),
             &c->f);
  case_of(&c->f, p, len);
}

/* What wt_annotate's loop reads of the document, in locals: its stores of
 * bytes (the lists' bits) might otherwise be stores into the document, and
 * every field read again for every token. */
typedef struct wordsrc {
  const wt_lexicon *lx;
  const unsigned char *text;
  uint32_t len;
  struct wt_wordcache *wcache;
  struct wt_wordcache2 *wcache2;
} wordsrc;

/* The facts of word token t (its entry found by its key without an
 * abbreviation's dot): a slot of the word cache, or *tmp filled.  The cache
 * is keyed by the bytes as written: a word token holds no zero byte, so a
 * key of its bytes (zero above its length) is never 0, an empty slot's, and
 * tells the length too. */
static inline const struct wt_wordcache *lookup_word(wordsrc src, const wt_token *t, struct wt_wordcache *tmp) {
  const wt_lexicon *lx = src.lx;
  uint32_t len = t->end - t->start;
  /* initials and abbreviations are keyed without their dot ("H." -> h) */
  if ((t->flags & (TF_INITIAL | TF_ABBREV)) && len > 1 && src.text[t->end - 1] == '.') len--;
  const unsigned char *p = src.text + t->start;
  if (len - 1 < 8) {
    /* most words: eight bytes read at once when the text goes on that far;
     * one multiply finds the slot, the lexicon's hash only on a miss */
    uint64_t w = t->start + 8 <= src.len ? wt_load8(p) & (~0ull >> (8 * (8 - len))) : wt_load_tail(p, len);
    struct wt_wordcache *c = wt_wordslot8(src.wcache, w);
    if (__builtin_expect(c->key != w, 0)) wt_word_miss8(lx, c, w, p, len);
    return c;
  }
  if (len <= 16) {
    /* the same for words of nine to sixteen bytes */
    uint64_t w0 = wt_load8(p);
    uint64_t w1 = t->start + 16 <= src.len ? wt_load8(p + 8) & (~0ull >> (8 * (16 - len))) : wt_load_tail(p + 8, len - 8);
    struct wt_wordcache2 *c = wt_wordslot16(src.wcache2, w0, w1);
    if (c->f.key != w0 || c->key2 != w1) wt_word_miss16(lx, c, p, w0, w1, len);
    return &c->f;
  }
  uint32_t x = wt_lex_find(lx, (const char *)p, len);
  bool high = false;
  for (uint32_t i = 0; x == LEX_NONE && i < len && !high; i++) high = p[i] >= 0x80;
  word_facts(lx, or_unaccented(lx, x, p, len, high), tmp);
  return tmp;
}

/* Token i's entry, classes and phrase cache value, and the lists it goes
 * on as bits in m[i] (WL_*). */
static void annotate_token(wordsrc src, wt_token *t, uint32_t i, uint64_t *cls, uint32_t *phr, uint8_t *m) {
  wt_token *ti = &t[i];
  uint8_t kind = ti->kind;
  if (kind == WARTA_TOK_WORD || kind == WARTA_TOK_URL) {
    struct wt_wordcache tmp;
    const struct wt_wordcache *f;
    if (ti->lex == LEX_PENDING) {
      f = lookup_word(src, ti, &tmp);
      ti->lex = f->lex;
    } else {
      word_facts(src.lx, ti->lex, &tmp); /* (an abbreviation the tokenizer looked up) */
      f = &tmp;
    }
    cls[i] = f->cls;
    phr[i] = f->phr;
    unsigned b = f->lists | ((ti->flags & TF_CAP) ? WL_NP : 0);
    if (kind != WARTA_TOK_WORD) b &= ~WL_DATE; /* an address */
    m[i] = (uint8_t)b;
    return;
  }
  /* the rest has no entry: punctuation (an opening bracket is listed),
   * quote marks (listed), numbers and D/M/Y tokens (dates may start
   * there), e-mails and symbols */
  if (ti->lex == LEX_PENDING) ti->lex = LEX_NONE;
  cls[i] = 0;
  phr[i] = LEX_NONE;
  unsigned b = 0;
  if (kind == WARTA_TOK_PUNCT) {
    if (ti->ch == '(') b = WL_PAREN;
  } else if (kind == WARTA_TOK_QUOTE) {
    b = WL_QUOTE;
  } else if (kind == WARTA_TOK_NUMBER || kind == WARTA_TOK_DATE) {
    b = WL_DATE;
  }
  m[i] = (uint8_t)b;
}

/* The tokens from i on with bit b set in m[i..n), in order, written at
 * out; returns how many.  One token a step. */
static inline uint32_t list_from(const uint8_t *m, uint32_t i, uint32_t n, unsigned b, uint32_t *out) {
  uint32_t k = 0;
  for (; i < n; i++)
    if (m[i] & b) out[k++] = i;
  return k;
}

/* The tokens with bit b set in m[0..n), in order, written at out (room
 * for n + 1); returns how many. */
uint32_t wt_list_of_scalar(const uint8_t *m, uint32_t n, unsigned b, uint32_t *out) {
  return list_from(m, 0, n, b, out);
}

/* The same, sixteen tokens a step with SSE2 (tests/unit/test_lists.c checks
 * that both agree).  Most steps of most lists hold none or one or two
 * tokens (a cue word, a date, a quote mark): an empty step costs a test, and
 * each listed token a few instructions, not a count of all sixteen. */
uint32_t wt_list_of(const uint8_t *m, uint32_t n, unsigned b, uint32_t *out) {
  uint32_t k = 0, i = 0;
#ifdef __SSE2__
  const __m128i bit = _mm_set1_epi8((char)b);
  for (; n - i >= 16; i += 16) {
    __m128i v = _mm_and_si128(_mm_loadu_si128((const __m128i *)(const void *)(m + i)), bit);
    unsigned s = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, bit));
    for (; s; s &= s - 1) out[k++] = i + (uint32_t)__builtin_ctz(s);
  }
#endif
  return k + list_from(m, i, n, b, out + k);
}

#ifdef __SSE2__
/* The tokens i + j whose byte j of top has its top bit set, j < 16,
 * written from o on; returns the end. */
static inline uint32_t *gather(__m128i top, uint32_t i, uint32_t *o) {
  for (unsigned b = (unsigned)_mm_movemask_epi8(top); b; b &= b - 1) *o++ = i + (uint32_t)__builtin_ctz(b);
  return o;
}
#endif

int wt_annotate(warta_doc *d) {
  uint32_t n = wt_ntok(d);
  size_t sz = (size_t)n + 1;
  uint32_t *lists = wt_arena_alloc(&d->arena, WL_NLISTS * sz * sizeof *lists);
  if (!lists) return wt_fail(d, WARTA_ERR_NOMEM, -1, "out of memory looking words up");
  /* (wt_segment made room for n + 1 of each) */
  uint64_t *cls = d->tcls_buf.data;
  uint32_t *phr = d->phr_buf.data;
  uint8_t *m = d->lists_buf.data;
  const wt_lexicon *lx = d->eng->lex;
  const wordsrc src = {lx, (const unsigned char *)d->text, d->len, d->wcache, d->wcache2};
  wt_token *t = d->toks.data;
  /* the tokens the tokenizer left (WL_TODO): their entry, classes and
   * phrase cache value, and the lists they go on as bits in m[i] (WL_*) */
#ifdef __SSE2__
  /* (sixteen bytes a step: the bytes past n, room for which there is (see
   * lists_buf), are no tokens and are set to none) */
  _mm_storeu_si128((__m128i *)(void *)(m + n), _mm_setzero_si128());
  for (uint32_t i = 0; i < n; i += 16) {
    unsigned todo = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(m + i)));
    for (; todo; todo &= todo - 1) annotate_token(src, t, i + (uint32_t)__builtin_ctz(todo), cls, phr, m);
  }
#else
  for (uint32_t i = 0; i < n; i++)
    if (m[i] & WL_TODO) annotate_token(src, t, i, cls, phr, m);
#endif
  cls[n] = 0;
  phr[n] = 0;
  d->phr = phr;
  d->tcls = cls;
  /* then the lists, sz entries of room each */
  const uint32_t **dst[WL_NLISTS] = {&d->cue_words,   &d->np_starts,   &d->date_starts,     &d->source_starts,
                                     &d->quote_marks, &d->open_parens, &d->firsthand_starts};
  uint32_t *cnt[WL_NLISTS] = {&d->ncue_words,   &d->nnp_starts,   &d->ndate_starts,     &d->nsource_starts,
                              &d->nquote_marks, &d->nopen_parens, &d->nfirsthand_starts};
  uint32_t *out[WL_NLISTS];
  for (int l = 0; l < WL_NLISTS; l++) {
    out[l] = lists + (size_t)l * sz;
    *dst[l] = out[l];
  }
#ifdef __SSE2__
  /* all lists in one pass, sixteen tokens a step: list l's bit moved to the
   * top of each byte (a shift of the 16-bit lanes: what crosses into the
   * byte above stays below its top bit) and gathered with one movemask.  As
   * in wt_list_of, a step with none of a list costs a test. */
  _Static_assert(WL_NLISTS == 7, "a gather for each list below");
  uint32_t *o0 = out[0], *o1 = out[1], *o2 = out[2], *o3 = out[3], *o4 = out[4], *o5 = out[5], *o6 = out[6];
  for (uint32_t i = 0; i < n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(m + i));
    o0 = gather(_mm_slli_epi16(v, 7), i, o0); /* (bit 0, WL_CUE) */
    o1 = gather(_mm_slli_epi16(v, 6), i, o1);
    o2 = gather(_mm_slli_epi16(v, 5), i, o2);
    o3 = gather(_mm_slli_epi16(v, 4), i, o3);
    o4 = gather(_mm_slli_epi16(v, 3), i, o4);
    o5 = gather(_mm_slli_epi16(v, 2), i, o5);
    o6 = gather(_mm_slli_epi16(v, 1), i, o6); /* (bit 6, WL_FIRSTHAND) */
  }
  uint32_t *end[WL_NLISTS] = {o0, o1, o2, o3, o4, o5, o6};
  for (int l = 0; l < WL_NLISTS; l++) *cnt[l] = (uint32_t)(end[l] - out[l]);
#else
  for (int l = 0; l < WL_NLISTS; l++) *cnt[l] = wt_list_of(m, n, 1u << l, out[l]);
#endif
  /* (each list ends with UINT32_MAX, in the room for one more: a walk
   * forward through one needs no count, wt_entities) */
  for (int l = 0; l < WL_NLISTS; l++) out[l][*cnt[l]] = UINT32_MAX;
  return WARTA_OK;
}
