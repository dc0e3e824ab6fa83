/*
 * utf8.c — the bytes before anything reads them: UTF-8 validation (an error
 * names the byte), optional repair to U+FFFD, cp1252/Latin-1 mojibake repair,
 * and NFC normalisation with utf8proc.
 *
 * The working text is the caller's buffer whenever it is already valid NFC;
 * a copy is made only when something has to change.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "alloc.h"
#include "internal.h"

int wt_utf8_seq(const unsigned char *s, size_t n, uint32_t *cp) {
  if (n == 0) return 0;
  unsigned c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c < 0xC2 || c > 0xF4) return 0; /* continuation byte, overlong lead, > U+10FFFF */
  if (c < 0xE0) {
    if (n < 2 || (s[1] & 0xC0) != 0x80) return 0;
    *cp = ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
    return 2;
  }
  if (c < 0xF0) {
    if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && s[1] < 0xA0) return 0; /* overlong */
    if (c == 0xED && s[1] >= 0xA0) return 0; /* UTF-16 surrogate */
    *cp = ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    return 3;
  }
  if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) return 0;
  if (c == 0xF0 && s[1] < 0x90) return 0; /* overlong */
  if (c == 0xF4 && s[1] >= 0x90) return 0; /* > U+10FFFF */
  *cp = ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
  return 4;
}

/* Why a sequence is invalid, for the error message. */
static const char *utf8_reason(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  if (c == 0) return "NUL byte";
  if (c >= 0x80 && c < 0xC0) return "unexpected continuation byte";
  if (c == 0xC0 || c == 0xC1) return "overlong encoding";
  if (c > 0xF4) return "byte that never appears in UTF-8";
  size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (n < need) return "sequence cut short by the end of the text";
  for (size_t i = 1; i < need; i++)
    if ((s[i] & 0xC0) != 0x80) return "sequence cut short";
  if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xF0 && s[1] < 0x90)) return "overlong encoding";
  if (c == 0xED) return "UTF-16 surrogate";
  return "code point above U+10FFFF";
}

/* The first position from i on (or len) that is not a plain ASCII byte:
 * NUL or a byte with the high bit set.  The fast path of both scans below,
 * sixty-four and sixteen bytes at a time with SSE2, else eight. */
static size_t ascii_skip(const unsigned char *s, size_t i, size_t len) {
#ifdef __SSE2__
  /* sixty-four bytes a step while they are plain (most of a text): a byte
   * of 0x80 or more raises the largest, a NUL lowers the smallest to 0 */
  while (i + 64 <= len) {
    const __m128i *p = (const __m128i *)(const void *)(s + i);
    __m128i a = _mm_loadu_si128(p), b = _mm_loadu_si128(p + 1), c = _mm_loadu_si128(p + 2), d = _mm_loadu_si128(p + 3);
    __m128i hi = _mm_max_epu8(_mm_max_epu8(a, b), _mm_max_epu8(c, d));
    __m128i lo = _mm_min_epu8(_mm_min_epu8(a, b), _mm_min_epu8(c, d));
    if (_mm_movemask_epi8(_mm_or_si128(hi, _mm_cmpeq_epi8(lo, _mm_setzero_si128())))) break;
    i += 64;
  }
  while (i + 16 <= len) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, _mm_setzero_si128()))); /* high bit or NUL */
    if (m) return i + (size_t)__builtin_ctz(m);
    i += 16;
  }
#endif
  while (i + 8 <= len) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    if ((w & 0x8080808080808080ull) || ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull)) break;
    i += 8;
  }
  while (i < len && s[i] && s[i] < 0x80) i++;
  return i;
}

size_t wt_utf8_invalid(const char *text, size_t len, const char **why) {
  const unsigned char *s = (const unsigned char *)text;
  uint32_t cp;
  for (size_t i = 0; i < len;) {
    i = ascii_skip(s, i, len);
    if (i >= len) break;
    int k = s[i] ? wt_utf8_seq(s + i, len - i, &cp) : 0;
    if (k == 0) {
      if (why) *why = utf8_reason(s + i, len - i);
      return i;
    }
    i += (size_t)k;
  }
  return (size_t)-1;
}

/* ------------------------------------------------------------ mojibake
 * UTF-8 read as cp1252 (or Latin-1) and written out again as UTF-8 turns
 * “ (E2 80 9C) into "â€œ".  Each character of such a run stands for one byte;
 * this maps a code point back to that byte, or -1. */
