/*
 * fuzz_ingest.c — bytes as a `warta ingest --results` file (the output of
 * `warta extract --with-text --format jsonl`), each line read the way
 * cli/cmd_ingest.c reads one: cli_prepare_result (cli/cmd_ingest_json.c)
 * -> warta_store_add_prepared, into a store that starts as fuzz_store.h's
 * five articles.  All the lines of one input go into one batch, so that a
 * later line can copy an earlier one's statements and be linked to them;
 * the batch is rolled back at the end, so every input starts from the same
 * store.
 *
 * Input layout (seeds: fuzz/seeds.sh; regressions: tests/regress/ingest/):
 *   up to 4 lines, each ended by '\n' and trimmed of trailing '\r' as the
 *   CLI does (the rest of the input is ignored), each in an exact-size
 *   buffer; the second and fourth are read with --outlet and --published.
 *
 * What must hold, else abort:
 *   - cli_prepare_result gives a prepared record and WARTA_OK, or none, a
 *     syntax error and a message: not empty, NUL-terminated inside the
 *     buffer, valid UTF-8; an empty line is never a record, nor a line
 *     holding a NUL byte or a \u0000 escape (cJSON would end the text there);
 *   - add_prepared returns OK with the message "", or ARG or LIMIT with a
 *     message (valid UTF-8 when the line is), after which the batch is still
 *     open and the store's counts unchanged; never IO or NOMEM; SQLite logs
 *     no misuse or corruption (fuzz_store.h); a record whose quote kinds,
 *     entity and source names and date are all well-formed is accepted;
 *   - a new document has the next id, as many quotes written as the line
 *     has, no more linked than written, its text's length, and the store's
 *     counts grow by one document and that many quotes; a duplicate (the
 *     same url and text as a stored document) writes nothing;
 *   - adding the same prepared record again is a duplicate of the same
 *     document and writes nothing (idempotent by content hash);
 *   - read back with warta_store_show, the first 8 quotes of a new document
 *     are what the line says: document, kind, the text, cue and speaker
 *     words at its spans, a speaker entity (one the line has) or none, the
 *     confidence to two decimals, the sources' names, dates and cue words,
 *     url, title and publication date;
 *   - warta_store_check passes (SQLite's integrity_check, the FTS5
 *     integrity-check of the three full-text indexes) with the batch open,
 *     for the first 64 inputs and every 16th after (a few ms each);
 *   - the rollback succeeds and leaves the store's counts as they were.
 */
#define _GNU_SOURCE /* memmem */
#include <cjson/cJSON.h>

#include "cli.h"
#include "fuzz_store.h"

enum { MAX_LINES = 4, SHOWN = 8 };

static warta_store *st;
static uint64_t base_docs, base_quotes;
static unsigned long inputs;
static bool verbose; /* FUZZ_VERBOSE=1: say what became of each line */

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  verbose = getenv("FUZZ_VERBOSE") != NULL;
  warta_engine *eng = warta_engine_new();
  if (!eng) abort();
  const char *path = fuzz_store_build(eng);
  warta_engine_free(eng);
  if (warta_store_open(path, 0, &st) != WARTA_OK) {
    fprintf(stderr, "fuzz: cannot open the store: %s\n", warta_store_errmsg(st));
    abort();
  }
  warta_store_counts c;
  if (warta_store_stats(st, &c) != WARTA_OK) abort();
  base_docs = c.documents;
  base_quotes = c.quotes;
  return 0;
}

/* ------------------------------------------------------------ helpers */

static void counts(uint64_t *docs, uint64_t *quotes) {
  warta_store_counts c;
  int rc = warta_store_stats(st, &c);
  FUZZ_CHECK(rc == WARTA_OK, "stats: %s", warta_store_errmsg(st));
  *docs = c.documents;
  *quotes = c.quotes;
}

static const char *jstr(const cJSON *o, const char *k) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static bool nonempty(const char *s) { return s && *s; }

