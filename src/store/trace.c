/*
 * trace.c — propagation: the same statement run by several documents.
 *
 * A quote's text becomes a set of shingles: hashes of its word pairs, words
 * folded (case, diacritics) but not stemmed.  Its MinHash signature (24
 * values) is cut into 6 bands of 4; each band's hash is a key in the lsh
 * table.  Two quotes whose shingle sets have Jaccard similarity s share at
 * least one band key with probability 1 - (1 - s^4)^6: 0.29 at s = 0.5,
 * 0.75 at 0.7, 0.93 at 0.8, 0.995 at 0.9.  Each candidate found that way
 * is checked on the exact shingle sets: copies are quotes of different
 * documents with Jaccard >= 0.5, or where one holds >= 80 % of the other's
 * word pairs (a copy that cut the statement short).  Linked quotes share a
 * group id (the smallest quote id of the group); groups merge when a quote
 * links two of them.  warta_store_trace lists a group by publication date.
 *
 * Quotes of fewer than 6 words are not linked: "Tidak benar" is said
 * everywhere by everyone.
 */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "store_priv.h"

static uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

uint64_t wt_word_hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ull;
  }
  return h;
}

typedef struct shingler {
  uint64_t *v;
  size_t n, cap;
  uint64_t prev;
  size_t words;
  bool oom;
} shingler;

static int on_word(void *ctx, const char *tok, size_t len, uint32_t start, uint32_t end) {
  (void)start;
  (void)end;
  shingler *s = ctx;
  uint64_t h = wt_word_hash(tok, len);
  if (s->words > 0) {
    if (s->n == s->cap) {
      size_t nc = s->cap ? s->cap * 2 : 64;
      uint64_t *nv = wt_realloc(s->v, nc * sizeof *nv);
      if (!nv) {
        s->oom = true;
        return 1;
      }
      s->v = nv;
      s->cap = nc;
    }
    s->v[s->n++] = mix64(s->prev * 0x9e3779b97f4a7c15ull + h);
  }
  s->prev = h;
  s->words++;
  return 0;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

long wt_shingles(const char *s, size_t n, uint64_t **out, size_t *nwords) {
  shingler sh = {0};
  wt_tokens(s, n, false, on_word, &sh);
  if (sh.oom) {
    wt_free(sh.v);
    *out = NULL;
    return -1;
  }
  if (sh.n) qsort(sh.v, sh.n, sizeof *sh.v, cmp_u64);
  size_t u = 0;
  for (size_t i = 0; i < sh.n; i++)
    if (u == 0 || sh.v[i] != sh.v[u - 1]) sh.v[u++] = sh.v[i];
  *out = sh.v;
  if (nwords) *nwords = sh.words;
  return (long)u;
}

long wt_shingles_of(const uint64_t *words, size_t n, uint64_t **out) {
  *out = NULL;
  if (n < 2) return 0;
  uint64_t *v = wt_malloc((n - 1) * sizeof *v);
  if (!v) return -1;
  for (size_t i = 1; i < n; i++) v[i - 1] = mix64(words[i - 1] * 0x9e3779b97f4a7c15ull + words[i]);
  qsort(v, n - 1, sizeof *v, cmp_u64);
  size_t u = 0;
  for (size_t i = 0; i < n - 1; i++)
    if (u == 0 || v[i] != v[u - 1]) v[u++] = v[i];
  *out = v;
  return (long)u;
}

void wt_minhash(const uint64_t *sh, size_t n, uint32_t sig[WT_MH_K]) {
  for (int i = 0; i < WT_MH_K; i++) sig[i] = UINT32_MAX;
  for (size_t j = 0; j < n; j++) {
    for (int i = 0; i < WT_MH_K; i++) {
      uint32_t v = (uint32_t)(mix64(sh[j] ^ (0x243f6a8885a308d3ull * (uint64_t)(i + 1))) >> 32);
      if (v < sig[i]) sig[i] = v;
    }
  }
}

void wt_bands(const uint32_t sig[WT_MH_K], int64_t keys[WT_MH_BANDS]) {
  for (int b = 0; b < WT_MH_BANDS; b++) {
    uint64_t h = 0x51ed270b27a3f2c1ull * (uint64_t)(b + 1);
    for (int r = 0; r < WT_MH_ROWS; r++) h = mix64(h ^ sig[b * WT_MH_ROWS + r]);
    keys[b] = (int64_t)(h & 0x7fffffffffffffffull);
  }
}

void wt_similarity(const uint64_t *a, size_t na, const uint64_t *b, size_t nb, double *jaccard,
                   double *contain) {
  size_t i = 0, j = 0, both = 0;
  while (i < na && j < nb) {
    if (a[i] == b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i] < b[j]) {
      i++;
    } else {
      j++;
    }
  }
  size_t uni = na + nb - both, small = na < nb ? na : nb;
  *jaccard = uni ? (double)both / (double)uni : 0.0;
  *contain = small ? (double)both / (double)small : 0.0;
}

