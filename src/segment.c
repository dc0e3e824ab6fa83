/*
 * segment.c — paragraphs, tokens and sentences of Indonesian news text, in
 * one pass over the bytes.
 *
 * Paragraphs: each non-empty line is a paragraph (scraped news puts one
 * paragraph on a line), unless the text is hard-wrapped (many lines of
 * similar length that do not end a sentence): then blank lines separate
 * paragraphs and single newlines are spaces.
 *
 * Tokens: words (with inner hyphens and apostrophes: Jong-un, Ma’ruf),
 * numbers (2.500, 1.000,5, 10.30, 13/4/2020), URLs and domains (kompas.com),
 * e-mails, abbreviations with their dot (Dr., S.H., M.Si., a.n.), initials
 * (S.), and punctuation.  Quote marks of every style become QUOTE tokens
 * marked opening or closing by the characters around them, not by glyph:
 * Kompas opens quotes with ” as often as with “.  Two single marks written
 * for a double one (‘‘ ’’ '' ``) and a double mark left as an HTML entity
 * (&quot; &ldquo; &#8221;) are one QUOTE token each.
 *
 * Sentences end at . ! ? … (and closing quotes or brackets after them) when a
 * capital, a digit or an opening quote follows, never after an abbreviation
 * that cannot end a sentence or an initial.
 */
#include <pthread.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "alloc.h"
#include "internal.h"

enum { C_SPACE = 1, C_NL, C_ALPHA, C_DIGIT, C_PUNCT, C_HIGH, C_NUL };

/* The class of every byte, built by the compiler (no start-up code, nothing
 * shared that threads could race on). */
#define K_(c)                                                                                         \
  ((c) == ' ' || (c) == '\t' || (c) == '\r' || (c) == '\f' || (c) == '\v' ? C_SPACE               \
   : (c) == '\n'                                                        ? C_NL                     \
   : ((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z')             ? C_ALPHA                  \
   : (c) >= '0' && (c) <= '9'                                            ? C_DIGIT                  \
   : (c) >= 0x80                                                         ? C_HIGH                   \
   : (c) == 0                                                            ? C_NUL                    \
                                                                         : C_PUNCT)
/* ASCII word bytes for the scanner's fast loop: 1 a letter, 2 a digit, 0 anything else. */
#define W_(c) (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') ? 1 : (c) >= '0' && (c) <= '9' ? 2 : 0)
#define R4_(M, b) M(b), M((b) + 1), M((b) + 2), M((b) + 3)
#define R16_(M, b) R4_(M, b), R4_(M, (b) + 4), R4_(M, (b) + 8), R4_(M, (b) + 12)
#define R64_(M, b) R16_(M, b), R16_(M, (b) + 16), R16_(M, (b) + 32), R16_(M, (b) + 48)
#define R256_(M) R64_(M, 0), R64_(M, 64), R64_(M, 128), R64_(M, 192)
static const unsigned char cls_table[256] = {R256_(K_)};
static const unsigned char word_table[256] = {R256_(W_)};
enum { W_LETTER = 1, W_DIGIT = 2 };
/* Bytes after a run of ASCII letters and digits that may continue the token
 * (joiners, domain and number punctuation, the start of a non-ASCII letter);
 * after any other byte the word ends right there. */
#define J_(c) ((c) == '-' || (c) == '\'' || (c) == '.' || (c) == ',' || (c) == ':' || (c) == '/' || (c) == '@' || (c) >= 0x80)
static const unsigned char join_table[256] = {R256_(J_)};
/* Punctuation that is always a token of its own, its char its code. */
#define P_(c) ((c) == ',' || (c) == ';' || (c) == ':' || (c) == '(' || (c) == ')' || (c) == '!' || (c) == '?' || (c) == '[' || (c) == ']')
static const unsigned char plain_punct[256] = {R256_(P_)};
#define CLS(c) (cls_table[(unsigned char)(c)])

/* The end of the run of ASCII letters and digits from i; *seen gets W_LETTER
 * and/or W_DIGIT for what it held.  Eight bytes at a time where it can (most
 * words end inside the first eight), so that the end of a word costs no
 * mispredicted branch per byte. */
static inline uint32_t ascii_run(const unsigned char *s, uint32_t i, uint32_t hi, unsigned *seen) {
  unsigned acc = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t H = 0x8080808080808080ull, LOW7 = 0x7f7f7f7f7f7f7f7full, B = 0x0101010101010101ull;
  while (hi - i >= 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    uint64_t v = w & LOW7;     /* no carries between bytes below */
    uint64_t x = v | 0x20 * B; /* A-Z -> a-z */
    /* high bit of a byte set when it is in the range: b + (128 - lo) and b + (127 - hi) */
    uint64_t letters = (x + 0x1f * B) & ~(x + 0x05 * B) & ~w & H; /* 'a'..'z' */
    uint64_t digits = (v + 0x50 * B) & ~(v + 0x46 * B) & ~w & H;  /* '0'..'9' */
    uint64_t stop = ~(letters | digits) & H;
    if (stop) {
      uint32_t nb = (uint32_t)__builtin_ctzll(stop) >> 3;
      uint64_t before = (stop & (0 - stop)) - 1; /* every bit below the first stop: the run's bytes */
      if (letters & before) acc |= W_LETTER;
      if (digits & before) acc |= W_DIGIT;
      *seen |= acc;
      return i + nb;
    }
    if (letters) acc |= W_LETTER;
    if (digits) acc |= W_DIGIT;
    i += 8;
  }
#endif
  const unsigned char *p = s + i, *e = s + hi;
  while (p < e) {
    unsigned w = word_table[*p];
    if (!w) break;
    acc |= w;
    p++;
  }
  *seen |= acc;
  return (uint32_t)(p - s);
}

/* What a non-ASCII code point is to the tokenizer. */
enum { U_LETTER, U_SPACE, U_QUOTE, U_DASH, U_ELLIPSIS, U_PUNCT };

static int ucls(uint32_t cp) {
  if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
      cp == 0xFEFF || cp == 0x200C || cp == 0x200D || cp == 0x2028 || cp == 0x2029)
    return U_SPACE;
  if ((cp >= 0x2018 && cp <= 0x201F) || cp == 0xAB || cp == 0xBB || cp == 0x2039 || cp == 0x203A)
    return U_QUOTE;
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) return U_DASH;
  if (cp == 0x2026) return U_ELLIPSIS;
  if ((cp >= 0xA1 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA) || cp == 0xD7 || cp == 0xF7 ||
      (cp >= 0x2016 && cp <= 0x206F) || (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x3001 && cp <= 0x303F) ||
      cp == 0xFFFD || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0x1F000 && cp <= 0x1FAFF) ||
      (cp >= 0x80 && cp < 0xA0))
    return U_PUNCT;
  return U_LETTER;
}

/* Single-style quote glyphs: ' ‘ ’ ‚ ‛ ‹ › */
static bool single_style(uint32_t cp) {
  return cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2039 ||
         cp == 0x203A;
}

/* How many tokens of a paragraph that may end a sentence are noted. */
enum { ENDS_MAX = 512 };

/* The tokens made so far and room for them.  (tokenize keeps a copy in a
 * local: its stores into the arrays, of bytes in lists, could otherwise be
 * stores into the seg, and every field would be read again after each.) */
typedef struct tokout {
  wt_token *toks;
  size_t n, cap;
  /* wt_annotate's facts of each token (doc->tcls_buf ...), room for cap + 1:
   * the tokenizer writes them for the words it sees whole and marks the
   * other tokens WL_TODO, for wt_annotate */
  uint64_t *cls;
  uint32_t *phr;
  uint8_t *lists;
} tokout;

typedef struct seg {
  warta_doc *doc;
  const unsigned char *s;
  uint32_t n;
  tokout o;
  bool oom, over, sent_oom;
  /* the paragraph's tokens that may end a sentence (. ! ? … and
   * abbreviations: is_terminal's), noted as they are made, so that
   * split_sentences need not look at every token; nends past ENDS_MAX when
   * more than fit (then it does) */
  uint32_t *ends;
  uint32_t nends;
  /* where next_para goes on: the text hard-wrapped or not (hard_wrapped),
   * the first line ends it found, the next of them, the byte where the
   * search goes on, and (hard-wrapped) the start of the paragraph being
   * found and whether the last one was given */
  bool wrapped, last_given;
  const uint32_t *line_ends;
  uint32_t nlines, line, at, para_at;
} seg;

static inline void note_end(seg *g, size_t tok) {
  if (g->nends < ENDS_MAX) g->ends[g->nends] = (uint32_t)tok;
  g->nends++;
}

/* May token t end a sentence (is is_terminal ever true of it)? */
static inline bool may_end(const wt_token *t) {
  return (t->kind == WARTA_TOK_PUNCT && (t->ch == '.' || t->ch == '!' || t->ch == '?' || t->ch == PC_ELLIPSIS)) ||
         (t->flags & TF_ABBREV);
}

/* The usable capacity: never above the token limit, so that the limit is
 * checked only when the array is full. */
static size_t tok_cap(const warta_doc *doc) {
  return doc->toks.cap < WARTA_MAX_TOKENS ? doc->toks.cap : WARTA_MAX_TOKENS;
}

/* Room for want tokens (at most WARTA_MAX_TOKENS) and their facts; g's
 * pointers and capacity set.  -1 when out of memory. */
static int reserve_toks(seg *g, size_t want) {
  warta_doc *d = g->doc;
  if (wt_vec_reserve(&d->toks, want) != 0) return -1;
  size_t cap = tok_cap(d);
  if (wt_vec_reserve(&d->tcls_buf, cap + 1) != 0 || wt_vec_reserve(&d->phr_buf, cap + 1) != 0 ||
      wt_vec_reserve(&d->lists_buf, cap + WL_PAD) != 0)
    return -1;
  g->o.toks = d->toks.data;
  g->o.cls = d->tcls_buf.data;
  g->o.phr = d->phr_buf.data;
  g->o.lists = d->lists_buf.data;
  g->o.cap = cap;
  return 0;
}

