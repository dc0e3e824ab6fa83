/*
 * warta.h — the one public header of libwarta.
 *
 * warta reads a news article and answers: who said what, according to whom,
 * when.  One document in, one result out:
 *
 *     warta_engine *eng = warta_engine_new();          // once, share freely
 *     warta_doc *doc = warta_doc_new(eng);             // one per thread
 *     if (warta_extract(doc, text, len, &meta, 0) != WARTA_OK)
 *         fprintf(stderr, "%s\n", warta_errmsg(doc));
 *     else
 *         warta_doc_write_json(doc, 0, my_writer, my_ctx);
 *     warta_doc_free(doc);
 *     warta_engine_free(eng);
 *
 * Positions.  Every span is a pair of UTF-8 byte offsets [start, end) into the
 * document's working text (warta_doc_text).  The working text is the input
 * itself unless the input had to change (invalid UTF-8 repaired, mojibake
 * repaired on request, or text that was not in Unicode NFC); then it is the
 * changed copy, warta_doc_text_changed() says so, and the JSON writer always
 * includes it as "text".
 *
 * Memory.  A warta_doc owns everything a result points to, in one arena per
 * document.  Every pointer returned by a warta_doc_* or warta_quote/entity
 * accessor stays valid until the next warta_extract on the same doc or
 * warta_doc_free.  Nothing returned needs to be freed by the caller unless a
 * function says so.
 *
 * Threads.  A warta_engine is immutable after warta_engine_new and may be used
 * by any number of threads at once.  A warta_doc must be used by one thread at
 * a time; give each thread its own.
 *
 * Errors.  Functions that can fail return an int status (WARTA_OK == 0, or a
 * warta_status code).  warta_errmsg(doc) then says what went wrong and, for an
 * input error, at which byte (also warta_errpos).  The library never aborts or
 * exits on bad input.
 */
#ifndef WARTA_H
#define WARTA_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define WARTA_API __attribute__((visibility("default")))
#else
#define WARTA_API
#endif

#define WARTA_VERSION "0.1.0"
/* The JSON output schema this library writes ("warta": 1). */
#define WARTA_SCHEMA_VERSION 1

/* Documented limits.  An input over a limit fails with WARTA_ERR_LIMIT. */
#define WARTA_MAX_DOC_BYTES (64u * 1024u * 1024u) /* one document's text */
#define WARTA_MAX_TOKENS (16u * 1024u * 1024u)    /* tokens in one document */
#define WARTA_MAX_QUOTES 65536u                   /* quotes reported per document */

/* Status codes.  0 is success; everything else is an error. */
typedef enum warta_status {
  WARTA_OK = 0,
  WARTA_ERR_NOMEM = 1,  /* an allocation failed; the doc is still usable */
  WARTA_ERR_ARG = 2,    /* a NULL or invalid argument */
  WARTA_ERR_UTF8 = 3,   /* invalid UTF-8 or a NUL byte (use WARTA_REPAIR_UTF8) */
  WARTA_ERR_LIMIT = 4,  /* a documented limit was exceeded */
  WARTA_ERR_SYNTAX = 5, /* malformed JSON, HTML, WARC, date or query */
  WARTA_ERR_IO = 6,     /* a read or write failed */
  WARTA_ERR_EMPTY = 7   /* nothing to extract from (e.g. an HTML page without text) */
} warta_status;

/* A static English name for a status code ("invalid UTF-8", ...). */
WARTA_API const char *warta_status_str(int status);
/* The library version, WARTA_VERSION. */
WARTA_API const char *warta_version(void);

/* ---------------------------------------------------------------- engine */

typedef struct warta_engine warta_engine;

/* Creates an engine with the built-in lexicons (compiled in; nothing is read
 * from disk).  Returns NULL only when memory runs out.  Free with
 * warta_engine_free after every doc made from it is freed. */
WARTA_API warta_engine *warta_engine_new(void);
WARTA_API void warta_engine_free(warta_engine *eng);

