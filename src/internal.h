/*
 * internal.h — what the pipeline stages share.  Not installed, not public.
 *
 * A document flows through the stages in this order (extract.c drives it):
 *   utf8.c       check / repair / normalise the bytes      -> doc->text
 *   segment.c    paragraphs, sentences, tokens, quote marks -> doc->paras, sents, toks
 *   boilerplate.c, dateline.c   mark paragraphs, find the dateline
 *   lexicon.c    one lexicon lookup per word (wt_annotate)  -> tok.lex, doc->tcls
 *   entities.c   names, roles, affiliations, places, media  -> doc->ents, mentions
 *   dates.c      day/month names, relative dates           -> doc->dates
 *   quotes.c     direct/partial/indirect/mixed + cues       -> doc->quotes
 *   speakers.c   attribution and coreference               -> quote.speaker, entity
 *   sources.c    agency chain per quote                     -> quote.sources
 *   emit.c       JSON
 * Each stage reads the arrays of the ones before it and fills its own.
 */
#ifndef WARTA_INTERNAL_H
#define WARTA_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "warta.h"
#include "arena.h"
#include "lexicon.h"

#define WT_HIDDEN __attribute__((visibility("hidden")))
#define WT_UNUSED(x) ((void)(x))

/* ------------------------------------------------------------- tokens */

/* Token flags.  CAP: first letter upper case; UPPER: every letter upper case
 * (and at least two letters); SPACE_BEFORE/AFTER: whitespace next to it. */
enum {
  TF_CAP = 1u << 0,
  TF_UPPER = 1u << 1,
  TF_SPACE_BEFORE = 1u << 2,
  TF_SPACE_AFTER = 1u << 3,
  TF_QOPEN = 1u << 4,  /* quote mark that opens (by context) */
  TF_QCLOSE = 1u << 5, /* quote mark that closes (by context) */
  TF_QSINGLE = 1u << 6, /* single-style mark (' ‘ ’ ‚ ‹ ›) */
  TF_SENT_START = 1u << 7,
  TF_PARA_START = 1u << 8,
  TF_ABBREV = 1u << 9,  /* word followed by its abbreviation dot, dot included in span */
  TF_HYPHEN = 1u << 10, /* word contains an inner hyphen (Jong-un, Covid-19) */
  TF_DIGIT = 1u << 11,  /* word contains a digit */
  TF_NEWLINE_BEFORE = 1u << 12,
  TF_MOJIBAKE = 1u << 13, /* quote mark written as cp1252 mojibake */
  TF_INITIAL = 1u << 14   /* single upper-case letter followed by a dot: "S." */
};

typedef struct wt_token {
  uint32_t start, end; /* bytes, [start, end) */
  uint32_t lex;        /* lexicon entry, LEX_NONE if absent, LEX_PENDING until wt_annotate */
  uint16_t flags;      /* TF_* */
  uint8_t kind;        /* warta_token_kind */
  uint8_t ch;          /* punctuation: its ASCII char or a PC_* code; words: a cache (entities.c) */
} wt_token;

/* Codes in wt_token.ch for non-ASCII punctuation. */
enum {
  PC_ELLIPSIS = 0x80, /* … or ... */
  PC_DASH = 0x81,     /* – — and a spaced "-" */
  PC_QUOTE = 0x82,    /* any quote mark */
  PC_OTHER = 0x83
};

typedef struct wt_para {
  uint32_t start, end; /* bytes */
  uint32_t tok0, tok1; /* tokens [tok0, tok1) */
  uint32_t sent0, sent1;
  uint8_t boiler;      /* 1 when boilerplate */
} wt_para;

typedef struct wt_sent {
  uint32_t tok0, tok1; /* tokens [tok0, tok1) */
  uint32_t para;
} wt_sent;

/* A growable flat array owned by the doc, reused across documents. */
typedef struct wt_vec {
  void *data;
  size_t len, cap, elem;
} wt_vec;

WT_HIDDEN int wt_vec_reserve(wt_vec *v, size_t n);
WT_HIDDEN void *wt_vec_push(wt_vec *v); /* NULL on OOM; zeroed */
/* wt_vec_push for a vector of T: inline, its zeroing of a known size. */
static inline void *wt_vec_push_sized(wt_vec *v, size_t elem) {
  if (v->len == v->cap && wt_vec_reserve(v, v->len + 1) != 0) return NULL;
  void *p = (char *)v->data + v->len * elem;
  memset(p, 0, elem);
  v->len++;
  return p;
}
#define WT_VEC_PUSH(v, T) ((T *)wt_vec_push_sized((v), sizeof(T)))
WT_HIDDEN void wt_vec_reset(wt_vec *v, size_t keep_bytes);
WT_HIDDEN void wt_vec_free(wt_vec *v);
#define WT_VEC_AT(v, T, i) (((T *)(v).data)[i])

