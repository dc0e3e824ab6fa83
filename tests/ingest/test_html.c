/*
 * test_html.c — body extraction and metadata on the fixture pages of
 * tests/data/html (see make_pages.py there), plus the HTML reader's unit
 * cases (charsets, entities, broken and hostile input).
 *
 *   test_html DIR
 *
 * For each DIR/NAME.html: the extracted text is compared with the
 * hand-marked NAME.body.txt by character-level F1 (precision and recall of
 * the longest common subsequence of characters, whitespace runs counted as
 * one space), and the metadata with NAME.meta (title, published, author,
 * url, outlet; an empty value means the page does not give it).  Printed:
 * one line a page and the F1 over all pages (characters summed).  Required:
 * F1 >= 95 % over all pages, >= 85 % on every page, every paragraph
 * boundary of the marked body found in >= 90 % of the cases, metadata
 * exact.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <dirent.h>
#include <time.h>

#include "warta.h"

static const char *dir;
static warta_html *H;

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *b = malloc(cap + 1);
  for (;;) {
    if (n == cap) b = realloc(b, (cap *= 2) + 1);
    size_t r = fread(b + n, 1, cap - n, f);
    if (!r) break;
    n += r;
  }
  fclose(f);
  b[n] = 0;
  if (len) *len = n;
  return b;
}

/* UTF-8 -> code points with whitespace runs as one space, trimmed. */
static uint32_t *codepoints(const char *s, size_t *n) {
  size_t len = strlen(s), o = 0;
  uint32_t *cp = malloc((len + 1) * sizeof *cp);
  int space = 0;
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    uint32_t v;
    int k = 1;
    if (c < 0x80) v = c;
    else if (c < 0xe0) v = c & 0x1f, k = 2;
    else if (c < 0xf0) v = c & 0x0f, k = 3;
    else v = c & 0x07, k = 4;
    for (int j = 1; j < k && i + (size_t)j < len; j++) v = (v << 6) | ((unsigned char)s[i + j] & 0x3f);
    i += (size_t)k;
    if (v == ' ' || v == '\n' || v == '\t' || v == '\r' || v == 0xa0) {
      space = 1;
      continue;
    }
    if (space && o) cp[o++] = ' ';
    space = 0;
    cp[o++] = v;
  }
  *n = o;
  return cp;
}

/* Length of the longest common subsequence (bit-parallel, Hyyrö 2004). */
static size_t lcs(const uint32_t *a, size_t n, const uint32_t *b, size_t m) {
  if (!n || !m) return 0;
  size_t words = (n + 63) / 64;
  /* masks for the distinct characters of a */
  uint32_t *chars = malloc(n * sizeof *chars);
  size_t nchars = 0;
  uint64_t *masks = NULL;
  for (size_t i = 0; i < n; i++) {
    size_t k = 0;
    while (k < nchars && chars[k] != a[i]) k++;
    if (k == nchars) {
      chars[nchars++] = a[i];
      masks = realloc(masks, nchars * words * sizeof *masks);
      memset(masks + k * words, 0, words * sizeof *masks);
    }
    masks[k * words + i / 64] |= 1ull << (i % 64);
  }
  uint64_t *v = malloc(words * sizeof *v);
  for (size_t w = 0; w < words; w++) v[w] = ~0ull;
  for (size_t j = 0; j < m; j++) {
    size_t k = 0;
    while (k < nchars && chars[k] != b[j]) k++;
    if (k == nchars) continue;
    const uint64_t *mk = masks + k * words;
    uint64_t carry = 0, borrow = 0;
    for (size_t w = 0; w < words; w++) {
      uint64_t u = v[w] & mk[w];
      uint64_t sum = v[w] + u + carry;
      carry = (sum < v[w] || (carry && sum == v[w])) ? 1 : 0;
      uint64_t diff = v[w] - u - borrow;
      borrow = (v[w] < u || (borrow && v[w] == u)) ? 1 : 0;
      v[w] = sum | diff;
    }
  }
  size_t zeros = 0;
  for (size_t w = 0; w < words; w++) {
    uint64_t x = ~v[w];
    if (w == words - 1 && n % 64) x &= (1ull << (n % 64)) - 1;
    zeros += (size_t)__builtin_popcountll(x);
  }
  free(v);
  free(masks);
  free(chars);
  return zeros;
}

