/*
 * test_stem.c — the stemmer against tests/data/stemmer/pairs.tsv (word, TAB,
 * expected root; '#' comments), and the folding it relies on.
 *
 *   test_stem PAIRS.tsv [--verbose]
 *
 * Prints the accuracy and every miss; fails when accuracy is under 95 %.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "warta.h"

static const char *pairs_path;

static void test_pairs(void **state) {
  (void)state;
  FILE *f = fopen(pairs_path, "r");
  assert_non_null(f);
  char line[512];
  int total = 0, ok = 0, lineno = 0;
  while (fgets(line, sizeof line, f)) {
    lineno++;
    line[strcspn(line, "\r\n")] = 0;
    if (!line[0] || line[0] == '#') continue;
    char *tab = strchr(line, '\t');
    if (!tab) fail_msg("%s:%d: no TAB", pairs_path, lineno);
    *tab = 0;
    const char *word = line, *want = tab + 1;
    char got[128];
    size_t n = warta_stem(word, strlen(word), got, sizeof got);
    assert_true(n < sizeof got);
    assert_int_equal(n, strlen(got));
    total++;
    if (!strcmp(got, want)) ok++;
    else printf("miss %s:%d: %s -> %s (expected %s)\n", pairs_path, lineno, word, got, want);
  }
  fclose(f);
  double acc = total ? 100.0 * ok / total : 0;
  printf("stemmer: %d of %d pairs right, accuracy %.1f %%\n", ok, total, acc);
  assert_true(total >= 500);
  assert_true(acc >= 95.0);
}

static void check(const char *in, const char *want) {
  char got[512];
  size_t n = warta_stem(in, strlen(in), got, sizeof got);
  if (strcmp(got, want) != 0 || n != strlen(want)) fail_msg("warta_stem(%s) = %s, want %s", in, got, want);
}

static void test_edges(void **state) {
  (void)state;
  char buf[8];
  /* the return value is the full length even when it does not fit */
  size_t n = warta_stem("mengatakan", 10, buf, 3);
  assert_int_equal(n, 4);
  assert_string_equal(buf, "ka");
  assert_int_equal(warta_stem("mengatakan", 10, NULL, 0), 4);
  assert_int_equal(warta_stem(NULL, 5, buf, sizeof buf), 0);
  assert_string_equal(buf, "");
  check("", "");
  check("2023", "2023");
  check("Covid-19", "covid-19");
  check("ÉMILE", "emile");
  check("naïve", "naive");
  check("Ｆｕｌｌｗｉｄｔｈ", "fullwidth");
  check("Straße", "strasse");
  check("Москва", "москва");
  check("di", "di");
  check("ke", "ke");
  check("mem", "mem");
  check("meng", "meng");
  check("pe-", "pe-");
  check("--", "--");
  /* a word too long to be Indonesian comes back folded */
  char longw[200], want[200];
  for (int i = 0; i < 150; i++) longw[i] = 'A' + i % 26, want[i] = 'a' + i % 26;
  longw[150] = want[150] = 0;
  check(longw, want);
  /* invalid UTF-8 does not crash */
  char bad[] = {'m', 'e', (char)0xff, 'n', 0};
  n = warta_stem(bad, 4, buf, sizeof buf);
  assert_true(n > 0);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: test_stem PAIRS.tsv\n");
    return 2;
  }
  pairs_path = argv[1];
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_pairs), cmocka_unit_test(test_edges)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
