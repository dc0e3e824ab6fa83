/*
 * emit.c — the JSON writer for schema version 1 (DESIGN.md).  A small
 * buffered streaming writer of warta's own: output goes to the caller's
 * callback in 16 KiB pieces, so a document never needs its JSON in memory.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "alloc.h"
#include "internal.h"

typedef struct jw {
  warta_write_fn write;
  void *ctx;
  int err;
  size_t n;
  char buf[16384];
} jw;

static void flush(jw *w) {
  if (w->n && !w->err && w->write(w->ctx, w->buf, w->n) != 0) w->err = 1;
  w->n = 0;
}

static void put_slow(jw *w, const char *s, size_t n) {
  if (w->err) return;
  if (n > sizeof w->buf - w->n) {
    flush(w);
    if (n > sizeof w->buf) {
      if (w->write(w->ctx, s, n) != 0) w->err = 1;
      return;
    }
  }
  memcpy(w->buf + w->n, s, n);
  w->n += n;
}

/* Most pieces are a few bytes and fit: copy them inline.  (After an error
 * the bytes still land in the buffer, which is never written again.) */
static inline void put(jw *w, const char *s, size_t n) {
  if (n <= sizeof w->buf - w->n) {
    memcpy(w->buf + w->n, s, n);
    w->n += n;
    return;
  }
  put_slow(w, s, n);
}

#define PUTS(w, lit) put(w, lit, sizeof(lit) - 1)

/* Room for k more bytes (k <= the buffer's size) at the buffer's end, for
 * the writers that fill it directly. */
static inline char *room(jw *w, size_t k) {
  if (k > sizeof w->buf - w->n) flush(w);
  return w->buf + w->n;
}

/* The writers of the frequent records (quotes, entities) keep their place
 * in a local cursor o rather than in w->n: o stays in a register, where
 * w->n, in memory, is read again after every byte stored (a byte store may
 * be to any field).  Each at_* piece takes o and returns it moved on; w->n
 * is set from o (w_sync) before a piece that takes the jw alone, and o
 * taken back from it (w_at) after. */
static inline char *w_at(jw *w) { return w->buf + w->n; }
static inline void w_sync(jw *w, const char *o) { w->n = (size_t)(o - w->buf); }

/* room() at cursor o. */
static inline char *at_room(jw *w, char *o, size_t k) {
  if (k > (size_t)(w->buf + sizeof w->buf - o)) {
    w_sync(w, o);
    flush(w);
    return w->buf;
  }
  return o;
}

/* put() at cursor o, for a piece of a few bytes (a literal). */
static inline char *at_put(jw *w, char *o, const char *s, size_t n) {
  o = at_room(w, o, n);
  memcpy(o, s, n);
  return o + n;
}
#define AT_PUTS(w, o, lit) at_put(w, o, lit, sizeof(lit) - 1)

/* The numbers below a thousand as text, for fmt_u32: their digits from the
 * lowest byte on and their count in the top byte (dig3), and their three
 * digits with leading zeros (pad3: the last three of a longer number).
 * Filled once, by tables_init, with the words below. */
static uint32_t dig3[1000], pad3[1000];
static pthread_once_t tables_once = PTHREAD_ONCE_INIT;

/* The names of warta's own that the output spells (a quote's kind, an
 * entity's type: doc.c's words) for the values 0 to NWORDS - 1, each padded
 * to eight bytes for a copy of one piece, with its length (0: a longer
 * word, spelled by doc.c each time, as are other values). */
enum { NWORDS = 8 };
typedef struct word8 {
  char s[8];
  size_t n;
} word8;
static word8 kind_words[NWORDS], type_words[NWORDS];

static void word8_set(word8 *w, const char *s) {
  size_t n = strlen(s);
  if (n <= sizeof w->s) {
    memcpy(w->s, s, n);
    w->n = n;
  }
}

static void tables_init(void) {
  /* (digit by digit, without a division: this runs at every start) */
  uint32_t v = 0;
  for (unsigned a = 0; a < 10; a++) {
    for (unsigned b = 0; b < 10; b++) {
      for (unsigned c = 0; c < 10; c++, v++) {
        /* (z's two NULs: the bytes after the digits that d takes) */
        unsigned char z[5] = {(unsigned char)('0' + a), (unsigned char)('0' + b), (unsigned char)('0' + c), 0, 0};
        unsigned n = a ? 3 : b ? 2 : 1;
        unsigned char d[4] = {z[3 - n], z[4 - n], z[5 - n], (unsigned char)n};
        memcpy(&dig3[v], d, 4);
        memcpy(&pad3[v], z, 4);
      }
    }
  }
  for (int i = 0; i < NWORDS; i++) {
    word8_set(&kind_words[i], warta_quote_kind_str(i));
    word8_set(&type_words[i], warta_entity_type_str(i));
  }
}

