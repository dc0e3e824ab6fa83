/*
 * entities.c — people, organisations, places and media, without a trained
 * model: gazetteers from data/ plus the shape of Indonesian noun phrases.
 *
 * A person is usually introduced as
 *
 *     [ROLE] [AFFILIATION] [TITLE/RANK] NAME          Kepala Bidang Humas | Polda Metro Jaya |
 *                                                     Komisaris Besar | Yusri Yunus
 *     NAME, ROLE [dari AFFILIATION]                   Tri Maharini, dokter emergensi dari ...
 *     ROLE ..., NAME                                  Pemimpin DPRK, nama resmi Korea Utara, Kim Jong-un
 *
 * and later named by a part of the name ("Yusri"), title + name ("Presiden
 * Putin"), a bare role ("Presiden"), a description ("Pemimpin Korea Utara
 * itu") or a pronoun.  This file parses noun phrases (wt_np_parse, also used
 * by the speaker stage), finds mentions, and merges them into entities with
 * one canonical name each.  Pronouns, bare roles and descriptions are left to
 * speakers.c, which knows who is being talked about.
 */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "internal.h"

/* ------------------------------------------------------------ helpers */

static const wt_lexicon *LX(const warta_doc *d) { return d->eng->lex; }

static bool is_word(const warta_doc *d, uint32_t i) {
  uint8_t k = wt_tok(d, i)->kind;
  return k == WARTA_TOK_WORD || k == WARTA_TOK_URL;
}
static bool is_cap(const warta_doc *d, uint32_t i) { return is_word(d, i) && (wt_tok(d, i)->flags & TF_CAP); }
static bool is_upper(const warta_doc *d, uint32_t i) { return is_word(d, i) && (wt_tok(d, i)->flags & TF_UPPER); }
static bool is_punct(const warta_doc *d, uint32_t i, unsigned char ch) {
  const wt_token *t = wt_tok(d, i);
  return t->kind == WARTA_TOK_PUNCT && t->ch == ch;
}

/* Is token i an ampersand (a symbol token, not punctuation)? */
static bool is_amp(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  return t->kind == WARTA_TOK_SYMBOL && t->end == t->start + 1 && d->text[t->start] == '&';
}

/* The entry of the key that is entry x's key, a space and the word of len
 * bytes at w (lower-cased by the lookup), LEX_NONE if none (wt_lex_find;
 * key bytes up to 255).  (Not inline: most answers come from the cache.) */
static __attribute__((noinline)) uint32_t next_find_slow(const wt_lexicon *lx, uint32_t x, const char *w, size_t len) {
  char key[256];
  size_t n = lx->entries[x].key_len;
  memcpy(key, lx->pool + lx->entries[x].key, n);
  key[n++] = ' ';
  memcpy(key + n, w, len);
  return wt_lex_find(lx, key, n + len);
}

/* The same, the answer remembered by x and the word (d->pcache): a stream
 * repeats "Kepala Dinas", "tahun lalu", "Presiden Joko Widodo".  (The key
 * of a phrase's first words read case folded is its entry's key, so that
 * entry and the next word fix the answer.) */
static uint32_t next_find(warta_doc *d, uint32_t x, const char *w, size_t len) {
  if (len > 16) return next_find_slow(LX(d), x, w, len);
  const unsigned char *p = (const unsigned char *)w;
  /* (keyed by the word as written: the lookup folds case itself, and a
   * stream writes its phrases' words one way) */
  uint64_t w0 = len > 8 ? wt_load8(p) : wt_load_tail(p, len);
  uint64_t w1 = len > 8 ? wt_load_tail(p + 8, len - 8) : 0;
  struct wt_paircache *c = &d->pcache[wt_hash_end(wt_hash_step(w0 ^ ((uint64_t)x << 8 | len), w1)) % WT_PAIRCACHE];
  if (c->len == len && c->x == x && c->w0 == w0 && c->w1 == w1) return c->e;
  uint32_t e = next_find_slow(LX(d), x, w, len);
  *c = (struct wt_paircache){w0, w1, x, (uint32_t)len, e};
  return e;
}

/* The longest phrase at i, not limited (the caller's limit is applied by
 * wt_phrase).  A phrase never crosses a paragraph: punctuation stops it.
 * (pair_ok: the caller found that the pair filter lets the first two words
 * by, pair_may_go_on.) */
static uint32_t phrase_at(warta_doc *d, uint32_t i, uint32_t lim, bool pair_ok, uint32_t *ntok) {
  *ntok = 0;
  if (i >= lim || !is_word(d, i)) return LEX_NONE;
  uint32_t x = wt_lexof(d, i);
  if (x == LEX_NONE) return LEX_NONE;
  const wt_lexicon *lx = LX(d);
  const uint64_t plain = LX_PHRASE_START | LX_PHRASE_MORE | LX_ROOT | LX_STOP;
  uint64_t cx = wt_clsof(d, i); /* (the entry's classes, from the flat array) */
  /* (a key is at most 255 bytes: the words' bytes and a space between each
   * two; the first word's entry has its key's length) */
  size_t n = lx->entries[x].key_len;
  if ((cx & LX_PHRASE_START) && n + 1 < 256) {
    uint32_t best = LEX_NONE, bestn = 0;
    uint32_t maxw = lx->entries[x].phrase_max ? lx->entries[x].phrase_max : 8;
    /* each step looks up the phrase so far (entry e) and one word more */
    uint32_t e = x;
    for (uint32_t k = 1; k < maxw && i + k < lim; k++) {
      const wt_token *t = wt_tok(d, i + k);
      if ((t->kind != WARTA_TOK_WORD && t->kind != WARTA_TOK_URL && t->kind != WARTA_TOK_NUMBER) ||
          !(t->flags & TF_SPACE_BEFORE))
        break;
      size_t len = t->end - t->start;
      /* initials and abbreviations are keyed without their dot */
      if ((t->flags & (TF_ABBREV | TF_INITIAL)) && len > 1 && d->text[t->end - 1] == '.') len--;
      if (n + len + 1 >= 256) break;
      const char *w = d->text + t->start;
      /* the pair filter rules out most second words without a lookup */
      if (k == 1 && !pair_ok) {
        const unsigned char *u = (const unsigned char *)w;
        uint64_t wb = t->start + 8 <= d->len ? wt_load8(u) : wt_load_tail(u, len < 8 ? len : 8);
        if (len < 8) wb &= ~0ull >> (8 * (8 - len));
        if (!wt_pair_maybe(lx, x, wb, len)) break;
      }
      e = next_find(d, e, w, len);
      if (e == LEX_NONE) break; /* no phrase begins this way (see phrase_more) */
      n += 1 + len;
      if ((lx->entries[e].cls & ~plain) || lx->entries[e].cls2) {
        best = e;
        bestn = k + 1;
      }
      if (!(lx->entries[e].cls & LX_PHRASE_MORE)) break; /* nothing longer */
    }
    if (best != LEX_NONE) {
      *ntok = bestn;
      return best;
    }
  }
  if ((cx & ~(LX_PHRASE_START | LX_PHRASE_MORE)) || lx->entries[x].cls2) *ntok = 1;
  return *ntok ? x : LEX_NONE;
}

/* May a phrase of two words or more start at token i, a phrase start (its
 * phrase cache 0)?  Not when the next token is no word or number, or not
 * after a space, or the pair filter rules the two words out (then
 * phrase_at's first lookup would fail). */
static bool pair_may_go_on(const warta_doc *d, uint32_t i) {
  if (i + 1 >= wt_ntok(d)) return false;
  const wt_token *t = wt_tok(d, i + 1);
  if ((t->kind != WARTA_TOK_WORD && t->kind != WARTA_TOK_URL && t->kind != WARTA_TOK_NUMBER) ||
      !(t->flags & TF_SPACE_BEFORE))
    return false;
  size_t len = t->end - t->start;
  if ((t->flags & (TF_ABBREV | TF_INITIAL)) && len > 1 && d->text[t->end - 1] == '.') len--;
  const unsigned char *w = (const unsigned char *)d->text + t->start;
  uint64_t wb = t->start + 8 <= d->len ? wt_load8(w) : wt_load_tail(w, len < 8 ? len : 8);
  if (len < 8) wb &= ~0ull >> (8 * (8 - len));
  return wt_pair_maybe(LX(d), wt_lexof(d, i), wb, len);
}

/* The phrase at token i, a phrase start not asked about yet, found and
 * kept in the phrase cache; the caller's limit applied.  (Apart from
 * wt_phrase_slow: its quick answers then save no registers.) */
static __attribute__((noinline)) uint32_t phrase_first(warta_doc *d, uint32_t i, uint32_t lim, uint32_t *ntok) {
  uint32_t n = 0;
  uint32_t e = phrase_at(d, i, wt_ntok(d), true, &n);
  uint32_t c = (e == LEX_NONE || n == 0) ? LEX_NONE : ((n << 24) | e);
  d->phr[i] = c;
  if (c != LEX_NONE && i + n <= lim) {
    *ntok = n;
    return e;
  }
  if (c == LEX_NONE) {
    *ntok = 0;
    return LEX_NONE;
  }
  return phrase_at(d, i, lim, false, ntok);
}

uint32_t wt_phrase_slow(warta_doc *d, uint32_t i, uint32_t lim, uint32_t *ntok) {
  /* answers are cached per token (the stages ask about the same tokens many
   * times); the cache holds the phrase up to the paragraph's end, and a
   * caller's narrower limit is applied here (wt_phrase, internal.h, answers
   * from the cache inline) */
  if (d->phr && i < lim) {
    uint32_t c = d->phr[i];
    if (c == 0) { /* not asked yet */
      if (pair_may_go_on(d, i)) return phrase_first(d, i, lim, ntok);
      /* (the word alone, one token: within any limit past i) */
      d->phr[i] = c = wt_phrase_alone(LX(d), wt_lexof(d, i));
      *ntok = c == LEX_NONE ? 0 : 1;
      return c == LEX_NONE ? LEX_NONE : c & 0xFFFFFFu;
    }
    if (c == LEX_NONE) {
      *ntok = 0;
      return LEX_NONE;
    }
    uint32_t n = c >> 24;
    if (i + n <= lim) {
      *ntok = n;
      return c & 0xFFFFFFu;
    }
  }
  return phrase_at(d, i, lim, false, ntok);
}

/* Classes of the longest phrase at i (0 if none); *n gets its length.
 * (Inline: it is asked some 37,000 times a megabyte, nearly always answered
 * from the phrase cache.) */
static inline uint64_t phrase_cls(warta_doc *d, uint32_t i, uint32_t lim, uint32_t *n) {
  uint32_t e = wt_phrase(d, i, lim, n);
  return wt_lex_cls(LX(d), e);
}

/* Caches wt_tok_common's answer c in token t's ch byte, and for the word's
 * later tokens in the word cache's copy of it (wt_word_tch): the answer is
 * a function of the word's text alone, and a stream repeats its words. */
static bool note_common(warta_doc *d, wt_token *t, bool c) {
  uint8_t bits = (uint8_t)(1 | (c ? 2 : 0));
  t->ch |= bits;
  size_t n = t->end - t->start;
  if (n <= 16) {
    uint8_t *tch = wt_word_tch(d, (const unsigned char *)d->text + t->start, n);
    if (tch) *tch |= bits;
  }
  return c;
}

bool wt_tok_common(warta_doc *d, uint32_t i) {
  wt_token *t = &((wt_token *)d->toks.data)[i];
  if (t->kind != WARTA_TOK_WORD) return false;
  /* a word token's ch byte caches the answer: bit 0 known, bit 1 common
   * (bits 2 and 3 cache is_evidence, bits 4 to 6 name_shape); the
   * tokenizer sets the two bits of a word seen before (note_common) */
  if (t->ch & 1) return (t->ch & 2) != 0;
  /* (a root or stop word of the lexicon is common: its class says so,
   * without hashing the word) */
  if (wt_clsof(d, i) & (LX_ROOT | LX_STOP)) return note_common(d, t, true);
  /* the answer is a function of the word's text, case folded: the words
   * of up to sixteen bytes are remembered (the morphology costs hundreds
   * of instructions, and names recur) */
  size_t n = t->end - t->start;
  const unsigned char *p = (const unsigned char *)d->text + t->start;
  struct wt_commoncache *slot = NULL;
  uint64_t w0 = 0, w1 = 0;
  if (n <= 16) {
    w0 = wt_lower8(n >= 8 ? wt_load8(p) : wt_load_tail(p, n));
    w1 = n > 8 ? wt_lower8(wt_load_tail(p + 8, n - 8)) : 0;
    slot = &d->ccache[wt_hash_end(wt_hash_step(w0 ^ n, w1)) % WT_COMMONCACHE];
    if (slot->len == n && slot->key[0] == w0 && slot->key[1] == w1) return note_common(d, t, slot->common);
  }
  bool c = wt_root_find(LX(d), d->text + t->start, n) ||
           wt_is_common_word(LX(d), d->text + t->start, n);
  if (slot) *slot = (struct wt_commoncache){{w0, w1}, (uint32_t)n, c};
  return note_common(d, t, c);
}

/* The same, the answer cached in the token's ch byte read inline (the
 * tokenizer gives most words theirs, note_common). */
static inline __attribute__((always_inline)) bool tok_common(warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  if (t->kind == WARTA_TOK_WORD && (t->ch & 1)) return (t->ch & 2) != 0;
  return wt_tok_common(d, i);
}

/* Short names seen right after a bare cue (",” kata Yusri"): evidence that
 * a token is a name wherever it appears in the document. */
/* One of 64 bits for a token's text, by its length and end bytes. */
static inline uint64_t tok_sig(const warta_doc *d, const wt_token *t) {
  const unsigned char *s = (const unsigned char *)d->text;
  return 1ull << (((t->end - t->start) * 13u + s[t->start] * 7u + s[t->end - 1]) & 63u);
}

/* (Is token i evidence, its answer not cached yet: is_evidence, below.) */
static bool evidence_at(const warta_doc *d, uint32_t i) {
  wt_token *t = &((wt_token *)d->toks.data)[i];
  bool word = t->kind == WARTA_TOK_WORD;
  size_t n = t->end - t->start;
  const uint32_t *ev = d->evidence;
  bool hit = false;
  /* (most words share no length and end letters with any evidence) */
  if (!(d->ev_sig & tok_sig(d, t))) n = 0;
  for (uint32_t k = 0; n && k < d->nevidence && !hit; k++) {
    const wt_token *e = wt_tok(d, ev[k]);
    hit = e->end - e->start == n && !memcmp(d->text + e->start, d->text + t->start, n);
  }
  if (word) t->ch |= (uint8_t)(4 | (hit ? 8 : 0));
  return hit;
}

static inline bool is_evidence(const warta_doc *d, uint32_t i) {
  wt_token *t = &((wt_token *)d->toks.data)[i];
  /* the evidence is fixed once collected: a word's ch byte caches the
   * answer (bit 2 known, bit 3 evidence), read here inline; so is the
   * answer for most words, which share no length and end letters with
   * any evidence */
  if (t->kind == WARTA_TOK_WORD) {
    if (t->ch & 4) return (t->ch & 8) != 0;
    if (!(d->ev_sig & tok_sig(d, t))) {
      t->ch |= 4;
      return false;
    }
  }
  return evidence_at(d, i);
}

static void collect_evidence(warta_doc *d) {
  d->nevidence = 0;
  d->ev_sig = 0;
  uint32_t n = wt_ntok(d);
  const uint64_t *cls = d->tcls;
  /* (the cue words, listed by wt_annotate) */
  for (uint32_t ci = 0; ci < d->ncue_words && d->nevidence < WT_MAX_EVIDENCE; ci++) {
    uint32_t i = d->cue_words[ci];
    if (i + 1 >= n) break;
    if (!(cls[i] & (LX_CUE_BARE | LX_CUE_PREP)) || (cls[i] & LX_CUE_NYA)) continue;
    uint32_t j = i + 1;
    if (!is_cap(d, j) || is_upper(d, j)) continue;
    uint64_t c = wt_clsof(d, j);
    if (c & (LX_ROLE | LX_TITLE | LX_PRONOUN | LX_LOC | LX_ORG | LX_MEDIA | LX_ORG_HEAD)) continue;
    d->evidence[d->nevidence++] = j;
    /* "kata Budi Karya": the second word too */
    if (j + 1 < n && is_cap(d, j + 1) && !(wt_clsof(d, j + 1) & (LX_ROLE | LX_TITLE | LX_ORG_HEAD)) &&
        d->nevidence < WT_MAX_EVIDENCE)
      d->evidence[d->nevidence++] = j + 1;
  }
  for (uint32_t k = 0; k < d->nevidence; k++) d->ev_sig |= tok_sig(d, wt_tok(d, d->evidence[k]));
}

/* ------------------------------------------------------ noun phrases */

/* What a token in a capitalised run is. */
enum { U_NAME, U_COMMON, U_TITLE, U_ROLE, U_ORG, U_LOC, U_MEDIA, U_ACRO, U_PAREN, U_WORK };

typedef struct unit {
  uint8_t type;
  uint32_t a, b;  /* tokens */
  uint32_t lex;   /* gazetteer entry, LEX_NONE */
  bool named;     /* an org_named head with its own name taken ("Puskesmas Pamulang") */
} unit;

enum { MAX_UNITS = 24 };

/* Can token i continue a capitalised run? */
/* "al-Harbi", "el-Sisi", "ad-Dakhil": an Arabic article joined to a name. */
static bool article_name(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  const char *s = d->text + t->start;
  uint32_t n = t->end - t->start;
  return n > 3 && s[2] == '-' && s[3] >= 'A' && s[3] <= 'Z' && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' &&
         s[1] <= 'z';
}

static bool run_token(warta_doc *d, uint32_t i, bool in_org) {
  const wt_token *t = wt_tok(d, i);
  if (t->kind == WARTA_TOK_WORD || t->kind == WARTA_TOK_URL) {
    uint64_t c = wt_clsof(d, i);
    /* (a currency before its amount ends a name: "Biosolar | Rp 6.800") */
    if ((t->flags & TF_CAP) && (c & LX_NONNAME) && !in_org && i + 1 < wt_ntok(d) &&
        wt_tok(d, i + 1)->kind == WARTA_TOK_NUMBER)
      return false;
    if (t->flags & TF_CAP) return true;
    /* (a particle joins name words: one at a run's end, "We do | not", is
     * none) */
    if (c & LX_NAME_PARTICLE) {
      uint32_t n = 0;
      if (!(phrase_cls(d, i, wt_ntok(d), &n) & LX_NAME_PARTICLE) || n == 0) n = 1; /* ("de los") */
      return i + n < wt_ntok(d) && (is_cap(d, i + n) || (wt_clsof(d, i + n) & LX_NAME_PARTICLE));
    }
    if ((t->flags & TF_ABBREV) && (c & LX_TITLE)) return true; /* "dr. Linda" */
    /* "dr Algazali", "drg Ani", "ir Budi": a short title without its dot
     * before a capitalised name */
    if ((c & LX_TITLE) && t->end - t->start <= 3 && i + 1 < wt_ntok(d) && is_cap(d, i + 1)) return true;
    /* (an article's hyphen is a word's inner hyphen: most words have none) */
    return (t->kind == WARTA_TOK_URL || (t->flags & TF_HYPHEN)) && article_name(d, i);
  }
  if (t->kind == WARTA_TOK_NUMBER) return in_org; /* "KKP Kelas II", "Covid 19" */
  return false;
}

/* The longest capitalised run read as one phrase, in tokens. */
#define RUN_MAX 64

/* Length of a parenthesised acronym at i: "(DPRK)", "(PHRI)", "(Pjs)".
 * (paren_acronym, below, asks first whether i is a bracket at all.) */
static uint32_t paren_acronym_at(warta_doc *d, uint32_t i, uint32_t lim) {
  /* one capitalised word, or two acronyms: "(DPRK)", "(Pjs)", "(BUMDes LKM)" */
  const wt_token *t = wt_tok(d, i + 1);
  if (t->kind != WARTA_TOK_WORD || !(t->flags & TF_CAP)) return 0;
  if (is_punct(d, i + 2, ')')) return 3;
  if (i + 3 < lim && is_punct(d, i + 3, ')') && is_upper(d, i + 2) && wt_tok(d, i + 2)->end - wt_tok(d, i + 2)->start >= 2)
    return 4;
  /* an acronym and a word: "(KAI Commuter)" */
  if (i + 3 < lim && is_punct(d, i + 3, ')') && is_upper(d, i + 1) && wt_tok(d, i + 1)->end - wt_tok(d, i + 1)->start >= 2 &&
      is_cap(d, i + 2))
    return 4;
  return 0;
}

static bool person_after_comma(warta_doc *d, uint32_t c);

/* Is comma c followed by a name in commas: a given name or two to four
 * capitalised words, then a comma ("…), Herlambang Nugroho, menyampaikan")? */
static bool named_in_commas(warta_doc *d, uint32_t c) {
  if (person_after_comma(d, c)) return true;
  uint32_t k = c + 1, n = wt_ntok(d);
  while (k < n && k - c <= 4 && is_cap(d, k) && !(wt_tok(d, k)->flags & TF_UPPER)) k++;
  return k - c >= 3 && k < n && is_punct(d, k, ',');
}

/* An organisation's other name in brackets, two or three capitalised words,
 * with the run going on after it: "Dinas Kebudayaan (Kundha Kabudayan) DIY
 * Wahyu ...", or its holder named in commas after it: "PT Angkasa Pura
 * Indonesia (InJourney Airports), Herlambang …,". Returns its length in
 * tokens, or 0. */
static uint32_t paren_alias_at(warta_doc *d, uint32_t i, uint32_t lim) {
  uint32_t k = i + 1;
  while (k < lim && k - i <= 3 && wt_tok(d, k)->kind == WARTA_TOK_WORD && (wt_tok(d, k)->flags & TF_CAP)) k++;
  if (k - i < 3 || k >= lim || !is_punct(d, k, ')') ||
      !((k + 1 < lim && is_cap(d, k + 1)) || (k + 1 < wt_ntok(d) && is_punct(d, k + 1, ',') && named_in_commas(d, k + 1))))
    return 0;
  return k + 1 - i;
}

/* (Nearly every token asked about is no bracket: that answer is given
 * inline, the call made only at a "(".) */
static inline uint32_t paren_acronym(warta_doc *d, uint32_t i, uint32_t lim) {
  return i + 2 < lim && is_punct(d, i, '(') ? paren_acronym_at(d, i, lim) : 0;
}

/* The length in tokens (3 or 4) of a short form in brackets, of one word or
 * two, that closes [a, b): "… Nasional (Bappenas)", "… Seluruh Indonesia
 * (PP PBSI)"; 0 when there is none. */
static inline uint32_t paren_tail(warta_doc *d, uint32_t a, uint32_t b) {
  if (b >= a + 4 && paren_acronym(d, b - 3, b) == 3) return 3;
  if (b >= a + 5 && paren_acronym(d, b - 4, b) == 4) return 4;
  return 0;
}
static inline uint32_t paren_alias(warta_doc *d, uint32_t i, uint32_t lim) {
  return i + 3 < lim && is_punct(d, i, '(') ? paren_alias_at(d, i, lim) : 0;
}

static inline __attribute__((always_inline)) bool known_word(const warta_doc *d, const char *s, size_t n);

/* Is token i an academic degree written without its dots ("MA" for M.A.,
 * "SH", "MSi")?  The lexicon lists degrees with their dots (titles.lex). */
static bool degree_undotted(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  size_t n = t->end - t->start;
  /* (the second letter in capitals too: "MA", "MSi", not "Jack Ma") */
  if (t->kind != WARTA_TOK_WORD || n < 2 || n > 4 || !(t->flags & (TF_CAP | TF_UPPER)) ||
      d->text[t->start + 1] < 'A' || d->text[t->start + 1] > 'Z')
    return false;
  char k[8];
  k[0] = (char)(d->text[t->start] | 0x20);
  k[1] = '.';
  for (size_t j = 1; j < n; j++) k[j + 1] = (char)(d->text[t->start + j] | 0x20);
  uint32_t x = wt_lex_find(LX(d), k, n + 1);
  /* (in capitals, a dot after each letter: "SIK" for S.I.K.) */
  if (x == LEX_NONE && n == 3 && (t->flags & TF_UPPER)) {
    char m[6] = {k[0], '.', k[2], '.', k[3], 0};
    x = wt_lex_find(LX(d), m, 5);
  }
  return x != LEX_NONE && (wt_lex_cls2(LX(d), x) & LX2_TITLE_ACAD);
}

/* Is a unit of one or two tokens degrees written without their dots, each
 * one the lexicon knows undotted or dotted ("SIK", "MH" in "… Nasution SIK
 * MH")? */
/* Does token i start like a specialist's degree without its dots, "Sp"
 * and a capital: "SpB", "SpPD", "SpOG"? */
static inline bool sp_shape(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  const char *w = d->text + t->start;
  return t->end - t->start >= 3 && w[0] == 'S' && w[1] == 'p' && w[2] >= 'A' && w[2] <= 'Z';
}

static __attribute__((noinline)) bool degree_unit_slow(const warta_doc *d, const unit *x) {
  if (x->b != x->a + 1 && x->b != x->a + 2) return false;
  for (uint32_t i = x->a; i < x->b; i++)
    if (!degree_undotted(d, i) &&
        !(wt_tok(d, i)->kind == WARTA_TOK_WORD && (wt_lex_cls2(LX(d), wt_lexof(d, i)) & LX2_TITLE_ACAD) &&
          ((wt_tok(d, i)->flags & TF_UPPER) || sp_shape(d, i))))
      return false;
  return true;
}
/* (Most units asked about are names, whose second letter is small: that
 * answer is given inline; a specialist's "Sp" is asked further.) */
static inline bool degree_unit(const warta_doc *d, const unit *x) {
  const wt_token *t0 = wt_tok(d, x->a);
  return t0->end - t0->start >= 2 &&
         ((d->text[t0->start + 1] >= 'A' && d->text[t0->start + 1] <= 'Z') || sp_shape(d, x->a)) &&
         degree_unit_slow(d, x);
}

/* Is a name's particle in small letters ("da", "de", "van") among units
 * u[a..b)? */
static bool particle_in(const warta_doc *d, const unit *u, int a, int b) {
  for (int q = a; q < b; q++)
    if (!is_cap(d, u[q].a) && (wt_clsof(d, u[q].a) & LX_NAME_PARTICLE)) return true;
  return false;
}

/* Is unit x one word of two capitalised halves joined by a hyphen, neither
 * a place, a body or a post -- a given name of two ("Jean-Pierre",
 * "Anne-Marie"), not "Asia-Pasifik"? */
static bool hyphen_given(const warta_doc *d, const unit *x) {
  const wt_token *t = wt_tok(d, x->a);
  if (x->b != x->a + 1 || t->kind != WARTA_TOK_WORD || !(t->flags & TF_HYPHEN) || !(t->flags & TF_CAP) ||
      (wt_clsof(d, x->a) & (LX_LOC | LX_ORG | LX_ROLE | LX_TITLE)))
    return false;
  const char *s = d->text + t->start, *h = memchr(s, '-', t->end - t->start);
  if (!h || h + 1 >= d->text + t->end || h[1] < 'A' || h[1] > 'Z') return false;
  /* (each half a word of letters, the first capitalised: no "Covid-19") */
  for (const char *c = s + 1; c < d->text + t->end; c++)
    if (c != h && !(((*c | 0x20) >= 'a' && (*c | 0x20) <= 'z') || (unsigned char)*c >= 0x80)) return false;
  return true;
}

/* Is token i the word that opens a Minangkabau gelar adat ("Datuak",
 * "Datuk", "Dt")? */
static bool gelar_word(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  const char *s = d->text + t->start;
  return wt_tok_is(d, i, "datuak") || wt_tok_is(d, i, "datuk") || wt_tok_is(d, i, "dt") ||
         ((t->flags & TF_ABBREV) && t->end - t->start == 3 && (s[0] | 0x20) == 'd' && (s[1] | 0x20) == 't'); /* "Dt." */
}

/* Does a name end right before unit q of u: a name's word, or a dictionary
 * word after one ("Syamsul | Bahri", "Fransiskus | Sinaga"), a name's last
 * word as often as not (not its only one: "Pemangku Adat Datuak …" names no
 * one)?  What may follow a name: a gelar adat, degrees, a priest's order. */
static inline bool name_closes_before(const unit *u, int q) {
  return q >= 1 && (u[q - 1].type == U_NAME || (u[q - 1].type == U_COMMON && q >= 2 && u[q - 2].type == U_NAME));
}

/* The unit of a Minangkabau gelar adat after a name ("Zulfikar Hamdani |
 * Datuak Rajo Batuah", "Dt." its short form): its index in u[0..nu), 0
 * when there is none.  The name ends before it; the gelar stays in what
 * the phrase consumed. */
static int gelar_unit(const warta_doc *d, const unit *u, int nu) {
  for (int q = 1; q + 1 < nu; q++)
    if (u[q].type == U_TITLE && u[q].b == u[q].a + 1 && name_closes_before(u, q) && gelar_word(d, u[q].a))
      return q;
  return 0;
}

/* Where a name of units u[0..nu) ending at e ends: before its gelar. */
static uint32_t gelar_end(const warta_doc *d, const unit *u, int nu, uint32_t e) {
  int q = gelar_unit(d, u, nu);
  return q > 0 ? u[q].a : e;
}

/* Is unit u[q - 1], right before u[q], a part of the same body's name
 * (u[t] the first unit after the bodies)?  A body a unit is named after,
 * "BMKG | Stasiun Meteorologi Juanda"; a body the lexicon knows before an
 * acronym no list knows and the place the unit serves, "PLN | UP3 |
 * Maros"; a sports or mass body's board, "PB" Pengurus Besar or "PP"
 * Pengurus Pusat, before its acronym, "Sekretaris Jenderal | PB PASI" (not
 * a post "Sekretaris Jenderal PB"). */
/* Does the lexicon's body x carry the name of body p at its start, the
 * company of a subsidiary ("PT Pertamina" = Pertamina, "Patra Niaga" =
 * Pertamina Patra Niaga)? */
static bool body_extends(const warta_doc *d, uint32_t p, uint32_t x) {
  const wt_lexicon *lx = LX(d);
  const char *pn = wt_lex_canon(lx, p), *xn = wt_lex_canon(lx, x);
  if (!pn) pn = lx->pool + lx->entries[p].key;
  if (!xn) xn = lx->pool + lx->entries[x].key;
  size_t n = strlen(pn);
  return n >= 3 && !strncasecmp(xn, pn, n) && xn[n] == ' ';
}

static inline bool unit_of_body_before(warta_doc *d, const unit *u, int q, int t) {
  const unit *x = &u[q], *p = &u[q - 1];
  /* (a subsidiary after its company, "PT Pertamina | Patra Niaga") */
  if (x->type == U_ORG && p->type == U_ORG && p->lex != LEX_NONE && x->lex != LEX_NONE && p->b == x->a &&
      body_extends(d, p->lex, x->lex))
    return true;
  if (x->type == U_ORG && (p->type == U_ORG || p->type == U_ACRO) &&
      (phrase_cls(d, x->a, x->b, &(uint32_t){0}) & LX_ORG_SUB))
    return true;
  if (q + 1 < t && x->type == U_ACRO && !(wt_clsof(d, x->a) & (LX_ORG | LX_ORG_HEAD)) && p->type == U_ORG &&
      p->lex != LEX_NONE && u[q + 1].type == U_LOC)
    return true;
  return (x->type == U_ACRO || (x->b == x->a + 1 && is_upper(d, x->a))) && p->b == p->a + 1 &&
         (wt_tok_is(d, p->a, "pb") || wt_tok_is(d, p->a, "pp")) && is_upper(d, p->a);
}

/* Does the role at r0 take a place after it ("Kepala Desa Sukorejo"), also
 * after a prefix ("Mantan Kepala Desa", "Plt Kepala Desa")? */
static bool role_takes_place(warta_doc *d, uint32_t r0, uint32_t lim) {
  if (r0 + 1 < lim && (wt_tok_is(d, r0, "mantan") || (wt_lex_cls2(LX(d), wt_lexof(d, r0)) & LX2_ROLE_PREFIX)))
    r0++;
  return (phrase_cls(d, r0, lim, &(uint32_t){0}) & LX_ROLE_PLACE) != 0;
}

/* Is the first of units u[0..nu) a place that is a given name too, right
 * after a post that takes a place, with a name of two words or more after
 * it: "Wali Kota | Bima | Muhammad Lutfi", "Bupati | Bima | Indah Dhamayanti
 * Putri" ("Wali Kota Bima Arya" is a name)? */
static bool place_of_post_first(warta_doc *d, const unit *u, int nu, uint32_t r0, uint32_t lim) {
  return r0 != UINT32_MAX && nu >= 3 && u[0].type == U_NAME && u[0].b == u[0].a + 1 && u[1].type == U_NAME &&
         u[2].type == U_NAME && (wt_clsof(d, u[0].a) & LX_LOC) && role_takes_place(d, r0, lim);
}

/* Is token i a word of a person's name already known in this document? */
static inline __attribute__((always_inline)) bool known_name_token(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  return known_word(d, d->text + t->start, t->end - t->start);
}

/* Does token i look like the start of a person's name: a known given
 * name, a word seen alone after a cue, or a word of a name already known?
 * (Inline everywhere: its parts answer most words from the token and its
 * caches, cheaper than the call.) */
static inline __attribute__((always_inline)) bool is_name_hint(warta_doc *d, uint32_t i) {
  return (wt_clsof(d, i) & LX_NAME_FIRST) || is_evidence(d, i) || known_name_token(d, i);
}

/* Is token i Bali's "I" that opens a person's name, before a given name or
 * a caste title ("I Gede Wirasatya", "I Gusti Ngurah …"), rather than an
 * organisation's numeral ("Kodam I")? */
static bool bali_i(warta_doc *d, uint32_t i, uint32_t e) {
  const wt_token *t = wt_tok(d, i);
  if (!(t->end - t->start == 1 && d->text[t->start] == 'I' && i + 1 < e &&
        (is_name_hint(d, i + 1) || (wt_clsof(d, i + 1) & LX_TITLE))))
    return false;
  /* (after a place or a body's short form, "I" numbers that body's office
   * unless a Balinese name of birth order or caste follows, names_first.lex
   * name_bali: "BWS Sulawesi I | Stevanus Lumowa", not "Desa Pemuteran | I
   * Made …") */
  return !(i > 0 && is_word(d, i - 1) && ((wt_clsof(d, i - 1) & LX_LOC) || (wt_tok(d, i - 1)->flags & TF_UPPER))) ||
         (wt_clsof(d, i + 1) & LX_NAME_BALI);
}

/* Is token i a Roman numeral of a few letters ("VIII", "XII")? */
static bool roman_numeral(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  if (t->kind != WARTA_TOK_WORD || t->end - t->start > 6) return false;
  for (uint32_t k = t->start; k < t->end; k++) {
    char c = d->text[k];
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C') return false;
  }
  return true;
}

/* The end of lower-case role words [i, j), with the number of a class or a
 * level after its noun: "siswi kelas VIII", "mahasiswa semester 5", a
 * ballot's "pasangan calon nomor urut 1," (not the body's numeral, "VIII",
 * nor a person's age). */
static uint32_t class_number(const warta_doc *d, uint32_t i, uint32_t j, uint32_t lim) {
  if (j > i && j < lim &&
      (wt_tok_is(d, j - 1, "kelas") || wt_tok_is(d, j - 1, "tingkat") || wt_tok_is(d, j - 1, "semester") ||
       /* (the ballot's number before a comma: a name right after it
        * leaves the phrase as it was) */
       (wt_tok_is(d, j - 1, "urut") && (j + 1 >= lim || !is_cap(d, j + 1)))) &&
      (wt_tok(d, j)->kind == WARTA_TOK_NUMBER || roman_numeral(d, j)))
    j++;
  return j;
}

/* Is token i a Korean given name of two syllables joined by a hyphen,
 * "Hye-rim", "Jong-un": a capital, lower case, a hyphen, lower case? */
static bool korean_given(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  if (t->kind != WARTA_TOK_WORD || !(t->flags & TF_HYPHEN) || !(t->flags & TF_CAP)) return false;
  const char *s = d->text + t->start;
  size_t n = t->end - t->start;
  const char *h = memchr(s, '-', n);
  if (!h || h - s < 2 || h - s > 4 || s + n - h - 1 < 2 || s + n - h - 1 > 4) return false;
  for (const char *p = s + 1; p < s + n; p++)
    if (p != h && !(*p >= 'a' && *p <= 'z')) return false;
  return true;
}

/* A pair of bodies or places joined by a hyphen: an acronym on one side or
 * places on both, "ASEAN-Jepang", "RI-China", "Indonesia-Australia" (a
 * double name has neither: "Jean-Pierre", "Al-Farisi", "Jong-un"). */
static bool hyphen_pair(warta_doc *d, const wt_token *t) {
  const char *s = d->text + t->start;
  size_t n = t->end - t->start;
  const char *h = memchr(s, '-', n);
  if (!h || h == s || h + 1 == s + n) return false;
  size_t a = (size_t)(h - s), b = n - a - 1;
  bool upper_a = a >= 2, upper_b = b >= 2;
  for (size_t k = 0; k < a; k++) upper_a = upper_a && s[k] >= 'A' && s[k] <= 'Z';
  for (size_t k = 0; k < b; k++) upper_b = upper_b && h[1 + k] >= 'A' && h[1 + k] <= 'Z';
  if (upper_a || upper_b) return true;
  uint32_t xa = wt_lex_find(LX(d), s, a), xb = wt_lex_find(LX(d), h + 1, b);
  return xa != LEX_NONE && xb != LEX_NONE && (wt_lex_cls(LX(d), xa) & LX_LOC) && (wt_lex_cls(LX(d), xb) & LX_LOC);
}

/* A word in camel case ("VaakAI", "MediVision", "SAFEnet") names a company
 * or a product, never a person: a capital after the word's third letter, or
 * two capitals and small letters after them. Names with a capital inside
 * ("McDonald", "DiCaprio", "LeBron", "MacArthur", "VanDyke") start so. */
/* 0x80 in each byte of w that is an ASCII capital, 0 in the others (the
 * test of wt_lower8). */
static inline uint64_t upper_bytes(uint64_t w) {
  const uint64_t H = WT_BYTES(0x80);
  uint64_t v = w & ~H;
  return (v + WT_BYTES(0x80 - 'A')) & ~(v + WT_BYTES(0x80 - 'Z' - 1)) & ~w & H;
}

static bool camel_word(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  const char *w = d->text + t->start;
  size_t n = t->end - t->start;
  if (t->kind != WARTA_TOK_WORD || n < 4 || !(w[0] >= 'A' && w[0] <= 'Z')) return false;
  /* (most words have no capital after the first letter, and none of those
   * is camel case: eight bytes at a time tell) */
  if (n <= 17) {
    const unsigned char *p = (const unsigned char *)w + 1;
    size_t m = n - 1;
    uint64_t lo = wt_load_tail(p, m < 8 ? m : 8), hi = m > 8 ? wt_load_tail(p + 8, m - 8) : 0;
    if (!(upper_bytes(lo) | upper_bytes(hi))) return false;
  }
  bool lower = false;
  for (size_t j = 1; j < n; j++) {
    char c = w[j];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    if (c >= 'a' && c <= 'z') {
      lower = true;
    } else if (lower && j >= 3 && !(j == 3 && (!memcmp(w, "Mac", 3) || !memcmp(w, "Van", 3) || !memcmp(w, "Von", 3)))) {
      return true;
    }
  }
  /* "SAFEnet", "BRImo": capitals, then small letters */
  return w[1] >= 'A' && w[1] <= 'Z' && w[n - 1] >= 'a' && w[n - 1] <= 'z';
}

/* What name_like can tell from token i itself (its text, flags and
 * classes): NL_YES, NL_NO, NL_ASK -- a name only when it is evidence or
 * a word of a known name, which change as the document is read -- or
 * NL_AGE: a dictionary word, a name with an age after it, else NL_ASK. */
enum { NL_NO = 0, NL_YES = 1, NL_ASK = 2, NL_AGE = 3 };
static int name_shape(warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  if (t->flags & TF_INITIAL) return NL_YES;
  if (t->flags & TF_DIGIT) return NL_NO; /* Covid-19, G20 */
  /* one capital and a hyphen: "K-Popers", "E-KTP", "T-Shirt" (a double
   * name is longer on both sides: "Al-Farisi" stays a name) */
  if (t->end - t->start > 2 && d->text[t->start + 1] == '-') return NL_NO;
  if ((t->flags & TF_HYPHEN) && hyphen_pair(d, t)) return NL_NO;
  /* a thing's with "-nya" after it ("akun Instagram-nya", "TikTok-nya"): a
   * name takes no clitic */
  if ((t->flags & TF_HYPHEN) && t->end - t->start > 4 && !memcmp(d->text + t->end - 4, "-nya", 4)) return NL_NO;
  if (camel_word(d, i)) return NL_NO;
  uint64_t c = wt_clsof(d, i);
  if (c & (LX_NONNAME | LX_LOC_HEAD)) return NL_NO;
  if (c & (LX_NAME_FIRST)) return NL_YES;
  /* (evidence or a known name's word would be a name; else:) */
  if (t->flags & TF_UPPER) return t->end - t->start <= 2 ? NL_YES : NL_ASK; /* "RZ", "MS" initials; longer acronyms are not names */
  /* (a dictionary word with an age after it is someone's name: "Syamsiah
   * (52)") */
  return !tok_common(d, i) ? NL_YES : NL_AGE;
}

/* Caches name_shape's answer s in word token t's ch byte (bit 4 known, bits
 * 5 and 6 the answer), and for the word's later tokens in the word cache
 * (wt_word_tch) when the token's flags are its text's: no initial,
 * abbreviation, digit or hyphen (the tokenizer's plain words, which take
 * the cache's byte, have none), so that the answer is its text's alone. */
static void note_shape(warta_doc *d, wt_token *t, int s) {
  uint8_t bits = (uint8_t)(16 | s << 5);
  t->ch |= bits;
  size_t n = t->end - t->start;
  if (n <= 16 && !(t->flags & (TF_INITIAL | TF_ABBREV | TF_DIGIT | TF_HYPHEN))) {
    uint8_t *tch = wt_word_tch(d, (const unsigned char *)d->text + t->start, n);
    if (tch) *tch |= bits;
  }
}

/* Is token i name-like: capitalised, not a dictionary word (unless it is a
 * known given name or was seen after a cue). */
static __attribute__((noinline)) bool name_like_slow(warta_doc *d, uint32_t i) {
  if (!is_cap(d, i)) return (wt_clsof(d, i) & LX_NAME_PARTICLE) || article_name(d, i);
  wt_token *t = &((wt_token *)d->toks.data)[i];
  int shape;
  if (t->kind == WARTA_TOK_WORD) {
    /* a word's ch byte caches its shape: bit 4 known, bits 5 and 6 the
     * answer (name_like is asked about most words twice or more) */
    if (!(t->ch & 16)) note_shape(d, t, name_shape(d, i));
    shape = (t->ch >> 5) & 3;
  } else {
    shape = name_shape(d, i);
  }
  if (shape == NL_AGE) shape = wt_age_at(d, i + 1, wt_ntok(d)) ? NL_YES : NL_ASK;
  return shape == NL_YES || (shape == NL_ASK && (is_evidence(d, i) || known_name_token(d, i)));
}
/* (Most words asked about are capitalised words whose cached shape says
 * yes: that answer is given inline.) */
static inline bool name_like(warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  if (t->kind == WARTA_TOK_WORD && (t->flags & TF_CAP) && (t->ch & (16 | 96)) == (16 | NL_YES << 5)) return true;
  return name_like_slow(d, i);
}

/* Does a place's name end right before token i (within [lo, i))? */
static bool place_ends_at(warta_doc *d, uint32_t lo, uint32_t i) {
  for (uint32_t a = i; a > lo && i - a < 4;) {
    a--;
    uint32_t n = 0;
    uint64_t c = phrase_cls(d, a, i, &n);
    if (n && a + n == i && (c & LX_LOC)) return true;
  }
  return false;
}

/* (Names are compared folded, fold below, at most NAME_CAP - 1 bytes long.) */
enum { NAME_CAP = 160 };
static size_t fold(const char *s, size_t n, char *out, size_t cap);
static inline uint64_t name_key(int type, const char *folded, size_t n);

/* Is token i an acronym written as a word that the text defined earlier
 * ("... Dampak Lingkungan (Amdal)")?  definitions() put it in the name map. */
static bool is_defined_acronym(warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  char f[64];
  size_t fl = fold(d->text + t->start, t->end - t->start, f, sizeof f);
  uint32_t hit;
  return fl && (wt_map_get(&d->ent_map, name_key(WARTA_ORG, f, fl), &hit) ||
                wt_map_get(&d->ent_map, name_key(WARTA_LOC, f, fl), &hit) ||
                wt_map_get(&d->ent_map, name_key(WARTA_MEDIA, f, fl), &hit));
}

/* Are tokens i and i + 1 a short form of two words that the text defined
 * earlier ("… Seluruh Indonesia (PP PBVSI)")?  definitions() put it in the
 * name map. */
static bool is_defined_pair(warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  if (t->kind != WARTA_TOK_WORD || !(t->flags & (TF_CAP | TF_UPPER))) return false;
  char f[64];
  size_t fl = fold(d->text + t->start, wt_tok(d, i + 1)->end - t->start, f, sizeof f);
  uint32_t hit;
  return fl && wt_map_get(&d->ent_map, name_key(WARTA_ORG, f, fl), &hit);
}

static bool spells(warta_doc *d, uint32_t a, uint32_t b, uint32_t x);
static bool spells_pair(warta_doc *d, uint32_t a, uint32_t p);

static bool all_titles(const unit *u, int nu) {
  for (int q = 0; q < nu; q++)
    if (u[q].type != U_TITLE) return false;
  return true;
}

/* Does the acronym in brackets at p spell words that begin in a unit before
 * the last of u[0..n] — "Ikatan Dokter Anak Indonesia (IDAI)", where the
 * place would otherwise take the brackets as its own? */
static bool spelled_before(warta_doc *d, const unit *u, int n, uint32_t p) {
  if (wt_tok(d, u[n].a)->flags & TF_UPPER) return false; /* "KPU (Komisi …)" */
  for (int q = n > 8 ? n - 8 : 0; q < n; q++)
    if (spells(d, u[q].a, p, p + 1)) return true;
  return false;
}

/* Is word token i, written in lower case, an agent noun: pe(N)- on a
 * dictionary root, no -an ("penyumbang", "pengunjung", "pembeli")? */
static bool agent_noun(warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  size_t n = t->end - t->start;
  const char *w = d->text + t->start;
  if (t->kind != WARTA_TOK_WORD || (t->flags & TF_CAP) || n < 6 || w[0] != 'p' || w[1] != 'e') return false;
  if (w[n - 2] == 'a' && w[n - 1] == 'n') return false;
  return tok_common(d, i);
}

/* Is word token i an abstract noun of Indonesian morphology, a field of
 * work: pe(N)-…-an, per-…-an, ke-…-an ("Pemasaran", "Perdagangan",
 * "Keuangan")? */
static bool field_noun(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  size_t n = t->end - t->start;
  const char *w = d->text + t->start;
  if (t->kind != WARTA_TOK_WORD || n < 7 || w[n - 2] != 'a' || w[n - 1] != 'n') return false;
  char a = (char)(w[0] | 0x20), b = w[1];
  return (a == 'p' && b == 'e') || (a == 'k' && b == 'e');
}

/* Is [a, b) only the head of a body, without its own name ("Madrasah
 * Aliyah", "Universitas")? */
static bool bare_head(warta_doc *d, uint32_t a, uint32_t b) {
  uint32_t n = 0;
  return a < b && (phrase_cls(d, a, b, &n) & (LX_ORG_HEAD | LX_ORG)) == LX_ORG_HEAD && a + n == b;
}

/* Is token i a word that makes a post a former one ("mantan", "eks",
 * "bekas")? */
static bool former_word(const warta_doc *d, uint32_t i) {
  return wt_tok_is(d, i, "mantan") || wt_tok_is(d, i, "eks") || wt_tok_is(d, i, "bekas");
}

/* Is the role of phrase np one of relation to the person it names ("Kuasa
 * hukum Ayu Larasati", "Ibunda Naufal"; data/grammar.lex, role_rel)? */
static bool role_of_relation(warta_doc *d, const wt_np *np) {
  uint32_t n = 0, r0 = np->r0;
  /* (a former one too: "Mantan sopir pribadi terdakwa …") */
  if (r0 + 1 < np->r1 && former_word(d, r0)) r0++;
  if (!(np->r1 > r0 && (wt_lex_cls2(LX(d), wt_phrase(d, r0, np->r1, &n)) & LX2_ROLE_REL) && n)) return false;
  /* (the relation is the whole role, lower-case words aside -- "Asisten
   * pribadi Said" -- not "Asisten | Tindak Pidana Khusus", a post) */
  for (uint32_t k = r0 + n; k < np->r1; k++)
    if (wt_tok(d, k)->flags & (TF_CAP | TF_UPPER)) return false;
  return true;
}

/* Does a lower-case noun of companies (data/grammar.lex, org_noun) stand
 * right before token i, perhaps with a quote mark between ("kedai 'Kopi
 * Cikuray'")? */
static bool org_noun_before(warta_doc *d, uint32_t i) {
  if (i > 1 && wt_tok(d, i - 1)->kind == WARTA_TOK_QUOTE) i--;
  /* (or in commas after a sentence that opens with one and has no verb
   * yet: "Startup teknologi pendidikan (edutech) asal Indonesia,
   * Belajarin, melakukan …") */
  if (i > 2 && is_punct(d, i - 1, ',')) {
    /* (first the sentence's start, or the start after a dateline's dash,
     * with the noun there; then the words between for a verb) */
    uint32_t w = i - 1;
    while (w > 0 && i - w < 12) {
      const wt_token *t = wt_tok(d, w - 1);
      if (!(t->kind == WARTA_TOK_WORD || (t->kind == WARTA_TOK_PUNCT && (t->ch == '(' || t->ch == ')')))) break;
      if ((t->flags & TF_SENT_START) || (w >= 2 && is_punct(d, w - 2, PC_DASH))) break;
      w--;
    }
    const wt_token *f = w > 0 ? wt_tok(d, w - 1) : NULL;
    if (f && f->kind == WARTA_TOK_WORD && ((f->flags & TF_SENT_START) || (w >= 2 && is_punct(d, w - 2, PC_DASH))) &&
        (wt_lex_cls2(LX(d), wt_lexof(d, w - 1)) & LX2_ORG_NOUN)) {
      bool verb = false;
      for (uint32_t k = w; k + 1 < i && !verb; k++) {
        const wt_token *t = wt_tok(d, k);
        verb = t->kind == WARTA_TOK_WORD && ((wt_clsof(d, k) & (LX_CUE | LX_CLAUSE_CONJ | LX_PRONOUN)) ||
                                             wt_is_verb_form(LX(d), d->text + t->start, t->end - t->start));
      }
      if (!verb) return true;
    }
    /* (or a lower-case noun for a company inside the sentence, its kind and
     * where it comes from after it: "terlihat dari perusahaan teknologi asal
     * Taiwan, Pegatron.") */
    for (w = i - 1; w > 0 && i - w <= 6; w--) {
      const wt_token *t = wt_tok(d, w - 1);
      if (t->kind != WARTA_TOK_WORD || (t->flags & TF_SENT_START)) break;
      if (t->flags & TF_CAP) {
        /* (capitalised words only as the place after "asal", "dari" …) */
        if (!(wt_clsof(d, w - 1) & LX_LOC) && !(w >= 2 && (wt_lex_cls2(LX(d), wt_lexof(d, w - 2)) & LX2_LOC_NOUN)))
          break;
        continue;
      }
      if (wt_lex_cls2(LX(d), wt_lexof(d, w - 1)) & LX2_ORG_NOUN) return true;
      if ((wt_clsof(d, w - 1) & (LX_CUE | LX_CLAUSE_CONJ | LX_PRONOUN | LX_ROLE | LX_ROLE_COMMON)) ||
          wt_is_verb_form(LX(d), d->text + t->start, t->end - t->start))
        break;
    }
  }
  /* (the noun may have its field after it: "lembaga riset keamanan siber
   * CISSReC") */
  /* (first the noun, cheaply; then the words between it and i) */
  const uint64_t stop = LX_NP_STOP | LX_CUE | LX_PRONOUN | LX_CLAUSE_CONJ | LX_STOP | LX_ROLE | LX_ROLE_COMMON;
  uint32_t w = i;
  while (w > 0 && i - w < 4) {
    const wt_token *t = wt_tok(d, w - 1);
    /* (the noun may open the sentence: "Startup agritech Belanjagro
     * melakukan …") */
    if (t->kind != WARTA_TOK_WORD || ((t->flags & TF_CAP) && !(t->flags & TF_SENT_START))) return false;
    if (wt_lex_cls2(LX(d), wt_lexof(d, w - 1)) & LX2_ORG_NOUN) break;
    if ((t->flags & TF_CAP) || (wt_clsof(d, w - 1) & stop)) return false;
    w--;
  }
  if (w == 0 || i - w >= 4) return false;
  for (uint32_t k = w; k < i; k++) {
    const wt_token *t = wt_tok(d, k);
    if ((k > w && (wt_clsof(d, k) & stop)) || wt_is_verb_form(LX(d), d->text + t->start, t->end - t->start))
      return false;
  }
  return true;
}

/* Are the units [0, n) capitalised words no list knows (names or common
 * words)? */
static bool names_or_common(const unit *u, int n) {
  for (int q = 0; q < n; q++)
    if (u[q].type != U_NAME && u[q].type != U_COMMON) return false;
  return true;
}

/* Is token i the Arabic "bin"/"binti" (son/daughter of) inside a name? */
static bool binti(const warta_doc *d, uint32_t i) {
  return wt_tok_is(d, i, "bin") || wt_tok_is(d, i, "binti");
}

/* Is unit x a caste title of two words that stays in the name ("Anak
 * Agung | Ngurah Bagus Wirawan")? */
static bool caste_title_unit(warta_doc *d, const unit *x) {
  return x->type == U_NAME && x->b - x->a > 1 && (phrase_cls(d, x->a, x->b, &(uint32_t){0}) & LX_NAME_FIRST);
}

/* Does a caste title kept in the name stand among units [1, n), with a
 * name after it? */
static bool caste_title_after(warta_doc *d, const unit *u, int n) {
  for (int p = 1; p + 1 < n; p++)
    if (caste_title_unit(d, &u[p])) return true;
  return false;
}

/* Does unit x start a person's name: a known given name, a word seen alone
 * after a cue or of a name known already, a word with a Javanese given
 * name's ending ("Hakim ketua | Rianto Adam Pontoh", not a place before
 * "Adam"), or a caste title kept in the name? */
static bool name_start_unit(warta_doc *d, const unit *x) {
  const wt_token *t = wt_tok(d, x->a);
  return is_name_hint(d, x->a) ||
         (x->type == U_NAME && wt_javanese_name(LX(d), d->text + t->start, t->end - t->start)) ||
         caste_title_unit(d, x) ||
         /* (Bali's "I" before a given name: "Kepala Desa | I Made Wirawan") */
         (x->type == U_NAME && x->b == x->a + 1 && bali_i(d, x->a, wt_ntok(d)));
}

/* Do the units [0, n) open with a word no list knows, places and such
 * words after it ("Starlight Asia Live")? */
static bool unknown_then_places(const unit *u, int n) {
  if (n < 2 || (u[0].type != U_NAME && u[0].type != U_COMMON)) return false;
  for (int q = 1; q < n; q++)
    if (u[q].type != U_NAME && u[q].type != U_COMMON && u[q].type != U_LOC) return false;
  return true;
}

/* Are the units [0, n) names and titles only (a common word inside a name
 * allowed: "Yohanes Don Bosco")? */
static bool names_only(const unit *u, int n) {
  for (int q = 0; q < n; q++)
    if (u[q].type != U_NAME && u[q].type != U_TITLE && !(q > 0 && u[q].type == U_COMMON)) return false;
  return true;
}

/* Is the word in capitals at i a person's initials: after "berinisial" or
 * "inisial", before an age "(33)", or a person's name in this text
 * already? */
static bool person_initials(warta_doc *d, uint32_t i) {
  return (i > 0 && (wt_tok_is(d, i - 1, "berinisial") || wt_tok_is(d, i - 1, "inisial"))) ||
         wt_age_at(d, i + 1, wt_ntok(d)) || known_name_token(d, i);
}

/* Is the two-letter word in capitals at i ("AI", "AW") an acronym rather
 * than a person's initials?  Initials come after "berinisial"/"inisial",
 * before an age "(45)" or next to other name words; alone in their run
 * after a lower-case word or a slash they abbreviate a thing: "startup AI",
 * "(artificial intelligence/AI)", "Sektor AI". */
static bool two_letter_acronym(warta_doc *d, uint32_t i, uint32_t e) {
  if (e != i + 1 || i == 0) return false;
  const wt_token *p = wt_tok(d, i - 1);
  if (p->kind == WARTA_TOK_WORD && (wt_tok_is(d, i - 1, "berinisial") || wt_tok_is(d, i - 1, "inisial"))) return false;
  if (wt_age_at(d, i + 1, wt_ntok(d))) return false;
  return (p->kind == WARTA_TOK_PUNCT && p->ch == '/') ||
         (p->kind == WARTA_TOK_WORD && !(p->flags & TF_CAP) && !(wt_clsof(d, i - 1) & (LX_CUE | LX_ROLE | LX_ROLE_COMMON)));
}

/* Is token i a word that puts a place after it ("di", "ke", "dari",
 * "Kota", "warga" ...)? */
static bool is_place_word(warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  if (t->kind != WARTA_TOK_WORD) return false;
  return wt_tok_is(d, i, "di") || wt_tok_is(d, i, "ke") || wt_tok_is(d, i, "dari") || wt_tok_is(d, i, "asal") ||
         (wt_clsof(d, i) & LX_LOC_HEAD) || (wt_lex_cls2(LX(d), wt_lexof(d, i)) & LX2_LOC_NOUN);
}

/* Is token c a comma with a person's name after it: a given name, or a
 * title before a capitalised word ("…, KH Abdul Rozak,"; not a degree
 * after the name before the comma, "…, M.M. di Yogyakarta")? */
static bool person_after_comma(warta_doc *d, uint32_t c) {
  if (c + 1 >= wt_ntok(d) || !is_punct(d, c, ',')) return false;
  /* (a title may be in small letters: "RSUP Wahidin, dr. Fitriani …") */
  /* (Bali's "I" before a name: "Bendesa Adat Tegal Sari, I Wayan Suarjana,") */
  if (is_cap(d, c + 1) && (is_name_hint(d, c + 1) || bali_i(d, c + 1, wt_ntok(d)))) return true;
  /* (a place in commas may stand between: "Stasiun Meteorologi Kertajati,
   * Majalengka, Rini Oktaviani,") */
  {
    uint32_t l = 0;
    uint64_t pc = is_cap(d, c + 1) ? phrase_cls(d, c + 1, wt_ntok(d), &l) : 0;
    /* (a place's head and its name too: "Pondok Pesantren Nurul Huda,
     * Kecamatan Pragaan, KH. Abdul Wahid Zaini,") */
    if ((pc & LX_LOC_HEAD) && !(pc & LX_LOC) && l)
      while (c + 1 + l < wt_ntok(d) && l < 4 && is_cap(d, c + 1 + l) && !is_name_hint(d, c + 1 + l)) l++;
    if ((pc & (LX_LOC | LX_LOC_HEAD)) && l && c + 1 + l < wt_ntok(d) && is_punct(d, c + 1 + l, ',') &&
        c + 2 + l < wt_ntok(d) &&
        ((is_cap(d, c + 2 + l) && is_name_hint(d, c + 2 + l)) || (wt_clsof(d, c + 2 + l) & LX_TITLE)))
      return true;
  }
  uint32_t n = 0;
  uint64_t k = phrase_cls(d, c + 1, wt_ntok(d), &n);
  return (k & LX_TITLE) && n && c + 1 + n < wt_ntok(d) && is_cap(d, c + 1 + n) &&
         wt_tok(d, c + 1 + n)->kind == WARTA_TOK_WORD;
}

/* Do the units [0, n) end with names after a body's or a post's unit, a
 * given name among them ("Kepala SD Negeri Lailunggi | Daniel Umbu"), so
 * that a place word at i after them closes the person's name? */
static bool names_after_body(warta_doc *d, const unit *u, int n, uint32_t i) {
  int q = n;
  bool plain = true; /* (no dictionary word among them: "Panca Karya | Rusdy Ambon" is unsure) */
  bool given = false;
  while (q > 0 && u[q - 1].type == U_NAME) {
    q--;
    bool first = (wt_clsof(d, u[q].a) & LX_NAME_FIRST) != 0;
    plain &= first || !tok_common(d, u[q].a);
    given |= first;
  }
  /* (not when a person is named after the comma: the names are the body's,
   * "Stasiun Meteorologi Zainuddin Abdul Madjid Lombok, Putu Ayu Lestari,") */
  return q >= 1 && q < n && n - q <= 3 && plain && given &&
         (u[q - 1].type == U_ORG || u[q - 1].type == U_ROLE) && !(u[q - 1].a > 0 && is_place_word(d, u[q - 1].a - 1)) &&
         u[n - 1].b == i && !person_after_comma(d, i + 1);
}

/* Is token e "dari"/"di" and a place in capitals up to a comma with a
 * person's name after it ("Kelompok Nelayan Sosiri Mandiri | dari Kampung
 * Enggros, Yakob Sanyi,")? */
static bool place_then_person(warta_doc *d, uint32_t e) {
  if (e + 2 >= wt_ntok(d) || !(wt_tok_is(d, e, "dari") || wt_tok_is(d, e, "di"))) return false;
  uint32_t k = e + 1;
  while (k < wt_ntok(d) && k - e <= 4 && is_cap(d, k) && wt_tok(d, k)->kind == WARTA_TOK_WORD && !is_name_hint(d, k))
    k++;
  return k > e + 1 && person_after_comma(d, k) && (phrase_cls(d, e + 1, k, &(uint32_t){0}) & (LX_LOC | LX_LOC_HEAD));
}

/* Does a post or title end right before token i ("Juru bicara | PT …",
 * "Direktur Utama | PT …")? */
static bool post_before(warta_doc *d, uint32_t i) {
  for (uint32_t len = 1; len <= 4 && len <= i; len++) {
    uint32_t n = 0;
    uint32_t lex = wt_phrase(d, i - len, i, &n);
    if (n == len && (wt_lex_cls(LX(d), lex) & (LX_ROLE | LX_ROLE_COMMON | LX_TITLE))) return true;
  }
  return false;
}

/* Do the words before i in small letters (one to four, "dari" among them
 * or not) follow a post or an occupation: its field, "Analis politik (dari)
 * | Universidad Diego Portales, María …,"? */
static bool post_field_before(warta_doc *d, uint32_t i) {
  for (uint32_t w = i; w > 0 && i - w < 5;) {
    w--;
    if (!is_word(d, w)) return false;
    if (wt_clsof(d, w) & (LX_ROLE | LX_ROLE_COMMON)) return w + 1 < i;
    if (is_cap(d, w)) return false;
  }
  return false;
}

/* Does "di" at i name where and when a statement was made, a place and a
 * weekday in commas ("… Yohanis Benu Lado | di Kupang, Rabu, mengatakan",
 * Antara's habit), rather than where a group is ("Kelompok Tani Sumber
 * Rejeki di Kabupaten Jember")? */
static bool said_where_when(warta_doc *d, uint32_t i, uint32_t lim) {
  uint32_t k = i + 1;
  while (k < lim && k - i <= 4 && is_cap(d, k) && wt_tok(d, k)->kind == WARTA_TOK_WORD) k++;
  return k > i + 1 && k + 1 < lim && is_punct(d, k, ',') && (wt_tok(d, k + 1)->flags & TF_CAP) &&
         (wt_lex_cls2(LX(d), wt_lexof(d, k + 1)) & LX2_WEEKDAY);
}

/* Do capitalised dictionary words (one to six) before token i follow a
 * post: are they its field ("Kepala Subkomite | Investigasi Kecelakaan
 * Lalu Lintas | Jalan")? */
static bool in_post_field(warta_doc *d, uint32_t i) {
  for (uint32_t k = i; k > 1 && i - k < 6;) {
    k--;
    if (!is_cap(d, k) || wt_tok(d, k)->kind != WARTA_TOK_WORD || !tok_common(d, k)) return false;
    if (post_before(d, k)) return true;
  }
  return false;
}

/* A kind of body by its acronym at i, after a post or "dari", then
 * dictionary words to the comma before a person ending the run at e: that
 * body's name, "Kuasa hukum korban dari LBH Keadilan Digital, Yosephine
 * Marbun,". */
static bool acronym_body_name(warta_doc *d, uint32_t i, uint32_t e) {
  /* (the comma first: most runs end at none, and post_before looks up
   * four phrases) */
  if (i == 0 || i + 1 >= e || e - (i + 1) > 4 || e + 1 >= wt_ntok(d) || !is_punct(d, e, ',') ||
      !(wt_tok_is(d, i - 1, "dari") || post_before(d, i)) || !person_after_comma(d, e))
    return false;
  for (uint32_t w = i + 1; w < e; w++)
    if (!is_cap(d, w) || wt_tok(d, w)->kind != WARTA_TOK_WORD || (wt_tok(d, w)->flags & TF_UPPER) ||
        !tok_common(d, w) ||
        (phrase_cls(d, w, e, &(uint32_t){0}) &
         (LX_TITLE | LX_ROLE | LX_ORG | LX_LOC | LX_ORG_HEAD | LX_LOC_HEAD | LX_NAME_FIRST)))
      return false;
  return true;
}

/* Are tokens [a, b) all capitalised words of names: given names or words
 * no dictionary has, naming no place, body or post? */
static bool all_name_words(warta_doc *d, uint32_t a, uint32_t b) {
  for (uint32_t k = a; k < b; k++) {
    uint64_t c = wt_clsof(d, k);
    if (!is_cap(d, k) || (c & (LX_LOC | LX_ORG | LX_ROLE | LX_TITLE | LX_NONNAME)) ||
        !((c & LX_NAME_FIRST) || !tok_common(d, k)))
      return false;
  }
  return true;
}

/* Are tokens [a, b) all capitalised words naming no place, body, post or
 * title (dictionary words or not)? */
static bool cap_words(warta_doc *d, uint32_t a, uint32_t b) {
  for (uint32_t k = a; k < b; k++)
    if (!is_cap(d, k) || wt_tok(d, k)->kind != WARTA_TOK_WORD ||
        (wt_clsof(d, k) & (LX_LOC | LX_ORG | LX_ROLE | LX_TITLE | LX_NONNAME)))
      return false;
  return true;
}

/* Splits the capitalised run [i, e) into units. */
static bool text_place_word(const warta_doc *d, uint32_t i);

/* The classes one of which every rule of split_units for a lexicon phrase
 * asks of it. */
static const uint64_t LEXICON_UNIT = LX_PER_ALIAS | LX_WORK_HEAD | LX_TITLE | LX_ROLE | LX_LOC | LX_ORG_SEAT |
                                     LX_MEDIA | LX_ORG | LX_ORG_HEAD | LX_LOC_HEAD;

/* The end of a known body's numbered unit after it at j, within e: a
 * numeral, or a word of units and its numeral ("PTPN | IV Regional I",
 * "BPK | Wilayah X"); j when there is none. */
static uint32_t unit_numbers(warta_doc *d, uint32_t j, uint32_t e) {
  for (int step = 0; step < 2 && j < e; step++) {
    const wt_token *t = wt_tok(d, j);
    if (t->kind == WARTA_TOK_NUMBER || (roman_numeral(d, j) && !bali_i(d, j, e))) {
      j++;
    } else if (j + 1 < e && is_cap(d, j) &&
               (wt_tok_is(d, j, "regional") || wt_tok_is(d, j, "wilayah") || wt_tok_is(d, j, "divisi") ||
                wt_tok_is(d, j, "cabang") || wt_tok_is(d, j, "area") || wt_tok_is(d, j, "sektor")) &&
               (wt_tok(d, j + 1)->kind == WARTA_TOK_NUMBER || (roman_numeral(d, j + 1) && !bali_i(d, j + 1, e)) ||
                /* (or the region's name, the run ending there: "Pertamina
                 * Patra Niaga | Regional Sumbagut melalui …") */
                (j + 2 == e && is_cap(d, j + 1) && !is_name_hint(d, j + 1)))) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

/* The English words that join a body's head to the rest of its name
 * before a capitalised word at j: "of", "for", "on" (1), with "the" after
 * them (2: "Kiel Institute for the World Economy"); 0 when there are none
 * or no capital follows before e. */
static uint32_t english_of(warta_doc *d, uint32_t j, uint32_t e) {
  if (!(wt_tok_is(d, j, "of") || wt_tok_is(d, j, "for") || wt_tok_is(d, j, "on"))) return 0;
  uint32_t n = j + 2 < e && wt_tok_is(d, j + 1, "the") ? 2 : 1;
  return j + n < e && is_cap(d, j + n) ? n : 0;
}

/* (Inline in its one caller, wt_np_parse_ex: a parse of one or two words
 * paid the call's saving and restoring of registers.) */
/* Before a country at [c, c1) that closes a run ending at e, are the last
 * units u[..n) a company's words after a post: one word no list knows ("Ketua
 * Umum | Pinsar | Indonesia"), after the post or its field in small letters,
 * or two whose first is no given name ("Country Head | Knight Frank |
 * Indonesia"), with a name after the country or the holder in commas?  The
 * index of the company's first unit, or -1. */
static int company_before_country(warta_doc *d, const unit *u, int n, uint32_t c, uint32_t c1, uint32_t e) {
  if (n < 1 || u[n - 1].type != U_NAME || u[n - 1].b != c || u[n - 1].b != u[n - 1].a + 1 || tok_common(d, u[n - 1].a))
    return -1;
  bool holder_in_commas = c1 == e && person_after_comma(d, e);
  /* (two words: the holder's name of two capitalised words or more after) */
  if (n >= 2 && u[n - 2].type == U_NAME && u[n - 2].b == u[n - 1].a && u[n - 2].b == u[n - 2].a + 1 &&
      !is_name_hint(d, u[n - 2].a) && !tok_common(d, u[n - 2].a) &&
      (n >= 3 ? u[n - 3].type == U_ROLE : post_before(d, u[0].a)) &&
      ((c1 + 1 < e && is_cap(d, c1) && is_cap(d, c1 + 1)) || holder_in_commas))
    return n - 2;
  /* (one word: not a field, "Menteri Komunikasi Malaysia"; a given name after
   * the country) */
  if (is_name_hint(d, u[n - 1].a)) return -1;
  bool post = n >= 2 ? u[n - 2].type == U_ROLE ||
                           /* (or its field in small letters: "Koordinator
                            * fanbase | Orbiters Indonesia") */
                           (n >= 3 && u[n - 2].type == U_COMMON && !is_cap(d, u[n - 2].a) && u[n - 3].type == U_ROLE)
                     : post_before(d, u[n - 1].a) ||
                           (u[n - 1].a >= 2 && is_word(d, u[n - 1].a - 1) && !is_cap(d, u[n - 1].a - 1) &&
                            tok_common(d, u[n - 1].a - 1) && post_before(d, u[n - 1].a - 1));
  if (post && ((c1 + 1 < e && is_cap(d, c1) && is_name_hint(d, c1)) || holder_in_commas)) return n - 1;
  return -1;
}

static inline __attribute__((always_inline)) int split_units(warta_doc *d, uint32_t i, uint32_t e, unit *u) {
  int n = 0;
  bool in_org = false;
  while (i < e && n < MAX_UNITS) {
    uint32_t len = 0;
    uint32_t lex = wt_phrase(d, i, e, &len);
    uint64_t c = wt_lex_cls(LX(d), lex);
    unit *x = &u[n];
    x->a = i;
    x->lex = LEX_NONE;
    x->named = false;
    uint32_t pa, pl = 0;
    int f; /* (a company's first unit before a country: below) */
    /* (not a head of an English name that goes on: "Manajer Riset | Center
     * for Indonesia Taxation Analysis") */
    if (len && (c & LX_ORG_SUFFIX) && n > 0 && is_cap(d, i) &&
        !(i + len + 1 < e && !wt_tok_is(d, i + len, "on") && english_of(d, i + len, e))) {
      /* a business named before its kind: "Teduh Coffee", "Ketapang Indah
       * Hotel", "Kampung Daun Resto" -- the words before the suffix */
      int q = n;
      /* (not a field noun of the role before it: pe-…-an, per-…-an, ke-…-an,
       * "Koordinator Pemasaran | Teduh Coffee") */
      while (q > 0 && n - q < 4 &&
             (u[q - 1].type == U_NAME || u[q - 1].type == U_COMMON || u[q - 1].type == U_LOC ||
              u[q - 1].type == U_ACRO) &&
             !(u[q - 1].b - u[q - 1].a == 1 && field_noun(d, u[q - 1].a)))
        q--;
      /* (an organisation right before those words is the same one: "PT Sinar
       * Pangan | Makmur | Tbk"; two known ones too, "BRI | Danareksa |
       * Sekuritas") */
      for (int m = 0; m < 2 && q > 0 && u[q - 1].type == U_ORG && u[q - 1].b == (q < n ? u[q].a : i); m++) q--;
      if (q < n) {
        x = &u[q];
        x->type = U_ORG;
        /* (with the suffixes that follow: "Gili Hotel Association") */
        uint32_t l2 = 0;
        while (i + len < e && (phrase_cls(d, i + len, e, &l2) & LX_ORG_SUFFIX) && l2) len += l2;
        x->b = i + len;
        x->lex = LEX_NONE;
        x->named = false;
        n = q;
        in_org = true;
        i = x->b;
        n++;
        continue;
      }
    }
    /* (plain: no rule for a lexicon phrase below made the unit; the rules
     * for any word, after them, are asked) */
    bool plain = false;
    if ((pa = paren_acronym(d, i, e)) != 0 || (n > 0 && (pa = paren_alias(d, i, e)) != 0)) {
      x->type = U_PAREN;
      x->b = i + pa;
      /* an acronym that spells the words before it names them as an
       * organisation: "Kerukunan Suku Dayak Meratus (KSDM)", "Kamar Dagang
       * dan Industri (Kadin)", "Destructive Fishing Watch (DFW)" -- unless
       * the words are a person's name and the acronym a nickname ("Susilo
       * Bambang Yudhoyono (SBY)") */
      size_t alen = wt_tok(d, i + 1)->end - wt_tok(d, i + 1)->start;
      if (pa == 3 && n > 0 && alen >= 2 && alen <= 10 && !(wt_clsof(d, i + 1) & LX_PER_ALIAS)) {
        int q = n;
        /* (role and place words may be inside: "Ikatan Dokter Anak
         * Indonesia (IDAI)", "Persatuan Guru Republik Indonesia (PGRI)") */
        while (q > 0 &&
               (u[q - 1].type == U_NAME || u[q - 1].type == U_COMMON || u[q - 1].type == U_ROLE ||
                u[q - 1].type == U_LOC || u[q - 1].type == U_ORG) &&
               n - q < 8)
          q--;
        for (; q < n; q++) {
          if (!spells(d, u[q].a, i, i + 1)) continue;
          bool common = false, names = true;
          for (int w = q; w < n; w++) {
            if (u[w].type == U_COMMON || tok_common(d, u[w].a)) common = true;
            if (!is_name_hint(d, u[w].a)) names = false;
          }
          if (n - q >= 2 && (common || ((wt_tok(d, i + 1)->flags & TF_UPPER) && !names))) {
            /* with the head the words follow: "PT | Kinerja Sukses Gemilang (KSG)" */
            if (q > 0 && u[q - 1].type == U_ORG && (wt_clsof(d, u[q - 1].b - 1) & LX_ORG_HEAD)) q--;
            x = &u[q];
            x->a = u[q].a;
            x->type = U_ORG;
            x->b = i + pa;
            x->lex = LEX_NONE;
            x->named = false;
            n = q;
            in_org = true;
          }
          break;
        }
      }
    } else if (!(len && (c & LEXICON_UNIT))) {
      /* (most words start no phrase of the classes the rules below ask
       * for: they are passed at one test) */
      plain = true;
    } else if (len == 1 && (c & (LX_MEDIA | LX_ORG)) && (wt_tok(d, i)->flags & TF_UPPER) &&
               wt_tok(d, i)->end - wt_tok(d, i)->start <= 3 && person_initials(d, i)) {
      /* a person's initials that spell an outlet or a body too:
       * "tersangka berinisial DW (33)", and "DW mengaku" after it */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len == 1 && (c & (LX_LOC | LX_TITLE | LX_ROLE)) && i + 2 < e && binti(d, i + 1) && is_cap(d, i + 2)) {
      /* the word before "bin"/"binti" is a name's, whatever else it may be
       * (a place, a title): "Pangeran | Turki bin Nasser Al Saud", "Menteri
       * Energi Qatar | Sultan bin Ahmed Al-Kuwari" */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len == 1 && (c & (LX_LOC | LX_TITLE | LX_ROLE)) && n > 0 && i > 0 && binti(d, i - 1) &&
               u[n - 1].b == i) {
      /* (and so is the word after it: "Majed bin | Turki | al-Dosari",
       * "Khalid bin | Sultan") */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len == 1 && (c & (LX_LOC | LX_ORG)) && i + 1 == e && !(wt_tok(d, i)->flags & TF_UPPER) &&
               wt_pseudonym_aside(d, e, wt_ntok(d))) {
      /* a word the text says is a made-up name is a person's, whatever
       * else it names: "Bima (bukan nama sebenarnya), residen …" */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len && (c & LX_PER_ALIAS)) {
      /* a nickname is a name, even in capitals or with its title: "SBY",
       * "Gus Dur" (data/people_aliases.lex) */
      x->type = U_NAME;
      x->b = i + len;
    } else if (d->nword_acronyms && i + 1 < e && is_upper(d, i + 1) && is_defined_pair(d, i)) {
      /* a body's short form of two words the text defined: "PP PBVSI",
       * defined as "Pengurus Pusat … (PP PBVSI)" (not the law's "PP") */
      x->type = U_ACRO;
      x->b = i + 2;
    } else if (len && (c & LX_WORK_HEAD) && !(len == 1 && wt_tok(d, i)->end - wt_tok(d, i)->start <= 3 &&
                                              !(wt_tok(d, i)->flags & TF_UPPER))) {
      /* (short heads are acronyms: "Uu" is a given name, "UU" a law) */
      /* a law's or a programme's name: "UU Cipta Kerja", "Perppu Nomor 1
       * Tahun 2020", "RUU PKS" — dictionary words, acronyms and numbers
       * after the head; a person's name after it stays a name ("Ketua Panja
       * RUU Cipta Kerja Supratman") */
      uint32_t j = i + len;
      while (j < e) {
        const wt_token *t = wt_tok(d, j);
        if (t->kind == WARTA_TOK_NUMBER || (t->flags & (TF_DIGIT | TF_UPPER)) || is_punct(d, j, '/') ||
            (is_cap(d, j) && tok_common(d, j) && !(wt_clsof(d, j) & (LX_NAME_FIRST | LX_TITLE | LX_ROLE)) &&
             !is_name_hint(d, j))) {
          j++;
          continue;
        }
        break;
      }
      x->type = U_WORK;
      x->b = j;
    } else if (len && (c & LX_TITLE) && (c & (LX_ROLE | LX_ROLE_COMMON)) && i + len < e &&
               ((phrase_cls(d, i + len, e, &pl) & (LX_ORG | LX_ORG_HEAD | LX_LOC_HEAD)) ||
                /* (or a place with a name after it: "Uskup Agung Semarang |
                 * Mgr Robertus Rubiyatmoko") */
                ((phrase_cls(d, i + len, e, &pl) & LX_LOC) && pl && i + len + pl < e && is_cap(d, i + len + pl) &&
                 !(wt_clsof(d, i + len) & LX_NAME_FIRST)))) { /* (not "Profesor | Darwin Hutagalung") */
      /* a rank that is also a post, before a body rather than a name, is the
       * post: "Kapten Persib Bandung, Dimas …" (or before the place it
       * serves: "Pemangku Pura Dalem Kemenuh, Jero Mangku …") */
      x->type = U_ROLE;
      x->b = i + len;
    } else if (len == 1 && (c & LX_TITLE) && i + 1 < e && korean_given(d, i + 1)) {
      /* a Korean family name that is also a title ("Kang Hye-rim": not the
       * Sundanese "Kang") before a given name of two syllables */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len == 1 && (c & LX_TITLE) && n > 0 && u[n - 1].type == U_NAME && u[n - 1].b == i &&
               ((u[n - 1].b - u[n - 1].a == 1 && (wt_clsof(d, u[n - 1].a) & LX_NAME_FIRST)) ||
                caste_title_unit(d, &u[n - 1])) &&
               i + 1 < e && is_cap(d, i + 1) && !(wt_lex_cls2(LX(d), lex) & LX2_TITLE_RANK) && !gelar_word(d, i)) {
      /* a title between a given name and another name is a word of the
       * name: "Andi Sultan Pawellangi" (no title stands inside a name; a
       * gelar adat opens what follows the name, gelar_unit); so is one
       * after a caste title, "Anak Agung Istri | Mas | Wulandari" */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len == 1 && (c & LX_TITLE) && i + 1 == e && n > 0 && u[n - 1].type == U_NAME && u[n - 1].b == i &&
               ((wt_lex_cls2(LX(d), lex) & LX2_TITLE_HON) ||
                ((wt_lex_cls2(LX(d), lex) & LX2_TITLE_RANK) && !(wt_tok(d, i)->flags & (TF_UPPER | TF_ABBREV)) &&
                 (wt_tok(d, i)->end - wt_tok(d, i)->start >= 6 || wt_tok_is(d, i, "mayor"))))) {
      /* nor ends one: a form of address after the name is its surname,
       * "Yohanes Dominggus Ratu", "Budi Raja", as is a rank's word written
       * out, "Benny Laksamana", "Meliana Mayor" (degrees and short ranks
       * stay) */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len > 1 && (c & LX_TITLE) && (c & LX_NAME_FIRST) && i + len < e && is_cap(d, i + len)) {
      /* (so does a caste title of two words before a name: "Anak Agung |
       * Ngurah Bagus Wirawan") */
      x->type = U_NAME;
      x->b = i + len;
    } else if (len && (c & LX_TITLE) && !(len == 1 && (c & LX_NAME_FIRST))) {
      /* (a title that is also a given name, "Andi", stays in the name) */
      x->type = U_TITLE;
      x->b = i + len;
      x->lex = lex; /* (its rank class is read by the unit after it) */
      /* the corps after a rank is part of it: "Letnan Kolonel Laut (P)",
       * "Mayor Cpm" (then paren_acronym takes the bracket) */
      if ((wt_lex_cls2(LX(d), lex) & LX2_TITLE_RANK) && x->b + 1 < e && is_cap(d, x->b) &&
          (wt_lex_cls2(LX(d), wt_lexof(d, x->b)) & LX2_RANK_CORPS))
        x->b++;
    } else if (len == 1 && (c & (LX_ROLE | LX_LOC)) && (c & LX_NAME_FIRST) && n > 0 &&
               (u[n - 1].type == U_NAME || (u[n - 1].type == U_TITLE && i + 1 < e && is_cap(d, i + 1)) ||
                /* (or after a body or place that closes the post, two words
                 * of a name after it: "Kepala BKKPN Kupang | Imam Fauzi
                 * Rahman") */
                ((u[n - 1].type == U_LOC || u[n - 1].type == U_ACRO || u[n - 1].type == U_ORG) && (c & LX_ROLE) &&
                 i + 2 < e && is_cap(d, i + 1) && name_like(d, i + 1) && is_cap(d, i + 2) &&
                 !(phrase_cls(d, i + 1, e, &(uint32_t){0}) & (LX_LOC | LX_ORG | LX_ROLE | LX_TITLE))) ||
                ((u[n - 1].type == U_PAREN || (u[n - 1].type == U_ORG && is_punct(d, u[n - 1].b - 1, ')'))) &&
                 i + 1 < e && is_cap(d, i + 1) && name_like(d, i + 1) &&
                 !(phrase_cls(d, i + 1, e, &(uint32_t){0}) & (LX_LOC | LX_ORG | LX_ROLE | LX_TITLE)))) &&
               (i + 1 < e ? is_cap(d, i + 1) : wt_tok(d, i - 1)->kind == WARTA_TOK_WORD)) {
      /* a given name that is also a role or a place, inside a name or
       * ending it (a role is written before a name, not after it):
       * "Lukman Hakim Nasution", "Darwin Saragih", "Rizal Hakim,", or
       * right after a title: "H. Imam Santoso", or after a body closed by
       * its acronym: "… Partai Persatuan Pembangunan (PPP) | Imam Santoso" */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len == 1 && (c & LX_ORG) && !(c & (LX_LOC | LX_ROLE | LX_TITLE | LX_MEDIA)) && n > 0 &&
               u[n - 1].type == U_NAME && u[n - 1].b == i && (wt_clsof(d, u[n - 1].a) & LX_NAME_FIRST) &&
               !(wt_tok(d, i)->flags & TF_UPPER) && i + 1 < e && is_cap(d, i + 1) && name_like(d, i + 1) &&
               !(phrase_cls(d, i + 1, e, &(uint32_t){0}) & (LX_LOC | LX_ORG | LX_ROLE | LX_TITLE | LX_ORG_HEAD))) {
      /* a body's one-word name between a given name and another name is a
       * word of the name: "Petrus | Kia | Lamanepa" (Kia the car maker) */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len == 1 && (c & LX_LOC) && n > 0 && place_ends_at(d, u[n - 1].a, i) && i + 2 == e && is_cap(d, i + 1) &&
               name_like(d, i + 1) && !(phrase_cls(d, i + 1, e, &(uint32_t){0}) & (LX_LOC | LX_ORG | LX_ROLE))) {
      /* a second place right after a place, before the last word of the
       * phrase, is a given name: "… Sumatera Utara Darwin Saragih" */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len == 1 && (c & LX_LOC) && !(c & LX_ORG) && n > 0 && u[n - 1].type == U_NAME && i + 1 == e &&
               u[n - 1].b == i && is_cap(d, i) && !(wt_tok(d, i)->flags & TF_UPPER) &&
               ((((wt_clsof(d, i - 1) & LX_NAME_FIRST) || (wt_clsof(d, u[0].a) & LX_NAME_FIRST) ||
                  (u[0].type == U_TITLE && n >= 2)) &&
                 names_only(u, n) &&
                 !(u[0].a > 0 && (wt_tok_is(d, u[0].a - 1, "di") || wt_tok_is(d, u[0].a - 1, "ke") ||
                                  wt_tok_is(d, u[0].a - 1, "dari") || is_cap(d, u[0].a - 1)))) ||
                names_after_body(d, u, n, i))) {
      /* a place word closing a name right after a given name is the
       * surname: "I Nyoman Sukadana", "Wayan Bangli" (not inside a place's
       * name: "di Taman Surya Surabaya"); so is one closing a name a title
       * opens: "Mayor Jenderal Aung Naing Soe" */
      /* (or after a body's name, the given name right before it: "Kepala SD
       * Negeri Lailunggi | Daniel Pati") */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len == 1 && (c & LX_LOC) && n > 0 && u[n - 1].type == U_TITLE && i + 1 < e && is_cap(d, i + 1) &&
               (wt_lex_cls2(LX(d), u[n - 1].lex) & (LX2_TITLE_RANK | LX2_TITLE_ACAD)) && name_like(d, i + 1) &&
               !(phrase_cls(d, i + 1, e, &(uint32_t){0}) & (LX_LOC | LX_ORG | LX_ROLE))) {
      /* after a rank or an academic title comes a name, never a place:
       * "AKBP Darwin Parulian Sitorus", "Profesor Darwin Hutagalung" */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len == 1 && (c & LX_LOC) && (c & LX_NAME_FIRST) && i + 1 < e && is_cap(d, i + 1) &&
               (name_like(d, i + 1) || (n > 0 && u[n - 1].type == U_ORG && e - i <= 4 && cap_words(d, i + 1, e))) &&
               !(phrase_cls(d, i + 1, e, &(uint32_t){0}) & (LX_LOC | LX_ORG | LX_ROLE))) {
      /* (after a body, the words closing the run may be dictionary words,
       * as many names' are: "Manajer Humas Tokopedia | Bima Laksana
       * Putra", not the body's city) */
      x->type = U_NAME; /* "Darwin Saragih" */
      x->b = i + 1;
    } else if (len == 1 && (c & LX_LOC) && !(c & LX_ORG) && n == 0 && i > 1 && is_punct(d, i - 1, ',') &&
               !is_punct(d, i - 2, ')') && i + 1 < e && e - i <= 3 && !(wt_tok(d, i)->flags & TF_UPPER) &&
               wt_age_at(d, e, wt_ntok(d)) && all_name_words(d, i + 1, e)) {
      /* a place word opening a short name with an age after it, set off
       * by a comma, is the given name: "Salah seorang warga, Oman
       * Abdurahman (47)," (not "warga Bekasi Andi (35)": no comma; not a
       * list of places with their counts, "Jagakarsa (117), Lebak Bulus
       * (107),") */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len == 1 && (c & LX_LOC) && e == i + 1 && n == 0 && i > 0 && known_name_token(d, i) &&
               !is_place_word(d, i - 1)) {
      /* a place's name that is a word of a person named before, alone and
       * not after a word of places: the person ("kata Bima" after "Bima
       * Ardiansyah"; "di Bima" stays the city) */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len == 1 && (c & LX_ROLE) && (c & LX_ALIAS) && n > 0 && u[n - 1].type == U_NAME && u[n - 1].b == i &&
               (wt_clsof(d, u[n - 1].a) & LX_NAME_FIRST) && i + 2 < e && !is_cap(d, i + 1) &&
               (wt_clsof(d, i + 1) & LX_NAME_PARTICLE) && is_cap(d, i + 2)) {
      /* a post's one-word short form between a given name and a particle
       * is a word of the name: "Gabriel | Mendes | da Costa" ("Mendes" the
       * Minister of Villages) */
      x->type = U_NAME;
      x->b = i + 1;
    } else if (len && (c & LX_ROLE) && !(c & (LX_ORG | LX_LOC))) {
      x->type = U_ROLE;
      x->b = i + len;
    } else if (len && (c & LX_ORG_SEAT)) {
      x->type = U_LOC; /* "Pemimpin Kremlin": inside the role, like a place */
      x->b = i + len;
      x->lex = lex;
    } else if (len && (c & LX_MEDIA)) {
      x->type = U_MEDIA;
      x->b = i + len;
      x->lex = lex;
    } else if (len && (c & LX_ORG)) {
      x->type = U_ORG;
      x->b = unit_numbers(d, i + len, e);
      /* (and its other name after a slash: "Kementerian Investasi dan
       * Hilirisasi/BKPM") */
      if (x->b + 1 < e && is_punct(d, x->b, '/') && !(wt_tok(d, x->b)->flags & TF_SPACE_BEFORE) &&
          !(wt_tok(d, x->b + 1)->flags & TF_SPACE_BEFORE) && (phrase_cls(d, x->b + 1, e, &(uint32_t){0}) & LX_ORG))
        x->b += 2;
      x->lex = x->b == i + len ? lex : LEX_NONE;
      in_org = true;
      if (n == 0 && len == 1 && is_upper(d, i) && acronym_body_name(d, i, e)) {
        x->b = e;
        x->lex = LEX_NONE;
        x->named = true;
      }
    } else if (len && (c & LX_LOC) && (wt_lex_cls2(LX(d), lex) & LX2_COUNTRY) &&
               (f = company_before_country(d, u, n, i, i + len, e)) >= 0) {
      /* a company's word (or two) and its country after a post, before a
       * person's given name: the body ("Ketua Umum | Pinsar Indonesia |
       * Hartono Kusuma", "Founder | Haveltea Indonesia | Widyoseno …",
       * "Country Head | Knight Frank Indonesia | Nathaniel Gunadi"; or before
       * the holder in commas, "Koordinator | Orbiters Indonesia |, Melati
       * …,") */
      x = &u[f];
      x->type = U_ORG;
      x->b = i + len;
      x->lex = LEX_NONE;
      x->named = true;
      n = f + 1;
      in_org = true;
      i = x->b;
      continue;
    } else if (len && (c & LX_LOC)) {
      x->type = U_LOC;
      x->b = i + len;
      x->lex = lex;
    } else if (len && (c & LX_ORG_HEAD) && !((c & LX_LOC_HEAD) && i + len < e && is_cap(d, i + len))) {
      /* (a head of both kinds before a name, "Kelurahan Sumbersari", is a
       * place: below) */
      /* an organisation's own name: the head, then words that are not a
       * person's name — dictionary words, places, acronyms, numbers — with
       * "dan"/"untuk" inside, up to an org suffix ("Association") */
      uint32_t j = i + len;
      bool after_loc = false, titled = false;
      while (j < e) {
        uint32_t l2 = 0;
        uint64_t c2 = phrase_cls(d, j, e, &l2);
        /* a short title and a name inside the name: an institution named
         * after a person ("Rumah Sakit Umum Pusat Dr Sardjito", "RSUD dr.
         * Soedarso") */
        /* (not after a name: "RSUD Wamena | dr Yohanes Baskoro"; common
         * words may stand between, "Rumah Sakit Umum Pusat Dr Sardjito") */
        bool named = false;
        /* (the body's acronym in brackets names nothing else: "Rumah Sakit
         * Jiwa (RSJ) Dr. Soeharto Heerdjan") */
        /* (a place is a name too, even one that is a dictionary word:
         * "RSUD Batang | dr. Irma Suryani") */
        /* (and any capitalised word after a head that is an acronym:
         * "RSUD Daya | dr. Muh. Ikhsan Rahim") */
        for (uint32_t w = i + len; w < j && !named; w++)
          named = (!tok_common(d, w) || (wt_clsof(d, w) & LX_LOC) || (len == 1 && is_upper(d, i) && is_cap(d, w))) &&
                  wt_tok(d, w)->kind == WARTA_TOK_WORD &&
                  !(w > 0 && is_punct(d, w - 1, '(') && w + 1 < j && is_punct(d, w + 1, ')'));
        if (!titled && !named && (wt_lex_cls2(LX(d), lex) & LX2_ORG_EPONYM) && (c2 & LX_TITLE) && l2 == 1 &&
            wt_tok(d, j)->end - wt_tok(d, j)->start <= 4 &&
            j + 1 < e && is_cap(d, j + 1) && !(phrase_cls(d, j + 1, e, &(uint32_t){0}) & (LX_TITLE | LX_ROLE))) {
          j += 2;
          /* after initials, the name itself: "RSUP Dr M Djamil" */
          while (j < e && j - i < 8 && is_cap(d, j) && (wt_tok(d, j - 1)->flags & TF_INITIAL ||
                                                         wt_tok(d, j - 1)->end - wt_tok(d, j - 1)->start == 1))
            j++;
          /* (and the rest of a name of two words or more, up to a bracket or
           * a comma: "RSUPN Dr. Cipto Mangunkusumo (RSCM)") */
          {
            uint32_t k = j;
            while (k < e && k - j < 3 && is_cap(d, k) && !is_name_hint(d, k) &&
                   !(phrase_cls(d, k, e, &(uint32_t){0}) & (LX_TITLE | LX_ROLE | LX_ORG_HEAD | LX_LOC | LX_ORG)))
              k++;
            if (k > j && (k == e || is_punct(d, k, '(') || is_punct(d, k, ','))) j = k;
          }
          titled = true;
          continue;
        }
        /* (a role word right after the head names the body: "Dewan
         * Penasihat", "Dewan Pengawas", "Ikatan Dokter …") */
        if ((c2 & LX_ROLE) && !(c2 & LX_TITLE) && j == i + len && j + l2 < e && is_cap(d, j + l2) &&
            !is_name_hint(d, j + l2)) {
          j += l2;
          continue;
        }
        /* (a title joined to another word by "dan" is a word of the name:
         * "Kementerian Haji dan Umrah Arab Saudi") */
        if ((c2 & LX_TITLE) && l2 == 1 && j + 2 < e && wt_tok_is(d, j + 1, "dan") && is_cap(d, j + 2)) {
          j += 2;
          continue;
        }
        /* (so is one after a word of the name and before its acronym, or at
         * its end: "Panitia Penyelenggara Ibadah Haji (PPIH)") */
        if ((c2 & LX_TITLE) && l2 == 1 && j > i + len && tok_common(d, j - 1) &&
            (j + 1 >= e || is_punct(d, j + 1, '(') || !is_cap(d, j + 1))) {
          j++;
          continue;
        }
        /* (after a legal form, a form of address inside the name, the name
         * running to a comma with a person named after it, is the
         * company's word: "PT Sepatu Mas Gemilang, Lina Marlina,") */
        if ((c2 & LX_TITLE) && l2 == 1 && j > i + len && j + 1 < e && is_cap(d, j + 1) &&
            (wt_lex_cls2(LX(d), lex) & LX2_ORG_FORM) && (wt_lex_cls2(LX(d), wt_lexof(d, j)) & LX2_TITLE_HON) &&
            e < wt_ntok(d) && is_punct(d, e, ',') && person_after_comma(d, e)) {
          j++;
          continue;
        }
        if (c2 & (LX_TITLE | LX_ROLE)) break;
        /* another organisation's head starts a unit of its own: "Pusat
         * Penerangan | Kementerian Dalam Negeri" */
        /* (after a legal form the next head is the name's: "PT | Bank
         * Nusantara Raya Tbk" is one company; data/grammar.lex, org_form) */
        /* (nor does a head right after a government office's head: it is
         * the office's field, "Dinas | Koperasi dan UKM Provinsi Jawa
         * Tengah"; data/grammar.lex, org_office) */
        if ((c2 & LX_ORG_HEAD) && !(c2 & LX_ORG_SUB) && is_cap(d, j) &&
            !(j == i + len && ((wt_lex_cls2(LX(d), lex) & LX2_ORG_FORM) || (c & LX_ORG_OFFICE))))
          break;
        /* (a suffix that also heads a place's name goes on: "Serikat Pekerja
         * Hotel Harmoni One | Wahyu") */
        if ((c2 & LX_ORG_SUFFIX) && !((c2 & LX_LOC_HEAD) && j + l2 < e && is_cap(d, j + l2))) {
          j += l2;
          break;
        }
        /* (a known body inside a company's name after its legal form goes
         * on: "PT Astra Honda Motor") */
        if ((c2 & LX_ORG) && !(c2 & LX_LOC) && j > i + len && !(wt_lex_cls2(LX(d), lex) & LX2_ORG_FORM))
          break; /* "Komisi IV | DPR" */
        if (c2 & (LX_LOC | LX_ORG)) {
          /* "… Sumatera Utara Darwin Saragih": a one-word place right after
           * a place, before the last word of the run, is a given name */
          if (l2 == 1 && j + 2 == e && after_loc && is_cap(d, j + 1) && name_like(d, j + 1)) break;
          after_loc = (c2 & LX_LOC) != 0;
          j += l2;
          continue;
        }
        after_loc = false;
        if ((is_punct(d, j, ',') || is_punct(d, j, '/') || wt_tok_is(d, j, "dan")) && j + 1 < e) {
          j++; /* inside the run, the list or slash belongs to the name */
          /* (a unit's name after its number's slash, even one like a
           * person's: "Kodam XII/Tanjungpura Kolonel Bayu …") */
          if (is_punct(d, j - 1, '/') && !(wt_tok(d, j)->flags & TF_SPACE_BEFORE) && is_cap(d, j) &&
              !(wt_clsof(d, j) & (LX_TITLE | LX_ROLE)))
            j++;
          continue;
        }
        /* an English name: "University of Queensland", "Institute for
         * Policy Studies" -- the proper nouns after "of"/"for", with "and"
         * between them ("Center of Economic and Law Studies") */
        uint32_t of = english_of(d, j, e);
        if (of) {
          uint32_t k = j + of;
          while (k < e && k - j <= 6) {
            if (is_cap(d, k) && !is_name_hint(d, k) && !(phrase_cls(d, k, e, &(uint32_t){0}) & (LX_TITLE | LX_ROLE)))
              k++;
            else if (k > j + of && k + 1 < e && (wt_tok_is(d, k, "and") || is_amp(d, k)) && is_cap(d, k + 1))
              k++;
            else
              break;
          }
          if (k > j + of) {
            j = k;
            continue;
          }
        }
        uint32_t pj = paren_acronym(d, j, e);
        if (pj) {
          j += pj;
          /* (the acronym closes the name: one dictionary word left in the
           * run is a person's, "Himpunan Industri Mebel dan Kerajinan
           * (HIMKI) | Satori"; units and places go on, "(KPU) Pusat") */
          if (j + 1 == e && is_cap(d, j) && !is_upper(d, j) && tok_common(d, j) &&
              !(phrase_cls(d, j, e, &(uint32_t){0}) & (LX_ORG_SUB | LX_ORG_HEAD | LX_LOC | LX_LOC_HEAD | LX_ORG)))
            break;
          continue;
        }
        const wt_token *t = wt_tok(d, j);
        /* Bali's "I" before a name or a caste title opens a person's name,
         * not a numeral of the organisation: "PT Taman Wisata Candi
         * Borobudur | I Gusti Putu Ngurah Sedana" */
        if (bali_i(d, j, e)) break;
        /* (a unit's numeral of one letter after its head is no initial of
         * the person after it: "Komisi X", "BPK Wilayah X | Arif Nugroho") */
        if (t->end - t->start == 1 && j > i && roman_numeral(d, j) &&
            ((wt_clsof(d, j - 1) & (LX_ORG_HEAD | LX_ORG_SUB)) ||
             (wt_lex_cls2(LX(d), wt_lexof(d, j - 1)) & LX2_LOC_NOUN))) {
          j++;
          continue;
        }
        if (t->kind == WARTA_TOK_NUMBER || (t->flags & TF_DIGIT) || (t->flags & TF_UPPER)) {
          j++;
          continue;
        }
        if (is_cap(d, j) && tok_common(d, j) && !(wt_clsof(d, j) & LX_NAME_FIRST) && !is_evidence(d, j)) {
          j++;
          continue;
        }
        /* (a given name that is a dictionary word ends the body's own name of
         * dictionary words when the run ends with it and a place follows:
         * "Kelompok Tani Sumber Makmur di Kecamatan …", not "Kelompok Tani
         * | Budi Santoso") */
        if (j > i + len && j + 1 == e && e + 1 < wt_ntok(d) && wt_tok_is(d, e, "di") && is_cap(d, e + 1) &&
            is_cap(d, j) && tok_common(d, j) && !is_evidence(d, j) && is_cap(d, j - 1) && tok_common(d, j - 1) &&
            !(wt_clsof(d, j - 1) & (LX_NAME_FIRST | LX_ORG_HEAD))) {
          j++;
          continue;
        }
        /* after a legal form, unknown capitalised words to the end of the
         * run are the company's when no given name or title is among them:
         * "PT Suzuki Indomobil Sales (SIS)", "PT Suzuki Indomobil Sales,
         * Kenji Matsuda," */
        if ((wt_lex_cls2(LX(d), lex) & LX2_ORG_FORM) && is_cap(d, j) && !(t->flags & TF_INITIAL)) {
          uint32_t we = j;
          while (we < e && !is_punct(d, we, '(')) we++;
          /* (a word that ends a company's name ends it there when two
           * capitalised words or more follow: "PT Nusantara Capital
           * Sekuritas | Anggara Wicaksana") */
          for (uint32_t w = j; w + 2 < we; w++)
            if (phrase_cls(d, w, we, &(uint32_t){0}) & LX_ORG_SUFFIX) {
              bool name = true;
              for (uint32_t z = w + 1; z < we && name; z++)
                name = is_cap(d, z) && !(phrase_cls(d, z, we, &(uint32_t){0}) & (LX_ORG_SUFFIX | LX_ORG | LX_LOC));
              if (name) {
                we = w + 1;
                break;
              }
            }
          /* (the run ends at a comma, a bracket, or -- no post before the
           * company, whose holder's name would end the run -- the verb the
           * company is the subject of: "PT Borneo Hijau Lestari membantah") */
          /* (adverbs and aspect words may stand before the verb: "PT Borneo
           * Agro Lestari mulai membuka lahan") */
          bool no_post = !(n > 0 && (u[n - 1].type == U_ROLE || u[n - 1].type == U_TITLE)) && !post_before(d, i);
          uint32_t ve = e;
          while (ve < wt_ntok(d) && ve - e < 2 && wt_tok(d, ve)->kind == WARTA_TOK_WORD &&
                 !(wt_tok(d, ve)->flags & TF_CAP) && (wt_clsof(d, ve) & LX_ADV_SKIP))
            ve++;
          const wt_token *te = e < wt_ntok(d) ? wt_tok(d, e) : NULL, *tv = ve < wt_ntok(d) ? wt_tok(d, ve) : NULL;
          /* (or "di" and where the company is: "pekerja PT Lawu Tenun Abadi
           * | di Kabupaten Karanganyar") */
          bool clean = we < e || (te && (is_punct(d, e, ',') || is_punct(d, e, '('))) ||
                       (te && wt_tok_is(d, e, "di") && e + 1 < wt_ntok(d) && is_cap(d, e + 1)) ||
                       (tv && tv->kind == WARTA_TOK_WORD && !(tv->flags & TF_CAP) && no_post &&
                        ((wt_clsof(d, ve) & LX_CUE) || wt_is_verb_form(LX(d), d->text + tv->start, tv->end - tv->start) ||
                         wt_tok_is(d, ve, "selaku")));
          /* (a given name that is a dictionary word may be a word of the
           * company's name, the run ending with the name and no post before:
           * "PT Borneo Hijau Lestari,", "PT Rimba Lestari Khatulistiwa
           * selaku pengembang"; not "Direktur PT Transjakarta Prasetia
           * Budi", nor inside the name after a post no list knows,
           * "Manajer Hubungan Masyarakat PT Sawit Makmur Lestari Andika
           * Saragih membantah") */
          for (uint32_t w = j; w < we && clean; w++)
            clean = is_cap(d, w) &&
                    (!is_name_hint(d, w) ||
                     (no_post && we == e && w > i + len && tok_common(d, w) &&
                      (w + 1 == we || !(i > 0 && is_cap(d, i - 1))))) &&
                    !(wt_tok(d, w)->flags & TF_INITIAL) && !(wt_clsof(d, w) & (LX_TITLE | LX_ROLE));
          if (clean) {
            j = we;
            continue;
          }
        }
        /* after a unit's number, one word naming where it is: "SD Negeri 3
         * Sukamulya", "Lapas Kelas IIA Cipinang" */
        if (j > i + len && wt_tok(d, j - 1)->kind == WARTA_TOK_NUMBER && is_cap(d, j) && name_like(d, j) &&
            !is_name_hint(d, j) && !(wt_tok(d, j)->flags & TF_INITIAL) &&
            !(phrase_cls(d, j, e, &(uint32_t){0}) & (LX_TITLE | LX_ROLE | LX_ORG_HEAD)) &&
            (j + 1 >= e || !is_cap(d, j + 1) || is_name_hint(d, j + 1) || (wt_clsof(d, j + 1) & LX_TITLE) ||
             /* (or two words or more of a name after it: "SMKN 1 Cangkringan
              * | Nurlatifah Hidayati") */
             e - j >= 3)) {
          j++;
          break;
        }
        break;
      }
      /* a head never written without its own name ("Puskesmas Margadana
       * Wahidin", "di Puskesmas Pamulang"): one unknown word after it is
       * that name when a name still follows or nobody is named before the
       * head ("kata Kepala Puskesmas Budi" stays Budi) */
      /* (dictionary words after the head describe the body and leave its
       * name still to come: "Universitas Negeri | Tapanuli", "Politeknik
       * Negeri | Lhokseumawe") */
      bool unnamed = true;
      for (uint32_t w = i + len; w < j && unnamed; w++)
        unnamed = is_cap(d, w) && wt_tok(d, w)->kind == WARTA_TOK_WORD && tok_common(d, w) &&
                  !(phrase_cls(d, w, e, &(uint32_t){0}) & (LX_LOC | LX_ORG | LX_LOC_HEAD | LX_ORG_HEAD));
      /* (a person's name may also follow after a comma, the body's acronym
       * in brackets between or not: "Rektor Universitas Negeri Tapanuli
       * (Unitap), Profesor Darwin Hutagalung,") */
      uint32_t k = j + 1;
      if (k + 2 < e && is_punct(d, k, '(') && is_cap(d, k + 1) && is_punct(d, k + 2, ')')) k += 3;
      bool name_after = k == e && person_after_comma(d, e);
      /* (any head, its dictionary words, one unknown word and the body's
       * acronym in capitals: "Front Pembebasan Islam Moro (MILF)") */
      bool acronym = k == j + 4 && is_upper(d, j + 2) && j > i + len;
      if (unnamed && j < e && is_cap(d, j) && !is_name_hint(d, j) &&
          (acronym || ((k < e ? is_cap(d, k) : i == 0 || !is_cap(d, i - 1) || name_after) &&
                       (wt_lex_cls2(LX(d), lex) & LX2_ORG_NAMED))) &&
          !(phrase_cls(d, j, e, &(uint32_t){0}) & (LX_TITLE | LX_ROLE | LX_ORG_HEAD | LX_LOC_HEAD))) {
        j++;
        x->named = true;
      }
      /* (after a post, the body's name runs to the comma when a person is
       * named after it, given names or not: "Pengasuh Pondok Pesantren
       * Nurul Huda, KH Abdul Rozak,"; not over a body of its own, "Anggota
       * Komisi IX | DPR, Saleh …,") */
      if (!x->named && j < e && e - j <= 4 && (person_after_comma(d, e) || place_then_person(d, e)) &&
          (post_before(d, i) || post_field_before(d, i))) {
        bool words = true;
        for (uint32_t w = j; w < e && words; w++)
          words = is_cap(d, w) && wt_tok(d, w)->kind == WARTA_TOK_WORD && !(wt_tok(d, w)->flags & TF_INITIAL) &&
                  !(phrase_cls(d, w, e, &(uint32_t){0}) & (LX_TITLE | LX_ROLE | LX_ORG_HEAD | LX_LOC_HEAD | LX_ORG));
        if (words) {
          j = e;
          x->named = true;
        }
      }
      x->type = U_ORG;
      x->b = j;
      in_org = true;
    } else if (len && (c & LX_LOC_HEAD) && i + len < e && is_cap(d, i + len) &&
               !(len == 1 && (wt_lex_cls2(LX(d), lex) & LX2_STREET) && in_post_field(d, i))) {
      /* "Desa Oelomin", "Kecamatan Temon", "Jalan Sudirman": a place */
      /* (not the road of a post's field: "Kepala Subkomite Investigasi
       * Kecelakaan Lalu Lintas Jalan | Bayu Kristanto Halim") */
      uint32_t j = i + len;
      uint32_t l2 = 0;
      if (phrase_cls(d, j, e, &l2) & LX_LOC) {
        j += l2; /* a place the gazetteer knows */
      } else if (wt_lex_cls2(LX(d), wt_phrase(d, i, e, &(uint32_t){0})) & LX2_STREET) {
        /* a street: up to five capitalised words, initials and titles
         * included, up to a place the gazetteer knows ("Jalan S Parman |
         * Denpasar") or a body's or place's head */
        while (j < e && j - (i + len) < 5 && is_cap(d, j) &&
               !(j > i + len && (phrase_cls(d, j, e, &l2) & (LX_LOC | LX_ORG | LX_ORG_HEAD | LX_LOC_HEAD))))
          j++;
      } else {
        /* at most two unknown words, never a given name */
        /* (nor the "I" of a Balinese name: "Desa Belumbang | I Wayan …") */
        /* (but a head of nature, no administration's, always takes the
         * word after it, a given name or not, when two more follow: "Kepala
         * Desa | Gili Indah | Haerul Anwar", "Gunung Sari") */
        if (!(wt_lex_cls2(LX(d), lex) & LX2_LOC_ADMIN) && len == 1 && j + 2 < e && is_cap(d, j) &&
            is_cap(d, j + 1) && is_cap(d, j + 2) && is_name_hint(d, j) &&
            !(phrase_cls(d, j, e, &l2) & (LX_TITLE | LX_ROLE | LX_ORG_HEAD | LX_LOC_HEAD)))
          j++;
        /* (an administration's head takes a head of nature and its word:
         * "Kecamatan | Sungai Pinyuh", "Desa | Bukit Lawang") */
        if ((wt_lex_cls2(LX(d), lex) & LX2_LOC_ADMIN) && j == i + len && j + 1 < e && is_cap(d, j) &&
            is_cap(d, j + 1) && wt_tok(d, j + 1)->kind == WARTA_TOK_WORD) {
          uint32_t hx = wt_phrase(d, j, e, &l2);
          if (l2 == 1 && (wt_lex_cls(LX(d), hx) & LX_LOC_HEAD) && !(wt_lex_cls2(LX(d), hx) & LX2_LOC_ADMIN) &&
              !(phrase_cls(d, j + 1, e, &l2) & (LX_TITLE | LX_ROLE | LX_ORG_HEAD | LX_LOC_HEAD)))
            j += 2;
        }
        while (j < e && j - (i + len) < 2 && is_cap(d, j) &&
               !(phrase_cls(d, j, e, &l2) & (LX_TITLE | LX_ROLE | LX_ORG_HEAD | LX_LOC_HEAD)) && !is_name_hint(d, j) &&
               !(j > i + len && j + 1 < e && wt_tok(d, j)->end - wt_tok(d, j)->start == 1 && d->text[wt_tok(d, j)->start] == 'I' &&
                 is_cap(d, j + 1)))
          j++;
        /* (after a post, the place's name runs to the comma when a person
         * is named after it, given names or not: "Imam Masjid Nurul Yaqin,
         * Ustaz Muhammad Yusuf,") */
        if (j < e && e - (i + len) <= 3 && person_after_comma(d, e) && post_before(d, i)) {
          bool words = true;
          for (uint32_t w = j; w < e && words; w++)
            words = is_cap(d, w) && wt_tok(d, w)->kind == WARTA_TOK_WORD && !(wt_tok(d, w)->flags & TF_INITIAL) &&
                    !(phrase_cls(d, w, e, &(uint32_t){0}) & (LX_TITLE | LX_ROLE | LX_ORG_HEAD | LX_LOC_HEAD | LX_ORG));
          if (words) j = e;
        }
        /* (after a post, three unknown words to the run's end are a place
         * of one and a person of two: "Syahbandar Pelabuhan Tigaras |
         * Parulian Sitorus") */
        if (j == i + len + 2 && j + 1 == e && is_cap(d, j) && name_like(d, j) && !is_name_hint(d, i + len + 1) &&
            post_before(d, i))
          j--;
        /* (a given name alone after the head, ending the run, is the
         * place's own: "warga Kecamatan Kamal,") */
        if (j == i + len && j + 1 == e && is_cap(d, j) && !is_upper(d, j) && is_name_hint(d, j) &&
            !(wt_tok(d, j)->flags & TF_INITIAL) && !(phrase_cls(d, j, e, &l2) & (LX_TITLE | LX_ROLE | LX_ORG_HEAD | LX_LOC_HEAD)))
          j++;
      }
      x->type = U_LOC;
      x->b = j > i + 1 ? j : i + 1;
    } else {
      plain = true;
    }
    if (!plain) {
      /* (made above) */
    } else if (is_upper(d, i) && (wt_lex_cls2(LX(d), wt_lexof(d, i)) & LX2_TERM)) {
      /* an acronym of a common noun names nothing: "harga BBM", "gelombang
       * PHK" (data/grammar.lex, term) */
      x->type = U_COMMON;
      x->b = i + 1;
    } else if (is_upper(d, i) && (wt_tok(d, i)->end - wt_tok(d, i)->start > 2 || two_letter_acronym(d, i, e))) {
      x->type = U_ACRO;
      x->b = i + 1;
      if (n == 0 && acronym_body_name(d, i, e)) {
        x->type = U_ORG;
        x->b = e;
        x->named = true;
        in_org = true;
      }
    } else if (wt_tok(d, i)->kind == WARTA_TOK_URL) {
      /* a web address names a company or an outlet, never a person:
       * "Head of Startupindonesia.co Erwin Arifin" */
      x->type = U_ORG;
      x->b = i + 1;
    } else if (wt_tok(d, i)->kind == WARTA_TOK_NUMBER) {
      /* a number ends no person's name: "SD Negeri Ketabang 3", "RW 022" */
      x->type = U_ACRO;
      x->b = i + 1;
    } else if (d->nword_acronyms && is_defined_acronym(d, i)) {
      x->type = U_ACRO; /* "Amdal", defined earlier as "Analisis ... (Amdal)" */
      x->b = i + 1;
    } else if (n == 0 && i > 0 && wt_tok(d, i - 1)->kind == WARTA_TOK_WORD && !(wt_tok(d, i - 1)->flags & TF_CAP) &&
               (wt_lex_cls2(LX(d), wt_lexof(d, i - 1)) & LX2_LOC_NOUN) && is_cap(d, i) && !is_name_hint(d, i) &&
               !(wt_tok(d, i)->flags & (TF_UPPER | TF_INITIAL))) {
      /* "di perairan Dampier", "warga Cililitan", "pria asal Garut": after a
       * lower-case noun of places, an unknown word is a place */
      x->type = U_LOC;
      x->b = i + 1;
    } else if (n == 0 && i > 0 && !(wt_tok(d, i - 1)->flags & TF_CAP) && is_cap(d, i) &&
               !(wt_tok(d, i)->flags & TF_INITIAL) && !is_name_hint(d, i) &&
               !(phrase_cls(d, i, e, &(uint32_t){0}) & (LX_TITLE | LX_ROLE)) && org_noun_before(d, i)) {
      /* "startup quick commerce Belanjain", "aplikasi Kitabisa": after a
       * lower-case noun of companies, unknown words are a company (the
       * noun, looked for back to the sentence's start, asked last) */
      uint32_t j = i + 1;
      /* (an English name may hold "and": "Communication and Information
       * System Security Research Center") */
      while (j < e && j - i < 8) {
        /* (an English name's words may be Indonesian ones: "organisasi Clean
         * Air Network", "Air" -- not the run's last) */
        if (is_cap(d, j) && (name_like(d, j) || (j > i && j + 1 < e && is_cap(d, j + 1) && tok_common(d, j))) &&
            !is_name_hint(d, j) &&
            !(phrase_cls(d, j, e, &(uint32_t){0}) & (LX_TITLE | LX_ROLE | LX_ORG | LX_LOC)))
          j++;
        else if (j > i && j + 1 < e && (wt_tok_is(d, j, "and") || is_amp(d, j)) && is_cap(d, j + 1))
          j++;
        else
          break;
      }
      x->type = U_ORG;
      x->b = j;
      in_org = true;
      /* (a one-word company is then known as a body: "Head of People
       * Belanjain, Nadia …" -- is_defined_acronym) */
      if (j == i + 1) d->nword_acronyms++;
    } else if (n == 1 && u[0].type == U_LOC && u[0].b == i && i + 1 == e && i > 0 &&
               !(wt_tok(d, u[0].a)->flags & TF_SENT_START) && name_like(d, i) && !is_name_hint(d, i) &&
               !(wt_tok(d, i)->flags & (TF_UPPER | TF_INITIAL))) {
      /* a place and one unknown word, nothing else: a district of it ("Medan
       * Petisah", "Jakarta Barat"), not a person named after a place */
      u[0].b = i + 1;
      u[0].lex = LEX_NONE;
      i = u[0].b;
      continue;
    } else if (e == i + 1 && d->nplace_words && !(wt_tok(d, i)->flags & TF_SENT_START) && text_place_word(d, i) &&
               !(i > 0 && (wt_clsof(d, i - 1) & LX_LOC_HEAD))) {
      x->type = U_LOC; /* "aktivitas kegempaan Marapi" after or before "Gunung Marapi" */
      x->b = i + 1;
    } else if (name_like(d, i) ||
               (n > 0 && u[n - 1].type == U_TITLE && u[n - 1].b == i && wt_tok(d, i)->kind == WARTA_TOK_WORD &&
                (wt_lex_cls2(LX(d), u[n - 1].lex) & LX2_TITLE_HON))) {
      /* (a dictionary word right after a form of address is a name too:
       * "Mbah Kempul", "Pak Bagus") */
      x->type = U_NAME;
      x->b = i + 1;
    } else {
      x->type = U_COMMON;
      x->b = i + 1;
    }
    /* a parenthesised acronym right after an organisation or place is part
     * of it, as is a corps after a rank: "Brigadir Jenderal (Pol)" */
    if ((x->type == U_ORG || x->type == U_LOC || x->type == U_ACRO || x->type == U_ROLE || x->type == U_TITLE) &&
        (pa = paren_acronym(d, x->b, e)) != 0 && !spelled_before(d, u, n, x->b))
      x->b += pa;
    else if (x->type == U_ORG && (pa = paren_alias(d, x->b, e)) != 0)
      x->b += pa;
    i = x->b;
    n++;
  }
  (void)in_org;
  /* initials in capitals between a rank or title and a name: "Kolonel (Czi)
   * IGN Suriastawa" (I Gusti Ngurah), not an organisation */
  for (int q = 1; q + 1 < n; q++)
    if (u[q].type == U_ACRO && u[q].b == u[q].a + 1 && u[q - 1].type == U_TITLE && u[q + 1].type == U_NAME &&
        wt_tok(d, u[q].a)->end - wt_tok(d, u[q].a)->start <= 3)
      u[q].type = U_NAME;
  return n;
}

/* The length of a title of several lower-case words at j before a name,
 * "Letnan Kolonel Laut | dokter gigi | M Arifin"; 0 when none. */
static inline uint32_t lower_title(warta_doc *d, uint32_t j, uint32_t lim) {
  if (j + 2 < lim && wt_tok(d, j)->kind == WARTA_TOK_WORD && !(wt_tok(d, j)->flags & TF_CAP) &&
      (wt_phrase_unionof(d, j) & LX_TITLE)) {
    uint32_t n = 0;
    uint64_t c = phrase_cls(d, j, lim, &n);
    if (n > 1 && (c & LX_TITLE) && j + n < lim && is_cap(d, j + n)) return n;
  }
  return 0;
}

/* Does "dan" at j join a person's name in the run from i to another's post
 * ("… Johanis Pattinasarany | dan Raja Negeri Rutong …", "… Mohammad
 * Hossein Karimi-Tabar | dan Wakil Menteri …"): a given name among the
 * words before it, a post or a prefix of one after it? */
static bool name_then_post(warta_doc *d, uint32_t i, uint32_t j, uint32_t lim) {
  if (j + 1 >= lim ||
      !((wt_lex_cls2(LX(d), wt_lexof(d, j + 1)) & LX2_ROLE_PREFIX) ||
        ((wt_phrase_unionof(d, j + 1) & LX_ROLE) && (phrase_cls(d, j + 1, lim, &(uint32_t){0}) & LX_ROLE))))
    return false;
  for (uint32_t k = j; k > i && j - k < 6;)
    if (is_name_hint(d, --k)) return true;
  return false;
}

/* The end of the capitalised run that starts at i (tokens that can belong to
 * a name, a role or an organisation). */
static uint32_t run_end(warta_doc *d, uint32_t i, uint32_t lim, bool role) {
  uint32_t j = i;
  /* no name, role or organisation is this long; the bound keeps a run of a
   * million capitalised words linear (each start would rescan it) */
  if (lim - i > RUN_MAX) lim = i + RUN_MAX;
  /* a role that ends with an organisation's head ("Komandan Korem") may be
   * followed by the rest of its name ("074/Warastratama") */
  bool org = i > 0 && (wt_clsof(d, i - 1) & (LX_ORG_HEAD | LX_ORG)) && wt_tok(d, i - 1)->kind == WARTA_TOK_WORD;
  /* a known name runs to its end, over lower-case words inside it ("Times
   * of Israel", "Voice of America") and over "dan" ("Pimpinan Pusat
   * Muhammadiyah …") */
  if (i < lim && (wt_phrase_unionof(d, i) & (LX_MEDIA | LX_ORG))) {
    uint32_t pn = 0;
    if ((phrase_cls(d, i, lim, &pn) & (LX_MEDIA | LX_ORG)) && pn > 1) j = i + pn;
  }
  while (j < lim) {
    /* (a word or number first: then it is no "(" of an acronym) */
    if (run_token(d, j, org)) {
      /* (a unit's head too: "Bidang Politik, Hukum, dan Keamanan") */
      if (wt_clsof(d, j) & (LX_ORG_HEAD | LX_ORG | LX_ORG_SUB)) org = true;
      j++;
      continue;
    }
    /* every rule below but the numbers' and the last (a lower-case title
     * of several words) goes on only to a capitalised word after j: most
     * runs end at a lower-case word or a mark before another */
    const wt_token *tj = wt_tok(d, j);
    if (tj->kind != WARTA_TOK_NUMBER && tj->kind != WARTA_TOK_URL && !(j + 1 < lim && is_cap(d, j + 1))) {
      /* (but over "the" after the English glue: "Kiel Institute for the
       * World Economy") */
      if (org && j > i && j + 2 < lim && wt_tok_is(d, j + 1, "the") && english_of(d, j, lim) == 2) {
        j += 2;
        continue;
      }
      uint32_t tn = j > i ? lower_title(d, j, lim) : 0;
      if (!tn) break;
      j += tn;
      continue;
    }
    /* a mark goes on a run only as a bracket, a slash or a list's comma
     * (in a body's name or a role): the run ends at any other, as at the
     * usual comma after a place or a name ("Jakarta, Kompas") */
    if (tj->kind == WARTA_TOK_PUNCT && tj->ch != '(' && tj->ch != '/' && (tj->ch != ',' || !(org || role))) break;
    /* (not a comma before another post or title: a list of people, "Deputi
     * Pencegahan KPK Pahala Nainggolan, Gubernur Jawa Tengah Ganjar
     * Pranowo, dan …") */
    if (tj->kind == WARTA_TOK_PUNCT && tj->ch == ',' && (wt_phrase_unionof(d, j + 1) & (LX_ROLE | LX_TITLE)) &&
        (phrase_cls(d, j + 1, lim, &(uint32_t){0}) & (LX_ROLE | LX_TITLE)))
      break;
    uint32_t pj = paren_acronym(d, j, lim);
    if (!pj && (org || role)) pj = paren_alias(d, j, lim);
    if (pj) {
      j += pj;
      continue;
    }
    /* "RW 022", "Komisi 3": a number after an acronym or a unit's name */
    if (wt_tok(d, j)->kind == WARTA_TOK_NUMBER && j > 0 && is_upper(d, j - 1)) {
      j++;
      continue;
    }
    /* "Kepala Humas Daop 1 Eva Chairunisa": in a role, a unit's number
     * between capitalised words */
    if (role && wt_tok(d, j)->kind == WARTA_TOK_NUMBER && j > i && is_cap(d, j - 1) && j + 1 < lim &&
        is_cap(d, j + 1) && wt_tok(d, j)->end - wt_tok(d, j)->start <= 4) {
      j++;
      continue;
    }
    /* (and a unit's number with its place after the post that names the
     * unit, "Danramil 03/Lhoksukon", "Pangdam XII/Tanjungpura", even where
     * the run starts at it) */
    if (j > 0 && j + 2 < lim && is_punct(d, j + 1, '/') &&
        (role || (j > i && (wt_clsof(d, j - 1) & (LX_ROLE | LX_ORG_HEAD)))) &&
        (wt_tok(d, j)->kind == WARTA_TOK_NUMBER || roman_numeral(d, j)) && is_cap(d, j - 1) &&
        wt_tok(d, j)->end - wt_tok(d, j)->start <= 4 &&
        !(wt_tok(d, j + 1)->flags & TF_SPACE_BEFORE) && !(wt_tok(d, j + 2)->flags & TF_SPACE_BEFORE) &&
        is_cap(d, j + 2)) {
      j += 2;
      continue;
    }
    /* "Direktur Jenderal Prasarana dan Sarana Pertanian": "dan" inside a
     * role's field */
    /* (also right after the role phrase itself: "Menteri Lingkungan Hidup
     * dan Perubahan Iklim Brasil Helena …") */
    /* (a title word there is the field's when a dictionary word follows it:
     * "Direktur Bina Umrah dan Haji Khusus") */
    /* (the word before "dan" may be a loanword no dictionary holds:
     * "Direktur Surveilans dan Karantina Kesehatan") */
    if (role && j > 0 && j + 1 < lim && (wt_tok_is(d, j, "dan") || wt_tok_is(d, j, "serta")) && is_cap(d, j + 1) &&
        !is_name_hint(d, j + 1) &&
        (tok_common(d, j - 1) || (is_cap(d, j - 1) && !is_name_hint(d, j - 1) && !is_upper(d, j - 1) &&
                                  !(wt_lex_cls2(LX(d), wt_lexof(d, j + 1)) & LX2_ROLE_PREFIX))) &&
        tok_common(d, j + 1) && !(wt_clsof(d, j + 1) & LX_ROLE) && !name_then_post(d, i, j, lim) &&
        (!(wt_clsof(d, j + 1) & LX_TITLE) ||
         (j + 2 < lim && is_cap(d, j + 2) && tok_common(d, j + 2) && !is_name_hint(d, j + 2) &&
          !(wt_clsof(d, j + 2) & (LX_ROLE | LX_TITLE | LX_ORG_HEAD))))) {
      j++;
      continue;
    }
    /* "Korem 074/Warastratama": a slash inside an organisation's name */
    if (org && j + 1 < lim && is_punct(d, j, '/') && !(wt_tok(d, j)->flags & TF_SPACE_BEFORE) && is_cap(d, j + 1)) {
      j++;
      continue;
    }
    /* lower-case glue inside an organisation's name: "dan", "untuk", "&";
     * in English names "of", "for", "on", "to", "and" ("University of
     * Queensland", "Centre for Strategic and International Studies", "Center
     * of Reform on Economics", "Komunitas Bike to Work") */
    /* (English "and" between capitals joins a name whatever it names: no
     * Indonesian sentence has it) */
    if (j + 1 < lim && is_cap(d, j + 1) && j > i &&
        ((org && (wt_tok_is(d, j, "dan") || wt_tok_is(d, j, "untuk") || is_amp(d, j) || wt_tok_is(d, j, "of") ||
                  wt_tok_is(d, j, "for") || wt_tok_is(d, j, "on") || wt_tok_is(d, j, "to")) &&
          /* (not from a name to another's post: "… Johanis Pattinasarany |
           * dan Raja Negeri Rutong …") */
          !(wt_tok_is(d, j, "dan") && name_then_post(d, i, j, lim))) ||
         wt_tok_is(d, j, "and") ||
         /* (in a post, "dan" between its field's short forms: "Dirjen PHI
          * dan Jamsos Kemnaker") */
         (role && wt_tok_is(d, j, "dan") && is_upper(d, j - 1) && !(phrase_cls(d, j - 1, j, &(uint32_t){0}) & LX_ORG) &&
          (wt_tok(d, j + 1)->flags & (TF_CAP | TF_UPPER))) ||
         /* (a firm named after its founders: "Marpaung & Partners") */
         (is_amp(d, j) && (phrase_cls(d, j + 1, lim, &(uint32_t){0}) & LX_ORG_SUFFIX)))) {
      j++;
      continue;
    }
    /* "Menteri Riset dan Teknologi/Kepala Badan Riset dan Inovasi Nasional
     * Bambang ...": two posts joined by a slash; "Managing Director and
     * Chief Economist ...": an English title's "and" */
    /* (not a slash between two people's names, a pair in badminton:
     * "Daffa Rizky Maulana | /Keisha Anjani Putri": after the slash of two
     * posts comes a post, a field's word or an acronym, and after a unit's
     * number its name, "Pangdam XII/Tanjungpura") */
    if ((role || (wt_phrase_unionof(d, i) & LX_ROLE)) && j > i && j + 1 < lim && is_cap(d, j + 1) &&
        ((is_punct(d, j, '/') && !(wt_tok(d, j)->flags & TF_SPACE_BEFORE) &&
          (tok_common(d, j + 1) || is_upper(d, j + 1) || (wt_phrase_unionof(d, j + 1) & LX_ROLE) ||
           wt_tok(d, j - 1)->kind == WARTA_TOK_NUMBER || roman_numeral(d, j - 1))) ||
         wt_tok_is(d, j, "and") || (is_amp(d, j) && (phrase_cls(d, j + 1, lim, &(uint32_t){0}) & LX_ROLE))) &&
        !is_name_hint(d, j + 1)) {
      j++;
      continue;
    }
    /* an English post's fields in a list closed by "&" or "and": "Area
     * Manager Communication, Relations & CSR Pertamina …" */
    if (is_punct(d, j, ',') && j > i && j + 1 < lim && is_cap(d, j + 1) && !is_name_hint(d, j + 1) &&
        (role || (wt_phrase_unionof(d, i) & LX_ROLE))) {
      uint32_t k = j + 1;
      while (k < lim && k - j < 8 && is_cap(d, k) && !is_name_hint(d, k)) {
        k++;
        if (k + 1 < lim && is_punct(d, k, ',') && is_cap(d, k + 1)) k++;
      }
      if (k + 1 < lim && (is_amp(d, k) || wt_tok_is(d, k, "and")) && is_cap(d, k + 1) && !is_name_hint(d, k + 1)) {
        j = k + 2;
        continue;
      }
    }
    /* a list inside an organisation's name: "Badan Meteorologi,
     * Klimatologi, dan Geofisika" — capitalised words, commas, "dan"; in a
     * role the fields of a post, when every listed word is a common noun
     * ("Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi", "Pelaksana
     * Fungsi Penerangan, Sosial dan Budaya", "Kepala Biro Humas, Hukum dan
     * Kerja Sama"), not a list of people */
    /* (the run may start at the comma, right after a role phrase of two or
     * more words the lexicon knows: "Kepala Biro Humas | , Hukum dan …") */
    /* (the comma first: it is rarely there) */
    if (is_punct(d, j, ',') && j + 1 < lim && is_cap(d, j + 1) &&
        (org || (role && j > i && tok_common(d, j - 1)) ||
         (role && j == i && i >= 2 && (wt_clsof(d, i - 1) & (LX_ROLE | LX_ROLE_COMMON)) && is_cap(d, i - 1) &&
          is_cap(d, i - 2)))) {
      uint32_t k = j;
      bool ok = false;
      while (k + 1 < lim && k - j < 12) {
        if (!org && is_cap(d, k + 1) && (!tok_common(d, k + 1) || is_name_hint(d, k + 1))) break;
        if (is_punct(d, k, ',') && is_cap(d, k + 1)) k += 2;
        else if (is_punct(d, k, ',') && k + 2 < lim && wt_tok_is(d, k + 1, "dan") && is_cap(d, k + 2)) {
          k += 3;
          ok = org || (tok_common(d, k - 1) && !is_name_hint(d, k - 1));
          break;
        } else if (wt_tok_is(d, k, "dan") && is_cap(d, k + 1)) {
          k += 2;
          ok = true;
          break;
        } else if (is_cap(d, k)) k++;
        else break;
      }
      if (ok) {
        j = k;
        continue;
      }
    }
    /* a title inside an organisation's name: "RSUD dr. Soedarso" */
    if (org && j + 1 < lim && (wt_tok(d, j)->flags & TF_ABBREV) && (wt_clsof(d, j) & LX_TITLE) && is_cap(d, j + 1)) {
      j++;
      continue;
    }
    /* a place inside a role, with the name after it: "Kepala Balai Besar
     * POM di Semarang Lukas Wibisono", "Duta Besar Prancis untuk Indonesia
     * Julien Marchetti" */
    if (j + 2 < lim && j > i && (wt_tok_is(d, j, "di") || wt_tok_is(d, j, "untuk"))) {
      uint32_t n = 0;
      uint64_t c = phrase_cls(d, j + 1, lim, &n);
      /* (a country's post for two places: "Duta Besar Kanada untuk
       * Indonesia dan Timor-Leste | Margaret Ellison Cho"; not a body's
       * office, "Bank Dunia untuk Indonesia dan Timor-Leste") */
      uint32_t k = j + 1 + n, n2 = 0;
      if (n && role && (c & LX_LOC) && (wt_clsof(d, j - 1) & LX_LOC) && k + 2 < lim && wt_tok_is(d, k, "dan") &&
          is_cap(d, k + 1) && (phrase_cls(d, k + 1, lim, &n2) & LX_LOC) && n2)
        k += 1 + n2;
      if (n && (c & (LX_LOC | LX_ORG)) && is_cap(d, j + 1) && k < lim && is_cap(d, k)) {
        j = k;
        continue;
      }
      /* (a place no gazetteer knows, one word, in a post before a given
       * name: "Konsul Jenderal RI di Songkhla | Dimas Prasetyo Nugroho") */
      if (role && !n && is_cap(d, j + 1) && wt_tok(d, j + 1)->kind == WARTA_TOK_WORD && j + 3 < lim &&
          is_cap(d, j + 2) && (wt_clsof(d, j + 2) & LX_NAME_FIRST) && is_cap(d, j + 3)) {
        j += 2;
        continue;
      }
    }
    /* a post's field of two regions, the body's name after it: "Direktur
     * Asia Timur dan Pasifik | Kementerian Luar Negeri", "Direktur
     * Jenderal Amerika dan Eropa | Kemlu" */
    if (role && j > i && j + 2 < lim && wt_tok_is(d, j, "dan") && is_cap(d, j + 1) && place_ends_at(d, i, j)) {
      uint32_t n = 0;
      if ((phrase_cls(d, j + 1, lim, &n) & LX_LOC) && n && j + 1 + n < lim && is_cap(d, j + 1 + n)) {
        j += 1 + n;
        continue;
      }
    }
    /* (or of two fields joined by "dan", the body's name after it:
     * "Direktur Industri Elektronika dan Telematika | Kementerian
     * Perindustrian", "Kepala Bidang Pendidikan Diniyah dan Pondok Pesantren |
     * Kanwil Kemenag Jatim"; not two posts, bodies, places or people) */
    if (role && j > i && j + 2 < lim && wt_tok_is(d, j, "dan") && is_cap(d, j - 1) && !is_name_hint(d, j - 1) &&
        is_cap(d, j + 1) && !is_name_hint(d, j + 1) && is_cap(d, j + 2)) {
      uint32_t n = 0;
      uint64_t c = phrase_cls(d, j + 1, lim, &n);
      if (!(c & (LX_ROLE | LX_TITLE | LX_ORG | LX_LOC | LX_MEDIA)) &&
          !(phrase_cls(d, j - 1, j, &(uint32_t){0}) & (LX_ORG | LX_LOC))) {
        j++;
        continue;
      }
    }
    uint32_t tn = j > i ? lower_title(d, j, lim) : 0;
    if (tn) {
      j += tn;
      continue;
    }
    break;
  }
  return j;
}

/* Lower-case words of a role: "juru bicara", "anggota tim kuasa hukum",
 * "pengajar sosiologi", "dokter emergensi".  Returns the end. */
static uint32_t lower_role_words(warta_doc *d, uint32_t i, uint32_t lim) {
  uint32_t j = i;
  /* (four words, or more with a field's list: "senior bidang kehutanan dan
   * tata guna lahan") */
  uint32_t max = 4;
  while (j < lim && j - i < max) {
    const wt_token *t = wt_tok(d, j);
    if (t->kind != WARTA_TOK_WORD || (t->flags & TF_CAP)) break;
    uint64_t c = wt_clsof(d, j);
    /* (also right after a listed post: "Dokter Spesialis Jantung | dan
     * pembuluh darah") */
    if ((j > i || (i > 0 && !(wt_tok(d, i - 1)->flags & TF_CAP))) && j + 1 < lim && wt_tok_is(d, j, "dan") &&
        tok_common(d, j - 1) && is_word(d, j + 1) &&
        !(wt_tok(d, j + 1)->flags & TF_CAP) && tok_common(d, j + 1) &&
        !(wt_clsof(d, j + 1) & (LX_NP_STOP | LX_CUE | LX_PRONOUN | LX_STOP)) &&
        !wt_is_verb_form(LX(d), d->text + wt_tok(d, j + 1)->start, wt_tok(d, j + 1)->end - wt_tok(d, j + 1)->start)) {
      max = 9;
      j++;
      continue;
    }
    if (c & (LX_NP_STOP | LX_CUE | LX_PRONOUN | LX_DESC_END | LX_CLAUSE_CONJ | LX_ADV_SKIP)) break;
    /* (a word no dictionary holds stays when the body follows it: a short
     * form written as a word, "Pelatih tunggal putra pelatnas PBSI"; also
     * the first word before a body's acronym or known name, "Juru bicara
     * rektorat UNY") */
    /* (or when the person's name follows in commas: "Pelatih ganda putra
     * pelatnas, Dwi Hartanto,") */
    /* (nor does a body's head the lexicon holds, in small letters, before a
     * given name: "Asisten pelatih timnas | Yusuf Prihantoro"; "pelatih |
     * timnas Indonesia" is a body) */
    /* (an age group may stand between: "timnas | U-23 | Yusuf …") */
    uint32_t g = j + 2 < lim && (wt_tok(d, j + 1)->flags & TF_DIGIT) && is_cap(d, j + 1) ? j + 2 : j + 1;
    bool head_field = (c & LX_ORG_HEAD) && g < lim && is_cap(d, g) && (wt_clsof(d, g) & LX_NAME_FIRST) &&
                      !(phrase_cls(d, g, lim, &(uint32_t){0}) & (LX_LOC | LX_ORG));
    if (!(c & (LX_ROLE | LX_ROLE_COMMON)) && !head_field && !tok_common(d, j) &&
        !(j + 1 < lim && is_cap(d, j + 1) && !(t->flags & TF_DIGIT) && t->end - t->start <= 10 &&
          (j > i || (t->end - t->start >= 5 && (is_upper(d, j + 1) || (phrase_cls(d, j + 1, lim, &(uint32_t){0}) & LX_ORG))))) &&
        !(j > i && j + 2 < lim && is_punct(d, j + 1, ',') && is_cap(d, j + 2) && !(t->flags & TF_DIGIT) &&
          t->end - t->start <= 10) &&
        /* (or the body it serves after "dari"/"di": "Dokter spesialis
         * penyakit dalam konsultan gastroenterohepatologi | dari Rumah Sakit
         * Cipto Mangunkusumo") */
        !(j > i && j + 2 < lim && (wt_tok_is(d, j + 1, "dari") || wt_tok_is(d, j + 1, "di")) && is_cap(d, j + 2) &&
          !(t->flags & TF_DIGIT) && (phrase_cls(d, j + 2, lim, &(uint32_t){0}) & (LX_ORG | LX_ORG_HEAD))))
      break;
    /* (a verb ends the role: "Penyidik | mendatangi kediaman Rizieq") */
    if (!(c & (LX_ROLE | LX_ROLE_COMMON)) && wt_is_verb_form(LX(d), d->text + t->start, t->end - t->start)) break;
    j++;
  }
  return class_number(d, i, j, lim);
}

/* A relative clause at c ("yang …") that runs to a comma within a dozen
 * tokens: the comma's index; else c. */
static uint32_t relative_to_comma(const warta_doc *d, uint32_t c, uint32_t lim) {
  if (c >= lim || !wt_tok_is(d, c, "yang")) return c;
  uint32_t y = c;
  while (y < lim && y - c < 12 && !is_punct(d, y, ',') && wt_tok(d, y)->kind != WARTA_TOK_QUOTE) y++;
  return y < lim && is_punct(d, y, ',') ? y : c;
}

/* "NAME, operator SPBU di Jalan Pramuka, mengatakan": lower-case words that
 * are neither verbs nor function words, a body in capitals after them, and
 * the comma that closes the apposition before a verb (of saying or any
 * other) -- or the sentence's end after a speaker named by a cue ("kata
 * Sutrisno (45), operator SPBU."). Fills np as a role (with the body as its
 * affiliation) and returns true; leaves np alone otherwise. */
static bool lower_apposition(warta_doc *d, uint32_t i, uint32_t lim, bool after_cue, wt_np *np) {
  /* (a nickname's aside is no description: "Castro, sapaan Herdiansyah,") */
  if (i > 0 && wt_nickname_aside(d, i - 1, lim)) return false;
  /* (one of many: "Ujang Supriatna (41), salah satu jukir yang diamankan
   * petugas," -- the role is the noun after the quantifier) */
  bool one_of = false;
  if (i + 2 < lim && wt_tok_is(d, i, "salah") && (wt_tok_is(d, i + 1, "satu") || wt_tok_is(d, i + 1, "seorang"))) {
    i += 2;
    one_of = true;
  } else if (i + 1 < lim && wt_tok_is(d, i, "seorang")) {
    i++; /* (or one person: "Rina (34), seorang guru honorer di Bekasi,") */
    one_of = true;
  }
  uint32_t j = i;
  while (j < lim && j - i < 3) {
    const wt_token *t = wt_tok(d, j);
    if (t->kind != WARTA_TOK_WORD || (t->flags & (TF_CAP | TF_DIGIT))) break;
    if (wt_clsof(d, j) & (LX_NP_STOP | LX_CUE | LX_PRONOUN | LX_DESC_END | LX_CLAUSE_CONJ | LX_ADV_SKIP)) break;
    if (wt_is_verb_form(LX(d), d->text + t->start, t->end - t->start)) break;
    if (wt_tok_is(d, j, "asal")) break; /* (a link word, below: "pengungsi asal Beit Lahia") */
    /* (an aside is no description: "Dasiman (35), misalnya, masih …") */
    if (wt_lex_cls2(LX(d), wt_lexof(d, j)) & LX2_CONNECTIVE) break;
    j++;
  }
  if (j == i) return false;
  j = class_number(d, i, j, lim);
  /* (one word ending in -nya is an adverb: "akhirnya", "sebelumnya") */
  if (j == i + 1 && wt_tok(d, i)->end - wt_tok(d, i)->start > 5 &&
      !memcmp(d->text + wt_tok(d, i)->end - 3, "nya", 3))
    return false;
  uint32_t b = j;
  while (b < lim && b - j < 5 && is_cap(d, b) && !(wt_tok(d, b)->flags & TF_DIGIT)) b++;
  uint32_t c = b;
  /* (a relative clause about the person, up to the comma: "salah satu jukir
   * yang diamankan petugas,") */
  /* (not about a company: "Torch, produsen perlengkapan outdoor yang …,") */
  if (b == j && !(wt_lex_cls2(LX(d), wt_lexof(d, i)) & LX2_ORG_NOUN)) c = relative_to_comma(d, c, lim);
  /* (a relation to someone not named: "Neneng Rohayati (34), ibu dari salah
   * seorang siswa kelas 2," -- the whole phrase is her role) */
  bool related = false;
  if (b == j && c + 1 < lim && wt_tok_is(d, c, "dari") && (wt_lex_cls2(LX(d), wt_lexof(d, i)) & LX2_ROLE_REL) &&
      !(wt_tok(d, c + 1)->flags & TF_CAP)) {
    uint32_t y = c + 1;
    while (y < lim && y - c < 10 &&
           (wt_tok(d, y)->kind == WARTA_TOK_NUMBER ||
            (wt_tok(d, y)->kind == WARTA_TOK_WORD && !(wt_tok(d, y)->flags & TF_CAP) &&
             !wt_is_verb_form(LX(d), d->text + wt_tok(d, y)->start, wt_tok(d, y)->end - wt_tok(d, y)->start))))
      y++;
    if (y < lim && is_punct(d, y, ',')) {
      c = y;
      related = true;
    }
  }
  if (c < lim && !is_punct(d, c, ',')) {
    /* a place or more after a link word: "di Jalan Pramuka, Jakarta Timur" */
    if (!(wt_tok_is(d, c, "di") || wt_tok_is(d, c, "dari") || wt_tok_is(d, c, "asal"))) return false;
    c++;
    /* (a noun of places first: "di kawasan Sukhumvit") */
    if (c + 1 < lim && (wt_lex_cls2(LX(d), wt_lexof(d, c)) & LX2_LOC_NOUN) && !(wt_tok(d, c)->flags & TF_CAP) &&
        is_cap(d, c + 1))
      c++;
    while (c < lim && c - b < 12 && (is_cap(d, c) || is_punct(d, c, ',') || wt_tok(d, c)->kind == WARTA_TOK_NUMBER)) {
      /* (the last comma before a verb closes the apposition) */
      if (is_punct(d, c, ',') && c + 1 < lim && !is_cap(d, c + 1)) break;
      c++;
    }
    /* (and a relative clause about the body: "di Harbourline Capital
     * Management yang berbasis di Singapura,") */
    c = relative_to_comma(d, c, lim);
  }
  if (after_cue && (c >= lim || is_punct(d, c, '.'))) {
    /* the speaker's description closes the sentence */
  } else {
    if (c + 1 >= lim || !is_punct(d, c, ',')) return false;
    uint32_t v = c + 1;
    if (v + 1 < lim && (wt_clsof(d, v) & LX_ADV_SKIP)) v++;
    const wt_token *tv = wt_tok(d, v);
    if (tv->kind != WARTA_TOK_WORD || (tv->flags & TF_CAP)) return false;
    /* (after an age and "salah satu …" the words after the comma are what
     * the person does, verb or not: "Eko Prasetyo (41), salah satu
     * penumpang bus yang selamat, masih tampak syok") */
    bool told = one_of && after_cue && !(wt_clsof(d, v) & (LX_CLAUSE_CONJ | LX_NP_STOP));
    if (!told && !(wt_clsof(d, v) & LX_CUE) && !wt_is_verb_form(LX(d), d->text + tv->start, tv->end - tv->start)) {
      /* (an auxiliary before the verb: "ikut mengebor", "turut hadir") */
      const wt_token *t2 = v + 1 < lim ? wt_tok(d, v + 1) : NULL;
      if (!t2 || t2->kind != WARTA_TOK_WORD || (t2->flags & TF_CAP) || !tok_common(d, v) ||
          !wt_is_verb_form(LX(d), d->text + t2->start, t2->end - t2->start))
        return false;
    }
  }
  memset(np, 0, sizeof *np);
  np->kind = NP_ROLE;
  np->t0 = np->r0 = i;
  np->r1 = related ? c : j;
  if (b > j) {
    np->a0 = j;
    np->a1 = b;
  } else if (b < c && (wt_tok_is(d, b, "dari") || wt_tok_is(d, b, "di")) && b + 1 < c && is_cap(d, b + 1) &&
             !(phrase_cls(d, b + 1, c, &(uint32_t){0}) & (LX_LOC | LX_LOC_HEAD))) {
    /* "glasiolog dari Ohio State University, Amerika Serikat,", "portfolio
     * manager di Harbourline Capital Management" (not a place: "operator
     * SPBU di Jalan Pramuka") */
    uint32_t a1 = b + 1;
    while (a1 < c && is_cap(d, a1)) a1++;
    np->a0 = b + 1;
    np->a1 = a1;
  }
  np->t1 = c;
  return true;
}

/* Does what follows a one-word name at j say it is a person: an age in
 * brackets ("Sutrisno (45),") or a description in commas before a verb? */
/* "NAME(,) yang juga [menjabat|merupakan|adalah] [sebagai] POST": a post held
 * besides the one the name came with ("tutur Erick yang juga Menteri BUMN",
 * "kata Fernando, yang juga Wakil Ketua Aprindo").  Returns the token the
 * post starts at, or 0. */
static uint32_t also_post(warta_doc *d, uint32_t j, uint32_t lim) {
  if (j < lim && is_punct(d, j, ',')) j++;
  if (!(j + 2 < lim && wt_tok_is(d, j, "yang") && wt_tok_is(d, j + 1, "juga"))) return 0;
  j += 2;
  if (wt_tok_is(d, j, "menjabat") || wt_tok_is(d, j, "merupakan") || wt_tok_is(d, j, "adalah")) j++;
  if (j < lim && wt_tok_is(d, j, "sebagai")) j++;
  return j < lim ? j : 0;
}

uint32_t wt_pseudonym_aside(warta_doc *d, uint32_t i, uint32_t lim) {
  bool paren = i < lim && is_punct(d, i, '(');
  if (i + 3 >= lim || !(paren || is_punct(d, i, ','))) return 0;
  uint32_t k = i + 1;
  if (wt_tok_is(d, k, "bukan")) k++;
  if (!wt_tok_is(d, k, "nama") || k + 1 >= lim) return 0;
  k++;
  bool fake = wt_tok_is(d, k - 2, "bukan") ? (wt_tok_is(d, k, "sebenarnya") || wt_tok_is(d, k, "asli"))
                                            : (wt_tok_is(d, k, "samaran") || wt_tok_is(d, k, "disamarkan"));
  if (!fake || k + 1 >= lim) return 0;
  k++;
  if (paren) return is_punct(d, k, ')') ? k + 1 : 0;
  return is_punct(d, k, ',') ? k : 0;
}

/* Is no word of [a, b) a given name or a word of a name seen in this
 * document? */
static bool no_name_hint(warta_doc *d, uint32_t a, uint32_t b) {
  for (uint32_t w = a; w < b; w++)
    if (is_name_hint(d, w)) return false;
  return true;
}

static bool person_apposition(warta_doc *d, uint32_t j, uint32_t lim) {
  if (wt_age_at(d, j, lim)) return true;
  if (wt_pseudonym_aside(d, j, lim)) return true;
  /* (an age written out between commas: "Kasmadi, 61 tahun, nelayan …") */
  if (j + 3 < lim && is_punct(d, j, ',') && wt_tok(d, j + 1)->kind == WARTA_TOK_NUMBER && wt_tok_is(d, j + 2, "tahun") &&
      is_punct(d, j + 3, ','))
    return true;
  wt_np ap;
  return j + 1 < lim && is_punct(d, j, ',') && lower_apposition(d, j + 1, lim, false, &ap);
}

/* The start of an occupation in lower case (a role or role_common phrase of
 * up to three words, "sutradara", "dokter spesialis anak") that ends right
 * before token i, or i if none. */
static uint32_t lower_role_before(warta_doc *d, uint32_t s0, uint32_t i) {
  if (i <= s0 || wt_tok(d, i - 1)->kind != WARTA_TOK_WORD || (wt_tok(d, i - 1)->flags & TF_CAP)) return i;
  for (uint32_t len = 4; len >= 1; len--) {
    if (i < s0 + len) continue;
    uint32_t a = i - len, n = 0;
    const wt_token *t = wt_tok(d, a);
    if (t->kind != WARTA_TOK_WORD || (t->flags & TF_CAP)) continue;
    uint32_t lex = wt_phrase(d, a, i, &n);
    uint64_t c = wt_lex_cls(LX(d), lex);
    /* (not a relation: "suami Sumiyati" is her husband, not she) */
    if (!n || !(c & (LX_ROLE | LX_ROLE_COMMON)) || (c & LX_TITLE) || (wt_lex_cls2(LX(d), lex) & LX2_ROLE_REL)) continue;
    /* (the occupation's field in plain words after it: "komentator | bulu
     * tangkis") */
    bool field = true;
    for (uint32_t w = a + n; w < i && field; w++) {
      const wt_token *x = wt_tok(d, w);
      uint32_t rn = 0;
      field = x->kind == WARTA_TOK_WORD && !(x->flags & (TF_CAP | TF_DIGIT)) &&
              !(wt_clsof(d, w) & (LX_NP_STOP | LX_CUE | LX_PRONOUN | LX_CLAUSE_CONJ | LX_ADV_SKIP | LX_STOP)) &&
              !wt_is_verb_form(LX(d), d->text + x->start, x->end - x->start) &&
              wt_root_find(LX(d), d->text + x->start, x->end - x->start) != 2 && /* "terhadap" */
              /* (a relation inside makes the name someone else's: "anggota
               * tim kuasa hukum Rizieq") */
              !((wt_lex_cls2(LX(d), wt_phrase(d, w, i, &rn)) & LX2_ROLE_REL) && rn);
    }
    if (field) return a;
  }
  return i;
}

/* A plain word in lower case: no verb, conjunction, cue, pronoun or stop
 * word -- what may go on a description ("pawang kebo bule"). */
static bool plain_lower(warta_doc *d, uint32_t v) {
  const wt_token *t = wt_tok(d, v);
  return t->kind == WARTA_TOK_WORD && !(t->flags & TF_CAP) &&
         !(wt_clsof(d, v) & (LX_NP_STOP | LX_CUE | LX_PRONOUN | LX_CLAUSE_CONJ | LX_STOP)) &&
         !wt_is_verb_form(LX(d), d->text + t->start, t->end - t->start);
}

/* A word that glues the words of a body's name: English "for", "of",
 * "and", "on", and "dan" ("Centre for Strategic and International
 * Studies"). */
static bool name_glue(warta_doc *d, uint32_t i) {
  return wt_tok_is(d, i, "for") || wt_tok_is(d, i, "of") || wt_tok_is(d, i, "and") || wt_tok_is(d, i, "on") ||
         wt_tok_is(d, i, "dan");
}

/* Is [a, b) exactly one country's name ("Jepang", "Korea Selatan")? */
static bool country_is(warta_doc *d, uint32_t a, uint32_t b) {
  uint32_t n = 0;
  uint32_t x = wt_phrase(d, a, b, &n);
  return n && a + n == b && (wt_lex_cls2(LX(d), x) & LX2_COUNTRY);
}

/* Is token q a word that links a description to a place: "di", "dari",
 * "asal", "tujuan"? */
static bool place_link(warta_doc *d, uint32_t q) {
  return wt_tok_is(d, q, "di") || wt_tok_is(d, q, "dari") || wt_tok_is(d, q, "asal") || wt_tok_is(d, q, "tujuan");
}

/* Are the words [a, b) after "di" or "asal" where one works, lives or is
 * from, no body: capitalised words of no body or outlet, or plain words in
 * small letters ("Pasar Sukaramai", "dapur umum kamp", "Jawa Tengah di
 * Kagoshima")? */
static bool plain_place(warta_doc *d, uint32_t a, uint32_t b) {
  for (uint32_t v = a; v < b; v++) {
    if (place_link(d, v) || is_punct(d, v, ',')) continue;
    if (!is_cap(d, v)) {
      if (!plain_lower(d, v)) return false;
      continue;
    }
    /* (a unit of administration is a place here: "Desa Kajuara") */
    uint64_t c = phrase_cls(d, v, b, &(uint32_t){0});
    if ((c & (LX_ORG | LX_ORG_HEAD | LX_MEDIA)) && !(c & LX_LOC_HEAD)) return false;
  }
  return true;
}

/* Do the words from a to the next comma (before lim) name a place, a few
 * plain words then capitalised ones: "di | kawasan Pantai Oeba,"? */
static bool place_to_comma(warta_doc *d, uint32_t a, uint32_t lim) {
  uint32_t c = a;
  while (c < lim && c - a < 8 && !is_punct(d, c, ',')) c++;
  if (c >= lim || c == a || !is_punct(d, c, ',') || !is_cap(d, c - 1)) return false;
  return plain_place(d, a, c);
}

/* The end of an occupation in lower case (a role or role_common phrase, not
 * a relation) that opens [a, b) and is followed only by a body: "pelatih
 * | timnas Indonesia". Returns a if there is none. */
static uint32_t lower_role_after(warta_doc *d, uint32_t a, uint32_t b) {
  const wt_token *t = wt_tok(d, a);
  if (t->kind != WARTA_TOK_WORD || (t->flags & TF_CAP)) return a;
  uint32_t n = 0;
  uint32_t lex = wt_phrase(d, a, b, &n);
  uint64_t c = wt_lex_cls(LX(d), lex);
  if (!n || !(c & (LX_ROLE | LX_ROLE_COMMON)) || (wt_lex_cls2(LX(d), lex) & LX2_ROLE_REL)) return a;
  /* (the rest names a body: capitalised words, or one lower-case short form
   * or "dari" before them, "timnas Indonesia", "ekonom dari INDEF"; or it is
   * a relative clause about the person: "Seorang dokter yang bertugas di
   * sebuah klinik darurat di El Fasher, dr. Ibrahim …") */
  uint32_t r1 = a + n, w = r1;
  if (w < b && wt_tok_is(d, w, "yang")) return r1;
  /* (a country alone after it is a nationality, part of the description:
   * "pebalap Jepang, Ryo Kanemoto,", "petinju Filipina, …") */
  if (w < b && is_cap(d, w) && country_is(d, w, b)) return b;
  /* ("korban lain, Andi Prasetyo,": another of them) */
  if (w + 1 == b && (wt_tok_is(d, w, "lain") || wt_tok_is(d, w, "lainnya"))) return b;
  /* (a description's place right after it: "warga | Kelurahan Menteng",
   * "nelayan | Desa Fatufia") */
  if (w < b && (c & LX_ROLE_COMMON) && is_cap(d, w) && (phrase_cls(d, w, b, &(uint32_t){0}) & (LX_LOC | LX_LOC_HEAD)) &&
      plain_place(d, w, b))
    return b;
  /* (or a few more plain words in lower case, no verb among them: "abdi
   * dalem pawang kebo bule, Sutarno (57),") */
  if (w < b && b - w <= 4) {
    uint32_t v = w;
    while (v < b && plain_lower(d, v)) v++;
    if (v == b) return b;
  }
  if (b - a > 12) return a;
  /* (or where one works, lives or is from, with no body, which stays in
   * the description: "relawan di dapur umum kamp", "pengungsi di Deir
   * al-Balah", "pekerja magang asal Jawa Tengah di Kagoshima") */
  /* (the occupation may have a word or two more: "pekerja magang asal …",
   * "calon mahasiswa baru asal Klaten") */
  /* (or where one travels to: "pemudik tujuan Purwokerto") */
  uint32_t q = w;
  /* ("dari" is left to the body after it, below: "ekonom dari INDEF") */
  while (q < b && q - w < 2 && !place_link(d, q) && plain_lower(d, q)) q++;
  if (q + 1 < b && place_link(d, q) && !wt_tok_is(d, q, "dari") && b - q <= 9) {
    if (plain_place(d, q + 1, b)) return b;
    w = r1;
  }
  /* (or a place of origin: "pengungsi asal Beit Lahia", no body) */
  if (w < b && wt_tok_is(d, w, "asal") && b - w >= 2) w++;
  else if (w < b && !is_cap(d, w) && b - w >= 2 && (wt_tok_is(d, w, "dari") || !(wt_clsof(d, w) & LX_NP_STOP))) {
    /* (a dictionary word there is the occupation's field, not a body's
     * short form: "ahli epidemiologi | Universitas Airlangga"; so are two
     * or three: "analis pasar uang | PT Cakra Valas Berjangka") */
    if (!wt_tok_is(d, w, "dari") && tok_common(d, w)) {
      r1 = w + 1;
      while (r1 + 1 < b && r1 - w < 3 && !is_cap(d, r1) && tok_common(d, r1) && plain_lower(d, r1)) r1++;
      w = r1 - 1;
    }
    w++;
  }
  /* (a body's name may hold glue words: "ekonom dari Institute for
   * Development of Economics and Finance") */
  for (uint32_t w0 = w; w < b; w++)
    if (!is_cap(d, w) && !(w > w0 && w + 1 < b && is_cap(d, w + 1) && name_glue(d, w))) return a;
  return r1;
}

/* Does a body's name start at i: a known body, or a body's head or suffix
 * among its first four capitalised words ("di Japan Research Institute
 * Haruka …", not "di Jakarta Budi …")? */
static bool body_ahead(warta_doc *d, uint32_t i, uint32_t lim) {
  for (uint32_t k = i; k < lim && k - i < 4 && is_cap(d, k); k++)
    if (phrase_cls(d, k, lim, &(uint32_t){0}) & (LX_ORG | LX_ORG_HEAD | LX_ORG_SUFFIX)) return true;
  return false;
}

/* "analis komoditas di | Benchmark Mineral Intelligence | Eleanor
 * Whitfield": two capitalised words or more from i that no list knows,
 * none a place, then a given name and a surname -- a body's name, then the
 * person's (one word is too little: "guru honorer di MI Nurul Falah"). */
static bool name_after_body(warta_doc *d, uint32_t i, uint32_t lim) {
  for (uint32_t k = i; k + 1 < lim && k - i < 6 && is_cap(d, k); k++) {
    if (phrase_cls(d, k, lim, &(uint32_t){0}) & (LX_LOC | LX_LOC_HEAD | LX_TITLE | LX_ROLE)) return false;
    if (k > i + 1 && is_name_hint(d, k)) return is_cap(d, k + 1);
  }
  return false;
}

/* Is one of the role phrases in [a, b) a business role (role_org)? */
static bool role_takes_org(warta_doc *d, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b; i++) {
    uint32_t len = 0;
    uint32_t lex = wt_phrase(d, i, b, &len);
    if (len && (wt_lex_cls2(LX(d), lex) & LX2_ROLE_ORG)) return true;
  }
  return false;
}

/* Where a post ends and its body begins, when the parse put the border
 * after every unit but the last: a body's regional office goes with the
 * body; a field's list with "dan" keeps its last word; and the units named
 * between a post and its body ("Fakultas …", "Divisi …", data/grammar.lex
 * org_sub): an occupation practised at a body is followed
 * by where one works, the affiliation from the first unit on ("Pengajar |
 * Fakultas Hukum Universitas Mulawarman", "Ekonom | Lembaga Penyelidikan
 * Ekonomi dan Masyarakat Fakultas …"); an office heads one unit, and a
 * second opens the affiliation ("Kepala Departemen Epidemiologi | Fakultas
 * Kesehatan Masyarakat Universitas Indonesia", "Kepala Bagian Penerangan
 * Umum | Divisi Humas Mabes Polri").  Moves the border between np's role
 * and its affiliation, which follows the role; r1 is where the role's own
 * words end. */
static void unit_split(warta_doc *d, wt_np *np, uint32_t r1) {
  if (np->a0 != np->r1 || np->a1 <= np->a0) return;
  /* (a body's regional office and the body are the affiliation together,
   * in either order: "Kepala | Kantor Perwakilan Bank Indonesia Provinsi
   * Kalsel", "Pemimpin Wilayah | Perum Bulog Kanwil NTT") */
  /* (data/grammar.lex org_branch) */
  for (uint32_t w = np->r0 + 1; w < np->a1; w++) {
    /* (no phrase at a word whose entry starts none of the class is one:
     * the lookup is spared) */
    if (!is_cap(d, w) || !(wt_phrase_unionof(d, w) & LX_ORG_BRANCH) ||
        !(phrase_cls(d, w, np->a1, &(uint32_t){0}) & LX_ORG_BRANCH))
      continue;
    uint32_t b = w;
    if (w >= np->a0) /* (the body before it, in the role so far: from its first word) */
      for (uint32_t k = np->r0 + 1; k < np->r1; k++)
        if (is_cap(d, k) && (phrase_cls(d, k, np->r1, &(uint32_t){0}) & (LX_ORG | LX_ORG_HEAD))) {
          b = k;
          break;
        }
    if (b > np->r0 && b < np->a0) np->r1 = np->a0 = b;
    return;
  }
  /* (a field's list ends with its last word, whatever body that word may
   * head elsewhere: "Ketua Bidang Advokasi dan Jaringan | YLBHI") */
  /* (when a body's own name follows it, known or an acronym: not "Lembaga
   * Perlindungan Anak Indonesia dan | Yayasan Lentera Anak", two bodies) */
  if (np->r1 > np->r0 + 1 && wt_tok_is(d, np->r1 - 1, "dan") && np->a1 > np->a0 + 1 && is_cap(d, np->a0) &&
      (is_upper(d, np->a0 + 1) || (phrase_cls(d, np->a0 + 1, np->a1, &(uint32_t){0}) & LX_ORG))) {
    np->r1 = np->a0 = np->a0 + 1;
    return;
  }
  bool occ = (wt_lex_cls2(LX(d), wt_lexof(d, np->r0)) & LX2_ROLE_OCC) != 0;
  uint32_t units = 0;
  for (uint32_t w = np->r0 + 1; w < np->r1; w++) {
    if (!is_cap(d, w)) continue;
    uint64_t c = wt_clsof(d, w);
    bool opens = (c & LX_ORG_SUB) || (occ && w >= r1 && (c & LX_ORG_HEAD));
    if (!opens || (occ ? w < r1 : ++units < 2)) continue;
    np->r1 = np->a0 = w;
    return;
  }
}

/* Does token i open a sentence, or a quoted one ("“Tim kami …")? */
static inline bool sentence_initial(const warta_doc *d, uint32_t i) {
  if (wt_tok(d, i)->flags & TF_SENT_START) return true;
  if (i == 0) return false;
  const wt_token *p = wt_tok(d, i - 1);
  return p->kind == WARTA_TOK_QUOTE && (p->flags & TF_QOPEN) && !(p->flags & TF_QCLOSE);
}

/* Is token i a common word that is capitalised only because it opens the
 * sentence ("Menurut Devie", "Ketidakhadiran Rizieq")?  It is no part of a
 * name: the parse finds no phrase at it. */
static inline __attribute__((always_inline)) bool opening_common_word(warta_doc *d, uint32_t i, uint32_t lim) {
  uint64_t c0 = wt_clsof(d, i);
  if (!(is_cap(d, i) && sentence_initial(d, i) && !(wt_tok(d, i)->flags & TF_UPPER) &&
        !(wt_lex_cls2(LX(d), wt_lexof(d, i)) & LX2_ROLE_PREFIX) &&
        !(c0 & (LX_ROLE | LX_ROLE_COMMON | LX_TITLE | LX_ORG | LX_LOC | LX_MEDIA | LX_ORG_HEAD | LX_LOC_HEAD |
                LX_NAME_FIRST | LX_PRONOUN)) &&
        ((c0 & LX_CUE) || (tok_common(d, i) && !is_evidence(d, i) && !known_name_token(d, i))) &&
        /* (unless an age in brackets follows the word: a person named by a
         * dictionary word, "Syamsiah (52), warga …"; not "Tangan Masyitah
         * (31) cekatan …", a noun before the name) */
        !wt_age_at(d, i + 1, wt_ntok(d))))
    return false;
  /* (a phrase the lexicon knows stays whole: "Kartu Prakerja yang …" is
   * a programme's name, not "Prakerja") */
  const uint64_t named =
      LX_ROLE | LX_ROLE_COMMON | LX_PERSON_NOUN | LX_TITLE | LX_ORG | LX_LOC | LX_MEDIA | LX_ORG_HEAD | LX_WORK_HEAD;
  uint32_t n = 0;
  return !(wt_phrase_unionof(d, i) & named) || !(phrase_cls(d, i, lim, &n) & named);
}

/* Is the name [n0, n1) one dictionary word with a demonstrative after it
 * ("Tim itu bertugas …")?  Then it is the thing, even when the word is also
 * a given name. */
static inline __attribute__((always_inline)) bool thing_before_itu(warta_doc *d, uint32_t n0, uint32_t n1, uint32_t lim) {
  return n1 > n0 && n1 - n0 == 1 && n1 < lim && (wt_clsof(d, n1) & LX_DESC_END) && is_word(d, n1) && tok_common(d, n0) &&
         !known_name_token(d, n0) && !is_evidence(d, n0);
}

/* Is any of the n units at u more than one word, or a word that hints at
 * a person's name? */
static bool name_units(warta_doc *d, const unit *u, int n) {
  for (int q = 0; q < n; q++)
    if (u[q].b - u[q].a != 1 || is_name_hint(d, u[q].a)) return true;
  return false;
}

/* Are the n units at u one dictionary word each ("Sumber | Makmur")? */
static bool dictionary_units(warta_doc *d, const unit *u, int n) {
  for (int q = 0; q < n; q++)
    if (u[q].b - u[q].a != 1 || !tok_common(d, u[q].a)) return false;
  return true;
}

/* Is the post's one word at i a given name too, capitalised before a name
 * with no body or place between: that name's first word ("asisten pelatih
 * | Imam Santoso", but "Imam Masjid Nurul Yaqin")?  Not before a name known
 * already: "Hakim Eko" for Eko Prasetyo Nugroho is the judge. */
static __attribute__((noinline)) bool given_name_post(warta_doc *d, uint32_t i, uint32_t lim) {
  return (wt_clsof(d, i) & LX_NAME_FIRST) && (wt_tok(d, i)->flags & TF_CAP) && i + 1 < lim && is_cap(d, i + 1) &&
         wt_tok(d, i + 1)->kind == WARTA_TOK_WORD && !known_name_token(d, i + 1) &&
         !(phrase_cls(d, i + 1, lim, &(uint32_t){0}) &
           (LX_ORG_HEAD | LX_ORG | LX_LOC | LX_LOC_HEAD | LX_TITLE | LX_ROLE | LX_MEDIA));
}

/* Do the units u[ns, *nu), the run ending at e, hold one to three
 * capitalised words, none a given name, then the whole name of a person
 * this document has named already (two words or more)?  Then those words
 * become one unit, u[ns], a body's, or the post's place when it takes one
 * (place), and true.  (Out of line: np_parse asks it only of runs of three
 * words or more after a capitalised word.) */
static __attribute__((noinline)) bool known_person_after(warta_doc *d, unit *u, int ns, int *nu, uint32_t e,
                                                        bool place) {
  for (int p = ns + 1; p <= ns + 3 && p + 1 < *nu; p++) {
    const unit *x = &u[p - 1];
    if ((x->type != U_NAME && x->type != U_COMMON) || x->b != x->a + 1 || !is_cap(d, x->a) ||
        (wt_tok(d, x->a)->flags & (TF_UPPER | TF_INITIAL)) || (wt_clsof(d, x->a) & LX_NAME_FIRST))
      return false;
    const char *s = d->text + wt_tok(d, u[p].a)->start;
    char f[NAME_CAP];
    size_t fl = fold(s, (size_t)(d->text + wt_tok(d, e - 1)->end - s), f, sizeof f);
    uint32_t hit;
    if (!fl || !wt_map_get(&d->ent_map, name_key(WARTA_PER, f, fl), &hit)) continue;
    u[ns].type = place ? U_LOC : U_ORG;
    u[ns].b = u[p].a;
    u[ns].lex = LEX_NONE;
    u[ns].named = false;
    memmove(u + ns + 1, u + p, (size_t)(*nu - p) * sizeof *u);
    *nu -= p - ns - 1;
    return true;
  }
  return false;
}

int wt_np_parse(warta_doc *d, uint32_t t0, uint32_t lim, wt_np *np) { return wt_np_parse_ex(d, t0, lim, 0, np); }

static int np_parse(warta_doc *d, uint32_t t0, uint32_t lim, unsigned flags, wt_np *np);

/* Is token i a word of owning or founding a business ("pemilik",
 * "pendiri", "pengelola", "owner", "founder")? */
static bool owner_word(const warta_doc *d, uint32_t i) {
  return wt_tok_is(d, i, "pemilik") || wt_tok_is(d, i, "pendiri") || wt_tok_is(d, i, "pengelola") ||
         wt_tok_is(d, i, "owner") || wt_tok_is(d, i, "founder") || wt_tok_is(d, i, "co-founder");
}

int wt_np_parse_ex(warta_doc *d, uint32_t t0, uint32_t lim, unsigned flags, wt_np *np) {
  int r = np_parse(d, t0, lim, flags, np);
  /* a business named by its kind and its brand after its owner, the owner
   * named in commas after it: "Pemilik | Batik Sekar Jagad |, Nia
   * Kurniasih,", "Pemilik | Toko Roti Sri Rejeki | di kawasan …, Hartini
   * Wulandari (56)," -- the words after the post are the business's, not
   * its field and a person's name (as "Pemilik PT Sekar Jagad, Nia …") */
  /* (the business's kind may have been read as the name's first word:
   * "Pemilik | Homestay Omah Watu |, Suharyanto,") */
  if (r && np->kind == NP_PER && np->r1 > np->r0 && np->n0 == np->r1 && np->m0 == np->n0 && np->a1 == np->a0 &&
      np->n1 < lim && np->t1 == np->n1 && is_cap(d, np->r0 + 1) && (np->r1 > np->r0 + 1 || np->n1 >= np->n0 + 3) &&
      (is_punct(d, np->n1, ',') || (wt_tok_is(d, np->n1, "di") && np->n1 + 1 < lim && !is_cap(d, np->n1 + 1))) &&
      owner_word(d, np->r0)) {
    uint32_t c = np->n1;
    while (c < lim && c - np->n1 < 12 && !is_punct(d, c, ',')) c++;
    wt_np ap;
    if (c + 1 < lim && is_punct(d, c, ',') && np_parse(d, c + 1, lim, 0, &ap) && ap.kind == NP_PER &&
        ap.r1 == ap.r0 && ap.m0 == ap.n0) {
      np->a0 = np->r0 + 1;
      np->a1 = np->n1;
      np->r1 = np->r0 + 1;
      np->kind = NP_ROLE;
      np->m0 = np->r0;
      np->n0 = np->n1 = np->t1;
    }
  }
  return r;
}

/* Is token w a capitalised word that may be a business's name between a
 * post and its holder: no acronym, initial or hyphenated word, no title,
 * post or body the lexicon knows? */
static bool business_word(warta_doc *d, uint32_t w) {
  return wt_tok(d, w)->kind == WARTA_TOK_WORD && is_cap(d, w) &&
         !(wt_tok(d, w)->flags & (TF_UPPER | TF_INITIAL | TF_HYPHEN)) &&
         !(wt_clsof(d, w) & (LX_TITLE | LX_ROLE | LX_ORG_HEAD | LX_ORG | LX_ORG_SUB));
}

/* A post's field listed with commas and "dan" after the comma at i,
 * capitalised dictionary words: "Menteri Pertanian |, Kehutanan, dan
 * Perikanan | Jepang, Hiroshi …" (a name or a post in the list makes it a
 * list of people).  The list's end, or 0.  (Out of line: np_parse asks it
 * at a comma right after a post, which is rare.) */
static __attribute__((noinline)) uint32_t post_field_list(warta_doc *d, uint32_t i, uint32_t lim) {
  uint32_t k = i + 1, end = 0;
  bool dan = false;
  if (!is_cap(d, k)) return 0;
  while (k < lim && k - i < 12) {
    if (!dan && is_punct(d, k, ',') && k + 1 < lim && is_cap(d, k + 1)) {
      k++;
    } else if (!dan && wt_tok_is(d, k, "dan") && k > i + 1 && k + 1 < lim && is_cap(d, k + 1)) {
      dan = true;
      k++;
    } else if (!dan && is_punct(d, k, ',') && k + 1 < lim && wt_tok_is(d, k + 1, "dan")) {
      k++;
    } else if (is_cap(d, k) && wt_tok(d, k)->kind == WARTA_TOK_WORD && tok_common(d, k) && !is_name_hint(d, k) &&
               !(wt_tok(d, k)->flags & TF_UPPER) &&
               !(wt_clsof(d, k) & (LX_ROLE | LX_TITLE | LX_ORG | LX_ORG_HEAD | LX_LOC | LX_LOC_HEAD))) {
      k++;
      if (dan) end = k;
    } else {
      break;
    }
  }
  return end;
}

/* Do the capitalised words right before the comma at j, after i, name a
 * place the lexicon knows ("Papua", "Sumatera Utara")? */
static bool place_ends_at_comma(warta_doc *d, uint32_t i, uint32_t j) {
  uint32_t k = j;
  while (k > i + 1 && j - k < 4 && is_cap(d, k - 1)) k--;
  uint32_t n = 0;
  return k < j && (phrase_cls(d, k, j, &n) & LX_LOC) && k + n == j;
}

/* Do a few plain words in small letters from j run to a comma or to lim:
 * the rest of a description, "seorang nakhoda | kapal pukat cincin,"? */
static bool plain_to_comma(warta_doc *d, uint32_t j, uint32_t lim) {
  uint32_t w = j;
  while (w < lim && w - j < 4 && plain_lower(d, w)) w++;
  return w > j && (w == lim || is_punct(d, w, ','));
}

static int np_parse(warta_doc *d, uint32_t t0, uint32_t lim, unsigned flags, wt_np *np) {
  memset(np, 0, sizeof *np);
  np->t0 = np->t1 = t0;
  np->lex = LEX_NONE;
  if (t0 >= lim) return 0;
  uint32_t i = t0;
  /* "seorang warga", "salah seorang pedagang", "salah satu dokter": the
   * quantifier before a person noun is not part of the phrase */
  {
    uint32_t j = i;
    if (wt_tok_is(d, j, "salah") && j + 1 < lim && (wt_tok_is(d, j + 1, "seorang") || wt_tok_is(d, j + 1, "satu")))
      j += 2;
    else if (wt_tok_is(d, j, "seorang"))
      j++;
    /* (the phrase may start past t0: what the caller found about t0 says
     * nothing of it) */
    if (j > i) flags &= ~WT_NP_NOT_OPENING;
    /* (the noun as an apposition or before a name: "seorang warga, Slamet",
     * "salah seorang pedagang Budi", "seorang warga bernama Slamet" -- not
     * "salah satu saksi yang diperiksa") */
    /* (or before where the person is: "Seorang petani di Desa Kambata,
     * Kecamatan Lewa, Yusak Hina Ndapa,") */
    if (j > i && j < lim && is_word(d, j) && (wt_clsof(d, j) & (LX_PERSON_NOUN | LX_ROLE_COMMON | LX_ROLE)) &&
        (j + 1 >= lim || wt_tok(d, j + 1)->kind == WARTA_TOK_PUNCT || is_cap(d, j + 1) ||
         wt_tok_is(d, j + 1, "bernama") ||
         (j + 2 < lim && (wt_tok_is(d, j + 1, "di") || wt_tok_is(d, j + 1, "asal")) && is_cap(d, j + 2)) ||
         plain_to_comma(d, j + 1, lim)))
      np->t0 = np->t1 = t0 = i = j;
    /* (any noun before a name in commas: "salah satu penyumbang, Melvin",
     * "salah satu siswa kelas empat, Dimas") */
    else if (j > i && j + 2 < lim && is_word(d, j) && !(wt_tok(d, j)->flags & TF_CAP)) {
      uint32_t w = j + 1;
      while (w < lim && w - j < 4 && is_word(d, w) && !(wt_tok(d, w)->flags & TF_CAP)) w++;
      if (w + 1 < lim && is_punct(d, w, ',') && is_cap(d, w + 1)) np->t0 = np->t1 = t0 = i = j;
    }
  }
  uint64_t c0 = wt_clsof(d, i);
  /* a description: "pria 58 tahun itu", "politikus itu", "perempuan
   * berusia 41 tahun itu" — a person noun, a few words, "itu"/"tersebut" */
  /* (a role in lower case too: "ulama kharismatik asal Pidie itu") */
  if (is_word(d, i) && ((c0 & (LX_PERSON_NOUN | LX_ROLE_COMMON)) || ((c0 & LX_ROLE) && !(wt_tok(d, i)->flags & TF_CAP))) &&
      (!(wt_tok(d, i)->flags & TF_CAP) || sentence_initial(d, i))) {
    uint32_t rel = 0;
    /* (a relative clause may make it longer: "Pria yang kehilangan istri
     * dan anak bungsunya dalam bencana itu") */
    /* (and where one works, with its places in commas, longer still: "Bidan
     * desa di Desa Wulur, Pulau Damer, Kabupaten Maluku Barat Daya, Maluku,
     * itu") */
    uint32_t at = 0;
    for (uint32_t j = i + 1; j < lim && j - i <= (rel || at ? 16u : 8u); j++) {
      const wt_token *t = wt_tok(d, j);
      if (wt_tok_is(d, j, "yang") && !rel) rel = j;
      if (!at && j + 1 < lim && (wt_tok_is(d, j, "di") || wt_tok_is(d, j, "asal")) && is_cap(d, j + 1)) at = j;
      if (t->kind == WARTA_TOK_WORD && (wt_clsof(d, j) & LX_DESC_END) && !(t->flags & TF_CAP)) {
        np->kind = NP_DESC;
        np->r0 = np->m0 = i;
        np->r1 = rel ? rel : j; /* the role is what stands before the clause */
        np->t1 = j + 1;
        np->n0 = np->n1 = j + 1;
        return 1;
      }
      /* (a relative clause may stand inside: "pria yang akrab disapa Hendi
       * itu"; so may a place with its province in commas: "Pria asal
       * Tegal, Jawa Tengah, itu", and a relative clause after it: "Pelari
       * asal Jayapura, Papua, yang akrab disapa Yoyo itu") */
      if (is_punct(d, j, ',') && j + 1 < lim && is_cap(d, j - 1) &&
          (is_cap(d, j + 1) || (is_word(d, j + 1) && (wt_clsof(d, j + 1) & LX_DESC_END)) ||
           (!rel && wt_tok_is(d, j + 1, "yang") && place_ends_at_comma(d, i, j))))
        continue;
      /* ("dan" inside the relative clause joins its words: "istri dan anak
       * bungsunya"; a given name before any clause, not closing the
       * description, is the holder's name: "Kapten Rizky Aditya Pratama
       * paham betul beban tersebut", but "pemeran Bunga itu"; a given name
       * and another name before the demonstrative are the holder's too:
       * "dipimpin hakim ketua Made Sudarsana itu") */
      /* (so may a work's title in quote marks: "Pelantun lagu “Goyang Rindu
       * Pantura” itu", whose words are nobody's name) */
      if (t->kind == WARTA_TOK_QUOTE && (t->flags & TF_QOPEN) && !(t->flags & TF_QCLOSE)) {
        uint32_t k = j + 1;
        while (k < lim && k - j <= 8 && wt_tok(d, k)->kind != WARTA_TOK_QUOTE) k++;
        if (k < lim && k - j <= 8 && k > j + 1 && (wt_tok(d, k)->flags & TF_QCLOSE)) {
          j = k;
          continue;
        }
      }
      if (!(t->kind == WARTA_TOK_WORD || t->kind == WARTA_TOK_NUMBER) || (wt_clsof(d, j) & LX_CUE) ||
          ((wt_clsof(d, j) & LX_CLAUSE_CONJ) && !(rel && wt_tok_is(d, j, "dan"))))
        break;
      if (!rel && (t->flags & TF_CAP) && (wt_clsof(d, j) & LX_NAME_FIRST) && !(wt_clsof(d, j) & (LX_LOC | LX_ORG))) {
        uint32_t k = j + 1;
        while (k < lim && is_cap(d, k)) k++;
        if (!(k < lim && is_word(d, k) && (wt_clsof(d, k) & LX_DESC_END)) || k - j >= 2) break;
      }
    }
  }
  /* a common word that is capitalised only because it opens the sentence
   * is not part of a name (unless the caller found the word none) */
  if (!(flags & WT_NP_NOT_OPENING) && opening_common_word(d, i, lim)) {
    np->t1 = t0 + 1;
    return 0;
  }
  if ((c0 & LX_PRONOUN) && is_word(d, i)) {
    np->kind = NP_PRON;
    np->m0 = np->n0 = i;
    np->n1 = np->t1 = i + 1;
    return 1;
  }
  /* role words, capitalised or not: "juru bicara", "Kepala", "pemilik", "mantan" */
  uint32_t r0 = UINT32_MAX, r1 = 0;
  bool from = false; /* "ROLE dari ORG NAME" */
  bool slashed = false; /* "Menteri …/Kepala BODY": two posts by a slash */
  for (;;) {
    if (i >= lim) break;
    /* (the phrase at i matters below only as a role, title or person
     * noun: where no phrase starting with the word is one, it is not
     * looked up) */
    uint32_t len = 0;
    uint64_t c = 0;
    if (wt_phrase_unionof(d, i) & (LX_ROLE | LX_ROLE_COMMON | LX_PERSON_NOUN | LX_TITLE)) c = phrase_cls(d, i, lim, &len);
    /* (no role yet and a capitalised word that opens no such phrase and is
     * no prefix of a post: every rule below wants one of those, a
     * lower-case word or a role before it -- the usual name ends the loop
     * here) */
    else if (r0 == UINT32_MAX && (wt_tok(d, i)->flags & TF_CAP) &&
             !(wt_lex_cls2(LX(d), wt_lexof(d, i)) & LX2_ROLE_PREFIX))
      break;
    /* an agent noun of Indonesian morphology, pe(N)- on a root without -an
     * ("penyumbang", "pengunjung"), before a name in commas: "kata salah
     * satu penyumbang, Melvin Tenggara" */
    if (r0 == UINT32_MAX && i + 2 < lim && is_punct(d, i + 1, ',') && agent_noun(d, i) && is_cap(d, i + 2)) {
      r0 = i;
      r1 = ++i;
      break;
    }
    /* "Wakil Sekjen", "Plt Kepala Dinas": a prefix that makes another post
     * of the role after it belongs to the role */
    if (is_word(d, i) && (wt_lex_cls2(LX(d), wt_lexof(d, i)) & LX2_ROLE_PREFIX) && i + 1 < lim && is_word(d, i + 1) &&
        (phrase_cls(d, i + 1, lim, &(uint32_t){0}) & LX_ROLE)) {
      if (r0 == UINT32_MAX) r0 = i;
      i++;
      continue;
    }
    /* a title that also names an occupation, before "dari", is the role
     * ("Sulinggih dari Griya Tianyar Sukawati, Ida Pedanda …"); so is a rank
     * before a body ("Komisaris Jenderal UNRWA Henrik Solberg": no rank is
     * held in the body; the post is) */
    /* (and a rank's word in lower case is the occupation: "dicetak kapten
     * Persebaya Rizky Ananda") */
    bool title_role = len && (c & LX_TITLE) && i + len + 1 < lim &&
                      (((c & (LX_ROLE | LX_ROLE_COMMON)) && wt_tok_is(d, i + len, "dari") && is_cap(d, i + len + 1)) ||
                       ((c & (LX_ROLE | LX_ROLE_COMMON)) && !(wt_tok(d, i)->flags & TF_CAP)) ||
                       /* (or before its field in lower case: "Profesor ilmu
                        * politik di Emory University") */
                       ((c & (LX_ROLE | LX_ROLE_COMMON)) && is_word(d, i + len) &&
                        !(wt_tok(d, i + len)->flags & TF_CAP) &&
                        !(wt_clsof(d, i + len) & (LX_NP_STOP | LX_CLAUSE_CONJ | LX_CUE | LX_ADV_SKIP))) ||
                       ((wt_lex_cls2(LX(d), wt_phrase(d, i, lim, &(uint32_t){0})) & LX2_TITLE_RANK) &&
                        is_upper(d, i + len) && (phrase_cls(d, i + len, lim, &(uint32_t){0}) & LX_ORG) &&
                        is_cap(d, i + len + 1)));
    if (len && (c & (LX_ROLE | LX_ROLE_COMMON | LX_PERSON_NOUN | LX_TITLE)) && !(c & (LX_ORG | LX_LOC | LX_MEDIA)) &&
        (!(c & LX_TITLE) || title_role) && !(len == 1 && given_name_post(d, i, lim))) {
      /* "Kepala Dinas | Kesehatan Kota Bekasi": a role phrase that ends with an
       * organisation's head, when the organisation's name goes on, is the
       * role head alone; the organisation is the affiliation */
      /* (not when a body's own name follows: "Sekretaris Perusahaan | PTPN
       * IV Regional I" is the post and the company) */
      /* (a commission's number after the head keeps the head in the role
       * when a body follows: "Ketua Komisi XI | DPR", the number names the
       * body's commission, not an organisation of its own) */
      bool numbered = len >= 2 && i + len + 1 < lim && roman_numeral(d, i + len) &&
                      (phrase_cls(d, i + len + 1, lim, &(uint32_t){0}) & LX_ORG);
      if (numbered) {
        len++;
      } else if (len >= 2 && (wt_clsof(d, i + len - 1) & LX_ORG_HEAD) && i + len < lim && is_cap(d, i + len) &&
                 !is_name_hint(d, i + len) && !(phrase_cls(d, i + len, lim, &(uint32_t){0}) & LX_ORG) &&
                 /* (a company's post ends with "Perusahaan" before the
                  * company's name: "Sekretaris Perusahaan | NusaTV") */
                 !wt_tok_is(d, i + len - 1, "perusahaan"))
        len--;
      /* "Kepala | Kepolisian Daerah Papua", "Kepala | Badan Pemelihara
       * Keamanan Mabes Polri": a role phrase with an organisation's head
       * inside, when the organisation's name goes on after it, is the words
       * before the head; the organisation is the affiliation */
      else if (len >= 3 && i + len < lim && is_cap(d, i + len) && !is_name_hint(d, i + len) &&
               !(phrase_cls(d, i + len, lim, &(uint32_t){0}) & (LX_TITLE | LX_ROLE)))
        for (uint32_t p = 1; p + 1 < len; p++)
          if ((wt_clsof(d, i + p) & LX_ORG_HEAD) && !(wt_clsof(d, i + p) & (LX_ORG_SUB | LX_ROLE))) {
            len = p;
            break;
          }
      if (r0 == UINT32_MAX) r0 = i;
      i += len;
      r1 = i;
      /* lower-case words that complete a role ("tim kuasa hukum") */
      /* (none where no lower-case word follows, as after most posts:
       * lower_role_words would return i) */
      uint32_t j = i < lim && wt_tok(d, i)->kind == WARTA_TOK_WORD && !(wt_tok(d, i)->flags & TF_CAP)
                       ? lower_role_words(d, i, lim)
                       : i;
      bool listed = false; /* (a field's list: "bidang kehutanan dan tata guna lahan") */
      for (uint32_t w = i + 1; w + 1 < j && !listed; w++) listed = wt_tok_is(d, w, "dan");
      if (j > i && (j >= lim || !is_cap(d, j) || j - i <= 3 || listed)) {
        i = j;
        r1 = i;
      }
      /* the post's short form in brackets: "Kepala Bidang Pembinaan dan
       * Prestasi (Kabid Binpres) PP PBSI Ferdinand …" */
      {
        uint32_t pa = paren_alias(d, i, lim);
        if (!pa) pa = paren_acronym(d, i, lim);
        if (pa && i + pa < lim && is_cap(d, i + pa)) {
          i += pa;
          r1 = i;
        }
      }
      /* two posts joined by a slash: "Menteri Riset dan Teknologi/Kepala
       * Badan Riset dan Inovasi Nasional Bambang ..." */
      /* (or by "&": "Founder & CEO Nalar AI") */
      if (i + 1 < lim && ((is_punct(d, i, '/') && !(wt_tok(d, i)->flags & TF_SPACE_BEFORE)) || is_amp(d, i)) &&
          is_cap(d, i + 1)) {
        uint32_t l2 = 0;
        if (phrase_cls(d, i + 1, lim, &l2) & LX_ROLE) {
          slashed = is_punct(d, i, '/');
          i++;
        }
      }
      /* (two occupations by "dan": "Aktris dan presenter Kinanti …",
       * "Komika dan aktor Bayu …") */
      /* (or two posts: "Co-Founder dan COO Etanee Herry Nugraha") */
      else if (i + 2 < lim && wt_tok_is(d, i, "dan") &&
               (((wt_clsof(d, i - 1) & LX_ROLE_COMMON) && (phrase_cls(d, i + 1, lim, &(uint32_t){0}) & LX_ROLE_COMMON)) ||
                ((wt_clsof(d, i - 1) & LX_ROLE) && is_cap(d, i + 1) &&
                 (phrase_cls(d, i + 1, lim, &(uint32_t){0}) & LX_ROLE))))
        i++;
      continue;
    }
    if (r0 == UINT32_MAX && is_word(d, i) && !(wt_tok(d, i)->flags & TF_CAP) &&
        (wt_tok_is(d, i, "mantan") || wt_tok_is(d, i, "para") || wt_tok_is(d, i, "sang"))) {
      r0 = i;
      i++;
      r1 = i;
      continue;
    }
    /* where a speaker is named, lower-case words before a name describe
     * them even when no list knows the words: "ujar sutradara teater Gilang" */
    if (r0 == UINT32_MAX && (flags & WT_NP_SPEAKER) && is_word(d, i) && !(wt_tok(d, i)->flags & TF_CAP) &&
        !(wt_clsof(d, i) & (LX_NP_STOP | LX_CUE | LX_PRONOUN | LX_DESC_END | LX_CLAUSE_CONJ | LX_ADV_SKIP))) {
      uint32_t j = lower_role_words(d, i, lim);
      if (j > i && j < lim && is_cap(d, j)) {
        r0 = i;
        r1 = i = j;
        continue;
      }
    }
    /* a region the post answers for, before "di" and a body a list knows,
     * is the post's: "Ekonom senior Asia | di Mizuho Bank Kenji Morimoto"
     * (before "dari" the rules below take it; not before a town, "Konsul
     * Jenderal RI di Songkhla") */
    if (r0 != UINT32_MAX && !from && r1 == i && is_cap(d, i)) {
      uint32_t ln = 0;
      if ((phrase_cls(d, i, lim, &ln) & (LX_LOC | LX_ORG | LX_ROLE | LX_NAME_FIRST)) == LX_LOC && ln &&
          i + ln + 1 < lim && wt_tok_is(d, i + ln, "di") && is_cap(d, i + ln + 1) && body_ahead(d, i + ln + 1, lim)) {
        i = r1 = i + ln;
        continue;
      }
    }
    /* "Pengamat politik dari Universitas Airlangga Bagus Hendrawan": the
     * organisation after "dari" is the affiliation */
    if (r0 != UINT32_MAX && !from && i + 1 < lim && is_cap(d, i + 1) &&
        (wt_tok_is(d, i, "dari") || wt_tok_is(d, i, "pada") ||
         (wt_tok_is(d, i, "di") && (body_ahead(d, i + 1, lim) || name_after_body(d, i + 1, lim))) ||
         /* "Head of Startupindonesia.co Erwin Arifin": an English role's
          * "of" before a web address, an acronym or a known body (not
          * "Head of Investment Research", the rest of the role) */
         (wt_tok_is(d, i, "of") &&
          (wt_tok(d, i + 1)->kind == WARTA_TOK_URL || is_upper(d, i + 1) ||
           (phrase_cls(d, i + 1, lim, &(uint32_t){0}) & (LX_ORG | LX_MEDIA | LX_ORG_HEAD)))))) {
      from = true;
      i++;
      continue;
    }
    /* "Head of Treasury | PT Bank …", "Head of Corporate Affairs | Gojek":
     * an English role's field after "of", up to a body or a name */
    if (r0 != UINT32_MAX && !from && r1 == i && wt_tok_is(d, i, "of") && i + 2 < lim && is_cap(d, i + 1)) {
      uint32_t j = i + 1, ln = 0;
      /* (a region the post answers for, then the body: "Head of Asia
       * Pacific | Halvorsen Battery Systems") */
      if ((phrase_cls(d, i + 1, lim, &ln) & (LX_LOC | LX_ORG)) == LX_LOC && ln && i + 1 + ln < lim &&
          is_cap(d, i + 1 + ln)) {
        i = r1 = i + 1 + ln;
        continue;
      }
      while (j < lim && j - i <= 3 && is_cap(d, j) && !is_upper(d, j) && !is_name_hint(d, j) &&
             !(phrase_cls(d, j, lim, &(uint32_t){0}) & (LX_ORG | LX_MEDIA | LX_ORG_HEAD | LX_LOC | LX_TITLE | LX_ROLE)))
        j++;
      /* (run to the end of the capitals, the last word is the body: "Head of
       * People | Belanjain,") */
      if (j > i + 2 && j < lim && !is_cap(d, j)) j--;
      if (j > i + 1 && j < lim && is_cap(d, j)) {
        i = r1 = j;
        continue;
      }
    }
    break;
  }
  /* a post's field listed with commas and "dan": post_field_list */
  if (r0 != UINT32_MAX && r1 == i && i + 4 < lim && is_punct(d, i, ',')) {
    uint32_t end = post_field_list(d, i, lim);
    if (end) i = r1 = end;
  }
  uint32_t e = run_end(d, i, lim, r0 != UINT32_MAX);
  unit u[MAX_UNITS];
  int nu = split_units(d, i, e, u);
  /* a body's acronym in brackets (one word, or two read as one) spells
   * its name from the body or the words before the unit that holds it:
   * "Himpunan Ulama | Dayah Aceh (HUDA) Bireuen", "Federasi | Serikat
   * Pekerja … (FSP TSK)", "Peneliti | Masyarakat Pemantau Peradilan
   * Indonesia Fakultas Hukum | Universitas Indonesia (MaPPI FHUI)" are one
   * body each (words a post would have taken as its field) */
  for (int q = 1; q < nu; q++) {
    /* (a word, the bracket, the acronym and its close at least) */
    if (u[q].type != U_ORG || u[q].b < u[q].a + 4) continue;
    uint32_t p = u[q].a + 1;
    while (p + 2 < u[q].b && !is_punct(d, p, '(')) p++;
    if (p + 2 >= u[q].b) continue;
    uint32_t pa = paren_acronym(d, p, u[q].b);
    if ((pa != 3 && pa != 4) || (pa == 3 ? spells(d, u[q].a, p, p + 1) : spells_pair(d, u[q].a, p))) continue;
    for (int w = 0; w < q; w++) {
      bool plain = true;
      for (int x = w; x < q && plain; x++)
        plain = (u[x].type == U_COMMON || u[x].type == U_NAME || u[x].type == U_LOC || u[x].type == U_ORG) &&
                u[x + 1].a == u[x].b;
      if (!plain || !(pa == 3 ? spells(d, u[w].a, p, p + 1) : spells_pair(d, u[w].a, p))) continue;
      u[w].type = U_ORG;
      u[w].b = u[q].b;
      u[w].lex = LEX_NONE;
      u[w].named = false;
      for (int x = q + 1; x < nu; x++) u[w + 1 + (x - q - 1)] = u[x];
      nu -= q - w;
      break;
    }
    break;
  }
  /* a business named in dictionary words between a post and its holder,
   * who is named after the comma: "Direktur Utama | Sinar Hitam Kencana |,
   * Agus Salim Harahap," (or a post's place: below) */
  /* (no given name but the last word, "Ayu Lestari" is a person's; no
   * post's field, "Deputi | Bidang Tata Lingkungan"; no post of a relation,
   * whose holder's client is a person; the words asked first, as most runs
   * hold a name) */
  /* (after a post that takes a place, the words are its place, whatever
   * they are: "Bendesa Adat | Tegal Sari |, I Wayan Suarjana,") */
  if (r0 != UINT32_MAX && nu >= 2 && e < wt_ntok(d) && is_punct(d, e, ',') && u[0].a == i) {
    bool words = !(wt_lex_cls2(LX(d), wt_lexof(d, r0)) & LX2_ROLE_REL), place = false;
    for (uint32_t w = i; w < e && words; w++)
      words = business_word(d, w) &&
              ((tok_common(d, w) && (w + 1 == e || !(wt_clsof(d, w) & LX_NAME_FIRST)) && !field_noun(d, w)) ||
               (place = role_takes_place(d, r0, lim)));
    /* (after a company's post, two or three words no list holds as a
     * person's, a place or a given name last among them: "Sekretaris
     * Perusahaan | Borneo Agro Lestari |, Dewi Sartika Manurung,") */
    /* (a dictionary word first is the post's field: "Senior Manager |
     * Operasi | Jasamarga Metropolitan Tollroad,") */
    if (!words && e - i >= 2 && e - i <= 4 && !tok_common(d, i) && role_takes_org(d, r0, i)) {
      words = true;
      for (uint32_t w = i; w < e && words; w++) words = business_word(d, w) && (w + 1 == e || !is_name_hint(d, w));
    }
    if (words && person_after_comma(d, e)) {
      u[0].type = place || role_takes_place(d, r0, lim) ? U_LOC : U_ORG;
      u[0].b = e;
      u[0].lex = LEX_NONE;
      u[0].named = false;
      nu = 1;
    }
  }
  /* (a given name that names a place too, before a capitalised word that
   * closes the run, with no preposition before it: "Darwin | Tambunan
   * menyatakan", "ujar Santiago | Tambunan" -- "di Darwin" stays a place) */
  /* (degrees may follow: "Darwin | Tambunan | SH") */
  if (nu >= 2 && nu <= 4 && u[0].type == U_LOC && u[0].b == u[0].a + 1 && u[nu - 1].b == e && u[1].a == u[0].b &&
      (u[1].type == U_NAME || u[1].type == U_COMMON) && is_cap(d, u[1].a) &&
      !(wt_tok(d, u[1].a)->flags & TF_UPPER) && (wt_clsof(d, u[0].a) & LX_NAME_FIRST) &&
      (i == 0 || !is_word(d, i - 1) || (wt_clsof(d, i - 1) & LX_CUE)) &&
      (nu == 2 || degree_unit(d, &u[nu - 1])))
    u[0].type = U_NAME;
  /* (a post's short form right after a given name, closing the run, is a
   * surname: "Laura | Mendes", not the minister of villages) */
  if (nu >= 2 && u[nu - 1].type == U_ROLE && u[nu - 1].b == u[nu - 1].a + 1 && u[nu - 1].b == e &&
      u[nu - 2].type == U_NAME && (wt_clsof(d, u[nu - 2].a) & LX_NAME_FIRST) && is_cap(d, u[nu - 1].a) &&
      !(wt_tok(d, u[nu - 1].a)->flags & TF_UPPER) && wt_lex_canon(LX(d), wt_lexof(d, u[nu - 1].a)) &&
      (e >= lim || !is_cap(d, e)))
    u[nu - 1].type = U_NAME;
  /* (so is the given name that the role loop left for the name, above:
   * "Imam | Santoso") */
  if (nu >= 2 && u[0].type == U_ROLE && u[0].b == u[0].a + 1 && u[1].type == U_NAME && u[1].a == u[0].b &&
      given_name_post(d, u[0].a, e))
    u[0].type = U_NAME;
  /* (a Roman numeral right after a post numbers its unit, never a name:
   * "Pangkoopsud | II menambahkan"; one letter may be an initial, "Pelaku
   * | I kemudian kesal") */
  if (r0 != UINT32_MAX && nu > 0 && u[0].type == U_NAME && r1 == u[0].a && u[0].b == u[0].a + 1 &&
      wt_tok(d, u[0].a)->end - wt_tok(d, u[0].a)->start > 1 && roman_numeral(d, u[0].a))
    u[0].type = U_ACRO;
  /* (so does one after a place before a name: an electoral district's
   * number, "dari daerah pemilihan NTT | II | Maria Yosefina Bataona") */
  /* (one "I" too, the office's number, when no Balinese name follows:
   * "BWS Sulawesi | I | Stevanus Lumowa"; after a body's place any numeral
   * is its office's, "BWS Nusa Tenggara | II | Hendrikus Lalang") */
  for (int q = 1; q + 1 < nu; q++)
    if (u[q].type == U_NAME && u[q].b == u[q].a + 1 && u[q - 1].type == U_LOC && u[q + 1].type == U_NAME &&
        roman_numeral(d, u[q].a)) {
      bool one = wt_tok(d, u[q].a)->end - wt_tok(d, u[q].a)->start == 1;
      bool office = q >= 2 && (u[q - 2].type == U_ORG || u[q - 2].type == U_ACRO) && u[q - 2].b == u[q - 1].a;
      if (!one && !office) {
        u[q].type = U_ACRO;
      } else if ((!one || !bali_i(d, u[q].a, e)) && u[q - 1].b == u[q].a) {
        /* (the place and its number are one unit: the body's office) */
        u[q - 1].b = u[q].b;
        u[q - 1].lex = LEX_NONE;
        for (int x = q; x + 1 < nu; x++) u[x] = u[x + 1];
        nu--;
      }
    }
  /* (a Roman numeral alone after a word in small letters numbers what that
   * word names, "laporan semester I", "tahap II": nobody; after a post,
   * of one word or two, it is a suspect's initial, "tersangka pembunuhan
   * I") */
  if (r0 == UINT32_MAX && nu == 1 && u[0].b == u[0].a + 1 && u[0].a == t0 && t0 > 0 && is_word(d, t0 - 1) &&
      !(wt_tok(d, t0 - 1)->flags & TF_CAP) && roman_numeral(d, t0) &&
      !(wt_clsof(d, t0 - 1) & (LX_ROLE | LX_ROLE_COMMON | LX_PERSON_NOUN)) &&
      !(t0 > 1 && (wt_clsof(d, t0 - 2) & (LX_ROLE | LX_ROLE_COMMON | LX_PERSON_NOUN)))) {
    np->kind = NP_NONE;
    np->t1 = e;
    return 0;
  }
  if (nu == MAX_UNITS) e = u[nu - 1].b;
  /* a body's head with given names after it and no post before it: no
   * person is named in a phrase with no post or title, the names (and a
   * place closing the run) are the body's own -- "BMKG Stasiun Meteorologi
   * | Mutiara Sis Al-Jufri Palu mengingatkan", named after the airport */
  /* (not inside a longer phrase whose post no lexicon knows: "Head Of
   * Investment Research at | PT Infovesta Utama Wawan Hendrayana") */
  /* (a place closing the run: the name is a site's, not a person's after
   * a post no lexicon knows, "Area Supervisor Jabar 2 PT Eigerindo Multi
   * Produk Industri | Zafrullah Sunyaruri"; tested first, as most runs
   * end with no place) */
  if (r0 == UINT32_MAX && nu >= 2 && u[nu - 1].type == U_LOC && u[nu - 1].b == e &&
      (i == 0 || !(wt_tok(d, i - 1)->kind == WARTA_TOK_WORD &&
                   (is_cap(d, i - 1) || wt_tok_is(d, i - 1, "at") || wt_tok_is(d, i - 1, "di") ||
                    wt_tok_is(d, i - 1, "dari") || wt_tok_is(d, i - 1, "pada"))))) {
    int q = 0;
    while (q < nu && (u[q].type == U_ORG || u[q].type == U_ACRO) && !bare_head(d, u[q].a, u[q].b)) q++;
    bool names = q < nu && q + 1 < nu && u[q].type == U_ORG;
    for (int w = q + 1; w < nu && names; w++)
      names = u[w].type == U_NAME || u[w].type == U_COMMON || (u[w].type == U_LOC && w == nu - 1 && w > q + 1);
    if (names) {
      u[q].b = e;
      u[q].lex = LEX_NONE;
      nu = q + 1;
    }
  }
  /* a name and a nickname or its initials in brackets: "Presiden Joko
   * Widodo (Jokowi)", "Agus Harimurti Yudhoyono (AHY)": the name ends
   * before the bracket, the phrase after it */
  uint32_t tail = e;
  /* one unit alone, a place, a medium or a body, with no role before it
   * ("Jakarta", "Reuters", "KPK"): no rule below applies to it, and a
   * third of the phrases are such */
  if (nu == 1 && r0 == UINT32_MAX && u[0].b == e && (u[0].type == U_LOC || u[0].type == U_MEDIA || u[0].type == U_ORG)) {
    np->kind = u[0].type == U_LOC ? NP_LOC : u[0].type == U_MEDIA ? NP_MEDIA : NP_ORG;
    np->m0 = u[0].a;
    np->n0 = np->n1 = np->t1 = e;
    np->lex = u[0].lex;
    return 1;
  }
  if (nu > 1 && u[nu - 1].type == U_PAREN && u[nu - 2].type == U_NAME) {
    e = u[nu - 1].a;
    nu--;
  }
  /* (degrees written without their dots after the name: "Dr H Zulkifli
   * Abdullah MA,", "Rina Hapsari SH", "Kombes Pol Irwansyah Putra Nasution
   * SIK MH,") */
  else if (nu > 1 && degree_unit(d, &u[nu - 1]) && (name_closes_before(u, nu - 1) || degree_unit(d, &u[nu - 2]))) {
    int q = nu - 1;
    /* (the one before may have been read as a name's word: "Dahlan Sinaga
     * | SH | MH") */
    if (q > 1 && degree_unit(d, &u[q - 1])) q--;
    /* (or a capitalised word a dictionary holds: "Dahlan | Sinaga | SH MH") */
    if (name_closes_before(u, q)) {
      e = u[q].a;
      nu = q;
    }
  }
  /* (so are a priest's letters: "Romo Antonius Widyo Nugroho Pr", also
   * after a surname a dictionary holds, "Pastor Fransiskus | Sinaga | SVD") */
  else if (nu > 1 && u[nu - 1].b == u[nu - 1].a + 1 && u[nu - 1].type == U_TITLE && name_closes_before(u, nu - 1) &&
           (wt_lex_cls2(LX(d), wt_lexof(d, u[nu - 1].a)) & LX2_TITLE_REL)) {
    e = u[nu - 1].a;
    nu--;
  }
  /* (initials in capitals after a role of relation are a person's:
   * "kuasa hukum HS, Dedi Irawan Lubis,", "istri AR") */
  if (nu == 1 && u[0].type == U_ACRO && u[0].b == u[0].a + 1 && r0 != UINT32_MAX && r1 > r0 &&
      wt_tok(d, u[0].a)->end - wt_tok(d, u[0].a)->start <= 3 &&
      !(phrase_cls(d, u[0].a, u[0].b, &(uint32_t){0}) & (LX_ORG | LX_LOC | LX_MEDIA))) {
    uint32_t rn = 0;
    if ((wt_lex_cls2(LX(d), wt_phrase(d, r0, r1, &rn)) & LX2_ROLE_REL) && rn) u[0].type = U_NAME;
  }
  /* (a one-word place between a given name and another word of a name is
   * a word of that name: "Yohanes | Ambon | Lawing (66)"; not before
   * another given name, "Tirta Wijaya Demak | Sutrisno Hadi" -- unless two
   * words of the name stand before it, "I Wayan | Sukadana | Yasa", or the
   * three words are all the run, set off by commas, "Prakirawan BMKG …,
   * Nur | Asia | Rahman,"; no country stands inside a name) */
  for (int q = 1; q + 1 < nu; q++)
    if (u[q].type == U_LOC && u[q].b == u[q].a + 1 && u[q - 1].type == U_NAME && u[q + 1].type == U_NAME &&
        u[q - 1].b == u[q - 1].a + 1 && (wt_clsof(d, u[q - 1].a) & LX_NAME_FIRST) &&
        (!(wt_clsof(d, u[q + 1].a) & LX_NAME_FIRST) ||
         (((q >= 2 && u[q - 2].type == U_NAME && u[q - 2].b == u[q - 1].a) ||
           (q == 1 && nu == 3 && u[2].b == u[2].a + 1 && u[2].b == e && e < lim && is_punct(d, e, ',') && u[0].a == i &&
            i > 0 && is_punct(d, i - 1, ','))) &&
          !(wt_lex_cls2(LX(d), u[q].lex) & LX2_COUNTRY))))
      u[q].type = U_NAME;
  /* (a one-word place closing the run after a post and a given name is
   * the name's last word: "Perbekel Pemuteran | I Made | Sukadana", "Camat
   * | Budi | Sukadana saat ditemui"; a place follows a person's name with
   * "di" or "dari", never bare) */
  if (r0 != UINT32_MAX && nu >= 2 && u[nu - 1].type == U_LOC && u[nu - 1].b == e && u[nu - 1].b == u[nu - 1].a + 1 &&
      u[nu - 2].type == U_NAME && (wt_clsof(d, u[nu - 2].a) & LX_NAME_FIRST) && is_cap(d, u[nu - 1].a) &&
      !(wt_lex_cls2(LX(d), u[nu - 1].lex) & LX2_COUNTRY) && (e >= lim || !is_cap(d, e)))
    u[nu - 1].type = U_NAME;
  /* the name: the last stretch of name-like or common words with no title,
   * role, organisation or place after it */
  int k = nu;
  while (k > 0 && (u[k - 1].type == U_NAME || u[k - 1].type == U_COMMON)) k--;
  /* the name starts at its first name-like word ("Budi" is a given name,
   * "Bencana" is not) — but keep common words inside ("Bambang Surya Putra") */
  int ns = k;
  /* (a dictionary word capitalised inside the sentence, one, right before
   * a given name, after a comma or a title, is the name's own: "pemulang,
   * Gul Ahmad Noorzai (38),", "dr. Lintang Pramesti Wulandari") */
  if (ns + 1 < nu && u[ns].type == U_COMMON && u[ns].b == u[ns].a + 1 && u[ns + 1].type == U_NAME &&
      !(wt_tok(d, u[ns].a)->flags & TF_SENT_START) && (wt_tok(d, u[ns].a)->flags & TF_CAP) && u[ns].a > 0 &&
      ((is_punct(d, u[ns].a - 1, ',') && (wt_clsof(d, u[ns + 1].a) & LX_NAME_FIRST)) ||
       ((wt_clsof(d, u[ns].a - 1) & LX_TITLE) && wt_tok(d, u[ns].a - 1)->kind == WARTA_TOK_WORD)))
    u[ns].type = U_NAME;
  while (ns < nu && u[ns].type == U_COMMON) ns++;
  /* (a word in camel case is a company or a group, never a person's name:
   * alone, "OjekKita menyatakan …", "kelompok peretas ShadowKlan"; or right
   * after a post, with the capitalised words of its name up to the
   * person's, "Direktur Eksekutif | CyberSec Nusantara | Yudistira
   * Kurniawan") */
  if (nu > 0 && u[0].b == u[0].a + 1 && (u[0].type == U_NAME || u[0].type == U_COMMON) &&
      (nu == 1 ? r0 == UINT32_MAX : r0 != UINT32_MAX && k > 1 && k < nu) && camel_word(d, u[0].a)) {
    int end = nu == 1 ? 1 : k; /* the company's units: [0, end) */
    bool words = true;
    for (int q = 1; q < end && words; q++)
      words = (u[q].type == U_NAME || u[q].type == U_COMMON || u[q].type == U_LOC) && is_cap(d, u[q].a);
    if (words) {
      u[0].type = U_ORG;
      u[0].lex = LEX_NONE;
      u[0].b = u[end - 1].b;
      memmove(u + 1, u + end, (size_t)(nu - end) * sizeof *u);
      nu -= end - 1;
      ns = ns > end ? ns - (end - 1) : 1;
      k = 1;
    }
  }
  /* a person the text has named in full already closes the run: the one to
   * three words before that name, after a post, are a body's, however they
   * were read elsewhere -- "Co-founder & CEO | Dompetra | Kevin Tanuwijaya"
   * after "oleh Kevin Tanuwijaya" (and "Dompetra mengumumkan" read as a
   * person), "Ketua Dewan Adat | Balim | Markus Lokobal" after "orang Balim"
   * (a capitalised word before them: the post, or its body, which may
   * stand before the phrase parsed, as a speaker's name is parsed from the
   * word after it; not a place after "di", "Konsul Jenderal RI di |
   * Songkhla | Dimas …") */
  if (ns + 2 < nu && u[ns].a > 0 && is_word(d, u[ns].a - 1) && is_cap(d, u[ns].a - 1) &&
      !(wt_clsof(d, u[ns].a) & LX_NAME_FIRST) &&
      known_person_after(d, u, ns, &nu, e,
                         r0 != UINT32_MAX && (k == 0 || u[k - 1].type == U_ROLE) && role_takes_place(d, r0, lim)))
    k = ++ns;
  /* a name alone, with no role before it ("Budi Santoso", "Jokowi"): of
   * the rules below only the last, a dictionary word before "itu", may
   * apply (the usual name is such) */
  if (r0 == UINT32_MAX && nu > 0 && nu <= 3 && k == 0 && ns == 0) {
    np->m0 = np->n0 = u[0].a;
    np->n1 = gelar_end(d, u, nu, e);
    np->t1 = tail > i ? tail : i;
    if (thing_before_itu(d, u[0].a, e, lim)) {
      np->t1 = e + 1;
      return 0;
    }
    np->kind = NP_PER;
    return 1;
  }
  /* a role, then the name, nothing between ("Menteri Keuangan | Budi
   * Santoso", "Kapolres | Hendra mengatakan"): no rule below moves the
   * name's start or finds a body or a title before it when the name opens
   * with a given name or a word known as a name, or is one word with no
   * comma or "di" after it (a place's or a group's name, below) */
  if (r0 != UINT32_MAX && nu > 0 && k == 0 && ns == 0 && !caste_title_after(d, u, nu) &&
      ((is_name_hint(d, u[0].a) && !place_of_post_first(d, u, nu, r0, lim)) ||
       (nu == 1 && !(tail == e && e + 1 < lim && is_punct(d, e, ',')) && !(e < lim && wt_tok_is(d, e, "di"))))) {
    np->r0 = r0;
    np->r1 = r1;
    np->m0 = np->n0 = u[0].a;
    np->n1 = gelar_end(d, u, nu, e);
    np->t1 = tail > i ? tail : i;
    np->kind = NP_PER;
    return 1;
  }
  /* (dictionary words of two or more after a role and its body are the
   * person's name: "Analis PT Nusantara Capital Sekuritas | Anggara
   * Wicaksana") */
  /* (one such word after a body closed by its acronym in brackets: "Ketua
   * Himpunan Industri Mebel dan Kerajinan (HIMKI) | Satori") */
  if (ns == nu && k > 0 && r0 != UINT32_MAX &&
      (nu - k >= 2 ? (u[k - 1].type == U_ORG || u[k - 1].type == U_ACRO)
                   : nu - k == 1 && u[k - 1].type == U_ORG && is_punct(d, u[k - 1].b - 1, ')') &&
                         !(phrase_cls(d, u[k].a, lim, &(uint32_t){0}) & (LX_ORG_SUB | LX_LOC | LX_LOC_HEAD)))) {
    bool caps = true;
    /* (not a unit's field: "KPAI | Bidang Pendidikan") */
    for (int q = k; q < nu && caps; q++)
      caps = u[q].b == u[q].a + 1 && is_cap(d, u[q].a) && !is_upper(d, u[q].a) && !field_noun(d, u[q].a) &&
             !(wt_clsof(d, u[q].a) & LX_ORG_SUB);
    if (caps) ns = k;
  }
  /* a given name (or a word seen alone after a cue) starts the name when
   * unknown words stand before it: "Camat Cibeunying Kaler | Hadi Kusnadi",
   * "Persipura Junior | Markus Wanggai" -- not right after a title, which
   * opens the name: "KH Mahfudz Ridwan Hasyim" */
  /* (one unknown word between a body whose name is closed -- an acronym,
   * or one in brackets -- and a given name is the person's own: "Direktur
   * CSIS | Yose Rizal Damuri" (after "Universitas Katolik Soegijapranata"
   * the word may be the body's); nor does one before a given name and a
   * surname make a body where nothing else does: "Yose Rizal Damuri
   * mengatakan") */
  bool one_after_body =
      k > 0 && nu - ns == 3 && u[ns].type == U_NAME && !is_name_hint(d, u[ns].a) &&
      (((u[k - 1].type == U_ORG || u[k - 1].type == U_LOC) && is_punct(d, u[k - 1].b - 1, ')')) ||
       /* (the acronym a unit of its own: "Indonesia Battery Corporation |
        * (IBC) | Toto Sulistyo Wibowo") */
       (u[k - 1].type == U_PAREN && k >= 2 && u[k - 2].type == U_ORG) ||
       /* (or closed by its country: "Mahkamah Agung Pakistan | Mansoor
        * Ahmed Khattak", "PPIH Arab Saudi | Wiryawan Hadi Prasetyo") */
       (u[k - 1].type == U_LOC && u[k - 1].lex != LEX_NONE && (wt_lex_cls2(LX(d), u[k - 1].lex) & LX2_COUNTRY) &&
        k >= 2 && (u[k - 2].type == U_ORG || u[k - 2].type == U_ACRO)) ||
       /* (or closed by a word that ends bodies' names: "Danareksa
        * Sekuritas | Kezia Natalia Pardede") */
       (u[k - 1].type == U_ORG && (wt_clsof(d, u[k - 1].b - 1) & LX_ORG_SUFFIX)) ||
       /* (or a body the lexicon knows by its whole name: "gelandang
        * Persebaya Surabaya | Arkhan Pratama Siregar") */
       (u[k - 1].type == U_ORG && u[k - 1].lex != LEX_NONE &&
        (wt_lex_cls(LX(d), u[k - 1].lex) & (LX_ORG | LX_ORG_HEAD)) == LX_ORG) ||
       (u[k - 1].b == u[k - 1].a + 1 && is_upper(d, u[k - 1].a) &&
        (wt_clsof(d, u[k - 1].a) & (LX_ORG | LX_ORG_HEAD)) == LX_ORG) || /* (not "PDAM | Tirta …") */
       /* (or a body closed by its regency's or city's name: "Dinas
        * Koperasi, UKM dan Perdagangan Kabupaten Klaten | Suryo Nugroho Adi";
        * not any place, "Yayasan Sumba | Hospitality") */
       (u[k - 1].type == U_ORG && u[k - 1].b - u[k - 1].a >= 3 && (wt_clsof(d, u[k - 1].b - 1) & LX_LOC) &&
        wt_tok(d, u[k - 1].b - 1)->kind == WARTA_TOK_WORD && (wt_clsof(d, u[k - 1].b - 2) & LX_LOC_HEAD)) ||
       /* (or by its city after its acronym: "Lembaga Bantuan Hukum (LBH)
        * | Makassar | Rezky Amalia Pratiwi") */
       (u[k - 1].type == U_LOC && u[k - 1].b == u[k - 1].a + 1 && k >= 2 && u[k - 2].type == U_ORG &&
        u[k - 2].b == u[k - 1].a && is_punct(d, u[k - 2].b - 1, ')')));
  if (ns < nu && (r0 != UINT32_MAX || nu - k >= 4) && !one_after_body && !(k > 0 && u[k - 1].type == U_TITLE)) {
    /* (a caste title kept in the name opens it, whatever stands before:
     * "Founder | Rosalie Cheese | Anak Agung Ayu Sri Utami Linggih") */
    for (int p = ns + 1; p + 1 < nu; p++)
      if (caste_title_unit(d, &u[p])) {
        ns = p;
        break;
      }
    bool hint0 = name_start_unit(d, &u[ns]);
    /* (a hint on the last word is a surname like "Kusuma", not a start) */
    for (int p = ns + 1; p + 1 < nu && !hint0; p++) {
      /* initials belong to the name after them: "RZ Panca Putra" */
      /* (only right before a name: a body's short form and a word no list
       * knows before a given name are the body's, "Komisioner | BP Tapera |
       * Rinaldi Kusumawardhana") */
      const wt_token *tp = wt_tok(d, u[p - 1].a);
      if ((tp->flags & TF_INITIAL) || ((tp->flags & (TF_UPPER | TF_CAP)) && tp->end - tp->start <= 2)) {
        if (p + 2 < nu && !is_name_hint(d, u[p].a) && (tp->flags & TF_UPPER) && u[p].type == U_NAME &&
            !tok_common(d, u[p].a) && is_name_hint(d, u[p + 1].a))
          continue;
        break;
      }
      if (is_name_hint(d, u[p].a) || caste_title_unit(d, &u[p])) {
        ns = p;
        /* (a surname after a particle in small letters, seen alone after a
         * cue, starts no name: the name runs from the word before the
         * particle, "Gubernur … | Ricardo de Almeida Prado") */
        while (ns >= 2 && ns - 2 >= k && !is_cap(d, u[ns - 1].a) && (wt_clsof(d, u[ns - 1].a) & LX_NAME_PARTICLE)) ns -= 2;
        /* (a given name of two joined by a hyphen stands before it: "RD
         * Kongo | Jean-Pierre Lokondo Mbala" with "ujar Lokondo" later) */
        if (ns > k && hyphen_given(d, &u[ns - 1])) ns--;
        /* (so does one capitalised word no list knows, right after the
         * country or body that closes the post, before a name a particle
         * marks as a person's: "Menteri … Timor-Leste | Filomeno Ximenes da
         * Cruz" with "kata Ximenes" later) */
        else if (ns == k + 1 && k > 0 && (u[k - 1].type == U_LOC || u[k - 1].type == U_ORG) && u[k].type == U_NAME &&
                 u[k].b == u[k].a + 1 && is_cap(d, u[k].a) && !tok_common(d, u[k].a) && particle_in(d, u, ns, nu))
          ns = k;
        break;
      }
    }
    /* a role that takes a place ("Kepala Desa Sukadamai Jumadi"): with no
     * hint, the first unknown word is the place */
    /* (so is one unknown word alone when places or the person's name follow
     * the comma after it: "Kepala Desa Sukorejo, Kecamatan Bangsalsari, …,
     * Mochammad Sholeh", "Kepala Desa Sukorejo, Mochammad Sholeh,") */
    /* (and all of two or three such words before the person's name in
     * commas: "Kepala Lembang Buntu Tondon, Markus Rante Allo,") */
    /* (a village's name of dictionary words may hold a given name: "Kepala
     * Desa Sumber Makmur, Wagiman Santoso,") */
    if (r0 != UINT32_MAX && (k == 0 || u[k - 1].type == U_ROLE) && nu - k >= 2 && nu - k <= 3 && tail == e &&
        (!name_units(d, u + k, nu - k) || dictionary_units(d, u + k, nu - k)) && person_after_comma(d, e) &&
        names_or_common(u + k, nu - k) && role_takes_place(d, r0, lim))
      ns = nu;
    else if (!hint0 && ns == k && r0 != UINT32_MAX && (k == 0 || u[k - 1].type == U_ROLE) &&
        (nu - ns >= 2 || (nu - ns == 1 && tail == e && e + 1 < lim && is_punct(d, e, ',') &&
                          ((phrase_cls(d, e + 1, lim, &(uint32_t){0}) & (LX_LOC | LX_LOC_HEAD)) ||
                           (is_cap(d, e + 1) && is_name_hint(d, e + 1))))) &&
        role_takes_place(d, r0, lim))
      ns++;
    /* (a place that is a given name too, before a name of two words or
     * more: "Wali Kota | Bima | Muhammad Lutfi", "Bupati | Bima | Indah
     * Dhamayanti Putri"; "Wali Kota Bima Arya" stays a name) */
    else if (ns == k && k == 0 && place_of_post_first(d, u, nu, r0, lim))
      ns++;
    /* a business role names its company before the person ("CEO Kitabisa
     * Alfatih Timur", "Co-founder Haveltea Ifana Azizah"): with no hint and
     * three unknown words or more, the first is the company */
    else if (!hint0 && ns == k && nu - ns >= 3 && r0 != UINT32_MAX && (k == 0 || u[k - 1].type == U_ROLE) &&
             u[ns].type == U_NAME && role_takes_org(d, r0, k == 0 ? r1 : u[k - 1].b)) {
      /* (the company is the affiliation: role "CEO", affiliation "Kitabisa") */
      u[ns].type = U_ORG;
      u[ns].lex = LEX_NONE;
      ns++;
    }
    /* (so is one word written in camel case before a given name: "CEO
     * VaakAI | Arjun Venkataraman", "Vice President MediVision | Choi …") */
    /* (the words of the post no lexicon knows before it stay the post's:
     * "Vice President Global Business | MediVision | Choi Min-seo") */
    /* (and one word no list knows right after the post, before a given
     * name: "Co-founder & CEO | Dompetra | Kevin Tanuwijaya") */
    else if (ns > k && r0 != UINT32_MAX && (k == 0 || u[k - 1].type == U_ROLE) && names_or_common(u + k, ns - k) &&
             u[ns - 1].b == u[ns - 1].a + 1 &&
             (camel_word(d, u[ns - 1].a) ||
              (ns == k + 1 && u[k].type == U_NAME && !tok_common(d, u[k].a) && !is_name_hint(d, u[k].a) &&
               (wt_clsof(d, u[ns].a) & LX_NAME_FIRST))) &&
             role_takes_org(d, r0, k == 0 ? r1 : u[k - 1].b)) {
      u[ns - 1].type = U_ORG;
      u[ns - 1].lex = LEX_NONE;
    }
  }
  bool after_cue = np->after_cue = false;
  (void)after_cue;
  if (ns == nu && k < nu && k == 0 && r0 == UINT32_MAX) {
    /* only common words: a name only where a name is expected (after a cue) */
    ns = nu;
  }
  /* a Minangkabau gelar adat after the name ends it, however the name's
   * start was found: "Zulfikar Hamdani | Datuak Rajo Batuah" (the gelar
   * still read as one that opens a name) */
  uint32_t gelar = e;
  int gq = gelar_unit(d, u, nu);
  if (gq > 0) {
    int f = gq - 1;
    while (f > 0 && (u[f - 1].type == U_NAME || u[f - 1].type == U_COMMON)) f--;
    ns = f;
    if (k > f) k = f;
    gelar = u[gq].a;
  }
  uint32_t n0 = ns < nu ? u[ns].a : e;
  uint32_t n1 = gelar;
  /* "Lalu Kusnawan": a one-word name takes the capitalised word before it
   * when that word is neither an organisation nor a title */
  if (ns < nu && n1 - n0 == 1 && ns > k && u[ns - 1].type == U_COMMON) {
    ns--;
    n0 = u[ns].a;
  }
  /* titles right before the name belong to the mention */
  int t = ns;
  while (t > 0 && u[t - 1].type == U_TITLE && ns < nu) t--;
  uint32_t m0 = t < nu ? u[t].a : n0;
  if (ns >= nu) m0 = n0 = n1 = e;
  /* before the titles: [role ...][affiliation] */
  /* the affiliation is the last organisation before the name; units of an
   * organisation named before it belong to the role ("Kepala Pusat
   * Penerangan | Kementerian Dalam Negeri", "Kepala Bareskrim | Polri") */
  int first_org = -1;
  for (int q = t; q-- > 0;) {
    /* (a number is part of the role: "Ketua RW 022"; a village or district
     * named with its office's head is a body too: "Kelurahan Pluit") */
    /* (a Roman one too, right after the post: "Pangdam | XII/Tanjungpura") */
    if (u[q].type == U_ACRO && (wt_tok(d, u[q].a)->kind == WARTA_TOK_NUMBER ||
                                ((q > 0 ? u[q - 1].type == U_ROLE : r0 != UINT32_MAX && r1 == u[q].a) &&
                                 roman_numeral(d, u[q].a))))
      continue;
    if (u[q].type == U_ORG || u[q].type == U_MEDIA || u[q].type == U_ACRO ||
        (u[q].type == U_LOC && (wt_clsof(d, u[q].a) & LX_ORG_HEAD))) {
      first_org = q;
      /* "KPU (Komisi ...)": an acronym and its organisation stay together */
      if (q > 0 && u[q - 1].b == u[q].a && unit_of_body_before(d, u, q, t)) first_org = q - 1;
      break;
    }
    if (u[q].type == U_ROLE || u[q].type == U_TITLE) break;
  }
  /* unknown words that the given name's start left between an organisation
   * and the person are the rest of the organisation's name: "Universitas
   * Katolik Soegijapranata | Djoko Setijowarno" */
  /* (and before the person's titles: "Kepala Lembaga Eijkmen | Prof Amin
   * Subandrio") */
  bool skipped = ns < nu && first_org >= 0 && first_org + 1 < t && u[first_org].type == U_ORG &&
                 ((wt_clsof(d, u[first_org].b - 1) & LX_ORG_HEAD) || tok_common(d, u[first_org].b - 1) ||
                  bare_head(d, u[first_org].a, u[first_org].b)); /* (a head of two words: "SD Inpres") */
  for (int q = first_org + 1; skipped && q < t; q++)
    if (u[q].type != U_NAME) skipped = false;
  bool has_role = r0 != UINT32_MAX;
  if (!has_role && t > 0 && u[0].type == U_ROLE) {
    has_role = true;
    r0 = u[0].a;
  }
  /* where a speaker is named ("ujar Vice President Public Relations KAI
   * Joni Martinus"), capitalised words before the organisation and the name
   * are a role even when no lexicon knows it */
  if (!has_role && (flags & WT_NP_SPEAKER) && ns < nu && t > 0 && first_org != 0 &&
      (u[0].type == U_NAME || u[0].type == U_COMMON)) {
    has_role = true;
    r0 = u[0].a;
    r1 = first_org > 0 ? u[first_org].a : u[t - 1].b;
  }
  /* "Menteri PUPR Basuki": after a role that names its field, acronyms and
   * field words belong to the role; only a full organisation's name
   * ("Kementerian ...") is an affiliation */
  if (has_role && first_org >= 0 && u[first_org].type == U_ACRO &&
      (phrase_cls(d, r0, e, &(uint32_t){0}) & LX_ROLE_FIELD))
    first_org = -1;
  if (has_role && from && first_org >= 0) {
    np->r0 = r0;
    np->r1 = r1;
    np->a0 = u[0].a;
    np->a1 = u[first_org].b;
    for (int q = first_org + 1; q < t && (u[q].type == U_LOC || u[q].type == U_PAREN || skipped); q++)
      np->a1 = u[q].b;
  } else if (has_role && from && first_org < 0 && t > 0 &&
             ((ns < nu && names_or_common(u, t)) || unknown_then_places(u, t))) {
    /* (also an unknown word with a place in its name, the person in commas
     * after it: "Promotor konser dari | Starlight Asia Live |, Maria
     * Gunawan,") */
    /* (a body no list knows after "dari"/"di", before the name: "analis
     * komoditas di | Benchmark Mineral Intelligence | Eleanor Whitfield") */
    np->r0 = r0;
    np->r1 = r1;
    np->a0 = u[0].a;
    np->a1 = u[t - 1].b;
  } else if (has_role) {
    if (first_org >= 0) {
      np->r0 = r0;
      np->r1 = u[first_org].a;
      np->a0 = u[first_org].a;
      np->a1 = u[t - 1].b;
      /* the affiliation ends at its last organisation or place unit */
      int last = t - 1;
      while (!skipped && last > first_org && (u[last].type == U_NAME || u[last].type == U_COMMON)) last--;
      np->a1 = u[last].b;
      if (np->r1 == np->r0) np->r1 = r1;
      unit_split(d, np, r1);
      /* (the second of two posts joined by a slash names its body: the
       * whole is one post, "Menteri Riset dan Teknologi/Kepala Badan Riset
       * dan Inovasi Nasional", as the first names its ministry's field) */
      if (slashed && np->a0 == np->r1 && np->a1 > np->a0 && u[first_org].type == U_ORG) {
        np->r1 = np->a1;
        np->a0 = np->a1;
      }
    } else if (t >= 2 && ((names_or_common(u, t) && dictionary_units(d, u, t)) || unknown_then_places(u, t)) &&
               role_takes_org(d, r0, r1)) {
      /* (a post that heads a whole body takes no field: capitalised
       * dictionary words after it name the body, "Direktur Eksekutif |
       * Lingkar Data Publik | Hendra Wijaya", data/roles.lex role_org; so
       * do a word no list knows and places, "Manajer Operasional |
       * Soundrise Asia") */
      np->r0 = r0;
      np->r1 = r1;
      np->a0 = u[0].a;
      np->a1 = u[t - 1].b;
    } else {
      np->r0 = r0;
      np->r1 = t > 0 ? u[t - 1].b : r1;
      if (np->r1 < r1) np->r1 = r1;
    }
    if (np->r1 <= np->r0) np->r1 = r1;
  }
  /* "Ketua Kelompok Tani Sumber Rejeki di Kabupaten Jember": a name right
   * after an organisation's head and before "di" is the group's name */
  /* (asked only of a name with no title before "di": most are neither) */
  if (n1 > n0 && m0 == n0 && e < lim && wt_tok_is(d, e, "di")) {
    /* (an organisation that has its own name before the person's, "Kepala
     * Puskesmas Sukamaju Hendarto di kantornya", leaves the name a name) */
    bool org_named = ns > 0 && ns < nu && u[ns - 1].type == U_ORG && u[ns - 1].named;
    /* (an organisation whose name ends with a place, "Dinas Kesehatan Kota
     * Surabaya", is complete: the name after it is a person's) */
    bool org_before = ns > 0 && ns < nu && u[ns - 1].type == U_ORG && !org_named &&
                      ((wt_clsof(d, u[ns - 1].b - 1) & LX_ORG_HEAD) || tok_common(d, u[ns - 1].b - 1));
    bool complete = ns > 0 && ns < nu && (u[ns - 1].type == U_ORG || u[ns - 1].type == U_LOC) &&
                    (wt_clsof(d, u[ns - 1].b - 1) & LX_LOC);
    for (uint32_t q = r0 == UINT32_MAX ? n0 : r0; !org_before && !org_named && !complete && q < n0; q++)
      if (wt_clsof(d, q) & LX_ORG_HEAD) org_before = true; /* "Ketua Kelompok Tani" */
    /* (not after an organisation that ends with its own acronym or number:
     * "Juru Bicara Satgas Covid-19 | Wiku Adisasmito di Jakarta") */
    bool named_before = ns > 0 && ns < nu && u[ns - 1].type == U_ORG &&
                        (wt_tok(d, u[ns - 1].b - 1)->flags & (TF_DIGIT | TF_UPPER));
    if (org_before && !named_before && !is_name_hint(d, n0) && !bali_i(d, n0, n1) && !said_where_when(d, e, lim)) {
      /* (with no affiliation before the name, the name is the whole of it:
       * "Ketua fraksi | La France Insoumise di Majelis Nasional" -- the
       * affiliation had started at the document's first byte) */
      if (np->a1 <= np->a0) np->a0 = n0;
      np->a1 = n1;
      m0 = n0 = n1;
    }
  }
  np->m0 = m0;
  np->n0 = n0;
  np->n1 = n1;
  np->t1 = tail > i ? tail : i;
  if (m0 == n0 && !has_role && thing_before_itu(d, n0, n1, lim)) {
    np->kind = NP_NONE;
    np->t1 = n1 + 1;
    return 0;
  }
  /* (no person's name holds "dan": two words joined by it with no post
   * before them are two places of a list, "Kecamatan Paal Dua, Tikala dan
   * Wenang") */
  if (n1 > n0 + 2 && !has_role && m0 == n0)
    for (uint32_t w = n0 + 1; w + 1 < n1; w++)
      if (wt_tok_is(d, w, "dan")) {
        np->kind = NP_NONE;
        np->t1 = n1;
        return 0;
      }
  if (n1 > n0) {
    np->kind = NP_PER;
  } else if (has_role) {
    np->kind = NP_ROLE;
    np->m0 = r0;
    np->n0 = np->n1 = np->t1;
    /* "Pemimpin Korea Utara itu": a description */
    if (np->t1 < lim && (wt_clsof(d, np->t1) & LX_DESC_END) && is_word(d, np->t1)) {
      np->kind = NP_DESC;
      np->t1++;
    } else if (np->t1 + 3 < lim && wt_tok_is(d, np->t1, "berusia") && wt_tok(d, np->t1 + 1)->kind == WARTA_TOK_NUMBER &&
               wt_tok_is(d, np->t1 + 2, "tahun") && (wt_clsof(d, np->t1 + 3) & LX_DESC_END) && is_word(d, np->t1 + 3)) {
      /* (or with an age: "politisi Partai Sosial Demokrat (SPD) berusia 52
       * tahun itu") */
      np->kind = NP_DESC;
      np->t1 += 4;
    } else if (np->t1 + 2 < lim && is_punct(d, np->t1, ',') && wt_tok(d, np->t1 + 1)->kind == WARTA_TOK_NUMBER &&
               wt_tok(d, np->t1 + 1)->end - wt_tok(d, np->t1 + 1)->start == 4 &&
               (wt_clsof(d, np->t1 + 2) & LX_DESC_END) && is_word(d, np->t1 + 2)) {
      /* (with a year after the place: "Perempuan kelahiran Surakarta, 1984
       * itu") */
      np->kind = NP_DESC;
      np->t1 += 3;
    }
  } else if (nu > 0 && u[0].type == U_ACRO && wt_tok(d, u[0].a)->kind == WARTA_TOK_NUMBER) {
    /* a number alone names nothing: "UUD 1945 menjamin" had made "1945" the speaker */
    np->kind = NP_NONE;
    np->t1 = e > t0 ? e : t0 + 1;
  } else if (nu > 0 && (u[0].type == U_ORG || u[0].type == U_ACRO)) {
    np->kind = NP_ORG;
    np->m0 = u[0].a;
    np->t1 = u[0].b;
    np->lex = u[0].lex;
    /* a body and the region it serves, ending the run: "KPU Sulut", "BPBD
     * Jawa Tengah" -- one organisation, named by the whole span */
    int q = 1;
    while (q < nu && (u[q].type == U_LOC || u[q].type == U_PAREN)) q++;
    if (q > 1 && q == nu && u[1].type == U_LOC) {
      np->t1 = u[q - 1].b;
      np->lex = LEX_NONE;
    }
    /* a unit of a body, then the body, with nothing else in the run: one
     * organisation, named by the whole span ("Komando Operasional Angkatan
     * Bersenjata Polandia menyatakan") */
    /* (each body opening with a body's head or name: not "The | Institute
     * for …") */
    q = 1;
    while (q < nu && (u[q].type == U_ORG || u[q].type == U_LOC)) q++;
    if (q > 1 && q == nu && u[1].type == U_ORG && u[q - 1].b == e && u[0].type == U_ORG &&
        (phrase_cls(d, u[0].a, e, &(uint32_t){0}) & (LX_ORG_HEAD | LX_ORG)) &&
        (phrase_cls(d, u[1].a, e, &(uint32_t){0}) & (LX_ORG_HEAD | LX_ORG))) {
      np->t1 = u[q - 1].b;
      np->lex = LEX_NONE;
    }
    /* (the whole run, when the text defined the acronym closing it for
     * it: "Komisi Pemilihan Umum Nasional Korea Selatan (NEC)" --
     * definitions() made the words one body's name) */
    /* (or for its head and the acronym, "(PP PBSI)") */
    uint32_t pl = np->t1 < e ? paren_tail(d, np->m0, e) : 0;
    if (pl) {
      int32_t dm = wt_mention_find(d, np->m0, e - pl);
      if (dm >= 0 && WT_VEC_AT(d->mentions, wt_mention, dm).type == WARTA_ORG) {
        np->t1 = e;
        np->lex = LEX_NONE;
      }
    }
  } else if (nu > 0 && u[0].type == U_LOC) {
    np->kind = NP_LOC;
    np->m0 = u[0].a;
    np->t1 = u[0].b;
    np->lex = u[0].lex;
  } else if (nu > 0 && u[0].type == U_MEDIA) {
    np->kind = NP_MEDIA;
    np->m0 = u[0].a;
    np->t1 = u[0].b;
    np->lex = u[0].lex;
  } else if (nu > 0 && all_titles(u, nu)) {
    /* titles alone name someone titled so before: "ungkap Sultan",
     * "kata Ida Bagus" (speakers.c finds whom) */
    np->kind = NP_TITLE;
    np->m0 = u[0].a;
    np->t1 = u[nu - 1].b;
  } else {
    np->kind = NP_NONE;
    np->t1 = e > t0 ? e : t0 + 1;
  }
  return np->kind != NP_NONE;
}

/* ----------------------------------------------------------- entities */

/* Folds a span's text for comparing names: ASCII lower case, single spaces
 * (at most NAME_CAP - 1 bytes long, above). */

static size_t fold_slow(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  bool sp = false;
  for (size_t i = 0; i < n && o + 1 < cap; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      sp = o > 0;
      continue;
    }
    if (sp) {
      out[o++] = ' ';
      sp = false;
    }
    if (o + 1 < cap) out[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
  }
  out[o] = 0;
  return o;
}

/* name_key's steps, for fold_key to take as it folds: the start for a name
 * of n bytes, one more eight bytes of it (zeros above the end), the end. */
static inline uint64_t name_key_start(int type, size_t n) {
  return (((uint64_t)n << 8) ^ (uint64_t)type) * 0x9E3779B97F4A7C15ull;
}
static inline uint64_t name_key_step(uint64_t h, uint64_t w) { return (h ^ w) * 0xC2B2AE3D27D4EB4Full; }
static inline uint64_t name_key_end(uint64_t h) { return h ^ (h >> 29); }

/* fold, and with key not NULL also the name_key of the folded name for
 * type: the key is made from the eight bytes at a time folding makes
 * anyway. */
static inline __attribute__((always_inline)) size_t fold_key(const char *s, size_t n, char *out, size_t cap,
                                                             int type, uint64_t *key) {
  /* the usual name ("Joko Widodo") has nothing to collapse or cut: then
   * folding is lower-casing, eight bytes at a time */
  if (n == 0 || n + 1 >= cap || s[0] == ' ' || s[n - 1] == ' ') goto slow;
  const unsigned char *u = (const unsigned char *)s;
  uint64_t prev_space = 0, bad = 0, h = name_key_start(type, n);
  size_t i = 0;
  for (; n - i >= 8; i += 8) {
    uint64_t w = wt_load8(u + i);
    /* control bytes (tab, newline, CR) and two spaces in a row are
     * collapsed: then the slow way, decided after the loop */
    uint64_t sp = wt_bytes_eq(w, ' ');
    bad |= ((w - WT_BYTES(0x20)) & ~w) | (sp & ((sp << 8) | prev_space));
    prev_space = sp >> 56;
    uint64_t lw = wt_lower8(w);
    wt_store((unsigned char *)out + i, lw, 8);
    if (key) h = name_key_step(h, lw);
  }
  if (i < n) {
    uint64_t w = wt_load_tail(u + i, n - i), live = ~0ull >> (8 * (8 - (n - i)));
    uint64_t sp = wt_bytes_eq(w, ' ') & live;
    bad |= (((w | ~live) - WT_BYTES(0x20)) & ~(w | ~live)) | (sp & ((sp << 8) | prev_space));
    /* (eight bytes at once where out has room: those past n are zeros) */
    uint64_t lw = wt_lower8(w);
    wt_store((unsigned char *)out + i, lw, i + 8 <= cap ? 8 : n - i);
    if (key) h = name_key_step(h, lw);
  }
  if (bad & WT_BYTES(0x80)) goto slow;
  out[n] = 0;
  if (key) *key = name_key_end(h);
  return n;
slow:
  n = fold_slow(s, n, out, cap);
  if (key) *key = name_key(type, out, n);
  return n;
}

static size_t fold(const char *s, size_t n, char *out, size_t cap) { return fold_key(s, n, out, cap, 0, NULL); }

/* Does s[0..n) fold to f[0..fl)?  (buf: room for a folded name.)  Folding
 * never lengthens; at the same length nothing can have been collapsed, so
 * the bytes compare lower-cased, eight at a time.  (Inline: most answers
 * take a compare or two, fewer instructions than the call.) */
static inline __attribute__((always_inline)) bool folded_eq(const char *s, size_t n, const char *f, size_t fl,
                                                            char *buf) {
  if (n < fl) return false;
  if (n > fl) return fold(s, n, buf, NAME_CAP) == fl && !memcmp(buf, f, fl);
  const unsigned char *u = (const unsigned char *)s, *v = (const unsigned char *)f;
  size_t i = 0;
  for (; n - i >= 8; i += 8)
    if (wt_lower8(wt_load8(u + i)) != wt_load8(v + i)) return false;
  return i == n || wt_lower8(wt_load_tail(u + i, n - i)) == wt_load_tail(v + i, n - i);
}

/* Does every word of the name a (folded) appear among the words of b?
 * (Words end at a space or the end; scanned here, names are short.) */
static bool words_subset(const char *a, const char *b) {
  for (const char *p = a; *p;) {
    size_t n = 0;
    while (p[n] && p[n] != ' ') n++;
    bool found = false;
    for (const char *r = b; *r && !found;) {
      /* (compared as far as the bytes agree, then on to the next word) */
      size_t m = 0;
      while (m < n && r[m] == p[m]) m++;
      found = m == n && (!r[m] || r[m] == ' ');
      while (r[m] && r[m] != ' ') m++;
      r += m + (r[m] == ' ');
    }
    if (!found) return false;
    p += n + (p[n] == ' ');
  }
  return true;
}

/* One bit per word of a folded name (by its length and end letters): a
 * name whose bits are not among another's has a word the other lacks, so
 * words_subset need not look. */
static inline uint64_t word_bit(const unsigned char *f, size_t w, size_t e) {
  return 1ull << (((e - w) * 31u + f[w] * 7u + f[e - 1]) & 63u);
}
static uint64_t word_sig(const char *f, size_t n) {
  const unsigned char *u = (const unsigned char *)f;
  uint64_t sig = 0;
  size_t w = 0; /* start of the current word */
  /* (the spaces found eight bytes at a time) */
  for (size_t i = 0; i < n; i += 8) {
    uint64_t sp = wt_bytes_eq(n - i >= 8 ? wt_load8(u + i) : wt_load_tail(u + i, n - i), ' ');
    for (; sp; sp &= sp - 1) {
      size_t e = i + (size_t)__builtin_ctzll(sp) / 8;
      if (e > w) sig |= word_bit(u, w, e);
      w = e + 1;
    }
  }
  if (n > w) sig |= word_bit(u, w, n);
  return sig;
}

/* The map key of an entity's folded name and type. */
static inline uint64_t name_key(int type, const char *folded, size_t n) {
  const unsigned char *u = (const unsigned char *)folded;
  uint64_t h = name_key_start(type, n);
  size_t i = 0;
  for (; n - i >= 8; i += 8) h = name_key_step(h, wt_load8(u + i));
  if (i < n) h = name_key_step(h, wt_load_tail(u + i, n - i));
  return name_key_end(h);
}

/* ------------------------------------------------ words of known names
 * known_name_token asks whether a token's text is a word of some person's
 * current name.  The words of every person's name are counted in an
 * open-addressing table of (hash, text, count), kept in step as people are
 * made and renamed, so the question costs one probe instead of a walk over
 * all the people. */

typedef wt_nameword nameword;

static inline uint64_t word_hash(const char *s, size_t n) {
  uint64_t h = name_key(0, s, n);
  return h ? h : 1;
}

static nameword *nameword_slot(const wt_vec *v, uint64_t h, const char *s, size_t n) {
  nameword *t = v->data;
  size_t mask = v->cap - 1;
  for (size_t j = h & mask;; j = (j + 1) & mask) {
    if (!t[j].h || (t[j].h == h && t[j].n == n && !memcmp(t[j].p, s, n))) return &t[j];
  }
}

/* One of 256 bits for a word's text, by its length and three of its
 * bytes: doc->nw_bits holds the bits of every word ever counted, so a word
 * whose bit is clear is in no name and known_word need not hash it. */
static inline __attribute__((always_inline)) unsigned nameword_bit(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  return (unsigned)(n * 61u + u[0] * 31u + u[n >> 1] * 7u + u[n - 1]) & 255u;
}

static int nameword_add(warta_doc *d, const char *s, size_t n, int delta) {
  wt_vec *v = &d->name_words;
  if ((v->len + 1) * 2 > v->cap) {
    size_t ocap = v->cap, ncap = ocap ? ocap * 2 : 64;
    nameword *old = v->data, *nw = wt_calloc(ncap, sizeof *nw);
    if (!nw) return WARTA_ERR_NOMEM;
    v->data = nw;
    v->cap = ncap;
    for (size_t i = 0; i < ocap; i++)
      if (old[i].h) *nameword_slot(v, old[i].h, old[i].p, old[i].n) = old[i];
    wt_free(old);
  }
  uint64_t h = word_hash(s, n);
  nameword *x = nameword_slot(v, h, s, n);
  if (!x->h) {
    if (delta < 0) return WARTA_OK;
    *x = (nameword){h, s, (uint32_t)n, 0};
    v->len++;
    unsigned bit = nameword_bit(s, n);
    d->nw_bits[bit >> 6] |= 1ull << (bit & 63);
  }
  x->count = (uint32_t)((int64_t)x->count + delta);
  return WARTA_OK;
}

/* Counts (delta 1) or uncounts (-1) the words of a person's name, split at
 * single spaces like known_name_token always did. */
static int name_words(warta_doc *d, const char *name, int delta) {
  const char *p = name;
  while (*p) {
    const char *q = strchr(p, ' ');
    size_t m = q ? (size_t)(q - p) : strlen(p);
    if (m && nameword_add(d, p, m, delta) != WARTA_OK) return WARTA_ERR_NOMEM;
    p += m + (q ? 1 : 0);
  }
  return WARTA_OK;
}

/* (The table's answer, for the few words whose bit is set.) */
static __attribute__((noinline)) bool known_word_slow(const warta_doc *d, const char *s, size_t n) {
  const nameword *x = nameword_slot(&d->name_words, word_hash(s, n), s, n);
  return x->h && x->count > 0;
}

/* (Inline: asked some 17,000 times a megabyte, nearly always answered by
 * the bits.) */
static inline __attribute__((always_inline)) bool known_word(const warta_doc *d, const char *s, size_t n) {
  if (!d->name_words.len || !n) return false;
  unsigned bit = nameword_bit(s, n);
  if (!(d->nw_bits[bit >> 6] & (1ull << (bit & 63)))) return false;
  return known_word_slow(d, s, n);
}

/* Entity e's folded name (set by set_name_folded). */
static inline const char *ent_folded(const wt_entity_x *e) {
  return e->flen < sizeof e->fold_in ? e->fold_in : e->folded;
}

/* Gives entity i its name (nlen bytes, already folded to f[0..fl)), with
 * the folded form and map key that lookups compare against; people's name
 * words are recounted.  (key and sig: name_key and, for a person, word_sig
 * of f -- the caller has them from its lookup.  f is in a buffer of
 * NAME_CAP or in a cache's folded[48]: a short name is copied whole
 * fold_in at a time.) */
_Static_assert(sizeof((wt_entity_x *)0)->fold_in <= sizeof((struct wt_namefold *)0)->folded &&
                   sizeof((wt_entity_x *)0)->fold_in <= sizeof((struct wt_canonfold *)0)->folded,
               "a short folded name is read fold_in bytes at a time");
/* (inline: every new entity takes its name here, and eight arguments
 * cost more to pass than the body does to run) */
static inline __attribute__((always_inline)) int set_name_folded(warta_doc *d, uint32_t i, const char *name,
                                                                 size_t nlen, const char *f, size_t fl, uint64_t key,
                                                                 uint64_t sig) {
  wt_entity_x *e = &WT_VEC_AT(d->ents_x, wt_entity_x, i);
  if (e->type == WARTA_PER && e->name && name_words(d, e->name, -1) != WARTA_OK) return WARTA_ERR_NOMEM;
  e->name = name;
  e->nlen = (uint32_t)nlen;
  e->flen = (uint32_t)fl;
  /* (most names fit in the entity: no copy in the arena; the bytes after
   * the NUL that come along are never read) */
  if (fl < sizeof e->fold_in) {
    memcpy(e->fold_in, f, sizeof e->fold_in);
    e->folded = NULL;
  } else {
    char *copy = wt_arena_strndup(&d->arena, f, fl);
    if (!copy) return WARTA_ERR_NOMEM;
    e->folded = copy;
  }
  e->key = key;
  e->sig = e->type == WARTA_PER ? sig : 0; /* (only people's names are compared by words) */
  if (e->type == WARTA_PER && name_words(d, name, 1) != WARTA_OK) return WARTA_ERR_NOMEM;
  if (e->type == WARTA_PER) d->person_gen++; /* (person_for's answers by part are old) */
  return WARTA_OK;
}

/* The entity of this type whose folded name is f[0..fl) (its map key
 * key), by the name map. */
static int32_t folded_is(const warta_doc *d, int type, const char *f, size_t fl, uint32_t i);
static int32_t find_folded(const warta_doc *d, int type, const char *f, size_t fl, uint64_t key) {
  uint32_t i;
  if (!wt_map_get(&d->ent_map, key, &i)) return -1;
  return folded_is(d, type, f, fl, i);
}

/* Entity i (the name map's answer for f) when it is of this type and named
 * f[0..fl), or -1. */
static int32_t folded_is(const warta_doc *d, int type, const char *f, size_t fl, uint32_t i) {
  if (i >= d->ents_x.len) return -1;
  const wt_entity_x *e = &WT_VEC_AT(d->ents_x, wt_entity_x, i);
  if (e->type != type) return -1;
  if (e->flen == fl && !memcmp(f, ent_folded(e), fl)) return (int32_t)i;
  /* (or an acronym the text defined for it, "(BPDP)": definitions() maps
   * it to the body, whose name is the long form) */
  for (size_t k = 0; k < d->mentions.len; k++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, k);
    if (m->entity != (int32_t)i || m->how != MH_ALIAS || m->tok1 > m->tok0 + 2) continue;
    const wt_token *t = wt_tok(d, m->tok0);
    char g[64];
    if (fold(d->text + t->start, wt_tok(d, m->tok1 - 1)->end - t->start, g, sizeof g) == fl && !memcmp(f, g, fl))
      return (int32_t)i;
  }
  return -1;
}

int32_t wt_entity_find(const warta_doc *d, int type, const char *name) {
  char a[NAME_CAP];
  size_t an = fold(name, strlen(name), a, sizeof a);
  return find_folded(d, type, a, an, name_key(type, a, an));
}

/* Registers entity i's current name in the name map. */
static int map_entity(warta_doc *d, uint32_t i) {
  const wt_entity_x *e = &WT_VEC_AT(d->ents_x, wt_entity_x, i);
  return wt_map_put(&d->ent_map, e->key, i) == 0 ? WARTA_OK : WARTA_ERR_NOMEM;
}

/* The person entity a name (tokens [n0, n1)) refers to, by whole name or as a
 * part of a longer name introduced earlier ("Putin" -> "Vladimir Putin").
 * When the new name is longer and contains an existing one, the entity takes
 * the longer name. */
/* The full name a nickname stands for ("Jokowi" -> "Joko Widodo", "Gus Dur"
 * -> "Abdurrahman Wahid", data/people_aliases.lex), when tokens [a, b) are
 * exactly one; else NULL. */
static const char *person_alias(warta_doc *d, uint32_t a, uint32_t b) {
  /* (most names start with a word no nickname starts with) */
  if (!(wt_phrase_unionof(d, a) & LX_PER_ALIAS)) return NULL;
  uint32_t n = 0;
  uint32_t lex = wt_phrase(d, a, b, &n);
  if (n != b - a || !(wt_lex_cls(LX(d), lex) & LX_PER_ALIAS)) return NULL;
  return wt_lex_canon(LX(d), lex);
}

/* A new entity of this type at the end of doc->ents_x (a person joins the
 * chain of people), NULL when out of memory. */
static wt_entity_x *new_entity(warta_doc *d, int type) {
  wt_entity_x *e = WT_VEC_PUSH(&d->ents_x, wt_entity_x);
  if (!e) return NULL;
  e->type = (uint8_t)type;
  if (type == WARTA_PER) {
    e->prev_person = d->last_person;
    d->last_person = (uint32_t)d->ents_x.len;
  }
  return e;
}

/* (the slot of d->namefold for a span) */
static inline struct wt_namefold *namefold_slot(warta_doc *d, uint32_t m0, uint32_t n0, uint32_t n1) {
  return &d->namefold[(m0 * 7u + n0 * 31u + n1) % WT_NAMEFOLD];
}

/* Does a word of the folded name [b, b + bn) end with [a, a + an), two
 * letters or more before it ("khairunnisa" and "nisa"; not the second of
 * two names joined by a hyphen, "dondokambey-steven")? */
static bool word_ends_with(const char *b, size_t bn, const char *a, size_t an) {
  for (size_t i = 0, w = 0; i <= bn; i++) {
    if (i < bn && b[i] != ' ') continue;
    if (i - w >= an + 2 && !memcmp(b + i - an, a, an) && b[i - an - 1] != '-') return true;
    w = i + 1;
  }
  return false;
}

/* A new person first named at byte first, its canonical name canon (a
 * nickname's full name) or src[0, nl), folded f[0, fl) with key and sig,
 * put in the name map; the entity, or -2 on out of memory. */
static int32_t make_person(warta_doc *d, uint32_t first, const char *canon, const char *src, size_t nl,
                           const char *f, size_t fl, uint64_t key, uint64_t sig) {
  wt_entity_x *e = new_entity(d, WARTA_PER);
  if (!e) return -2;
  e->first = first;
  e->lex = LEX_NONE;
  e->intro = -1;
  const char *nm = canon ? canon : wt_arena_strndup(&d->arena, src, nl);
  uint32_t id = (uint32_t)(d->ents_x.len - 1);
  if (!nm || set_name_folded(d, id, nm, nl, f, fl, key, sig) != WARTA_OK) return -2;
  if (map_entity(d, id) != WARTA_OK) return -2;
  return (int32_t)id;
}

/* person_for's body.  (cached: the span's name is in its d->namefold slot,
 * and neither the name map nor d->partcache answered for its key.) */
static __attribute__((noinline)) int32_t person_for_slow(warta_doc *d, uint32_t m0, uint32_t n0, uint32_t n1,
                                                         bool create, bool cached) {
  char abuf[NAME_CAP];
  const char *a = abuf;
  const wt_token *t0 = wt_tok(d, n0), *t1 = wt_tok(d, n1 - 1);
  /* (the same span folded before in this document: its name from the
   * cache, d->namefold) */
  struct wt_namefold *nf = namefold_slot(d, m0, n0, n1);
  /* a nickname, with its title ("Gus Dur") or without ("Jokowi"), is the
   * person's full name */
  const char *canon = NULL;
  size_t an = 0;
  uint64_t key = 0;
  if (cached) {
    canon = nf->canon;
    a = nf->folded;
    an = nf->len;
    key = nf->key;
  } else {
    canon = m0 < n0 ? person_alias(d, m0, n1) : NULL;
    if (!canon) canon = person_alias(d, n0, n1);
  }
  const char *src = canon ? canon : d->text + t0->start;
  size_t nl = canon ? strlen(canon) : t1->end - t0->start;
  if (!cached) {
    an = fold_key(src, nl, abuf, sizeof abuf, WARTA_PER, &key);
    if (!an) return -1;
    if (an < sizeof nf->folded) {
      /* (field by field: the name is copied over only as far as it goes) */
      nf->gen = d->namefold_gen;
      nf->m0 = m0;
      nf->n0 = n0;
      nf->n1 = n1;
      nf->len = (uint32_t)an;
      nf->key = key;
      nf->canon = canon;
      memcpy(nf->folded, abuf, sizeof nf->folded); /* (abuf is longer: one fixed copy) */
      a = nf->folded;
    }
  }
  uint32_t hit;
  if (!cached && wt_map_get(&d->ent_map, key, &hit) && hit < d->ents_x.len) return (int32_t)hit;
  /* part of a longer name, or a longer name for a person known by a part:
   * among the most recent people (a window keeps long documents linear) */
  /* (the name found a part of someone's before, at another span, with no
   * person made or renamed since: the walk below would stop at the same
   * newest person when that one was introduced before this mention) */
  struct wt_partcache *pc = &d->partcache[key % WT_PARTCACHE];
  if (!cached && pc->key == key && pc->person_gen == d->person_gen &&
      WT_VEC_AT(d->ents_x, wt_entity_x, pc->newest).first <= t0->start)
    return pc->newest;
  int32_t newest = -1; /* the first person the walk finds the name a part of */
  int seen = 0;
  uint64_t sig = word_sig(a, an);
  /* (a part names someone introduced before it rather than after: "Pemimpin
   * Korut Kim Jong Un … Kim mengatakan …" with "Kim Yo Jong" named further
   * on; the speaker stage asks when everyone is known.  part: the newest
   * person with the name introduced before the mention, else the newest
   * introduced after it) */
  int32_t part = -1;
  /* (people only, newest first, by their chain) */
  for (uint32_t k = d->last_person; k && seen < 512; k = WT_VEC_AT(d->ents_x, wt_entity_x, k - 1).prev_person) {
    size_t i = k - 1;
    wt_entity_x *e = &WT_VEC_AT(d->ents_x, wt_entity_x, i);
    seen++;
    const char *b = ent_folded(e);
    if (!(sig & ~e->sig) && ((e->flen == an && !memcmp(a, b, an)) || words_subset(a, b))) {
      bool before = e->first <= t0->start;
      if (newest < 0) newest = (int32_t)i;
      if (before || part < 0) part = (int32_t)i;
      if (before) break;
      continue;
    }
    if (!(e->sig & ~sig) && words_subset(b, a)) {
      const char *nm = canon ? canon : wt_arena_strndup(&d->arena, src, nl);
      if (!nm) return -2;
      if (set_name_folded(d, (uint32_t)i, nm, nl, a, an, key, sig) != WARTA_OK) return -2;
      e->intro = -1; /* the fuller name is introduced by the mention being added */
      if (map_entity(d, (uint32_t)i) != WARTA_OK) return -2;
      return (int32_t)i;
    }
  }
  if (newest >= 0) *pc = (struct wt_partcache){key, d->person_gen, newest};
  if (part >= 0) return part;
  /* a short form of one person's given name, named before: "Frans" for
   * Fransiskus Lamuri, "Miftah" for Miftahul Arifin Syukri, or the end of
   * a word of the name, "Nisa" for Aulia Khairunnisa Rahman (one person
   * only; a short form of three letters or more, four for the end of a
   * word: "Yan" for Yanto Priyono) */
  if (n1 == n0 + 1 && an >= 3 && !memchr(a, ' ', an)) {
    int32_t only = -1;
    seen = 0;
    for (uint32_t k = d->last_person; k && seen < 512; k = WT_VEC_AT(d->ents_x, wt_entity_x, k - 1).prev_person) {
      const wt_entity_x *e = &WT_VEC_AT(d->ents_x, wt_entity_x, k - 1);
      seen++;
      const char *b = ent_folded(e);
      const char *sp = memchr(b, ' ', e->flen);
      size_t fw = sp ? (size_t)(sp - b) : e->flen;
      bool prefix = fw >= an + 2 && !memcmp(a, b, an);
      if (e->first > t0->start || !(prefix || (an >= 4 && word_ends_with(b, e->flen, a, an)))) continue;
      if (only >= 0) {
        only = -1;
        break;
      }
      only = (int32_t)(k - 1);
    }
    if (only >= 0) return only;
  }
  if (!create) return -1;
  return make_person(d, t0->start, canon, src, nl, a, an, key, sig);
}

/* Is token i, folded, the first word (or the whole) of person e's name? */
static bool names_first_word(warta_doc *d, int32_t e, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  const wt_entity_x *x = &WT_VEC_AT(d->ents_x, wt_entity_x, e);
  char f[NAME_CAP];
  size_t fl = fold(d->text + t->start, t->end - t->start, f, sizeof f);
  const char *b = ent_folded(x);
  return fl <= x->flen && !memcmp(f, b, fl) && (fl == x->flen || b[fl] == ' ');
}

/* A new person named by token i alone, who takes the word's key in the
 * name map from whoever held it; the entity, -1 when the word has no
 * folded form, -2 on out of memory. */
static int32_t new_person(warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  char f[NAME_CAP];
  uint64_t key;
  size_t fl = fold_key(d->text + t->start, t->end - t->start, f, sizeof f, WARTA_PER, &key);
  if (!fl) return -1;
  return make_person(d, t->start, NULL, d->text + t->start, t->end - t->start, f, fl, key, word_sig(f, fl));
}

/* The person a span names (see above), -1 when none and create is false.
 * (Inline: the speaker stage asks again for spans the entity stage asked
 * for, whose names are in d->namefold and mostly in the name map.) */
static inline __attribute__((always_inline)) int32_t person_for(warta_doc *d, uint32_t m0, uint32_t n0, uint32_t n1,
                                                                bool create) {
  const struct wt_namefold *nf = namefold_slot(d, m0, n0, n1);
  bool cached = nf->gen == d->namefold_gen && nf->m0 == m0 && nf->n0 == n0 && nf->n1 == n1;
  uint32_t hit;
  if (cached) {
    if (wt_map_get(&d->ent_map, nf->key, &hit) && hit < d->ents_x.len) return (int32_t)hit;
    const struct wt_partcache *pc = &d->partcache[nf->key % WT_PARTCACHE];
    if (pc->key == nf->key && pc->person_gen == d->person_gen &&
        WT_VEC_AT(d->ents_x, wt_entity_x, pc->newest).first <= wt_tok(d, n0)->start)
      return pc->newest;
  }
  return person_for_slow(d, m0, n0, n1, create, cached);
}

bool wt_nickname_aside(warta_doc *d, uint32_t i, uint32_t lim) {
  return i + 2 < lim && is_punct(d, i, ',') && (wt_tok_is(d, i + 1, "sapaan") || wt_tok_is(d, i + 1, "panggilan")) &&
         (wt_tok_is(d, i + 2, "akrab") || wt_tok_is(d, i + 2, "akrabnya") || is_cap(d, i + 2));
}

uint32_t wt_post_aside(warta_doc *d, uint32_t i, uint32_t lim) {
  if (i + 2 >= lim || !is_punct(d, i, ',')) return 0;
  /* (most clauses after "Menurut X," open with a word no post or
   * description opens with: no parse for them) */
  if (!(wt_tok(d, i + 1)->flags & TF_CAP) && !(wt_clsof(d, i + 1) & (LX_ROLE | LX_ROLE_COMMON | LX_PERSON_NOUN)) &&
      !wt_tok_is(d, i + 1, "salah") && !wt_tok_is(d, i + 1, "seorang"))
    return 0;
  wt_np ap;
  /* ("seorang pedagang sayur", "salah seorang warga": the description
   * after the article) */
  uint32_t s0 = i + 1;
  if (wt_tok_is(d, s0, "seorang")) s0++;
  else if (s0 + 2 < lim && wt_tok_is(d, s0, "salah") && (wt_tok_is(d, s0 + 1, "seorang") || wt_tok_is(d, s0 + 1, "satu")) &&
           (wt_clsof(d, s0 + 2) & (LX_ROLE | LX_ROLE_COMMON | LX_PERSON_NOUN)))
    s0 += 2;
  if (!wt_np_parse(d, s0, lim, &ap) || !(ap.kind == NP_ROLE || ap.kind == NP_DESC) || ap.n1 != ap.n0 || ap.t1 + 1 >= lim)
    return 0;
  /* (where the person works or is from, up to the comma: "pedagang sayur |
   * di Pasar Minggu,") */
  if (!is_punct(d, ap.t1, ',') &&
      (wt_tok_is(d, ap.t1, "di") || wt_tok_is(d, ap.t1, "dari") || wt_tok_is(d, ap.t1, "asal"))) {
    uint32_t k = ap.t1 + 1;
    while (k < lim && k - ap.t1 <= 6 && is_cap(d, k)) k++;
    if (k > ap.t1 + 1 && k + 1 < lim && is_punct(d, k, ',')) ap.t1 = k;
  }
  if (!is_punct(d, ap.t1, ',')) return 0;
  /* (not the first of a list: "menurut Alwan, pemerintah, Komisi II DPR, dan
   * penyelenggara pemilu harus …") */
  for (uint32_t k = ap.t1 + 1; k < lim && k - ap.t1 <= 8; k++) {
    const wt_token *t = wt_tok(d, k);
    if (is_punct(d, k - 1, ',') && (wt_tok_is(d, k, "dan") || wt_tok_is(d, k, "serta") || wt_tok_is(d, k, "atau")))
      return 0;
    if (is_punct(d, k, '.') || (t->kind == WARTA_TOK_WORD && wt_is_verb_form(LX(d), d->text + t->start, t->end - t->start)))
      break;
  }
  return ap.t1;
}

/* Is the name [n0, t1) given as a nickname: an aside after it
 * (wt_nickname_aside), or "(akrab|biasa|karib) disapa" or "dipanggil"
 * before it? */
static bool nickname_at(warta_doc *d, uint32_t n0, uint32_t t1, uint32_t lim) {
  if (wt_nickname_aside(d, t1, lim)) return true;
  if (n0 < 2) return false;
  /* a stage or pen name: "yang dikenal dengan nama panggung Ballo", "dikenal
   * sebagai Ballo", "nama panggungnya Ballo", "alias Ballo" */
  if (wt_tok_is(d, n0 - 1, "alias") || wt_tok_is(d, n0 - 1, "panggungnya") ||
      (wt_tok_is(d, n0 - 1, "panggung") && wt_tok_is(d, n0 - 2, "nama")) ||
      (wt_tok_is(d, n0 - 1, "sebagai") && wt_tok_is(d, n0 - 2, "dikenal")) ||
      (n0 >= 3 && wt_tok_is(d, n0 - 1, "nama") && wt_tok_is(d, n0 - 2, "dengan") && wt_tok_is(d, n0 - 3, "dikenal")))
    return true;
  return (wt_tok_is(d, n0 - 1, "disapa") || wt_tok_is(d, n0 - 1, "dipanggil")) &&
         (wt_tok_is(d, n0 - 2, "akrab") || wt_tok_is(d, n0 - 2, "biasa") || wt_tok_is(d, n0 - 2, "karib"));
}

/* Does the aside that gives the nickname at token n follow a description
 * of nobody named ("Seorang saksi mata, pria yang akrab disapa Ucok,")? The
 * nickname is then the only name of a person of its own. */
static bool aside_of_nobody(const warta_doc *d, uint32_t n) {
  uint32_t c = n;
  /* (the aside is small words only: "pria yang akrab disapa"; a name in it
   * is the person's, "Bimo Arya Wicaksono atau yang akrab disapa …") */
  while (c > 0 && n - c < 8 && !is_punct(d, c - 1, ',')) {
    /* (nor past a quote's closing mark: the cue after it names the person,
     * "…,” tutur Boni, sapaan akrabnya.") */
    if (is_cap(d, c - 1) || wt_tok(d, c - 1)->kind == WARTA_TOK_QUOTE) return false;
    c--;
  }
  if (c < 2 || !is_punct(d, c - 1, ',') || !is_word(d, c - 2) || (wt_clsof(d, c - 2) & LX_PRONOUN)) return false;
  for (size_t k = d->mentions.len, seen = 0; k-- > 0 && seen < 64; seen++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, k);
    if (m->tok1 == c - 1 && m->type == WARTA_PER) return false;
  }
  return true;
}

/* The person of the last person mention that starts before token i, -1 if none. */
static int32_t last_person_before(const warta_doc *d, uint32_t i) {
  /* (a bounded look back keeps a text full of nicknames linear) */
  for (size_t k = d->mentions.len, seen = 0; k-- > 0 && seen < 256; seen++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, k);
    if (m->tok0 >= i || m->entity < 0) continue;
    if (WT_VEC_AT(d->ents_x, wt_entity_x, m->entity).type == WARTA_PER) return m->entity;
  }
  return -1;
}

/* From a body's head at j: capitalised words, "dan" and an acronym in
 * brackets, up to a comma and a capitalised word after it (the holder's
 * name)?  (At most twelve tokens.) */
static bool body_to_comma(const warta_doc *d, uint32_t j, uint32_t lim) {
  uint32_t k = j;
  while (k < lim && k - j < 12 &&
         (is_cap(d, k) || (k > j && wt_tok_is(d, k, "dan") && k + 1 < lim && is_cap(d, k + 1)) ||
          (is_punct(d, k, '(') && k + 2 < lim && is_upper(d, k + 1) && is_punct(d, k + 2, ')')) ||
          (is_punct(d, k, ')') && k > j && is_upper(d, k - 1))))
    k++;
  return k > j + 1 && k + 1 < lim && is_punct(d, k, ',') && is_cap(d, k + 1);
}

/* Makes the name [a, b) another key of person e ("Emil" for Ridwan Kamil). */
static int alias_person(warta_doc *d, int32_t e, uint32_t a, uint32_t b) {
  char f[NAME_CAP];
  size_t fl = fold(d->text + wt_tok(d, a)->start, wt_tok(d, b - 1)->end - wt_tok(d, a)->start, f, sizeof f);
  if (!fl) return WARTA_OK;
  return wt_map_put(&d->ent_map, name_key(WARTA_PER, f, fl), (uint32_t)e) == 0 ? WARTA_OK : WARTA_ERR_NOMEM;
}

/* The entity of a gazetteer entry (canonical name) or, without one, of the
 * span's own text. */
/* The one body introduced before byte `at` whose folded name is f's with
 * a country after it or "pt " before it (named_entity); -1 when none or
 * more than one. */
static int32_t org_long_form(const warta_doc *d, const char *f, size_t fl, uint32_t at) {
  int32_t only = -1;
  /* (among the latest entities: a body comes back soon after its name) */
  for (size_t k = d->ents_x.len, seen = 0; k-- > 0 && seen < 24; seen++) {
    const wt_entity_x *x = &WT_VEC_AT(d->ents_x, wt_entity_x, k);
    if (x->flen <= fl + 1 || x->type != WARTA_ORG || x->first >= at) continue;
    const char *b = ent_folded(x);
    bool longer = false;
    if (!memcmp(b, f, fl) && b[fl] == ' ') {
      uint32_t lex = wt_lex_find(LX(d), b + fl + 1, x->flen - fl - 1);
      longer = lex != LEX_NONE && (wt_lex_cls2(LX(d), lex) & LX2_COUNTRY);
    } else if (x->flen == fl + 3 && !memcmp(b, "pt ", 3) && !memcmp(b + 3, f, fl)) {
      longer = true;
    }
    if (!longer) continue;
    if (only >= 0) return -1;
    only = (int32_t)k;
  }
  return only;
}

static int32_t named_entity(warta_doc *d, int type, uint32_t lex, uint32_t a, uint32_t b) {
  const char *canon = lex != LEX_NONE ? wt_lex_canon(LX(d), lex) : NULL;
  /* a place is named without its head word: "Provinsi Samar" -> Samar */
  if (!canon && type == WARTA_LOC && b - a > 1) {
    uint32_t n = 0;
    if ((phrase_cls(d, a, b, &n) & LX_LOC_HEAD) && n && a + n < b) a += n;
  }
  const char *src = canon ? canon : d->text + wt_tok(d, a)->start;
  char fbuf[NAME_CAP];
  const char *f = fbuf;
  size_t fl, srclen = 0;
  uint64_t key;
  /* (a gazetteer name folded before: from the cache, d->canonfold) */
  struct wt_canonfold *cf = canon ? &d->canonfold[(lex * 7u + (uint32_t)type) % WT_CANONFOLD] : NULL;
  if (cf && cf->used && cf->lex == lex && cf->type == type) {
    f = cf->folded;
    fl = cf->len;
    key = cf->key;
    srclen = cf->srclen;
  } else {
    srclen = canon ? strlen(canon) : wt_tok(d, b - 1)->end - wt_tok(d, a)->start;
    fl = fold_key(src, srclen, fbuf, sizeof fbuf, type, &key);
    if (cf && fl < sizeof cf->folded) {
      *cf = (struct wt_canonfold){true, lex, type, (uint32_t)srclen, (uint32_t)fl, key, {0}};
      memcpy(cf->folded, fbuf, fl + 1);
    }
  }
  /* (a new name's key goes into the map at once, with the index its
   * entity gets) */
  uint32_t hit;
  int known = wt_map_add(&d->ent_map, key, (uint32_t)d->ents_x.len, &hit);
  if (known < 0) return -2;
  int32_t id = known ? folded_is(d, type, f, fl, hit) : -1;
  if (id >= 0) return id;
  /* a body named again, in two words or more, by a shorter form of the
   * name it was introduced with: without the country after it ("Dewan
   * Konstitusi" for Dewan Konstitusi Perancis) or without its legal form
   * ("Pertamina Patra Niaga" for PT Pertamina Patra Niaga); the name's key
   * then means that body (asked again, the key points at it, whose name is
   * the longer) */
  if (!canon && type == WARTA_ORG && b - a >= 2 && (id = org_long_form(d, f, fl, wt_tok(d, a)->start)) >= 0)
    return known || wt_map_put(&d->ent_map, key, (uint32_t)id) == 0 ? id : -2;
  /* a new entity: the span's text is copied only now */
  const char *name = canon ? canon : wt_arena_strndup(&d->arena, src, srclen);
  if (!name) return -2;
  wt_entity_x *e = new_entity(d, type);
  if (!e) return -2;
  e->first = wt_tok(d, a)->start;
  e->lex = lex;
  e->intro = -1;
  uint64_t sig = type == WARTA_PER ? word_sig(f, fl) : 0;
  if (set_name_folded(d, (uint32_t)(d->ents_x.len - 1), name, srclen, f, fl, key, sig) != WARTA_OK) return -2;
  if (known && map_entity(d, (uint32_t)(d->ents_x.len - 1)) != WARTA_OK) return -2;
  return (int32_t)(d->ents_x.len - 1);
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Sorts keys[0, n): mentions are made nearly in text order, so a short
 * list by insertion, no callbacks. */
static void sort_keys(uint64_t *key, size_t n) {
  if (n > 128) {
    qsort(key, n, sizeof *key, cmp_u64);
    return;
  }
  for (size_t k = 1; k < n; k++) {
    uint64_t x = key[k];
    size_t j = k;
    for (; j > 0 && key[j - 1] > x; j--) key[j] = key[j - 1];
    key[j] = x;
  }
}

int wt_index_mentions(warta_doc *d) {
  size_t n = d->mentions.len, n0 = d->nment_by_tok;
#define KEY(k) ((uint64_t)WT_VEC_AT(d->mentions, wt_mention, k).tok0 << 32 | (uint64_t)(k))
  /* mentions are only ever added and their first token never changes: the
   * few added since the last index (the speaker stage's, for the source
   * stage) are merged into it rather than all sorted again */
  if (d->ment_by_tok && n0 <= n && n - n0 <= 64) {
    size_t add = n - n0;
    if (!add) return WARTA_OK;
    uint64_t key[64];
    for (size_t k = 0; k < add; k++) key[k] = KEY(n0 + k);
    sort_keys(key, add);
    const uint32_t *old = d->ment_by_tok;
    uint32_t *ix = wt_arena_alloc(&d->arena, (n + 1) * sizeof *ix);
    if (!ix) return WARTA_ERR_NOMEM;
    size_t a = 0, b = 0, o = 0;
    while (a < n0 && b < add) ix[o++] = KEY(old[a]) < key[b] ? old[a++] : (uint32_t)key[b++];
    while (a < n0) ix[o++] = old[a++];
    while (b < add) ix[o++] = (uint32_t)key[b++];
    d->ment_by_tok = ix;
    d->nment_by_tok = n;
    return WARTA_OK;
  }
  uint64_t *key = wt_arena_alloc(&d->arena, (n + 1) * sizeof *key);
  uint32_t *ix = wt_arena_alloc(&d->arena, (n + 1) * sizeof *ix);
  if (!key || !ix) return WARTA_ERR_NOMEM;
  for (size_t k = 0; k < n; k++) key[k] = KEY(k);
#undef KEY
  sort_keys(key, n);
  for (size_t k = 0; k < n; k++) ix[k] = (uint32_t)key[k];
  d->ment_by_tok = ix;
  d->nment_by_tok = n;
  return WARTA_OK;
}

size_t wt_mention_seek(const warta_doc *d, uint32_t t, size_t *cur) {
  const uint32_t *ix = d->ment_by_tok;
  size_t n = d->nment_by_tok, c = *cur < n ? *cur : n;
#define TOK0(k) (WT_VEC_AT(d->mentions, wt_mention, ix[k]).tok0)
  /* the callers walk forward through the text: step on from the last
   * answer when it is a few mentions behind, else search */
  if (c < n && TOK0(c) < t) {
    for (int k = 0; k < 8; k++) {
      c++;
      if (c == n || TOK0(c) >= t) return *cur = c;
    }
  } else if (c == 0 || TOK0(c - 1) < t) {
    return *cur = c;
  }
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (TOK0(mid) < t) lo = mid + 1;
    else hi = mid;
  }
#undef TOK0
  return *cur = lo;
}

int32_t wt_mention_find(const warta_doc *d, uint32_t a, uint32_t b) {
  if (!d->ment_at || a >= wt_ntok(d)) return -1;
  for (uint32_t k = d->ment_at[a]; k != UINT32_MAX; k = WT_VEC_AT(d->mentions, wt_mention, k).next_at)
    if (WT_VEC_AT(d->mentions, wt_mention, k).tok1 == b) return (int32_t)k;
  return -1;
}

/* Makes the per-token heads of the mention chains (d->ment_at) for the
 * mentions made so far. */
static int index_mention_starts(warta_doc *d) {
  uint32_t n = wt_ntok(d);
  d->ment_at = wt_arena_alloc(&d->arena, ((size_t)n + 1) * sizeof *d->ment_at);
  if (!d->ment_at) return WARTA_ERR_NOMEM;
  memset(d->ment_at, 0xFF, ((size_t)n + 1) * sizeof *d->ment_at);
  for (size_t k = 0; k < d->mentions.len; k++) {
    wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, k);
    m->next_at = d->ment_at[m->tok0];
    d->ment_at[m->tok0] = (uint32_t)k;
  }
  return WARTA_OK;
}

int32_t wt_org_with_words(const warta_doc *d, uint32_t a, uint32_t b) {
  /* (the latest 400 mentions: the speaker stage's window of salience) */
  for (size_t k = d->mentions.len, seen = 0; k-- > 0 && seen < 400; seen++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, k);
    /* (a named body, longer than the words: not the head alone, "”Mahkamah
     * tidak menemukan …”", nor a lower-case mention, "kementerian itu") */
    if (m->tok0 >= a || m->entity < 0 || m->type != WARTA_ORG || m->tok1 - m->tok0 <= b - a ||
        !(wt_tok(d, m->tok0)->flags & TF_CAP))
      continue;
    bool same = true;
    for (uint32_t i = 0; i < b - a && same; i++) {
      const wt_token *x = wt_tok(d, a + i), *y = wt_tok(d, m->tok0 + i);
      same = x->end - x->start == y->end - y->start && !strncasecmp(d->text + x->start, d->text + y->start, x->end - x->start);
    }
    if (same) return m->entity;
  }
  return -1;
}

/* A body's head alone, capitalised, with a demonstrative after it ("Kantor
 * itu juga menuding …"): the body last named with that head, or -1. */
int32_t wt_org_head_itu(const warta_doc *d, uint32_t i, uint32_t lim) {
  if (i + 1 >= lim || !(wt_tok_is(d, i + 1, "itu") || wt_tok_is(d, i + 1, "tersebut")) ||
      !(wt_tok(d, i)->flags & TF_CAP))
    return -1;
  uint32_t n = 0;
  uint64_t c = wt_lex_cls(LX(d), wt_phrase((warta_doc *)d, i, i + 1, &n));
  if (n != 1 || !(c & LX_ORG_HEAD) || (c & LX_ORG)) return -1;
  return wt_org_with_words(d, i, i + 1);
}

/* wt_add_mention's body, inline where noun phrases are registered (its
 * hottest caller, wt_np_register). */
static inline __attribute__((always_inline)) int add_mention(warta_doc *d, uint32_t a, uint32_t b, int32_t ent,
                                                             int type, int how) {
  if (b <= a) return WARTA_OK;
  if (!d->ment_at && index_mention_starts(d) != WARTA_OK) return WARTA_ERR_NOMEM;
  /* the same span once: the mentions at a are chained from d->ment_at
   * (a token starts few) */
  uint32_t idx = (uint32_t)d->mentions.len;
  int32_t have = wt_mention_find(d, a, b);
  if (have >= 0) {
    wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, have);
    if (m->entity < 0) m->entity = ent;
    return WARTA_OK;
  }
  wt_mention *m = WT_VEC_PUSH(&d->mentions, wt_mention);
  if (!m) return WARTA_ERR_NOMEM;
  m->next_at = d->ment_at[a];
  d->ment_at[a] = idx;
  m->tok0 = a;
  m->tok1 = b;
  m->start = wt_tok(d, a)->start;
  m->end = wt_tok(d, b - 1)->end;
  m->entity = ent;
  m->type = (uint8_t)type;
  m->how = (uint8_t)how;
  /* the first mention that names a person in full introduces them */
  if (type == WARTA_PER && ent >= 0 && how != MH_PRONOUN && how != MH_ROLE) {
    wt_entity_x *e = &WT_VEC_AT(d->ents_x, wt_entity_x, ent);
    size_t nl = e->name ? e->nlen : 0;
    if (nl && m->end - m->start >= nl && !memcmp(d->text + m->end - nl, e->name, nl) &&
        (e->intro < 0 || WT_VEC_AT(d->mentions, wt_mention, e->intro).tok0 > a))
      e->intro = (int32_t)idx;
  }
  return WARTA_OK;
}

int wt_add_mention(warta_doc *d, uint32_t a, uint32_t b, int32_t ent, int type, int how) {
  return add_mention(d, a, b, ent, type, how);
}

/* Does a relation ("kuasa hukum", "istri") open the role at token k? Its
 * client stays in the role: "kuasa hukum Joko Tjandra". */
static bool relation_role(warta_doc *d, uint32_t k, uint32_t lim) {
  uint32_t n = 0;
  uint32_t lex = wt_phrase(d, k, lim, &n);
  return n && (wt_lex_cls2(LX(d), lex) & LX2_ROLE_REL);
}

/* A body found after the role that held it, at token at: the roles of ent
 * that run over it end at byte cut, and a role that becomes a copy of
 * another goes. */
static void trim_roles_before(warta_doc *d, int32_t ent, uint32_t at, uint32_t cut) {
  uint32_t s = wt_tok(d, at)->start;
  for (size_t i = 0; i < d->attrs.len; i++) {
    wt_attr *x = &WT_VEC_AT(d->attrs, wt_attr, i);
    if (x->entity != ent || x->affil || !(x->start < s && s < x->end) || cut <= x->start) continue;
    uint32_t k = at;
    while (k > 0 && wt_tok(d, k)->start > x->start) k--;
    if (relation_role(d, k, at)) continue;
    x->end = cut;
    bool copy = false;
    for (size_t j = 0; j < d->attrs.len && !copy; j++) {
      const wt_attr *y = &WT_VEC_AT(d->attrs, wt_attr, j);
      copy = j != i && y->entity == ent && !y->affil && y->start == x->start && y->end == cut;
    }
    if (copy) {
      memmove(x, x + 1, (d->attrs.len - i - 1) * sizeof *x);
      d->attrs.len--;
      i--;
    }
  }
}

/* One of 64 bits for an attribute's first byte (wt_entity_x.affil_bits). */
static inline uint64_t start_bit(uint32_t start) { return 1ull << ((start * 0x9E3779B1u) >> 26); }

/* Does role [a, b) end in a place: a known one, or capitalised words after
 * a unit of administration ("Desa Sukamaju") or a link word ("di", "dari",
 * "asal")? */
static bool place_before(warta_doc *d, uint32_t a, uint32_t b) {
  uint32_t k = b;
  while (k > a + 1 && b - k < 5 && is_cap(d, k - 1)) k--;
  for (uint32_t j = k; j < b; j++) {
    uint32_t n = 0;
    uint64_t c = phrase_cls(d, j, b, &n);
    if ((c & LX_LOC) && j + n == b) return true;
    if (c & LX_LOC_HEAD) return true;
  }
  return !is_cap(d, k - 1) && place_link(d, k - 1);
}

/* From token b, a comma: the end of the places that follow in commas, each
 * a known place or a unit of administration and its name, each followed by
 * a comma, a bracket, the sentence's end or a word in small letters; else
 * b. */
static uint32_t places_in_commas(warta_doc *d, uint32_t b) {
  uint32_t ntok = wt_ntok(d);
  while (b + 1 < ntok && is_punct(d, b, ',') && is_cap(d, b + 1) && !(wt_tok(d, b + 1)->flags & TF_SENT_START)) {
    uint32_t lim = b + 6 < ntok ? b + 6 : ntok, n = 0, e = b + 1;
    uint64_t c = phrase_cls(d, b + 1, lim, &n);
    if (c & LX_LOC_HEAD) {
      e = b + 2;
      while (e < lim && is_cap(d, e)) e++;
      if (e == b + 2) break;
    } else if ((c & LX_LOC) && n) {
      e = b + 1 + n;
    } else {
      break;
    }
    if (e < ntok && !(wt_tok(d, e)->flags & TF_SENT_START) && wt_tok(d, e)->kind != WARTA_TOK_PUNCT &&
        (is_cap(d, e) || wt_tok(d, e)->kind != WARTA_TOK_WORD))
      break;
    b = e;
  }
  return b;
}

/* Does a role read up to byte end go on with places, where the person
 * is or comes from: ", Kelurahan …", " di …", " asal …", " dari …", and
 * after an everyday description (common) a capitalised word, " Kelurahan
 * Menteng"? */
static bool place_goes_on(const warta_doc *d, uint32_t end, bool common) {
  const char *t = d->text + end;
  size_t n = d->len - end;
  return (n > 0 && t[0] == ',') || (n > 4 && !memcmp(t, " di ", 4)) || (n > 6 && !memcmp(t, " asal ", 6)) ||
         (n > 6 && !memcmp(t, " dari ", 6)) || (common && n > 2 && t[0] == ' ' && t[1] >= 'A' && t[1] <= 'Z');
}

int wt_add_attr(warta_doc *d, int32_t ent, uint32_t a, uint32_t b, bool affil) {
  /* a role ends at a word, not at the link to what follows it: "nelayan
   * asal | Kelurahan Petoaha", "Wakil Duta Besar Rusia untuk | PBB"; nor
   * at "setempat", where it is ("Ketua RT | setempat"), or "lain(nya)",
   * one more of them ("warga | lainnya", "penumpang | lain") */
  while (!affil && b > a + 1 &&
         (wt_tok_is(d, b - 1, "asal") || wt_tok_is(d, b - 1, "untuk") || wt_tok_is(d, b - 1, "dari") ||
          wt_tok_is(d, b - 1, "di") || wt_tok_is(d, b - 1, "pada") || wt_tok_is(d, b - 1, "setempat") ||
          wt_tok_is(d, b - 1, "lainnya") || wt_tok_is(d, b - 1, "lain")))
    b--;
  /* a territorial command's number and area are one code, the post's:
   * "Dandim 0402/OKI", not "Dandim 0402/" of "OKI" */
  if (!affil && b >= a + 2 && b < wt_ntok(d) && is_punct(d, b - 1, '/') && !(wt_tok(d, b)->flags & TF_SPACE_BEFORE) &&
      wt_tok(d, b - 2)->kind == WARTA_TOK_NUMBER)
    while (b < wt_ntok(d) && is_word(d, b) && !(wt_tok(d, b)->flags & TF_SPACE_BEFORE)) b++;
  if (affil && a >= 2 && is_punct(d, a - 1, '/') && !(wt_tok(d, a)->flags & TF_SPACE_BEFORE) &&
      wt_tok(d, a - 2)->kind == WARTA_TOK_NUMBER)
    return WARTA_OK;
  /* a role that ends in a place goes on over the larger places after it in
   * commas: "warga Desa Kuala Panduk, | Kecamatan Teluk Meranti,", "warga
   * Depok, | Jawa Barat," (not over a name: "warga Bekasi, Andi") */
  if (!affil && b > a + 1 && b + 1 < wt_ntok(d) && is_punct(d, b, ',') && is_cap(d, b + 1) && is_cap(d, b - 1) &&
      place_before(d, a, b))
    b = places_in_commas(d, b);
  /* (the place a description is of and where one comes from stay in it:
   * "petani merica dari Desa Loeha", "wisatawan asal Klaten", as "tokoh
   * agama di Intan Jaya" and "Kepala Desa Cibodas" keep theirs) */
  if (b <= a || ent < 0) return WARTA_OK;
  /* "mantan" right before a post is part of it: "mantan | pesepak bola
   * nasional Jefri Ohorella" (a former post is another post) */
  if (!affil && a > 0 && former_word(d, a - 1) &&
      wt_tok(d, a - 1)->end + 1 == wt_tok(d, a)->start)
    a--;
  /* (where one lives is no body: "warga | Kelurahan Sendangmulyo", a unit
   * of administration, grammar.lex loc_admin) */
  if (affil && (wt_lex_cls2(LX(d), wt_lexof(d, a)) & LX2_LOC_ADMIN)) return WARTA_OK;
  /* (where one posts is no post: "tulis akun @infobekasi_24") */
  if (!affil && b == a + 1 && (wt_lex_cls2(LX(d), wt_lexof(d, a)) & LX2_CHANNEL)) return WARTA_OK;
  /* a post never holds the person's own body: read once as "CEO Kitabisa"
   * and once as "CEO" of "Kitabisa", the role is "CEO" */
  /* (the walks over all the attributes below are taken only when the
   * entity's own bounds and bits say one of its attributes may matter: a
   * body starting at a word of the role, a role running over where this
   * starts, one starting at the same byte.  The entity stage goes through
   * the text in order, so mostly none may.) */
  wt_entity_x *owner = &WT_VEC_AT(d->ents_x, wt_entity_x, ent);
  uint32_t s = wt_tok(d, a)->start;
  bool body_inside = false;
  for (uint32_t k = a + 1; !affil && k < b && !body_inside; k++)
    body_inside = owner->affil_bits & start_bit(wt_tok(d, k)->start);
  int rel = -1; /* relation_role(d, a, b) once asked, for this b */
  for (size_t i = 0; body_inside && i < d->attrs.len; i++) {
    const wt_attr *x = &WT_VEC_AT(d->attrs, wt_attr, i);
    if (x->entity != ent || !x->affil) continue;
    /* (a relation's client stays in it: asked only at a body of the
     * person's, and once until the role is cut) */
    if (rel < 0) rel = relation_role(d, a, b);
    if (rel) break;
    if (x->start > s && x->start < wt_tok(d, b - 1)->end)
      for (uint32_t k = a + 1; k < b; k++)
        if (wt_tok(d, k)->start == x->start) {
          b = k;
          rel = -1;
        }
  }
  uint32_t e = wt_tok(d, b - 1)->end;
  if (affil && a > 0 && owner->role_end_max > s) trim_roles_before(d, ent, a, wt_tok(d, a - 1)->end);
  size_t nattrs = owner->attr_start_max >= s ? d->attrs.len : 0;
  bool common = !affil && nattrs && (wt_clsof(d, a) & LX_ROLE_COMMON);
  for (size_t i = 0; i < nattrs; i++) {
    wt_attr *x = &WT_VEC_AT(d->attrs, wt_attr, i);
    if (x->entity == ent && x->affil == affil && x->start == s && x->end == e) return WARTA_OK;
    /* (the same role read twice, once with the places after it: "Kepala
     * Dusun Nglahar" and "Kepala Dusun Nglahar, Kelurahan Sumbersari,
     * Kecamatan Moyudan" -- the longer reading stays) */
    /* (or with where the person is: "pedagang sayur" and "pedagang sayur
     * di Pasar Sukaramai") */
    if (x->entity == ent && !affil && !x->affil && x->start == s) {
      if (e > x->end && place_goes_on(d, x->end, common)) {
        x->end = e;
        if (e > owner->role_end_max) owner->role_end_max = e;
        return WARTA_OK;
      }
      if (e < x->end && place_goes_on(d, e, common)) return WARTA_OK;
    }
  }
  wt_attr *x = WT_VEC_PUSH(&d->attrs, wt_attr);
  if (!x) return WARTA_ERR_NOMEM;
  x->start = s;
  x->end = e;
  x->entity = ent;
  x->affil = affil;
  if (s > owner->attr_start_max) owner->attr_start_max = s;
  if (affil) owner->affil_bits |= start_bit(s);
  if (!affil && e > owner->role_end_max) owner->role_end_max = e;
  return WARTA_OK;
}

static int type_of(int kind) {
  switch (kind) {
  case NP_ORG: return WARTA_ORG;
  case NP_LOC: return WARTA_LOC;
  case NP_MEDIA: return WARTA_MEDIA;
  default: return WARTA_PER;
  }
}

/* Is [n0, n1) the whole name of entity e (not a part of it)? */
static bool full_name(const warta_doc *d, int32_t e, uint32_t n0, uint32_t n1) {
  char buf[NAME_CAP];
  const wt_token *t0 = wt_tok(d, n0), *t1 = wt_tok(d, n1 - 1);
  const wt_entity_x *x = &WT_VEC_AT(d->ents_x, wt_entity_x, e);
  return folded_eq(d->text + t0->start, t1->end - t0->start, ent_folded(x), x->flen, buf);
}

/* Registers the mentions of a parsed noun phrase.  Returns the person entity
 * (or -1), -2 on out of memory. */
int32_t wt_np_register(warta_doc *d, const wt_np *np) {
  int32_t ent = -1;
  if (np->kind == NP_PER) {
    size_t before = d->ents_x.len;
    ent = person_for(d, np->m0, np->n0, np->n1, true);
    if (ent == -2) return -2;
    /* a one-word name given with an age in brackets introduces someone:
     * not the person it is only a later word of ("Salah seorang deportan,
     * Rahman (38)," after "Mohd Faizal Abdul Rahman"), whom it stops naming
     * (a given name is the person's own, "kata Semuel (45)" after "Semuel
     * Pandeirot", as is a nickname, "atau akrab disapa Aling (45)") */
    if (ent >= 0 && d->ents_x.len == before && np->n1 == np->n0 + 1 && np->m0 == np->n0 &&
        wt_age_at(d, np->n1, wt_ntok(d)) && !names_first_word(d, ent, np->n0) &&
        !nickname_at(d, np->n0, np->n1, wt_ntok(d)) && !(np->n0 > 0 && wt_tok_is(d, np->n0 - 1, "atau"))) {
      int32_t fresh = new_person(d, np->n0);
      if (fresh == -2) return -2;
      if (fresh >= 0) ent = fresh;
    }
    int how = np->m0 < np->n0 ? MH_TITLED : MH_NAME;
    uint32_t m0 = np->m0;
    /* a person already introduced, named again by role and name ("Presiden
     * Putin", "Pemimpin Kim"): the role is part of how they are named here */
    if (d->ents_x.len == before && np->r1 > np->r0 && np->r1 == np->m0 && np->a1 == np->a0 &&
        !full_name(d, ent, np->n0, np->n1)) {
      m0 = np->r0;
      how = MH_TITLED;
    }
    if (add_mention(d, m0, np->n1, ent, WARTA_PER, how) != WARTA_OK) return -2;
    /* (a gelar adat after the name names the person too: later "Datuak
     * Rajo Batuah" alone is Zulfikar Hamdani, whose gelar it is) */
    if (np->n1 + 1 < np->t1 && gelar_word(d, np->n1)) {
      char f[NAME_CAP];
      uint64_t key;
      const wt_token *g = wt_tok(d, np->n1 + 1);
      size_t fl = fold_key(d->text + g->start, wt_tok(d, np->t1 - 1)->end - g->start, f, sizeof f, WARTA_PER, &key);
      if (fl && wt_map_put(&d->ent_map, key, (uint32_t)ent) != 0) return -2;
    }
    if (np->r1 > np->r0 && wt_add_attr(d, ent, np->r0, np->r1, false) != WARTA_OK) return -2;
    if (np->a1 > np->a0 && wt_add_attr(d, ent, np->a0, np->a1, true) != WARTA_OK) return -2;
  } else if (np->kind == NP_ORG || np->kind == NP_LOC || np->kind == NP_MEDIA) {
    int type = type_of(np->kind);
    ent = -1;
    /* "Badan Perencanaan Pembangunan Nasional (Bappenas)": the organisation
     * its acronym was defined as (definitions() ran first) */
    /* (or its head and acronym: "… Seluruh Indonesia (PP PBSI)") */
    uint32_t pl = paren_tail(d, np->m0, np->t1);
    if (pl) {
      const wt_token *t = wt_tok(d, np->t1 - pl + 1);
      char f[64];
      size_t fl = fold(d->text + t->start, wt_tok(d, np->t1 - 2)->end - t->start, f, sizeof f);
      uint32_t hit;
      if (fl && wt_map_get(&d->ent_map, name_key(type, f, fl), &hit) && hit < d->ents_x.len) ent = (int32_t)hit;
    }
    if (ent < 0) ent = named_entity(d, type, np->lex, np->m0, np->t1);
    if (ent == -2) return -2;
    if (add_mention(d, np->m0, np->t1, ent, type, MH_NAME) != WARTA_OK) return -2;
    return ent;
  }
  /* the affiliation is an organisation of its own too */
  if (np->a1 > np->a0) {
    /* (without the acronym in brackets after it, which is a mention of its
     * own: "Badan Kepegawaian Negara (BKN)" is the one body the lexicon
     * knows, not a second) */
    uint32_t b = np->a1 - paren_tail(d, np->a0, np->a1);
    uint32_t n;
    uint32_t lex = wt_phrase(d, np->a0, b, &n);
    uint64_t c = wt_lex_cls(LX(d), lex);
    int type = (c & LX_MEDIA) ? WARTA_MEDIA : (c & LX_LOC) && !(c & LX_ORG) ? WARTA_LOC : WARTA_ORG;
    int32_t o = named_entity(d, type, n == b - np->a0 ? lex : LEX_NONE, np->a0, b);
    if (o == -2 || add_mention(d, np->a0, b, o, type, MH_NAME) != WARTA_OK) return -2;
  }
  return ent;
}

int32_t wt_gazetteer_mention(warta_doc *d, uint32_t lex, uint32_t a, uint32_t b, int type) {
  int32_t e = named_entity(d, type, lex, a, b);
  if (e == -2 || wt_add_mention(d, a, b, e, type, MH_NAME) != WARTA_OK) return -2;
  for (size_t i = d->mentions.len; i-- > 0;)
    if (WT_VEC_AT(d->mentions, wt_mention, i).tok0 == a && WT_VEC_AT(d->mentions, wt_mention, i).tok1 == b)
      return (int32_t)i;
  return -2;
}

int32_t wt_new_mention_entity(warta_doc *d, uint32_t a, uint32_t b, int type) {
  int32_t e = named_entity(d, type, LEX_NONE, a, b);
  if (e == -2 || wt_add_mention(d, a, b, e, type, MH_NAME) != WARTA_OK) return -2;
  for (size_t i = d->mentions.len; i-- > 0;)
    if (WT_VEC_AT(d->mentions, wt_mention, i).tok0 == a && WT_VEC_AT(d->mentions, wt_mention, i).tok1 == b)
      return (int32_t)i;
  return -2;
}

/* Places and organisations named inside a role ("Pemimpin Republik
 * Demokratik Rakyat Korea (DPRK)", "Wali Kota Surabaya") and acronyms in
 * brackets after a name ("(DPRK)") are mentions of their own. */
static int gazetteer_mentions(warta_doc *d, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b;) {
    uint32_t n = 0;
    uint32_t lex = wt_phrase(d, i, b, &n);
    uint64_t c = wt_lex_cls(LX(d), lex);
    if (n && (c & (LX_LOC | LX_ORG | LX_MEDIA)) && (is_cap(d, i) || is_upper(d, i)) && !(c & LX_ROLE)) {
      int type = (c & LX_MEDIA) ? WARTA_MEDIA : (c & LX_ORG) ? WARTA_ORG : WARTA_LOC;
      int32_t e = named_entity(d, type, lex, i, i + n);
      if (e == -2 || wt_add_mention(d, i, i + n, e, type, (c & LX_ALIAS) ? MH_ALIAS : MH_NAME) != WARTA_OK)
        return WARTA_ERR_NOMEM;
      i += n;
    } else {
      i++;
    }
  }
  return WARTA_OK;
}

/* Between a role phrase and the name it belongs to, only commas and a
 * locative phrase: "Ketua Kelompok Tani X di Kabupaten Jember, Jawa Timur,
 * Mashuri". */
/* Is [a, b) a noun of bodies with its field in lower case, then the body's
 * name in capitals up to b ("lembaga riset keamanan siber | CISSReC")?
 * *body gets where the name starts. */
static bool org_noun_body(warta_doc *d, uint32_t a, uint32_t b, uint32_t *body, uint32_t *body_end) {
  /* (after "dari" or "di": "Juru bicara dari organisasi Clean Air Network") */
  if (a + 1 < b && (wt_tok_is(d, a, "dari") || wt_tok_is(d, a, "di"))) a++;
  if (a >= b || !(wt_lex_cls2(LX(d), wt_lexof(d, a)) & LX2_ORG_NOUN) || (wt_tok(d, a)->flags & TF_CAP)) return false;
  uint32_t k = a + 1;
  while (k < b && k - a < 5 && wt_tok(d, k)->kind == WARTA_TOK_WORD && !(wt_tok(d, k)->flags & TF_CAP) &&
         !(wt_clsof(d, k) & (LX_NP_STOP | LX_CUE | LX_CLAUSE_CONJ | LX_STOP)))
    k++;
  if (k >= b || !is_cap(d, k)) return false;
  *body_end = b;
  for (uint32_t w = k; w < b; w++) {
    /* (where the body is comes after it: "… Eurasia Center | di Berlin,") */
    if (w > k && wt_tok_is(d, w, "di") && w + 1 < b && (phrase_cls(d, w + 1, b, &(uint32_t){0}) & LX_LOC) &&
        *body_end == b) {
      *body_end = w;
      continue;
    }
    if (!(is_cap(d, w) || is_upper(d, w) || wt_tok_is(d, w, "and") || is_amp(d, w) || is_punct(d, w, '(') ||
          is_punct(d, w, ')')))
      return false;
  }
  *body = k;
  return true;
}

/* Is [a, b) a few lower-case words with a number that complete a role or
 * its body ("Ketua Tim Pemenangan | paslon nomor urut 2, Firmansyah …,",
 * "Ketua DPRD | periode 2019-2024, …,")? */
static bool numbered_tail(warta_doc *d, uint32_t a, uint32_t b) {
  if (a >= b || b - a > 5) return false;
  bool num = false;
  for (uint32_t k = a; k < b; k++) {
    const wt_token *t = wt_tok(d, k);
    if (t->kind == WARTA_TOK_NUMBER) {
      num = true;
      continue;
    }
    if (t->kind != WARTA_TOK_WORD || (t->flags & TF_CAP) ||
        (wt_clsof(d, k) & (LX_CUE | LX_NP_STOP | LX_CLAUSE_CONJ | LX_PRONOUN)) ||
        wt_is_verb_form(LX(d), d->text + t->start, t->end - t->start))
      return false;
  }
  return num;
}

/* Is [a, b) one place, a known one or capitalised words with a place's
 * head ("Kota Kinabalu", "Kamboja", "Davao City")? */
static bool post_place_after(warta_doc *d, uint32_t a, uint32_t b) {
  uint32_t n = 0;
  uint64_t c = phrase_cls(d, a, b, &n);
  if (!n || !(c & (LX_LOC | LX_LOC_HEAD))) return false;
  for (uint32_t k = a + n; k < b; k++)
    if (!is_cap(d, k) || wt_tok(d, k)->kind != WARTA_TOK_WORD) return false;
  return b - a <= 4;
}

/* [a, b) a member's electoral district between the body and the comma
 * before the name: "Anggota Komisi XII DPR RI | dari daerah pemilihan
 * Maluku Utara |, Rusdi Hamid Tuasikal," ("dari dapil Jawa Barat II"). */
static bool district_between(warta_doc *d, uint32_t a, uint32_t b) {
  if (b < a + 3 || b - a > 9 || !wt_tok_is(d, a, "dari")) return false;
  uint32_t k = a + 1;
  if (wt_tok_is(d, k, "daerah") && k + 1 < b && wt_tok_is(d, k + 1, "pemilihan")) k += 2;
  else if (wt_tok_is(d, k, "dapil")) k++;
  else return false;
  if (k >= b) return false;
  for (; k < b; k++)
    if (!is_cap(d, k) && wt_tok(d, k)->kind != WARTA_TOK_NUMBER && !is_punct(d, k, ',')) return false;
  return true;
}

/* [a, b) the capacity a body's official speaks in, between the body and
 * the comma before the name: "Direktur Pemasaran PT Cahaya Panggung
 * Indonesia | selaku promotor |, Melinda Kusuma," -- "selaku" or "sebagai"
 * and up to four words in lower case. */
static bool capacity_between(warta_doc *d, uint32_t a, uint32_t b) {
  if (b < a + 2 || b - a > 5 || !(wt_tok_is(d, a, "selaku") || wt_tok_is(d, a, "sebagai"))) return false;
  for (uint32_t w = a + 1; w < b; w++)
    if (wt_tok(d, w)->kind != WARTA_TOK_WORD || (wt_tok(d, w)->flags & TF_CAP) ||
        (wt_clsof(d, w) & (LX_CUE | LX_CLAUSE_CONJ | LX_NP_STOP)))
      return false;
  return true;
}

/* A body named right before "melalui" and the role at r: "Kementerian
 * Lingkungan Hidup (KLH) melalui | Deputi …". Fills [*a, *b) with the
 * body's name. */
static bool body_through(warta_doc *d, uint32_t s0, uint32_t r, uint32_t *a, uint32_t *b) {
  if (r < s0 + 2 || !wt_tok_is(d, r - 1, "melalui")) return false;
  uint32_t e = r - 1, k = e;
  if (k >= s0 + 3 && is_punct(d, k - 1, ')') && is_punct(d, k - 3, '(')) k -= 3; /* its acronym */
  uint32_t st = k;
  while (st > s0 && k - st < 12 && (is_cap(d, st - 1) || wt_tok_is(d, st - 1, "dan"))) st--;
  if (st == k) return false;
  wt_np np;
  if (!wt_np_parse(d, st, e, &np) || np.kind != NP_ORG) return false;
  *a = np.m0;
  *b = k;
  return true;
}

static bool only_places_between(warta_doc *d, uint32_t a, uint32_t b) {
  if (a >= b) return a == b;
  /* (or the body the role is from: "Anggota DPRD DKI Jakarta dari Fraksi
   * PKS, Hj. Nurul Fadilah,") */
  /* (or "untuk PLACE": "Wakil Duta Besar Palestina untuk Indonesia, Rami
   * Haddad,") */
  /* (or where the person is from: "Pelatih Persib Bandung asal Belanda,
   * Ruud Verhoeven,", "Pemain Feyenoord keturunan Indonesia, Jairo …,") */
  if (!is_punct(d, a, ',') && !wt_tok_is(d, a, "di") && !wt_tok_is(d, a, "dari") && !wt_tok_is(d, a, "untuk") &&
      !wt_tok_is(d, a, "asal") && !wt_tok_is(d, a, "keturunan"))
    return false;
  /* (or a body named before, pointed back to: "Anggota Komisi II dari
   * fraksi tersebut, Yohana Marbun,") */
  if (b - a >= 3 && b - a <= 4 && (wt_tok_is(d, a, "di") || wt_tok_is(d, a, "dari")) &&
      (wt_tok_is(d, b - 1, "tersebut") || wt_tok_is(d, b - 1, "itu") || wt_tok_is(d, b - 1, "ini"))) {
    bool plain = true;
    for (uint32_t k = a + 1; k + 1 < b && plain; k++)
      plain = wt_tok(d, k)->kind == WARTA_TOK_WORD && !(wt_tok(d, k)->flags & (TF_CAP | TF_UPPER));
    if (plain) return true;
  }
  for (uint32_t k = a; k < b; k++) {
    const wt_token *t = wt_tok(d, k);
    if (t->kind == WARTA_TOK_PUNCT && t->ch == ',') continue;
    if (wt_tok_is(d, k, "di") || wt_tok_is(d, k, "dari") || wt_tok_is(d, k, "untuk") || wt_tok_is(d, k, "asal") ||
        wt_tok_is(d, k, "keturunan"))
      continue;
    /* (a plain word or two before the place's name: "di | kawasan | Pantai
     * Oeba") */
    if (k <= a + 2 && wt_tok_is(d, a, "di") && plain_lower(d, k)) continue;
    /* (a given name may be part of a body's name after "dari": "dari
     * Universitas Islam Negeri (UIN) Syarif Hidayatullah Jakarta") */
    if (t->kind == WARTA_TOK_WORD && (t->flags & (TF_CAP | TF_UPPER)) && (!is_name_hint(d, k) || wt_tok_is(d, a, "dari")))
      continue;
    /* (a body's own name may hold glue words and its acronym: "dari Centre
     * for Strategic and International Studies (CSIS) Jakarta") */
    if (k > a && (name_glue(d, k) || is_punct(d, k, '(') || is_punct(d, k, ')'))) continue;
    /* (and a place's Arabic article: "di Deir al-Balah") */
    if (k > a && t->kind == WARTA_TOK_WORD && (t->flags & TF_HYPHEN) && k + 1 <= b && is_cap(d, k - 1) &&
        (d->text[t->start] == 'a' || d->text[t->start] == 'e') && t->end - t->start > 3 &&
        (d->text[t->start + 2] == '-' || d->text[t->start + 3] == '-'))
      continue;
    return false;
  }
  return true;
}

/* Places after di/ke/dari that no gazetteer knows: "di Vostochny Cosmodrome". */
static bool place_context(warta_doc *d, uint32_t i, uint32_t s0) {
  if (i <= s0 || (wt_phrase_unionof(d, i) & LX_PER_ALIAS)) return false; /* "dari Gus Dur" */
  /* (a word of nearness or of places between: "di sekitar Omdurman") */
  if (i >= s0 + 2 && (wt_tok_is(d, i - 1, "sekitar") || (wt_lex_cls2(LX(d), wt_lexof(d, i - 1)) & LX2_LOC_NOUN)) &&
      (wt_tok_is(d, i - 2, "di") || wt_tok_is(d, i - 2, "ke") || wt_tok_is(d, i - 2, "dari")))
    return true;
  return wt_tok_is(d, i - 1, "di") || wt_tok_is(d, i - 1, "ke") || wt_tok_is(d, i - 1, "dari") ||
         wt_tok_is(d, i - 1, "kota") || wt_tok_is(d, i - 1, "provinsi") || wt_tok_is(d, i - 1, "kabupaten") ||
         wt_tok_is(d, i - 1, "desa") || wt_tok_is(d, i - 1, "kecamatan") || wt_tok_is(d, i - 1, "wilayah");
}

/* Is token i (a word after a comma) the wider place of a place phrase
 * before the comma, "di Paviliun Indonesia, Belém,": a preposition of place
 * and capitalised words only, up to the comma? */
static bool place_after_place(warta_doc *d, uint32_t i, uint32_t s0) {
  if (i < s0 + 3 || !is_punct(d, i - 1, ',')) return false;
  uint32_t a = i - 1;
  while (a > s0 && i - 1 - a < 6 && is_cap(d, a - 1)) a--;
  return a < i - 1 && a > s0 && (wt_tok_is(d, a - 1, "di") || wt_tok_is(d, a - 1, "ke") || wt_tok_is(d, a - 1, "dari"));
}

static inline char lower_ascii_c(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

/* Do the capitalised words [a, b) spell acr[k..n), each word giving the
 * first one or more letters of itself (case-insensitive)?  Initials spell
 * "LIPI"; syllables spell Indonesian acronyms: "Badan Perencanaan
 * Pembangunan Nasional" -> "Bappenas", "Analisis Mengenai Dampak
 * Lingkungan" -> "Amdal". */
static bool spells_from(const warta_doc *d, uint32_t a, uint32_t b, const char *acr, size_t k, size_t n) {
  while (a < b && (wt_tok(d, a)->kind == WARTA_TOK_PUNCT || !(wt_tok(d, a)->flags & TF_CAP))) a++; /* ",", "dan" */
  if (a == b) return k == n;
  const wt_token *w = wt_tok(d, a);
  const char *s = d->text + w->start;
  size_t wl = w->end - w->start;
  /* the longest take first: an acronym takes syllables more often than
   * single letters only where the words are few */
  size_t m = 0;
  while (m < wl && k + m < n && lower_ascii_c(s[m]) == lower_ascii_c(acr[k + m])) m++;
  for (; m >= 1; m--)
    if (spells_from(d, a + 1, b, acr, k + m, n)) return true;
  return false;
}

static bool spells(warta_doc *d, uint32_t a, uint32_t b, uint32_t x) {
  const wt_token *t = wt_tok(d, x);
  return spells_from(d, a, b, d->text + t->start, 0, t->end - t->start);
}

/* Do the words [a, p) spell the two words of the short form in brackets at
 * p, read as one: "Federasi Serikat Pekerja Tekstil, Sandang, dan Kulit
 * (FSP TSK)"? */
static bool spells_pair(warta_doc *d, uint32_t a, uint32_t p) {
  const wt_token *x = wt_tok(d, p + 1), *y = wt_tok(d, p + 2);
  size_t n1 = x->end - x->start, n2 = y->end - y->start;
  char acr[32];
  if (n1 + n2 > sizeof acr) return false;
  memcpy(acr, d->text + x->start, n1);
  memcpy(acr + n1, d->text + y->start, n2);
  return spells_from(d, a, p, acr, 0, n1 + n2);
}

/* In-text definitions: "FULL NAME (ACRONYM)" where the acronym spells the
 * initials of the name.  The full name and the acronym become mentions of
 * one organisation (the gazetteer's, when it knows the acronym). */
static int definitions(warta_doc *d) {
  uint32_t n = wt_ntok(d);
  /* (after each opening bracket, listed by wt_annotate) */
  for (uint32_t pi = 0; pi < d->nopen_parens; pi++) {
    uint32_t i = d->open_parens[pi] + 1;
    if (i < 2) continue;
    if (i + 1 >= n) break;
    if (!(is_upper(d, i) || is_cap(d, i))) continue;
    /* (a short form of two words is a body's head and its acronym,
     * "Pengurus Pusat Persatuan Bulu Tangkis Seluruh Indonesia (PP PBSI)",
     * "Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal (Satgas
     * PASTI)": taken below only for a body's name that runs from its head
     * to the bracket, the short form opening with the head's letter) */
    bool two = !is_punct(d, i + 1, ')') && i + 2 < n && is_punct(d, i + 2, ')') && is_upper(d, i + 1) &&
               wt_tok(d, i)->kind == WARTA_TOK_WORD && wt_tok(d, i + 1)->kind == WARTA_TOK_WORD;
    if (!two && !is_punct(d, i + 1, ')')) continue;
    const wt_token *x = wt_tok(d, i);
    size_t alen = wt_tok(d, two ? i + 1 : i)->end - x->start;
    /* (an acronym in capitals from two letters, "KPK"; one written as a
     * word, "Bappenas", "Amdal", from three) */
    if (alen < (is_upper(d, i) ? 2u : 3u) || alen > (two ? 16u : 10u)) continue;
    /* the longest stretch before "(" whose initials spell the acronym */
    uint32_t b = i - 1, best = UINT32_MAX;
    for (uint32_t a = b; a > 0 && b - a < 16 && !two;) {
      a--;
      const wt_token *t = wt_tok(d, a);
      if (!(t->kind == WARTA_TOK_WORD || (t->kind == WARTA_TOK_PUNCT && t->ch == ','))) break;
      if (t->kind == WARTA_TOK_WORD && !(t->flags & TF_CAP) && !wt_tok_is(d, a, "dan") && !wt_tok_is(d, a, "untuk"))
        break;
      if ((t->flags & TF_CAP) && spells(d, a, b, i)) best = a;
    }
    /* (an acronym of another language's words, "Institut Vulkanologi dan
     * Seismologi Filipina (Phivolcs)", "Komisi Pemilihan Umum Nasional
     * Korea Selatan (NEC)": a word no list knows, after a body's name that
     * runs from its head to the bracket) */
    if (best == UINT32_MAX && (two || wt_clsof(d, i) == 0)) {
      uint32_t head = UINT32_MAX;
      for (uint32_t a = b; a > 0 && b - a < 12;) {
        a--;
        const wt_token *t = wt_tok(d, a);
        if (t->kind != WARTA_TOK_WORD || (!(t->flags & TF_CAP) && !wt_tok_is(d, a, "dan") && !wt_tok_is(d, a, "untuk")))
          break;
        if ((t->flags & TF_CAP) && ((two ? phrase_cls(d, a, b, &(uint32_t){0}) : wt_clsof(d, a)) & LX_ORG_HEAD))
          head = a;
        if ((t->flags & TF_CAP) && (wt_clsof(d, a) & (LX_ROLE | LX_TITLE))) break;
      }
      if (head != UINT32_MAX && head + 1 < b &&
          (!two || lower_ascii_c(d->text[wt_tok(d, head)->start]) == lower_ascii_c(d->text[x->start])))
        best = head;
    }
    if (best == UINT32_MAX) continue;
    /* (a body's head before the words the acronym spells is the body's:
     * "Kementerian | Energi dan Sumber Daya Mineral (ESDM)") */
    /* (a head of two words too: "Balai Besar | Taman Nasional Bromo Tengger
     * Semeru (TNBTS)") */
    uint32_t hn = 0;
    if (best >= 2 && is_cap(d, best - 2) && (phrase_cls(d, best - 2, best, &hn) & LX_ORG_HEAD) && hn == 2)
      best -= 2;
    else
      for (int h = 0; h < 2 && best > 0 && is_cap(d, best - 1) && (wt_clsof(d, best - 1) & LX_ORG_HEAD); h++) best--;
    uint32_t len = 0;
    uint32_t lex = wt_phrase(d, i, i + 1 + two, &len);
    if (len != 1u + two) lex = LEX_NONE;
    uint64_t c = wt_lex_cls(LX(d), lex);
    /* a role's short form is no organisation: "Menteri Sosial (Mensos)",
     * "Direktur Utama (Dirut)", "Sekretaris Jenderal (Sekjen)" */
    uint64_t first = wt_clsof(d, best);
    if (((c | first) & LX_ROLE) && !((c | first) & (LX_ORG | LX_ORG_HEAD | LX_LOC))) continue;
    /* an acronym no list knows takes the kind of what it stands for:
     * "Tangerang Selatan (Tangsel)" is a place */
    /* (its name is the acronym's when a list knows it, "DPRK" is Korea
     * Utara; else the long form's: "Badan Pengelola Dana Perkebunan (BPDP)"
     * is no body named "BPDP") */
    uint32_t sl = 0, na = i, nb = i + 1 + two;
    bool known = (c & (LX_ORG | LX_LOC | LX_MEDIA)) != 0;
    uint32_t slex = known ? LEX_NONE : wt_phrase(d, best, b, &sl);
    uint64_t sc = wt_lex_cls(LX(d), slex);
    if (!known) {
      na = best;
      nb = b;
      if (sl == b - best && (sc & (LX_ORG | LX_LOC | LX_MEDIA))) {
        c = sc;
        lex = slex;
        known = true;
      }
    }
    int type = (c & LX_MEDIA) ? WARTA_MEDIA : (c & LX_LOC) && !(c & LX_ORG) ? WARTA_LOC : WARTA_ORG;
    int32_t e = named_entity(d, type, known ? lex : LEX_NONE, na, nb);
    if (e == -2) return WARTA_ERR_NOMEM;
    if (wt_add_mention(d, best, b, e, type, MH_NAME) != WARTA_OK) return WARTA_ERR_NOMEM;
    if (wt_add_mention(d, i, i + 1 + two, e, type, MH_ALIAS) != WARTA_OK) return WARTA_ERR_NOMEM;
    /* later mentions of the acronym find the entity by its name map */
    char f[64];
    size_t fl = fold(d->text + x->start, alen, f, sizeof f);
    if (wt_map_put(&d->ent_map, name_key(type, f, fl), (uint32_t)e) != 0) return WARTA_ERR_NOMEM;
    /* (the count lets the units ask for defined words only in a text
     * that has some) */
    if (!is_upper(d, i) || two) d->nword_acronyms++;
  }
  return WARTA_OK;
}

/* A post's short form the text defines in brackets after the post: "Jaksa
 * Agung Muda Bidang Tindak Pidana Khusus (JAM Pidsus) Kejagung, Febrie
 * Rusmana" -- later "JAM Pidsus Febrie mengatakan" is that post and a name.
 * The short form begins with the post's first letter and is no acronym of
 * the words after the post (those name a body: "Kepala Badan Pengelola
 * Keuangan Daerah (BPKD)"); short forms the lexicon knows ("Kabareskrim")
 * keep their own entry.  Later occurrences get the post's lexicon entry in
 * the per-token phrase cache every stage reads. */
static void role_aliases(warta_doc *d) {
  uint32_t n = wt_ntok(d);
  if (!d->phr) return;
  for (uint32_t pi = 0; pi < d->nopen_parens; pi++) {
    uint32_t i = d->open_parens[pi] + 1, k = i;
    if (i < 3 || i >= n) continue;
    while (k < n && k - i < 3 && wt_tok(d, k)->kind == WARTA_TOK_WORD && (wt_tok(d, k)->flags & (TF_CAP | TF_UPPER))) k++;
    if (k == i || k - i > 2 || k >= n || !is_punct(d, k, ')')) continue;
    uint32_t al = 0;
    if ((phrase_cls(d, i, k, &al) & (LX_ROLE | LX_TITLE | LX_ORG | LX_LOC | LX_MEDIA | LX_ORG_HEAD)) && al) continue;
    /* the post: the first role phrase of the capitalised words before "(" */
    uint32_t b = i - 1, a = b, r = UINT32_MAX, rlex = LEX_NONE;
    while (a > 0 && b - a < 12 && (is_cap(d, a - 1) || (wt_tok_is(d, a - 1, "dan") && a >= 2 && is_cap(d, a - 2)))) a--;
    for (uint32_t w = a; w < b && r == UINT32_MAX; w++) {
      uint32_t l = 0, e = wt_phrase(d, w, b, &l);
      uint64_t c = wt_lex_cls(LX(d), e);
      if (l && (c & LX_ROLE) && !(c & (LX_ORG | LX_LOC | LX_MEDIA))) r = w, rlex = e;
    }
    if (r == UINT32_MAX) continue;
    const char *s = d->text + wt_tok(d, i)->start, *f = d->text + wt_tok(d, r)->start;
    if ((s[0] | 0x20) != (f[0] | 0x20)) continue;
    /* (the initials of words after the post's first, up to any of them:
     * "Kepala Kantor Urusan Agama Tanah Abang (KUA)") */
    bool body = false;
    for (uint32_t a0 = r + 1; a0 < b && !body; a0++)
      for (uint32_t e = a0 + 1; e <= b && !body; e++) body = spells(d, a0, e, i);
    if (body) continue;
    for (uint32_t j = k + 1; j + (k - i) <= n; j++) {
      uint32_t w = 0;
      for (; w < k - i; w++) {
        const wt_token *x = wt_tok(d, j + w), *y = wt_tok(d, i + w);
        if (x->kind != WARTA_TOK_WORD || x->end - x->start != y->end - y->start ||
            memcmp(d->text + x->start, d->text + y->start, y->end - y->start))
          break;
      }
      if (w < k - i) continue;
      d->phr[j] = ((k - i) << 24) | rlex;
      d->tcls[j] |= LX_ROLE;
    }
  }
}

/* Places the text names with their head ("Gunung Marapi", "Desa
 * Sukamaju"): one unknown word, which alone elsewhere ("aktivitas kegempaan
 * Marapi", "warga Sukamaju") is that place, also before the headed mention.
 * (At most sixteen per document; the check is a scan of those.) */
static void place_words(warta_doc *d) {
  uint32_t n = wt_ntok(d);
  d->nplace_words = 0;
  /* (a head is rare: the scan of every start reads the class first, through
   * locals the stores below cannot alias) */
  const uint32_t *starts = d->np_starts;
  const uint64_t *cls = d->tcls;
  for (uint32_t k = 0, ns = d->nnp_starts; k < ns; k++) {
    uint32_t i = starts[k], w = i + 1;
    if (!(cls[i] & LX_LOC_HEAD)) continue;
    if (w >= n || !is_cap(d, i) || !is_cap(d, w)) continue;
    if ((wt_tok(d, w)->flags & (TF_UPPER | TF_INITIAL)) || is_name_hint(d, w) || tok_common(d, w) ||
        (wt_clsof(d, w) & (LX_LOC | LX_ORG | LX_ROLE | LX_TITLE | LX_LOC_HEAD | LX_ORG_HEAD | LX_MEDIA)))
      continue;
    if (w + 1 < n && is_cap(d, w + 1)) continue; /* (one-word names only) */
    /* (not the head inside a role: "Kepala Desa | Pane" names a person) */
    uint32_t rl = 0;
    if (i > 0 && (phrase_cls(d, i - 1, w, &rl) & LX_ROLE) && i - 1 + rl > i) continue;
    d->place_words[d->nplace_words++] = w;
    if (d->nplace_words == 16) break;
  }
}

/* Is word token i a place's name the text gave with its head (place_words)? */
static bool text_place_word(const warta_doc *d, uint32_t i) {
  const wt_token *t = wt_tok(d, i);
  for (uint32_t k = 0; k < d->nplace_words; k++) {
    const wt_token *p = wt_tok(d, d->place_words[k]);
    if (p->end - p->start == t->end - t->start && !memcmp(d->text + p->start, d->text + t->start, t->end - t->start))
      return true;
  }
  return false;
}

/* A subheading inside the body ("Nadia Sempat Tak Bisa Berhenti Menangis",
 * "Debut Akting Ballo"): a short line in title case, no quote marks and no
 * sentence-final mark. Its capitalised words are no names: a given name
 * that opens it would take the whole line as a person. */
static bool subheading(const warta_doc *d, const wt_para *p) {
  uint32_t n = p->tok1 - p->tok0;
  /* (the text's first paragraph, its headline, may be longer: "Kehabisan
   * Tenaga di Gim Ketiga, Aulia Khairunnisa Terhenti di Perempat Final
   * China Open 2025") */
  if (n < 2 || n > (p == (const wt_para *)d->paras.data ? 24u : 14u)) return false;
  const wt_token *z = wt_tok(d, p->tok1 - 1);
  if (z->kind == WARTA_TOK_QUOTE ||
      (z->kind == WARTA_TOK_PUNCT && (z->ch == '.' || z->ch == '!' || z->ch == '?' || z->ch == ':' || z->ch == ')' ||
                                      z->ch == PC_ELLIPSIS)))
    return false;
  uint32_t cap = 0, low = 0;
  for (uint32_t i = p->tok0; i < p->tok1; i++) {
    const wt_token *t = wt_tok(d, i);
    if (t->kind == WARTA_TOK_QUOTE) return false;
    if (t->kind != WARTA_TOK_WORD) continue;
    if (t->flags & (TF_CAP | TF_UPPER)) cap++;
    else if (wt_clsof(d, i) & LX_STOP) low++;
    else return false;
  }
  return cap >= 2 && cap >= 2 * low;
}

/* Is a word of np's name a name's hint or an initial (the name is then no
 * body's, wt_entities)?  (Also several words no name hint is among: "Analis
 * Panin Sekuritas, Rina …", "Kepala Suku Hubula, Ishak Matuan,".) */
static bool name_hinted(warta_doc *d, const wt_np *np) {
  bool hinted = false;
  for (uint32_t k = np->n0; k < np->n1 && !hinted; k++)
    hinted = is_name_hint(d, k) || (wt_tok(d, k)->flags & TF_INITIAL);
  /* (after a bare legal form the words are the company's, given name or
   * not: "Analis PT | Mega Valuta Berjangka, Rudy Tanoto,") */
  /* (also after a legal form and more words: "Humas PT Sawit | Kencana
   * Lestari, Bambang Triyono,") */
  if (hinted && np->a1 > np->a0 && np->a1 == np->m0 && np->m0 == np->n0 &&
      (wt_lex_cls2(LX(d), wt_lexof(d, np->a0)) & LX2_ORG_FORM))
    hinted = false;
  return hinted;
}

/* Is token i a capitalised word never part of a name ("Rp", "US$") before
 * a number, where wt_np_parse(d, i, lim) would find no phrase and t1 = i + 1?
 * (run_token ends the run before such a word unless a body's word stands
 * before it, run_end's org; no role, title, pronoun or description opens at
 * a word of none of those classes, and no role rule reaches past the number.)
 * The stage then takes it for no place either: name_like refuses it. */
static inline bool nonname_before_number(warta_doc *d, uint32_t i, uint32_t lim) {
  if (!(wt_clsof(d, i) & LX_NONNAME)) return false; /* (nearly every word: first) */
  const wt_token *t = wt_tok(d, i);
  const uint64_t opens = LX_PRONOUN | LX_PERSON_NOUN | LX_ROLE | LX_ROLE_COMMON | LX_TITLE | LX_ORG | LX_MEDIA;
  uint32_t n = 0;
  return t->kind == WARTA_TOK_WORD && (t->flags & TF_CAP) && !(t->flags & TF_INITIAL) && i + 1 < lim &&
         wt_tok(d, i + 1)->kind == WARTA_TOK_NUMBER &&
         !(i > 0 && wt_tok(d, i - 1)->kind == WARTA_TOK_WORD && (wt_clsof(d, i - 1) & (LX_ORG_HEAD | LX_ORG))) &&
         !((wt_clsof(d, i) | phrase_cls(d, i, lim, &n)) & opens);
}

int wt_entities(warta_doc *doc) {
  doc->namefold_gen++; /* (person_for's cache holds the last document's spans) */
  doc->person_gen++;    /* (and its answers by part the last document's people) */
  if (index_mention_starts(doc) != WARTA_OK) goto oom;
  collect_evidence(doc);
  if (definitions(doc) != WARTA_OK) goto oom;
  role_aliases(doc);
  place_words(doc);
  const wt_para *paras = doc->paras.data;
  const wt_sent *sents = doc->sents.data;
  /* (the starts are walked forward only, to the list's UINT32_MAX end) */
  const uint32_t *npc = doc->np_starts;
  for (size_t p = 0; p < doc->paras.len; p++) {
    if (paras[p].boiler || subheading(doc, &paras[p])) continue;
    for (uint32_t s = paras[p].sent0; s < paras[p].sent1; s++) {
      uint32_t s0 = sents[s].tok0, s1 = sents[s].tok1;
      int32_t pending_role_ent = -1;
      uint32_t last_loc_end = 0;
      wt_np pending_role = {0};
      bool have_pending = false;
      for (uint32_t i = s0; i < s1;) {
        /* the next token a noun phrase may start at (wt_annotate's list) */
        while (*npc < i) npc++;
        i = *npc;
        if (i >= s1) break;
        const wt_token *t = wt_tok(doc, i);
        bool start = false;
        if (t->kind == WARTA_TOK_WORD || t->kind == WARTA_TOK_URL) {
          if (t->flags & TF_CAP) {
            start = true;
          } else if ((wt_clsof(doc, i) & LX_PHRASE_START) && (wt_phrase_unionof(doc, i) & (LX_ROLE | LX_ROLE_COMMON))) {
            uint32_t n;
            uint32_t x = wt_phrase(doc, i, s1, &n);
            uint64_t c = wt_lex_cls(LX(doc), x);
            if (n > 1 && (c & LX_ROLE)) start = true; /* "juru bicara" */
            /* (and a role of relation before a name or initials: "kuasa
             * hukum HS, Dedi Irawan Lubis,") */
            else if (n > 1 && (c & LX_ROLE_COMMON) && (wt_lex_cls2(LX(doc), x) & LX2_ROLE_REL) && i + n < s1) {
              /* (only before the holder's name in commas: "anggota tim kuasa
               * hukum Rizieq Shihab" names no holder) */
              /* (the client may be described in plain words: "kuasa hukum
               * pemilik daycare, Fransiskus Lamuri,", "kuasa hukum pasangan
               * nomor urut 1, Irwan …,") */
              uint32_t k = i + n;
              while (k < s1 && k - i < 10 &&
                     (is_cap(doc, k) || is_upper(doc, k) || wt_tok(doc, k)->kind == WARTA_TOK_NUMBER ||
                      (wt_tok(doc, k)->kind == WARTA_TOK_WORD &&
                       !(wt_clsof(doc, k) & (LX_CUE | LX_NP_STOP | LX_CLAUSE_CONJ)) && !wt_tok_is(doc, k, "atau") &&
                       !wt_tok_is(doc, k, "serta") &&
                       !wt_is_verb_form(LX(doc), doc->text + wt_tok(doc, k)->start,
                                        wt_tok(doc, k)->end - wt_tok(doc, k)->start))))
                k++;
              start = k > i + n && k + 1 < s1 && is_punct(doc, k, ',') && is_cap(doc, k + 1);
            }
          }
          /* a one-word role in lower case before a body: "epidemiolog
           * Universitas Indonesia, Tri Yunis Miko Wahyono," */
          /* (an everyday one too before a known body: "kiper Dewa United
           * Fadhil Rahman", "gelandang Persebaya Surabaya Arkhan …") */
          /* (or before a body's head: "aktivis Aliansi Masyarakat Adat
           * Nusantara (AMAN) Kalimantan Tengah, Ferdi …,"; not a head of
           * places, "warga Kelurahan Duri Kepa") */
          if (!start && i + 1 < s1 && is_cap(doc, i + 1)) {
            uint64_t c = wt_clsof(doc, i), nx = (c & LX_ROLE) ? 0 : phrase_cls(doc, i + 1, s1, &(uint32_t){0});
            if ((c & LX_ROLE) || ((c & LX_ROLE_COMMON) && (nx & (LX_ORG | LX_ORG_HEAD)) && !(nx & LX_LOC_HEAD)))
              start = true;
          }
          /* (or with its field in lower case, opening the clause: "Sementara
           * itu, pelatih ganda putra Korea Selatan, Lee Sang-woo,") */
          if (!start && (wt_clsof(doc, i) & (LX_ROLE | LX_ROLE_COMMON)) && i > s0 && is_punct(doc, i - 1, ',')) {
            uint32_t j = lower_role_words(doc, i, s1), l = 0;
            /* (a known place or body, then the name in commas) */
            if (j > i + 1 && j < s1 && is_cap(doc, j) && (phrase_cls(doc, j, s1, &l) & (LX_LOC | LX_ORG)) && l &&
                j + l + 1 < s1 && is_punct(doc, j + l, ',') && is_cap(doc, j + l + 1))
              start = true;
            /* (or the person's given name right after it: "Di Desa Loa Duri
             * Ilir, bidan desa Eka Setyaningsih, …") */
            else if (j > i && j + 1 < s1 && is_cap(doc, j) && (wt_clsof(doc, j) & LX_NAME_FIRST) && is_cap(doc, j + 1))
              start = true;
            /* (or a body's head and its name, its acronym in brackets
             * after it, up to the comma before the name: "pelatih ganda
             * campuran Asosiasi Bulu Tangkis Malaysia (BAM), Tan Wei Ming,") */
            else if (j > i + 1 && j < s1 && is_cap(doc, j) && (phrase_cls(doc, j, s1, &l) & LX_ORG_HEAD) &&
                     body_to_comma(doc, j, s1))
              start = true;
            /* (or any body's name and where it is: "Dilansir Reuters,
             * analis mata uang Maybank di Singapura, Tan Wei Ming,") */
            else if (j > i + 1 && j < s1 && is_cap(doc, j)) {
              uint32_t k = j;
              while (k < s1 && k - j < 4 && is_cap(doc, k)) k++;
              if (k + 1 < s1 && wt_tok_is(doc, k, "di") && is_cap(doc, k + 1) &&
                  (phrase_cls(doc, k + 1, s1, &l) & LX_LOC) && l && k + 1 + l + 1 < s1 &&
                  is_punct(doc, k + 1 + l, ',') && is_cap(doc, k + 2 + l))
                start = true;
            }
            /* (or "dari" and a body: "pengacara hak asasi manusia dari Lembaga
             * Bantuan Hukum (LBH) Banda Aceh, Rahmi Safitri,") */
            /* (a role of one word too: "pengacara dari LBH Surabaya, …") */
            else if (j > i && j + 1 < s1 && wt_tok_is(doc, j, "dari") && is_cap(doc, j + 1) &&
                     (phrase_cls(doc, j + 1, s1, &l) & (LX_ORG | LX_ORG_HEAD)))
              start = true;
          }
        }
        /* (a weekday, or a word never part of a name, "Rp", "WIB", with
         * no capitalised word after it starts nothing: its parse finds no
         * phrase and it is no place's name -- unless it is a word of a
         * person's name, "Kendati begitu, Sunday belum …" after "Sunday
         * Rompas"; "Jum'at" had become a person) */
        if (start && i + 1 < s1 && !is_cap(doc, i + 1) && wt_tok(doc, i + 1)->kind != WARTA_TOK_NUMBER &&
            ((wt_clsof(doc, i) & LX_NONNAME) ||
             ((wt_lex_cls2(LX(doc), wt_lexof(doc, i)) & LX2_WEEKDAY) && !is_evidence(doc, i) &&
              !known_name_token(doc, i))))
          start = false;
        /* (nor does one before a number: "Rp 6.800", "US$ 2") */
        if (start && nonname_before_number(doc, i, s1)) start = false;
        if (!start) {
          i++;
          continue;
        }
        /* a sentence-initial common word is not a name ("Pertemuan kedua ...") */
        wt_np np;
        /* (the parse rejects such a word at once: of its rules before that
         * test only the quantifier's, "Salah seorang …", and the person
         * noun's, "Pria itu …", could apply, to neither of which the word
         * belongs -- the call is spared, 7,000 a megabyte; a word found no
         * such word is not asked about again) */
        bool opening = opening_common_word(doc, i, s1);
        if (opening && !(wt_clsof(doc, i) & LX_PERSON_NOUN) && !wt_tok_is(doc, i, "salah") &&
            !wt_tok_is(doc, i, "seorang")) {
          np.kind = NP_NONE;
          np.t1 = i + 1;
        } else {
          wt_np_parse_ex(doc, i, s1, opening ? 0 : WT_NP_NOT_OPENING, &np);
        }
        if (np.kind == NP_NONE || np.kind == NP_PRON) {
          if (np.kind == NP_NONE && place_context(doc, i, s0) && name_like(doc, i)) {
            uint32_t e = run_end(doc, i, s1, false);
            int32_t id = named_entity(doc, WARTA_LOC, LEX_NONE, i, e);
            if (id == -2 || wt_add_mention(doc, i, e, id, WARTA_LOC, MH_NAME) != WARTA_OK) goto oom;
          }
          i = np.t1 > i ? np.t1 : i + 1;
          continue;
        }
        if (np.kind == NP_ORG && np.m0 == i && np.t1 == i + 1) {
          int32_t e = wt_org_head_itu(doc, i, s1);
          if (e >= 0) {
            if (wt_add_mention(doc, i, i + 1, e, WARTA_ORG, MH_ROLE) != WARTA_OK) goto oom;
            i += 2;
            continue;
          }
        }
        if (np.kind == NP_PER && np.r1 == np.r0 && np.m0 == np.n0 && np.n0 == i &&
            (place_context(doc, i, s0) || (last_loc_end && i >= 2 && i == last_loc_end + 1 && wt_tok_is(doc, i - 1, "dan")) ||
             (np.n1 == np.n0 + 1 && place_after_place(doc, i, s0) && !is_evidence(doc, i))) &&
            person_for(doc, np.n0, np.n0, np.n1, false) < 0 && !wt_age_at(doc, np.n1, s1)) {
          /* "di Vostochny Cosmodrome": a name after di/ke/dari is a place
           * (not one with an age after it: "datang dari Wulan Sari (39)") */
          int32_t id = named_entity(doc, WARTA_LOC, LEX_NONE, np.n0, np.n1);
          if (id == -2 || wt_add_mention(doc, np.n0, np.n1, id, WARTA_LOC, MH_NAME) != WARTA_OK) goto oom;
          i = np.t1;
          continue;
        }
        if (np.kind == NP_PER && (i == s0 || (t->flags & TF_SENT_START)) && np.n1 - np.n0 == 1 && np.r1 == np.r0 && np.m0 == np.n0 &&
            person_for(doc, np.n0, np.n0, np.n1, false) < 0 && !is_evidence(doc, np.n0) &&
            !person_apposition(doc, np.t1, s1)) {
          /* one unknown capitalised word opening a sentence (or the text after
           * the dateline, "ROTTERDAM - Feyenoord menundukkan"): not enough
           * (unless an age or a description in commas follows it) */
          i = np.t1;
          continue;
        }
        /* "Kepala Desa Cibodas, Aep Saepudin,": after a role that takes a
         * place, one unknown word is the place, and the name after the
         * comma holds the role */
        if (np.kind == NP_PER && np.r1 > np.r0 && np.n1 - np.n0 == 1 && np.m0 == np.n0 && np.t1 == np.n1 &&
            !is_name_hint(doc, np.n0) && np.t1 + 1 < s1 && is_punct(doc, np.t1, ',') &&
            role_takes_place(doc, np.r0, s1)) {
          wt_np ap;
          if (wt_np_parse(doc, np.t1 + 1, s1, &ap) && ap.kind == NP_PER && ap.r1 == ap.r0 && ap.m0 == ap.n0 &&
              ap.t1 < s1 && is_punct(doc, ap.t1, ',')) {
            int32_t holder = wt_np_register(doc, &ap);
            if (holder == -2) goto oom;
            if (holder >= 0 && wt_add_attr(doc, holder, np.r0, np.n1, false) != WARTA_OK) goto oom;
            int32_t id = named_entity(doc, WARTA_LOC, LEX_NONE, np.n0, np.n1);
            if (id == -2 || wt_add_mention(doc, np.n0, np.n1, id, WARTA_LOC, MH_NAME) != WARTA_OK) goto oom;
            i = ap.t1;
            continue;
          }
        }
        /* a nickname the text gives ("Menurut Emil, sapaan akrabnya, …", "pria
         * yang akrab disapa Hendi"): the name stands for the person named
         * last, and means that person from here on */
        /* (a title may open it: "yang akrab disapa Mas Wawan") */
        if (np.kind == NP_PER && np.r1 == np.r0 && nickname_at(doc, np.m0, np.t1, s1)) {
          /* (the person may be named right after: "Castro, sapaan Herdiansyah") */
          int32_t owner = -1;
          if (np.t1 + 2 < s1 && is_cap(doc, np.t1 + 2)) {
            uint32_t e2 = np.t1 + 2;
            while (e2 < s1 && e2 - np.t1 < 6 && is_cap(doc, e2)) e2++;
            owner = person_for(doc, np.t1 + 2, np.t1 + 2, e2, false);
          }
          if (owner < 0 && !aside_of_nobody(doc, np.m0)) owner = last_person_before(doc, np.n0);
          if (owner >= 0 && person_for(doc, np.n0, np.n0, np.n1, false) < 0 &&
              alias_person(doc, owner, np.n0, np.n1) != WARTA_OK)
            goto oom;
          /* (a nickname of two words is used by its first later on: "dikenal
           * dengan nama Sasa Amelia" … "tulis Sasa") */
          if (owner >= 0 && np.n1 - np.n0 == 2 && person_for(doc, np.n0, np.n0, np.n0 + 1, false) < 0 &&
              alias_person(doc, owner, np.n0, np.n0 + 1) != WARTA_OK)
            goto oom;
        }
        if (gazetteer_mentions(doc, np.r0, np.r1) != WARTA_OK) goto oom;
        if (np.kind == NP_LOC) last_loc_end = np.t1; /* "Provinsi Samar dan Leyte": Leyte is a place too */
        /* (where the body is may stand before the comma: "Direktur Rumah
         * Sakit Syuhada Al-Aqsa di Deir al-Balah, Dr. Fadi Nasrallah,") */
        uint32_t cm = np.t1;
        if (np.kind == NP_PER && cm + 2 < s1 && wt_tok_is(doc, cm, "di") && is_cap(doc, cm + 1)) {
          uint32_t w = cm + 1;
          while (w < s1 && w - cm <= 5 && wt_tok(doc, w)->kind == WARTA_TOK_WORD && !is_name_hint(doc, w)) w++;
          if (w < s1 && is_punct(doc, w, ',')) cm = w;
        } else if (np.kind == NP_PER && cm + 2 < s1 && is_word(doc, cm) && !(wt_tok(doc, cm)->flags & TF_CAP) &&
                   (wt_lex_cls2(LX(doc), wt_lexof(doc, cm)) & LX2_LOC_NOUN)) {
          /* (so may where the holder comes from: "Pemain Feyenoord keturunan
           * Indonesia, Jairo van Houten,", "winger Persib asal Brasil, …") */
          uint32_t w = cm + 1;
          while (w < s1 && w - cm <= 3 && is_cap(doc, w) && (phrase_cls(doc, w, s1, &(uint32_t){0}) & LX_LOC)) w++;
          if (w > cm + 1 && w < s1 && is_punct(doc, w, ',')) cm = w;
        }
        /* (not after a role of relation: "Ibunda Naufal, Wulan Sari," names
         * a person, below) */
        bool rel = np.kind == NP_PER && role_of_relation(doc, &np);
        /* "Bendesa Adat Belumbang, I Made Artawan,": one unknown word after a
         * role, then a name in commas -- the word is the role's place or
         * body, the person is the name */
        if (np.kind == NP_PER && np.r1 > np.r0 && np.m0 == np.n0 && np.n1 - np.n0 <= 3 && np.t1 == np.n1 &&
            cm + 1 < s1 && is_punct(doc, cm, ',') && !rel && !name_hinted(doc, &np) &&
            !(np.n1 - np.n0 == 1 && (wt_tok(doc, np.n0)->flags & TF_UPPER))) {
          wt_np ap;
          bool ok = wt_np_parse(doc, cm + 1, s1, &ap) && ap.kind == NP_PER && ap.r1 == ap.r0 && ap.t1 < s1;
          /* (a one-word name with its age: "…, Rina (34), mengatakan") */
          bool aged = ok && wt_age_at(doc, ap.t1, s1);
          /* (or a clause about the person: "Presiden Pasoepati, Agus Setiawan
           * yang akrab disapa Mbah Kempul,") */
          if (ok && (ap.n1 - ap.n0 >= 2 || aged) &&
              (is_punct(doc, ap.t1, ',') || is_punct(doc, ap.t1, '.') || aged ||
               (wt_tok_is(doc, ap.t1, "yang") && ap.n1 - ap.n0 >= 2))) {
            /* (the words are the body the role belongs to: role "Analis",
             * affiliation "Panin Sekuritas") */
            /* (an organisation's head ending the role begins the body:
             * "Direktur | Rumah Sakit Syuhada Al-Aqsa") */
            uint32_t r1 = np.r1, a0 = np.a1 > np.a0 ? np.a0 : np.n0;
            if (np.a1 == np.a0)
              for (uint32_t w = np.r0 + 1; w < np.r1; w++)
                if (is_cap(doc, w) && (wt_phrase_unionof(doc, w) & LX_ORG_HEAD)) {
                  uint32_t hl = 0;
                  if ((phrase_cls(doc, w, np.r1, &hl) & LX_ORG_HEAD) && w + hl == np.r1) {
                    r1 = w;
                    a0 = w;
                    break;
                  }
                }
            int32_t holder = wt_np_register(doc, &ap);
            if (holder == -2) goto oom;
            if (holder >= 0 && (wt_add_attr(doc, holder, np.r0, r1, false) != WARTA_OK ||
                                wt_add_attr(doc, holder, a0, np.n1, true) != WARTA_OK))
              goto oom;
            uint32_t body0 = 0, body1 = 0;
            if (holder >= 0 && body_through(doc, s0, np.r0, &body0, &body1) &&
                wt_add_attr(doc, holder, body0, body1, true) != WARTA_OK)
              goto oom;
            i = ap.t1;
            continue;
          }
        }
        /* "Kuasa hukum tersangka JS, Hendrik Pangemanan,": a person named
         * only by initials inside a role phrase; the name after the comma
         * holds the role -- and a role of relation: "Kuasa hukum Ayu
         * Larasati, Rizal Hakim, membantah" (data/grammar.lex, role_rel).
         * The person inside the phrase keeps no role. */
        if (np.kind == NP_PER) {
          uint32_t j = np.t1;
          /* (the holder's firm may stand before the comma: "Penasihat hukum
           * Hendra dari Kantor Hukum Lubis & Rekan, Stefanus …,") */
          wt_np firm = {0};
          if (rel && j + 2 < s1 && wt_tok_is(doc, j, "dari") && wt_np_parse(doc, j + 1, s1, &firm) &&
              firm.kind == NP_ORG && firm.t1 + 1 < s1 && is_punct(doc, firm.t1, ','))
            j = firm.t1;
          else
            firm.kind = NP_NONE;
          if (np.r1 > np.r0 && (rel || (np.n1 - np.n0 == 1 && is_upper(doc, np.n0) &&
                                        wt_tok(doc, np.n0)->end - wt_tok(doc, np.n0)->start <= 3)) &&
              j + 1 < s1 && is_punct(doc, j, ',')) {
            wt_np ap;
            if (wt_np_parse(doc, j + 1, s1, &ap) && ap.kind == NP_PER && ap.r1 == ap.r0 &&
                (!rel || ap.t1 >= s1 || is_punct(doc, ap.t1, ',') || is_punct(doc, ap.t1, '.') ||
                 (wt_clsof(doc, ap.t1) & LX_CUE) ||
                 /* (a name with its age: "Ibunda Naufal, Wulan Sari (41),") */
                 wt_age_at(doc, ap.t1, s1))) {
              wt_np bare = np;
              bare.r0 = bare.r1 = bare.a0 = bare.a1 = 0;
              if (wt_np_register(doc, &bare) == -2) goto oom;
              int32_t holder = wt_np_register(doc, &ap);
              if (holder == -2) goto oom;
              if (holder >= 0 && wt_add_attr(doc, holder, np.r0, np.n1, false) != WARTA_OK) goto oom;
              if (firm.kind == NP_ORG) {
                if (wt_np_register(doc, &firm) == -2) goto oom;
                if (holder >= 0 && wt_add_attr(doc, holder, firm.m0, firm.t1, true) != WARTA_OK) goto oom;
              }
              i = ap.t1;
              continue;
            }
          }
        }
        int32_t ent = wt_np_register(doc, &np);
        if (ent == -2) goto oom;
        /* "aktris Nadia Kirana Putri", "digarap sutradara Reza Adiputra": an
         * occupation in lower case right before a bare name is the role */
        if (np.kind == NP_PER && ent >= 0 && np.r1 == np.r0 && np.a1 == np.a0 && np.m0 == i && i > s0) {
          uint32_t r0 = lower_role_before(doc, s0, i);
          if (r0 < i && wt_add_attr(doc, ent, r0, i, false) != WARTA_OK) goto oom;
        }
        if (np.kind == NP_PER) {
          /* "ROLE ..., NAME": a role phrase earlier in the sentence with no name */
          /* (a lower-case title may stand between the comma and the name:
           * "Juru Bicara Kementerian Kesehatan, dr Anindya …,") */
          uint32_t nt0 = np.t0;
          while (nt0 > 0 && np.t0 - nt0 < 3 &&
                 ((wt_tok(doc, nt0 - 1)->kind == WARTA_TOK_WORD && !(wt_tok(doc, nt0 - 1)->flags & TF_CAP) &&
                   (wt_clsof(doc, nt0 - 1) & LX_TITLE)) ||
                  (is_punct(doc, nt0 - 1, '.') && nt0 >= 2 && (wt_clsof(doc, nt0 - 2) & LX_TITLE))))
            nt0--;
          /* "Ibu korban, Wulan Sari (38),", "Kakak pelaku, X,": a relation
           * to someone named by a common noun opens the sentence; the
           * phrase is the role of the name after the comma */
          /* (also after a connective and its comma, and with the other
           * person's initials: "Sementara itu, kuasa hukum salah satu
           * tersangka berinisial AW, Ferdinand Sitompul,") */
          if (np.r1 == np.r0 && nt0 >= s0 + 3 && is_punct(doc, nt0 - 1, ',') && !have_pending) {
            uint32_t r0 = nt0 - 1;
            while (r0 > s0 && nt0 - 1 - r0 < 8 && !is_punct(doc, r0 - 1, ',')) r0--;
            uint32_t n = 0;
            uint32_t lex = wt_phrase(doc, r0, nt0 - 1, &n);
            bool ok = nt0 - 1 - r0 >= 2 && (r0 == s0 || is_punct(doc, r0 - 1, ',')) && n &&
                      (wt_lex_cls2(LX(doc), lex) & LX2_ROLE_REL) && r0 + n < nt0 - 1;
            for (uint32_t w = r0 + n; ok && w < nt0 - 1; w++) {
              const wt_token *x = wt_tok(doc, w);
              ok = x->kind == WARTA_TOK_WORD &&
                   ((!(x->flags & TF_CAP) && !(wt_clsof(doc, w) & (LX_NP_STOP | LX_PRONOUN | LX_CUE))) ||
                    ((x->flags & TF_UPPER) && x->end - x->start <= 3 && w > r0 + n)); /* initials */
            }
            if (ok && wt_add_attr(doc, ent, r0, nt0 - 1, false) != WARTA_OK) goto oom;
          }
          /* "pelatih timnas Indonesia, Marcel Verhoeven,", "kapten timnas
           * Indonesia, Rizky …,": an occupation in lower case opening the
           * clause, a body after it, then the name in commas */
          if (np.r1 == np.r0 && nt0 >= s0 + 2 && is_punct(doc, nt0 - 1, ',') &&
              (np.t1 >= s1 || is_punct(doc, np.t1, ',') || (np.t1 + 1 == s1 && is_punct(doc, np.t1, '.')) ||
               wt_age_at(doc, np.t1, s1))) {
            uint32_t b = nt0 - 1, a = b;
            while (a > s0 && b - a < 16 && !is_punct(doc, a - 1, ',') && wt_tok(doc, a - 1)->kind == WARTA_TOK_WORD) a--;
            /* (the occupation's place may have larger places after it in
             * commas: "petani cabai di Desa Sukanalu, | Kecamatan Barusjahe, |
             * Petrus Tarigan (39),") */
            for (int hop = 0; hop < 2 && a > s0 + 1 && a < b && is_punct(doc, a - 1, ',') && is_cap(doc, a) &&
                              (phrase_cls(doc, a, b, &(uint32_t){0}) & (LX_LOC | LX_LOC_HEAD)) && plain_place(doc, a, b);
                 hop++) {
              uint32_t w = a - 1;
              while (w > s0 && a - 1 - w < 16 && !is_punct(doc, w - 1, ',') && wt_tok(doc, w - 1)->kind == WARTA_TOK_WORD)
                w--;
              if (w == a - 1) break;
              a = w;
            }
            /* (an indefinite article before it: "Seorang dokter yang …,") */
            uint32_t a0 = a;
            if (a + 1 < b && (wt_tok_is(doc, a, "seorang") || wt_tok_is(doc, a, "sebuah"))) a++;
            /* ("salah satu warga,", "Salah seorang pemudik asal Bekasi,") */
            else if (a + 2 < b && wt_tok_is(doc, a, "salah") && (wt_tok_is(doc, a + 1, "satu") || wt_tok_is(doc, a + 1, "seorang")))
              a += 2;
            uint32_t r1 = a < b && !have_pending && (a0 == s0 || is_punct(doc, a0 - 1, ',')) ? lower_role_after(doc, a, b) : a;
            /* (or right after a verb, the agent of a passive one: "Pandangan
             * berbeda disampaikan | ekonom dari INDEF, Fadhil Rahmansyah.";
             * a role phrase before the verb is someone else's: "Polisi
             * menangkap | pedagang dari Bekasi, Budi Santoso,") */
            for (uint32_t w = a + 1; r1 == a && w + 1 < b && (!have_pending || pending_role.t1 < w); w++) {
              const wt_token *v = wt_tok(doc, w - 1);
              if (v->kind != WARTA_TOK_WORD || (v->flags & TF_CAP)) continue;
              /* (the occupation first, cheaply; then the verb before it) */
              if (!(wt_phrase_unionof(doc, w) & (LX_ROLE | LX_ROLE_COMMON)) || (wt_tok(doc, w)->flags & TF_CAP)) continue;
              /* (after an active cue, "kata pakar …", the speaker's own
               * phrase rules: wt_np_parse) */
              if (!wt_is_verb_form(LX(doc), doc->text + v->start, v->end - v->start) ||
                  ((wt_clsof(doc, w - 1) & LX_CUE) && doc->text[v->start] != 'd'))
                continue;
              uint32_t q = lower_role_after(doc, w, b);
              if (q > w) {
                a = w;
                r1 = q;
                have_pending = false;
              }
            }
            if (r1 > a) {
              if (wt_add_attr(doc, ent, a, r1, false) != WARTA_OK) goto oom;
              /* (the body after "dari": "ekonom dari INDEF") */
              uint32_t f = r1 + 1 < b && wt_tok_is(doc, r1, "dari") ? r1 + 1 : r1;
              if (f < b && !wt_tok_is(doc, f, "yang") && !wt_tok_is(doc, f, "asal") && !wt_tok_is(doc, f, "di") &&
                  wt_add_attr(doc, ent, f, b, true) != WARTA_OK)
                goto oom;
            }
          }
          /* (or a noun of bodies between the role and its body: "Ketua
           * lembaga riset keamanan siber CISSReC, Andika …,") */
          uint32_t nbody = 0, nbody_end = 0;
          bool via_noun = have_pending && np.r1 == np.r0 && nt0 > pending_role.t1 && nt0 - pending_role.t1 <= 16 &&
                          is_punct(doc, nt0 - 1, ',') && org_noun_body(doc, pending_role.t1, nt0 - 1, &nbody, &nbody_end);
          /* (or "dari" and the name with the body before it: "Anggota
           * Komisi II DPR RI | dari | Fraksi PDI Perjuangan Ketut Suryawan") */
          if (!via_noun && have_pending && np.r1 == np.r0 && np.m0 > np.t0 && pending_role.t1 + 1 == np.t0 &&
              wt_tok_is(doc, pending_role.t1, "dari") && is_cap(doc, np.t0)) {
            if (wt_add_attr(doc, ent, pending_role.r0, pending_role.r1, false) != WARTA_OK ||
                (pending_role.a1 > pending_role.a0 &&
                 wt_add_attr(doc, ent, pending_role.a0, pending_role.a1, true) != WARTA_OK) ||
                wt_add_attr(doc, ent, np.t0, np.m0, true) != WARTA_OK)
              goto oom;
            have_pending = false;
          }
          if (via_noun) {
            if (wt_add_attr(doc, ent, pending_role.r0, pending_role.r1, false) != WARTA_OK ||
                wt_add_attr(doc, ent, nbody, nbody_end, true) != WARTA_OK)
              goto oom;
            have_pending = false;
          }
          /* (or a ballot's number right before the name: "Calon bupati
           * Buton Tengah | nomor urut 2 | Laode Muhammad Arsyad") */
          if (have_pending && np.r1 == np.r0 && nt0 > pending_role.t1 && nt0 - pending_role.t1 <= 12 &&
              (((is_punct(doc, pending_role.t1, ',') || only_places_between(doc, pending_role.t1, nt0 - 1) ||
                 numbered_tail(doc, pending_role.t1, nt0 - 1) || capacity_between(doc, pending_role.t1, nt0 - 1) ||
                 district_between(doc, pending_role.t1, nt0 - 1)) &&
                is_punct(doc, nt0 - 1, ',')) ||
               (wt_tok(doc, nt0 - 1)->kind == WARTA_TOK_NUMBER && numbered_tail(doc, pending_role.t1, nt0)))) {
            /* ("Analis ASEAN dari Centre for … (CSIS) Jakarta, Andika …": the
             * body after "dari" is the affiliation, the words before it the
             * role) */
            /* (when the role has a body of its own, "Anggota DPRD DKI Jakarta
             * dari Fraksi PKS, …", that body stays the affiliation; a lone
             * acronym after the role is its field: "Analis ASEAN") */
            /* (or the body one works at after "di": "Kepala Strategi Pasar di
             * Harbor Point Capital, Rachel Donnelly,"; not a place) */
            wt_np at;
            bool from = (wt_tok_is(doc, pending_role.t1, "dari") ||
                         (wt_tok_is(doc, pending_role.t1, "di") && wt_np_parse(doc, pending_role.t1 + 1, nt0 - 1, &at) &&
                          at.kind == NP_ORG && at.t1 == nt0 - 1)) &&
                        pending_role.t1 + 1 < nt0 - 1 && is_cap(doc, pending_role.t1 + 1) &&
                        (pending_role.a1 == pending_role.a0 ||
                         (pending_role.a1 == pending_role.a0 + 1 && is_upper(doc, pending_role.a0)));
            /* (a post's place after "di" or "untuk" is the post's, as it is
             * with no comma: "Konsul Jenderal RI | di Kota Kinabalu |, Rizal
             * …,", "Duta Besar RI | untuk Kamboja |, Arif …,") */
            uint32_t r1 = from ? pending_role.t1 : pending_role.r1;
            /* (and so is where one with an everyday description works,
             * lives or is from: "Pengemudi ojek daring | di Stasiun Tanah
             * Abang |,", "Pemandu wisata | di Huta Siallagan, Kabupaten
             * Samosir |,") */
            uint32_t p1 = pending_role.r1;
            /* (the role read up to its link word: "Juragan kapal asal |") */
            if (p1 > pending_role.r0 + 1 && place_link(doc, p1 - 1)) p1--;
            /* (a unit of administration read as its body is none: "Juragan
             * kapal asal | Kelurahan Gusung,") */
            bool no_body = pending_role.a1 == pending_role.a0 ||
                           (wt_lex_cls2(LX(doc), wt_lexof(doc, pending_role.a0)) & LX2_LOC_ADMIN);
            if (!from && no_body && nt0 > p1 + 2 && is_punct(doc, nt0 - 1, ',')) {
              if (phrase_cls(doc, pending_role.r0, p1, &(uint32_t){0}) & LX_ROLE_COMMON) {
                if (place_link(doc, p1) && plain_place(doc, p1 + 1, nt0 - 1))
                  r1 = nt0 - 1;
              } else if (p1 == pending_role.t1 && (wt_tok_is(doc, p1, "di") || wt_tok_is(doc, p1, "untuk")) &&
                         post_place_after(doc, p1 + 1, nt0 - 1)) {
                r1 = nt0 - 1;
              }
            }
            if (wt_add_attr(doc, ent, pending_role.r0, r1, false) != WARTA_OK)
              goto oom;
            if (from) {
              if (wt_add_attr(doc, ent, pending_role.t1 + 1, nt0 - 1, true) != WARTA_OK) goto oom;
            } else if (pending_role.a1 > pending_role.a0 &&
                       wt_add_attr(doc, ent, pending_role.a0, pending_role.a1, true) != WARTA_OK) {
              goto oom;
            }
            /* (a body speaking through its official: "Kementerian
             * Lingkungan Hidup (KLH) melalui Deputi …, Suharyanto …,") */
            uint32_t body0 = 0, body1 = 0;
            if (body_through(doc, s0, pending_role.r0, &body0, &body1) &&
                wt_add_attr(doc, ent, body0, body1, true) != WARTA_OK)
              goto oom;
            have_pending = false;
          }
          uint32_t j = np.t1;
          /* (degrees after the name: "dr. Melati Anggraeni, Sp.A dari RSUD …") */
          /* (abbreviated, "Sp.A", "M.Si", not a word: "profesor politik") */
          for (uint32_t dn = 0; j + 2 < s1 && is_punct(doc, j, ',') && is_cap(doc, j + 1) && !tok_common(doc, j + 1) &&
                                (wt_lex_cls2(LX(doc), wt_phrase(doc, j + 1, s1, &dn)) & LX2_TITLE_ACAD) && dn;)
            j += 1 + dn;
          /* (the name may carry an age: "Sutini (47), pedagang cabai …,") */
          bool aged = true;
          if (j + 3 < s1 && wt_age_at(doc, j, s1) &&
              (is_punct(doc, j + 3, ',') || wt_tok_is(doc, j + 3, "adalah") || wt_tok_is(doc, j + 3, "merupakan")))
            j += 3;
          /* (or an age written out between commas: "Rosmawati br Ginting, 52
           * tahun, petani …,") */
          else if (j + 3 < s1 && is_punct(doc, j, ',') && wt_tok(doc, j + 1)->kind == WARTA_TOK_NUMBER &&
                   wt_tok_is(doc, j + 2, "tahun") && is_punct(doc, j + 3, ','))
            j += 3;
          else
            aged = false;
          /* (a made-up name says so: "Rina (34), bukan nama sebenarnya,
           * seorang guru honorer …,") */
          uint32_t pa = wt_pseudonym_aside(doc, j, s1);
          if (pa && pa < s1) {
            j = pa;
            aged = true;
          }
          /* "NAME, ROLE [dari ORG],"; after "Menurut NAME," a clause
           * follows, not an apposition ("Menurut Kusnawan, pelaku pariwisata
           * di Gili juga siap ...") */
          /* (nor after "Kata NAME," opening the sentence unless a comma
           * closes the apposition: "Kata Sultan Hamengku Buwono X, warga
           * harus tenang." is what he said) */
          bool kata_open = np.t0 > 0 && wt_tok_is(doc, np.t0 - 1, "kata") && (wt_tok(doc, np.t0 - 1)->flags & TF_SENT_START);
          for (uint32_t w = j + 1; kata_open && w < s1 && w - j <= 12; w++)
            if (is_punct(doc, w, ',')) kata_open = false;
          /* ("NAME selaku ROLE": in the capacity of, "Budi Santoso selaku
           * Ketua RT 05 mengatakan") */
          /* (after "Menurut NAME," only a post in commas, wt_post_aside:
           * "Menurut Bambang, kurator seniman akan bisa membantu" is what
           * he said) */
          bool menurut = np.t0 > 0 && wt_tok_is(doc, np.t0 - 1, "menurut");
          /* (not for one named as another's relation: in "Kim Yo Jong, adik
           * perempuan Kim Jong Un yang juga pejabat senior …" the clause
           * may be hers) */
          bool kin = role_of_relation(doc, &np);
          for (uint32_t w = np.t0; !kin && w-- > s0 && np.t0 - w <= 3 && is_word(doc, w) &&
                                   !(wt_tok(doc, w)->flags & TF_CAP);)
            kin = wt_lex_cls2(LX(doc), wt_lexof(doc, w)) & LX2_ROLE_REL;
          uint32_t also = kin ? 0 : also_post(doc, j, s1);
          /* ("NAME (38) adalah guru Bahasa Indonesia di …": the copula
           * gives the person a post as a comma does) */
          if (!also && !kin && j + 2 < s1 && (wt_tok_is(doc, j, "adalah") || wt_tok_is(doc, j, "merupakan"))) {
            uint32_t w = j + 1;
            if (wt_tok_is(doc, w, "seorang")) w++;
            if (w + 1 < s1 && !(wt_tok(doc, w)->flags & TF_CAP) &&
                (wt_phrase_unionof(doc, w) & (LX_ROLE | LX_ROLE_COMMON)) &&
                (phrase_cls(doc, w, s1, &(uint32_t){0}) & (LX_ROLE | LX_ROLE_COMMON)))
              also = w;
          }
          if (j + 1 < s1 && (is_punct(doc, j, ',') || wt_tok_is(doc, j, "selaku") || also) && !kata_open &&
              (!menurut || also || wt_post_aside(doc, j, s1))) {
            wt_np ap;
            wt_np_parse(doc, also ? also : j + 1, s1, &ap);
            /* (after "yang juga" the person is named already: a name after
             * the post is the body's, "yang juga Wakil Ketua | Aprindo") */
            if (also && ap.kind == NP_PER && ap.r1 > ap.r0 && ap.m0 == ap.n0) {
              ap.kind = NP_ROLE;
              if (ap.a1 == ap.a0) ap.a0 = ap.n0;
              ap.a1 = ap.n1;
              ap.m0 = ap.n0 = ap.n1;
            }
            /* (inside the description of someone just named, one unknown
             * word after the body is the body's, not another person: "guru
             * di SD Negeri Haliwen,", "mahasiswi Universitas Islam Omdurman
             * asal Makassar,") */
            /* (and any words after a bare head: "santri kelas XI Madrasah |
             * Aliyah Nurul Falah,") */
            /* (so are two or three words of which none is a given name or a
             * name's word: "pelatih SSB | Numbay Muda,") */
            if (ap.kind == NP_PER && ap.r1 > ap.r0 && ap.a1 > ap.a0 && ap.a1 <= ap.m0 && ap.m0 == ap.n0 &&
                ap.t1 == ap.n1 && !role_of_relation(doc, &ap) &&
                ((ap.n1 <= ap.n0 + 3 && no_name_hint(doc, ap.n0, ap.n1)) || bare_head(doc, ap.a0, ap.a1))) {
              ap.kind = NP_ROLE;
              ap.a1 = ap.n1;
              ap.m0 = ap.n0 = ap.n1;
            } else if (ap.kind == NP_PER && ap.r1 > ap.r0 && ap.a1 == ap.a0 && ap.m0 == ap.n0 &&
                       ap.n1 == ap.n0 + 1 && ap.t1 == ap.n1 && ap.r1 == ap.n0 && !is_name_hint(doc, ap.n0) &&
                       !(wt_tok(doc, ap.r0)->flags & TF_CAP)) {
              /* (so is one unknown word right after a role in lower case:
               * the people or the field it is of, "Vincentius Mahuze (58),
               * tokoh adat Marind dari Kampung Kaliki,") */
              ap.kind = NP_ROLE;
              ap.r1 = ap.n1;
              ap.m0 = ap.n0 = ap.n1;
            }
            wt_np org = {0};
            if (ap.kind == NP_ROLE || ap.kind == NP_DESC) {
              uint32_t k = ap.t1;
              /* (or the body one works at: "dokter di RSUD Kota Depok", not
               * a place, "pedagang di Pasar Kebayoran Lama, Jakarta") */
              if (k + 1 < s1 && (wt_tok_is(doc, k, "dari") || wt_tok_is(doc, k, "di"))) {
                wt_np_parse(doc, k + 1, s1, &org);
                if (org.kind == NP_ORG) k = org.t1;
              }
              /* an apposition ends the phrase: a comma, the sentence's end, a
               * cue ("Menurut Bambang, kurator seniman akan bisa membantu"
               * is a clause, not Bambang's role) */
              const wt_token *tk = k < s1 ? wt_tok(doc, k) : NULL;
              if (tk && !(tk->kind == WARTA_TOK_PUNCT || tk->kind == WARTA_TOK_QUOTE ||
                          (wt_clsof(doc, k) & LX_CUE))) {
                /* (or "dari", "di", "yang" ... and a comma further on: "Emma
                 * Larantukan, general manager di salah satu hotel ..., juga") */
                uint32_t c = k;
                while (c < s1 && c - k < 30 && !is_punct(doc, c, ',')) c++;
                /* (or, after a speaker named by a cue, to whom and when:
                 * "kata Rendra, Head of Research …, kepada Kontan.co.id,
                 * Selasa (4/11)") */
                bool link = wt_tok_is(doc, k, "dari") || wt_tok_is(doc, k, "di") || wt_tok_is(doc, k, "yang") ||
                            wt_tok_is(doc, k, "asal") ||
                            wt_tok_is(doc, k, "pada") || wt_tok_is(doc, k, "untuk") ||
                            (np.t0 > 0 && (wt_clsof(doc, np.t0 - 1) & LX_CUE) &&
                             (wt_tok_is(doc, k, "kepada") || wt_tok_is(doc, k, "saat") || wt_tok_is(doc, k, "ketika") ||
                              wt_tok_is(doc, k, "dalam") || wt_tok_is(doc, k, "melalui")));
                /* (a person given with an age may be described to the
                 * sentence's end: "Salah satunya Sunarti (45), pedagang
                 * sayur di Pasar Minggu.") */
                if (!link || (c >= s1 && !aged) || c - k >= 30) ap.kind = NP_NONE;
                /* (where one works, lives or is from stays in the
                 * description: "Cecep Hidayat, pedagang | di Pasar Kosambi,",
                 * "Rusli Tandi, petani merica | dari Desa Loeha,") */
                else if (ap.r1 == k && c - k <= 9 && k + 1 < c && place_link(doc, k) && plain_place(doc, k + 1, c))
                  ap.r1 = c;
              }
              /* (a role in commas before another name is that person's:
               * "Berbeda dengan Siti, korban lain, Andi Prasetyo (31),
               * mengaku") */
              wt_np nx;
              if (ap.kind != NP_NONE && k + 1 < s1 && is_punct(doc, k, ',') && wt_np_parse(doc, k + 1, s1, &nx) &&
                  nx.kind == NP_PER && nx.r1 == nx.r0 && nx.a1 == nx.a0 && nx.m0 == nx.t0)
                ap.kind = NP_NONE;
            }
            /* an apposition of words no list knows, set off by commas
             * before the verb: "Sutrisno (45), operator SPBU di Jalan
             * Pramuka, mengatakan ..." */
            if (ap.kind != NP_ROLE && ap.kind != NP_DESC && ap.kind != NP_PER && ap.kind != NP_ORG)
              lower_apposition(doc, j + 1, s1, aged || (np.t0 > 0 && (wt_clsof(doc, np.t0 - 1) & LX_CUE)), &ap);
            if (ap.kind == NP_ROLE || ap.kind == NP_DESC) {
              /* (where one lives, a unit of administration, stays in an
               * everyday description: "warga | Kelurahan Menteng") */
              if (ap.a1 > ap.a0 && ap.a0 == ap.r1 && (wt_lex_cls2(LX(doc), wt_lexof(doc, ap.a0)) & LX2_LOC_ADMIN) &&
                  (phrase_cls(doc, ap.r0, ap.r1, &(uint32_t){0}) & LX_ROLE_COMMON))
                ap.r1 = ap.a0 = ap.a1;
              if (wt_add_attr(doc, ent, ap.r0, ap.r1, false) != WARTA_OK) goto oom;
              /* (the person a relation is to is no body: "Agus Santoso, adik
               * Budi Santoso," has the role "adik" and no affiliation; "juru
               * bicara Kejaksaan Negeri Mataram" keeps its body) */
              bool to_person = role_of_relation(doc, &ap) && is_name_hint(doc, ap.a0) &&
                               !(phrase_cls(doc, ap.a0, ap.a1, &(uint32_t){0}) & (LX_ORG | LX_ORG_HEAD | LX_LOC | LX_MEDIA));
              if (ap.a1 > ap.a0 && !to_person && wt_add_attr(doc, ent, ap.a0, ap.a1, true) != WARTA_OK) goto oom;
              if (org.kind == NP_ORG) {
                if (wt_add_attr(doc, ent, org.m0, org.t1, true) != WARTA_OK) goto oom;
                if (wt_np_register(doc, &org) == -2) goto oom;
                ap.t1 = org.t1;
              }
              if (gazetteer_mentions(doc, ap.r0, ap.r1) != WARTA_OK) goto oom;
              np.t1 = ap.t1;
            }
          } else if (j + 1 < s1 && wt_tok_is(doc, j, "dari")) {
            wt_np org;
            wt_np_parse(doc, j + 1, s1, &org);
            if (org.kind == NP_ORG) {
              if (wt_add_attr(doc, ent, org.m0, org.t1, true) != WARTA_OK) goto oom;
              if (wt_np_register(doc, &org) == -2) goto oom;
            }
          }
          pending_role_ent = ent;
        } else if (np.kind == NP_ROLE &&
                   /* (a second post in commas after the first, nearer the
                    * name, is the name's: "Saksi lain, | Kepala Divisi
                    * Pengadaan Perum …, | Samuel Hendrawan,") */
                   (!have_pending || (np.t0 > pending_role.t1 && np.t0 > s0 && is_punct(doc, np.t0 - 1, ',')))) {
          pending_role = np;
          /* (its field in lower case, up to the body it is from: "Pengamat
           * keamanan | siber dari Universitas Indonesia, Hendra …,") */
          uint32_t w = np.t1;
          while (np.a1 == np.a0 && w < s1 && w - np.t1 < 4 && wt_tok(doc, w)->kind == WARTA_TOK_WORD &&
                 !(wt_tok(doc, w)->flags & TF_CAP) && !wt_tok_is(doc, w, "dari") &&
                 !wt_tok_is(doc, w, "di") && !(wt_clsof(doc, w) & (LX_NP_STOP | LX_CUE | LX_CLAUSE_CONJ)) &&
                 !wt_is_verb_form(LX(doc), doc->text + wt_tok(doc, w)->start, wt_tok(doc, w)->end - wt_tok(doc, w)->start))
            w++;
          /* (a product's code may end the field: "uji klinis vaksin M72") */
          if (w > np.t1 && w + 2 < s1 && wt_tok(doc, w)->kind == WARTA_TOK_WORD && (wt_tok(doc, w)->flags & TF_DIGIT))
            w++;
          if (w > np.t1 && w + 1 < s1 && (wt_tok_is(doc, w, "dari") || wt_tok_is(doc, w, "di")) &&
              (is_cap(doc, w + 1) || (wt_lex_cls2(LX(doc), wt_lexof(doc, w + 1)) & LX2_ORG_NOUN)))
            pending_role.r1 = pending_role.t1 = w;
          have_pending = true;
        } else if (np.kind == NP_DESC && !have_pending && np.t1 < s1 &&
                   (is_punct(doc, np.t1, ',') ||
                    ((wt_tok_is(doc, np.t1, "dari") || wt_tok_is(doc, np.t1, "di")) && np.t1 + 1 < s1 &&
                     (is_cap(doc, np.t1 + 1) || place_to_comma(doc, np.t1 + 1, s1) ||
                      /* (or a noun for bodies first: "Peneliti keamanan siber
                       * dari lembaga riset Cyberwatch Nusantara, …") */
                      (wt_lex_cls2(LX(doc), wt_lexof(doc, np.t1 + 1)) & LX2_ORG_NOUN)))) &&
                   (wt_clsof(doc, np.r0) & (LX_ROLE | LX_ROLE_COMMON))) {
          /* an occupation described, then the name in commas: "Pengendara
           * mobil dalam video itu, Yudi Hartanto (34)," -- the role is the
           * occupation before its place or clause */
          /* (or its body first: "Pengamat keamanan siber dari Universitas
           * Indonesia, Hendra Gunawan Saputra,") */
          pending_role = np;
          for (uint32_t w = np.r0 + 1; w < np.r1; w++)
            if (!(wt_tok(doc, w)->flags & TF_CAP) && (wt_clsof(doc, w) & (LX_NP_STOP | LX_CLAUSE_CONJ))) {
              pending_role.r1 = w;
              break;
            }
          have_pending = true;
        }
        /* a nickname inside a description of the person named last: "Pria
         * yang akrab disapa Bapa Frans itu" -- the name means that person
         * from here on */
        if (np.kind == NP_DESC && np.r1 > np.r0 && np.r1 + 4 < np.t1 && wt_tok_is(doc, np.r1, "yang") &&
            nickname_at(doc, np.r1 + 3, np.r1 + 3, s1)) {
          uint32_t a = np.r1 + 3, b = np.t1 - 1; /* [a, b): the name before "itu" */
          bool names = b > a && b - a <= 3;
          for (uint32_t w = a; names && w < b; w++) names = is_cap(doc, w) && wt_tok(doc, w)->kind == WARTA_TOK_WORD;
          int32_t owner = names ? last_person_before(doc, np.m0) : -1;
          if (owner >= 0 && person_for(doc, a, a, b, false) < 0 && alias_person(doc, owner, a, b) != WARTA_OK)
            goto oom;
        }
        i = np.t1 > i ? np.t1 : i + 1;
      }
      (void)pending_role_ent;
    }
  }
  return WARTA_OK;
oom:
  return wt_fail(doc, WARTA_ERR_NOMEM, -1, "out of memory in the entity stage");
}

/* Public views: group mentions, roles and affiliations per entity, in arena
 * arrays.  Entities without mentions are dropped. */
int wt_entities_finish(warta_doc *d) {
  size_t ne = d->ents_x.len;
  if (wt_vec_reserve(&d->ents, ne) != 0) return WARTA_ERR_NOMEM;
  warta_entity *pub = d->ents.data;
  uint32_t *cnt = wt_arena_alloc(&d->arena, (ne + 1) * 3 * sizeof(uint32_t));
  int32_t *map = wt_arena_alloc(&d->arena, (ne + 1) * sizeof(int32_t));
  if (!cnt || !map) return WARTA_ERR_NOMEM;
  memset(cnt, 0, (ne + 1) * 3 * sizeof(uint32_t));
  for (size_t i = 0; i < d->mentions.len; i++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, i);
    if (m->entity >= 0 && (size_t)m->entity < ne) cnt[m->entity * 3]++;
  }
  for (size_t i = 0; i < d->attrs.len; i++) {
    const wt_attr *a = &WT_VEC_AT(d->attrs, wt_attr, i);
    if (a->entity >= 0 && (size_t)a->entity < ne) cnt[a->entity * 3 + 1 + a->affil]++;
  }
  /* the span lists of all entities in one block, each taking its slice
   * (room for every mention and attribute: those of entities never
   * mentioned are few) */
  size_t nspans = d->mentions.len + d->attrs.len;
  warta_span *spans = wt_arena_alloc(&d->arena, (nspans + 1) * sizeof *spans);
  if (!spans) return WARTA_ERR_NOMEM;
  size_t out = 0;
  for (size_t i = 0; i < ne; i++) {
    map[i] = -1;
    if (!cnt[i * 3]) continue;
    const wt_entity_x *x = &WT_VEC_AT(d->ents_x, wt_entity_x, i);
    warta_entity *e = &pub[out];
    memset(e, 0, sizeof *e);
    e->type = x->type;
    e->name = x->name;
    e->mentions = spans;
    e->roles = spans + cnt[i * 3];
    e->affiliations = spans + cnt[i * 3] + cnt[i * 3 + 1];
    spans += cnt[i * 3] + cnt[i * 3 + 1] + cnt[i * 3 + 2];
    map[i] = (int32_t)out++;
  }
  for (size_t i = 0; i < d->mentions.len; i++) {
    wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, i);
    if (m->entity < 0 || (size_t)m->entity >= ne || map[m->entity] < 0) continue;
    warta_entity *e = &pub[map[m->entity]];
    ((warta_span *)e->mentions)[e->nmentions++] = (warta_span){m->start, m->end};
  }
  /* an organisation, place or outlet is named by the gazetteer's name when
   * the article writes it; otherwise (the article says "China", "Polri")
   * by its fullest written form; an acronym gives way to the full name the
   * article spells out ("Badan Meteorologi, Klimatologi, dan Geofisika") */
  for (size_t i = 0; i < ne; i++) {
    const wt_entity_x *x = &WT_VEC_AT(d->ents_x, wt_entity_x, i);
    /* (outlets keep the gazetteer's short name: AP, AFP, Antara) */
    if (map[i] < 0 || x->type == WARTA_PER || x->type == WARTA_MEDIA || !x->name || x->lex == LEX_NONE) continue;
    warta_entity *e = &pub[map[i]];
    char got[NAME_CAP];
    bool written = false;
    uint32_t best = 0;
    warta_span longest = {0, 0};
    for (uint32_t k = 0; k < e->nmentions; k++) {
      warta_span sp = e->mentions[k];
      /* "Kementerian Kesehatan (Kemenkes)": the name without its acronym */
      if (sp.end - sp.start > 3 && d->text[sp.end - 1] == ')') {
        for (uint32_t q = sp.end - 1; q > sp.start + 1; q--)
          if (d->text[q] == '(' && d->text[q - 1] == ' ') {
            sp.end = q - 1;
            break;
          }
      }
      if (!written && folded_eq(d->text + sp.start, sp.end - sp.start, ent_folded(x), x->flen, got)) written = true;
      if (sp.end - sp.start > best) {
        best = sp.end - sp.start;
        longest = sp;
      }
    }
    /* (an acronym: no lower-case letter or space in the gazetteer's name;
     * asked last, when the rest holds) */
    bool rename = best && !written;
    if (best && written && best > x->nlen && memchr(d->text + longest.start, ' ', best)) {
      rename = true;
      for (const char *p = x->name; *p && rename; p++)
        if ((*p >= 'a' && *p <= 'z') || *p == ' ') rename = false;
    }
    if (rename) {
      const char *nm = wt_arena_strndup(&d->arena, d->text + longest.start, best);
      if (!nm) return WARTA_ERR_NOMEM;
      e->name = nm;
    }
  }
  /* a body's name without its short form in brackets at the end ("Badan
   * Tenaga Atom Internasional (IAEA)", "Center of Economic and Law Studies
   * (Celios)"): the short form is another name of it, not a part; a legal
   * form stays ("PT PLN (Persero)") */
  for (size_t i = 0; i < ne; i++) {
    const wt_entity_x *x = &WT_VEC_AT(d->ents_x, wt_entity_x, i);
    if (map[i] < 0 || x->type == WARTA_PER || x->type == WARTA_MEDIA || !x->name) continue;
    warta_entity *e = &pub[map[i]];
    /* (the name's length known unless the loop above renamed it) */
    size_t n = e->name == x->name ? x->nlen : strlen(e->name);
    if (n < 6 || e->name[n - 1] != ')') continue;
    const char *open = e->name + n - 1;
    while (open > e->name && *open != '(') open--;
    if (*open != '(' || open < e->name + 2 || open[-1] != ' ' || memchr(open, ' ', (size_t)(e->name + n - open)) ||
        (wt_lex_cls(LX(d), wt_lex_find(LX(d), open + 1, (size_t)(e->name + n - 1 - (open + 1)))) & LX_ORG_SUFFIX))
      continue;
    const char *nm = wt_arena_strndup(&d->arena, e->name, (size_t)(open - 1 - e->name));
    if (!nm) return WARTA_ERR_NOMEM;
    e->name = nm;
  }
  for (size_t i = 0; i < d->attrs.len; i++) {
    const wt_attr *a = &WT_VEC_AT(d->attrs, wt_attr, i);
    if (a->entity < 0 || (size_t)a->entity >= ne || map[a->entity] < 0) continue;
    warta_entity *e = &pub[map[a->entity]];
    if (a->affil) ((warta_span *)e->affiliations)[e->naffiliations++] = (warta_span){a->start, a->end};
    else ((warta_span *)e->roles)[e->nroles++] = (warta_span){a->start, a->end};
  }
  d->ents.len = out;
  /* sources are named like their outlet's entity */
  {
    size_t si = 0;
    const wt_source_x *sx = d->srcs.data;
    for (size_t q = 0; q < d->quotes.len; q++) {
      warta_quote *pq = &WT_VEC_AT(d->quotes, warta_quote, q);
      while (si < d->srcs.len && sx[si].quote < q) si++;
      for (uint32_t k = 0; k < pq->nsources && si + k < d->srcs.len; k++) {
        int32_t e = sx[si + k].entity;
        if (e >= 0 && (size_t)e < ne && map[e] >= 0) ((warta_source *)pq->sources)[k].name = pub[map[e]].name;
      }
    }
  }
  /* quotes point at entities by their public index */
  for (size_t i = 0; i < d->quotes.len; i++) {
    warta_quote *q = &WT_VEC_AT(d->quotes, warta_quote, i);
    if (q->entity >= 0) q->entity = (size_t)q->entity < ne ? map[q->entity] : -1;
  }
  return WARTA_OK;
}
