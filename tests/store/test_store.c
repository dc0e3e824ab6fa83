/*
 * test_store.c — the store's public API (include/warta.h, "Store"): schema,
 * adding records and extraction results, duplicates, batches, search with
 * every filter, the tokenizer seen through search, speakers, show, trace,
 * stats, check, read-only use, schema versions and allocation failures.
 *
 *   test_store TMPDIR
 *
 * Records are built through the public warta_store_record: spans are found
 * as substrings of the hand-written texts below.
 */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "warta.h"
#include "store_priv.h" /* src/store: the prepared record, the tokenizer */

WARTA_API long warta_test_fail_alloc(long n); /* alloc.c's test hook */

static char dir[512];

static void path_of(char *out, size_t cap, const char *name) {
  snprintf(out, cap, "%s/%s", dir, name);
  char wal[600];
  unlink(out);
  snprintf(wal, sizeof wal, "%s-wal", out);
  unlink(wal);
  snprintf(wal, sizeof wal, "%s-shm", out);
  unlink(wal);
}

/* ----------------------------------------------------------- records */

typedef struct qspec {
  int kind;
  const char *content, *cue, *speaker; /* substrings; NULL for none */
  int entity;
  const char *src1, *src1_cue, *src1_date;
  const char *src2;
} qspec;

typedef struct espec {
  int type;
  const char *name;
  const char *mention1, *mention2;
  const char *role, *affil;
} espec;

typedef struct built {
  warta_store_record r;
  warta_quote q[8];
  warta_source s[8][2];
  warta_entity e[8];
  warta_span m[8][2], roles[8], affs[8];
  warta_dateline dl;
} built;

static warta_span find(const char *text, const char *sub, size_t from) {
  if (!sub) return (warta_span){0, 0};
  const char *p = strstr(text + from, sub);
  if (!p) fail_msg("'%s' not in the text", sub);
  return (warta_span){(uint32_t)(p - text), (uint32_t)(p - text + strlen(sub))};
}

static void build(built *b, const char *text, const char *url, const char *published, const char *outlet,
                  const qspec *qs, int nq, const espec *es, int ne) {
  memset(b, 0, sizeof *b);
  b->r.text = text;
  b->r.len = strlen(text);
  b->r.url = url;
  b->r.published = published;
  b->r.outlet = outlet;
  b->r.title = "a title";
  for (int i = 0; i < ne; i++) {
    warta_entity *e = &b->e[i];
    e->type = es[i].type;
    e->name = es[i].name;
    b->m[i][0] = find(text, es[i].mention1, 0);
    e->nmentions = 1;
    if (es[i].mention2) {
      b->m[i][1] = find(text, es[i].mention2, b->m[i][0].end);
      e->nmentions = 2;
    }
    e->mentions = b->m[i];
    if (es[i].role) {
      b->roles[i] = find(text, es[i].role, 0);
      e->roles = &b->roles[i];
      e->nroles = 1;
    }
    if (es[i].affil) {
      b->affs[i] = find(text, es[i].affil, 0);
      e->affiliations = &b->affs[i];
      e->naffiliations = 1;
    }
  }
  for (int i = 0; i < nq; i++) {
    warta_quote *q = &b->q[i];
    q->kind = qs[i].kind;
    q->content = find(text, qs[i].content, 0);
    q->cue = find(text, qs[i].cue, 0);
    q->speaker = find(text, qs[i].speaker, 0);
    q->entity = qs[i].entity;
    q->confidence = 0.9f;
    if (qs[i].src1) {
      b->s[i][0].name = qs[i].src1;
      b->s[i][0].span = find(text, qs[i].src1, 0);
      b->s[i][0].cue = find(text, qs[i].src1_cue, 0);
      b->s[i][0].date = qs[i].src1_date;
      q->nsources = 1;
      if (qs[i].src2) {
        b->s[i][1].name = qs[i].src2;
        b->s[i][1].span = find(text, qs[i].src2, 0);
        q->nsources = 2;
      }
      q->sources = b->s[i];
    }
  }
  b->r.quotes = b->q;
  b->r.nquotes = (size_t)nq;
  b->r.entities = b->e;
  b->r.nentities = (size_t)ne;
}

static const char T1[] =
    "JAKARTA - Pemimpin Korea Utara Kim Jong-un mengatakan hubungan dengan Rusia adalah prioritas utama.\n"
    "\"Kami akan selalu berdiri bersama Rusia dalam perjuangan melawan imperialisme,\" kata Kim, seperti "
    "dikutip dari TASS.\n"
    "Presiden Rusia Vladimir Putin menyatakan kerja sama akan dibahas. \"Kami punya banyak hal untuk "
    "dibicarakan,\" ujar Putin menurut Interfax.";
static const char T2[] =
    "Jakarta - Presiden Joko Widodo meminta harga beras segera turun. \"Harga beras harus turun sebelum akhir "
    "tahun, kata-kata saya jelas,\" kata Jokowi. Bérita itu dikatakannya di Istana.";
static const char T3[] =
    "MOSKWA - \"Kami akan selalu berdiri bersama Rusia dalam perjuangan melawan imperialisme,\" ujar Kim Jong Un.";