/* Writes v in decimal at p; returns the digits' count.  Below ten thousand
 * (the offsets and ids of most documents) from the tables, as one piece of
 * four bytes: up to five bytes are written, those after the digits to be
 * overwritten or left past the end. */
static inline size_t fmt_u32(char *p, uint32_t v) {
  static const char pairs[201] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                 "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                 "8081828384858687888990919293949596979899";
  if (v < 1000) {
    uint32_t x = dig3[v];
    memcpy(p, &x, 4);
    return x >> 24;
  }
  if (v < 10000) {
    uint32_t t = v / 1000, x = pad3[v - t * 1000];
    p[0] = (char)('0' + t);
    memcpy(p + 1, &x, 4);
    return 4;
  }
  size_t n = v < 100000 ? 5 : v < 1000000 ? 6 : v < 10000000 ? 7 : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
  size_t k = n;
  while (v >= 100) {
    uint32_t r = v % 100;
    v /= 100;
    k -= 2;
    memcpy(p + k, pairs + 2 * r, 2);
  }
  if (v >= 10) memcpy(p + k - 2, pairs + 2 * v, 2);
  else p[k - 1] = (char)('0' + v);
  return n;
}

/* The *_at pieces write at cursor o without a look at the room left: their
 * caller has made room (at_room) for a run of them at once, as a look for
 * each piece of a few bytes costs about as much as the piece.  Each says
 * how many bytes it may write. */

/* A literal of n bytes: n. */
static inline char *put_at(char *o, const char *s, size_t n) {
  memcpy(o, s, n);
  return o + n;
}
#define PUTS_AT(o, lit) put_at(o, lit, sizeof(lit) - 1)

/* pre (n bytes: a key, a comma) and then v in decimal: n + 10. */
static inline __attribute__((always_inline)) char *u32_at(char *o, const char *pre, size_t n, uint32_t v) {
  memcpy(o, pre, n);
  return o + n + fmt_u32(o + n, v);
}
#define KEY_U32_AT(o, lit, v) u32_at(o, lit, sizeof(lit) - 1, v)


static void put_u32(jw *w, uint32_t v) { /* "%u", without printf's cost per number */
  char *p = room(w, 10);
  w->n += fmt_u32(p, v);
}

/* The bytes a JSON string cannot hold as they are, 0x80 in their byte of
 * the result: controls, '"', '\\', and every byte of a multi-byte sequence
 * (to be checked as UTF-8). */
static inline uint64_t special8(uint64_t x) {
  uint64_t ge20 = ((x & WT_BYTES(0x7F)) + WT_BYTES(0x60)) & WT_BYTES(0x80); /* low seven bits >= 0x20 */
  return (~ge20 & WT_BYTES(0x80)) | (x & WT_BYTES(0x80)) | wt_bytes_eq(x, '"') | wt_bytes_eq(x, '\\');
}

#ifdef __SSE2__
/* special8 for sixteen bytes: a bit for each byte to look at. */
static inline unsigned special16(__m128i v) {
  const __m128i sp = _mm_set1_epi8(0x20), q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\');
  /* signed compare: bytes >= 0x80 are negative, so below 0x20 too */
  return (unsigned)_mm_movemask_epi8(
      _mm_or_si128(_mm_cmplt_epi8(v, sp), _mm_or_si128(_mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, bs))));
}
#endif

/* The first byte of s[i, n) that is not plain printable ASCII other than
 * '"' and '\\', or n. */
static inline size_t plain_run(const unsigned char *s, size_t i, size_t n) {
#ifdef __SSE2__
  while (n - i >= 16) {
    unsigned m = special16(_mm_loadu_si128((const __m128i *)(const void *)(s + i)));
    if (m) return i + (size_t)__builtin_ctz(m);
    i += 16;
  }
#endif
  while (n - i >= 8) {
    uint64_t m = special8(wt_load8(s + i));
    if (m) return i + ((size_t)__builtin_ctzll(m) >> 3);
    i += 8;
  }
  if (i < n) {
    size_t r = n - i;
    uint64_t m = special8(wt_load_tail(s + i, r)) & (~0ull >> (8 * (8 - r)));
    return m ? i + ((size_t)__builtin_ctzll(m) >> 3) : n;
  }
  return n;
}

/* Do the words a and b, each holding only bytes of a string, hold a byte
 * to look at? */
static inline bool special_any(uint64_t a, uint64_t b) {
#ifdef __SSE2__
  return special16(_mm_set_epi64x((long long)b, (long long)a)) != 0;
#else
  return (special8(a) | special8(b)) != 0;
#endif
}

