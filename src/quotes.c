/*
 * quotes.c — every reported statement in the article, its kind and its cue.
 *
 * Direct quotes come from quote marks.  Marks are paired within a paragraph
 * by their opening/closing role (segment.c decided it from context, so the
 * Kompas habit of opening with ” works); a paragraph that opens a quote and
 * does not close it continues into the next paragraph when that one opens
 * with a mark (the convention for multi-paragraph quotes), or when the mark
 * is not repeated and the next paragraph's first mark closes a quote before
 * a cue; otherwise the
 * quote is recovered at a ", kata X" inside it or at the paragraph's end, so
 * one missing mark never swallows the rest of the article.
 *
 * A quoted stretch is a direct quote when a cue stands next to it:
 *     ”…,” kata X    ”…,” ujarnya    X mengatakan, ”…”    Menurut X, ”…”    X: ”…”
 * or when it is a whole sentence following a speaker ("continuation").  A
 * quoted phrase inside a sentence is a partial quote when that sentence
 * reports speech (the sentence then becomes a "mixed" quote), and otherwise
 * a scare quote or a title, which is not a quote at all.
 *
 * Indirect speech is found from reporting verbs (data/cues.lex):
 *     X mengatakan(,| bahwa) …    Menurut X, …    Dikatakannya, …    …, ujarnya.
 * The speaker of each quote is located here (where to look) and resolved in
 * speakers.c (who it is).
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const wt_lexicon *LX(const warta_doc *d) { return d->eng->lex; }

/* What ends reported content after a comma: ", ketika ditanya …", and a
 * source chain's cue (", seperti dilansir dari kantor berita Xinhua") */
#define CONTENT_END (LX_CONTENT_STOP | LX_SRC_CUE)

static bool is_p(const warta_doc *d, uint32_t i, unsigned char ch) {
  const wt_token *t = wt_tok(d, i);
  return t->kind == WARTA_TOK_PUNCT && t->ch == ch;
}
static bool is_qmark(const warta_doc *d, uint32_t i) { return wt_tok(d, i)->kind == WARTA_TOK_QUOTE; }
static bool is_wordtok(const warta_doc *d, uint32_t i) {
  uint8_t k = wt_tok(d, i)->kind;
  return k == WARTA_TOK_WORD;
}
static bool terminal(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  return t->kind == WARTA_TOK_PUNCT && (t->ch == '.' || t->ch == '!' || t->ch == '?' || t->ch == PC_ELLIPSIS);
}

/* Cue classes of token i, only for words written in lower case (a cue word
 * opening a sentence is capitalised: "Kata dia", "Menurut X",
 * "Dikatakannya" — callers that allow that pass cap_ok). */
static inline uint64_t cue_cls(warta_doc *d, uint32_t i, bool cap_ok) {
  if (!(wt_clsof(d, i) & LX_CUE) || !is_wordtok(d, i)) return 0;
  const wt_token *t = wt_tok(d, i);
  if ((t->flags & TF_CAP) && !cap_ok) return 0;
  if (t->flags & TF_UPPER) return 0;
  uint64_t c = wt_clsof(d, i);
  return (c & LX_CUE) ? c : 0;
}

/* ------------------------------------------------------- the quote list */

/* A new quote of content [c0, c1) (sentence s at or a little before c0). */
static inline wt_quote_x *new_quote(warta_doc *d, uint32_t c0, uint32_t c1, int kind, uint32_t s) {
  if (d->quotes_x.len >= WARTA_MAX_QUOTES) return NULL;
  /* (reported speech never holds the dateline: "Moskow (ANTARA) - Rusia
   * dan Ukraina …, kata Kementerian Pertahanan Rusia.") */
  if (d->has_dateline && c0 < c1 && wt_tok(d, c0)->start <= d->dateline.span.start &&
      wt_tok(d, c1 - 1)->start >= d->dateline.span.end)
    while (wt_tok(d, c0)->start < d->dateline.span.end) c0++;
  wt_quote_x *q = WT_VEC_PUSH(&d->quotes_x, wt_quote_x);
  if (!q) return NULL;
  q->tok0 = c0;
  q->tok1 = c1;
  q->kind = (uint8_t)kind;
  q->mention = -1;
  q->entity = -1;
  q->sp_kind = SP_NONE;
  q->sent = wt_sent_from(d, s, c0);
  q->para = WT_VEC_AT(d->sents, wt_sent, q->sent).para;
  return q;
}

/* Why new_quote gave NULL: the document has more quotes than warta reports
 * (an error naming the limit and where the next quote starts), or memory. */
static int no_quote(warta_doc *d, uint32_t c0) {
  if (d->quotes_x.len < WARTA_MAX_QUOTES) return WARTA_ERR_NOMEM;
  uint32_t at = wt_tok(d, c0)->start;
  return wt_fail(d, WARTA_ERR_LIMIT, (int64_t)at, "more than %u quotes in one document (WARTA_MAX_QUOTES) at byte %u",
                 WARTA_MAX_QUOTES, at);
}

/* Trims [*a, *b) to the reported words: quote marks and separators
 * (, . ; : and dashes) at the ends go; ? ! … and brackets belong to the
 * words and stay. */
static bool separator(const wt_token *t) {
  return t->kind == WARTA_TOK_PUNCT && (t->ch == ',' || t->ch == '.' || t->ch == ';' || t->ch == ':' || t->ch == PC_DASH);
}

static void trim(const warta_doc *d, uint32_t *a, uint32_t *b) {
  while (*a < *b && (separator(wt_tok(d, *a)) || is_qmark(d, *a))) (*a)++;
  while (*b > *a) {
    const wt_token *t = wt_tok(d, *b - 1);
    if (separator(t)) (*b)--;
    else if (t->kind == WARTA_TOK_QUOTE && (t->flags & TF_QOPEN) && !(t->flags & TF_QCLOSE)) (*b)--;
    else break;
  }
}

/* Does [a, b) hold at least n words or numbers?  (The callers ask for a few:
 * the count stops there, not at the end of a long quote.) */
static bool has_words(const warta_doc *d, uint32_t a, uint32_t b, uint32_t n) {
  for (uint32_t i = a; i < b && n; i++)
    if (wt_tok(d, i)->kind == WARTA_TOK_WORD || wt_tok(d, i)->kind == WARTA_TOK_NUMBER) n--;
  return n == 0;
}

/* -------------------------------------------------------- quote marks */

typedef struct pair {
  uint32_t open, close; /* mark tokens; close is the paragraph end token when unclosed */
  uint32_t c0;          /* where the content starts (after the opening mark) */
  bool closed, cont;    /* cont: continues in the next paragraph */
} pair;

/* Is token i inside the content of a direct quote found so far? */
static bool in_direct(const warta_doc *d, uint32_t i) { return (d->qmark[i] & QM_DIRECT) != 0; }

/* Records a finished quote in the per-token marks.  (Inline, as are the
 * other short helpers run for every quote: a call cost more than their work.) */
static inline void mark_range(uint8_t *m, uint32_t a, uint32_t b, uint8_t bit) {
  /* eight marks a step (a quote has dozens of tokens), the last eight
   * overlapping the step before: setting a bit twice does no harm */
  if (b > a && b - a >= 8) {
    const uint64_t bits = 0x0101010101010101ull * bit;
    uint64_t w;
    for (uint32_t i = a; b - i > 8; i += 8) {
      memcpy(&w, m + i, 8);
      w |= bits;
      memcpy(m + i, &w, 8);
    }
    memcpy(&w, m + b - 8, 8);
    w |= bits;
    memcpy(m + b - 8, &w, 8);
    return;
  }
  for (uint32_t i = a; i < b; i++) m[i] |= bit;
}

static void mark_quote(warta_doc *d, const wt_quote_x *q) {
  uint32_t n = wt_ntok(d);
  mark_range(d->qmark, q->tok0, q->tok1 < n ? q->tok1 : n, QM_CONTENT);
  if (q->kind == WARTA_DIRECT || q->kind == WARTA_PARTIAL)
    mark_range(d->qmark, q->open, q->close < n ? q->close + 1 : n, QM_DIRECT); /* the marks too */
  /* (the cue is one word, or none) */
  if (q->cue1 == q->cue0 + 1 && q->cue0 < n) d->qmark[q->cue0] |= QM_CUE;
  else mark_range(d->qmark, q->cue0, q->cue1 < n ? q->cue1 : n, QM_CUE);
}

static uint32_t cue_after(warta_doc *d, uint32_t close, uint32_t lim);

/* An unclosed quote: close it at a ", kata X" / ",” ujarnya" inside it. */
static uint32_t recover_close(warta_doc *d, uint32_t a, uint32_t b) {
  for (uint32_t i = a + 1; i + 1 < b; i++)
    if (is_p(d, i, ',') && (cue_cls(d, i + 1, false) & (LX_CUE_BARE | LX_CUE_NYA))) return i + 1;
  return b;
}

/* The next non-boilerplate paragraph after p, or SIZE_MAX. */
static size_t next_para(const warta_doc *d, size_t p) {
  const wt_para *paras = d->paras.data;
  for (size_t k = p + 1; k < d->paras.len; k++)
    if (!paras[k].boiler) return k;
  return SIZE_MAX;
}

/* The quote-mark tokens of the paragraph are marks[0, nmarks) (in order). */
static int pair_marks(warta_doc *d, size_t p, bool single, const uint32_t *marks, size_t nmarks, pair *out, int cap) {
  const wt_para *para = &WT_VEC_AT(d->paras, wt_para, p);
  int n = 0;
  uint32_t open = UINT32_MAX;
  for (size_t m = 0; m < nmarks && n < cap; m++) {
    uint32_t i = marks[m];
    const wt_token *t = wt_tok(d, i);
    if (((t->flags & TF_QSINGLE) != 0) != single) {
      /* a double quote closed by a single mark before its cue: "“… dan
       * feodalisme, ’ kata Heri." (a slip of the keyboard or the scraper) */
      if (!single && open != UINT32_MAX && i > open + 2 && (is_p(d, i - 1, ',') || is_p(d, i - 1, '.')) &&
          (t->flags & TF_QCLOSE) && cue_after(d, i, para->tok1) != UINT32_MAX) {
        out[n++] = (pair){open, i, open + 1, true, false};
        open = UINT32_MAX;
      }
      continue;
    }
    bool nxt = i + 1 < para->tok1;
    const wt_token *nt = nxt ? wt_tok(d, i + 1) : NULL;
    /* an opening-looking mark glued to a cue closes: ", ”ujarnya" */
    bool glued_cue = nxt && !(nt->flags & TF_SPACE_BEFORE) && (cue_cls(d, i + 1, false) & (LX_CUE_BARE | LX_CUE_NYA));
    if (open == UINT32_MAX) {
      if (glued_cue && i > para->tok0 && is_p(d, i - 1, ',')) {
        /* ... with nothing open: the quote began with the paragraph
         * ("Peningkatan kasus ... demi ekonomi, ”ujar Windhu.") */
        if (n == 0) out[n++] = (pair){i, i, para->tok0, true, false};
        continue;
      }
      /* a closing-looking mark with nothing open, before a new sentence,
       * opens one: "… Covid-19.” Sampai saat ini …" (a mark on the wrong
       * side); a single one right after a word is an apostrophe:
       * "Shipowners' Association" */
      if ((t->flags & TF_QOPEN) ||
          (nxt && (nt->flags & TF_SPACE_BEFORE) && (nt->flags & TF_CAP) && !(cue_cls(d, i + 1, true) & LX_CUE) &&
           !(single && i > para->tok0 && !(t->flags & TF_SPACE_BEFORE) && wt_tok(d, i - 1)->kind == WARTA_TOK_WORD)))
        open = i;
      else if (n == 0 && i > para->tok0 && cue_after(d, i, para->tok1) != UINT32_MAX)
        /* a closing mark with no opening one: the quote began with the paragraph */
        out[n++] = (pair){i, i, para->tok0, true, false};
      continue;
    }
    if ((t->flags & TF_QCLOSE) || glued_cue) {
      out[n++] = (pair){open, i, open + 1, true, false};
      open = UINT32_MAX;
    } else {
      /* a new opening mark while one is open: the first was never closed */
      uint32_t c = recover_close(d, open, i);
      out[n++] = (pair){open, c, open + 1, c < i, false};
      open = i;
    }
  }
  if (open != UINT32_MAX && n < cap) {
    size_t np = next_para(d, p);
    bool cont = false;
    /* (not over a boilerplate paragraph: "Baca juga: …" between the two
     * parts would be inside the quote's span; each part is a quote) */
    if (np == p + 1) {
      const wt_para *nx = &WT_VEC_AT(d->paras, wt_para, np);
      const wt_token *f = wt_tok(d, nx->tok0);
      cont = f->kind == WARTA_TOK_QUOTE && (f->flags & TF_QOPEN);
      /* (or, the mark not repeated, when the next paragraph's first mark
       * closes a quote before a cue: "“Kami paham keluhan penumpang. |
       * Karena itu …,” ujar Hendra.") */
      for (uint32_t j = nx->tok0; !cont && j < nx->tok1; j++) {
        const wt_token *t = wt_tok(d, j);
        if (t->kind != WARTA_TOK_QUOTE) continue;
        cont = j > nx->tok0 && !(t->flags & TF_QOPEN) && cue_after(d, j, nx->tok1) != UINT32_MAX;
        break;
      }
    }
    uint32_t c = cont ? para->tok1 : recover_close(d, open, para->tok1);
    out[n++] = (pair){open, c, open + 1, false, cont && c == para->tok1};
  }
  return n;
}