bool wt_same_statement(double jaccard, double contain, size_t na, size_t nb) {
  size_t small = na < nb ? na : nb;
  return jaccard >= 0.5 || (contain >= 0.8 && small >= WT_MH_MIN_WORDS - 1);
}

/* ------------------------------------------------- the band-key filter */

/* Blocked Bloom filter: a key picks one block of 512 bits (its low bits)
 * and sets 6 bits there (9-bit slices of a remix of it): one cache line a
 * lookup; at 24 bits a key, about 1 false "maybe" in 3,000 keys.  The keys
 * are MinHash band hashes, uniform already. */
#define LSH_BLOCK_WORDS 8
#define LSH_BITS_PER_KEY 24

static void filter_bits(const wt_lsh_filter *f, int64_t key, uint64_t **block, uint64_t words[8]) {
  uint64_t k = (uint64_t)key;
  *block = f->bits + (k & (f->nblocks - 1)) * LSH_BLOCK_WORDS;
  uint64_t h = mix64(k ^ 0x2545f4914f6cdd1dull);
  memset(words, 0, 8 * sizeof *words);
  for (int i = 0; i < 6; i++, h >>= 9) words[(h >> 6) & 7] |= 1ull << (h & 63);
}

static void filter_add(wt_lsh_filter *f, int64_t key) {
  uint64_t *b, w[8];
  filter_bits(f, key, &b, w);
  for (int i = 0; i < 8; i++) b[i] |= w[i];
  f->nkeys++;
}

static bool filter_maybe(const wt_lsh_filter *f, int64_t key) {
  uint64_t *b, w[8];
  filter_bits(f, key, &b, w);
  for (int i = 0; i < 8; i++)
    if ((b[i] & w[i]) != w[i]) return false;
  return true;
}

void wt_st_lsh_free(warta_store *st) {
  wt_free(st->lsh.bits);
  memset(&st->lsh, 0, sizeof st->lsh);
}

static int data_version(warta_store *st, int64_t *v) {
  sqlite3_stmt *q = wt_st_stmt(st, S_DATA_VERSION);
  if (!q) return WARTA_ERR_IO;
  int r = sqlite3_step(q);
  *v = r == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
  sqlite3_reset(q);
  return r == SQLITE_ROW ? WARTA_OK : wt_st_db(st, r, "reading the data version");
}

static void qcache_clear(warta_store *st);

int wt_st_lsh_txn(warta_store *st) {
  int64_t v;
  int rc = data_version(st, &v);
  if (rc) return rc;
  /* another writer came by */
  if (v != st->lsh.data_version) st->lsh.valid = false;
  if (v != st->qversion) qcache_clear(st);
  st->qversion = v;
  return WARTA_OK;
}

static int64_t single_int(warta_store *st, int which, int *rc, const char *what) {
  sqlite3_stmt *q = wt_st_stmt(st, which);
  if (!q) {
    *rc = WARTA_ERR_IO;
    return 0;
  }
  int r = sqlite3_step(q);
  int64_t v = r == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
  sqlite3_reset(q);
  *rc = (r == SQLITE_ROW || r == SQLITE_DONE) ? WARTA_OK : wt_st_db(st, r, what);
  return v;
}

/* Makes the filter valid when that pays: reading the table costs about a
 * tenth of looking up one quote's bands per quote in it, so it is read once
 * this connection has looked up a tenth as many quotes as the store holds
 * (at most twice the cost of the cheaper way, whatever comes next).  Without
 * memory it stays invalid, and every lookup goes to SQL. */
