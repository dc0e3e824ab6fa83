/*
 * prepare.c — the CPU half of adding a document, done without a store so
 * that worker threads can do it while one thread writes: the record is
 * checked and copied, its content hash computed, its title, text and quotes
 * tokenized for the full-text indexes (folded, stemmed), and its quotes'
 * shingles and MinHash band keys computed for propagation.  The database
 * half is add_prepared in store.c.
 *
 * It also works out what the writer would otherwise compute per row: the
 * matching keys of entities and aliases, each quote's stored confidence and
 * its sources' names.
 *
 * The tokens reach FTS5 through a thread-local "pre-tokenized" set: while
 * add_prepared inserts into an FTS table, the "warta" tokenizer looks there
 * for the exact text it is asked to tokenize (same bytes) and emits the
 * stored tokens instead of tokenizing again (fts.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "internal.h"
#include "store_priv.h"

/* ------------------------------------------------------------ checks */

static bool span_ok(warta_span sp, size_t len) { return sp.start <= sp.end && sp.end <= len; }

#define BAD(code, ...)                                \
  do {                                                \
    snprintf(err, errcap, __VA_ARGS__);               \
    return (code);                                    \
  } while (0)

/* What is wrong with a span, NULL when nothing: it must lie in the text and
 * start and end on a character boundary (the store cuts the text there, and
 * its readers, search, show and serve, expect UTF-8). */
static const char *span_bad(warta_span sp, const char *t, size_t len) {
  if (!span_ok(sp, len)) return "is outside the text";
  if ((sp.start < len && ((unsigned char)t[sp.start] & 0xC0) == 0x80) ||
      (sp.end < len && ((unsigned char)t[sp.end] & 0xC0) == 0x80))
    return "cuts a character";
  return NULL;
}

/* Returns from check_record when span sp is bad; what names it, in printf
 * form, then the span and why. */
#define SPAN(sp, fmt, ...)                                                                              \
  do {                                                                                                  \
    const char *why_ = span_bad((sp), t, n);                                                            \
    if (why_) BAD(WARTA_ERR_ARG, fmt " [%u,%u) %s", __VA_ARGS__, (sp).start, (sp).end, why_);          \
  } while (0)

/* A string field of the record: NULL or valid UTF-8 (what extraction
 * produces; a record read from elsewhere may hold anything). */
static bool str_ok(const char *s) { return !s || wt_utf8_invalid(s, strlen(s), NULL) == (size_t)-1; }