/* A map from 64-bit keys to 32-bit values in a wt_vec (elem = sizeof(wt_map_slot)). */
typedef struct wt_map_slot {
  uint64_t key;
  uint32_t val;
} wt_map_slot;
WT_HIDDEN int wt_map_put(wt_vec *m, uint64_t key, uint32_t val); /* -1 on OOM */
/* Key's value into *have when the map holds it (1, the map unchanged); else
 * puts key -> val (0); -1 on OOM.  One probe where a get and a put took two,
 * for a caller that would put val after a failed get. */
WT_HIDDEN int wt_map_add(wt_vec *m, uint64_t key, uint32_t val, uint32_t *have);
static inline uint64_t wt_map_mix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdull;
  k ^= k >> 33;
  return k;
}
/* (inline: the stages look names and spans up many times per document) */
static inline bool wt_map_get(const wt_vec *m, uint64_t key, uint32_t *val) {
  if (!m->cap) return false;
  if (key == 0) key = 1;
  const wt_map_slot *s = m->data;
  size_t mask = m->cap - 1;
  for (size_t j = wt_map_mix(key) & mask;; j = (j + 1) & mask) {
    if (!s[j].key) return false;
    if (s[j].key == key) {
      *val = s[j].val;
      return true;
    }
  }
}
WT_HIDDEN void wt_map_clear(wt_vec *m);

/* ------------------------------------------------------------ entities */

typedef struct wt_mention {
  uint32_t start, end; /* bytes */
  uint32_t tok0, tok1; /* tokens [tok0, tok1) */
  int32_t entity;      /* index into doc->ents, -1 for none */
  uint8_t type;        /* warta_entity_type */
  uint8_t how;         /* MH_* below: how the mention names the entity */
  uint32_t next_at;    /* the mention made before it at the same tok0, UINT32_MAX none (d->ment_at) */
} wt_mention;

enum {
  MH_NAME = 1,    /* a proper name, "Kim Jong-un" */
  MH_TITLED = 2,  /* title + name, "Presiden Putin" */
  MH_ROLE = 3,    /* a role standing for a person, "Presiden", "Pemimpin Korea Utara itu" */
  MH_PRONOUN = 4, /* ia, dia, beliau, mereka, -nya */
  MH_ALIAS = 5,   /* an abbreviation or defined alias, "DPRK" */
  MH_ANON = 6     /* someone kept unnamed, "seorang mantan karyawan …", and the pronouns for them */
};

/* An entity while the stages build it; warta_entity is its public view. */
typedef struct wt_entity_x {
  uint8_t type;        /* warta_entity_type */
  uint8_t gender;      /* reserved */
  uint16_t flags;      /* EF_* */
  const char *name;    /* canonical name (arena or lexicon pool); set with set_name (entities.c) */
  const char *folded;  /* the name folded for comparisons (lower case, single spaces), when
                        * too long for fold_in (entities.c, ent_folded) */
  uint32_t nlen, flen; /* lengths of name and folded */
  uint64_t key;        /* ent_map key of (type, folded) */
  uint64_t sig;        /* a bit per word of folded (entities.c, word_sig) */
  uint32_t first;      /* byte offset of the first mention */
  uint32_t lex;        /* gazetteer entry when known, LEX_NONE otherwise */
  int32_t intro;       /* the mention that names it in full, first in the text; -1 */
  char fold_in[24];    /* the folded name when flen < 24, NUL-terminated */
  uint32_t prev_person; /* a person: the person made before it (index + 1; 0 none), doc->last_person */
  /* its doc->attrs, as wt_add_attr (entities.c) keeps track: none starts
   * after attr_start_max, no role ends after role_end_max, and each
   * affiliation's first byte has its bit in affil_bits */
  uint32_t attr_start_max, role_end_max;
  uint64_t affil_bits;
} wt_entity_x;

enum { EF_SPEAKER = 1u << 0 };

/* A word of people's names (doc->name_words, entities.c). */
typedef struct wt_nameword {
  uint64_t h;     /* hash of the bytes, 0 for an empty slot */
  const char *p;  /* the word's bytes (in the arena or lexicon, alive with the doc) */
  uint32_t n;
  uint32_t count; /* names holding the word now */
} wt_nameword;

/* A role or affiliation attached to an entity. */
typedef struct wt_attr {
  uint32_t start, end;
  int32_t entity;
  uint8_t affil; /* 0 role, 1 affiliation */
} wt_attr;

/* A quote while the stages build it; warta_quote is its public view. */
typedef struct wt_quote_x {
  uint32_t tok0, tok1;   /* content tokens [tok0, tok1) */
  uint32_t open, close;  /* quote-mark tokens of a direct quote */
  uint32_t cue0, cue1;   /* cue tokens, cue0 == cue1 when none */
  uint32_t sp_tok;       /* where to look for the speaker (see SP_*) */
  int32_t mention;       /* index into doc->mentions of the speaker, -1 */
  int32_t entity;        /* the speaker entity (internal index), -1 */
  uint32_t sent, para;   /* where the content starts */
  uint16_t flags;        /* QF_* */
  uint8_t kind;          /* warta_quote_kind */
  uint8_t sp_kind;       /* SP_* */
} wt_quote_x;

