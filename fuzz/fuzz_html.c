/*
 * fuzz_html.c — bytes -> warta_html_extract -> warta_extract.
 *
 * Input layout (seeds: fuzz/seeds.sh; regressions: tests/regress/html/):
 *   byte 0        control bits
 *                   0x01 WARTA_HTML_ALL_TEXT
 *                   0x02 a Content-Type line follows ("text/html; charset=...")
 *                   0x04 a URL line follows
 *                   0x08 extract the text with WARTA_SEGMENT_ONLY (faster) rather
 *                        than the whole pipeline
 *                   0x10 read the page the second time with WARTA_HTML_NO_TRIM
 *   [content type] with 0x02: up to '\n' (a NUL in it ends the C string early)
 *   [url]          with 0x04: up to '\n'
 *   the rest       the page, in an exact-size buffer (not NUL-terminated)
 *
 * What must hold, else abort (fuzz_page.h has the page checks):
 *   - the result checks of fuzz_check_page: status, message, text valid
 *     UTF-8 in `paragraphs` non-empty blocks, metadata valid UTF-8,
 *     published YYYY-MM-DD, no repairs of a valid UTF-8 page;
 *   - the same reader gives the same result for the same page again (its
 *     buffers are reused between pages: the previous input was another page),
 *     and so does a read with WARTA_HTML_NO_TRIM (the trim pass empties only
 *     subtrees the parse would drop: it must never change the result);
 *   - the text and metadata are accepted by warta_extract as they are (the
 *     way `warta ingest` passes them): WARTA_OK, never a syntax error on the
 *     published date the HTML reader chose.
 */
#include "fuzz.h"
#include "fuzz_page.h"
#include "warta.h"

static warta_engine *eng;
static warta_doc *doc;
static warta_html *reader;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  eng = warta_engine_new();
  doc = eng ? warta_doc_new(eng) : NULL;
  reader = warta_html_new();
  if (!eng || !doc || !reader) abort();
  return 0;
}

static bool same_str(const char *a, const char *b) { return (!a && !b) || (a && b && !strcmp(a, b)); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!eng) LLVMFuzzerInitialize(NULL, NULL);
  if (size == 0) return 0;
  unsigned ctl = data[0];
  const uint8_t *p = data + 1;
  size_t n = size - 1;
  char *ctype = (ctl & 0x02) ? fuzz_take_line(&p, &n, NULL) : NULL;
  char *url = (ctl & 0x04) ? fuzz_take_line(&p, &n, NULL) : NULL;
  char *html = malloc(n ? n : 1);
  if (!html) abort();
  memcpy(html, p, n);
  unsigned flags = (ctl & 0x01) ? WARTA_HTML_ALL_TEXT : 0;

  warta_page pg;
  int rc = warta_html_extract(reader, html, n, ctype, url, flags, &pg);
  fuzz_check_page(reader, rc, &pg, html, n, url);

  if (rc == WARTA_OK || rc == WARTA_ERR_EMPTY) {
    /* keep this result, read the page again: the same */
    char *text = malloc(pg.len + 1);
    if (!text) abort();
    memcpy(text, pg.text, pg.len + 1);
    size_t len = pg.len;
    uint32_t paras = pg.paragraphs, repairs = pg.repairs;
    char *title = fuzz_dup(pg.title), *pub = fuzz_dup(pg.published), *author = fuzz_dup(pg.author);
    char *purl = fuzz_dup(pg.url), *outlet = fuzz_dup(pg.outlet), *lang = fuzz_dup(pg.lang);
    char *cs = fuzz_dup(pg.charset);
    warta_page again;
    unsigned flags2 = flags | ((ctl & 0x10) ? WARTA_HTML_NO_TRIM : 0);
    int rc2 = warta_html_extract(reader, html, n, ctype, url, flags2, &again);
    FUZZ_CHECK(rc2 == rc, "the same page gave %d, then %d", rc, rc2);
    FUZZ_CHECK(again.len == len && !memcmp(again.text, text, len), "the same page gave another text (%zu, %zu bytes)",
               len, again.len);
    FUZZ_CHECK(again.paragraphs == paras && again.repairs == repairs, "paragraphs %u/%u, repairs %u/%u", paras,
               again.paragraphs, repairs, again.repairs);
    FUZZ_CHECK(same_str(title, again.title) && same_str(pub, again.published) && same_str(author, again.author) &&
                   same_str(purl, again.url) && same_str(outlet, again.outlet) && same_str(lang, again.lang) &&
                   same_str(cs, again.charset),
               "the same page gave other metadata");
    free(text);
    free(title);
    free(pub);
    free(author);
    free(purl);
    free(outlet);
    free(lang);
    free(cs);

    if (rc == WARTA_OK) {
      warta_meta m = {again.url, again.published, again.title, again.url};
      unsigned xf = (ctl & 0x08) ? WARTA_SEGMENT_ONLY : 0;
      int xr = warta_extract(doc, again.text, again.len, &m, xf);
      FUZZ_CHECK(xr == WARTA_OK, "warta_extract refused the page's text and metadata: %d %s", xr,
                 warta_errmsg(doc));
      FUZZ_CHECK(same_str(warta_doc_published(doc), again.published), "published '%s' became '%s'",
                 again.published ? again.published : "(null)",
                 warta_doc_published(doc) ? warta_doc_published(doc) : "(null)");
    }
  }
  free(html);
  free(ctype);
  free(url);
  return 0;
}
