/*
 * fuzz_extract.c — bytes -> warta_extract -> every accessor -> JSON writer.
 *
 * Input layout (seeds: fuzz/seeds.sh; regressions: tests/regress/extract/):
 *   byte 0          control bits
 *                     0x01 WARTA_REPAIR_UTF8   0x02 WARTA_FIX_MOJIBAKE
 *                     0x04 WARTA_NO_NFC        0x08 WARTA_SEGMENT_ONLY
 *                     0x10 WARTA_JSON_PRETTY   0x20 WARTA_JSON_WITH_TEXT
 *                     0x40 WARTA_JSON_TOKENS   0x80 metadata line follows
 *   [metadata]      with 0x80: "published|id|title|url\n" (fields may be
 *                   missing; any bytes), given as warta_meta
 *   the rest        the article text (not NUL-terminated)
 *
 * What must hold, else abort:
 *   - the status agrees with an independent UTF-8 check (WARTA_ERR_UTF8 and
 *     warta_errpos at the first invalid byte exactly when the text is invalid
 *     and not repaired); an error has a message and leaves no result;
 *   - the working text is valid UTF-8, and is the input itself when
 *     warta_doc_text_changed() says it did not change;
 *   - every span is start <= end <= len, on character boundaries; paragraphs,
 *     sentences and tokens are in text order without overlap, every token
 *     inside a paragraph; the body runs from the first to the last paragraph
 *     that is not boilerplate; the dateline's place and outlet lie inside it;
 *   - quote, entity and date fields are in range (kinds, types, entity
 *     indexes, confidence in [0,1], dates YYYY-MM-DD or NULL, names UTF-8);
 *   - the JSON is valid UTF-8 and valid JSON, pretty and compact forms hold
 *     the same value, the counts match the accessors, a failing writer gives
 *     WARTA_ERR_IO, warta_json_string round-trips;
 *   - the doc still extracts a small article afterwards.
 */
#include <cjson/cJSON.h>
#include <math.h>

#include "fuzz.h"
#include "warta.h"

static warta_engine *eng;

static void check_span(const char *text, size_t len, warta_span s, const char *what, size_t i) {
  FUZZ_CHECK(s.start <= s.end && s.end <= len, "%s %zu: [%u,%u) with text length %zu", what, i, s.start, s.end,
             len);
  FUZZ_CHECK(fuzz_boundary(text, len, s.start) && fuzz_boundary(text, len, s.end),
             "%s %zu: [%u,%u) not on a character boundary", what, i, s.start, s.end);
}

static void check_opt_span(const char *text, size_t len, warta_span s, const char *what, size_t i) {
  if (s.start == 0 && s.end == 0) return;
  check_span(text, len, s, what, i);
}

static bool within(warta_span in, warta_span out) { return in.start >= out.start && in.end <= out.end; }

static bool valid_date_str(const char *s) { return !s || fuzz_ymd(s); }

static bool valid_cstr(const char *s) { return s && fuzz_utf8_valid(s, strlen(s)); }