/* text_checked: the text is known valid UTF-8 (it comes from a warta_doc). */
static int check_record(const warta_store_record *r, bool text_checked, char *err, size_t errcap) {
  if (!r->text) BAD(WARTA_ERR_ARG, "record has no text");
  if (r->len > WARTA_MAX_DOC_BYTES) BAD(WARTA_ERR_LIMIT, "record text is over the size limit");
  if (!text_checked) {
    const char *why = NULL;
    size_t at = wt_utf8_invalid(r->text, r->len, &why);
    if (at != (size_t)-1) BAD(WARTA_ERR_UTF8, "record text: invalid UTF-8 at byte %zu: %s", at, why);
  }
  const char *fields[4] = {r->id, r->url, r->title, r->outlet};
  static const char *const names[4] = {"id", "url", "title", "outlet"};
  for (int i = 0; i < 4; i++)
    if (!str_ok(fields[i])) BAD(WARTA_ERR_UTF8, "record %s is not valid UTF-8", names[i]);
  if (r->nquotes && !r->quotes) BAD(WARTA_ERR_ARG, "record has quotes NULL");
  if (r->nentities && !r->entities) BAD(WARTA_ERR_ARG, "record has entities NULL");
  if (r->nquotes > WARTA_MAX_QUOTES) BAD(WARTA_ERR_LIMIT, "record has too many quotes");
  if (r->published && (wt_store_day(r->published) == INT32_MIN || r->published[10]))
    BAD(WARTA_ERR_ARG, "published date '%.*s' is not YYYY-MM-DD", wt_st_clip(r->published, 40), r->published);
  const char *t = r->text;
  size_t n = r->len;
  if (r->dateline) {
    SPAN(r->dateline->place, "%s", "dateline place");
    SPAN(r->dateline->outlet, "%s", "dateline outlet");
    SPAN(r->dateline->span, "%s", "dateline");
  }
  for (size_t i = 0; i < r->nentities; i++) {
    const warta_entity *e = &r->entities[i];
    if (!e->name || !*e->name) BAD(WARTA_ERR_ARG, "entity %zu has no name", i);
    if (!str_ok(e->name)) BAD(WARTA_ERR_UTF8, "entity %zu: name is not valid UTF-8", i);
    if (e->type < WARTA_PER || e->type > WARTA_MEDIA) BAD(WARTA_ERR_ARG, "entity %zu: unknown type %d", i, e->type);
    if ((e->nmentions && !e->mentions) || (e->nroles && !e->roles) || (e->naffiliations && !e->affiliations))
      BAD(WARTA_ERR_ARG, "entity %zu has a NULL array", i);
    for (uint32_t k = 0; k < e->nmentions; k++)
      SPAN(e->mentions[k], "entity %zu: mention %u", i, k);
    for (uint32_t k = 0; k < e->nroles; k++)
      SPAN(e->roles[k], "entity %zu: role %u", i, k);
    for (uint32_t k = 0; k < e->naffiliations; k++)
      SPAN(e->affiliations[k], "entity %zu: affiliation %u", i, k);
  }
  for (size_t i = 0; i < r->nquotes; i++) {
    const warta_quote *q = &r->quotes[i];
    if (q->kind < WARTA_DIRECT || q->kind > WARTA_MIXED) BAD(WARTA_ERR_ARG, "quote %zu: unknown kind %d", i, q->kind);
    SPAN(q->content, "quote %zu: content", i);
    SPAN(q->cue, "quote %zu: cue", i);
    SPAN(q->speaker, "quote %zu: speaker", i);
    if (q->entity < -1 || (q->entity >= 0 && (size_t)q->entity >= r->nentities))
      BAD(WARTA_ERR_ARG, "quote %zu: entity %d out of range", i, (int)q->entity);
    if (!(q->confidence >= 0.0f && q->confidence <= 1.0f)) /* NaN too */
      BAD(WARTA_ERR_ARG, "quote %zu: confidence %g is not between 0 and 1", i, (double)q->confidence);
    if (q->nsources && !q->sources) BAD(WARTA_ERR_ARG, "quote %zu: sources NULL", i);
    for (uint32_t k = 0; k < q->nsources; k++) {
      if (!q->sources[k].name || !*q->sources[k].name) BAD(WARTA_ERR_ARG, "quote %zu: source %u has no name", i, k);
      if (!str_ok(q->sources[k].name)) BAD(WARTA_ERR_UTF8, "quote %zu: source %u name is not valid UTF-8", i, k);
      SPAN(q->sources[k].span, "quote %zu: source %u", i, k);
      SPAN(q->sources[k].cue, "quote %zu: source %u cue", i, k);
      const char *d = q->sources[k].date;
      if (d && (wt_store_day(d) == INT32_MIN || d[10]))
        BAD(WARTA_ERR_ARG, "quote %zu: source %u date '%.*s' is not YYYY-MM-DD", i, k, wt_st_clip(d, 40), d);
    }
  }
  return WARTA_OK;
}

/* ------------------------------------------------------------- copying */

/* One block holds the copy: a bump allocator over it. */
typedef struct bump {
  char *p;
  size_t n, cap;
} bump;

static void *take(bump *b, size_t n, size_t align) {
  size_t at = (b->n + align - 1) & ~(align - 1);
  b->n = at + n;
  return b->p ? b->p + at : NULL;
}

static const char *copy_str(bump *b, const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s) + 1;
  char *d = take(b, n, 1);
  if (d) memcpy(d, s, n);
  return d;
}