/* Makes room for more tokens; false (and oom or over set) when it cannot. */
static __attribute__((noinline)) bool grow_toks(seg *g) {
  if (g->o.n >= WARTA_MAX_TOKENS) {
    g->over = true;
    return false;
  }
  g->doc->toks.len = g->o.n;
  size_t want = g->o.cap * 2 + 1024;
  if (want > WARTA_MAX_TOKENS) want = WARTA_MAX_TOKENS;
  if (reserve_toks(g, want) != 0) {
    g->oom = true;
    return false;
  }
  return true;
}

static inline wt_token *push_tok(seg *g) {
  if (__builtin_expect(g->o.n == g->o.cap, 0) && !grow_toks(g)) return NULL;
  g->o.lists[g->o.n] = WL_TODO;
  wt_token *t = &g->o.toks[g->o.n++];
  t->lex = LEX_PENDING;
  t->flags = 0;
  t->ch = 0;
  return t;
}

/* Decodes the code point at i (caller knows s[i] >= 0x80); *k gets its length.
 * Invalid bytes cannot occur here (utf8.c checked), but be safe: one byte. */
static inline uint32_t decode(const seg *g, uint32_t i, int *k) {
  uint32_t cp = 0xFFFD;
  *k = wt_utf8_seq(g->s + i, g->n - i, &cp);
  if (*k == 0) {
    *k = 1;
    cp = 0xFFFD;
  }
  return cp;
}

/* Is there a word character at i (ASCII letter/digit or a non-ASCII letter)? */
static bool word_at(const seg *g, uint32_t i) {
  if (i >= g->n) return false;
  unsigned char c = g->s[i];
  int k = CLS(c);
  if (k == C_ALPHA || k == C_DIGIT) return true;
  if (k != C_HIGH) return false;
  int len;
  uint32_t cp = decode(g, i, &len);
  if ((cp == 0xE2 || cp == 0xC3) && g->s[i] == 0xC3) { /* "â", "Ã": a letter unless it is a mojibake mark */
    int open;
    return wt_mojibake_mark(g->s + i, g->n - i, &open, NULL) <= 2;
  }
  return ucls(cp) == U_LETTER;
}

/* Is the byte before i a word character?  Steps back over one code point. */
static bool word_before(const seg *g, uint32_t i, uint32_t lo) {
  if (i <= lo) return false;
  uint32_t j = i - 1;
  while (j > lo && (g->s[j] & 0xC0) == 0x80) j--;
  return word_at(g, j);
}

static bool space_or_edge_at(const seg *g, uint32_t i, uint32_t hi) {
  if (i >= hi) return true;
  unsigned char c = g->s[i];
  if (CLS(c) == C_SPACE || CLS(c) == C_NL) return true;
  if (c >= 0x80) {
    int k;
    return ucls(decode(g, i, &k)) == U_SPACE;
  }
  return false;
}

static bool space_or_edge_before(const seg *g, uint32_t i, uint32_t lo) {
  if (i <= lo) return true;
  uint32_t j = i - 1;
  while (j > lo && (g->s[j] & 0xC0) == 0x80) j--;
  return space_or_edge_at(g, j, i);
}

/* A double quote mark written as an HTML entity at i ("&quot;", "&ldquo;",
 * "&#8221;", "&#x201C;"): its end, and *glyph the mark; 0 when none.
 * Text copied out of web pages keeps them; single marks are left alone
 * ("Jum&rsquo;at" is a word). */
static uint32_t quote_entity(const unsigned char *s, uint32_t i, uint32_t hi, uint32_t *glyph) {
  static const struct {
    const char *name;
    uint32_t cp;
  } names[] = {{"quot", '"'},  {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E},
               {"laquo", 0xAB}, {"raquo", 0xBB}};
  uint32_t j = i + 1, e = j;
  while (e < hi && e - j < 8 && s[e] != ';' && s[e] != '&' && s[e] > ' ') e++;
  if (e >= hi || s[e] != ';' || e == j) return 0;
  size_t n = e - j;
  const char *w = (const char *)s + j;
  for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
    if (strlen(names[k].name) == n && !memcmp(w, names[k].name, n)) {
      *glyph = names[k].cp;
      return e + 1;
    }
  if (w[0] != '#' || n < 2) return 0;
  uint32_t v = 0;
  bool hex = w[1] == 'x' || w[1] == 'X';
  for (size_t k = hex ? 2 : 1; k < n; k++) {
    int c = (unsigned char)w[k], dv;
    if (c >= '0' && c <= '9') dv = c - '0';
    else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') dv = (c | 0x20) - 'a' + 10;
    else return 0;
    v = v * (hex ? 16 : 10) + (uint32_t)dv;
  }
  if (v == '"' || v == 0x201C || v == 0x201D || v == 0x201E || v == 0xAB || v == 0xBB) {
    *glyph = v;
    return e + 1;
  }
  return 0;
}

/* The flags of a quote mark of glyph from what stands around it: a word
 * character before it (wprev) or after it (wnext), space or the
 * paragraph's edge before it (sprev) or after it (snext). */
static inline uint16_t quote_flags(bool wprev, bool sprev, bool wnext, bool snext, uint32_t glyph) {
  bool open_ok = !wprev, close_ok = !wnext;
  uint16_t f = 0;
  if (open_ok && !close_ok) f = TF_QOPEN;
  else if (close_ok && !open_ok) f = TF_QCLOSE;
  else if (open_ok && close_ok) {
    /* a mark with space on both sides: only a glyph that never closes in
     * Indonesian news (“ „ «) says which; ” and " open as often as they close */
    if (sprev && !snext) f = TF_QOPEN;
    else if (snext && !sprev) f = TF_QCLOSE;
    else if (glyph == 0x201C || glyph == 0x201E || glyph == 0xAB || glyph == 0x2018 || glyph == 0x201A)
      f = TF_QOPEN;
    else if (glyph == 0xBB)
      f = TF_QCLOSE;
    else
      f = TF_QOPEN | TF_QCLOSE;
  } else {
    f = TF_QOPEN | TF_QCLOSE; /* between two words: cannot tell */
  }
  if (single_style(glyph)) f |= TF_QSINGLE;
  return f;
}

/* Is ASCII byte c a space or a line break? */
static inline bool ascii_space(unsigned char c) { return CLS(c) == C_SPACE || CLS(c) == C_NL; }

/* Marks a quote token open or close from what stands around it. */
static void classify_quote(seg *g, wt_token *t, uint32_t lo, uint32_t hi, uint32_t glyph) {
  bool wprev, wnext, sprev, snext;
  /* most marks stand between ASCII bytes (a space, a letter, a comma) or
   * at the paragraph's edge (taken for a space): their classes from the
   * tables; around a non-ASCII character, the general tests */
  unsigned char b = t->start > lo ? g->s[t->start - 1] : ' ', a = t->end < hi ? g->s[t->end] : ' ';
  if (b < 0x80) {
    wprev = word_table[b] != 0;
    sprev = ascii_space(b);
  } else {
    wprev = word_before(g, t->start, lo);
    sprev = space_or_edge_before(g, t->start, lo);
  }
  if (a < 0x80) {
    wnext = word_table[a] != 0;
    snext = ascii_space(a);
  } else {
    wnext = word_at(g, t->end);
    snext = space_or_edge_at(g, t->end, hi);
  }
  t->flags |= quote_flags(wprev, sprev, wnext, snext, glyph);
}

/* The endings of domain names, each in five bytes (the rest zero). */
static const char tlds[][5] = {"com", "id", "net", "org", "co", "go", "ac", "or", "info", "tv",
                               "news", "io", "my", "sg", "uk", "us", "au", "jp", "kr", "cn",
                               "ru", "de", "fr", "web", "sch", "mil", "biz", "asia"};

static bool is_tld(const unsigned char *p, size_t n) {
  if (n < 2 || n > 4) return false;
  for (size_t i = 0; i < sizeof tlds / sizeof *tlds; i++) {
    const char *t = tlds[i];
    /* (an ending of n bytes whose first letter matches: most are not) */
    if (t[n] != 0 || t[n - 1] == 0 || (p[0] | 0x20) != (unsigned char)t[0]) continue;
    size_t j = 1;
    while (j < n && (p[j] | 0x20) == (unsigned char)t[j]) j++;
    if (j == n) return true;
  }
  return false;
}

static uint32_t alnum_run(const seg *g, uint32_t i, uint32_t hi) {
  while (i < hi && (CLS(g->s[i]) == C_ALPHA || CLS(g->s[i]) == C_DIGIT)) i++;
  return i;
}

/* A URL from i ("http://", "https://", "www."): up to whitespace, without
 * trailing punctuation. */
static uint32_t url_end(const seg *g, uint32_t i, uint32_t hi) {
  const unsigned char *s = g->s;
  uint32_t j = i;
  while (j < hi) {
    unsigned char c = s[j];
    if (c < 0x80) { /* (most of an address: a byte, its class) */
      if (CLS(c) == C_SPACE || CLS(c) == C_NL || c == '"' || c == '<' || c == '>') break;
      j++;
      continue;
    }
    int k;
    int u = ucls(decode(g, j, &k)); /* a space or a quote mark ends it too */
    if (u == U_SPACE || u == U_QUOTE) break;
    j += (uint32_t)k;
  }
  while (j > i && strchr(".,;:!?)]'", s[j - 1])) j--;
  return j;
}

/* A title the lexicon writes with a final apostrophe ("Dato'", Malay for
 * Datuk) keeps its mark, straight or curly, when no letter follows it:
 * otherwise the mark becomes a quote token inside the person's name.
 * Returns the mark's length to add to the word [start, i), or 0. */