static int filter_ready(warta_store *st) {
  wt_lsh_filter *f = &st->lsh;
  if (f->valid && f->nkeys < f->cap) return WARTA_OK;
  int rc;
  int64_t quotes = single_int(st, S_QUOTE_MAXID, &rc, "counting quotes");
  if (rc) return rc;
  if (!f->valid && (uint64_t)quotes > 10 * f->lookups) return WARTA_OK;
  uint64_t want = 2 * (uint64_t)quotes * WT_MH_BANDS + f->nkeys;
  if (want < 65536) want = 65536;
  uint64_t nblocks = 1;
  while (nblocks * LSH_BLOCK_WORDS * 64 < want * LSH_BITS_PER_KEY) nblocks *= 2;
  wt_free(f->bits);
  f->bits = wt_calloc(nblocks * LSH_BLOCK_WORDS, sizeof *f->bits);
  f->valid = false;
  f->nkeys = 0;
  if (!f->bits) return WARTA_OK; /* an optimisation only */
  f->nblocks = nblocks;
  f->cap = nblocks * LSH_BLOCK_WORDS * 64 / (LSH_BITS_PER_KEY / 2);
  sqlite3_stmt *q = wt_st_stmt(st, S_LSH_KEYS);
  if (!q) return WARTA_ERR_IO;
  int r;
  while ((r = sqlite3_step(q)) == SQLITE_ROW) filter_add(f, sqlite3_column_int64(q, 0));
  sqlite3_reset(q);
  if (r != SQLITE_DONE) return wt_st_db(st, r, "reading band keys");
  for (size_t i = 0; i < st->npend; i++) filter_add(f, st->pend[i].key); /* not in the table yet */
  if ((rc = data_version(st, &f->data_version))) return rc;
  f->valid = true;
  return WARTA_OK;
}

/* ---------------------------------------------- what linking remembers */

/* A quote that shares a band key with many others (a statement run by a
 * hundred outlets) is a candidate of every new copy: reading its row, its
 * key's rows and its text each time was most of an ingest of such a feed.
 * The connection keeps what it has read or written of them, in maps of a
 * key to a few values (wt_kmap); the store stays the truth (a miss reads
 * it).  All of them go on rollback and when another writer has committed
 * (wt_st_lsh_txn, wt_st_lsh_drop). */
#define KMAP_MAX (1u << 19) /* slots: 12 MB */
#define KIDS_MAX (1u << 21) /* values: 16 MB */

static void kmap_clear(wt_kmap *m) {
  wt_free(m->s);
  wt_free(m->ids);
  memset(m, 0, sizeof *m);
}

static void qcache_clear(warta_store *st) {
  kmap_clear(&st->qplace);
  kmap_clear(&st->qmerged);
  kmap_clear(&st->krows);
  kmap_clear(&st->kshingle);
}

static wt_kslot *kmap_slot(const wt_kmap *m, int64_t key) {
  size_t mask = m->cap - 1;
  size_t i = (size_t)mix64((uint64_t)key ^ 0x6a09e667f3bcc909ull) & mask;
  while (m->s[i].used && m->s[i].key != key) i = (i + 1) & mask;
  return &m->s[i];
}

static wt_kslot *kmap_get(const wt_kmap *m, int64_t key) {
  if (!m->len) return NULL;
  wt_kslot *s = kmap_slot(m, key);
  return s->used ? s : NULL;
}

/* Keeps vals[0..n) for key (over its values when it holds n already).
 * Full, the map starts again empty; without memory it keeps nothing new.
 * Returns false when values it held were dropped or these could not be
 * kept. */
static bool kmap_put(wt_kmap *m, int64_t key, const void *vals, uint32_t n) {
  wt_kslot *s = kmap_get(m, key);
  if (s && s->n == n) {
    if (n) memcpy(m->ids + s->off, vals, n * sizeof *m->ids);
    s->stale = 0;
    return true;
  }
  bool kept = true;
  if (2 * (m->len + 1) > m->cap || m->nids + n > m->ids_cap) {
    if (m->cap >= KMAP_MAX || m->nids + n > KIDS_MAX) {
      kept = m->len == 0;
      kmap_clear(m);
    }
    if (2 * (m->len + 1) > m->cap) {
      size_t nc = m->cap ? m->cap * 2 : 4096;
      wt_kslot *ns = wt_calloc(nc, sizeof *ns);
      if (!ns) return false;
      wt_kmap old = *m;
      m->s = ns;
      m->cap = nc;
      for (size_t i = 0; i < old.cap; i++)
        if (old.s[i].used) *kmap_slot(m, old.s[i].key) = old.s[i];
      wt_free(old.s);
    }
    if (m->nids + n > m->ids_cap) {
      size_t nc = m->ids_cap ? m->ids_cap * 2 : 8192;
      while (nc < m->nids + n) nc *= 2;
      int64_t *ni = wt_realloc(m->ids, nc * sizeof *ni);
      if (!ni) return false;
      m->ids = ni;
      m->ids_cap = nc;
    }
  }
  s = kmap_slot(m, key);
  if (!s->used) m->len++;
  *s = (wt_kslot){key, (uint32_t)m->nids, n, 1, 0};
  if (n) memcpy(m->ids + m->nids, vals, n * sizeof *m->ids); /* (a key with no rows: ids may be NULL) */
  m->nids += n;
  return kept;
}

