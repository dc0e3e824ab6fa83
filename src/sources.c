/*
 * sources.c — the agency or outlet each quote came through.
 *
 *   "…," kata X, seperti melansir TASS 13 September.     source TASS, 2023-09-13
 *   dikutip dari AFP / menurut kantor berita Interfax / Reuters melaporkan
 *   kata X kepada Reuters                                 (given to Reuters)
 *   Jakarta (ANTARA) -                                    the whole article
 *
 * Scope: a source named in a paragraph covers every quote of that paragraph
 * and of the following paragraphs, until a paragraph names another source,
 * or says that the outlet heard the statement itself ("saat dihubungi",
 * "kepada wartawan") or that an outlet was told it ("kata X kepada
 * Reuters"): such a paragraph takes no source from before, and the scope
 * ends there --
 * but for a press event held abroad, or with no place named where the person
 * the relay quoted speaks again ("ujar Morimoto kepada wartawan usai
 * pertemuan" after "…, seperti dilaporkan Kyodo"): the relay's story goes on.
 * A statement told to an outlet ("kata X kepada Reuters", "saat dihubungi
 * Kompas.com", also the publisher itself: the text names it, and so does
 * every copy of the article) has that outlet as its source; when the outlet
 * is abroad or on no list, the article relays its interview, and the
 * teller's later statements have it too (mark_told).
 * A date right after the source's name ("TASS 13 September", "AFP, Senin
 * (13/4/2020)") is the source's date.  A dateline counts only when it names
 * a news agency ("(ANTARA)", "(Reuters)"): an outlet's own name in its
 * dateline ("JAKARTA, KOMPAS —") is the publisher, not an upstream source.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const wt_lexicon *LX(const warta_doc *d) { return d->eng->lex; }

static bool is_p(const warta_doc *d, uint32_t i, unsigned char ch) {
  const wt_token *t = wt_tok(d, i);
  return t->kind == WARTA_TOK_PUNCT && t->ch == ch;
}

typedef struct occ {
  uint32_t para, tok;
  int32_t entity;
  bool firsthand; /* not a source: the outlet heard it (src unset) */
  bool press;     /* (firsthand) at a press event with no place named */
  bool relayed;   /* (press) the relay's story going on: no note at all */
  bool told;      /* (firsthand, src set) the outlet was told it: "kata X
                   * kepada Reuters" — a source of the quotes of its
                   * sentence [s0, s1), and in a relay of the teller's next
                   * ones */
  uint32_t s0, s1;
  int32_t teller; /* (told) the entity of its sentence's quote, or TELLER_* */
  warta_source src;
} occ;

/* (occ.teller before its sentence's quote is seen; when the note covers that
 * quote alone; when someone unnamed told it, "Seorang diplomat …") */
enum { TELLER_UNSEEN = -1, TELLER_NO_RELAY = -2, TELLER_UNNAMED = -3 };

/* Where the stage looks mentions up: the last answer of wt_mention_seek,
 * and a bit per token where an indexed mention of an outlet starts (most
 * capitalised words start none: they are answered without a search). */
typedef struct mscan {
  size_t cur;
  const uint64_t *media;
} mscan;

/* The MEDIA mention starting at token i, or -1 (mentions indexed by their
 * first token in d->ment_by_tok, built by wt_sources). */
static int32_t media_at(const warta_doc *d, uint32_t i, mscan *ms) {
  if (!((ms->media[i / 64] >> (i % 64)) & 1)) return -1;
  const uint32_t *ix = d->ment_by_tok;
  size_t n = d->nment_by_tok; /* mentions added since are not indexed */
  size_t lo = wt_mention_seek(d, i, &ms->cur);
  for (; lo < n; lo++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, ix[lo]);
    if (m->tok0 != i) break;
    if (m->type == WARTA_MEDIA && m->entity >= 0) return (int32_t)ix[lo];
  }
  return -1;
}

/* Is token i an acronym the text defined ("… tentang Pemerintahan Aceh
 * (UUPA)"): the short name of what it stands for, no outlet? */
static bool defined_acronym(const warta_doc *d, uint32_t i) {
  int32_t m = wt_mention_find(d, i, i + 1);
  return m >= 0 && WT_VEC_AT(d->mentions, wt_mention, m).how == MH_ALIAS &&
         WT_VEC_AT(d->mentions, wt_mention, m).type != WARTA_MEDIA;
}

/* Is token i a mention of a person or a body (not an outlet) named
 * before it in the text?  (Rare: only "kepada" and an acronym no list
 * knows get here, so the mentions are looked through.) */
static bool named_otherwise(const warta_doc *d, uint32_t i) {
  int32_t m = wt_mention_find(d, i, i + 1);
  if (m < 0) return false;
  const wt_mention *x = &WT_VEC_AT(d->mentions, wt_mention, m);
  if (x->type == WARTA_MEDIA || x->entity < 0) return false;
  for (size_t k = 0; k < d->mentions.len; k++) {
    const wt_mention *y = &WT_VEC_AT(d->mentions, wt_mention, k);
    if (y->entity == x->entity && y->type == x->type && y->tok0 < i) return true;
  }
  return false;
}

static const char *entity_name(const warta_doc *d, int32_t e) {
  return WT_VEC_AT(d->ents_x, wt_entity_x, e).name;
}

/* An outlet no list knows, named after a cue that only outlets follow
 * ("dilansir dari Dawn", "melansir VnExpress"): the capitalised words (or
 * the web address) there.  Returns the new mention, -1 none, -2 OOM. */