static uint32_t titled_apostrophe(seg *g, uint32_t start, uint32_t i, uint32_t hi) {
  const unsigned char *s = g->s;
  uint32_t m = s[i] == '\'' ? 1u : 3u;
  if (i - start < 2 || i - start > 14 || (i + m < hi && word_at(g, i + m))) return 0;
  const wt_lexicon *lx = g->doc->eng->lex;
  uint32_t x = wt_lex_find(lx, (const char *)s + start, i + m - start); /* (the lexicon has both marks) */
  return x != LEX_NONE && (lx->entries[x].cls & LX_TITLE) ? m : 0;
}

/* Scans a word starting at i (a word character).  Returns its end and sets
 * kind/flags.  Handles numbers, dates, times, domains, e-mails, inner hyphens
 * and apostrophes, initialisms (S.H., M.Si.) and abbreviation dots. */
static uint32_t scan_word(seg *g, uint32_t i, uint32_t hi, uint8_t *kind, uint16_t *flags) {
  const unsigned char *s = g->s;
  uint32_t start = i;
  unsigned seen = 0; /* W_LETTER: a letter so far (ASCII or not); W_DIGIT: a digit */
  *kind = WARTA_TOK_WORD;
  for (;;) {
    /* a run of word characters */
    for (;;) {
      i = ascii_run(s, i, hi, &seen); /* ASCII letters and digits */
      if (i >= hi || s[i] < 0x80) break;
      unsigned char c = s[i];
      int len;
      uint32_t cp = decode(g, i, &len);
      if ((cp == 0xE2 || cp == 0xC3) && c == 0xC3) { /* (twice broken: "Ã¢â‚¬Â" glued to a word) */
        int open;
        int m = wt_mojibake_mark(s + i, hi - i, &open, NULL);
        if (m > 2) break;                        /* a full mojibake mark ends the word */
        if (m == 2 && !word_at(g, i + 2)) break; /* lone "â" at the word's end */
      } else if (ucls(cp) != U_LETTER) {
        break;
      }
      seen |= W_LETTER;
      i += (uint32_t)len;
    }
    if (i >= hi) break;
    bool has_alpha = (seen & W_LETTER) != 0, digits_only = !has_alpha, has_digit = (seen & W_DIGIT) != 0;
    unsigned char c = s[i];
    /* joiners: something inside the token when a word character follows */
    if (c == '-' && word_at(g, i + 1) && i > start) {
      *flags |= TF_HYPHEN;
      i++;
      continue;
    }
    if ((c == '\'' || (c == 0xE2 && i + 2 < hi && s[i + 1] == 0x80 && s[i + 2] == 0x99)) && has_alpha &&
        i + (c == '\'' ? 1u : 3u) < hi && CLS(s[i + (c == '\'' ? 1u : 3u)]) == C_ALPHA &&
        CLS(s[i - 1]) == C_ALPHA) {
      i += c == '\'' ? 1u : 3u; /* Ma’ruf, Jum'at */
      continue;
    }
    if (c == 0xC3 && has_alpha && CLS(s[i - 1]) == C_ALPHA) {
      /* the apostrophe's mojibake inside a word joins it as ’ does: "Kaâ€™bah" */
      int open;
      int m = wt_mojibake_mark(s + i, hi - i, &open, NULL);
      if (m > 2 && open == -1 && i + (uint32_t)m < hi && CLS(s[i + (uint32_t)m]) == C_ALPHA) {
        i += (uint32_t)m;
        continue;
      }
    }
    if ((c == '.' || c == ',' || c == ':' || c == '/') && digits_only && has_digit && i + 1 < hi &&
        CLS(s[i + 1]) == C_DIGIT) {
      /* 2.500  1.000,5  10.30  10:30  13/4/2020 */
      if (c == '/') *kind = WARTA_TOK_DATE;
      i++;
      continue;
    }
    if (c == '.' && !digits_only && i + 1 < hi && CLS(s[i + 1]) == C_ALPHA) {
      /* a domain: kompas.com, KOMPAS.com, tempo.co.id */
      uint32_t e = alnum_run(g, i + 1, hi);
      if (is_tld(s + i + 1, e - i - 1) && (e >= hi || !word_at(g, e))) {
        *kind = WARTA_TOK_URL;
        i = e;
        continue;
      }
    }
    if (c == '@' && i > start && i + 1 < hi && word_at(g, i + 1)) {
      uint32_t e = i + 1;
      while (e < hi && (CLS(s[e]) == C_ALPHA || CLS(s[e]) == C_DIGIT || s[e] == '.' || s[e] == '-' || s[e] == '_'))
        e++;
      while (e > i + 1 && s[e - 1] == '.') e--;
      if (memchr(s + i + 1, '.', e - i - 1)) {
        *kind = WARTA_TOK_EMAIL;
        return e;
      }
    }
    if (c == '\'' || (c == 0xE2 && i + 2 < hi && s[i + 1] == 0x80 && s[i + 2] == 0x99))
      i += titled_apostrophe(g, start, i, hi); /* Dato' */
    break;
  }
  bool digits_only = (seen & W_LETTER) == 0, has_digit = (seen & W_DIGIT) != 0;
  if (*kind == WARTA_TOK_WORD && digits_only && has_digit) *kind = WARTA_TOK_NUMBER;
  if (has_digit && !digits_only) *flags |= TF_DIGIT;
  return i;
}

/* The end of a number whose first digits end at e, where a joiner follows
 * (join_table), when it goes on only with digits after . , : or / ("2.500",
 * "1.000,5", "10:30", "13/4/2020": *slash set, a D/M/Y token), as
 * scan_word would find it; 0 when anything else joins it (a letter, a
 * hyphen, an apostrophe, "@", a non-ASCII character): then scan_word's
 * other rules decide. */
static uint32_t number_end(const unsigned char *s, uint32_t e, uint32_t hi, bool *slash) {
  for (;;) {
    if (e >= hi) return e;
    unsigned char c = s[e];
    if ((c == '.' || c == ',' || c == ':' || c == '/') && e + 1 < hi && CLS(s[e + 1]) == C_DIGIT) {
      if (c == '/') *slash = true;
      e += 2; /* (the mark and the digit after it) */
      while (e < hi && CLS(s[e]) == C_DIGIT) e++;
      continue;
    }
    if (CLS(c) == C_ALPHA || c == '-' || c == '\'' || c == '@' || c >= 0x80) return 0;
    return e;
  }
}

/* After a word ending at i with s[i] == '.': the length of an initialism
 * tail ("S.H.", "M.Si.", "a.n.") or 0. */
static uint32_t initialism_end(const seg *g, uint32_t start, uint32_t i, uint32_t hi) {
  if (i - start > 3) return 0;
  uint32_t j = i;
  int parts = 1;
  while (j < hi && g->s[j] == '.') {
    uint32_t e = j + 1;
    uint32_t w = e;
    /* (the last part of a degree may be longer: "M.Epid", "S.Farm") */
    while (w < hi && CLS(g->s[w]) == C_ALPHA && w - e < 6) w++;
    if (w == e || (w < hi && (CLS(g->s[w]) == C_ALPHA || CLS(g->s[w]) == C_DIGIT)))
      break;
    if (w >= hi || g->s[w] != '.' || w - e > 3) {
      /* a degree written without its last dot: "Sp.PD,", "S.Kom" when the
       * lexicon knows it (abbreviations.lex) */
      const wt_lexicon *lx = g->doc->eng->lex;
      uint32_t x = wt_lex_find(lx, (const char *)g->s + start, w - start);
      if (x != LEX_NONE && (lx->entries[x].cls & LX_ABBREV)) return w;
      break;
    }
    j = w;
    parts++;
  }
  return parts >= 2 ? j + 1 : 0;
}

/* A word followed by a dot is looked up as an abbreviation ("Dr.", "dll.")
 * only when some abbreviation of the built-in lexicon has its length, first
 * and last byte (case folded by & 31): one bit test instead of a hash-table
 * probe that misses the cache, for the many words that end a sentence. */
enum { ABBR_MAXLEN = 12 };
static uint32_t abbr_filter[(ABBR_MAXLEN + 1) * 32 * 32 / 32];
static pthread_once_t abbr_once = PTHREAD_ONCE_INIT;

static void abbr_filter_init(void) {
  const wt_lexicon *lx = &wt_builtin_lexicon;
  for (uint32_t i = 0; i < lx->nentries; i++) {
    const wt_lexentry *x = &lx->entries[i];
    if (!(x->cls & LX_ABBREV) || x->key_len == 0 || x->key_len > ABBR_MAXLEN) continue;
    const unsigned char *k = (const unsigned char *)lx->pool + x->key;
    uint32_t bit = ((uint32_t)x->key_len * 32 + (k[0] & 31u)) * 32 + (k[x->key_len - 1] & 31u);
    abbr_filter[bit / 32] |= 1u << (bit % 32);
  }
}

/* May s[0..n) (1 <= n <= ABBR_MAXLEN) be an abbreviation of lexicon lx? */
static inline bool maybe_abbrev(const wt_lexicon *lx, const unsigned char *s, uint32_t n) {
  if (lx != &wt_builtin_lexicon) return true;
  uint32_t bit = (n * 32 + (s[0] & 31u)) * 32 + (s[n - 1] & 31u);
  return (abbr_filter[bit / 32] >> (bit % 32)) & 1u;
}

/* An abbreviation marked abbrev_lower is one only in small letters: "al."
 * of "et al.", while "AL." ends "... kata Kadispen TNI AL." (Angkatan Laut). */
static bool caps_not_abbrev(const wt_lexicon *lx, uint32_t x, const unsigned char *s, uint32_t n) {
  if (!(lx->entries[x].cls2 & LX2_ABBREV_LOWER)) return false;
  for (uint32_t k = 0; k < n; k++)
    if (s[k] >= 'a' && s[k] <= 'z') return false;
  return true;
}