/* A real day written YYYY-MM-DD and nothing more. */
static bool real_day(const char *s) {
  if (!s || !fuzz_ymd(s)) return false;
  int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
  if (m < 1 || m > 12 || d < 1) return false;
  static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= md[m - 1] + (m == 2 && leap);
}

static int kind_of(const char *k) {
  if (!k) return 0;
  return !strcmp(k, "direct") ? WARTA_DIRECT : !strcmp(k, "partial") ? WARTA_PARTIAL
         : !strcmp(k, "indirect") ? WARTA_INDIRECT : !strcmp(k, "mixed") ? WARTA_MIXED : 0;
}

/* Off is inside a character of text (a continuation byte). */
static bool inside_char(const char *text, size_t len, double off) {
  return off >= 0 && off < (double)len && ((unsigned char)text[(size_t)off] & 0xC0) == 0x80;
}

/* Every string anywhere in v is valid UTF-8, and every pair of numbers (any
 * of them may be a span) that lies in the text starts and ends on a
 * character boundary.  Stricter than the store: fine for "clean". */
static bool strings_and_spans_whole(const cJSON *v, const char *text, size_t len) {
  if (cJSON_IsString(v)) return fuzz_utf8_valid(v->valuestring, strlen(v->valuestring));
  if (cJSON_IsArray(v) && cJSON_GetArraySize(v) == 2 && cJSON_IsNumber(cJSON_GetArrayItem(v, 0)) &&
      cJSON_IsNumber(cJSON_GetArrayItem(v, 1)))
    return !inside_char(text, len, cJSON_GetArrayItem(v, 0)->valuedouble) &&
           !inside_char(text, len, cJSON_GetArrayItem(v, 1)->valuedouble);
  const cJSON *it;
  if (cJSON_IsArray(v) || cJSON_IsObject(v)) cJSON_ArrayForEach(it, v) {
      if (!strings_and_spans_whole(it, text, len)) return false;
    }
  return true;
}

/* Read independently of cmd_ingest_json.c: is every field the store checks
 * well-formed (then the record must be accepted)? */
static bool clean_record(const cJSON *j, const char *text) {
  if (!strings_and_spans_whole(j, text, strlen(text))) return false;
  const cJSON *pub = cJSON_GetObjectItemCaseSensitive(j, "published");
  if (cJSON_IsString(pub) && !real_day(pub->valuestring)) return false;
  const cJSON *it, *ents = cJSON_GetObjectItemCaseSensitive(j, "entities"),
              *qs = cJSON_GetObjectItemCaseSensitive(j, "quotes");
  if (cJSON_IsArray(ents)) cJSON_ArrayForEach(it, ents) {
      if (!nonempty(jstr(it, "name"))) return false;
      const char *ty = jstr(it, "type");
      if (!ty || (strcmp(ty, "PER") && strcmp(ty, "ORG") && strcmp(ty, "LOC") && strcmp(ty, "MEDIA"))) return false;
    }
  if (cJSON_IsArray(qs)) cJSON_ArrayForEach(it, qs) {
      if (!kind_of(jstr(it, "kind"))) return false;
      const cJSON *conf = cJSON_GetObjectItemCaseSensitive(it, "confidence");
      /* as the reader takes it: a float */
      if (cJSON_IsNumber(conf) && !((float)conf->valuedouble >= 0.0f && (float)conf->valuedouble <= 1.0f)) return false;
      const cJSON *s, *srcs = cJSON_GetObjectItemCaseSensitive(it, "sources");
      if (cJSON_IsArray(srcs)) cJSON_ArrayForEach(s, srcs) {
          if (!nonempty(jstr(s, "name"))) return false;
          if (jstr(s, "date") && !real_day(jstr(s, "date"))) return false;
        }
    }
  return true;
}

/* [start, end] of a span the line gave; {0, 0} when none.  Only used once
 * prepare accepted the line, so a span that is there is in range. */
