/*
 * charset.c — which charset a page is in, and turning it into UTF-8.
 *
 * The order is the browsers': a byte-order mark, then the HTTP Content-Type
 * header, then <meta charset> / <meta http-equiv> in the page's first 64 KiB.
 * Labels that browsers read as windows-1252 (iso-8859-1, latin1, us-ascii)
 * are read as windows-1252 here too: pages that say "iso-8859-1" are written
 * in windows-1252 in practice (curly quotes as bytes 0x93 and 0x94).  A page
 * that says windows-1252 but holds valid multi-byte UTF-8 and nothing else is
 * read as UTF-8 (a mislabelled page; real windows-1252 text is almost never
 * valid UTF-8).  Conversion goes through iconv; a byte that is not valid in
 * the charset becomes U+FFFD and is counted, never an error.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>

#include "../alloc.h"
#include "ingest.h"

/* ------------------------------------------------------------- buffers */

int wt_buf_grow(wt_buf *b, size_t n) {
  if (n > SIZE_MAX / 4 - b->len) return -1;
  size_t need = b->len + n;
  if (need <= b->cap) return 0;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < need) cap *= 2;
  char *p = wt_realloc(b->p, cap);
  if (!p) return -1;
  b->p = p;
  b->cap = cap;
  return 0;
}

int wt_buf_add(wt_buf *b, const void *s, size_t n) {
  if (wt_buf_grow(b, n) != 0) return -1;
  if (n) memcpy(b->p + b->len, s, n);
  b->len += n;
  return 0;
}

void wt_buf_reset(wt_buf *b, size_t keep) {
  b->len = 0;
  if (b->cap > keep) {
    wt_free(b->p);
    b->p = NULL;
    b->cap = 0;
  }
}

void wt_buf_free(wt_buf *b) {
  wt_free(b->p);
  b->p = NULL;
  b->len = b->cap = 0;
}

bool wt_prefix_ci(const char *s, size_t n, const char *w) {
  size_t i = 0;
  for (; w[i]; i++)
    if (i >= n || wt_lower((unsigned char)s[i]) != w[i]) return false;
  return true;
}

const char *wt_find_ci(const char *s, size_t n, const char *needle) {
  size_t m = strlen(needle);
  if (!m || m > n) return m ? NULL : s;
  int c0 = needle[0], c1 = c0 >= 'a' && c0 <= 'z' ? c0 - 32 : c0;
  for (size_t i = 0; i + m <= n; i++) {
    const char *p = memchr(s + i, c0, n - m + 1 - i), *q = c1 != c0 ? memchr(s + i, c1, n - m + 1 - i) : NULL;
    if (!p || (q && q < p)) p = q;
    if (!p) return NULL;
    i = (size_t)(p - s);
    if (wt_prefix_ci(p, n - i, needle)) return p;
  }
  return NULL;
}

/* -------------------------------------------------------------- labels */

bool wt_charset_name(const char *label, size_t n, char *out, size_t cap) {
  while (n && (wt_space((unsigned char)*label) || *label == '"' || *label == '\'')) label++, n--;
  while (n && (wt_space((unsigned char)label[n - 1]) || label[n - 1] == '"' || label[n - 1] == '\'')) n--;
  if (!n || n >= cap || n > 40) return false;
  char low[48];
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)label[i];
    if (c < 0x21 || c > 0x7e) return false;
    low[i] = (char)wt_lower(c);
  }
  low[n] = 0;
  static const char *const utf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", NULL};
  static const char *const w1252[] = {"windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
                                      "iso_8859-1", "iso-ir-100", "latin1", "l1", "ascii", "us-ascii",
                                      "ansi_x3.4-1968", "cp819", "ibm819", "csisolatin1", "iso88591", NULL};
  for (int i = 0; utf8[i]; i++)
    if (!strcmp(low, utf8[i])) return snprintf(out, cap, "UTF-8") < (int)cap;
  for (int i = 0; w1252[i]; i++)
    if (!strcmp(low, w1252[i])) return snprintf(out, cap, "windows-1252") < (int)cap;
  if (!strcmp(low, "utf-16") || !strcmp(low, "utf-16le")) return snprintf(out, cap, "UTF-16LE") < (int)cap;
  if (!strcmp(low, "utf-16be")) return snprintf(out, cap, "UTF-16BE") < (int)cap;
  memcpy(out, low, n + 1);
  return true;
}