static const char *meta_get(const char *meta, const char *key, char *buf, size_t cap) {
  size_t kl = strlen(key);
  for (const char *p = meta; p && *p;) {
    const char *nl = strchr(p, '\n');
    size_t ll = nl ? (size_t)(nl - p) : strlen(p);
    if (ll > kl + 1 && !strncmp(p, key, kl) && p[kl] == ':') {
      const char *v = p + kl + 1;
      while (*v == ' ') v++;
      size_t vl = (size_t)(p + ll - v);
      if (vl >= cap) vl = cap - 1;
      memcpy(buf, v, vl);
      buf[vl] = 0;
      return buf;
    }
    p = nl ? nl + 1 : NULL;
  }
  buf[0] = 0;
  return buf;
}

static int cmpstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* How many of the body's paragraphs are a paragraph of the text, exactly. */
static void para_match(const char *gold, const char *pred, size_t *found, size_t *total) {
  const char *p = gold;
  while (*p) {
    while (*p == '\n') p++;
    if (!*p) break;
    const char *e = strstr(p, "\n\n");
    size_t n = e ? (size_t)(e - p) : strlen(p);
    while (n && p[n - 1] == '\n') n--;
    (*total)++;
    for (const char *q = pred; q && *q;) {
      const char *qe = strstr(q, "\n\n");
      size_t qn = qe ? (size_t)(qe - q) : strlen(q);
      if (qn == n && !memcmp(p, q, n)) {
        (*found)++;
        break;
      }
      q = qe ? qe + 2 : NULL;
    }
    p += n;
  }
}

static void test_fixtures(void **state) {
  (void)state;
  DIR *d = opendir(dir);
  assert_non_null(d);
  char *names[512];
  size_t nn = 0;
  struct dirent *de;
  while ((de = readdir(d)) && nn < 512) {
    size_t l = strlen(de->d_name);
    if (l > 5 && !strcmp(de->d_name + l - 5, ".html")) names[nn++] = strdup(de->d_name);
  }
  closedir(d);
  qsort(names, nn, sizeof names[0], cmpstr);
  assert_true(nn >= 20);
  size_t sum_lcs = 0, sum_pred = 0, sum_gold = 0, meta_bad = 0, pages_low = 0, pf = 0, pt = 0;
  size_t hand_lcs = 0, hand_pred = 0, hand_gold = 0, nhand = 0; /* the hand-written pages alone */
  double secs = 0;
  size_t bytes = 0;
  printf("%-36s %6s %6s %6s  %s\n", "page", "P", "R", "F1", "metadata");
  for (size_t i = 0; i < nn; i++) {
    char path[1024], base[512];
    snprintf(base, sizeof base, "%.*s", (int)(strlen(names[i]) - 5), names[i]);
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    size_t len;
    char *html = slurp(path, &len);
    snprintf(path, sizeof path, "%s/%s.body.txt", dir, base);
    char *gold = slurp(path, NULL);
    snprintf(path, sizeof path, "%s/%s.meta", dir, base);
    char *meta = slurp(path, NULL);
    assert_non_null(html);
    assert_non_null(gold);
    assert_non_null(meta);
    char ct[256];
    meta_get(meta, "http-content-type", ct, sizeof ct);
    warta_page pg;
    clock_t t0 = clock();
    int rc = warta_html_extract(H, html, len, ct[0] ? ct : NULL, NULL, 0, &pg);
    secs += (double)(clock() - t0) / CLOCKS_PER_SEC;
    bytes += len;
    if (rc != WARTA_OK) printf("%s: %s\n", base, warta_html_errmsg(H));
    assert_int_equal(rc, WARTA_OK);
    size_t gn, pn;
    uint32_t *g = codepoints(gold, &gn), *p = codepoints(pg.text, &pn);
    size_t l = lcs(g, gn, p, pn);
    sum_lcs += l;
    sum_gold += gn;
    sum_pred += pn;
    if (!strncmp(base, "hand-", 5)) {
      hand_lcs += l;
      hand_gold += gn;
      hand_pred += pn;
      nhand++;
    }
    double P = pn ? (double)l / (double)pn : 0, R = gn ? (double)l / (double)gn : 0;
    double F = P + R > 0 ? 2 * P * R / (P + R) : 0;
    if (F < 0.85) pages_low++;
    para_match(gold, pg.text, &pf, &pt);
    /* metadata */
    char want[1024], bad[2048] = "";
    const char *keys[] = {"title", "published", "author", "url", "outlet"};
    const char *got[] = {pg.title, pg.published, pg.author, pg.url, pg.outlet};
    for (int k = 0; k < 5; k++) {
      meta_get(meta, keys[k], want, sizeof want);
      const char *gv = got[k] ? got[k] : "";
      if (strcmp(want, gv) != 0) {
        size_t bl = strlen(bad);
        snprintf(bad + bl, sizeof bad - bl, " %s='%s'(want '%s')", keys[k], gv, want);
        meta_bad++;
      }
    }
    printf("%-36s %5.1f%% %5.1f%% %5.1f%%  %s%s\n", base, 100 * P, 100 * R, 100 * F, bad[0] ? "BAD" : "ok", bad);
    if (getenv("WARTA_TEST_SHOW") && strstr(base, getenv("WARTA_TEST_SHOW")))
      printf("----- extracted:\n%s\n-----\n", pg.text);
    free(g);
    free(p);
    free(html);
    free(gold);
    free(meta);
    free(names[i]);
  }
  double P = (double)sum_lcs / (double)sum_pred, R = (double)sum_lcs / (double)sum_gold;
  double F = 2 * P * R / (P + R);
  printf("body extraction over %zu pages: precision %.2f%%, recall %.2f%%, F1 %.2f%%\n", nn, 100 * P, 100 * R,
         100 * F);
  if (nhand) {
    double hp = (double)hand_lcs / (double)hand_pred, hr = (double)hand_lcs / (double)hand_gold;
    printf("  of which the %zu hand-written pages: precision %.2f%%, recall %.2f%%, F1 %.2f%%\n", nhand, 100 * hp,
           100 * hr, 100 * 2 * hp * hr / (hp + hr));
  }
  printf("paragraphs of the marked bodies found exactly: %zu of %zu (%.1f%%)\n", pf, pt, 100.0 * (double)pf / (double)pt);
  printf("metadata fields wrong: %zu of %zu\n", meta_bad, 5 * nn);
  if (secs > 0) printf("speed (this build): %.1f MB/s over %zu bytes\n", (double)bytes / secs / 1e6, bytes);
  assert_true(F >= 0.95);
  assert_int_equal(pages_low, 0);
  assert_true((double)pf >= 0.9 * (double)pt);
  assert_int_equal(meta_bad, 0);
}

