/*
 * replay.c — runs a fuzz target without libFuzzer, for the regression suite
 * (ctest fuzz_regressions) and for reproducing a crash with any compiler:
 *
 *     replay_<target> FILE|DIR...
 *
 * Each file (a directory: each regular file in it, in name order) is read
 * whole and given once to the target's LLVMFuzzerTestOneInput.  A violated
 * invariant aborts; under ASan a memory error stops the run with its report.
 * Exit status 0 when every input ran, 2 when an input could not be read.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

/* libFuzzer calls this once before the first input when a target defines it. */
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    return 2;
  }
  size_t cap = 4096, n = 0;
  unsigned char *buf = malloc(cap);
  for (;;) {
    if (!buf) {
      fprintf(stderr, "%s: out of memory\n", path);
      fclose(f);
      return 2;
    }
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) break;
    cap *= 2;
    unsigned char *nb = realloc(buf, cap);
    if (!nb) free(buf);
    buf = nb;
  }
  int err = ferror(f);
  fclose(f);
  if (err) {
    fprintf(stderr, "%s: read error\n", path);
    free(buf);
    return 2;
  }
  /* an exact-size copy, so that ASan sees a read past the input's end */
  unsigned char *data = malloc(n ? n : 1);
  if (!data) {
    free(buf);
    return 2;
  }
  memcpy(data, buf, n);
  free(buf);
  fprintf(stderr, "replay %s (%zu bytes)\n", path, n);
  LLVMFuzzerTestOneInput(data, n);
  free(data);
  return 0;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int run_dir(const char *dir, int *count) {
  DIR *d = opendir(dir);
  if (!d) {
    perror(dir);
    return 2;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 64;
      char **nn = realloc(names, cap * sizeof *names);
      if (!nn) break;
      names = nn;
    }
    names[n++] = strdup(e->d_name);
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, by_name);
  int status = 0;
  for (size_t i = 0; i < n; i++) {
    char path[4096];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
      int r = run_file(path);
      if (r) status = r;
      else (*count)++;
    }
    free(names[i]);
  }
  free(names);
  return status;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
    return 2;
  }
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  int status = 0, count = 0;
  for (int i = 1; i < argc; i++) {
    struct stat st;
    int r;
    if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
      r = run_dir(argv[i], &count);
    } else {
      r = run_file(argv[i]);
      if (!r) count++;
    }
    if (r) status = r;
  }
  fprintf(stderr, "replayed %d input%s\n", count, count == 1 ? "" : "s");
  return status;
}
