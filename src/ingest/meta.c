/*
 * meta.c — a page's title, publication date, author, canonical URL and
 * outlet.
 *
 * The HTML reader hands over every candidate it meets (<meta> tags, <link
 * rel=canonical>, <time datetime>, the first <h1>, the <title>, JSON-LD
 * script bodies); wt_pmeta_finish picks one per field, by priority:
 *   title      og:title, JSON-LD headline, twitter:title, the <h1> when the
 *              <title> contains it, else the <title> without its site part
 *   published  JSON-LD datePublished, article:published_time and the other
 *              publication-date metas, itemprop=datePublished, <time datetime>
 *   author     JSON-LD author (a name, an object, a list, or an @id pointing
 *              to a node of the @graph), then author metas that are not URLs
 *              and not the outlet's own name
 *   url        <link rel=canonical>, og:url, JSON-LD url/mainEntityOfPage,
 *              then the URL the page was fetched from
 *   outlet     og:site_name, JSON-LD publisher, application-name, the site
 *              part of the <title>
 * A title or author that ends (or starts) with the outlet's name after a
 * separator (" - ", " | ", " :: ") loses that part.  The date is the one the
 * page writes (its local calendar date), as YYYY-MM-DD.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <string.h>

#include "../internal.h"
#include "ingest.h"

void wt_pmeta_reset(wt_pmeta *m) {
  wt_buf pool = m->pool;
  wt_buf_reset(&pool, 1u << 20);
  memset(m, 0, sizeof *m);
  m->pool = pool;
}

void wt_pmeta_free(wt_pmeta *m) { wt_buf_free(&m->pool); }

const char *wt_pmeta_str(const wt_pmeta *m, uint32_t field) { return field ? m->pool.p + field - 1 : NULL; }

/* Appends s[0..n) trimmed, with runs of whitespace (and NBSP) as one space,
 * NUL-terminated; returns its offset + 1, 0 when empty, UINT32_MAX on OOM.
 * What it appends is valid UTF-8: a byte that starts no valid sequence
 * becomes U+FFFD (JSON-LD strings reach here as the page's bytes, whatever
 * its declared charset; the cap at 64 KB may cut a character in two). */
static uint32_t pool_add(wt_buf *pool, const char *s, size_t n) {
  if (n > 65536) n = 65536;
  if (pool->len > UINT32_MAX / 2) return 0;
  size_t start = pool->len;
  if (wt_buf_grow(pool, 3 * n + 1) != 0) return UINT32_MAX;
  bool space = false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    bool sp = wt_space(c) || c == '\v';
    if (c == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] == 0xa0) {
      sp = true;
      i++;
    }
    if (sp) {
      space = pool->len > start;
      continue;
    }
    if (space) pool->p[pool->len++] = ' ';
    space = false;
    if (c >= 0x80) {
      uint32_t cp;
      int k = wt_utf8_seq((const unsigned char *)s + i, n - i, &cp);
      if (k > 0) {
        memcpy(pool->p + pool->len, s + i, (size_t)k);
        pool->len += (size_t)k;
        i += (size_t)k - 1;
      } else {
        memcpy(pool->p + pool->len, "\xEF\xBF\xBD", 3);
        pool->len += 3;
      }
      continue;
    }
    pool->p[pool->len++] = (char)c;
  }
  if (pool->len == start) return 0;
  pool->p[pool->len++] = 0;
  return (uint32_t)start + 1;
}

int wt_pmeta_set(wt_pmeta *m, uint32_t *field, const char *s, size_t n) {
  if (*field || !s) return 0;
  uint32_t r = pool_add(&m->pool, s, n);
  if (r == UINT32_MAX) return -1;
  *field = r;
  return 0;
}

static bool key_is(const char *key, const char *const *list) {
  for (int i = 0; list[i]; i++)
    if (strlen(key) == strlen(list[i]) && wt_prefix_ci(key, strlen(key), list[i])) return true;
  return false;
}

static bool is_url(const char *s) { return wt_prefix_ci(s, strlen(s), "http://") || wt_prefix_ci(s, strlen(s), "https://") || s[0] == '/'; }