/* Quote id's document and group, as read or written (qplace: two values). */
static void place_put(warta_store *st, int64_t id, int64_t doc, int64_t grp) {
  int64_t v[2] = {doc, grp};
  kmap_put(&st->qplace, id, v, 2);
}

/* Group from merged into group into (qmerged: one value).  The groups in
 * qplace are read through these; without them they would be stale. */
static void merged_put(warta_store *st, int64_t from, int64_t into) {
  if (!kmap_put(&st->qmerged, from, &into, 1)) kmap_clear(&st->qplace);
}

/* The group g went into, through the merges since it was read. */
static int64_t group_now(const warta_store *st, int64_t g) {
  const wt_kslot *s;
  while (g && (s = kmap_get(&st->qmerged, g))) g = st->qmerged.ids[s->off];
  return g;
}

/* Quote id's document and group now; *found false when there is no such
 * quote (an lsh row left without its quote is no candidate). */
static int quote_place(warta_store *st, int64_t id, int64_t *doc, int64_t *grp, bool *found) {
  const wt_kslot *s = kmap_get(&st->qplace, id);
  if (s) {
    *doc = st->qplace.ids[s->off];
    *grp = group_now(st, st->qplace.ids[s->off + 1]);
    *found = true;
    return WARTA_OK;
  }
  sqlite3_stmt *q = wt_st_stmt(st, S_QUOTE_PLACE);
  if (!q) return WARTA_ERR_IO;
  sqlite3_bind_int64(q, 1, id);
  int r = sqlite3_step(q);
  *found = r == SQLITE_ROW;
  if (*found) {
    *doc = sqlite3_column_int64(q, 0);
    *grp = sqlite3_column_int64(q, 1);
    place_put(st, id, *doc, *grp);
  }
  sqlite3_reset(q);
  if (r != SQLITE_ROW && r != SQLITE_DONE) return wt_st_db(st, r, "finding copies");
  return WARTA_OK;
}

/* A band key of a statement run many times has as many lsh rows: the first
 * candidates of every copy, read again and again.  Its first rows (at most
 * CAND_ROWS, the most a lookup takes of one key) stay in krows: the rows
 * after them are newer quotes, so the first ones never change, except for
 * a key that had fewer, which is marked stale when rows of it are written. */
#define CAND_ROWS 96

/* Reads up to CAND_ROWS quotes of key's rows after quote `after` (0: from
 * the first) into buf; *n how many. */
static int read_rows(warta_store *st, int64_t key, int64_t after, int64_t buf[CAND_ROWS], uint32_t *n) {
  sqlite3_stmt *q = wt_st_stmt(st, after ? S_LSH_FIND_AFTER : S_LSH_FIND);
  if (!q) return WARTA_ERR_IO;
  sqlite3_bind_int64(q, 1, key);
  if (after) sqlite3_bind_int64(q, 2, after);
  int r;
  *n = 0;
  while (*n < CAND_ROWS && (r = sqlite3_step(q)) == SQLITE_ROW) buf[(*n)++] = sqlite3_column_int64(q, 0);
  if (*n == CAND_ROWS) r = SQLITE_DONE;
  sqlite3_reset(q);
  return r == SQLITE_DONE ? WARTA_OK : wt_st_db(st, r, "finding copies");
}

/* The first rows of key in the table: *ids (in krows or buf), *n. */
static int key_rows(warta_store *st, int64_t key, int64_t buf[CAND_ROWS], const int64_t **ids, uint32_t *n) {
  const wt_kslot *s = kmap_get(&st->krows, key);
  if (s && !s->stale) {
    *ids = s->n ? st->krows.ids + s->off : buf;
    *n = s->n;
    return WARTA_OK;
  }
  int rc = read_rows(st, key, 0, buf, n);
  if (rc) return rc;
  kmap_put(&st->krows, key, buf, *n);
  *ids = buf;
  return WARTA_OK;
}

