/*
 * test_serve.c — the HTTP request path (warta_serve_handle) without sockets:
 * every endpoint on a store built here from the bundled samples, error
 * statuses, limits, path traversal attempts, malformed query strings,
 * invalid UTF-8, and allocation failures.
 *
 *   test_serve SAMPLES_DIR TMP_DIR REFERENCE_TXT
 */
#include <cjson/cJSON.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "warta.h"

long warta_test_fail_alloc(long n); /* src/alloc.c: test hook */

static const char *samples_dir, *tmp_dir, *reference_path;
static char db_path[1024];
static warta_engine *eng;
static char *reference;
static size_t reference_len;

static const struct {
  const char *file, *published;
} samples[] = {
    {"voi-kim-putin.txt", "2023-09-13"},          {"kompas-tanggul-muara-angke.txt", "2023-11-14"},
    {"antara-pupuk-bersubsidi.txt", "2023-11-16"}, {"detik-kebakaran-pasar.txt", "2023-11-14"},
    {"tribun-plafon-sekolah.txt", "2023-11-17"},   {"tempo-kpk-dermaga-talaud.txt", "2023-11-15"},
    {"liputan6-topan-filipina.txt", "2023-11-14"},
};

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *b = malloc((size_t)n + 1);
  if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
    free(b);
    b = NULL;
  }
  fclose(f);
  if (b) {
    b[n] = 0;
    *len = (size_t)n;
  }
  return b;
}

/* The store: the samples, and the reference article once more under another
 * URL and outlet, so that its quotes have copies to trace. */
static int build_store(void **state) {
  snprintf(db_path, sizeof db_path, "%s/serve.db", tmp_dir);
  unlink(db_path);
  eng = warta_engine_new();
  warta_doc *doc = warta_doc_new(eng);
  warta_store *st = NULL;
  if (!doc || warta_store_open(db_path, 0, &st) != WARTA_OK) return -1;
  warta_store_begin(st);
  char *texts[8] = {0};
  for (size_t i = 0; i < 8; i++) {
    size_t k = i < 7 ? i : 0;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", samples_dir, samples[k].file);
    size_t len;
    texts[i] = slurp(path, &len);
    if (!texts[i]) return -1;
    warta_meta m = {samples[k].file, samples[k].published, i == 7 ? "Salinan" : NULL,
                    i == 7 ? "https://contoh.example/salinan" : NULL};
    if (warta_extract(doc, texts[i], len, &m, 0) != WARTA_OK) return -1;
    if (warta_store_add(st, doc, i == 7 ? "Contoh" : NULL, NULL) != WARTA_OK) return -1;
  }
  if (warta_store_commit(st) != WARTA_OK) return -1;
  warta_store_close(st);
  warta_doc_free(doc);
  for (size_t i = 0; i < 8; i++) free(texts[i]);
  reference = slurp(reference_path, &reference_len);
  (void)state;
  return reference ? 0 : -1;
}

static int drop_store(void **state) {
  warta_engine_free(eng);
  free(reference);
  unlink(db_path);
  (void)state;
  return 0;
}

/* ------------------------------------------------------------ helpers */

typedef struct resp {
  int status, rc;
  char type[128], allow[64];
  char *body;
  cJSON *json;
} resp;

static void resp_free(resp *r) {
  cJSON_Delete(r->json);
  free(r->body);
  memset(r, 0, sizeof *r);
}

static resp call_full(warta_serve *sv, const char *method, const char *path, const char *query, const char *ctype,
                      const char *body, size_t body_len) {
  warta_serve_request rq = {method, path, path ? strlen(path) : 0, query, query ? strlen(query) : 0, ctype, body,
                            body_len};
  if (path && !*path) rq.path_len = 0;
  warta_serve_response rs;
  resp r;
  memset(&r, 0, sizeof r);
  r.rc = warta_serve_handle(sv, &rq, &rs);
  r.status = rs.status;
  snprintf(r.type, sizeof r.type, "%s", rs.content_type ? rs.content_type : "");
  snprintf(r.allow, sizeof r.allow, "%s", rs.allow ? rs.allow : "");
  r.body = malloc(rs.len + 1);
  memcpy(r.body, rs.body, rs.len);
  r.body[rs.len] = 0;
  assert_int_equal(strlen(r.body), rs.len); /* no NUL inside */
  if (strstr(r.type, "json")) {
    r.json = cJSON_ParseWithLength(r.body, rs.len);
    if (!r.json) fail_msg("%s %s?%s: not JSON: %.300s", method, path, query ? query : "", r.body);
  }
  return r;
}