/* ------------------------------------------------------------- documents */

typedef struct warta_doc warta_doc;

/* A reusable extraction context bound to an engine.  Returns NULL when memory
 * runs out or eng is NULL.  Reuse one doc for many extractions: its arena and
 * arrays are kept between documents (and trimmed after an unusually large
 * one), so memory stays flat over a stream. */
WARTA_API warta_doc *warta_doc_new(const warta_engine *eng);
WARTA_API void warta_doc_free(warta_doc *doc);

/* Metadata given with a document.  Every field may be NULL.  Strings are
 * copied; the caller keeps ownership of meta and its strings. */
typedef struct warta_meta {
  const char *id;        /* the caller's identifier, echoed in the output */
  const char *published; /* YYYY-MM-DD (or an ISO 8601 timestamp): anchors relative dates */
  const char *title;
  const char *url;
} warta_meta;

/* Flags for warta_extract. */
enum {
  WARTA_REPAIR_UTF8 = 1u << 0,  /* replace invalid UTF-8 and NUL with U+FFFD instead of failing */
  WARTA_FIX_MOJIBAKE = 1u << 1, /* rewrite cp1252 mojibake ("â€œ" -> "“") in the working text */
  WARTA_NO_NFC = 1u << 2,       /* keep the text as given even if it is not NFC */
  WARTA_SEGMENT_ONLY = 1u << 3  /* stop after segmentation (paragraphs, sentences, tokens,
                                   dateline, boilerplate): for benchmarks and tools */
};

/* Extracts one document.  text need not be NUL-terminated; it is read, never
 * modified, and must stay alive and unchanged until the next warta_extract on
 * doc or warta_doc_free (results point into it).  Any previous result in doc
 * is discarded.
 *
 * Returns WARTA_OK, or WARTA_ERR_UTF8 (invalid byte; warta_errpos names it),
 * WARTA_ERR_LIMIT (text over WARTA_MAX_DOC_BYTES, tokens over
 * WARTA_MAX_TOKENS or quotes over WARTA_MAX_QUOTES; warta_errpos names the
 * byte where the limit was reached), WARTA_ERR_NOMEM, WARTA_ERR_ARG.  On error the doc holds
 * no result but stays usable.  Mojibake quote marks ("â€œ", "â€") are
 * recognised as quote marks whether or not WARTA_FIX_MOJIBAKE is set. */
WARTA_API int warta_extract(warta_doc *doc, const char *text, size_t len, const warta_meta *meta,
                            unsigned flags);

/* The message of the last failure on doc ("invalid UTF-8 at byte 17: ...").
 * Never NULL: "" after a success.  Valid until the next call on doc. */
WARTA_API const char *warta_errmsg(const warta_doc *doc);
/* The byte offset the last input error refers to, or -1 when none applies. */
WARTA_API int64_t warta_errpos(const warta_doc *doc);

/* ------------------------------------------------------- walking a result */

typedef struct warta_span {
  uint32_t start, end; /* UTF-8 byte offsets into the working text, [start, end) */
} warta_span;

/* The working text all spans refer to (see the top of this file). */
WARTA_API const char *warta_doc_text(const warta_doc *doc, size_t *len);
/* 1 if the working text differs from the input (repair, mojibake, NFC). */
WARTA_API int warta_doc_text_changed(const warta_doc *doc);
/* Counts of repairs made: invalid UTF-8 sequences replaced, mojibake
 * sequences rewritten.  Either pointer may be NULL. */
WARTA_API void warta_doc_repairs(const warta_doc *doc, uint32_t *utf8, uint32_t *mojibake);

/* The metadata as given (or found, for published), NULL when absent. */
WARTA_API const char *warta_doc_id(const warta_doc *doc);
WARTA_API const char *warta_doc_published(const warta_doc *doc); /* YYYY-MM-DD */
WARTA_API const char *warta_doc_title(const warta_doc *doc);
WARTA_API const char *warta_doc_url(const warta_doc *doc);