/* ------------------------------------------------- rows held back */

/* A quote's six lsh rows are not written at once: they wait, and go in
 * together, sorted, WT_LSH_ROWS to a statement, before the transaction
 * commits or when they reach LSH_PEND rows (a transaction's rows sorted
 * together land on neighbouring B-tree pages, where a few thousand at a
 * time were scattered all over the table).  One statement of 32 rows costs
 * about what 4 of one row do.  A lookup finds the rows held back through
 * pslot, a hash of their keys, after the table's rows of the key: their
 * quotes are newer than every quote in the table, so candidates come in the
 * order the table would give them once the rows are written. */
#define WT_LSH_ROWS 32
#define LSH_PEND (1u << 18)

static int cmp_row(const void *a, const void *b) {
  const wt_lsh_row *x = a, *y = b;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  return x->quote < y->quote ? -1 : x->quote > y->quote;
}

void wt_st_lsh_drop(warta_store *st) {
  qcache_clear(st);
  wt_free(st->pend);
  st->pend = NULL;
  st->npend = st->pend_cap = 0;
  wt_free(st->pslot);
  st->pslot = NULL;
  st->pslot_cap = 0;
}

static size_t slot_of(const warta_store *st, int64_t key) {
  size_t mask = st->pslot_cap - 1;
  size_t i = (size_t)mix64((uint64_t)key) & mask;
  while (st->pslot[i].first && st->pslot[i].key != key) i = (i + 1) & mask;
  return i;
}

/* Chains row i (the newest) to the rows held back with its key. */
static void chain_row(warta_store *st, size_t i) {
  wt_lsh_row *r = &st->pend[i];
  r->next = 0;
  wt_lsh_slot *sl = &st->pslot[slot_of(st, r->key)];
  if (!sl->first) {
    *sl = (wt_lsh_slot){r->key, (uint32_t)i + 1, (uint32_t)i + 1};
  } else {
    st->pend[sl->last - 1].next = (uint32_t)i + 1;
    sl->last = (uint32_t)i + 1;
  }
}

/* The first row held back with key (index + 1), 0 for none. */
static uint32_t pending_first(const warta_store *st, int64_t key) {
  if (!st->npend || !st->pslot_cap) return 0;
  return st->pslot[slot_of(st, key)].first;
}

/* Sorts rows[0..n) by key: a radix sort of the keys' 63 bits, 11 at a
 * time (qsort's calls to cmp_row took a fifth of a commit).  The order of
 * rows with one key does not matter: the table is the same whatever order
 * its rows go in, the sort only keeps the inserts close together.  False
 * without memory for the copy (rows stay as they were). */
#define RADIX_BITS 11
#define RADIX_PASSES 6 /* 6 * 11 >= 63 */
static bool sort_rows(wt_lsh_row *rows, size_t n) {
  if (n < 64) {
    qsort(rows, n, sizeof *rows, cmp_row);
    return true;
  }
  wt_lsh_row *tmp = wt_malloc(n * sizeof *tmp);
  uint32_t(*count)[1u << RADIX_BITS] = wt_calloc(RADIX_PASSES, sizeof *count);
  if (!tmp || !count) {
    wt_free(tmp);
    wt_free(count);
    return false;
  }
  const uint64_t mask = (1u << RADIX_BITS) - 1;
  for (size_t i = 0; i < n; i++)
    for (int p = 0; p < RADIX_PASSES; p++) count[p][((uint64_t)rows[i].key >> (p * RADIX_BITS)) & mask]++;
  wt_lsh_row *from = rows, *to = tmp;
  for (int p = 0; p < RADIX_PASSES; p++) {
    uint32_t *c = count[p], at = 0;
    if (c[((uint64_t)from[0].key >> (p * RADIX_BITS)) & mask] == n) continue; /* one digit for all */
    for (size_t d = 0; d <= mask; d++) {
      uint32_t k = c[d];
      c[d] = at;
      at += k;
    }
    for (size_t i = 0; i < n; i++) to[c[((uint64_t)from[i].key >> (p * RADIX_BITS)) & mask]++] = from[i];
    wt_lsh_row *t = from;
    from = to;
    to = t;
  }
  if (from != rows) memcpy(rows, from, n * sizeof *rows);
  wt_free(tmp);
  wt_free(count);
  return true;
}