/* ---------------------------------------------------------- the cues */

/* ”…,” CUE — the cue after a closing mark, with an optional comma between. */
static inline uint32_t cue_after(warta_doc *d, uint32_t close, uint32_t lim) {
  uint32_t j = close + 1;
  if (j < lim && is_p(d, j, ',')) j++;
  if (j >= lim) return UINT32_MAX;
  uint64_t c = cue_cls(d, j, false);
  if (c & (LX_CUE_BARE | LX_CUE_NYA | LX_CUE_PREP)) return j;
  /* ”…,” mengatakan Budi — rare, but a cue; not when the verb goes on to
   * its own content: "Atep dalam bukunya, ”Jaman Woneng …”, mengatakan,
   * pemerintah …" (the quoted words were a title) */
  if ((c & LX_CUE_ACTIVE) && !(j + 1 < lim && (is_p(d, j + 1, ',') || wt_tok_is(d, j + 1, "bahwa")))) return j;
  return UINT32_MAX;
}

/* ”…,” NP CUE: the speaker named before the verb after the quote ("”…,”
 * Kapolres Bogor AKBP Dimas Pratama menambahkan."); *np_at gets the NP. */
static uint32_t subject_cue_after(warta_doc *d, uint32_t close, uint32_t lim, uint32_t *np_at) {
  uint32_t j = close + 1;
  if (j < lim && is_p(d, j, ',')) j++;
  if (j >= lim || !(wt_tok(d, j)->flags & TF_CAP)) return UINT32_MAX;
  wt_np np;
  if (!wt_np_parse(d, j, lim, &np) || np.kind == NP_NONE) return UINT32_MAX;
  uint32_t k = np.t1;
  while (k < lim && (wt_clsof(d, k) & LX_ADV_SKIP) && !(wt_tok(d, k)->flags & TF_CAP)) k++;
  if (k >= lim || !(cue_cls(d, k, false) & (LX_CUE_ACTIVE | LX_CUE_BARE))) return UINT32_MAX;
  /* the verb ends the clause: no reported content of its own follows */
  if (k + 1 < lim && !terminal(d, k + 1) && !is_p(d, k + 1, ',')) return UINT32_MAX;
  *np_at = j;
  return k;
}

/* "Hal itu disampaikan X ..." / "Demikian dikatakan X" opening the next sentence. */
static uint32_t cue_next_sentence(warta_doc *d, uint32_t close, uint32_t lim, uint32_t *np_at) {
  uint32_t j = close + 1;
  if (j >= lim) return UINT32_MAX;
  uint32_t n = 0;
  uint64_t c = wt_lex_cls(LX(d), wt_phrase(d, j, lim, &n));
  if (!n || !(c & LX_SPEECH_INTRO)) return UINT32_MAX;
  uint32_t k = j + n;
  while (k < lim && (wt_clsof(d, k) & LX_ADV_SKIP)) k++;
  if (k < lim && (cue_cls(d, k, false) & LX_CUE_PASSIVE) && !(wt_clsof(d, k) & LX_CUE_NYA)) {
    uint32_t s = k + 1;
    if (s < lim && wt_tok_is(d, s, "oleh")) s++;
    *np_at = s;
    return k;
  }
  return UINT32_MAX;
}

/* Does sentence [s0, …) open with "Hal itu", "Demikian", "Pernyataan
 * tersebut" … and, after adverbs only, the passive cue at k? */
static bool points_back(warta_doc *d, uint32_t s0, uint32_t k) {
  uint32_t n = 0;
  if (!(wt_lex_cls(LX(d), wt_phrase(d, s0, k, &n)) & LX_SPEECH_INTRO) || !n) return false;
  uint32_t j = s0 + n;
  while (j < k && (wt_clsof(d, j) & LX_ADV_SKIP)) j++;
  return j == k;
}

/* Is token v an auxiliary or a copula, the predicate's start in a clause
 * without a verb form ("harga nantinya harus …", "restorasi hanya …")? */
static bool is_aux(warta_doc *d, uint32_t v) {
  static const char *const aux[] = {"harus", "akan",  "masih",     "sudah",  "telah",   "belum", "tidak",
                                    "tak",   "bukan", "hanya",     "merupakan", "adalah", "menjadi", "perlu",
                                    "bisa",  "dapat", "tetap",     "lebih"};
  const wt_token *t = wt_tok(d, v);
  if (t->kind != WARTA_TOK_WORD || (t->flags & TF_CAP) || t->end - t->start > 9) return false;
  for (size_t i = 0; i < sizeof aux / sizeof aux[0]; i++)
    if (wt_tok_is(d, v, aux[i])) return true;
  return false;
}

/* Does [a, b) hold a clause's predicate -- a verb form or an auxiliary --
 * outside a relative clause ("yang" and its verb)? */
static bool has_predicate(warta_doc *d, uint32_t a, uint32_t b) {
  bool rel = false;
  for (uint32_t v = a; v < b; v++) {
    const wt_token *w = wt_tok(d, v);
    if (wt_tok_is(d, v, "yang")) {
      rel = true;
      continue;
    }
    /* (a purpose clause holds no predicate of the clause: "modus lain yang
     * digunakan warga untuk pulang … demi menekan penyebaran") */
    if (wt_tok_is(d, v, "untuk") || wt_tok_is(d, v, "demi") || wt_tok_is(d, v, "guna")) return false;
    if (w->kind != WARTA_TOK_WORD || (w->flags & TF_CAP)) continue;
    /* (an existential is a predicate: "masih ada calon siswa …", "adanya
     * laporan kehilangan bagasi") */
    bool verb = wt_tok_is(d, v, "ada") || wt_tok_is(d, v, "adanya") ||
                wt_is_verb_form(LX(d), d->text + w->start, w->end - w->start);
    /* ("atau tidak" at the end asks: "memutuskan melanjutkan PSBB atau
     * tidak") */
    if (v + 1 >= b && wt_tok_is(d, v, "tidak")) continue;
    if (rel) {
      /* (the relative clause's own verb, also a ter- form: "yang
       * terkumpul") */
      if (verb || (w->end - w->start > 5 && !memcmp(d->text + w->start, "ter", 3) && wt_tok_common(d, v))) rel = false;
      continue;
    }
    if (verb || (v > a && is_aux(d, v))) return true;
  }
  return false;
}

/* A naming verb shortly before the opening mark at o, in the same clause
 * or just after a comma ("…, yang ia sebut sebagai “…”"). */
static uint32_t naming_before(warta_doc *d, uint32_t s0, uint32_t o) {
  /* "menyebut X sebagai “…”": the object between verb and "sebagai" may be long */
  uint32_t window = (o > s0 && wt_tok_is(d, o - 1, "sebagai")) ? 14 : 8;
  for (uint32_t k = o; k > s0 && o - k < window; k--) {
    uint32_t j = k - 1;
    const wt_token *t = wt_tok(d, j);
    if (t->kind == WARTA_TOK_QUOTE) return UINT32_MAX;
    if (t->kind == WARTA_TOK_WORD && !(t->flags & TF_CAP) && (wt_clsof(d, j) & LX_NAMING)) {
      /* (a clause with its own verb between them is reported speech with
       * quoted words, a mixed quote: "menyebut konflik itu diselesaikan
       * “agak terburu-buru”") */
      /* (not "menyebut dana yang belum dibayarkan sebagai “…”": a verb in a
       * relative clause, or the object named "sebagai" something) */
      if (wt_tok_is(d, o - 1, "sebagai")) return j;
      /* (so does an auxiliary that opens the quoted words after an object:
       * "menyebut susunan kabinet saat ini “sudah bekerja dengan baik”"; a
       * verb alone there still names, "menyebut ulah AV “mencoreng citra
       * pariwisata Bali”") */
      /* (a tense or a mood, not a negation or a degree, which open
       * evaluations: "menyebut vonis itu “tidak adil”") */
      if (o > j + 2 && o + 1 < wt_ntok(d) && is_aux(d, o + 1) && !wt_tok_is(d, o + 1, "tidak") &&
          !wt_tok_is(d, o + 1, "tak") && !wt_tok_is(d, o + 1, "bukan") && !wt_tok_is(d, o + 1, "hanya") &&
          !wt_tok_is(d, o + 1, "lebih"))
        return UINT32_MAX;
      /* (a predicate after the object makes a clause too: an auxiliary or
       * a copula, "menyebut besaran kenaikan nantinya harus “adil …”",
       * "menyebut restorasi hanya “obat luka”"; and a verb after a relative
       * clause's own, "menyebut pendekatan yang diambil perusahaan bersifat
       * “persuasif”") */
      bool rel = false, relverb = false;
      for (uint32_t v = j + 1; v < o; v++) {
        const wt_token *w = wt_tok(d, v);
        if (wt_tok_is(d, v, "yang")) {
          rel = true;
          continue;
        }
        if (w->kind != WARTA_TOK_WORD || (w->flags & TF_CAP)) continue;
        bool verb = !(wt_clsof(d, v) & LX_NAMING) && wt_is_verb_form(LX(d), d->text + w->start, w->end - w->start);
        if (rel && !relverb) {
          relverb = verb;
          continue;
        }
        if (verb) return UINT32_MAX;
        if (v > j + 1 && !rel && is_aux(d, v)) return UINT32_MAX;
      }
      return j;
    }
  }
  return UINT32_MAX;
}

static bool content_after(warta_doc *d, uint32_t k, uint32_t lim, uint32_t *a, uint32_t *b);

/* Is the naming verb at v, before the quote pair pr of sentence st, a verb
 * of saying (a cue) with an object of its own ("menyebut insiden itu
 * sebagai “…”", "menyebut vonis itu “tidak adil”")?  Then [*a, *b) is the
 * reported clause, the quoted words inside.  Not a verb whose object is a
 * pronoun ("menyebutnya “…”": the quoted words are all it said), one in a
 * relative clause ("yang ia sebut “…”"), nor a verb that only gives a name
 * ("menjuluki"). */
static bool reported_naming(warta_doc *d, const wt_sent *st, uint32_t v, const pair *pr, uint32_t *a,
                            uint32_t *b) {
  const wt_token *t = wt_tok(d, v);
  size_t n = t->end - t->start;
  if (!(cue_cls(d, v, false) & LX_CUE_ACTIVE) || (n > 3 && !memcmp(d->text + t->end - 3, "nya", 3)) ||
      pr->open <= v + 1 || wt_tok_is(d, v, "sebut") || (v > st->tok0 && wt_tok_is(d, v - 1, "yang")) ||
      (v > st->tok0 + 1 && (wt_clsof(d, v - 1) & LX_PRONOUN) && wt_tok_is(d, v - 2, "yang")))
    return false;
  return content_after(d, v, st->tok1, a, b) && *a <= pr->open && *b > pr->close;
}

