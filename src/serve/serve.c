/*
 * serve.c — the HTTP API and the web page as a function of the request:
 * (method, raw path, raw query string, content type, body) in, (status,
 * content type, body) out.  No sockets: `warta serve` (cli/cmd_serve.c)
 * reads requests with libmicrohttpd and calls warta_serve_handle; the tests
 * and the fuzzer call it directly.
 *
 * Order of checks, so that every bad request gets the most specific 4xx
 * before any work is done: query string length (414), path decoding and
 * ".." (400), route (404), method (405), body length (413), query string
 * decoding and parameters (400), then the handler.  Reads go through the
 * Store API on one read-only connection per handler; extraction through
 * warta_extract on one warta_doc per handler.
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "serve_assets.h"
#include "serve_int.h"

#define JSON_TYPE "application/json; charset=utf-8"
#define MARK_OPEN "\x02"
#define MARK_CLOSE "\x03"
#define MAX_PARAMS 24
#define MAX_OFFSET 1000000u
#define TIMELINE_CAP 100000u /* quotes counted for a speaker's chart */
#define DEFAULT_SPEAKER_QUOTES 50u

static const char oom_body[] = "{\"error\":{\"status\":503,\"message\":\"out of memory\"}}";

struct warta_serve {
  char *db;
  const warta_engine *eng;
  warta_store *st;   /* read-only, opened on first use */
  sqlite3 *docs;     /* docs.c's read-only connection */
  warta_doc *doc;    /* for /api/extract */
#ifdef WARTA_SERVE_HTML
  warta_html *html;
#endif
  wt_sbuf out, tmp;
  char msg[512];
};

/* ------------------------------------------------------------ buffers */

static int sb_grow(wt_sbuf *b, size_t need) {
  if (b->oom) return 0;
  if (b->n + need + 1 <= b->cap) return 1;
  size_t cap = b->cap ? b->cap : 4096;
  while (cap < b->n + need + 1) {
    if (cap > SIZE_MAX / 2) {
      b->oom = 1;
      return 0;
    }
    cap *= 2;
  }
  char *p = wt_realloc(b->p, cap);
  if (!p) {
    b->oom = 1;
    return 0;
  }
  b->p = p;
  b->cap = cap;
  return 1;
}

void wt_sb_put(wt_sbuf *b, const char *s, size_t n) {
  if (!sb_grow(b, n)) return;
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}

void wt_sb_puts(wt_sbuf *b, const char *s) { wt_sb_put(b, s, strlen(s)); }

void wt_sb_printf(wt_sbuf *b, const char *fmt, ...) {
  char tmp[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n < sizeof tmp) {
    wt_sb_put(b, tmp, (size_t)n);
    return;
  }
  if (!sb_grow(b, (size_t)n)) return;
  va_start(ap, fmt);
  vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->n += (size_t)n;
}

static int sb_write(void *ctx, const char *buf, size_t len) {
  wt_sbuf *b = ctx;
  wt_sb_put(b, buf, len);
  return b->oom;
}

void wt_sb_jstrn(wt_sbuf *b, const char *s, size_t n) {
  if (!s) wt_sb_puts(b, "null");
  else warta_json_string(sb_write, b, s, n);
}

void wt_sb_jstr(wt_sbuf *b, const char *s) { wt_sb_jstrn(b, s, s ? strlen(s) : 0); }

void wt_sb_key(wt_sbuf *b, const char *key) {
  wt_sb_put(b, ",\"", 2);
  wt_sb_puts(b, key);
  wt_sb_put(b, "\":", 2);
}

static void sb_reset(wt_sbuf *b) {
  /* keep a moderate buffer between requests, give a huge one back */
  if (b->cap > (1u << 20)) {
    wt_free(b->p);
    b->p = NULL;
    b->cap = 0;
  }
  b->n = 0;
  b->oom = 0;
  if (b->p) b->p[0] = 0;
}

/* ------------------------------------------------------------ handler */

warta_serve *warta_serve_new(const warta_serve_config *cfg) {
  if (!cfg) return NULL;
  warta_serve *sv = wt_calloc(1, sizeof *sv);
  if (!sv) return NULL;
  if (cfg->db) {
    size_t n = strlen(cfg->db);
    sv->db = wt_malloc(n + 1);
    if (!sv->db) {
      wt_free(sv);
      return NULL;
    }
    memcpy(sv->db, cfg->db, n + 1);
  }
  sv->eng = cfg->engine;
  return sv;
}

void warta_serve_free(warta_serve *sv) {
  if (!sv) return;
  warta_store_close(sv->st);
  wt_serve_docs_close(&sv->docs);
  warta_doc_free(sv->doc);
#ifdef WARTA_SERVE_HTML
  warta_html_free(sv->html);
#endif
  wt_free(sv->out.p);
  wt_free(sv->tmp.p);
  wt_free(sv->db);
  wt_free(sv);
}

/* ------------------------------------------------------------ answers */

static int answer(warta_serve *sv, warta_serve_response *rs, int status, const char *type) {
  if (sv->out.oom) {
    rs->status = 503;
    rs->content_type = JSON_TYPE;
    rs->body = oom_body;
    rs->len = sizeof oom_body - 1;
    rs->cache = "no-store";
    return WARTA_ERR_NOMEM;
  }
  rs->status = status;
  rs->content_type = type;
  rs->body = sv->out.p ? sv->out.p : "";
  rs->len = sv->out.n;
  return WARTA_OK;
}