static warta_span jspan(const cJSON *v) {
  warta_span sp = {0, 0};
  if (cJSON_GetArraySize(v) == 2) {
    sp.start = (uint32_t)cJSON_GetArrayItem(v, 0)->valuedouble;
    sp.end = (uint32_t)cJSON_GetArrayItem(v, 1)->valuedouble;
  }
  return sp;
}

static bool same(const char *a, const char *b) { return a == b || (a && b && !strcmp(a, b)); }

/* The words at a span as the store keeps them: NULL when the span is empty. */
static bool words_at(const char *got, const char *text, warta_span sp) {
  if (sp.end <= sp.start) return got == NULL;
  size_t n = sp.end - sp.start;
  return got && strlen(got) == n && !memcmp(got, text + sp.start, n);
}

/* Has the line an entity whose "id" (else its index) is the number id? */
static bool has_entity(const cJSON *ents, double id) {
  int k = 0;
  const cJSON *it;
  if (cJSON_IsArray(ents)) cJSON_ArrayForEach(it, ents) {
      const cJSON *v = cJSON_GetObjectItemCaseSensitive(it, "id");
      if ((cJSON_IsNumber(v) ? v->valuedouble : k) == id) return true;
      k++;
    }
  return false;
}

/* The confidence as the store keeps it: two decimals (prepare.c). */
static float conf2(double v) {
  char b[64];
  snprintf(b, sizeof b, "%.2f", (double)(float)v);
  return (float)strtod(b, NULL);
}

/* ------------------------------------------------------------ read back */

typedef struct expect {
  const cJSON *q, *ents; /* the line's quote, its entities */
  const char *text;
  int64_t document;
  const char *url, *title, *published;
  bool seen;
} expect;