static resp get(warta_serve *sv, const char *path, const char *query) {
  return call_full(sv, "GET", path, query, NULL, NULL, 0);
}

static warta_serve *new_server(void) {
  warta_serve_config cfg = {db_path, eng};
  warta_serve *sv = warta_serve_new(&cfg);
  assert_non_null(sv);
  return sv;
}

static int num(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (!cJSON_IsNumber(v)) fail_msg("no number '%s'", key);
  return v->valueint;
}

static const char *str(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

static const cJSON *arr(const cJSON *o, const char *key) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
  if (!cJSON_IsArray(v)) fail_msg("no array '%s'", key);
  return v;
}

/* An error answer: the status and the JSON error object with it. */
static void expect_error(warta_serve *sv, const char *method, const char *path, const char *query, int status) {
  resp r = call_full(sv, method, path, query, NULL, NULL, 0);
  if (r.status != status)
    fail_msg("%s %s?%s: status %d, want %d: %s", method, path, query ? query : "", r.status, status, r.body);
  const cJSON *e = cJSON_GetObjectItemCaseSensitive(r.json, "error");
  assert_non_null(e);
  assert_int_equal(num(e, "status"), status);
  assert_non_null(str(e, "message"));
  assert_true(strlen(str(e, "message")) > 0);
  resp_free(&r);
}

/* ------------------------------------------------------------ tests */

static void test_health(void **state) {
  warta_serve *sv = new_server();
  resp r = get(sv, "/healthz", NULL);
  assert_int_equal(r.status, 200);
  assert_string_equal(str(r.json, "status"), "ok");
  assert_string_equal(str(r.json, "version"), warta_version());
  resp_free(&r);
  warta_serve_free(sv);

  char missing[1100];
  snprintf(missing, sizeof missing, "%s/no-such.db", tmp_dir);
  warta_serve_config cfg = {missing, eng};
  sv = warta_serve_new(&cfg);
  expect_error(sv, "GET", "/healthz", NULL, 503);
  expect_error(sv, "GET", "/api/search", "q=x", 503);
  /* the page and extraction work without a store */
  r = get(sv, "/", NULL);
  assert_int_equal(r.status, 200);
  resp_free(&r);
  r = call_full(sv, "POST", "/api/extract", NULL, "text/plain", "\"Baik,\" kata Budi.", 18);
  assert_int_equal(r.status, 200);
  resp_free(&r);
  warta_serve_free(sv);

  warta_serve_config none = {NULL, NULL};
  sv = warta_serve_new(&none);
  expect_error(sv, "GET", "/api/quotes/1", NULL, 503);
  expect_error(sv, "GET", "/api/documents/1", NULL, 503);
  r = call_full(sv, "POST", "/api/extract", NULL, "text/plain", "x", 1);
  assert_int_equal(r.status, 503);
  resp_free(&r);
  warta_serve_free(sv);
  assert_null(warta_serve_new(NULL));
  warta_serve_free(NULL);
  (void)state;
}

static void test_stats(void **state) {
  warta_serve *sv = new_server();
  resp r = get(sv, "/api/stats", NULL);
  assert_int_equal(r.status, 200);
  assert_int_equal(num(r.json, "documents"), 8);
  assert_true(num(r.json, "quotes") > 40);
  resp_free(&r);
  warta_serve_free(sv);
  (void)state;
}