static int fail(warta_serve *sv, warta_serve_response *rs, int status, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int fail(warta_serve *sv, warta_serve_response *rs, int status, const char *fmt, ...) {
  char msg[600];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  sb_reset(&sv->out);
  wt_sb_printf(&sv->out, "{\"error\":{\"status\":%d,\"message\":", status);
  wt_sb_jstr(&sv->out, msg);
  wt_sb_puts(&sv->out, "}}");
  rs->cache = "no-store";
  int rc = answer(sv, rs, status, JSON_TYPE);
  if (rc != WARTA_OK) return rc;
  return status >= 500 && status != 503 ? WARTA_ERR_IO : WARTA_OK;
}

/* The HTTP answer to a store failure. */
static int store_fail(warta_serve *sv, warta_serve_response *rs, int rc, int not_found) {
  const char *m = warta_store_errmsg(sv->st);
  switch (rc) {
  case WARTA_ERR_SYNTAX: return fail(sv, rs, 400, "%s", m);
  case WARTA_ERR_ARG: return fail(sv, rs, not_found ? 404 : 400, "%s", m);
  case WARTA_ERR_NOMEM: sv->out.oom = 1; return answer(sv, rs, 503, JSON_TYPE);
  default:
    fail(sv, rs, 500, "the store failed: %s", m);
    /* a broken connection is opened again on the next request */
    warta_store_close(sv->st);
    sv->st = NULL;
    return WARTA_ERR_IO;
  }
}

static int open_store(warta_serve *sv, warta_serve_response *rs) {
  if (sv->st) return 0;
  if (!sv->db) {
    fail(sv, rs, 503, "no store: start the server with --db");
    return -1;
  }
  warta_store *st = NULL;
  int rc = warta_store_open(sv->db, WARTA_STORE_READONLY, &st);
  if (rc != WARTA_OK) {
    if (rc == WARTA_ERR_NOMEM) sv->out.oom = 1;
    fail(sv, rs, 503, "the store is not available: %s", st ? warta_store_errmsg(st) : "out of memory");
    warta_store_close(st);
    return -1;
  }
  sv->st = st;
  return 0;
}

/* ----------------------------------------------------- decoding input */

/* Length of the valid UTF-8 sequence at s[0..n), 0 when invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  if (c < 0x80) return 1;
  if (c < 0xC2 || c > 0xF4) return 0;
  size_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (n < len) return 0;
  for (size_t i = 1; i < len; i++)
    if ((s[i] & 0xC0) != 0x80) return 0;
  if (c == 0xE0 && s[1] < 0xA0) return 0; /* overlong */
  if (c == 0xED && s[1] >= 0xA0) return 0; /* surrogate */
  if (c == 0xF0 && s[1] < 0x90) return 0; /* overlong */
  if (c == 0xF4 && s[1] >= 0x90) return 0; /* > U+10FFFF */
  return len;
}

static int valid_utf8(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    if (p[i] == 0) return 0;
    size_t k = utf8_seq(p + i, n - i);
    if (!k) return 0;
    i += k;
  }
  return 1;
}

static int hexval(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Percent-decodes s[0..n) into out (room for n + 1 bytes), '+' as a space
 * when plus.  Returns the decoded length, or -1 for a malformed escape. */
static long pct_decode(const char *s, size_t n, char *out, int plus) {
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == '%') {
      if (i + 2 >= n) return -1;
      int h = hexval((unsigned char)s[i + 1]), l = hexval((unsigned char)s[i + 2]);
      if (h < 0 || l < 0) return -1;
      out[o++] = (char)(h * 16 + l);
      i += 2;
    } else if (c == '+' && plus) {
      out[o++] = ' ';
    } else {
      out[o++] = c;
    }
  }
  out[o] = 0;
  return (long)o;
}

typedef struct params {
  size_t n;
  struct {
    const char *key, *val;
    int used;
  } v[MAX_PARAMS];
  char *mem;
} params;

/* Splits and decodes a query string.  Returns 0, or -1 with msg set. */
static int parse_query(const char *q, size_t len, params *p, char *msg, size_t cap) {
  memset(p, 0, sizeof *p);
  if (!q || !len) return 0;
  /* decoded names and values are never longer than their raw bytes; each
   * piece adds two NULs and takes at least one raw byte */
  p->mem = wt_malloc(2 * len + 2);
  if (!p->mem) {
    snprintf(msg, cap, "out of memory");
    return -2;
  }
  char *w = p->mem;
  size_t i = 0;
  while (i < len) {
    size_t j = i;
    while (j < len && q[j] != '&') j++;
    if (j > i) {
      size_t eq = i;
      while (eq < j && q[eq] != '=') eq++;
      if (eq == i) {
        snprintf(msg, cap, "malformed query string: a parameter without a name at byte %zu", i);
        return -1;
      }
      if (p->n == MAX_PARAMS) {
        snprintf(msg, cap, "too many query parameters (at most %d)", MAX_PARAMS);
        return -1;
      }
      long kl = pct_decode(q + i, eq - i, w, 1);
      if (kl < 0) {
        snprintf(msg, cap, "malformed query string: bad %%-escape in a name at byte %zu", i);
        return -1;
      }
      if (!valid_utf8(w, (size_t)kl)) {
        snprintf(msg, cap, "query string: a parameter name is not valid UTF-8");
        return -1;
      }
      const char *key = w;
      w += kl + 1;
      size_t vs = eq < j ? eq + 1 : j;
      long vl = pct_decode(q + vs, j - vs, w, 1);
      if (vl < 0) {
        snprintf(msg, cap, "malformed query string: bad %%-escape in '%.40s' at byte %zu", key, vs);
        return -1;
      }
      if (!valid_utf8(w, (size_t)vl)) {
        snprintf(msg, cap, "query string: the value of '%.40s' is not valid UTF-8 (or holds a NUL)", key);
        return -1;
      }
      for (size_t k = 0; k < p->n; k++)
        if (!strcmp(p->v[k].key, key)) {
          snprintf(msg, cap, "query string: '%.40s' is given twice", key);
          return -1;
        }
      p->v[p->n].key = key;
      p->v[p->n].val = w;
      p->n++;
      w += vl + 1;
    }
    i = j + 1;
  }
  return 0;
}

