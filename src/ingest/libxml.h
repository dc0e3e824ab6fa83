/*
 * libxml.h — the few libxml2 functions html.c calls, taken from the library
 * at run time (libxml.c says why it is not linked).
 */
#ifndef WARTA_LIBXML_H
#define WARTA_LIBXML_H

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include "ingest.h"

/* libxml2's soname on every Debian and most other systems since 2.x */
#define WT_LIBXML_SONAME "libxml2.so.2"

typedef struct wt_libxml {
  __typeof__(xmlInitParser) *init_parser;
  __typeof__(htmlNewParserCtxt) *new_ctxt;
  __typeof__(htmlFreeParserCtxt) *free_ctxt;
  __typeof__(htmlCtxtReadMemory) *read_memory;
  __typeof__(xmlFreeDoc) *free_doc;
} wt_libxml;

/* The functions, loaded and libxml2 initialised on the first call (thread
 * safe: once per process).  NULL when the library cannot be loaded; then
 * *err (when err is not NULL) is set to a static message saying why. */
WT_HIDDEN const wt_libxml *wt_libxml_get(const char **err);

#endif
