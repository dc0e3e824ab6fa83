/*
 * fuzz_page.h — the checks on a warta_html_extract result, shared by the
 * html and warc targets (a WARC record's payload goes through the same
 * HTML reader).
 */
#ifndef WARTA_FUZZ_PAGE_H
#define WARTA_FUZZ_PAGE_H

#include "fuzz.h"
#include "warta.h"


/* What must hold after rc = warta_html_extract(h, html, len, ctype, url, flags, pg):
 *   - rc is OK, EMPTY, SYNTAX (binary data) or LIMIT (over WARTA_MAX_PAGE_BYTES),
 *     never ARG or NOMEM; a failure has a message, a success none;
 *   - SYNTAX names a byte inside the page;
 *   - OK and EMPTY give a text: NUL-terminated at len, no NUL inside, valid
 *     UTF-8; EMPTY exactly when it is "" (and no paragraphs); otherwise
 *     `paragraphs` blocks separated by "\n\n", none of them empty;
 *   - the metadata are NULL or valid UTF-8 (the url when the given one is),
 *     published is YYYY-MM-DD, the charset is named;
 *   - a page that is valid UTF-8 read as UTF-8 needs no repairs. */
static inline void fuzz_check_page(const warta_html *h, int rc, const warta_page *pg, const char *html, size_t len,
                                   const char *url) {
  FUZZ_CHECK(rc == WARTA_OK || rc == WARTA_ERR_EMPTY || rc == WARTA_ERR_SYNTAX || rc == WARTA_ERR_LIMIT,
             "warta_html_extract returned %d (%s)", rc, warta_html_errmsg(h));
  const char *msg = warta_html_errmsg(h);
  FUZZ_CHECK(msg != NULL, "no error message");
  if (rc == WARTA_OK) FUZZ_CHECK(msg[0] == 0, "a success with the message '%s'", msg);
  else FUZZ_CHECK(msg[0] != 0, "failure %d without a message", rc);
  if (rc == WARTA_ERR_SYNTAX)
    FUZZ_CHECK(warta_html_errpos(h) >= 0 && (uint64_t)warta_html_errpos(h) < len, "SYNTAX at byte %lld of %zu",
               (long long)warta_html_errpos(h), len);
  if (rc == WARTA_ERR_LIMIT) FUZZ_CHECK(len > WARTA_MAX_PAGE_BYTES, "LIMIT for a page of %zu bytes", len);
  if (rc != WARTA_OK && rc != WARTA_ERR_EMPTY) return;
  FUZZ_CHECK(pg->text != NULL, "no text");
  FUZZ_CHECK(pg->text[pg->len] == 0, "text not NUL-terminated at its length %zu", pg->len);
  FUZZ_CHECK(strlen(pg->text) == pg->len, "a NUL inside the text at byte %zu of %zu", strlen(pg->text), pg->len);
  FUZZ_CHECK(fuzz_utf8_valid(pg->text, pg->len), "text not valid UTF-8 at byte %zu",
             fuzz_utf8_first_bad(pg->text, pg->len));
  if (rc == WARTA_ERR_EMPTY) {
    FUZZ_CHECK(pg->len == 0 && pg->paragraphs == 0, "EMPTY with %zu bytes in %u paragraphs", pg->len,
               pg->paragraphs);
  } else {
    FUZZ_CHECK(pg->len > 0, "OK with no text");
    uint32_t blocks = 1;
    const char *t = pg->text, *end = t + pg->len, *b = t;
    for (;;) {
      const char *sep = strstr(b, "\n\n");
      const char *be = sep ? sep : end;
      FUZZ_CHECK(be > b, "empty block %u at byte %zu", blocks, (size_t)(b - t));
      if (!sep) break;
      blocks++;
      b = sep + 2;
    }
    FUZZ_CHECK(blocks == pg->paragraphs, "%u blocks separated by blank lines, %u paragraphs said", blocks,
               pg->paragraphs);
  }
  const char *fields[] = {pg->title, pg->published, pg->author, pg->outlet, pg->lang, pg->charset};
  const char *names[] = {"title", "published", "author", "outlet", "lang", "charset"};
  for (int i = 0; i < 6; i++)
    FUZZ_CHECK(fuzz_opt_utf8(fields[i]), "%s not valid UTF-8", names[i]);
  if (fuzz_opt_utf8(url)) FUZZ_CHECK(fuzz_opt_utf8(pg->url), "url not valid UTF-8");
  FUZZ_CHECK(!pg->published || fuzz_ymd(pg->published), "published '%s' is not YYYY-MM-DD", pg->published);
  FUZZ_CHECK(pg->charset && pg->charset[0], "no charset");
  size_t skip = len >= 3 && !memcmp(html, "\xEF\xBB\xBF", 3) ? 3 : 0;
  if (!strcmp(pg->charset, "UTF-8") && fuzz_utf8_valid(html + skip, len - skip))
    FUZZ_CHECK(pg->repairs == 0, "%u repairs in a valid UTF-8 page", pg->repairs);
}

#endif