/* A short string (1 to 16 bytes: a name, a date's text) with nothing to
 * escape, copied to o: read and written as two pieces that may overlap,
 * never past its end.  false, with nothing written, when a byte needs a
 * look. */
static inline bool put_short(unsigned char *o, const unsigned char *s, size_t n) {
  if (n >= 8) {
    uint64_t a = wt_load8(s), b = wt_load8(s + n - 8);
    if (special_any(a, b)) return false;
    memcpy(o, &a, 8);
    memcpy(o + n - 8, &b, 8);
  } else if (n >= 4) {
    uint32_t a, b;
    memcpy(&a, s, 4);
    memcpy(&b, s + n - 4, 4);
    uint64_t w = (uint64_t)b << 32 | a;
    if (special_any(w, w)) return false;
    memcpy(o, &a, 4);
    memcpy(o + n - 4, &b, 4);
  } else {
    unsigned char x = s[0], y = s[n >> 1], z = s[n - 1];
    uint64_t w = WT_BYTES(x) ^ (uint64_t)(x ^ y) << 8 ^ (uint64_t)(x ^ z) << 16; /* x y z x x x x x */
    if (special_any(w, w)) return false;
    o[0] = x;
    o[n >> 1] = y;
    o[n - 1] = z;
  }
  return true;
}

static void put_str_slow(jw *w, const char *str, size_t n);

/* pre (n bytes, at most 40: a key) and then the JSON string str[0, len),
 * a short one (1 to 16 bytes), written at o in one piece when it has
 * nothing to escape; false, with nothing written, when it has. */
static inline __attribute__((always_inline)) bool short_str_at(unsigned char *o, const char *pre, size_t n,
                                                               const char *str, size_t len) {
  if (!put_short(o + n + 1, (const unsigned char *)str, len)) return false;
  memcpy(o, pre, n);
  o[n] = '"';
  o[n + len + 1] = '"';
  return true;
}

/* pre and then the JSON string str[0, len) at cursor o. */
static inline __attribute__((always_inline)) char *at_str_after(jw *w, char *o, const char *pre, size_t n,
                                                                const char *str, size_t len) {
  if (len - 1 < 16 && (size_t)(w->buf + sizeof w->buf - o) >= 64 &&
      short_str_at((unsigned char *)o, pre, n, str, len))
    return o + n + len + 2;
  w_sync(w, o);
  put(w, pre, n);
  put_str_slow(w, str, len);
  return w_at(w);
}
#define AT_KEY_STR(w, o, lit, str, len) at_str_after(w, o, lit, sizeof(lit) - 1, str, len)

/* The same at w->n. */
static inline __attribute__((always_inline)) void put_str_after(jw *w, const char *pre, size_t n, const char *str,
                                                                size_t len) {
  if (len - 1 < 16 && sizeof w->buf - w->n >= 64 &&
      short_str_at((unsigned char *)w->buf + w->n, pre, n, str, len)) {
    w->n += n + len + 2;
    return;
  }
  put(w, pre, n);
  put_str_slow(w, str, len);
}
#define PUT_KEY_STR(w, lit, str, len) put_str_after(w, lit, sizeof(lit) - 1, str, len)

/* A JSON string: put_str_after with nothing before it.  (Runs of bytes that
 * need no escape, valid UTF-8 sequences included, are copied whole; the
 * search for the next byte to look at goes sixteen bytes at a time with
 * SSE2, else eight: put_str_slow.) */
static void put_str(jw *w, const char *str, size_t n) { put_str_after(w, "", 0, str, n); }

