/*
 * test_segment.c — segmentation, dateline and boilerplate, driven by data
 * files (tests/data/segment/\*.cases, tests/data/dateline/\*.cases).
 *
 * A case file holds cases separated by blank lines.  Each line of a case is
 * "KEY: VALUE":
 *   in:       the input (repeat the key for more lines; "\n" is a newline,
 *             "\uXXXX" a code point)
 *   sent:     the next expected sentence, in order (all must be listed)
 *   tok:      the expected tokens of the whole input, separated by " | "
 *   marks:    the expected quote-mark roles in order: O (open), C (close), B (both)
 *   para:     the next expected paragraph text (all must be listed)
 *   place:    the dateline's place, or "-" for no dateline
 *   outlet:   the dateline's outlet, or "-" for none
 *   boiler:   the text of a paragraph that must be marked boilerplate
 *   body:     the exact text of the body span
 * Lines starting with '#' are comments.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <cmocka.h>
#include <dirent.h>

#include "warta.h"

#define MAXL 256

typedef struct tcase {
  char file[512];
  int line;
  char in[8192];
  char *keys[MAXL], *vals[MAXL];
  int n;
} tcase;

static warta_engine *eng;
static warta_doc *doc;

static void unescape(char *s) {
  char *o = s;
  for (char *p = s; *p; p++) {
    if (p[0] == '\\' && p[1] == 'n') {
      *o++ = '\n';
      p++;
    } else if (p[0] == '\\' && p[1] == 'r') {
      *o++ = '\r';
      p++;
    } else if (p[0] == '\\' && p[1] == 'u' && isxdigit((unsigned char)p[2]) && isxdigit((unsigned char)p[3]) &&
               isxdigit((unsigned char)p[4]) && isxdigit((unsigned char)p[5])) {
      /* \uXXXX: the code point, as UTF-8 */
      char hex[5] = {p[2], p[3], p[4], p[5], 0};
      unsigned cp = (unsigned)strtoul(hex, NULL, 16);
      if (cp < 0x80) {
        *o++ = (char)cp;
      } else if (cp < 0x800) {
        *o++ = (char)(0xC0 | (cp >> 6));
        *o++ = (char)(0x80 | (cp & 0x3F));
      } else {
        *o++ = (char)(0xE0 | (cp >> 12));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
      }
      p += 5;
    } else if (p[0] == '\\' && p[1] == 't') {
      *o++ = '\t';
      p++;
    } else {
      *o++ = *p;
    }
  }
  *o = 0;
}

static char *span_str(warta_span s) {
  size_t len;
  const char *t = warta_doc_text(doc, &len);
  return strndup(t + s.start, s.end - s.start);
}

#define FAILF(c, ...)                                                                                   \
  do {                                                                                                  \
    print_error("%s:%d: ", (c)->file, (c)->line);                                                       \
    print_error(__VA_ARGS__);                                                                           \
    print_error("\n");                                                                                  \
    failures++;                                                                                         \
  } while (0)

static int failures;