static const espec E1[] = {
    {WARTA_PER, "Kim Jong-un", "Kim Jong-un", "Kim", "Pemimpin Korea Utara", NULL},
    {WARTA_PER, "Vladimir Putin", "Vladimir Putin", "Putin", "Presiden Rusia", NULL},
};
static const qspec Q1[] = {
    {WARTA_INDIRECT, "hubungan dengan Rusia adalah prioritas utama", "mengatakan", "Kim Jong-un", 0, NULL, NULL, NULL,
     NULL},
    {WARTA_DIRECT, "Kami akan selalu berdiri bersama Rusia dalam perjuangan melawan imperialisme", "kata", "Kim", 0,
     "TASS", "dikutip dari", "2023-09-13", NULL},
    {WARTA_INDIRECT, "kerja sama akan dibahas", "menyatakan", "Vladimir Putin", 1, NULL, NULL, NULL, NULL},
    {WARTA_DIRECT, "Kami punya banyak hal untuk dibicarakan", "ujar", "Putin", 1, "Interfax", "menurut", NULL, NULL},
};
static const espec E2[] = {{WARTA_PER, "Joko Widodo", "Joko Widodo", "Jokowi", "Presiden", NULL}};
static const qspec Q2[] = {
    {WARTA_DIRECT, "Harga beras harus turun sebelum akhir tahun, kata-kata saya jelas", "kata", "Jokowi", 0, NULL,
     NULL, NULL, NULL},
};
static const espec E3[] = {{WARTA_PER, "KIM JONG UN", "Kim Jong Un", NULL, NULL, NULL}};
static const qspec Q3[] = {
    {WARTA_DIRECT, "Kami akan selalu berdiri bersama Rusia dalam perjuangan melawan imperialisme", "ujar",
     "Kim Jong Un", 0, NULL, NULL, NULL, NULL},
};

/* A copy of T1's (and T3's) statement run by another outlet, a later day. */
static const char T6[] = "SEOUL - \"Kami akan selalu berdiri bersama Rusia dalam perjuangan melawan "
                         "imperialisme,\" kata Kim.";
static const qspec Q6[] = {{WARTA_DIRECT, "Kami akan selalu berdiri bersama Rusia dalam perjuangan melawan imperialisme",
                            "kata", "Kim", -1, NULL, NULL, NULL, NULL}};

static warta_store *open_rw(const char *name, char *path, size_t cap) {
  path_of(path, cap, name);
  warta_store *st = NULL;
  int rc = warta_store_open(path, 0, &st);
  if (rc != WARTA_OK) fail_msg("open %s: %s", path, warta_store_errmsg(st));
  return st;
}

/* A store with the three documents: T1 (VOI, 13 Sep), T2 (detik, 15 Sep), T3 (Kompas, 12 Sep). */
static warta_store *fixture(const char *name, char *path, size_t cap) {
  warta_store *st = open_rw(name, path, cap);
  built b;
  warta_store_added a;
  assert_int_equal(warta_store_begin(st), WARTA_OK);
  build(&b, T1, "https://voi.id/1", "2023-09-13", "VOI", Q1, 4, E1, 2);
  assert_int_equal(warta_store_add_record(st, &b.r, &a), WARTA_OK);
  assert_int_equal(a.quotes, 4);
  build(&b, T2, "https://detik.com/1", "2023-09-15", NULL, Q2, 1, E2, 1);
  assert_int_equal(warta_store_add_record(st, &b.r, &a), WARTA_OK);
  build(&b, T3, "https://kompas.com/1", "2023-09-12", "Kompas", Q3, 1, E3, 1);
  assert_int_equal(warta_store_add_record(st, &b.r, &a), WARTA_OK);
  assert_int_equal(a.linked, 1);
  assert_int_equal(warta_store_commit(st), WARTA_OK);
  return st;
}

/* ------------------------------------------------------------ helpers */

typedef struct rows {
  int n;
  int64_t id[64];
  char text[64][256];
  char hl[64][256];
  char published[64][11];
  char speaker[64][64];
  char sources[64][64];
  char outlet[64][32];
  double sim[64];
  int stop_after;
} rows;

static int collect(void *ctx, const warta_store_quote *q) {
  rows *r = ctx;
  if (r->n < 64) {
    r->id[r->n] = q->id;
    snprintf(r->text[r->n], 256, "%s", q->text);
    snprintf(r->hl[r->n], 256, "%s", q->highlighted);
    snprintf(r->published[r->n], 11, "%s", q->published ? q->published : "");
    snprintf(r->speaker[r->n], 64, "%s", q->speaker ? q->speaker : "");
    snprintf(r->sources[r->n], 64, "%s", q->sources ? q->sources : "");
    snprintf(r->outlet[r->n], 32, "%s", q->outlet ? q->outlet : "");
    r->sim[r->n] = q->similarity;
  }
  r->n++;
  return r->stop_after && r->n >= r->stop_after;
}

static rows search(warta_store *st, const warta_store_filter *f) {
  rows r;
  memset(&r, 0, sizeof r);
  int rc = warta_store_search(st, f, collect, &r);
  if (rc != WARTA_OK) fail_msg("search: %s", warta_store_errmsg(st));
  return r;
}

static int count_q(warta_store *st, const char *query) {
  warta_store_filter f = {0};
  f.query = query;
  f.limit = 100;
  return search(st, &f).n;
}

/* -------------------------------------------------------------- tests */

static void test_open_errors(void **state) {
  (void)state;
  warta_store *st = NULL;
  char path[600];
  path_of(path, sizeof path, "missing.db");
  assert_int_equal(warta_store_open(path, WARTA_STORE_READONLY, &st), WARTA_ERR_IO);
  assert_non_null(st);
  assert_true(strlen(warta_store_errmsg(st)) > 0);
  warta_store_close(st);
  assert_int_equal(warta_store_open(NULL, 0, &st), WARTA_ERR_ARG);
  warta_store_close(st);
  assert_int_equal(warta_store_open(path, 0, NULL), WARTA_ERR_ARG);
  assert_string_equal(warta_store_errmsg(NULL), "no store");
  warta_store_close(NULL);

  /* a file that is not a warta store */
  path_of(path, sizeof path, "other.db");
  sqlite3 *db;
  assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
  sqlite3_exec(db, "CREATE TABLE x(a); PRAGMA user_version = 0", NULL, NULL, NULL);
  sqlite3_close(db);
  assert_int_equal(warta_store_open(path, 0, &st), WARTA_ERR_IO);
  assert_non_null(strstr(warta_store_errmsg(st), "not a warta store"));
  warta_store_close(st);

  /* a newer schema is refused, read-write and read-only */
  st = open_rw("newer.db", path, sizeof path);
  warta_store_close(st);
  assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
  sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL);
  sqlite3_close(db);
  assert_int_equal(warta_store_open(path, 0, &st), WARTA_ERR_IO);
  assert_non_null(strstr(warta_store_errmsg(st), "newer"));
  warta_store_close(st);
  assert_int_equal(warta_store_open(path, WARTA_STORE_READONLY, &st), WARTA_ERR_IO);
  warta_store_close(st);
}

