/* main.c — the warta program: dispatches to a subcommand. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const struct {
  const char *name;
  cmd_fn fn;
  const char *help;
} commands[] = {
    {"extract", cmd_extract, "find quotes, speakers, sources and dates in articles; print JSON"},
    {"ingest", cmd_ingest, "extract articles into the store (SQLite, default warta.db)"},
    {"search", cmd_search, "full-text search of quotes (or articles) with filters"},
    {"speakers", cmd_speakers, "who is quoted most, with the same filters"},
    {"show", cmd_show, "one quote in context: speaker, role, cue, source chain"},
    {"trace", cmd_trace, "who ran a statement first and who copied it"},
    {"stats", cmd_stats, "what the store holds; --check verifies it"},
    {"serve", cmd_serve, "HTTP JSON API and web page over the store (libmicrohttpd)"},
    {"stem", cmd_stem, "the root of Indonesian words, as the search index sees them"},
};

static void usage(FILE *f) {
  fprintf(f,
          "warta %s — who said what, according to whom, when.\n\n"
          "usage: warta COMMAND [OPTIONS] [ARGS]\n\ncommands:\n",
          warta_version());
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].help);
  fprintf(f,
          "\n'warta COMMAND --help' describes a command.\n"
          "exit codes: 0 ok, 1 some records failed (the rest were processed),\n"
          "            2 usage error or unreadable input, 3 fatal (out of memory, write error)\n");
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return EXIT_USAGE;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
    usage(stdout);
    return EXIT_OK;
  }
  if (!strcmp(argv[1], "--version")) {
    printf("warta %s (schema %d)\n", warta_version(), WARTA_SCHEMA_VERSION);
    return EXIT_OK;
  }
  for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
    if (!strcmp(argv[1], commands[i].name)) return commands[i].fn(argc - 1, argv + 1);
  fprintf(stderr, "warta: unknown command '%s'\n\n", argv[1]);
  usage(stderr);
  return EXIT_USAGE;
}
