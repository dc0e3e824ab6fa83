/*
 * store.c — the SQLite store: schema and migrations, opening, batches,
 * adding documents, and the entity cache.  Queries are in query.c,
 * propagation in trace.c.
 *
 * Schema (version 1; PRAGMA user_version and meta.schema hold it):
 *   documents  one row per article: content hash (SHA-256 of URL NUL text),
 *              caller id, url, title, outlet, published, dateline, text
 *   entities   canonical across documents: one row per (folded name, type)
 *   aliases    the words articles used for an entity (folded key + as written)
 *   mentions   where each entity is named in each document
 *   roles      roles and affiliations of entities in each document
 *   quotes     kind, spans, text, cue, speaker words and entity, role,
 *              confidence, the source chain's names, propagation group;
 *              skey orders quotes by publication day (see below)
 *   sources    the chain per quote: agency, cue, date
 *   lsh        MinHash band keys of quotes, for finding copies (trace.c)
 *   quotes_fts, documents_fts   FTS5 indexes with the "warta" tokenizer;
 *              quotes_fts has columns text, speaker, source, outlet, kind
 *              so that every filter but dates is an index lookup, and its
 *              rowid is quotes.skey = (publication day + 10^6) * 2^24 + n,
 *              so "newest first" and date ranges are rowid order and
 *              ranges, which FTS5 serves without sorting.
 *
 * The FTS5 indexes of quotes and documents are tuned for loading in bulk:
 * 'hashsize' 16 MB (a batch's new index entries stay in memory until it
 * commits, one segment per batch instead of one a megabyte) and
 * 'automerge' 16 (segments are merged 16 at a time, not 4: each index
 * entry is rewritten about half as often as the index grows; a search
 * looks through a few more segments).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "lexicon.h"
#include "store_priv.h"

/* ------------------------------------------------------------- errors */

int wt_st_fail(warta_store *st, int code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(st->err, sizeof st->err, fmt, ap);
  va_end(ap);
  return code;
}

int wt_st_db(warta_store *st, int rc, const char *what) {
  int code = (rc == SQLITE_NOMEM) ? WARTA_ERR_NOMEM : WARTA_ERR_IO;
  const char *m = st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc);
  if (rc == SQLITE_ERROR && m && strstr(m, "fts5: syntax error")) code = WARTA_ERR_SYNTAX;
  return wt_st_fail(st, code, "%s: %s", what, m ? m : sqlite3_errstr(rc));
}

const char *warta_store_errmsg(const warta_store *st) { return st ? st->err : "no store"; }

/* ---------------------------------------------------------- statements */

#define WT_LSH_V1 "(?,?)"
#define WT_LSH_V4 WT_LSH_V1 "," WT_LSH_V1 "," WT_LSH_V1 "," WT_LSH_V1
#define WT_LSH_V16 WT_LSH_V4 "," WT_LSH_V4 "," WT_LSH_V4 "," WT_LSH_V4
#define WT_LSH_VALUES WT_LSH_V16 "," WT_LSH_V16 /* WT_LSH_ROWS = 32 */

static const char *const sql_text[S_COUNT] = {
    [S_DOC_BY_HASH] = "SELECT id FROM documents WHERE hash = ?1",
    [S_DOC_INSERT] = "INSERT INTO documents(hash, ext_id, url, title, outlet, published, dateline, text, "
                     "nquotes, added) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                     "strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
    [S_DOC_FTS] = "INSERT INTO documents_fts(rowid, title, text) VALUES(?1, ?2, ?3)",
    [S_ENT_FIND] = "SELECT id, name FROM entities WHERE key = ?1 AND type = ?2",
    [S_ENT_INSERT] = "INSERT INTO entities(type, name, key) VALUES(?2, ?3, ?1)",
    [S_ALIAS] = "INSERT OR IGNORE INTO aliases(entity, key, alias) VALUES(?1, ?2, ?3)",
    [S_SKEY_MAX] = "SELECT max(skey) FROM quotes WHERE skey >= ?1 AND skey < ?2",
    [S_QUOTE_INSERT] =
        "INSERT INTO quotes(skey, document, ord, kind, start_byte, end_byte, text, cue, cue_start, cue_end, speaker, "
        "speaker_start, speaker_end, entity, role, affiliation, confidence, sources) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    [S_QUOTE_FTS] = "INSERT INTO quotes_fts(rowid, text, speaker, source, outlet, kind, sid) "
                    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    [S_NAME] = "INSERT INTO names_fts(name, entity) VALUES(?1, ?2)",
    [S_SOURCE] = "INSERT INTO sources(quote, ord, name, cue, date, start_byte, end_byte) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    /* the candidates of one band key (trace.c asks for the keys the
     * filter may hold, in ascending order) */
    [S_LSH_FIND] = "SELECT quote FROM lsh WHERE key = ?1 ORDER BY quote",
    [S_LSH_FIND_AFTER] = "SELECT quote FROM lsh WHERE key = ?1 AND quote > ?2 ORDER BY quote",
    [S_LSH_INSERT] = "INSERT OR IGNORE INTO lsh(key, quote) VALUES(?1, ?2)",
    /* WT_LSH_ROWS rows at once (trace.c); OR IGNORE, so no statement
     * journal, whose savepoint would make FTS5 flush its pending index */
    [S_LSH_INSERT_N] = "INSERT OR IGNORE INTO lsh(key, quote) VALUES" WT_LSH_VALUES,
    [S_GRP_MERGE] = "UPDATE quotes SET grp = ?1 WHERE grp = ?2",
    [S_GRP_SET] = "UPDATE quotes SET grp = ?1 WHERE id = ?2",
    [S_DATA_VERSION] = "PRAGMA data_version",
    [S_QUOTE_MAXID] = "SELECT max(id) FROM quotes",
    /* a candidate for copies (trace.c): where it belongs, then, when it
     * is compared, its text */
    [S_QUOTE_PLACE] = "SELECT document, coalesce(grp, 0) FROM quotes WHERE id = ?1",
    [S_QUOTE_TEXT] = "SELECT text FROM quotes WHERE id = ?1",
    [S_LSH_KEYS] = "SELECT key FROM lsh",
};