static void test_search(void **state) {
  warta_serve *sv = new_server();
  resp r = get(sv, "/api/search", NULL);
  assert_int_equal(r.status, 200);
  assert_int_equal(cJSON_GetArraySize(arr(r.json, "results")), 20);
  assert_int_equal(num(r.json, "count"), 20);
  assert_true(cJSON_IsTrue(cJSON_GetObjectItem(r.json, "more")));
  resp_free(&r);

  r = get(sv, "/api/search", "q=Rusia&limit=50");
  assert_int_equal(r.status, 200);
  const cJSON *res = arr(r.json, "results"), *q;
  assert_true(cJSON_GetArraySize(res) >= 3);
  assert_false(cJSON_IsTrue(cJSON_GetObjectItem(r.json, "more")));
  cJSON_ArrayForEach(q, res) {
    assert_non_null(strstr(str(q, "highlighted"), "<mark>Rusia</mark>"));
    assert_non_null(strstr(str(q, "text"), "Rusia"));
    assert_null(strstr(str(q, "text"), "<mark>"));
    assert_true(num(q, "id") > 0);
    assert_true(num(q, "document") > 0);
    assert_non_null(str(q, "kind"));
  }
  resp_free(&r);

  /* the CLI's filters */
  r = get(sv, "/api/search", "speaker=Kim&source=TASS&kind=direct&limit=100");
  assert_int_equal(r.status, 200);
  res = arr(r.json, "results");
  assert_true(cJSON_GetArraySize(res) >= 1);
  cJSON_ArrayForEach(q, res) {
    assert_string_equal(str(q, "speaker"), "Kim Jong-un");
    assert_non_null(strstr(str(q, "sources"), "TASS"));
    assert_string_equal(str(q, "kind"), "direct");
  }
  resp_free(&r);
  r = get(sv, "/api/search", "outlet=ANTARA&from=2023-11-16&to=2023-11-16&sort=rank&q=pupuk");
  assert_int_equal(r.status, 200);
  res = arr(r.json, "results");
  assert_true(cJSON_GetArraySize(res) >= 1);
  cJSON_ArrayForEach(q, res) assert_string_equal(str(q, "published"), "2023-11-16");
  resp_free(&r);
  r = get(sv, "/api/search", "from=2030-01-01");
  assert_int_equal(r.status, 200);
  assert_int_equal(num(r.json, "count"), 0);
  resp_free(&r);
  /* empty values are the same as absent ones; '+' is a space */
  r = get(sv, "/api/search", "q=&speaker=&limit=5&q2");
  assert_int_equal(r.status, 400); /* q2 is unknown */
  resp_free(&r);
  r = get(sv, "/api/search", "q=Korea+Utara&speaker=&limit=5");
  assert_int_equal(r.status, 200);
  resp_free(&r);

  /* limit is clamped, offset pages */
  r = get(sv, "/api/search", "limit=100000");
  assert_int_equal(num(r.json, "limit"), (int)WARTA_SERVE_MAX_RESULTS);
  resp_free(&r);
  r = get(sv, "/api/search", "limit=999999999999999999999999999");
  assert_int_equal(r.status, 200);
  assert_int_equal(num(r.json, "limit"), (int)WARTA_SERVE_MAX_RESULTS);
  int total = num(r.json, "count");
  resp_free(&r);
  char qs[64];
  snprintf(qs, sizeof qs, "offset=%d", total - 1);
  r = get(sv, "/api/search", qs);
  assert_int_equal(num(r.json, "count"), 1);
  resp_free(&r);

  /* articles */
  r = get(sv, "/api/search", "documents=1&q=pupuk");
  assert_int_equal(r.status, 200);
  res = arr(r.json, "results");
  assert_int_equal(cJSON_GetArraySize(res), 1);
  assert_non_null(strstr(str(cJSON_GetArrayItem(res, 0), "snippet"), "<mark>"));
  resp_free(&r);

  expect_error(sv, "GET", "/api/search", "documents=1&speaker=Kim", 400);
  expect_error(sv, "GET", "/api/search", "documents=maybe", 400);
  expect_error(sv, "GET", "/api/search", "limit=0", 400);
  expect_error(sv, "GET", "/api/search", "limit=-1", 400);
  expect_error(sv, "GET", "/api/search", "limit=ten", 400);
  expect_error(sv, "GET", "/api/search", "offset=-1", 400);
  expect_error(sv, "GET", "/api/search", "offset=99999999", 400);
  expect_error(sv, "GET", "/api/search", "kind=shouted", 400);
  expect_error(sv, "GET", "/api/search", "sort=random", 400);
  expect_error(sv, "GET", "/api/search", "speaker_id=x", 400);
  expect_error(sv, "GET", "/api/search", "from=2023-13-45", 400);
  expect_error(sv, "GET", "/api/search", "to=yesterday", 400);
  expect_error(sv, "GET", "/api/search", "q=%22unclosed", 400);
  expect_error(sv, "GET", "/api/search", "format=csv", 400);
  expect_error(sv, "GET", "/api/search", "q=a&q=b", 400);
  warta_serve_free(sv);
  (void)state;
}

