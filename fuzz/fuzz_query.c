/*
 * fuzz_query.c — the store's search: the user's query string and filters
 * (src/store/query.c: translate() turns `"harga beras" OR korup* NOT x`
 * into an FTS5 MATCH expression; the speaker, source and outlet words and
 * the from/to dates likewise) run against a small store built once
 * (fuzz_store.h), through warta_store_search, warta_store_search_documents
 * and warta_store_speakers; and warta_stem on the query's words.
 *
 * Input layout (seeds: fuzz/seeds.sh; regressions: tests/regress/query/):
 *   byte 0        control bits
 *                   0x07 kind: 1 direct, 2 partial, 3 indirect, 4 mixed, else any
 *                   0x08 WARTA_SORT_RANK (else by date)
 *                   0x30 0 search quotes, 1 documents, 2 speakers, 3 all three,
 *                        and quotes again in the other order
 *                   0x40 limit 3 (else 1000)
 *                   0x80 offset 1
 *   the rest      lines: query, speaker, source, outlet, from, to (a missing
 *                 line is NULL; a NUL byte ends a field early)
 *
 * What must hold, else abort:
 *   - the status is WARTA_OK, WARTA_ERR_SYNTAX (a query or date it cannot
 *     read) or WARTA_ERR_ARG (a document search given speaker, source or
 *     kind) -- never WARTA_ERR_IO (an FTS5 expression SQLite refuses for
 *     another reason than syntax, a misuse) or WARTA_ERR_NOMEM; SQLite logs
 *     no misuse or corruption (fuzz_store.h);
 *   - the message is "" after a success, else says something, and is valid
 *     UTF-8 when the filter's strings are;
 *   - a date that is not a YYYY-MM-DD day is a syntax error; a filter of
 *     plain lower-case words and numbers with good dates is never an error;
 *   - every row: fields valid UTF-8, kind and confidence in range, the
 *     highlighted text is the text with marks added at character
 *     boundaries and nothing else, published inside from/to, the kind asked
 *     for, no more rows than the limit, newest first when sorted by date;
 *   - sorted by rank or by date, a search finds the same quotes;
 *   - documents: snippet valid UTF-8 with balanced marks; speakers: counts
 *     consistent, first <= last;
 *   - warta_stem: the same root whatever the buffer, cut to the buffer,
 *     NUL-terminated, valid UTF-8 for a valid word.
 */
#include "fuzz_store.h"

#define MARK_OPEN "\x01"
#define MARK_CLOSE "\x02"

static warta_engine *eng;
static warta_store *st;
static bool verbose; /* FUZZ_VERBOSE=1: say what each search found */

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  verbose = getenv("FUZZ_VERBOSE") != NULL;
  eng = warta_engine_new();
  if (!eng) abort();
  const char *path = fuzz_store_build(eng);
  if (warta_store_open(path, WARTA_STORE_READONLY, &st) != WARTA_OK) {
    fprintf(stderr, "fuzz: cannot open the store: %s\n", warta_store_errmsg(st));
    abort();
  }
  return 0;
}

/* ------------------------------------------------------------ helpers */

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* A real day written YYYY-MM-DD and nothing more. */
static bool real_day(const char *s) {
  if (!fuzz_ymd(s)) return false;
  int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
  static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return d <= md[m - 1] + (m == 2 && leap(y));
}