sqlite3_stmt *wt_st_stmt(warta_store *st, int which) {
  if (st->stmts[which]) {
    sqlite3_reset(st->stmts[which]);
    sqlite3_clear_bindings(st->stmts[which]);
    return st->stmts[which];
  }
  int rc = sqlite3_prepare_v3(st->db, sql_text[which], -1, SQLITE_PREPARE_PERSISTENT, &st->stmts[which], NULL);
  if (rc != SQLITE_OK) {
    wt_st_db(st, rc, "preparing a statement");
    st->stmts[which] = NULL;
    return NULL;
  }
  return st->stmts[which];
}

int wt_st_exec(warta_store *st, const char *sql, const char *what) {
  int rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL);
  return rc == SQLITE_OK ? WARTA_OK : wt_st_db(st, rc, what);
}

/* -------------------------------------------------------------- schema */

static const char schema_v1[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;\n"
    "CREATE TABLE documents(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  hash BLOB NOT NULL UNIQUE,\n"
    "  ext_id TEXT, url TEXT, title TEXT, outlet TEXT,\n"
    "  published TEXT,\n"
    "  dateline TEXT,\n"
    "  text TEXT NOT NULL,\n"
    "  nquotes INTEGER NOT NULL DEFAULT 0,\n"
    "  added TEXT NOT NULL);\n"
    "CREATE INDEX documents_published ON documents(published);\n"
    "CREATE TABLE entities(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  type TEXT NOT NULL,\n"
    "  name TEXT NOT NULL,\n"
    "  key TEXT NOT NULL,\n"
    "  UNIQUE(key, type));\n"
    "CREATE TABLE aliases(\n"
    "  entity INTEGER NOT NULL REFERENCES entities(id),\n"
    "  key TEXT NOT NULL,\n"
    "  alias TEXT NOT NULL,\n"
    "  PRIMARY KEY(entity, key)) WITHOUT ROWID;\n"
    /* primary-key columns first: SQLite 3.40's integrity_check misreads a
     * WITHOUT ROWID table whose key columns have another column between them */
    "CREATE TABLE mentions(\n"
    "  document INTEGER NOT NULL REFERENCES documents(id),\n"
    "  start_byte INTEGER NOT NULL,\n"
    "  entity INTEGER NOT NULL REFERENCES entities(id),\n"
    "  end_byte INTEGER NOT NULL,\n"
    "  PRIMARY KEY(document, start_byte, entity)) WITHOUT ROWID;\n"
    "CREATE INDEX mentions_entity ON mentions(entity);\n"
    "CREATE TABLE roles(\n"
    "  document INTEGER NOT NULL REFERENCES documents(id),\n"
    "  entity INTEGER NOT NULL REFERENCES entities(id),\n"
    "  kind INTEGER NOT NULL,\n" /* 0 role, 1 affiliation */
    "  start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,\n"
    "  text TEXT NOT NULL,\n"
    "  PRIMARY KEY(document, entity, kind, start_byte)) WITHOUT ROWID;\n"
    "CREATE TABLE quotes(\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  skey INTEGER NOT NULL UNIQUE,\n"
    "  document INTEGER NOT NULL REFERENCES documents(id),\n"
    "  ord INTEGER NOT NULL,\n"
    "  kind INTEGER NOT NULL,\n"
    "  start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,\n"
    "  text TEXT NOT NULL,\n"
    "  cue TEXT, cue_start INTEGER, cue_end INTEGER,\n"
    "  speaker TEXT, speaker_start INTEGER, speaker_end INTEGER,\n"
    "  entity INTEGER REFERENCES entities(id),\n"
    "  role TEXT, affiliation TEXT,\n"
    "  confidence REAL,\n"
    "  sources TEXT,\n"
    "  grp INTEGER);\n"
    "CREATE INDEX quotes_document ON quotes(document, ord);\n"
    "CREATE INDEX quotes_entity ON quotes(entity, skey) WHERE entity IS NOT NULL;\n"
    "CREATE INDEX quotes_grp ON quotes(grp) WHERE grp IS NOT NULL;\n"
    "CREATE TABLE sources(\n"
    "  quote INTEGER NOT NULL REFERENCES quotes(id),\n"
    "  ord INTEGER NOT NULL,\n"
    "  name TEXT NOT NULL, cue TEXT, date TEXT,\n"
    "  start_byte INTEGER, end_byte INTEGER,\n"
    "  PRIMARY KEY(quote, ord)) WITHOUT ROWID;\n"
    "CREATE TABLE lsh(key INTEGER NOT NULL, quote INTEGER NOT NULL, PRIMARY KEY(key, quote)) WITHOUT ROWID;\n"
    "CREATE VIEW quotes_view(skey, text, speaker, source, outlet, kind, sid) AS\n"
    "  SELECT q.skey, q.text, trim(coalesce(e.name, '') || ' ' || coalesce(q.speaker, '')),\n"
    "         coalesce(q.sources, ''), coalesce(d.outlet, ''),\n"
    "         CASE q.kind WHEN 1 THEN 'direct' WHEN 2 THEN 'partial' WHEN 3 THEN 'indirect'\n"
    "                     WHEN 4 THEN 'mixed' ELSE '' END,\n"
    "         CASE WHEN q.entity IS NULL THEN '' ELSE 'e' || q.entity END\n"
    "  FROM quotes q JOIN documents d ON d.id = q.document LEFT JOIN entities e ON e.id = q.entity;\n"
    "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, source, outlet, kind, sid, prefix = '3 4',\n"
    "  content = 'quotes_view', content_rowid = 'skey', tokenize = 'warta');\n"
    /* every name and alias of every entity, to turn --speaker words into
     * entity ids (the sid column above: one rare token per speaker) */
    "CREATE VIRTUAL TABLE names_fts USING fts5(name, entity UNINDEXED, tokenize = 'warta');\n"
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text,\n"
    "  content = 'documents', content_rowid = 'id', tokenize = 'warta');\n";

/* The full-text indexes' merge settings for bulk loading (see the top of
 * this file), applied to stores made before them at their first write. */
static const char fts_tuning[] =
    "INSERT INTO quotes_fts(quotes_fts, rank) VALUES('automerge', 16);"
    "INSERT INTO quotes_fts(quotes_fts, rank) VALUES('hashsize', 16777216);"
    "INSERT INTO documents_fts(documents_fts, rank) VALUES('automerge', 16);"
    "INSERT INTO documents_fts(documents_fts, rank) VALUES('hashsize', 16777216);";

/* Upgrades from version v to v + 1, for the versions after 1.  None yet:
 * a future schema change adds its statements here, and the upgrade runs in
 * one transaction when a store of an older version is opened read-write. */
static const char *const migrations[] = {
    NULL, /* 0 -> 1 is the creation above */
};

static int user_version(warta_store *st, int *v) {
  sqlite3_stmt *s;
  *v = 0;
  int rc = sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL);
  if (rc != SQLITE_OK) return wt_st_db(st, rc, "reading the schema version");
  rc = sqlite3_step(s);
  *v = rc == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
  rc = sqlite3_finalize(s);
  return rc == SQLITE_OK ? WARTA_OK : wt_st_db(st, rc, "reading the schema version");
}