/* "Bagi Sulastri, jalan …", "Gerakan jumantik, bagi Mulyadi, merupakan
 * …": a person whose view the sentence gives, named after "bagi" at the
 * sentence start or between commas before token o.  Returns where the
 * person's noun phrase starts, or UINT32_MAX. */
static uint32_t view_holder(warta_doc *d, uint32_t s0, uint32_t o) {
  for (uint32_t k = s0; k + 2 < o; k++) {
    if (!wt_tok_is(d, k, "bagi") || !(k == s0 || is_p(d, k - 1, ','))) continue;
    wt_np np;
    if (wt_np_parse(d, k + 1, o, &np) &&
        (np.kind == NP_PER || np.kind == NP_ROLE || np.kind == NP_PRON || np.kind == NP_TITLE) && np.t1 < o &&
        is_p(d, np.t1, ','))
      return k + 1;
  }
  return UINT32_MAX;
}

/* "“…”, begitu X menjuluki …": the naming verb after the quote. */
static uint32_t begitu_after(warta_doc *d, uint32_t close, uint32_t lim, uint32_t *np_at) {
  uint32_t j = close + 1;
  if (j < lim && is_p(d, j, ',')) j++;
  if (j >= lim || !(wt_tok_is(d, j, "begitu") || wt_tok_is(d, j, "demikian"))) return UINT32_MAX;
  wt_np np;
  if (!wt_np_parse(d, j + 1, lim, &np) || np.kind == NP_NONE) return UINT32_MAX;
  uint32_t k = np.t1;
  while (k < lim && (wt_clsof(d, k) & LX_ADV_SKIP) && !(wt_tok(d, k)->flags & TF_CAP)) k++;
  /* (or any verb of an act: "begitu Risma menyapa salah satu warga") */
  const wt_token *v = k < lim ? wt_tok(d, k) : NULL;
  if (!v || !((wt_clsof(d, k) & (LX_NAMING | LX_CUE)) ||
              (v->kind == WARTA_TOK_WORD && !(v->flags & TF_CAP) && d->text[v->start] == 'm' &&
               wt_is_verb_form(LX(d), d->text + v->start, v->end - v->start))))
    return UINT32_MAX;
  *np_at = j + 1;
  return k;
}

/* Where the subject of a verb at k starts: after the last clause boundary
 * (sentence start, comma, semicolon, conjunction) before it. */
static uint32_t clause_start(warta_doc *d, uint32_t s0, uint32_t k) {
  uint32_t i = k;
  while (i > s0) {
    uint32_t j = i - 1;
    const wt_token *t = wt_tok(d, j);
    if (t->kind == WARTA_TOK_PUNCT && (t->ch == ',' || t->ch == ';' || t->ch == ':' || t->ch == PC_DASH))
      return i;
    if (t->kind == WARTA_TOK_QUOTE) return i;
    if (is_wordtok(d, j) && !(t->flags & TF_CAP) && (wt_clsof(d, j) & LX_CLAUSE_CONJ)) return i;
    i = j;
  }
  return s0;
}

/* "tetapi", "tapi", "namun": after a comma, the same subject's next verb. */
static bool contrast(const warta_doc *d, uint32_t i) {
  return wt_tok_is(d, i, "tetapi") || wt_tok_is(d, i, "namun") || wt_tok_is(d, i, "tapi");
}

/* Does [a, b) hold a pair of quote marks (a partial quote)?  (It is asked
 * with one mark: any there.  The first mark at or after a, searched for in
 * wt_annotate's list of the marks, rather than each token read.) */
static bool has_inner_quote(const warta_doc *d, uint32_t a, uint32_t b) {
  const uint32_t *m = d->quote_marks;
  uint32_t lo = 0, hi = d->nquote_marks;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (m[mid] < a) lo = mid + 1;
    else hi = mid;
  }
  return lo < d->nquote_marks && m[lo] < b;
}

/* "kepada" at k and the ones told when they are the press or an outlet:
 * the press as data/sources.lex lists it among first-hand notes ("kepada
 * (para) wartawan", "kepada awak media"), an outlet's name or address.
 * Where they end, or 0. */
static uint32_t told_end(warta_doc *d, uint32_t k, uint32_t lim) {
  uint32_t n = 0;
  uint32_t lex = wt_phrase(d, k, lim, &n);
  if (n > 1 && (wt_lex_cls(LX(d), lex) & LX_FIRSTHAND)) return k + n;
  if (k + 1 >= lim) return 0;
  if (wt_tok(d, k + 1)->kind == WARTA_TOK_URL) return k + 2;
  lex = wt_phrase(d, k + 1, lim, &n);
  return n && (wt_lex_cls(LX(d), lex) & LX_MEDIA) ? k + 1 + n : 0;
}

/* Reported content after a verb at k: skips "kepada wartawan", "dalam
 * keterangan ...", "di Jakarta, Senin (13/4)," up to a comma when such a
 * phrase follows the verb; then "bahwa", ":" or ","; stops at a
 * content_stop phrase after a comma or at the sentence end. */
static bool content_after(warta_doc *d, uint32_t k, uint32_t lim, uint32_t *a, uint32_t *b) {
  uint32_t i = k + 1;
  if (i >= lim) return false;
  uint32_t min_words = 2;
  /* a prepositional phrase right after the verb runs to the next comma or
   * "bahwa" ("mengatakan kepada Al Jazeera bahwa …") */
  /* (not "saat ini", "saat itu": a time adverb opening the content,
   * "menyebut saat ini sudah 38 penyelenggara …") */
  /* (nor "ke depan", from now on, before a clause of some length:
   * "berharap ke depan penyuluh … lebih aktif …") */
  bool ahead = i + 1 < lim && wt_tok_is(d, i, "ke") && wt_tok_is(d, i + 1, "depan");
  bool now = ahead || (i + 1 < lim && (wt_tok_is(d, i, "saat") || wt_tok_is(d, i, "ketika")) &&
                       (wt_tok_is(d, i + 1, "ini") || wt_tok_is(d, i + 1, "itu")));
  if (ahead) min_words = 6;
  if (is_wordtok(d, i) && (wt_clsof(d, i) & LX_NP_STOP) && !wt_tok_is(d, i, "yang") && !now) {
    uint32_t j = i;
    while (j < lim && !is_p(d, j, ',') && !is_qmark(d, j) && !(wt_clsof(d, j) & LX_COMP) && j - i < 16) j++;
    /* (but "mengatakan dari tujuh laporan yang masuk, dua …": a phrase of
     * "dari" closed by a comma opens the content itself; so does one of
     * "di"/"pada" that holds a clause: "mengatakan di posyandunya saat ini
     * masih ada 11 balita …, turun dari …") */
    bool clause = false;
    if (j < lim && is_p(d, j, ',') && (wt_tok_is(d, i, "di") || wt_tok_is(d, i, "pada")))
      for (uint32_t w = i + 1; w < j && !clause; w++) {
        const wt_token *x = wt_tok(d, w);
        clause = wt_tok_is(d, w, "ada") || wt_tok_is(d, w, "masih") || wt_tok_is(d, w, "sudah") ||
                 wt_tok_is(d, w, "telah") || wt_tok_is(d, w, "akan") || wt_tok_is(d, w, "belum") ||
                 (x->kind == WARTA_TOK_WORD && !(x->flags & TF_CAP) &&
                  wt_is_verb_form(LX(d), d->text + x->start, x->end - x->start));
      }
    uint32_t told = 0;
    if (j < lim && is_p(d, j, ',') && (wt_tok_is(d, i, "dari") || clause)) {
    } else if (j < lim && (is_p(d, j, ',') || (wt_clsof(d, j) & LX_COMP))) {
      i = j + (is_p(d, j, ',') ? 1 : 0);
    } else if (wt_tok_is(d, i, "kepada") && (told = told_end(d, i, lim)) != 0) {
      /* "mengaku kepada CNNIndonesia.com perahunya sudah lima hari …": the
       * ones told, an outlet or the press, then the content, with no comma
       * or "bahwa" between */
      i = told;
      min_words = 4;
    } else if (wt_tok_is(d, i, "di") || wt_tok_is(d, i, "dari") ||
               /* ("pada 2021 …", "pada Sabtu sore …": a time, not the object
                * of "menekankan pada …") */
               (wt_tok_is(d, i, "pada") && i + 1 < lim &&
                (wt_tok(d, i + 1)->kind == WARTA_TOK_NUMBER || wt_date_after(d, i + 1) >= 0)) ||
               /* ("dalam sepuluh tahun terakhir …", "dalam dua pekan …": a
                * span of time, not the occasion of "mengatakan dalam rapat") */
               (wt_tok_is(d, i, "dalam") && i + 2 < lim &&
                (((wt_tok(d, i + 1)->kind == WARTA_TOK_NUMBER ||
                   (wt_lex_cls2(LX(d), wt_lexof(d, i + 1)) & LX2_TIME_NUM)) &&
                  (wt_lex_cls2(LX(d), wt_lexof(d, i + 2)) & LX2_TIME_SPAN)) ||
                 /* (or one unit in one word: "dalam sebulan terakhir …") */
                 ((wt_lex_cls2(LX(d), wt_lexof(d, i + 1)) & LX2_TIME_SPAN) &&
                  !memcmp(d->text + wt_tok(d, i + 1)->start, "se", 2))))) {
      /* no comma or "bahwa" ends it: the phrase opens the content itself
       * ("mengatakan di lingkungannya masih banyak parit …"), when a clause
       * of some length follows -- not "mengatakan di Jakarta." */
      min_words = 6;
    } else {
      return false;
    }
  }
  /* "mengingatkan PLN bahwa …", "meyakinkan para investor bahwa …": the
   * ones told -- a name, a pronoun, people -- in a few words with no verb
   * before "bahwa" (what was said is no one: "menepis tudingan bahwa …",
   * "menyebut bencana ini sebagai bukti bahwa …") */
  if (i < lim && is_wordtok(d, i) && !wt_tok_is(d, i, "bahwa") &&
      ((wt_tok(d, i)->flags & TF_CAP) || (wt_clsof(d, i) & (LX_PRONOUN | LX_ROLE | LX_ROLE_COMMON)) ||
       wt_tok_is(d, i, "para") || wt_tok_is(d, i, "seluruh") || wt_tok_is(d, i, "semua") ||
       wt_tok_is(d, i, "masyarakat") || wt_tok_is(d, i, "publik"))) {
    uint32_t j = i;
    while (j < lim && j - i < 6 && is_wordtok(d, j) && !wt_tok_is(d, j, "bahwa") && !(wt_clsof(d, j) & LX_CUE) &&
           !wt_is_verb_form(LX(d), d->text + wt_tok(d, j)->start, wt_tok(d, j)->end - wt_tok(d, j)->start))
      j++;
    if (j > i && j + 1 < lim && wt_tok_is(d, j, "bahwa")) i = j;
  }
  if (i < lim && (is_p(d, i, ',') || is_p(d, i, ':'))) i++;
  /* "…, Rabu (15/11/2023), vaksinasi …": a date between commas */
  if (i < lim && wt_date_after(d, i) >= 0) {
    const wt_date_x *x = &WT_VEC_AT(d->dates_x, wt_date_x, wt_date_after(d, i));
    if (x->tok1 < lim && is_p(d, x->tok1, ',')) i = x->tok1 + 1;
  }
  /* ", seperti disampaikan dalam rapat, …": an aside before the content */
  {
    uint32_t n = 0;
    if (i < lim && (wt_lex_cls(LX(d), wt_phrase(d, i, lim, &n)) & CONTENT_END) && n) {
      uint32_t j = i + n;
      while (j < lim && !is_p(d, j, ',') && !is_qmark(d, j) && j - i < 16) j++;
      if (j < lim && is_p(d, j, ',')) i = j + 1;
    }
  }
  /* "mengatakan – dalam rapat – bahwa …": an aside between dashes */
  if (i < lim && wt_tok(d, i)->kind == WARTA_TOK_PUNCT && wt_tok(d, i)->ch == PC_DASH) {
    uint32_t j = i + 1;
    while (j < lim && j - i < 12 && !(wt_tok(d, j)->kind == WARTA_TOK_PUNCT && wt_tok(d, j)->ch == PC_DASH) &&
           !terminal(d, j) && !is_qmark(d, j))
      j++;
    if (j < lim && j - i < 12 && wt_tok(d, j)->kind == WARTA_TOK_PUNCT && wt_tok(d, j)->ch == PC_DASH) i = j + 1;
  }
  if (i < lim && (wt_clsof(d, i) & LX_COMP) && is_wordtok(d, i)) i++;
  if (i >= lim) return false;
  uint32_t e = i;
  const uint32_t dan = wt_named_entry("dan"), serta = wt_named_entry("serta");
  for (; e < lim; e++) {
    /* (a word and a mark are looked at apart: most tokens are words, and
     * only "dan" and "serta" among them end the content -- told by their
     * entries, as wt_tok_is tells them, the rarer tests after) */
    const wt_token *t = wt_tok(d, e);
    if (t->kind != WARTA_TOK_PUNCT) {
      /* ("… dan menyebut hasil perundingan sebagai “langkah maju”": the
       * subject's second verb, whose quoted words are a quote of their own) */
      if ((t->lex == dan || t->lex == serta) && e > i && e + 2 < lim && !(t[1].flags & TF_CAP) &&
          (cue_cls(d, e + 1, false) & LX_CUE_ACTIVE) && has_inner_quote(d, e + 2, lim))
        break;
      continue;
    }
    /* (a dot inside a number, "Rp16.800", ends nothing) */
    if (terminal(d, e) && (e + 1 >= lim || !is_wordtok(d, e + 1)) &&
        !(e > i && e + 1 < lim && wt_tok(d, e + 1)->kind == WARTA_TOK_NUMBER &&
          wt_tok(d, e - 1)->end == wt_tok(d, e)->start && wt_tok(d, e)->end == wt_tok(d, e + 1)->start))
      break;
    if (is_p(d, e, ',') && e + 1 < lim) {
      uint32_t n = 0;
      uint64_t c = wt_lex_cls(LX(d), wt_phrase(d, e + 1, lim, &n));
      if (n && (c & CONTENT_END)) break;
      /* ", kata X" / ", ujarnya" closing the clause */
      if (cue_cls(d, e + 1, false) & (LX_CUE_BARE | LX_CUE_NYA)) break;
      /* ", tetapi menegaskan …": the subject's second report starts */
      if (e + 2 < lim && contrast(d, e + 1) && (cue_cls(d, e + 2, false) & LX_CUE_ACTIVE))
        break;
    }
  }
  *a = i;
  *b = e;
  trim(d, a, b);
  return *b > *a && has_words(d, *a, *b, min_words);
}