/* The rest of put_str, apart so that the short strings' path stays small. */
static __attribute__((noinline)) void put_str_slow(jw *w, const char *str, size_t n) {
  static const char hex[] = "0123456789abcdef";
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
#ifdef __SSE2__
  if (n >= 16 && sizeof w->buf - w->n >= n + 2) {
    /* room for it all (a quote's text, mostly): sixteen bytes at a time
     * copied, then checked; the last sixteen (overlapping) close it.  At a
     * byte to look at, the loop below goes on from there. */
    unsigned char *o = (unsigned char *)w->buf + w->n + 1;
    __m128i v;
    while (n - i > 16) {
      v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
      _mm_storeu_si128((__m128i *)(void *)(o + i), v);
      if (special16(v)) break;
      i += 16;
    }
    if (n - i <= 16) {
      v = _mm_loadu_si128((const __m128i *)(const void *)(s + n - 16));
      if (!special16(v)) {
        _mm_storeu_si128((__m128i *)(void *)(o + n - 16), v);
        o[-1] = '"';
        o[n] = '"';
        w->n += n + 2;
        return;
      }
    }
    o[-1] = '"';
    w->n += i + 1; /* s[0, i) is written */
  } else {
    put(w, "\"", 1);
  }
#else
  put(w, "\"", 1);
#endif
  size_t run = i; /* the run not yet written: s[run, i) */
  while ((i = plain_run(s, i, n)) < n) {
    unsigned char c = s[i];
    if (c >= 0x80) {
      uint32_t cp;
      int k = wt_utf8_seq(s + i, n - i, &cp);
      if (k && cp != 0x2028 && cp != 0x2029) { /* copied as it is, with the run */
        i += (size_t)k;
        continue;
      }
      put(w, str + run, i - run);
      if (k == 0) {
        PUTS(w, "\xEF\xBF\xBD");
        i++;
      } else { /* valid JSON, but breaks JavaScript */
        put(w, cp == 0x2028 ? "\\u2028" : "\\u2029", 6);
        i += (size_t)k;
      }
      run = i;
      continue;
    }
    put(w, str + run, i - run);
    switch (c) {
    case '"': PUTS(w, "\\\""); break;
    case '\\': PUTS(w, "\\\\"); break;
    case '\n': PUTS(w, "\\n"); break;
    case '\r': PUTS(w, "\\r"); break;
    case '\t': PUTS(w, "\\t"); break;
    default: {
      char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
      put(w, u, 6);
    }
    }
    i++;
    run = i;
  }
  put(w, str + run, n - run);
  put(w, "\"", 1);
}

/* "%.2f" of (double)c, written at p, for a finite 0 < c < 1e6 (a
 * confidence); 0 when c is outside that, for printf to do.  The float's
 * exact value times 100, rounded to nearest with ties to even as printf
 * rounds; checked against printf for every float in [2^-7, 2). */
static size_t fmt_fixed2(char *p, float c) {
  uint32_t bits;
  memcpy(&bits, &c, sizeof bits);
  uint32_t ex = bits >> 23 & 0xFF;
  if ((bits >> 31) || ex == 0 || ex == 0xFF || !(c < 1e6f)) return 0;
  uint64_t mant = (bits & 0x7FFFFFu) | 0x800000u;
  int e = (int)ex - 150; /* c = mant * 2^e */
  uint64_t q;
  if (e >= 0) {
    q = (mant << e) * 100;
  } else {
    int sh = -e;
    if (sh > 60) return 0;
    uint64_t num = mant * 100, rem = num & ((1ull << sh) - 1), half = 1ull << (sh - 1);
    q = num >> sh;
    if (rem > half || (rem == half && (q & 1))) q++;
  }
  if (q < 1000) { /* (below ten, a confidence: its three digits from pad3) */
    char x[4];
    memcpy(x, &pad3[q], 4);
    p[0] = x[0];
    p[1] = '.';
    p[2] = x[1];
    p[3] = x[2];
    return 4;
  }
  size_t n = fmt_u32(p, (uint32_t)(q / 100));
  p[n++] = '.';
  p[n++] = (char)('0' + q % 100 / 10);
  p[n++] = (char)('0' + q % 10);
  return n;
}

/* A quote's closing "],\"confidence\":%.2f}", kept for the next quotes:
 * the confidences are a few values.  An entry for each value of a float's
 * bits 20 to 22 (its exponent's lowest and the fraction's top two), which
 * tell those values apart. */
enum { CONF_KEPT = 8 };
typedef struct conf_text {
  uint32_t bits; /* the float's */
  uint32_t n;    /* 0: unused */
  char s[80];    /* (a float has at most 39 digits before the point) */
} conf_text;

/* The closing for confidence c at o: up to sizeof(conf_text.s) bytes. */
static inline char *conf_at(conf_text *memo, char *o, float c) {
  uint32_t bits;
  memcpy(&bits, &c, sizeof bits);
  conf_text *t = &memo[bits >> 20 & (CONF_KEPT - 1)];
  if (!t->n || t->bits != bits) {
    memcpy(t->s, "],\"confidence\":", 15);
    size_t n = fmt_fixed2(t->s + 15, c);
    if (!n) n = (size_t)snprintf(t->s + 15, 60, "%.2f", (double)c);
    t->s[15 + n] = '}';
    t->n = (uint32_t)(16 + n);
    t->bits = bits;
  }
  if (t->n <= 32) memcpy(o, t->s, 32); /* (one piece of a known size: the room covers it) */
  else memcpy(o, t->s, t->n);
  return o + t->n;
}

/* key (a literal with its quotes and colon, k bytes) and then a name of
 * warta's own (a quote's kind, an entity's type): a short ASCII word, nothing
 * to escape, so written as it is. */