/* One token (or a run of non-ASCII space) at i, which is not ASCII
 * whitespace: the general case, kept out of tokenize's loop so that the
 * common word stays in registers.  Returns where the next token may start;
 * on failure sets g->oom or g->over. */
static __attribute__((noinline)) uint32_t one_token(seg *g, uint32_t i, uint32_t lo, uint32_t hi, int k,
                                                    uint16_t *pending) {
  const unsigned char *s = g->s;
  const wt_lexicon *lx = g->doc->eng->lex;
  unsigned char c = s[i];
  uint32_t cp = c;
  int len = 1;
  int u = -1;
  if (k == C_HIGH) {
    cp = decode(g, i, &len);
    u = ucls(cp);
    if (u == U_SPACE) {
      *pending |= TF_SPACE_BEFORE;
      i += (uint32_t)len;
      return i;
    }
    if ((cp == 0xE2 || cp == 0xC3) && c == 0xC3) { /* "â" ("Ã" twice broken): perhaps a mojibake quote mark */
      int open;
      uint32_t mark;
      int m = wt_mojibake_mark(s + i, hi - i, &open, &mark);
      if (m > 2 && open == WT_MOJIBAKE_DASH) {
        wt_token *t = push_tok(g);
        if (!t) return hi;
        t->start = i;
        t->end = i + (uint32_t)m;
        t->kind = WARTA_TOK_PUNCT;
        t->ch = PC_DASH;
        t->flags = *pending | TF_MOJIBAKE;
        *pending = 0;
        return t->end;
      }
      if (m >= 2) { /* at a token start even a lone "â" is a lost quote mark */
        wt_token *t = push_tok(g);
        if (!t) return hi;
        t->start = i;
        t->end = i + (uint32_t)m;
        t->kind = WARTA_TOK_QUOTE;
        t->ch = PC_QUOTE;
        t->flags = *pending | TF_MOJIBAKE;
        *pending = 0;
        /* (as the mark it stands for: "â€˜refund diprosesâ€™" inside a
         * quote are single marks, not a double one closing it) */
        classify_quote(g, t, lo, hi, mark ? mark : open == 1 ? 0x201C : open == 0 ? 0x201D : '"');
        i = t->end;
        return i;
      }
    }
    if (c == 0xC3 && len == 2 && s[i + 1] == 0x82 && i + 3 < hi && s[i + 2] == 0xC2 &&
        (s[i + 3] == 0xAB || s[i + 3] == 0xBB)) {
      wt_token *t = push_tok(g); /* "Â«" "Â»": mojibake guillemets */
      if (!t) return hi;
      t->start = i;
      t->end = i + 4;
      t->kind = WARTA_TOK_QUOTE;
      t->ch = PC_QUOTE;
      t->flags = *pending | TF_MOJIBAKE;
      *pending = 0;
      classify_quote(g, t, lo, hi, s[i + 3] == 0xAB ? 0xAB : 0xBB);
      i += 4;
      return i;
    }
  }
  wt_token *t = push_tok(g);
  if (!t) return hi;
  t->start = i;
  t->flags = *pending;
  *pending = 0;
  if (k == C_ALPHA || k == C_DIGIT || (k == C_HIGH && u == U_LETTER)) {
    /* URLs first: they contain every kind of punctuation */
    if ((c == 'h' || c == 'H') && hi - i > 7 &&
        (!memcmp(s + i, "http://", 7) || !memcmp(s + i, "https://", 8))) {
      t->end = url_end(g, i, hi);
      t->kind = WARTA_TOK_URL;
      i = t->end;
      return i;
    }
    if ((c == 'w' || c == 'W') && hi - i > 4 && !memcmp(s + i, "www.", 4)) {
      t->end = url_end(g, i, hi);
      t->kind = WARTA_TOK_URL;
      i = t->end;
      return i;
    }
    uint8_t kind;
    uint16_t fl = 0;
    uint32_t e;
    unsigned seen = 0;
    if (k != C_HIGH && ((e = ascii_run(s, i, hi, &seen)) >= hi || !join_table[s[e]])) {
      /* the common case: plain ASCII letters and digits, then a space or
       * punctuation that cannot continue the token (what scan_word would
       * find, without its detours) */
      kind = seen == W_DIGIT ? WARTA_TOK_NUMBER : WARTA_TOK_WORD;
      if (seen == (W_LETTER | W_DIGIT)) fl |= TF_DIGIT;
    } else {
      e = scan_word(g, i, hi, &kind, &fl);
    }
    t->kind = kind;
    t->flags |= fl;
    if (k == C_ALPHA && c >= 'A' && c <= 'Z') t->flags |= TF_CAP;
    else if (k == C_HIGH) {
      utf8proc_category_t cat = utf8proc_category((utf8proc_int32_t)cp);
      if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT) t->flags |= TF_CAP;
    }
    if (t->flags & TF_CAP) {
      /* all capitals (two letters or more): JAKARTA, KPK */
      uint32_t letters = 0;
      bool lower = false;
      for (uint32_t j = i; j < e; j++) {
        unsigned char b = s[j];
        if (b >= 'a' && b <= 'z') {
          lower = true;
          break;
        }
        if (b >= 'A' && b <= 'Z') letters++;
      }
      if (!lower && letters >= 2) t->flags |= TF_UPPER;
    }
    if (kind == WARTA_TOK_WORD && e < hi && s[e] == '.') {
      uint32_t ie = initialism_end(g, i, e, hi);
      if (ie) {
        e = ie; /* S.H.  M.Si.  a.n. */
        t->flags |= TF_ABBREV;
      } else if (e - i == 1 && (t->flags & TF_CAP)) {
        e++; /* an initial: "S." in "Bambang S. Widodo", "H." */
        t->flags |= TF_INITIAL;
      } else if (e - i <= ABBR_MAXLEN && maybe_abbrev(lx, s + i, e - i)) {
        uint32_t x = wt_lex_find(lx, (const char *)s + i, e - i);
        if (x != LEX_NONE && (lx->entries[x].cls & LX_ABBREV) && !caps_not_abbrev(lx, x, s + i, e - i)) {
          e++;
          t->flags |= TF_ABBREV;
          t->lex = x;
        }
      }
    }
    t->end = e;
    i = e;
    return i;
  }
  /* punctuation */
  t->kind = WARTA_TOK_PUNCT;
  if (k != C_HIGH) {
    if (c == '"' || c == '\'' || c == '`') {
      t->kind = WARTA_TOK_QUOTE;
      t->ch = PC_QUOTE;
      t->end = i + 1;
      uint32_t glyph = c == '`' ? 0x2018 : c;
      /* two single marks written for a double one: '' and `` */
      if (c != '"' && i + 1 < hi && s[i + 1] == c) {
        t->end = i + 2;
        glyph = c == '`' ? 0x201C : '"';
      }
      classify_quote(g, t, lo, hi, glyph);
      return t->end;
    }
    uint32_t qe = 0, qg = 0;
    if (c == '&' && (qe = quote_entity(s, i, hi, &qg)) != 0) {
      /* a quote mark left as an HTML entity in text: "&ldquo;", "&quot;" */
      t->kind = WARTA_TOK_QUOTE;
      t->ch = PC_QUOTE;
      t->end = qe;
      classify_quote(g, t, lo, hi, qg);
      return t->end;
    }
    if (c == '.' && i + 2 < hi && s[i + 1] == '.' && s[i + 2] == '.') {
      uint32_t e = i + 3;
      while (e < hi && s[e] == '.') e++;
      t->end = e;
      t->ch = PC_ELLIPSIS;
      i = e;
      return i;
    }
    if (c == '-' && i + 1 < hi && s[i + 1] == '-') {
      uint32_t e = i + 2;
      while (e < hi && s[e] == '-') e++;
      t->end = e;
      t->ch = PC_DASH;
      i = e;
      return i;
    }
    if (c == '-') {
      t->end = i + 1;
      t->ch = PC_DASH;
      i++;
      return i;
    }
    t->end = i + 1;
    t->ch = c;
    if (c == '@' && i + 2 < hi && (CLS(s[i + 1]) == C_ALPHA || CLS(s[i + 1]) == C_DIGIT || s[i + 1] == '_')) {
      /* a social-media handle is one word, a name ("tulis akun
       * @rinaa.putri_", "timpal @dwiki.santoso"): letters, digits, "_" and
       * inner dots */
      uint32_t e = i + 1;
      while (e < hi && e - i < 64 && (CLS(s[e]) == C_ALPHA || CLS(s[e]) == C_DIGIT || s[e] == '_' || s[e] == '.')) e++;
      while (e > i + 1 && s[e - 1] == '.') e--;
      t->end = e;
      t->ch = 0; /* (a word's ch byte caches facts about it) */
      t->kind = WARTA_TOK_WORD;
      t->flags |= TF_CAP;
    } else if (c == '#' && word_at(g, i + 1)) { /* hashtags stay one token: #MelajuJauh */
      uint8_t kind;
      uint16_t fl = 0;
      t->end = scan_word(g, i + 1, hi, &kind, &fl);
      t->kind = WARTA_TOK_SYMBOL;
    } else if (c == '%' || c == '$' || c == '&' || c == '+' || c == '=' || c == '*' || c == '@' ||
               c == '^' || c == '~' || c == '|' || c == '\\' || c == '<' || c == '>' || c == '_' || c < 32) {
      t->kind = WARTA_TOK_SYMBOL;
    }
    i = t->end;
    return i;
  }
  t->end = i + (uint32_t)len;
  i = t->end;
  switch (u) {
  case U_QUOTE:
    t->kind = WARTA_TOK_QUOTE;
    t->ch = PC_QUOTE;
    if ((cp == 0x2018 || cp == 0x2019) && t->end + 3 <= hi && s[t->end] == 0xE2 && s[t->end + 1] == 0x80 &&
        s[t->end + 2] == (cp == 0x2018 ? 0x98 : 0x99)) {
      /* ‘‘ and ’’: two single marks written for “ and ” */
      t->end += 3;
      i = t->end;
      cp = cp == 0x2018 ? 0x201C : 0x201D;
    }
    classify_quote(g, t, lo, hi, cp);
    break;
  case U_DASH:
    t->ch = PC_DASH;
    break;
  case U_ELLIPSIS:
    t->ch = PC_ELLIPSIS;
    break;
  default:
    t->ch = PC_OTHER;
    t->kind = WARTA_TOK_SYMBOL;
    break;
  }
  return i;
}

