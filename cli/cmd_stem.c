/* cmd_stem.c — `warta stem`: the roots the store indexes words by. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
    "usage: warta stem [WORD...]\n"
    "\n"
    "Prints each word and its root as the store's full-text index sees it: folded\n"
    "(lower case, no diacritics) and with Indonesian affixes removed\n"
    "(mengatakan -> kata, pertanyaan -> tanya, kata-kata -> kata).  Without WORD,\n"
    "reads words from standard input, one line each.\n"
    "\n"
    "exit codes: 0 ok, 2 usage error\n"
    "example:\n"
    "  warta stem mengatakan dikatakannya memperbaiki\n";

static void stem_one(const char *w, size_t n) {
  char root[256];
  size_t m = warta_stem(w, n, root, sizeof root);
  printf("%.*s\t%s%s\n", (int)n, w, root, m >= sizeof root ? "…" : "");
}

int cmd_stem(int argc, char **argv) {
  int nwords = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
      fputs(usage_text, stdout);
      return EXIT_OK;
    }
    if (argv[i][0] == '-' && argv[i][1] && strcmp(argv[i], "--")) {
      cli_err("stem: unknown option '%s' (see warta stem --help)", argv[i]);
      return EXIT_USAGE;
    }
  }
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--")) continue;
    stem_one(argv[i], strlen(argv[i]));
    nwords++;
  }
  if (!nwords) {
    char line[4096];
    while (fgets(line, sizeof line, stdin)) {
      size_t n = strcspn(line, "\r\n");
      if (n) stem_one(line, n);
    }
  }
  return fflush(stdout) == 0 ? EXIT_OK : EXIT_FATAL;
}
