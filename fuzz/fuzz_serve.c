/*
 * fuzz_serve.c — the HTTP request path: warta_serve_handle (method, raw
 * path, raw query string, content type, body) on a small store built once
 * (fuzz_store.h), as `warta serve` calls it for every request.
 *
 * Input layout (seeds: fuzz/seeds.sh; regressions: tests/regress/serve/):
 *   byte 0        control bits
 *                   0x07 method: GET HEAD POST PUT DELETE OPTIONS get, or 7:
 *                        the method is the first line of the rest
 *                   0x08 no query string (NULL)
 *                   0x10 a body over the limit that was not kept (body NULL,
 *                        body_len WARTA_SERVE_MAX_BODY + 1)
 *                   0x20 a handler without a store (db NULL)
 *                   0x40 path and query NUL-terminated with length 0 (else
 *                        exact-size buffers with their lengths)
 *                   0x80 no Content-Type header
 *   the rest      lines: [method,] path, query, content type; then the body
 *
 * What must hold, else abort:
 *   - the status is 200, 400, 404, 405, 413, 414 or 415; 422 only for an
 *     HTML body without article text; 503 only from the handler without a
 *     store (or extraction without an engine, which never happens here);
 *     500 never (the store does not fail); the return value is WARTA_OK;
 *   - a content type and a Cache-Control value are set; the body is there
 *     (len bytes); allow is set exactly for 405;
 *   - a JSON answer (every /api path, /healthz, every error) is valid
 *     UTF-8 without NUL and parses (cJSON); an error is
 *     {"error": {"status": <the status>, "message": "<something>"}}, a 200
 *     is not an error;
 *   - anything else is a 200 whose body is exactly one of the built-in
 *     files, and the request's path, percent-decoded, is that file's path
 *     (or "/" for the page): nothing else is ever served;
 *   - no 200 for a path with a "." or ".." segment;
 *   - the same request again gives the same answer (not for POST, which
 *     extracts: checked once).
 */
#include <cjson/cJSON.h>

#include "fuzz_store.h"
#include "serve_assets.h"

static warta_engine *eng;
static warta_serve *with_store, *without_store;
static bool verbose; /* FUZZ_VERBOSE=1: print each answer's start */

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  verbose = getenv("FUZZ_VERBOSE") != NULL;
  eng = warta_engine_new();
  if (!eng) abort();
  warta_serve_config a = {fuzz_store_build(eng), eng}, b = {NULL, eng};
  with_store = warta_serve_new(&a);
  without_store = warta_serve_new(&b);
  if (!with_store || !without_store) abort();
  return 0;
}

/* An exact-size copy of s[0..n) (not NUL-terminated). */
static char *exact(const char *s, size_t n) {
  char *d = malloc(n ? n : 1);
  if (!d) abort();
  memcpy(d, s, n);
  return d;
}

static int hexv(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* The path percent-decoded (no '+' rule in a path); false when an escape is
 * malformed.  Independent of serve.c's decoder on purpose. */
static bool decode_path(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    if (o + 1 >= cap) return false;
    if (s[i] == '%') {
      if (i + 2 >= n + 0 || hexv((unsigned char)s[i + 1]) < 0 || hexv((unsigned char)s[i + 2]) < 0) return false;
      out[o++] = (char)(hexv((unsigned char)s[i + 1]) * 16 + hexv((unsigned char)s[i + 2]));
      i += 2;
    } else {
      out[o++] = s[i];
    }
  }
  out[o] = 0;
  return true;
}

/* Has the decoded path a "." or ".." segment ('/' or '\\' separated)? */
static bool dot_segment(const char *p) {
  for (const char *s = p; *s;) {
    if (*s == '/' || *s == '\\') {
      s++;
      continue;
    }
    const char *e = s;
    while (*e && *e != '/' && *e != '\\') e++;
    if ((e - s == 1 && s[0] == '.') || (e - s == 2 && s[0] == '.' && s[1] == '.')) return true;
    s = e;
  }
  return false;
}

typedef struct answer {
  int rc, status;
  char *type, *body, *allow, *cache;
  size_t len;
} answer;

static answer keep(int rc, const warta_serve_response *rs) {
  answer a = {rc, rs->status, fuzz_dup(rs->content_type), NULL, fuzz_dup(rs->allow), fuzz_dup(rs->cache), rs->len};
  a.body = malloc(rs->len + 1);
  if (!a.body) abort();
  if (rs->len) memcpy(a.body, rs->body, rs->len);
  a.body[rs->len] = 0;
  return a;
}

static void drop(answer *a) {
  free(a->type);
  free(a->body);
  free(a->allow);
  free(a->cache);
}

