/*
 * stem.c — warta's Indonesian stemmer, in the confix-stripping tradition of
 * Nazief & Adriani (1996) and its enhanced rules (Sastrawi, ECS), written
 * for warta.
 *
 * An Indonesian word is  [prefix [prefix [prefix]]] root [suffix] [possessive] [particle]:
 *   prefixes     di- ke- se- ber- ter- meN- peN- per-  (meN-/peN- assimilate
 *                to the root: mem-/men-/meng-/meny-/menge-, and drop the
 *                root's first k, p, s or t: menulis <- tulis, memukul <- pukul)
 *   suffix       -kan -an -i      possessive  -ku -mu -nya
 *   particle     -lah -kah -tah -pun
 * A word is stemmed by undoing affixes until what is left is a root word of
 * the dictionary (data/kata-dasar.txt, compiled into the lexicon with class
 * LX_ROOT).  Where the rules allow several analyses, every analysis is
 * tried and the one that removes the fewest affixes wins (keterangan ->
 * ke-terang-an, not ke-ter-angan); among equals, the first in the order
 * below (suffixes are removed before prefixes are; for an assimilated
 * prefix the unchanged root comes before the restored one: mengukur -> ukur
 * before kukur).  Combinations that Indonesian does not form are refused
 * (be-...-i, di-...-an, ke-...-i, ke-...-kan, me-...-an, se-...-i,
 * se-...-kan, te(r)-...-an).  Reduplicated words (kata-kata,
 * berlari-lari, tembak-menembak) give their common root.  A word with no
 * analysis comes back unchanged: names and loan words are never mangled.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "store_int.h"

enum { P_NONE, P_DI, P_KE, P_SE, P_BE, P_TE, P_ME, P_PE, P_PER };
enum { D_NONE, D_KAN, D_AN, D_I };

#define MAX_PREFIXES 3

/* The dictionary.  The compiled lexicon keeps words that are only root or
 * stop words in a set of their own (wt_root_find: 1 root, 2 stop word) and
 * words with other classes too in its main table (wt_lex_find, with LX_ROOT
 * and LX_STOP).  A word of the set flagged as a stop word may be a root as
 * well ("ada") or not ("mengatakan"): the generated list of words in both
 * lists tells. */
#include "stoproots_gen.h"

static int cmp_word(const void *key, const void *elem) {
  return strcmp((const char *)key, *(const char *const *)elem);
}

static bool stop_and_root(const char *w, size_t n) {
  char k[WT_STEM_MAX + 1];
  if (n > WT_STEM_MAX) return false;
  memcpy(k, w, n);
  k[n] = 0;
  return bsearch(k, wt_stoproots, WT_NSTOPROOTS, sizeof *wt_stoproots, cmp_word) != NULL;
}

/* 1 when w[0..n) (lower case) is a root word, and *stop says whether it is
 * a stop word; from the lexicon only. */
static bool lookup(const char *w, size_t n, bool *stop) {
  const wt_lexicon *lx = &wt_builtin_lexicon;
  int r = wt_root_find(lx, w, n);
  if (r == 1) {
    *stop = false;
    return true;
  }
  if (r == 2) {
    *stop = true;
    return stop_and_root(w, n);
  }
  uint32_t e = wt_lex_find(lx, w, n);
  uint64_t cls = wt_lex_cls(lx, e);
  *stop = (cls & LX_STOP) != 0;
  return (cls & LX_ROOT) != 0;
}

/* Most words the analysis tries are not roots.  A Bloom filter of the root
 * words (2^20 bits, 3 probes: about 0.06 % false positives for 30,000 roots)
 * answers "no" for them without touching the lexicon's larger tables; a
 * "maybe" is checked in the lexicon.  Built once, on first use. */
#define BLOOM_BITS 20
static uint64_t bloom[(1u << BLOOM_BITS) / 64];
static pthread_once_t bloom_once = PTHREAD_ONCE_INIT;

static uint64_t bloom_hash(const char *w, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)w[i];
    h *= 1099511628211ull;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  return h;
}