int wt_pmeta_meta(wt_pmeta *m, const char *key, const char *value) {
  if (!key || !value || !*value) return 0;
  static const char *const dates[] = {"article:published_time", "og:article:published_time", "article:published",
                                      "og:published_time", "published_time", "pubdate", "publishdate",
                                      "publish-date", "publish_date", "content_publisheddate", "dc.date",
                                      "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created", "date",
                                      "sailthru.date", "parsely-pub-date", "dtk:publishdate", "article.published",
                                      "originalpublicationdate", "publication_date", "release_date", NULL};
  static const char *const authors[] = {"author", "article:author", "content_author", "dtk:author",
                                        "sailthru.author", "parsely-author", "dc.creator", "byl", "dcterms.creator",
                                        NULL};
  size_t n = strlen(value);
  if (key_is(key, (const char *const[]){"og:title", NULL})) return wt_pmeta_set(m, &m->og_title, value, n);
  if (key_is(key, (const char *const[]){"twitter:title", NULL})) return wt_pmeta_set(m, &m->twitter_title, value, n);
  if (key_is(key, (const char *const[]){"og:site_name", NULL})) return wt_pmeta_set(m, &m->og_site, value, n);
  if (key_is(key, (const char *const[]){"application-name", NULL})) return wt_pmeta_set(m, &m->app_name, value, n);
  if (key_is(key, (const char *const[]){"og:url", NULL})) return wt_pmeta_set(m, &m->og_url, value, n);
  if (key_is(key, (const char *const[]){"datepublished", NULL})) return wt_pmeta_set(m, &m->item_date, value, n);
  if (key_is(key, dates)) return wt_pmeta_set(m, &m->meta_date, value, n);
  if (key_is(key, authors) && !is_url(value)) return wt_pmeta_set(m, &m->meta_author, value, n);
  return 0;
}

int wt_pmeta_jsonld(wt_pmeta *m, const char *s, size_t n) {
  if (m->nld >= (int)(sizeof m->ld_off / sizeof m->ld_off[0]) || n > (8u << 20)) return 0;
  if (m->pool.len > UINT32_MAX / 2) return 0;
  size_t off = m->pool.len;
  if (wt_buf_add(&m->pool, s, n) != 0 || wt_buf_addc(&m->pool, 0) != 0) return -1;
  m->ld_off[m->nld] = (uint32_t)off;
  m->ld_len[m->nld] = (uint32_t)n;
  m->nld++;
  return 0;
}

/* ---------------------------------------------------------------- dates */

static int month_of(const char *s, size_t n) {
  static const char *const mon[][3] = {{"jan", NULL, NULL}, {"feb", "peb", NULL}, {"mar", NULL, NULL},
                                       {"apr", NULL, NULL}, {"may", "mei", NULL}, {"jun", NULL, NULL},
                                       {"jul", NULL, NULL}, {"aug", "agu", "agt"}, {"sep", NULL, NULL},
                                       {"oct", "okt", NULL}, {"nov", "nop", NULL}, {"dec", "des", NULL}};
  if (n < 3) return 0;
  for (int i = 0; i < 12; i++)
    for (int k = 0; k < 3 && mon[i][k]; k++)
      if (wt_prefix_ci(s, n, mon[i][k])) return i + 1;
  return 0;
}

static bool digits(const char *s, size_t n, size_t i, size_t k, int *v) {
  if (i + k > n) return false;
  int x = 0;
  for (size_t j = 0; j < k; j++) {
    if (s[i + j] < '0' || s[i + j] > '9') return false;
    x = x * 10 + (s[i + j] - '0');
  }
  *v = x;
  return true;
}

static bool put_date(int y, int mo, int d, char *out) {
  if (!wt_valid_date(y, mo, d)) return false;
  /* wt_valid_date bounds the year to 1800..2200 */
  out[0] = (char)('0' + y / 1000);
  out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10);
  out[3] = (char)('0' + y % 10);
  out[4] = '-';
  out[5] = (char)('0' + mo / 10);
  out[6] = (char)('0' + mo % 10);
  out[7] = '-';
  out[8] = (char)('0' + d / 10);
  out[9] = (char)('0' + d % 10);
  out[10] = 0;
  return true;
}

