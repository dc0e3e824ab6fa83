/*
 * fts.c — the FTS5 tokenizer "warta": words (wt_next_word), folded
 * (wt_fold: case, diacritics, compatibility forms) and stemmed (stem.c), so
 * that a search for "mengatakan" finds "dikatakannya" and "kata".
 *
 * Tokenizer arguments (tokenize = 'warta [nostem]'): "nostem" keeps folded
 * words unstemmed.  Prefix queries ("korup*") are folded, never stemmed:
 * they match the beginnings of indexed roots.
 *
 * A hyphenated word is one token when its parts share a root (kata-kata,
 * berlari-lari -> kata, lari) or it is a root of its own (kupu-kupu);
 * otherwise each part is a token of its own (Jong-un -> jong, un), so a
 * search for either part finds it.
 *
 * Each tokenizer instance (one per FTS table per connection, used by one
 * thread at a time) keeps a small cache of folded word -> stem: news text
 * repeats its words, and most lookups hit it.
 */
#include <pthread.h>
#include <string.h>

#include "alloc.h"
#include "store_int.h"

#include <sqlite3.h> /* holds the FTS5 API (fts5_api, fts5_tokenizer) */

#define CACHE_SLOTS 16384
#define CACHE_WORD 24 /* words longer than this are not cached */

typedef struct cache_slot {
  uint32_t hash;
  uint8_t wlen, slen;
  char word[CACHE_WORD];
  char stem[CACHE_WORD];
} cache_slot;

/* Short texts the writer has the tokenizer index (a quote's speaker,
 * outlet, kind, speaker id, sources) repeat from quote to quote: their
 * tokens are kept, MEMO_SLOTS of them, each text at most MEMO_TEXT bytes
 * making at most MEMO_TOKS tokens of MEMO_POOL bytes in all. */
#define MEMO_SLOTS 2048
#define MEMO_TEXT 48
#define MEMO_TOKS 8
#define MEMO_POOL 64

typedef struct memo_tok {
  uint8_t off, len, start, end;
} memo_tok;

typedef struct memo_slot {
  uint32_t hash;
  uint8_t len, ntok; /* len 0: empty */
  char text[MEMO_TEXT];
  memo_tok tok[MEMO_TOKS];
  char pool[MEMO_POOL];
} memo_slot;

typedef struct wt_tokenizer {
  bool stem;
  cache_slot *cache; /* CACHE_SLOTS, or NULL when memory was short */
  memo_slot *memo;   /* MEMO_SLOTS, made at the first short text indexed */
  bool memo_failed;
} wt_tokenizer;

static uint32_t hash_word(const char *w, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)w[i];
    h *= 16777619u;
  }
  return h;
}

/* The stem of a folded word w[0..n) whose FNV-1a hash is h, through the
 * cache; *res points at the stem (in the cache or in out). */
static size_t cached_stem_h(cache_slot *cache, const char *w, size_t n, uint32_t h, char *out, const char **res) {
  *res = out;
  if (!cache || n > CACHE_WORD || n == 0) return wt_stem_folded(w, n, out);
  cache_slot *s = &cache[(h ^ (h >> 15)) & (CACHE_SLOTS - 1)];
  if (s->hash == h && s->wlen == n && memcmp(s->word, w, n) == 0) {
    *res = s->stem;
    return s->slen;
  }
  size_t m = wt_stem_folded(w, n, out);
  if (m <= CACHE_WORD) {
    s->hash = h;
    s->wlen = (uint8_t)n;
    memcpy(s->word, w, n);
    s->slen = (uint8_t)m;
    memcpy(s->stem, out, m);
  }
  return m;
}

static size_t cached_stem(cache_slot *cache, const char *w, size_t n, char *out) {
  const char *res;
  size_t m = cached_stem_h(cache, w, n, hash_word(w, n), out, &res);
  if (res != out) {
    memcpy(out, res, m);
    out[m] = 0;
  }
  return m;
}

/* Is the folded word plain lower-case ASCII letters (and hyphens)? Only
 * those are stemmed. */
static bool stemmable(const char *w, size_t n) {
  if (n > WT_STEM_MAX) return false;
  for (size_t i = 0; i < n; i++)
    if ((w[i] < 'a' || w[i] > 'z') && w[i] != '-') return false;
  return true;
}