/* All capitals, two letters or more (JAKARTA, KPK): no a-z in [i, e) and at
 * least two of A-Z. */
static inline bool all_caps(const unsigned char *s, uint32_t i, uint32_t e) {
  uint32_t letters = 0;
  for (uint32_t j = i; j < e; j++) {
    unsigned char b = s[j];
    if (b >= 'a' && b <= 'z') return false;
    if (b >= 'A' && b <= 'Z') letters++;
  }
  return letters >= 2;
}

/* Room for a token more in o, tokenize's copy of g->o; false (and g->oom or
 * g->over set) when there is none.  g->o.n is then o's. */
static inline __attribute__((always_inline)) bool room(seg *g, tokout *o) {
  if (__builtin_expect(o->n < o->cap, 1)) return true;
  g->o.n = o->n;
  if (!grow_toks(g)) return false;
  *o = g->o;
  return true;
}

/* The PUNCT token of byte c at i (, ; : ( ) ! ? [ ] .) with wt_annotate's
 * facts of it (no entry; an opening bracket is listed); room made. */
static inline void punct_token(tokout *o, uint32_t i, uint16_t pending, unsigned char c) {
  o->cls[o->n] = 0;
  o->phr[o->n] = LEX_NONE;
  o->lists[o->n] = c == '(' ? WL_PAREN : 0;
  o->toks[o->n++] = (wt_token){i, i + 1, LEX_NONE, pending, WARTA_TOK_PUNCT, c};
}

#ifdef __SSE2__
/* Where the tokenizer finds words in the word cache (in locals, as o). */
typedef struct wordcaches {
  const wt_lexicon *lx;
  struct wt_wordcache *c8;
  struct wt_wordcache2 *c16;
} wordcaches;

/* wt_annotate's work (lexicon.c) for the next token of o, a word of ASCII
 * letters and digits, len bytes (1 to 15) whose first sixteen bytes are v,
 * while they are at hand: its classes, phrase cache value and lists, from
 * the word cache (as lexicon.c's lookup_word finds it).  Returns the cache's
 * slot, with the word's entry and the token's fields after its span. */
static inline const struct wt_wordcache *annotate_word(tokout *o, wordcaches w, __m128i v, uint32_t len,
                                                       const unsigned char *p) {
  const struct wt_wordcache *f;
  uint64_t w0 = (uint64_t)_mm_cvtsi128_si64(v);
  /* the low len bytes of a word (a table: no shift by a variable count) */
  static const uint64_t keep[9] = {0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFFull, 0xFFFFFFFFFFFFull,
                                   0xFFFFFFFFFFFFFFull, ~0ull};
  if (__builtin_expect(len <= 8, 1)) {
    uint64_t k = w0 & keep[len];
    struct wt_wordcache *c = wt_wordslot8(w.c8, k);
    if (__builtin_expect(c->key != k, 0)) wt_word_miss8(w.lx, c, k, p, len);
    f = c;
  } else {
    uint64_t k1 = (uint64_t)_mm_cvtsi128_si64(_mm_srli_si128(v, 8)) & keep[len - 8];
    struct wt_wordcache2 *c = wt_wordslot16(w.c16, w0, k1);
    if (c->f.key != w0 || c->key2 != k1) wt_word_miss16(w.lx, c, p, w0, k1, len);
    f = &c->f;
  }
  o->cls[o->n] = f->cls;
  o->phr[o->n] = f->phr;
  o->lists[o->n] = f->tlists;
  return f;
}

/* The word cache keeps a word token's fields from lex on (entry, TF_CAP and
 * TF_UPPER, kind, ch) as the token lays them out, for one copy of eight
 * bytes a word (plain_words). */
_Static_assert(offsetof(wt_token, flags) - offsetof(wt_token, lex) ==
                   offsetof(struct wt_wordcache, tflags) - offsetof(struct wt_wordcache, lex) &&
               offsetof(wt_token, kind) - offsetof(wt_token, lex) ==
                   offsetof(struct wt_wordcache, tkind) - offsetof(struct wt_wordcache, lex) &&
               offsetof(wt_token, ch) - offsetof(wt_token, lex) ==
                   offsetof(struct wt_wordcache, tch) - offsetof(struct wt_wordcache, lex) &&
               offsetof(wt_token, ch) - offsetof(wt_token, lex) == 7,
               "a word token's fields from lex on, as the word cache holds them");

/* A word token's eight bytes from lex on with the flags fl and nothing else
 * (a shift, for a token's tail to be ORed with). */
static inline uint64_t flags_tail(uint16_t fl) {
  wt_token t = {0, 0, 0, fl, 0, 0};
  uint64_t b;
  memcpy(&b, &t.lex, 8);
  return b;
}
/* The flags of such eight bytes. */
static inline uint16_t tail_flags(uint64_t b) {
  wt_token t;
  memcpy(&t.lex, &b, 8);
  return t.flags;
}

/* A byte after a run of ASCII letters that ends a plain word: not a letter
 * or digit, and no joiner or number punctuation (a comma only continues a
 * number) nor the start of a non-ASCII letter. */
#define E_(c) (!W_(c) && (!J_(c) || (c) == ','))
static const unsigned char plain_end[256] = {R256_(E_)};

/* What the dot after the word of len letters at i is to plain_words:
 * DOT_OWN, a token of its own; DOT_ABBREV, its own unless the word is an
 * abbreviation ("Jl.", "No.", "Dr."), which takes it; DOT_LEFT, for
 * tokenize's general loop: a letter, digit or dot after it (a number,
 * domain, initialism or "..." goes on), an initial, or the "www" of a URL. */
enum { DOT_LEFT, DOT_OWN, DOT_ABBREV };
static inline int dot_after(const wt_lexicon *lx, const unsigned char *s, uint32_t i, uint32_t len, uint32_t hi) {
  uint32_t e = i + len;
  if (e + 1 < hi && (word_table[s[e + 1]] || s[e + 1] == '.')) return DOT_LEFT;
  if (len == 1 && s[i] <= 'Z') return DOT_LEFT;
  if (len == 3 && !memcmp(s + i, "www", 3)) return DOT_LEFT;
  return len <= ABBR_MAXLEN && maybe_abbrev(lx, s + i, len) ? DOT_ABBREV : DOT_OWN;
}

/* The token of the plain word of len bytes at i (1 to 15) whose first
 * sixteen bytes are v, its flags before it pend (as flags_tail puts them),
 * with wt_annotate's facts of it; room made. */
static inline __attribute__((always_inline)) void word_token(tokout *o, wordcaches w, __m128i v,
                                                             const unsigned char *s, uint32_t i, uint32_t len,
                                                             uint64_t pend) {
  const struct wt_wordcache *f = annotate_word(o, w, v, len, s + i);
  wt_token *t = &o->toks[o->n++];
  t->start = i;
  t->end = i + len;
  uint64_t tail; /* lex, flags, kind, ch, the flags before the word added */
  memcpy(&tail, &f->lex, 8);
  tail |= pend;
  memcpy(&t->lex, &tail, 8);
}

/* Where the next token starts, and its flags so far. */
typedef struct tok_end {
  uint32_t i;
  uint16_t pending;
} tok_end;

/* The word of len letters at i (whose first sixteen bytes are v) before a
 * dot that may be an abbreviation's (DOT_ABBREV), its flags so far pending,
 * as tokenize's general loop finds it, with the word cache's entry in place
 * of a lookup in the lexicon.  An abbreviation ("Jl.", "No.") becomes a
 * token of g->o with its dot, its facts left to wt_annotate, and the single
 * space after it is taken: the next token's start and flags are returned.
 * Else i + len, for the word and the dot to be tokens of their own; or 0
 * when the general loop must look the word up: a short acronym written
 * with a small letter, whose entry the cache does not give (lexicon.c,
 * cased). */
static __attribute__((noinline)) tok_end abbrev_token(seg *g, wordcaches w, __m128i v, uint32_t i, uint32_t len,
                                                      uint32_t hi, uint16_t pending) {
  const unsigned char *s = g->s;
  tokout *o = &g->o;
  const struct wt_wordcache *f = annotate_word(o, w, v, len, s + i);
  uint32_t lex = f->lex, e = i + len;
  if (lex == LEX_NONE) return (tok_end){len <= 3 ? 0 : e, pending};
  if (!(f->cls & LX_ABBREV) || caps_not_abbrev(w.lx, lex, s + i, len)) return (tok_end){e, pending};
  note_end(g, o->n);
  o->lists[o->n] = WL_TODO;
  o->toks[o->n++] = (wt_token){i, e + 1, lex, (uint16_t)(pending | f->tflags | TF_ABBREV), WARTA_TOK_WORD, 0};
  if (e + 1 < hi && s[e + 1] == ' ') return (tok_end){e + 2, TF_SPACE_BEFORE};
  return (tok_end){e + 1, 0};
}