/* A subject exists right before the verb at k (an NP ending there, skipping
 * adverbs like "juga"). */
static uint32_t subject_end(warta_doc *d, uint32_t s0, uint32_t k) {
  uint32_t e = k;
  while (e > s0 && is_wordtok(d, e - 1) && (wt_clsof(d, e - 1) & LX_ADV_SKIP) &&
         !(wt_tok(d, e - 1)->flags & TF_CAP))
    e--;
  return e;
}

static inline bool overlaps_quote(const warta_doc *d, uint32_t a, uint32_t b) {
  uint32_t i = a;
  for (; i < b && b - i >= 8; i += 8) /* (eight tokens' bytes a step) */
    if (wt_load8(d->qmark + i) & WT_BYTES(QM_CONTENT)) return true;
  for (; i < b; i++)
    if (d->qmark[i] & QM_CONTENT) return true;
  return false;
}

static bool cue_used(const warta_doc *d, uint32_t k) { return (d->qmark[k] & QM_CUE) != 0; }

/* The quotes overlapping clause [a, b) are partial ones inside it whose
 * speaker is a pronoun of a relative clause ("Kemenag juga menyiapkan dana
 * … yang besarannya ia sebut “setara biaya hidup layak” selama masa
 * studi"): the clause's speaker's own words in it. They go (with their
 * marks), and the clause is mixed. Returns false, changing nothing, when
 * another quote overlaps. */
static bool absorb_partials(warta_doc *d, uint32_t a, uint32_t b) {
  wt_quote_x *q = d->quotes_x.data;
  size_t n = d->quotes_x.len, kept = 0;
  for (size_t i = 0; i < n; i++) {
    if (q[i].tok1 <= a || q[i].tok0 >= b) continue;
    if (q[i].kind != WARTA_PARTIAL || q[i].sp_kind != SP_AFTER || q[i].open < a || q[i].close >= b ||
        !(wt_clsof(d, q[i].sp_tok) & LX_PRONOUN))
      return false;
  }
  for (size_t i = 0; i < n; i++) {
    if (q[i].tok1 <= a || q[i].tok0 >= b) {
      q[kept++] = q[i];
      continue;
    }
    for (uint32_t t = q[i].open; t <= q[i].close; t++) d->qmark[t] &= (uint8_t)~(QM_CONTENT | QM_DIRECT);
    d->qmark[q[i].cue0] &= (uint8_t)~QM_CUE;
  }
  d->quotes_x.len = kept;
  return true;
}

/* --------------------------------------------------------------- stage */

/* Does the quote mark at o open its sentence? */
static bool sentence_start_at(const warta_doc *d, uint32_t o) {
  uint32_t s = wt_sent_index(d, o);
  const wt_sent *st = &WT_VEC_AT(d->sents, wt_sent, s);
  return o == st->tok0 || (o > st->tok0 && o - st->tok0 <= 1 && wt_tok(d, st->tok0)->kind == WARTA_TOK_PUNCT);
}

/* Is token i a noun for what someone says with -nya ("Pesannya",
 * "Jawabannya", "Sikapnya": data/grammar.lex, speech_noun)? */
static bool speech_noun_nya(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  size_t n = t->end - t->start;
  if (t->kind != WARTA_TOK_WORD || n < 7 || memcmp(d->text + t->end - 3, "nya", 3)) return false;
  uint32_t x = wt_lex_find(LX(d), d->text + t->start, n - 3);
  return x != LEX_NONE && (wt_lex_cls2(LX(d), x) & LX2_SPEECH_NOUN);
}

/* Does a conditional or a purpose ("jika", "agar" …: data/grammar.lex,
 * hypothetical) open the clause of the verb at v, a few words before it? */
static bool hypothetical_clause(const warta_doc *d, uint32_t s0, uint32_t v) {
  for (uint32_t k = v; k > s0 && v - k < 6;) {
    k--;
    const wt_token *t = wt_tok(d, k);
    if (t->kind != WARTA_TOK_WORD) return false;
    if (wt_lex_cls2(LX(d), wt_lexof(d, k)) & LX2_HYPOTHETICAL) return true;
  }
  return false;
}