static int64_t first_speaker_id(warta_serve *sv, const char *name) {
  char qs[200];
  snprintf(qs, sizeof qs, "speaker=%s&limit=1", name);
  resp r = get(sv, "/api/speakers", qs);
  assert_int_equal(r.status, 200);
  const cJSON *res = arr(r.json, "results");
  assert_int_equal(cJSON_GetArraySize(res), 1);
  int64_t id = num(cJSON_GetArrayItem(res, 0), "id");
  resp_free(&r);
  return id;
}

static void test_speakers(void **state) {
  warta_serve *sv = new_server();
  resp r = get(sv, "/api/speakers", NULL);
  assert_int_equal(r.status, 200);
  const cJSON *res = arr(r.json, "results"), *s;
  assert_true(cJSON_GetArraySize(res) >= 10);
  int prev = 1 << 30;
  cJSON_ArrayForEach(s, res) {
    assert_true(num(s, "quotes") <= prev); /* most quoted first */
    prev = num(s, "quotes");
    assert_non_null(str(s, "name"));
  }
  resp_free(&r);
  expect_error(sv, "GET", "/api/speakers", "sort=rank", 400);

  int64_t kim = first_speaker_id(sv, "Kim");
  char path[64];
  snprintf(path, sizeof path, "/api/speakers/%lld", (long long)kim);
  r = get(sv, path, "limit=3");
  assert_int_equal(r.status, 200);
  const cJSON *sp = cJSON_GetObjectItem(r.json, "speaker");
  assert_string_equal(str(sp, "name"), "Kim Jong-un");
  int nq = num(sp, "quotes");
  assert_int_equal(cJSON_GetArraySize(arr(r.json, "quotes")), 3);
  assert_true(cJSON_IsTrue(cJSON_GetObjectItem(r.json, "more")));
  const cJSON *tl = arr(r.json, "timeline"), *d;
  int sum = num(r.json, "undated");
  const char *last = "";
  cJSON_ArrayForEach(d, tl) {
    assert_true(strcmp(str(d, "date"), last) > 0); /* oldest first, one entry a day */
    last = str(d, "date");
    sum += num(d, "quotes");
  }
  assert_int_equal(sum, nq);
  assert_true(cJSON_IsTrue(cJSON_GetObjectItem(r.json, "timeline_complete")));
  resp_free(&r);
  r = get(sv, path, "limit=2&offset=2");
  assert_int_equal(r.status, 200);
  assert_int_equal(cJSON_GetArraySize(arr(r.json, "quotes")), 2);
  resp_free(&r);

  expect_error(sv, "GET", "/api/speakers/999999", NULL, 404);
  expect_error(sv, "GET", "/api/speakers/abc", NULL, 400);
  expect_error(sv, "GET", "/api/speakers/1", "limit=0", 400);
  expect_error(sv, "GET", "/api/speakers/1", "offset=x", 400);
  expect_error(sv, "GET", "/api/speakers/1", "q=x", 400);
  warta_serve_free(sv);
  (void)state;
}

/* The id of a quote by Kim that has copies (the reference article twice). */
static int64_t copied_quote(warta_serve *sv) {
  resp r = get(sv, "/api/search", "speaker=Kim&source=TASS&limit=50");
  const cJSON *q;
  int64_t id = 0;
  cJSON_ArrayForEach(q, arr(r.json, "results")) if (!id && cJSON_IsNumber(cJSON_GetObjectItem(q, "group"))) id =
      num(q, "id");
  resp_free(&r);
  assert_true(id > 0);
  return id;
}

