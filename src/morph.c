/*
 * morph.c — is a word an Indonesian dictionary word, perhaps with affixes?
 *
 * The entity stage must tell "Penanggulangan" (peN-an + tanggulang, a common
 * noun capitalised inside an organisation's name) from "Irvan" (a name).  A
 * capitalised word whose root, after peeling the usual prefixes (me-, di-,
 * ter-, ber-, ke-, se-, pe-, per- with the nasal's sound changes) and
 * suffixes (-kan, -an, -i, -isasi, -nya, -lah, -kah, -pun), is in the root list
 * (data/kata-dasar.txt, class root) is a common word.  This is a recogniser,
 * not a stemmer: it answers yes or no and never has to pick one reading.
 */
#include <string.h>

#include "internal.h"

static bool is_root(const wt_lexicon *lx, const char *w, size_t n) {
  if (n < 2) return false;
  return wt_root_find(lx, w, n) || (wt_lex_cls(lx, wt_lex_find(lx, w, n)) & (LX_ROOT | LX_STOP)) != 0;
}

static bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* Tries the word with its derivational suffixes removed. */
static bool root_after_suffix(const wt_lexicon *lx, const char *w, size_t n) {
  if (is_root(lx, w, n)) return true;
  if (n > 5 && !memcmp(w + n - 3, "kan", 3) && is_root(lx, w, n - 3)) return true;
  if (n > 4 && !memcmp(w + n - 2, "an", 2) && is_root(lx, w, n - 2)) return true;
  if (n > 3 && w[n - 1] == 'i' && is_root(lx, w, n - 1)) return true;
  /* (the borrowed -isasi of processes: "hilirisasi", "digitalisasi") */
  if (n > 7 && !memcmp(w + n - 5, "isasi", 5) && is_root(lx, w, n - 5)) return true;
  return false;
}

/* Strips one prefix layer (and tries the root with recoded first sounds). */
static bool strip_prefix(const wt_lexicon *lx, const char *w, size_t n, int depth) {
  char buf[64];
  if (depth > 2 || n < 4 || n >= sizeof buf) return false;
  static const struct {
    const char *p;
    unsigned char len; /* strlen(p) */
    char recode;       /* the root's first sound the nasal replaced, or 0 */
  } pre[] = {
#define P(s, recode) {s, sizeof s - 1, recode}
      P("meny", 's'), P("peny", 's'), P("meng", 'k'), P("peng", 'k'), P("menge", 0), P("penge", 0), P("mem", 'p'),
      P("pem", 'p'),  P("men", 't'),  P("pen", 't'),  P("mem", 0),    P("men", 0),   P("pem", 0),   P("pen", 0),
      P("meng", 0),   P("peng", 0),   P("me", 0),     P("pe", 0),     P("per", 0),   P("ber", 0),   P("be", 0),
      P("ter", 0),    P("te", 0),     P("di", 0),     P("ke", 0),     P("se", 0)
#undef P
  };
  for (size_t k = 0; k < sizeof pre / sizeof pre[0]; k++) {
    size_t m = pre[k].len;
    /* (the first letter first: most prefixes fail there, without a call) */
    if (n <= m + 1 || w[0] != pre[k].p[0] || memcmp(w, pre[k].p, m) != 0) continue;
    const char *r = w + m;
    size_t rn = n - m;
    if (pre[k].recode) {
      if (!vowel(r[0])) continue;
      buf[0] = pre[k].recode;
      memcpy(buf + 1, r, rn);
      if (root_after_suffix(lx, buf, rn + 1) || strip_prefix(lx, buf, rn + 1, depth + 1)) return true;
    } else {
      if (root_after_suffix(lx, r, rn) || strip_prefix(lx, r, rn, depth + 1)) return true;
    }
  }
  return false;
}