static const char *param(params *p, const char *key) {
  for (size_t k = 0; k < p->n; k++)
    if (!strcmp(p->v[k].key, key)) {
      p->v[k].used = 1;
      return p->v[k].val;
    }
  return NULL;
}

/* The first parameter no handler asked for, or NULL. */
static const char *unused_param(const params *p) {
  for (size_t k = 0; k < p->n; k++)
    if (!p->v[k].used) return p->v[k].key;
  return NULL;
}

/* A decimal number in [lo, hi]; -1 when s is not one. */
static int64_t parse_num(const char *s, int64_t lo, int64_t hi) {
  if (!s || !*s || strlen(s) > 19) return -1;
  int64_t v = 0;
  for (const char *c = s; *c; c++) {
    if (*c < '0' || *c > '9') return -1;
    if (v > (INT64_MAX - (*c - '0')) / 10) return -1;
    v = v * 10 + (*c - '0');
  }
  return v < lo || v > hi ? -1 : v;
}

/* limit: a positive number, clamped to WARTA_SERVE_MAX_RESULTS (also when
 * it is too big for any integer type); 0 when s is not one. */
static size_t parse_limit(const char *s) {
  size_t nz = 0, n = 0;
  for (const char *c = s; *c; c++) {
    if (*c < '0' || *c > '9') return 0;
    if (*c != '0' || nz) nz++;
    if (nz && nz <= 4) n = n * 10 + (size_t)(*c - '0');
  }
  if (!nz) return 0;
  return nz > 4 || n > WARTA_SERVE_MAX_RESULTS ? WARTA_SERVE_MAX_RESULTS : n;
}

static int parse_bool(const char *s) {
  if (!s) return 0;
  if (!strcmp(s, "1") || !strcmp(s, "true") || !strcmp(s, "yes") || !*s) return 1;
  if (!strcmp(s, "0") || !strcmp(s, "false") || !strcmp(s, "no")) return 0;
  return -1;
}

/* --------------------------------------------------------- JSON rows */

/* s with the store's match marks as <mark>..</mark> and everything else
 * HTML-escaped, as a JSON string: the page can show it as HTML. */
static void put_marked(warta_serve *sv, const char *s) {
  if (!s) {
    wt_sb_puts(&sv->out, "null");
    return;
  }
  wt_sbuf *t = &sv->tmp;
  sb_reset(t);
  for (const char *c = s; *c; c++) {
    switch (*c) {
    case '\x02': wt_sb_puts(t, "<mark>"); break;
    case '\x03': wt_sb_puts(t, "</mark>"); break;
    case '&': wt_sb_puts(t, "&amp;"); break;
    case '<': wt_sb_puts(t, "&lt;"); break;
    case '>': wt_sb_puts(t, "&gt;"); break;
    case '"': wt_sb_puts(t, "&quot;"); break;
    case '\'': wt_sb_puts(t, "&#39;"); break;
    default: wt_sb_put(t, c, 1);
    }
  }
  if (t->oom) {
    sv->out.oom = 1;
    return;
  }
  wt_sb_jstrn(&sv->out, t->p ? t->p : "", t->n);
}

static void put_id(wt_sbuf *b, const char *key, int64_t v) {
  wt_sb_key(b, key);
  if (v) wt_sb_printf(b, "%" PRId64, v);
  else wt_sb_puts(b, "null");
}

static void put_num(wt_sbuf *b, const char *key, double v) {
  wt_sb_key(b, key);
  if (isfinite(v)) wt_sb_printf(b, "%.3g", v);
  else wt_sb_puts(b, "null");
}

/* The fields of a quote, without the closing brace. */
static void put_quote(warta_serve *sv, const warta_store_quote *q) {
  wt_sbuf *b = &sv->out;
  wt_sb_printf(b, "{\"id\":%" PRId64 ",\"document\":%" PRId64, q->id, q->document);
  wt_sb_key(b, "published");
  wt_sb_jstr(b, q->published);
  wt_sb_key(b, "outlet");
  wt_sb_jstr(b, q->outlet);
  wt_sb_key(b, "title");
  wt_sb_jstr(b, q->title);
  wt_sb_key(b, "url");
  wt_sb_jstr(b, q->url);
  wt_sb_key(b, "kind");
  wt_sb_jstr(b, warta_quote_kind_str(q->kind));
  wt_sb_key(b, "speaker");
  wt_sb_jstr(b, q->speaker);
  put_id(b, "speaker_id", q->speaker_id);
  wt_sb_key(b, "role");
  wt_sb_jstr(b, q->role);
  wt_sb_key(b, "cue");
  wt_sb_jstr(b, q->cue);
  wt_sb_key(b, "sources");
  wt_sb_jstr(b, q->sources);
  put_num(b, "confidence", (double)q->confidence);
  put_id(b, "group", q->group);
  wt_sb_key(b, "text");
  wt_sb_jstr(b, q->text);
  wt_sb_key(b, "highlighted");
  put_marked(sv, q->highlighted ? q->highlighted : q->text);
}

/* ---------------------------------------------------- filter parameters */

static const char *const kinds[] = {NULL, "direct", "partial", "indirect", "mixed"};

/* Reads the search filters from p into f.  what: 1 quotes, 2 documents,
 * 3 speakers.  Returns 0, or -1 after writing a 400. */
