/*
 * html.c — an HTML page in, its article text and metadata out.
 *
 * 1. Charset (charset.c): BOM, HTTP header, <meta>; everything becomes UTF-8.
 * 2. A fast pass cuts out what is never text — <script>, <style>, <svg>,
 *    <math>, <noscript>, <template> and comments — keeping JSON-LD script
 *    bodies aside for the metadata.  libxml2 then has a third of a typical
 *    news page left to parse.  The trim pass then empties the subtrees step
 *    3 would drop whole (share bars, related-article boxes, comments), where
 *    it can tell exactly where libxml2 would end them: the result is the
 *    same, libxml2 reads less.
 * 3. libxml2's error-tolerant HTML parser, in SAX mode (no tree is built),
 *    feeds a flat table of elements (parent, tag, class/id hints) and a list
 *    of text blocks: the text between two block-level boundaries (<p>, <div>,
 *    <li>, <br>, ...), whitespace collapsed, with its count of characters
 *    inside links.  Elements that never hold article text are dropped with
 *    their content: by tag (nav, header, footer, aside, form controls,
 *    figure captions, iframes), by ARIA role or hidden state, and by class or
 *    id words ("share", "related", "baca-juga", "comment", "ads", "sidebar",
 *    "breadcrumb", "tags", ...) unless the same element also carries an
 *    article word ("content", "body", "article", "text", "isi", ...).
 * 4. The main text (a readability-style heuristic): each block that reads
 *    like prose (25+ characters, few of them in links) scores its container,
 *    half to the container's parent and less further up; a score is weighed
 *    by the container's link density and its class words (itemprop=
 *    articleBody, <article>, "content").  The best container wins; it grows
 *    to a common ancestor when another strong container (a second "page" of
 *    the article) lies beside it and the ancestor adds little that is not
 *    prose, and takes sibling paragraphs that read like prose.
 * 5. Inside it, every block is kept except link lists, "Baca juga: ..." and
 *    the like (a list of prefixes below), credits ("Editor: ..."), byline
 *    codes ("(rdp/imk)") and lines that are only a date.  Blocks are joined
 *    with "\n\n": one paragraph a block.
 * If that leaves no text (a page whose wrapper carries a "sidebar" class),
 * the page is read again without the class words.
 */
#define _GNU_SOURCE
#include "libxml.h"
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../alloc.h"
#include "ingest.h"

/* ----------------------------------------------------------------- tags */

enum {
  T_OTHER = 0, T_A, T_ADDRESS, T_ARTICLE, T_ASIDE, T_AUDIO, T_BLOCKQUOTE, T_BODY, T_BR, T_BUTTON, T_CANVAS,
  T_CAPTION, T_CENTER, T_DD, T_DETAILS, T_DIALOG, T_DIV, T_DL, T_DT, T_EMBED, T_FIELDSET, T_FIGCAPTION,
  T_FIGURE, T_FOOTER, T_FORM, T_H1, T_H2, T_H3, T_H4, T_H5, T_H6, T_HEAD, T_HEADER, T_HR, T_HTML, T_IFRAME,
  T_IMG, T_INPUT, T_LABEL, T_LEGEND, T_LI, T_LINK, T_MAIN, T_MATH, T_MENU, T_META, T_NAV, T_NOSCRIPT,
  T_OBJECT, T_OL, T_OPTION, T_P, T_PRE, T_SCRIPT, T_SECTION, T_SELECT, T_STYLE, T_SUMMARY, T_SVG, T_TABLE,
  T_TBODY, T_TD, T_TEMPLATE, T_TEXTAREA, T_TFOOT, T_TH, T_THEAD, T_TIME, T_TITLE, T_TR, T_UL, T_VIDEO,
  T_COUNT
};

/* Sorted by name for bsearch. */
static const struct tagdef {
  const char *name;
  uint8_t tag;
} tagdefs[] = {
    {"a", T_A},           {"address", T_ADDRESS},   {"article", T_ARTICLE},   {"aside", T_ASIDE},
    {"audio", T_AUDIO},   {"blockquote", T_BLOCKQUOTE}, {"body", T_BODY},     {"br", T_BR},
    {"button", T_BUTTON}, {"canvas", T_CANVAS},     {"caption", T_CAPTION},   {"center", T_CENTER},
    {"dd", T_DD},         {"details", T_DETAILS},   {"dialog", T_DIALOG},     {"div", T_DIV},
    {"dl", T_DL},         {"dt", T_DT},             {"embed", T_EMBED},       {"fieldset", T_FIELDSET},
    {"figcaption", T_FIGCAPTION}, {"figure", T_FIGURE}, {"footer", T_FOOTER}, {"form", T_FORM},
    {"h1", T_H1},         {"h2", T_H2},             {"h3", T_H3},             {"h4", T_H4},
    {"h5", T_H5},         {"h6", T_H6},             {"head", T_HEAD},         {"header", T_HEADER},
    {"hr", T_HR},         {"html", T_HTML},         {"iframe", T_IFRAME},     {"img", T_IMG},
    {"input", T_INPUT},   {"label", T_LABEL},       {"legend", T_LEGEND},     {"li", T_LI},
    {"link", T_LINK},     {"main", T_MAIN},         {"math", T_MATH},         {"menu", T_MENU},
    {"meta", T_META},     {"nav", T_NAV},           {"noscript", T_NOSCRIPT}, {"object", T_OBJECT},
    {"ol", T_OL},         {"option", T_OPTION},     {"p", T_P},               {"pre", T_PRE},
    {"script", T_SCRIPT}, {"section", T_SECTION},   {"select", T_SELECT},     {"style", T_STYLE},
    {"summary", T_SUMMARY}, {"svg", T_SVG},         {"table", T_TABLE},       {"tbody", T_TBODY},
    {"td", T_TD},         {"template", T_TEMPLATE}, {"textarea", T_TEXTAREA}, {"tfoot", T_TFOOT},
    {"th", T_TH},         {"thead", T_THEAD},       {"time", T_TIME},         {"title", T_TITLE},
    {"tr", T_TR},         {"ul", T_UL},             {"video", T_VIDEO},
};

enum { K_BLOCK = 1, K_DROP = 2, K_PARA = 4, K_HEAD = 8 };

static uint8_t tagkind[T_COUNT];

static void init_tagkind(void) {
  static const uint8_t block[] = {T_ADDRESS, T_ARTICLE, T_ASIDE, T_BLOCKQUOTE, T_BODY, T_BR, T_CAPTION, T_CENTER,
                                  T_DD, T_DETAILS, T_DIALOG, T_DIV, T_DL, T_DT, T_FIELDSET, T_FIGCAPTION,
                                  T_FIGURE, T_FOOTER, T_FORM, T_H1, T_H2, T_H3, T_H4, T_H5, T_H6, T_HEAD,
                                  T_HEADER, T_HR, T_HTML, T_LEGEND, T_LI, T_MAIN, T_MENU, T_NAV, T_OL, T_OPTION,
                                  T_P, T_PRE, T_SECTION, T_SUMMARY, T_TABLE, T_TBODY, T_TD, T_TFOOT, T_TH,
                                  T_THEAD, T_TITLE, T_TR, T_UL, T_IFRAME, T_NOSCRIPT, T_SELECT, T_TEXTAREA,
                                  T_BUTTON, T_VIDEO, T_AUDIO, T_OBJECT, T_CANVAS, T_SVG, T_MATH, T_TEMPLATE};
  static const uint8_t drop[] = {T_HEAD, T_SCRIPT, T_STYLE, T_NOSCRIPT, T_TEMPLATE, T_SVG, T_MATH, T_IFRAME,
                                 T_OBJECT, T_EMBED, T_CANVAS, T_VIDEO, T_AUDIO, T_BUTTON, T_SELECT, T_OPTION,
                                 T_TEXTAREA, T_INPUT, T_LABEL, T_NAV, T_ASIDE, T_FOOTER, T_HEADER, T_FIGURE,
                                 T_FIGCAPTION, T_DIALOG, T_MENU, T_TITLE};
  static const uint8_t para[] = {T_P, T_LI, T_DD, T_DT, T_TD, T_TH, T_PRE, T_BLOCKQUOTE, T_ADDRESS};
  static const uint8_t heads[] = {T_H1, T_H2, T_H3, T_H4, T_H5, T_H6};
  for (size_t i = 0; i < sizeof block; i++) tagkind[block[i]] |= K_BLOCK;
  for (size_t i = 0; i < sizeof drop; i++) tagkind[drop[i]] |= K_DROP;
  for (size_t i = 0; i < sizeof para; i++) tagkind[para[i]] |= K_PARA;
  for (size_t i = 0; i < sizeof heads; i++) tagkind[heads[i]] |= K_HEAD;
}

static int tag_cmp(const void *k, const void *e) { return strcmp(k, ((const struct tagdef *)e)->name); }

static uint8_t tag_of(const char *name) {
  const struct tagdef *d = bsearch(name, tagdefs, sizeof tagdefs / sizeof tagdefs[0], sizeof tagdefs[0], tag_cmp);
  return d ? d->tag : T_OTHER;
}

/* ------------------------------------------------------ class/id words */

/* Words of a class or id that mark boilerplate / article content.  A
 * class or id is split into words at anything not a letter or digit and at
 * lower-to-upper case changes ("read__content" -> read, content;
 * "articleBody" -> article, body). */
static const char *const neg_words[] = {
    "ad", "ads", "adv", "advert", "advertisement", "adsbygoogle", "iklan", "banner", "sponsor", "sponsored",
    "promo", "baca", "juga", "bacajuga", "lihatjg", "linksisip", "share", "sharing", "sharer", "social", "sosmed",
    "related", "terkait", "lainnya", "comment", "comments", "komentar", "disqus", "fbcomment", "respond",
    "sidebar", "widget", "nav", "navbar", "navigation", "menu", "footer", "foot", "header", "masthead",
    "breadcrumb", "breadcrumbs", "tag", "tags", "tagcloud", "topik", "popular", "populer", "terpopuler",
    "trending", "most", "newsletter", "subscribe", "langganan", "recommend", "rekomendasi", "byline", "credit",
    "meta", "date", "time", "caption", "photo", "foto", "gallery", "video", "embed", "paging", "pagination",
    "pager", "print", "cetak", "kirim", "login", "search", "cari", "cookie", "modal", "popup", "overlay",
    "parallax", "parallaxindetail", "copyright", "disclaimer", "prev", "next", "nextprev", "title", "info",
    "author", "penulis", "editor", "btn", "button", "skip", "toolbar", "jajak", "polling", "kotak", "indeks",
    "gnews", "google", "relatedposts", "sharedaddy", "outbrain", "taboola", "mgid", "paywall", "subscription",
    "tweet", "instagram", "tiktok", NULL};
static const char *const pos_words[] = {"article", "artikel", "content", "konten", "body", "text", "txt",
                                        "story", "isi", "berita", "detail", "main", "naskah", "teks",
                                        "bodycontent", "articlebody", "articlecontent", "postcontent",
                                        "entry", "news", "read", NULL};
/* Stems that mark boilerplate anywhere inside a class word. */
static const char *const neg_stems[] = {"related", "comment", "komentar", "sidebar", "share", "social", "paywall",
                                        "baca-juga", "bacajuga", "advert", "sponsor", "newsletter",
                                        "breadcrumb", "terpopuler", "popular", "terkait", NULL};