enum { QF_NYA = 1u << 0, QF_CONT = 1u << 1, QF_MULTI_PARA = 1u << 2, QF_WEAK = 1u << 3 };

/* Per-token quote marks (doc->qmark). */
/* (QM_PART_OPEN, QM_PART_CLOSE: the marks of quoted words that may be a
 * partial quote with no cue, settled after indirect speech is found) */
enum { QM_DIRECT = 1, QM_CONTENT = 2, QM_CUE = 4, QM_PART_OPEN = 8, QM_PART_CLOSE = 16 };

/* Where a quote's speaker is named (quotes.c finds it, speakers.c resolves it). */
enum {
  SP_NONE,    /* unknown */
  SP_AFTER,   /* a noun phrase starting at sp_tok: ",” kata X", "Menurut X," */
  SP_SUBJECT, /* the subject of the verb at sp_tok: "X mengatakan" */
  SP_NYA,     /* the clitic of the cue: "ujarnya", "Dikatakannya" */
  SP_PREV,    /* the speaker of the quote before (a continuation) */
  SP_NEXT,    /* the speaker of the quote after (a multi-paragraph quote) */
  SP_CLAUSE   /* the speaker of the sentence's main clause ("…, seraya menambahkan …") */
};

/* A source (agency/outlet) a quote came through. */
typedef struct wt_source_x {
  uint32_t quote;
  int32_t entity; /* the outlet's entity (internal index), -1 for a dateline */
  warta_source src;
} wt_source_x;

/* A date expression. */
typedef struct wt_date_x {
  uint32_t tok0, tok1;
  int32_t days; /* days since 1970-01-01, INT32_MIN when unknown */
} wt_date_x;

/* A parsed noun phrase (entities.c): "[ROLE][AFFILIATION][TITLE] NAME". */
typedef struct wt_np {
  uint32_t t0, t1; /* tokens consumed */
  uint32_t r0, r1; /* role, empty when r0 == r1 */
  uint32_t a0, a1; /* affiliation */
  uint32_t m0;     /* the mention: [m0, n1), titles included */
  uint32_t n0, n1; /* the name */
  uint32_t lex;    /* gazetteer entry for NP_ORG/LOC/MEDIA, LEX_NONE otherwise */
  uint8_t kind;    /* NP_* */
  bool after_cue;
} wt_np;

enum { NP_NONE, NP_PER, NP_ROLE, NP_DESC, NP_PRON, NP_ORG, NP_LOC, NP_MEDIA, NP_TITLE /* titles alone: "Sultan", "Ida Bagus" */ };

enum { WT_MAX_EVIDENCE = 256, WT_WORDCACHE_BITS = 13, WT_WORDCACHE = 1 << WT_WORDCACHE_BITS,
       WT_WORDCACHE2_BITS = 10, WT_WORDCACHE2 = 1 << WT_WORDCACHE2_BITS, WT_COMMONCACHE = 2048,
       WT_NAMEFOLD = 256, WT_PARTCACHE = 64, WT_CANONFOLD = 1024, WT_PAIRCACHE = 1024 };

/* ------------------------------------------------------------ the doc */

struct warta_engine {
  const wt_lexicon *lex;
};

struct warta_doc {
  const warta_engine *eng;
  wt_arena arena;

  const char *text; /* working text: the input, or a repaired copy in the arena */
  uint32_t len;
  bool text_changed;
  uint32_t repairs_utf8, repairs_mojibake;

  const char *id, *published, *title, *url; /* arena copies or NULL */
  int32_t pub_days;                          /* published date as days since 1970, or INT32_MIN */