/* The article body: from its first to its last paragraph that is not
 * boilerplate.  {0,0} for a document without body text. */
WARTA_API warta_span warta_doc_body(const warta_doc *doc);

typedef struct warta_paragraph {
  warta_span span;
  int boilerplate; /* 1: "Baca juga: ...", "ADVERTISEMENT", ... left out of the body */
} warta_paragraph;
WARTA_API size_t warta_doc_paragraph_count(const warta_doc *doc);
WARTA_API const warta_paragraph *warta_doc_paragraph(const warta_doc *doc, size_t i);

WARTA_API size_t warta_doc_sentence_count(const warta_doc *doc);
/* The i-th sentence's span, {0,0} when i is out of range. */
WARTA_API warta_span warta_doc_sentence(const warta_doc *doc, size_t i);

typedef enum warta_token_kind {
  WARTA_TOK_WORD = 1,
  WARTA_TOK_NUMBER = 2, /* 2.500  1.000,5  10.30 */
  WARTA_TOK_PUNCT = 3,
  WARTA_TOK_QUOTE = 4,  /* a quote mark of any style */
  WARTA_TOK_URL = 5,
  WARTA_TOK_EMAIL = 6,
  WARTA_TOK_DATE = 7,   /* 13/4/2020 */
  WARTA_TOK_SYMBOL = 8
} warta_token_kind;

/* Quote-mark roles (token flags). */
enum { WARTA_QUOTE_OPEN = 1, WARTA_QUOTE_CLOSE = 2 };

WARTA_API size_t warta_doc_token_count(const warta_doc *doc);
/* Token i: its span, kind and, for quote marks, WARTA_QUOTE_OPEN/CLOSE bits
 * (both when context cannot tell).  Returns 0, or WARTA_ERR_ARG when i is out
 * of range. */
WARTA_API int warta_doc_token(const warta_doc *doc, size_t i, warta_span *span, int *kind,
                              int *quote_role);

typedef struct warta_dateline {
  warta_span span;   /* the whole dateline, "JAKARTA, KOMPAS —" */
  warta_span place;  /* "JAKARTA" */
  warta_span outlet; /* "KOMPAS", "ANTARA"; {0,0} when absent */
} warta_dateline;
/* The dateline, or NULL when the article has none. */
WARTA_API const warta_dateline *warta_doc_dateline(const warta_doc *doc);

typedef enum warta_quote_kind {
  WARTA_DIRECT = 1,   /* "…," kata X */
  WARTA_PARTIAL = 2,  /* a quoted phrase inside reported speech */
  WARTA_INDIRECT = 3, /* X mengatakan, … */
  WARTA_MIXED = 4     /* indirect speech with quoted words inside */
} warta_quote_kind;
/* "direct", "partial", "indirect", "mixed". */
WARTA_API const char *warta_quote_kind_str(int kind);

typedef struct warta_source {
  const char *name;  /* canonical agency or outlet name, "TASS" */
  warta_span span;   /* where it is named */
  warta_span cue;    /* "melansir", "dikutip dari"; {0,0} for a dateline */
  const char *date;  /* YYYY-MM-DD or NULL */
} warta_source;

typedef struct warta_quote {
  int kind;                /* warta_quote_kind */
  warta_span content;      /* the reported words, quote marks excluded */
  warta_span cue;          /* {0,0} when none */
  warta_span speaker;      /* the words naming the speaker; {0,0} when unknown */
  int32_t entity;          /* index into the entities, -1 when unknown */
  float confidence;        /* 0..1 */
  const warta_source *sources;
  uint32_t nsources;
} warta_quote;

WARTA_API size_t warta_doc_quote_count(const warta_doc *doc);
/* The i-th quote in text order, NULL when out of range. */
WARTA_API const warta_quote *warta_doc_quote(const warta_doc *doc, size_t i);