static void bloom_set(uint64_t h) {
  const uint64_t mask = (1u << BLOOM_BITS) - 1;
  for (int k = 0; k < 3; k++) {
    uint64_t b = (h >> (k * 21)) & mask;
    bloom[b >> 6] |= 1ull << (b & 63);
  }
}

static bool bloom_maybe(uint64_t h) {
  const uint64_t mask = (1u << BLOOM_BITS) - 1;
  for (int k = 0; k < 3; k++) {
    uint64_t b = (h >> (k * 21)) & mask;
    if (!(bloom[b >> 6] & (1ull << (b & 63)))) return false;
  }
  return true;
}

static void bloom_init(void) {
  const wt_lexicon *lx = &wt_builtin_lexicon;
  for (uint32_t i = 0; i < lx->nentries; i++)
    if (lx->entries[i].cls & LX_ROOT) bloom_set(bloom_hash(lx->pool + lx->entries[i].key, lx->entries[i].key_len));
  for (uint32_t i = 0; i < lx->rsize; i++) {
    uint32_t e = lx->roots[i].entry;
    if (e == UINT32_MAX) continue;
    const char *key = lx->pool + (e >> 8);
    size_t n = e & 0x7Fu;
    if (!(e & 0x80u) || stop_and_root(key, n)) bloom_set(bloom_hash(key, n));
  }
}

bool wt_is_root(const char *w, size_t n) {
  if (n < 2 || n > 127) return false;
  pthread_once(&bloom_once, bloom_init);
  if (!bloom_maybe(bloom_hash(w, n))) return false;
  bool stop;
  return lookup(w, n, &stop);
}

bool wt_is_stop(const char *w, size_t n) {
  if (n == 0 || n > 127) return false;
  bool stop;
  lookup(w, n, &stop);
  return stop;
}
#define is_root wt_is_root

static bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
static bool consonant(char c) { return c >= 'a' && c <= 'z' && !vowel(c); }
static bool starts(const char *w, size_t n, const char *p) {
  size_t k = strlen(p);
  return n >= k && memcmp(w, p, k) == 0;
}

/* The best analysis found so far.  Analyses compare by the number of affixes
 * removed, then by a penalty for unlikely readings (a particle, per-...-kan
 * where per-...-an also reads), then by a frequency prior (a root that is
 * a common word: in the stop-word list), then by the order tried. */
typedef struct search {
  char best[WT_STEM_MAX + 1];
  size_t best_len;
  int best_affixes, best_penalty, best_rare;
  int particle; /* the analysis being tried removed a particle */
} search;

static bool is_common(const char *w, size_t n) { return wt_is_stop(w, n); }

static bool refused(int first_prefix, int dsuf) {
  switch (first_prefix) {
  case P_BE: return dsuf == D_I;
  case P_DI: return dsuf == D_AN;
  case P_KE: return dsuf == D_I || dsuf == D_KAN;
  case P_ME: return dsuf == D_AN;
  case P_PE: return dsuf == D_KAN; /* peN- makes nouns, -kan verbs */
  case P_SE: return dsuf == D_I || dsuf == D_KAN;
  case P_TE: return dsuf == D_AN;
  default: return false;
  }
}

static void candidate(search *s, const char *w, size_t n, int affixes, int first, int dsuf) {
  if (n < 3 || n > WT_STEM_MAX) return;
  int penalty = s->particle + (first == P_PER && dsuf == D_KAN);
  int rare = !is_common(w, n);
  if (affixes > s->best_affixes) return;
  if (affixes == s->best_affixes) {
    if (penalty > s->best_penalty) return;
    if (penalty == s->best_penalty && rare >= s->best_rare) return;
  }
  memcpy(s->best, w, n);
  s->best[n] = 0;
  s->best_len = n;
  s->best_affixes = affixes;
  s->best_penalty = penalty;
  s->best_rare = rare;
}

static void strip_prefixes(search *s, const char *w, size_t n, int affixes, int nprefix, unsigned used,
                           int first, int dsuf);

/* Tries root = head + w[k..n): removes a prefix of k bytes and puts back the
 * head the prefix's assimilation took away ("" when nothing). */