  wt_vec toks;   /* wt_token */
  wt_vec paras;  /* wt_para */
  wt_vec sents;  /* wt_sent */
  wt_vec pubparas; /* warta_paragraph, filled for the public API */
  wt_vec mentions; /* wt_mention */
  wt_vec ents;     /* warta_entity (public view); details in ents_x */
  wt_vec ents_x;   /* wt_entity_x */
  wt_vec quotes;   /* warta_quote */
  wt_vec quotes_x; /* wt_quote_x */
  wt_vec dates;    /* warta_date */
  wt_vec dates_x;  /* wt_date_x */
  wt_vec attrs;    /* wt_attr */
  wt_vec ent_map;  /* hash of (type, folded name) -> entity index */
  wt_vec name_words; /* words of people's names, counted (entities.c) */
  uint64_t nw_bits[4]; /* a bit per word ever in name_words (entities.c, nameword_bit) */
  uint64_t *tcls;  /* per token: its entry's LX_* classes, 0 for none (wt_annotate) */
  /* what tcls, phr and the lists' bits (WL_*) are written in, room for a
   * token more than toks holds (the lists' bits for WL_PAD more, so that
   * wt_annotate reads them sixteen at a time): the tokenizer fills them for
   * most words, wt_annotate for the rest (segment.c, lexicon.c) */
  wt_vec tcls_buf, phr_buf, lists_buf;
  /* tokens the stages start from, in order (wt_annotate): quote marks,
   * opening brackets, cue words (class cue), where a noun phrase or a date
   * may start, where a source's cue phrase may start (the source stage adds
   * the outlets' first words itself), words that may start a phrase of the
   * outlet's own access ("saat dihubungi") (see wt_annotate); each ends
   * with UINT32_MAX after its last */
  const uint32_t *quote_marks, *open_parens, *cue_words, *np_starts, *date_starts, *source_starts, *firsthand_starts;
  uint32_t nquote_marks, nopen_parens, ncue_words, nnp_starts, ndate_starts, nsource_starts, nfirsthand_starts;
  uint32_t place_words[16]; /* names the text gives places with their head ("Gunung | Marapi"), entities.c */
  uint32_t nplace_words;
  uint32_t nword_acronyms; /* acronyms defined in the text and written as words ("Amdal"), and
                             one-word companies after a noun of companies ("startup Belanjain") */
  /* per token: the last mention made that starts there, UINT32_MAX none;
   * the mentions at a token chain on by next_at (one mention per span,
   * entities.c; made by wt_entities) */
  uint32_t *ment_at;
  uint8_t *qmark;  /* per token: QM_* (quotes.c), for constant-time checks */
  uint32_t *phr;   /* per token: the longest phrase there, (len << 24 | entry), LEX_NONE, 0 unknown
                    * (entities.c; wt_annotate fills it where no longer phrase starts) */
  const uint32_t *ment_by_tok; /* mention indexes ordered by first token (sources.c) */
  size_t nment_by_tok;
  /* recent lookups of words (the tokenizer's and wt_annotate's): a document repeats its words, a
   * stream its vocabulary, so most lookups end here, in the cache; words of
   * up to eight bytes in 32-byte slots, of nine to sixteen in their own */
  struct wt_wordcache {
    uint64_t key;  /* the word's bytes as written (little-endian, zero above len) */
    uint64_t cls;  /* its entry's classes */
    /* lex to tch: a word token's fields from lex on, in their order there
     * (the tokenizer copies them at once, segment.c) */
    uint32_t lex;    /* its entry */
    uint16_t tflags; /* for the tokenizer's words (ASCII letters and digits):
                        the flags TF_CAP and TF_UPPER of the word as written */
    uint8_t tkind, tch; /* WARTA_TOK_WORD; 0, or what the entity stage
                           learnt of the word's text (wt_word_tch) */
    uint32_t phr;  /* what doc->phr holds for it (lexicon.c, word_phrase) */
    uint8_t lists; /* the token lists it goes on (lexicon.c, WL_*) */
    uint8_t tlists; /* the lists with the bits of a capitalised word, for
                       the tokenizer's words (segment.c) */
  } wcache[WT_WORDCACHE];
  struct wt_wordcache2 {
    struct wt_wordcache f; /* key: the first eight bytes */
    uint64_t key2;         /* the rest, zero above len */
  } wcache2[WT_WORDCACHE2];
  /* the lexicon's answers for a phrase's first two words, by the first's
   * entry and the second's text as written (entities.c, phrase_at): a stream
   * repeats "Kepala Dinas", "Presiden Joko"; x 0 and len 0 when empty */
  struct wt_paircache {
    uint64_t w0, w1; /* the second word's bytes, zero above len */
    uint32_t x, len; /* the first word's entry; the second word's length */
    uint32_t e;      /* the entry of the two words, LEX_NONE if none */
  } pcache[WT_PAIRCACHE];
  struct wt_commoncache { /* wt_tok_common's answers by word (entities.c) */
    uint64_t key[2];     /* the word lower-cased, zero above len */
    uint32_t len;        /* 0: empty */
    bool common;
  } ccache[WT_COMMONCACHE];
  /* person names folded by their span (entities.c, person_for): the speaker
   * stage names again many a person the entity stage did */
  struct wt_namefold {
    uint64_t gen;         /* namefold_gen of the document it was filled for */
    uint32_t m0, n0, n1;  /* the span asked about */
    uint32_t len;         /* the folded name's length */
    uint64_t key;         /* its name_key */
    const char *canon;    /* the full name a nickname stands for, or NULL */
    char folded[48];      /* the folded name, NUL-terminated */
  } namefold[WT_NAMEFOLD];
  uint64_t person_gen; /* one more whenever a person is made or renamed, and at each document (entities.c) */
  /* person_for's answers by part, by the name asked (entities.c): the
   * newest person whose name holds it, while person_gen stays */
  struct wt_partcache {
    uint64_t key;        /* the name's name_key */
    uint64_t person_gen; /* person_gen when it was found */
    int32_t newest;
  } partcache[WT_PARTCACHE];
  uint32_t last_person; /* the person made last (index + 1; 0 none), chained by prev_person */
  /* the same for gazetteer names (named_entity), by entry and type: a
   * function of the lexicon alone, kept across the documents of a stream */
  struct wt_canonfold {
    bool used;
    uint32_t lex;
    int type;
    uint32_t srclen; /* the canonical name's length */
    uint32_t len;
    uint64_t key;
    char folded[48];
  } canonfold[WT_CANONFOLD];
  uint64_t namefold_gen; /* one more for each document (wt_entities) */
  uint32_t evidence[WT_MAX_EVIDENCE]; /* tokens seen as names right after a cue */
  uint32_t nevidence;
  uint64_t ev_sig; /* a bit per evidence token's text (entities.c, tok_sig) */
  wt_vec srcs;     /* wt_source_x */

