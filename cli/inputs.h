/*
 * inputs.h — turns the paths on a command line into a stream of records
 * (one article each) for extract and ingest.
 *
 * A path is a file, a directory (walked recursively in sorted order,
 * skipping hidden files and directories, not following symbolic links to
 * directories) or "-" for standard input.  A file is:
 *   - a plain-text article (one record),
 *   - an HTML page (one record: the main text and metadata the library's
 *     HTML reader finds),
 *   - a JSON Lines file (one record a line: {"id", "text", "published",
 *     "title", "url"}; with html_field, a record holding HTML in that field
 *     is read as a page),
 *   - a WARC archive, plain or .warc.gz (one record per HTML response or
 *     resource; other records are counted and skipped, with a summary line
 *     on standard error at the end of the file),
 *   - any of the above gzip-compressed.
 * The format comes from --input, else the name (.warc, .warc.gz, .jsonl,
 * .ndjson, .html, .htm, .txt), else the content (gzip magic, "WARC/1.",
 * "<!doctype html", "<html", "<head", "<body", '{').
 *
 * A bad record is returned as an error with where it is (file and line, or
 * file, WARC record number and byte offset) and why; the stream goes on with
 * the next one.  Memory stays flat: one line, one file or one WARC record
 * is held at a time.
 */
#ifndef WARTA_CLI_INPUTS_H
#define WARTA_CLI_INPUTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "warta.h"

typedef struct cli_inputs cli_inputs;

typedef struct cli_input_opts {
  const char *text_field; /* JSONL field with the article text, default "text" */
  const char *id_field;   /* JSONL field with the identifier, default "id" */
  const char *html_field; /* JSONL field with the article's HTML, or NULL */
  bool force_jsonl;       /* --input jsonl */
  bool force_text;        /* --input text */
  bool force_html;        /* --input html */
  bool force_warc;        /* --input warc */
  bool all_text;          /* HTML: every visible text block, no main-text selection */
} cli_input_opts;

typedef struct cli_record {
  const char *text; /* valid until the next call */
  size_t len;
  warta_meta meta;  /* strings valid until the next call */
  const char *author, *outlet; /* from an HTML page, else NULL */
  bool from_html;   /* text was extracted from HTML */
  char where[512];  /* "file.jsonl:17", "crawl.warc.gz#12", for messages */
  size_t in_bytes;  /* input bytes this record took (for progress) */
} cli_record;

/* Reads one input option at argv[*i] into *o (--input, --text-field,
 * --id-field, --html-field, --all-text), advancing *i past its value.
 * Returns 1 when it took the option, 0 when argv[*i] is not one, -1 when the
 * value is missing or unknown (the message, prefixed with cmd, is printed). */
int cli_input_opt(int argc, char **argv, int *i, cli_input_opts *o, const char *cmd);

/* NULL only when memory runs out. */
cli_inputs *cli_inputs_new(char **paths, int npaths, const cli_input_opts *opts);
/* 1: *rec holds a record.  0: no more input.  -1: a bad record or an
 * unreadable file; *msg says where and why (valid until the next call);
 * call again to go on. */
int cli_inputs_next(cli_inputs *in, cli_record *rec, const char **msg);
/* The longest JSONL line read (twice the document limit, room for JSON
 * escapes); a longer line is reported as a bad record and skipped. */
#define CLI_MAX_LINE_BYTES (2u * WARTA_MAX_DOC_BYTES)

/* Hands out the lines of a stream one at a time.  It reads the stream in
 * pieces of CLI_LINES_READ bytes and finds the line ends with memchr;
 * memory stays under the line limit plus one piece: the rest of a longer
 * line is read and dropped. */
typedef struct cli_lines {
  FILE *f;
  size_t limit;
  char *buf;           /* the bytes read: the next line starts at buf[pos], the bytes end at buf[end] */
  size_t cap, pos, end;
  int held;            /* the byte at buf[pos] that the last line's NUL took, or -1 */
  bool eof, err;       /* the stream has nothing more (err: because of a read error) */
} cli_lines;
#define CLI_LINES_READ 8192u

/* Starts reading f, lines over limit bytes cut to their first limit bytes;
 * cli_lines_free frees the memory (not f). */
void cli_lines_init(cli_lines *r, FILE *f, size_t limit);
void cli_lines_free(cli_lines *r);
/* The next line, through its '\n' (the last one may have none): *line is
 * its first limit bytes at most, NUL-terminated, writable and valid until
 * the next call.  Returns the line's full length (over limit when it was
 * cut), -1 at the end of the input or on a read error (ferror(f); a line
 * the error cut short is not handed out), -2 when memory runs out. */
ssize_t cli_read_line(cli_lines *r, char **line);
/* Parses one JSONL line (line[0..n), its newline may be included; string
 * values are decoded in place) into *rec; rec->where must already say where
 * the line is (used in messages).  Returns 1 with a record, 0 for a blank
 * line, -1 for a bad record (*msg says why).  The record's strings live in
 * line and in `in` until the next call. */
int cli_inputs_parse_jsonl(cli_inputs *in, char *line, size_t n, cli_record *rec, const char **msg);

/* Can the input hold more than one document (JSON Lines, WARC, a directory,
 * several paths)?  For choosing the default output format. */
bool cli_inputs_is_stream(const cli_inputs *in);
void cli_inputs_free(cli_inputs *in);

#endif