static int direct_quotes(warta_doc *d) {
  const wt_para *paras = d->paras.data;
  enum { CAP = 512 };
  pair pairs[CAP];
  /* the quote marks of the document, in order (wt_annotate listed them) */
  const uint32_t *marks = d->quote_marks;
  size_t nmarks = d->nquote_marks, m1 = 0;
  uint32_t carry = UINT32_MAX; /* the opening mark of a quote that runs on into this paragraph */
  for (size_t p = 0; p < d->paras.len && m1 < nmarks; p++) {
    /* (a paragraph that ends before the next mark holds none: most do) */
    if (paras[p].tok1 <= marks[m1]) continue;
    /* this paragraph's marks: [m0, m1) (the paragraphs follow each other:
     * its first mark is at or after the last one's end) */
    size_t m0 = m1;
    while (m0 < nmarks && marks[m0] < paras[p].tok0) m0++;
    m1 = m0;
    while (m1 < nmarks && marks[m1] < paras[p].tok1) m1++;
    if (paras[p].boiler || m1 == m0) continue; /* (no marks: no pairs) */
    int n = pair_marks(d, p, false, marks + m0, m1 - m0, pairs, CAP);
    if (n == 0) n = pair_marks(d, p, true, marks + m0, m1 - m0, pairs, CAP);
    uint32_t plim = paras[p].tok1;
    for (int k = 0; k < n; k++) {
      pair *pr = &pairs[k];
      bool multi = false;
      /* a multi-paragraph quote is one quote, from its first opening mark
       * to its final closing mark */
      if (carry != UINT32_MAX) {
        if (k == 0 && (pr->open == paras[p].tok0 || (pr->c0 == paras[p].tok0 && pr->open == pr->close))) {
          pr->open = carry;
          multi = true;
        }
        carry = UINT32_MAX;
      }
      if (pr->cont) {
        carry = pr->open;
        continue;
      }
      uint32_t c0 = multi ? pr->open + 1 : pr->c0, c1 = pr->close;
      trim(d, &c0, &c1);
      if (c1 <= c0 || !has_words(d, c0, c1, 1)) continue;
      /* a name in quote marks inside a sentence, every word capitalised
       * ("pemilik kedai 'Kopi Cikuray', mengaku …", "film “Surat untuk
       * Bunga”") is a name or a title, not words someone said */
      if (!multi && c1 - c0 <= 4 && pr->open > paras[p].tok0 && !sentence_start_at(d, pr->open)) {
        bool title = true;
        for (uint32_t w = c0; w < c1 && title; w++) {
          const wt_token *x = wt_tok(d, w);
          title = x->kind == WARTA_TOK_WORD && (x->flags & (TF_CAP | TF_UPPER));
        }
        if (title) continue;
      }
      uint32_t s = wt_sent_from(d, paras[p].sent0, pr->open);
      const wt_sent *st = &WT_VEC_AT(d->sents, wt_sent, s);
      uint32_t cue = UINT32_MAX, np_at = UINT32_MAX;
      int sp = SP_NONE;
      /* cue after: ”…,” kata X */
      if (pr->closed || pr->close < plim) {
        uint32_t after = pr->closed ? pr->close : pr->close - 1;
        if (!pr->closed) after = pr->close - 1; /* recovered: the cue itself is at close */
        uint32_t j = pr->closed ? cue_after(d, pr->close, plim) : (pr->close < plim ? pr->close : UINT32_MAX);
        if (!pr->closed && j != UINT32_MAX && !(cue_cls(d, j, false) & (LX_CUE_BARE | LX_CUE_NYA))) j = UINT32_MAX;
        (void)after;
        if (j != UINT32_MAX) {
          cue = j;
          uint64_t c = cue_cls(d, j, false);
          if (c & LX_CUE_NYA) sp = SP_NYA;
          else if (c & LX_CUE_PREP) sp = SP_AFTER; /* ”…,” menurut X */
          else sp = SP_AFTER;
          np_at = j + 1;
        } else if (pr->closed) {
          uint32_t at;
          uint32_t nj = cue_next_sentence(d, pr->close, plim, &at);
          if (nj == UINT32_MAX) nj = subject_cue_after(d, pr->close, plim, &at);
          if (nj != UINT32_MAX) {
            cue = nj;
            sp = SP_AFTER;
            np_at = at;
          }
        }
      }
      /* cue before: X mengatakan, ”…”  /  kata X, ”…”  /  Menurut X, ”…”  /  X: ”…” */
      if (cue == UINT32_MAX && pr->open > st->tok0) {
        uint32_t j = pr->open;
        while (j > st->tok0 && (is_p(d, j - 1, ',') || is_p(d, j - 1, ':'))) j--;
        uint32_t k2 = j;
        /* "bahwa", "kepada wartawan" between the verb and the quote */
        if (k2 > st->tok0 && (wt_clsof(d, k2 - 1) & LX_COMP)) k2--;
        if (k2 > st->tok0) {
          uint64_t c = cue_cls(d, k2 - 1, true);
          /* (a weak verb straight before the mark takes the quoted words as
           * its object: "menargetkan “pusat komando …”" -- a comma or a
           * colon makes them its report: "menilai, “…”") */
          if ((c & LX_CUE_ACTIVE) && !(wt_tok(d, k2 - 1)->flags & TF_CAP) &&
              !((c & LX_CUE_WEAK) && j == pr->open && k2 == j)) {
            /* (not in a clause a condition or a purpose opens: "… hanya
             * jika Kyiv mengakui “realitas di lapangan”" reports nothing) */
            if (!hypothetical_clause(d, st->tok0, k2 - 1)) {
              cue = k2 - 1;
              sp = SP_SUBJECT;
            }
          } else if ((c & LX_CUE_NYA) && !(c & LX_CUE_BARE)) {
            cue = k2 - 1; /* "Dikatakannya, ”…”" / "ujarnya, ”…”" */
            sp = SP_NYA;
          } else {
            /* "mengatakan kepada wartawan, ”…”": a phrase between verb and quote */
            /* (not across "bahwa": the quoted words are then inside the
             * reported clause, "menulis di platform X bahwa pasukan Israel
             * telah “…”", a mixed quote) */
            for (uint32_t v = k2; v > st->tok0 && k2 - v < 8; v--) {
              if (is_p(d, v - 1, ',') || is_qmark(d, v - 1) || wt_tok_is(d, v - 1, "bahwa")) break;
              if ((cue_cls(d, v - 1, false) & LX_CUE_ACTIVE) && v < k2 && (wt_clsof(d, v) & LX_NP_STOP)) {
                cue = v - 1;
                sp = SP_SUBJECT;
                break;
              }
            }
          }
        }
        if (cue == UINT32_MAX) {
          /* "kata X, ”…”" and "Menurut X, ”…”": a cue opening the clause */
          uint32_t cs = clause_start(d, st->tok0, j);
          wt_np cnp;
          if (cs < j && (cue_cls(d, cs, true) & (LX_CUE_BARE | LX_CUE_PREP)) && !(cue_cls(d, cs, true) & LX_CUE_NYA) &&
              wt_np_parse(d, cs + 1, j, &cnp) && cnp.t1 == j) {
            /* the whole clause is "kata NP" right before the mark */
            cue = cs;
            sp = SP_AFTER;
            np_at = cs + 1;
          } else if (cs < j && (cue_cls(d, cs, true) & LX_CUE_NYA) && cs + 1 == j) {
            cue = cs;
            sp = SP_NYA;
          } else if (j < pr->open && is_p(d, j, ':') && j > st->tok0) {
            /* "X: ”…”" — a speaker named before a colon */
            wt_np np;
            uint32_t s0 = clause_start(d, st->tok0, j);
            /* (an age and the outlet told may stand before the colon:
             * "Nelayan Jomar Dela Cruz (41) kepada Reuters: ”…”") */
            uint32_t e2 = 0;
            bool named = wt_np_parse(d, s0, j, &np) && np.kind != NP_LOC;
            if (named) {
              e2 = np.t1;
              if (wt_age_at(d, e2, j)) e2 += 3;
              if (e2 < j && wt_tok_is(d, e2, "kepada") && j - e2 <= 4) e2 = j;
            }
            if (named && e2 == j) {
              sp = SP_AFTER;
              np_at = s0;
              cue = UINT32_MAX;
            } else if (s0 + 2 < j && (wt_lex_cls2(LX(d), wt_lexof(d, s0)) & LX2_SPEECH_NOUN) &&
                       wt_np_parse(d, s0 + 1, j, &np) && np.kind == NP_PER && j - np.t1 <= 6) {
              /* "Pesan Rusdi kepada kedua kubu singkat: “…”", "sikap Arief
               * tegas: ”…”": what a person said, named before the colon */
              sp = SP_AFTER;
              np_at = s0 + 1;
              cue = UINT32_MAX;
            } else if (j - s0 <= 6 && speech_noun_nya(d, s0) && !has_predicate(d, s0 + 1, j)) {
              /* "Pesannya tegas: “…”", "Pesannya bagi wisatawan sederhana:
               * “…”": what the person talked about said */
              sp = SP_NYA;
              cue = s0;
            }
          }
        }
      }
      /* a paragraph that ends with a verb of saying and a colon introduces
       * the quote that opens the next one: "…, perwira menengah Polri itu
       * menjawab singkat:" | "“Tersangka DN mencoba …”" */
      if (cue == UINT32_MAX && sp == SP_NONE && !multi && p > 0 && pr->open == paras[p].tok0 && !paras[p - 1].boiler &&
          paras[p - 1].tok1 > paras[p - 1].tok0 + 2 && is_p(d, paras[p - 1].tok1 - 1, ':')) {
        uint32_t z = paras[p - 1].tok1 - 1;
        for (uint32_t v = z; v > paras[p - 1].tok0 + 1 && z - v < 3; v--)
          if ((cue_cls(d, v - 1, true) & LX_CUE_ACTIVE) && !(wt_tok(d, v - 1)->flags & TF_CAP)) {
            cue = v - 1;
            sp = SP_SUBJECT;
            break;
          }
      }
      bool sentence_start = pr->open == st->tok0 || (pr->open > st->tok0 && pr->open - st->tok0 <= 1 &&
                                                      wt_tok(d, st->tok0)->kind == WARTA_TOK_PUNCT);
      int kind = WARTA_DIRECT;
      /* a quoted phrase after a naming verb in the writer's sentence is a
       * partial quote: "menyebutnya “…”", "yang ia sebut “…”", "menggambarkan X
       * sebagai “…”"; and "“…”, begitu X menjuluki …" */
      if (cue == UINT32_MAX && sp == SP_NONE && !multi) {
        uint32_t v = naming_before(d, st->tok0, pr->open);
        /* (the naming verb's passive: "disebut", "dijuluki") */
        const wt_token *vt = v != UINT32_MAX ? wt_tok(d, v) : NULL;
        bool passive = vt && vt->end - vt->start > 4 && d->text[vt->start] == 'd' && d->text[vt->start + 1] == 'i';
        /* (a passive naming inside reported speech leaves the quoted words
         * to the reported clause: "menegaskan, partainya menolak pilkada
         * lewat DPRD yang disebutnya sebagai “langkah mundur”" is one mixed
         * quote) */
        if (passive)
          for (uint32_t w = st->tok0; w < v; w++)
            if (cue_cls(d, w, false) & LX_CUE) {
              v = UINT32_MAX;
              break;
            }
        uint32_t ma = 0, mb = 0;
        if (v != UINT32_MAX && reported_naming(d, st, v, pr, &ma, &mb)) {
          /* a verb of saying that names its object with quoted words
           * reports what the speaker said of it: the object and the quoted
           * words are one mixed quote ("Teheran menyebut insiden itu sebagai
           * “aksi terorisme negara” yang jelas melanggar hukum
           * internasional", the reference article's reading of quoted words
           * inside reported speech) */
          wt_quote_x *q = new_quote(d, ma, mb, WARTA_MIXED, s);
          if (!q) return no_quote(d, ma);
          q->open = q->close = q->tok0;
          q->cue0 = v;
          q->cue1 = v + 1;
          q->sp_kind = SP_SUBJECT;
          q->sp_tok = v;
          mark_quote(d, q);
          continue;
        }
        if (v != UINT32_MAX) {
          kind = WARTA_PARTIAL;
          cue = v;
          if (v > st->tok0 && (wt_clsof(d, v - 1) & LX_PRONOUN)) {
            sp = SP_AFTER; /* "yang ia sebut": the pronoun is the speaker */
            np_at = v - 1;
          } else if (passive && !memcmp(d->text + vt->end - 3, "nya", 3)) {
            sp = SP_NYA; /* "yang disebutnya": the clitic is the speaker */
          } else if (passive && v + 1 < pr->open && wt_tok(d, v + 1)->kind == WARTA_TOK_WORD &&
                     (wt_tok(d, v + 1)->flags & TF_CAP)) {
            sp = SP_AFTER; /* "yang disebut Heri sebagai": the agent after it */
            np_at = v + 1;
          } else {
            sp = SP_SUBJECT;
          }
        } else if (pr->closed && sentence_start) {
          uint32_t at;
          v = begitu_after(d, pr->close, plim, &at);
          if (v != UINT32_MAX) {
            /* (a phrase named, "“…”, begitu X menjuluki …"; a sentence said,
             * "“Yak opo kondisine saiki …,” begitu Risma menyapa …") */
            kind = (wt_clsof(d, v) & LX_NAMING) || !has_words(d, c0, c1, 4) ? WARTA_PARTIAL : WARTA_DIRECT;
            cue = v;
            sp = SP_AFTER;
            np_at = at;
          }
        }
        /* "Bagi jaksa, Bambang adalah “pintu masuk” bagi para importir":
         * quoted words in a sentence whose view "bagi X" gives are X's own,
         * a partial quote with no cue */
        if (sp == SP_NONE && pr->closed && !sentence_start) {
          uint32_t h = view_holder(d, st->tok0, pr->open);
          if (h != UINT32_MAX) {
            kind = WARTA_PARTIAL;
            sp = SP_AFTER;
            np_at = h;
          }
        }
      }
      if (cue == UINT32_MAX && sp == SP_NONE) {
        if (multi || (sentence_start && has_words(d, c0, c1, 3))) {
          sp = SP_PREV; /* a whole sentence after a speaker: continuation */
        } else {
          /* a phrase in quote marks: scare quote, title or partial; words of
           * three or more in small letters inside the writer's sentence may
           * be the last speaker's own, unless the sentence reports speech
           * (settled by partials_alone, after indirect speech is found) */
          if (pr->closed && !sentence_start && wt_tok(d, c0)->kind == WARTA_TOK_WORD &&
              !(wt_tok(d, c0)->flags & TF_CAP) && has_words(d, c0, c1, 3)) {
            d->qmark[pr->open] |= QM_PART_OPEN;
            d->qmark[pr->close] |= QM_PART_CLOSE;
          }
          continue;
        }
      }
      wt_quote_x *q = new_quote(d, c0, c1, kind, s);
      if (!q) return no_quote(d, c0);
      q->open = pr->c0 == pr->open + 1 || multi ? pr->open : pr->c0;
      q->close = pr->close;
      if (cue != UINT32_MAX) {
        q->cue0 = cue;
        q->cue1 = cue + 1;
      } else {
        q->cue0 = q->cue1 = 0;
      }
      q->sp_kind = (uint8_t)sp;
      q->sp_tok = np_at != UINT32_MAX ? np_at : cue;
      if (sp == SP_SUBJECT) q->sp_tok = cue;
      if (kind == WARTA_PARTIAL) q->flags |= QF_WEAK;
      if (multi) q->flags |= QF_MULTI_PARA;
      if (sp == SP_PREV) q->flags |= QF_CONT;
      mark_quote(d, q);
    }
  }
  return WARTA_OK;
}

/* Does a predicate start at token i: an auxiliary or a negation (is_aux:
 * "telah", "akan", "tidak", "merupakan"), or a passive verb ("dikoreksi")? */
static bool predicate_at(warta_doc *d, uint32_t i) {
  if (is_aux(d, i)) return true;
  const wt_token *t = wt_tok(d, i);
  const char *w = d->text + t->start;
  size_t n = t->end - t->start;
  return t->kind == WARTA_TOK_WORD && !(t->flags & TF_CAP) && n > 4 && w[0] == 'd' && w[1] == 'i' &&
         wt_is_verb_form(d->eng->lex, w, n);
}

/* A copula at i, an adverb perhaps before it, within b: "hal itu
 * (sepenuhnya) menjadi keputusan …", "hal itu merupakan …", "hal tersebut
 * bukan …" -- a clause about "hal itu", not a pointer back at a quote. */
static bool copula_at(warta_doc *d, uint32_t i, uint32_t b) {
  const wt_token *t = wt_tok(d, i);
  if (i + 1 < b && t->kind == WARTA_TOK_WORD && !(t->flags & TF_CAP) &&
      ((wt_clsof(d, i) & LX_ADV_SKIP) ||
       (t->end - t->start > 6 && !memcmp(d->text + t->end - 3, "nya", 3) && !memcmp(d->text + t->start, "se", 2))))
    i++;
  return wt_tok_is(d, i, "menjadi") || wt_tok_is(d, i, "merupakan") || wt_tok_is(d, i, "adalah") ||
         wt_tok_is(d, i, "ialah") || wt_tok_is(d, i, "bukan");
}

/* The comma ending the relative clause at j ("yang …"), within twenty
 * tokens and before the sentence's end, or 0. */
