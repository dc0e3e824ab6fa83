/*
 * boilerplate.c — paragraphs that are not the article: share bars
 * ("Bagikan:"), related links ("Baca juga: ..."), ads ("ADVERTISEMENT",
 * "SCROLL TO CONTINUE WITH CONTENT"), video teasers ("Simak Video ..."),
 * credits ("Editor: ...", "Post Views: 12") and bylines like "(ant/xyz)".
 * The word lists are data/boilerplate.lex; this file only says how a
 * paragraph is matched against them.
 */
#include <string.h>

#include "internal.h"

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
  wt_para *paras = doc->paras.data;
  for (size_t i = 0; i < doc->paras.len; i++) paras[i].boiler = is_boiler(doc, &paras[i]) ? 1 : 0;
}