static int read_filter(warta_serve *sv, warta_serve_response *rs, params *p, int what, warta_store_filter *f) {
  memset(f, 0, sizeof *f);
  f->query = param(p, "q");
  f->outlet = param(p, "outlet");
  f->from = param(p, "from");
  f->to = param(p, "to");
  if (what != 2) {
    f->speaker = param(p, "speaker");
    f->source = param(p, "source");
    const char *v = param(p, "speaker_id");
    if (v && *v) {
      int64_t id = parse_num(v, 1, INT64_MAX);
      if (id < 0) return fail(sv, rs, 400, "speaker_id: '%.40s' is not an id", v), -1;
      f->speaker_id = id;
    }
    if ((v = param(p, "kind")) && *v) {
      for (int k = 1; k <= 4; k++)
        if (!strcmp(v, kinds[k])) f->kind = k;
      if (!f->kind) return fail(sv, rs, 400, "kind: '%.40s' is not direct, partial, indirect or mixed", v), -1;
    }
  }
  const char *v;
  if (what != 3 && (v = param(p, "sort")) && *v) {
    if (!strcmp(v, "date")) f->sort = WARTA_SORT_DATE;
    else if (!strcmp(v, "rank")) f->sort = WARTA_SORT_RANK;
    else return fail(sv, rs, 400, "sort: '%.40s' is not date or rank", v), -1;
  }
  f->limit = 20;
  if ((v = param(p, "limit")) && *v) {
    size_t n = parse_limit(v);
    if (!n) return fail(sv, rs, 400, "limit: '%.40s' is not a positive number", v), -1;
    f->limit = n;
  }
  if ((v = param(p, "offset")) && *v) {
    int64_t n = parse_num(v, 0, MAX_OFFSET);
    if (n < 0) return fail(sv, rs, 400, "offset: '%.40s' is not a number from 0 to %u", v, MAX_OFFSET), -1;
    f->offset = (size_t)n;
  }
  /* empty values are the same as absent ones */
  if (f->query && !*f->query) f->query = NULL;
  if (f->speaker && !*f->speaker) f->speaker = NULL;
  if (f->source && !*f->source) f->source = NULL;
  if (f->outlet && !*f->outlet) f->outlet = NULL;
  if (f->from && !*f->from) f->from = NULL;
  if (f->to && !*f->to) f->to = NULL;
  f->mark_open = MARK_OPEN;
  f->mark_close = MARK_CLOSE;
  return 0;
}

static int check_unused(warta_serve *sv, warta_serve_response *rs, const params *p) {
  const char *u = unused_param(p);
  if (u) return fail(sv, rs, 400, "unknown parameter '%.60s'", u), -1;
  return 0;
}

/* ------------------------------------------------------------ search */

typedef struct rows {
  warta_serve *sv;
  size_t n, limit;
  int more;
} rows;

static int on_quote(void *ctx, const warta_store_quote *q) {
  rows *r = ctx;
  if (r->n == r->limit) {
    r->more = 1;
    return 1;
  }
  if (r->n) wt_sb_put(&r->sv->out, ",", 1);
  put_quote(r->sv, q);
  wt_sb_put(&r->sv->out, "}", 1);
  r->n++;
  return r->sv->out.oom;
}

static int on_document(void *ctx, const warta_store_document *d) {
  rows *r = ctx;
  if (r->n == r->limit) {
    r->more = 1;
    return 1;
  }
  warta_serve *sv = r->sv;
  wt_sbuf *b = &sv->out;
  if (r->n) wt_sb_put(b, ",", 1);
  wt_sb_printf(b, "{\"id\":%" PRId64, d->id);
  wt_sb_key(b, "published");
  wt_sb_jstr(b, d->published);
  wt_sb_key(b, "outlet");
  wt_sb_jstr(b, d->outlet);
  wt_sb_key(b, "title");
  wt_sb_jstr(b, d->title);
  wt_sb_key(b, "url");
  wt_sb_jstr(b, d->url);
  wt_sb_key(b, "doc_id");
  wt_sb_jstr(b, d->ext_id);
  wt_sb_printf(b, ",\"quotes\":%u", d->quotes);
  wt_sb_key(b, "snippet");
  put_marked(sv, d->snippet);
  wt_sb_put(b, "}", 1);
  r->n++;
  return b->oom;
}

static void list_head(warta_serve *sv, const warta_store_filter *f) {
  sb_reset(&sv->out);
  wt_sb_printf(&sv->out, "{\"limit\":%zu,\"offset\":%zu,\"results\":[", f->limit, f->offset);
}

static int list_tail(warta_serve *sv, warta_serve_response *rs, const rows *r) {
  wt_sb_printf(&sv->out, "],\"count\":%zu,\"more\":%s}", r->n, r->more ? "true" : "false");
  return answer(sv, rs, 200, JSON_TYPE);
}

static int h_search(warta_serve *sv, warta_serve_response *rs, params *p) {
  warta_store_filter f;
  if (read_filter(sv, rs, p, 1, &f)) return WARTA_OK;
  int docs = parse_bool(param(p, "documents"));
  if (docs < 0) return fail(sv, rs, 400, "documents: give 1 or 0");
  if (check_unused(sv, rs, p)) return WARTA_OK;
  if (docs && (f.speaker || f.source || f.kind || f.speaker_id))
    return fail(sv, rs, 400, "documents=1 takes q, outlet, from, to, sort, limit and offset only");
  if (open_store(sv, rs)) return WARTA_OK;
  rows r = {sv, 0, f.limit, 0};
  list_head(sv, &f);
  f.limit++; /* one more row says whether there are more */
  int rc = docs ? warta_store_search_documents(sv->st, &f, on_document, &r)
                : warta_store_search(sv->st, &f, on_quote, &r);
  if (rc != WARTA_OK) return store_fail(sv, rs, rc, 0);
  return list_tail(sv, rs, &r);
}

/* ------------------------------------------------------------ speakers */

