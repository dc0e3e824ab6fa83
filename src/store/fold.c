/*
 * fold.c — folding text for matching (case, diacritics, compatibility
 * forms), the word splitter the FTS5 tokenizer and the propagation shingles
 * share, canonical-name keys, and warta_stem.
 */
#include <string.h>
#include <utf8proc.h>

#include "alloc.h"
#include "store_int.h"

/* Decodes one code point at s[i..n); *len gets its byte length (1 for an
 * invalid byte, returned as -1). */
static int32_t decode(const char *s, size_t n, size_t i, size_t *len) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
  if (k <= 0) {
    *len = 1;
    return -1;
  }
  *len = (size_t)k;
  return cp;
}

static bool word_cp(int32_t cp) {
  if (cp < 0) return false;
  if (cp < 128)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
  case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
  case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
    return true;
  default:
    return false;
  }
}

size_t wt_fold(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (c < 128) {
      if (o < cap) out[o] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
      o++;
      i++;
      continue;
    }
    size_t len;
    int32_t cp = decode(s, n, i, &len);
    i += len;
    if (cp < 0) {
      if (o < cap) out[o] = '?';
      o++;
      continue;
    }
    utf8proc_int32_t buf[16];
    int bc = 0;
    utf8proc_ssize_t m = utf8proc_decompose_char(
        cp, buf, 16, UTF8PROC_CASEFOLD | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &bc);
    if (m < 0 || m > 16) {
      buf[0] = cp;
      m = 1;
    }
    for (utf8proc_ssize_t k = 0; k < m; k++) {
      utf8proc_uint8_t enc[4];
      utf8proc_ssize_t el = utf8proc_encode_char(buf[k], enc);
      for (utf8proc_ssize_t j = 0; j < el; j++) {
        if (o < cap) out[o] = (char)enc[j];
        o++;
      }
    }
  }
  return o;
}

int wt_next_word(const char *s, size_t n, size_t *pos, wt_word *w) {
  size_t i = *pos, len;
  /* skip to the first word character */
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c < 128) {
      if ((c | 32) >= 'a' && (c | 32) <= 'z') break;
      if (c >= '0' && c <= '9') break;
      i++;
      continue;
    }
    if (word_cp(decode(s, n, i, &len))) break;
    i += len;
  }
  if (i >= n) {
    *pos = n;
    return 0;
  }
  size_t start = i;
  for (;;) {
    while (i < n) {
      unsigned char c = (unsigned char)s[i];
      if (c < 128) {
        if (((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9')) {
          i++;
          continue;
        }
        break;
      }
      if (!word_cp(decode(s, n, i, &len))) break;
      i += len;
    }
    /* a single hyphen between word characters joins: kata-kata, Jong-un */
    if (i + 1 < n && s[i] == '-') {
      size_t l2;
      unsigned char c = (unsigned char)s[i + 1];
      if (c < 128 ? (((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9'))
                  : word_cp(decode(s, n, i + 1, &l2))) {
        i++;
        continue;
      }
    }
    break;
  }
  w->start = (uint32_t)start;
  w->end = (uint32_t)i;
  *pos = i;
  return 1;
}

char *wt_name_key(const char *s, size_t n) {
  size_t fl = wt_fold(s, n, NULL, 0);
  char *f = wt_malloc(fl + 1);
  char *out = wt_malloc(fl + 1);
  if (!f || !out) {
    wt_free(f);
    wt_free(out);
    return NULL;
  }
  wt_fold(s, n, f, fl);
  size_t o = 0, pos = 0;
  wt_word w;
  while (wt_next_word(f, fl, &pos, &w)) {
    if (o) out[o++] = ' ';
    for (uint32_t k = w.start; k < w.end; k++) out[o++] = f[k] == '-' ? ' ' : f[k];
  }
  out[o] = 0;
  wt_free(f);
  return out;
}

size_t warta_stem(const char *word, size_t len, char *out, size_t cap) {
  if (!word) len = 0;
  if (!out) cap = 0;
  char f[WT_STEM_MAX + 1], r[WT_STEM_MAX + 1];
  size_t fl = wt_fold(word, len, f, WT_STEM_MAX);
  if (fl > WT_STEM_MAX) {
    /* too long to be an Indonesian word: folded, unchanged */
    if (cap) {
      size_t m = wt_fold(word, len, out, cap - 1);
      out[m < cap - 1 ? m : cap - 1] = 0;
    }
    return fl;
  }
  size_t rl = wt_stem_folded(f, fl, r);
  if (cap) {
    size_t m = rl < cap ? rl : cap - 1;
    memcpy(out, r, m);
    out[m] = 0;
  }
  return rl;
}

int32_t wt_store_day(const char *s) {
  if (!s) return INT32_MIN;
  int y = 0, m = 0, d = 0;
  for (int i = 0; i < 10; i++) {
    char c = s[i];
    if (i == 4 || i == 7) {
      if (c != '-') return INT32_MIN;
      continue;
    }
    if (c < '0' || c > '9') return INT32_MIN;
    if (i < 4) y = y * 10 + (c - '0');
    else if (i < 7) m = m * 10 + (c - '0');
    else d = d * 10 + (c - '0');
  }
  static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1]) return INT32_MIN;
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return INT32_MIN;
  /* days from civil (proleptic Gregorian) */
  y -= m <= 2;
  int era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = (unsigned)(y - era * 400);
  unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (int32_t)doe - 719468;
}

void wt_store_date(int32_t day, char out[11]) {
  /* civil from days (proleptic Gregorian) */
  int64_t z = (int64_t)day + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned)(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = (int64_t)yoe + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  if (y < 0 || y > 9999) {
    out[0] = 0;
    return;
  }
  out[0] = (char)('0' + y / 1000);
  out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10);
  out[3] = (char)('0' + y % 10);
  out[4] = '-';
  out[5] = (char)('0' + m / 10);
  out[6] = (char)('0' + m % 10);
  out[7] = '-';
  out[8] = (char)('0' + d / 10);
  out[9] = (char)('0' + d % 10);
  out[10] = 0;
}