static bool same_str(const char *a, const char *b) { return (!a && !b) || (a && b && !strcmp(a, b)); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!eng) LLVMFuzzerInitialize(NULL, NULL);
  if (size == 0) return 0;
  static const char *const methods[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "get"};
  unsigned ctl = data[0];
  const uint8_t *p = data + 1;
  size_t n = size - 1, k;
  char *custom = (ctl & 7) == 7 ? fuzz_take_line(&p, &n, &k) : NULL;
  const char *method = custom ? custom : methods[ctl & 7];
  size_t plen, qlen, clen;
  char *path0 = fuzz_take_line(&p, &n, &plen);
  char *query0 = fuzz_take_line(&p, &n, &qlen);
  char *ctype = fuzz_take_line(&p, &n, &clen);
  char *body = exact((const char *)p, n);
  bool zero = (ctl & 0x40) != 0;
  char *path = zero ? path0 : exact(path0, plen);
  char *query = zero ? query0 : exact(query0, qlen);

  warta_serve_request rq;
  memset(&rq, 0, sizeof rq);
  rq.method = method;
  /* a length of 0 means "up to the NUL": an empty path or query is given as "" */
  rq.path = zero || plen == 0 ? path0 : path;
  rq.path_len = zero ? 0 : plen;
  if (!(ctl & 0x08)) {
    rq.query = zero || qlen == 0 ? query0 : query;
    rq.query_len = zero ? 0 : qlen;
  }
  rq.content_type = (ctl & 0x80) ? NULL : ctype;
  if (ctl & 0x10) {
    rq.body = NULL;
    rq.body_len = WARTA_SERVE_MAX_BODY + 1;
  } else {
    rq.body = body;
    rq.body_len = n;
  }
  warta_serve *sv = (ctl & 0x20) ? without_store : with_store;
  bool post = !strcmp(method, "POST");

  warta_serve_response rs;
  int rc = warta_serve_handle(sv, &rq, &rs);
  answer a = keep(rc, &rs);

  /* the path as the handler sees it (up to a NUL when given without length) */
  size_t rawlen = zero ? strlen(path0) : plen;
  char dec[4200];
  bool decoded = decode_path(path0, rawlen, dec, sizeof dec);

  int st = a.status;
  if (verbose) fprintf(stderr, "  %s -> %d %s %.160s\n", method, st, a.type, a.body);
  FUZZ_CHECK(st == 200 || st == 400 || st == 404 || st == 405 || st == 413 || st == 414 || st == 415 || st == 422 ||
                 st == 503,
             "status %d: %s", st, a.body);
  if (st == 422)
    FUZZ_CHECK(post && rq.content_type && strstr(a.body, "no article text"), "422 for something else: %s", a.body);
  if (st == 503) FUZZ_CHECK(sv == without_store, "503 with a store: %s", a.body);
  FUZZ_CHECK(rc == WARTA_OK, "status %d returned %d", st, rc);
  FUZZ_CHECK(a.type && a.type[0], "no content type");
  FUZZ_CHECK(a.cache && a.cache[0], "no Cache-Control");
  FUZZ_CHECK(rs.body || rs.len == 0, "no body but a length");
  FUZZ_CHECK((st == 405) == (a.allow != NULL), "status %d with allow '%s'", st, a.allow ? a.allow : "(none)");

  if (!strncmp(a.type, "application/json", 16)) {
    FUZZ_CHECK(strlen(a.body) == a.len, "a NUL inside the JSON at byte %zu", strlen(a.body));
    FUZZ_CHECK(fuzz_utf8_valid(a.body, a.len), "JSON not valid UTF-8 at byte %zu", fuzz_utf8_first_bad(a.body, a.len));
    cJSON *j = cJSON_ParseWithLength(a.body, a.len);
    FUZZ_CHECK(j != NULL, "not JSON: %.300s", a.body);
    const cJSON *e = cJSON_GetObjectItemCaseSensitive(j, "error");
    if (st == 200) {
      FUZZ_CHECK(!e, "a 200 with an error: %.300s", a.body);
    } else {
      FUZZ_CHECK(cJSON_IsObject(e), "status %d without an error object: %.300s", st, a.body);
      const cJSON *es = cJSON_GetObjectItemCaseSensitive(e, "status");
      const cJSON *em = cJSON_GetObjectItemCaseSensitive(e, "message");
      FUZZ_CHECK(cJSON_IsNumber(es) && es->valueint == st, "error status is not %d: %.300s", st, a.body);
      FUZZ_CHECK(cJSON_IsString(em) && em->valuestring[0], "error without a message: %.300s", a.body);
    }
    cJSON_Delete(j);
  } else {
    /* not JSON: one of the built-in files, at its own path */
    FUZZ_CHECK(st == 200, "a %d that is not JSON (%s)", st, a.type);
    FUZZ_CHECK(decoded, "a file served for a malformed path");
    const char *want = !strcmp(dec, "/") ? "/index.html" : dec;
    const wt_asset *as = NULL;
    for (size_t i = 0; i < wt_serve_nassets; i++)
      if (!strcmp(wt_serve_assets[i].path, want)) as = &wt_serve_assets[i];
    FUZZ_CHECK(as != NULL, "served %s (%zu bytes, %s): not a built-in file", dec, a.len, a.type);
    FUZZ_CHECK(rs.body == (const char *)as->data && rs.len == as->len && !strcmp(a.type, as->type),
               "%s served something else than its file", dec);
  }
  if (st == 200 && decoded) FUZZ_CHECK(!dot_segment(dec), "200 for a path with a dot segment: %s", dec);

  if (!post) {
    warta_serve_response rs2;
    int rc2 = warta_serve_handle(sv, &rq, &rs2);
    FUZZ_CHECK(rc2 == a.rc && rs2.status == a.status && rs2.len == a.len && !memcmp(rs2.body, a.body, a.len) &&
                   same_str(rs2.content_type, a.type) && same_str(rs2.allow, a.allow),
               "the same request answered %d, then %d", a.status, rs2.status);
  }
  drop(&a);
  free(custom);
  free(path0);
  free(query0);
  free(ctype);
  free(body);
  if (!zero) {
    free(path);
    free(query);
  }
  return 0;
}