static int on_detail(void *p, const warta_store_detail *d) {
  expect *x = p;
  const cJSON *q = x->q;
  const warta_store_quote *sq = &d->quote;
  int64_t id = sq->id;
  x->seen = true;
  /* whatever a line held, what the store gives back is UTF-8, its dates are
   * days and its confidence a fraction (#19) */
  const char *strs[] = {sq->published, sq->outlet,  sq->title,       sq->url,         sq->text,      sq->speaker,
                        sq->role,      sq->cue,     sq->sources,     d->mention,      d->speaker_type,
                        d->affiliation, d->aliases, d->dateline};
  for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
    FUZZ_CHECK(fuzz_opt_utf8(strs[i]), "quote %lld: field %zu is not UTF-8", (long long)id, i);
  FUZZ_CHECK(fuzz_utf8_valid(d->context, d->context_len), "quote %lld: context not UTF-8", (long long)id);
  FUZZ_CHECK(!sq->published || real_day(sq->published), "quote %lld: published '%s'", (long long)id, sq->published);
  FUZZ_CHECK(sq->confidence >= 0.0f && sq->confidence <= 1.0f, "quote %lld: confidence %g", (long long)id,
             (double)sq->confidence);
  for (size_t k = 0; k < d->nsources; k++)
    FUZZ_CHECK(fuzz_opt_utf8(d->sources[k].name) && fuzz_opt_utf8(d->sources[k].cue) &&
                   (!d->sources[k].date || real_day(d->sources[k].date)),
               "quote %lld: source %zu not UTF-8 or a bad date", (long long)id, k);
  FUZZ_CHECK(sq->document == x->document, "quote %lld of document %lld, not %lld", (long long)id,
             (long long)sq->document, (long long)x->document);
  FUZZ_CHECK(sq->kind == kind_of(jstr(q, "kind")), "quote %lld: kind %d", (long long)id, sq->kind);
  warta_span content = jspan(cJSON_GetObjectItemCaseSensitive(q, "content"));
  size_t n = content.end - content.start;
  FUZZ_CHECK(strlen(sq->text) == n && !memcmp(sq->text, x->text + content.start, n),
             "quote %lld: text '%s' is not the line's [%u, %u]", (long long)id, sq->text, content.start, content.end);
  FUZZ_CHECK(words_at(sq->cue, x->text, jspan(cJSON_GetObjectItemCaseSensitive(q, "cue"))),
             "quote %lld: cue '%s'", (long long)id, sq->cue ? sq->cue : "(null)");
  const cJSON *spk = cJSON_GetObjectItemCaseSensitive(q, "speaker");
  warta_span mention = {0, 0};
  bool entity = false;
  if (cJSON_IsObject(spk)) {
    mention = jspan(cJSON_GetObjectItemCaseSensitive(spk, "mention"));
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(spk, "entity");
    entity = cJSON_IsNumber(e);
    if (entity) FUZZ_CHECK(has_entity(x->ents, e->valuedouble), "quote %lld: speaker entity %g is none of the line's",
                           (long long)id, e->valuedouble);
  }
  FUZZ_CHECK(words_at(d->mention, x->text, mention), "quote %lld: speaker words '%s'", (long long)id,
             d->mention ? d->mention : "(null)");
  FUZZ_CHECK((sq->speaker_id != 0) == entity, "quote %lld: speaker entity id %lld", (long long)id,
             (long long)sq->speaker_id);
  const cJSON *conf = cJSON_GetObjectItemCaseSensitive(q, "confidence");
  float want = conf2(cJSON_IsNumber(conf) ? conf->valuedouble : 0.0);
  FUZZ_CHECK(sq->confidence == want, "quote %lld: confidence %g, not %g", (long long)id, (double)sq->confidence,
             (double)want);
  const cJSON *srcs = cJSON_GetObjectItemCaseSensitive(q, "sources");
  size_t ns = cJSON_IsArray(srcs) ? (size_t)cJSON_GetArraySize(srcs) : 0;
  FUZZ_CHECK(d->nsources == ns, "quote %lld: %zu sources, the line has %zu", (long long)id, d->nsources, ns);
  for (size_t k = 0; k < ns; k++) {
    const cJSON *s = cJSON_GetArrayItem(srcs, (int)k);
    const warta_store_source *ss = &d->sources[k];
    FUZZ_CHECK(same(ss->name, jstr(s, "name")) && same(ss->date, jstr(s, "date")),
               "quote %lld: source %zu '%s' '%s'", (long long)id, k, ss->name, ss->date ? ss->date : "(null)");
    /* the cue is looked up in the text near the source: the word, or none */
    FUZZ_CHECK(!ss->cue || same(ss->cue, jstr(s, "cue")), "quote %lld: source %zu cue '%s'", (long long)id, k,
               ss->cue);
  }
  FUZZ_CHECK(same(sq->url, x->url) && same(sq->title, x->title), "quote %lld: url '%s', title '%s'", (long long)id,
             sq->url ? sq->url : "(null)", sq->title ? sq->title : "(null)");
  char day[11] = {0};
  if (x->published) memcpy(day, x->published, 10); /* the store keeps a date's first 10 bytes */
  FUZZ_CHECK(same(sq->published, x->published ? day : NULL), "quote %lld: published '%s'", (long long)id,
             sq->published ? sq->published : "(null)");
  return 0;
}

/* ------------------------------------------------------------ one line */