  bool has_dateline;
  warta_dateline dateline;
  warta_span body;

  bool has_result;
  char err[256];
  int64_t errpos;
};

/* Sets the doc's error message (printf-style) and returns code. */
WT_HIDDEN int wt_fail(warta_doc *doc, int code, int64_t pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* ------------------------------------------------------------- stages */

/* utf8.c: validates (and on request repairs / normalises) the input, setting
 * doc->text and doc->len. */
WT_HIDDEN int wt_text_prepare(warta_doc *doc, const char *text, size_t len, unsigned flags);
/* Length of the UTF-8 sequence at s[0..n) if valid, else 0. */
WT_HIDDEN int wt_utf8_seq(const unsigned char *s, size_t n, uint32_t *cp);
/* Where the first invalid UTF-8 sequence (or NUL byte) of text[0..len)
 * starts, with *why (when not NULL) saying what is wrong; (size_t)-1 when
 * the whole text is valid. */
WT_HIDDEN size_t wt_utf8_invalid(const char *text, size_t len, const char **why);
/* Length of a cp1252-mojibake quote/apostrophe or dash at s (â€œ, â€, â€™,
 * â€” ...), 0 if none; *open gets 1 for an opening mark, 0 closing, -1
 * apostrophe or unknown, WT_MOJIBAKE_DASH for an en or em dash; *mark (when
 * not NULL) the character it stands for, 0 for a lone "â". */
#define WT_MOJIBAKE_DASH (-2)
WT_HIDDEN int wt_mojibake_mark(const unsigned char *s, size_t n, int *open, uint32_t *mark);

/* segment.c */
WT_HIDDEN int wt_segment(warta_doc *doc);

/* lexicon.c: looks every word up once (tok.lex) and lays its classes out
 * flat in doc->tcls, which the later stages read for nearly every token.
 * (The tokenizer has done that for most words already, through the word
 * cache, while their bytes were at hand; wt_annotate does the rest.) */
WT_HIDDEN int wt_annotate(warta_doc *doc);
/* The token lists of wt_annotate, a bit each in a token's byte of
 * lists_buf: a cue word; where a noun phrase or a date may start; where a
 * source's cue phrase may start;
 * quote marks, opening brackets; where a phrase of the outlet's own access
 * may start.  WL_TODO: a token wt_annotate is still to look at (the
 * tokenizer annotates the common words itself). */
enum { WL_CUE = 1, WL_NP = 2, WL_DATE = 4, WL_SRC = 8, WL_QUOTE = 16, WL_PAREN = 32, WL_FIRSTHAND = 64, WL_NLISTS = 7,
       WL_TODO = 128, WL_PAD = 16 };
/* The word cache's slot for a word of one to eight bytes w (little-endian,
 * zero above its length), and for one of nine to sixteen (w0, w1).  The
 * slots go in pairs, so that two words of one hash both stay: this is the
 * pair's first, where the word is looked for; wt_word_miss* look at the
 * second. */
static inline struct wt_wordcache *wt_wordslot8(struct wt_wordcache *wc, uint64_t w) {
  return &wc[2 * ((w * 0x9E3779B97F4A7C15ull) >> (65 - WT_WORDCACHE_BITS))];
}
static inline struct wt_wordcache2 *wt_wordslot16(struct wt_wordcache2 *wc, uint64_t w0, uint64_t w1) {
  return &wc[2 * (((w0 + w1 * 0xC2B2AE3D27D4EB4Full) * 0x9E3779B97F4A7C15ull) >> (65 - WT_WORDCACHE2_BITS))];
}
/* The byte tch of the word cache's slot for the word written p[0, len)
 * (len 1 to 16), or NULL when the word is not in its pair's first slot.
 * The tokenizer copies tch into the tokens it makes of the word
 * (plain_words), so a fact of the word's text kept there by the entity
 * stage (entities.c: wt_tok_common, name_like) comes with every later
 * token of it. */
static inline uint8_t *wt_word_tch(warta_doc *d, const unsigned char *p, size_t len) {
  if (len <= 8) {
    uint64_t w = wt_load_tail(p, len);
    struct wt_wordcache *c = wt_wordslot8(d->wcache, w);
    return c->key == w ? &c->tch : NULL;
  }
  uint64_t w0 = wt_load8(p), w1 = wt_load_tail(p + 8, len - 8);
  struct wt_wordcache2 *c = wt_wordslot16(d->wcache2, w0, w1);
  return c->f.key == w0 && c->key2 == w1 ? &c->f.tch : NULL;
}
/* Fill a pair's first slot that did not hold the word: from the second when
 * it is there, else its key and facts (lexicon.c).  p: the word's bytes, len
 * of them. */
WT_HIDDEN void wt_word_miss8(const wt_lexicon *lx, struct wt_wordcache *c, uint64_t w, const unsigned char *p,
                             uint32_t len);
WT_HIDDEN void wt_word_miss16(const wt_lexicon *lx, struct wt_wordcache2 *c, const unsigned char *p, uint64_t w0,
                              uint64_t w1, uint32_t len);
/* May a date expression start at a word of entry x (built-in lexicon)? */
static inline bool wt_date_word(const wt_lexicon *lx, uint32_t x) {
  return x < LX_NENTRIES && ((wt_date_word_tab[x / 64] >> (x % 64)) & 1);
}

/* The indexes i < n with m[i] & b, in order, written at out (room for
 * n + 1); returns how many.  wt_list_of takes sixteen bytes a step where
 * SSE2 is there, wt_list_of_scalar one (the tests compare the two). */
WT_HIDDEN uint32_t wt_list_of(const uint8_t *m, uint32_t n, unsigned b, uint32_t *out);
WT_HIDDEN uint32_t wt_list_of_scalar(const uint8_t *m, uint32_t n, unsigned b, uint32_t *out);

/* A walk over one of the token lists of wt_annotate, in order. */
typedef struct wt_cursor {
  const uint32_t *v;
  uint32_t n, k;
} wt_cursor;
/* The first listed token at or after i, UINT32_MAX when none. */
static inline uint32_t wt_next_listed(wt_cursor *c, uint32_t i) {
  if (c->k > 0 && c->v[c->k - 1] >= i) { /* a step back: search again */
    uint32_t lo = 0, hi = c->k;
    while (lo < hi) {
      uint32_t mid = (lo + hi) / 2;
      if (c->v[mid] < i) lo = mid + 1;
      else hi = mid;
    }
    c->k = lo;
  }
  while (c->k < c->n && c->v[c->k] < i) c->k++;
  return c->k < c->n ? c->v[c->k] : UINT32_MAX;
}
/* The LX_* classes of every lexicon phrase (or word) whose first word is
 * entry x: a phrase at a token whose entry lacks a class has it not either.
 * (0 for LEX_NONE.) */
static inline uint64_t wt_phrase_union(const wt_lexicon *lx, uint32_t x) {
  if (x == LEX_NONE) return 0;
  if (lx != &wt_builtin_lexicon || x >= LX_NENTRIES) return ~0ull; /* another lexicon: anything */
  return wt_phrase_union_tab[x];
}
/* boilerplate.c */
WT_HIDDEN void wt_boilerplate(warta_doc *doc);
/* dateline.c (WARTA_ERR_NOMEM when the headline cannot be copied) */
WT_HIDDEN int wt_dateline(warta_doc *doc);
/* entities.c, dates.c, quotes.c, speakers.c, sources.c (may be no-ops until written) */
WT_HIDDEN int wt_entities(warta_doc *doc);
WT_HIDDEN int wt_dates(warta_doc *doc);
WT_HIDDEN int wt_quotes(warta_doc *doc);
WT_HIDDEN int wt_speakers(warta_doc *doc);
WT_HIDDEN int wt_sources(warta_doc *doc);
/* extract.c: fill the public views (pubparas, ents, quotes ...) */
WT_HIDDEN int wt_finish(warta_doc *doc);

/* morph.c: is this (capitalised or not) an Indonesian dictionary word, with
 * or without affixes?  Used to tell common nouns from names. */
WT_HIDDEN bool wt_is_common_word(const wt_lexicon *lx, const char *s, size_t n);
/* morph.c: is this a verb form -- me-, di- or ber- on a dictionary root
 * ("mendatangi", "dikirim"), the word itself no root? */
WT_HIDDEN bool wt_is_verb_form(const wt_lexicon *lx, const char *s, size_t n);
/* morph.c: does this capitalised word end the way Javanese given names do
 * ("Rianto", "Suryono", "Kurniawati"... -anto, -yono, -wati, -ningsih), an
 * ending no Indonesian place's or dictionary word's name has? */
WT_HIDDEN bool wt_javanese_name(const wt_lexicon *lx, const char *s, size_t n);

/* entities.c */
/* The longest lexicon phrase (or word) at token i, not past lim; *ntok gets
 * its length in tokens (0 when none). */
WT_HIDDEN uint32_t wt_phrase_slow(warta_doc *d, uint32_t i, uint32_t lim, uint32_t *ntok);
static inline uint32_t wt_phrase(warta_doc *d, uint32_t i, uint32_t lim, uint32_t *ntok) {
  if (d->phr && i < lim) { /* the answer cached, when it fits the limit */
    uint32_t c = d->phr[i];
    if (c == LEX_NONE) {
      *ntok = 0;
      return LEX_NONE;
    }
    if (c && i + (c >> 24) <= lim) {
      *ntok = c >> 24;
      return c & 0xFFFFFFu;
    }
  }
  return wt_phrase_slow(d, i, lim, ntok);
}
/* Is token i a common (dictionary) word, with or without affixes? */
WT_HIDDEN bool wt_tok_common(warta_doc *d, uint32_t i);
/* Parses a noun phrase starting at t0 (not past lim).  Returns 1 when it
 * names something (np->kind != NP_NONE). */
/* Do tokens from i say that the name before them is a nickname: ", sapaan
 * akrab(nya) …", ", panggilan akrab …", ", sapaan NAME"? */
WT_HIDDEN bool wt_nickname_aside(warta_doc *d, uint32_t i, uint32_t lim);
/* A post or description with no name of its own set off by commas at
 * token i (a comma) after a name, with more of the sentence after it and
 * not the first item of a list ("Menurut Irma Hidayana, salah satu pendiri
 * Laporcovid19.org, data …"): the closing comma's index, else 0. */
WT_HIDDEN uint32_t wt_post_aside(warta_doc *d, uint32_t i, uint32_t lim);
/* A note at token i (a comma or a bracket) that the name before it is made
 * up: ", bukan nama sebenarnya,", "(bukan nama asli)", ", nama samaran,".
 * Returns the token after it (the closing comma, or after the bracket), 0
 * when there is none. */
WT_HIDDEN uint32_t wt_pseudonym_aside(warta_doc *d, uint32_t i, uint32_t lim);
WT_HIDDEN int wt_np_parse(warta_doc *d, uint32_t t0, uint32_t lim, wt_np *np);
/* The same with WT_NP_* flags. */
WT_HIDDEN int wt_np_parse_ex(warta_doc *d, uint32_t t0, uint32_t lim, unsigned flags, wt_np *np);
enum {
  WT_NP_SPEAKER = 1u << 0,     /* the phrase names a speaker (after a cue) */
  WT_NP_NOT_OPENING = 1u << 1, /* the caller found t0 no common word opening the sentence (entities.c) */
};
/* Records the mentions of np; returns its person entity, -1 none, -2 OOM. */
WT_HIDDEN int32_t wt_np_register(warta_doc *d, const wt_np *np);
WT_HIDDEN int wt_add_mention(warta_doc *d, uint32_t a, uint32_t b, int32_t ent, int type, int how);
/* The body last named before token a whose name starts with the words of
 * tokens [a, b), compared without case, and goes on after them ("Kantor
 * Perdana Menteri Israel" for "Kantor itu", "Kantor Kepresidenan Korea
 * Selatan" for "kantor kepresidenan"), -1 when none among the latest
 * mentions. */
WT_HIDDEN int32_t wt_org_with_words(const warta_doc *d, uint32_t a, uint32_t b);
/* Token i a body's head alone, capitalised, then "itu"/"tersebut" before
 * lim ("Kantor itu juga menuding"): the body last named with that head, or
 * -1. */
WT_HIDDEN int32_t wt_org_head_itu(const warta_doc *d, uint32_t i, uint32_t lim);
/* Orders the mentions by first token into d->ment_by_tok (arena); the few
 * mentions added since the last call are merged into its order. */
WT_HIDDEN int wt_index_mentions(warta_doc *d);
/* The first place in d->ment_by_tok of a mention starting at or after token
 * t; *cur (0 at first) remembers the answer, to start the next search from. */
WT_HIDDEN size_t wt_mention_seek(const warta_doc *d, uint32_t t, size_t *cur);
/* The mention spanning tokens [a, b), or -1. */
WT_HIDDEN int32_t wt_mention_find(const warta_doc *d, uint32_t a, uint32_t b);
WT_HIDDEN int wt_add_attr(warta_doc *d, int32_t ent, uint32_t a, uint32_t b, bool affil);
WT_HIDDEN int32_t wt_entity_find(const warta_doc *d, int type, const char *name);
/* A mention [a, b) of the gazetteer entry lex (its entity made if needed);
 * returns the mention's index, -2 on out of memory. */
WT_HIDDEN int32_t wt_gazetteer_mention(warta_doc *d, uint32_t lex, uint32_t a, uint32_t b, int type);
/* A mention [a, b) of an entity named by its own text. */
WT_HIDDEN int32_t wt_new_mention_entity(warta_doc *d, uint32_t a, uint32_t b, int type);
/* dates.c: the date expression starting at token i (index into dates_x), or -1. */
WT_HIDDEN int32_t wt_date_after(const warta_doc *d, uint32_t i);
/* dates.c: do tokens [a, b) lie inside one date expression ("9 September
 * 2025" of "Selasa, 9 September 2025")? */
WT_HIDDEN bool wt_date_covers(const warta_doc *d, uint32_t a, uint32_t b);
/* speakers.c: the subject noun phrase of the verb at token k (skipping
 * adverbs, adverbial phrases between commas and appositions); s is a
 * sentence at or a little before k's, where the search for it starts. */
WT_HIDDEN bool wt_subject_np(warta_doc *d, uint32_t k, uint32_t s, wt_np *np);
/* speakers.c: the public quotes, with sources (call after wt_sources). */
WT_HIDDEN int wt_quotes_publish(warta_doc *d);
/* Builds the public entity views (and remaps quote entity ids). */
WT_HIDDEN int wt_entities_finish(warta_doc *d);

/* Small helpers used across stages (text.c). */
static inline const wt_token *wt_tok(const warta_doc *d, uint32_t i) {
  return &((const wt_token *)d->toks.data)[i];
}
static inline uint32_t wt_ntok(const warta_doc *d) { return (uint32_t)d->toks.len; }
#define LEX_PENDING (UINT32_MAX - 1)
/* The lexicon entry of token i (LEX_NONE if none); wt_annotate looked it up. */
static inline uint32_t wt_lexof(const warta_doc *d, uint32_t i) { return wt_tok(d, i)->lex; }
/* The LX_* classes of token i. */
static inline uint64_t wt_clsof(const warta_doc *d, uint32_t i) { return d->tcls[i]; }
/* The classes of every phrase that may start at token i (wt_phrase_union). */
static inline uint64_t wt_phrase_unionof(const warta_doc *d, uint32_t i) {
  return wt_phrase_union(d->eng->lex, wt_lexof(d, i));
}
/* Do tokens [i, i+3), within lim, write an age in brackets after a name:
 * "Sutini (47)", "Rina (34)"? */
static inline bool wt_age_at(const warta_doc *d, uint32_t i, uint32_t lim) {
  if (i + 3 > lim) return false;
  const wt_token *a = wt_tok(d, i), *b = wt_tok(d, i + 2);
  return a->kind == WARTA_TOK_PUNCT && a->ch == '(' && wt_tok(d, i + 1)->kind == WARTA_TOK_NUMBER &&
         b->kind == WARTA_TOK_PUNCT && b->ch == ')';
}
/* Case-insensitive (ASCII) comparison of token i's text with a lower-case
 * word (a literal: its length is known at compile time, and most tokens
 * fail on theirs).  A word of the lexicon's named list (gen_lexicon.py) is
 * told by the token's entry alone, one compare: for a literal,
 * wt_named_entry is a constant.  (A token's entry is its word's, found
 * without case; the named words are no abbreviation, so no token with a dot
 * has their entry.  The entries are the built-in lexicon's, an engine's
 * only one.) */
static inline __attribute__((always_inline)) bool wt_tok_is(const warta_doc *d, uint32_t i, const char *lower) {
#ifdef __OPTIMIZE__ /* (unoptimised, wt_named_entry would compare strings at run time) */
  uint32_t x = wt_named_entry(lower);
  if (__builtin_constant_p(x) && x != LEX_NONE) return wt_tok(d, i)->lex == x;
#endif
  const wt_token *t = wt_tok(d, i);
  size_t n = strlen(lower);
  if (t->end - t->start != n) return false;
  const unsigned char *s = (const unsigned char *)d->text + t->start;
  for (size_t k = 0; k < n; k++) {
    unsigned char c = s[k];
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c != (unsigned char)lower[k]) return false;
  }
  return true;
}
/* Index of the sentence holding token i (sentences are in token order and
 * cover the body; a token before the first sentence gives 0). */