static void test_schema_version(void **state) {
  (void)state;
  char path[600];
  warta_store *st = open_rw("schema.db", path, sizeof path);
  warta_store_counts c;
  assert_int_equal(warta_store_stats(st, &c), WARTA_OK);
  assert_int_equal(c.schema, WARTA_STORE_SCHEMA);
  assert_int_equal(c.documents, 0);
  warta_store_close(st);
  sqlite3 *db;
  sqlite3_stmt *s;
  assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
  assert_int_equal(sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key = 'schema'", -1, &s, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  assert_string_equal((const char *)sqlite3_column_text(s, 0), "1");
  sqlite3_finalize(s);
  assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(s), SQLITE_ROW);
  assert_string_equal((const char *)sqlite3_column_text(s, 0), "wal");
  sqlite3_finalize(s);
  sqlite3_close(db);
}

static void test_add_and_duplicates(void **state) {
  (void)state;
  char path[600];
  warta_store *st = fixture("add.db", path, sizeof path);
  built b;
  warta_store_added a;
  /* again: a no-op, with the same document id */
  build(&b, T1, "https://voi.id/1", "2023-09-13", "VOI", Q1, 4, E1, 2);
  assert_int_equal(warta_store_add_record(st, &b.r, &a), WARTA_OK);
  assert_int_equal(a.duplicate, 1);
  assert_int_equal(a.document, 1);
  assert_int_equal(a.quotes, 0);
  /* the same text at another URL is another document (a copy) */
  build(&b, T1, "https://copy.example/1", "2023-09-14", NULL, Q1, 4, E1, 2);
  assert_int_equal(warta_store_add_record(st, &b.r, &a), WARTA_OK);
  assert_int_equal(a.duplicate, 0);
  assert_int_equal(a.linked, 3); /* the three quotes of six words or more */
  warta_store_counts c;
  assert_int_equal(warta_store_stats(st, &c), WARTA_OK);
  assert_int_equal(c.documents, 4);
  assert_int_equal(c.quotes, 10);
  assert_int_equal(c.speakers, 3); /* Kim Jong-un = KIM JONG UN, Putin, Jokowi */
  assert_int_equal(c.entities, 3);
  assert_int_equal(c.sources, 4);
  assert_string_equal(c.first, "2023-09-12");
  assert_string_equal(c.last, "2023-09-15");
  assert_int_equal(warta_store_check(st), WARTA_OK);
  warta_store_close(st);
}

static void test_bad_records(void **state) {
  (void)state;
  char path[600];
  warta_store *st = open_rw("bad.db", path, sizeof path);
  built b;
  warta_store_added a;
  build(&b, T1, NULL, "2023-09-13", NULL, Q1, 4, E1, 2);
  b.q[1].content.end = (uint32_t)b.r.len + 1;
  assert_int_equal(warta_store_add_record(st, &b.r, &a), WARTA_ERR_ARG);
  assert_non_null(strstr(warta_store_errmsg(st), "outside the text"));
  build(&b, T1, NULL, "2023-09-13", NULL, Q1, 4, E1, 2);
  b.q[0].entity = 7;
  assert_int_equal(warta_store_add_record(st, &b.r, &a), WARTA_ERR_ARG);
  build(&b, T1, NULL, "2023-09-13", NULL, Q1, 4, E1, 2);
  b.q[0].kind = 9;
  assert_int_equal(warta_store_add_record(st, &b.r, &a), WARTA_ERR_ARG);
  build(&b, T1, NULL, "2023-02-30", NULL, Q1, 4, E1, 2);
  assert_int_equal(warta_store_add_record(st, &b.r, &a), WARTA_ERR_ARG);
  build(&b, T1, NULL, NULL, NULL, Q1, 4, E1, 2);
  b.e[0].name = "";
  assert_int_equal(warta_store_add_record(st, &b.r, &a), WARTA_ERR_ARG);
  build(&b, T1, NULL, NULL, NULL, Q1, 4, E1, 2);
  b.s[1][0].name = NULL;
  assert_int_equal(warta_store_add_record(st, &b.r, &a), WARTA_ERR_ARG);
  assert_int_equal(warta_store_add_record(st, NULL, &a), WARTA_ERR_ARG);
  assert_int_equal(warta_store_add(st, NULL, NULL, &a), WARTA_ERR_ARG);
  warta_store_counts c;
  assert_int_equal(warta_store_stats(st, &c), WARTA_OK);
  assert_int_equal(c.documents, 0); /* nothing was written */
  /* a record with nothing but text is fine */
  warta_store_record r = {0};
  r.text = "Teks tanpa kutipan.";
  r.len = strlen(r.text);
  assert_int_equal(warta_store_add_record(st, &r, NULL), WARTA_OK);
  warta_store_close(st);
}