static void check_result(const warta_doc *doc, const char *input, size_t inlen) {
  size_t len;
  const char *text = warta_doc_text(doc, &len);
  FUZZ_CHECK(text != NULL, "no working text after success");
  FUZZ_CHECK(fuzz_utf8_valid(text, len), "working text not valid UTF-8 at byte %zu",
             fuzz_utf8_first_bad(text, len));
  if (!warta_doc_text_changed(doc))
    FUZZ_CHECK(text == input && len == inlen, "text unchanged but not the input (%zu vs %zu bytes)", len, inlen);
  uint32_t ru, rm;
  warta_doc_repairs(doc, &ru, &rm);
  if (ru || rm) FUZZ_CHECK(warta_doc_text_changed(doc), "repairs %u/%u without a changed text", ru, rm);
  FUZZ_CHECK(valid_date_str(warta_doc_published(doc)), "published '%s'", warta_doc_published(doc));

  /* paragraphs in order, body = first..last non-boilerplate paragraph */
  size_t np = warta_doc_paragraph_count(doc);
  uint32_t prev_end = 0, b0 = UINT32_MAX, b1 = 0;
  for (size_t i = 0; i < np; i++) {
    const warta_paragraph *p = warta_doc_paragraph(doc, i);
    FUZZ_CHECK(p != NULL, "paragraph %zu missing", i);
    check_span(text, len, p->span, "paragraph", i);
    FUZZ_CHECK(p->span.start < p->span.end, "empty paragraph %zu", i);
    FUZZ_CHECK(i == 0 || p->span.start >= prev_end, "paragraph %zu overlaps the one before", i);
    prev_end = p->span.end;
    if (!p->boilerplate) {
      if (b0 == UINT32_MAX) b0 = p->span.start;
      b1 = p->span.end;
    }
  }
  FUZZ_CHECK(warta_doc_paragraph(doc, np) == NULL, "paragraph past the count");
  warta_span body = warta_doc_body(doc);
  if (b0 == UINT32_MAX) FUZZ_CHECK(body.start == 0 && body.end == 0, "body without body paragraphs");
  else FUZZ_CHECK(body.start == b0 && body.end == b1, "body [%u,%u) but paragraphs say [%u,%u)", body.start, body.end,
                  b0, b1);

  /* tokens in order, each inside a paragraph */
  size_t nt = warta_doc_token_count(doc), pi = 0;
  FUZZ_CHECK(nt <= WARTA_MAX_TOKENS, "%zu tokens", nt);
  prev_end = 0;
  for (size_t i = 0; i < nt; i++) {
    warta_span s;
    int kind, role;
    FUZZ_CHECK(warta_doc_token(doc, i, &s, &kind, &role) == WARTA_OK, "token %zu", i);
    check_span(text, len, s, "token", i);
    FUZZ_CHECK(s.start < s.end, "empty token %zu", i);
    FUZZ_CHECK(i == 0 || s.start >= prev_end, "token %zu overlaps the one before", i);
    prev_end = s.end;
    FUZZ_CHECK(kind >= WARTA_TOK_WORD && kind <= WARTA_TOK_SYMBOL, "token %zu kind %d", i, kind);
    FUZZ_CHECK(kind == WARTA_TOK_QUOTE ? (role & ~3) == 0 && role != 0 : role == 0, "token %zu role %d kind %d", i,
               role, kind);
    while (pi < np && warta_doc_paragraph(doc, pi)->span.end <= s.start) pi++;
    FUZZ_CHECK(pi < np && within(s, warta_doc_paragraph(doc, pi)->span), "token %zu [%u,%u) outside the paragraphs",
               i, s.start, s.end);
  }
  FUZZ_CHECK(warta_doc_token(doc, nt, NULL, NULL, NULL) == WARTA_ERR_ARG, "token past the count");

  /* sentences in order, each inside one paragraph */
  size_t ns = warta_doc_sentence_count(doc);
  prev_end = 0;
  pi = 0;
  for (size_t i = 0; i < ns; i++) {
    warta_span s = warta_doc_sentence(doc, i);
    check_span(text, len, s, "sentence", i);
    FUZZ_CHECK(s.start < s.end, "empty sentence %zu", i);
    FUZZ_CHECK(i == 0 || s.start >= prev_end, "sentence %zu overlaps the one before", i);
    prev_end = s.end;
    while (pi < np && warta_doc_paragraph(doc, pi)->span.end <= s.start) pi++;
    FUZZ_CHECK(pi < np && within(s, warta_doc_paragraph(doc, pi)->span), "sentence %zu crosses a paragraph", i);
  }
  FUZZ_CHECK(np == 0 || ns >= np, "%zu sentences for %zu paragraphs", ns, np);

  const warta_dateline *dl = warta_doc_dateline(doc);
  if (dl) {
    check_span(text, len, dl->span, "dateline", 0);
    check_opt_span(text, len, dl->place, "dateline place", 0);
    check_opt_span(text, len, dl->outlet, "dateline outlet", 0);
    /* (an outlet alone, "Suara.com -", has no place; one of the two is there) */
    FUZZ_CHECK((dl->place.start == 0 && dl->place.end == 0) || within(dl->place, dl->span), "dateline place outside");
    FUZZ_CHECK(dl->place.start < dl->place.end || dl->outlet.start < dl->outlet.end, "dateline without place or outlet");
    FUZZ_CHECK((dl->outlet.start == 0 && dl->outlet.end == 0) || within(dl->outlet, dl->span),
               "dateline outlet outside");
  }

  size_t ne = warta_doc_entity_count(doc);
  for (size_t i = 0; i < ne; i++) {
    const warta_entity *e = warta_doc_entity(doc, i);
    FUZZ_CHECK(e != NULL, "entity %zu missing", i);
    FUZZ_CHECK(e->type >= WARTA_PER && e->type <= WARTA_MEDIA, "entity %zu type %d", i, e->type);
    FUZZ_CHECK(valid_cstr(e->name), "entity %zu name", i);
    FUZZ_CHECK(!e->nmentions || e->mentions, "entity %zu mentions NULL", i);
    FUZZ_CHECK(!e->nroles || e->roles, "entity %zu roles NULL", i);
    FUZZ_CHECK(!e->naffiliations || e->affiliations, "entity %zu affiliations NULL", i);
    for (uint32_t k = 0; k < e->nmentions; k++) check_span(text, len, e->mentions[k], "mention", k);
    for (uint32_t k = 0; k < e->nroles; k++) check_span(text, len, e->roles[k], "role", k);
    for (uint32_t k = 0; k < e->naffiliations; k++) check_span(text, len, e->affiliations[k], "affiliation", k);
  }
  FUZZ_CHECK(warta_doc_entity(doc, ne) == NULL, "entity past the count");

  size_t nq = warta_doc_quote_count(doc);
  FUZZ_CHECK(nq <= WARTA_MAX_QUOTES, "%zu quotes", nq);
  for (size_t i = 0; i < nq; i++) {
    const warta_quote *q = warta_doc_quote(doc, i);
    FUZZ_CHECK(q != NULL, "quote %zu missing", i);
    FUZZ_CHECK(q->kind >= WARTA_DIRECT && q->kind <= WARTA_MIXED, "quote %zu kind %d", i, q->kind);
    check_span(text, len, q->content, "quote content", i);
    check_opt_span(text, len, q->cue, "quote cue", i);
    check_opt_span(text, len, q->speaker, "quote speaker", i);
    FUZZ_CHECK(q->entity == -1 || (q->entity >= 0 && (size_t)q->entity < ne), "quote %zu entity %d", i, q->entity);
    FUZZ_CHECK(!isnan(q->confidence) && q->confidence >= 0.0f && q->confidence <= 1.0f, "quote %zu confidence %f", i,
               (double)q->confidence);
    FUZZ_CHECK(!q->nsources || q->sources, "quote %zu sources NULL", i);
    for (uint32_t k = 0; k < q->nsources; k++) {
      const warta_source *s = &q->sources[k];
      FUZZ_CHECK(valid_cstr(s->name), "quote %zu source %u name", i, k);
      check_opt_span(text, len, s->span, "source", k);
      check_opt_span(text, len, s->cue, "source cue", k);
      FUZZ_CHECK(valid_date_str(s->date), "quote %zu source %u date '%s'", i, k, s->date);
    }
  }
  FUZZ_CHECK(warta_doc_quote(doc, nq) == NULL, "quote past the count");

  size_t nd = warta_doc_date_count(doc);
  for (size_t i = 0; i < nd; i++) {
    const warta_date *d = warta_doc_date(doc, i);
    FUZZ_CHECK(d != NULL, "date %zu missing", i);
    check_span(text, len, d->span, "date", i);
    FUZZ_CHECK(valid_date_str(d->value), "date %zu value '%s'", i, d->value);
  }
  FUZZ_CHECK(warta_doc_date(doc, nd) == NULL, "date past the count");
}

