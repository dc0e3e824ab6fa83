/* sha256.c — SHA-256 (FIPS 180-4) for the store's document content hashes.
 *
 * On x86-64 processors with the SHA extensions (checked once with cpuid)
 * the blocks go through them: about 5 times faster than the portable code,
 * which runs everywhere else; both give the same digest (tests/store). */
#include <pthread.h>
#include <string.h>

#include "store_int.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define WT_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

typedef struct sha {
  bool ni; /* through the SHA extensions */
  uint32_t h[8];
  uint8_t buf[64];
  size_t nbuf;
  uint64_t total;
} sha;

static uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static void block(sha *s, const uint8_t *p) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++)
    w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4], f = s->h[5], g = s->h[6],
           h = s->h[7];
  for (int i = 0; i < 64; i++) {
    uint32_t S1 = ror(e, 6) ^ ror(e, 11) ^ ror(e, 25);
    uint32_t ch = (e & f) ^ (~e & g);
    uint32_t t1 = h + S1 + ch + K[i] + w[i];
    uint32_t S0 = ror(a, 2) ^ ror(a, 13) ^ ror(a, 22);
    uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
    uint32_t t2 = S0 + maj;
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  s->h[0] += a;
  s->h[1] += b;
  s->h[2] += c;
  s->h[3] += d;
  s->h[4] += e;
  s->h[5] += f;
  s->h[6] += g;
  s->h[7] += h;
}

#ifdef WT_SHA_NI
/* n blocks at p through the SHA extensions.  The state is kept as the
 * instructions want it: ABEF and CDGH. */
__attribute__((target("sha,sse4.1,ssse3"))) static void blocks_ni(uint32_t h[8], const uint8_t *p, size_t n) {
  const __m128i swap = _mm_set_epi64x(0x0c0d0e0f08090a0bll, 0x0405060700010203ll);
  __m128i t = _mm_loadu_si128((const __m128i *)&h[0]);
  __m128i s1 = _mm_loadu_si128((const __m128i *)&h[4]);
  t = _mm_shuffle_epi32(t, 0xB1);           /* CDAB */
  s1 = _mm_shuffle_epi32(s1, 0x1B);         /* EFGH */
  __m128i s0 = _mm_alignr_epi8(t, s1, 8);   /* ABEF */
  s1 = _mm_blend_epi16(s1, t, 0xF0);        /* CDGH */
  for (; n > 0; n--, p += 64) {
    __m128i abef = s0, cdgh = s1;
    __m128i x[4];
    for (int i = 0; i < 4; i++) x[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * i)), swap);
    for (int i = 0; i < 16; i++) {
      __m128i m = _mm_add_epi32(x[i & 3], _mm_loadu_si128((const __m128i *)&K[4 * i]));
      s1 = _mm_sha256rnds2_epu32(s1, s0, m);
      m = _mm_shuffle_epi32(m, 0x0E);
      s0 = _mm_sha256rnds2_epu32(s0, s1, m);
      if (i >= 3 && i < 15) {
        /* words 4(i+1) .. 4(i+1)+3 of the schedule, over the oldest group */
        __m128i w = _mm_sha256msg1_epu32(x[(i + 1) & 3], x[(i + 2) & 3]);
        w = _mm_add_epi32(w, _mm_alignr_epi8(x[i & 3], x[(i + 3) & 3], 4));
        x[(i + 1) & 3] = _mm_sha256msg2_epu32(w, x[i & 3]);
      }
    }
    s0 = _mm_add_epi32(s0, abef);
    s1 = _mm_add_epi32(s1, cdgh);
  }
  t = _mm_shuffle_epi32(s0, 0x1B);          /* FEBA */
  s1 = _mm_shuffle_epi32(s1, 0xB1);         /* DCHG */
  s0 = _mm_blend_epi16(t, s1, 0xF0);        /* DCBA */
  s1 = _mm_alignr_epi8(s1, t, 8);           /* HGFE */
  _mm_storeu_si128((__m128i *)&h[0], s0);
  _mm_storeu_si128((__m128i *)&h[4], s1);
}

static bool have_ni;
static pthread_once_t ni_once = PTHREAD_ONCE_INIT;

static void ni_check(void) {
  unsigned a, b, c, d;
  if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3)) return;
  if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return;
  have_ni = (b & (1u << 29)) != 0; /* SHA */
}
#endif

/* n whole blocks at p. */
static void blocks(sha *s, const uint8_t *p, size_t n) {
#ifdef WT_SHA_NI
  if (s->ni) {
    blocks_ni(s->h, p, n);
    return;
  }
#endif
  for (; n > 0; n--, p += 64) block(s, p);
}

static void update(sha *s, const uint8_t *p, size_t n) {
  s->total += n;
  if (s->nbuf) {
    size_t k = 64 - s->nbuf < n ? 64 - s->nbuf : n;
    memcpy(s->buf + s->nbuf, p, k);
    s->nbuf += k;
    p += k;
    n -= k;
    if (s->nbuf < 64) return;
    blocks(s, s->buf, 1);
    s->nbuf = 0;
  }
  blocks(s, p, n / 64);
  p += n / 64 * 64;
  n %= 64;
  memcpy(s->buf, p, n);
  s->nbuf = n;
}

static void digest(const void *const *parts, const size_t *lens, int nparts, uint8_t out[32], bool ni) {
  sha s = {ni,
           {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19},
           {0},
           0,
           0};
  for (int i = 0; i < nparts; i++)
    if (lens[i]) update(&s, parts[i], lens[i]);
  uint64_t bits = s.total * 8;
  uint8_t pad[72] = {0x80};
  size_t padn = (s.nbuf < 56 ? 56 : 120) - s.nbuf;
  for (int i = 0; i < 8; i++) pad[padn + i] = (uint8_t)(bits >> (56 - 8 * i));
  update(&s, pad, padn + 8);
  for (int i = 0; i < 8; i++) {
    out[4 * i] = (uint8_t)(s.h[i] >> 24);
    out[4 * i + 1] = (uint8_t)(s.h[i] >> 16);
    out[4 * i + 2] = (uint8_t)(s.h[i] >> 8);
    out[4 * i + 3] = (uint8_t)s.h[i];
  }
}

void wt_sha256(const void *const *parts, const size_t *lens, int nparts, uint8_t out[32]) {
#ifdef WT_SHA_NI
  pthread_once(&ni_once, ni_check);
  digest(parts, lens, nparts, out, have_ni);
#else
  digest(parts, lens, nparts, out, false);
#endif
}

void wt_sha256_portable(const void *const *parts, const size_t *lens, int nparts, uint8_t out[32]) {
  digest(parts, lens, nparts, out, false);
}
