/*
 * cmd_ingest_json.c — `warta ingest --results`: a line of `warta extract
 * --with-text --format jsonl` output (schema 1) back into a
 * warta_store_record, so results extracted elsewhere (shards of a scale-out
 * run) go into the store without extracting again.
 */
#define _GNU_SOURCE /* memmem */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cli.h"

/* Every allocation of one record, freed together. */
typedef struct pool {
  void **p;
  size_t n, cap;
  bool oom;
} pool;

static void *palloc(pool *pl, size_t n) {
  if (pl->oom) return NULL;
  if (pl->n == pl->cap) {
    size_t nc = pl->cap ? pl->cap * 2 : 16;
    void **np = realloc(pl->p, nc * sizeof *np);
    if (!np) {
      pl->oom = true;
      return NULL;
    }
    pl->p = np;
    pl->cap = nc;
  }
  void *x = calloc(1, n ? n : 1);
  if (!x) {
    pl->oom = true;
    return NULL;
  }
  pl->p[pl->n++] = x;
  return x;
}

static void pfree(pool *pl) {
  for (size_t i = 0; i < pl->n; i++) free(pl->p[i]);
  free(pl->p);
}

static const char *str(const cJSON *o, const char *k) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* A [start, end] pair; false when absent or malformed. */
static bool span(const cJSON *v, size_t len, warta_span *out) {
  if (!cJSON_IsArray(v) || cJSON_GetArraySize(v) != 2) return false;
  const cJSON *a = cJSON_GetArrayItem(v, 0), *b = cJSON_GetArrayItem(v, 1);
  if (!cJSON_IsNumber(a) || !cJSON_IsNumber(b)) return false;
  double s = a->valuedouble, e = b->valuedouble;
  if (s < 0 || e < s || e > (double)len) return false;
  out->start = (uint32_t)s;
  out->end = (uint32_t)e;
  return true;
}

/* Where word occurs in text nearest before (else after) pos, within 300
 * bytes; {0,0} when it does not. */
static warta_span find_near(const char *text, size_t len, const char *word, size_t pos) {
  size_t n = word ? strlen(word) : 0;
  warta_span none = {0, 0};
  if (!n || n > len) return none;
  size_t lo = pos > 300 ? pos - 300 : 0, hi = pos + 300 < len ? pos + 300 : len;
  size_t best = (size_t)-1, bestd = (size_t)-1;
  for (size_t i = lo; i + n <= hi; i++) {
    if (memcmp(text + i, word, n) != 0) continue;
    size_t d = i <= pos ? pos - i : (i - pos) + 300; /* before wins */
    if (d < bestd) {
      bestd = d;
      best = i;
    }
  }
  if (best == (size_t)-1) return none;
  return (warta_span){(uint32_t)best, (uint32_t)(best + n)};
}

static warta_span find_in(const char *text, warta_span within, const char *word) {
  warta_span none = {0, 0};
  size_t n = word ? strlen(word) : 0;
  if (!n || within.end - within.start < n) return none;
  for (size_t i = within.start; i + n <= within.end; i++)
    if (!memcmp(text + i, word, n)) return (warta_span){(uint32_t)i, (uint32_t)(i + n)};
  return none;
}

/* Spans from [{"span": [s, e], ...}, ...] or [[s, e], ...]. */
static const warta_span *span_list(pool *pl, const cJSON *arr, size_t len, uint32_t *count, bool *bad) {
  *count = 0;
  if (!cJSON_IsArray(arr)) return NULL;
  int n = cJSON_GetArraySize(arr);
  if (n <= 0) return NULL;
  warta_span *v = palloc(pl, (size_t)n * sizeof *v);
  if (!v) return NULL;
  const cJSON *it;
  cJSON_ArrayForEach(it, arr) {
    const cJSON *sp = cJSON_IsObject(it) ? cJSON_GetObjectItemCaseSensitive(it, "span") : it;
    if (!span(sp, len, &v[*count])) {
      *bad = true;
      return NULL;
    }
    ++*count;
  }
  return v;
}