static int table_count(warta_store *st, int *n) {
  sqlite3_stmt *s;
  *n = 0;
  int rc = sqlite3_prepare_v2(st->db, "SELECT count(*) FROM sqlite_schema", -1, &s, NULL);
  if (rc != SQLITE_OK) return wt_st_db(st, rc, "reading the schema");
  rc = sqlite3_step(s);
  *n = rc == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
  rc = sqlite3_finalize(s);
  return rc == SQLITE_OK ? WARTA_OK : wt_st_db(st, rc, "reading the schema");
}

static int setup_schema(warta_store *st) {
  int v = 0, rc = user_version(st, &v);
  if (rc) return rc;
  if (v == WARTA_STORE_SCHEMA) return WARTA_OK;
  if (v > WARTA_STORE_SCHEMA)
    return wt_st_fail(st, WARTA_ERR_IO, "store schema %d is newer than this warta's (%d): upgrade warta", v,
                      WARTA_STORE_SCHEMA);
  if (st->readonly)
    return wt_st_fail(st, WARTA_ERR_IO,
                      v == 0 ? "not a warta store (no schema)"
                             : "store schema %d is older than %d: open it once read-write to upgrade",
                      v, WARTA_STORE_SCHEMA);
  if ((rc = wt_st_exec(st, "BEGIN IMMEDIATE", "starting the schema transaction"))) return rc;
  /* read again under the write lock: another process may have created it */
  if ((rc = user_version(st, &v))) goto fail;
  if (v == 0) {
    int n = 0;
    if ((rc = table_count(st, &n))) goto fail;
    if (n > 0) {
      rc = wt_st_fail(st, WARTA_ERR_IO, "not a warta store: the file holds other tables");
      goto fail;
    }
    if ((rc = wt_st_exec(st, schema_v1, "creating the schema"))) goto fail;
    if ((rc = wt_st_exec(st, fts_tuning, "setting up the full-text indexes"))) goto fail;
    char sql[256];
    snprintf(sql, sizeof sql,
             "INSERT INTO meta VALUES('schema', '%d'), ('created_by', 'warta %s');"
             "PRAGMA user_version = %d",
             WARTA_STORE_SCHEMA, WARTA_VERSION, WARTA_STORE_SCHEMA);
    if ((rc = wt_st_exec(st, sql, "recording the schema version"))) goto fail;
  } else {
    for (; v < WARTA_STORE_SCHEMA; v++) {
      if ((size_t)v < sizeof migrations / sizeof *migrations && migrations[v] &&
          (rc = wt_st_exec(st, migrations[v], "upgrading the schema")))
        goto fail;
      char sql[160];
      snprintf(sql, sizeof sql, "UPDATE meta SET value = '%d' WHERE key = 'schema'; PRAGMA user_version = %d",
               v + 1, v + 1);
      if ((rc = wt_st_exec(st, sql, "recording the schema version"))) goto fail;
    }
  }
  return wt_st_exec(st, "COMMIT", "committing the schema");
fail:
  sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
  return rc;
}

/* ------------------------------------------------------- open / close */