typedef struct emit_ctx {
  wt_token_fn fn;
  void *ctx;
} emit_ctx;

/* The tokens of a word as wt_tokens(stem = false) gives them, for the
 * shingles of copy detection: the folded word, or its hyphen-separated
 * parts (see emit_word). */
static int emit_plain(const char *s, wt_word w, const char *fold, size_t fl, bool hyphen, const wt_tokens_out *o) {
  if (!hyphen) return o->plain(o->plain_ctx, fold, fl, w.start, w.end);
  size_t p = 0;
  uint32_t off = w.start;
  for (;;) {
    const char *d = memchr(fold + p, '-', fl - p);
    size_t e = d ? (size_t)(d - fold) : fl;
    const char *od = off < w.end ? memchr(s + off, '-', w.end - off) : NULL;
    uint32_t oe = (d && od) ? (uint32_t)(od - s) : w.end;
    if (e > p) {
      int rc = o->plain(o->plain_ctx, fold + p, e - p, off, oe);
      if (rc) return rc;
    }
    if (!d) break;
    p = e + 1;
    off = oe < w.end ? oe + 1 : w.end;
  }
  return 0;
}

/* Emits one word of the original text s[w.start, w.end) (and its plain
 * tokens to o->plain, when o is given). */
static int emit_word(const char *s, wt_word w, bool stem, cache_slot *cache, wt_token_fn fn, void *ctx,
                     const wt_tokens_out *o) {
  char fold[WT_STEM_MAX * 2 + 8];
  size_t n = w.end - w.start;
  size_t fl = wt_fold(s + w.start, n, fold, sizeof fold);
  if (fl > sizeof fold) {
    /* a very long run (a URL fragment, a long number): no one searches for
     * it whole; index it cut at the buffer, on a UTF-8 boundary */
    fl = sizeof fold;
    while (fl > 0 && ((unsigned char)fold[fl - 1] & 0xC0) == 0x80) fl--;
    if (fl > 0 && ((unsigned char)fold[fl - 1] & 0xC0) == 0xC0) fl--;
    if (o) {
      int rc = o->plain(o->plain_ctx, fold, fl, w.start, w.end);
      if (rc) return rc;
    }
    return fn(ctx, fold, fl, w.start, w.end);
  }
  bool hyphen = memchr(fold, '-', fl) != NULL;
  if (o) {
    int rc = emit_plain(s, w, fold, fl, hyphen, o);
    if (rc) return rc;
  }
  if (stem && stemmable(fold, fl)) {
    char out[WT_STEM_MAX + 1];
    size_t m = cached_stem(cache, fold, fl, out);
    /* a plain word, a reduplication's root, or a hyphenated root word */
    if (!hyphen || !memchr(out, '-', m) || wt_is_root(out, m)) return fn(ctx, out, m, w.start, w.end);
  } else if (!hyphen) {
    return fn(ctx, fold, fl, w.start, w.end);
  }
  /* the parts of a hyphenated word, each a token; hyphens are ASCII and fold
   * to themselves, so the k-th hyphen of the folded word is the k-th of the
   * original */
  size_t p = 0;
  uint32_t off = w.start;
  for (;;) {
    const char *d = memchr(fold + p, '-', fl - p);
    size_t e = d ? (size_t)(d - fold) : fl;
    const char *od = off < w.end ? memchr(s + off, '-', w.end - off) : NULL;
    uint32_t oe = (d && od) ? (uint32_t)(od - s) : w.end;
    if (e > p) {
      int rc;
      if (stem && stemmable(fold + p, e - p)) {
        char out[WT_STEM_MAX + 1];
        size_t m = cached_stem(cache, fold + p, e - p, out);
        rc = fn(ctx, out, m, off, oe);
      } else {
        rc = fn(ctx, fold + p, e - p, off, oe);
      }
      if (rc) return rc;
    }
    if (!d) break;
    p = e + 1;
    off = oe < w.end ? oe + 1 : w.end;
  }
  return 0;
}

