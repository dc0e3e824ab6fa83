/* store_priv.h — the warta_store handle, shared by store.c, query.c, trace.c. */
#ifndef WARTA_STORE_PRIV_H
#define WARTA_STORE_PRIV_H

#include "store_int.h"

enum {
  S_DOC_BY_HASH,
  S_DOC_INSERT,
  S_DOC_FTS,
  S_ENT_FIND,
  S_ENT_INSERT,
  S_ALIAS,
  S_MENTION,
  S_ROLE,
  S_SKEY_MAX,
  S_QUOTE_INSERT,
  S_QUOTE_VIEW,
  S_QUOTE_FTS,
  S_NAME,
  S_SOURCE,
  S_LSH_FIND,
  S_LSH_INSERT,
  S_GRP_MERGE,
  S_GRP_SET,
  S_COUNT
};

typedef struct wt_ent_slot {
  char *key; /* NULL: empty */
  uint64_t hash;
  int type;
  int64_t id;
} wt_ent_slot;

/* A quote's share of a prepared document. */
typedef struct wt_prepared_quote {
  wt_pretok tok;      /* its text's tokens */
  uint64_t *shingles; /* sorted word-pair hashes (trace.c) */
  size_t nshingles;
  bool linkable;      /* long enough to be linked to copies */
  int64_t keys[WT_MH_BANDS];
} wt_prepared_quote;

struct warta_store_prepared {
  int status;             /* WARTA_OK, or why the record cannot be added */
  char err[256];
  warta_store_record rec; /* a deep copy; every pointer into block */
  void *block;
  uint8_t hash[32];       /* SHA-256 of url NUL text */
  wt_pretok title_tok, text_tok;
  wt_prepared_quote *quotes; /* rec.nquotes */
};

struct warta_store {
  sqlite3 *db;
  bool readonly;
  bool batch; /* a warta_store_begin is open */
  sqlite3_stmt *stmts[S_COUNT];
  wt_ent_slot *cache;
  size_t cache_cap, cache_len;
  char err[512];
};

WT_HIDDEN int wt_st_fail(warta_store *st, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* An SQLite failure rc while doing what: sets the message, returns the status. */
WT_HIDDEN int wt_st_db(warta_store *st, int rc, const char *what);
/* A cached prepared statement, reset and unbound; NULL with st->err set. */
WT_HIDDEN sqlite3_stmt *wt_st_stmt(warta_store *st, int which);
WT_HIDDEN int wt_st_exec(warta_store *st, const char *sql, const char *what);
WT_HIDDEN void wt_st_cache_clear(warta_store *st);
/* The first quotes_fts rowid (skey) of a publication day; 0 for undated. */
WT_HIDDEN int64_t wt_st_skey_day(int32_t day);

/* trace.c: links quote id (of document doc, text s[0..n)) to the copies of
 * its statement already in the store; *linked says whether it found any. */
WT_HIDDEN int wt_st_link(warta_store *st, int64_t id, int64_t doc, const wt_prepared_quote *pq, bool *linked);

/* query.c: reads a quote row of the shared column list into q. */
WT_HIDDEN void wt_st_read_quote(sqlite3_stmt *s, int col0, warta_store_quote *q);
/* The shared column list (quote q, document d, entity e) read by wt_st_read_quote. */
#define WT_QUOTE_COLS                                                                                  \
  "q.id, q.document, d.published, d.outlet, d.title, d.url, q.kind, q.text, "                          \
  "coalesce(e.name, q.speaker), coalesce(q.entity, 0), q.role, q.cue, "                                \
  "(SELECT group_concat(x.name || coalesce(' ' || x.date, ''), '; ') FROM sources x WHERE x.quote = q.id), " \
  "q.confidence, "                                                                                     \
  "coalesce(q.grp, 0)"
#define WT_QUOTE_NCOLS 15

#endif