typedef enum warta_entity_type {
  WARTA_PER = 1,
  WARTA_ORG = 2,
  WARTA_LOC = 3,
  WARTA_MEDIA = 4
} warta_entity_type;
/* "PER", "ORG", "LOC", "MEDIA". */
WARTA_API const char *warta_entity_type_str(int type);

typedef struct warta_entity {
  int type;                       /* warta_entity_type */
  const char *name;               /* canonical name, NUL-terminated */
  const warta_span *mentions;     /* every mention, text order */
  uint32_t nmentions;
  const warta_span *roles;        /* "Kepala Bidang Humas", "Presiden" */
  uint32_t nroles;
  const warta_span *affiliations; /* "Polda Metro Jaya" */
  uint32_t naffiliations;
} warta_entity;

WARTA_API size_t warta_doc_entity_count(const warta_doc *doc);
WARTA_API const warta_entity *warta_doc_entity(const warta_doc *doc, size_t i);

typedef struct warta_date {
  warta_span span;   /* "Senin (13/4/2020)", "kemarin" */
  const char *value; /* YYYY-MM-DD, or NULL when it cannot be known */
} warta_date;

WARTA_API size_t warta_doc_date_count(const warta_doc *doc);
WARTA_API const warta_date *warta_doc_date(const warta_doc *doc, size_t i);

/* ------------------------------------------------------------ JSON output */

/* Options for the JSON writer. */
enum {
  WARTA_JSON_PRETTY = 1u << 0,    /* indented, for people; default is one line (JSONL) */
  WARTA_JSON_WITH_TEXT = 1u << 1, /* include the working text as "text" */
  WARTA_JSON_TOKENS = 1u << 2     /* include paragraphs and sentences (debugging) */
};

/* Receives output bytes; returns 0 to continue, non-zero to stop. */
typedef int (*warta_write_fn)(void *ctx, const char *buf, size_t len);

/* Writes the result as one JSON object of schema WARTA_SCHEMA_VERSION
 * (DESIGN.md), without a trailing newline.  Returns WARTA_OK, WARTA_ERR_IO
 * when write returned non-zero, WARTA_ERR_ARG without a result. */
WARTA_API int warta_doc_write_json(const warta_doc *doc, unsigned opts, warta_write_fn write,
                                   void *ctx);

/* The same into a new NUL-terminated string; *len (if not NULL) gets its
 * length.  The caller frees it with free().  NULL when memory runs out or
 * there is no result. */
WARTA_API char *warta_doc_to_json(const warta_doc *doc, unsigned opts, size_t *len);

/* Writes a JSON string literal (quotes included) for s[0..len), escaping as
 * JSON requires; invalid UTF-8 is written as U+FFFD.  For callers that build
 * JSON around warta's output.  Returns 0 or the writer's non-zero result. */
WARTA_API int warta_json_string(warta_write_fn write, void *ctx, const char *s, size_t len);

/* ---------------------------------------------------------------- ingest */
/*
 * Ingest: what crawls hold -- HTML pages and WARC archives -- turned into the
 * plain UTF-8 text warta_extract reads, plus the page's metadata.  Offsets in
 * a result of warta_extract on that text refer to the extracted text (the
 * JSON writer includes it as "text" with WARTA_JSON_WITH_TEXT).
 *
 *     warta_html *h = warta_html_new();                  // one per thread
 *     warta_page pg;
 *     if (warta_html_extract(h, html, len, NULL, NULL, 0, &pg) == WARTA_OK) {
 *       warta_meta m = {pg.url, pg.published, pg.title, pg.url};
 *       warta_extract(doc, pg.text, pg.len, &m, 0);
 *     }
 *     warta_html_free(h);
 *
 * Threads: a warta_html or warta_warc must be used by one thread at a time;
 * different handles may be used by different threads at once.
 */

/* The largest HTML page or WARC payload read (WARTA_ERR_LIMIT over it). */
#define WARTA_MAX_PAGE_BYTES (64u * 1024u * 1024u)

