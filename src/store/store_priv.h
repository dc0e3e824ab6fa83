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
  S_SKEY_MAX,
  S_QUOTE_INSERT,
  S_QUOTE_FTS,
  S_NAME,
  S_SOURCE,
  S_LSH_FIND,
  S_LSH_FIND_AFTER,
  S_LSH_INSERT,
  S_LSH_INSERT_N,
  S_DATA_VERSION,
  S_QUOTE_MAXID,
  S_QUOTE_PLACE,
  S_QUOTE_TEXT,
  S_LSH_KEYS,
  S_GRP_MERGE,
  S_GRP_SET,
  S_COUNT
};

/* Most mention or role rows one statement inserts (store.c). */
#define WT_ROWS_MAX 16

typedef struct wt_ent_slot {
  char *key; /* NULL: empty; the entity's stored name follows its NUL */
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
  double confidence;  /* as stored: two decimals */
  char *sources;      /* the chain's names, "TASS; Interfax" (NULL: none) */
  size_t sources_len;
} wt_prepared_quote;

struct warta_store_prepared {
  int status;             /* WARTA_OK, or why the record cannot be added */
  char err[256];
  warta_store_record rec; /* a deep copy; every pointer into block */
  void *block;
  uint8_t hash[32];       /* SHA-256 of url NUL text */
  wt_pretok title_tok, text_tok;
  wt_prepared_quote *quotes; /* rec.nquotes */
  char **ekeys;              /* rec.nentities: each entity's matching key */
  char **akeys;              /* each mention in entity order: its alias key,
                                NULL when it is not worth one */
};

/* A Bloom filter of the lsh table's band keys (trace.c), so that a quote
 * whose bands are all new costs no lookup.  It holds every key of the table
 * while valid: built by reading the table, given each key this connection
 * inserts, dropped when another connection has committed since (PRAGMA
 * data_version, checked when a transaction starts).  A key it holds that
 * the table does not (a rolled-back insert) only costs a lookup. */
typedef struct wt_lsh_filter {
  uint64_t *bits;       /* nblocks blocks of 8 words */
  uint64_t nblocks;     /* a power of two */
  uint64_t nkeys, cap;  /* keys added; rebuilt larger past cap */
  bool valid;
  int64_t data_version; /* when it was last known complete */
  uint64_t lookups;     /* quotes looked up by SQL while there was none */
} wt_lsh_filter;

/* A band-key row of the lsh table not written yet (trace.c); next: the
 * next row held back with the same key (index + 1; 0 for none). */
typedef struct wt_lsh_row {
  int64_t key, quote;
  uint32_t next;
} wt_lsh_row;

/* The rows held back by key (trace.c): first and last of each key's chain
 * (index + 1 into pend; first 0: an empty slot). */
typedef struct wt_lsh_slot {
  int64_t key;
  uint32_t first, last;
} wt_lsh_slot;

/* n values from off in wt_kmap.ids for a key (trace.c): a quote's
 * document and group, the group a group was merged into, the first quotes
 * of a band key's lsh rows (stale once rows of the key were written
 * after), a quote's shingles. */
typedef struct wt_kslot {
  int64_t key;
  uint32_t off, n;
  uint8_t used, stale;
} wt_kslot;

typedef struct wt_kmap {
  wt_kslot *s;
  size_t cap, len;
  int64_t *ids;
  size_t nids, ids_cap;
} wt_kmap;

struct warta_store {
  sqlite3 *db;
  bool readonly;
  bool batch; /* a warta_store_begin is open */
  bool tuned; /* the full-text index settings are known to be in place */
  sqlite3_stmt *stmts[S_COUNT];
  sqlite3_stmt *multi[2][WT_ROWS_MAX + 1]; /* store.c: n mention or role rows */
  wt_ent_slot *cache;
  size_t cache_cap, cache_len;
  wt_lsh_filter lsh;
  wt_lsh_row *pend; /* this transaction's lsh rows, written in key order */
  size_t npend, pend_cap;
  wt_lsh_slot *pslot; /* pend by key: pslot_cap slots, a power of two */
  size_t pslot_cap;
  /* What copy detection has read or written (trace.c), so that a candidate
   * costs hash lookups instead of rows: quote id -> document and group,
   * group -> the group it was merged into, band key -> its first lsh rows,
   * quote id -> its shingles.  Dropped on rollback and when another
   * connection has committed since qversion (PRAGMA data_version). */
  wt_kmap qplace, qmerged, krows, kshingle;
  int64_t qversion;
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

/* trace.c: a transaction has just started: drops the band-key filter when
 * another connection has written since it was built. */
WT_HIDDEN int wt_st_lsh_txn(warta_store *st);
WT_HIDDEN void wt_st_lsh_free(warta_store *st);
/* Writes the lsh rows held back (before a COMMIT); drops them (after a
 * ROLLBACK). */
WT_HIDDEN int wt_st_lsh_flush(warta_store *st);
WT_HIDDEN void wt_st_lsh_drop(warta_store *st);

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

/* How many of s's first max bytes to quote in a message ("%.*s"): cut back
 * to a character boundary, so that the message stays valid UTF-8. */
static inline int wt_st_clip(const char *s, size_t max) {
  size_t n = 0;
  while (n < max && s[n]) n++;
  if (n == max)
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
  return (int)n;
}

#endif