static inline char *at_key_word(jw *w, char *o, const char *key, size_t k, const char *s) {
  size_t n = strlen(s);
  o = at_room(w, o, k + n + 2);
  memcpy(o, key, k);
  o[k] = '"';
  memcpy(o + k + 1, s, n);
  o[k + n + 1] = '"';
  return o + k + n + 2;
}

/* key (k bytes) and then the name of value v of a name table (kind_words,
 * type_words), str the doc.c function that spells it: k + 10 bytes.  (A
 * name not in the table is written with looks at the room, after which 64
 * bytes are free again: more than the callers write after a name with the
 * room they made for it.) */
static inline char *key_name_at(jw *w, char *o, const char *key, size_t k, const word8 *tab, int v,
                                const char *(*str)(int)) {
  const word8 *x = (unsigned)v < NWORDS ? &tab[v] : NULL;
  if (!x || !x->n) return at_room(w, at_key_word(w, o, key, k, str(v)), 64);
  memcpy(o, key, k);
  o[k] = '"';
  memcpy(o + k + 1, x->s, 8);
  o[k + x->n + 1] = '"';
  return o + k + x->n + 2;
}
#define KEY_NAME_AT(w, o, lit, tab, v, str) key_name_at(w, o, lit, sizeof(lit) - 1, tab, v, str)

static void put_cstr(jw *w, const char *s) {
  if (s) put_str(w, s, strlen(s));
  else PUTS(w, "null");
}

/* pre (n bytes: a key, a comma) and then span s as [start,end]: n + 23. */
static inline __attribute__((always_inline)) char *span_at(char *o, const char *pre, size_t n, warta_span s) {
  memcpy(o, pre, n);
  size_t k = n;
  o[k++] = '[';
  k += fmt_u32(o + k, s.start);
  o[k++] = ',';
  k += fmt_u32(o + k, s.end);
  o[k++] = ']';
  return o + k;
}
#define KEY_SPAN_AT(o, lit, s) span_at(o, lit, sizeof(lit) - 1, s)

/* span_at with its own look at the room (pre at most 40 bytes). */
static inline __attribute__((always_inline)) char *at_span_after(jw *w, char *o, const char *pre, size_t n,
                                                                 warta_span s) {
  return span_at(at_room(w, o, 64), pre, n, s);
}
#define AT_KEY_SPAN(w, o, lit, s) at_span_after(w, o, lit, sizeof(lit) - 1, s)

static inline __attribute__((always_inline)) void put_span_after(jw *w, const char *pre, size_t n, warta_span s) {
  w_sync(w, at_span_after(w, w_at(w), pre, n, s));
}

#define PUT_KEY_SPAN(w, lit, s) put_span_after(w, lit, sizeof(lit) - 1, s)

static inline void put_span(jw *w, warta_span s) { put_span_after(w, "", 0, s); }

/* key (k bytes) and then span s, or null for an empty one: k + 23. */
static inline char *span_or_null_at(char *o, const char *key, size_t k, warta_span s) {
  if (s.end > s.start) return span_at(o, key, k, s);
  memcpy(o, key, k);
  memcpy(o + k, "null", 4);
  return o + k + 4;
}
#define KEY_SPAN_OR_NULL_AT(o, lit, s) span_or_null_at(o, lit, sizeof(lit) - 1, s)
#define AT_KEY_SPAN_OR_NULL(w, o, lit, s) span_or_null_at(at_room(w, o, 64), lit, sizeof(lit) - 1, s)

static void put_text(jw *w, const warta_doc *d, warta_span s) { put_str(w, d->text + s.start, s.end - s.start); }