int wt_st_lsh_flush(warta_store *st) {
  if (!st->npend) return WARTA_OK;
  if (!sort_rows(st->pend, st->npend)) qsort(st->pend, st->npend, sizeof *st->pend, cmp_row);
  size_t i = 0;
  int rc = WARTA_OK;
  while (i < st->npend && rc == WARTA_OK) {
    bool many = st->npend - i >= WT_LSH_ROWS;
    sqlite3_stmt *q = wt_st_stmt(st, many ? S_LSH_INSERT_N : S_LSH_INSERT);
    if (!q) return WARTA_ERR_IO;
    int n = many ? WT_LSH_ROWS : 1;
    for (int k = 0; k < n; k++, i++) {
      sqlite3_bind_int64(q, 2 * k + 1, st->pend[i].key);
      sqlite3_bind_int64(q, 2 * k + 2, st->pend[i].quote);
      wt_kslot *ks = kmap_get(&st->krows, st->pend[i].key);
      if (ks && ks->n < CAND_ROWS) ks->stale = 1; /* it had fewer rows than are kept */
    }
    int r = sqlite3_step(q);
    sqlite3_reset(q);
    if (r != SQLITE_DONE) rc = wt_st_db(st, r, "indexing quotes for copies");
  }
  st->npend = 0;
  if (st->pslot) memset(st->pslot, 0, st->pslot_cap * sizeof *st->pslot);
  return rc;
}

/* Holds back the row (key, quote). */
static int hold_row(warta_store *st, int64_t key, int64_t quote) {
  if (st->npend == st->pend_cap) {
    size_t nc = st->pend_cap ? st->pend_cap * 2 : 256;
    wt_lsh_row *np = wt_realloc(st->pend, nc * sizeof *np);
    if (!np) return wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
    st->pend = np;
    st->pend_cap = nc;
  }
  if (2 * (st->npend + 1) > st->pslot_cap) {
    size_t nc = st->pslot_cap ? st->pslot_cap * 2 : 1024;
    wt_lsh_slot *ns = wt_calloc(nc, sizeof *ns);
    if (!ns) return wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
    wt_free(st->pslot);
    st->pslot = ns;
    st->pslot_cap = nc;
    for (size_t i = 0; i < st->npend; i++) chain_row(st, i);
  }
  st->pend[st->npend] = (wt_lsh_row){key, quote, 0};
  chain_row(st, st->npend++);
  return WARTA_OK;
}

/* ------------------------------------------------------------- linking */

typedef struct match {
  int64_t quote, grp;
} match;

static int cmp_i64(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return x < y ? -1 : x > y;
}

/* The candidates of one quote's lookup (at most CAND, the first in
 * ascending key order, then quote order) and the copies among them. */
enum { MAXM = 64, CAND = CAND_ROWS, SEEN = 256 /* a power of two > 2 * CAND */ };
typedef struct cands {
  const uint64_t *sh;
  size_t nsh;
  int64_t doc;
  match m[MAXM];
  int nm;
  int64_t seen[SEEN]; /* the candidates (n of them), by hash; 0: empty */
  int n;
} cands;

/* Where cq is in seen, or the empty slot it would take (at most CAND of
 * the SEEN slots are ever taken). */
static int64_t *seen_slot(cands *c, int64_t cq) {
  size_t mask = SEEN - 1, i = (size_t)mix64((uint64_t)cq) & mask;
  while (c->seen[i] && c->seen[i] != cq) i = (i + 1) & mask;
  return &c->seen[i];
}

/* Looks at candidate quote cq: a quote of another document, in no group
 * matched already, is compared on its text. */