static int cp1252_byte(uint32_t cp) {
  if (cp >= 0x80 && cp <= 0xFF) return (int)cp; /* Latin-1 view, C1 controls included */
  switch (cp) {
  case 0x20AC: return 0x80;
  case 0x201A: return 0x82;
  case 0x0192: return 0x83;
  case 0x201E: return 0x84;
  case 0x2026: return 0x85;
  case 0x2020: return 0x86;
  case 0x2021: return 0x87;
  case 0x02C6: return 0x88;
  case 0x2030: return 0x89;
  case 0x0160: return 0x8A;
  case 0x2039: return 0x8B;
  case 0x0152: return 0x8C;
  case 0x017D: return 0x8E;
  case 0x2018: return 0x91;
  case 0x2019: return 0x92;
  case 0x201C: return 0x93;
  case 0x201D: return 0x94;
  case 0x2022: return 0x95;
  case 0x2013: return 0x96;
  case 0x2014: return 0x97;
  case 0x02DC: return 0x98;
  case 0x2122: return 0x99;
  case 0x0161: return 0x9A;
  case 0x203A: return 0x9B;
  case 0x0153: return 0x9C;
  case 0x017E: return 0x9E;
  case 0x0178: return 0x9F;
  default: return -1;
  }
}

/* Tries to read a mojibake run at s: up to four characters whose cp1252
 * bytes form one valid multi-byte UTF-8 sequence.  On success returns the
 * number of input bytes used and sets *out to the decoded code point.  A
 * sequence whose last byte was lost (0x9D and friends are undefined in
 * cp1252, so "”" often arrives as just "â€", or as "â€�") is completed when the two
 * bytes read are E2 80: the general-punctuation row, where a lost last byte
 * is almost always a closing quote. */
static int mojibake_decode(const unsigned char *s, size_t n, uint32_t *out) {
  unsigned char b[4];
  size_t used = 0;
  uint32_t cp;
  int k = wt_utf8_seq(s, n, &cp);
  if (k < 2) return 0;
  int lead = cp1252_byte(cp);
  if (lead < 0xC2 || lead > 0xF4) return 0;
  int need = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  b[0] = (unsigned char)lead;
  used = (size_t)k;
  int have = 1;
  while (have < need) {
    k = wt_utf8_seq(s + used, n - used, &cp);
    int by = k > 0 ? cp1252_byte(cp) : -1;
    if (by < 0x80 || by > 0xBF) break;
    b[have++] = (unsigned char)by;
    used += (size_t)k;
  }
  if (have == need) {
    uint32_t dec;
    if (wt_utf8_seq(b, (size_t)need, &dec) != need) return 0;
    if (dec < 0x80) return 0;
    *out = dec;
    return (int)used;
  }
  if (have == 2 && b[0] == 0xE2 && b[1] == 0x80) {
    /* the lost byte may have become U+FFFD on the way ("â€�"): it goes too */
    if (wt_utf8_seq(s + used, n - used, &cp) == 3 && cp == 0xFFFD) used += 3;
    *out = 0x201D;
    return (int)used;
  }
  return 0;
}

/* The same for text that went through the mishap twice: “ as "Ã¢â‚¬Å“".
 * Each character of the run stands for one byte of a single-layer run
 * ("â€œ"), which mojibake_decode then reads.  Returns the input bytes used. */
static int mojibake_decode2(const unsigned char *s, size_t n, uint32_t *out) {
  unsigned char b[12];
  size_t at[13];
  size_t used = 0;
  int nb = 0;
  while (nb < 12 && used < n) {
    uint32_t cp;
    int k = wt_utf8_seq(s + used, n - used, &cp);
    int by = k >= 2 ? cp1252_byte(cp) : -1; /* (a twice-broken run holds no ASCII) */
    if (by < 0) break;
    at[nb] = used;
    b[nb++] = (unsigned char)by;
    used += (size_t)k;
  }
  at[nb] = used;
  uint32_t cp;
  if (nb >= 2 && nb < 12 && b[nb - 2] == 0xE2 && b[nb - 1] == 0x80) {
    /* the first pass's ” (E2 80 9D) lost its last byte in the second, as
     * the first pass's own lost bytes do: complete it ("â€”" of "—" came
     * back as "Ã¢â‚¬â€" or "…â€\uFFFD") */
    size_t u = used;
    int k = wt_utf8_seq(s + u, n - u, &cp);
    if (k == 3 && cp == 0xFFFD) u += 3;
    b[nb] = 0x9D;
    int k2 = mojibake_decode(b, (size_t)nb + 1, &cp);
    if (k2 == nb + 1) {
      *out = cp;
      return (int)u;
    }
  }
  if (nb >= 2 && nb < 12 && b[nb - 1] == 0xC2) {
    /* the first pass kept the ” byte it could not map (9D) as U+009D; the
     * second lost it after its lead byte C2 ("Ã¢â‚¬Â" is ”) */
    b[nb] = 0x9D;
    int k2 = mojibake_decode(b, (size_t)nb + 1, &cp);
    if (k2 == nb + 1) {
      *out = cp;
      return (int)used;
    }
  }
  int k2 = mojibake_decode(b, (size_t)nb, &cp);
  if (k2 <= 0) return 0;
  *out = cp;
  return (int)at[k2];
}