static void try_prefix(search *s, const char *w, size_t n, size_t k, const char *head, int kind,
                       int affixes, int nprefix, unsigned used, int first, int dsuf) {
  size_t h = strlen(head);
  if (k >= n || n - k + h < 2 || n - k + h > WT_STEM_MAX) return;
  char buf[WT_STEM_MAX + 1];
  memcpy(buf, head, h);
  memcpy(buf + h, w + k, n - k);
  if (first == P_NONE) first = kind;
  if (refused(first, dsuf)) return;
  strip_prefixes(s, buf, n - k + h, affixes + 1, nprefix + 1, used | (1u << kind), first, dsuf);
}

#define TRY(k, head, kind) try_prefix(s, w, n, (k), (head), (kind), affixes, nprefix, used, first, dsuf)

static void strip_prefixes(search *s, const char *w, size_t n, int affixes, int nprefix, unsigned used,
                           int first, int dsuf) {
  if (affixes > s->best_affixes) return; /* cannot beat what we have */
  if (affixes > 0 && is_root(w, n)) {
    candidate(s, w, n, affixes, first, dsuf);
    return; /* going deeper only removes more */
  }
  if (nprefix >= MAX_PREFIXES || n < 4) return;
  char c2 = n > 2 ? w[2] : 0, c3 = n > 3 ? w[3] : 0, c4 = n > 4 ? w[4] : 0;

  /* di-, ke-, se-: only outermost (di-, se-) or before another prefix */
  if (starts(w, n, "di") && !(used & (1u << P_DI)) && nprefix == 0) TRY(2, "", P_DI);
  if (starts(w, n, "ke") && !(used & (1u << P_KE))) TRY(2, "", P_KE);
  if (starts(w, n, "se") && !(used & (1u << P_SE))) TRY(2, "", P_SE); /* menyesuaikan, persetujuan */

  /* ber-, be- */
  if (starts(w, n, "be") && !(used & (1u << P_BE)) && !(used & (1u << P_TE))) {
    if (c2 == 'r' && vowel(c3)) {
      TRY(3, "", P_BE); /* ber-V: berarti */
      TRY(2, "", P_BE); /* be-rV: beragam */
    } else if (c2 == 'r' && consonant(c3) && c3 != 'r') {
      TRY(3, "", P_BE); /* ber-C: bersama */
    } else if (starts(w, n, "belajar")) {
      TRY(3, "", P_BE); /* bel-ajar */
    } else if (consonant(c2) && c2 != 'r' && c2 != 'l' && c3 == 'e' && c4 == 'r') {
      TRY(2, "", P_BE); /* be-C1er: bekerja, beternak */
    }
  }

  /* ter-, te- */
  if (starts(w, n, "te") && !(used & (1u << P_TE)) && !(used & (1u << P_BE))) {
    if (c2 == 'r' && vowel(c3)) {
      TRY(3, "", P_TE); /* ter-V: terus, terasa */
      TRY(2, "", P_TE); /* te-rV */
    } else if (c2 == 'r' && consonant(c3) && c3 != 'r') {
      TRY(3, "", P_TE); /* ter-C: terlambat */
    } else if (consonant(c2) && c2 != 'r' && c3 == 'e' && c4 == 'r') {
      TRY(2, "", P_TE); /* te-C1er: teperdaya */
    }
  }

  /* meN- */
  if (starts(w, n, "me") && !(used & ((1u << P_ME) | (1u << P_PE) | (1u << P_DI))) && nprefix == 0) {
    if (c2 == 'l' || c2 == 'r' || c2 == 'w' || c2 == 'y') {
      TRY(2, "", P_ME); /* melihat, merasa, mewakili, meyakini */
    } else if (c2 == 'm') {
      if (c3 == 'b' || c3 == 'f' || c3 == 'v') TRY(3, "", P_ME); /* membaca */
      else if (c3 == 'p' && (c4 == 'e' || c4 == 'r' || c4 == 'l' || vowel(c4))) TRY(3, "", P_ME); /* memperbaiki, memproses, mempunyai */
      else if (vowel(c3)) {
        TRY(2, "", P_ME);  /* me-mV: memasak */
        TRY(3, "p", P_ME); /* mem-pV: memukul */
      }
    } else if (c2 == 'n' && c3 == 'y' && vowel(c4)) {
      TRY(4, "s", P_ME); /* meny-sV: menyapu */
      TRY(2, "", P_ME);  /* me-nyV: menyanyi */
    } else if (c2 == 'n' && c3 == 'g') {
      if (c4 == 'g' || c4 == 'h' || c4 == 'k' || c4 == 'q' || c4 == 'x') TRY(4, "", P_ME);
      else if (vowel(c4)) {
        TRY(4, "", P_ME);  /* meng-V: mengambil */
        TRY(4, "k", P_ME); /* meng-kV: mengatakan */
        if (c4 == 'e' && n > 5 && consonant(w[5])) TRY(5, "", P_ME); /* menge-C: mengecat */
        TRY(2, "", P_ME);  /* me-ngV: menganga */
      }
    } else if (c2 == 'n') {
      if (c3 == 'c' || c3 == 'd' || c3 == 'j' || c3 == 's' || c3 == 'z') TRY(3, "", P_ME); /* mencari */
      else if (c3 == 't' && consonant(c4)) TRY(3, "", P_ME); /* mentransfer */
      else if (vowel(c3)) {
        TRY(2, "", P_ME);  /* me-nV: menikah */
        TRY(3, "t", P_ME); /* men-tV: menulis */
      }
    }
  }

  /* peN-, per-, pe- */
  /* per- may follow meN- and di- (memperbaiki); peN- follows neither */
  bool pe_ok = !(used & ((1u << P_PE) | (1u << P_PER) | (1u << P_ME) | (1u << P_DI)));
  if (starts(w, n, "pe") && c2 == 'r' && !(used & ((1u << P_PE) | (1u << P_PER)))) {
    if (vowel(c3)) {
      TRY(3, "", P_PER); /* per-V: perusahaan */
      TRY(2, "", P_PER); /* pe(r)-rV: perasaan, memperebutkan */
    } else if (consonant(c3) && c3 != 'r') {
      TRY(3, "", P_PER); /* per-C: pertanyaan */
    }
  } else if (starts(w, n, "pelajar") && !(used & ((1u << P_PE) | (1u << P_PER)))) {
    TRY(3, "", P_PER); /* pel-ajar, the allomorph of per- (mempelajari) */
  } else if (starts(w, n, "pe") && pe_ok) {
    if (c2 == 'w' || c2 == 'y') {
      TRY(2, "", P_PE); /* pewaris */
    } else if (c2 == 'm') {
      if (c3 == 'b' || c3 == 'f' || c3 == 'v') TRY(3, "", P_PE); /* pembaca */
      else if (c3 == 'p' && (c4 == 'r' || c4 == 'l')) TRY(3, "", P_PE);
      else if (vowel(c3)) {
        TRY(2, "", P_PE);  /* pe-mV: peminat */
        TRY(3, "p", P_PE); /* pem-pV: pemilih */
      }
    } else if (c2 == 'n' && c3 == 'y' && vowel(c4)) {
      TRY(4, "s", P_PE); /* peny-sV: penyusun */
      TRY(2, "", P_PE);  /* pe-nyV: penyanyi */
    } else if (c2 == 'n' && c3 == 'g') {
      if (c4 == 'g' || c4 == 'h' || c4 == 'k' || c4 == 'q' || c4 == 'x') TRY(4, "", P_PE);
      else if (vowel(c4)) {
        TRY(4, "", P_PE);  /* peng-V: pengamat */
        TRY(4, "k", P_PE); /* peng-kV: pengirim */
        if (c4 == 'e' && n > 5 && consonant(w[5])) TRY(5, "", P_PE); /* penge-C: pengeboman */
      }
    } else if (c2 == 'n') {
      if (c3 == 'c' || c3 == 'd' || c3 == 'j' || c3 == 's' || c3 == 'z') TRY(3, "", P_PE);
      else if (c3 == 't' && consonant(c4)) TRY(3, "", P_PE);
      else if (vowel(c3)) {
        TRY(2, "", P_PE);  /* pe-nV: penikmat */
        TRY(3, "t", P_PE); /* pen-tV: penulis */
      }
    } else if (c2 == 'l') {
      TRY(2, "", P_PE); /* pe-lV: pelari */
    } else if (consonant(c2)) {
      TRY(2, "", P_PE); /* pe-C: petani, pekerja */
    }
  }
}