/* The plain words from i on, each with the single space after it: ASCII
 * letters only, up to fifteen, then a byte of plain_end, or a dot that
 * ends the word or an abbreviation (dot_after); a comma or dot right after
 * a word and the space after that come with it (most words of a text:
 * tokenize's general loop would find exactly these tokens).  Sixteen bytes can be read at i
 * while i < lim.  Returns where the run stops: at a token of another kind,
 * or where o has no more room (for the general loop), *pending the flags
 * it starts with.
 *
 * The paragraph [lo, hi) ends with no whitespace and what follows it is
 * whitespace or the end of the text (next_para), so a word that ends inside
 * the sixteen bytes read never runs past hi, and the byte after it can be
 * read. */
static inline __attribute__((always_inline)) uint32_t plain_words(seg *g, tokout *o, wordcaches w, uint32_t i,
                                                                  uint32_t lim, uint32_t hi, uint16_t *pending) {
  const unsigned char *s = g->s;
  /* a round makes two tokens at most, and each token takes a byte or more:
   * while i < lim there is room for a round (then the general loop makes
   * more) */
  size_t spare = o->cap - o->n;
  if (spare < 2) return i;
  if (i + (spare - 2) < lim) lim = i + (uint32_t)(spare - 2);
  uint64_t pend = flags_tail(*pending); /* the next token's flags, as flags_tail puts them */
  /* (the hints below, that the loop goes on, with a word of up to eight
   * letters and a space, are what the compiler needs to keep this loop's
   * values in registers rather than the rest of tokenize's) */
  while (__builtin_expect(i < lim, 1)) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    /* letters: a-z (A-Z folded in) moved to the bottom of the signed bytes */
    __m128i x = _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8((char)(0x80 - 'a')));
    unsigned letters = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(_mm_set1_epi8(-128 + 26), x));
    uint32_t len = (uint32_t)__builtin_ctz(letters ^ 0x1FFFFu); /* (bit 16: the block's end) */
    if (len - 1 >= 15) break; /* no letter at i, or sixteen */
    uint32_t e = i + len;
    unsigned char z = s[e];
    if (__builtin_expect(z == ' ', 1)) { /* (most words: the single space after it, taken at once) */
      word_token(o, w, v, s, i, len, pend);
      pend = flags_tail(TF_SPACE_BEFORE);
      i = e + 1;
      continue;
    }
    if (!plain_end[z]) {
      int dot = z == '.' ? dot_after(w.lx, s, i, len, hi) : DOT_LEFT;
      if (dot == DOT_LEFT) break;
      if (dot == DOT_ABBREV) {
        /* (a call, on g->o: o stays out of memory, in registers) */
        g->o.n = o->n;
        tok_end j = abbrev_token(g, w, v, i, len, hi, tail_flags(pend));
        *o = g->o;
        if (!j.i) break;
        if (j.i > e) { /* an abbreviation, with its dot and the space after it */
          i = j.i;
          pend = flags_tail(j.pending);
          continue;
        }
      }
    }
    word_token(o, w, v, s, i, len, pend);
    pend = 0;
    i = e;
    if (z != ',' && z != '.') break;
    if (z == '.') note_end(g, o->n);
    punct_token(o, e, 0, z);
    i = e + 1;
    if (!(i < hi && s[i] == ' ')) break;
    pend = flags_tail(TF_SPACE_BEFORE);
    i++;
  }
  *pending = tail_flags(pend);
  return i;
}
#endif

/* A quote mark of len bytes at i, glyph cp (" “ ”): the QUOTE token
 * one_token makes of it, with wt_annotate's facts of it.  False when there
 * is no room for it. */
static inline __attribute__((always_inline)) bool quote_token(seg *g, tokout *o, uint32_t i, uint32_t len,
                                                               uint16_t pending, uint32_t lo, uint32_t hi,
                                                               uint32_t cp) {
  if (!room(g, o)) return false;
  o->cls[o->n] = 0;
  o->phr[o->n] = LEX_NONE;
  o->lists[o->n] = WL_QUOTE;
  wt_token *t = &o->toks[o->n++];
  *t = (wt_token){i, i + len, LEX_NONE, pending, WARTA_TOK_QUOTE, PC_QUOTE};
  /* (classify_quote's tests, here for the most marks: ASCII around them) */
  unsigned char b = i > lo ? g->s[i - 1] : ' ', a = i + len < hi ? g->s[i + len] : ' ';
  if (b < 0x80 && a < 0x80)
    t->flags |= quote_flags(word_table[b] != 0, ascii_space(b), word_table[a] != 0, ascii_space(a), cp);
  else
    classify_quote(g, t, lo, hi, cp);
  return true;
}

/* After a token ending at e: the usual single space is taken at once,
 * without a round of the loop, and marked on the next token. */
static inline __attribute__((always_inline)) uint32_t past_space(const unsigned char *s, uint32_t e, uint32_t hi,
                                                                 uint16_t *pending) {
  if (e < hi && s[e] == ' ') {
    *pending = TF_SPACE_BEFORE;
    return e + 1;
  }
  *pending = 0;
  return e;
}

/* [*a, *b) without the whitespace at its ends: false when nothing is left. */
static inline bool trim(const unsigned char *s, uint32_t *a, uint32_t *b) {
  uint32_t x = *a, y = *b;
  while (x < y && (CLS(s[x]) == C_SPACE || CLS(s[x]) == C_NL)) x++;
  while (y > x && (CLS(s[y - 1]) == C_SPACE || CLS(s[y - 1]) == C_NL)) y--;
  *a = x;
  *b = y;
  return x < y;
}

/* The next paragraph, [*lo, *hi), without the whitespace at its ends;
 * false when there are no more.  Each non-empty line is one, or in
 * hard-wrapped text the lines between blank lines. */
static inline __attribute__((always_inline)) bool next_para(seg *g, uint32_t *lo, uint32_t *hi) {
  const unsigned char *s = g->s;
  uint32_t n = g->n;
  if (!g->wrapped) {
    while (g->at < n) {
      uint32_t i = g->at, e;
      if (g->line < g->nlines) { /* (found already) */
        e = g->line_ends[g->line++];
      } else {
        const unsigned char *nl = memchr(s + i, '\n', n - i);
        e = nl ? (uint32_t)(nl - s) : n;
      }
      g->at = e + 1;
      *lo = i;
      *hi = e;
      if (e > i && trim(s, lo, hi)) return true; /* (an empty line makes none) */
    }
    return false;
  }
  /* blank lines separate paragraphs */
  while (!g->last_given) {
    uint32_t a = g->para_at, b = n;
    bool found = false;
    while (g->at < n) {
      uint32_t i = g->at;
      const unsigned char *nl = memchr(s + i, '\n', n - i);
      if (!nl) break;
      uint32_t e = (uint32_t)(nl - s) + 1;
      uint32_t j = e;
      while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')) j++;
      if (j < n && s[j] == '\n') {
        b = e;
        g->para_at = g->at = j + 1;
        found = true;
        break;
      }
      g->at = e;
    }
    if (!found) g->last_given = true; /* the rest of the text */
    *lo = a;
    *hi = b;
    if (trim(s, lo, hi)) return true;
  }
  return false;
}

static inline bool end_para(seg *g, uint32_t t0);

/* Tokenizes the text's paragraphs (next_para), each ended by end_para; on
 * failure sets g->oom, g->over or g->sent_oom.  (One call for all of them:
 * a paragraph costs no call into this large function.) */