static uint32_t clause_comma(warta_doc *d, uint32_t j, uint32_t lim) {
  uint32_t c = j;
  while (c < lim && c - j < 20 && !is_p(d, c, ',') && !terminal(d, c) && !is_qmark(d, c)) c++;
  return c + 1 < lim && is_p(d, c, ',') ? c : 0;
}

/* After "menurut" at i: someone unnamed with a relative clause ("seorang
 * jaksa yang mengetahui perkara ini", "dua pejabat yang enggan disebut
 * namanya"), ending at a comma.  Returns the comma, or 0. */
static uint32_t unnamed_with_clause(warta_doc *d, uint32_t i, uint32_t lim) {
  uint32_t j = i;
  /* (a quantifier, then a person's noun in small letters: "seorang
   * jaksa", "salah seorang pejabat", "dua pejabat AS") */
  if (wt_tok_is(d, j, "salah") && j + 1 < lim && wt_tok_is(d, j + 1, "seorang")) j++;
  if (!(j < lim && (wt_tok_is(d, j, "seorang") || wt_tok_is(d, j, "dua") || wt_tok_is(d, j, "tiga") ||
                    wt_tok_is(d, j, "beberapa") || wt_tok_is(d, j, "sejumlah"))))
    return 0;
  j++;
  if (!(j < lim && is_wordtok(d, j) && !(wt_tok(d, j)->flags & TF_CAP) &&
        (wt_clsof(d, j) & (LX_PERSON_NOUN | LX_ROLE_COMMON | LX_ROLE))))
    return 0;
  /* (its words up to the clause: "seorang pejabat senior Gedung Putih") */
  while (j < lim && j - i < 8 && !wt_tok_is(d, j, "yang") && !is_p(d, j, ',') && !terminal(d, j)) j++;
  return j < lim && wt_tok_is(d, j, "yang") ? clause_comma(d, j, lim) : 0;
}

/* The content of a cue that opens its clause ("Menurut X, CONTENT",
 * "Dikatakannya, CONTENT"): [*a, *b) trimmed, cut before ", sehingga …"-like
 * continuations (content_stop); false when fewer than two words are left or
 * it starts at a quote mark (a direct quote's own cue). */
static bool content_to_end(warta_doc *d, uint32_t *a, uint32_t *b) {
  trim(d, a, b);
  for (uint32_t e = *a; e + 1 < *b; e++) {
    uint32_t n;
    if (is_p(d, e, ',') && (wt_lex_cls(LX(d), wt_phrase(d, e + 1, *b, &n)) & CONTENT_END)) {
      *b = e;
      break;
    }
  }
  trim(d, a, b);
  return *b > *a && has_words(d, *a, *b, 2) && !is_qmark(d, *a);
}
/* Are tokens [a, b) only a link to the sentence before: "Namun",
 * "Selain itu", "Oleh karena itu" (data/grammar.lex, connective)? */
static bool connective_only(warta_doc *d, uint32_t a, uint32_t b) {
  if (b <= a || b - a > 3 || !(wt_lex_cls2(LX(d), wt_lexof(d, a)) & LX2_CONNECTIVE)) return false;
  if (b - a == 1) return true;
  uint32_t l = b - 1;
  return wt_tok_is(d, l, "itu") || wt_tok_is(d, l, "ini") || wt_tok_is(d, l, "demikian") ||
         (b - a == 2 && wt_tok_is(d, l, "tetapi"));
}

/* A cue set off by commas inside its sentence: "Program itu, kata dia,
 * akan diperluas …", "Namun, menurutnya, pohon …".  e is the comma after
 * the cue and its speaker.  The content is the clause after e and, unless
 * they only link to the sentence before, the words before the cue: one
 * span over the reported clause, the cue inside it. */
static bool interposed(warta_doc *d, uint32_t s0, uint32_t k, uint32_t e, uint32_t s1, uint32_t *a, uint32_t *b) {
  if (e + 1 >= s1 || !is_p(d, e, ',') || terminal(d, e + 1) || is_qmark(d, e + 1)) return false;
  /* (not what follows a trailing cue: "…, kata Budi, yang juga …", "…,
   * ujarnya, saat ditemui …", "…, katanya, Senin (3/11)") */
  uint32_t f = e + 1;
  /* (a verb of opinion or aim goes on the clause: "Gapoktan … itu, lanjut
   * Sugiyanto, menargetkan bisa menyetor …", its predicate) */
  bool weak = (wt_clsof(d, f) & (LX_CUE | LX_CUE_WEAK | LX_CUE_ACTIVE)) == (LX_CUE | LX_CUE_WEAK | LX_CUE_ACTIVE) &&
              !(wt_tok(d, f)->flags & TF_CAP);
  if (wt_tok_is(d, f, "yang") || ((wt_clsof(d, f) & (LX_NP_STOP | LX_CUE)) && !weak) ||
      (wt_lex_cls2(LX(d), wt_lexof(d, f)) & (LX2_WEEKDAY | LX2_MONTH | LX2_TIME_PAST | LX2_TIME_FUTURE)))
    return false;
  *a = f;
  *b = s1;
  if (!content_to_end(d, a, b) || !has_words(d, *a, *b, 3)) return false;
  /* (nor a description of the speaker: "…, kata Budi, warga Desa Cibodas") */
  wt_np ap;
  if (wt_np_parse(d, f, s1, &ap) && ap.kind != NP_NONE && ap.t1 >= *b) return false;
  if (k > s0 + 1 && !connective_only(d, s0, k - 1)) {
    uint32_t a0 = s0, b0 = k - 1;
    trim(d, &a0, &b0);
    if (b0 > a0 && !overlaps_quote(d, a0, *b)) *a = a0;
  }
  return true;
}

/* Does the sentence from s0 open with a time or reason clause that runs
 * to k with no comma ("Setelah …", "Ketika …", "Karena …", "Belum sempat
 * …")? */
static bool time_clause_opens(const warta_doc *d, uint32_t s0, uint32_t k) {
  if (k < s0 + 2) return false;
  bool opens = ((wt_clsof(d, s0) & (LX_CLAUSE_CONJ | LX_NP_STOP)) == (LX_CLAUSE_CONJ | LX_NP_STOP)) ||
               wt_tok_is(d, s0, "usai") || wt_tok_is(d, s0, "seusai") || wt_tok_is(d, s0, "sesudah") ||
               (wt_tok_is(d, s0, "belum") && wt_tok_is(d, s0 + 1, "sempat"));
  if (!opens) return false;
  for (uint32_t w = s0 + 1; w < k; w++)
    if (wt_tok(d, w)->kind == WARTA_TOK_PUNCT || wt_tok(d, w)->kind == WARTA_TOK_QUOTE) return false;
  return true;
}

/* Indirect (and mixed) speech in sentence s, whose first cue word is token
 * first. */