/* Lower-case ASCII words and numbers with spaces, at least one of them. */
static bool plain(const char *s) {
  if (!s || !*s) return true;
  bool any = false;
  for (const char *c = s; *c; c++) {
    if ((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9')) any = true;
    else if (*c != ' ') return false;
  }
  return any;
}

static bool set(const char *s) { return s && *s; }

static bool opt_utf8(const char *s) { return !s || fuzz_utf8_valid(s, strlen(s)); }

/* s with the marks taken out equals text, and the marks sit at character
 * boundaries of text, open and close alternating. */
static void check_marks(const char *s, const char *text, const char *what, int64_t id) {
  FUZZ_CHECK(fuzz_utf8_valid(s, strlen(s)), "%s of %lld not valid UTF-8 at byte %zu: %s", what, (long long)id,
             fuzz_utf8_first_bad(s, strlen(s)), s);
  bool open = false;
  size_t t = 0;
  for (const char *c = s; *c; c++) {
    if (*c == MARK_OPEN[0] || *c == MARK_CLOSE[0]) {
      bool o = *c == MARK_OPEN[0];
      FUZZ_CHECK(o != open, "%s of %lld: marks not alternating: %s", what, (long long)id, s);
      open = o;
      if (text) FUZZ_CHECK(fuzz_boundary(text, strlen(text), t), "%s of %lld: a mark inside a character", what,
                           (long long)id);
      continue;
    }
    if (text) {
      FUZZ_CHECK(text[t] == *c, "%s of %lld is not the text with marks: %s | %s", what, (long long)id, s, text);
      t++;
    }
  }
  FUZZ_CHECK(!open, "%s of %lld: a mark not closed", what, (long long)id);
  if (text) FUZZ_CHECK(text[t] == 0, "%s of %lld is shorter than the text", what, (long long)id);
}

/* ------------------------------------------------------------ rows */

typedef struct ctx {
  const warta_store_filter *f;
  size_t n;
  int64_t ids[1100];
  char last_pub[11];
  bool last_undated;
} ctx;

static int on_quote(void *p, const warta_store_quote *q) {
  ctx *c = p;
  const warta_store_filter *f = c->f;
  FUZZ_CHECK(c->n < (f->limit ? f->limit : 20), "more rows than the limit %zu", f->limit);
  FUZZ_CHECK(q->id > 0 && q->document > 0, "quote %lld of document %lld", (long long)q->id, (long long)q->document);
  FUZZ_CHECK(q->kind >= 1 && q->kind <= 4, "quote %lld kind %d", (long long)q->id, q->kind);
  if (f->kind) FUZZ_CHECK(q->kind == f->kind, "quote %lld of kind %d, %d asked", (long long)q->id, q->kind, f->kind);
  FUZZ_CHECK(q->confidence >= 0.f && q->confidence <= 1.f, "confidence %f", (double)q->confidence);
  FUZZ_CHECK(q->text && q->highlighted, "no text");
  const char *strs[] = {q->published, q->outlet, q->title, q->url, q->text, q->speaker, q->role, q->cue, q->sources};
  for (int i = 0; i < 9; i++) FUZZ_CHECK(opt_utf8(strs[i]), "quote %lld: field %d not UTF-8", (long long)q->id, i);
  check_marks(q->highlighted, q->text, "highlighted", q->id);
  if (q->published) FUZZ_CHECK(real_day(q->published), "published '%s'", q->published);
  if (set(f->from)) FUZZ_CHECK(q->published && strcmp(q->published, f->from) >= 0, "quote %lld of %s, from %s",
                               (long long)q->id, q->published ? q->published : "(undated)", f->from);
  if (set(f->to)) FUZZ_CHECK(q->published && strcmp(q->published, f->to) <= 0, "quote %lld of %s, to %s",
                             (long long)q->id, q->published ? q->published : "(undated)", f->to);
  if (f->sort == WARTA_SORT_DATE && c->n) {
    if (c->last_undated) FUZZ_CHECK(!q->published, "a dated quote after an undated one");
    else if (q->published) FUZZ_CHECK(strcmp(q->published, c->last_pub) <= 0, "%s after %s", q->published, c->last_pub);
  }
  if (verbose) fprintf(stderr, "  quote %lld %s %s\n", (long long)q->id, q->published ? q->published : "-", q->highlighted);
  c->last_undated = !q->published;
  if (q->published) snprintf(c->last_pub, sizeof c->last_pub, "%s", q->published);
  if (c->n < sizeof c->ids / sizeof c->ids[0]) c->ids[c->n] = q->id;
  c->n++;
  return 0;
}

static int on_document(void *p, const warta_store_document *d) {
  ctx *c = p;
  const warta_store_filter *f = c->f;
  FUZZ_CHECK(c->n < (f->limit ? f->limit : 20), "more documents than the limit %zu", f->limit);
  FUZZ_CHECK(d->id > 0, "document %lld", (long long)d->id);
  const char *strs[] = {d->published, d->outlet, d->title, d->url, d->ext_id};
  for (int i = 0; i < 5; i++) FUZZ_CHECK(opt_utf8(strs[i]), "document %lld: field %d not UTF-8", (long long)d->id, i);
  FUZZ_CHECK(d->snippet, "no snippet");
  check_marks(d->snippet, NULL, "snippet", d->id);
  if (set(f->from)) FUZZ_CHECK(d->published && strcmp(d->published, f->from) >= 0, "document of %s, from %s",
                               d->published ? d->published : "(undated)", f->from);
  if (set(f->to)) FUZZ_CHECK(d->published && strcmp(d->published, f->to) <= 0, "document of %s, to %s",
                             d->published ? d->published : "(undated)", f->to);
  c->n++;
  return 0;
}

static int on_speaker(void *p, const warta_store_speaker *s) {
  ctx *c = p;
  const warta_store_filter *f = c->f;
  FUZZ_CHECK(c->n < (f->limit ? f->limit : 20), "more speakers than the limit %zu", f->limit);
  FUZZ_CHECK(s->id > 0 && s->name && s->type, "speaker %lld", (long long)s->id);
  const char *strs[] = {s->name, s->type, s->role, s->first, s->last};
  for (int i = 0; i < 5; i++) FUZZ_CHECK(opt_utf8(strs[i]), "speaker %lld: field %d not UTF-8", (long long)s->id, i);
  FUZZ_CHECK(s->quotes >= 1 && s->documents >= 1 && s->documents <= s->quotes, "speaker %lld: %llu quotes in %llu documents",
             (long long)s->id, (unsigned long long)s->quotes, (unsigned long long)s->documents);
  if (s->first && s->last) FUZZ_CHECK(strcmp(s->first, s->last) <= 0, "first %s after last %s", s->first, s->last);
  c->n++;
  return 0;
}

/* ------------------------------------------------------------ status */

static void check_status(int rc, const warta_store_filter *f, bool documents, const char *what) {
  const char *msg = warta_store_errmsg(st);
  if (verbose) fprintf(stderr, "  %s: status %d %s\n", what, rc, msg);
  FUZZ_CHECK(rc == WARTA_OK || rc == WARTA_ERR_SYNTAX || rc == WARTA_ERR_ARG, "%s: status %d: %s", what, rc, msg);
  FUZZ_CHECK(msg != NULL, "no message");
  if (rc == WARTA_OK) FUZZ_CHECK(msg[0] == 0, "%s: a success with the message '%s'", what, msg);
  else FUZZ_CHECK(msg[0] != 0, "%s: failure %d without a message", what, rc);
  const char *strs[] = {f->query, f->speaker, f->source, f->outlet, f->from, f->to};
  bool utf8 = true;
  for (int i = 0; i < 6; i++) utf8 = utf8 && opt_utf8(strs[i]);
  if (utf8) FUZZ_CHECK(fuzz_utf8_valid(msg, strlen(msg)), "%s: message not valid UTF-8: %s", what, msg);
  bool doc_arg = documents && (set(f->speaker) || set(f->source) || f->kind);
  if (rc == WARTA_ERR_ARG) FUZZ_CHECK(doc_arg, "%s: ARG: %s", what, msg);
  if ((set(f->from) && !real_day(f->from)) || (set(f->to) && !real_day(f->to)))
    FUZZ_CHECK(rc != WARTA_OK, "%s: the dates '%s'..'%s' were accepted", what, f->from ? f->from : "",
               f->to ? f->to : "");
  else if (!doc_arg && plain(f->query) && plain(f->speaker) && plain(f->source) && plain(f->outlet))
    FUZZ_CHECK(rc == WARTA_OK, "%s: a plain filter failed: %s", what, msg);
}

/* ------------------------------------------------------------ stems */

static void check_stems(const char *q) {
  if (!q) return;
  for (const char *w = q; *w;) {
    while (*w == ' ') w++;
    size_t n = 0;
    while (w[n] && w[n] != ' ') n++;
    if (!n) break;
    char big[512], small[9];
    size_t r1 = warta_stem(w, n, big, sizeof big);
    FUZZ_CHECK(r1 < sizeof big ? strlen(big) == r1 : strlen(big) == sizeof big - 1, "stem of %zu bytes: %zu, %zu",
               n, r1, strlen(big));
    if (fuzz_utf8_valid(w, n) && r1 < sizeof big)
      FUZZ_CHECK(fuzz_utf8_valid(big, r1), "the stem of a valid word is not UTF-8: %s", big);
    size_t cap = 1 + (n % 8);
    memset(small, 'x', sizeof small);
    size_t r2 = warta_stem(w, n, small, cap);
    FUZZ_CHECK(r2 == r1, "stem length %zu with room for %zu, %zu with room for 512", r2, cap, r1);
    size_t k = r2 < cap ? r2 : cap - 1;
    FUZZ_CHECK(small[k] == 0 && strlen(small) == k && !memcmp(small, big, k), "stem cut to %zu bytes: '%s' vs '%s'",
               cap, small, big);
    FUZZ_CHECK(k + 1 >= sizeof small || small[k + 1] == 'x', "stem wrote past its room of %zu", cap);
    FUZZ_CHECK(warta_stem(w, n, NULL, 0) == r1, "stem length without room");
    w += n;
  }
}

/* ------------------------------------------------------------ the target */

static char *field(const uint8_t **p, size_t *n) { return *n ? fuzz_take_line(p, n, NULL) : NULL; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!st) LLVMFuzzerInitialize(NULL, NULL);
  if (size == 0) return 0;
  unsigned ctl = data[0];
  const uint8_t *p = data + 1;
  size_t n = size - 1;
  char *fs[6];
  for (int i = 0; i < 6; i++) fs[i] = field(&p, &n);
  warta_store_filter f;
  memset(&f, 0, sizeof f);
  f.query = fs[0];
  f.speaker = fs[1];
  f.source = fs[2];
  f.outlet = fs[3];
  f.from = fs[4];
  f.to = fs[5];
  f.kind = (ctl & 7) <= 4 ? (int)(ctl & 7) : 0;
  f.sort = (ctl & 8) ? WARTA_SORT_RANK : WARTA_SORT_DATE;
  f.limit = (ctl & 0x40) ? 3 : 1000;
  f.offset = (ctl & 0x80) ? 1 : 0;
  f.mark_open = MARK_OPEN;
  f.mark_close = MARK_CLOSE;
  int api = (ctl >> 4) & 3;

  check_stems(f.query);
  ctx c;
  if (api == 0 || api == 3) {
    memset(&c, 0, sizeof c);
    c.f = &f;
    int rc = warta_store_search(st, &f, on_quote, &c);
    check_status(rc, &f, false, "search");
    if (api == 3 && rc == WARTA_OK && !f.offset && f.limit == 1000) {
      /* the other order finds the same quotes */
      ctx c2;
      memset(&c2, 0, sizeof c2);
      warta_store_filter g = f;
      g.sort = f.sort == WARTA_SORT_RANK ? WARTA_SORT_DATE : WARTA_SORT_RANK;
      c2.f = &g;
      int rc2 = warta_store_search(st, &g, on_quote, &c2);
      FUZZ_CHECK(rc2 == WARTA_OK, "the other order failed: %s", warta_store_errmsg(st));
      FUZZ_CHECK(c2.n == c.n, "%zu quotes by one order, %zu by the other", c.n, c2.n);
      for (size_t i = 0; i < c.n && i < 1100; i++) {
        bool found = false;
        for (size_t j = 0; j < c2.n && j < 1100 && !found; j++) found = c.ids[i] == c2.ids[j];
        FUZZ_CHECK(found, "quote %lld found in one order only", (long long)c.ids[i]);
      }
    }
  }
  if (api == 1 || api == 3) {
    memset(&c, 0, sizeof c);
    c.f = &f;
    int rc = warta_store_search_documents(st, &f, on_document, &c);
    check_status(rc, &f, true, "search_documents");
  }
  if (api == 2 || api == 3) {
    memset(&c, 0, sizeof c);
    c.f = &f;
    int rc = warta_store_speakers(st, &f, on_speaker, &c);
    check_status(rc, &f, false, "speakers");
  }
  for (int i = 0; i < 6; i++) free(fs[i]);
  return 0;
}
