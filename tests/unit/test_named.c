/*
 * test_named.c — wt_tok_is tells a named word (gen_lexicon.py's NAMED) by
 * the token's lexicon entry: for every token of a text holding the words in
 * every case, glued to a dot, a hyphen, a digit, inside longer words and as
 * abbreviations and acronyms, it says what a comparison of the bytes says.
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

/* The bytes of token i, ASCII case folded, equal to lower? */
static bool bytes_are(const warta_doc *d, uint32_t i, const char *lower) {
  const wt_token *t = wt_tok(d, i);
  size_t n = strlen(lower);
  if (t->end - t->start != n) return false;
  for (size_t k = 0; k < n; k++) {
    unsigned char c = (unsigned char)d->text[t->start + k];
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c != (unsigned char)lower[k]) return false;
  }
  return true;
}

static const char text[] =
    "Dan di Di DI dan DAN dana dan. Dan. dan-dan yang Yang YANG yang, itu Itu itu. ITU. "
    "\"Untuk\" untuk, dari Dari DARI daripada of Of OF the The THE and And AND for FOR on On "
    "bahwa Bahwa tidak Tidak seorang Seorang para Para salah Salah nama Nama hal hal. Hal. "
    "dll. dkk. (dan) [di] di2 2di ke Ke ke-2 kepada Kepada asal Asal tersebut TERSEBUT oleh Oleh "
    "pada Pada dalam Dalam ini Ini via Via tak Tak sang Sang D.A.N. d.i. Yth. a.n.\n\n"
    "Presiden Joko dan Menteri itu di Jakarta, kata dia untuk Bank of America dan The Economist.\n";

/* a token is one of these words exactly when its bytes say so */
#define CHECK(w) assert_true(wt_tok_is(d, i, w) == bytes_are(d, i, w))

static void same_answers(void **state) {
  (void)state;
  warta_engine *eng = warta_engine_new();
  warta_doc *d = warta_doc_new(eng);
  assert_non_null(d);
  assert_int_equal(warta_extract(d, text, sizeof text - 1, NULL, 0), WARTA_OK);
  uint32_t hits = 0;
  for (uint32_t i = 0; i < wt_ntok(d); i++) {
    CHECK("dan"), CHECK("di"), CHECK("yang"), CHECK("itu"), CHECK("untuk"), CHECK("dari");
    CHECK("of"), CHECK("the"), CHECK("and"), CHECK("for"), CHECK("on"), CHECK("bahwa");
    CHECK("tidak"), CHECK("seorang"), CHECK("para"), CHECK("salah"), CHECK("nama"), CHECK("ke");
    CHECK("kepada"), CHECK("asal"), CHECK("tersebut"), CHECK("oleh"), CHECK("pada"), CHECK("dalam");
    CHECK("ini"), CHECK("via"), CHECK("tak"), CHECK("sang");
    hits += wt_tok_is(d, i, "dan");
  }
  assert_int_equal(hits, 8);  /* (the test reads the text it means to) */
  /* each named word's entry is the lexicon's for it */
  assert_int_equal(wt_named_entry("dan"), wt_lex_find(&wt_builtin_lexicon, "dan", 3));
  assert_int_equal(wt_named_entry("of"), wt_lex_find(&wt_builtin_lexicon, "OF", 2));
  assert_int_equal(wt_named_entry("seorang"), wt_lex_find(&wt_builtin_lexicon, "Seorang", 7));
  assert_int_equal(wt_named_entry("dana"), LEX_NONE);
  warta_doc_free(d);
  warta_engine_free(eng);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(same_answers)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
