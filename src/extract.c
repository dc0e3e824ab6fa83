/*
 * extract.c — the engine, the document's life cycle and the pipeline that
 * runs the stages in order (see internal.h for the map).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "internal.h"

/* Above these, a doc's arrays are released after a document instead of kept. */
enum { KEEP_VEC_BYTES = 4 * 1024 * 1024 };

const char *warta_version(void) { return WARTA_VERSION; }

const char *warta_status_str(int status) {
  switch (status) {
  case WARTA_OK: return "ok";
  case WARTA_ERR_NOMEM: return "out of memory";
  case WARTA_ERR_ARG: return "invalid argument";
  case WARTA_ERR_UTF8: return "invalid UTF-8";
  case WARTA_ERR_LIMIT: return "over a limit";
  case WARTA_ERR_SYNTAX: return "syntax error";
  case WARTA_ERR_IO: return "input/output error";
  case WARTA_ERR_EMPTY: return "no text";
  default: return "unknown status";
  }
}

warta_engine *warta_engine_new(void) {
  warta_engine *e = wt_calloc(1, sizeof *e);
  if (!e) return NULL;
  e->lex = &wt_builtin_lexicon;
  return e;
}

void warta_engine_free(warta_engine *eng) { wt_free(eng); }

warta_doc *warta_doc_new(const warta_engine *eng) {
  if (!eng) return NULL;
  warta_doc *d = wt_calloc(1, sizeof *d);
  if (!d) return NULL;
  d->eng = eng;
  d->toks.elem = sizeof(wt_token);
  d->paras.elem = sizeof(wt_para);
  d->sents.elem = sizeof(wt_sent);
  d->pubparas.elem = sizeof(warta_paragraph);
  d->mentions.elem = sizeof(wt_mention);
  d->ents.elem = sizeof(warta_entity);
  d->ents_x.elem = sizeof(wt_entity_x);
  d->quotes.elem = sizeof(warta_quote);
  d->quotes_x.elem = sizeof(wt_quote_x);
  d->dates.elem = sizeof(warta_date);
  d->dates_x.elem = sizeof(wt_date_x);
  d->attrs.elem = sizeof(wt_attr);
  d->ent_map.elem = sizeof(wt_map_slot);
  d->name_words.elem = sizeof(wt_nameword);
  d->srcs.elem = sizeof(wt_source_x);
  d->tcls_buf.elem = sizeof(uint64_t);
  d->phr_buf.elem = sizeof(uint32_t);
  d->lists_buf.elem = 1;
  d->errpos = -1;
  return d;
}

/* Every vector of a document, into v (room for NVECS); returns their count.
 * (Filled once per walk: the list is built from the document's fields.) */
#define NVECS 18
static size_t all_vecs(warta_doc *d, wt_vec **v) {
  wt_vec *all[] = {&d->toks,  &d->paras,  &d->sents,    &d->pubparas, &d->mentions, &d->ents,
                   &d->ents_x, &d->quotes, &d->quotes_x, &d->dates,    &d->dates_x,  &d->attrs,
                   &d->srcs,   &d->ent_map, &d->name_words, &d->tcls_buf, &d->phr_buf, &d->lists_buf};
  _Static_assert(sizeof all / sizeof all[0] == NVECS, "NVECS counts the vectors");
  memcpy(v, all, sizeof all);
  return NVECS;
}

void warta_doc_free(warta_doc *doc) {
  if (!doc) return;
  wt_vec *v[NVECS];
  for (size_t i = 0, n = all_vecs(doc, v); i < n; i++) wt_vec_free(v[i]);
  wt_arena_free(&doc->arena);
  wt_free(doc);
}

int wt_fail(warta_doc *doc, int code, int64_t pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(doc->err, sizeof doc->err, fmt, ap);
  va_end(ap);
  doc->errpos = pos;
  return code;
}

const char *warta_errmsg(const warta_doc *doc) { return doc ? doc->err : "no document"; }
int64_t warta_errpos(const warta_doc *doc) { return doc ? doc->errpos : -1; }

static void reset(warta_doc *d) {
  wt_vec *v[NVECS];
  for (size_t i = 0, n = all_vecs(d, v); i < n; i++) wt_vec_reset(v[i], KEEP_VEC_BYTES);
  wt_map_clear(&d->ent_map);
  d->last_person = 0;
  wt_map_clear(&d->name_words); /* (zeroes the slots: the same layout rule, 0 is empty) */
  memset(d->nw_bits, 0, sizeof d->nw_bits);
  wt_arena_reset(&d->arena);
  d->text = NULL;
  d->len = 0;
  d->text_changed = false;
  d->repairs_utf8 = d->repairs_mojibake = 0;
  d->id = d->published = d->title = d->url = NULL;
  d->pub_days = INT32_MIN;
  d->has_dateline = false;
  memset(&d->dateline, 0, sizeof d->dateline);
  d->body = (warta_span){0, 0};
  d->has_result = false;
  d->tcls = NULL;
  d->quote_marks = d->open_parens = d->cue_words = d->np_starts = d->date_starts = d->source_starts = NULL;
  d->firsthand_starts = NULL;
  d->nquote_marks = d->nopen_parens = d->ncue_words = d->nnp_starts = d->ndate_starts = d->nsource_starts = 0;
  d->nfirsthand_starts = 0;
  d->nword_acronyms = 0;
  d->qmark = NULL;
  d->phr = NULL;
  d->ment_by_tok = NULL;
  d->nment_by_tok = 0;
  d->nevidence = 0;
  d->ev_sig = 0;
  d->err[0] = 0;
  d->errpos = -1;
}