static int32_t unknown_outlet(warta_doc *d, uint32_t at, uint32_t lim) {
  const wt_token *t = wt_tok(d, at);
  if (!((t->flags & TF_CAP) || t->kind == WARTA_TOK_URL)) return -1;
  uint32_t e = at + 1;
  while (e < lim && e - at < 5) {
    const wt_token *x = wt_tok(d, e);
    if (x->kind == WARTA_TOK_WORD && (x->flags & TF_CAP) && !(wt_clsof(d, e) & (LX_CUE | LX_ROLE | LX_TITLE)) &&
        !(x->flags & TF_SENT_START))
      e++;
    else if (x->kind == WARTA_TOK_PUNCT && x->ch == PC_DASH && !(x->flags & TF_SPACE_BEFORE)) e++;
    else break;
  }
  /* a person named there is not an outlet ("mengutip Presiden Joko Widodo") */
  wt_np np;
  if (wt_np_parse(d, at, lim, &np) && (np.kind == NP_PER && (np.r1 > np.r0 || np.m0 < np.n0))) return -1;
  if ((np.kind == NP_LOC || np.kind == NP_ORG) && np.lex != LEX_NONE && e == np.t1) return -1; /* a known place or body */
  return wt_new_mention_entity(d, at, e, WARTA_MEDIA);
}

/* The organisation mention starting at token i, or -1. */
static int32_t body_at(const warta_doc *d, uint32_t i) {
  size_t cur = 0;
  for (size_t lo = wt_mention_seek(d, i, &cur); lo < d->nment_by_tok; lo++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, d->ment_by_tok[lo]);
    if (m->tok0 != i) break;
    if (m->type == WARTA_ORG && m->entity >= 0) return (int32_t)d->ment_by_tok[lo];
  }
  return -1;
}

/* The date right after token e-1 (", " or "pada" allowed between), or NULL. */
static const char *date_after(warta_doc *d, uint32_t e, uint32_t lim) {
  if (e < lim && is_p(d, e, ',')) e++;
  if (e < lim && wt_tok_is(d, e, "pada")) e++;
  int32_t k = wt_date_after(d, e);
  if (k < 0 || e >= lim) return NULL;
  const wt_date_x *x = &WT_VEC_AT(d->dates_x, wt_date_x, k);
  if (x->days == INT32_MIN) return NULL;
  return WT_VEC_AT(d->dates, warta_date, k).value;
}

/* An outlet's name in lower case (ASCII) for comparison; returns its length. */
static size_t outlet_key(const char *s, size_t n, char *out, size_t cap) {
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < cap; i++) out[k++] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
  out[k] = 0;
  return k;
}

/* The outlet a byline near the top names: "Rizky Fadhilah - detikJatim",
 * "Laporan Wartawan Tribunnews.com, Galuh Widya Pratama" (a line of its
 * own, in the first four paragraphs).  Its key in out; 0 when none. */
static size_t byline_key(const warta_doc *d, char *out, size_t cap) {
  const wt_para *paras = d->paras.data;
  for (size_t p = 0; p < d->paras.len && p < 4; p++) {
    uint32_t a = paras[p].tok0, b = paras[p].tok1;
    if (b <= a || b - a > 10) continue;
    uint32_t o0 = 0, o1 = 0;
    if (b - a >= 4 && wt_tok_is(d, a, "laporan") && wt_tok_is(d, a + 1, "wartawan")) {
      o0 = a + 2;
      for (o1 = o0; o1 < b && !is_p(d, o1, ','); o1++) {}
      if (o1 == b || o1 == o0) continue;
    } else {
      /* NAME - OUTLET: capitalised words, a dash, one word */
      uint32_t k = a;
      while (k < b && wt_tok(d, k)->kind == WARTA_TOK_WORD && (wt_tok(d, k)->flags & TF_CAP)) k++;
      const wt_token *t = k < b ? wt_tok(d, k) : NULL;
      if (k == a || !t || t->kind != WARTA_TOK_PUNCT || k + 2 != b) continue;
      size_t tl = t->end - t->start;
      if (!((tl == 1 && d->text[t->start] == '-') || (tl == 3 && !memcmp(d->text + t->start, "\xE2\x80\x93", 3))))
        continue;
      o0 = k + 1;
      o1 = b;
    }
    size_t s = wt_tok(d, o0)->start, e = wt_tok(d, o1 - 1)->end;
    if (e - s < 3 || e - s > 40) continue;
    return outlet_key(d->text + s, e - s, out, cap);
  }
  return 0;
}

/* The publisher's key: the dateline's outlet ("JAKARTA, KOMPAS —"), else the
 * site of the URL's host without subdomains ("https://nasional.kompas.com/…"
 * -> "kompas.com", "www.tempo.co" -> "tempo.co", "x.go.id" kept whole), else
 * the outlet of a byline. */
static size_t publisher_key(const warta_doc *d, char *out, size_t cap) {
  out[0] = 0;
  if (d->has_dateline && d->dateline.outlet.end > d->dateline.outlet.start) {
    const char *o = d->text + d->dateline.outlet.start;
    size_t n = d->dateline.outlet.end - d->dateline.outlet.start;
    /* (a domain the lexicon knows as another name of an outlet stands for
     * that name: "JAKARTA, investor.id –" is Investor Daily's) */
    uint32_t x = wt_lex_find(LX(d), o, n);
    const char *canon = x != LEX_NONE && (wt_lex_cls(LX(d), x) & LX_MEDIA) ? wt_lex_canon(LX(d), x) : NULL;
    if (canon && memchr(o, '.', n) && !strchr(canon, '.')) return outlet_key(canon, strlen(canon), out, cap);
    return outlet_key(o, n, out, cap);
  }
  const char *u = d->url;
  if (!u) return byline_key(d, out, cap);
  const char *h = strstr(u, "://");
  h = h ? h + 3 : u;
  size_t n = strcspn(h, "/:?#@");
  /* the last two labels, three under a second-level domain (".co.id") */
  size_t dots = 0, start = 0;
  for (size_t i = n; i-- > 0 && !start;) {
    if (h[i] != '.' || ++dots < 2) continue;
    const char *l = h + i + 1; /* the last two labels */
    bool second_level = !strncmp(l, "co.", 3) || !strncmp(l, "go.", 3) || !strncmp(l, "ac.", 3) ||
                        !strncmp(l, "or.", 3) || !strncmp(l, "com.", 4) || !strncmp(l, "net.", 4);
    if (dots == 3 || !second_level) start = i + 1;
  }
  return outlet_key(h + start, n - start, out, cap);
}