static void test_batches(void **state) {
  (void)state;
  char path[600];
  warta_store *st = open_rw("batch.db", path, sizeof path);
  built b;
  assert_int_equal(warta_store_commit(st), WARTA_ERR_ARG); /* no batch */
  assert_int_equal(warta_store_begin(st), WARTA_OK);
  assert_int_equal(warta_store_begin(st), WARTA_ERR_ARG); /* nested */
  build(&b, T1, NULL, "2023-09-13", NULL, Q1, 4, E1, 2);
  assert_int_equal(warta_store_add_record(st, &b.r, NULL), WARTA_OK);
  /* a failing add inside the batch leaves the batch as it was */
  build(&b, T2, NULL, "2023-09-15", NULL, Q2, 1, E2, 1);
  b.q[0].entity = 5;
  assert_int_equal(warta_store_add_record(st, &b.r, NULL), WARTA_ERR_ARG);
  assert_int_equal(warta_store_rollback(st), WARTA_OK);
  warta_store_counts c;
  assert_int_equal(warta_store_stats(st, &c), WARTA_OK);
  assert_int_equal(c.documents, 0);
  assert_int_equal(c.entities, 0);
  /* the entity cache forgot the rolled-back ids: adding again works */
  build(&b, T1, NULL, "2023-09-13", NULL, Q1, 4, E1, 2);
  assert_int_equal(warta_store_add_record(st, &b.r, NULL), WARTA_OK);
  assert_int_equal(warta_store_stats(st, &c), WARTA_OK);
  assert_int_equal(c.documents, 1);
  assert_int_equal(c.speakers, 2);
  assert_int_equal(warta_store_check(st), WARTA_OK);
  warta_store_close(st);
}

static void test_search(void **state) {
  (void)state;
  char path[600];
  warta_store *st = fixture("search.db", path, sizeof path);
  warta_store_filter f = {0};
  /* everything, newest first */
  rows r = search(st, &f);
  assert_int_equal(r.n, 6);
  assert_string_equal(r.published[0], "2023-09-15");
  assert_string_equal(r.published[5], "2023-09-12");
  /* words match by root */
  assert_int_equal(count_q(st, "berjuang"), 2);       /* perjuangan */
  assert_int_equal(count_q(st, "PERJUANGAN"), 2);     /* case */
  assert_int_equal(count_q(st, "bicara"), 1);         /* dibicarakan */
  assert_int_equal(count_q(st, "kata"), 1);           /* kata-kata */
  assert_int_equal(count_q(st, "harga beras"), 1);    /* all words */
  assert_int_equal(count_q(st, "harga rusia"), 0);
  assert_int_equal(count_q(st, "harga OR rusia"), 4); /* Rusia: two copies + "hubungan dengan Rusia" */
  assert_int_equal(count_q(st, "rusia NOT imperialisme"), 1);
  assert_int_equal(count_q(st, "\"bersama Rusia\""), 2);
  assert_int_equal(count_q(st, "\"Rusia bersama\""), 0);
  assert_int_equal(count_q(st, "imperial*"), 2);
  assert_int_equal(count_q(st, "(harga OR punya) AND turun"), 1);
  assert_int_equal(count_q(st, "Jong-un"), 0); /* names are not in the quote text */
  /* highlight */
  f.query = "berjuang";
  r = search(st, &f);
  assert_non_null(strstr(r.hl[0], "[perjuangan]"));
  f.mark_open = "<b>";
  f.mark_close = "</b>";
  r = search(st, &f);
  assert_non_null(strstr(r.hl[0], "<b>perjuangan</b>"));
  /* filters */
  memset(&f, 0, sizeof f);
  f.speaker = "Kim";
  assert_int_equal(search(st, &f).n, 3);
  f.speaker = "kim jong un"; /* through the mention words of the Kompas copy too */
  assert_int_equal(search(st, &f).n, 3);
  f.speaker = "Putin";
  r = search(st, &f);
  assert_int_equal(r.n, 2);
  assert_string_equal(r.speaker[0], "Vladimir Putin");
  memset(&f, 0, sizeof f);
  f.source = "TASS";
  r = search(st, &f);
  assert_int_equal(r.n, 1);
  assert_string_equal(r.sources[0], "TASS 2023-09-13");
  f.source = "interfax";
  assert_int_equal(search(st, &f).n, 1);
  memset(&f, 0, sizeof f);
  f.outlet = "kompas";
  assert_int_equal(search(st, &f).n, 1);
  f.outlet = "detik.com"; /* from the URL's host */
  r = search(st, &f);
  assert_int_equal(r.n, 1);
  assert_string_equal(r.outlet[0], "detik.com");
  memset(&f, 0, sizeof f);
  f.kind = WARTA_INDIRECT;
  assert_int_equal(search(st, &f).n, 2);
  memset(&f, 0, sizeof f);
  f.from = "2023-09-13";
  assert_int_equal(search(st, &f).n, 5);
  f.to = "2023-09-13";
  assert_int_equal(search(st, &f).n, 4);
  f.query = "rusia";
  assert_int_equal(search(st, &f).n, 2);
  memset(&f, 0, sizeof f);
  f.to = "2023-09-12";
  assert_int_equal(search(st, &f).n, 1);
  /* limit, offset, sort, stopping early */
  memset(&f, 0, sizeof f);
  f.limit = 2;
  r = search(st, &f);
  assert_int_equal(r.n, 2);
  f.offset = 5;
  assert_int_equal(search(st, &f).n, 1);
  memset(&f, 0, sizeof f);
  f.query = "kami";
  f.sort = WARTA_SORT_RANK;
  assert_int_equal(search(st, &f).n, 3);
  rows stop;
  memset(&stop, 0, sizeof stop);
  stop.stop_after = 1;
  memset(&f, 0, sizeof f);
  assert_int_equal(warta_store_search(st, &f, collect, &stop), WARTA_OK);
  assert_int_equal(stop.n, 1);
  /* a speaker by id */
  memset(&f, 0, sizeof f);
  f.speaker_id = 1;
  assert_int_equal(search(st, &f).n, 3);
  f.query = "rusia";
  assert_int_equal(search(st, &f).n, 3);
  /* errors */
  memset(&f, 0, sizeof f);
  f.query = "(rusia";
  assert_int_equal(warta_store_search(st, &f, collect, &r), WARTA_ERR_SYNTAX);
  f.query = "\"rusia";
  assert_int_equal(warta_store_search(st, &f, collect, &r), WARTA_ERR_SYNTAX);
  f.query = "rusia OR";
  assert_int_equal(warta_store_search(st, &f, collect, &r), WARTA_ERR_SYNTAX);
  f.query = NULL;
  f.from = "13-09-2023";
  assert_int_equal(warta_store_search(st, &f, collect, &r), WARTA_ERR_SYNTAX);
  f.from = NULL;
  f.speaker = "!!!";
  assert_int_equal(warta_store_search(st, &f, collect, &r), WARTA_ERR_SYNTAX);
  f.speaker = NULL;
  f.kind = 42;
  assert_int_equal(warta_store_search(st, &f, collect, &r), WARTA_ERR_ARG);
  assert_int_equal(warta_store_search(st, &f, NULL, &r), WARTA_ERR_ARG);
  warta_store_close(st);
}