/* A copy of a metadata string in the doc's arena, each byte that is not
 * part of valid UTF-8 replaced by U+FFFD (as the JSON writer writes it), so
 * that every reader of the result (JSON, the store, its content hash) sees
 * the same valid text.  NULL when out of memory. */
static const char *meta_dup(warta_doc *d, const char *s) {
  size_t n = strlen(s), bad = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    int k = (unsigned char)s[i] < 0x80 ? 1 : wt_utf8_seq((const unsigned char *)s + i, n - i, &cp);
    if (k == 0) {
      bad++;
      k = 1;
    }
    i += (size_t)k;
  }
  if (!bad) return wt_arena_strndup(&d->arena, s, n);
  char *o = wt_arena_alloc(&d->arena, n + 2 * bad + 1);
  if (!o) return NULL;
  size_t j = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    int k = (unsigned char)s[i] < 0x80 ? 1 : wt_utf8_seq((const unsigned char *)s + i, n - i, &cp);
    if (k == 0) {
      memcpy(o + j, "\xEF\xBF\xBD", 3);
      j += 3;
      i++;
    } else {
      memcpy(o + j, s + i, (size_t)k);
      j += (size_t)k;
      i += (size_t)k;
    }
  }
  o[j] = 0;
  return o;
}

static int copy_meta(warta_doc *d, const warta_meta *m) {
  if (!m) return WARTA_OK;
  const char *src[4] = {m->id, m->published, m->title, m->url};
  const char **dst[4] = {&d->id, &d->published, &d->title, &d->url};
  for (int i = 0; i < 4; i++) {
    if (!src[i]) continue;
    *dst[i] = meta_dup(d, src[i]);
    if (!*dst[i]) return wt_fail(d, WARTA_ERR_NOMEM, -1, "out of memory copying metadata");
  }
  if (m->published) {
    size_t n = strlen(m->published);
    d->pub_days = wt_parse_iso_date(m->published, n);
    if (d->pub_days == INT32_MIN) {
      /* the value quoted on one line: control bytes as '?', cut at 40 bytes
       * on a character boundary (d->published is already valid UTF-8) */
      char shown[48];
      size_t k = 0;
      for (const unsigned char *p = (const unsigned char *)d->published; *p && k < 40;) {
        size_t c = *p < 0x80 ? 1 : *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : 2;
        if (k + c > 40) break;
        if (*p < 0x20 || *p == 0x7F) {
          shown[k++] = '?';
          p++;
        } else {
          for (size_t j = 0; j < c && *p; j++) shown[k++] = (char)*p++;
        }
      }
      shown[k] = 0;
      return wt_fail(d, WARTA_ERR_SYNTAX, -1, "published date '%s' is not YYYY-MM-DD", shown);
    }
    d->published = wt_date_str(&d->arena, d->pub_days);
    if (!d->published) return wt_fail(d, WARTA_ERR_NOMEM, -1, "out of memory copying metadata");
  }
  return WARTA_OK;
}

int warta_extract(warta_doc *doc, const char *text, size_t len, const warta_meta *meta, unsigned flags) {
  if (!doc) return WARTA_ERR_ARG;
  reset(doc);
  if (!text && len) return wt_fail(doc, WARTA_ERR_ARG, -1, "text is NULL");
  if (!text) text = "";
  int rc = copy_meta(doc, meta);
  if (rc == WARTA_OK) rc = wt_text_prepare(doc, text, len, flags);
  if (rc == WARTA_OK) rc = wt_segment(doc);
  if (rc == WARTA_OK) {
    wt_boilerplate(doc);
    rc = wt_dateline(doc);
  }
  if (!(flags & WARTA_SEGMENT_ONLY)) {
    if (rc == WARTA_OK) rc = wt_annotate(doc);
    if (rc == WARTA_OK) rc = wt_entities(doc);
    if (rc == WARTA_OK) rc = wt_dates(doc);
    if (rc == WARTA_OK) rc = wt_quotes(doc);
    if (rc == WARTA_OK) rc = wt_speakers(doc);
    if (rc == WARTA_OK) rc = wt_sources(doc);
  }
  if (rc == WARTA_OK) rc = wt_finish(doc);
  if (rc != WARTA_OK) {
    if (!doc->err[0]) wt_fail(doc, rc, -1, "%s", warta_status_str(rc));
    doc->has_result = false;
    return rc;
  }
  doc->has_result = true;
  return WARTA_OK;
}

/* The public views of paragraphs and the body span. */
int wt_finish(warta_doc *doc) {
  const wt_para *paras = doc->paras.data;
  if (wt_vec_reserve(&doc->pubparas, doc->paras.len) != 0)
    return wt_fail(doc, WARTA_ERR_NOMEM, -1, "out of memory");
  warta_paragraph *pp = doc->pubparas.data;
  uint32_t b0 = UINT32_MAX, b1 = 0;
  for (size_t i = 0; i < doc->paras.len; i++) {
    pp[i].span = (warta_span){paras[i].start, paras[i].end};
    pp[i].boilerplate = paras[i].boiler != 0;
    if (!paras[i].boiler) {
      if (b0 == UINT32_MAX) b0 = paras[i].start;
      b1 = paras[i].end;
    }
  }
  doc->pubparas.len = doc->paras.len;
  doc->body = b0 == UINT32_MAX ? (warta_span){0, 0} : (warta_span){b0, b1};
  if (wt_quotes_publish(doc) != WARTA_OK || wt_entities_finish(doc) != WARTA_OK)
    return wt_fail(doc, WARTA_ERR_NOMEM, -1, "out of memory");
  return WARTA_OK;
}