static int indirect_in(warta_doc *d, uint32_t s, uint32_t first, wt_cursor *cur) {
  const wt_sent *st = &WT_VEC_AT(d->sents, wt_sent, s);
  uint32_t s0 = st->tok0, s1 = st->tok1;
  /* from cue word to cue word (wt_annotate's list): no other token has
   * cue_cls */
  for (uint32_t k = first; k < s1; k = wt_next_listed(cur, k + 1)) {
    uint64_t c = cue_cls(d, k, true);
    if (!c || cue_used(d, k) || in_direct(d, k)) continue;
    const wt_token *t = wt_tok(d, k);
    bool cap = (t->flags & TF_CAP) != 0;
    uint32_t a = 0, b = 0, cue = k;
    int sp = SP_NONE;
    uint32_t sp_tok = k;
    if ((c & LX_CUE_ACTIVE) && !cap) {
      /* X mengatakan, … */
      uint32_t se = subject_end(d, s0, k);
      uint32_t cs = clause_start(d, s0, se);
      bool seraya = cs < se && se - cs == 1 && (wt_tok_is(d, cs, "seraya") || wt_tok_is(d, cs, "sambil") ||
                                                 wt_tok_is(d, cs, "sembari") || wt_tok_is(d, cs, "dan"));
      bool yang = se > s0 && wt_tok_is(d, se - 1, "yang");
      if (yang) continue; /* "… yang mengatakan": a relative clause, not a report */
      /* "Belum sempat Hendra menjawab, anggota Fraksi … menyela": a verb of
       * saying inside a time clause that opens the sentence reports nothing
       * of the main clause after its comma */
      if (k + 1 < s1 && is_p(d, k + 1, ',') && time_clause_opens(d, s0, k)) continue;
      /* "tidak menjawab pesan Tempo", "enggan menjelaskan": a verb of saying
       * negated reports nothing -- unless it denies ("tidak membantah
       * bahwa …" affirms) */
      if (se > s0 && !(c & LX_CUE_DENY) &&
          (wt_tok_is(d, se - 1, "tidak") || wt_tok_is(d, se - 1, "tak") || wt_tok_is(d, se - 1, "belum") ||
           wt_tok_is(d, se - 1, "enggan") || wt_tok_is(d, se - 1, "bukan") || wt_tok_is(d, se - 1, "menolak")))
        continue;
      if (se == cs && !seraya) {
        /* "seraya menambahkan" after a comma: the main clause's speaker */
        /* (and ", tetapi menegaskan …", ", namun menilai …": a second verb
         * of the same subject) */
        if (cs > s0 && (wt_tok_is(d, cs - 1, "seraya") || wt_tok_is(d, cs - 1, "sambil") ||
                        (contrast(d, cs - 1) && cs > s0 + 1 && is_p(d, cs - 2, ',')))) {
          seraya = true;
        } else {
          /* "Pemilik warung, Sulastri, menuturkan": a subject before the commas */
          wt_np sub;
          if (!wt_subject_np(d, k, s, &sub)) continue;
        }
      }
      /* "BPBD mencatat …": a verb of recording a figure reports only with a
       * named person or body as subject (data/cues.lex, cue_data) */
      if (c & LX_CUE_DATA) {
        wt_np sub;
        if (!wt_subject_np(d, k, s, &sub) ||
            (sub.kind != NP_PER && sub.kind != NP_ORG && sub.kind != NP_PRON && sub.kind != NP_ROLE && sub.kind != NP_TITLE) ||
            (sub.t0 < k && (wt_tok_is(d, sub.t0, "data") || wt_tok_is(d, sub.t0, "laporan") ||
                            wt_tok_is(d, sub.t0, "catatan") || wt_tok_is(d, sub.t0, "survei"))) ||
            (sub.t0 > s0 && (wt_tok_is(d, sub.t0 - 1, "data") || wt_tok_is(d, sub.t0 - 1, "laporan") ||
                             wt_tok_is(d, sub.t0 - 1, "catatan") || wt_tok_is(d, sub.t0 - 1, "survei"))))
          continue;
      }
      if (!content_after(d, k, s1, &a, &b)) continue;
      /* "membenarkan korban merupakan siswa …", not "membenarkan insiden
       * tersebut": a verb that reports a clause only (data/cues.lex,
       * cue_clause), unless a comma, a colon or "bahwa" sets it off */
      if ((wt_lex_cls2(LX(d), wt_lexof(d, k)) & LX2_CUE_CLAUSE) &&
          !(k + 1 < s1 && (is_p(d, k + 1, ',') || is_p(d, k + 1, ':') || (wt_clsof(d, k + 1) & LX_COMP))) &&
          !has_predicate(d, a, b))
        continue;
      /* "meminta tanggapan …", "meminta konfirmasi kepada …": asking for a
       * statement is none (data/grammar.lex, ask_object) */
      /* (unless, pointed at with a demonstrative, it is the subject of the
       * clause reported: "mengatakan permintaan maaf itu kerap menjadi …",
       * "permintaan maaf publik semacam ini kerap …") */
      uint32_t an = 0;
      if ((wt_lex_cls2(LX(d), wt_phrase(d, a, b, &an)) & LX2_ASK_OBJECT) && an) {
        uint32_t dm = a + an;
        while (dm < b && dm < a + an + 3 && !(wt_clsof(d, dm) & LX_DESC_END)) dm++;
        if (dm >= b || dm >= a + an + 3 || !has_predicate(d, dm + 1, b)) continue;
      }
      /* "mengatakan hal itu saat …": points back at a quote (not "hal itu"
       * opening a clause: "menegaskan hal itu telah dikoreksi dalam rapat
       * pleno") */
      if (wt_tok_is(d, a, "hal") && a + 1 < b && (wt_tok_is(d, a + 1, "itu") || wt_tok_is(d, a + 1, "tersebut")) &&
          !(a + 2 < b && (predicate_at(d, a + 2) || copula_at(d, a + 2, b))))
        continue;
      if (is_qmark(d, a) || (a > k + 1 && is_qmark(d, a - 1) && (wt_tok(d, a - 1)->flags & TF_QOPEN))) continue;
      sp = seraya ? SP_CLAUSE : SP_SUBJECT;
      sp_tok = k;
    } else if ((c & LX_CUE_PREP) && !(c & LX_CUE_NYA)) {
      /* "Menurut X, …" (at a clause start) or "…, menurut X." (at the end) */
      if (k != s0 && !is_p(d, k - 1, ',')) continue;
      /* "Menurut seorang jaksa yang mengetahui perkara ini, penyidik …":
       * someone unnamed with a relative clause up to the comma; what
       * follows is what they say, with no one named */
      {
        uint32_t c2 = unnamed_with_clause(d, k + 1, s1);
        if (c2) {
          a = c2 + 1;
          b = s1;
          if (!content_to_end(d, &a, &b)) continue;
          sp = SP_NONE;
          sp_tok = k + 1;
          goto found;
        }
      }
      /* ("Menurut laporan The New York Times …": the outlet's report) */
      bool report = k + 2 < s1 && wt_tok_is(d, k + 1, "laporan");
      wt_np np;
      if (report && !(wt_np_parse(d, k + 2, s1, &np) && np.kind == NP_MEDIA)) continue;
      if (!report && !wt_np_parse(d, k + 1, s1, &np)) {
        /* "Menurut kementerian tersebut, …": a body's head or a noun for a
         * body, in lower case, with a demonstrative (the speaker stage finds
         * the body it stands for) */
        if (!(k + 3 < s1 && is_p(d, k + 3, ',') && is_wordtok(d, k + 1) && !(wt_tok(d, k + 1)->flags & TF_CAP) &&
              ((wt_clsof(d, k + 1) & LX_ORG_HEAD) || (wt_lex_cls2(LX(d), wt_lexof(d, k + 1)) & LX2_ORG_NOUN)) &&
              (wt_tok_is(d, k + 2, "itu") || wt_tok_is(d, k + 2, "tersebut"))))
          continue;
        np.kind = NP_ORG;
        np.t1 = k + 3;
      }
      if (np.kind == NP_MEDIA) {
        /* "Menurut AP, tingkat partisipasi …": what the agency reports, with
         * no one named as speaker (the source stage names the agency) */
        /* (a report may follow an adjunct and have a relative clause up to
         * the comma: "Di Washington, menurut laporan CNN yang mengutip dua
         * pejabat AS, pemerintah …") */
        uint32_t cm = report && np.t1 < s1 && wt_tok_is(d, np.t1, "yang") ? clause_comma(d, np.t1, s1) : np.t1;
        if ((k != s0 && !report) || cm == 0 || cm + 1 >= s1 || !is_p(d, cm, ',')) continue;
        a = cm + 1;
        b = s1;
        if (!content_to_end(d, &a, &b)) continue;
        /* (not when someone in it reports: "Menurut Reuters, Menteri X
         * menyebutkan …" -- the source stage gives Reuters to that quote) */
        bool reports = false;
        for (uint32_t q = a; q < b && !reports; q++) reports = (cue_cls(d, q, false) & LX_CUE) != 0;
        if (reports) continue;
        sp = SP_NONE;
        sp_tok = k + 1;
        goto found;
      }
      uint32_t j = np.t1;
      if (np.kind == NP_ROLE || np.kind == NP_DESC || np.kind == NP_PER) {
        /* "menurut Kepala BNPB Doni Monardo, …": apposition ", NAME";
         * "Menurut Siti Nadia yang juga juru bicara vaksinasi, …": a
         * relative clause about the speaker */
        /* (or the capacity they speak in: "Menurut Budi selaku Ketua RT
         * 05, …") */
        uint32_t reach = j < s1 && (wt_tok_is(d, j, "yang") || wt_tok_is(d, j, "selaku")) ? 10 : 3;
        while (j < s1 && !is_p(d, j, ',') && !terminal(d, j) && !is_qmark(d, j) && j - np.t1 < reach) j++;
      }
      /* "menurut pengajar … Universitas Airlangga, Surabaya, Sukowidodo, …":
       * after a role with no name, places set off by commas, then the name */
      /* (or a role with one word after it that may be its place: "Menurut
       * Kepala Desa Cibodas, Aep Saepudin, …") */
      if ((np.kind == NP_ROLE || np.kind == NP_DESC || (np.kind == NP_PER && np.r1 > np.r0 && np.n1 - np.n0 == 1)) &&
          j < s1 && is_p(d, j, ',')) {
        uint32_t cm = j;
        for (int hop = 0; hop < 4 && cm + 1 < s1; hop++) {
          wt_np seg;
          if (!wt_np_parse(d, cm + 1, s1, &seg) || seg.t1 >= s1 || !is_p(d, seg.t1, ',')) break;
          if (seg.kind == NP_LOC) {
            cm = seg.t1;
            continue;
          }
          if (seg.kind == NP_PER && seg.r1 == seg.r0) j = seg.t1;
          break;
        }
      }
      /* "Menurut Irma Hidayana, salah satu pendiri Laporcovid19.org, data
       * …", "Menurut Budi, Ketua RT 05, warga …": the speaker's post in
       * commas is no content */
      uint32_t pa;
      if (np.kind == NP_PER && np.n1 > np.n0 && (pa = wt_post_aside(d, j, s1))) j = pa;
      /* "Menurut Emil, sapaan akrabnya, …", "Menurut Castro, sapaan
       * Herdiansyah, …": the nickname's aside */
      if (wt_nickname_aside(d, j, s1)) {
        uint32_t c2 = j + 3;
        while (c2 < s1 && c2 - j < 8 && !is_p(d, c2, ',') && !terminal(d, c2)) c2++;
        if (c2 < s1 && is_p(d, c2, ',')) j = c2;
      }
      /* "Menurut Sokolin, seperti dikutip TASS, …": the source's aside (the
       * source stage reads it from there) */
      uint32_t sn = 0;
      if (j + 2 < s1 && is_p(d, j, ',') && (wt_lex_cls(LX(d), wt_phrase(d, j + 1, s1, &sn)) & LX_SRC_CUE) && sn) {
        uint32_t c2 = j + 1 + sn;
        while (c2 < s1 && c2 - j < 12 && !is_p(d, c2, ',') && !terminal(d, c2)) c2++;
        if (c2 < s1 && is_p(d, c2, ',')) j = c2;
      }
      /* (degrees after the name: "Menurut pakar … Dr. Bonaventura
       * Sitanggang, S.H., M.H., praperadilan …") */
      for (uint32_t dn = 0; j + 2 < s1 && is_p(d, j, ',') && (wt_tok(d, j + 1)->flags & TF_CAP) &&
                            (wt_lex_cls2(LX(d), wt_phrase(d, j + 1, s1, &dn)) & LX2_TITLE_ACAD) && dn;)
        j += 1 + dn;
      if (j < s1 && is_p(d, j, ',') && j + 1 < s1 && !terminal(d, j + 1)) {
        /* "Uang itu, menurut jaksa, diberikan …": the words before the
         * cue belong to the clause (interposed) */
        if (k > s0 + 1 && interposed(d, s0, k, j, s1, &a, &b)) goto interposed_found;
        a = j + 1;
        b = s1;
        if (!content_to_end(d, &a, &b)) continue;
      } else if (k > s0 && (j >= s1 || terminal(d, j))) {
        a = clause_start(d, s0, k - 1) == s0 ? s0 : s0;
        b = k - 1;
        trim(d, &a, &b);
        if (b <= a || !has_words(d, a, b, 3)) continue;
      } else {
        continue;
      }
    interposed_found:
      sp = SP_AFTER;
      sp_tok = k + 1;
    } else if ((c & LX_CUE_PASSIVE) && !(c & LX_CUE_NYA) && k == s0 + 1 &&
               (wt_tok_is(d, s0, "seperti") || wt_tok_is(d, s0, "sebagaimana"))) {
      /* "Seperti disampaikan X, …" */
      wt_np np;
      uint32_t j = k + 1;
      if (j < s1 && wt_tok_is(d, j, "oleh")) j++;
      if (!wt_np_parse(d, j, s1, &np) || np.kind == NP_NONE) continue;
      uint32_t e = np.t1;
      while (e < s1 && !is_p(d, e, ',') && e - np.t1 < 3) e++;
      if (e >= s1 || !is_p(d, e, ',')) continue;
      a = e + 1;
      b = s1;
      trim(d, &a, &b);
      if (b <= a || !has_words(d, a, b, 2) || is_qmark(d, a)) continue;
      /* (the cue is the verb, as after a clause below: "Seperti" is the
       * conjunction that opens the aside) */
      cue = k;
      sp = SP_AFTER;
      sp_tok = j;
      wt_quote_x *q = new_quote(d, a, b, has_inner_quote(d, a, b) ? WARTA_MIXED : WARTA_INDIRECT, s);
      if (!q) return no_quote(d, a);
      q->cue0 = k;
      q->cue1 = k + 1;
      q->sp_kind = SP_AFTER;
      q->sp_tok = j;
      q->open = q->close = q->tok0;
      mark_quote(d, q);
      k = b > k ? b - 1 : k;
      continue;
    } else if ((c & LX_CUE_PASSIVE) && !(c & LX_CUE_NYA) && k >= s0 + 4 && is_p(d, k - 2, ',') &&
               (wt_tok_is(d, k - 1, "seperti") || wt_tok_is(d, k - 1, "sebagaimana"))) {
      /* "…, seperti disampaikan X.": the clause before the comma is what X
       * said (an aside of a few words after X may close the sentence:
       * "… kepada wartawan, Senin") */
      wt_np np;
      uint32_t j = k + 1;
      if (j < s1 && wt_tok_is(d, j, "oleh")) j++;
      if (!wt_np_parse(d, j, s1, &np) || np.kind == NP_NONE || np.kind == NP_MEDIA) continue;
      uint32_t e = np.t1;
      while (e < s1 && !terminal(d, e) && e - np.t1 < 8 && !is_qmark(d, e) &&
             !(is_wordtok(d, e) && wt_is_verb_form(LX(d), d->text + wt_tok(d, e)->start,
                                                   wt_tok(d, e)->end - wt_tok(d, e)->start)))
        e++;
      if (e < s1 && !terminal(d, e)) {
        /* (or an aside inside the clause, which goes on after X's name:
         * "Pendampingan hukum bagi ketujuh warga, seperti disampaikan
         * Kepala Divisi Advokasi LBH Kendari Rina Mandasari, akan dimulai
         * pada Jumat") */
        if (!(np.t1 < s1 && is_p(d, np.t1, ',') && interposed(d, s0, k - 1, np.t1, s1, &a, &b) && a == s0)) continue;
      } else {
        a = s0;
        b = k - 2;
        trim(d, &a, &b);
        if (b <= a || !has_words(d, a, b, 4) || is_qmark(d, a) || overlaps_quote(d, a, b)) continue;
      }
      cue = k;
      sp = SP_AFTER;
      sp_tok = j;
    } else if ((c & LX_CUE_PASSIVE) && !(c & LX_CUE_NYA) && s > 0 && points_back(d, s0, k)) {
      /* "… . Hal itu disampaikan X saat …", "Demikian dikatakan X": the
       * sentence before, in the same paragraph or closing the one before,
       * is what X said (a direct quote there has taken this cue already) */
      const wt_sent *pv = &WT_VEC_AT(d->sents, wt_sent, s - 1);
      const wt_para *pp = &WT_VEC_AT(d->paras, wt_para, pv->para);
      if (pp->boiler || (pv->para != st->para && pv->para + 1 != st->para)) continue;
      a = pv->tok0;
      b = pv->tok1;
      /* (not the dateline: "Jakarta (ANTARA) - …") */
      while (a < b && d->has_dateline && wt_tok(d, a)->start < d->dateline.span.end) a++;
      trim(d, &a, &b);
      if (b <= a || !has_words(d, a, b, 4) || is_p(d, b, '?') || is_qmark(d, a) || overlaps_quote(d, a, b)) continue;
      /* (a sentence that reports someone itself points elsewhere: "Nirwono
       * mempertanyakan indikator yang dipakai Anies bahwa … . Hal itu
       * disampaikan Anies …" is about the indicator, not Nirwono's words) */
      bool reports = false;
      for (uint32_t q = a; q < b && !reports; q++)
        reports = (cue_cls(d, q, true) & LX_CUE_ACTIVE) || wt_tok_is(d, q, "bahwa");
      if (reports) continue;
      sp = SP_AFTER;
      sp_tok = k + 1 < s1 && wt_tok_is(d, k + 1, "oleh") ? k + 2 : k + 1;
    } else if ((c & LX_CUE_NYA) && (c & (LX_CUE_PASSIVE | LX_CUE_PREP)) && k == s0 && k + 1 < s1 &&
               is_p(d, k + 1, ',')) {
      /* Dikatakannya, …  /  Menurutnya, … */
      a = k + 2;
      b = s1;
      if (!content_to_end(d, &a, &b)) continue;
      sp = SP_NYA;
    } else if ((c & LX_CUE_NYA) && (c & (LX_CUE_PASSIVE | LX_CUE_PREP)) && k > s0 + 1 && is_p(d, k - 1, ',') &&
               interposed(d, s0, k, k + 1, s1, &a, &b)) {
      /* "Namun, menurutnya, …", "Harga cabai, menurutnya, …" */
      sp = SP_NYA;
    } else if ((c & (LX_CUE_BARE | LX_CUE_NYA)) && !cap && k > s0 + 1 && is_p(d, k - 1, ',')) {
      /* …, kata X.  /  …, ujarnya. */
      if (is_qmark(d, k - 2) || is_qmark(d, k - 1)) continue;
      uint32_t e = k + 1;
      if (!(c & LX_CUE_NYA)) {
        wt_np np;
        if (wt_np_parse(d, k + 1, s1, &np)) {
          e = np.t1;
        } else {
          /* (someone described, not named, to the sentence's end: "…, kata
           * seorang pejabat senior AS yang tidak mau disebutkan namanya
           * kepada Reuters.", "…, kata sumber itu." -- the speaker is none) */
          uint32_t w = k + 1;
          /* (a person's noun opens it: not "…, jelas air tidak tertampung") */
          if (!(w < s1 && is_wordtok(d, w) && !(wt_tok(d, w)->flags & (TF_CAP | TF_UPPER)) &&
                ((wt_clsof(d, w) & (LX_ROLE | LX_ROLE_COMMON | LX_PERSON_NOUN)) || wt_tok_is(d, w, "seorang") ||
                 wt_tok_is(d, w, "salah") || wt_tok_is(d, w, "para") || wt_tok_is(d, w, "sejumlah") ||
                 wt_tok_is(d, w, "beberapa") || wt_tok_is(d, w, "sumber"))))
            continue;
          while (w < s1 && w - k < 16 && !terminal(d, w) && !is_qmark(d, w) && !is_p(d, w, ',') &&
                 !(cue_cls(d, w, false) & LX_CUE_ACTIVE))
            w++;
          if (!(w < s1 && terminal(d, w))) continue;
          e = w;
        }
      }
      /* (an adjunct of the cue before its comma: "…, kata X kepada kumparan,
       * …", "…, ujarnya saat dihubungi, …") */
      if (e < s1 && !is_p(d, e, ',') && (wt_tok_is(d, e, "kepada") || (wt_clsof(d, e) & LX_NP_STOP))) {
        uint32_t w = e + 1;
        while (w < s1 && w - e < 8 && !is_p(d, w, ',') && !terminal(d, w) && !is_qmark(d, w) &&
               !(wt_clsof(d, w) & LX_CUE))
          w++;
        if (w < s1 && is_p(d, w, ',')) e = w;
      }
      if (!interposed(d, s0, k, e, s1, &a, &b)) {
        a = s0;
        b = k - 1;
        trim(d, &a, &b);
        if (b <= a || !has_words(d, a, b, 3)) continue;
      }
      if (overlaps_quote(d, a, b)) continue;
      sp = (c & LX_CUE_NYA) ? SP_NYA : SP_AFTER;
      sp_tok = k + 1;
    } else if ((c & LX_CUE_BARE) && cap && k == s0 && !(c & LX_CUE_NYA)) {
      /* Kata X, … */
      wt_np np;
      if (!wt_np_parse(d, k + 1, s1, &np) || np.t1 >= s1 || !is_p(d, np.t1, ',')) continue;
      a = np.t1 + 1;
      b = s1;
      trim(d, &a, &b);
      if (b <= a || !has_words(d, a, b, 2) || is_qmark(d, a)) continue;
      sp = SP_AFTER;
      sp_tok = k + 1;
    } else {
      continue;
    }
  found:
    /* (a verb of opinion may take a noun phrase, no clause: "mengkritik apa
     * yang ia sebut “obral remisi”" stays the partial quote) */
    if (overlaps_quote(d, a, b) && ((c & LX_CUE_WEAK) || !absorb_partials(d, a, b))) continue;
    int kind = has_inner_quote(d, a, b) ? WARTA_MIXED : WARTA_INDIRECT;
    /* "X mengaku warganya tidak menolak …, tetapi meminta makam … tidak
     * ikut tergusur": a second verb of the same subject, a verb of asking
     * or hoping, after a comma and "tetapi"/"namun" or after "dan" with no
     * comma ("… pada akhir Januari dan berharap …"), goes on the statement
     * reported right before it (one statement to a reader) */
    bool but = cue >= 2 && is_p(d, cue - 2, ',') &&
               (wt_tok_is(d, cue - 1, "tetapi") || wt_tok_is(d, cue - 1, "namun") || wt_tok_is(d, cue - 1, "tapi"));
    bool joined = cue >= 2 && wt_tok_is(d, cue - 1, "dan") && !is_p(d, cue - 2, ',');
    if ((c & LX_CUE_WEAK) && d->quotes_x.len && (but || joined)) {
      wt_quote_x *pq = &WT_VEC_AT(d->quotes_x, wt_quote_x, d->quotes_x.len - 1);
      if ((pq->kind == WARTA_INDIRECT || pq->kind == WARTA_MIXED) && pq->tok1 == (but ? cue - 2 : cue - 1) &&
          pq->tok0 < cue) {
        pq->tok1 = b;
        if (kind == WARTA_MIXED) pq->kind = WARTA_MIXED;
        mark_quote(d, pq);
        d->qmark[cue] |= QM_CUE;
        k = b > k ? b - 1 : k;
        continue;
      }
    }
    wt_quote_x *q = new_quote(d, a, b, kind, s);
    if (!q) return no_quote(d, a);
    q->cue0 = cue;
    q->cue1 = cue + 1;
    q->sp_kind = (uint8_t)sp;
    q->sp_tok = sp_tok;
    if (c & LX_CUE_WEAK) q->flags |= QF_WEAK;
    q->open = q->close = q->tok0;
    mark_quote(d, q);
    k = b > k ? b - 1 : k;
  }
  return WARTA_OK;
}