int warta_store_open(const char *path, unsigned flags, warta_store **out) {
  if (!out) return WARTA_ERR_ARG;
  *out = NULL;
  warta_store *st = wt_calloc(1, sizeof *st);
  if (!st) return WARTA_ERR_NOMEM;
  *out = st;
  if (!path || !*path) return wt_st_fail(st, WARTA_ERR_ARG, "no store path");
  st->readonly = (flags & WARTA_STORE_READONLY) != 0;
  int oflags = st->readonly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  int rc = sqlite3_open_v2(path, &st->db, oflags | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK) {
    int code = rc == SQLITE_NOMEM ? WARTA_ERR_NOMEM : WARTA_ERR_IO;
    wt_st_fail(st, code, "cannot open store %s: %s", path, st->db ? sqlite3_errmsg(st->db) : sqlite3_errstr(rc));
    sqlite3_close(st->db);
    st->db = NULL;
    return code;
  }
  sqlite3_extended_result_codes(st->db, 1);
  sqlite3_busy_timeout(st->db, 5000);
  rc = wt_fts_register(st->db);
  if (rc != SQLITE_OK) return wt_st_db(st, rc, "registering the warta tokenizer (is FTS5 available?)");
  if (!st->readonly) {
    int r = wt_st_exec(st, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 8192", "setting the journal");
    if (r) return r;
  }
  int r = wt_st_exec(st, "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY", "setting the cache");
  if (r) return r;
  r = setup_schema(st);
  if (r) return r;
  st->err[0] = 0;
  return WARTA_OK;
}

void warta_store_close(warta_store *st) {
  if (!st) return;
  for (int i = 0; i < S_COUNT; i++) sqlite3_finalize(st->stmts[i]);
  for (int k = 0; k < 2; k++)
    for (int n = 0; n <= WT_ROWS_MAX; n++) sqlite3_finalize(st->multi[k][n]);
  if (st->db) {
    if (st->batch) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(st->db);
  }
  wt_st_cache_clear(st);
  wt_free(st->cache);
  wt_st_lsh_drop(st);
  wt_st_lsh_free(st);
  wt_free(st);
}

static int writable(warta_store *st) {
  if (!st || !st->db) return st ? wt_st_fail(st, WARTA_ERR_ARG, "store is not open") : WARTA_ERR_ARG;
  if (st->readonly) return wt_st_fail(st, WARTA_ERR_ARG, "store was opened read-only");
  return WARTA_OK;
}

/* A write transaction has started (the write lock is held). */
static int txn_started(warta_store *st) {
  if (!st->tuned) {
    sqlite3_stmt *s = NULL;
    int rc = sqlite3_prepare_v2(st->db, "SELECT count(*) FROM quotes_fts_config WHERE k = 'hashsize'", -1, &s, NULL);
    int n = rc == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : -1;
    sqlite3_finalize(s);
    if (n < 0) return wt_st_db(st, rc == SQLITE_OK ? SQLITE_ERROR : rc, "reading the index settings");
    if (n == 0 && (rc = wt_st_exec(st, fts_tuning, "setting up the full-text indexes"))) return rc;
    st->tuned = true;
  }
  return wt_st_lsh_txn(st);
}

int warta_store_begin(warta_store *st) {
  int rc = writable(st);
  if (rc) return rc;
  if (st->batch) return wt_st_fail(st, WARTA_ERR_ARG, "a batch is already open");
  if ((rc = wt_st_exec(st, "BEGIN IMMEDIATE", "starting a batch"))) return rc;
  if ((rc = txn_started(st))) {
    sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
  }
  st->batch = true;
  st->err[0] = 0;
  return WARTA_OK;
}

int warta_store_commit(warta_store *st) {
  int rc = writable(st);
  if (rc) return rc;
  if (!st->batch) return wt_st_fail(st, WARTA_ERR_ARG, "no batch is open");
  rc = wt_st_lsh_flush(st);
  if (!rc) rc = wt_st_exec(st, "COMMIT", "committing a batch");
  if (rc) {
    /* a failed COMMIT (disk full, I/O) may leave the transaction open */
    if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    wt_st_cache_clear(st);
    wt_st_lsh_drop(st);
  }
  st->batch = false;
  if (!rc) st->err[0] = 0;
  return rc;
}

int warta_store_rollback(warta_store *st) {
  int rc = writable(st);
  if (rc) return rc;
  if (!st->batch) return wt_st_fail(st, WARTA_ERR_ARG, "no batch is open");
  st->batch = false;
  wt_st_cache_clear(st);
  wt_st_lsh_drop(st);
  return wt_st_exec(st, "ROLLBACK", "rolling back a batch");
}

/* ------------------------------------------------------- entity cache */

/* Folded name + type -> entity id, so that the entities of a stream of
 * documents cost a hash lookup, not two queries.  Cleared on rollback (ids
 * of entities inserted there are gone) and when it grows past its cap. */
#define CACHE_MAX (1u << 20)

static uint64_t hash_key(const char *key, int type) {
  uint64_t h = 1469598103934665603ull ^ (uint64_t)type;
  for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
    h ^= *p;
    h *= 1099511628211ull;
  }
  return h;
}

void wt_st_cache_clear(warta_store *st) {
  for (size_t i = 0; i < st->cache_cap; i++) {
    wt_free(st->cache[i].key);
    st->cache[i].key = NULL;
  }
  st->cache_len = 0;
}

static const wt_ent_slot *cache_get(warta_store *st, const char *key, int type) {
  if (!st->cache_cap) return NULL;
  uint64_t h = hash_key(key, type);
  for (size_t i = h & (st->cache_cap - 1);; i = (i + 1) & (st->cache_cap - 1)) {
    wt_ent_slot *s = &st->cache[i];
    if (!s->key) return NULL;
    if (s->hash == h && s->type == type && !strcmp(s->key, key)) return s;
  }
}

static void cache_put(warta_store *st, const char *key, int type, int64_t id, const char *name) {
  if (st->cache_len + 1 > st->cache_cap / 2) {
    if (st->cache_cap >= CACHE_MAX) {
      wt_st_cache_clear(st);
    } else {
      size_t ncap = st->cache_cap ? st->cache_cap * 2 : 1024;
      wt_ent_slot *n = wt_calloc(ncap, sizeof *n);
      if (!n) return; /* the cache is an optimisation only */
      for (size_t i = 0; i < st->cache_cap; i++) {
        wt_ent_slot *o = &st->cache[i];
        if (!o->key) continue;
        size_t j = o->hash & (ncap - 1);
        while (n[j].key) j = (j + 1) & (ncap - 1);
        n[j] = *o;
      }
      wt_free(st->cache);
      st->cache = n;
      st->cache_cap = ncap;
    }
  }
  size_t kl = strlen(key), nl = strlen(name);
  char *k = wt_malloc(kl + nl + 2);
  if (!k) return;
  memcpy(k, key, kl + 1);
  memcpy(k + kl + 1, name, nl + 1);
  uint64_t h = hash_key(key, type);
  size_t i = h & (st->cache_cap - 1);
  while (st->cache[i].key) i = (i + 1) & (st->cache_cap - 1);
  st->cache[i] = (wt_ent_slot){k, h, type, id};
  st->cache_len++;
}

