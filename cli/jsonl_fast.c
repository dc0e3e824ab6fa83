/* jsonl_fast.c — see jsonl_fast.h.  Two passes: the first checks the whole
 * line and notes where the wanted values are, without writing; only when it
 * accepts does the second decode those values in place. */
#include "jsonl_fast.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum { MAX_NAMES = 8, MAX_ESCAPES = 1024 };

typedef struct span {
  unsigned char *a, *b; /* the bytes between the quotes */
  bool esc;             /* holds a backslash escape */
  /* where its escapes are, noted by the check for the decoding:
   * escs->at[e0, e1), or e1 UINT32_MAX when they did not all fit */
  uint32_t e0, e1;
} span;

/* The escapes of a line's strings, as offsets into the line, in order. */
typedef struct escapes {
  const unsigned char *line;
  uint32_t n;
  uint32_t at[MAX_ESCAPES];
} escapes;

/* cJSON's whitespace: every byte up to the space -- but NUL, which this
 * reader declines wherever it is (the caller reports it). */
static unsigned char *skip_ws(unsigned char *p, const unsigned char *e) {
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
/* A bit for each of the sixteen bytes at p that is a '"', a '\\' or a NUL. */
static inline unsigned special16(const unsigned char *p) {
  const __m128i q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'), z = _mm_setzero_si128();
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
  return (unsigned)_mm_movemask_epi8(
      _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, bs)), _mm_cmpeq_epi8(v, z)));
}
#endif

/* The string whose opening quote is at p: returns the byte after its closing
 * quote, or NULL to decline (unterminated, a raw NUL, an escape cJSON rejects
 * or decodes to NUL, or the six bytes \u0000 anywhere, which the caller
 * reports as an error through cJSON). */
static unsigned char *scan_string(unsigned char *p, const unsigned char *e, span *sp, escapes *es) {
  p++;
  sp->a = p;
  sp->esc = false;
  sp->e0 = sp->e1 = es->n;
#ifdef __SSE2__
  /* the last block of thirty-two bytes looked at, and the bits of its bytes
   * to look at: escapes come every sixty bytes or so, in pairs ("\n\n"),
   * and the next one is often in the same block */
  const unsigned char *blk = NULL;
  unsigned bits = 0;
#endif
  for (;;) {
#ifdef __SSE2__
    if (blk && p - blk < 32) {
      unsigned m = bits & (~0u << (p - blk));
      if (m) {
        p = (unsigned char *)blk + __builtin_ctz(m);
        goto found;
      }
      p = (unsigned char *)blk + 32;
    }
    while (e - p >= 32) {
      unsigned m = special16(p) | special16(p + 16) << 16;
      if (m) {
        blk = p;
        bits = m;
        p += __builtin_ctz(m);
        goto found; /* (an escape every line or so: straight to it) */
      }
      p += 32;
    }
    if (e - p >= 16) {
      unsigned m = special16(p);
      if (m) {
        p += __builtin_ctz(m);
        goto found;
      }
      p += 16;
    }
#endif
    while (e - p >= 8) {
      uint64_t w;
      memcpy(&w, p, 8);
      if (special8(w)) break;
      p += 8;
    }
    while (p < e && *p != '"' && *p != '\\' && *p != 0) p++;
#ifdef __SSE2__
  found:
#endif
    if (p >= e || *p == 0) return NULL;
    if (*p == '"') {
      sp->b = p;
      if (sp->e1 != UINT32_MAX) sp->e1 = es->n;
      return p + 1;
    }
    sp->esc = true;
    if (es->n < MAX_ESCAPES) es->at[es->n++] = (uint32_t)(p - es->line);
    else sp->e1 = UINT32_MAX;
    if (e - p < 2) return NULL;
    unsigned c = p[1], cp, lo;
    if (c == 'n') { /* (nearly all: the paragraph breaks) */
      p += 2;
      continue;
    }
    switch (c) {
    case 'u':
      if (e - p < 6 || !hex4(p + 2, &cp) || cp == 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return NULL;
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (e - p < 12 || p[6] != '\\' || p[7] != 'u' || !hex4(p + 8, &lo) || lo < 0xDC00 || lo > 0xDFFF)
          return NULL;
        p += 12;
      } else {
        p += 6;
      }
      break;
    case '\\': /* an escaped backslash: "\u0000" may start at its second byte */
      if (e - p >= 7 && p[2] == 'u' && memcmp(p + 3, "0000", 4) == 0) return NULL;
      p += 2;
      break;
    case '"': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      p += 2;
      break;
    default:
      return NULL;
    }
  }
}

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