/* Does s start a twice-broken run ("Ã¢")? */
static bool double_start(const unsigned char *s, size_t n) {
  return n >= 4 && s[0] == 0xC3 && s[1] == 0x83 && s[2] == 0xC2 && s[3] == 0xA2;
}

/* What a decoded mark is to the tokenizer (wt_mojibake_mark's answer). */
static int mark_kind(uint32_t cp, int k, int *open) {
  switch (cp) {
  case 0x201C: case 0x201E: case 0x2018: case 0x201A: *open = 1; return k; /* “ „ ‘ ‚ */
  case 0x201D: *open = 0; return k;                                      /* ” */
  case 0x2019: *open = -1; return k;                                     /* ’ apostrophe or closing */
  case 0x2013: case 0x2014: *open = WT_MOJIBAKE_DASH; return k;          /* – — ("JAKARTA, KOMPAS â€”") */
  default: return 0;
  }
}

static bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

int wt_mojibake_mark(const unsigned char *s, size_t n, int *open, uint32_t *mark) {
  *open = -1;
  uint32_t cp = 0, dummy;
  if (!mark) mark = &dummy;
  *mark = 0;
  if (double_start(s, n)) {
    int k = mojibake_decode2(s, n, &cp);
    *mark = cp;
    return k > 0 ? mark_kind(cp, k, open) : 0;
  }
  if (n < 2 || s[0] != 0xC3 || s[1] != 0xA2) {
    /* Â« and Â» : guillemets read as cp1252 */
    if (n >= 4 && s[0] == 0xC3 && s[1] == 0x82 && s[2] == 0xC2 && (s[3] == 0xAB || s[3] == 0xBB)) {
      *open = s[3] == 0xAB;
      return 4;
    }
    return 0;
  }
  int k = mojibake_decode(s, n, &cp);
  if (k > 0) {
    *mark = cp;
    return mark_kind(cp, k, open);
  }
  /* A lone "â" (both following bytes lost) counts only at a word edge. */
  return 2;
}

/* Rewrites mojibake runs into the characters they stand for.  Returns the
 * new length.  A lone "â" at a word edge, where a quote mark stood, becomes
 * “ or ” by context: two bytes become three, so out must hold n + n / 2
 * bytes; every other rewrite shortens the text. */
static size_t mojibake_fix(const unsigned char *s, size_t n, unsigned char *out, uint32_t *count) {
  size_t i = 0, o = 0;
  while (i < n) {
    /* a run broken twice ("Ã¢…"), else once ("â€œ", "Â«") */
    uint32_t cp;
    int k = double_start(s + i, n - i) ? mojibake_decode2(s + i, n - i, &cp) : 0;
    bool once = s[i] == 0xC3 && i + 1 < n && (s[i + 1] == 0xA2 || s[i + 1] == 0x82);
    if (k <= 0 && once) k = mojibake_decode(s + i, n - i, &cp);
    if (k > 0) {
      o += (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, out + o);
      i += (size_t)k;
      (*count)++;
      continue;
    }
    if (once) {
      if (s[i + 1] == 0xA2) {
        bool left_word = i > 0 && is_word_byte(s[i - 1]);
        bool right_word = i + 2 < n && is_word_byte(s[i + 2]);
        if (left_word != right_word) {
          o += (size_t)utf8proc_encode_char(right_word ? 0x201C : 0x201D, out + o);
          i += 2;
          (*count)++;
          continue;
        }
      }
    }
    out[o++] = s[i++];
  }
  return o;
}

/* ----------------------------------------------------------------- NFC */

/* Code points that can never change under NFC, so that ordinary news text
 * (ASCII, Latin-1 letters, curly quotes, dashes, the ellipsis) never pays for
 * a normalisation pass.  Everything else triggers the exact check. */
static bool nfc_stable(uint32_t cp) {
  return cp < 0x300 || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) ||
         cp == 0xFFFD;
}

/* --------------------------------------------------------------- main */