static void put_speaker(wt_sbuf *b, const warta_store_speaker *s) {
  wt_sb_printf(b, "{\"id\":%" PRId64, s->id);
  wt_sb_key(b, "name");
  wt_sb_jstr(b, s->name);
  wt_sb_key(b, "type");
  wt_sb_jstr(b, s->type);
  wt_sb_key(b, "role");
  wt_sb_jstr(b, s->role);
  wt_sb_printf(b, ",\"quotes\":%" PRIu64 ",\"documents\":%" PRIu64, s->quotes, s->documents);
  wt_sb_key(b, "first");
  wt_sb_jstr(b, s->first);
  wt_sb_key(b, "last");
  wt_sb_jstr(b, s->last);
  wt_sb_put(b, "}", 1);
}

static int on_speaker(void *ctx, const warta_store_speaker *s) {
  rows *r = ctx;
  if (r->n == r->limit) {
    r->more = 1;
    return 1;
  }
  if (r->n) wt_sb_put(&r->sv->out, ",", 1);
  put_speaker(&r->sv->out, s);
  r->n++;
  return r->sv->out.oom;
}

static int h_speakers(warta_serve *sv, warta_serve_response *rs, params *p) {
  warta_store_filter f;
  if (read_filter(sv, rs, p, 3, &f)) return WARTA_OK;
  if (check_unused(sv, rs, p)) return WARTA_OK;
  if (open_store(sv, rs)) return WARTA_OK;
  rows r = {sv, 0, f.limit, 0};
  list_head(sv, &f);
  f.limit++;
  int rc = warta_store_speakers(sv->st, &f, on_speaker, &r);
  if (rc != WARTA_OK) return store_fail(sv, rs, rc, 0);
  return list_tail(sv, rs, &r);
}

/* One speaker: who, their quotes per publication day (for the chart) and
 * their latest quotes. */
typedef struct day {
  char date[11];
  uint32_t n;
} day;

typedef struct timeline {
  rows r;
  day *days;
  size_t ndays, cap;
  uint64_t counted, undated;
  size_t skip; /* quotes to pass over before listing (offset) */
  int oom;
} timeline;

static int on_timeline_quote(void *ctx, const warta_store_quote *q) {
  timeline *t = ctx;
  t->counted++;
  if (!q->published || strlen(q->published) != 10) {
    t->undated++;
  } else if (t->ndays && !strcmp(t->days[t->ndays - 1].date, q->published)) {
    t->days[t->ndays - 1].n++;
  } else {
    if (t->ndays == t->cap) {
      size_t nc = t->cap ? t->cap * 2 : 64;
      day *nd = wt_realloc(t->days, nc * sizeof *nd);
      if (!nd) {
        t->oom = 1;
        return 1;
      }
      t->days = nd;
      t->cap = nc;
    }
    memcpy(t->days[t->ndays].date, q->published, 11);
    t->days[t->ndays].n = 1;
    t->ndays++;
  }
  if (t->skip) {
    t->skip--;
    return 0;
  }
  if (t->r.n < t->r.limit) return on_quote(&t->r, q);
  t->r.more = 1;
  return t->r.sv->out.oom;
}

static int h_speaker(warta_serve *sv, warta_serve_response *rs, params *p, int64_t id) {
  size_t limit = DEFAULT_SPEAKER_QUOTES, offset = 0;
  const char *v;
  if ((v = param(p, "limit")) && *v) {
    limit = parse_limit(v);
    if (!limit) return fail(sv, rs, 400, "limit: '%.40s' is not a positive number", v);
  }
  if ((v = param(p, "offset")) && *v) {
    int64_t n = parse_num(v, 0, MAX_OFFSET);
    if (n < 0) return fail(sv, rs, 400, "offset: '%.40s' is not a number from 0 to %u", v, MAX_OFFSET);
    offset = (size_t)n;
  }
  if (check_unused(sv, rs, p)) return WARTA_OK;
  if (open_store(sv, rs)) return WARTA_OK;
  sb_reset(&sv->out);
  wt_sb_puts(&sv->out, "{\"speaker\":");
  warta_store_filter f = {0};
  f.speaker_id = id;
  f.limit = 1;
  rows one = {sv, 0, 1, 0};
  int rc = warta_store_speakers(sv->st, &f, on_speaker, &one);
  if (rc != WARTA_OK) return store_fail(sv, rs, rc, 0);
  if (!one.n) return fail(sv, rs, 404, "no speaker %" PRId64 " in the store", id);
  wt_sb_printf(&sv->out, ",\"limit\":%zu,\"offset\":%zu,\"quotes\":[", limit, offset);
  timeline t = {{sv, 0, limit, 0}, NULL, 0, 0, 0, 0, offset, 0};
  f.limit = TIMELINE_CAP;
  f.sort = WARTA_SORT_DATE;
  rc = warta_store_search(sv->st, &f, on_timeline_quote, &t);
  if (t.oom) sv->out.oom = 1;
  if (rc != WARTA_OK) {
    wt_free(t.days);
    return store_fail(sv, rs, rc, 0);
  }
  wt_sb_printf(&sv->out, "],\"count\":%zu,\"more\":%s,\"timeline\":[", t.r.n, t.r.more ? "true" : "false");
  /* rows came newest first: the chart wants oldest first */
  for (size_t i = t.ndays; i-- > 0;)
    wt_sb_printf(&sv->out, "%s{\"date\":\"%s\",\"quotes\":%u}", i + 1 == t.ndays ? "" : ",", t.days[i].date,
                 t.days[i].n);
  wt_sb_printf(&sv->out, "],\"undated\":%" PRIu64 ",\"timeline_complete\":%s}", t.undated,
               t.counted < TIMELINE_CAP ? "true" : "false");
  wt_free(t.days);
  return answer(sv, rs, 200, JSON_TYPE);
}

/* ------------------------------------------------- one quote, trace */