static void run_case(tcase *c) {
  int rc = warta_extract(doc, c->in, strlen(c->in), NULL, 0);
  if (rc != WARTA_OK) {
    FAILF(c, "extract failed: %s", warta_errmsg(doc));
    return;
  }
  size_t si = 0, pi = 0;
  int has_sent = 0, has_para = 0;
  for (int i = 0; i < c->n; i++) {
    const char *k = c->keys[i], *v = c->vals[i];
    if (!strcmp(k, "sent")) {
      has_sent = 1;
      if (si >= warta_doc_sentence_count(doc)) {
        FAILF(c, "missing sentence %zu: expected '%s'", si, v);
        continue;
      }
      char *got = span_str(warta_doc_sentence(doc, si++));
      if (strcmp(got, v)) FAILF(c, "sentence %zu: expected '%s'\n   got '%s'", si - 1, v, got);
      free(got);
    } else if (!strcmp(k, "para")) {
      has_para = 1;
      if (pi >= warta_doc_paragraph_count(doc)) {
        FAILF(c, "missing paragraph %zu: expected '%s'", pi, v);
        continue;
      }
      char *got = span_str(warta_doc_paragraph(doc, pi++)->span);
      if (strcmp(got, v)) FAILF(c, "paragraph %zu: expected '%s'\n   got '%s'", pi - 1, v, got);
      free(got);
    } else if (!strcmp(k, "tok") || !strcmp(k, "marks")) {
      char buf[16384];
      size_t o = 0;
      buf[0] = 0;
      for (size_t t = 0; t < warta_doc_token_count(doc); t++) {
        warta_span sp;
        int kind, role;
        warta_doc_token(doc, t, &sp, &kind, &role);
        if (!strcmp(k, "marks")) {
          if (kind != WARTA_TOK_QUOTE) continue;
          const char *r = role == (WARTA_QUOTE_OPEN | WARTA_QUOTE_CLOSE) ? "B" : role == WARTA_QUOTE_OPEN ? "O" : "C";
          o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", o ? " " : "", r);
        } else {
          char *tx = span_str(sp);
          o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", o ? " | " : "", tx);
          free(tx);
        }
        if (o >= sizeof buf) break;
      }
      if (strcmp(buf, v)) FAILF(c, "%s: expected '%s'\n   got      '%s'", k, v, buf);
    } else if (!strcmp(k, "place") || !strcmp(k, "outlet")) {
      const warta_dateline *dl = warta_doc_dateline(doc);
      warta_span s = dl ? (!strcmp(k, "place") ? dl->place : dl->outlet) : (warta_span){0, 0};
      char *got = s.end > s.start ? span_str(s) : strdup("-");
      if (strcmp(got, v)) FAILF(c, "%s: expected '%s', got '%s'", k, v, got);
      free(got);
    } else if (!strcmp(k, "boiler")) {
      int found = 0;
      for (size_t p = 0; p < warta_doc_paragraph_count(doc); p++) {
        const warta_paragraph *pp = warta_doc_paragraph(doc, p);
        char *got = span_str(pp->span);
        if (!strcmp(got, v)) found = pp->boilerplate ? 1 : -1;
        free(got);
      }
      if (found != 1) FAILF(c, "boiler: '%s' %s", v, found ? "is not marked boilerplate" : "is not a paragraph");
    } else if (!strcmp(k, "body")) {
      char *got = span_str(warta_doc_body(doc));
      if (strcmp(got, v)) FAILF(c, "body: expected '%s'\n   got '%s'", v, got);
      free(got);
    } else {
      FAILF(c, "unknown key '%s'", k);
    }
  }
  if (has_sent && si != warta_doc_sentence_count(doc)) {
    char *extra = span_str(warta_doc_sentence(doc, si));
    FAILF(c, "%zu sentences expected, got %zu (next: '%s')", si, warta_doc_sentence_count(doc), extra);
    free(extra);
  }
  if (has_para && pi != warta_doc_paragraph_count(doc))
    FAILF(c, "%zu paragraphs expected, got %zu", pi, warta_doc_paragraph_count(doc));
}

static int run_file(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) {
    print_error("cannot open %s\n", path);
    return 1;
  }
  char line[8192];
  int lineno = 0, cases = 0;
  tcase c;
  memset(&c, 0, sizeof c);
  int active = 0;
  for (;;) {
    char *got = fgets(line, sizeof line, f);
    if (got) lineno++;
    size_t n = got ? strlen(line) : 0;
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
    if (!got || n == 0) {
      if (active) {
        run_case(&c);
        cases++;
        for (int i = 0; i < c.n; i++) {
          free(c.keys[i]);
          free(c.vals[i]);
        }
      }
      memset(&c, 0, sizeof c);
      active = 0;
      if (!got) break;
      continue;
    }
    if (line[0] == '#') continue;
    char *colon = strstr(line, ": ");
    if (!colon) {
      if (line[n - 1] == ':') colon = line + n - 1;
      else {
        print_error("%s:%d: no 'key: value'\n", path, lineno);
        failures++;
        continue;
      }
    }
    *colon = 0;
    char *val = colon[1] ? colon + 2 : colon + 1;
    unescape(val);
    if (!active) {
      snprintf(c.file, sizeof c.file, "%s", path);
      c.line = lineno;
      active = 1;
    }
    if (!strcmp(line, "in")) {
      if (c.in[0]) strncat(c.in, "\n", sizeof c.in - strlen(c.in) - 1);
      strncat(c.in, val, sizeof c.in - strlen(c.in) - 1);
    } else if (c.n < MAXL) {
      c.keys[c.n] = strdup(line);
      c.vals[c.n] = strdup(val);
      c.n++;
    }
  }
  fclose(f);
  return cases;
}

static void test_dir(void **state) {
  const char *dir = *state;
  failures = 0;
  DIR *d = opendir(dir);
  assert_non_null(d);
  struct dirent *e;
  int files = 0, cases = 0;
  while ((e = readdir(d))) {
    size_t n = strlen(e->d_name);
    if (n < 7 || strcmp(e->d_name + n - 6, ".cases")) continue;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    cases += run_file(path);
    files++;
  }
  closedir(d);
  print_message("%s: %d files, %d cases, %d failures\n", dir, files, cases, failures);
  assert_true(files > 0);
  assert_int_equal(failures, 0);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: test_segment DIR...\n");
    return 2;
  }
  eng = warta_engine_new();
  doc = warta_doc_new(eng);
  struct CMUnitTest tests[16];
  int n = 0;
  for (int i = 1; i < argc && n < 16; i++) {
    tests[n] = (struct CMUnitTest){argv[i], test_dir, NULL, NULL, argv[i]};
    n++;
  }
  int r = _cmocka_run_group_tests("segment", tests, (size_t)n, NULL, NULL);
  warta_doc_free(doc);
  warta_engine_free(eng);
  return r;
}