static void one_line(const char *line, size_t n, unsigned no) {
  const char *outlet = (no & 1) ? "Kabar Uji" : NULL;
  const char *published = (no & 1) ? "2024-02-29" : NULL;
  char err[300];
  memset(err, 'x', sizeof err);
  int status = -1;
  warta_store_prepared *prep = cli_prepare_result(line, n, outlet, published, &status, err, sizeof err);
  bool line_utf8 = fuzz_utf8_valid(line, n);
  if (verbose) fprintf(stderr, "  line %u (%zu bytes): %.*s\n", no, n, prep ? 8 : (int)strnlen(err, sizeof err),
                       prep ? "prepared" : err);
  if (!prep) {
    FUZZ_CHECK(status == WARTA_ERR_SYNTAX, "line %u: no record, status %d", no, status);
    size_t len = strnlen(err, sizeof err);
    FUZZ_CHECK(len > 0 && len < sizeof err, "line %u: no message", no);
    FUZZ_CHECK(fuzz_utf8_valid(err, len), "line %u: message not UTF-8: %s", no, err);
    return;
  }
  FUZZ_CHECK(status == WARTA_OK, "line %u: a record with status %d", no, status);
  FUZZ_CHECK(n > 0, "line %u: a record from an empty line", no);
  /* cJSON ends a string at a NUL, raw or escaped: the text would be cut short */
  FUZZ_CHECK(!memchr(line, 0, n) && !memmem(line, n, "\\u0000", 6), "line %u: a record from a line holding a NUL",
             no);

  cJSON *j = cJSON_ParseWithLength(line, n);
  FUZZ_CHECK(cJSON_IsObject(j), "line %u: prepared, but not a JSON object", no);
  const char *text = jstr(j, "text");
  FUZZ_CHECK(text != NULL, "line %u: prepared without a text", no);
  const cJSON *qs = cJSON_GetObjectItemCaseSensitive(j, "quotes");
  size_t nq = cJSON_IsArray(qs) ? (size_t)cJSON_GetArraySize(qs) : 0;
  bool clean = clean_record(j, text);

  uint64_t docs, quotes, d2, q2;
  counts(&docs, &quotes);
  warta_store_added a;
  memset(&a, 0xff, sizeof a);
  int rc = warta_store_add_prepared(st, prep, &a);
  const char *msg = warta_store_errmsg(st);
  FUZZ_CHECK(msg != NULL, "no message");
  if (verbose)
    fprintf(stderr, "  line %u: status %d %s; document %lld%s, %u quotes, %u linked\n", no, rc, msg,
            (long long)a.document, a.duplicate == 1 ? " (duplicate)" : "", a.quotes, a.linked);
  if (rc != WARTA_OK) {
    FUZZ_CHECK(rc == WARTA_ERR_ARG || rc == WARTA_ERR_LIMIT || rc == WARTA_ERR_UTF8, "line %u: status %d: %s", no, rc,
               msg);
    FUZZ_CHECK(msg[0], "line %u: failure %d without a message", no, rc);
    if (line_utf8) FUZZ_CHECK(fuzz_utf8_valid(msg, strlen(msg)), "line %u: message not UTF-8: %s", no, msg);
    FUZZ_CHECK(!clean, "line %u: a well-formed record refused: %s", no, msg);
    counts(&d2, &q2);
    FUZZ_CHECK(d2 == docs && q2 == quotes, "line %u: a refused record changed the counts", no);
    /* the batch is still open */
    FUZZ_CHECK(warta_store_begin(st) == WARTA_ERR_ARG, "line %u: the batch ended", no);
    FUZZ_CHECK(warta_store_add_prepared(st, prep, NULL) == rc, "line %u: refused once, not twice", no);
    goto out;
  }
  FUZZ_CHECK(msg[0] == 0, "line %u: a success with the message '%s'", no, msg);
  FUZZ_CHECK(a.text_bytes == strlen(text), "line %u: %zu text bytes, not %zu", no, a.text_bytes, strlen(text));
  counts(&d2, &q2);
  if (a.duplicate == 1) {
    FUZZ_CHECK(a.document >= 1 && (uint64_t)a.document <= docs, "line %u: a duplicate of document %lld of %llu", no,
               (long long)a.document, (unsigned long long)docs);
    FUZZ_CHECK(a.quotes == 0 && a.linked == 0, "line %u: a duplicate wrote %u quotes", no, a.quotes);
    FUZZ_CHECK(d2 == docs && q2 == quotes, "line %u: a duplicate changed the counts", no);
  } else {
    FUZZ_CHECK(a.duplicate == 0, "line %u: duplicate %d", no, a.duplicate);
    /* ids are rowids, and nothing is ever deleted */
    FUZZ_CHECK((uint64_t)a.document == docs + 1, "line %u: document %lld after %llu", no, (long long)a.document,
               (unsigned long long)docs);
    FUZZ_CHECK(a.quotes == nq, "line %u: %u quotes written, the line has %zu", no, a.quotes, nq);
    FUZZ_CHECK(a.linked <= a.quotes, "line %u: %u linked of %u", no, a.linked, a.quotes);
    FUZZ_CHECK(d2 == docs + 1 && q2 == quotes + nq, "line %u: counts %llu, %llu after %llu, %llu + %zu", no,
               (unsigned long long)d2, (unsigned long long)q2, (unsigned long long)docs,
               (unsigned long long)quotes, nq);
    const cJSON *pub = cJSON_GetObjectItemCaseSensitive(j, "published");
    expect x = {NULL, cJSON_GetObjectItemCaseSensitive(j, "entities"), text, a.document, jstr(j, "url"), jstr(j, "title"),
                cJSON_IsString(pub) ? pub->valuestring : published, false};
    for (size_t i = 0; i < nq && i < SHOWN; i++) {
      x.q = cJSON_GetArrayItem(qs, (int)i);
      x.seen = false;
      int64_t id = (int64_t)(quotes + 1 + i); /* rowids again */
      int r = warta_store_show(st, id, on_detail, &x);
      FUZZ_CHECK(r == WARTA_OK && x.seen, "line %u: show %lld: %s", no, (long long)id, warta_store_errmsg(st));
    }
  }

  /* again: known by its hash, nothing written */
  warta_store_added b;
  rc = warta_store_add_prepared(st, prep, &b);
  FUZZ_CHECK(rc == WARTA_OK, "line %u: adding again: %s", no, warta_store_errmsg(st));
  FUZZ_CHECK(b.duplicate == 1 && b.document == a.document && b.quotes == 0 && b.linked == 0 &&
                 b.text_bytes == a.text_bytes,
             "line %u: added again: duplicate %d, document %lld (was %lld), %u quotes", no, b.duplicate,
             (long long)b.document, (long long)a.document, b.quotes);
  uint64_t d3, q3;
  counts(&d3, &q3);
  FUZZ_CHECK(d3 == d2 && q3 == q2, "line %u: adding again changed the counts", no);
out:
  cJSON_Delete(j);
  warta_store_prepared_free(prep);
}