static __attribute__((noinline)) void tokenize(seg *g) {
  const unsigned char *s = g->s;
  tokout o = g->o; /* (g->o.n kept up to date only for the calls that read it, and at the end) */
#ifdef __SSE2__
  const wordcaches w = {g->doc->eng->lex, g->doc->wcache, g->doc->wcache2};
  /* sixteen bytes can be read at i while i < lim */
  const uint32_t text_lim = g->n >= 16 ? g->n - 15 : 0;
#endif
  uint32_t lo, hi;
  while (next_para(g, &lo, &hi)) {
    /* the paragraph [lo, hi): its tokens from t0 on */
    uint32_t t0 = (uint32_t)o.n;
    g->nends = 0;
    uint32_t i = lo;
    uint16_t pending = TF_SPACE_BEFORE; /* the first token of a paragraph follows a break */
#ifdef __SSE2__
    uint32_t lim = text_lim < hi ? text_lim : hi;
#endif
    while (i < hi) {
      unsigned char c = s[i];
      int k = CLS(c);
#ifdef __SSE2__
      /* (a word first: after a word and its single space, most often another) */
      if (k == C_ALPHA) {
        uint32_t j = plain_words(g, &o, w, i, lim, hi, &pending);
        if (j != i) {
          i = j;
          continue;
        }
      }
#endif
      if (k == C_ALPHA || k == C_DIGIT) {
        unsigned seen = 0;
        uint32_t e;
#ifdef __SSE2__
        __m128i v = _mm_setzero_si128();
        bool whole = false; /* the word is in v */
        if (i < lim) {
          /* sixteen bytes classified at once: most words end inside them */
          v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
          /* a range test a compare: the range moved to the bottom of the
           * signed bytes (-128 up), then "below its end" */
          __m128i x = _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8((char)(0x80 - 'a')));
          __m128i dg = _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0')));
          unsigned letters = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(_mm_set1_epi8(-128 + 26), x));
          unsigned digits = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(_mm_set1_epi8(-128 + 10), dg));
          unsigned stop = (letters | digits) ^ 0x1FFFFu; /* bit 16: the block's end */
          unsigned nb = (unsigned)__builtin_ctz(stop);
          if (nb < 16 && i + nb <= hi) {
            e = i + nb;
            unsigned before = (1u << nb) - 1;
            seen = !(digits & before) ? W_LETTER : (letters & before) ? W_LETTER | W_DIGIT : W_DIGIT;
            whole = true;
          } else {
            e = ascii_run(s, i, hi, &seen);
          }
        } else
#endif
          e = ascii_run(s, i, hi, &seen);
        unsigned char z = e < hi ? s[e] : 0;
        bool dot = false, common = true;
        if (join_table[z]) { /* (so e < hi) */
          /* a dot that ends the word (no letter or digit after it: no number,
           * domain or initialism goes on; "www." alone opens a URL) */
          dot = z == '.' && (e + 1 >= hi || (CLS(s[e + 1]) != C_ALPHA && CLS(s[e + 1]) != C_DIGIT)) &&
                !(e - i == 3 && hi - i > 4 && !memcmp(s + i, "www", 3));
          common = dot || (z == ',' && ((seen & W_LETTER) || e + 1 >= hi || CLS(s[e + 1]) != C_DIGIT));
        }
        if (common) {
          /* the common token: ASCII letters and digits, then a space or
           * punctuation that cannot continue it (so no URL, domain, number
           * punctuation, joiner or initialism; a comma continues only a
           * number followed by a digit; a final dot may be an abbreviation's:
           * one_token would find exactly this) */
          if (!room(g, &o)) return;
          uint32_t lex = LEX_PENDING;
          uint16_t fl = pending;
          if (seen == (W_LETTER | W_DIGIT)) fl |= TF_DIGIT;
          bool cap = c >= 'A' && c <= 'Z'; /* (TF_CAP, set below) */
          uint8_t kind = seen == W_DIGIT ? WARTA_TOK_NUMBER : WARTA_TOK_WORD;
          if (dot && kind == WARTA_TOK_WORD) {
            if (e - i == 1 && cap) {
              e++; /* an initial: "S." in "Bambang S. Widodo", "H." */
              fl |= TF_INITIAL;
            } else if (e - i <= ABBR_MAXLEN && maybe_abbrev(g->doc->eng->lex, s + i, e - i)) {
              const wt_lexicon *lx = g->doc->eng->lex;
              uint32_t x = wt_lex_find(lx, (const char *)s + i, e - i);
              if (x != LEX_NONE && (lx->entries[x].cls & LX_ABBREV) && !caps_not_abbrev(lx, x, s + i, e - i)) {
                e++;
                fl |= TF_ABBREV;
                lex = x;
                note_end(g, o.n);
              }
            }
          }
          /* the word's facts for wt_annotate, or left to it */
          if (kind == WARTA_TOK_NUMBER) {
            lex = LEX_NONE;
            o.cls[o.n] = 0;
            o.phr[o.n] = LEX_NONE;
            o.lists[o.n] = WL_DATE;
          }
#ifdef __SSE2__
          else if (whole && lex == LEX_PENDING && !(fl & TF_INITIAL)) {
            const struct wt_wordcache *f = annotate_word(&o, w, v, e - i, s + i);
            lex = f->lex;
            fl |= f->tflags; /* (TF_CAP and all_caps's answer, kept with the word) */
          }
#endif
          else {
            o.lists[o.n] = WL_TODO;
            if (cap) fl |= TF_CAP | (all_caps(s, i, e) ? TF_UPPER : 0);
          }
          o.toks[o.n++] = (wt_token){i, e, lex, fl, kind, 0}; /* (the whole token at once) */
          i = past_space(s, e, hi, &pending);
          continue;
        }
        /* a number going on with its punctuation: "2.500", "13/4/2020" */
        bool slash = false;
        if (seen == W_DIGIT && (e = number_end(s, e, hi, &slash)) != 0) {
          if (!room(g, &o)) return;
          o.cls[o.n] = 0;
          o.phr[o.n] = LEX_NONE;
          o.lists[o.n] = WL_DATE;
          o.toks[o.n++] = (wt_token){i, e, LEX_NONE, pending, slash ? WARTA_TOK_DATE : WARTA_TOK_NUMBER, 0};
          i = past_space(s, e, hi, &pending);
          continue;
        }
      } else if (k == C_SPACE || k == C_NL) {
        pending |= TF_SPACE_BEFORE;
        i++;
        continue;
      }
      if (c == 0xE2 && i + 2 < hi && s[i + 1] == 0x80 && (s[i + 2] == 0x9C || s[i + 2] == 0x9D)) {
        /* “ and ”, most quote marks */
        if (!quote_token(g, &o, i, 3, pending, lo, hi, s[i + 2] == 0x9C ? 0x201C : 0x201D)) return;
        pending = 0;
        i += 3;
        continue;
      }
      if (plain_punct[c] || (c == '.' && !(i + 2 < hi && s[i + 1] == '.' && s[i + 2] == '.'))) {
        /* , ; : ( ) ! ? [ ] and a single dot: PUNCT tokens of one byte */
        if (!room(g, &o)) return;
        if (c == '.' || c == '!' || c == '?') note_end(g, o.n);
        punct_token(&o, i, pending, c);
        pending = 0;
        i++;
        if (i < hi && s[i] == ' ') {
          pending = TF_SPACE_BEFORE;
          i++;
        }
        continue;
      }
      if (c == '"') {
        if (!quote_token(g, &o, i, 1, pending, lo, hi, '"')) return;
        pending = 0;
        i++;
        continue;
      }
      uint16_t p = pending; /* (pending's own address is never taken: it stays in a register) */
      size_t before = o.n;
      g->o.n = o.n;
      i = one_token(g, i, lo, hi, k, &p); /* (one token or none) */
      o = g->o;
      pending = p;
      if (g->oom || g->over) return;
      if (o.n > before && may_end(&o.toks[o.n - 1])) note_end(g, o.n - 1);
    }
    g->o.n = o.n;
    if (o.n > t0 && !end_para(g, t0)) return;
  }
}

/* The token after the terminal punctuation run starting at i that could
 * open a new sentence: a capital, a digit, an opening quote or bracket. */
static bool starts_sentence(const wt_token *t) {
  if (!(t->flags & TF_SPACE_BEFORE)) return false;
  if (t->kind == WARTA_TOK_WORD || t->kind == WARTA_TOK_URL) return (t->flags & TF_CAP) != 0;
  if (t->kind == WARTA_TOK_NUMBER || t->kind == WARTA_TOK_DATE) return true;
  if (t->kind == WARTA_TOK_QUOTE) return (t->flags & TF_QOPEN) != 0;
  if (t->kind == WARTA_TOK_PUNCT) return t->ch == '(' || t->ch == '[' || t->ch == PC_DASH;
  return t->kind == WARTA_TOK_SYMBOL;
}

static inline bool is_terminal(const wt_token *t, const wt_token *next, const wt_lexicon *lx) {
  if (t->kind == WARTA_TOK_PUNCT) return t->ch == '.' || t->ch == '!' || t->ch == '?' || t->ch == PC_ELLIPSIS;
  /* "dll." ends a sentence when a capital follows; "Dr." never does; nor
   * does "Tbk." before a bracket, the ticker of what it ends ("PT Jasa
   * Marga (Persero) Tbk. (JSMR), Rinaldi …") */
  if ((t->flags & TF_ABBREV) && t->lex < lx->nentries)
    return (lx->entries[t->lex].cls2 & LX2_ABBREV_END) != 0 &&
           !(next && next->kind == WARTA_TOK_PUNCT && next->ch == '(');
  return false;
}

/* "Corporate Secretary PT Jasa Marga (Persero) Tbk. Nadia Permatasari
 * mengatakan": a company's legal suffix with its dot, then a given name and
 * another capitalised word, is the company's name ending before the
 * person's, not a sentence's end. */
static bool company_then_name(const warta_doc *doc, uint32_t i, uint32_t tok1) {
  const wt_token *t = wt_tok(doc, i);
  const wt_lexicon *lx = doc->eng->lex;
  if (!(t->flags & TF_ABBREV) || t->lex >= lx->nentries || !(lx->entries[t->lex].cls & LX_ORG_SUFFIX) || i + 2 >= tok1)
    return false;
  const wt_token *a = wt_tok(doc, i + 1), *b = wt_tok(doc, i + 2);
  if (a->kind != WARTA_TOK_WORD || !(a->flags & TF_CAP) || b->kind != WARTA_TOK_WORD || !(b->flags & TF_CAP)) return false;
  uint32_t x = wt_lex_find(lx, doc->text + a->start, a->end - a->start);
  return x != LEX_NONE && (lx->entries[x].cls & LX_NAME_FIRST);
}

/* The lexicon classes of token t's entry (the tokenizer's look-up). */
static inline uint64_t tok_cls(const wt_lexicon *lx, const wt_token *t) {
  return t->lex < lx->nentries ? lx->entries[t->lex].cls : 0;
}

/* A subheading run into the sentence after it, as text that lost its line
 * breaks has it ("…,” ucapnya. | Penangkapan Rizieq | Kepala Bidang Humas
 * Polda Metro Jaya … menegaskan", "Literasi digital | Secara terpisah, …"):
 * two to four words opening a sentence, the first capitalised and no
 * function, cue or linking word, the rest in small letters, the last no
 * function word, then a capitalised post, title or linking word that opens
 * the clause.  The subheading's length, or 0. */