static void write_quotes(jw *w, const warta_doc *d) {
  const char *last_name = NULL; /* the last speaker's name, and its length */
  size_t last_len = 0;
  conf_text conf[CONF_KEPT];
  for (int k = 0; k < CONF_KEPT; k++) conf[k].n = 0;
  char *o = AT_PUTS(w, w_at(w), "\"quotes\":[");
  for (size_t i = 0; i < d->quotes.len; i++) {
    const warta_quote *q = &WT_VEC_AT(d->quotes, warta_quote, i);
    /* id, kind, content: at most 18 + 18 + 34 bytes */
    o = at_room(w, o, 80);
    if (i) o = KEY_U32_AT(o, ",{\"id\":", (uint32_t)i);
    else o = KEY_U32_AT(o, "{\"id\":", (uint32_t)i);
    o = KEY_NAME_AT(w, o, ",\"kind\":", kind_words, q->kind, warta_quote_kind_str);
    o = KEY_SPAN_AT(o, ",\"content\":", q->content);
    o = AT_KEY_STR(w, o, ",\"text\":", d->text + q->content.start, q->content.end - q->content.start);
    /* cue, speaker, entity: at most 30 + 45 + 26 */
    o = at_room(w, o, 112);
    o = KEY_SPAN_OR_NULL_AT(o, ",\"cue\":", q->cue);
    o = KEY_SPAN_OR_NULL_AT(o, ",\"speaker\":{\"mention\":", q->speaker);
    if (q->entity >= 0 && (size_t)q->entity < d->ents.len) {
      o = KEY_U32_AT(o, ",\"entity\":", (uint32_t)q->entity);
      const char *name = WT_VEC_AT(d->ents, warta_entity, q->entity).name;
      if (name != last_name && name) { /* (quotes in a row are often one speaker's) */
        last_name = name;
        last_len = strlen(name);
      }
      if (name) o = AT_KEY_STR(w, o, ",\"name\":", name, last_len);
      else o = PUTS_AT(o, ",\"name\":null");
    } else {
      o = PUTS_AT(o, ",\"entity\":null,\"name\":null");
    }
    /* the sources' key, and the closing when there are none */
    o = at_room(w, o, 14 + sizeof conf[0].s);
    o = PUTS_AT(o, "},\"sources\":[");
    if (!q->nsources) {
      o = conf_at(conf, o, q->confidence);
      continue;
    }
    for (uint32_t k = 0; k < q->nsources; k++) {
      const warta_source *s = &q->sources[k];
      /* (each key goes out with its value, in one piece) */
      if (!s->name) o = k ? AT_PUTS(w, o, ",{\"name\":null") : AT_PUTS(w, o, "{\"name\":null");
      else if (k) o = AT_KEY_STR(w, o, ",{\"name\":", s->name, strlen(s->name));
      else o = AT_KEY_STR(w, o, "{\"name\":", s->name, strlen(s->name));
      o = AT_KEY_SPAN_OR_NULL(w, o, ",\"span\":", s->span);
      if (s->cue.end > s->cue.start)
        o = AT_KEY_STR(w, o, ",\"cue\":", d->text + s->cue.start, s->cue.end - s->cue.start);
      else o = AT_PUTS(w, o, ",\"cue\":null");
      if (s->date) o = AT_KEY_STR(w, o, ",\"date\":", s->date, strlen(s->date));
      else o = AT_PUTS(w, o, ",\"date\":null");
      o = AT_PUTS(w, o, "}");
    }
    o = conf_at(conf, at_room(w, o, sizeof conf[0].s), q->confidence);
  }
  w_sync(w, AT_PUTS(w, o, "]"));
}

static char *at_attrs(jw *w, char *o, const warta_doc *d, const warta_span *a, uint32_t n) {
  if (!n) return AT_PUTS(w, o, "[]");
  for (uint32_t k = 0; k < n; k++) {
    /* (the bracket or comma before an attribute goes out with its key) */
    if (k) o = AT_KEY_SPAN(w, o, "},{\"span\":", a[k]);
    else o = AT_KEY_SPAN(w, o, "[{\"span\":", a[k]);
    o = AT_KEY_STR(w, o, ",\"text\":", d->text + a[k].start, a[k].end - a[k].start);
  }
  return AT_PUTS(w, o, "}]");
}

/* Room made for this many mentions at once (each up to 24 bytes). */
enum { MENTIONS_AT_ONCE = 256 };

static void write_entities(jw *w, const warta_doc *d) {
  char *o = AT_PUTS(w, w_at(w), "\"entities\":[");
  for (size_t i = 0; i < d->ents.len; i++) {
    const warta_entity *e = &WT_VEC_AT(d->ents, warta_entity, i);
    /* id, type, and name when null: at most 18 + 18 + 13 bytes */
    o = at_room(w, o, 64);
    if (i) o = KEY_U32_AT(o, ",{\"id\":", (uint32_t)i);
    else o = KEY_U32_AT(o, "{\"id\":", (uint32_t)i);
    o = KEY_NAME_AT(w, o, ",\"type\":", type_words, e->type, warta_entity_type_str);
    if (e->name) o = AT_KEY_STR(w, o, ",\"name\":", e->name, strlen(e->name));
    else o = PUTS_AT(o, ",\"name\":null");
    /* the mentions, and the rest when there are no roles or affiliations,
     * with a look at the room for each MENTIONS_AT_ONCE of them */
    uint32_t n = e->nmentions, k = 0;
    o = at_room(w, o, 24 * (n < MENTIONS_AT_ONCE ? n : MENTIONS_AT_ONCE) + 64);
    o = n ? KEY_SPAN_AT(o, ",\"mentions\":[", e->mentions[k++]) : PUTS_AT(o, ",\"mentions\":[");
    for (; k < n; k++) {
      if (k % MENTIONS_AT_ONCE == 0) o = at_room(w, o, 24 * MENTIONS_AT_ONCE + 64);
      o = KEY_SPAN_AT(o, ",", e->mentions[k]);
    }
    if (!e->nroles && !e->naffiliations) { /* most entities: one piece */
      o = PUTS_AT(o, "],\"roles\":[],\"affiliations\":[]}");
    } else {
      o = PUTS_AT(o, "],\"roles\":");
      o = at_attrs(w, o, d, e->roles, e->nroles);
      o = AT_PUTS(w, o, ",\"affiliations\":");
      o = at_attrs(w, o, d, e->affiliations, e->naffiliations);
      o = AT_PUTS(w, o, "}");
    }
  }
  w_sync(w, AT_PUTS(w, o, "]"));
}