static int tokens(const char *s, size_t n, bool stem, cache_slot *cache, wt_token_fn fn, void *ctx,
                  const wt_tokens_out *o) {
  size_t pos = 0;
  wt_word w;
  while (wt_next_word(s, n, &pos, &w)) {
    /* the common case: a short word of ASCII letters and digits, folded
     * and hashed in one pass, stemmed through the cache */
    size_t len = w.end - w.start;
    if (len <= CACHE_WORD) {
      const unsigned char *p = (const unsigned char *)s + w.start;
      char low[CACHE_WORD];
      uint32_t h = 2166136261u;
      bool plain = true, letters = true;
      for (size_t i = 0; i < len; i++) {
        unsigned char c = p[i];
        if (c >= 128 || c == '-') {
          plain = false;
          break;
        }
        if (c >= 'A' && c <= 'Z') c += 32;
        else if (c < 'a') letters = false; /* a digit */
        low[i] = (char)c;
        h = (h ^ c) * 16777619u;
      }
      if (plain) {
        int rc;
        if (o && (rc = o->plain(o->plain_ctx, low, len, w.start, w.end))) return rc;
        if (!stem || !letters) {
          rc = fn(ctx, low, len, w.start, w.end);
        } else {
          char out[WT_STEM_MAX + 1];
          const char *res;
          size_t m = cached_stem_h(cache, low, len, h, out, &res);
          rc = fn(ctx, res, m, w.start, w.end);
        }
        if (rc) return rc;
        continue;
      }
    }
    int rc = emit_word(s, w, stem, cache, fn, ctx, o);
    if (rc) return rc;
  }
  return 0;
}

int wt_tokens(const char *s, size_t n, bool stem, wt_token_fn fn, void *ctx) {
  return tokens(s, n, stem, NULL, fn, ctx, NULL);
}

/* A stem cache per thread for wt_tokens_cached (the workers that prepare
 * documents), freed by the thread's exit. */
static pthread_key_t cache_key;
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;
static bool cache_key_ok;

static void cache_key_init(void) { cache_key_ok = pthread_key_create(&cache_key, wt_free) == 0; }

int wt_tokens_cached(const char *s, size_t n, wt_token_fn fn, void *ctx, const wt_tokens_out *o) {
  pthread_once(&cache_once, cache_key_init);
  cache_slot *cache = cache_key_ok ? pthread_getspecific(cache_key) : NULL;
  if (!cache && cache_key_ok) {
    cache = wt_calloc(CACHE_SLOTS, sizeof *cache); /* NULL: works without */
    if (cache && pthread_setspecific(cache_key, cache) != 0) {
      wt_free(cache);
      cache = NULL;
    }
  }
  return tokens(s, n, true, cache, fn, ctx, o);
}

/* The pre-tokenized texts of the document being added on this thread. */
static _Thread_local const wt_pretok *const *pretok_set;
static _Thread_local size_t pretok_n;

void wt_pretok_use(const wt_pretok *const *set, size_t n) {
  pretok_set = set;
  pretok_n = set ? n : 0;
}

static const wt_pretok *pretok_find(const char *text, size_t n) {
  for (size_t i = 0; i < pretok_n; i++) {
    const wt_pretok *p = pretok_set[i];
    if (p->len == n && (p->text == text || memcmp(p->text, text, n) == 0)) return p;
  }
  return NULL;
}

/* ------------------------------------------------------------ FTS5 glue */

static int x_create(void *ud, const char **argv, int argc, Fts5Tokenizer **out) {
  (void)ud;
  wt_tokenizer *t = wt_calloc(1, sizeof *t);
  if (!t) return SQLITE_NOMEM;
  t->stem = true;
  for (int i = 0; i < argc; i++) {
    if (!strcmp(argv[i], "nostem")) t->stem = false;
    else {
      wt_free(t);
      return SQLITE_ERROR;
    }
  }
  t->cache = wt_calloc(CACHE_SLOTS, sizeof *t->cache); /* NULL: works without */
  *out = (Fts5Tokenizer *)t;
  return SQLITE_OK;
}

static void x_delete(Fts5Tokenizer *p) {
  wt_tokenizer *t = (wt_tokenizer *)p;
  if (!t) return;
  wt_free(t->cache);
  wt_free(t->memo);
  wt_free(t);
}

typedef struct fts_ctx {
  void *pctx;
  int (*xtoken)(void *, int, const char *, int, int, int);
} fts_ctx;