static uint32_t subheading_run(const warta_doc *doc, uint32_t j, uint32_t tok1) {
  const wt_token *toks = doc->toks.data;
  const wt_lexicon *lx = doc->eng->lex;
  const uint64_t no_head = LX_STOP | LX_CUE | LX_PRONOUN | LX_CLAUSE_CONJ | LX_ROLE | LX_TITLE | LX_NAME_FIRST |
                           LX_ORG | LX_ORG_HEAD | LX_LOC | LX_MEDIA;
  if (j + 3 > tok1 || toks[j].kind != WARTA_TOK_WORD || !(toks[j].flags & TF_CAP) || (toks[j].flags & TF_UPPER))
    return 0;
  /* (the cheap tests first: most sentences have no capitalised word two
   * to four words in, after words in small letters only) */
  uint32_t k = j + 1;
  while (k < tok1 && k - j <= 4 && toks[k].kind == WARTA_TOK_WORD && (toks[k].flags & TF_SPACE_BEFORE) &&
         !(toks[k].flags & TF_CAP))
    k++;
  /* (a subheading is written in sentence case: a capitalised word right
   * after its first is the clause's, or a post's part, "Wakil | Ketua …") */
  if (k - j < 2 || k - j > 4 || k + 1 >= tok1 || toks[k].kind != WARTA_TOK_WORD || !(toks[k].flags & TF_CAP) ||
      !(toks[k].flags & TF_SPACE_BEFORE) || toks[k + 1].kind != WARTA_TOK_WORD)
    return 0;
  const wt_token *t = &toks[k];
  uint64_t ck2 = t->lex < lx->nentries ? lx->entries[t->lex].cls2 : 0;
  if (!((tok_cls(lx, t) & (LX_ROLE | LX_ROLE_COMMON | LX_TITLE)) || (ck2 & LX2_ROLE_PREFIX) ||
        wt_tok_is(doc, k, "sementara") || wt_tok_is(doc, k, "secara") || wt_tok_is(doc, k, "adapun")))
    return 0;
  if ((tok_cls(lx, &toks[j]) & no_head) || wt_tok_is(doc, j, "atas") || wt_tok_is(doc, j, "sesuai") ||
      wt_is_verb_form(lx, doc->text + toks[j].start, toks[j].end - toks[j].start))
    return 0;
  if (tok_cls(lx, &toks[k - 1]) & LX_STOP) return 0;
  /* (nor a relative clause, "Pria yang akrab disapa | Daeng Ngalle itu";
   * nor a clause whose verb, copula or preposition takes the post after
   * it, "Bantuan ini disumbangkan | Presiden …", "Pelapor adalah | Ketua
   * …"; the first word no preposition either, "Sesuai dengan telegram |
   * Kapolri …", "Atas instruksi | Presiden …") */
  for (uint32_t w = j + 1; w < k; w++) {
    const wt_token *x = &toks[w];
    if ((tok_cls(lx, x) & LX_CUE) || wt_tok_is(doc, w, "yang") || wt_tok_is(doc, w, "adalah") ||
        wt_tok_is(doc, w, "merupakan") || wt_tok_is(doc, w, "dengan") ||
        wt_is_verb_form(lx, doc->text + x->start, x->end - x->start))
      return 0;
  }
  return k - j;
}

/* The sentences of paragraph para, tokens [tok0, tok1), whose tokens that
 * may end one are ends[0, nends) (every token looked at when nends >
 * ENDS_MAX). */
static int split_sentences(warta_doc *doc, uint32_t para, uint32_t tok0, uint32_t tok1, const uint32_t *ends,
                           uint32_t nends) {
  wt_token *toks = doc->toks.data;
  const wt_lexicon *lx = doc->eng->lex;
  uint32_t s0 = tok0, next = tok0; /* next: where the last sentence end's run stopped */
  bool all = nends > ENDS_MAX;
  uint32_t n = all ? tok1 - tok0 : nends;
  /* (the paragraph's last token ends no sentence before its end: most
   * paragraphs end with their only such token) */
  if (!all && n && ends[n - 1] == tok1 - 1) n--;
  for (uint32_t e = 0; e < n; e++) {
    uint32_t i = all ? tok0 + e : ends[e];
    if (i < next) continue;
    if (all && !may_end(&toks[i])) continue;
    if (!is_terminal(&toks[i], i + 1 < tok1 ? &toks[i + 1] : NULL, lx)) continue;
    if (company_then_name(doc, i, tok1)) continue;
    uint32_t j = i + 1;
    /* ?! ... and closing quotes / brackets belong to the sentence they end */
    while (j < tok1 && ((toks[j].kind == WARTA_TOK_PUNCT &&
                         (toks[j].ch == '.' || toks[j].ch == '!' || toks[j].ch == '?' || toks[j].ch == PC_ELLIPSIS ||
                          toks[j].ch == ')' || toks[j].ch == ']')) ||
                        (toks[j].kind == WARTA_TOK_QUOTE && (toks[j].flags & TF_QCLOSE) &&
                         !(toks[j].flags & TF_SPACE_BEFORE))))
      j++;
    if (j < tok1 && !starts_sentence(&toks[j])) {
      next = j;
      continue;
    }
    if (j >= tok1) break;
    wt_sent *st = WT_VEC_PUSH(&doc->sents, wt_sent);
    if (!st) return WARTA_ERR_NOMEM;
    st->tok0 = s0;
    st->tok1 = j;
    st->para = para;
    toks[s0].flags |= TF_SENT_START;
    s0 = j;
    next = j;
    uint32_t h = subheading_run(doc, j, tok1);
    if (h) {
      st = WT_VEC_PUSH(&doc->sents, wt_sent);
      if (!st) return WARTA_ERR_NOMEM;
      st->tok0 = j;
      st->tok1 = j + h;
      st->para = para;
      toks[j].flags |= TF_SENT_START;
      s0 = next = j + h;
    }
  }
  if (s0 < tok1) {
    wt_sent *st = WT_VEC_PUSH(&doc->sents, wt_sent);
    if (!st) return WARTA_ERR_NOMEM;
    st->tok0 = s0;
    st->tok1 = tok1;
    st->para = para;
    toks[s0].flags |= TF_SENT_START;
  }
  return WARTA_OK;
}

/* How many line ends hard_wrapped keeps for the split into paragraphs. */
enum { LINES_MAX = 512 };

/* Hard-wrapped text: most lines are of a similar length and run on into the
 * next line without ending a sentence.  The ends of the first lines it
 * looked at ('\n' or n) go to ends[0, *nends), up to LINES_MAX. */
static bool hard_wrapped(const unsigned char *s, uint32_t n, uint32_t *ends, uint32_t *nends) {
  uint32_t lines = 0, runon = 0, blank = 0;
  uint32_t i = 0;
  bool prev_runs_on = false;
  *nends = 0;
  while (i < n) {
    /* (an empty line, between most paragraphs: no search) */
    const unsigned char *nl = s[i] == '\n' ? s + i : memchr(s + i, '\n', n - i);
    uint32_t e = nl ? (uint32_t)(nl - s) : n;
    if (*nends < LINES_MAX) ends[(*nends)++] = e;
    uint32_t a = i, b = e;
    while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r')) a++;
    while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r')) b--;
    if (a == b) {
      blank++;
      prev_runs_on = false;
    } else {
      lines++;
      if (prev_runs_on) runon++;
      unsigned char last = s[b - 1];
      prev_runs_on = (b - a) >= 30 && (b - a) <= 100 && last != '.' && last != '!' && last != '?' &&
                     last != ':' && last != '"' && !(last >= 0x80);
    }
    if (lines > 400) break; /* enough to decide */
    i = e + 1;
  }
  return blank > 0 && lines >= 4 && runon * 3 >= lines;
}

/* The paragraph of tokens [t0, g->o.n) made: it and its sentences noted.
 * false (g->oom or g->sent_oom set) when out of memory. */
static inline __attribute__((always_inline)) bool end_para(seg *g, uint32_t t0) {
  warta_doc *doc = g->doc;
  g->o.toks[t0].flags |= TF_PARA_START;
  wt_para *p = WT_VEC_PUSH(&doc->paras, wt_para);
  if (!p) {
    g->oom = true;
    return false;
  }
  /* from the first to the last token: leading or trailing invisible
   * characters (a byte-order mark, NBSP, zero-width space) are not in it */
  p->start = g->o.toks[t0].start;
  p->end = g->o.toks[g->o.n - 1].end;
  p->tok0 = t0;
  p->tok1 = (uint32_t)g->o.n;
  /* its sentences now, while its tokens are still in the cache */
  p->sent0 = (uint32_t)doc->sents.len;
  g->o.toks[t0].flags |= TF_SENT_START;
  if (split_sentences(doc, (uint32_t)doc->paras.len - 1, t0, (uint32_t)g->o.n, g->ends, g->nends) != WARTA_OK) {
    g->sent_oom = true;
    return false;
  }
  p->sent1 = (uint32_t)doc->sents.len;
  return true;
}

int wt_segment(warta_doc *doc) {
  pthread_once(&abbr_once, abbr_filter_init);
  uint32_t ends[ENDS_MAX];
  seg g = {.doc = doc, .s = (const unsigned char *)doc->text, .n = doc->len, .ends = ends};
  doc->toks.len = doc->paras.len = doc->sents.len = 0;
  size_t guess = doc->len / 5 + 64;
  if (guess > WARTA_MAX_TOKENS) guess = WARTA_MAX_TOKENS;
  if (reserve_toks(&g, guess) != 0) return wt_fail(doc, WARTA_ERR_NOMEM, -1, "out of memory for tokens");

  uint32_t line_ends[LINES_MAX];
  g.wrapped = hard_wrapped(g.s, g.n, line_ends, &g.nlines);
  g.line_ends = line_ends;
  tokenize(&g);
  int rc = g.sent_oom || g.oom ? WARTA_ERR_NOMEM : g.over ? WARTA_ERR_LIMIT : WARTA_OK;
  doc->toks.len = g.o.n;
  if (rc == WARTA_ERR_NOMEM && g.sent_oom) return wt_fail(doc, rc, -1, "out of memory for sentences");
  if (rc == WARTA_ERR_NOMEM) return wt_fail(doc, rc, -1, "out of memory in segmentation");
  if (rc == WARTA_ERR_LIMIT) {
    int64_t at = g.o.n ? (int64_t)g.o.toks[g.o.n - 1].end : 0;
    return wt_fail(doc, rc, at, "more than %u tokens in one document (WARTA_MAX_TOKENS) at byte %lld",
                   WARTA_MAX_TOKENS, (long long)at);
  }
  return WARTA_OK;
}