static int on_detail(void *ctx, const warta_store_detail *d) {
  warta_serve *sv = ctx;
  wt_sbuf *b = &sv->out;
  put_quote(sv, &d->quote);
  wt_sb_key(b, "mention");
  wt_sb_jstr(b, d->mention);
  wt_sb_key(b, "speaker_type");
  wt_sb_jstr(b, d->speaker_type);
  wt_sb_key(b, "affiliation");
  wt_sb_jstr(b, d->affiliation);
  wt_sb_key(b, "aliases");
  wt_sb_jstr(b, d->aliases);
  wt_sb_key(b, "dateline");
  wt_sb_jstr(b, d->dateline);
  size_t n = d->context ? d->context_len : 0;
  size_t qs = d->quote_start, qe = d->quote_end;
  if (qe > n) qe = n;
  if (qs > qe) qs = qe;
  wt_sb_key(b, "context");
  wt_sb_jstrn(b, d->context ? d->context : "", n);
  /* the same in three parts, for a page that cannot count UTF-8 bytes */
  wt_sb_key(b, "context_before");
  wt_sb_jstrn(b, d->context ? d->context : "", qs);
  wt_sb_key(b, "context_quote");
  wt_sb_jstrn(b, d->context ? d->context + qs : "", qe - qs);
  wt_sb_key(b, "context_after");
  wt_sb_jstrn(b, d->context ? d->context + qe : "", n - qe);
  wt_sb_printf(b, ",\"quote_span\":[%zu,%zu],\"sources_chain\":[", qs, qe);
  for (size_t i = 0; i < d->nsources; i++) {
    wt_sb_puts(b, i ? ",{\"name\":" : "{\"name\":");
    wt_sb_jstr(b, d->sources[i].name);
    wt_sb_key(b, "cue");
    wt_sb_jstr(b, d->sources[i].cue);
    wt_sb_key(b, "date");
    wt_sb_jstr(b, d->sources[i].date);
    wt_sb_put(b, "}", 1);
  }
  wt_sb_printf(b, "],\"copies\":%zu}", d->copies);
  return b->oom;
}

static int h_quote(warta_serve *sv, warta_serve_response *rs, params *p, int64_t id) {
  if (check_unused(sv, rs, p)) return WARTA_OK;
  if (open_store(sv, rs)) return WARTA_OK;
  sb_reset(&sv->out);
  int rc = warta_store_show(sv->st, id, on_detail, sv);
  if (rc != WARTA_OK) return store_fail(sv, rs, rc, 1);
  return answer(sv, rs, 200, JSON_TYPE);
}

static int on_trace(void *ctx, const warta_store_quote *q) {
  rows *r = ctx;
  if (r->n == r->limit) {
    r->more = 1;
    return 1;
  }
  wt_sbuf *b = &r->sv->out;
  if (r->n) wt_sb_put(b, ",", 1);
  put_quote(r->sv, q);
  wt_sb_printf(b, ",\"order\":%zu,\"first\":%s", r->n + 1, r->n == 0 ? "true" : "false");
  put_num(b, "similarity", q->similarity);
  wt_sb_put(b, "}", 1);
  r->n++;
  return b->oom;
}

static int h_trace(warta_serve *sv, warta_serve_response *rs, params *p, int64_t id) {
  if (check_unused(sv, rs, p)) return WARTA_OK;
  if (open_store(sv, rs)) return WARTA_OK;
  sb_reset(&sv->out);
  wt_sb_printf(&sv->out, "{\"id\":%" PRId64 ",\"results\":[", id);
  rows r = {sv, 0, WARTA_SERVE_MAX_RESULTS, 0};
  int rc = warta_store_trace(sv->st, id, on_trace, &r);
  if (rc != WARTA_OK) return store_fail(sv, rs, rc, 1);
  return list_tail(sv, rs, &r);
}

static int h_document(warta_serve *sv, warta_serve_response *rs, params *p, int64_t id) {
  if (check_unused(sv, rs, p)) return WARTA_OK;
  if (!sv->db) return fail(sv, rs, 503, "no store: start the server with --db");
  sb_reset(&sv->out);
  char msg[300];
  int status = wt_serve_document(&sv->docs, sv->db, id, &sv->out, msg, sizeof msg);
  if (sv->out.oom) return answer(sv, rs, 503, JSON_TYPE);
  if (status != 200) return fail(sv, rs, status, "%s", msg);
  return answer(sv, rs, 200, JSON_TYPE);
}

/* ------------------------------------------------------- health, stats */

static int h_health(warta_serve *sv, warta_serve_response *rs, params *p) {
  if (check_unused(sv, rs, p)) return WARTA_OK;
  if (open_store(sv, rs)) {
    /* keep the error body, say unavailable */
    rs->status = 503;
    return WARTA_OK;
  }
  sb_reset(&sv->out);
  wt_sb_printf(&sv->out, "{\"status\":\"ok\",\"version\":\"%s\",\"schema\":%d,\"store_schema\":%d}",
               warta_version(), WARTA_SCHEMA_VERSION, WARTA_STORE_SCHEMA);
  return answer(sv, rs, 200, JSON_TYPE);
}

static int h_stats(warta_serve *sv, warta_serve_response *rs, params *p) {
  if (check_unused(sv, rs, p)) return WARTA_OK;
  if (open_store(sv, rs)) return WARTA_OK;
  warta_store_counts c;
  int rc = warta_store_stats(sv->st, &c);
  if (rc != WARTA_OK) return store_fail(sv, rs, rc, 0);
  sb_reset(&sv->out);
  wt_sb_printf(&sv->out,
               "{\"schema\":%d,\"documents\":%" PRIu64 ",\"quotes\":%" PRIu64 ",\"speakers\":%" PRIu64
               ",\"entities\":%" PRIu64 ",\"sources\":%" PRIu64 ",\"groups\":%" PRIu64,
               c.schema, c.documents, c.quotes, c.speakers, c.entities, c.sources, c.groups);
  wt_sb_key(&sv->out, "first");
  wt_sb_jstr(&sv->out, c.first[0] ? c.first : NULL);
  wt_sb_key(&sv->out, "last");
  wt_sb_jstr(&sv->out, c.last[0] ? c.last : NULL);
  wt_sb_put(&sv->out, "}", 1);
  return answer(sv, rs, 200, JSON_TYPE);
}