/* Copies r into b (or, with b->p NULL, counts the bytes it needs). */
static void copy_record(bump *b, const warta_store_record *r, warta_store_record *out) {
  *out = *r;
  char *t = take(b, r->len + 1, 1);
  if (t) {
    memcpy(t, r->text, r->len);
    t[r->len] = 0;
  }
  out->text = t;
  out->id = copy_str(b, r->id);
  out->url = copy_str(b, r->url);
  out->title = copy_str(b, r->title);
  out->outlet = copy_str(b, r->outlet);
  out->published = copy_str(b, r->published);
  if (r->dateline) {
    warta_dateline *d = take(b, sizeof *d, 8);
    if (d) *d = *r->dateline;
    out->dateline = d;
  }
  warta_entity *es = take(b, r->nentities * sizeof *es, 8);
  for (size_t i = 0; i < r->nentities; i++) {
    const warta_entity *e = &r->entities[i];
    warta_span *m = take(b, e->nmentions * sizeof *m, 8), *ro = take(b, e->nroles * sizeof *ro, 8),
               *af = take(b, e->naffiliations * sizeof *af, 8);
    const char *name = copy_str(b, e->name);
    if (!es) continue;
    es[i] = *e;
    es[i].name = name;
    if (m && e->nmentions) memcpy(m, e->mentions, e->nmentions * sizeof *m);
    if (ro && e->nroles) memcpy(ro, e->roles, e->nroles * sizeof *ro);
    if (af && e->naffiliations) memcpy(af, e->affiliations, e->naffiliations * sizeof *af);
    es[i].mentions = m;
    es[i].roles = ro;
    es[i].affiliations = af;
  }
  out->entities = es;
  warta_quote *qs = take(b, r->nquotes * sizeof *qs, 8);
  for (size_t i = 0; i < r->nquotes; i++) {
    const warta_quote *q = &r->quotes[i];
    warta_source *ss = take(b, q->nsources * sizeof *ss, 8);
    for (uint32_t k = 0; k < q->nsources; k++) {
      const char *name = copy_str(b, q->sources[k].name), *date = copy_str(b, q->sources[k].date);
      if (!ss) continue;
      ss[k] = q->sources[k];
      ss[k].name = name;
      ss[k].date = date;
    }
    if (!qs) continue;
    qs[i] = *q;
    qs[i].sources = ss;
  }
  out->quotes = qs;
}

/* ---------------------------------------------------------- tokenizing */

typedef struct tok_build {
  wt_pretok *pt;
  size_t cap, pool_cap;
  bool oom;
} tok_build;

static int on_token(void *ctx, const char *tok, size_t len, uint32_t start, uint32_t end) {
  tok_build *b = ctx;
  wt_pretok *pt = b->pt;
  if (pt->ntok == b->cap) {
    size_t nc = b->cap ? b->cap * 2 : 64;
    wt_ptok *nt = wt_realloc(pt->toks, nc * sizeof *nt);
    if (!nt) {
      b->oom = true;
      return 1;
    }
    pt->toks = nt;
    b->cap = nc;
  }
  if (pt->pool_len + len > b->pool_cap) {
    size_t nc = b->pool_cap ? b->pool_cap * 2 : 512;
    while (nc < pt->pool_len + len) nc *= 2;
    char *np = wt_realloc(pt->pool, nc);
    if (!np) {
      b->oom = true;
      return 1;
    }
    pt->pool = np;
    b->pool_cap = nc;
  }
  if (len) memcpy(pt->pool + pt->pool_len, tok, len); /* (an empty token: the pool may not exist yet) */
  pt->toks[pt->ntok++] = (wt_ptok){start, end, (uint32_t)pt->pool_len, (uint32_t)len};
  pt->pool_len += len;
  return 0;
}

/* The plain (unstemmed) tokens of a document's text, for its quotes'
 * shingles: where each is and the hash of its folded form. */
typedef struct plain_tok {
  uint32_t start, end;
  uint64_t hash;
} plain_tok;

typedef struct plain_build {
  plain_tok *v;
  size_t n, cap;
  bool oom;
} plain_build;

