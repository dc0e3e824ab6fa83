/*
 * jsonl_fast.h — the common JSON Lines record read without building a cJSON
 * tree: a flat object whose values are strings, true, false or null.
 *
 * It accepts a line only when cJSON would read the same values from it, and
 * declines everything else (numbers, nested values, invalid JSON, escapes in
 * keys, "\u0000" anywhere, raw NUL bytes anywhere, \u escapes cJSON would
 * reject or turn into NUL), so the caller falls back to cJSON, which then
 * gives its usual values and error messages.  Declining never changes the
 * line.
 */
#ifndef WARTA_CLI_JSONL_FAST_H
#define WARTA_CLI_JSONL_FAST_H

#include <stddef.h>

/* Reads line[0..n) (the record with its leading blanks and trailing line end
 * removed), which it never changes.  On success returns 1 and, for each of
 * the k names, sets vals[i] to the decoded string value of the first member
 * with that name (decoded into out, which has room for n + 1 bytes, and
 * NUL-terminated; lens[i] its length), or NULL when the member is absent,
 * null, true or false.  Returns 0 when it declines. */
int cli_jsonl_fast(const char *line, size_t n, const char *const *names, int k, char *out, char **vals,
                   size_t *lens);

#endif