static int array_size(const cJSON *o, const char *name) {
  const cJSON *a = cJSON_GetObjectItemCaseSensitive(o, name);
  return cJSON_IsArray(a) ? cJSON_GetArraySize(a) : -1;
}

static cJSON *parse_output(const char *p, size_t n, const char *what) {
  FUZZ_CHECK(fuzz_utf8_valid(p, n), "%s JSON not valid UTF-8 at byte %zu", what, fuzz_utf8_first_bad(p, n));
  const char *end = NULL;
  cJSON *j = cJSON_ParseWithLengthOpts(p, n, &end, 0);
  FUZZ_CHECK(j != NULL, "%s JSON does not parse near byte %td: %.200s", what, end ? end - p : -1, p);
  FUZZ_CHECK(end == p + n, "%s JSON: bytes after the object at %td", what, end - p);
  FUZZ_CHECK(cJSON_IsObject(j), "%s JSON is not an object", what);
  return j;
}

static void check_json(const warta_doc *doc, unsigned opts, size_t salt) {
  size_t n1 = 0;
  char *a = warta_doc_to_json(doc, opts, &n1);
  FUZZ_CHECK(a != NULL, "warta_doc_to_json failed");
  FUZZ_CHECK(strlen(a) == n1, "JSON holds a NUL byte");
  cJSON *ja = parse_output(a, n1, "first");
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(ja, "warta");
  FUZZ_CHECK(cJSON_IsNumber(v) && v->valueint == WARTA_SCHEMA_VERSION, "\"warta\" is not %d", WARTA_SCHEMA_VERSION);
  FUZZ_CHECK(array_size(ja, "quotes") == (int)warta_doc_quote_count(doc), "quotes in JSON");
  FUZZ_CHECK(array_size(ja, "entities") == (int)warta_doc_entity_count(doc), "entities in JSON");
  FUZZ_CHECK(array_size(ja, "dates") == (int)warta_doc_date_count(doc), "dates in JSON");
  const cJSON *text = cJSON_GetObjectItemCaseSensitive(ja, "text");
  if ((opts & WARTA_JSON_WITH_TEXT) || warta_doc_text_changed(doc)) {
    size_t len;
    const char *t = warta_doc_text(doc, &len);
    FUZZ_CHECK(cJSON_IsString(text), "no \"text\"");
    /* cJSON stops a string at \u0000, which the working text never holds */
    FUZZ_CHECK(strlen(text->valuestring) == len && memcmp(text->valuestring, t, len) == 0,
               "\"text\" differs from the working text");
  } else {
    FUZZ_CHECK(text == NULL, "\"text\" without being asked for");
  }

  /* the other layout holds the same value */
  fuzz_sink s = {NULL, 0, 0, SIZE_MAX, 0};
  FUZZ_CHECK(warta_doc_write_json(doc, opts ^ WARTA_JSON_PRETTY, fuzz_sink_write, &s) == WARTA_OK, "second write");
  cJSON *jb = parse_output(s.p ? s.p : "", s.n, "second");
  FUZZ_CHECK(cJSON_Compare(ja, jb, 1), "pretty and compact JSON differ");
  cJSON_Delete(jb);
  cJSON_Delete(ja);

  /* a writer that fails part way */
  fuzz_sink f = {NULL, 0, 0, salt % (n1 + 1), 0};
  int rc = warta_doc_write_json(doc, opts, fuzz_sink_write, &f);
  FUZZ_CHECK(f.failed ? rc == WARTA_ERR_IO : rc == WARTA_OK, "failing writer: status %d, failed %d", rc, f.failed);
  free(f.p);
  free(s.p);
  free(a);
}