static int on_plain(void *ctx, const char *tok, size_t len, uint32_t start, uint32_t end) {
  plain_build *b = ctx;
  if (b->n == b->cap) {
    size_t nc = b->cap ? b->cap * 2 : 256;
    plain_tok *nv = wt_realloc(b->v, nc * sizeof *nv);
    if (!nv) {
      b->oom = true;
      return 1;
    }
    b->v = nv;
    b->cap = nc;
  }
  b->v[b->n++] = (plain_tok){start, end, wt_word_hash(tok, len)};
  return 0;
}

static bool pretokenize(wt_pretok *pt, const char *text, size_t len, plain_build *plain) {
  memset(pt, 0, sizeof *pt);
  pt->text = text;
  pt->len = len;
  if (!text || !len) return true;
  tok_build b = {pt, 0, 0, false};
  wt_tokens_out o = {on_plain, plain};
  wt_tokens_cached(text, len, on_token, &b, plain ? &o : NULL);
  return !b.oom && !(plain && plain->oom);
}

static void pretok_free(wt_pretok *pt) {
  if (pt->borrowed) return;
  wt_free(pt->toks);
  wt_free(pt->pool);
}

/* The first of n items (each `size` bytes, sorted by a leading uint32_t
 * start) whose start is at least at. */
static size_t first_at(const void *v, size_t n, size_t size, uint32_t at) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (*(const uint32_t *)((const char *)v + mid * size) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* [*a, *b): the items inside [cs, ce) of a text's tokens (sorted, not
 * overlapping, each with uint32_t start then end), when no token crosses cs
 * or ce: then the words of text[cs, ce) tokenized alone are exactly those
 * (a word is read forward from its first character, and only its own bytes
 * make its tokens).  False when one crosses. */
static bool run_inside(const void *v, size_t n, size_t size, uint32_t cs, uint32_t ce, size_t *a, size_t *b) {
  *a = first_at(v, n, size, cs);
  *b = first_at(v, n, size, ce);
  const uint32_t *prev = *a ? (const uint32_t *)((const char *)v + (*a - 1) * size) : NULL;
  if (prev && prev[1] > cs) return false;
  const uint32_t *last = *b > *a ? (const uint32_t *)((const char *)v + (*b - 1) * size) : NULL;
  if (last && last[1] > ce) return false;
  return true;
}

/* ------------------------------------------------ entities and quotes */

/* Is a mention worth keeping as an alias of its entity?  Names, not
 * pronouns or clitics ("ia", "beliau", the -nya of "ujarnya"). */
static bool alias_worthy(const char *text, warta_span m) {
  if (m.end <= m.start || m.end - m.start > 200) return false;
  if (m.start > 0) {
    unsigned char prev = (unsigned char)text[m.start - 1];
    if ((prev | 32) >= 'a' && (prev | 32) <= 'z') return false; /* a clitic inside a word */
  }
  unsigned char c = (unsigned char)text[m.start];
  if (c < 128 && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) return false;
  /* a stop word ("Ia", "Beliau"), folded as the stemmer sees it */
  char low[WT_STEM_MAX];
  size_t n = m.end - m.start;
  if (n <= WT_STEM_MAX) {
    for (size_t i = 0; i < n; i++) {
      unsigned char ch = (unsigned char)text[m.start + i];
      low[i] = (char)((ch >= 'A' && ch <= 'Z') ? ch + 32 : ch);
    }
    if (wt_is_stop(low, n)) return false;
  }
  return true;
}

static size_t mention_count(const warta_store_record *r) {
  size_t n = 0;
  for (size_t i = 0; i < r->nentities; i++) n += r->entities[i].nmentions;
  return n;
}

/* p->ekeys and p->akeys; false when memory runs out. */
static bool entity_keys(warta_store_prepared *p) {
  const warta_store_record *r = &p->rec;
  if (!r->nentities) return true;
  size_t nm = mention_count(r);
  p->ekeys = wt_calloc(r->nentities, sizeof *p->ekeys);
  p->akeys = wt_calloc(nm ? nm : 1, sizeof *p->akeys);
  if (!p->ekeys || !p->akeys) return false;
  size_t j = 0;
  for (size_t i = 0; i < r->nentities; i++) {
    const warta_entity *e = &r->entities[i];
    size_t n = strlen(e->name);
    char *key = wt_name_key(e->name, n);
    if (!key) return false;
    if (!*key) {
      /* a name of punctuation only: keep it as written */
      wt_free(key);
      if (!(key = wt_malloc(n + 1))) return false;
      memcpy(key, e->name, n + 1);
    }
    p->ekeys[i] = key;
    for (uint32_t k = 0; k < e->nmentions; k++, j++) {
      warta_span m = e->mentions[k];
      if (alias_worthy(r->text, m) && !(p->akeys[j] = wt_name_key(r->text + m.start, m.end - m.start))) return false;
    }
  }
  return true;
}

