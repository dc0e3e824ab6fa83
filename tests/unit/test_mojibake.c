/*
 * test_mojibake.c — WARTA_FIX_MOJIBAKE on the lines of a data file:
 *
 *     test_mojibake tests/data/mojibake/repair.tsv
 *
 * Each line is BROKEN<TAB>EXPECTED<TAB>WHAT: UTF-8 read as cp1252 (or
 * Latin-1) once or twice, and the text it stood for; the working text after
 * warta_extract with WARTA_FIX_MOJIBAKE must equal EXPECTED, and clean text
 * (BROKEN == EXPECTED) must come back unchanged.
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

static const char *path;

static void repairs(void **state) {
  (void)state;
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  warta_engine *eng = warta_engine_new();
  warta_doc *doc = warta_doc_new(eng);
  assert_non_null(doc);
  char line[4096];
  int n = 0, bad = 0;
  while (fgets(line, sizeof line, f)) {
    if (line[0] == '#' || line[0] == '\n') continue;
    line[strcspn(line, "\n")] = 0;
    char *want = strchr(line, '\t');
    assert_non_null(want);
    *want++ = 0;
    char *what = strchr(want, '\t');
    if (what) *what++ = 0;
    int rc = warta_extract(doc, line, strlen(line), NULL, WARTA_FIX_MOJIBAKE);
    size_t len = 0;
    const char *got = rc == WARTA_OK ? warta_doc_text(doc, &len) : NULL;
    if (!got || len != strlen(want) || memcmp(got, want, len)) {
      fprintf(stderr, "line %d (%s): rc %d, got \"%.*s\", want \"%s\"\n", n + 1, what ? what : "", rc,
              got ? (int)len : 0, got ? got : "", want);
      bad++;
    }
    n++;
  }
  fclose(f);
  warta_doc_free(doc);
  warta_engine_free(eng);
  fprintf(stderr, "%d lines, %d wrong\n", n, bad);
  assert_true(n > 0);
  assert_int_equal(bad, 0);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: test_mojibake REPAIR.tsv\n");
    return 2;
  }
  path = argv[1];
  const struct CMUnitTest tests[] = {cmocka_unit_test(repairs)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