warta_store_prepared *cli_prepare_result(const char *line, size_t n, const char *outlet, const char *published,
                                         int *status, char *err, size_t errcap) {
  warta_store_prepared *prep = NULL;
  *status = WARTA_OK;
  /* cJSON reads a NUL inside a string, raw or as \u0000, and the string
   * would end there: the text cut short without a word */
  const char *nul = memchr(line, 0, n);
  if (nul || memmem(line, n, "\\u0000", 6)) {
    if (nul) snprintf(err, errcap, "NUL byte at byte %zu of the line", (size_t)(nul - line) + 1);
    else snprintf(err, errcap, "the line holds a NUL character (\\u0000)");
    *status = WARTA_ERR_SYNTAX;
    return NULL;
  }
  /* cJSON's parser writes a global error position: one parse at a time */
  static pthread_mutex_t parse_mu = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&parse_mu);
  cJSON *j = cJSON_ParseWithLength(line, n);
  pthread_mutex_unlock(&parse_mu);
  if (!j) {
    /* cJSON_GetErrorPtr is global: not used, the threads would race on it */
    snprintf(err, errcap, "not valid JSON");
    *status = WARTA_ERR_SYNTAX;
    return NULL;
  }
  int rc = WARTA_OK;
  pool pl = {0};
  const cJSON *ver = cJSON_GetObjectItemCaseSensitive(j, "warta");
  const char *text = str(j, "text");
  if (!cJSON_IsNumber(ver) || ver->valuedouble != 1) {
    snprintf(err, errcap, "not a warta result of schema 1 (\"warta\": 1)");
    rc = WARTA_ERR_SYNTAX;
    goto out;
  }
  if (!text) {
    snprintf(err, errcap, "the result has no \"text\" (extract with --with-text)");
    rc = WARTA_ERR_SYNTAX;
    goto out;
  }
  warta_store_record r;
  memset(&r, 0, sizeof r);
  r.text = text;
  r.len = strlen(text);
  r.id = str(j, "id");
  r.url = str(j, "url");
  r.title = str(j, "title");
  r.published = str(j, "published") ? str(j, "published") : published;
  r.outlet = outlet;
  bool bad = false;

  const cJSON *dl = cJSON_GetObjectItemCaseSensitive(j, "dateline");
  warta_dateline dateline;
  if (cJSON_IsObject(dl)) {
    memset(&dateline, 0, sizeof dateline);
    if (!span(cJSON_GetObjectItemCaseSensitive(dl, "span"), r.len, &dateline.span)) bad = true;
    dateline.place = find_in(text, dateline.span, str(dl, "place"));
    dateline.outlet = find_in(text, dateline.span, str(dl, "outlet"));
    r.dateline = &dateline;
  }

  /* entities, indexed by their "id" */
  const cJSON *ents = cJSON_GetObjectItemCaseSensitive(j, "entities");
  int ne = cJSON_IsArray(ents) ? cJSON_GetArraySize(ents) : 0;
  warta_entity *ev = ne > 0 ? palloc(&pl, (size_t)ne * sizeof *ev) : NULL;
  /* as numbers: a cast to int is undefined past its range (1e300) */
  double *ids = ne > 0 ? palloc(&pl, (size_t)ne * sizeof *ids) : NULL;
  if (ne > 0 && (!ev || !ids)) goto oom;
  int k = 0;
  const cJSON *it;
  if (ne > 0) cJSON_ArrayForEach(it, ents) {
      const cJSON *idv = cJSON_GetObjectItemCaseSensitive(it, "id");
      const cJSON *ty = cJSON_GetObjectItemCaseSensitive(it, "type");
      ids[k] = cJSON_IsNumber(idv) ? idv->valuedouble : k;
      const char *t = cJSON_IsString(ty) ? ty->valuestring : "";
      ev[k].type = !strcmp(t, "PER") ? WARTA_PER : !strcmp(t, "ORG") ? WARTA_ORG : !strcmp(t, "LOC") ? WARTA_LOC
                   : !strcmp(t, "MEDIA") ? WARTA_MEDIA : 0;
      ev[k].name = str(it, "name");
      ev[k].mentions = span_list(&pl, cJSON_GetObjectItemCaseSensitive(it, "mentions"), r.len, &ev[k].nmentions, &bad);
      ev[k].roles = span_list(&pl, cJSON_GetObjectItemCaseSensitive(it, "roles"), r.len, &ev[k].nroles, &bad);
      ev[k].affiliations =
          span_list(&pl, cJSON_GetObjectItemCaseSensitive(it, "affiliations"), r.len, &ev[k].naffiliations, &bad);
      k++;
    }
  r.entities = ev;
  r.nentities = (size_t)ne;

  const cJSON *qs = cJSON_GetObjectItemCaseSensitive(j, "quotes");
  int nq = cJSON_IsArray(qs) ? cJSON_GetArraySize(qs) : 0;
  warta_quote *qv = nq > 0 ? palloc(&pl, (size_t)nq * sizeof *qv) : NULL;
  if (nq > 0 && !qv) goto oom;
  k = 0;
  if (nq > 0) cJSON_ArrayForEach(it, qs) {
      warta_quote *q = &qv[k++];
      const char *kind = str(it, "kind");
      q->kind = !kind ? 0 : !strcmp(kind, "direct") ? WARTA_DIRECT : !strcmp(kind, "partial") ? WARTA_PARTIAL
                : !strcmp(kind, "indirect") ? WARTA_INDIRECT : !strcmp(kind, "mixed") ? WARTA_MIXED : 0;
      if (!span(cJSON_GetObjectItemCaseSensitive(it, "content"), r.len, &q->content)) bad = true;
      const cJSON *cue = cJSON_GetObjectItemCaseSensitive(it, "cue");
      if (!cJSON_IsNull(cue) && cue && !span(cue, r.len, &q->cue)) bad = true;
      const cJSON *sp = cJSON_GetObjectItemCaseSensitive(it, "speaker");
      q->entity = -1;
      if (cJSON_IsObject(sp)) {
        const cJSON *m = cJSON_GetObjectItemCaseSensitive(sp, "mention");
        if (!cJSON_IsNull(m) && m && !span(m, r.len, &q->speaker)) bad = true;
        const cJSON *e = cJSON_GetObjectItemCaseSensitive(sp, "entity");
        if (cJSON_IsNumber(e)) {
          for (int x = 0; x < ne; x++)
            if (ids[x] == e->valuedouble) q->entity = x;
          if (q->entity < 0) bad = true;
        }
      }
      const cJSON *conf = cJSON_GetObjectItemCaseSensitive(it, "confidence");
      q->confidence = cJSON_IsNumber(conf) ? (float)conf->valuedouble : 0.0f;
      const cJSON *srcs = cJSON_GetObjectItemCaseSensitive(it, "sources");
      int ns = cJSON_IsArray(srcs) ? cJSON_GetArraySize(srcs) : 0;
      if (ns > 0) {
        warta_source *sv = palloc(&pl, (size_t)ns * sizeof *sv);
        if (!sv) goto oom;
        const cJSON *s;
        uint32_t m = 0;
        cJSON_ArrayForEach(s, srcs) {
          sv[m].name = str(s, "name");
          sv[m].date = str(s, "date");
          const cJSON *ssp = cJSON_GetObjectItemCaseSensitive(s, "span");
          if (ssp && !cJSON_IsNull(ssp) && !span(ssp, r.len, &sv[m].span)) bad = true;
          sv[m].cue = find_near(text, r.len, str(s, "cue"), sv[m].span.start);
          m++;
        }
        q->sources = sv;
        q->nsources = m;
      }
    }
  r.quotes = qv;
  r.nquotes = (size_t)nq;
  if (bad) {
    snprintf(err, errcap, "a span, entity or quote field is malformed or outside the text");
    rc = WARTA_ERR_SYNTAX;
    goto out;
  }
  if (pl.oom) goto oom;
  prep = warta_store_prepare_record(&r); /* a deep copy: the JSON can go */
  if (!prep) goto oom;
  goto out;
oom:
  snprintf(err, errcap, "out of memory");
  rc = WARTA_ERR_NOMEM;
out:
  pfree(&pl);
  cJSON_Delete(j);
  *status = rc;
  return prep;
}