/* A quote's confidence as schema 1 publishes it: two decimals (emit.c).
 * The float the extractor computed (0.84999996) and the one read back from
 * its JSON by `ingest --results` (0.85000002) are then stored alike, 0.85,
 * so a store merged from extracted shards equals one ingested directly. */
static double confidence2(float c) {
  char b[32];
  snprintf(b, sizeof b, "%.2f", (double)c);
  return strtod(b, NULL);
}

/* The chain's names, "TASS; Interfax", at most 511 bytes; false when memory
 * runs out. */
static bool quote_sources(wt_prepared_quote *pq, const warta_quote *q) {
  if (!q->nsources) return true;
  char srcs[512];
  size_t sl = 0;
  srcs[0] = 0;
  for (uint32_t k = 0; k < q->nsources && sl < sizeof srcs - 1; k++)
    sl += (size_t)snprintf(srcs + sl, sizeof srcs - sl, "%s%s", k ? "; " : "", q->sources[k].name);
  if (sl >= sizeof srcs) sl = sizeof srcs - 1;
  if (!sl) return true;
  if (!(pq->sources = wt_malloc(sl + 1))) return false;
  memcpy(pq->sources, srcs, sl);
  pq->sources[sl] = 0;
  pq->sources_len = sl;
  return true;
}

/* ----------------------------------------------------------- prepared */

void warta_store_prepared_free(warta_store_prepared *p) {
  if (!p) return;
  pretok_free(&p->title_tok);
  pretok_free(&p->text_tok);
  for (size_t i = 0; p->quotes && i < p->rec.nquotes; i++) {
    pretok_free(&p->quotes[i].tok);
    wt_free(p->quotes[i].shingles);
    wt_free(p->quotes[i].sources);
  }
  wt_free(p->quotes);
  for (size_t i = 0; p->ekeys && i < p->rec.nentities; i++) wt_free(p->ekeys[i]);
  wt_free(p->ekeys);
  for (size_t i = 0, n = p->akeys ? mention_count(&p->rec) : 0; i < n; i++) wt_free(p->akeys[i]);
  wt_free(p->akeys);
  wt_free(p->block);
  wt_free(p);
}

static warta_store_prepared *failed(warta_store_prepared *p, int code, const char *msg) {
  p->status = code;
  snprintf(p->err, sizeof p->err, "%s", msg);
  return p;
}

