/*
 * test_alloc_fail.c — allocation-failure injection on the reference article.
 *
 *     test_alloc_fail ARTICLE
 *
 * A session makes an engine and a doc, then runs three documents through the
 * same doc: the article with metadata (pretty JSON with text and segments),
 * a damaged copy of it repaired on request (invalid UTF-8, mojibake, a
 * non-NFC letter), and the article again written with warta_doc_to_json.
 * The test first counts the allocations one session makes, then, for every n
 * from 1 to that count, runs a session in which the n-th allocation fails.
 * The failure must surface at the call that made it — warta_engine_new /
 * warta_doc_new return NULL, warta_extract / warta_doc_write_json return
 * WARTA_ERR_NOMEM (warta_extract with a message), warta_doc_to_json NULL — and
 * nowhere else; the same call then succeeds, and every JSON output equals the
 * one of the session without failures (the doc works on after a failure).
 * Leaks are LeakSanitizer's to find: `make check` runs this under ASan.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "alloc.h" /* warta_test_fail_alloc, warta_test_alloc_count (test hooks) */
#include "warta.h"

static char *article;
static size_t article_len;
static char *damaged;
static size_t damaged_len;

typedef struct sink {
  char *p;
  size_t n, cap;
} sink;

static int sink_write(void *ctx, const char *buf, size_t len) {
  sink *s = ctx;
  if (s->n + len + 1 > s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 65536;
    while (cap < s->n + len + 1) cap *= 2;
    char *q = realloc(s->p, cap);
    if (!q) return 1;
    s->p = q;
    s->cap = cap;
  }
  memcpy(s->p + s->n, buf, len);
  s->n += len;
  s->p[s->n] = 0;
  return 0;
}

/* The pending failure, without changing it: allocations left, or -1. */
static long pending(void) {
  long left = warta_test_fail_alloc(0);
  warta_test_fail_alloc(left);
  return left;
}

enum { NSTEPS = 3 };
static char *expected[NSTEPS]; /* JSON of each step in a session without failures */

typedef struct outcome {
  int failures_seen; /* calls that reported the injected failure */
  int fired;         /* the injected failure happened */
} outcome;

/* Did this call consume the pending failure?  Then it must have reported it. */
static void after_call(outcome *o, long before, int reported, const char *what, long n) {
  int fired_here = before > 0 && pending() == -1;
  if (fired_here) o->fired = 1;
  if (fired_here && !reported) fail_msg("n=%ld: %s ignored a failed allocation", n, what);
  if (reported && !fired_here) fail_msg("n=%ld: %s reported out of memory without a failed allocation", n, what);
  if (reported) o->failures_seen++;
}

static void check_json(long n, int step, const char *got) {
  if (!expected[step]) return; /* the counting session */
  if (strcmp(got, expected[step]) != 0)
    fail_msg("n=%ld: step %d JSON differs from the session without failures", n, step);
}

