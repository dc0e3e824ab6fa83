/*
 * ingest.h — what the ingest readers (html.c, warc.c, charset.c, meta.c)
 * share.  Not installed, not public; the public side is the "Ingest" section
 * of warta.h.
 *
 * The HTML path, one page:
 *   charset.c  the page's charset (HTTP header, BOM, <meta>), bytes -> UTF-8
 *              (iconv for everything that is not UTF-8; invalid bytes and NUL
 *              become U+FFFD and are counted)
 *   html.c     script/style/svg/comments cut out in one fast pass (JSON-LD
 *              kept aside), libxml2's HTML parser in SAX mode building a flat
 *              element table and text blocks, the main-text heuristic, the
 *              output text
 *   meta.c     title, date, author, canonical URL and outlet from <meta>,
 *              <link>, <time>, JSON-LD and the <title>
 * The WARC path (warc.c): raw bytes -> gzip members (zlib) -> records ->
 * HTTP headers -> chunked and gzip transfer decoding -> payload.
 */
#ifndef WARTA_INGEST_H
#define WARTA_INGEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "warta.h"

#define WT_HIDDEN __attribute__((visibility("hidden")))

/* A growable byte buffer (wt_malloc'd), kept between pages. */
typedef struct wt_buf {
  char *p;
  size_t len, cap;
} wt_buf;

/* Room for n more bytes (0, or -1 when memory runs out or n is absurd). */
WT_HIDDEN int wt_buf_grow(wt_buf *b, size_t n);
WT_HIDDEN int wt_buf_add(wt_buf *b, const void *s, size_t n);
/* Drops the contents; frees the memory when it is over keep bytes. */
WT_HIDDEN void wt_buf_reset(wt_buf *b, size_t keep);
WT_HIDDEN void wt_buf_free(wt_buf *b);
static inline int wt_buf_addc(wt_buf *b, char c) {
  if (b->len + 1 > b->cap && wt_buf_grow(b, 1) != 0) return -1;
  b->p[b->len++] = c;
  return 0;
}

/* ASCII helpers (the C library's are locale dependent). */
static inline int wt_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static inline bool wt_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
/* Case-insensitive: does s[0..n) start with the lower-case ASCII word w? */
WT_HIDDEN bool wt_prefix_ci(const char *s, size_t n, const char *w);
/* Case-insensitive search of the lower-case ASCII needle in s[0..n). */
WT_HIDDEN const char *wt_find_ci(const char *s, size_t n, const char *needle);

/* ---------------------------------------------------------- charset.c */

/* The canonical name of a charset label ("utf8" -> "UTF-8", "latin1",
 * "iso-8859-1", "us-ascii" -> "windows-1252" as browsers do), written to out;
 * false when the label is empty or too long. */
WT_HIDDEN bool wt_charset_name(const char *label, size_t n, char *out, size_t cap);
/* The charset parameter of a Content-Type value, canonical; false if none. */
WT_HIDDEN bool wt_charset_of_content_type(const char *ct, size_t n, char *out, size_t cap);
/* <meta charset> or <meta http-equiv=Content-Type content="...charset=...">
 * in the first bytes of a page; false if none. */
WT_HIDDEN bool wt_charset_of_meta(const char *s, size_t n, char *out, size_t cap);
/* Offset of the first byte that is not valid UTF-8 (or is NUL), n if none. */
WT_HIDDEN size_t wt_utf8_check(const char *s, size_t n);
/* Does s hold a valid multi-byte UTF-8 sequence (and no invalid byte)? */
WT_HIDDEN bool wt_utf8_has_multibyte(const char *s, size_t n);

typedef struct wt_conv {
  void *cd;          /* iconv_t for `name`, or NULL */
  char name[48];
} wt_conv;
/* Converts in[0..n) from charset to UTF-8, appending to out.  Bytes that
 * are not valid in the charset, and NUL, become U+FFFD and are counted in
 * *repairs.  Returns 0, -1 when memory runs out, -2 when the charset is
 * unknown to iconv. */
WT_HIDDEN int wt_conv_utf8(wt_conv *c, const char *charset, const char *in, size_t n, wt_buf *out,
                           uint32_t *repairs);
WT_HIDDEN void wt_conv_free(wt_conv *c);

/* ------------------------------------------------------------- meta.c */

/* The page's metadata while it is gathered (candidates by source). */
typedef struct wt_pmeta {
  wt_buf pool; /* strings, NUL-separated; the fields below are offsets + 1 (0 = none) */
  uint32_t og_title, ld_headline, h1, title_tag, twitter_title;
  uint32_t ld_date, meta_date, item_date, time_date;
  uint32_t ld_author, meta_author, item_author, text_author;
  uint32_t canonical, og_url, ld_url;
  uint32_t og_site, ld_publisher, app_name;
  uint32_t lang;
  /* JSON-LD script bodies, kept for after the parse: [off, len) in pool */
  uint32_t ld_off[16], ld_len[16];
  int nld;
} wt_pmeta;

WT_HIDDEN void wt_pmeta_reset(wt_pmeta *m);
WT_HIDDEN void wt_pmeta_free(wt_pmeta *m);
/* Keeps a copy of s[0..n) (trimmed, whitespace collapsed) in *field unless it
 * is already set.  0, or -1 when memory runs out. */
WT_HIDDEN int wt_pmeta_set(wt_pmeta *m, uint32_t *field, const char *s, size_t n);
WT_HIDDEN const char *wt_pmeta_str(const wt_pmeta *m, uint32_t field);
/* One <meta name|property|itemprop=key content=value>. */
WT_HIDDEN int wt_pmeta_meta(wt_pmeta *m, const char *key, const char *value);
/* A JSON-LD script body (kept; parsed by wt_pmeta_finish). */
WT_HIDDEN int wt_pmeta_jsonld(wt_pmeta *m, const char *s, size_t n);
/* YYYY-MM-DD from "2023-11-14T10:15:00+07:00", "2023/11/14 10:15",
 * "14/11/2023", "Tue, 14 Nov 2023 ..." or "14 November 2023"; false if none.
 * out needs 11 bytes. */
WT_HIDDEN bool wt_date_ymd(const char *s, size_t n, char *out);

/* The final fields, resolved from the candidates. */
typedef struct wt_meta_out {
  const char *title, *published, *author, *url, *outlet, *lang;
} wt_meta_out;
/* Parses the JSON-LD, picks each field by priority, cleans titles and
 * authors; strings are written to out_pool (which must not move afterwards
 * until the caller has copied the pointers: they point into it).  0 or -1. */
WT_HIDDEN int wt_pmeta_finish(wt_pmeta *m, wt_buf *out_pool, const char *base_url, wt_meta_out *out);

#endif