/* ------------------------------------------------------------- adding */

static const char *type_str(int type) { return warta_entity_type_str(type); }

static int bind_text(sqlite3_stmt *s, int i, const char *p, size_t n) {
  if (!p) return sqlite3_bind_null(s, i);
  return sqlite3_bind_text(s, i, p, (int)n, SQLITE_STATIC);
}
static int bind_str(sqlite3_stmt *s, int i, const char *p) { return bind_text(s, i, p, p ? strlen(p) : 0); }
static int bind_span(sqlite3_stmt *s, int i, const char *text, warta_span sp) {
  if (sp.end <= sp.start) return sqlite3_bind_null(s, i);
  return sqlite3_bind_text(s, i, text + sp.start, (int)(sp.end - sp.start), SQLITE_STATIC);
}
static int bind_pos(sqlite3_stmt *s, int i, warta_span sp) {
  if (sp.end <= sp.start) {
    sqlite3_bind_null(s, i);
    return sqlite3_bind_null(s, i + 1);
  }
  sqlite3_bind_int64(s, i, sp.start);
  return sqlite3_bind_int64(s, i + 1, sp.end);
}

/* Runs a statement that returns no rows. */
static int run(warta_store *st, sqlite3_stmt *s, const char *what) {
  int rc = sqlite3_step(s);
  sqlite3_reset(s);
  if (rc == SQLITE_DONE || rc == SQLITE_ROW) return WARTA_OK;
  return wt_st_db(st, rc, what);
}

/* The host of a URL without "www." ("https://www.voi.id/x" -> "voi.id"). */
static void url_host(const char *url, char *out, size_t cap) {
  out[0] = 0;
  if (!url) return;
  const char *p = strstr(url, "://");
  p = p ? p + 3 : url;
  const char *at = NULL;
  for (const char *q = p; *q && *q != '/' && *q != '?' && *q != '#'; q++)
    if (*q == '@') at = q;
  if (at) p = at + 1;
  if (!strncmp(p, "www.", 4)) p += 4;
  size_t n = 0;
  while (p[n] && p[n] != '/' && p[n] != ':' && p[n] != '?' && p[n] != '#' && n + 1 < cap) {
    char c = p[n];
    out[n] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    n++;
  }
  out[n] = 0;
}

/* Drops a character cut short at the end of s (a name cut to a buffer's
 * size): what the store keeps must stay valid UTF-8. */
static void whole_chars(char *s) {
  size_t n = strlen(s), i = n;
  while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80) i--;
  if (i == 0 || (unsigned char)s[i - 1] < 0xC0) return;
  unsigned char c = (unsigned char)s[i - 1];
  size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if (n - (i - 1) < need) s[i - 1] = 0;
}

/* Indexes a name of an entity for --speaker. */
static int add_name(warta_store *st, const char *name, size_t n, int64_t id) {
  sqlite3_stmt *s = wt_st_stmt(st, S_NAME);
  if (!s) return WARTA_ERR_IO;
  bind_text(s, 1, name, n);
  sqlite3_bind_int64(s, 2, id);
  return run(st, s, "indexing a name");
}

static char *dup_str(const char *s) {
  size_t n = strlen(s);
  char *d = wt_malloc(n + 1);
  if (d) memcpy(d, s, n + 1);
  return d;
}

/* The store id of record entity e (matching key `key`, from prepare), and
 * the name the store has for it (the first spelling it was stored under: a
 * copy from wt_malloc in *name). */
static int entity_id(warta_store *st, const warta_entity *e, const char *key, int64_t *id, char **name) {
  *name = NULL;
  int rc = WARTA_OK;
  const char *type = type_str(e->type);
  const wt_ent_slot *c = cache_get(st, key, e->type);
  if (c) {
    *id = c->id;
    *name = dup_str(c->key + strlen(c->key) + 1);
  } else {
    *id = 0;
    sqlite3_stmt *s = wt_st_stmt(st, S_ENT_FIND);
    if (!s) {
      rc = WARTA_ERR_IO;
      goto out;
    }
    bind_str(s, 1, key);
    bind_str(s, 2, type);
    int r = sqlite3_step(s);
    if (r == SQLITE_ROW) {
      *id = sqlite3_column_int64(s, 0);
      const char *n = (const char *)sqlite3_column_text(s, 1);
      *name = dup_str(n ? n : "");
    }
    sqlite3_reset(s);
    if (r != SQLITE_ROW && r != SQLITE_DONE) {
      rc = wt_st_db(st, r, "looking up an entity");
      goto out;
    }
    if (!*id) {
      s = wt_st_stmt(st, S_ENT_INSERT);
      if (!s) {
        rc = WARTA_ERR_IO;
        goto out;
      }
      bind_str(s, 1, key);
      bind_str(s, 2, type);
      bind_str(s, 3, e->name);
      if ((rc = run(st, s, "adding an entity"))) goto out;
      *id = sqlite3_last_insert_rowid(st->db);
      if ((rc = add_name(st, e->name, strlen(e->name), *id))) goto out;
      *name = dup_str(e->name);
    }
    if (*name) cache_put(st, key, e->type, *id, *name);
  }
  if (!*name) rc = wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
out:
  return rc;
}

/* A document's mention and role rows go in together, up to WT_ROWS_MAX
 * to a statement: one statement for a document's five mentions costs
 * about what two of one row do.  Both tables are WITHOUT ROWID and the
 * inserts are OR IGNORE (no statement journal), so what they hold does not
 * depend on how the rows were grouped. */