/* ------------------------------------------------------------ extract */

/* The media type of a Content-Type value, lower case, into out. */
static void media_type(const char *ct, char *out, size_t cap, char *charset, size_t ccap) {
  out[0] = 0;
  charset[0] = 0;
  if (!ct) return;
  while (*ct == ' ' || *ct == '\t') ct++;
  size_t n = 0;
  while (*ct && *ct != ';' && *ct != ' ' && *ct != '\t' && n + 1 < cap) {
    char c = *ct++;
    out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  out[n] = 0;
  const char *cs = strstr(ct, "charset=");
  if (!cs) cs = strstr(ct, "CHARSET=");
  if (cs) {
    cs += 8;
    if (*cs == '"') cs++;
    size_t k = 0;
    while (*cs && *cs != ';' && *cs != '"' && *cs != ' ' && k + 1 < ccap) {
      char c = *cs++;
      charset[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    charset[k] = 0;
  }
}

static int h_extract(warta_serve *sv, warta_serve_response *rs, params *p, const warta_serve_request *rq) {
  warta_meta m = {param(p, "id"), param(p, "published"), param(p, "title"), param(p, "url")};
  int repair = parse_bool(param(p, "repair"));
  if (repair < 0) return fail(sv, rs, 400, "repair: give 1 or 0");
  if (check_unused(sv, rs, p)) return WARTA_OK;
  if (m.published && !*m.published) m.published = NULL;
  char type[64], charset[32];
  media_type(rq->content_type, type, sizeof type, charset, sizeof charset);
  int html = 0;
  if (!type[0] || !strcmp(type, "text/plain")) {
    if (charset[0] && strcmp(charset, "utf-8") && strcmp(charset, "utf8") && strcmp(charset, "us-ascii"))
      return fail(sv, rs, 415, "text/plain bodies must be UTF-8, not %s", charset);
  } else if (!strcmp(type, "text/html") || !strcmp(type, "application/xhtml+xml")) {
#ifdef WARTA_SERVE_HTML
    html = 1;
#else
    return fail(sv, rs, 415, "this build does not read HTML: send the article as text/plain");
#endif
  } else {
    return fail(sv, rs, 415, "send the article as text/plain (UTF-8) or text/html, not %.60s", type);
  }
  if (!rq->body || !rq->body_len) return fail(sv, rs, 400, "empty body: send the article's text");
  if (!sv->eng) return fail(sv, rs, 503, "extraction is not available on this server");
  if (!sv->doc && !(sv->doc = warta_doc_new(sv->eng))) {
    sv->out.oom = 1;
    return answer(sv, rs, 503, JSON_TYPE);
  }
  const char *text = rq->body;
  size_t len = rq->body_len;
#ifdef WARTA_SERVE_HTML
  if (html) {
    if (!sv->html && !(sv->html = warta_html_new())) {
      sv->out.oom = 1;
      return answer(sv, rs, 503, JSON_TYPE);
    }
    warta_page pg;
    int hr = warta_html_extract(sv->html, rq->body, rq->body_len, rq->content_type, m.url, 0, &pg);
    if (hr == WARTA_ERR_NOMEM) {
      sv->out.oom = 1;
      return answer(sv, rs, 503, JSON_TYPE);
    }
    if (hr == WARTA_ERR_EMPTY) return fail(sv, rs, 422, "no article text found in the page");
    if (hr == WARTA_ERR_LIMIT) return fail(sv, rs, 413, "%s", warta_html_errmsg(sv->html));
    if (hr != WARTA_OK) return fail(sv, rs, 400, "%s", warta_html_errmsg(sv->html));
    text = pg.text;
    len = pg.len;
    if (!m.published) m.published = pg.published;
    if (!m.title) m.title = pg.title;
    if (!m.url) m.url = pg.url;
  }
#endif
  (void)html;
  int rc = warta_extract(sv->doc, text, len, &m, repair ? WARTA_REPAIR_UTF8 : 0);
  switch (rc) {
  case WARTA_OK: break;
  case WARTA_ERR_NOMEM: sv->out.oom = 1; return answer(sv, rs, 503, JSON_TYPE);
  case WARTA_ERR_LIMIT: return fail(sv, rs, 413, "%s", warta_errmsg(sv->doc));
  default: return fail(sv, rs, 400, "%s", warta_errmsg(sv->doc));
  }
  sb_reset(&sv->out);
  rc = warta_doc_write_json(sv->doc, WARTA_JSON_WITH_TEXT, sb_write, &sv->out);
  if (rc == WARTA_ERR_NOMEM) sv->out.oom = 1;
  if (rc != WARTA_OK && !sv->out.oom) return fail(sv, rs, 500, "writing the result failed");
  return answer(sv, rs, 200, JSON_TYPE);
}

/* ------------------------------------------------------------- routing */

enum route {
  R_NONE,
  R_ASSET,
  R_HEALTH,
  R_STATS,
  R_SEARCH,
  R_SPEAKERS,
  R_SPEAKER,
  R_QUOTE,
  R_DOCUMENT,
  R_TRACE,
  R_EXTRACT
};

/* "/prefix/123" -> the id; -1 when the path is not prefix + '/' + something,
 * -2 when the something is not an id. */
static int64_t path_id(const char *path, const char *prefix, const char **rest) {
  size_t n = strlen(prefix);
  if (strncmp(path, prefix, n) || path[n] != '/' || !path[n + 1]) return -1;
  *rest = path + n + 1;
  int64_t id = parse_num(path + n + 1, 0, INT64_MAX);
  return id < 0 ? -2 : id;
}

int warta_serve_handle(warta_serve *sv, const warta_serve_request *rq, warta_serve_response *rs) {
  static const char arg_body[] = "{\"error\":{\"status\":500,\"message\":\"bad call\"}}";
  if (rs) memset(rs, 0, sizeof *rs);
  if (!sv || !rq || !rs || !rq->method || !rq->path) {
    if (rs) {
      rs->status = 500;
      rs->content_type = JSON_TYPE;
      rs->body = arg_body;
      rs->len = sizeof arg_body - 1;
      rs->cache = "no-store";
    }
    return WARTA_ERR_ARG;
  }
  sb_reset(&sv->out);
  rs->cache = "no-store";
  size_t plen = rq->path_len ? rq->path_len : strlen(rq->path);
  size_t qlen = rq->query ? (rq->query_len ? rq->query_len : strlen(rq->query)) : 0;

  if (qlen > WARTA_SERVE_MAX_QUERY)
    return fail(sv, rs, 414, "the query string is over %u bytes", WARTA_SERVE_MAX_QUERY);
  if (plen > 2048) return fail(sv, rs, 414, "the path is over 2048 bytes");
  if (!plen || rq->path[0] != '/') return fail(sv, rs, 400, "the path must start with /");

  /* the path, decoded; '..' (plain or encoded) is refused, not resolved */
  char path[2049];
  long dl = pct_decode(rq->path, plen, path, 0);
  if (dl < 0) return fail(sv, rs, 400, "malformed path: bad %%-escape");
  if (!valid_utf8(path, (size_t)dl)) return fail(sv, rs, 400, "the path is not valid UTF-8 (or holds a NUL)");
  for (const char *s = path; *s;) {
    const char *e = s + 1;
    while (*e && *e != '/' && *e != '\\') e++;
    size_t seg = (size_t)(e - s - 1);
    if ((seg == 2 && s[1] == '.' && s[2] == '.') || (seg == 1 && s[1] == '.'))
      return fail(sv, rs, 400, "the path holds a '.' or '..' segment");
    s = e;
  }

  enum route r = R_NONE;
  const wt_asset *asset = NULL;
  int64_t id = 0;
  const char *rest = NULL;
  if (!strcmp(path, "/")) {
    strcpy(path, "/index.html");
  }
  if (!strcmp(path, "/healthz")) r = R_HEALTH;
  else if (!strcmp(path, "/api/stats")) r = R_STATS;
  else if (!strcmp(path, "/api/search")) r = R_SEARCH;
  else if (!strcmp(path, "/api/speakers")) r = R_SPEAKERS;
  else if (!strcmp(path, "/api/extract")) r = R_EXTRACT;
  else if ((id = path_id(path, "/api/speakers", &rest)) != -1) r = R_SPEAKER;
  else if ((id = path_id(path, "/api/quotes", &rest)) != -1) r = R_QUOTE;
  else if ((id = path_id(path, "/api/documents", &rest)) != -1) r = R_DOCUMENT;
  else if ((id = path_id(path, "/api/trace", &rest)) != -1) r = R_TRACE;
  else {
    for (size_t i = 0; i < wt_serve_nassets; i++)
      if (!strcmp(path, wt_serve_assets[i].path)) {
        asset = &wt_serve_assets[i];
        r = R_ASSET;
      }
  }
  if (r == R_NONE) return fail(sv, rs, 404, "nothing at %.200s", path);

  int is_get = !strcmp(rq->method, "GET") || !strcmp(rq->method, "HEAD");
  if (r == R_EXTRACT ? strcmp(rq->method, "POST") != 0 : !is_get) {
    rs->allow = r == R_EXTRACT ? "POST" : "GET, HEAD";
    return fail(sv, rs, 405, "%.20s is not allowed here; use %s", rq->method, rs->allow);
  }
  if (rq->body_len > WARTA_SERVE_MAX_BODY)
    return fail(sv, rs, 413, "the body is over %u bytes", WARTA_SERVE_MAX_BODY);
  if (id == -2) return fail(sv, rs, 400, "'%.40s' is not an id", rest);

  params p;
  char msg[200];
  int pr = parse_query(rq->query, qlen, &p, msg, sizeof msg);
  if (r == R_ASSET && pr == 0) {
    /* a query string (a cache buster) is read and checked, then ignored */
    wt_free(p.mem);
    rs->status = 200;
    rs->content_type = asset->type;
    rs->body = (const char *)asset->data;
    rs->len = asset->len;
    rs->cache = "no-cache";
    return WARTA_OK;
  }

  int rc;
  if (pr == -2) {
    sv->out.oom = 1;
    rc = answer(sv, rs, 503, JSON_TYPE);
  } else if (pr) {
    rc = fail(sv, rs, 400, "%s", msg);
  } else {
    switch (r) {
    case R_HEALTH: rc = h_health(sv, rs, &p); break;
    case R_STATS: rc = h_stats(sv, rs, &p); break;
    case R_SEARCH: rc = h_search(sv, rs, &p); break;
    case R_SPEAKERS: rc = h_speakers(sv, rs, &p); break;
    case R_SPEAKER: rc = h_speaker(sv, rs, &p, id); break;
    case R_QUOTE: rc = h_quote(sv, rs, &p, id); break;
    case R_DOCUMENT: rc = h_document(sv, rs, &p, id); break;
    case R_TRACE: rc = h_trace(sv, rs, &p, id); break;
    case R_EXTRACT: rc = h_extract(sv, rs, &p, rq); break;
    default: rc = fail(sv, rs, 404, "nothing here"); break;
    }
  }
  wt_free(p.mem);
  if (!rs->cache) rs->cache = "no-store";
  return rc;
}