static int collect_doc(void *ctx, const warta_store_document *d) {
  rows *r = ctx;
  snprintf(r->hl[r->n], 256, "%s", d->snippet);
  r->id[r->n++] = d->id;
  return 0;
}

static void test_search_documents(void **state) {
  (void)state;
  char path[600];
  warta_store *st = fixture("docs.db", path, sizeof path);
  warta_store_filter f = {0};
  rows r;
  memset(&r, 0, sizeof r);
  f.query = "berita"; /* "Bérita", folded */
  assert_int_equal(warta_store_search_documents(st, &f, collect_doc, &r), WARTA_OK);
  assert_int_equal(r.n, 1);
  assert_non_null(strstr(r.hl[0], "[Bérita]"));
  memset(&r, 0, sizeof r);
  f.query = "kata"; /* mengatakan, kata, kata-kata, dikatakannya */
  assert_int_equal(warta_store_search_documents(st, &f, collect_doc, &r), WARTA_OK);
  assert_int_equal(r.n, 2);
  memset(&r, 0, sizeof r);
  f.query = "jong"; /* Jong-un, Jong Un */
  assert_int_equal(warta_store_search_documents(st, &f, collect_doc, &r), WARTA_OK);
  assert_int_equal(r.n, 2);
  memset(&r, 0, sizeof r);
  f.outlet = "VOI";
  assert_int_equal(warta_store_search_documents(st, &f, collect_doc, &r), WARTA_OK);
  assert_int_equal(r.n, 1);
  f.speaker = "x";
  assert_int_equal(warta_store_search_documents(st, &f, collect_doc, &r), WARTA_ERR_ARG);
  warta_store_close(st);
}

typedef struct spk_rows {
  int n;
  char name[16][64];
  uint64_t quotes[16], docs[16];
  char first[16][11], last[16][11];
} spk_rows;

static int collect_spk(void *ctx, const warta_store_speaker *s) {
  spk_rows *r = ctx;
  snprintf(r->name[r->n], 64, "%s", s->name);
  r->quotes[r->n] = s->quotes;
  r->docs[r->n] = s->documents;
  snprintf(r->first[r->n], 11, "%s", s->first ? s->first : "");
  snprintf(r->last[r->n], 11, "%s", s->last ? s->last : "");
  r->n++;
  return 0;
}

static void test_speakers(void **state) {
  (void)state;
  char path[600];
  warta_store *st = fixture("speakers.db", path, sizeof path);
  spk_rows r;
  memset(&r, 0, sizeof r);
  assert_int_equal(warta_store_speakers(st, NULL, collect_spk, &r), WARTA_OK);
  assert_int_equal(r.n, 3);
  assert_string_equal(r.name[0], "Kim Jong-un");
  assert_int_equal(r.quotes[0], 3);
  assert_int_equal(r.docs[0], 2);
  assert_string_equal(r.first[0], "2023-09-12");
  assert_string_equal(r.last[0], "2023-09-13");
  assert_string_equal(r.name[1], "Vladimir Putin");
  warta_store_filter f = {0};
  f.query = "rusia";
  memset(&r, 0, sizeof r);
  assert_int_equal(warta_store_speakers(st, &f, collect_spk, &r), WARTA_OK);
  assert_int_equal(r.n, 1);
  assert_int_equal(r.quotes[0], 3);
  memset(&f, 0, sizeof f);
  f.from = "2023-09-13";
  f.limit = 1;
  memset(&r, 0, sizeof r);
  assert_int_equal(warta_store_speakers(st, &f, collect_spk, &r), WARTA_OK);
  assert_int_equal(r.n, 1);
  assert_int_equal(r.quotes[0], 2);
  warta_store_close(st);
}

typedef struct detail {
  int calls;
  char speaker[64], role[64], mention[64], aliases[128], cue[32], context[512], quoted[256];
  char src[4][64];
  size_t nsources, copies;
} detail;

static int collect_detail(void *ctx, const warta_store_detail *d) {
  detail *x = ctx;
  x->calls++;
  snprintf(x->speaker, 64, "%s", d->quote.speaker ? d->quote.speaker : "");
  snprintf(x->role, 64, "%s", d->quote.role ? d->quote.role : "");
  snprintf(x->mention, 64, "%s", d->mention ? d->mention : "");
  snprintf(x->aliases, 128, "%s", d->aliases ? d->aliases : "");
  snprintf(x->cue, 32, "%s", d->quote.cue ? d->quote.cue : "");
  snprintf(x->context, 512, "%.*s", (int)d->context_len, d->context);
  snprintf(x->quoted, 256, "%.*s", (int)(d->quote_end - d->quote_start), d->context + d->quote_start);
  x->nsources = d->nsources;
  for (size_t i = 0; i < d->nsources && i < 4; i++)
    snprintf(x->src[i], 64, "%s|%s|%s", d->sources[i].name, d->sources[i].cue ? d->sources[i].cue : "",
             d->sources[i].date ? d->sources[i].date : "");
  x->copies = d->copies;
  return 0;
}