/* Suffix layers, outermost first. */
static const char *const particles[] = {"lah", "kah", "tah", "pun"};
static const char *const possessives[] = {"nya", "ku", "mu"};

static bool ends(const char *w, size_t n, const char *suf) {
  size_t k = strlen(suf);
  return n > k && memcmp(w + n - k, suf, k) == 0;
}

/* Tries the word with a derivational suffix removed (or not). */
static void strip_derivational(search *s, const char *w, size_t n, int affixes) {
  /* most removed first: at equal cost the suffix analysis wins (berikan -> beri) */
  if (n > 5 && ends(w, n, "kan")) strip_prefixes(s, w, n - 3, affixes + 1, 0, 0, P_NONE, D_KAN);
  if (n > 4 && ends(w, n, "an")) strip_prefixes(s, w, n - 2, affixes + 1, 0, 0, P_NONE, D_AN);
  if (n > 4 && ends(w, n, "i")) strip_prefixes(s, w, n - 1, affixes + 1, 0, 0, P_NONE, D_I);
  strip_prefixes(s, w, n, affixes, 0, 0, P_NONE, D_NONE);
}

static void strip_possessive(search *s, const char *w, size_t n, int affixes) {
  for (size_t i = 0; i < sizeof possessives / sizeof *possessives; i++) {
    size_t k = strlen(possessives[i]);
    if (n > k + 2 && ends(w, n, possessives[i])) strip_derivational(s, w, n - k, affixes + 1);
  }
  strip_derivational(s, w, n, affixes);
}