/* The value of a "charset=" parameter in s[0..n). */
static bool charset_param(const char *s, size_t n, char *out, size_t cap) {
  const char *p = wt_find_ci(s, n, "charset");
  while (p) {
    size_t i = (size_t)(p - s) + 7;
    while (i < n && wt_space((unsigned char)s[i])) i++;
    if (i < n && s[i] == '=') {
      i++;
      while (i < n && (wt_space((unsigned char)s[i]) || s[i] == '"' || s[i] == '\'')) i++;
      size_t a = i;
      while (i < n && s[i] != ';' && s[i] != '"' && s[i] != '\'' && !wt_space((unsigned char)s[i]) && s[i] != '>')
        i++;
      return wt_charset_name(s + a, i - a, out, cap);
    }
    p = wt_find_ci(s + i, n - i, "charset");
  }
  return false;
}

bool wt_charset_of_content_type(const char *ct, size_t n, char *out, size_t cap) {
  return ct && charset_param(ct, n, out, cap);
}

/* The next attribute of a tag in s[*i..e): name [= value].  false at the end. */
static bool next_attr(const char *s, size_t *i, size_t e, const char **name, size_t *nlen, const char **val,
                      size_t *vlen) {
  size_t k = *i;
  while (k < e && (wt_space((unsigned char)s[k]) || s[k] == '/')) k++;
  if (k >= e) return false;
  size_t a = k;
  while (k < e && !wt_space((unsigned char)s[k]) && s[k] != '=' && s[k] != '/') k++;
  *name = s + a;
  *nlen = k - a;
  while (k < e && wt_space((unsigned char)s[k])) k++;
  *val = NULL;
  *vlen = 0;
  if (k < e && s[k] == '=') {
    k++;
    while (k < e && wt_space((unsigned char)s[k])) k++;
    if (k < e && (s[k] == '"' || s[k] == '\'')) {
      char q = s[k++];
      size_t b = k;
      while (k < e && s[k] != q) k++;
      *val = s + b;
      *vlen = k - b;
      if (k < e) k++;
    } else {
      size_t b = k;
      while (k < e && !wt_space((unsigned char)s[k])) k++;
      *val = s + b;
      *vlen = k - b;
    }
  }
  if (k == a) k++; /* no progress: skip a stray byte */
  *i = k;
  return true;
}

bool wt_charset_of_meta(const char *s, size_t n, char *out, size_t cap) {
  if (n > 65536) n = 65536;
  size_t i = 0;
  while (i < n) {
    const char *lt = memchr(s + i, '<', n - i);
    if (!lt) return false;
    i = (size_t)(lt - s);
    if (wt_prefix_ci(s + i, n - i, "<!--")) {
      const char *e = memmem(s + i + 4, n - i - 4, "-->", 3);
      if (!e) return false;
      i = (size_t)(e - s) + 3;
      continue;
    }
    if (!wt_prefix_ci(s + i, n - i, "<meta") || i + 5 >= n || !(wt_space((unsigned char)s[i + 5]) || s[i + 5] == '/')) {
      i++;
      continue;
    }
    /* the end of the tag, quotes respected */
    size_t a = i + 5, e = a;
    char q = 0;
    for (; e < n; e++) {
      if (q) {
        if (s[e] == q) q = 0;
      } else if (s[e] == '"' || s[e] == '\'') {
        q = s[e];
      } else if (s[e] == '>') {
        break;
      }
    }
    if (e >= n) return false;
    const char *name, *val, *content = NULL;
    size_t nl, vl, cl = 0;
    bool http_ct = false;
    size_t k = a;
    while (next_attr(s, &k, e, &name, &nl, &val, &vl)) {
      if (nl == 7 && wt_prefix_ci(name, nl, "charset") && val) return wt_charset_name(val, vl, out, cap);
      if (nl == 10 && wt_prefix_ci(name, nl, "http-equiv") && val && vl == 12 && wt_prefix_ci(val, vl, "content-type"))
        http_ct = true;
      if (nl == 7 && wt_prefix_ci(name, nl, "content") && val) {
        content = val;
        cl = vl;
      }
    }
    if (http_ct && content && charset_param(content, cl, out, cap)) return true;
    i = e + 1;
  }
  return false;
}

/* --------------------------------------------------------------- UTF-8 */

/* Length of a valid UTF-8 sequence at s (1..4), 0 when invalid.  NUL is
 * invalid for our purpose. */
