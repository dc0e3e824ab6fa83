/* jsonl_fast.c — see jsonl_fast.h.  One pass: each string is checked and
 * decoded into the caller's buffer as it goes, so the line itself is never
 * written and declining costs nothing to undo. */
#include "jsonl_fast.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum { MAX_NAMES = 8 };

typedef struct span {
  const unsigned char *a, *b; /* the bytes between the quotes */
  bool esc;                   /* holds a backslash escape */
  size_t len;                 /* the length of the decoded value */
} span;

/* cJSON's whitespace: every byte up to the space -- but NUL, which this
 * reader declines wherever it is (the caller reports it). */
static const unsigned char *skip_ws(const unsigned char *p, const unsigned char *e) {
  while (p < e && *p <= 32 && *p) p++;
  return p;
}

static bool hex4(const unsigned char *p, unsigned *out) {
  unsigned h = 0;
  for (int i = 0; i < 4; i++) {
    unsigned c = p[i], d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else return false;
    h = h << 4 | d;
  }
  *out = h;
  return true;
}

/* Eight bytes at a time: does w hold a '"', a '\\' or a NUL? */
static inline bool special8(uint64_t w) {
  const uint64_t B = 0x0101010101010101ull, H = 0x8080808080808080ull;
  uint64_t q = w ^ (0x22 * B), s = w ^ (0x5c * B);
  return (((w - B) & ~w) | ((q - B) & ~q) | ((s - B) & ~s)) & H;
}

#ifdef __SSE2__
/* A bit for each of the sixteen bytes of v that is a '"', a '\\' or a NUL. */
static inline unsigned special16(__m128i v) {
  const __m128i q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'), z = _mm_setzero_si128();
  return (unsigned)_mm_movemask_epi8(
      _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, bs)), _mm_cmpeq_epi8(v, z)));
}

static inline __m128i load16(const unsigned char *p) { return _mm_loadu_si128((const __m128i *)(const void *)p); }
static inline void store16(unsigned char *o, __m128i v) { _mm_storeu_si128((__m128i *)(void *)o, v); }
/* Copies sixteen bytes from p to o; the mask of the special ones among them. */
static inline unsigned copy16(const unsigned char *p, unsigned char *o) {
  __m128i v = load16(p);
  store16(o, v);
  return special16(v);
}
#endif

static size_t put_utf8(unsigned char *o, unsigned cp) {
  if (cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | cp >> 6);
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | cp >> 12);
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | cp >> 18);
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

/* The string whose opening quote is at p, decoded at o as it is checked and
 * NUL-terminated (o never gets ahead of p: escapes only ever shrink).
 * Returns the byte after its closing quote, or NULL to decline (unterminated,
 * a raw NUL, an escape cJSON rejects or decodes to NUL, or the six bytes
 * \u0000 anywhere, which the caller reports as an error through cJSON). */
