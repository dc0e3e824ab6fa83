/*
 * libxml.c — libxml2, loaded the first time an HTML reader is made.
 *
 * Why not linked: libxml2 brings ICU and libstdc++ with it, and their
 * relocations and constructors cost about 2 ms of CPU at every start of a
 * process that links them (measured: an empty program linked with -lxml2
 * takes 2.5 ms, without it 0.45 ms), which is more than warta takes to read a
 * 5 KB article.  Most runs never see HTML (text, JSON Lines, the store), so
 * the library is opened with dlopen by its soname when a warta_html is made,
 * once per process, and the five functions html.c calls are taken from it.  The headers,
 * and so the types and the struct layout html.c relies on, are the ones the
 * build found (libxml2-dev), which is the same soname.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "libxml.h"

static wt_libxml api;
static const wt_libxml *loaded;
static char why[256];
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
  void *so = dlopen(WT_LIBXML_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!so) {
    snprintf(why, sizeof why, "libxml2 could not be loaded (%s); install libxml2", dlerror());
    return;
  }
  /* (a data pointer to a function pointer: POSIX guarantees dlsym's result
   * converts) */
#define TAKE(field, name)                                                                                        \
  do {                                                                                                           \
    void *f = dlsym(so, name);                                                                                   \
    if (!f) {                                                                                                    \
      snprintf(why, sizeof why, "libxml2 (%s) lacks %s", WT_LIBXML_SONAME, name);                               \
      return;                                                                                                    \
    }                                                                                                            \
    memcpy(&api.field, &f, sizeof f);                                                                            \
  } while (0)
  TAKE(init_parser, "xmlInitParser");
  TAKE(new_ctxt, "htmlNewParserCtxt");
  TAKE(free_ctxt, "htmlFreeParserCtxt");
  TAKE(read_memory, "htmlCtxtReadMemory");
  TAKE(free_doc, "xmlFreeDoc");
#undef TAKE
  api.init_parser();
  loaded = &api; /* (the library stays open for the life of the process) */
}

const wt_libxml *wt_libxml_get(const char **err) {
  pthread_once(&once, load);
  if (!loaded && err) *err = why;
  return loaded;
}