/* One session.  n == 0: no injection (counting and expectations). */
static outcome session(long n) {
  outcome o = {0, 0};
  long b;
  if (n > 0) warta_test_fail_alloc(n);

  b = pending();
  warta_engine *eng = warta_engine_new();
  after_call(&o, b, eng == NULL, "warta_engine_new", n);
  if (!eng) return o;

  b = pending();
  warta_doc *doc = warta_doc_new(eng);
  after_call(&o, b, doc == NULL, "warta_doc_new", n);
  if (!doc) {
    warta_engine_free(eng);
    return o;
  }

  warta_meta meta = {"voi-kim-putin", "2023-09-13", "Kim Jong-un dukung Putin", "https://voi.id/berita/1"};
  struct {
    const char *text;
    size_t len;
    const warta_meta *meta;
    unsigned flags, opts;
    int to_json;
  } steps[NSTEPS] = {
      {article, article_len, &meta, 0, WARTA_JSON_PRETTY | WARTA_JSON_WITH_TEXT | WARTA_JSON_TOKENS, 0},
      {damaged, damaged_len, NULL, WARTA_REPAIR_UTF8 | WARTA_FIX_MOJIBAKE, 0, 0},
      {article, article_len, NULL, 0, WARTA_JSON_TOKENS, 1},
  };
  for (int k = 0; k < NSTEPS; k++) {
    for (int attempt = 0;; attempt++) {
      b = pending();
      int rc = warta_extract(doc, steps[k].text, steps[k].len, steps[k].meta, steps[k].flags);
      if (rc != WARTA_OK && rc != WARTA_ERR_NOMEM)
        fail_msg("n=%ld step %d: status %d: %s", n, k, rc, warta_errmsg(doc));
      if (rc == WARTA_ERR_NOMEM) {
        const char *msg = warta_errmsg(doc);
        if (!strstr(msg, "memory")) fail_msg("n=%ld step %d: out of memory with the message '%s'", n, k, msg);
        if (warta_doc_quote_count(doc) || warta_doc_token_count(doc) || warta_doc_text(doc, NULL))
          fail_msg("n=%ld step %d: a result after a failure", n, k);
      }
      after_call(&o, b, rc == WARTA_ERR_NOMEM, "warta_extract", n);
      if (rc == WARTA_OK) break;
      if (attempt) fail_msg("n=%ld step %d: warta_extract failed again", n, k);
    }
    for (int attempt = 0;; attempt++) {
      b = pending();
      if (steps[k].to_json) {
        size_t len = 0;
        char *j = warta_doc_to_json(doc, steps[k].opts, &len);
        after_call(&o, b, j == NULL, "warta_doc_to_json", n);
        if (j) {
          if (strlen(j) != len) fail_msg("n=%ld: warta_doc_to_json length", n);
          if (n == 0) expected[k] = strdup(j);
          else check_json(n, k, j);
          free(j);
          break;
        }
      } else {
        sink s = {NULL, 0, 0};
        int rc = warta_doc_write_json(doc, steps[k].opts, sink_write, &s);
        if (rc != WARTA_OK && rc != WARTA_ERR_NOMEM) fail_msg("n=%ld step %d: write status %d", n, k, rc);
        after_call(&o, b, rc == WARTA_ERR_NOMEM, "warta_doc_write_json", n);
        if (rc == WARTA_OK) {
          if (n == 0) expected[k] = strdup(s.p ? s.p : "");
          else check_json(n, k, s.p ? s.p : "");
          free(s.p);
          break;
        }
        free(s.p);
      }
      if (attempt) fail_msg("n=%ld step %d: JSON failed again", n, k);
    }
  }
  warta_doc_free(doc);
  warta_engine_free(eng);
  return o;
}

static void every_allocation_fails_once(void **state) {
  (void)state;
  long c0 = warta_test_alloc_count();
  outcome o = session(0);
  long total = warta_test_alloc_count() - c0;
  assert_int_equal(o.failures_seen, 0);
  assert_true(total > 3);
  for (int k = 0; k < NSTEPS; k++) assert_non_null(expected[k]);
  print_message("a session makes %ld allocations; failing each in turn\n", total);
  for (long n = 1; n <= total; n++) {
    outcome r = session(n);
    if (!r.fired) fail_msg("n=%ld: the failure never happened (fewer allocations than counted)", n);
    if (r.failures_seen != 1) fail_msg("n=%ld: %d calls reported a failure", n, r.failures_seen);
  }
  /* one past the count: nothing fails */
  outcome r = session(total + 1);
  assert_int_equal(r.fired, 0);
  assert_int_equal(r.failures_seen, 0);
  warta_test_fail_alloc(0);
  for (int k = 0; k < NSTEPS; k++) free(expected[k]);
}

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *p = malloc((size_t)n + 1);
  if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
    free(p);
    p = NULL;
  }
  fclose(f);
  if (p) {
    p[n] = 0;
    *len = (size_t)n;
  }
  return p;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s ARTICLE\n", argv[0]);
    return 2;
  }
  article = read_all(argv[1], &article_len);
  if (!article) {
    fprintf(stderr, "%s: cannot read\n", argv[1]);
    return 2;
  }
  /* damaged copy: invalid bytes, mojibake quote marks, a decomposed letter */
  static const char head[] = "\xff\xc3\xa2\xe2\x82\xac\xc5\x93Kami siap,\xc3\xa2\xe2\x82\xac kata Cafe\xcc\x81 \xed\xa0\x80.\n";
  damaged_len = sizeof head - 1 + article_len;
  damaged = malloc(damaged_len);
  if (!damaged) return 2;
  memcpy(damaged, head, sizeof head - 1);
  memcpy(damaged + sizeof head - 1, article, article_len);

  const struct CMUnitTest tests[] = {cmocka_unit_test(every_allocation_fails_once)};
  int rc = cmocka_run_group_tests(tests, NULL, NULL);
  free(article);
  free(damaged);
  return rc;
}