static const unsigned char *scan_string(const unsigned char *p, const unsigned char *e, span *sp, unsigned char *o) {
  p++;
  sp->a = p;
  sp->esc = false;
  unsigned char *o0 = o;
  for (;;) {
#ifdef __SSE2__
    /* each block is copied whole, but o moves only over its plain bytes:
     * what follows a quote or an escape is written again */
    /* (32 bytes a step, then one step of 16; m marks the special bytes of
     * the block p stopped at) */
    unsigned m = 0;
    while (e - p >= 32 && !(m = copy16(p, o) | copy16(p + 16, o + 16) << 16)) {
      p += 32;
      o += 32;
    }
    if (!m && e - p >= 16 && !(m = copy16(p, o))) {
      p += 16;
      o += 16;
    }
    if (m) {
      unsigned at = (unsigned)__builtin_ctz(m);
      p += at;
      o += at;
      goto found;
    }
#endif
    while (e - p >= 8) {
      uint64_t w;
      memcpy(&w, p, 8);
      if (special8(w)) break;
      memcpy(o, &w, 8);
      p += 8;
      o += 8;
    }
    while (p < e && *p != '"' && *p != '\\' && *p != 0) *o++ = *p++;
  found:
    if (p >= e || *p == 0) return NULL;
    if (*p == '"') {
      *o = 0;
      sp->b = p;
      sp->len = (size_t)(o - o0);
      return p + 1;
    }
    sp->esc = true;
    if (e - p < 2) return NULL;
    unsigned c = p[1], cp, lo;
    if (c == 'n') { /* (nearly all: the paragraph breaks, two in a row) */
      *o++ = '\n';
      p += 2;
      if (p < e && *p == '\\') goto found;
      continue;
    }
    switch (c) {
    case 'u':
      if (e - p < 6 || !hex4(p + 2, &cp) || cp == 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return NULL;
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (e - p < 12 || p[6] != '\\' || p[7] != 'u' || !hex4(p + 8, &lo) || lo < 0xDC00 || lo > 0xDFFF)
          return NULL;
        cp = 0x10000 + (((cp & 0x3FF) << 10) | (lo & 0x3FF));
        p += 12;
      } else {
        p += 6;
      }
      o += put_utf8(o, cp);
      break;
    case '\\': /* an escaped backslash: "\u0000" may start at its second byte */
      if (e - p >= 7 && p[2] == 'u' && memcmp(p + 3, "0000", 4) == 0) return NULL;
      *o++ = '\\';
      p += 2;
      break;
    case '"': case '/':
      *o++ = (unsigned char)c;
      p += 2;
      break;
    case 'b': *o++ = '\b'; p += 2; break;
    case 'f': *o++ = '\f'; p += 2; break;
    case 'r': *o++ = '\r'; p += 2; break;
    case 't': *o++ = '\t'; p += 2; break;
    default:
      return NULL;
    }
  }
}

int cli_jsonl_fast(const char *line, size_t n, const char *const *names, int k, char *out, char **vals,
                   size_t *lens) {
  if (k < 1 || k > MAX_NAMES) return 0;
  const unsigned char *p = (const unsigned char *)line;
  const unsigned char *e = p + n;
  /* o: where the next string is decoded; it stays there (to be written
   * over) unless a name picks the string */
  unsigned char *o = (unsigned char *)out;
  char *val[MAX_NAMES];
  size_t len[MAX_NAMES];
  bool have[MAX_NAMES] = {false};
  size_t nlen[MAX_NAMES];
  for (int i = 0; i < k; i++) nlen[i] = strlen(names[i]);
  p = skip_ws(p, e);
  if (p >= e || *p != '{') return 0;
  p = skip_ws(p + 1, e);
  if (p < e && *p == '}') goto done;
  for (;;) {
    span key, sv;
    if (p >= e || *p != '"' || !(p = scan_string(p, e, &key, o)) || key.esc) return 0;
    p = skip_ws(p, e);
    if (p >= e || *p != ':') return 0;
    p = skip_ws(p + 1, e);
    if (p >= e) return 0;
    char *v = NULL; /* the member's value when it is a string */
    size_t vl = 0;
    if (*p == '"') {
      if (!(p = scan_string(p, e, &sv, o))) return 0;
      v = (char *)o;
      vl = sv.len;
    } else if (e - p >= 4 && memcmp(p, "null", 4) == 0) {
      p += 4;
    } else if (e - p >= 5 && memcmp(p, "false", 5) == 0) {
      p += 5;
    } else if (e - p >= 4 && memcmp(p, "true", 4) == 0) {
      p += 4;
    } else {
      return 0; /* numbers, arrays, objects: cJSON's business */
    }
    size_t kl = (size_t)(key.b - key.a);
    bool picked = false; /* (two names may pick the same member) */
    for (int i = 0; i < k; i++) {
      if (!have[i] && nlen[i] == kl && memcmp(names[i], key.a, kl) == 0) {
        have[i] = picked = true;
        val[i] = v;
        len[i] = vl;
      }
    }
    if (picked && v) o += vl + 1;
    p = skip_ws(p, e);
    if (p < e && *p == ',') {
      p = skip_ws(p + 1, e);
      continue;
    }
    if (p < e && *p == '}') break;
    return 0;
  }
done:
  if (!have[0] || !val[0]) return 0; /* the first name must be a string */
  /* (nor a NUL in what follows the object, which cJSON leaves unread) */
  if (memchr(p, 0, (size_t)(e - p))) return 0;
  for (int i = 0; i < k; i++) {
    vals[i] = have[i] ? val[i] : NULL;
    lens[i] = have[i] ? len[i] : 0;
  }
  return 1;
}