/* What a buffer's first bytes look like (warta_sniff). */
typedef enum warta_format {
  WARTA_FMT_UNKNOWN = 0, /* nothing to look at */
  WARTA_FMT_TEXT = 1,    /* plain text */
  WARTA_FMT_HTML = 2,    /* <!doctype html, <html, <head, <body, <meta, <title near the start */
  WARTA_FMT_WARC = 3,    /* "WARC/1." */
  WARTA_FMT_GZIP = 4,    /* gzip magic 1f 8b (a .warc.gz, or any gzipped input) */
  WARTA_FMT_JSONL = 5,   /* starts with '{' */
  WARTA_FMT_BINARY = 6   /* NUL or other control bytes in the first KiB */
} warta_format;
/* Guesses the format of a file from its first bytes (4 KiB are plenty).
 * Returns a warta_format. */
WARTA_API int warta_sniff(const char *buf, size_t len);

/* -- HTML pages */

typedef struct warta_html warta_html;

/* A reusable HTML reader; its buffers are kept between pages.  NULL when
 * memory runs out. */
WARTA_API warta_html *warta_html_new(void);
WARTA_API void warta_html_free(warta_html *h);

/* What warta_html_extract found.  Every pointer points into the reader and
 * stays valid until the next warta_html_extract on it or warta_html_free.
 * A field the page does not give is NULL (never guessed). */
typedef struct warta_page {
  const char *text;      /* the article's main text: valid UTF-8, NUL-terminated; one paragraph
                            (a <p>, list item, sub-heading, <br>-separated line) per block,
                            blocks separated by "\n\n"; "" when none was found */
  size_t len;            /* bytes in text */
  uint32_t paragraphs;   /* blocks in text */
  const char *title;     /* og:title, JSON-LD headline, the <h1>, or the <title> without the site name */
  const char *published; /* YYYY-MM-DD: JSON-LD datePublished, article:published_time and similar
                            metas, itemprop=datePublished, <time datetime> -- the date as the page
                            writes it */
  const char *author;    /* JSON-LD author, or an author meta that is not a URL or the outlet */
  const char *url;       /* <link rel=canonical>, og:url, JSON-LD url, else the url given */
  const char *outlet;    /* og:site_name, JSON-LD publisher, or the site part of the <title> */
  const char *lang;      /* <html lang> */
  const char *charset;   /* what the page was decoded from: "UTF-8", "windows-1252", ... */
  uint32_t repairs;      /* bytes not valid in that charset (or NUL), replaced by U+FFFD */
} warta_page;

/* Flags for warta_html_extract. */
enum {
  WARTA_HTML_ALL_TEXT = 1u << 0 /* all the page's text blocks, menus and footers included: no
                                   main-text selection (scripts, styles, form controls and
                                   hidden elements are still left out) */
};

/* Reads one HTML page from memory (html need not be NUL-terminated) and
 * fills *page.  content_type is the HTTP Content-Type header when there is
 * one ("text/html; charset=windows-1252"), else NULL; url is where the page
 * came from, or NULL.
 *
 * The charset comes from a byte-order mark, then content_type, then the
 * page's <meta>; without any, UTF-8 when the bytes are valid UTF-8, else
 * windows-1252.  windows-1252, ISO-8859-1 and every other charset iconv
 * knows are converted to UTF-8.  The main text leaves out navigation,
 * headers, footers, asides, scripts, styles, share bars, "Baca juga" boxes,
 * related-article lists, ads, comment sections, captions and credits.
 *
 * Returns WARTA_OK; WARTA_ERR_EMPTY when the page holds no article text
 * (page->text is "", the metadata is filled); WARTA_ERR_SYNTAX for binary
 * data (warta_html_errpos names the byte); WARTA_ERR_LIMIT for a page over
 * WARTA_MAX_PAGE_BYTES; WARTA_ERR_NOMEM; WARTA_ERR_ARG.  Broken HTML is
 * never an error: it is read the way a browser would. */