static void write_doc(jw *w, const warta_doc *d, unsigned opts) {
  PUTS(w, "{\"warta\":1,\"id\":");
  put_cstr(w, d->id);
  PUTS(w, ",\"lang\":\"id\",\"published\":");
  put_cstr(w, d->published);
  PUTS(w, ",\"title\":");
  put_cstr(w, d->title);
  PUTS(w, ",\"url\":");
  put_cstr(w, d->url);
  PUT_KEY_SPAN(w, ",\"body\":{\"span\":", d->body);
  PUTS(w, "},\"dateline\":");
  if (d->has_dateline) {
    PUTS(w, "{\"place\":");
    if (d->dateline.place.end > d->dateline.place.start) put_text(w, d, d->dateline.place);
    else PUTS(w, "null"); /* an outlet alone: "Suara.com -" */
    PUT_KEY_SPAN(w, ",\"span\":", d->dateline.span);
    PUTS(w, ",\"outlet\":");
    if (d->dateline.outlet.end > d->dateline.outlet.start) put_text(w, d, d->dateline.outlet);
    else PUTS(w, "null");
    put(w, "}", 1);
  } else {
    PUTS(w, "null");
  }
  put(w, ",", 1);
  write_quotes(w, d);
  put(w, ",", 1);
  write_entities(w, d);
  PUTS(w, ",\"dates\":[");
  char *o = w_at(w);
  for (size_t i = 0; i < d->dates.len; i++) {
    const warta_date *x = &WT_VEC_AT(d->dates, warta_date, i);
    /* (each key goes out with its value, in one piece) */
    if (i) o = AT_KEY_SPAN(w, o, ",{\"span\":", x->span);
    else o = AT_KEY_SPAN(w, o, "{\"span\":", x->span);
    o = AT_KEY_STR(w, o, ",\"text\":", d->text + x->span.start, x->span.end - x->span.start);
    if (x->value) o = AT_KEY_STR(w, o, ",\"value\":", x->value, strlen(x->value));
    else o = AT_PUTS(w, o, ",\"value\":null");
    o = AT_PUTS(w, o, "}");
  }
  w_sync(w, AT_PUTS(w, o, "]"));
  if (d->repairs_utf8 || d->repairs_mojibake) {
    PUTS(w, ",\"repairs\":{\"utf8\":");
    put_u32(w, d->repairs_utf8);
    PUTS(w, ",\"mojibake\":");
    put_u32(w, d->repairs_mojibake);
    put(w, "}", 1);
  }
  if (opts & WARTA_JSON_TOKENS) {
    PUTS(w, ",\"paragraphs\":[");
    for (size_t i = 0; i < d->pubparas.len; i++) {
      const warta_paragraph *p = &WT_VEC_AT(d->pubparas, warta_paragraph, i);
      if (i) put(w, ",", 1);
      PUT_KEY_SPAN(w, "{\"span\":", p->span);
      if (p->boilerplate) PUTS(w, ",\"boilerplate\":true");
      put(w, "}", 1);
    }
    PUTS(w, "],\"sentences\":[");
    for (size_t i = 0; i < d->sents.len; i++) {
      if (i) PUT_KEY_SPAN(w, ",", warta_doc_sentence(d, i));
      else put_span(w, warta_doc_sentence(d, i));
    }
    put(w, "]", 1);
  }
  if ((opts & WARTA_JSON_WITH_TEXT) || d->text_changed) {
    PUTS(w, ",\"text\":");
    put_str(w, d->text, d->len);
  }
  put(w, "}", 1);
}

/* Pretty printing re-indents the compact form: a number array ([s, e]) stays
 * on one line, every other container opens a new indented line.  The compact
 * form arrives in pieces; what a bracket becomes depends on the byte after it
 * and on the byte before a closing one, so both are carried across pieces
 * (the output does not depend on where the pieces end). */
