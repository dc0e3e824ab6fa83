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