static void test_quote_and_trace(void **state) {
  warta_serve *sv = new_server();
  int64_t id = copied_quote(sv);
  char path[64];
  snprintf(path, sizeof path, "/api/quotes/%lld", (long long)id);
  resp r = get(sv, path, NULL);
  assert_int_equal(r.status, 200);
  assert_int_equal(num(r.json, "id"), (int)id);
  assert_string_equal(str(r.json, "speaker"), "Kim Jong-un");
  const char *ctx = str(r.json, "context");
  char joined[8192];
  snprintf(joined, sizeof joined, "%s%s%s", str(r.json, "context_before"), str(r.json, "context_quote"),
           str(r.json, "context_after"));
  assert_string_equal(joined, ctx);
  assert_string_equal(str(r.json, "context_quote"), str(r.json, "text"));
  const cJSON *chain = arr(r.json, "sources_chain");
  assert_true(cJSON_GetArraySize(chain) >= 1);
  assert_string_equal(str(cJSON_GetArrayItem(chain, 0), "name"), "TASS");
  assert_true(num(r.json, "copies") >= 1);
  resp_free(&r);

  snprintf(path, sizeof path, "/api/trace/%lld", (long long)id);
  r = get(sv, path, NULL);
  assert_int_equal(r.status, 200);
  const cJSON *res = arr(r.json, "results");
  assert_int_equal(cJSON_GetArraySize(res), 2);
  assert_true(cJSON_IsTrue(cJSON_GetObjectItem(cJSON_GetArrayItem(res, 0), "first")));
  assert_false(cJSON_IsTrue(cJSON_GetObjectItem(cJSON_GetArrayItem(res, 1), "first")));
  resp_free(&r);

  expect_error(sv, "GET", "/api/quotes/0", NULL, 404);
  expect_error(sv, "GET", "/api/quotes/999999", NULL, 404);
  expect_error(sv, "GET", "/api/quotes/99999999999999999999", NULL, 400);
  expect_error(sv, "GET", "/api/quotes/-1", NULL, 400);
  expect_error(sv, "GET", "/api/quotes/1x", NULL, 400);
  expect_error(sv, "GET", "/api/quotes/", NULL, 404);
  expect_error(sv, "GET", "/api/quotes/1/2", NULL, 400);
  expect_error(sv, "GET", "/api/quotes/1", "x=1", 400);
  expect_error(sv, "GET", "/api/trace/999999", NULL, 404);
  expect_error(sv, "GET", "/api/trace/abc", NULL, 400);
  warta_serve_free(sv);
  (void)state;
}

static void test_document(void **state) {
  warta_serve *sv = new_server();
  resp r = get(sv, "/api/search", "speaker=Kim&limit=1");
  int doc = num(cJSON_GetArrayItem(arr(r.json, "results"), 0), "document");
  resp_free(&r);
  char path[64];
  snprintf(path, sizeof path, "/api/documents/%d", doc);
  r = get(sv, path, NULL);
  assert_int_equal(r.status, 200);
  const char *text = str(r.json, "text");
  assert_non_null(text);
  size_t tlen = strlen(text);
  const cJSON *qs = arr(r.json, "quotes"), *q;
  assert_true(cJSON_GetArraySize(qs) >= 5);
  int sources = 0;
  cJSON_ArrayForEach(q, qs) {
    const cJSON *c = arr(q, "content");
    int s = cJSON_GetArrayItem(c, 0)->valueint, e = cJSON_GetArrayItem(c, 1)->valueint;
    assert_true(s >= 0 && s < e && (size_t)e <= tlen);
    assert_int_equal(strlen(str(q, "text")), (size_t)(e - s));
    assert_memory_equal(text + s, str(q, "text"), (size_t)(e - s));
    const cJSON *src;
    cJSON_ArrayForEach(src, arr(q, "sources")) {
      const cJSON *sp = cJSON_GetObjectItem(src, "span");
      if (cJSON_IsArray(sp)) {
        assert_true((size_t)cJSON_GetArrayItem(sp, 1)->valueint <= tlen);
        sources++;
      }
    }
  }
  assert_true(sources >= 1);
  resp_free(&r);
  expect_error(sv, "GET", "/api/documents/999999", NULL, 404);
  expect_error(sv, "GET", "/api/documents/x", NULL, 400);
  warta_serve_free(sv);
  (void)state;
}