static void analyse(search *s, const char *w, size_t n) {
  s->particle = 1;
  for (size_t i = 0; i < sizeof particles / sizeof *particles; i++)
    if (n > 5 && ends(w, n, particles[i])) strip_possessive(s, w, n - 3, 1);
  s->particle = 0;
  strip_possessive(s, w, n, 0);
}

static size_t stem_simple(const char *w, size_t n, char *out) {
  if (n == 0 || n > WT_STEM_MAX) {
    size_t m = n > WT_STEM_MAX ? WT_STEM_MAX : n;
    memcpy(out, w, m);
    out[m] = 0;
    return m;
  }
  memcpy(out, w, n);
  out[n] = 0;
  for (size_t i = 0; i < n; i++)
    if (w[i] < 'a' || w[i] > 'z') return n; /* digits, non-ASCII letters: kept */
  if (n < 4 || is_root(w, n)) return n;
  search s;
  s.best_len = 0;
  s.best_affixes = 1000;
  s.best_penalty = s.best_rare = 0;
  s.particle = 0;
  analyse(&s, w, n);
  if (s.best_len == 0) return n;
  memcpy(out, s.best, s.best_len + 1);
  return s.best_len;
}

size_t wt_stem_folded(const char *w, size_t n, char *out) {
  const char *dash = n <= WT_STEM_MAX ? memchr(w, '-', n) : NULL;
  if (!dash || is_root(w, n)) return stem_simple(w, n, out);
  /* reduplication: every part has the same root (kata-kata, berlari-lari,
   * tembak-menembak, kemerah-merahan); otherwise the word is kept */
  char first[WT_STEM_MAX + 1], part[WT_STEM_MAX + 1];
  size_t a = (size_t)(dash - w);
  size_t fl = stem_simple(w, a, first);
  size_t p = a + 1;
  bool same = fl > 0;
  while (same && p <= n) {
    const char *d = memchr(w + p, '-', n - p);
    size_t e = d ? (size_t)(d - w) : n;
    size_t pl = stem_simple(w + p, e - p, part);
    /* menari-nari: the second part repeats the first's form after its prefix */
    bool tail = e - p >= 3 && e - p < a && memcmp(w + a - (e - p), w + p, e - p) == 0;
    if ((pl != fl || memcmp(part, first, fl) != 0) && !tail) same = false;
    p = e + 1;
  }
  if (same) {
    memcpy(out, first, fl + 1);
    return fl;
  }
  memcpy(out, w, n);
  out[n] = 0;
  return n;
}
