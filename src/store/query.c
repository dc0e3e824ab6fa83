/*
 * query.c — reading the store: search (quotes and documents), speakers,
 * show, stats and check.
 *
 * A filter becomes one FTS5 expression over quotes_fts's columns:
 *   text : (QUERY) AND speaker : (NAME) AND source : (AGENCY)
 *   AND outlet : (OUTLET) AND kind : "direct"
 * and a rowid range for the dates (rowid = skey, see store.c), so FTS5
 * walks its index newest first and stops after the limit: no sort, no scan.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "store_priv.h"

/* ------------------------------------------------------------ strings */

typedef struct sbuf {
  char *p;
  size_t n, cap;
  bool oom;
} sbuf;

static void sb_add(sbuf *b, const char *s, size_t n) {
  if (b->oom) return;
  if (b->n + n + 1 > b->cap) {
    size_t nc = b->cap ? b->cap : 128;
    while (nc < b->n + n + 1) nc *= 2;
    char *np = wt_realloc(b->p, nc);
    if (!np) {
      b->oom = true;
      return;
    }
    b->p = np;
    b->cap = nc;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}
static void sb_str(sbuf *b, const char *s) { sb_add(b, s, strlen(s)); }

/* Has s[0..n) a word character (something the tokenizer indexes)? */
static bool has_word(const char *s, size_t n) {
  size_t pos = 0;
  wt_word w;
  return wt_next_word(s, n, &pos, &w) != 0;
}

/* The FTS5 form of a user query: words become "quoted" strings (so that
 * "Jong-un" or "10.30" are not FTS5 syntax), "phrases" stay, AND OR NOT and
 * parentheses pass, word* becomes "word"*.  Returns WARTA_OK,
 * WARTA_ERR_SYNTAX (message in err) or WARTA_ERR_NOMEM; *words counts the
 * words and phrases. */
static int translate(const char *q, sbuf *out, int *words, char *err, size_t errcap) {
  int depth = 0;
  *words = 0;
  for (size_t i = 0; q[i];) {
    char c = q[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      i++;
      continue;
    }
    if (c == '(' || c == ')') {
      depth += c == '(' ? 1 : -1;
      if (depth < 0) {
        snprintf(err, errcap, "query: ')' at byte %zu closes nothing", i);
        return WARTA_ERR_SYNTAX;
      }
      sb_str(out, c == '(' ? " ( " : " ) ");
      i++;
      continue;
    }
    if (c == '"') {
      const char *e = strchr(q + i + 1, '"');
      if (!e) {
        snprintf(err, errcap, "query: the quote at byte %zu is not closed", i);
        return WARTA_ERR_SYNTAX;
      }
      size_t n = (size_t)(e - (q + i + 1));
      if (has_word(q + i + 1, n)) {
        sb_str(out, " \"");
        sb_add(out, q + i + 1, n);
        sb_str(out, "\"");
        if (e[1] == '*') sb_str(out, "*");
        ++*words;
      }
      i = (size_t)(e - q) + 1;
      if (q[i] == '*') i++;
      continue;
    }
    size_t j = i;
    while (q[j] && q[j] != ' ' && q[j] != '\t' && q[j] != '\n' && q[j] != '\r' && q[j] != '(' && q[j] != ')' &&
           q[j] != '"')
      j++;
    size_t n = j - i;
    if ((n == 3 && !memcmp(q + i, "AND", 3)) || (n == 2 && !memcmp(q + i, "OR", 2)) ||
        (n == 3 && !memcmp(q + i, "NOT", 3))) {
      sb_str(out, " ");
      sb_add(out, q + i, n);
      sb_str(out, " ");
    } else {
      bool prefix = n > 1 && q[j - 1] == '*';
      size_t wn = prefix ? n - 1 : n;
      if (has_word(q + i, wn)) {
        sb_str(out, " \"");
        sb_add(out, q + i, wn);
        sb_str(out, prefix ? "\"*" : "\"");
        ++*words;
      }
    }
    i = j;
  }
  if (depth != 0) {
    snprintf(err, errcap, "query: a '(' is not closed");
    return WARTA_ERR_SYNTAX;
  }
  return out->oom ? WARTA_ERR_NOMEM : WARTA_OK;
}

/* Appends "col : ( translated )" for a non-empty value. */
static int add_column(warta_store *st, sbuf *m, const char *col, const char *val, const char *what) {
  if (!val || !*val) return WARTA_OK;
  sbuf t = {0};
  int words;
  char err[200];
  int rc = translate(val, &t, &words, err, sizeof err);
  if (rc == WARTA_OK && words == 0) {
    snprintf(err, sizeof err, "%s: '%.*s' has no words to look for", what, wt_st_clip(val, 80), val);
    rc = WARTA_ERR_SYNTAX;
  }
  if (rc == WARTA_OK) {
    if (m->n) sb_str(m, " AND ");
    sb_str(m, col);
    sb_str(m, " : (");
    sb_add(m, t.p, t.n);
    sb_str(m, " )");
  } else if (rc == WARTA_ERR_SYNTAX) {
    if (strncmp(err, "query:", 6) == 0 && strcmp(what, "query") != 0) {
      char e2[260];
      snprintf(e2, sizeof e2, "%s%s", what, err + 5);
      wt_st_fail(st, rc, "%s", e2);
    } else {
      wt_st_fail(st, rc, "%s", err);
    }
  } else {
    wt_st_fail(st, rc, "out of memory");
  }
  wt_free(t.p);
  if (rc == WARTA_OK && m->oom) rc = wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
  return rc;
}

static const char *kind_word(int kind) {
  switch (kind) {
  case WARTA_DIRECT: return "direct";
  case WARTA_PARTIAL: return "partial";
  case WARTA_INDIRECT: return "indirect";
  case WARTA_MIXED: return "mixed";
  default: return NULL;
  }
}

/* The skey range [lo, hi) of a filter's dates. */
static int date_range(warta_store *st, const warta_store_filter *f, int64_t *lo, int64_t *hi) {
  *lo = 0;
  *hi = INT64_MAX;
  if (f->from && *f->from) {
    int32_t d = wt_store_day(f->from);
    if (d == INT32_MIN || f->from[10]) return wt_st_fail(st, WARTA_ERR_SYNTAX, "from: '%.*s' is not YYYY-MM-DD", wt_st_clip(f->from, 40), f->from);
    *lo = wt_st_skey_day(d);
  }
  if (f->to && *f->to) {
    int32_t d = wt_store_day(f->to);
    if (d == INT32_MIN || f->to[10]) return wt_st_fail(st, WARTA_ERR_SYNTAX, "to: '%.*s' is not YYYY-MM-DD", wt_st_clip(f->to, 40), f->to);
    *hi = wt_st_skey_day(d + 1);
    /* a date range leaves out undated quotes */
    if (*lo == 0) *lo = 1ll << 24;
  }
  return WARTA_OK;
}

/* --speaker: the entities whose names or aliases hold the words become
 * "sid : (e12 OR e40)", one rare token each, which FTS5 intersects with the
 * rest cheaply; words that name no entity (or too many) are matched against
 * the words naming the speaker in each quote instead. */
enum { MAX_SPEAKER_IDS = 256 };

static int add_speaker(warta_store *st, sbuf *m, const char *val) {
  if (!val || !*val) return WARTA_OK;
  sbuf names = {0};
  int rc = add_column(st, &names, "name", val, "speaker");
  if (rc) {
    wt_free(names.p);
    return rc;
  }
  sqlite3_stmt *s = NULL;
  int r = sqlite3_prepare_v2(st->db, "SELECT DISTINCT entity FROM names_fts WHERE names_fts MATCH ?1 LIMIT 257",
                             -1, &s, NULL);
  if (r != SQLITE_OK) {
    wt_free(names.p);
    return wt_st_db(st, r, "looking up a speaker");
  }
  sqlite3_bind_text(s, 1, names.p, (int)names.n, SQLITE_STATIC);
  sbuf ids = {0};
  int n = 0;
  while ((r = sqlite3_step(s)) == SQLITE_ROW) {
    char e[32];
    snprintf(e, sizeof e, "%se%lld", n ? " OR " : "", (long long)sqlite3_column_int64(s, 0));
    sb_str(&ids, e);
    n++;
  }
  sqlite3_finalize(s);
  wt_free(names.p);
  if (r != SQLITE_DONE) {
    wt_free(ids.p);
    return wt_st_db(st, r, "looking up a speaker");
  }
  if (n >= 1 && n <= MAX_SPEAKER_IDS) {
    if (m->n) sb_str(m, " AND ");
    sb_str(m, "sid : (");
    sb_add(m, ids.p, ids.n);
    sb_str(m, ")");
    rc = (m->oom || ids.oom) ? wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory") : WARTA_OK;
  } else {
    rc = add_column(st, m, "speaker", val, "speaker");
  }
  wt_free(ids.p);
  return rc;
}

/* The MATCH expression of a quote filter into m (empty when none is needed). */
static int quote_match(warta_store *st, const warta_store_filter *f, sbuf *m) {
  int rc;
  if ((rc = add_column(st, m, "text", f->query, "query"))) return rc;
  if ((rc = add_speaker(st, m, f->speaker))) return rc;
  if ((rc = add_column(st, m, "source", f->source, "source"))) return rc;
  if ((rc = add_column(st, m, "outlet", f->outlet, "outlet"))) return rc;
  if (f->kind) {
    const char *k = kind_word(f->kind);
    if (!k) return wt_st_fail(st, WARTA_ERR_ARG, "unknown quote kind %d", f->kind);
    if (m->n) sb_str(m, " AND ");
    sb_str(m, "kind : \"");
    sb_str(m, k);
    sb_str(m, "\"");
  }
  return m->oom ? wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory") : WARTA_OK;
}

static const char *col_text(sqlite3_stmt *s, int i) { return (const char *)sqlite3_column_text(s, i); }

void wt_st_read_quote(sqlite3_stmt *s, int c, warta_store_quote *q) {
  memset(q, 0, sizeof *q);
  q->id = sqlite3_column_int64(s, c + 0);
  q->document = sqlite3_column_int64(s, c + 1);
  q->published = col_text(s, c + 2);
  q->outlet = col_text(s, c + 3);
  q->title = col_text(s, c + 4);
  q->url = col_text(s, c + 5);
  q->kind = sqlite3_column_int(s, c + 6);
  q->text = col_text(s, c + 7);
  if (!q->text) q->text = "";
  q->highlighted = q->text;
  q->speaker = col_text(s, c + 8);
  q->speaker_id = sqlite3_column_int64(s, c + 9);
  q->role = col_text(s, c + 10);
  q->cue = col_text(s, c + 11);
  q->sources = col_text(s, c + 12);
  q->confidence = (float)sqlite3_column_double(s, c + 13);
  q->group = sqlite3_column_int64(s, c + 14);
  q->similarity = 1.0;
}

static int check_args(warta_store *st, bool fn) {
  if (!st) return WARTA_ERR_ARG;
  if (!st->db) return wt_st_fail(st, WARTA_ERR_ARG, "store is not open");
  if (!fn) return wt_st_fail(st, WARTA_ERR_ARG, "no callback");
  return WARTA_OK;
}

static int prepare(warta_store *st, const char *sql, sqlite3_stmt **s, const char *what) {
  int rc = sqlite3_prepare_v2(st->db, sql, -1, s, NULL);
  if (rc != SQLITE_OK) {
    *s = NULL;
    return wt_st_db(st, rc, what);
  }
  return WARTA_OK;
}

/* -------------------------------------------------------------- search */

int warta_store_search(warta_store *st, const warta_store_filter *f, warta_store_quote_fn fn, void *ctx) {
  int rc = check_args(st, fn != NULL);
  if (rc) return rc;
  warta_store_filter none;
  if (!f) {
    memset(&none, 0, sizeof none);
    f = &none;
  }
  int64_t lo, hi;
  if ((rc = date_range(st, f, &lo, &hi))) return rc;
  sbuf m = {0};
  if ((rc = quote_match(st, f, &m))) {
    wt_free(m.p);
    return rc;
  }
  sbuf sql = {0};
  sb_str(&sql, "SELECT " WT_QUOTE_COLS);
  if (m.n) {
    sb_str(&sql, ", highlight(quotes_fts, 0, ?5, ?6) FROM quotes_fts f JOIN quotes q ON q.skey = f.rowid "
                 "JOIN documents d ON d.id = q.document LEFT JOIN entities e ON e.id = q.entity "
                 "WHERE quotes_fts MATCH ?1 AND f.rowid >= ?2 AND f.rowid < ?3 ");
    if (f->speaker_id) sb_str(&sql, "AND q.entity = ?8 ");
    sb_str(&sql, f->sort == WARTA_SORT_RANK ? "ORDER BY bm25(quotes_fts, 1.0, 0.2, 0.2, 0.1, 0.0, 0.0), f.rowid DESC "
                                            : "ORDER BY f.rowid DESC ");
  } else {
    sb_str(&sql, ", q.text FROM quotes q JOIN documents d ON d.id = q.document "
                 "LEFT JOIN entities e ON e.id = q.entity "
                 "WHERE q.skey >= ?2 AND q.skey < ?3 ");
    sb_str(&sql, f->speaker_id ? "AND q.entity = ?8 ORDER BY q.entity, q.skey DESC " : "ORDER BY q.skey DESC ");
  }
  sb_str(&sql, "LIMIT ?4 OFFSET ?7");
  sqlite3_stmt *s = NULL;
  if (sql.oom || m.oom) rc = wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
  else rc = prepare(st, sql.p, &s, "searching");
  if (rc == WARTA_OK) {
    if (m.n) sqlite3_bind_text(s, 1, m.p, (int)m.n, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, lo);
    sqlite3_bind_int64(s, 3, hi);
    sqlite3_bind_int64(s, 4, f->limit ? (sqlite3_int64)f->limit : 20);
    if (m.n) {
      sqlite3_bind_text(s, 5, f->mark_open ? f->mark_open : "[", -1, SQLITE_STATIC);
      sqlite3_bind_text(s, 6, f->mark_close ? f->mark_close : "]", -1, SQLITE_STATIC);
    }
    sqlite3_bind_int64(s, 7, (sqlite3_int64)f->offset);
    if (f->speaker_id) sqlite3_bind_int64(s, 8, f->speaker_id);
    int r;
    while ((r = sqlite3_step(s)) == SQLITE_ROW) {
      warta_store_quote q;
      wt_st_read_quote(s, 0, &q);
      const char *h = col_text(s, WT_QUOTE_NCOLS);
      if (h) q.highlighted = h;
      if (fn(ctx, &q)) break;
    }
    if (r != SQLITE_ROW && r != SQLITE_DONE) rc = wt_st_db(st, r, "searching");
  }
  sqlite3_finalize(s);
  wt_free(sql.p);
  wt_free(m.p);
  if (rc == WARTA_OK) st->err[0] = 0;
  return rc;
}

int warta_store_search_documents(warta_store *st, const warta_store_filter *f, warta_store_document_fn fn,
                                 void *ctx) {
  int rc = check_args(st, fn != NULL);
  if (rc) return rc;
  warta_store_filter none;
  if (!f) {
    memset(&none, 0, sizeof none);
    f = &none;
  }
  if ((f->speaker && *f->speaker) || (f->source && *f->source) || f->kind || f->speaker_id)
    return wt_st_fail(st, WARTA_ERR_ARG, "a document search takes no speaker, source or kind");
  const char *from = f->from && *f->from ? f->from : NULL, *to = f->to && *f->to ? f->to : NULL;
  if (from && (wt_store_day(from) == INT32_MIN || from[10]))
    return wt_st_fail(st, WARTA_ERR_SYNTAX, "from: '%.*s' is not YYYY-MM-DD", wt_st_clip(from, 40), from);
  if (to && (wt_store_day(to) == INT32_MIN || to[10]))
    return wt_st_fail(st, WARTA_ERR_SYNTAX, "to: '%.*s' is not YYYY-MM-DD", wt_st_clip(to, 40), to);
  sbuf m = {0};
  bool outlet = f->outlet && *f->outlet;
  if ((rc = add_column(st, &m, "{title text}", f->query, "query"))) goto out;
  sbuf sql = {0};
  sb_str(&sql, "SELECT d.id, d.published, d.outlet, d.title, d.url, d.ext_id, ");
  if (m.n)
    sb_str(&sql, "snippet(documents_fts, -1, ?5, ?6, '…', 24), d.nquotes FROM documents_fts f "
                 "JOIN documents d ON d.id = f.rowid WHERE documents_fts MATCH ?1 ");
  else
    sb_str(&sql, "substr(d.text, 1, 200), d.nquotes FROM documents d WHERE 1 ");
  if (from) sb_str(&sql, "AND d.published >= ?2 ");
  if (to) sb_str(&sql, "AND d.published <= ?3 ");
  if (outlet) sb_str(&sql, "AND d.outlet LIKE '%' || ?8 || '%' ");
  if (m.n && f->sort == WARTA_SORT_RANK) sb_str(&sql, "ORDER BY bm25(documents_fts, 2.0, 1.0) ");
  else sb_str(&sql, "ORDER BY d.published IS NULL, d.published DESC, d.id DESC ");
  sb_str(&sql, "LIMIT ?4 OFFSET ?7");
  sqlite3_stmt *s = NULL;
  if (sql.oom) rc = wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
  else rc = prepare(st, sql.p, &s, "searching documents");
  wt_free(sql.p);
  if (rc) goto out;
  if (m.n) sqlite3_bind_text(s, 1, m.p, (int)m.n, SQLITE_STATIC);
  if (from) sqlite3_bind_text(s, 2, from, -1, SQLITE_STATIC);
  if (to) sqlite3_bind_text(s, 3, to, -1, SQLITE_STATIC);
  sqlite3_bind_int64(s, 4, f->limit ? (sqlite3_int64)f->limit : 20);
  if (m.n) {
    sqlite3_bind_text(s, 5, f->mark_open ? f->mark_open : "[", -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 6, f->mark_close ? f->mark_close : "]", -1, SQLITE_STATIC);
  }
  sqlite3_bind_int64(s, 7, (sqlite3_int64)f->offset);
  if (outlet) sqlite3_bind_text(s, 8, f->outlet, -1, SQLITE_STATIC);
  int r;
  while ((r = sqlite3_step(s)) == SQLITE_ROW) {
    warta_store_document d = {
        sqlite3_column_int64(s, 0), col_text(s, 1), col_text(s, 2), col_text(s, 3), col_text(s, 4),
        col_text(s, 5), col_text(s, 6), (uint32_t)sqlite3_column_int64(s, 7)};
    if (!d.snippet) d.snippet = "";
    if (fn(ctx, &d)) break;
  }
  if (r != SQLITE_ROW && r != SQLITE_DONE) rc = wt_st_db(st, r, "searching documents");
  sqlite3_finalize(s);
out:
  wt_free(m.p);
  if (rc == WARTA_OK) st->err[0] = 0;
  return rc;
}

/* ------------------------------------------------------------ speakers */

static void skey_date(sqlite3_stmt *s, int i, char out[11]) {
  out[0] = 0;
  if (sqlite3_column_type(s, i) == SQLITE_NULL) return;
  int64_t k = sqlite3_column_int64(s, i);
  if (k < (1ll << 24)) return;
  wt_store_date((int32_t)((k >> 24) - 1000000), out);
}

int warta_store_speakers(warta_store *st, const warta_store_filter *f, warta_store_speaker_fn fn, void *ctx) {
  int rc = check_args(st, fn != NULL);
  if (rc) return rc;
  warta_store_filter none;
  if (!f) {
    memset(&none, 0, sizeof none);
    f = &none;
  }
  int64_t lo, hi;
  if ((rc = date_range(st, f, &lo, &hi))) return rc;
  sbuf m = {0};
  if ((rc = quote_match(st, f, &m))) {
    wt_free(m.p);
    return rc;
  }
  sbuf sql = {0};
  sb_str(&sql, "WITH c AS (SELECT q.entity AS ent, count(*) AS n, count(DISTINCT q.document) AS nd, "
               "min(q.skey) AS s0, max(q.skey) AS s1 ");
  if (m.n)
    sb_str(&sql, "FROM quotes_fts f JOIN quotes q ON q.skey = f.rowid WHERE quotes_fts MATCH ?1 "
                 "AND f.rowid >= ?2 AND f.rowid < ?3 ");
  else
    sb_str(&sql, "FROM quotes q WHERE q.skey >= ?2 AND q.skey < ?3 ");
  sb_str(&sql, f->speaker_id ? "AND q.entity = ?6 " : "AND q.entity IS NOT NULL ");
  sb_str(&sql, "GROUP BY q.entity) "
               "SELECT e.id, e.name, e.type, "
               /* the position in full: role and affiliation ("Kepala" + "Dinas Sumber Daya Air") */
               "(SELECT CASE WHEN affiliation IS NULL THEN role WHEN role IS NULL THEN affiliation "
               "ELSE role || ' ' || affiliation END FROM quotes WHERE skey = c.s1), c.n, c.nd, c.s0, c.s1 "
               "FROM c JOIN entities e ON e.id = c.ent ORDER BY c.n DESC, c.s1 DESC, e.id LIMIT ?4 OFFSET ?5");
  sqlite3_stmt *s = NULL;
  if (sql.oom) rc = wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
  else rc = prepare(st, sql.p, &s, "counting speakers");
  if (rc == WARTA_OK) {
    if (m.n) sqlite3_bind_text(s, 1, m.p, (int)m.n, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, lo);
    sqlite3_bind_int64(s, 3, hi);
    sqlite3_bind_int64(s, 4, f->limit ? (sqlite3_int64)f->limit : 20);
    sqlite3_bind_int64(s, 5, (sqlite3_int64)f->offset);
    if (f->speaker_id) sqlite3_bind_int64(s, 6, f->speaker_id);
    int r;
    while ((r = sqlite3_step(s)) == SQLITE_ROW) {
      char first[11], last[11];
      skey_date(s, 6, first);
      skey_date(s, 7, last);
      warta_store_speaker sp = {sqlite3_column_int64(s, 0),
                                col_text(s, 1),
                                col_text(s, 2),
                                col_text(s, 3),
                                (uint64_t)sqlite3_column_int64(s, 4),
                                (uint64_t)sqlite3_column_int64(s, 5),
                                first[0] ? first : NULL,
                                last[0] ? last : NULL};
      if (!sp.name) sp.name = "";
      if (fn(ctx, &sp)) break;
    }
    if (r != SQLITE_ROW && r != SQLITE_DONE) rc = wt_st_db(st, r, "counting speakers");
  }
  sqlite3_finalize(s);
  wt_free(sql.p);
  wt_free(m.p);
  if (rc == WARTA_OK) st->err[0] = 0;
  return rc;
}

/* ---------------------------------------------------------------- show */

static char *dup_col(sqlite3_stmt *s, int i) {
  const char *t = col_text(s, i);
  if (!t) return NULL;
  size_t n = (size_t)sqlite3_column_bytes(s, i);
  char *p = wt_malloc(n + 1);
  if (p) {
    memcpy(p, t, n);
    p[n] = 0;
  }
  return p;
}

/* The paragraph around [qs, qe) in text: from the line break before it to
 * the one after, at most ~600 bytes either side (cut at a space). */
static void context_of(const char *text, size_t len, size_t qs, size_t qe, size_t *cs, size_t *ce) {
  enum { SIDE = 600 };
  size_t a = qs, b = qe;
  while (a > 0 && text[a - 1] != '\n' && qs - a < SIDE) a--;
  if (a > 0 && text[a - 1] != '\n') {
    while (a < qs && text[a] != ' ') a++; /* cut at a word */
  }
  while (b < len && text[b] != '\n' && b - qe < SIDE) b++;
  if (b < len && text[b] != '\n') {
    while (b > qe && text[b - 1] != ' ') b--;
  }
  *cs = a;
  *ce = b;
}

int warta_store_show(warta_store *st, int64_t id, warta_store_detail_fn fn, void *ctx) {
  int rc = check_args(st, fn != NULL);
  if (rc) return rc;
  sqlite3_stmt *s = NULL, *s2 = NULL;
  if ((rc = prepare(st,
                    "SELECT " WT_QUOTE_COLS ", q.speaker, e.type, q.affiliation, d.dateline, q.start_byte, q.end_byte, "
                    "CAST(d.text AS BLOB), (SELECT group_concat(alias, '; ') FROM (SELECT a.alias FROM aliases a "
                    "WHERE a.entity = q.entity AND a.key != e.key ORDER BY a.alias LIMIT 20)), "
                    "(SELECT count(*) - 1 FROM quotes g WHERE g.grp = q.grp) "
                    "FROM quotes q JOIN documents d ON d.id = q.document "
                    "LEFT JOIN entities e ON e.id = q.entity WHERE q.id = ?1",
                    &s, "showing a quote")))
    return rc;
  sqlite3_bind_int64(s, 1, id);
  int r = sqlite3_step(s);
  if (r != SQLITE_ROW) {
    sqlite3_finalize(s);
    if (r == SQLITE_DONE) return wt_st_fail(st, WARTA_ERR_ARG, "no quote %lld in the store", (long long)id);
    return wt_st_db(st, r, "showing a quote");
  }
  warta_store_detail d;
  memset(&d, 0, sizeof d);
  wt_st_read_quote(s, 0, &d.quote);
  int c = WT_QUOTE_NCOLS;
  d.mention = col_text(s, c);
  d.speaker_type = col_text(s, c + 1);
  d.affiliation = col_text(s, c + 2);
  d.dateline = col_text(s, c + 3);
  size_t qs = (size_t)sqlite3_column_int64(s, c + 4), qe = (size_t)sqlite3_column_int64(s, c + 5);
  const char *text = sqlite3_column_blob(s, c + 6);
  size_t len = (size_t)sqlite3_column_bytes(s, c + 6);
  d.aliases = col_text(s, c + 7);
  d.copies = d.quote.group ? (size_t)sqlite3_column_int64(s, c + 8) : 0;
  if (!text || qe > len || qs > qe) {
    text = d.quote.text;
    len = strlen(text);
    qs = 0;
    qe = len;
  }
  size_t cs, ce;
  context_of(text, len, qs, qe, &cs, &ce);
  d.context = text + cs;
  d.context_len = ce - cs;
  d.quote_start = qs - cs;
  d.quote_end = qe - cs;

  /* the source chain: copied out, since a second statement runs */
  warta_store_source *srcs = NULL;
  size_t ns = 0, cap = 0;
  rc = prepare(st, "SELECT name, cue, date FROM sources WHERE quote = ?1 ORDER BY ord", &s2, "reading sources");
  if (rc == WARTA_OK) {
    sqlite3_bind_int64(s2, 1, id);
    while ((r = sqlite3_step(s2)) == SQLITE_ROW) {
      if (ns == cap) {
        size_t nc = cap ? cap * 2 : 4;
        warta_store_source *n = wt_realloc(srcs, nc * sizeof *n);
        if (!n) {
          rc = wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
          break;
        }
        srcs = n;
        cap = nc;
      }
      srcs[ns].name = dup_col(s2, 0);
      srcs[ns].cue = dup_col(s2, 1);
      srcs[ns].date = dup_col(s2, 2);
      ns++;
      if (!srcs[ns - 1].name) {
        rc = wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
        break;
      }
    }
    if (rc == WARTA_OK && r != SQLITE_DONE) rc = wt_st_db(st, r, "reading sources");
  }
  if (rc == WARTA_OK) {
    d.sources = srcs;
    d.nsources = ns;
    fn(ctx, &d);
  }
  for (size_t i = 0; i < ns; i++) {
    wt_free((void *)srcs[i].name);
    wt_free((void *)srcs[i].cue);
    wt_free((void *)srcs[i].date);
  }
  wt_free(srcs);
  sqlite3_finalize(s2);
  sqlite3_finalize(s);
  if (rc == WARTA_OK) st->err[0] = 0;
  return rc;
}

/* --------------------------------------------------------- stats, check */

static int count(warta_store *st, const char *sql, uint64_t *out) {
  sqlite3_stmt *s;
  int rc = prepare(st, sql, &s, "counting");
  if (rc) return rc;
  int r = sqlite3_step(s);
  *out = r == SQLITE_ROW ? (uint64_t)sqlite3_column_int64(s, 0) : 0;
  sqlite3_finalize(s);
  return (r == SQLITE_ROW || r == SQLITE_DONE) ? WARTA_OK : wt_st_db(st, r, "counting");
}

int warta_store_stats(warta_store *st, warta_store_counts *out) {
  if (!st || !out) return st ? wt_st_fail(st, WARTA_ERR_ARG, "no output") : WARTA_ERR_ARG;
  if (!st->db) return wt_st_fail(st, WARTA_ERR_ARG, "store is not open");
  memset(out, 0, sizeof *out);
  uint64_t v = 0;
  int rc;
  if ((rc = count(st, "PRAGMA user_version", &v))) return rc;
  out->schema = (int)v;
  if ((rc = count(st, "SELECT count(*) FROM documents", &out->documents)) ||
      (rc = count(st, "SELECT count(*) FROM quotes", &out->quotes)) ||
      (rc = count(st, "SELECT count(*) FROM (SELECT DISTINCT entity FROM quotes WHERE entity IS NOT NULL)",
                  &out->speakers)) ||
      (rc = count(st, "SELECT count(*) FROM entities", &out->entities)) ||
      (rc = count(st, "SELECT count(*) FROM aliases", &out->aliases)) ||
      (rc = count(st, "SELECT count(*) FROM sources", &out->sources)) ||
      (rc = count(st, "SELECT count(*) FROM (SELECT DISTINCT grp FROM quotes WHERE grp IS NOT NULL)",
                  &out->groups)) ||
      (rc = count(st, "SELECT count(*) FROM quotes WHERE grp IS NOT NULL", &out->grouped)))
    return rc;
  sqlite3_stmt *s;
  if ((rc = prepare(st, "SELECT min(published), max(published) FROM documents", &s, "reading dates"))) return rc;
  if (sqlite3_step(s) == SQLITE_ROW) {
    const char *a = col_text(s, 0), *b = col_text(s, 1);
    if (a) snprintf(out->first, sizeof out->first, "%.10s", a);
    if (b) snprintf(out->last, sizeof out->last, "%.10s", b);
  }
  sqlite3_finalize(s);
  st->err[0] = 0;
  return WARTA_OK;
}

int warta_store_check(warta_store *st) {
  if (!st) return WARTA_ERR_ARG;
  if (!st->db) return wt_st_fail(st, WARTA_ERR_ARG, "store is not open");
  sqlite3_stmt *s;
  int rc = prepare(st, "PRAGMA integrity_check", &s, "checking");
  if (rc) return rc;
  char msg[400];
  size_t ml = 0;
  msg[0] = 0;
  int r, rows = 0;
  while ((r = sqlite3_step(s)) == SQLITE_ROW) {
    const char *t = col_text(s, 0);
    if (t && strcmp(t, "ok") != 0 && ml < sizeof msg - 1)
      ml += (size_t)snprintf(msg + ml, sizeof msg - ml, "%s%s", rows++ ? "; " : "", t);
  }
  sqlite3_finalize(s);
  if (r != SQLITE_DONE) return wt_st_db(st, r, "integrity_check");
  if (rows) return wt_st_fail(st, WARTA_ERR_IO, "integrity_check: %s", msg);
  if (!st->readonly) {
    if ((rc = wt_st_exec(st, "INSERT INTO quotes_fts(quotes_fts) VALUES('integrity-check')",
                         "full-text index of quotes")))
      return rc;
    if ((rc = wt_st_exec(st, "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')",
                         "full-text index of documents")))
      return rc;
    if ((rc = wt_st_exec(st, "INSERT INTO names_fts(names_fts) VALUES('integrity-check')",
                         "full-text index of names")))
      return rc;
  }
  st->err[0] = 0;
  return WARTA_OK;
}