static inline uint32_t wt_sent_index(const warta_doc *d, uint32_t i) {
  const wt_sent *s = d->sents.data;
  uint32_t lo = 0, hi = (uint32_t)d->sents.len;
  while (hi - lo > 1) {
    uint32_t mid = (lo + hi) / 2;
    if (s[mid].tok0 <= i) lo = mid;
    else hi = mid;
  }
  return lo;
}
/* wt_sent_index(d, i) found from sentence s onwards, s a sentence at or a
 * little before i (the one being read, a quote's own): a few steps forward
 * instead of a search over the whole document; the search when s is past i
 * or i is far. */
static inline uint32_t wt_sent_from(const warta_doc *d, uint32_t s, uint32_t i) {
  const wt_sent *st = d->sents.data;
  if (s >= d->sents.len || st[s].tok0 > i) return wt_sent_index(d, i);
  for (int step = 0; step < 8; step++, s++)
    if (s + 1 >= d->sents.len || st[s + 1].tok0 > i) return s;
  return wt_sent_index(d, i);
}
/* Date helpers (calendar.c): days since 1970-01-01 <-> YYYY-MM-DD. */
WT_HIDDEN int32_t wt_days_from_civil(int y, int m, int dd);
WT_HIDDEN void wt_civil_from_days(int32_t z, int *y, int *m, int *dd);
WT_HIDDEN int32_t wt_parse_iso_date(const char *s, size_t n); /* INT32_MIN when not a date */
WT_HIDDEN const char *wt_date_str(wt_arena *a, int32_t days); /* arena copy "YYYY-MM-DD" */
WT_HIDDEN bool wt_valid_date(int y, int m, int d);

#endif