static void test_show(void **state) {
  (void)state;
  char path[600];
  warta_store *st = fixture("show.db", path, sizeof path);
  detail d;
  memset(&d, 0, sizeof d);
  assert_int_equal(warta_store_show(st, 2, collect_detail, &d), WARTA_OK);
  assert_int_equal(d.calls, 1);
  assert_string_equal(d.speaker, "Kim Jong-un");
  assert_string_equal(d.role, "Pemimpin Korea Utara");
  assert_string_equal(d.mention, "Kim");
  assert_string_equal(d.cue, "kata");
  assert_string_equal(d.aliases, "Kim"); /* "Kim Jong Un" folds to the canonical name itself */
  assert_int_equal(d.nsources, 1);
  assert_string_equal(d.src[0], "TASS|dikutip dari|2023-09-13");
  assert_int_equal(d.copies, 1);
  assert_string_equal(d.quoted, "Kami akan selalu berdiri bersama Rusia dalam perjuangan melawan imperialisme");
  assert_non_null(strstr(d.context, "seperti dikutip dari TASS"));
  assert_null(strchr(d.context, '\n')); /* one paragraph */
  assert_int_equal(warta_store_show(st, 999, collect_detail, &d), WARTA_ERR_ARG);
  assert_non_null(strstr(warta_store_errmsg(st), "no quote 999"));
  warta_store_close(st);
}

static void test_trace(void **state) {
  (void)state;
  char path[600];
  warta_store *st = fixture("trace.db", path, sizeof path);
  built b;
  /* a third copy, a day later, cut short and citing Kompas */
  static const char T4[] =
      "SEOUL - Kim berkata \"kami akan selalu berdiri bersama Rusia dalam perjuangan melawan\" seperti dilansir "
      "Kompas.";
  static const qspec Q4[] = {{WARTA_PARTIAL, "kami akan selalu berdiri bersama Rusia dalam perjuangan melawan",
                              "berkata", "Kim", -1, "Kompas", "dilansir", NULL, NULL}};
  build(&b, T4, "https://yonhap.example/1", "2023-09-16", "Yonhap", Q4, 1, NULL, 0);
  warta_store_added a;
  assert_int_equal(warta_store_add_record(st, &b.r, &a), WARTA_OK);
  assert_int_equal(a.linked, 1);
  rows r;
  memset(&r, 0, sizeof r);
  assert_int_equal(warta_store_trace(st, 2, collect, &r), WARTA_OK);
  assert_int_equal(r.n, 3);
  assert_string_equal(r.published[0], "2023-09-12"); /* Kompas ran it first */
  assert_string_equal(r.outlet[0], "Kompas");
  assert_string_equal(r.published[1], "2023-09-13");
  assert_string_equal(r.sources[1], "TASS 2023-09-13");
  assert_string_equal(r.published[2], "2023-09-16");
  assert_string_equal(r.sources[2], "Kompas");
  assert_true(r.sim[1] == 1.0);
  assert_true(r.sim[2] > 0.7 && r.sim[2] < 1.0);
  /* a quote without copies gives itself */
  memset(&r, 0, sizeof r);
  assert_int_equal(warta_store_trace(st, 1, collect, &r), WARTA_OK);
  assert_int_equal(r.n, 1);
  assert_int_equal(r.id[0], 1);
  assert_int_equal(warta_store_trace(st, 12345, collect, &r), WARTA_ERR_ARG);
  warta_store_close(st);
}

/* Copy detection keeps a filter of the band keys a connection has seen; a
 * copy another connection stored since must still be found. */
static void test_two_writers(void **state) {
  (void)state;
  char path[600];
  warta_store *a = open_rw("writers.db", path, sizeof path);
  warta_store *b = NULL;
  assert_int_equal(warta_store_open(path, 0, &b), WARTA_OK);
  built r;
  warta_store_added added;
  build(&r, T1, "https://voi.id/1", "2023-09-13", "VOI", Q1, 4, E1, 2);
  assert_int_equal(warta_store_add_record(a, &r.r, &added), WARTA_OK);
  assert_int_equal(added.linked, 0);
  build(&r, T2, "https://detik.com/1", "2023-09-15", NULL, Q2, 1, E2, 1);
  assert_int_equal(warta_store_add_record(b, &r.r, &added), WARTA_OK);
  /* a copy of b's quote, through a: in a batch, then alone */
  static const char T5[] = "BANDUNG - \"Harga beras harus turun sebelum akhir tahun, kata-kata saya jelas,\" "
                           "kata Jokowi.";
  static const qspec Q5[] = {{WARTA_DIRECT, "Harga beras harus turun sebelum akhir tahun, kata-kata saya jelas",
                              "kata", "Jokowi", -1, NULL, NULL, NULL, NULL}};
  assert_int_equal(warta_store_begin(a), WARTA_OK);
  build(&r, T5, "https://pikiran.example/1", "2023-09-16", NULL, Q5, 1, NULL, 0);
  assert_int_equal(warta_store_add_record(a, &r.r, &added), WARTA_OK);
  assert_int_equal(added.linked, 1);
  assert_int_equal(warta_store_commit(a), WARTA_OK);
  build(&r, T3, "https://kompas.com/1", "2023-09-12", "Kompas", Q3, 1, E3, 1);
  assert_int_equal(warta_store_add_record(b, &r.r, &added), WARTA_OK);
  assert_int_equal(added.linked, 1); /* a's T1 */
  build(&r, T6, "https://yonhap.example/2", "2023-09-17", NULL, Q6, 1, NULL, 0);
  assert_int_equal(warta_store_add_record(a, &r.r, &added), WARTA_OK);
  assert_int_equal(added.linked, 1);
  rows got;
  memset(&got, 0, sizeof got);
  assert_int_equal(warta_store_trace(a, 2, collect, &got), WARTA_OK);
  assert_int_equal(got.n, 3); /* T1's, T3's and T6's */
  warta_store_close(b);
  warta_store_close(a);
}