/* warta_json_string writes a JSON string that reads back as the bytes given
 * (invalid UTF-8 as U+FFFD). */
static void check_json_string(const char *p, size_t n) {
  fuzz_sink s = {NULL, 0, 0, SIZE_MAX, 0};
  FUZZ_CHECK(warta_json_string(fuzz_sink_write, &s, p, n) == 0, "warta_json_string");
  const char *out = s.p ? s.p : "";
  FUZZ_CHECK(fuzz_utf8_valid(out, s.n), "warta_json_string output not UTF-8");
  const char *end = NULL;
  cJSON *j = cJSON_ParseWithLengthOpts(out, s.n, &end, 0);
  FUZZ_CHECK(cJSON_IsString(j) && end == out + s.n, "warta_json_string output is not a JSON string: %.200s", out);
  if (fuzz_utf8_valid(p, n))
    FUZZ_CHECK(strlen(j->valuestring) == n && memcmp(j->valuestring, p, n) == 0, "warta_json_string round trip");
  cJSON_Delete(j);
  free(s.p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  if (!eng) {
    eng = warta_engine_new();
    FUZZ_CHECK(eng != NULL, "warta_engine_new");
  }
  unsigned ctl = data[0];
  unsigned flags = ctl & 0x0F;
  unsigned opts = (ctl >> 4) & 0x07;
  const char *p = (const char *)data + 1;
  size_t n = size - 1;

  warta_meta meta = {0}, *mp = NULL;
  char *fields[4] = {NULL, NULL, NULL, NULL};
  if (ctl & 0x80) {
    const char *nl = memchr(p, '\n', n);
    size_t ml = nl ? (size_t)(nl - p) : n;
    size_t k = 0, a = 0;
    for (size_t i = 0; i <= ml && k < 4; i++) {
      if (i == ml || p[i] == '|') {
        fields[k] = strndup(p + a, i - a); /* an inner NUL ends the string, as in C */
        FUZZ_CHECK(fields[k] != NULL, "strndup");
        k++;
        a = i + 1;
      }
    }
    meta.published = fields[0];
    meta.id = fields[1];
    meta.title = fields[2];
    meta.url = fields[3];
    mp = &meta;
    p += nl ? ml + 1 : ml;
    n -= nl ? ml + 1 : ml;
  }

  warta_doc *doc = warta_doc_new(eng);
  FUZZ_CHECK(doc != NULL, "warta_doc_new");
  /* exact-size copy of the text so that ASan sees any read past its end */
  char *text = malloc(n ? n : 1);
  FUZZ_CHECK(text != NULL, "malloc");
  memcpy(text, p, n);

  int rc = warta_extract(doc, text, n, mp, flags);
  size_t bad = fuzz_utf8_first_bad(text, n);
  if (rc == WARTA_OK) {
    FUZZ_CHECK(bad == n || (flags & WARTA_REPAIR_UTF8), "accepted invalid UTF-8 at byte %zu", bad);
    FUZZ_CHECK(warta_errmsg(doc)[0] == 0, "message after success: %s", warta_errmsg(doc));
    check_result(doc, text, n);
    check_json(doc, opts, size * 7919u);
  } else {
    const char *msg = warta_errmsg(doc);
    FUZZ_CHECK(msg && msg[0], "error %d without a message", rc);
    FUZZ_CHECK(warta_doc_text(doc, NULL) == NULL && warta_doc_token_count(doc) == 0 &&
                   warta_doc_quote_count(doc) == 0 && warta_doc_paragraph_count(doc) == 0,
               "a result after an error");
    FUZZ_CHECK(warta_doc_write_json(doc, 0, fuzz_sink_write, NULL) == WARTA_ERR_ARG, "JSON without a result");
    switch (rc) {
    case WARTA_ERR_UTF8:
      FUZZ_CHECK(!(flags & WARTA_REPAIR_UTF8), "UTF-8 error while repairing: %s", msg);
      FUZZ_CHECK(bad < n && warta_errpos(doc) == (int64_t)bad, "UTF-8 error at %lld, first bad byte %zu: %s",
                 (long long)warta_errpos(doc), bad, msg);
      break;
    case WARTA_ERR_SYNTAX:
      FUZZ_CHECK(meta.published != NULL, "syntax error without metadata: %s", msg);
      break;
    case WARTA_ERR_LIMIT:
      FUZZ_CHECK(n > 2u * WARTA_MAX_QUOTES, "limit error on %zu bytes: %s", n, msg);
      break;
    default:
      FUZZ_CHECK(0, "unexpected status %d: %s", rc, msg);
    }
  }
  check_json_string(text, n);

  /* the doc goes on working */
  static const char next[] = "JAKARTA - \"Kami siap,\" kata Budi.";
  FUZZ_CHECK(warta_extract(doc, next, sizeof next - 1, NULL, 0) == WARTA_OK, "doc unusable after input: %s",
             warta_errmsg(doc));
  FUZZ_CHECK(warta_doc_paragraph_count(doc) == 1 && warta_doc_dateline(doc) != NULL, "doc changed by the last input");

  warta_doc_free(doc);
  free(text);
  for (int i = 0; i < 4; i++) free(fields[i]);
  return 0;
}
