/*
 * boilerplate.c — paragraphs that are not the article: share bars
 * ("Bagikan:"), related links ("Baca juga: ..."), ads ("ADVERTISEMENT",
 * "SCROLL TO CONTINUE WITH CONTENT"), video teasers ("Simak Video ..."),
 * credits ("Editor: ...", "Post Views: 12") and bylines like "(ant/xyz)".
 * The word lists are data/boilerplate.lex; this file only says how a
 * paragraph is matched against them.
 */
#include <pthread.h>
#include <string.h>

#include "internal.h"

/* A paragraph can only be boilerplate when its first word is the first word
 * of an entry of the lists.  One bit per (length, first byte, last byte),
 * case folded by & 31, says whether it may be; most paragraphs are then
 * settled without a lexicon probe (each of which misses the cache). */
static uint32_t first_words[32 * 32 * 32 / 32];
static pthread_once_t first_words_once = PTHREAD_ONCE_INIT;

static uint32_t first_word_bit(const unsigned char *w, size_t n) {
  return ((uint32_t)(n < 31 ? n : 31) * 32 + (w[0] & 31u)) * 32 + (w[n - 1] & 31u);
}

static void first_words_init(void) {
  const wt_lexicon *lx = &wt_builtin_lexicon;
  for (uint32_t i = 0; i < lx->nentries; i++) {
    const wt_lexentry *x = &lx->entries[i];
    if (!(x->cls2 & (LX2_BOILER_LINE | LX2_BOILER_PREFIX | LX2_BOILER_COLON)) || !x->key_len) continue;
    const unsigned char *k = (const unsigned char *)lx->pool + x->key;
    const unsigned char *sp = memchr(k, ' ', x->key_len);
    size_t n = sp ? (size_t)(sp - k) : x->key_len;
    if (!n) continue;
    uint32_t bit = first_word_bit(k, n);
    first_words[bit / 32] |= 1u << (bit % 32);
  }
}

static bool may_start_boiler(const warta_doc *d, const wt_token *t) {
  if (d->eng->lex != &wt_builtin_lexicon) return true;
  uint32_t bit = first_word_bit((const unsigned char *)d->text + t->start, t->end - t->start);
  return (first_words[bit / 32] >> (bit % 32)) & 1u;
}

/* Builds the lower-case key of words [i, j) joined by single spaces. */
static size_t words_key(const warta_doc *d, uint32_t i, uint32_t j, char *buf, size_t cap) {
  size_t n = 0;
  for (uint32_t k = i; k < j; k++) {
    const wt_token *t = wt_tok(d, k);
    size_t len = t->end - t->start;
    if (n + len + 1 >= cap) return 0;
    if (n) buf[n++] = ' ';
    memcpy(buf + n, d->text + t->start, len);
    n += len;
  }
  return n;
}

/* "(ant/xyz)", "(rdn)", "(ant)": a short byline code in brackets. */
static bool byline(const warta_doc *d, const wt_para *p) {
  if (p->tok1 - p->tok0 < 3 || p->tok1 - p->tok0 > 9) return false;
  const wt_token *a = wt_tok(d, p->tok0), *z = wt_tok(d, p->tok1 - 1);
  if (a->ch != '(' || z->ch != ')' || a->kind != WARTA_TOK_PUNCT) return false;
  for (uint32_t k = p->tok0 + 1; k + 1 < p->tok1; k++) {
    const wt_token *t = wt_tok(d, k);
    if (t->kind == WARTA_TOK_WORD) {
      if (t->end - t->start > 6) return false;
    } else if (!(t->kind == WARTA_TOK_PUNCT && (t->ch == '/' || t->ch == ',' || t->ch == '-'))) {
      return false;
    }
  }
  return true;
}

static bool is_boiler(const warta_doc *d, const wt_para *p) {
  const wt_lexicon *lx = d->eng->lex;
  uint32_t n = p->tok1 - p->tok0;
  if (byline(d, p)) return true;
  /* leading words (up to 6) and where the first ':' is */
  uint32_t w = p->tok0;
  while (w < p->tok1 && w - p->tok0 < 6 && wt_tok(d, w)->kind == WARTA_TOK_WORD) w++;
  if (w == p->tok0 || !may_start_boiler(d, wt_tok(d, p->tok0))) return false;
  bool colon = w < p->tok1 && wt_tok(d, w)->kind == WARTA_TOK_PUNCT && wt_tok(d, w)->ch == ':';
  char key[128];
  for (uint32_t j = w; j > p->tok0; j--) {
    size_t kn = words_key(d, p->tok0, j, key, sizeof key);
    if (!kn) continue;
    uint64_t c = wt_lex_cls2(lx, wt_lex_find(lx, key, kn));
    if (!c) continue;
    /* the whole paragraph, perhaps with a trailing ':' or '!' */
    bool rest_punct = true;
    for (uint32_t k = j; k < p->tok1; k++)
      if (wt_tok(d, k)->kind != WARTA_TOK_PUNCT) rest_punct = false;
    if ((c & LX2_BOILER_LINE) && rest_punct && n <= 8) return true;
    if (c & LX2_BOILER_PREFIX) return true;
    if ((c & LX2_BOILER_COLON) && colon && j == w) return true;
  }
  return false;
}

void wt_boilerplate(warta_doc *doc) {
  pthread_once(&first_words_once, first_words_init);
  wt_para *paras = doc->paras.data;
  for (size_t i = 0; i < doc->paras.len; i++) paras[i].boiler = is_boiler(doc, &paras[i]) ? 1 : 0;
}