/* Copy detection remembers the groups of the quotes it has looked at; a
 * link rolled back must be forgotten with the rows (else a later copy
 * joins a group the store never kept). */
static void test_link_rolled_back(void **state) {
  (void)state;
  char path[600];
  warta_store *st = open_rw("rollback.db", path, sizeof path);
  built b;
  warta_store_added added;
  build(&b, T1, "https://voi.id/1", "2023-09-13", "VOI", Q1, 4, E1, 2);
  assert_int_equal(warta_store_add_record(st, &b.r, &added), WARTA_OK);
  assert_int_equal(warta_store_begin(st), WARTA_OK);
  build(&b, T3, "https://kompas.com/1", "2023-09-12", "Kompas", Q3, 1, E3, 1);
  assert_int_equal(warta_store_add_record(st, &b.r, &added), WARTA_OK);
  assert_int_equal(added.linked, 1);
  assert_int_equal(warta_store_rollback(st), WARTA_OK);
  build(&b, T6, "https://yonhap.example/3", "2023-09-17", NULL, Q6, 1, NULL, 0);
  assert_int_equal(warta_store_add_record(st, &b.r, &added), WARTA_OK);
  assert_int_equal(added.linked, 1);
  rows got;
  memset(&got, 0, sizeof got);
  assert_int_equal(warta_store_trace(st, 2, collect, &got), WARTA_OK);
  assert_int_equal(got.n, 2); /* T1's and the copy's */
  warta_store_close(st);
}

/* A quote's tokens and shingles are taken from its document's tokens when
 * no word crosses the quote's ends; they must be what tokenizing the quote
 * alone gives, for every span of a text of hyphenated, reduplicated,
 * accented and long words (and the fallback where a word crosses). */
typedef struct tok_list {
  int n;
  char tok[64][80];
  uint32_t start[64], end[64];
} tok_list;

static int collect_tok(void *ctx, const char *tok, size_t len, uint32_t start, uint32_t end) {
  tok_list *l = ctx;
  if (l->n < 64 && len < 80) {
    memcpy(l->tok[l->n], tok, len);
    l->tok[l->n][len] = 0;
    l->start[l->n] = start;
    l->end[l->n] = end;
  }
  l->n++;
  return 0;
}

static void test_quote_tokens(void **state) {
  (void)state;
  static const char T[] = "Kim Jong-un berkata-kata, \"kami berlari-lari ke Bérita-bérita x-yz 10.30 kupu-kupu "
                          "Rp5.000\" ujar-nya dikatakannya itu.";
  size_t len = strlen(T);
  int spans = 0;
  for (size_t a = 0; a < len; a++) {
    if (((unsigned char)T[a] & 0xC0) == 0x80) continue;
    for (size_t b = a + 1; b <= len; b++) {
      if (b < len && ((unsigned char)T[b] & 0xC0) == 0x80) continue;
      warta_quote q;
      memset(&q, 0, sizeof q);
      q.kind = WARTA_DIRECT;
      q.content = (warta_span){(uint32_t)a, (uint32_t)b};
      q.entity = -1;
      warta_store_record r;
      memset(&r, 0, sizeof r);
      r.text = T;
      r.len = len;
      r.quotes = &q;
      r.nquotes = 1;
      warta_store_prepared *p = warta_store_prepare_record(&r);
      assert_non_null(p);
      assert_int_equal(p->status, WARTA_OK);
      const wt_prepared_quote *pq = &p->quotes[0];
      tok_list want;
      memset(&want, 0, sizeof want);
      wt_tokens_cached(T + a, b - a, collect_tok, &want, NULL);
      if ((size_t)want.n != pq->tok.ntok) fail_msg("[%zu, %zu): %zu tokens, want %d", a, b, pq->tok.ntok, want.n);
      for (int i = 0; i < want.n && i < 64; i++) {
        const wt_ptok *k = &pq->tok.toks[i];
        assert_int_equal(k->len, strlen(want.tok[i]));
        assert_memory_equal(pq->tok.pool + k->off, want.tok[i], k->len);
        assert_int_equal(k->start - pq->tok.base, want.start[i]);
        assert_int_equal(k->end - pq->tok.base, want.end[i]);
      }
      uint64_t *sh = NULL;
      size_t nw = 0;
      long nsh = wt_shingles(T + a, b - a, &sh, &nw);
      assert_true(nsh >= 0);
      assert_int_equal((size_t)nsh, pq->nshingles);
      if (nsh) assert_memory_equal(sh, pq->shingles, (size_t)nsh * sizeof *sh);
      assert_int_equal(pq->linkable, nw >= WT_MH_MIN_WORDS && nsh > 0);
      free(sh);
      warta_store_prepared_free(p);
      spans++;
    }
  }
  assert_true(spans > 4000);
}

/* Document hashes: SHA-256 through the processor's extensions (where it
 * has them) and through the portable code agree, on FIPS 180-4's example
 * and on every length around the block boundaries, in one part or three. */