static warta_store_prepared *prepare(const warta_store_record *rec, bool text_checked) {
  warta_store_prepared *p = wt_calloc(1, sizeof *p);
  if (!p) return NULL;
  if (!rec) return failed(p, WARTA_ERR_ARG, "no record");
  p->status = check_record(rec, text_checked, p->err, sizeof p->err);
  if (p->status != WARTA_OK) return p;

  bump b = {NULL, 0, 0};
  warta_store_record dummy;
  copy_record(&b, rec, &dummy); /* measure */
  b.cap = b.n;
  b.n = 0;
  b.p = p->block = wt_malloc(b.cap ? b.cap : 1);
  if (!b.p) {
    warta_store_prepared_free(p);
    return NULL;
  }
  copy_record(&b, rec, &p->rec);
  const warta_store_record *r = &p->rec;

  /* identity: SHA-256 of url NUL text */
  const void *parts[3] = {r->url ? r->url : "", "", r->text};
  size_t lens[3] = {r->url ? strlen(r->url) : 0, 1, r->len};
  wt_sha256(parts, lens, 3, p->hash);

  plain_build plain = {NULL, 0, 0, false};
  if (!entity_keys(p)) goto oom;
  if (!pretokenize(&p->title_tok, r->title, r->title ? strlen(r->title) : 0, NULL) ||
      !pretokenize(&p->text_tok, r->text, r->len, r->nquotes ? &plain : NULL))
    goto oom;
  if (r->nquotes) {
    p->quotes = wt_calloc(r->nquotes, sizeof *p->quotes);
    if (!p->quotes) goto oom;
    for (size_t i = 0; i < r->nquotes; i++) {
      wt_prepared_quote *pq = &p->quotes[i];
      const warta_quote *q = &r->quotes[i];
      pq->confidence = confidence2(q->confidence);
      if (!quote_sources(pq, q)) goto oom;
      const char *s = r->text + q->content.start;
      size_t n = q->content.end - q->content.start;
      size_t ta, tb, pa, pb, nwords = 0;
      long nsh;
      const wt_pretok *dt = &p->text_tok;
      if (run_inside(dt->toks, dt->ntok, sizeof *dt->toks, q->content.start, q->content.end, &ta, &tb) &&
          run_inside(plain.v, plain.n, sizeof *plain.v, q->content.start, q->content.end, &pa, &pb)) {
        /* the document's tokens: the quote's are a run of them */
        pq->tok = (wt_pretok){s, n, dt->toks + ta, tb - ta, dt->pool, dt->pool_len, q->content.start, true};
        uint64_t wsmall[256], *words = wsmall;
        nwords = pb - pa;
        if (nwords > 256 && !(words = wt_malloc(nwords * sizeof *words))) goto oom;
        for (size_t k = 0; k < nwords; k++) words[k] = plain.v[pa + k].hash;
        nsh = wt_shingles_of(words, nwords, &pq->shingles);
        if (words != wsmall) wt_free(words);
      } else {
        if (!pretokenize(&pq->tok, s, n, NULL)) goto oom;
        nsh = wt_shingles(s, n, &pq->shingles, &nwords);
      }
      if (nsh < 0) goto oom;
      pq->nshingles = (size_t)nsh;
      if (nwords >= WT_MH_MIN_WORDS && nsh > 0) {
        uint32_t sig[WT_MH_K];
        wt_minhash(pq->shingles, (size_t)nsh, sig);
        wt_bands(sig, pq->keys);
        pq->linkable = true;
      }
    }
  }
  wt_free(plain.v);
  return p;
oom:
  wt_free(plain.v);
  warta_store_prepared_free(p);
  return NULL;
}

warta_store_prepared *warta_store_prepare_record(const warta_store_record *rec) { return prepare(rec, false); }

warta_store_prepared *warta_store_prepare(const warta_doc *doc, const char *outlet) {
  size_t len;
  const char *text = doc ? warta_doc_text(doc, &len) : NULL;
  if (!text) {
    warta_store_prepared *p = wt_calloc(1, sizeof *p);
    return p ? failed(p, WARTA_ERR_ARG, "the document holds no extraction result") : NULL;
  }
  warta_store_record r;
  memset(&r, 0, sizeof r);
  r.text = text;
  r.len = len;
  r.id = warta_doc_id(doc);
  r.url = warta_doc_url(doc);
  r.title = warta_doc_title(doc);
  r.published = warta_doc_published(doc);
  r.outlet = outlet;
  r.dateline = warta_doc_dateline(doc);
  r.nquotes = warta_doc_quote_count(doc);
  r.nentities = warta_doc_entity_count(doc);
  warta_quote *qs = NULL;
  warta_entity *es = NULL;
  if (r.nquotes && !(qs = wt_malloc(r.nquotes * sizeof *qs))) return NULL;
  if (r.nentities && !(es = wt_malloc(r.nentities * sizeof *es))) {
    wt_free(qs);
    return NULL;
  }
  for (size_t i = 0; i < r.nquotes; i++) qs[i] = *warta_doc_quote(doc, i);
  for (size_t i = 0; i < r.nentities; i++) es[i] = *warta_doc_entity(doc, i);
  r.quotes = qs;
  r.entities = es;
  warta_store_prepared *p = prepare(&r, true);
  wt_free(qs);
  wt_free(es);
  return p;
}