enum { ROWS_MENTION, ROWS_ROLE };

typedef struct doc_row {
  int64_t entity;
  int kind; /* roles: 0 role, 1 affiliation */
  warta_span sp;
} doc_row;

typedef struct doc_rows {
  int which;
  int64_t doc;
  const char *text;
  doc_row r[WT_ROWS_MAX];
  int n;
} doc_rows;

static sqlite3_stmt *rows_stmt(warta_store *st, int which, int n) {
  sqlite3_stmt **s = &st->multi[which][n];
  if (*s) {
    sqlite3_reset(*s);
    return *s;
  }
  static const char *const head[2] = {
      "INSERT OR IGNORE INTO mentions(document, start_byte, end_byte, entity) VALUES",
      "INSERT OR IGNORE INTO roles(document, entity, kind, start_byte, end_byte, text) VALUES"};
  static const char *const tuple[2] = {"(?,?,?,?)", "(?,?,?,?,?,?)"};
  char sql[128 + WT_ROWS_MAX * 16];
  size_t l = (size_t)snprintf(sql, sizeof sql, "%s", head[which]);
  for (int i = 0; i < n; i++) l += (size_t)snprintf(sql + l, sizeof sql - l, "%s%s", i ? "," : "", tuple[which]);
  int rc = sqlite3_prepare_v3(st->db, sql, (int)l, SQLITE_PREPARE_PERSISTENT, s, NULL);
  if (rc != SQLITE_OK) {
    wt_st_db(st, rc, "preparing a statement");
    *s = NULL;
  }
  return *s;
}

static int rows_flush(warta_store *st, doc_rows *b) {
  if (!b->n) return WARTA_OK;
  sqlite3_stmt *s = rows_stmt(st, b->which, b->n);
  if (!s) return WARTA_ERR_IO;
  int p = 1;
  for (int i = 0; i < b->n; i++) {
    const doc_row *r = &b->r[i];
    sqlite3_bind_int64(s, p++, b->doc);
    if (b->which == ROWS_MENTION) {
      sqlite3_bind_int64(s, p++, r->sp.start);
      sqlite3_bind_int64(s, p++, r->sp.end);
      sqlite3_bind_int64(s, p++, r->entity);
    } else {
      sqlite3_bind_int64(s, p++, r->entity);
      sqlite3_bind_int(s, p++, r->kind);
      sqlite3_bind_int64(s, p++, r->sp.start);
      sqlite3_bind_int64(s, p++, r->sp.end);
      bind_span(s, p++, b->text, r->sp);
    }
  }
  b->n = 0;
  return run(st, s, b->which == ROWS_MENTION ? "adding a mention" : "adding a role");
}

static int rows_add(warta_store *st, doc_rows *b, int64_t entity, int kind, warta_span sp) {
  if (b->n == WT_ROWS_MAX) {
    int rc = rows_flush(st, b);
    if (rc) return rc;
  }
  b->r[b->n++] = (doc_row){entity, kind, sp};
  return WARTA_OK;
}

/* skey base for a publication day: see the top of this file. */
int64_t wt_st_skey_day(int32_t day) {
  if (day == INT32_MIN) return 0;
  int64_t d = (int64_t)day + 1000000;
  if (d < 1) d = 1;
  return d << 24;
}