WARTA_API int warta_html_extract(warta_html *h, const char *html, size_t len, const char *content_type,
                                 const char *url, unsigned flags, warta_page *page);
/* The message of the last failure on h ("" after a success).  Valid until
 * the next call on h. */
WARTA_API const char *warta_html_errmsg(const warta_html *h);
/* The byte offset in the page the last error refers to, -1 when none. */
WARTA_API int64_t warta_html_errpos(const warta_html *h);

/* -- WARC archives */

typedef struct warta_warc warta_warc;

/* Where a WARC reader gets its bytes: fills buf with up to len bytes and
 * returns how many (> 0), 0 at the end of the input, or -1 on a read error. */
typedef long (*warta_read_fn)(void *ctx, char *buf, size_t len);

/* A streaming reader of WARC 1.0 / 1.1 records from read(ctx, ...): a plain
 * .warc or a .warc.gz (gzip members, recognised by their magic bytes; one
 * record per member as writers make them, or any other split).  Memory stays
 * flat: one record is held at a time.  NULL when memory runs out. */
WARTA_API warta_warc *warta_warc_new(warta_read_fn read, void *ctx);
/* The same over a file descriptor (not closed by warta_warc_free). */
WARTA_API warta_warc *warta_warc_new_fd(int fd);
WARTA_API void warta_warc_free(warta_warc *w);

/* One record.  Strings are NUL-terminated and, like payload, valid until the
 * next warta_warc_next on the reader or warta_warc_free; NULL when absent. */
typedef struct warta_warc_record {
  uint64_t number;          /* 1 for the first record of the input, 2 for the next, ... */
  uint64_t offset;          /* where it starts: byte offset in the file; for .warc.gz the
                               offset of the gzip member it starts in */
  const char *type;         /* WARC-Type: "response", "resource", "request", "warcinfo", ... */
  const char *uri;          /* WARC-Target-URI */
  const char *date;         /* WARC-Date as written, "2023-11-14T03:15:22Z" */
  const char *record_id;    /* WARC-Record-ID */
  int status;               /* HTTP status of a response record (200, 404, ...), 0 otherwise */
  const char *content_type; /* the payload's type: the HTTP Content-Type of a response,
                               the WARC Content-Type of a resource */
  const char *payload;      /* a response's or resource's payload: the HTTP body with chunked
                               transfer coding and gzip/deflate content coding undone; NULL for
                               other record types and for payloads over WARTA_MAX_PAGE_BYTES */
  size_t payload_len;
  uint64_t length;          /* the record's Content-Length */
  int html;                 /* 1 when the payload is an HTML page: by its content type, or
                               sniffed when the type says nothing */
} warta_warc_record;

/* Reads the next record.  Returns 1 when *rec holds one, 0 at the end of the
 * input, -1 for a bad record or a read error: warta_warc_errmsg says which
 * record and at which byte ("record 7 at byte 10234: Content-Length says
 * 5000 bytes but the next record starts after 4200"), and the next call goes
 * on with the next good record (for .warc.gz, the next gzip member that
 * starts a record).  After a read error (WARTA_ERR_IO) or WARTA_ERR_NOMEM
 * the next call returns 0. */
WARTA_API int warta_warc_next(warta_warc *w, warta_warc_record *rec);
/* The last error's message, code (a warta_status) and byte offset in the
 * file (-1 when none applies). */
WARTA_API const char *warta_warc_errmsg(const warta_warc *w);
WARTA_API int warta_warc_errcode(const warta_warc *w);
WARTA_API int64_t warta_warc_errpos(const warta_warc *w);
/* 1 when the input is gzip-compressed. */
WARTA_API int warta_warc_gzipped(const warta_warc *w);
/* Bytes read from the input so far (compressed bytes for .warc.gz). */
WARTA_API uint64_t warta_warc_bytes_read(const warta_warc *w);

#ifdef __cplusplus
}
#endif
#endif /* WARTA_H */