bool wt_is_common_word(const wt_lexicon *lx, const char *s, size_t n) {
  char w[64];
  if (n < 2 || n >= sizeof w) return false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) return false; /* names with diacritics are not in the root list */
    w[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
  }
  /* reduplication: kehati-hatian, anak-anak */
  const char *dash = memchr(w, '-', n);
  if (dash) return wt_is_common_word(lx, w, (size_t)(dash - w)) || is_root(lx, dash + 1, n - (size_t)(dash - w) - 1);
  if (root_after_suffix(lx, w, n)) return true;
  /* long ke-…-an / pe(N)-…-an / per-…-an nouns built on compounds the root
   * list cannot hold ("ketenagakerjaan", "pemberdayaan", "perindustrian") */
  if (n >= 10 && w[n - 2] == 'a' && w[n - 1] == 'n' && (!memcmp(w, "ke", 2) || !memcmp(w, "pe", 2)))
    return true;
  /* particles and possessives */
  static const struct {
    const char *p;
    unsigned char len; /* strlen(p) */
  } clitic[] = {
#define C(s) {s, sizeof s - 1}
      C("nya"), C("lah"), C("kah"), C("pun"), C("ku"), C("mu")
#undef C
  };
  for (size_t k = 0; k < sizeof clitic / sizeof clitic[0]; k++) {
    size_t m = clitic[k].len;
    /* (not "-llah": Arabic names built on Allah, "Fadillah", "Saifullah",
     * "Hidayatullah", rather than a root in -l with the particle) */
    if (m == 3 && clitic[k].p[0] == 'l' && n > 5 && w[n - 4] == 'l') continue;
    if (n > m + 2 && w[n - 1] == clitic[k].p[m - 1] && !memcmp(w + n - m, clitic[k].p, m)) {
      if (root_after_suffix(lx, w, n - m) || strip_prefix(lx, w, n - m, 0)) return true;
    }
  }
  return strip_prefix(lx, w, n, 0);
}

bool wt_is_verb_form(const wt_lexicon *lx, const char *s, size_t n) {
  char w[64];
  if (n < 5 || n >= sizeof w) return false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) return false;
    w[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
  }
  /* a verb's prefix (me-, di-, ber-) on a known root; the word itself is no
   * root ("direktur"); not ber-…-an, an adjective ("berkelanjutan"), nor
   * ter-, which makes adjectives too ("terpadu") */
  if (n > 7 && !memcmp(w + n - 3, "nya", 3)) n -= 3; /* "menangkapnya" */
  bool ber = !memcmp(w, "ber", 3);
  if (memcmp(w, "me", 2) && memcmp(w, "di", 2) && !ber) return false;
  if (ber && w[n - 2] == 'a' && w[n - 1] == 'n') return false;
  /* (the stop-word list, looked up with the roots, holds verb forms too:
   * "disampaikan", "ditunjukkan" end in -kan, which no root of this length
   * does) */
  /* (and "mendatangi", "diakhiri": -i after me-/di-, which the list's
   * longer words carry only as verbs) */
  if (is_root(lx, w, n) && !(n >= 8 && !memcmp(w + n - 3, "kan", 3)) &&
      !(n >= 9 && w[n - 1] == 'i' && !ber))
    return false;
  return strip_prefix(lx, w, n, 0);
}

bool wt_javanese_name(const wt_lexicon *lx, const char *s, size_t n) {
  /* (Javanese names are built of Sanskrit stems and a few endings: the
   * male -anto/-yanto, -yono/-iyono, the female -wati, -ningsih, -ningrum;
   * words of five letters or more, capitalised, which no root reading
   * explains -- "Rianto" before "Adam Pontoh" is a given name, not the
   * place or body a post might name) */
  static const struct {
    const char *e;
    unsigned char len; /* strlen(e) */
  } end[] = {
#define E(s) {s, sizeof s - 1}
      E("anto"), E("yono"), E("wati"), E("ningsih"), E("ningrum")
#undef E
  };
  if (n < 5 || n > 20 || !(s[0] >= 'A' && s[0] <= 'Z')) return false;
  for (size_t k = 0; k < sizeof end / sizeof end[0]; k++) {
    size_t m = end[k].len;
    if (n >= m + 2 && !memcmp(s + n - m, end[k].e, m)) return !wt_is_common_word(lx, s, n);
  }
  return false;
}