static void test_sha256(void **state) {
  (void)state;
  uint8_t d[32], e[32];
  const void *abc[1] = {"abc"};
  size_t n3[1] = {3};
  wt_sha256(abc, n3, 1, d);
  static const uint8_t want[32] = {0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40,
                                   0xde, 0x5d, 0xae, 0x22, 0x23, 0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17,
                                   0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad};
  assert_memory_equal(d, want, 32);
  static uint8_t buf[1200];
  for (size_t i = 0; i < sizeof buf; i++) buf[i] = (uint8_t)(i * 131 + (i >> 7));
  for (size_t n = 0; n < sizeof buf; n += n < 300 ? 1 : 37) {
    const void *one[1] = {buf};
    size_t l1[1] = {n};
    wt_sha256(one, l1, 1, d);
    wt_sha256_portable(one, l1, 1, e);
    assert_memory_equal(d, e, 32);
    const void *three[3] = {buf, buf + n / 3, buf + n / 2};
    size_t l3[3] = {n / 3, n / 2 - n / 3, n - n / 2};
    wt_sha256(three, l3, 3, e);
    assert_memory_equal(d, e, 32);
  }
}

static void test_readonly(void **state) {
  (void)state;
  char path[600];
  warta_store *w = fixture("ro.db", path, sizeof path);
  warta_store *ro = NULL;
  assert_int_equal(warta_store_open(path, WARTA_STORE_READONLY, &ro), WARTA_OK);
  built b;
  build(&b, T2, "https://other/2", "2023-09-20", NULL, Q2, 1, E2, 1);
  assert_int_equal(warta_store_add_record(ro, &b.r, NULL), WARTA_ERR_ARG);
  assert_non_null(strstr(warta_store_errmsg(ro), "read-only"));
  assert_int_equal(warta_store_begin(ro), WARTA_ERR_ARG);
  /* a reader sees committed batches only */
  assert_int_equal(warta_store_begin(w), WARTA_OK);
  assert_int_equal(warta_store_add_record(w, &b.r, NULL), WARTA_OK);
  warta_store_filter f = {0};
  assert_int_equal(search(ro, &f).n, 6);
  assert_int_equal(warta_store_commit(w), WARTA_OK);
  assert_int_equal(search(ro, &f).n, 7);
  assert_int_equal(warta_store_check(ro), WARTA_OK);
  warta_store_close(ro);
  warta_store_close(w);
}

static void test_from_extraction(void **state) {
  (void)state;
  char path[600];
  warta_store *st = open_rw("doc.db", path, sizeof path);
  warta_engine *eng = warta_engine_new();
  warta_doc *doc = warta_doc_new(eng);
  static const char text[] = "JAKARTA, KOMPAS — Harga beras naik lagi pekan ini.\n\nPedagang mengeluh.";
  warta_meta m = {"x1", "2023-09-13", "Beras", NULL};
  assert_int_equal(warta_store_add(st, doc, NULL, NULL), WARTA_ERR_ARG); /* no result yet */
  assert_int_equal(warta_extract(doc, text, strlen(text), &m, 0), WARTA_OK);
  warta_store_added a;
  assert_int_equal(warta_store_add(st, doc, NULL, &a), WARTA_OK);
  assert_int_equal(a.duplicate, 0);
  assert_int_equal(a.quotes, warta_doc_quote_count(doc));
  assert_int_equal(warta_store_add(st, doc, NULL, &a), WARTA_OK);
  assert_int_equal(a.duplicate, 1);
  rows r;
  memset(&r, 0, sizeof r);
  warta_store_filter f = {0};
  f.query = "pedagang";
  assert_int_equal(warta_store_search_documents(st, &f, collect_doc, &r), WARTA_OK);
  assert_int_equal(r.n, 1);
  f.outlet = "KOMPAS"; /* from the dateline */
  memset(&r, 0, sizeof r);
  assert_int_equal(warta_store_search_documents(st, &f, collect_doc, &r), WARTA_OK);
  assert_int_equal(r.n, 1);
  warta_doc_free(doc);
  warta_engine_free(eng);
  warta_store_close(st);
}

/* Every allocation of an add may fail: the add reports it, writes nothing,
 * and the store stays usable and consistent. */
static void test_alloc_failures(void **state) {
  (void)state;
  char path[600];
  warta_store *st = open_rw("oom.db", path, sizeof path);
  built b;
  int failures = 0;
  uint64_t docs = 0;
  for (long n = 1; n < 1000; n++) {
    char url[64];
    snprintf(url, sizeof url, "https://example.com/%ld", n);
    build(&b, T1, url, "2023-09-13", NULL, Q1, 4, E1, 2);
    warta_test_fail_alloc(n);
    warta_store_added a;
    int rc = warta_store_add_record(st, &b.r, &a);
    long left = warta_test_fail_alloc(0);
    warta_store_counts c;
    assert_int_equal(warta_store_stats(st, &c), WARTA_OK);
    if (rc == WARTA_OK) {
      /* the failure was not reached, or hit an allocation the store can do
       * without (a cache) */
      assert_int_equal(c.documents, ++docs);
      if (left > 0) break;
      continue;
    }
    assert_int_equal(rc, WARTA_ERR_NOMEM);
    failures++;
    assert_int_equal(c.documents, docs); /* nothing of it was written */
  }
  assert_true(failures > 0);
  assert_true(docs >= 1);
  assert_int_equal(warta_store_check(st), WARTA_OK);
  warta_store_close(st);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: test_store TMPDIR\n");
    return 2;
  }
  snprintf(dir, sizeof dir, "%s", argv[1]);
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_open_errors),  cmocka_unit_test(test_schema_version),
      cmocka_unit_test(test_add_and_duplicates), cmocka_unit_test(test_bad_records),
      cmocka_unit_test(test_batches),      cmocka_unit_test(test_search),
      cmocka_unit_test(test_search_documents), cmocka_unit_test(test_speakers),
      cmocka_unit_test(test_show),         cmocka_unit_test(test_trace), cmocka_unit_test(test_link_rolled_back),
      cmocka_unit_test(test_readonly),     cmocka_unit_test(test_from_extraction),
      cmocka_unit_test(test_alloc_failures), cmocka_unit_test(test_two_writers),
      cmocka_unit_test(test_sha256),       cmocka_unit_test(test_quote_tokens),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