bool wt_date_ymd(const char *s, size_t n, char *out) {
  while (n && wt_space((unsigned char)*s)) s++, n--;
  int y, mo, d;
  /* YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD (one-digit month/day too) */
  if (digits(s, n, 0, 4, &y) && n > 5 && (s[4] == '-' || s[4] == '/' || s[4] == '.')) {
    size_t i = 5;
    int k = (i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') ? 2 : 1;
    if (!digits(s, n, i, (size_t)k, &mo)) return false;
    i += (size_t)k;
    if (i >= n || s[i] != s[4]) return false;
    i++;
    k = (i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') ? 2 : 1;
    if (!digits(s, n, i, (size_t)k, &d)) return false;
    return put_date(y, mo, d, out);
  }
  /* YYYYMMDD */
  if (digits(s, n, 0, 8, &y) && (n == 8 || s[8] == 'T' || wt_space((unsigned char)s[8]))) {
    return put_date(y / 10000, y / 100 % 100, y % 100, out);
  }
  /* DD/MM/YYYY, DD-MM-YYYY (day first, as Indonesian pages write it) */
  {
    size_t i = 0;
    int k = (n > 1 && s[1] >= '0' && s[1] <= '9') ? 2 : 1;
    if (digits(s, n, 0, (size_t)k, &d) && (size_t)k < n && (s[k] == '/' || s[k] == '-' || s[k] == '.')) {
      char sep = s[k];
      i = (size_t)k + 1;
      k = (i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') ? 2 : 1;
      if (digits(s, n, i, (size_t)k, &mo) && i + (size_t)k < n && s[i + (size_t)k] == sep &&
          digits(s, n, i + (size_t)k + 1, 4, &y))
        return put_date(y, mo, d, out);
    }
  }
  /* words: "Tue, 14 Nov 2023 10:15", "Selasa, 14 November 2023", "November 14, 2023" */
  int day = 0, month = 0, year = 0;
  size_t i = 0;
  while (i < n && i < 80) {
    if (s[i] >= '0' && s[i] <= '9') {
      size_t a = i;
      int v = 0;
      while (i < n && s[i] >= '0' && s[i] <= '9' && i - a < 5) v = v * 10 + (s[i++] - '0');
      if (i < n && s[i] == ':') break; /* a time: the date is before it */
      if (i - a == 4 && !year) year = v;
      else if (i - a <= 2 && !day && !year) day = v;
      else return false;
    } else if ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z') {
      size_t a = i;
      while (i < n && (((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))) i++;
      int mm = month_of(s + a, i - a);
      if (mm && !month) month = mm;
    } else {
      i++;
    }
    if (day && month && year) return put_date(year, month, day, out);
  }
  return false;
}

/* --------------------------------------------------------------- JSON-LD */

typedef struct ldctx {
  cJSON *nodes[256];
  int n;
} ldctx;

static void collect_nodes(ldctx *c, cJSON *v, int depth) {
  if (!v || depth > 4) return;
  if (cJSON_IsArray(v)) {
    cJSON *e;
    cJSON_ArrayForEach(e, v) collect_nodes(c, e, depth + 1);
  } else if (cJSON_IsObject(v)) {
    if (c->n < (int)(sizeof c->nodes / sizeof c->nodes[0])) c->nodes[c->n++] = v;
    collect_nodes(c, cJSON_GetObjectItemCaseSensitive(v, "@graph"), depth + 1);
  }
}

static int type_rank(cJSON *node) {
  static const char *const news[] = {"NewsArticle", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
                                     "BackgroundNewsArticle", "ReviewNewsArticle", NULL};
  static const char *const art[] = {"Article", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", NULL};
  cJSON *t = cJSON_GetObjectItemCaseSensitive(node, "@type");
  int best = 0;
  cJSON *one = t;
  bool arr = cJSON_IsArray(t);
  if (arr) one = t->child;
  for (; one; one = arr ? one->next : NULL) {
    if (!cJSON_IsString(one)) continue;
    const char *s = one->valuestring;
    if (!strncmp(s, "http://schema.org/", 18)) s += 18;
    if (!strncmp(s, "https://schema.org/", 19)) s += 19;
    for (int i = 0; news[i]; i++)
      if (!strcmp(s, news[i]) && best < 3) best = 3;
    for (int i = 0; art[i]; i++)
      if (!strcmp(s, art[i]) && best < 2) best = 2;
  }
  return best;
}

static cJSON *by_id(ldctx *c, cJSON *ref) {
  cJSON *id = cJSON_GetObjectItemCaseSensitive(ref, "@id");
  if (!cJSON_IsString(id)) return NULL;
  for (int i = 0; i < c->n; i++) {
    if (c->nodes[i] == ref) continue;
    cJSON *j = cJSON_GetObjectItemCaseSensitive(c->nodes[i], "@id");
    if (cJSON_IsString(j) && !strcmp(j->valuestring, id->valuestring) &&
        cJSON_GetObjectItemCaseSensitive(c->nodes[i], "name"))
      return c->nodes[i];
  }
  return NULL;
}

/* The name of an author/publisher value: "X", {"name": "X"}, {"@id": ...}, [...] */
static const char *name_of(ldctx *c, cJSON *v, int depth) {
  if (!v || depth > 3) return NULL;
  if (cJSON_IsString(v)) return v->valuestring;
  if (cJSON_IsArray(v)) {
    cJSON *e;
    cJSON_ArrayForEach(e, v) {
      const char *s = name_of(c, e, depth + 1);
      if (s && *s) return s;
    }
    return NULL;
  }
  if (cJSON_IsObject(v)) {
    cJSON *nm = cJSON_GetObjectItemCaseSensitive(v, "name");
    if (cJSON_IsString(nm) && *nm->valuestring) return nm->valuestring;
    cJSON *ref = by_id(c, v);
    if (ref) return name_of(c, cJSON_GetObjectItemCaseSensitive(ref, "name"), depth + 1);
  }
  return NULL;
}

static const char *url_of(cJSON *v) {
  if (cJSON_IsString(v)) return v->valuestring;
  if (cJSON_IsObject(v)) {
    cJSON *id = cJSON_GetObjectItemCaseSensitive(v, "@id");
    if (cJSON_IsString(id)) return id->valuestring;
    cJSON *u = cJSON_GetObjectItemCaseSensitive(v, "url");
    if (cJSON_IsString(u)) return u->valuestring;
  }
  return NULL;
}

/* Decodes the few HTML entities JSON-LD strings carry ("&quot;", "&amp;"). */
static int set_decoded(wt_pmeta *m, uint32_t *field, const char *s) {
  if (*field || !s) return 0;
  char buf[2048];
  size_t o = 0;
  for (size_t i = 0; s[i] && o + 4 < sizeof buf; i++) {
    static const char *const ent[][2] = {{"&amp;", "&"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&#039;", "'"},
                                         {"&apos;", "'"}, {"&lt;", "<"},   {"&gt;", ">"},  {"&nbsp;", " "}};
    bool done = false;
    if (s[i] == '&')
      for (size_t k = 0; k < sizeof ent / sizeof ent[0]; k++)
        if (!strncmp(s + i, ent[k][0], strlen(ent[k][0]))) {
          buf[o++] = ent[k][1][0];
          i += strlen(ent[k][0]) - 1;
          done = true;
          break;
        }
    if (!done) buf[o++] = s[i];
  }
  /* a string longer than the buffer ends before the character it cut */
  size_t p = o;
  while (p > 0 && o - p < 3 && ((unsigned char)buf[p - 1] & 0xC0) == 0x80) p--;
  uint32_t cp;
  if (p > 0 && (unsigned char)buf[p - 1] >= 0xC0 && wt_utf8_seq((const unsigned char *)buf + p - 1, o - p + 1, &cp) <= 0)
    o = p - 1;
  return wt_pmeta_set(m, field, buf, o);
}

static int parse_jsonld(wt_pmeta *m) {
  for (int k = 0; k < m->nld; k++) {
    cJSON *root = cJSON_ParseWithLength(m->pool.p + m->ld_off[k], m->ld_len[k]);
    if (!root) continue; /* broken JSON-LD is common: ignore it */
    ldctx c;
    c.n = 0;
    collect_nodes(&c, root, 0);
    cJSON *art = NULL;
    int best = 0;
    for (int i = 0; i < c.n; i++) {
      int r = type_rank(c.nodes[i]);
      if (r > best) {
        best = r;
        art = c.nodes[i];
      }
    }
    int rc = 0;
    if (art) {
      cJSON *h = cJSON_GetObjectItemCaseSensitive(art, "headline");
      if (cJSON_IsString(h)) rc |= set_decoded(m, &m->ld_headline, h->valuestring);
      cJSON *d = cJSON_GetObjectItemCaseSensitive(art, "datePublished");
      if (!cJSON_IsString(d)) d = cJSON_GetObjectItemCaseSensitive(art, "dateCreated");
      if (cJSON_IsString(d)) rc |= set_decoded(m, &m->ld_date, d->valuestring);
      cJSON *au = cJSON_GetObjectItemCaseSensitive(art, "author");
      if (cJSON_IsArray(au)) {
        /* several authors: their names joined with ", " */
        char names[1024];
        size_t nl = 0;
        int count = 0;
        cJSON *e;
        cJSON_ArrayForEach(e, au) {
          const char *a = name_of(&c, e, 1);
          if (!a || !*a || is_url(a) || count >= 6) continue;
          size_t al = strlen(a);
          if (nl + al + 3 >= sizeof names) break;
          if (count++) memcpy(names + nl, ", ", 2), nl += 2;
          memcpy(names + nl, a, al);
          nl += al;
        }
        names[nl] = 0;
        if (nl) rc |= set_decoded(m, &m->ld_author, names);
      } else {
        const char *a = name_of(&c, au, 0);
        if (a && !is_url(a)) rc |= set_decoded(m, &m->ld_author, a);
      }
      const char *p = name_of(&c, cJSON_GetObjectItemCaseSensitive(art, "publisher"), 0);
      if (p) rc |= set_decoded(m, &m->ld_publisher, p);
      const char *u = url_of(cJSON_GetObjectItemCaseSensitive(art, "url"));
      if (!u) u = url_of(cJSON_GetObjectItemCaseSensitive(art, "mainEntityOfPage"));
      if (u && is_url(u) && u[0] != '/') rc |= set_decoded(m, &m->ld_url, u);
    }
    cJSON_Delete(root);
    if (rc) return -1;
  }
  return 0;
}

/* ------------------------------------------------------------ resolving */

/* Separators between a title and a site name. */
static size_t sep_at(const char *s, size_t n, size_t i) {
  if (s[i] != ' ') return 0; /* every separator starts with a space */
  static const char *const seps[] = {" - ", " | ", " :: ", " \xe2\x80\x93 ", " \xe2\x80\x94 ", " \xc2\xbb ", " : ", NULL};
  for (int k = 0; seps[k]; k++) {
    size_t m = strlen(seps[k]);
    if (i + m <= n && !memcmp(s + i, seps[k], m)) return m;
  }
  return 0;
}

/* Letters and digits only, lower case: "KABARKINI.com" ~ "Kabarkini.com". */
static size_t squash(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i < n && o + 1 < cap; i++) {
    int c = wt_lower((unsigned char)s[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) out[o++] = (char)c;
  }
  out[o] = 0;
  return o;
}

static bool same_site(const char *a, size_t an, const char *site) {
  if (!site) return false;
  char x[256], y[256];
  size_t xn = squash(a, an, x, sizeof x), yn = squash(site, strlen(site), y, sizeof y);
  if (!xn || !yn) return false;
  /* "kabarkinicom" vs "kabarkini", "detaknews" vs "detaknewscom" */
  size_t mn = xn < yn ? xn : yn;
  if (mn < 3) return false;
  return !strncmp(x, y, mn) && (xn == yn || (xn > yn ? !strcmp(x + yn, "com") || !strcmp(x + yn, "coid") || !strcmp(x + yn, "id")
                                                   : !strcmp(y + xn, "com") || !strcmp(y + xn, "coid") || !strcmp(y + xn, "id")));
}

/* Strips a leading or trailing "SEP site" from s[0..*n). */
static void strip_site(const char *s, size_t *n, size_t *start, const char *site) {
  for (size_t i = *n; i-- > 0;) {
    size_t m = sep_at(s, *n, i);
    if (m && same_site(s + i + m, *n - i - m, site)) {
      *n = i;
      break;
    }
  }
  for (size_t i = 0; i < *n; i++) {
    size_t m = sep_at(s, *n, i);
    if (m) {
      if (same_site(s, i, site)) *start = i + m;
      break;
    }
  }
}

/* Length of a separator character at s (" - | : – — » ·"), 0 if none. */
static size_t sep_char(const char *s, size_t n) {
  static const char *const seps[] = {" ", "-", "|", ":", "\xe2\x80\x93", "\xe2\x80\x94", "\xc2\xbb", "\xc2\xb7", NULL};
  for (int k = 0; seps[k]; k++) {
    size_t m = strlen(seps[k]);
    if (m <= n && !memcmp(s, seps[k], m)) return m;
  }
  return 0;
}

/* Trims separator characters off both ends of s[0..*n). */
static void trim_seps(const char **s, size_t *n) {
  size_t k;
  while (*n && (k = sep_char(*s, *n)) != 0) *s += k, *n -= k;
  for (bool again = true; again && *n;) {
    again = false;
    for (size_t m = 1; m <= 2 && m <= *n; m++)
      if (sep_char(*s + *n - m, m) == m) {
        *n -= m;
        again = true;
        break;
      }
  }
}

static int word_count(const char *s, size_t n) {
  int w = 0;
  bool in = false;
  for (size_t i = 0; i < n; i++) {
    bool sp = s[i] == ' ';
    if (!sp && !in) w++;
    in = !sp;
  }
  return w;
}

static uint32_t out_add(wt_buf *out, const char *s, size_t n, bool *oom) {
  uint32_t r = pool_add(out, s, n);
  if (r == UINT32_MAX) *oom = true;
  return r == UINT32_MAX ? 0 : r;
}

int wt_pmeta_finish(wt_pmeta *m, wt_buf *pool, const char *base_url, wt_meta_out *out) {
  memset(out, 0, sizeof *out);
  if (parse_jsonld(m) != 0) return -1;
  bool oom = false;
  const char *title_tag = wt_pmeta_str(m, m->title_tag), *h1 = wt_pmeta_str(m, m->h1);
  const char *given = wt_pmeta_str(m, m->og_title);
  if (!given) given = wt_pmeta_str(m, m->ld_headline);
  if (!given) given = wt_pmeta_str(m, m->twitter_title);
  /* the <title> split into the article's title and the site's name: the
     site is what the <title> holds around the article title given
     elsewhere (og:title, JSON-LD, the <h1>), else the short side of a
     separator */
  const char *ttitle = NULL, *tsite = NULL;
  size_t ttitle_n = 0, tsite_n = 0;
  if (title_tag) {
    size_t n = strlen(title_tag);
    const char *refs[2] = {given, h1};
    for (int r = 0; r < 2 && !ttitle; r++) {
      const char *at;
      if (!refs[r] || strlen(refs[r]) < 8 || !(at = strstr(title_tag, refs[r]))) continue;
      ttitle = at;
      ttitle_n = strlen(refs[r]);
      size_t a = (size_t)(at - title_tag), b = a + ttitle_n;
      const char *rest = b < n ? title_tag + b : title_tag;
      size_t rn = b < n ? n - b : a;
      trim_seps(&rest, &rn);
      if (rn && rn <= 60 && word_count(rest, rn) <= 6) {
        tsite = rest;
        tsite_n = rn;
      }
    }
    if (!ttitle) {
      ttitle = title_tag;
      ttitle_n = n;
      size_t last = 0, lastm = 0, first = 0, firstm = 0;
      for (size_t i = 0; i < n; i++) {
        size_t s = sep_at(title_tag, n, i);
        if (s) {
          if (!firstm) first = i, firstm = s;
          last = i, lastm = s;
        }
      }
      if (lastm && n - last - lastm <= 40 && word_count(title_tag + last + lastm, n - last - lastm) <= 5) {
        ttitle_n = last;
        tsite = title_tag + last + lastm;
        tsite_n = n - last - lastm;
      } else if (firstm && first <= 40 && word_count(title_tag, first) <= 5) {
        ttitle = title_tag + first + firstm;
        ttitle_n = n - first - firstm;
        tsite = title_tag;
        tsite_n = first;
      }
    }
  }
  /* outlet */
  uint32_t o_outlet = 0;
  const char *site = wt_pmeta_str(m, m->og_site);
  if (!site) site = wt_pmeta_str(m, m->ld_publisher);
  if (!site) site = wt_pmeta_str(m, m->app_name);
  if (site) o_outlet = out_add(pool, site, strlen(site), &oom);
  else if (tsite && tsite_n) o_outlet = out_add(pool, tsite, tsite_n, &oom);
  char sitebuf[256];
  snprintf(sitebuf, sizeof sitebuf, "%s", o_outlet ? pool->p + o_outlet - 1 : "");
  const char *osite = o_outlet ? sitebuf : NULL;
  /* title */
  uint32_t o_title = 0;
  if (given) {
    size_t n = strlen(given), a = 0;
    strip_site(given, &n, &a, osite);
    o_title = out_add(pool, given + a, n - a, &oom);
  } else if (ttitle) {
    size_t n = ttitle_n, a = 0;
    strip_site(ttitle, &n, &a, osite);
    o_title = out_add(pool, ttitle + a, n - a, &oom);
  } else if (h1) {
    o_title = out_add(pool, h1, strlen(h1), &oom);
  }
  /* published */
  uint32_t o_pub = 0;
  const uint32_t dates[] = {m->ld_date, m->meta_date, m->item_date, m->time_date};
  for (size_t i = 0; i < 4 && !o_pub; i++) {
    char ymd[11];
    const char *d = wt_pmeta_str(m, dates[i]);
    if (d && wt_date_ymd(d, strlen(d), ymd)) o_pub = out_add(pool, ymd, 10, &oom);
  }
  /* author */
  uint32_t o_author = 0;
  const uint32_t authors[] = {m->ld_author, m->meta_author, m->item_author, m->text_author};
  for (size_t i = 0; i < 4 && !o_author; i++) {
    const char *a = wt_pmeta_str(m, authors[i]);
    if (!a) continue;
    size_t n = strlen(a), s = 0;
    strip_site(a, &n, &s, osite);
    static const char *const pre[] = {"oleh:", "oleh ", "penulis:", "penulis ", "by ", "reporter:", NULL};
    for (int k = 0; pre[k]; k++)
      if (wt_prefix_ci(a + s, n - s, pre[k])) {
        s += strlen(pre[k]);
        while (s < n && a[s] == ' ') s++;
      }
    if (n > s && !same_site(a + s, n - s, osite)) o_author = out_add(pool, a + s, n - s, &oom);
  }
  /* url */
  uint32_t o_url = 0;
  const char *u = wt_pmeta_str(m, m->canonical);
  if (u && u[0] == '/' && u[1] != '/' && base_url) {
    /* a relative canonical: joined with the scheme and host of base_url */
    const char *h = strstr(base_url, "://");
    if (h) {
      const char *e = strchr(h + 3, '/');
      size_t hn = e ? (size_t)(e - base_url) : strlen(base_url);
      char buf[2048];
      if (snprintf(buf, sizeof buf, "%.*s%s", (int)hn, base_url, u) < (int)sizeof buf)
        o_url = out_add(pool, buf, strlen(buf), &oom);
    }
  } else if (u && is_url(u) && u[0] != '/') {
    o_url = out_add(pool, u, strlen(u), &oom);
  }
  if (!o_url) {
    const uint32_t urls[] = {m->og_url, m->ld_url};
    for (size_t i = 0; i < 2 && !o_url; i++) {
      const char *x = wt_pmeta_str(m, urls[i]);
      if (x && is_url(x) && x[0] != '/') o_url = out_add(pool, x, strlen(x), &oom);
    }
  }
  if (!o_url && base_url && *base_url) o_url = out_add(pool, base_url, strlen(base_url), &oom);
  uint32_t o_lang = 0;
  const char *lang = wt_pmeta_str(m, m->lang);
  if (lang) o_lang = out_add(pool, lang, strlen(lang), &oom);
  if (oom) return -1;
  out->title = o_title ? pool->p + o_title - 1 : NULL;
  out->published = o_pub ? pool->p + o_pub - 1 : NULL;
  out->author = o_author ? pool->p + o_author - 1 : NULL;
  out->url = o_url ? pool->p + o_url - 1 : NULL;
  out->outlet = o_outlet ? pool->p + o_outlet - 1 : NULL;
  out->lang = o_lang ? pool->p + o_lang - 1 : NULL;
  return 0;
}