enum { H_NEG = 1, H_POS = 2 };

/* The class words in an open-addressing hash set, built once. */
enum { WORDS_CAP = 1024 };
static struct {
  const char *w;
  uint8_t len, flags;
} classwords[WORDS_CAP];

static uint32_t hash_bytes(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static void add_word(const char *w, uint8_t flag) {
  size_t n = strlen(w);
  for (uint32_t i = hash_bytes(w, n) & (WORDS_CAP - 1);; i = (i + 1) & (WORDS_CAP - 1)) {
    if (!classwords[i].w) {
      classwords[i].w = w;
      classwords[i].len = (uint8_t)n;
      classwords[i].flags = flag;
      return;
    }
    if (classwords[i].len == n && !memcmp(classwords[i].w, w, n)) {
      classwords[i].flags |= flag;
      return;
    }
  }
}

static int word_flags(const char *w, size_t n) {
  for (uint32_t i = hash_bytes(w, n) & (WORDS_CAP - 1); classwords[i].w; i = (i + 1) & (WORDS_CAP - 1))
    if (classwords[i].len == n && !memcmp(classwords[i].w, w, n)) return classwords[i].flags;
  return 0;
}

static void init_words(void) {
  for (int i = 0; neg_words[i]; i++) add_word(neg_words[i], H_NEG);
  for (int i = 0; pos_words[i]; i++) add_word(pos_words[i], H_POS);
}

static int hints_uncached(const char *v) {
  int h = 0;
  char w[64];
  size_t n = 0;
  for (const char *p = v;; p++) {
    unsigned char c = (unsigned char)*p;
    /* a token that opens with "__" names a framework's root ("__next",
       "__nuxt", "__layout"), not what it holds: no words from it */
    if (c == '_' && p[1] == '_' && (p == v || wt_space((unsigned char)p[-1]))) {
      n = 0;
      while (*p && !wt_space((unsigned char)*p)) p++;
      if (!*p) break;
      continue;
    }
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    bool upper_break = c >= 'A' && c <= 'Z' && n > 0 && p > v && p[-1] >= 'a' && p[-1] <= 'z';
    if (!alnum || upper_break) {
      if (n > 0 && n < sizeof w) h |= word_flags(w, n);
      n = 0;
      if (!c) break;
      if (!alnum) continue;
    }
    if (n < sizeof w) w[n++] = (char)wt_lower(c);
    else n = sizeof w; /* too long to be a word we know */
  }
  if (h & H_NEG) return h;
  /* whole tokens (space separated) containing a stem */
  for (const char *p = v; *p;) {
    while (*p && wt_space((unsigned char)*p)) p++;
    const char *a = p;
    while (*p && !wt_space((unsigned char)*p)) p++;
    size_t len = (size_t)(p - a);
    if (len >= 5 && len < 128) {
      char tok[128];
      for (size_t i = 0; i < len; i++) tok[i] = (char)wt_lower((unsigned char)a[i]);
      for (int i = 0; neg_stems[i]; i++)
        if (memmem(tok, len, neg_stems[i], strlen(neg_stems[i]))) return h | H_NEG;
    }
  }
  return h;
}

/* Pages repeat the same class strings ("most__item" twenty times): a small
 * cache of the last results, per reader. */
enum { HCACHE = 2048, HCACHE_LEN = 48 };
typedef struct hcache {
  char s[HCACHE_LEN];
  uint8_t len, flags, used;
} hcache;

/* ------------------------------------------------------------- the reader */

typedef struct trim_event {
  uint32_t off; /* a start tag's '<' in the prepass's output */
  uint8_t kind; /* EV_* */
} trim_event;

typedef struct el {
  uint32_t parent; /* UINT32_MAX for the root */
  uint32_t end;    /* one past the last element of the subtree */
  uint32_t blk;    /* nearest block-level element (itself when block-level) */
  uint32_t text, links, good, bad; /* characters in the subtree: all, in links, prose, other */
  float score, s0;                 /* candidate score; score from its own paragraphs */
  uint8_t tag;
  uint8_t flags;
} el;

enum { EF_DROP = 1, EF_POS = 2, EF_NEG = 4, EF_BLOCKKIDS = 8, EF_LINK = 16, EF_BODY = 32, EF_H1 = 64, EF_TIME = 128 };

typedef struct block {
  uint32_t el;          /* its block-level container */
  uint32_t off, len;    /* bytes in pool */
  uint32_t chars, links;
  uint16_t commas;
  uint8_t tag;
  uint8_t prose;        /* reads like article prose */
} block;

/* Past these a page's further elements count as inline text of the last
 * one kept, and further blocks are dropped: memory stays bounded on hostile
 * pages (2M elements are ~80 MB of table). */
enum { MAX_ELEMS = 2u * 1024 * 1024, MAX_BLOCKS = 2u * 1024 * 1024 };
/* Buffers larger than this after a page are released, not kept. */
enum { KEEP_BYTES = 8u * 1024 * 1024 };

struct warta_html {
  hcache hc[HCACHE];
  const xmlChar *tag_names[256]; /* libxml2's interned names -> tags (valid for one ctxt) */
  uint8_t tag_vals[256];
  htmlParserCtxtPtr ctxt;
  const wt_libxml *xml; /* libxml2's functions (NULL: it could not be loaded) */
  unsigned ctxt_uses;
  wt_conv conv;
  wt_buf utf8, clean, trim, pool, out, out2, strs, titlebuf, h1buf, authorbuf;
  wt_pmeta meta;
  trim_event *events; /* the prepass's notes for the trim pass */
  size_t nevents, capevents;
  bool events_lost;   /* out of memory noting them: no trimming */
  size_t trim_stop;   /* the first tag libxml2 may read otherwise than the prepass: no trimming from there */
  el *els;
  size_t nels, capels;
  block *blocks;
  size_t nblocks, capblocks;
  /* parse state */
  uint32_t cur;         /* current element */
  uint32_t overflow;    /* elements beyond MAX_ELEMS still open */
  uint32_t cb_off, cb_chars, cb_links, cb_commas;
  bool cb_space;
  bool in_title, title_done, h1_done;
  uint32_t author_depth; /* > 0 inside an itemprop=author element whose text is the author */
  bool use_hints;
  bool keep_layout; /* WARTA_HTML_ALL_TEXT: nav, header, footer, aside, figure text kept */
  bool meta_done; /* the second parse of a page leaves the metadata alone */
  bool oom;
  char err[256];
  int64_t errpos;
};

static void init_lx(void);
static void note_tag(warta_html *h, const char *name, size_t nl, size_t off, bool author);
static void trim_stop_at(warta_html *h, size_t off);

static pthread_once_t once = PTHREAD_ONCE_INIT;
static void init_once(void) {
  init_tagkind();
  init_words();
  init_lx();
}

static int hints_of(warta_html *h, const char *v) {
  size_t n = strlen(v);
  if (n >= HCACHE_LEN) return hints_uncached(v);
  hcache *c = &h->hc[hash_bytes(v, n) & (HCACHE - 1)];
  if (c->used && c->len == n && !memcmp(c->s, v, n)) return c->flags;
  int f = hints_uncached(v);
  memcpy(c->s, v, n);
  c->len = (uint8_t)n;
  c->flags = (uint8_t)f;
  c->used = 1;
  return f;
}

static uint8_t tag_cached(warta_html *h, const xmlChar *name) {
  size_t k = ((uintptr_t)name >> 4) & 255;
  if (h->tag_names[k] == name) return h->tag_vals[k];
  uint8_t t = tag_of((const char *)name);
  h->tag_names[k] = name;
  h->tag_vals[k] = t;
  return t;
}

static int fail(warta_html *h, int code, int64_t pos, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static int fail(warta_html *h, int code, int64_t pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(h->err, sizeof h->err, fmt, ap);
  va_end(ap);
  h->errpos = pos;
  return code;
}

warta_html *warta_html_new(void) {
  pthread_once(&once, init_once);
  warta_html *h = wt_calloc(1, sizeof *h);
  if (!h) return NULL;
  h->errpos = -1;
  h->xml = wt_libxml_get(NULL); /* (NULL: warta_html_extract says why) */
  return h;
}

void warta_html_free(warta_html *h) {
  if (!h) return;
  if (h->ctxt) h->xml->free_ctxt(h->ctxt);
  wt_conv_free(&h->conv);
  wt_buf *bufs[] = {&h->utf8, &h->clean, &h->trim, &h->pool, &h->out, &h->out2, &h->strs, &h->titlebuf, &h->h1buf, &h->authorbuf};
  for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++) wt_buf_free(bufs[i]);
  wt_pmeta_free(&h->meta);
  wt_free(h->els);
  wt_free(h->blocks);
  wt_free(h->events);
  wt_free(h);
}

const char *warta_html_errmsg(const warta_html *h) { return h ? h->err : "no HTML reader"; }
int64_t warta_html_errpos(const warta_html *h) { return h ? h->errpos : -1; }

/* ------------------------------------------------------------ SAX side */

/* Room for one more element of `size` bytes in arr (len used of *cap):
 * arr itself, or arr grown (doubled, `first` at the start), or NULL when
 * memory runs out (arr is then left as it was). */
static void *array_room(void *arr, size_t *cap, size_t len, size_t size, size_t first) {
  if (len < *cap) return arr;
  size_t c = *cap ? *cap * 2 : first;
  void *p = wt_realloc(arr, c * size);
  if (p) *cap = c;
  return p;
}

static void add_block(warta_html *h) {
  if (h->pool.len == h->cb_off) return;
  if (h->nblocks == h->capblocks) {
    size_t cap = h->capblocks ? h->capblocks * 2 : 256;
    if (cap > MAX_BLOCKS) {
      h->pool.len = h->cb_off; /* past the limit: the text is dropped */
      goto reset;
    }
    block *b = wt_realloc(h->blocks, cap * sizeof *b);
    if (!b) {
      h->oom = true;
      return;
    }
    h->blocks = b;
    h->capblocks = cap;
  }
  block *b = &h->blocks[h->nblocks++];
  b->el = h->els[h->cur].blk;
  b->off = h->cb_off;
  b->len = (uint32_t)(h->pool.len - h->cb_off);
  b->chars = h->cb_chars;
  b->links = h->cb_links;
  b->commas = (uint16_t)(h->cb_commas > 65535 ? 65535 : h->cb_commas);
  b->tag = h->els[b->el].tag;
  b->prose = 0;
reset:
  h->cb_off = (uint32_t)h->pool.len;
  h->cb_chars = h->cb_links = h->cb_commas = 0;
  h->cb_space = false;
}

static const char *attr_val(const xmlChar **atts, const char *name) {
  if (!atts) return NULL;
  for (int i = 0; atts[i]; i += 2)
    if (!strcmp((const char *)atts[i], name)) return atts[i + 1] ? (const char *)atts[i + 1] : "";
  return NULL;
}

/* The flags a start tag gives its element by itself, apart from what it
 * inherits: EF_DROP (by its tag, hidden, aria-hidden, a landmark role,
 * display:none, or boilerplate class/id words when h->use_hints), EF_POS,
 * EF_NEG, EF_BODY.  One rule for the parse (on_start) and the trim pass. */
static uint8_t own_flags(warta_html *h, uint8_t tag, const xmlChar **atts) {
  uint8_t f = 0;
  if ((tagkind[tag] & K_DROP) && !(h->keep_layout && (tag == T_NAV || tag == T_ASIDE || tag == T_FOOTER || tag == T_HEADER ||
                                                       tag == T_FIGURE || tag == T_FIGCAPTION || tag == T_MENU ||
                                                       tag == T_LABEL || tag == T_BUTTON)))
    f |= EF_DROP;
  if (!atts) return f;
  int hint = 0;
  for (int k = 0; atts[k]; k += 2) {
    const char *an = (const char *)atts[k], *av = (const char *)atts[k + 1];
    if (!av) av = "";
    switch (an[0]) {
    case 'c':
      if (!strcmp(an, "class")) hint |= hints_of(h, av);
      break;
    case 'i':
      if (!strcmp(an, "id")) hint |= hints_of(h, av);
      else if (!strcmp(an, "itemprop") && wt_find_ci(av, strlen(av), "articlebody")) f |= EF_BODY;
      break;
    case 'h':
      if (!strcmp(an, "hidden")) f |= EF_DROP;
      break;
    case 'a':
      if (!strcmp(an, "aria-hidden") && !strcmp(av, "true")) f |= EF_DROP;
      break;
    case 'r':
      if (!strcmp(an, "role")) {
        static const char *const roles[] = {"navigation", "banner", "contentinfo", "complementary", "dialog",
                                            "search", "menu", "menubar", "alert", NULL};
        for (int r = 0; roles[r]; r++)
          if (!strcmp(av, roles[r])) f |= EF_DROP;
        if (!strcmp(av, "main") || !strcmp(av, "article")) f |= EF_POS;
      }
      break;
    case 's':
      if (!strcmp(an, "style") && (wt_find_ci(av, strlen(av), "display:none") ||
                                   wt_find_ci(av, strlen(av), "display: none") ||
                                   wt_find_ci(av, strlen(av), "visibility:hidden") ||
                                   wt_find_ci(av, strlen(av), "visibility: hidden")))
        f |= EF_DROP;
      break;
    default:
      break;
    }
  }
  if (hint & H_POS) f |= EF_POS;
  if ((hint & H_NEG) && !(hint & H_POS)) {
    f |= EF_NEG;
    if (h->use_hints && tag != T_BODY && tag != T_HTML && tag != T_MAIN && !(f & EF_BODY)) f |= EF_DROP;
  }
  if (hint & H_NEG) f &= (uint8_t)~EF_POS;
  return f;
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts) {
  warta_html *h = ((htmlParserCtxtPtr)ctx)->_private;
  if (h->oom) return;
  if (h->overflow || h->nels >= MAX_ELEMS) {
    h->overflow++;
    return;
  }
  uint8_t tag = tag_cached(h, name);
  uint8_t kind = tagkind[tag];
  if (h->author_depth) h->author_depth++;
  if (kind & K_BLOCK) add_block(h);
  el *grown = array_room(h->els, &h->capels, h->nels, sizeof *h->els, 1024);
  if (!grown) {
    h->oom = true;
    return;
  }
  h->els = grown;
  uint32_t i = (uint32_t)h->nels++, p = h->cur;
  el *e = &h->els[i];
  memset(e, 0, sizeof *e);
  e->parent = p;
  e->tag = tag;
  const el *pe = &h->els[p];
  e->flags = (uint8_t)((pe->flags & (EF_DROP | EF_LINK | EF_H1)) | own_flags(h, tag, atts));
  e->blk = (kind & K_BLOCK) ? i : pe->blk;
  if ((kind & K_BLOCK) && tag != T_BR && tag != T_HR) h->els[p].flags |= EF_BLOCKKIDS;
  if (tag == T_A) e->flags |= EF_LINK;
  if (tag == T_H1 && !h->h1_done && !h->meta_done) e->flags |= EF_H1;
  if (tag == T_TITLE && !h->title_done && !h->meta_done) h->in_title = true;
  if (atts && !h->meta_done) {
    int rc = 0;
    const char *ip = attr_val(atts, "itemprop");
    if (ip && !strcmp(ip, "author") && !h->meta.item_author && !h->author_depth) {
      const char *c = attr_val(atts, "content");
      if (c && *c) {
        rc = wt_pmeta_set(&h->meta, &h->meta.item_author, c, strlen(c));
      } else {
        h->author_depth = 1; /* its text, counted from the next element on */
        h->authorbuf.len = 0;
      }
    } else if (ip && !strcmp(ip, "datePublished")) {
      const char *d = attr_val(atts, "content");
      if (!d) d = attr_val(atts, "datetime");
      if (d) rc = wt_pmeta_set(&h->meta, &h->meta.item_date, d, strlen(d));
    }
    /* metadata */
    if (rc) {
    } else if (tag == T_META) {
      const char *content = attr_val(atts, "content");
      const char *key = attr_val(atts, "property");
      if (!key) key = attr_val(atts, "name");
      if (!key) key = attr_val(atts, "itemprop");
      if (key && content) rc = wt_pmeta_meta(&h->meta, key, content);
    } else if (tag == T_LINK) {
      const char *rel = attr_val(atts, "rel"), *href = attr_val(atts, "href");
      if (rel && href && wt_find_ci(rel, strlen(rel), "canonical"))
        rc = wt_pmeta_set(&h->meta, &h->meta.canonical, href, strlen(href));
    } else if (tag == T_TIME) {
      const char *dt = attr_val(atts, "datetime");
      if (dt) rc = wt_pmeta_set(&h->meta, &h->meta.time_date, dt, strlen(dt));
    } else if (tag == T_HTML) {
      const char *lang = attr_val(atts, "lang");
      if (lang) rc = wt_pmeta_set(&h->meta, &h->meta.lang, lang, strlen(lang));
    }
    if (rc) h->oom = true;
  }
  h->cur = i;
}

static void on_end(void *ctx, const xmlChar *name) {
  warta_html *h = ((htmlParserCtxtPtr)ctx)->_private;
  (void)name;
  if (h->overflow) {
    h->overflow--;
    return;
  }
  uint32_t i = h->cur;
  if (i == 0) return; /* the root is never closed */
  if (h->author_depth && --h->author_depth == 0) {
    if (h->authorbuf.len && wt_pmeta_set(&h->meta, &h->meta.item_author, h->authorbuf.p, h->authorbuf.len) != 0)
      h->oom = true;
  }
  el *e = &h->els[i];
  if (tagkind[e->tag] & K_BLOCK) add_block(h);
  if (e->tag == T_TITLE && h->in_title) {
    h->in_title = false;
    if (h->titlebuf.len) {
      h->title_done = true;
      if (wt_pmeta_set(&h->meta, &h->meta.title_tag, h->titlebuf.p, h->titlebuf.len) != 0) h->oom = true;
    }
  }
  if ((e->flags & EF_H1) && e->tag == T_H1) {
    if (h->h1buf.len) {
      h->h1_done = true;
      if (wt_pmeta_set(&h->meta, &h->meta.h1, h->h1buf.p, h->h1buf.len) != 0) h->oom = true;
    }
    h->h1buf.len = 0;
  }
  e->end = (uint32_t)h->nels;
  h->cur = e->parent;
}

static void on_text(void *ctx, const xmlChar *ch, int len) {
  warta_html *h = ((htmlParserCtxtPtr)ctx)->_private;
  if (h->oom || len <= 0) return;
  const el *e = &h->els[h->cur];
  if (h->in_title && h->titlebuf.len < 4096) {
    if (wt_buf_add(&h->titlebuf, ch, (size_t)len) != 0) h->oom = true;
    return;
  }
  if ((e->flags & EF_H1) && h->h1buf.len < 4096 && wt_buf_add(&h->h1buf, ch, (size_t)len) != 0) h->oom = true;
  if (h->author_depth && h->authorbuf.len < 512 && wt_buf_add(&h->authorbuf, ch, (size_t)len) != 0) h->oom = true;
  if (e->flags & EF_DROP) return;
  if (wt_buf_grow(&h->pool, (size_t)len + 1) != 0) {
    h->oom = true;
    return;
  }
  bool link = (e->flags & EF_LINK) != 0;
  char *o = h->pool.p + h->pool.len;
  uint32_t chars = 0, commas = 0;
  bool space = h->cb_space;
  bool empty = h->pool.len == h->cb_off;
  for (int i = 0; i < len; i++) {
    unsigned char c = ch[i];
    if (c > ' ' && c < 0x80 && c != ',' && !space) {
      /* the common case: a run of printable ASCII inside a word */
      int j = i;
      while (j < len && ch[j] > ' ' && ch[j] < 0x80 && ch[j] != ',') j++;
      memcpy(o, ch + i, (size_t)(j - i));
      o += j - i;
      chars += (uint32_t)(j - i);
      empty = false;
      i = j - 1;
      continue;
    }
    if (c <= ' ' && wt_space(c)) {
      space = true;
      continue;
    }
    if (c == 0xc2 && i + 1 < len && ch[i + 1] == 0xa0) { /* NBSP */
      space = true;
      i++;
      continue;
    }
    if (space && !empty) {
      *o++ = ' ';
      chars++;
    }
    space = false;
    empty = false;
    *o++ = (char)c;
    if ((c & 0xc0) != 0x80) chars++;
    if (c == ',') commas++;
  }
  h->cb_space = space;
  h->pool.len = (size_t)(o - h->pool.p);
  h->cb_chars += chars;
  if (link) h->cb_links += chars;
  h->cb_commas += commas;
}

/* ------------------------------------------------------ the fast prepass */

static bool name_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

/* End of the tag starting at s[i] == '<': the index of its '>' (quotes
 * respected), or n. */
static size_t tag_end(const char *s, size_t n, size_t i) {
  char q = 0;
  for (size_t k = i + 1; k < n; k++) {
    char c = s[k];
    if (q) {
      if (c == q) q = 0;
    } else if (c == '>') {
      return k;
    } else if ((c == '"' || c == '\'') && (s[k - 1] == '=' || wt_space((unsigned char)s[k - 1]))) {
      q = c;
    }
  }
  return n;
}

/* Is the attribute n[0..nl) of tag `tag` one the reader looks at? */
static bool keep_attr(const char *tag, size_t tl, const char *n, size_t nl, const char *v, size_t vl) {
  switch (nl) {
  case 2: return wt_prefix_ci(n, nl, "id");
  case 3: return wt_prefix_ci(n, nl, "rel");
  case 4:
    if (wt_prefix_ci(n, nl, "lang") || wt_prefix_ci(n, nl, "name") || wt_prefix_ci(n, nl, "role")) return true;
    /* href only for <link rel=canonical> */
    return wt_prefix_ci(n, nl, "href") && tl == 4 && wt_prefix_ci(tag, tl, "link");
  case 5:
    if (wt_prefix_ci(n, nl, "class")) return true;
    /* style only when it hides the element */
    return wt_prefix_ci(n, nl, "style") && v &&
           (wt_find_ci(v, vl, "none") || wt_find_ci(v, vl, "hidden"));
  case 6: return wt_prefix_ci(n, nl, "hidden");
  case 7: return wt_prefix_ci(n, nl, "content") || wt_prefix_ci(n, nl, "charset");
  case 8: return wt_prefix_ci(n, nl, "itemprop") || wt_prefix_ci(n, nl, "property") || wt_prefix_ci(n, nl, "datetime");
  case 10: return wt_prefix_ci(n, nl, "http-equiv");
  case 11: return wt_prefix_ci(n, nl, "aria-hidden");
  default: return false;
  }
}

/* Copies the start tag s[i..te] (te: its '>') to out with only the
 * attributes the reader looks at.  Returns whether one of them is an
 * itemprop naming an author. */
static bool copy_tag(wt_buf *out, const char *s, size_t i, size_t name_end, size_t te) {
  bool author = false;
  char *o = out->p + out->len;
  memcpy(o, s + i, name_end - i);
  o += name_end - i;
  const char *tag = s + i + 1;
  size_t tl = name_end - i - 1;
  size_t k = name_end;
  bool selfclose = te > name_end && s[te - 1] == '/';
  size_t end = selfclose ? te - 1 : te;
  while (k < end) {
    while (k < end && (wt_space((unsigned char)s[k]) || s[k] == '/')) k++;
    if (k >= end) break;
    size_t na = k;
    while (k < end && !wt_space((unsigned char)s[k]) && s[k] != '=' && s[k] != '/') k++;
    size_t nl = k - na;
    if (!nl) { /* a stray '=' */
      k++;
      continue;
    }
    size_t j = k;
    while (j < end && wt_space((unsigned char)s[j])) j++;
    size_t va = 0, vl = 0, aend = k;
    if (j < end && s[j] == '=') {
      j++;
      while (j < end && wt_space((unsigned char)s[j])) j++;
      if (j < end && (s[j] == '"' || s[j] == '\'')) {
        char q = s[j];
        size_t m = j + 1;
        while (m < te && s[m] != q) m++;
        va = j + 1;
        vl = m - va;
        aend = m < te ? m + 1 : te;
      } else {
        size_t m = j;
        while (m < end && !wt_space((unsigned char)s[m])) m++;
        va = j;
        vl = m - j;
        aend = m;
      }
      k = aend;
    }
    if (keep_attr(tag, tl, s + na, nl, vl ? s + va : NULL, vl)) {
      if (nl == 8 && wt_prefix_ci(s + na, nl, "itemprop") && wt_find_ci(s + na, aend - na, "author")) author = true;
      *o++ = ' ';
      memcpy(o, s + na, aend - na);
      o += aend - na;
    }
    if (aend <= na) k = na + nl; /* progress */
  }
  if (selfclose) *o++ = '/';
  *o++ = '>';
  out->len = (size_t)(o - out->p);
  return author;
}

/* Does a region about to be cut hold metadata (a <script> that may be
 * JSON-LD, <meta>, <link>, <time>, <h1>, <title>, itemprop=datePublished)? */
static bool region_has_meta(const char *s, size_t n) {
  static const char *const tags[] = {"<script", "<meta", "<link", "<time", "<h1", "<title", NULL};
  for (const char *p = s, *e = s + n; (p = memchr(p, '<', (size_t)(e - p))) != NULL; p++) {
    size_t left = (size_t)(e - p);
    if (left > 1 && (p[1] | 32) != 's' && (p[1] | 32) != 'm' && (p[1] | 32) != 'l' && (p[1] | 32) != 't' &&
        (p[1] | 32) != 'h')
      continue;
    for (int k = 0; tags[k]; k++)
      if (wt_prefix_ci(p, left, tags[k])) return true;
  }
  return wt_find_ci(s, n, "datepublished") != NULL;
}

/* Cuts scripts, styles, svg, math, noscript, template and comments out of
 * s[0..n) into h->clean, JSON-LD bodies going to the metadata; drops the
 * attributes the reader never looks at (href, src, srcset, data-*, ...);
 * and, unless keep_layout, replaces nav, aside, footer and embedded
 * content (iframe, select, video, ...) -- which the reader drops anyway --
 * by an empty element of the same name, keeping the block boundary. */
static int prepass(warta_html *h, const char *s, size_t n) {
  static const char *const cut[] = {"script", "style", "svg", "math", "noscript", "template", NULL};
  static const char *const empty[] = {"nav",   "aside", "footer", "select", "iframe", "object",
                                      "video", "audio", "canvas", "textarea", "button", NULL};
  /* their lengths, so that a tag name is compared only with names as long */
  static const unsigned char cut_len[] = {6, 5, 3, 4, 8, 8};
  static const unsigned char empty_len[] = {3, 5, 6, 6, 6, 6, 5, 5, 6, 8, 6};
  _Static_assert(sizeof cut_len == sizeof cut / sizeof *cut - 1, "a length for each name");
  _Static_assert(sizeof empty_len == sizeof empty / sizeof *empty - 1, "a length for each name");
  wt_buf *out = &h->clean;
  out->len = 0;
  h->nevents = 0;
  h->events_lost = false;
  h->trim_stop = SIZE_MAX;
  if (wt_buf_grow(out, n + 16) != 0) return -1;
  size_t i = 0, last = 0;
  while (i < n) {
    const char *lt = memchr(s + i, '<', n - i);
    if (!lt) break;
    i = (size_t)(lt - s);
    if (i + 1 >= n) break;
    unsigned char c1 = (unsigned char)s[i + 1];
    if (c1 == '!') {
      if (i + 3 < n && s[i + 2] == '-' && s[i + 3] == '-') {
        size_t e;
        if (i + 4 < n && s[i + 4] == '>') e = i + 5; /* <!--> */
        else if (i + 5 < n && s[i + 4] == '-' && s[i + 5] == '>') e = i + 6; /* <!---> */
        else {
          const char *x = i + 4 < n ? memmem(s + i + 4, n - i - 4, "-->", 3) : NULL;
          e = x ? (size_t)(x - s) + 3 : n;
        }
        memcpy(out->p + out->len, s + last, i - last);
        out->len += i - last;
        i = last = e;
        continue;
      }
      i++;
      continue;
    }
    if (!((c1 >= 'a' && c1 <= 'z') || (c1 >= 'A' && c1 <= 'Z'))) {
      /* an end tag libxml2 reads up to the next '>', whatever stands
       * between ("</h<div ...>"): where it may read otherwise than the
       * prepass, the trim pass stops */
      if (c1 == '/') {
        size_t j = i + 2;
        while (j < n && name_char((unsigned char)s[j])) j++;
        size_t nm = j - i - 2;
        while (j < n && wt_space((unsigned char)s[j])) j++;
        if (!nm || j >= n || s[j] != '>') trim_stop_at(h, out->len + (i - last));
      } else if (c1 == '!') {
        /* "<!DOCTYPE html>" is fine; "<![CDATA[", a doctype with a '<' in
         * it and the like are not (comments went above) */
        const char *gt = memchr(s + i + 1, '>', n - i - 1);
        const char *lt2 = memchr(s + i + 1, '<', n - i - 1);
        if (!wt_prefix_ci(s + i, n - i, "<!doctype") || !gt || (lt2 && lt2 < gt))
          trim_stop_at(h, out->len + (i - last));
      }
      i++;
      continue;
    }
    size_t a = i + 1, k = a;
    while (k < n && name_char((unsigned char)s[k])) k++;
    size_t nl = k - a;
    int which = -1, emp = -1;
    if (nl >= 3 && nl <= 8) {
      for (int w = 0; cut[w]; w++)
        if (cut_len[w] == nl && wt_prefix_ci(s + a, nl, cut[w])) which = w;
    }
    if (which < 0 && !h->keep_layout && nl >= 3 && nl <= 8) {
      for (int w = 0; empty[w]; w++)
        if (empty_len[w] == nl && wt_prefix_ci(s + a, nl, empty[w])) emp = w;
    }
    size_t te = tag_end(s, n, i);
    if (which < 0 && emp < 0) {
      /* an ordinary start tag: copied with the attributes that matter */
      memcpy(out->p + out->len, s + last, i - last);
      out->len += i - last;
      if (te >= n) {
        i = last = n;
        break;
      }
      size_t at = out->len;
      /* a '<' inside the tag, or a name libxml2 reads on (':', '_', '.'):
       * it may read this tag otherwise */
      if (memchr(s + i + 1, '<', te - i - 1) || (k < te && !wt_space((unsigned char)s[k]) && s[k] != '>' && s[k] != '/'))
        trim_stop_at(h, at);
      note_tag(h, s + a, nl, at, copy_tag(out, s, i, k, te));
      i = last = te + 1;
      continue;
    }
    if (emp >= 0) {
      /* nav, aside, footer ...: find the matching end tag, nesting counted */
      if (te >= n || s[te - 1] == '/') {
        i = te < n ? te + 1 : n;
        continue;
      }
      char open[16], close[16];
      snprintf(open, sizeof open, "<%s", empty[emp]);
      snprintf(close, sizeof close, "</%s", empty[emp]);
      size_t from = te + 1, depth = 1, e = n;
      while (from < n && depth > 0) {
        const char *x = wt_find_ci(s + from, n - from, close);
        const char *y = wt_find_ci(s + from, (x ? (size_t)(x - s) : n) - from, open);
        if (y) {
          size_t after = (size_t)(y - s) + strlen(open);
          if (after < n && (wt_space((unsigned char)s[after]) || s[after] == '>')) depth++;
          from = after;
          continue;
        }
        if (!x) break;
        size_t after = (size_t)(x - s) + strlen(close);
        from = after;
        if (after < n && (wt_space((unsigned char)s[after]) || s[after] == '>')) {
          if (--depth == 0) {
            size_t ce = tag_end(s, n, (size_t)(x - s));
            e = ce < n ? ce + 1 : n;
          }
        }
      }
      /* metadata inside (JSON-LD, a date, a canonical link, a title): keep it all */
      if (depth > 0 || region_has_meta(s + te + 1, e - te - 1)) {
        memcpy(out->p + out->len, s + last, i - last);
        out->len += i - last;
        size_t at = out->len;
        note_tag(h, s + a, nl, at, copy_tag(out, s, i, k, te));
        i = last = te + 1;
        continue;
      }
      memcpy(out->p + out->len, s + last, i - last);
      out->len += i - last;
      out->len += (size_t)sprintf(out->p + out->len, "<%s></%s>", empty[emp], empty[emp]);
      i = last = e;
      continue;
    }
    /* a tag to cut with its content */
    size_t e = n;
    bool selfclose = te < n && s[te - 1] == '/' && (which == 2 || which == 3);
    if (te >= n) {
      e = n;
    } else if (selfclose) {
      e = te + 1;
    } else {
      char close[16];
      snprintf(close, sizeof close, "</%s", cut[which]);
      size_t from = te + 1;
      const char *x = NULL;
      while (from < n && (x = wt_find_ci(s + from, n - from, close)) != NULL) {
        size_t after = (size_t)(x - s) + strlen(close);
        if (after >= n || wt_space((unsigned char)s[after]) || s[after] == '>' || s[after] == '/') break;
        from = after;
        x = NULL;
      }
      size_t cstart = x ? (size_t)(x - s) : n;
      if (which == 0) { /* a JSON-LD script keeps its body for the metadata */
        const char *ty = wt_find_ci(s + a, te - a, "ld+json");
        if (ty && !h->meta_done && wt_pmeta_jsonld(&h->meta, s + te + 1, cstart - te - 1) != 0) return -1;
      }
      if (x) {
        size_t ce = tag_end(s, n, cstart);
        e = ce < n ? ce + 1 : n;
      }
    }
    memcpy(out->p + out->len, s + last, i - last);
    out->len += i - last;
    i = last = e;
  }
  memcpy(out->p + out->len, s + last, n - last);
  out->len += n - last;
  out->p[out->len] = 0;
  return 0;
}

/* ----------------------------------------------------------- the trim pass */

/* A subtree the parse would drop whole (a share bar, a related-articles box,
 * a comment section, a <header>) still costs libxml2 every character and
 * tag.  The trim pass empties such subtrees in the prepass's output before
 * the first parse -- but only where it can tell exactly where libxml2 would
 * end the subtree, so that the parse sees the same elements and text
 * everywhere else and the output does not change (test_html checks it on
 * every fixture page and tests/data/html/trim; fuzz_html on its corpus).
 * It mirrors the rules of libxml2's HTML parser that decide where an element
 * ends: empty elements, start tags that close the open element ("<li>"
 * closes an open <li>), and end tags that close what is open above them
 * unless an element of higher priority (<div>, table parts) stands in
 * between.  Anything it does not model -- a stray end tag, <html>/<body>
 * inside, an entity in an attribute, deep nesting, the end of the page --
 * and the subtree is left for libxml2.  Subtrees holding metadata (<meta>,
 * <link>, <time>, <title>, <h1>, itemprop) are kept, and so is everything
 * inside an <h1> or <title> or after an itemprop=author (their text is read
 * even where dropped).  The prepass notes where the candidate start tags
 * are, so the trim pass reads only those and the subtrees it empties. */

/* A tag name, lowercased, packed into 16 bytes (longer names: not read). */
typedef struct lxname {
  uint64_t a, b;
} lxname;

static bool lx_eq(lxname x, lxname y) { return x.a == y.a && x.b == y.b; }

enum { LX_VOID = 1, LX_META = 2, LX_ROOT = 4, LX_HIGH = 8 };

/* What the trim pass knows of a tag name. */
typedef struct lxinfo {
  lxname name;
  uint64_t closes; /* the open elements its start tag closes, by closable index */
  uint8_t flags;   /* LX_* */
  uint8_t prio;    /* end-tag priority */
  uint8_t cidx;    /* its own closable index, or 255 */
} lxinfo;

/* libxml2 2.9's start tags that close the open element: each row is a start
 * tag, then the elements it closes. */
#define LX_H "h1", "h2", "h3", "h4", "h5", "h6"
#define LX_FONTSTYLE "tt", "i", "b", "u", "s", "strike", "big", "small"
static const char *const lx_closes[] = {
    "form", "form", "p", "hr", LX_H, "dl", "ul", "ol", "menu", "dir", "address", "pre", "listing", "xmp", "head", NULL,
    "head", "p", NULL,
    "title", "p", NULL,
    "body", "head", "style", "link", "title", "p", NULL,
    "frameset", "head", "style", "link", "title", "p", NULL,
    "li", "p", LX_H, "dl", "address", "pre", "listing", "xmp", "head", "li", NULL,
    "hr", "p", "head", NULL,
    "h1", "p", "head", NULL,
    "h2", "p", "head", NULL,
    "h3", "p", "head", NULL,
    "h4", "p", "head", NULL,
    "h5", "p", "head", NULL,
    "h6", "p", "head", NULL,
    "dir", "p", "head", NULL,
    "address", "p", "head", "ul", NULL,
    "pre", "p", "head", "ul", NULL,
    "listing", "p", "head", NULL,
    "xmp", "p", "head", NULL,
    "blockquote", "p", "head", NULL,
    "dl", "p", "dt", "menu", "dir", "address", "pre", "listing", "xmp", "head", NULL,
    "dt", "p", "menu", "dir", "address", "pre", "listing", "xmp", "head", "dd", NULL,
    "dd", "p", "menu", "dir", "address", "pre", "listing", "xmp", "head", "dt", NULL,
    "ul", "p", "head", "ol", "menu", "dir", "address", "pre", "listing", "xmp", NULL,
    "ol", "p", "head", "ul", NULL,
    "menu", "p", "head", "ul", NULL,
    "p", "p", "head", LX_H, LX_FONTSTYLE, NULL,
    "div", "p", "head", NULL,
    "noscript", "p", "head", NULL,
    "center", "font", "b", "i", "p", "head", NULL,
    "a", "a", NULL,
    "caption", "p", NULL,
    "colgroup", "caption", "colgroup", "col", "p", NULL,
    "col", "caption", "col", "p", NULL,
    "table", "p", "head", LX_H, "pre", "listing", "xmp", "a", NULL,
    "th", "th", "td", "p", "span", "font", "a", "b", "i", "u", NULL,
    "td", "th", "td", "p", "span", "font", "a", "b", "i", "u", NULL,
    "tr", "th", "td", "tr", "caption", "col", "colgroup", "p", NULL,
    "thead", "caption", "col", "colgroup", NULL,
    "tfoot", "th", "td", "tr", "caption", "col", "colgroup", "thead", "tbody", "p", NULL,
    "tbody", "th", "td", "tr", "caption", "col", "colgroup", "thead", "tfoot", "tbody", "p", NULL,
    "optgroup", "option", NULL,
    "option", "option", NULL,
    "fieldset", "legend", "p", "head", LX_H, "pre", "listing", "xmp", "a", NULL,
    NULL};
/* libxml2 2.9's empty elements (no content, no end tag). */
static const char *const lx_voids[] = {"area", "base", "basefont", "br",   "col",  "embed", "frame",
                                       "hr",   "img",  "input",    "isindex", "link", "meta", "param", NULL};
/* libxml2 2.9's end-tag priorities (others: 100). */
static const struct {
  const char *t;
  uint8_t p;
} lx_prios[] = {{"div", 150},   {"td", 160},    {"th", 160},    {"tr", 170},   {"thead", 180}, {"tbody", 180},
                {"tfoot", 180}, {"table", 190}, {"head", 200},  {"body", 200}, {"html", 220},  {NULL, 0}};
/* Start tags that end the trimming of a subtree they appear in: metadata,
 * and what libxml2 treats specially. */
static const char *const lx_metas[] = {"meta", "link", "time", "title", "h1", "html", "head", "body",
                                       "frameset", "script", "style", "plaintext", NULL};
/* The tags whose subtrees the trim pass empties: never closed by a start
 * tag of their own subtree except ul/ol (which the mirror handles). */
static const char *const lx_roots[] = {"div", "section", "article", "header", "figure", "ul", "ol", NULL};

enum { LX_MAX = 160 };
static lxinfo lx_tab[LX_MAX];
static size_t lx_n;

/* Packs s[0..n) lowercased; false when longer than 16 bytes. */
static bool lx_pack(const char *s, size_t n, lxname *out) {
  if (n > 16) return false;
  unsigned char b[16] = {0};
  for (size_t i = 0; i < n; i++) b[i] = (unsigned char)wt_lower((unsigned char)s[i]);
  memcpy(&out->a, b, 8);
  memcpy(&out->b, b + 8, 8);
  return true;
}

static int lx_cmp(const void *x, const void *y) {
  const lxinfo *p = x, *q = y;
  if (p->name.a != q->name.a) return p->name.a < q->name.a ? -1 : 1;
  if (p->name.b != q->name.b) return p->name.b < q->name.b ? -1 : 1;
  return 0;
}

/* The entry for a name, added when missing (only while building). */
static lxinfo *lx_entry(const char *t) {
  static lxinfo spare;
  lxname k;
  lx_pack(t, strlen(t), &k);
  for (size_t i = 0; i < lx_n; i++)
    if (lx_eq(lx_tab[i].name, k)) return &lx_tab[i];
  if (lx_n == LX_MAX) return &spare; /* cannot happen: LX_MAX holds the tables above */
  lxinfo *e = &lx_tab[lx_n++];
  memset(e, 0, sizeof *e);
  e->name = k;
  e->prio = 100;
  e->cidx = 255;
  return e;
}

static void init_lx(void) {
  /* the closable names get indexes 0..63 (46 of them) */
  uint8_t ncl = 0;
  for (size_t i = 0; lx_closes[i]; i++) {
    lx_entry(lx_closes[i]);
    for (i++; lx_closes[i]; i++) {
      lxinfo *old = lx_entry(lx_closes[i]);
      if (old->cidx == 255) old->cidx = ncl++;
    }
  }
  if (ncl > 64) { /* cannot happen with the tables above; no trimming then */
    lx_n = 0;
    return;
  }
  /* second walk: the masks, now that every closable name has its index */
  for (size_t i = 0; lx_closes[i]; i++) {
    lxinfo *row = lx_entry(lx_closes[i]);
    uint64_t m = 0;
    for (i++; lx_closes[i]; i++) m |= 1ull << lx_entry(lx_closes[i])->cidx;
    row->closes = m;
  }
  for (int i = 0; lx_voids[i]; i++) lx_entry(lx_voids[i])->flags |= LX_VOID;
  for (int i = 0; lx_metas[i]; i++) lx_entry(lx_metas[i])->flags |= LX_META;
  for (int i = 0; lx_roots[i]; i++) lx_entry(lx_roots[i])->flags |= LX_ROOT;
  for (int i = 0; lx_prios[i].t; i++) {
    lxinfo *e = lx_entry(lx_prios[i].t);
    e->prio = lx_prios[i].p;
    if (e->prio > 100) e->flags |= LX_HIGH;
  }
  qsort(lx_tab, lx_n, sizeof lx_tab[0], lx_cmp);
}

static const lxinfo lx_other = {{0, 0}, 0, 0, 100, 255};

static const lxinfo *lx_find(lxname k) {
  lxinfo key = {.name = k};
  const lxinfo *e = bsearch(&key, lx_tab, lx_n, sizeof lx_tab[0], lx_cmp);
  return e ? e : &lx_other;
}

/* Reads the tag name at s[i] (just past '<' or "</") the way libxml2 does (a
 * letter, then letters, digits, ':', '-', '_', '.'); returns its end, or 0
 * when the trim pass does not read it exactly (longer than 16 bytes, or
 * followed by anything but a space, '>' or '/'). */
static size_t trim_name(const char *s, size_t n, size_t i, lxname *k) {
  size_t j = i;
  if (j >= n || !((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) return 0;
  for (j++; j < n && ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') || (s[j] >= '0' && s[j] <= '9') ||
                      s[j] == ':' || s[j] == '-' || s[j] == '_' || s[j] == '.');
       j++)
    ;
  if (j >= n || (s[j] != '>' && s[j] != '/' && !wt_space((unsigned char)s[j]))) return 0;
  return lx_pack(s + i, j - i, k) ? j : 0;
}

enum { TRIM_DEPTH = 128, TRIM_ATTS = 16 };

/* The attributes of the start tag s[k..te) (te: its '>') as libxml2 passes
 * them to on_start: names lowercased, the first of a repeated name, values
 * verbatim (copied into buf).  Returns false when the tag is not in the plain
 * form the trim pass reads exactly (an entity, a stray quote, too many). */
static bool trim_atts(const char *s, size_t k, size_t te, char *buf, size_t cap, const xmlChar **atts) {
  size_t na = 0, used = 0;
  while (k < te) {
    while (k < te && wt_space((unsigned char)s[k])) k++;
    if (k >= te || (s[k] == '/' && k + 1 == te)) break;
    size_t a = k;
    while (k < te && (s[k] == '-' || s[k] == ':' || s[k] == '_' || (s[k] >= 'a' && s[k] <= 'z') ||
                      (s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= '0' && s[k] <= '9')))
      k++;
    if (k == a || (k < te && s[k] != '=' && !wt_space((unsigned char)s[k]) && !(s[k] == '/' && k + 1 == te)))
      return false;
    size_t nl = k - a, va = 0, vl = 0;
    bool has_v = false;
    if (k < te && s[k] == '=') {
      k++;
      has_v = true;
      if (k < te && (s[k] == '"' || s[k] == '\'')) {
        char q = s[k++];
        va = k;
        while (k < te && s[k] != q) k++;
        if (k >= te) return false;
        vl = k - va;
        k++;
        if (k < te && !wt_space((unsigned char)s[k]) && !(s[k] == '/' && k + 1 == te)) return false;
      } else {
        va = k;
        while (k < te && !wt_space((unsigned char)s[k]) && s[k] != '"' && s[k] != '\'' && s[k] != '=' &&
               s[k] != '<' && s[k] != '`')
          k++;
        vl = k - va;
        if (!vl || (k < te && !wt_space((unsigned char)s[k]))) return false;
        if (s[k - 1] == '/' && k == te) return false; /* <a b=c/>: the slash is the value's */
      }
      if (memchr(s + va, '&', vl)) return false;
    }
    if (used + nl + vl + 2 > cap || na + 2 >= TRIM_ATTS * 2) return false;
    char *nm = buf + used;
    for (size_t j = 0; j < nl; j++) nm[j] = (char)wt_lower((unsigned char)s[a + j]);
    nm[nl] = 0;
    used += nl + 1;
    bool dup = false;
    for (size_t j = 0; j < na; j += 2)
      if (!strcmp((const char *)atts[j], nm)) dup = true;
    if (dup) continue;
    atts[na++] = (const xmlChar *)nm;
    if (has_v) {
      char *v = buf + used;
      memcpy(v, s + va, vl);
      v[vl] = 0;
      used += vl + 1;
      atts[na++] = (const xmlChar *)v;
    } else {
      atts[na++] = NULL;
    }
  }
  atts[na] = NULL;
  return true;
}

/* The subtree whose start tag ends at s[te] (its root: r): where libxml2
 * ends it -- one past its end tag -- or 0 when the trim pass cannot tell or
 * the subtree holds metadata. */
static size_t trim_region(const char *s, size_t n, size_t te, const lxinfo *r) {
  const lxinfo *st[TRIM_DEPTH];
  lxinfo others[TRIM_DEPTH];
  size_t depth = 1;
  st[0] = r;
  size_t i = te + 1;
  while (i < n) {
    const char *lt = memchr(s + i, '<', n - i);
    if (!lt) return 0;
    i = (size_t)(lt - s);
    if (i + 1 >= n) return 0;
    char c1 = s[i + 1];
    lxname k;
    if (c1 == '/') {
      size_t e = trim_name(s, n, i + 2, &k);
      if (!e) return 0;
      while (e < n && wt_space((unsigned char)s[e])) e++;
      if (e >= n || s[e] != '>') return 0;
      /* libxml2: the nearest open element of that name closes with all above
         it, unless one above has a higher priority (then nothing happens) */
      const lxinfo *t = lx_find(k);
      size_t d = depth;
      bool blocked = false;
      while (d > 0 && !lx_eq(st[d - 1]->name, k)) {
        if (st[d - 1]->prio > t->prio) blocked = true;
        d--;
      }
      if (!blocked) {
        if (d == 0) return 0; /* an element opened before the subtree, or none */
        if (d == 1) return e + 1;
        depth = d - 1;
      }
      i = e + 1;
      continue;
    }
    if (!((c1 >= 'a' && c1 <= 'z') || (c1 >= 'A' && c1 <= 'Z'))) {
      if (c1 == '!' || c1 == '?') return 0;
      i++;
      continue;
    }
    size_t ke = trim_name(s, n, i + 1, &k);
    if (!ke) return 0;
    size_t e = tag_end(s, n, i);
    if (e >= n) return 0;
    const lxinfo *t = lx_find(k);
    if (t->flags & LX_META) return 0;
    if (e > ke + 8 && wt_find_ci(s + ke, e - ke, "itemprop")) return 0;
    /* libxml2: a start tag first closes the open elements it ends */
    while (depth > 0 && st[depth - 1]->cidx != 255 && (t->closes >> st[depth - 1]->cidx & 1)) {
      if (depth == 1) return 0;
      depth--;
    }
    bool selfclose = false;
    if (s[e - 1] == '/') {
      /* "<br/>", '<i class="x"/>'; in '<a b=c/>' the slash is the value's */
      if (e - 1 == ke || wt_space((unsigned char)s[e - 2]) || s[e - 2] == '"' || s[e - 2] == '\'') selfclose = true;
      else return 0;
    }
    if (!(selfclose || (t->flags & LX_VOID))) {
      if (depth == TRIM_DEPTH) return 0;
      if (t == &lx_other) {
        /* a name the table does not know: kept by value for matching its end */
        others[depth] = lx_other;
        others[depth].name = k;
        st[depth] = &others[depth];
        depth++;
      } else {
        st[depth++] = t;
      }
    }
    i = e + 1;
  }
  return 0;
}

/* Where in the prepass's output a start tag of interest to the trim pass
 * is: a root (lx_roots), an <h1> or <title>, or an itemprop=author. */
enum { EV_ROOT, EV_HEAD, EV_OFF };

static void note_tag(warta_html *h, const char *name, size_t nl, size_t off, bool author) {
  /* the roots are lx_roots, the one list the trim pass reads them from */
  lxname k;
  uint8_t kind;
  if (author) kind = EV_OFF;
  else if ((nl == 2 && wt_prefix_ci(name, 2, "h1")) || (nl == 5 && wt_prefix_ci(name, 5, "title"))) kind = EV_HEAD;
  else if (nl >= 2 && nl <= 7 && lx_pack(name, nl, &k) && (lx_find(k)->flags & LX_ROOT)) kind = EV_ROOT;
  else return;
  trim_event *grown = array_room(h->events, &h->capevents, h->nevents, sizeof *h->events, 256);
  if (!grown) {
    h->events_lost = true;
    return;
  }
  h->events = grown;
  h->events[h->nevents].off = (uint32_t)off;
  h->events[h->nevents].kind = kind;
  h->nevents++;
}

static void trim_stop_at(warta_html *h, size_t off) {
  if (off < h->trim_stop) h->trim_stop = off;
}

/* Empties, in s[0..n) (the prepass's output), the subtrees the first parse
 * would drop whole, into h->trim. */
static int trim(warta_html *h, const char *s, size_t n) {
  wt_buf *out = &h->trim;
  out->len = 0;
  if (wt_buf_grow(out, n + 1) != 0) return -1;
  size_t last = 0, skip = 0;
  for (size_t v = 0; v < h->nevents && !h->events_lost; v++) {
    size_t i = h->events[v].off;
    if (i >= h->trim_stop) break;
    if (i < last || i < skip) continue;
    if (h->events[v].kind == EV_OFF) break; /* an itemprop=author: its text is read even where dropped */
    lxname k;
    size_t ke = trim_name(s, n, i + 1, &k);
    if (!ke) continue;
    size_t te = tag_end(s, n, i);
    if (te >= n) break;
    if (h->events[v].kind == EV_HEAD) {
      /* nothing inside an <h1> or <title> (its text is read even where
         dropped); stop at an element libxml2 would not let its end tag close */
      const char *end = wt_find_ci(s + te, n - te, ke - i - 1 == 2 ? "</h1" : "</title");
      if (!end) break;
      skip = (size_t)(end - s);
      bool high = false;
      for (const char *p = s + te; (p = memchr(p, '<', (size_t)(end - p))) != NULL; p++) {
        lxname q;
        if (trim_name(s, n, (size_t)(p - s) + 1, &q) && (lx_find(q)->flags & LX_HIGH)) high = true;
      }
      if (high) break;
      continue;
    }
    /* a '<' since the last '>': libxml2 may still be inside that tag (an
     * end tag like "</h" swallows up to the next '>'), not at this one */
    size_t back = i;
    while (back > 0 && s[back - 1] != '>' && s[back - 1] != '<') back--;
    if (back > 0 && s[back - 1] == '<') continue;
    char buf[512];
    const xmlChar *atts[TRIM_ATTS * 2 + 1];
    const lxinfo *r = lx_find(k);
    if (!(r->flags & LX_ROOT) || s[te - 1] == '/' || !trim_atts(s, ke, te, buf, sizeof buf, atts)) continue;
    char tname[17] = {0};
    memcpy(tname, &k.a, 8);
    memcpy(tname + 8, &k.b, 8);
    if (!(own_flags(h, tag_of(tname), atts[0] ? atts : NULL) & EF_DROP)) continue;
    size_t e = trim_region(s, n < h->trim_stop ? n : h->trim_stop, te, r);
    if (!e) continue;
    size_t tl = strlen(tname);
    memcpy(out->p + out->len, s + last, te + 1 - last);
    out->len += te + 1 - last;
    out->p[out->len++] = '<';
    out->p[out->len++] = '/';
    memcpy(out->p + out->len, tname, tl);
    out->len += tl;
    out->p[out->len++] = '>';
    last = e;
  }
  memcpy(out->p + out->len, s + last, n - last);
  out->len += n - last;
  out->p[out->len] = 0;
  return 0;
}

/* ------------------------------------------------------- block filters */

/* Prefixes of blocks that are never article text (case-insensitive). */
static const char *const boiler_prefix[] = {
    "baca juga", "baca:", "bacajuga", "baca lagi", "baca selengkapnya", "baca berita", "lihat juga", "simak juga",
    "simak video", "simak berita", "simak selengkapnya", "tonton juga", "tonton video", "saksikan video",
    "saksikan juga", "artikel ini telah tayang", "artikel ini sudah tayang", "dapatkan update",
    "dapatkan berita", "dapatkan informasi", "ikuti kami", "ikuti berita", "ikuti juga", "ikuti saluran",
    "follow kami", "pewarta:", "pewarta :", "editor:", "editor :", "penulis:", "penulis :", "reporter:",
    "reporter :", "redaktur:", "redaktur :", "laporan:", "laporan wartawan", "sumber:", "sumber :", "foto:",
    "foto :", "copyright", "hak cipta", "advertisement", "scroll to continue", "scroll untuk",
    "tags:", "tag:", "topik:", "topik terkait", "halaman selanjutnya", "halaman berikutnya", "selanjutnya:",
    "berita terkait", "artikel terkait", "pilihan editor", "klik di sini", "klik disini", "download aplikasi",
    "unduh aplikasi", "cek berita", "update berita", "bagikan:", "share:", "komentar", "berikan komentar",
    "tulis komentar", NULL};
static const char *const boiler_line[] = {"iklan", "advertisement", "ads", "bagikan", "share", "tag", "tags",
                                          "komentar", "loading...", "baca juga", NULL};

static bool is_byline_code(const char *s, size_t n) {
  /* "(rdp/imk)", "(ant)", "(dna/tsa)", "rdp/imk" */
  size_t i = 0;
  bool paren = n && s[0] == '(';
  if (paren) i++;
  int words = 0, slashes = 0;
  while (i < n) {
    size_t a = i;
    while (i < n && (((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z') || (s[i] >= '0' && s[i] <= '9'))) i++;
    if (i == a || i - a > 6) return false;
    words++;
    if (i < n && (s[i] == '/' || s[i] == '-')) {
      slashes++;
      i++;
      continue;
    }
    break;
  }
  if (paren) {
    if (i >= n || s[i] != ')') return false;
    i++;
  }
  while (i < n && (s[i] == ' ' || s[i] == '.')) i++;
  return i == n && words >= 1 && (paren || slashes >= 1) && words <= 4;
}

static bool is_boiler(const char *s, size_t n, uint32_t chars) {
  if (chars < 300 && n) {
    int c0 = wt_lower((unsigned char)s[0]);
    for (int i = 0; boiler_prefix[i]; i++)
      if (boiler_prefix[i][0] == c0 && wt_prefix_ci(s, n, boiler_prefix[i])) return true;
  }
  if (chars <= 24) {
    size_t m = n;
    while (m && (s[m - 1] == ':' || s[m - 1] == '!' || s[m - 1] == ' ')) m--;
    for (int i = 0; boiler_line[i]; i++)
      if (strlen(boiler_line[i]) == m && wt_prefix_ci(s, m, boiler_line[i])) return true;
  }
  if (chars <= 24 && is_byline_code(s, n)) return true;
  /* a line that is only a date ("Rabu, 08 November 2023", "14/11/2023, 10:15 WIB") */
  if (chars <= 60) {
    char ymd[11];
    int words = 1;
    for (size_t i = 0; i < n; i++) words += s[i] == ' ';
    if (words <= 8 && wt_date_ymd(s, n, ymd)) return true;
  }
  return false;
}

/* ----------------------------------------------------------- selection */

static inline float ld_of(const el *e) { return e->text ? (float)e->links / (float)e->text : 0.f; }

static bool in_subtree(const warta_html *h, uint32_t root, uint32_t i) {
  return i >= root && i < h->els[root].end;
}

/* Scores containers; returns the chosen root(s) in roots (sorted), their count. */
static size_t choose(warta_html *h, uint32_t *roots, size_t cap) {
  el *E = h->els;
  size_t ne = h->nels;
  /* totals per subtree */
  for (size_t b = 0; b < h->nblocks; b++) {
    block *B = &h->blocks[b];
    el *e = &E[B->el];
    e->text += B->chars;
    e->links += B->links;
    const char *s = h->pool.p + B->off;
    B->prose = B->chars >= 25 && B->links * 3 < B->chars && !(tagkind[B->tag] & K_HEAD) &&
               !is_boiler(s, B->len, B->chars);
    if (B->prose) e->good += B->chars;
    else if (!(tagkind[B->tag] & K_HEAD)) e->bad += B->chars;
    if (!B->prose) continue;
    /* its paragraph: the container itself when it holds no other block,
       else a virtual paragraph inside the container */
    uint32_t a = (tagkind[B->tag] & K_PARA || !(e->flags & EF_BLOCKKIDS)) && B->el != 0 ? E[B->el].parent : B->el;
    float s0 = 1.f + (float)B->commas + (B->chars >= 300 ? 3.f : (float)(B->chars / 100));
    for (int lvl = 0; lvl < 5 && a != UINT32_MAX; lvl++) {
      float d = lvl == 0 ? 1.f : lvl == 1 ? 2.f : (float)lvl * 3.f;
      E[a].score += s0 / d;
      if (lvl == 0) E[a].s0 += s0;
      a = E[a].parent;
    }
  }
  for (size_t i = ne; i-- > 1;) {
    el *p = &E[E[i].parent];
    p->text += E[i].text;
    p->links += E[i].links;
    p->good += E[i].good;
    p->bad += E[i].bad;
  }
  /* final scores and the best */
  uint32_t best = UINT32_MAX;
  float bs = 0.f;
  for (size_t i = 0; i < ne; i++) {
    el *e = &E[i];
    if (e->score <= 0.f || (e->flags & EF_DROP)) {
      e->score = 0.f;
      continue;
    }
    float w = 1.f;
    if (e->flags & EF_POS) w *= 1.25f;
    if (e->flags & EF_BODY) w *= 1.5f;
    if (e->tag == T_ARTICLE) w *= 1.1f;
    e->score *= (1.f - ld_of(e)) * w;
    if (e->score > bs) {
      bs = e->score;
      best = (uint32_t)i;
    }
  }
  if (best == UINT32_MAX) return 0;
  /* another strong container beside it (a second page of the article):
     grow to the common ancestor when that adds little that is not prose */
  for (size_t i = 0; i < ne; i++) {
    if (i == best || E[i].score < 0.5f * bs || in_subtree(h, best, (uint32_t)i) ||
        in_subtree(h, (uint32_t)i, best))
      continue;
    uint32_t a = E[best].parent;
    while (a != UINT32_MAX && !in_subtree(h, a, (uint32_t)i)) a = E[a].parent;
    if (a == UINT32_MAX) continue;
    uint32_t g = E[a].good - E[best].good, b = E[a].bad - E[best].bad;
    if (b * 2 <= g) best = a;
  }
  size_t n = 0;
  /* sibling containers with their own paragraphs, and sibling paragraphs */
  uint32_t par = E[best].parent;
  if (par == UINT32_MAX) {
    roots[n++] = best;
    return n;
  }
  for (uint32_t i = par + 1; i < E[par].end && n < cap; i = E[i].end > i ? E[i].end : i + 1) {
    if (E[i].parent != par) continue;
    if (i == best) {
      roots[n++] = i;
      continue;
    }
    if (E[i].flags & EF_DROP) continue;
    bool take = E[i].s0 >= 0.2f * E[best].s0 && E[i].s0 > 3.f && ld_of(&E[i]) < 0.25f;
    if (!take && (tagkind[E[i].tag] & K_PARA) && !(E[i].flags & EF_BLOCKKIDS)) {
      float l = ld_of(&E[i]);
      if (E[i].text > 80 && l < 0.25f) take = true;
    }
    if (take) roots[n++] = i;
  }
  return n;
}

static int emit(warta_html *h, const char *s, size_t n) {
  if (h->out.len && wt_buf_add(&h->out, "\n\n", 2) != 0) return -1;
  return wt_buf_add(&h->out, s, n);
}

static int build_text(warta_html *h, unsigned flags, uint32_t *nparas) {
  h->out.len = 0;
  *nparas = 0;
  if (flags & WARTA_HTML_ALL_TEXT) {
    for (size_t b = 0; b < h->nblocks; b++) {
      if (emit(h, h->pool.p + h->blocks[b].off, h->blocks[b].len) != 0) return -1;
      (*nparas)++;
    }
    return 0;
  }
  uint32_t roots[256];
  size_t nr = choose(h, roots, sizeof roots / sizeof roots[0]);
  size_t r = 0;
  for (size_t b = 0; b < h->nblocks; b++) {
    const block *B = &h->blocks[b];
    bool inside;
    if (nr == 0) {
      inside = true; /* no prose container: every block that passes the filters */
    } else {
      while (r < nr && B->el >= h->els[roots[r]].end) r++;
      inside = r < nr && in_subtree(h, roots[r], B->el);
    }
    if (!inside) continue;
    const char *s = h->pool.p + B->off;
    if (B->tag == T_H1) continue;
    if (B->links * 2 > B->chars) continue;
    if (!B->prose && is_boiler(s, B->len, B->chars)) continue;
    if ((tagkind[B->tag] & K_HEAD) && B->chars > 200) continue;
    if (emit(h, s, B->len) != 0) return -1;
    (*nparas)++;
  }
  return 0;
}

/* A labelled byline among the first blocks ("Oleh X", "Penulis: X",
 * "Laporan: X | date") gives the author when nothing marked up does. */
static int byline_scan(warta_html *h) {
  static const char *const labels[] = {"oleh:", "oleh ", "penulis:", "penulis :", "laporan:", "laporan :",
                                       "reporter:", "reporter :", "pewarta:", "teks dan foto:", "teks:",
                                       "diposting oleh ", "ditulis oleh ", NULL};
  for (size_t b = 0; b < h->nblocks && b < 400; b++) {
    const block *B = &h->blocks[b];
    if (B->chars > 100) continue;
    const char *s = h->pool.p + B->off;
    size_t n = B->len;
    for (int k = 0; labels[k]; k++) {
      size_t ln = strlen(labels[k]);
      if (!wt_prefix_ci(s, n, labels[k])) continue;
      size_t a = ln;
      while (a < n && s[a] == ' ') a++;
      size_t e = a;
      /* up to a separator, a bracket, a digit (a date) or the end */
      while (e < n && s[e] != '|' && s[e] != ',' && s[e] != '(' && !(s[e] >= '0' && s[e] <= '9') &&
             !(s[e] == ' ' && e + 2 < n && (s[e + 1] == '-' || s[e + 1] == '/') && s[e + 2] == ' ') &&
             !((unsigned char)s[e] == 0xc2 && e + 1 < n && (unsigned char)s[e + 1] == 0xb7) &&
             !((unsigned char)s[e] == 0xe2 && e + 2 < n && (unsigned char)s[e + 1] == 0x80 &&
               ((unsigned char)s[e + 2] == 0xa2 || (unsigned char)s[e + 2] == 0x93 || (unsigned char)s[e + 2] == 0x94)))
        e++;
      while (e > a && (s[e - 1] == ' ' || s[e - 1] == '-')) e--;
      int words = e > a ? 1 : 0;
      for (size_t i = a; i < e; i++) words += s[i] == ' ';
      if (words < 1 || words > 6 || !(s[a] >= 'A' && s[a] <= 'Z')) continue;
      return wt_pmeta_set(&h->meta, &h->meta.text_author, s + a, e - a);
    }
  }
  return 0;
}

/* ---------------------------------------------------------------- parse */

static int parse(warta_html *h, const char *s, size_t n) {
  if (!h->ctxt || h->ctxt_uses >= 256) {
    if (h->ctxt) h->xml->free_ctxt(h->ctxt);
    h->ctxt = h->xml->new_ctxt();
    h->ctxt_uses = 0;
    memset(h->tag_names, 0, sizeof h->tag_names);
    if (!h->ctxt) return -1;
  }
  h->ctxt_uses++;
  htmlParserCtxtPtr c = h->ctxt;
  memset(c->sax, 0, sizeof *c->sax);
  c->sax->startElement = on_start;
  c->sax->endElement = on_end;
  c->sax->characters = on_text;
  c->sax->ignorableWhitespace = on_text;
  c->sax->cdataBlock = on_text;
  c->sax->initialized = 1;
  c->_private = h;
  /* the root: element 0, the document itself */
  h->nels = 0;
  h->nblocks = 0;
  h->pool.len = 0;
  h->cb_off = 0;
  h->cb_chars = h->cb_links = h->cb_commas = 0;
  h->cb_space = false;
  h->overflow = 0;
  h->in_title = false;
  h->author_depth = 0;
  h->titlebuf.len = h->h1buf.len = 0;
  if (!h->capels) {
    h->els = wt_malloc(1024 * sizeof *h->els);
    if (!h->els) return -1;
    h->capels = 1024;
  }
  memset(&h->els[0], 0, sizeof h->els[0]);
  h->els[0].parent = UINT32_MAX;
  h->els[0].tag = T_OTHER;
  h->nels = 1;
  h->cur = 0;
  int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
             HTML_PARSE_NODEFDTD | HTML_PARSE_IGNORE_ENC;
  xmlDocPtr doc = h->xml->read_memory(c, s, (int)n, NULL, "UTF-8", opts);
  if (doc) h->xml->free_doc(doc);
  c->_private = NULL;
  add_block(h);
  for (size_t i = 0; i < h->nels; i++)
    if (h->els[i].end == 0) h->els[i].end = (uint32_t)h->nels;
  h->els[0].end = (uint32_t)h->nels;
  if (c->errNo == XML_ERR_NO_MEMORY) h->oom = true;
  return h->oom ? -1 : 0;
}

/* --------------------------------------------------------------- sniff */

int warta_sniff(const char *buf, size_t len) {
  if (!buf || !len) return WARTA_FMT_UNKNOWN;
  const unsigned char *u = (const unsigned char *)buf;
  if (len >= 2 && u[0] == 0x1f && u[1] == 0x8b) return WARTA_FMT_GZIP;
  size_t i = 0;
  if (len >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf) i = 3;
  if (len >= 2 && ((u[0] == 0xff && u[1] == 0xfe) || (u[0] == 0xfe && u[1] == 0xff))) return WARTA_FMT_HTML;
  while (i < len && wt_space(u[i])) i++;
  if (i + 7 <= len && !memcmp(buf + i, "WARC/1.", 7)) return WARTA_FMT_WARC;
  size_t n = len - i < 1024 ? len - i : 1024;
  for (size_t k = 0; k < n; k++) {
    unsigned char c = u[i + k];
    if (c == 0 || (c < 0x20 && !wt_space(c) && c != '\v' && c != 0x1b)) return WARTA_FMT_BINARY;
  }
  if (i < len && u[i] == '{') return WARTA_FMT_JSONL;
  const char *s = buf + i;
  static const char *const starts[] = {"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<?xml",
                                       "<!--", NULL};
  for (int k = 0; starts[k]; k++)
    if (wt_prefix_ci(s, len - i, starts[k])) {
      if (k < 6) return WARTA_FMT_HTML;
      /* a comment or XML declaration first: HTML if a tag follows soon */
      size_t m = len - i < 4096 ? len - i : 4096;
      if (wt_find_ci(s, m, "<html") || wt_find_ci(s, m, "<head") || wt_find_ci(s, m, "<body") ||
          wt_find_ci(s, m, "<!doctype html"))
        return WARTA_FMT_HTML;
    }
  size_t m = len - i < 1024 ? len - i : 1024;
  if (wt_find_ci(s, m, "<html") || wt_find_ci(s, m, "<body")) return WARTA_FMT_HTML;
  return WARTA_FMT_TEXT;
}

/* ------------------------------------------------------------- the API */

static int binary_check(warta_html *h, const char *s, size_t n) {
  size_t m = n < 4096 ? n : 4096, ctl = 0;
  for (size_t i = 0; i < m; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0) return fail(h, WARTA_ERR_SYNTAX, (int64_t)i, "binary data, not an HTML page (a NUL byte at byte %zu)", i);
    if (c < 0x20 && !wt_space(c) && c != '\v' && c != 0x1b) ctl++;
  }
  if (m >= 16 && ctl * 10 > m)
    return fail(h, WARTA_ERR_SYNTAX, 0, "binary data, not an HTML page (%zu control bytes in the first %zu)", ctl, m);
  return WARTA_OK;
}

int warta_html_extract(warta_html *h, const char *html, size_t len, const char *content_type, const char *url,
                       unsigned flags, warta_page *page) {
  if (!h) return WARTA_ERR_ARG;
  h->err[0] = 0;
  h->errpos = -1;
  h->oom = false;
  if (!page) return fail(h, WARTA_ERR_ARG, -1, "page is NULL");
  memset(page, 0, sizeof *page);
  page->text = "";
  if (!html && len) return fail(h, WARTA_ERR_ARG, -1, "html is NULL");
  if (!html) html = "";
  if (!h->xml) {
    const char *why = "libxml2 could not be loaded";
    if (!(h->xml = wt_libxml_get(&why))) return fail(h, WARTA_ERR_IO, -1, "%s", why);
  }
  if (len > WARTA_MAX_PAGE_BYTES)
    return fail(h, WARTA_ERR_LIMIT, WARTA_MAX_PAGE_BYTES, "the page is %zu bytes, over the limit of %u", len,
                WARTA_MAX_PAGE_BYTES);
  wt_pmeta_reset(&h->meta);
  h->title_done = h->h1_done = false;
  /* memory stays flat over a stream: what an unusually large page grew is released */
  wt_buf *bufs[] = {&h->utf8, &h->clean, &h->trim, &h->pool, &h->out, &h->out2};
  for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++) wt_buf_reset(bufs[i], KEEP_BYTES);
  if (h->capels * sizeof *h->els > KEEP_BYTES) {
    wt_free(h->els);
    h->els = NULL;
    h->capels = 0;
  }
  if (h->capblocks * sizeof *h->blocks > KEEP_BYTES) {
    wt_free(h->blocks);
    h->blocks = NULL;
    h->capblocks = 0;
  }
  if (h->capevents * sizeof *h->events > KEEP_BYTES) {
    wt_free(h->events);
    h->events = NULL;
    h->capevents = 0;
  }
  /* ---- charset */
  char cs[48] = "";
  const char *s = html;
  size_t n = len;
  const unsigned char *u = (const unsigned char *)html;
  if (n >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf) {
    snprintf(cs, sizeof cs, "UTF-8");
    s += 3;
    n -= 3;
  } else if (n >= 2 && u[0] == 0xff && u[1] == 0xfe) {
    snprintf(cs, sizeof cs, "UTF-16LE");
    s += 2;
    n -= 2;
  } else if (n >= 2 && u[0] == 0xfe && u[1] == 0xff) {
    snprintf(cs, sizeof cs, "UTF-16BE");
    s += 2;
    n -= 2;
  } else {
    int rc = binary_check(h, s, n);
    if (rc) return rc;
    if (!(content_type && wt_charset_of_content_type(content_type, strlen(content_type), cs, sizeof cs)))
      if (!wt_charset_of_meta(s, n, cs, sizeof cs)) cs[0] = 0;
    if (!strcmp(cs, "UTF-16LE") || !strcmp(cs, "UTF-16BE")) cs[0] = 0; /* a label, not the bytes */
  }
  size_t bad = (!cs[0] || !strcmp(cs, "UTF-8") || !strcmp(cs, "windows-1252")) ? wt_utf8_check(s, n) : 0;
  if (!cs[0]) snprintf(cs, sizeof cs, bad == n ? "UTF-8" : "windows-1252");
  else if (!strcmp(cs, "windows-1252") && bad == n && wt_utf8_has_multibyte(s, n)) snprintf(cs, sizeof cs, "UTF-8");
  uint32_t repairs = 0;
  if (!(strcmp(cs, "UTF-8") == 0 && bad == n)) {
    h->utf8.len = 0;
    int rc = wt_conv_utf8(&h->conv, cs, s, n, &h->utf8, &repairs);
    if (rc == -2) {
      /* a charset iconv does not know: read it as windows-1252 or UTF-8 */
      snprintf(cs, sizeof cs, wt_utf8_check(s, n) == n ? "UTF-8" : "windows-1252");
      h->utf8.len = 0;
      rc = wt_conv_utf8(&h->conv, cs, s, n, &h->utf8, &repairs);
    }
    if (rc) return fail(h, WARTA_ERR_NOMEM, -1, "out of memory converting the page from %s", cs);
    s = h->utf8.p;
    n = h->utf8.len;
  }
  if (n > (size_t)INT32_MAX) return fail(h, WARTA_ERR_LIMIT, -1, "the page is too large");
  /* ---- the prepass, the parse and the choice; again without class words
     when that leaves less than a paragraph (a wrapper with a "sidebar"
     class, say) and keep the longer text */
  h->meta_done = false;
  h->keep_layout = (flags & WARTA_HTML_ALL_TEXT) != 0;
  if (prepass(h, s, n) != 0) return fail(h, WARTA_ERR_NOMEM, -1, "out of memory reading the page");
  uint32_t nparas = 0;
  h->use_hints = !h->keep_layout;
  /* the first parse reads the page with the subtrees it drops emptied */
  const wt_buf *first_in = &h->clean;
  if (h->use_hints && !(flags & WARTA_HTML_NO_TRIM)) {
    if (trim(h, h->clean.p, h->clean.len) != 0) return fail(h, WARTA_ERR_NOMEM, -1, "out of memory reading the page");
    first_in = &h->trim;
  }
  if (parse(h, first_in->p, first_in->len) != 0) return fail(h, WARTA_ERR_NOMEM, -1, "out of memory parsing the page");
  h->meta_done = true;
  if (byline_scan(h) != 0) return fail(h, WARTA_ERR_NOMEM, -1, "out of memory");
  if (build_text(h, flags, &nparas) != 0) return fail(h, WARTA_ERR_NOMEM, -1, "out of memory building the text");
  if (h->out.len < 200 && !(flags & WARTA_HTML_ALL_TEXT)) {
    wt_buf first = h->out;
    uint32_t first_paras = nparas;
    h->out = h->out2;
    h->use_hints = false;
    const wt_buf *again = &h->clean;
    if (!(flags & WARTA_HTML_NO_TRIM)) {
      if (trim(h, h->clean.p, h->clean.len) != 0) {
        h->out2 = h->out;
        h->out = first;
        return fail(h, WARTA_ERR_NOMEM, -1, "out of memory reading the page");
      }
      again = &h->trim;
    }
    if (parse(h, again->p, again->len) != 0 || build_text(h, flags, &nparas) != 0) {
      h->out2 = h->out;
      h->out = first;
      return fail(h, WARTA_ERR_NOMEM, -1, "out of memory parsing the page");
    }
    if (h->out.len > first.len) {
      h->out2 = first;
    } else {
      h->out2 = h->out;
      h->out = first;
      nparas = first_paras;
    }
  }
  if (wt_buf_addc(&h->out, 0) != 0) return fail(h, WARTA_ERR_NOMEM, -1, "out of memory");
  h->out.len--;
  /* ---- metadata; the charset name first in the same pool */
  h->strs.len = 0;
  if (wt_buf_add(&h->strs, cs, strlen(cs) + 1) != 0) return fail(h, WARTA_ERR_NOMEM, -1, "out of memory");
  wt_meta_out mo;
  if (wt_pmeta_finish(&h->meta, &h->strs, url, &mo) != 0) return fail(h, WARTA_ERR_NOMEM, -1, "out of memory");
  page->text = h->out.p;
  page->len = h->out.len;
  page->paragraphs = nparas;
  page->title = mo.title;
  page->published = mo.published;
  page->author = mo.author;
  page->url = mo.url;
  page->outlet = mo.outlet;
  page->lang = mo.lang;
  page->charset = h->strs.p;
  page->repairs = repairs;
  if (!page->len) return fail(h, WARTA_ERR_EMPTY, -1, "no article text found in the page");
  return WARTA_OK;
}