static void test_extract(void **state) {
  warta_serve *sv = new_server();
  resp r = call_full(sv, "POST", "/api/extract", "published=2023-09-13&id=ref", "text/plain; charset=UTF-8",
                     reference, reference_len);
  assert_int_equal(r.status, 200);
  assert_int_equal(num(r.json, "warta"), WARTA_SCHEMA_VERSION);
  assert_string_equal(str(r.json, "published"), "2023-09-13");
  assert_string_equal(str(r.json, "id"), "ref");
  assert_non_null(str(r.json, "text")); /* for the page's highlights */
  assert_int_equal(strlen(str(r.json, "text")), reference_len);
  assert_true(cJSON_GetArraySize(arr(r.json, "quotes")) >= 8);
  resp_free(&r);
  /* no Content-Type is read as text */
  r = call_full(sv, "POST", "/api/extract", NULL, NULL, reference, reference_len);
  assert_int_equal(r.status, 200);
  resp_free(&r);

  r = call_full(sv, "POST", "/api/extract", NULL, "text/plain", "", 0);
  assert_int_equal(r.status, 400);
  resp_free(&r);
  r = call_full(sv, "POST", "/api/extract", NULL, "text/plain", "abc\xff def", 8);
  assert_int_equal(r.status, 400);
  assert_non_null(strstr(r.body, "byte 3"));
  resp_free(&r);
  r = call_full(sv, "POST", "/api/extract", "repair=1", "text/plain", "abc\xff def", 8);
  assert_int_equal(r.status, 200);
  resp_free(&r);
  r = call_full(sv, "POST", "/api/extract", "published=13-09-2023", "text/plain", "abc", 3);
  assert_int_equal(r.status, 400);
  resp_free(&r);
  r = call_full(sv, "POST", "/api/extract", NULL, "application/json", "{}", 2);
  assert_int_equal(r.status, 415);
  resp_free(&r);
  r = call_full(sv, "POST", "/api/extract", NULL, "text/plain; charset=iso-8859-1", "abc", 3);
  assert_int_equal(r.status, 415);
  resp_free(&r);
  static const char page[] = "<html><head><title>T</title></head><body><p>\"Kami siap,\" kata Budi.</p>"
                             "</body></html>";
  r = call_full(sv, "POST", "/api/extract", NULL, "text/html; charset=utf-8", page, sizeof page - 1);
#ifdef WARTA_SERVE_HTML
  assert_int_equal(r.status, 200);
  assert_non_null(strstr(str(r.json, "text"), "Kami siap"));
#else
  assert_int_equal(r.status, 415);
#endif
  resp_free(&r);
  /* over the body limit: 413 whether or not the body was kept */
  r = call_full(sv, "POST", "/api/extract", NULL, "text/plain", NULL, (size_t)WARTA_SERVE_MAX_BODY + 1);
  assert_int_equal(r.status, 413);
  resp_free(&r);
  expect_error(sv, "GET", "/api/extract", NULL, 405);
  r = get(sv, "/api/extract", NULL);
  assert_string_equal(r.allow, "POST");
  resp_free(&r);
  expect_error(sv, "POST", "/api/extract", "nope=1", 400);
  expect_error(sv, "POST", "/api/extract", "repair=perhaps", 400);
  warta_serve_free(sv);
  (void)state;
}

static void test_static(void **state) {
  warta_serve *sv = new_server();
  static const struct {
    const char *path, *type, *has;
  } files[] = {
      {"/", "text/html", "<!doctype html>"},
      {"/index.html", "text/html", "app.js"},
      {"/app.js", "text/javascript", "renderHighlighted"},
      {"/style.css", "text/css", ".hl-quote"},
  };
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    resp r = get(sv, files[i].path, NULL);
    assert_int_equal(r.status, 200);
    assert_true(strncmp(r.type, files[i].type, strlen(files[i].type)) == 0);
    assert_non_null(strstr(r.body, files[i].has));
    resp_free(&r);
    r = call_full(sv, "HEAD", files[i].path, NULL, NULL, NULL, 0);
    assert_int_equal(r.status, 200);
    resp_free(&r);
  }
  resp r = get(sv, "/app.js", "v=2"); /* a cache-busting query is fine */
  assert_int_equal(r.status, 200);
  resp_free(&r);
  expect_error(sv, "GET", "/app.js", "v=%ff", 400);
  expect_error(sv, "POST", "/", NULL, 405);
  expect_error(sv, "DELETE", "/api/search", NULL, 405);
  r = call_full(sv, "PUT", "/api/quotes/1", NULL, NULL, NULL, 0);
  assert_int_equal(r.status, 405);
  assert_string_equal(r.allow, "GET, HEAD");
  resp_free(&r);
  warta_serve_free(sv);
  (void)state;
}

