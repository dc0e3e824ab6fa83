/*
 * fuzz.h — what warta's fuzz targets share: a failure that aborts with a
 * message (so libFuzzer, the regression replay and ASan all see it), an
 * independent UTF-8 validator to check the library against, and a growing
 * memory sink for the JSON writer.
 *
 * Every target is one file fuzz/fuzz_<name>.c defining
 *     int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
 * built twice: with libFuzzer (fuzz_<name>, clang, -DWARTA_FUZZ=ON) and with
 * fuzz/replay.c (replay_<name>, any compiler) for tests/regress/<name>/.
 */
#ifndef WARTA_FUZZ_H
#define WARTA_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* An invariant does not hold: say which, and abort (a crash for libFuzzer). */
#define FUZZ_CHECK(cond, ...)                                                  \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "fuzz invariant failed at %s:%d: %s: ", __FILE__, __LINE__, #cond); \
      fprintf(stderr, __VA_ARGS__);                                            \
      fputc('\n', stderr);                                                     \
      abort();                                                                 \
    }                                                                          \
  } while (0)

/* Length of the valid UTF-8 sequence at s[0..n) (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF), 0 if invalid.  NUL counts as invalid,
 * as it does for warta_extract.  Written apart from src/utf8.c on purpose. */
static inline size_t fuzz_utf8_len(const unsigned char *s, size_t n) {
  if (n == 0 || s[0] == 0) return 0;
  unsigned c = s[0];
  size_t need;
  uint32_t cp, min;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) need = 2, cp = c & 0x1F, min = 0x80;
  else if ((c & 0xF0) == 0xE0) need = 3, cp = c & 0x0F, min = 0x800;
  else if ((c & 0xF8) == 0xF0) need = 4, cp = c & 0x07, min = 0x10000;
  else return 0;
  if (n < need) return 0;
  for (size_t i = 1; i < need; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return need;
}

/* The offset of the first invalid byte of s[0..n), or n when all is valid. */
static inline size_t fuzz_utf8_first_bad(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    size_t k = fuzz_utf8_len(u + i, n - i);
    if (!k) return i;
    i += k;
  }
  return n;
}

static inline bool fuzz_utf8_valid(const char *s, size_t n) { return fuzz_utf8_first_bad(s, n) == n; }
/* A string that may be NULL: NULL or valid UTF-8. */
static inline bool fuzz_opt_utf8(const char *s) { return !s || fuzz_utf8_valid(s, strlen(s)); }

/* Is offset i of text[0..n) at a character boundary (or the end)? */
static inline bool fuzz_boundary(const char *text, size_t n, size_t i) {
  return i == n || (i < n && ((unsigned char)text[i] & 0xC0) != 0x80);
}

/* A warta_write_fn sink into memory; fail_after (when not SIZE_MAX) makes the
 * write that would pass that many bytes fail. */
typedef struct fuzz_sink {
  char *p;
  size_t n, cap;
  size_t fail_after;
  int failed;
} fuzz_sink;

static inline int fuzz_sink_write(void *ctx, const char *buf, size_t len) {
  fuzz_sink *s = ctx;
  if (s->fail_after != SIZE_MAX && s->n + len > s->fail_after) {
    s->failed = 1;
    return 1;
  }
  if (s->n + len + 1 > s->cap) {
    size_t cap = s->cap ? s->cap : 4096;
    while (cap < s->n + len + 1) cap *= 2;
    char *q = realloc(s->p, cap);
    if (!q) abort();
    s->p = q;
    s->cap = cap;
  }
  memcpy(s->p + s->n, buf, len);
  s->n += len;
  s->p[s->n] = 0;
  return 0;
}

/* A YYYY-MM-DD string (the digits, the dashes, a month 01-12, a day 01-31). */
static inline bool fuzz_ymd(const char *s) {
  if (strlen(s) != 10) return false;
  for (int i = 0; i < 10; i++) {
    if (i == 4 || i == 7) {
      if (s[i] != '-') return false;
    } else if (s[i] < '0' || s[i] > '9') {
      return false;
    }
  }
  int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* A malloc'd copy of s, NULL for NULL; aborts when memory runs out (the
 * fuzzer's own allocation, not the library's). */
static inline char *fuzz_dup(const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s);
  char *d = malloc(n + 1);
  if (!d) abort();
  memcpy(d, s, n + 1);
  return d;
}

/* Takes one line (up to '\n' or the end) off the input [*p, *p + *n) as a
 * new C string; *len (when not NULL) gets its length.  Aborts when memory
 * runs out (the fuzzer's own allocation, not the library's). */
static inline char *fuzz_take_line(const uint8_t **p, size_t *n, size_t *len) {
  const uint8_t *nl = memchr(*p, '\n', *n);
  size_t k = nl ? (size_t)(nl - *p) : *n;
  char *s = malloc(k + 1);
  if (!s) abort();
  memcpy(s, *p, k);
  s[k] = 0;
  *p += nl ? k + 1 : k;
  *n -= nl ? k + 1 : k;
  if (len) *len = k;
  return s;
}

#endif
