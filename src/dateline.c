/*
 * dateline.c — the place (and outlet) an article opens with:
 *   "JAKARTA -"  "JAKARTA, KOMPAS —"  "Jakarta (ANTARA) -"
 *   "Yogyakarta (beritajatim.com) -"  "BANDA ACEH, KOMPAS.com -"
 *   "Liputan6.com, Jakarta -"  "TEMPO.CO, Jakarta -"
 * A dateline is a few capitalised words, perhaps an outlet after a comma or
 * in brackets, then a spaced dash, at the start of one of the first body
 * paragraphs.  A short line before it without a full stop is the headline.
 */
#include "internal.h"

enum { MAX_DATELINE_TOKENS = 12 };

static bool is_dash(const wt_token *t) { return t->kind == WARTA_TOK_PUNCT && t->ch == PC_DASH; }

static bool name_like(const wt_token *t) {
  return (t->kind == WARTA_TOK_WORD && (t->flags & TF_CAP)) || t->kind == WARTA_TOK_URL;
}

/* Are tokens [a, b) an outlet's name the lexicon knows?  (The stage runs
 * before the lexicon's per-token lookups: the text is looked up here.) */
static bool is_outlet(const warta_doc *doc, uint32_t a, uint32_t b) {
  if (b <= a) return false;
  uint32_t s0 = wt_tok(doc, a)->start, s1 = wt_tok(doc, b - 1)->end;
  uint32_t x = wt_lex_find(doc->eng->lex, doc->text + s0, s1 - s0);
  return (wt_lex_cls(doc->eng->lex, x) & LX_MEDIA) != 0;
}

/* Tries paragraph p; fills doc->dateline on success. */
static bool try_para(warta_doc *doc, const wt_para *p) {
  uint32_t dash = 0;
  bool found = false;
  for (uint32_t k = p->tok0; k < p->tok1 && k - p->tok0 <= MAX_DATELINE_TOKENS; k++) {
    const wt_token *t = wt_tok(doc, k);
    if (is_dash(t) && k > p->tok0 && (t->flags & TF_SPACE_BEFORE) && k + 1 < p->tok1 &&
        (wt_tok(doc, k + 1)->flags & TF_SPACE_BEFORE)) {
      dash = k;
      found = true;
      break;
    }
    if (!(name_like(t) || (t->kind == WARTA_TOK_PUNCT && (t->ch == ',' || t->ch == '(' || t->ch == ')' || t->ch == '/')) ||
          (k == p->tok0 && is_outlet(doc, k, k + 1)))) /* "kumparan -" */
      return false;
  }
  if (!found) return false;
  /* an outlet alone: "Suara.com -", "JPNN.com -", "kumparan -" */
  {
    if (is_outlet(doc, p->tok0, dash) || (dash == p->tok0 + 1 && wt_tok(doc, p->tok0)->kind == WARTA_TOK_URL)) {
      doc->dateline.span = (warta_span){wt_tok(doc, p->tok0)->start, wt_tok(doc, dash)->end};
      doc->dateline.place = (warta_span){0, 0};
      doc->dateline.outlet = (warta_span){wt_tok(doc, p->tok0)->start, wt_tok(doc, dash - 1)->end};
      doc->has_dateline = true;
      return true;
    }
  }
  /* split: PLACE [, OUTLET] | PLACE (OUTLET) | OUTLET, PLACE */
  uint32_t a = p->tok0, comma = 0, lp = 0, rp = 0;
  for (uint32_t k = a; k < dash; k++) {
    const wt_token *t = wt_tok(doc, k);
    if (t->kind != WARTA_TOK_PUNCT) continue;
    if (t->ch == ',' && !comma) comma = k;
    else if (t->ch == '(' && !lp) lp = k;
    else if (t->ch == ')' && lp && !rp) rp = k;
  }
  warta_span place = {0, 0}, outlet = {0, 0};
  if (lp && rp && rp == dash - 1 && lp > a) {
    place = (warta_span){wt_tok(doc, a)->start, wt_tok(doc, lp - 1)->end};
    if (rp > lp + 1) outlet = (warta_span){wt_tok(doc, lp + 1)->start, wt_tok(doc, rp - 1)->end};
  } else if (comma && comma > a && comma + 1 < dash) {
    bool first_is_outlet = wt_tok(doc, a)->kind == WARTA_TOK_URL;
    warta_span x = {wt_tok(doc, a)->start, wt_tok(doc, comma - 1)->end};
    warta_span y = {wt_tok(doc, comma + 1)->start, wt_tok(doc, dash - 1)->end};
    if (first_is_outlet) {
      outlet = x;
      place = y;
    } else {
      place = x;
      outlet = y;
    }
  } else if (!comma && !lp) {
    if (dash - a > 4) return false; /* a sentence with a dash, not a place */
    /* without an outlet only capitals ("JAKARTA -") or a known place
     * ("Jakarta -") make a dateline, not "Presiden Joko -" */
    bool upper = true;
    for (uint32_t k = a; k < dash; k++)
      if (!(wt_tok(doc, k)->flags & TF_UPPER)) upper = false;
    if (!upper) {
      uint32_t s0 = wt_tok(doc, a)->start, s1 = wt_tok(doc, dash - 1)->end;
      uint32_t x = wt_lex_find(doc->eng->lex, doc->text + s0, s1 - s0);
      if (!(wt_lex_cls(doc->eng->lex, x) & LX_LOC)) return false;
    }
    place = (warta_span){wt_tok(doc, a)->start, wt_tok(doc, dash - 1)->end};
  } else {
    return false;
  }
  /* a place is capitalised words only (a comma between the town and its
   * province too: "Sumenep, Jawa Timur (ANTARA) -") */
  for (uint32_t k = a; k < dash; k++) {
    const wt_token *t = wt_tok(doc, k);
    if (t->start >= place.start && t->end <= place.end && !(t->kind == WARTA_TOK_WORD && (t->flags & TF_CAP)) &&
        !(lp && t->kind == WARTA_TOK_PUNCT && t->ch == ',' && k > a && k + 1 < lp))
      return false;
  }
  doc->dateline.span = (warta_span){wt_tok(doc, a)->start, wt_tok(doc, dash)->end};
  doc->dateline.place = place;
  doc->dateline.outlet = outlet;
  doc->has_dateline = true;
  return true;
}