static inline int seq_len(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  if (c < 0x80) return c ? 1 : 0;
  if (c < 0xc2) return 0;
  if (c < 0xe0) return n >= 2 && (s[1] & 0xc0) == 0x80 ? 2 : 0;
  if (c < 0xf0) {
    if (n < 3 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80) return 0;
    if (c == 0xe0 && s[1] < 0xa0) return 0; /* overlong */
    if (c == 0xed && s[1] >= 0xa0) return 0; /* surrogate */
    return 3;
  }
  if (c < 0xf5) {
    if (n < 4 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 || (s[3] & 0xc0) != 0x80) return 0;
    if (c == 0xf0 && s[1] < 0x90) return 0;
    if (c == 0xf4 && s[1] >= 0x90) return 0;
    return 4;
  }
  return 0;
}

size_t wt_utf8_check(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    /* eight ASCII bytes without NUL at a time */
    while (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, u + i, 8);
      if (w & 0x8080808080808080ull) break;
      if ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull) break; /* a zero byte */
      i += 8;
    }
    if (i >= n) break;
    int k = seq_len(u + i, n - i);
    if (!k) return i;
    i += (size_t)k;
  }
  return n;
}

bool wt_utf8_has_multibyte(const char *s, size_t n) {
  if (wt_utf8_check(s, n) != n) return false;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= 0x80) return true;
  return false;
}

static int add_fffd(wt_buf *out, uint32_t *repairs) {
  (*repairs)++;
  return wt_buf_add(out, "\xEF\xBF\xBD", 3);
}

/* Copies valid UTF-8, replacing each invalid sequence (and NUL) with U+FFFD. */
static int repair_utf8(const char *in, size_t n, wt_buf *out, uint32_t *repairs) {
  const unsigned char *u = (const unsigned char *)in;
  if (wt_buf_grow(out, n + 16) != 0) return -1;
  size_t i = 0;
  while (i < n) {
    size_t ok = wt_utf8_check(in + i, n - i);
    if (wt_buf_add(out, in + i, ok) != 0) return -1;
    i += ok;
    if (i >= n) break;
    if (add_fffd(out, repairs) != 0) return -1;
    /* skip the bad sequence: its lead byte and any continuation bytes */
    i++;
    while (i < n && (u[i] & 0xc0) == 0x80 && seq_len(u + i, n - i) == 0) i++;
  }
  return 0;
}

int wt_conv_utf8(wt_conv *c, const char *charset, const char *in, size_t n, wt_buf *out, uint32_t *repairs) {
  if (!strcmp(charset, "UTF-8")) return repair_utf8(in, n, out, repairs);
  if (!c->cd || strcmp(c->name, charset) != 0) {
    if (c->cd) iconv_close((iconv_t)c->cd);
    c->cd = NULL;
    iconv_t cd = iconv_open("UTF-8", charset);
    if (cd == (iconv_t)-1) return -2;
    c->cd = cd;
    snprintf(c->name, sizeof c->name, "%s", charset);
  }
  iconv((iconv_t)c->cd, NULL, NULL, NULL, NULL);
  size_t start = out->len;
  char *ip = (char *)in;
  size_t il = n;
  while (il > 0) {
    if (wt_buf_grow(out, il * 3 + 64) != 0) return -1;
    char *op = out->p + out->len;
    size_t ol = out->cap - out->len;
    size_t r = iconv((iconv_t)c->cd, &ip, &il, &op, &ol);
    out->len = (size_t)(op - out->p);
    if (r != (size_t)-1) break;
    if (errno == E2BIG) continue;
    /* EILSEQ or EINVAL (truncated at the end): one byte becomes U+FFFD */
    if (add_fffd(out, repairs) != 0) return -1;
    ip++;
    il--;
    iconv((iconv_t)c->cd, NULL, NULL, NULL, NULL);
  }
  /* NUL in the converted text becomes U+FFFD too, and so does what iconv
   * lets through that is no UTF-8 (glibc's UTF-8 decoder, reached through a
   * label like "utf8", passes code points above U+10FFFF) */
  if (out->len > start && wt_utf8_check(out->p + start, out->len - start) != out->len - start) {
    wt_buf tmp = {0};
    if (wt_buf_add(&tmp, out->p + start, out->len - start) != 0) return -1;
    out->len = start;
    int rc = repair_utf8(tmp.p, tmp.len, out, repairs);
    wt_buf_free(&tmp);
    if (rc != 0) return -1;
  }
  return 0;
}

void wt_conv_free(wt_conv *c) {
  if (c->cd) iconv_close((iconv_t)c->cd);
  c->cd = NULL;
  c->name[0] = 0;
}