/* ------------------------------------------------------------ the target */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!st) LLVMFuzzerInitialize(NULL, NULL);
  unsigned long run = inputs++;
  FUZZ_CHECK(warta_store_begin(st) == WARTA_OK, "begin: %s", warta_store_errmsg(st));
  const uint8_t *p = data;
  size_t left = size;
  for (unsigned no = 0; no < MAX_LINES && (no == 0 || left > 0); no++) {
    const uint8_t *nl = memchr(p, '\n', left);
    size_t k = nl ? (size_t)(nl - p) : left, n = k;
    while (n > 0 && p[n - 1] == '\r') n--;
    /* an exact-size copy, so that a read past the line's end is seen */
    char *line = malloc(n ? n : 1);
    FUZZ_CHECK(line != NULL, "malloc");
    if (n) memcpy(line, p, n);
    one_line(line, n, no);
    free(line);
    p += nl ? k + 1 : k;
    left -= nl ? k + 1 : k;
  }
  if (run < 64 || run % 16 == 0)
    FUZZ_CHECK(warta_store_check(st) == WARTA_OK, "check: %s", warta_store_errmsg(st));
  FUZZ_CHECK(warta_store_rollback(st) == WARTA_OK, "rollback: %s", warta_store_errmsg(st));
  uint64_t docs, quotes;
  counts(&docs, &quotes);
  FUZZ_CHECK(docs == base_docs && quotes == base_quotes, "rolled back to %llu documents, %llu quotes",
             (unsigned long long)docs, (unsigned long long)quotes);
  return 0;
}
