/*
 * test_lists.c — the token lists of wt_annotate: wt_list_of (sixteen bytes
 * a step with SSE2) gives what wt_list_of_scalar gives, for every bit, on
 * byte arrays of every length up to 300 and every density of listed bytes
 * (none, a few, most, all), with the room the lists have (n + 1) and no more.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "internal.h"

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)(rng >> 16);
}

static void same_lists(void **state) {
  (void)state;
  static const unsigned per_mille[] = {0, 10, 100, 300, 500, 800, 1000};
  for (uint32_t n = 0; n <= 300; n++) {
    for (size_t d = 0; d < sizeof per_mille / sizeof *per_mille; d++) {
      for (int round = 0; round < 4; round++) {
        uint8_t *m = malloc(n + 1);
        uint32_t *a = malloc((n + 1) * sizeof *a), *b = malloc((n + 1) * sizeof *b);
        assert_non_null(m);
        assert_non_null(a);
        assert_non_null(b);
        for (uint32_t i = 0; i < n; i++) {
          m[i] = 0;
          for (int l = 0; l < 8; l++)
            if (next() % 1000 < per_mille[d]) m[i] |= (uint8_t)(1u << l);
        }
        for (int l = 0; l < 8; l++) {
          uint32_t ka = wt_list_of(m, n, 1u << l, a);
          uint32_t kb = wt_list_of_scalar(m, n, 1u << l, b);
          assert_int_equal(ka, kb);
          assert_memory_equal(a, b, ka * sizeof *a);
        }
        free(m);
        free(a);
        free(b);
      }
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(same_lists)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
