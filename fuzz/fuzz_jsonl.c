/*
 * fuzz_jsonl.c — bytes as a JSON Lines stream, read the way `warta extract`
 * reads one: cli_read_line (with a small line limit, so that the over-limit
 * path is reached) -> cli_inputs_parse_jsonl (the fast flat-record reader,
 * else cJSON) -> warta_extract -> JSON.
 *
 * What must hold, else abort:
 *   - the lines read add up to the input, and each holds exactly its bytes
 *     (only the first LIMIT of a longer line);
 *   - a blank line gives no record, a bad record a message that names its
 *     line, a good one a NUL-free text of the length it says, and never from
 *     a line holding a NUL byte (the text would have been cut short);
 *   - warta_extract succeeds or fails with a message; a result writes JSON
 *     that parses.
 */
#define _GNU_SOURCE
#include <cjson/cJSON.h>

#include "fuzz.h"
#include "inputs.h"
#include "warta.h"

enum { LIMIT = 8192 };

static warta_engine *eng;

static bool blank(const char *s, size_t n) {
  size_t i = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0; /* a byte-order mark is skipped */
  for (; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') return false;
  return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  if (!eng) {
    eng = warta_engine_new();
    FUZZ_CHECK(eng != NULL, "warta_engine_new");
  }
  char *copy = malloc(size);
  FUZZ_CHECK(copy != NULL, "malloc");
  memcpy(copy, data, size);
  FILE *f = fmemopen(copy, size, "r");
  FUZZ_CHECK(f != NULL, "fmemopen");
  cli_input_opts opts = {0};
  cli_inputs *in = cli_inputs_new(NULL, 0, &opts);
  warta_doc *doc = warta_doc_new(eng);
  FUZZ_CHECK(in && doc, "out of memory");

  cli_lines lines = {0};
  cli_lines_init(&lines, f, LIMIT);
  char *buf;
  size_t off = 0;
  unsigned long line = 0;
  for (;;) {
    ssize_t n = cli_read_line(&lines, &buf);
    FUZZ_CHECK(n != -2, "cli_read_line out of memory");
    if (n < 0) break;
    line++;
    FUZZ_CHECK(off + (size_t)n <= size, "line %lu runs past the input", line);
    size_t kept = (size_t)n < LIMIT ? (size_t)n : LIMIT;
    FUZZ_CHECK(memcmp(buf, data + off, kept) == 0 && buf[kept] == 0, "line %lu bytes differ", line);
    FUZZ_CHECK(lines.cap <= LIMIT + CLI_LINES_READ + 1, "line buffer grew to %zu", lines.cap);
    off += (size_t)n;
    FUZZ_CHECK(off == size || data[off - 1] == '\n', "line %lu ends without a newline", line);
    if ((size_t)n > LIMIT) continue; /* the CLI reports it and goes on */

    cli_record rec;
    memset(&rec, 0, sizeof rec);
    snprintf(rec.where, sizeof rec.where, "fuzz:%lu", line);
    const char *msg = NULL;
    bool had_nul = memchr(buf, 0, (size_t)n) != NULL; /* parsing decodes strings in place */
    bool was_blank = blank(buf, (size_t)n);
    int r = cli_inputs_parse_jsonl(in, buf, (size_t)n, &rec, &msg);
    if (r == 0) {
      FUZZ_CHECK(was_blank, "line %lu skipped as blank", line);
      continue;
    }
    if (r < 0) {
      FUZZ_CHECK(msg && strncmp(msg, rec.where, strlen(rec.where)) == 0, "line %lu: message '%s'", line,
                 msg ? msg : "(null)");
      continue;
    }
    FUZZ_CHECK(r == 1 && rec.text && strlen(rec.text) == rec.len, "line %lu: record", line);
    /* a NUL byte would cut the text short without a word */
    FUZZ_CHECK(!had_nul, "line %lu: record from a line holding a NUL byte", line);
    unsigned flags = (line & 1) ? WARTA_REPAIR_UTF8 : 0;
    int rc = warta_extract(doc, rec.text, rec.len, &rec.meta, flags);
    if (rc != WARTA_OK) {
      FUZZ_CHECK(warta_errmsg(doc)[0], "line %lu: status %d without a message", line, rc);
      FUZZ_CHECK(rc == WARTA_ERR_UTF8 || rc == WARTA_ERR_SYNTAX, "line %lu: status %d: %s", line, rc,
                 warta_errmsg(doc));
      continue;
    }
    size_t jn = 0;
    char *json = warta_doc_to_json(doc, WARTA_JSON_WITH_TEXT, &jn);
    FUZZ_CHECK(json != NULL, "line %lu: no JSON", line);
    cJSON *j = cJSON_ParseWithLength(json, jn);
    FUZZ_CHECK(cJSON_IsObject(j), "line %lu: JSON output does not parse", line);
    cJSON_Delete(j);
    free(json);
  }
  FUZZ_CHECK(off == size, "lines add up to %zu of %zu bytes", off, size);
  cli_lines_free(&lines);
  fclose(f);
  cli_inputs_free(in);
  warta_doc_free(doc);
  free(copy);
  return 0;
}