/* Records the source named by mention mm, found through the cue tokens
 * [cue0, cue1) at token tok of paragraph para. */
static int push_source(warta_doc *d, wt_vec *out, uint32_t para, uint32_t tok, const wt_mention *mm, uint32_t cue0,
                       uint32_t cue1, const char *date) {
  occ *o = WT_VEC_PUSH(out, occ);
  if (!o) return WARTA_ERR_NOMEM;
  memset(o, 0, sizeof *o);
  o->para = para;
  o->tok = tok;
  o->src.name = entity_name(d, mm->entity);
  o->entity = mm->entity;
  o->src.span = (warta_span){mm->start, mm->end};
  o->src.cue = (warta_span){wt_tok(d, cue0)->start, wt_tok(d, cue1 - 1)->end};
  o->src.date = date;
  return WARTA_OK;
}

/* Is the outlet named the publisher itself?  A name with a dot must match
 * whole ("Kompas.com" is not the daily "KOMPAS"); a name without one matches
 * the publisher's up to its dot ("kepada Tempo" in a "TEMPO.CO" article). */
static bool is_publisher(const char *name, const char *pub, size_t npub, size_t npub_dot) {
  char k[64];
  size_t n = strlen(name);
  if (!npub || n >= sizeof k) return false;
  for (size_t i = 0; i < n; i++) k[i] = (char)((name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32 : name[i]);
  if (memchr(name, '.', n)) return n == npub && !memcmp(k, pub, n);
  return n == npub_dot && !memcmp(k, pub, n);
}

/* Is the publisher one of the outlet's editions, the outlet's name and a
 * desk's written as one word ("detikFinance", "detikJatim" are Detik's)?
 * Said of the outlet a statement was given to ("kepada detikcom" in
 * detikFinance's article): another desk's story taken ("Dikutip dari
 * detikJateng") is a source. */
static bool edition_of(const char *name, const char *pub, size_t npub_dot) {
  char k[64];
  size_t n = outlet_key(name, strlen(name), k, sizeof k);
  return n >= 4 && n < npub_dot && !memcmp(k, pub, n) && pub[n] >= 'a' && pub[n] <= 'z';
}

/* Is the outlet named by mention m, with the capitalised words right after
 * it, the publisher or one of its editions: "kepada Jawa Pos Radar Malang"
 * in Radar Malang's article (the lexicon knows "Jawa Pos")? */
static bool run_is_publisher(const warta_doc *d, const wt_mention *m, const char *pub, size_t npub) {
  if (!npub) return false;
  uint32_t e = m->tok1, n = wt_ntok(d);
  while (e < n && e - m->tok1 < 4 && wt_tok(d, e)->kind == WARTA_TOK_WORD && (wt_tok(d, e)->flags & TF_CAP)) e++;
  if (e == m->tok1) return false;
  size_t a = wt_tok(d, m->tok0)->start, b = wt_tok(d, e - 1)->end;
  if (b - a < npub || b - a >= 128) return false;
  char k[128];
  for (size_t i = a; i < b; i++) k[i - a] = (char)((d->text[i] >= 'A' && d->text[i] <= 'Z') ? d->text[i] + 32 : d->text[i]);
  size_t len = b - a;
  return !memcmp(k + len - npub, pub, npub) && (len == npub || k[len - npub - 1] == ' ');
}

/* Is the outlet as written at bytes [start, end) the publisher ("kepada
 * Serambinews.com" under "SERAMBINEWS.COM, LHOKSUKON -", though the lexicon
 * names the outlet Serambi Indonesia; "kepada kumparan" under "kumparan
 * -")? */
static bool written_is_publisher(const warta_doc *d, uint32_t start, uint32_t end, const char *pub, size_t npub,
                                 size_t npub_dot) {
  char k[64];
  size_t n = end - start;
  if (!npub || n >= sizeof k) return false;
  memcpy(k, d->text + start, n);
  k[n] = 0;
  return is_publisher(k, pub, npub, npub_dot);
}

/* Makes the source just recorded one the outlet was told in sentence
 * [s0, s1): the outlet heard it itself, so no relay's scope goes on past
 * it.  It is a source of that sentence's statement, and when the article
 * relays another outlet's interview (relay), of the teller's next ones too
 * (occ.told, occ.teller). */
static void mark_told(wt_vec *out, uint32_t s0, uint32_t s1, bool relay) {
  occ *o = &WT_VEC_AT(*out, occ, out->len - 1);
  o->firsthand = o->told = true;
  o->s0 = s0;
  o->s1 = s1;
  o->teller = relay ? TELLER_UNSEEN : TELLER_NO_RELAY;
}

/* Is a statement told to the outlet of mention mm ("kata X kepada AFP")
 * the start of that outlet's interview, which the article relays?  So for
 * an outlet abroad or one no list knows ("kepada NRK"); an Indonesian
 * outlet told ("saat dihubungi detikcom", "kepada Pos Kupang") is most
 * often the article's own, even where no dateline names its publisher, and
 * its note says so of that statement alone. */
static bool relayed_interview(const warta_doc *d, const wt_mention *mm) {
  const char *name = entity_name(d, mm->entity);
  uint32_t x = wt_lex_find(LX(d), name, strlen(name));
  return x == LEX_NONE || !(wt_lex_cls(LX(d), x) & LX_MEDIA) || (wt_lex_cls2(LX(d), x) & LX2_ABROAD);
}

static int push_firsthand(wt_vec *out, uint32_t para, uint32_t tok, bool press) {
  occ *o = WT_VEC_PUSH(out, occ);
  if (!o) return WARTA_ERR_NOMEM;
  memset(o, 0, sizeof *o);
  o->para = para;
  o->tok = tok;
  o->entity = -1;
  o->firsthand = true;
  o->press = press;
  return WARTA_OK;
}

/* Where a place is named with "di" within the few words after token i:
 * abroad ("… mingguan di Doha", "… bersama mitranya dari Finlandia di
 * Kyiv"), at home ("… di Jakarta"), or nowhere ("… usai pertemuan")? */
enum { HELD_NOWHERE, HELD_ABROAD, HELD_HOME };
static int held_where(warta_doc *d, uint32_t i, uint32_t s1) {
  for (uint32_t k = i; k + 1 < s1 && k < i + 14; k++) {
    if (wt_tok(d, k)->kind == WARTA_TOK_PUNCT) return HELD_NOWHERE;
    if (!wt_tok_is(d, k, "di")) continue;
    uint32_t n = 0;
    uint32_t lex = wt_phrase(d, k + 1, s1, &n);
    if (!n) continue; /* (no place: "kepada wartawan di luar kantornya di Downing Street") */
    if (wt_lex_cls2(LX(d), lex) & LX2_ABROAD) return HELD_ABROAD;
    return (wt_lex_cls(LX(d), lex) & LX_LOC) ? HELD_HOME : HELD_NOWHERE;
  }
  return HELD_NOWHERE;
}

/* Is the dateline's place abroad ("BRUSSELS, KOMPAS.com -")? Reporters
 * there are the wire's as likely as the outlet's own. */
static bool dateline_abroad(const warta_doc *d) {
  if (!d->has_dateline || d->dateline.place.end <= d->dateline.place.start) return false;
  uint32_t lex = wt_lex_find(LX(d), d->text + d->dateline.place.start,
                             d->dateline.place.end - d->dateline.place.start);
  return (wt_lex_cls2(LX(d), lex) & LX2_ABROAD) != 0;
}

/* Is the outlet's name [i, i+len) written as a name, not as the dictionary
 * word it also is ("saling lapor antara warga": the preposition, not the
 * agency)? */
static bool written_as_named(const warta_doc *d, uint32_t i, uint32_t len) {
  /* (a word of it: "kantor berita Interfax"; or a brand in small letters
   * that is no dictionary word: "detikcom", "dpa") */
  for (uint32_t k = i; k < i + len; k++)
    if ((wt_tok(d, k)->flags & TF_CAP) || wt_tok(d, k)->kind == WARTA_TOK_URL) return true;
  const wt_token *t = wt_tok(d, i);
  return len > 1 || !wt_is_common_word(LX(d), d->text + t->start, t->end - t->start);
}

/* Does token i open its sentence (from s0), but for a connective (and its
 * comma) or a participle of speaking before it: "Namun, | kepada DW, …",
 * "Berbicara | kepada BBC, …"? */
static bool opens_sentence(const warta_doc *d, uint32_t s0, uint32_t i) {
  if (i == s0) return true;
  /* (a connective with no comma: "Namun | kepada Reuters dia mengatakan") */
  if (i - s0 == 1 && (wt_clsof(d, s0) & LX_CLAUSE_CONJ) && (wt_tok(d, s0)->flags & TF_CAP)) return true;
  if (i - s0 <= 3 && is_p(d, i - 1, ',')) {
    for (uint32_t k = s0; k + 1 < i; k++)
      if (!(wt_clsof(d, k) & LX_CLAUSE_CONJ) && !wt_tok_is(d, k, "itu")) return false;
    return true;
  }
  return i - s0 <= 2 && (wt_tok_is(d, i - 1, "berbicara") || wt_tok_is(d, i - 1, "menjawab"));
}

/* Source occurrences in sentence [s0, s1), whose first tokens in the lists
 * of starts and firsthand are start0 and first0. */
static int find_in_sentence(warta_doc *d, uint32_t para, uint32_t s0, uint32_t s1, wt_vec *out, mscan *cur,
                            wt_cursor *starts, uint32_t start0, wt_cursor *firsthand, uint32_t first0,
                            const char *pub, size_t npub, size_t npub_dot) {
  /* "saat dihubungi", "kepada wartawan": the outlet's own access (at the
   * words such a phrase may start with, wt_annotate's list) */
  for (uint32_t i = first0; i < s1; i = wt_next_listed(firsthand, i + 1)) {
    uint32_t n = 0;
    uint32_t lex = wt_phrase(d, i, s1, &n);
    if ((wt_lex_cls(LX(d), lex) & LX_FIRSTHAND) && n) {
      /* (a press conference or reporters abroad, "dalam jumpa pers di
       * Seoul", or in an article datelined abroad, "ujar Aasland kepada
       * wartawan" under "BRUSSELS, KOMPAS.com -": the outlet need not
       * have been there; a relay goes on) */
      bool press = (wt_lex_cls2(LX(d), lex) & LX2_PRESS_EVENT) != 0;
      int held = press ? held_where(d, i + n, s1) : HELD_HOME;
      if (press && (held == HELD_ABROAD || dateline_abroad(d))) continue;
      if (push_firsthand(out, para, i, press && held == HELD_NOWHERE) != WARTA_OK) return WARTA_ERR_NOMEM;
      break;
    }
  }
  /* from token to token a source may start at (wt_annotate's list,
   * narrowed by wt_sources): a cue phrase or an outlet; at any other
   * nothing does */
  for (uint32_t i = start0; i < s1; i = wt_next_listed(starts, i + 1)) {
    uint32_t n = 0;
    uint64_t c = 0;
    if (wt_phrase_unionof(d, i) & (LX_SRC_CUE | LX_SRC_TO)) c = wt_lex_cls(LX(d), wt_phrase(d, i, s1, &n));
    uint32_t cue0 = i, cue1 = i, at = UINT32_MAX;
    bool web = false; /* after "laman resmi", "akun": a body's own site */
    bool strong = false; /* an unknown capitalised name counts as an outlet */
    bool to = n && (c & LX_SRC_TO) && !(c & LX_SRC_CUE);
    if (to) {
      /* "kata X kepada Reuters": the clause must report speech */
      bool speech = false;
      for (uint32_t k = s0; k < i; k++)
        if (wt_clsof(d, k) & LX_CUE) speech = true;
      /* (or a quote after a colon: "Jomar (41) kepada Reuters: ”…”"; or
       * the verb after the outlet: "Kang Hye-rim kepada The Korea Herald
       * mengatakan") */
      for (uint32_t k = i + 1; !speech && k + 1 < s1 && k - i <= 5; k++)
        if ((is_p(d, k, ':') && wt_tok(d, k + 1)->kind == WARTA_TOK_QUOTE) ||
            (k > i + 1 && (wt_clsof(d, k) & LX_CUE) && !(wt_tok(d, k)->flags & TF_CAP) &&
             (wt_phrase_unionof(d, k - 1) & LX_MEDIA || (wt_tok(d, k - 1)->flags & TF_CAP))))
          speech = true;
      /* (or after the outlet and a date in commas: "Lusiana Pertiwi kepada
       * ANTARA, Jumat, mengatakan") */
      for (uint32_t k = i + 1; !speech && k < s1 && k - i <= 12; k++) {
        const wt_token *t = wt_tok(d, k);
        if ((t->flags & TF_CAP) || t->kind == WARTA_TOK_NUMBER || wt_date_covers(d, k, k + 1) ||
            (t->kind == WARTA_TOK_PUNCT && (t->ch == ',' || t->ch == '(' || t->ch == ')')))
          continue;
        speech = (wt_clsof(d, k) & LX_CUE) && t->kind == WARTA_TOK_WORD && is_p(d, k - 1, ',');
        break;
      }
      /* (or a verb of saying later in a sentence the phrase opens, or
       * after a participle: "Kepada Sky Sport Italia, Manajer tim …,
       * menegaskan", "yang diwawancarai AP melalui telepon mengatakan") */
      if (opens_sentence(d, s0, i) || !(wt_tok_is(d, i, "kepada") || wt_tok_is(d, i, "dengan")))
        for (uint32_t k = i + n; !speech && k < s1; k++)
          speech = (wt_clsof(d, k) & LX_CUE) && !(wt_tok(d, k)->flags & TF_CAP) && wt_tok(d, k)->kind == WARTA_TOK_WORD;
      if (!speech) to = false;
    }
    if ((n && (c & LX_SRC_CUE)) || to) {
      cue1 = i + n;
      uint32_t j = i + n;
      if (j < s1 && (wt_clsof(d, j) & LX_SRC_BY)) j++; /* "dilaporkan oleh" */
      /* "dari", "kantor berita", "situs" ... between the cue and the name */
      bool filler = false;
      web = false;
      for (int k = 0; k < 4 && j < s1; k++) {
        uint32_t m = 0;
        uint64_t cc = wt_lex_cls(LX(d), wt_phrase(d, j, s1, &m));
        if (m && (cc & LX_MEDIA)) break; /* "kantor berita Interfax" is a name of its own */
        if (m && (cc & LX_SRC_FILLER)) {
          if (cc & LX_SRC_WEB) web = true;
          /* a capitalised filler is part of the outlet's name: "Radio New Zealand" */
          if (wt_tok(d, j)->flags & TF_CAP) {
            filler = true;
            break;
          }
          j += m;
          filler = true;
        } else if (filler && m && (cc & LX_LOC) && j + m < s1 && (wt_tok(d, j + m)->flags & TF_CAP)) {
          j += m; /* "kantor berita Prancis AFP" */
        } else if (filler && j + 1 < s1 && wt_tok(d, j)->kind == WARTA_TOK_WORD && !(wt_tok(d, j)->flags & TF_CAP) &&
                   !(wt_clsof(d, j) & (LX_NP_STOP | LX_CUE)) && k < 3 &&
                   ((wt_tok(d, j + 1)->flags & TF_CAP) || wt_tok(d, j + 1)->kind == WARTA_TOK_WORD)) {
          j++; /* "kantor berita resmi KCNA", "stasiun televisi pemerintah CCTV" */
        } else if (wt_tok_is(d, j, "dari")) {
          j++;
        } else if (j + 1 < s1 && wt_tok_is(d, j, "the") && (wt_phrase_unionof(d, j + 1) & LX_MEDIA)) {
          j++; /* an English name's article: "kepada The Korea Herald" */
        } else {
          break;
        }
      }
      if (j < s1) at = j;
      strong = filler || (c & LX_SRC_STRONG);
      /* "kepada NRK": an acronym no list knows, given a statement (not
       * "bertentangan dengan UUPA", nor an acronym the text defined for a
       * body or a law) */
      /* (nor one the entity stage took for someone's initials or a body:
       * "menyetor Rp 250 juta kepada RDP" after "berinisial RDP, 41") */
      if (to && !strong && at != UINT32_MAX && wt_tok_is(d, i, "kepada") && (wt_tok(d, at)->flags & TF_UPPER) &&
          wt_clsof(d, at) == 0 && !defined_acronym(d, at) && !named_otherwise(d, at))
        strong = true;
    }
    if (at != UINT32_MAX) {
      int32_t m = media_at(d, at, cur);
      if (m < 0) {
        /* a name the entity stage did not start at ("kantor berita Interfax") */
        uint32_t len = 0;
        uint32_t lex = wt_phrase(d, at, s1, &len);
        /* (told, an outlet's brand in small letters is no common word:
         * "bercerita kepada kumparan") */
        if (len && (wt_lex_cls(LX(d), lex) & LX_MEDIA) && (written_as_named(d, at, len) || to)) {
          m = wt_gazetteer_mention(d, lex, at, at + len, WARTA_MEDIA);
          if (m == -2) return WARTA_ERR_NOMEM;
        } else if (web && (m = body_at(d, at)) >= 0) {
          /* "dikutip dari laman resmi AFC": the body's site */
        } else if (strong) {
          m = unknown_outlet(d, at, s1);
          if (m == -2) return WARTA_ERR_NOMEM;
        } else if (to && wt_tok(d, at)->kind == WARTA_TOK_WORD &&
                   written_is_publisher(d, wt_tok(d, at)->start, wt_tok(d, at)->end, pub, npub, npub_dot)) {
          /* "kepada kumparan" under the dateline "kumparan -": the
           * publisher's name in small letters, also a common word (a coil) */
          m = wt_new_mention_entity(d, at, at + 1, WARTA_MEDIA);
          if (m == -2) return WARTA_ERR_NOMEM;
        }
      }
      bool own = false; /* the publisher told it */
      if (m >= 0 && (is_publisher(entity_name(d, WT_VEC_AT(d->mentions, wt_mention, m).entity), pub, npub, npub_dot) ||
                     written_is_publisher(d, WT_VEC_AT(d->mentions, wt_mention, m).start,
                                          WT_VEC_AT(d->mentions, wt_mention, m).end, pub, npub, npub_dot) ||
                     (to && (run_is_publisher(d, &WT_VEC_AT(d->mentions, wt_mention, m), pub, npub) ||
                             edition_of(entity_name(d, WT_VEC_AT(d->mentions, wt_mention, m).entity), pub, npub_dot))))) {
        /* "seperti diberitakan Kompas.com sebelumnya" in Kompas.com's own
         * article: its own reporting; "kata X kepada Kompas.com" there is
         * told like any outlet, below, but is no relay */
        if (!to) {
          if (push_firsthand(out, para, i, false) != WARTA_OK) return WARTA_ERR_NOMEM;
          i = WT_VEC_AT(d->mentions, wt_mention, m).tok1 - 1;
          continue;
        }
        own = true;
      }
      if (m >= 0) {
        const wt_mention *mm = &WT_VEC_AT(d->mentions, wt_mention, m);
        if (push_source(d, out, para, i, mm, cue0, cue1, date_after(d, mm->tok1, s1)) != WARTA_OK)
          return WARTA_ERR_NOMEM;
        if (to) mark_told(out, s0, s1, !own && relayed_interview(d, mm));
        i = mm->tok1 - 1;
        /* a chain: "dikutip Antara dari Reuters", "dikutip Al Jazeera dari
         * televisi Al-Masirah" — the outlet it came from is a source too */
        uint32_t k = mm->tok1;
        if (k + 1 < s1 && wt_tok_is(d, k, "dari")) {
          uint32_t j = k + 1, m2 = 0;
          while (j < s1 && (wt_lex_cls(LX(d), wt_phrase(d, j, s1, &m2)) & LX_SRC_FILLER) && m2 &&
                 !(wt_tok(d, j)->flags & TF_CAP))
            j += m2;
          int32_t up = j < s1 ? media_at(d, j, cur) : -1;
          if (up < 0 && j < s1) {
            uint32_t len = 0;
            uint32_t lex = wt_phrase(d, j, s1, &len);
            if (len && (wt_lex_cls(LX(d), lex) & LX_MEDIA)) up = wt_gazetteer_mention(d, lex, j, j + len, WARTA_MEDIA);
            else up = unknown_outlet(d, j, s1);
            if (up == -2) return WARTA_ERR_NOMEM;
          }
          if (up >= 0) {
            const wt_mention *um = &WT_VEC_AT(d->mentions, wt_mention, up);
            if (push_source(d, out, para, k, um, k, k + 1, NULL) != WARTA_OK) return WARTA_ERR_NOMEM;
            i = um->tok1 - 1;
          }
        }
        continue;
      }
    }
    /* "Reuters melaporkan", "TASS memberitakan" */
    const wt_token *ti = wt_tok(d, i);
    if (!(ti->flags & TF_CAP) && ti->kind != WARTA_TOK_URL) continue;
    int32_t m = media_at(d, i, cur);
    if (m >= 0) {
      const wt_mention *mm = &WT_VEC_AT(d->mentions, wt_mention, m);
      uint32_t v = mm->tok1;
      if (v < s1 && (wt_clsof(d, v) & LX_ADV_SKIP)) v++;
      if (v < s1 && (wt_clsof(d, v) & LX_SRC_VERB)) {
        occ *o = WT_VEC_PUSH(out, occ);
        if (!o) return WARTA_ERR_NOMEM;
        o->firsthand = false;
              o->para = para;
        o->tok = i;
        o->src.name = entity_name(d, mm->entity);
        o->entity = mm->entity;
        o->src.span = (warta_span){mm->start, mm->end};
        o->src.cue = (warta_span){wt_tok(d, v)->start, wt_tok(d, v)->end};
        o->src.date = date_after(d, v + 1, s1);
        i = v;
      }
    }
  }
  return WARTA_OK;
}

static int push_src(warta_doc *d, uint32_t q, const warta_source *s, int32_t entity) {
  /* one source once per quote */
  for (size_t k = d->srcs.len; k-- > 0;) {
    const wt_source_x *x = &WT_VEC_AT(d->srcs, wt_source_x, k);
    if (x->quote != q) break;
    if (!strcmp(x->src.name, s->name)) return WARTA_OK;
  }
  wt_source_x *x = WT_VEC_PUSH(&d->srcs, wt_source_x);
  if (!x) return WARTA_ERR_NOMEM;
  x->quote = q;
  x->entity = entity;
  x->src = *s;
  return WARTA_OK;
}

/* Is quote qx the teller's next statement in a relayed interview (occ o)? */
static bool told_again(const occ *o, const wt_quote_x *qx) {
  if (!o->told) return false;
  if (o->teller >= 0) return o->teller == qx->entity;
  return o->teller == TELLER_UNNAMED && qx->entity < 0;
}

int wt_sources(warta_doc *d) {
  d->srcs.len = 0;
  if (wt_index_mentions(d) != WARTA_OK) return wt_fail(d, WARTA_ERR_NOMEM, -1, "out of memory in the source stage");
  wt_vec occs = {NULL, 0, 0, sizeof(occ)};
  uint32_t ntok = wt_ntok(d);
  uint64_t *media = wt_arena_alloc(&d->arena, ((size_t)ntok / 64 + 1) * sizeof *media);
  if (!media) return wt_fail(d, WARTA_ERR_NOMEM, -1, "out of memory in the source stage");
  memset(media, 0, ((size_t)ntok / 64 + 1) * sizeof *media);
  mscan cur = {0, media}; /* where the last mention search ended (wt_mention_seek) */
  /* the tokens where a source may start, in order: a cue phrase's first word
   * (wt_annotate's list) or where an outlet's mention starts at a
   * capitalised word or an address, the two lists merged; the outlets'
   * first tokens in the bit set media too (a type never changes: a mention
   * indexed as an outlet's stays one) */
  const uint32_t *cues = d->source_starts;
  uint32_t ncues = d->nsource_starts, kc = 0;
  uint32_t *live = wt_arena_alloc(&d->arena, ((size_t)ncues + d->nment_by_tok + 1) * sizeof *live);
  if (!live) return wt_fail(d, WARTA_ERR_NOMEM, -1, "out of memory in the source stage");
  uint32_t nlive = 0;
  for (size_t k = 0; k < d->nment_by_tok; k++) {
    const wt_mention *m = &WT_VEC_AT(d->mentions, wt_mention, d->ment_by_tok[k]);
    if (m->type != WARTA_MEDIA || m->tok0 >= ntok) continue;
    uint32_t i = m->tok0;
    media[i / 64] |= 1ull << (i % 64);
    const wt_token *t = wt_tok(d, i);
    if (!((t->flags & TF_CAP) || t->kind == WARTA_TOK_URL)) continue;
    while (kc < ncues && cues[kc] <= i) live[nlive++] = cues[kc++];
    if (!nlive || live[nlive - 1] != i) live[nlive++] = i;
  }
  while (kc < ncues) live[nlive++] = cues[kc++];
  wt_cursor starts = {live, nlive, 0};
  wt_cursor firsthand = {d->firsthand_starts, d->nfirsthand_starts, 0};
  char pub[64];
  size_t npub = publisher_key(d, pub, sizeof pub);
  size_t npub_dot = strcspn(pub, ".");
  int rc = WARTA_OK;
  const wt_para *paras = d->paras.data;
  const wt_sent *sents = d->sents.data;
  uint32_t nsents = (uint32_t)d->sents.len;
  /* from the sentence that holds the next token of either list to the next
   * one that does (most sentences hold none), but for boilerplate */
  for (uint32_t s = 0; s < nsents && rc == WARTA_OK;) {
    uint32_t start0 = wt_next_listed(&starts, sents[s].tok0), first0 = wt_next_listed(&firsthand, sents[s].tok0);
    uint32_t at = start0 < first0 ? start0 : first0;
    while (s < nsents && sents[s].tok1 <= at) s++;
    if (s == nsents) break;
    const wt_sent *st = &sents[s];
    if (at < st->tok0) continue; /* (a token in no sentence) */
    if (!paras[st->para].boiler)
      rc = find_in_sentence(d, st->para, st->tok0, st->tok1, &occs, &cur, &starts, start0, &firsthand, first0, pub,
                            npub, npub_dot);
    s++;
  }
  /* the dateline's agencies cover the whole article: "(ANTARA)",
   * "(ANTARA/Reuters)" */
  warta_source dl[4];
  int ndl = 0;
  if (rc == WARTA_OK && d->has_dateline && d->dateline.outlet.end > d->dateline.outlet.start) {
    uint32_t a = d->dateline.outlet.start, end = d->dateline.outlet.end;
    while (a < end && ndl < 4) {
      uint32_t b = a;
      while (b < end && d->text[b] != '/') b++;
      uint32_t x = wt_lex_find(LX(d), d->text + a, b - a);
      if (x != LEX_NONE && (wt_lex_cls2(LX(d), x) & LX2_AGENCY) && wt_lex_canon(LX(d), x)) {
        memset(&dl[ndl], 0, sizeof dl[ndl]);
        dl[ndl].name = wt_lex_canon(LX(d), x);
        dl[ndl].span = (warta_span){a, b};
        ndl++;
      }
      a = b + 1;
    }
  }
  /* a source line closing the article, "Sumber: Xinhua" (a relay's): the
   * whole article came through those outlets, like a dateline's agency */
  warta_source tl[4];
  int ntl = 0;
  for (size_t p = d->paras.len; p-- > 0 && d->paras.len - p <= 3 && !ntl && rc == WARTA_OK;) {
    uint32_t t0 = paras[p].tok0, t1 = paras[p].tok1;
    if (t1 - t0 < 3 || t1 - t0 > 10 || !wt_tok_is(d, t0, "sumber") || !is_p(d, t0 + 1, ':')) continue;
    for (uint32_t i = t0 + 2; i < t1 && ntl < 4;) {
      uint32_t n = 0, x = wt_phrase(d, i, t1, &n);
      if (n && (wt_lex_cls(LX(d), x) & LX_MEDIA) && wt_lex_canon(LX(d), x)) {
        memset(&tl[ntl], 0, sizeof tl[ntl]);
        tl[ntl].name = wt_lex_canon(LX(d), x);
        tl[ntl].span = (warta_span){wt_tok(d, i)->start, wt_tok(d, i + n - 1)->end};
        ntl++;
        i += n;
      } else {
        i++;
      }
    }
  }
  /* scope: the paragraph's own sources, else the last paragraph's that had any */
  occ *o = occs.data;
  size_t oi = 0, cur0 = 0, cur1 = 0; /* current inherited range [cur0, cur1) */
  uint32_t cur_para = UINT32_MAX;
  for (size_t q = 0; q < d->quotes_x.len && rc == WARTA_OK; q++) {
    const wt_quote_x *qx = &WT_VEC_AT(d->quotes_x, wt_quote_x, q);
    uint32_t p = qx->para;
    /* (a quote over paragraphs is where it ends, with its cue: "“Meski
     * begitu, … | “Pemerintah akan …,” tutur Jung, seperti dikutip
     * Yonhap.") */
    if ((qx->flags & QF_MULTI_PARA) && qx->tok1 > qx->tok0) {
      uint32_t e = qx->cue1 > qx->cue0 && qx->cue0 > qx->tok0 ? qx->cue0 : qx->tok1 - 1;
      p = WT_VEC_AT(d->sents, wt_sent, wt_sent_index(d, e)).para;
    }
    /* advance over paragraphs before this quote's */
    while (oi < occs.len && o[oi].para < p) {
      size_t a = oi;
      uint32_t pp = o[oi].para;
      while (oi < occs.len && o[oi].para == pp) oi++;
      /* (a press note that went on with the relay ends no scope: below) */
      if (o[a].relayed) continue;
      cur0 = a;
      cur1 = oi;
      cur_para = pp;
    }
    size_t a = oi, b = oi;
    while (b < occs.len && o[b].para == p) b++;
    /* (a press event with no place named, where the person the relay
     * quoted speaks again, is the relay's story going on: "…, seperti
     * dilaporkan kantor berita Kyodo. | "…," ujar Morimoto kepada wartawan
     * usai pertemuan.") */
    bool press_only = b > a;
    for (size_t k = a; k < b && press_only; k++) press_only = o[k].firsthand && o[k].press;
    if (press_only && !o[a].relayed && cur1 > cur0 && cur_para < p && qx->entity >= 0) {
      bool again = false;
      for (size_t q2 = q; q2-- > 0 && !again;) {
        const wt_quote_x *x2 = &WT_VEC_AT(d->quotes_x, wt_quote_x, q2);
        if (x2->para < cur_para) break;
        again = x2->para == cur_para && x2->entity == qx->entity;
      }
      /* (and its paragraph ends no scope: the relay goes on after it) */
      if (again)
        for (size_t k = a; k < b; k++) o[k].relayed = true;
    }
    if (b > a && o[a].relayed) b = a;
    if (b > a) { /* the paragraph's own sources (a first-hand note is none) */
      uint32_t at = qx->cue1 > qx->cue0 ? qx->cue0 : qx->tok0;
      for (size_t k = a; k < b && rc == WARTA_OK; k++) {
        bool here = o[k].told && ((at >= o[k].s0 && at < o[k].s1) || (qx->tok0 >= o[k].s0 && qx->tok0 < o[k].s1));
        if (here && o[k].teller == TELLER_UNSEEN) o[k].teller = qx->entity >= 0 ? qx->entity : TELLER_UNNAMED;
        if (!o[k].firsthand || here || told_again(&o[k], qx))
          rc = push_src(d, (uint32_t)q, &o[k].src, o[k].entity);
      }
    } else if (cur1 > cur0 && cur_para < p) {
      for (size_t k = cur0; k < cur1 && rc == WARTA_OK; k++)
        if (!o[k].firsthand || told_again(&o[k], qx)) rc = push_src(d, (uint32_t)q, &o[k].src, o[k].entity);
    }
    for (int k = 0; k < ntl && rc == WARTA_OK; k++) rc = push_src(d, (uint32_t)q, &tl[k], -1);
    for (int k = 0; k < ndl && rc == WARTA_OK; k++) rc = push_src(d, (uint32_t)q, &dl[k], -1);
  }
  wt_vec_free(&occs);
  if (rc != WARTA_OK) return wt_fail(d, rc, -1, "out of memory in the source stage");
  return WARTA_OK;
}