int wt_text_prepare(warta_doc *doc, const char *text, size_t len, unsigned flags) {
  const unsigned char *s = (const unsigned char *)text;
  doc->repairs_utf8 = doc->repairs_mojibake = 0;
  doc->text_changed = false;
  if (len > WARTA_MAX_DOC_BYTES)
    return wt_fail(doc, WARTA_ERR_LIMIT, -1, "document of %zu bytes is over the size limit of %u bytes (WARTA_MAX_DOC_BYTES)",
                   len, WARTA_MAX_DOC_BYTES);

  /* Pass 1: validate, and note whether anything may need NFC or mojibake work. */
  size_t bad = 0, first_bad = (size_t)-1;
  bool maybe_nfc = false, maybe_moji = false;
  for (size_t i = 0; i < len;) {
    i = ascii_skip(s, i, len);
    if (i >= len) break;
    unsigned char c = s[i];
    if (c && c < 0x80) {
      i++;
      continue;
    }
    /* most others in news text: curly quotes and dashes, U+2000 to U+203F
     * (E2 80 xx), valid and stable under NFC */
    if (c == 0xE2 && len - i >= 3 && s[i + 1] == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    uint32_t cp;
    int k = c ? wt_utf8_seq(s + i, len - i, &cp) : 0;
    if (k == 0) {
      if (first_bad == (size_t)-1) first_bad = i;
      if (!(flags & WARTA_REPAIR_UTF8)) {
        return wt_fail(doc, WARTA_ERR_UTF8, (int64_t)i, "invalid UTF-8 at byte %zu: %s (byte 0x%02X)", i,
                       utf8_reason(s + i, len - i), c);
      }
      bad++;
      i++;
      continue;
    }
    if (!nfc_stable(cp)) maybe_nfc = true;
    if (cp == 0xE2 || cp == 0xC2) maybe_moji = true; /* "â", "Â" */
    i += (size_t)k;
  }

  const unsigned char *cur = s;
  size_t n = len;
  if (bad) {
    /* Each invalid byte (and each NUL) becomes U+FFFD (3 bytes). */
    size_t cap = len + 2 * bad;
    unsigned char *out = wt_arena_alloc(&doc->arena, cap + 1);
    if (!out) return wt_fail(doc, WARTA_ERR_NOMEM, -1, "out of memory repairing UTF-8");
    size_t o = 0;
    for (size_t i = 0; i < len;) {
      uint32_t cp;
      int k = s[i] ? wt_utf8_seq(s + i, len - i, &cp) : 0;
      if (k == 0) {
        memcpy(out + o, "\xEF\xBF\xBD", 3);
        o += 3;
        i++;
      } else {
        memcpy(out + o, s + i, (size_t)k);
        o += (size_t)k;
        i += (size_t)k;
      }
    }
    out[o] = 0;
    cur = out;
    n = o;
    doc->repairs_utf8 = (uint32_t)bad;
    doc->text_changed = true;
  }

  if ((flags & WARTA_FIX_MOJIBAKE) && maybe_moji) {
    unsigned char *out = wt_arena_alloc(&doc->arena, n + n / 2 + 1);
    if (!out) return wt_fail(doc, WARTA_ERR_NOMEM, -1, "out of memory repairing mojibake");
    uint32_t count = 0;
    size_t o = mojibake_fix(cur, n, out, &count);
    out[o] = 0;
    if (count) {
      cur = out;
      n = o;
      doc->repairs_mojibake = count;
      doc->text_changed = true;
    }
  }

  if (maybe_nfc && !(flags & WARTA_NO_NFC)) {
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t r = utf8proc_map(cur, (utf8proc_ssize_t)n, &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (r < 0) {
      free(nfc);
      if (r == UTF8PROC_ERROR_NOMEM) return wt_fail(doc, WARTA_ERR_NOMEM, -1, "out of memory in NFC");
      return wt_fail(doc, WARTA_ERR_UTF8, -1, "NFC normalisation failed: %s", utf8proc_errmsg(r));
    }
    if ((size_t)r != n || memcmp(nfc, cur, n) != 0) {
      char *copy = wt_arena_strndup(&doc->arena, (const char *)nfc, (size_t)r);
      free(nfc);
      if (!copy) return wt_fail(doc, WARTA_ERR_NOMEM, -1, "out of memory in NFC");
      cur = (const unsigned char *)copy;
      n = (size_t)r;
      doc->text_changed = true;
    } else {
      free(nfc);
    }
  }
  doc->text = (const char *)cur;
  doc->len = (uint32_t)n;
  return WARTA_OK;
}