typedef struct pretty {
  warta_write_fn write;
  void *ctx;
  int depth, in_str, esc, inline_arr;
  jw *out;
  char last;    /* the byte before this piece */
  char pending; /* '[' or '{' at the end of the last piece, waiting for the next byte */
} pretty;

static void indent(pretty *p) {
  put(p->out, "\n", 1);
  for (int i = 0; i < p->depth; i++) put(p->out, "  ", 2);
}

static void pretty_open(pretty *p, char c, char nx) {
  if (c == '[' && ((nx >= '0' && nx <= '9') || nx == '-' || nx == 'n')) {
    p->inline_arr++;
    put(p->out, &c, 1);
    return;
  }
  put(p->out, &c, 1);
  if (nx == ']' || nx == '}') return;
  p->depth++;
  indent(p);
}

static int pretty_write(void *ctx, const char *s, size_t n) {
  pretty *p = ctx;
  if (p->pending && n) {
    pretty_open(p, p->pending, s[0]);
    p->pending = 0;
  }
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (p->in_str) {
      put(p->out, &c, 1);
      if (p->esc) p->esc = 0;
      else if (c == '\\') p->esc = 1;
      else if (c == '"') p->in_str = 0;
      continue;
    }
    switch (c) {
    case '"':
      p->in_str = 1;
      put(p->out, &c, 1);
      break;
    case '{':
    case '[':
      if (i + 1 < n) pretty_open(p, c, s[i + 1]);
      else p->pending = c;
      break;
    case '}':
    case ']': {
      if (c == ']' && p->inline_arr) {
        p->inline_arr--;
        put(p->out, &c, 1);
        break;
      }
      char prev = i > 0 ? s[i - 1] : p->last;
      if (prev == '[' || prev == '{') {
        put(p->out, &c, 1);
        break;
      }
      p->depth--;
      indent(p);
      put(p->out, &c, 1);
      break;
    }
    case ',':
      put(p->out, &c, 1);
      if (p->inline_arr) put(p->out, " ", 1);
      else indent(p);
      break;
    case ':':
      put(p->out, ": ", 2);
      break;
    default:
      put(p->out, &c, 1);
    }
  }
  if (n) p->last = s[n - 1];
  return p->out->err;
}

int warta_doc_write_json(const warta_doc *doc, unsigned opts, warta_write_fn write, void *ctx) {
  if (!doc || !doc->has_result || !write) return WARTA_ERR_ARG;
  pthread_once(&tables_once, tables_init);
  jw compact; /* the compact form: 16 KiB on the stack, as in warta_json_string (no allocation per document) */
  jw *w = &compact;
  w->err = 0;
  w->n = 0;
  int rc = WARTA_OK;
  if (opts & WARTA_JSON_PRETTY) {
    jw *out = wt_malloc(sizeof *out);
    if (!out) return WARTA_ERR_NOMEM;
    out->write = write;
    out->ctx = ctx;
    out->err = 0;
    out->n = 0;
    pretty p = {write, ctx, 0, 0, 0, 0, out, 0, 0};
    w->write = pretty_write;
    w->ctx = &p;
    write_doc(w, doc, opts);
    flush(w);
    if (p.pending) pretty_open(&p, p.pending, 0); /* not for a whole document, which ends with '}' */
    flush(out);
    if (w->err || out->err) rc = WARTA_ERR_IO;
    wt_free(out);
  } else {
    w->write = write;
    w->ctx = ctx;
    write_doc(w, doc, opts);
    flush(w);
    if (w->err) rc = WARTA_ERR_IO;
  }
  return rc;
}

typedef struct membuf {
  char *p;
  size_t n, cap;
} membuf;

static int mem_write(void *ctx, const char *s, size_t n) {
  membuf *m = ctx;
  if (m->n + n + 1 > m->cap) {
    size_t cap = m->cap ? m->cap : 4096;
    while (cap < m->n + n + 1) cap *= 2;
    char *q = realloc(m->p, cap); /* the caller frees with free() */
    if (!q) return 1;
    m->p = q;
    m->cap = cap;
  }
  memcpy(m->p + m->n, s, n);
  m->n += n;
  return 0;
}

char *warta_doc_to_json(const warta_doc *doc, unsigned opts, size_t *len) {
  membuf m = {NULL, 0, 0};
  if (warta_doc_write_json(doc, opts, mem_write, &m) != WARTA_OK || !m.p) {
    free(m.p);
    return NULL;
  }
  m.p[m.n] = 0;
  if (len) *len = m.n;
  return m.p;
}

int warta_json_string(warta_write_fn write, void *ctx, const char *s, size_t len) {
  jw w;
  w.write = write;
  w.ctx = ctx;
  w.err = 0;
  w.n = 0;
  put_str(&w, s ? s : "", s ? len : 0);
  flush(&w);
  return w.err;
}