static int consider(warta_store *st, cands *c, int64_t cq) {
  int64_t *seen = seen_slot(c, cq);
  if (*seen) return WARTA_OK;
  int64_t cdoc, cgrp;
  bool found;
  int rc = quote_place(st, cq, &cdoc, &cgrp, &found);
  if (rc || !found) return rc;
  *seen = cq;
  c->n++;
  if (cdoc == c->doc) return WARTA_OK;
  for (int k = 0; k < c->nm; k++)
    if (cgrp && c->m[k].grp == cgrp) return WARTA_OK; /* its group is linked already */
  /* the first quote of a much-copied statement is compared with every
   * copy: its shingles are kept (a quote's text never changes) */
  const wt_kslot *ks = kmap_get(&st->kshingle, cq);
  uint64_t *csh = NULL;
  long ncs;
  if (ks) {
    ncs = ks->n;
  } else {
    sqlite3_stmt *q = wt_st_stmt(st, S_QUOTE_TEXT);
    if (!q) return WARTA_ERR_IO;
    sqlite3_bind_int64(q, 1, cq);
    int r = sqlite3_step(q);
    if (r != SQLITE_ROW) {
      sqlite3_reset(q);
      return wt_st_db(st, r == SQLITE_DONE ? SQLITE_CORRUPT : r, "finding copies");
    }
    const char *ct = (const char *)sqlite3_column_text(q, 0);
    size_t cn = (size_t)sqlite3_column_bytes(q, 0);
    size_t cw = 0;
    ncs = wt_shingles(ct ? ct : "", ct ? cn : 0, &csh, &cw);
    sqlite3_reset(q);
    if (ncs < 0) return wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
    kmap_put(&st->kshingle, cq, csh, (uint32_t)ncs);
  }
  double jac, con;
  const uint64_t *cs = csh;
  if (ks && ks->n) cs = (const uint64_t *)(st->kshingle.ids + ks->off);
  wt_similarity(c->sh, c->nsh, cs, (size_t)ncs, &jac, &con);
  wt_free(csh);
  if (wt_same_statement(jac, con, c->nsh, (size_t)ncs) && c->nm < MAXM) c->m[c->nm++] = (match){cq, cgrp};
  return WARTA_OK;
}

/* The candidates among the rows held back with a key. */
static int consider_pending(warta_store *st, cands *c, int64_t key) {
  int rc = WARTA_OK;
  for (uint32_t i = pending_first(st, key); i && c->n < CAND && rc == WARTA_OK; i = st->pend[i - 1].next)
    rc = consider(st, c, st->pend[i - 1].quote);
  return rc;
}

int wt_st_link(warta_store *st, int64_t id, int64_t doc, const wt_prepared_quote *pq, bool *linked) {
  *linked = false;
  if (!pq->linkable) return WARTA_OK;
  cands c;
  c.sh = pq->shingles;
  c.nsh = pq->nshingles;
  c.doc = doc;
  c.nm = c.n = 0;
  memset(c.seen, 0, sizeof c.seen);
  int rc = filter_ready(st);
  if (rc) return rc;
  int64_t keys[WT_MH_BANDS];
  memcpy(keys, pq->keys, sizeof keys);
  qsort(keys, WT_MH_BANDS, sizeof *keys, cmp_i64);
  if (!st->lsh.valid) st->lsh.lookups++;
  for (int b = 0; b < WT_MH_BANDS && c.n < CAND && rc == WARTA_OK; b++) {
    if (b > 0 && keys[b] == keys[b - 1]) continue;
    if (st->lsh.valid && !filter_maybe(&st->lsh, keys[b])) continue;
    int64_t buf[CAND_ROWS];
    const int64_t *ids;
    uint32_t n;
    rc = key_rows(st, keys[b], buf, &ids, &n);
    /* rows past the first CAND_ROWS count only when some had no quote */
    while (rc == WARTA_OK) {
      for (uint32_t i = 0; i < n && c.n < CAND && rc == WARTA_OK; i++) rc = consider(st, &c, ids[i]);
      if (rc || n < CAND_ROWS || c.n >= CAND) break;
      int64_t last = ids[n - 1];
      rc = read_rows(st, keys[b], last, buf, &n);
      ids = buf;
    }
    if (rc == WARTA_OK && c.n < CAND) rc = consider_pending(st, &c, keys[b]);
  }
  if (rc) return rc;

  for (int b = 0; b < WT_MH_BANDS; b++) {
    if ((rc = hold_row(st, pq->keys[b], id))) return rc;
    if (st->lsh.valid) filter_add(&st->lsh, pq->keys[b]);
  }
  if (st->npend >= LSH_PEND && (rc = wt_st_lsh_flush(st))) return rc;
  match *m = c.m;
  int nm = c.nm;
  if (nm == 0) {
    place_put(st, id, doc, 0);
    return WARTA_OK;
  }

  /* the group: the smallest id among the groups and lone quotes matched */
  int64_t g = id;
  for (int k = 0; k < nm; k++) {
    int64_t x = m[k].grp ? m[k].grp : m[k].quote;
    if (x < g) g = x;
  }
  for (int k = 0; k < nm; k++) {
    sqlite3_stmt *q;
    if (m[k].grp == 0) {
      q = wt_st_stmt(st, S_GRP_SET);
      if (!q) return WARTA_ERR_IO;
      sqlite3_bind_int64(q, 1, g);
      sqlite3_bind_int64(q, 2, m[k].quote);
      wt_kslot *s = kmap_get(&st->qplace, m[k].quote);
      if (s) st->qplace.ids[s->off + 1] = g;
    } else if (m[k].grp != g) {
      bool done = false;
      for (int j = 0; j < k && !done; j++) done = m[j].grp == m[k].grp;
      if (done) continue;
      q = wt_st_stmt(st, S_GRP_MERGE);
      if (!q) return WARTA_ERR_IO;
      sqlite3_bind_int64(q, 1, g);
      sqlite3_bind_int64(q, 2, m[k].grp);
      merged_put(st, m[k].grp, g);
    } else {
      continue;
    }
    int r = sqlite3_step(q);
    sqlite3_reset(q);
    if (r != SQLITE_DONE) return wt_st_db(st, r, "linking copies");
  }
  sqlite3_stmt *q = wt_st_stmt(st, S_GRP_SET);
  if (!q) return WARTA_ERR_IO;
  sqlite3_bind_int64(q, 1, g);
  sqlite3_bind_int64(q, 2, id);
  int r = sqlite3_step(q);
  sqlite3_reset(q);
  if (r != SQLITE_DONE) return wt_st_db(st, r, "linking copies");
  place_put(st, id, doc, g);
  *linked = true;
  return WARTA_OK;
}