static int add_record(warta_store *st, const warta_store_prepared *p, warta_store_added *out) {
  int rc;
  const warta_store_record *r = &p->rec;
  const char *text = r->text;
  const uint8_t *hash = p->hash;

  sqlite3_stmt *s = wt_st_stmt(st, S_DOC_BY_HASH);
  if (!s) return WARTA_ERR_IO;
  sqlite3_bind_blob(s, 1, hash, 32, SQLITE_STATIC);
  int r0 = sqlite3_step(s);
  if (r0 == SQLITE_ROW) {
    out->document = sqlite3_column_int64(s, 0);
    out->duplicate = 1;
    sqlite3_reset(s);
    return WARTA_OK;
  }
  sqlite3_reset(s);
  if (r0 != SQLITE_DONE) return wt_st_db(st, r0, "looking up the document");

  /* outlet: given, the dateline's, or the URL's host */
  char outlet[256];
  outlet[0] = 0;
  if (r->outlet) {
    snprintf(outlet, sizeof outlet, "%s", r->outlet);
  } else if (r->dateline && r->dateline->outlet.end > r->dateline->outlet.start) {
    size_t n = r->dateline->outlet.end - r->dateline->outlet.start;
    if (n >= sizeof outlet) n = sizeof outlet - 1;
    memcpy(outlet, text + r->dateline->outlet.start, n);
    outlet[n] = 0;
  } else {
    url_host(r->url, outlet, sizeof outlet);
  }
  whole_chars(outlet);
  char published[11];
  int32_t day = INT32_MIN;
  if (r->published) {
    memcpy(published, r->published, 10);
    published[10] = 0;
    day = wt_store_day(published);
  }

  s = wt_st_stmt(st, S_DOC_INSERT);
  if (!s) return WARTA_ERR_IO;
  sqlite3_bind_blob(s, 1, hash, 32, SQLITE_STATIC);
  bind_str(s, 2, r->id);
  bind_str(s, 3, r->url);
  bind_str(s, 4, r->title);
  bind_str(s, 5, outlet[0] ? outlet : NULL);
  bind_str(s, 6, r->published ? published : NULL);
  if (r->dateline) bind_span(s, 7, text, r->dateline->place);
  bind_text(s, 8, text, r->len);
  sqlite3_bind_int64(s, 9, (sqlite3_int64)r->nquotes);
  if ((rc = run(st, s, "adding the document"))) return rc;
  int64_t doc = sqlite3_last_insert_rowid(st->db);
  out->document = doc;

  s = wt_st_stmt(st, S_DOC_FTS);
  if (!s) return WARTA_ERR_IO;
  sqlite3_bind_int64(s, 1, doc);
  bind_str(s, 2, r->title);
  bind_text(s, 3, text, r->len);
  const wt_pretok *set[2] = {&p->title_tok, &p->text_tok};
  wt_pretok_use(set, 2);
  rc = run(st, s, "indexing the document");
  wt_pretok_use(NULL, 0);
  if (rc) return rc;

  /* entities, their mentions, aliases, roles */
  int64_t ent_small[64];
  char *name_small[64];
  int64_t *ents = ent_small;
  char **names = name_small;
  if (r->nentities > 64) {
    ents = wt_calloc(r->nentities, sizeof *ents);
    names = wt_calloc(r->nentities, sizeof *names);
    if (!ents || !names) {
      wt_free(ents);
      wt_free(names);
      return wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
    }
  }
  size_t nnames = 0; /* names[0..nnames) to free */
  doc_rows *mrows = wt_malloc(2 * sizeof *mrows), *rrows = mrows + 1;
  if (!mrows) {
    rc = wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
    goto done;
  }
  mrows->which = ROWS_MENTION;
  rrows->which = ROWS_ROLE;
  mrows->doc = rrows->doc = doc;
  mrows->text = rrows->text = text;
  mrows->n = rrows->n = 0;
  const char *const *akey = (const char *const *)p->akeys;
  for (size_t i = 0; i < r->nentities; i++) {
    const warta_entity *e = &r->entities[i];
    rc = entity_id(st, e, p->ekeys[i], &ents[i], &names[i]);
    nnames = i + 1;
    if (rc) goto done;
    for (uint32_t k = 0; k < e->nmentions; k++) {
      warta_span m = e->mentions[k];
      const char *key = *akey++;
      if ((rc = rows_add(st, mrows, ents[i], 0, m))) goto done;
      if (!key) continue;
      s = wt_st_stmt(st, S_ALIAS);
      if (!s) {
        rc = WARTA_ERR_IO;
        goto done;
      }
      sqlite3_bind_int64(s, 1, ents[i]);
      bind_str(s, 2, key);
      bind_span(s, 3, text, m);
      bool has_key = *key != 0;
      rc = has_key ? run(st, s, "adding an alias") : WARTA_OK;
      /* a new alias is a name --speaker can find the entity by */
      if (!rc && has_key && sqlite3_changes(st->db) == 1) rc = add_name(st, text + m.start, m.end - m.start, ents[i]);
      if (rc) goto done;
    }
    for (int kind = 0; kind < 2; kind++) {
      const warta_span *sp = kind ? e->affiliations : e->roles;
      uint32_t n = kind ? e->naffiliations : e->nroles;
      for (uint32_t k = 0; k < n; k++) {
        if (sp[k].end <= sp[k].start) continue;
        if ((rc = rows_add(st, rrows, ents[i], kind, sp[k]))) goto done;
      }
    }
  }
  if ((rc = rows_flush(st, mrows)) || (rc = rows_flush(st, rrows))) goto done;

  /* quotes */
  if (r->nquotes) {
    int64_t base = wt_st_skey_day(day), next = base;
    s = wt_st_stmt(st, S_SKEY_MAX);
    if (!s) {
      rc = WARTA_ERR_IO;
      goto done;
    }
    sqlite3_bind_int64(s, 1, base);
    sqlite3_bind_int64(s, 2, base + (1ll << 24));
    int rr = sqlite3_step(s);
    if (rr == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) next = sqlite3_column_int64(s, 0) + 1;
    sqlite3_reset(s);
    if (rr != SQLITE_ROW && rr != SQLITE_DONE) {
      rc = wt_st_db(st, rr, "numbering quotes");
      goto done;
    }
    if (next + (int64_t)r->nquotes > base + (1ll << 24)) {
      rc = wt_st_fail(st, WARTA_ERR_LIMIT, "more than 16777216 quotes on one publication day");
      goto done;
    }
    for (size_t i = 0; i < r->nquotes; i++) {
      const warta_quote *q = &r->quotes[i];
      const warta_entity *e = q->entity >= 0 ? &r->entities[q->entity] : NULL;
      const char *srcs = p->quotes[i].sources ? p->quotes[i].sources : "";
      size_t sl = p->quotes[i].sources_len;
      s = wt_st_stmt(st, S_QUOTE_INSERT);
      if (!s) {
        rc = WARTA_ERR_IO;
        goto done;
      }
      int64_t skey = next++;
      sqlite3_bind_int64(s, 1, skey);
      sqlite3_bind_int64(s, 2, doc);
      sqlite3_bind_int64(s, 3, (sqlite3_int64)i);
      sqlite3_bind_int(s, 4, q->kind);
      sqlite3_bind_int64(s, 5, q->content.start);
      sqlite3_bind_int64(s, 6, q->content.end);
      bind_text(s, 7, text + q->content.start, q->content.end - q->content.start);
      bind_span(s, 8, text, q->cue);
      bind_pos(s, 9, q->cue);
      bind_span(s, 11, text, q->speaker);
      bind_pos(s, 12, q->speaker);
      if (e) sqlite3_bind_int64(s, 14, ents[q->entity]);
      if (e && e->nroles) bind_span(s, 15, text, e->roles[0]);
      if (e && e->naffiliations) bind_span(s, 16, text, e->affiliations[0]);
      sqlite3_bind_double(s, 17, p->quotes[i].confidence);
      bind_text(s, 18, sl ? srcs : NULL, sl);
      if ((rc = run(st, s, "adding a quote"))) goto done;
      int64_t qid = sqlite3_last_insert_rowid(st->db);
      out->quotes++;

      /* the index gets exactly what its content view (quotes_view) will
       * give back: text, trim(entity name || ' ' || speaker words),
       * sources, outlet, kind, 'e' || entity */
      s = wt_st_stmt(st, S_QUOTE_FTS);
      if (!s) {
        rc = WARTA_ERR_IO;
        goto done;
      }
      sqlite3_bind_int64(s, 1, skey);
      bind_text(s, 2, text + q->content.start, q->content.end - q->content.start);
      const char *en = e ? names[q->entity] : "";
      size_t enl = strlen(en), spl = q->speaker.end > q->speaker.start ? q->speaker.end - q->speaker.start : 0;
      char spk_small[256], *spk = spk_small;
      if (enl + spl + 1 > sizeof spk_small && !(spk = wt_malloc(enl + spl + 1))) {
        rc = wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
        goto done;
      }
      memcpy(spk, en, enl);
      spk[enl] = ' ';
      if (spl) memcpy(spk + enl + 1, text + q->speaker.start, spl);
      size_t a = 0, z = enl + 1 + spl;
      while (a < z && spk[a] == ' ') a++;
      while (z > a && spk[z - 1] == ' ') z--;
      sqlite3_bind_text(s, 3, spk + a, (int)(z - a), SQLITE_TRANSIENT);
      if (spk != spk_small) wt_free(spk);
      sqlite3_bind_text(s, 4, srcs, (int)sl, SQLITE_STATIC);
      sqlite3_bind_text(s, 5, outlet, (int)strlen(outlet), SQLITE_STATIC);
      static const char *const kinds[] = {"", "direct", "partial", "indirect", "mixed"};
      const char *ks = q->kind >= 1 && q->kind <= 4 ? kinds[q->kind] : "";
      sqlite3_bind_text(s, 6, ks, (int)strlen(ks), SQLITE_STATIC);
      char sid[24];
      int sidl = e ? snprintf(sid, sizeof sid, "e%lld", (long long)ents[q->entity]) : 0;
      sqlite3_bind_text(s, 7, sid, sidl, SQLITE_STATIC);
      const wt_pretok *qset[1] = {&p->quotes[i].tok};
      wt_pretok_use(qset, 1);
      rc = run(st, s, "indexing a quote");
      wt_pretok_use(NULL, 0);
      if (rc) goto done;

      for (uint32_t k = 0; k < q->nsources; k++) {
        const warta_source *src = &q->sources[k];
        s = wt_st_stmt(st, S_SOURCE);
        if (!s) {
          rc = WARTA_ERR_IO;
          goto done;
        }
        sqlite3_bind_int64(s, 1, qid);
        sqlite3_bind_int(s, 2, (int)k);
        bind_str(s, 3, src->name);
        bind_span(s, 4, text, src->cue);
        bind_str(s, 5, src->date);
        bind_pos(s, 6, src->span);
        if ((rc = run(st, s, "adding a source"))) goto done;
      }

      bool linked = false;
      if ((rc = wt_st_link(st, qid, doc, &p->quotes[i], &linked))) goto done;
      if (linked) out->linked++;
    }
  }
done:
  wt_free(mrows);
  for (size_t i = 0; i < nnames; i++) wt_free(names[i]);
  if (ents != ent_small) wt_free(ents);
  if (names != name_small) wt_free(names);
  return rc;
}