/* A headline: a short line without sentence-final punctuation. */
static bool headline(const warta_doc *doc, const wt_para *p) {
  uint32_t n = p->tok1 - p->tok0;
  if (n == 0 || n > 30) return false;
  const wt_token *z = wt_tok(doc, p->tok1 - 1);
  return !(z->kind == WARTA_TOK_PUNCT && (z->ch == '.' || z->ch == ':'));
}

int wt_dateline(warta_doc *doc) {
  wt_para *paras = doc->paras.data;
  doc->has_dateline = false;
  int seen = 0;
  for (size_t i = 0; i < doc->paras.len && seen < 6; i++) {
    if (paras[i].boiler) continue;
    seen++;
    if (try_para(doc, &paras[i])) {
      /* the word after the dateline opens the sentence as a capital after a
       * full stop would ("ROTTERDAM - Feyenoord menundukkan …": a common
       * word or a body there is no evidence of a person's name) */
      wt_token *toks = doc->toks.data;
      for (uint32_t t = paras[i].tok0; t < paras[i].tok1; t++)
        if (toks[t].start >= doc->dateline.span.end) {
          toks[t].flags |= TF_SENT_START;
          break;
        }
      /* lines above the dateline that are not boilerplate: the headline */
      for (size_t j = 0; j < i; j++) {
        if (!paras[j].boiler && headline(doc, &paras[j])) {
          paras[j].boiler = 2;
          if (!doc->title) {
            doc->title = wt_arena_strndup(&doc->arena, doc->text + paras[j].start, paras[j].end - paras[j].start);
            if (!doc->title) return wt_fail(doc, WARTA_ERR_NOMEM, -1, "out of memory copying the headline");
          }
        }
      }
      return WARTA_OK;
    }
  }
  return WARTA_OK;
}
