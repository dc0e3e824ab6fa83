/*
 * test_jsonl_fast.c — the fast JSON Lines record reader (cli/jsonl_fast.c)
 * against cJSON, line by line, on the files given (tests/data/jsonl/).
 *
 * For every line the fast reader accepts, cJSON must read an object from the
 * same line with the same string values (a value the fast reader leaves NULL
 * must not be a string for cJSON), and the line must not hold "\u0000" (which
 * the caller reports as an error).  A line the fast reader declines goes
 * through cJSON in the program, so there is nothing to compare.  The reader
 * must never change the line, and a fair share of lines must take the fast
 * path at all.
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <cmocka.h>

#include "jsonl_fast.h"

static char **files;
static int nfiles;

static void check_line(const char *line, size_t n, const char *where, unsigned long *accepted) {
  static const char *const names[] = {"text", "id", "published", "title", "url"};
  static const char *const names2[] = {"title", "text", "url", "title", "x"}; /* a name twice */
  const char *const *sets[] = {names, names2};
  for (int s = 0; s < 2; s++) {
    char *copy = malloc(n + 1);
    assert_non_null(copy);
    memcpy(copy, line, n);
    copy[n] = 0;
    char *out = malloc(n + 1); /* the room the reader asks for, no more */
    assert_non_null(out);
    char *vals[5];
    size_t lens[5];
    int r = cli_jsonl_fast(copy, n, sets[s], 5, out, vals, lens);
    if (memcmp(copy, line, n) != 0) fail_msg("%s: %s but changed the line", where, r ? "accepted" : "declined");
    if (!r) {
      free(out);
      free(copy);
      continue;
    }
    (*accepted)++;
    if (memmem(line, n, "\\u0000", 6)) fail_msg("%s: accepted a line holding \\u0000", where);
    cJSON *j = cJSON_ParseWithLengthOpts(line, n, NULL, 0);
    if (!j || !cJSON_IsObject(j)) fail_msg("%s: accepted a line cJSON does not read as an object", where);
    for (int i = 0; i < 5; i++) {
      cJSON *v = cJSON_GetObjectItemCaseSensitive(j, sets[s][i]);
      if (!vals[i]) {
        if (cJSON_IsString(v)) fail_msg("%s: '%s' missed (cJSON: \"%s\")", where, sets[s][i], v->valuestring);
        continue;
      }
      if (!cJSON_IsString(v)) fail_msg("%s: '%s' is not a string for cJSON", where, sets[s][i]);
      if (strlen(v->valuestring) != lens[i] || memcmp(v->valuestring, vals[i], lens[i]) != 0 || vals[i][lens[i]])
        fail_msg("%s: '%s' differs: fast \"%.*s\" (%zu bytes), cJSON \"%s\"", where, sets[s][i], (int)lens[i],
                 vals[i], lens[i], v->valuestring);
    }
    cJSON_Delete(j);
    free(out);
    free(copy);
  }
}

static void test_files(void **state) {
  (void)state;
  unsigned long lines = 0, accepted = 0;
  for (int f = 0; f < nfiles; f++) {
    FILE *fp = fopen(files[f], "rb");
    if (!fp) fail_msg("cannot open %s", files[f]);
    char *buf = NULL;
    size_t cap = 0;
    ssize_t got;
    unsigned long no = 0;
    while ((got = getline(&buf, &cap, fp)) >= 0) {
      no++;
      size_t n = (size_t)got;
      while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r')) n--;
      size_t a = 0;
      while (a < n && (buf[a] == ' ' || buf[a] == '\t')) a++; /* as cli/inputs.c does */
      char where[600];
      snprintf(where, sizeof where, "%s:%lu", files[f], no);
      check_line(buf + a, n - a, where, &accepted);
      lines++;
    }
    free(buf);
    fclose(fp);
  }
  print_message("%lu lines, %lu fast reads\n", lines, accepted);
  assert_true(lines > 0);
  assert_true(accepted * 10 >= lines); /* the fast path is taken */
}

int main(int argc, char **argv) {
  files = argv + 1;
  nfiles = argc - 1;
  if (nfiles < 1) {
    fprintf(stderr, "usage: test_jsonl_fast FILE.jsonl...\n");
    return 2;
  }
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_files)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