int warta_store_add_prepared(warta_store *st, const warta_store_prepared *p, warta_store_added *out) {
  warta_store_added dummy;
  if (!out) out = &dummy;
  memset(out, 0, sizeof *out);
  int rc = writable(st);
  if (rc) return rc;
  if (!p) return wt_st_fail(st, WARTA_ERR_ARG, "no prepared document");
  /* everything that can be wrong with the record was found by prepare,
   * before a row is written; what can fail now is the database or memory.
   * No savepoint per document: FTS5 flushes its pending index at each one,
   * which would cost more than the rest of the add. */
  if (p->status != WARTA_OK) return wt_st_fail(st, p->status, "%s", p->err);
  out->text_bytes = p->rec.len;
  bool own = !st->batch;
  if (own && (rc = wt_st_exec(st, "BEGIN IMMEDIATE", "starting a transaction"))) return rc;
  if (!own || (rc = txn_started(st)) == WARTA_OK) rc = add_record(st, p, out);
  if (rc == WARTA_OK && own && (rc = wt_st_lsh_flush(st)) == WARTA_OK) rc = wt_st_exec(st, "COMMIT", "committing");
  if (rc != WARTA_OK) {
    /* a partial document must not stay: roll back the transaction (the
     * whole batch, when one is open) */
    if (!sqlite3_get_autocommit(st->db)) sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    if (st->batch) {
      st->batch = false;
      size_t n = strlen(st->err);
      if (n < sizeof st->err - 40) snprintf(st->err + n, sizeof st->err - n, " (the batch was rolled back)");
    }
    wt_st_cache_clear(st);
    wt_st_lsh_drop(st);
    memset(out, 0, sizeof *out);
    return rc;
  }
  out->text_bytes = p->rec.len;
  st->err[0] = 0;
  return WARTA_OK;
}

int warta_store_add_record(warta_store *st, const warta_store_record *rec, warta_store_added *out) {
  if (out) memset(out, 0, sizeof *out);
  int rc = writable(st);
  if (rc) return rc;
  warta_store_prepared *p = warta_store_prepare_record(rec);
  if (!p) return wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
  rc = warta_store_add_prepared(st, p, out);
  warta_store_prepared_free(p);
  return rc;
}

int warta_store_add(warta_store *st, const warta_doc *doc, const char *outlet, warta_store_added *out) {
  if (out) memset(out, 0, sizeof *out);
  int rc = writable(st);
  if (rc) return rc;
  warta_store_prepared *p = warta_store_prepare(doc, outlet);
  if (!p) return wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
  rc = warta_store_add_prepared(st, p, out);
  warta_store_prepared_free(p);
  return rc;
}
