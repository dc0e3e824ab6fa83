/*
 * docs.c — GET /api/documents/{id}: one stored article with its text and the
 * spans of its quotes, cues, speakers and sources, so that the page can show
 * the article with the extraction highlighted.
 *
 * The Store API (include/warta.h) has no call that returns a document, so
 * this reads the store's tables (schema 1, described in src/store/store.c)
 * through its own read-only SQLite connection, checking the schema version
 * first.  When the Store API gains a document accessor, this file should use
 * it instead.
 */
#include <inttypes.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "serve_int.h"

void wt_serve_docs_close(sqlite3 **conn) {
  if (*conn) sqlite3_close_v2(*conn);
  *conn = NULL;
}

static int open_conn(sqlite3 **conn, const char *path, char *msg, size_t cap) {
  if (*conn) return 200;
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK) {
    snprintf(msg, cap, "the store is not available: %s", db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    return 503;
  }
  sqlite3_busy_timeout(db, 5000);
  sqlite3_stmt *s = NULL;
  int version = -1;
  if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
    version = sqlite3_column_int(s, 0);
  sqlite3_finalize(s);
  if (version != WARTA_STORE_SCHEMA) {
    snprintf(msg, cap, "the store is not available: schema %d, this server reads schema %d", version,
             WARTA_STORE_SCHEMA);
    sqlite3_close_v2(db);
    return 503;
  }
  *conn = db;
  return 200;
}

static void col_str(wt_sbuf *b, sqlite3_stmt *s, int c) {
  if (sqlite3_column_type(s, c) == SQLITE_NULL) {
    wt_sb_puts(b, "null");
    return;
  }
  const char *t = (const char *)sqlite3_column_text(s, c);
  wt_sb_jstrn(b, t ? t : "", (size_t)sqlite3_column_bytes(s, c));
}

static void col_int(wt_sbuf *b, sqlite3_stmt *s, int c) {
  if (sqlite3_column_type(s, c) == SQLITE_NULL) wt_sb_puts(b, "null");
  else wt_sb_printf(b, "%" PRId64, (int64_t)sqlite3_column_int64(s, c));
}

/* [start, end] from columns c and c + 1, or null. */
static void col_span(wt_sbuf *b, sqlite3_stmt *s, int c) {
  if (sqlite3_column_type(s, c) == SQLITE_NULL || sqlite3_column_type(s, c + 1) == SQLITE_NULL) {
    wt_sb_puts(b, "null");
    return;
  }
  wt_sb_printf(b, "[%" PRId64 ",%" PRId64 "]", (int64_t)sqlite3_column_int64(s, c),
               (int64_t)sqlite3_column_int64(s, c + 1));
}

static const char *const kind_names[] = {NULL, "direct", "partial", "indirect", "mixed"};

int wt_serve_document(sqlite3 **conn, const char *path, int64_t id, wt_sbuf *out, char *msg, size_t cap) {
  int status = open_conn(conn, path, msg, cap);
  if (status != 200) return status;
  sqlite3 *db = *conn;
  sqlite3_stmt *d = NULL, *q = NULL, *src = NULL;
  int rc = sqlite3_prepare_v2(db,
                              "SELECT ext_id, url, title, outlet, published, dateline, text, nquotes "
                              "FROM documents WHERE id = ?1",
                              -1, &d, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db,
                            "SELECT q.id, q.kind, q.start_byte, q.end_byte, q.text, q.cue, q.cue_start, "
                            "q.cue_end, q.speaker, q.speaker_start, q.speaker_end, q.entity, e.name, q.role, "
                            "q.affiliation, q.confidence, q.grp "
                            "FROM quotes q LEFT JOIN entities e ON e.id = q.entity "
                            "WHERE q.document = ?1 ORDER BY q.ord",
                            -1, &q, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db,
                            "SELECT name, cue, date, start_byte, end_byte FROM sources "
                            "WHERE quote = ?1 ORDER BY ord",
                            -1, &src, NULL);
  if (rc != SQLITE_OK) goto db_fail;
  sqlite3_bind_int64(d, 1, id);
  rc = sqlite3_step(d);
  if (rc == SQLITE_DONE) {
    snprintf(msg, cap, "no document %" PRId64 " in the store", id);
    status = 404;
    goto done;
  }
  if (rc != SQLITE_ROW) goto db_fail;
  wt_sb_printf(out, "{\"id\":%" PRId64, id);
  static const char *const dkeys[] = {"doc_id", "url", "title", "outlet", "published", "dateline"};
  for (int c = 0; c < 6; c++) {
    wt_sb_key(out, dkeys[c]);
    col_str(out, d, c);
  }
  wt_sb_key(out, "text");
  col_str(out, d, 6);
  wt_sb_puts(out, ",\"quotes\":[");
  sqlite3_bind_int64(q, 1, id);
  int nq = 0;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    if (nq++) wt_sb_put(out, ",", 1);
    wt_sb_puts(out, "{\"id\":");
    col_int(out, q, 0);
    int kind = sqlite3_column_int(q, 1);
    wt_sb_key(out, "kind");
    wt_sb_jstr(out, kind >= 1 && kind <= 4 ? kind_names[kind] : NULL);
    wt_sb_key(out, "content");
    col_span(out, q, 2);
    wt_sb_key(out, "text");
    col_str(out, q, 4);
    wt_sb_key(out, "cue");
    col_span(out, q, 6);
    wt_sb_key(out, "cue_text");
    col_str(out, q, 5);
    wt_sb_puts(out, ",\"speaker\":{\"mention\":");
    col_span(out, q, 9);
    wt_sb_key(out, "words");
    col_str(out, q, 8);
    wt_sb_key(out, "entity");
    col_int(out, q, 11);
    wt_sb_key(out, "name");
    col_str(out, q, 12);
    wt_sb_put(out, "}", 1);
    wt_sb_key(out, "role");
    col_str(out, q, 13);
    wt_sb_key(out, "affiliation");
    col_str(out, q, 14);
    wt_sb_key(out, "confidence");
    if (sqlite3_column_type(q, 15) == SQLITE_NULL) wt_sb_puts(out, "null");
    else wt_sb_printf(out, "%.3g", sqlite3_column_double(q, 15));
    wt_sb_key(out, "group");
    col_int(out, q, 16);
    wt_sb_puts(out, ",\"sources\":[");
    sqlite3_reset(src);
    sqlite3_bind_int64(src, 1, sqlite3_column_int64(q, 0));
    int ns = 0;
    while ((rc = sqlite3_step(src)) == SQLITE_ROW) {
      wt_sb_puts(out, ns++ ? ",{\"name\":" : "{\"name\":");
      col_str(out, src, 0);
      wt_sb_key(out, "cue");
      col_str(out, src, 1);
      wt_sb_key(out, "date");
      col_str(out, src, 2);
      wt_sb_key(out, "span");
      col_span(out, src, 3);
      wt_sb_put(out, "}", 1);
    }
    if (rc != SQLITE_DONE) goto db_fail;
    wt_sb_puts(out, "]}");
    if (out->oom) break;
  }
  if (!out->oom && rc != SQLITE_DONE) goto db_fail;
  wt_sb_puts(out, "]}");
  status = 200;
  goto done;
db_fail:
  snprintf(msg, cap, "the store failed: %s", sqlite3_errmsg(db));
  status = 500;
  sqlite3_finalize(d);
  sqlite3_finalize(q);
  sqlite3_finalize(src);
  wt_serve_docs_close(conn); /* opened again on the next request */
  return status;
done:
  sqlite3_finalize(d);
  sqlite3_finalize(q);
  sqlite3_finalize(src);
  return status;
}
