/* serve_int.h — what the HTTP request path's files share (src/serve/). */
#ifndef WARTA_SERVE_INT_H
#define WARTA_SERVE_INT_H

#include <stddef.h>
#include <stdint.h>

#include "warta.h"

#define WT_HIDDEN __attribute__((visibility("hidden")))

/* A growing output buffer; after an allocation failure it stops growing and
 * oom stays set. */
typedef struct wt_sbuf {
  char *p;
  size_t n, cap;
  int oom;
} wt_sbuf;

WT_HIDDEN void wt_sb_put(wt_sbuf *b, const char *s, size_t n);
WT_HIDDEN void wt_sb_puts(wt_sbuf *b, const char *s);
WT_HIDDEN void wt_sb_printf(wt_sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A JSON string literal for s (NUL-terminated), or null when s is NULL. */
WT_HIDDEN void wt_sb_jstr(wt_sbuf *b, const char *s);
/* The same for s[0..n). */
WT_HIDDEN void wt_sb_jstrn(wt_sbuf *b, const char *s, size_t n);
/* ,"key": */
WT_HIDDEN void wt_sb_key(wt_sbuf *b, const char *key);

/* docs.c: GET /api/documents/{id}.  Writes the JSON into out and returns 200,
 * or an HTTP error status with msg filled.  *conn is the handler's own
 * read-only connection, opened on first use (closed by wt_serve_docs_close). */
typedef struct sqlite3 sqlite3;
WT_HIDDEN int wt_serve_document(sqlite3 **conn, const char *path, int64_t id, wt_sbuf *out, char *msg,
                                size_t cap);
WT_HIDDEN void wt_serve_docs_close(sqlite3 **conn);

#endif