/* The escape at p (checked) written at *o; returns the byte after it. */
static inline unsigned char *unescape(unsigned char *p, unsigned char **o) {
  unsigned cp, lo;
  if (p[1] == 'n') { /* (nearly all: the paragraph breaks) */
    *(*o)++ = '\n';
    return p + 2;
  }
  switch (p[1]) {
  case 'b': *(*o)++ = '\b'; return p + 2;
  case 'f': *(*o)++ = '\f'; return p + 2;
  case 'n': *(*o)++ = '\n'; return p + 2;
  case 'r': *(*o)++ = '\r'; return p + 2;
  case 't': *(*o)++ = '\t'; return p + 2;
  case 'u':
    hex4(p + 2, &cp);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      hex4(p + 8, &lo);
      cp = 0x10000 + (((cp & 0x3FF) << 10) | (lo & 0x3FF));
      p += 12;
    } else {
      p += 6;
    }
    *o += put_utf8(*o, cp);
    return p;
  default: /* " \ / */
    *(*o)++ = p[1];
    return p + 2;
  }
}

/* Decodes a checked string in place (escapes only ever shrink) and
 * NUL-terminates it; returns its length. */
static size_t decode(const span *sp, const escapes *es) {
  if (!sp->esc) {
    *sp->b = 0;
    return (size_t)(sp->b - sp->a);
  }
  unsigned char *o = sp->a, *p = sp->a, *e = sp->b;
  if (sp->e1 != UINT32_MAX) {
    /* from escape to escape, as the check noted them (before the first
     * escape o is p; between the two of "\n\n" the run is empty) */
    for (uint32_t k = sp->e0; k < sp->e1; k++) {
      unsigned char *bs = (unsigned char *)es->line + es->at[k];
      size_t run = (size_t)(bs - p);
      if (o < p && run) memmove(o, p, run);
      o += run;
      p = unescape(bs, &o);
    }
  } else {
    /* (more escapes in the line than noted: each searched for) */
    unsigned char *bs;
    while (p < e && (bs = memchr(p, '\\', (size_t)(e - p))) != NULL) {
      size_t run = (size_t)(bs - p);
      if (o < p && run) memmove(o, p, run);
      o += run;
      p = unescape(bs, &o);
    }
  }
  size_t run = (size_t)(e - p); /* (the run after the last escape) */
  if (o < p && run) memmove(o, p, run);
  o += run;
  *o = 0;
  return (size_t)(o - sp->a);
}

int cli_jsonl_fast(char *line, size_t n, const char *const *names, int k, char **vals, size_t *lens) {
  if (k < 1 || k > MAX_NAMES) return 0;
  unsigned char *p = (unsigned char *)line;
  const unsigned char *e = p + n;
  span found[MAX_NAMES];
  escapes es;
  es.line = p;
  es.n = 0;
  bool have[MAX_NAMES] = {false}, str[MAX_NAMES] = {false};
  size_t nlen[MAX_NAMES];
  for (int i = 0; i < k; i++) nlen[i] = strlen(names[i]);
  p = skip_ws(p, e);
  if (p >= e || *p != '{') return 0;
  p = skip_ws(p + 1, e);
  if (p < e && *p == '}') goto done;
  for (;;) {
    span key, val = {NULL, NULL, false, 0, 0};
    bool is_str = false;
    if (p >= e || *p != '"' || !(p = scan_string(p, e, &key, &es)) || key.esc) return 0;
    p = skip_ws(p, e);
    if (p >= e || *p != ':') return 0;
    p = skip_ws(p + 1, e);
    if (p >= e) return 0;
    if (*p == '"') {
      if (!(p = scan_string(p, e, &val, &es))) return 0;
      is_str = true;
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
    for (int i = 0; i < k; i++) {
      if (!have[i] && nlen[i] == kl && memcmp(names[i], key.a, kl) == 0) {
        have[i] = true;
        str[i] = is_str;
        found[i] = val;
      }
    }
    p = skip_ws(p, e);
    if (p < e && *p == ',') {
      p = skip_ws(p + 1, e);
      continue;
    }
    if (p < e && *p == '}') break;
    return 0;
  }
done:
  if (!have[0] || !str[0]) return 0; /* the first name must be a string */
  /* (nor a NUL in what follows the object, which cJSON leaves unread) */
  if (memchr(p, 0, (size_t)(e - p))) return 0;
  for (int i = 0; i < k; i++) {
    if (have[i] && str[i]) {
      int j = 0; /* two names may pick the same member: decode it once */
      while (j < i && !(have[j] && str[j] && found[j].a == found[i].a)) j++;
      lens[i] = j < i ? lens[j] : decode(&found[i], &es);
      vals[i] = (char *)found[i].a;
    } else {
      vals[i] = NULL;
      lens[i] = 0;
    }
  }
  return 1;
}