/* ----------------------------------------------------------------- trace */

int warta_store_trace(warta_store *st, int64_t id, warta_store_quote_fn fn, void *ctx) {
  if (!st || !st->db || !fn) return st ? wt_st_fail(st, WARTA_ERR_ARG, "no store or callback") : WARTA_ERR_ARG;
  sqlite3_stmt *s = NULL;
  int rc = sqlite3_prepare_v2(st->db, "SELECT coalesce(grp, 0), text FROM quotes WHERE id = ?1", -1, &s, NULL);
  if (rc != SQLITE_OK) return wt_st_db(st, rc, "tracing");
  sqlite3_bind_int64(s, 1, id);
  rc = sqlite3_step(s);
  if (rc != SQLITE_ROW) {
    sqlite3_finalize(s);
    if (rc == SQLITE_DONE) return wt_st_fail(st, WARTA_ERR_ARG, "no quote %lld in the store", (long long)id);
    return wt_st_db(st, rc, "tracing");
  }
  int64_t grp = sqlite3_column_int64(s, 0);
  uint64_t *ref = NULL;
  long nref = wt_shingles((const char *)sqlite3_column_text(s, 1), (size_t)sqlite3_column_bytes(s, 1), &ref, NULL);
  sqlite3_finalize(s);
  if (nref < 0) return wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");

  const char *sql =
      grp ? "SELECT " WT_QUOTE_COLS " FROM quotes q JOIN documents d ON d.id = q.document "
            "LEFT JOIN entities e ON e.id = q.entity WHERE q.grp = ?1 "
            "ORDER BY q.skey < 16777216, q.skey, q.id LIMIT 100000"
          : "SELECT " WT_QUOTE_COLS " FROM quotes q JOIN documents d ON d.id = q.document "
            "LEFT JOIN entities e ON e.id = q.entity WHERE q.id = ?1";
  rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
  if (rc != SQLITE_OK) {
    wt_free(ref);
    return wt_st_db(st, rc, "tracing");
  }
  sqlite3_bind_int64(s, 1, grp ? grp : id);
  int status = WARTA_OK;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    warta_store_quote q;
    wt_st_read_quote(s, 0, &q);
    uint64_t *sh = NULL;
    long n = wt_shingles(q.text, strlen(q.text), &sh, NULL);
    if (n < 0) {
      status = wt_st_fail(st, WARTA_ERR_NOMEM, "out of memory");
      break;
    }
    double jac, con;
    wt_similarity(ref, (size_t)nref, sh, (size_t)n, &jac, &con);
    wt_free(sh);
    q.similarity = q.id == id ? 1.0 : jac;
    if (fn(ctx, &q)) break;
  }
  if (status == WARTA_OK && rc != SQLITE_ROW && rc != SQLITE_DONE) status = wt_st_db(st, rc, "tracing");
  sqlite3_finalize(s);
  wt_free(ref);
  if (status == WARTA_OK) st->err[0] = 0;
  return status;
}
