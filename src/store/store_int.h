/*
 * store_int.h — what the store's files share (src/store/).  Not public.
 *
 * The store is not part of the extraction core: it reads extraction results
 * through include/warta.h only.  It uses the library's allocator (alloc.h)
 * and the compiled lexicon (lexicon.h: root words for the stemmer).
 *
 *   fold.c   case and diacritics folding, the word splitter shared by the
 *            FTS5 tokenizer and the propagation shingles
 *   stem.c   the Indonesian stemmer (warta_stem)
 *   fts.c    the FTS5 tokenizer "warta" registered on each connection
 *   store.c  schema, migrations, ingest, queries (search, speakers, show)
 *   trace.c  propagation: MinHash/LSH links between copies of a statement
 *   sha256.c content hashes of documents
 */
#ifndef WARTA_STORE_INT_H
#define WARTA_STORE_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

#include "warta.h"

#define WT_HIDDEN __attribute__((visibility("hidden")))

/* Longest word the stemmer works on (bytes, folded); longer words are kept. */
#define WT_STEM_MAX 64

/* ---------------------------------------------------------------- fold.c */

/* Folds s[0..n) (UTF-8) for matching: lower case, compatibility forms and
 * diacritics removed ("Émile" -> "emile", "ﬁ" -> "fi").  Invalid bytes
 * become '?'.  Writes at most cap bytes (no NUL) and returns the length the
 * folded text has (more than cap when it did not fit). */
WT_HIDDEN size_t wt_fold(const char *s, size_t n, char *out, size_t cap);

/* A word of running text: [start, end) bytes of the original. */
typedef struct wt_word {
  uint32_t start, end;
} wt_word;

/* The next word in s[*pos..n): a maximal run of letters, digits and marks,
 * where a single hyphen between two such runs joins them ("kata-kata",
 * "Jong-un").  Returns 0 when there is none; advances *pos. */
WT_HIDDEN int wt_next_word(const char *s, size_t n, size_t *pos, wt_word *w);

/* Folds a canonical name into its matching key: folded, every run of
 * characters that are not letters or digits turned into one space, trimmed
 * ("Kim Jong-un" and "KIM JONG UN" -> "kim jong un").  Returns a string from
 * wt_malloc, or NULL when memory runs out. */
WT_HIDDEN char *wt_name_key(const char *s, size_t n);

/* ---------------------------------------------------------------- stem.c */

/* Stems a folded word w[0..n) (lower-case ASCII letters and hyphens).
 * Writes the root to out (NUL-terminated, out has WT_STEM_MAX + 1 bytes) and
 * returns its length; a word that is not affixed, or not recognised, comes
 * back unchanged. */
WT_HIDDEN size_t wt_stem_folded(const char *w, size_t n, char *out);
/* Is w[0..n) (folded) a root word of the dictionary?  A stop word? */
WT_HIDDEN bool wt_is_root(const char *w, size_t n);
WT_HIDDEN bool wt_is_stop(const char *w, size_t n);

/* ----------------------------------------------------------------- fts.c */

/* Registers the "warta" FTS5 tokenizer on db.  SQLITE_OK or an error. */
WT_HIDDEN int wt_fts_register(sqlite3 *db);

/* The tokens the tokenizer makes from s[0..n), for non-FTS uses
 * (propagation shingles).  Calls fn with each folded, stemmed token;
 * stops when fn returns non-zero and returns that. */
typedef int (*wt_token_fn)(void *ctx, const char *tok, size_t len, uint32_t start, uint32_t end);
WT_HIDDEN int wt_tokens(const char *s, size_t n, bool stem, wt_token_fn fn, void *ctx);
/* The same, stemmed, through a stem cache of the calling thread (freed when
 * the thread ends); with o, each word's tokens as wt_tokens(stem = false)
 * gives them also go to o->plain (one pass for the full-text index and the
 * shingles). */
typedef struct wt_tokens_out {
  wt_token_fn plain;
  void *plain_ctx;
} wt_tokens_out;
WT_HIDDEN int wt_tokens_cached(const char *s, size_t n, wt_token_fn fn, void *ctx, const wt_tokens_out *o);

/* Tokens computed ahead (prepare.c) for a text the tokenizer will be asked
 * for: token i is pool[toks[i].off .. +len), at [start - base, end - base)
 * of text.  A quote's tokens are a run of its document's (borrowed: toks
 * and pool belong to the document's, base is the quote's offset). */
typedef struct wt_ptok {
  uint32_t start, end, off, len;
} wt_ptok;
typedef struct wt_pretok {
  const char *text;
  size_t len;
  wt_ptok *toks;
  size_t ntok;
  char *pool;
  size_t pool_len;
  uint32_t base;
  bool borrowed;
} wt_pretok;
/* While set (on the calling thread), the "warta" tokenizer asked to
 * tokenize a document text equal to one of set[0..n) emits its tokens
 * instead of tokenizing.  wt_pretok_use(NULL, 0) clears it. */
WT_HIDDEN void wt_pretok_use(const wt_pretok *const *set, size_t n);

/* --------------------------------------------------------------- sha256.c */

WT_HIDDEN void wt_sha256(const void *const *parts, const size_t *lens, int nparts, uint8_t out[32]);
/* The same without the processor's SHA extensions (for the tests). */
WT_HIDDEN void wt_sha256_portable(const void *const *parts, const size_t *lens, int nparts, uint8_t out[32]);

/* ---------------------------------------------------------------- trace.c */

/* MinHash signature length and LSH banding used by the store. */
#define WT_MH_BANDS 6
#define WT_MH_ROWS 4
#define WT_MH_K (WT_MH_BANDS * WT_MH_ROWS)
/* Quotes shorter than this many words are not linked (too generic). */
#define WT_MH_MIN_WORDS 6

/* The shingle set of a text: sorted unique 64-bit hashes of word bigrams of
 * the folded (unstemmed) words.  *out from wt_malloc (caller frees with
 * wt_free); returns the count, or -1 when memory runs out. */
WT_HIDDEN long wt_shingles(const char *s, size_t n, uint64_t **out, size_t *nwords);
/* The shingle set of a run of words given by the FNV-1a hashes of their
 * folded forms (words[0..n), in text order), as wt_shingles makes it. */
WT_HIDDEN long wt_shingles_of(const uint64_t *words, size_t n, uint64_t **out);
/* FNV-1a 64 of a folded word, as the shingles hash it. */
WT_HIDDEN uint64_t wt_word_hash(const char *s, size_t n);
/* MinHash signature of a shingle set. */
WT_HIDDEN void wt_minhash(const uint64_t *sh, size_t n, uint32_t sig[WT_MH_K]);
/* The band keys of a signature (one 63-bit key per band, band number mixed in). */
WT_HIDDEN void wt_bands(const uint32_t sig[WT_MH_K], int64_t keys[WT_MH_BANDS]);
/* Jaccard similarity and containment (intersection over the smaller set) of
 * two sorted shingle sets. */
WT_HIDDEN void wt_similarity(const uint64_t *a, size_t na, const uint64_t *b, size_t nb, double *jaccard,
                             double *contain);
/* Are two shingle sets copies of one statement? */
WT_HIDDEN bool wt_same_statement(double jaccard, double contain, size_t na, size_t nb);

/* ---------------------------------------------------------------- dates */

/* Days since 1970-01-01 of a YYYY-MM-DD prefix of s, or INT32_MIN. */
WT_HIDDEN int32_t wt_store_day(const char *s);
/* "YYYY-MM-DD" of a day since 1970-01-01 ("" outside years 0-9999). */
WT_HIDDEN void wt_store_date(int32_t day, char out[11]);

#endif