/* Nothing outside the built-in files, whatever the path says. */
static void test_traversal(void **state) {
  warta_serve *sv = new_server();
  static const char *const bad[] = {
      "/../etc/passwd", "/..", "/%2e%2e/etc/passwd", "/%2E%2e/%2e%2E/etc/passwd", "/.%2e/x", "/api/../healthz",
      "/./index.html", "/web/../index.html", "/..%2fetc%2fpasswd", "/..\\etc\\passwd", "/%2e%2e%5cetc",
      "/index.html%00", "/%00", "/%ff", "/%c0%ae%c0%ae/etc/passwd", "/%zz", "/%", "/%2", "relative", "",
      "*",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) expect_error(sv, "GET", bad[i], NULL, 400);
  static const char *const missing[] = {
      "/etc/passwd", "//", "//index.html", "/index.htm", "/INDEX.HTML", "/API/search", "/api/search/",
      "/api", "/api/", "/src/serve/serve.c", "/CMakeLists.txt", "/web/app.js", "/%2fetc%2fpasswd",
      "/index.html/", "/app.js.map", "/.git/config", "/...", "/.hidden",
  };
  for (size_t i = 0; i < sizeof missing / sizeof missing[0]; i++) expect_error(sv, "GET", missing[i], NULL, 404);
  /* a long path */
  char longp[3000];
  longp[0] = '/';
  memset(longp + 1, 'a', sizeof longp - 2);
  longp[sizeof longp - 1] = 0;
  expect_error(sv, "GET", longp, NULL, 414);
  warta_serve_free(sv);
  (void)state;
}

static void test_query_strings(void **state) {
  warta_serve *sv = new_server();
  static const char *const bad[] = {
      "q=%",      "q=%4",          "q=%g0",     "%=1",         "=x",         "q=%ff",     "q=%c3%28",
      "q=%ed%a0%80", "q=%f4%90%80%80", "q=a%00b", "q%ff=1",  "q=%e2%82", "&=&",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) expect_error(sv, "GET", "/api/search", bad[i], 400);
  /* raw invalid UTF-8 and control bytes in the query string */
  expect_error(sv, "GET", "/api/search", "q=\xff\xfe", 400);
  expect_error(sv, "GET", "/api/search", "q=\xc0\xaf", 400);
  /* fine: empty pieces, a name without '=', encoded UTF-8 */
  static const char *const good[] = {"", "&&", "q=&", "limit=2&&", "q=%E2%80%9Csemua%E2%80%9D", "q=caf%C3%A9",
                                     "documents"};
  for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
    resp r = get(sv, "/api/search", good[i]);
    if (r.status != 200) fail_msg("'%s': %d %s", good[i], r.status, r.body);
    resp_free(&r);
  }
  /* too many parameters */
  char many[400] = "";
  for (int i = 0; i < 30; i++) snprintf(many + strlen(many), sizeof many - strlen(many), "%sq%d=1", i ? "&" : "", i);
  expect_error(sv, "GET", "/api/search", many, 400);
  /* the query string limit: 4096 bytes is read, one more is a 414 */
  char *q = malloc(WARTA_SERVE_MAX_QUERY + 2);
  memcpy(q, "q=", 2);
  memset(q + 2, 'a', WARTA_SERVE_MAX_QUERY - 2);
  q[WARTA_SERVE_MAX_QUERY] = 0;
  resp r = get(sv, "/api/search", q);
  assert_int_equal(r.status, 200);
  resp_free(&r);
  q[WARTA_SERVE_MAX_QUERY] = 'a';
  q[WARTA_SERVE_MAX_QUERY + 1] = 0;
  expect_error(sv, "GET", "/api/search", q, 414);
  free(q);
  /* FTS syntax from users never breaks out of the query */
  static const char *const fts[] = {"q=NEAR(a b)", "q=text:foo", "q=%22%22", "q=*", "q=(", "q=a OR", "q=%5E",
                                    "q=-x",        "speaker=%22", "source=(", "outlet=*"};
  for (size_t i = 0; i < sizeof fts / sizeof fts[0]; i++) {
    r = get(sv, "/api/search", fts[i]);
    if (r.status != 200 && r.status != 400) fail_msg("'%s': %d %s", fts[i], r.status, r.body);
    resp_free(&r);
  }
  warta_serve_free(sv);
  (void)state;
}