static int cmp_quote(const void *x, const void *y) {
  const wt_quote_x *a = x, *b = y;
  return a->tok0 < b->tok0 ? -1 : a->tok0 > b->tok0;
}

/* Quoted words of three or more in small letters inside the writer's
 * sentence, no cue beside them and no reported speech around them, are the
 * last speaker's own: a partial quote ("De Wolde memberi waktu itu kepada
 * para pemain untuk “mengisi ulang baterai”"); a title is capitalised, a
 * scare quote a word or two.  The candidates' marks were set by
 * direct_quotes; those inside an indirect or mixed quote are taken. */
static int partials_alone(warta_doc *d) {
  const uint32_t *marks = d->quote_marks;
  for (size_t m = 0; m + 1 < d->nquote_marks; m++) {
    uint32_t o = marks[m], c = marks[m + 1];
    if (!(d->qmark[o] & QM_PART_OPEN) || !(d->qmark[c] & QM_PART_CLOSE) || (d->qmark[o] & QM_CONTENT)) continue;
    uint32_t c0 = o + 1, c1 = c;
    trim(d, &c0, &c1);
    if (c1 <= c0 || (d->qmark[c0] & QM_CONTENT)) continue;
    wt_quote_x *q = new_quote(d, c0, c1, WARTA_PARTIAL, wt_sent_index(d, o));
    if (!q) return no_quote(d, c0);
    q->open = o;
    q->close = c;
    q->sp_kind = SP_PREV;
    q->sp_tok = o;
    q->flags |= QF_WEAK;
    mark_quote(d, q);
  }
  return WARTA_OK;
}

int wt_quotes(warta_doc *d) {
  d->quotes_x.len = 0;
  d->qmark = wt_arena_alloc(&d->arena, wt_ntok(d) + 1);
  if (!d->qmark) return wt_fail(d, WARTA_ERR_NOMEM, -1, "out of memory finding quotes");
  memset(d->qmark, 0, wt_ntok(d) + 1);
  int rc = direct_quotes(d);
  if (rc == WARTA_ERR_LIMIT) return rc; /* no_quote said which */
  if (rc != WARTA_OK) return wt_fail(d, rc, -1, "out of memory finding quotes");
  const wt_para *paras = d->paras.data;
  wt_cursor cur = {d->cue_words, d->ncue_words, 0};
  const wt_sent *sents = d->sents.data;
  uint32_t nsents = (uint32_t)d->sents.len;
  /* from the sentence that holds the next cue word to the next one that
   * does (a third of the sentences hold none, and so no indirect quote),
   * but for boilerplate */
  for (uint32_t s = 0; s < nsents;) {
    uint32_t k = wt_next_listed(&cur, sents[s].tok0);
    while (s < nsents && sents[s].tok1 <= k) s++;
    if (s == nsents) break;
    if (k < sents[s].tok0) continue; /* (a token in no sentence) */
    if (!paras[sents[s].para].boiler) {
      rc = indirect_in(d, s, k, &cur);
      if (rc == WARTA_ERR_LIMIT) return rc;
      if (rc != WARTA_OK) return wt_fail(d, rc, -1, "out of memory finding quotes");
    }
    s++;
  }
  rc = partials_alone(d);
  if (rc == WARTA_ERR_LIMIT) return rc;
  if (rc != WARTA_OK) return wt_fail(d, rc, -1, "out of memory finding quotes");
  size_t nq = d->quotes_x.len;
  if (nq > 64) {
    qsort(d->quotes_x.data, nq, sizeof(wt_quote_x), cmp_quote);
  } else {
    /* direct quotes, then indirect ones: two runs in order, merged.  Both
     * ways below keep quotes with the same start in the order found, as
     * glibc's qsort (a merge sort) does. */
    wt_quote_x *q = d->quotes_x.data;
    size_t r = 1; /* the first run: [0, r) */
    while (r < nq && q[r - 1].tok0 <= q[r].tok0) r++;
    size_t k2 = r + 1;
    while (k2 < nq && q[k2 - 1].tok0 <= q[k2].tok0) k2++;
    if (r < nq && k2 == nq) {
      wt_quote_x first[64];
      memcpy(first, q, r * sizeof *q);
      size_t i = 0, j = r, o = 0;
      while (i < r && j < nq) q[o++] = first[i].tok0 <= q[j].tok0 ? first[i++] : q[j++];
      while (i < r) q[o++] = first[i++];
      return WARTA_OK;
    }
    /* (else insertion sort) */
    for (size_t k = 1; k < nq; k++) {
      wt_quote_x x = q[k];
      size_t j = k;
      for (; j > 0 && q[j - 1].tok0 > x.tok0; j--) q[j] = q[j - 1];
      q[j] = x;
    }
  }
  return WARTA_OK;
}