static bool same_str(const char *a, const char *b) { return (!a && !b) || (a && b && !strcmp(a, b)); }

/* Every page of d read with and without the trim pass: the same result.
 * Returns the number of pages read. */
static size_t trim_same_in(const char *d) {
  DIR *dd = opendir(d);
  assert_non_null(dd);
  warta_html *plain = warta_html_new();
  assert_non_null(plain);
  size_t pages = 0;
  struct dirent *de;
  while ((de = readdir(dd))) {
    size_t l = strlen(de->d_name);
    if (l <= 5 || strcmp(de->d_name + l - 5, ".html")) continue;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", d, de->d_name);
    size_t len;
    char *html = slurp(path, &len);
    assert_non_null(html);
    warta_page a, b;
    int ra = warta_html_extract(H, html, len, NULL, NULL, 0, &a);
    int rb = warta_html_extract(plain, html, len, NULL, NULL, WARTA_HTML_NO_TRIM, &b);
    bool same = ra == rb && a.len == b.len && !memcmp(a.text, b.text, a.len) && a.paragraphs == b.paragraphs &&
                same_str(a.title, b.title) && same_str(a.published, b.published) && same_str(a.author, b.author) &&
                same_str(a.url, b.url) && same_str(a.outlet, b.outlet) && same_str(a.lang, b.lang);
    if (!same) printf("%s: trimmed and whole parses differ:\n---\n%s\n---\n%s\n", path, a.text, b.text);
    assert_true(same);
    pages++;
    free(html);
  }
  closedir(dd);
  warta_html_free(plain);
  return pages;
}

/* The trim pass (html.c) empties only subtrees the parse drops anyway. */
static void test_trim_same(void **state) {
  (void)state;
  char sub[1024];
  snprintf(sub, sizeof sub, "%s/trim", dir);
  size_t n = trim_same_in(dir), t = trim_same_in(sub);
  printf("trim pass: the same result with and without it on %zu fixture pages and %zu trim cases\n", n, t);
  assert_true(n >= 20);
  assert_true(t >= 20);
}

static int setup(void **state) {
  (void)state;
  H = warta_html_new();
  return H ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  warta_html_free(H);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: test_html DIR\n");
    return 2;
  }
  dir = argv[1];
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_fixtures), cmocka_unit_test(test_trim_same)};
  return cmocka_run_group_tests(tests, setup, teardown);
}