static void test_bad_calls(void **state) {
  warta_serve *sv = new_server();
  warta_serve_response rs;
  warta_serve_request rq = {"GET", "/healthz", 0, NULL, 0, NULL, NULL, 0};
  assert_int_equal(warta_serve_handle(NULL, &rq, &rs), WARTA_ERR_ARG);
  assert_int_equal(rs.status, 500);
  assert_int_equal(warta_serve_handle(sv, NULL, &rs), WARTA_ERR_ARG);
  assert_int_equal(warta_serve_handle(sv, &rq, NULL), WARTA_ERR_ARG);
  rq.method = NULL;
  assert_int_equal(warta_serve_handle(sv, &rq, &rs), WARTA_ERR_ARG);
  /* a path that is not NUL-terminated */
  char buf[16];
  memcpy(buf, "/healthzXXXXXXXX", 16);
  warta_serve_request rq2 = {"GET", buf, 8, "limit=1XXXX", 0, NULL, NULL, 0};
  assert_int_equal(warta_serve_handle(sv, &rq2, &rs), WARTA_OK);
  assert_int_equal(rs.status, 400); /* limit is not a /healthz parameter */
  warta_serve_free(sv);
  (void)state;
}

/* Every allocation failure gives a 503 (or the answer, when the failed
 * allocation was not needed), never a crash or a leak. */
static void test_alloc_failures(void **state) {
  static const struct {
    const char *method, *path, *query;
    int post;
  } reqs[] = {
      {"GET", "/api/search", "q=Rusia&limit=5", 0},  {"GET", "/api/speakers", NULL, 0},
      {"GET", "/api/speakers/1", "limit=2", 0},      {"GET", "/api/quotes/1", NULL, 0},
      {"GET", "/api/documents/1", NULL, 0},          {"GET", "/api/trace/1", NULL, 0},
      {"POST", "/api/extract", "published=2023-09-13", 1}, {"GET", "/api/search", "q=%ff", 0},
  };
  for (size_t k = 0; k < sizeof reqs / sizeof reqs[0]; k++) {
    int fired = 1;
    long n;
    for (n = 1; fired && n < 20000; n++) {
      warta_serve *sv = new_server();
      warta_test_fail_alloc(n);
      resp r = call_full(sv, reqs[k].method, reqs[k].path, reqs[k].query, reqs[k].post ? "text/plain" : NULL,
                         reqs[k].post ? reference : NULL, reqs[k].post ? reference_len : 0);
      fired = warta_test_fail_alloc(0) < 0;
      if (r.status != 200 && r.status != 503 && r.status != 400 && r.status != 404)
        fail_msg("%s %s, allocation %ld failing: %d %s", reqs[k].method, reqs[k].path, n, r.status, r.body);
      resp_free(&r);
      /* the same handler works again afterwards */
      r = call_full(sv, reqs[k].method, reqs[k].path, reqs[k].query, reqs[k].post ? "text/plain" : NULL,
                    reqs[k].post ? reference : NULL, reqs[k].post ? reference_len : 0);
      assert_true(r.status == 200 || r.status == 400 || r.status == 404);
      resp_free(&r);
      warta_serve_free(sv);
    }
    assert_false(fired);
    if (getenv("SERVE_VERBOSE")) fprintf(stderr, "%s %s: %ld allocations failed in turn\n", reqs[k].method, reqs[k].path, n - 2);
  }
  (void)state;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: test_serve SAMPLES_DIR TMP_DIR REFERENCE_TXT\n");
    return 2;
  }
  samples_dir = argv[1];
  tmp_dir = argv[2];
  reference_path = argv[3];
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_health),      cmocka_unit_test(test_stats),
      cmocka_unit_test(test_search),      cmocka_unit_test(test_speakers),
      cmocka_unit_test(test_quote_and_trace), cmocka_unit_test(test_document),
      cmocka_unit_test(test_extract),     cmocka_unit_test(test_static),
      cmocka_unit_test(test_traversal),   cmocka_unit_test(test_query_strings),
      cmocka_unit_test(test_bad_calls),   cmocka_unit_test(test_alloc_failures),
  };
  return cmocka_run_group_tests(tests, build_store, drop_store);
}