static int to_fts(void *ctx, const char *tok, size_t len, uint32_t start, uint32_t end) {
  fts_ctx *c = ctx;
  return c->xtoken(c->pctx, 0, tok, (int)len, (int)start, (int)end);
}

/* Collects a short text's tokens into a memo slot; 1 (stop) when they do
 * not fit. */
static int to_memo(void *ctx, const char *tok, size_t len, uint32_t start, uint32_t end) {
  memo_slot *m = ctx;
  size_t used = m->ntok ? (size_t)m->tok[m->ntok - 1].off + m->tok[m->ntok - 1].len : 0;
  if (m->ntok == MEMO_TOKS || used + len > MEMO_POOL || end > 255) return 1;
  memcpy(m->pool + used, tok, len);
  m->tok[m->ntok++] = (memo_tok){(uint8_t)used, (uint8_t)len, (uint8_t)start, (uint8_t)end};
  return 0;
}

/* The tokens of a short text through the memo: the slot holding them, or
 * NULL when they do not fit one (or there is no memory for the memo). */
static const memo_slot *memo_get(wt_tokenizer *t, const char *text, size_t n) {
  if (!t->memo) {
    if (t->memo_failed) return NULL;
    if (!(t->memo = wt_calloc(MEMO_SLOTS, sizeof *t->memo))) {
      t->memo_failed = true;
      return NULL;
    }
  }
  uint32_t h = hash_word(text, n);
  memo_slot *m = &t->memo[(h ^ (h >> 13)) & (MEMO_SLOTS - 1)];
  if (m->len == n && m->hash == h && memcmp(m->text, text, n) == 0) return m;
  m->len = 0;
  m->ntok = 0;
  if (tokens(text, n, t->stem, t->cache, to_memo, m, NULL)) return NULL; /* too many: not kept */
  m->hash = h;
  m->len = (uint8_t)n;
  memcpy(m->text, text, n);
  return m;
}

static int x_tokenize(Fts5Tokenizer *p, void *pctx, int flags, const char *text, int ntext,
                      int (*xtoken)(void *, int, const char *, int, int, int)) {
  wt_tokenizer *t = (wt_tokenizer *)p;
  fts_ctx c = {pctx, xtoken};
  bool stem = t->stem && !(flags & FTS5_TOKENIZE_PREFIX);
  if (!text || ntext <= 0) return SQLITE_OK;
  if (pretok_n && t->stem && (flags & FTS5_TOKENIZE_DOCUMENT)) {
    const wt_pretok *pt = pretok_find(text, (size_t)ntext);
    if (pt) {
      for (size_t i = 0; i < pt->ntok; i++) {
        const wt_ptok *k = &pt->toks[i];
        int rc = xtoken(pctx, 0, pt->pool + k->off, (int)k->len, (int)(k->start - pt->base),
                        (int)(k->end - pt->base));
        if (rc != SQLITE_OK) return rc;
      }
      return SQLITE_OK;
    }
  }
  if ((flags & FTS5_TOKENIZE_DOCUMENT) && !(flags & FTS5_TOKENIZE_PREFIX) && ntext <= MEMO_TEXT) {
    const memo_slot *m = memo_get(t, text, (size_t)ntext);
    if (m) {
      for (int i = 0; i < m->ntok; i++) {
        const memo_tok *k = &m->tok[i];
        int rc = xtoken(pctx, 0, m->pool + k->off, k->len, k->start, k->end);
        if (rc != SQLITE_OK) return rc;
      }
      return SQLITE_OK;
    }
  }
  return tokens(text, (size_t)ntext, stem, t->cache, to_fts, &c, NULL);
}

int wt_fts_register(sqlite3 *db) {
  fts5_api *api = NULL;
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL);
  if (rc != SQLITE_OK) return rc;
  sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
  sqlite3_step(st);
  rc = sqlite3_finalize(st);
  if (rc != SQLITE_OK) return rc;
  if (!api || api->iVersion < 2) return SQLITE_ERROR;
  fts5_tokenizer tok = {x_create, x_delete, x_tokenize};
  return api->xCreateTokenizer(api, "warta", NULL, &tok, NULL);
}
