/*
 * cmd_serve.c — `warta serve`: the HTTP API and the web page on
 * libmicrohttpd (a thread pool).  This file only moves bytes: it reads each
 * request (the raw URI through MHD's URI log callback, so that the library
 * sees the path and query string exactly as sent; the body up to the limit),
 * passes it to warta_serve_handle, and writes the answer.  Each worker takes
 * a warta_serve (one read-only store connection) from a pool for the length
 * of one request.  SIGTERM or SIGINT stops accepting connections, lets the
 * requests in progress finish (10 s at most), stops and exits 0.
 */
#define _POSIX_C_SOURCE 200809L
#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* libmicrohttpd is opened when `warta serve` starts rather than linked: it
 * brings GnuTLS and eight more libraries whose relocations and constructors
 * cost about 2 ms at every start of every warta command (an empty program
 * linked with -lmicrohttpd takes 2.1-2.7 ms, without it 0.45 ms).  The
 * declarations come from the headers the build found (libmicrohttpd-dev),
 * the functions from the same soname at run time. */
#define WT_MHD_SONAME "libmicrohttpd.so.12"
static struct {
  __typeof__(MHD_lookup_connection_value) *lookup_connection_value;
  __typeof__(MHD_create_response_from_buffer) *create_response_from_buffer;
  __typeof__(MHD_add_response_header) *add_response_header;
  __typeof__(MHD_queue_response) *queue_response;
  __typeof__(MHD_destroy_response) *destroy_response;
  __typeof__(MHD_start_daemon) *start_daemon;
  __typeof__(MHD_get_daemon_info) *get_daemon_info;
  __typeof__(MHD_quiesce_daemon) *quiesce_daemon;
  __typeof__(MHD_stop_daemon) *stop_daemon;
} mhd;

/* Fills mhd; false (with a message printed) when the library is missing. */
static bool load_mhd(void) {
  void *so = dlopen(WT_MHD_SONAME, RTLD_NOW | RTLD_LOCAL);
  if (!so) {
    cli_err("serve: libmicrohttpd could not be loaded (%s); install libmicrohttpd12", dlerror());
    return false;
  }
  struct {
    void *field;
    const char *name;
  } want[] = {
      {&mhd.lookup_connection_value, "MHD_lookup_connection_value"},
      {&mhd.create_response_from_buffer, "MHD_create_response_from_buffer"},
      {&mhd.add_response_header, "MHD_add_response_header"},
      {&mhd.queue_response, "MHD_queue_response"},
      {&mhd.destroy_response, "MHD_destroy_response"},
      {&mhd.start_daemon, "MHD_start_daemon"},
      {&mhd.get_daemon_info, "MHD_get_daemon_info"},
      {&mhd.quiesce_daemon, "MHD_quiesce_daemon"},
      {&mhd.stop_daemon, "MHD_stop_daemon"},
  };
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    void *fn = dlsym(so, want[i].name);
    if (!fn) {
      cli_err("serve: %s lacks %s", WT_MHD_SONAME, want[i].name);
      return false;
    }
    memcpy(want[i].field, &fn, sizeof fn); /* (POSIX: dlsym's result converts to a function pointer) */
  }
  return true;
}

static const char usage_text[] =
    "usage: warta serve [OPTIONS]\n"
    "\n"
    "Serves the store over HTTP: a JSON API and a web page (search with filters,\n"
    "quote and speaker pages, and a box that extracts a pasted article).\n"
    "\n"
    "options:\n"
    "  --db PATH          the store, opened read-only (default warta.db); the\n"
    "                     server starts without it and its API answers 503\n"
    "  --bind ADDR        the address to listen on (default 127.0.0.1; an IPv6\n"
    "                     address such as ::1 works too)\n"
    "  --port N           the port (default 8080; 0 picks a free one)\n"
    "  --threads N        worker threads (default: the number of processors, at least 2)\n"
    "  --log              one line per request on standard error\n"
    "  --quiet            do not print the address when listening\n"
    "  -h, --help         this help\n"
    "\n"
    "endpoints:\n"
    "  GET  /                       the web page\n"
    "  GET  /healthz                200 when the store can be read, else 503\n"
    "  GET  /api/search             quotes: q, speaker, speaker_id, source, outlet, from,\n"
    "                               to, kind, sort (date|rank), limit (<= 500), offset;\n"
    "                               documents=1 searches the articles' text instead\n"
    "  GET  /api/speakers           most quoted speakers, with the same filters\n"
    "  GET  /api/speakers/ID        one speaker: quotes per day, latest quotes\n"
    "  GET  /api/quotes/ID          one quote in context with its source chain\n"
    "  GET  /api/documents/ID       one article with its quotes' spans\n"
    "  GET  /api/trace/ID           the documents that ran the same statement\n"
    "  GET  /api/stats              what the store holds\n"
    "  POST /api/extract            an article (text/plain) -> schema-1 JSON with\n"
    "                               \"text\"; query: published, title, url, id, repair=1\n"
    "Errors are JSON: {\"error\": {\"status\": 400, \"message\": \"...\"}}.  Bodies over\n"
    "8 MiB get 413, query strings over 4 KiB 414.\n"
    "\n"
    "exit codes: 0 stopped by SIGTERM or SIGINT, 2 usage error or the address\n"
    "            cannot be used, 3 out of memory\n"
    "\n"
    "examples:\n"
    "  warta serve --db warta.db --port 8080\n"
    "  curl 'http://127.0.0.1:8080/api/search?q=harga&limit=5'\n"
    "  curl --data-binary @samples/voi-kim-putin.txt -H 'Content-Type: text/plain' \\\n"
    "       'http://127.0.0.1:8080/api/extract?published=2023-09-13'\n";

/* ------------------------------------------------------- handler pool */

typedef struct pool {
  pthread_mutex_t mu;
  warta_serve **free;
  size_t nfree, cap;
  warta_serve_config cfg;
} pool;

static warta_serve *pool_get(pool *p) {
  warta_serve *sv = NULL;
  pthread_mutex_lock(&p->mu);
  if (p->nfree) sv = p->free[--p->nfree];
  pthread_mutex_unlock(&p->mu);
  return sv ? sv : warta_serve_new(&p->cfg);
}

static void pool_put(pool *p, warta_serve *sv) {
  pthread_mutex_lock(&p->mu);
  if (p->nfree < p->cap) {
    p->free[p->nfree++] = sv;
    sv = NULL;
  }
  pthread_mutex_unlock(&p->mu);
  warta_serve_free(sv); /* more handlers than threads: should not happen */
}

/* ------------------------------------------------------------ requests */

typedef struct server {
  pool pool;
  bool log;
  atomic_long inflight;
} server;

/* a chunked body this long is not read to its end: the connection is dropped */
#define DROP_AFTER (8u * WARTA_SERVE_MAX_BODY)

typedef struct req {
  char *uri;      /* as sent: path and query string, still percent-encoded */
  char *body;
  size_t len, cap; /* bytes kept */
  size_t total;    /* bytes received (beyond the limit they are counted, not kept) */
  bool started, answered;
  double t0;
} req;

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *con) {
  server *s = cls;
  req *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->uri = strdup(uri ? uri : "");
  r->t0 = cli_now();
  atomic_fetch_add(&s->inflight, 1);
  return r;
}

static void on_completed(void *cls, struct MHD_Connection *con, void **con_cls,
                         enum MHD_RequestTerminationCode toe) {
  server *s = cls;
  req *r = *con_cls;
  if (!r) return;
  free(r->uri);
  free(r->body);
  free(r);
  *con_cls = NULL;
  atomic_fetch_sub(&s->inflight, 1);
}

static const char csp[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

static enum MHD_Result respond(server *s, struct MHD_Connection *con, req *r, const char *method) {
  static const char oom[] = "{\"error\":{\"status\":503,\"message\":\"out of memory\"}}";
  warta_serve_response rs = {503, "application/json; charset=utf-8", oom, sizeof oom - 1, NULL, "no-store"};
  warta_serve *sv = pool_get(&s->pool);
  char *uri = r->uri ? r->uri : "";
  char *q = strchr(uri, '?');
  warta_serve_request rq = {
      .method = method,
      .path = uri,
      .path_len = q ? (size_t)(q - uri) : strlen(uri),
      .query = q ? q + 1 : NULL,
      .query_len = q ? strlen(q + 1) : 0,
      .content_type = mhd.lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE),
      .body = r->body,
      .body_len = r->total,
  };
  if (rq.path_len == 0) rq.path = ""; /* "?x": no path (a 400) */
  if (sv) warta_serve_handle(sv, &rq, &rs);
  struct MHD_Response *resp = mhd.create_response_from_buffer(rs.len, (void *)rs.body, MHD_RESPMEM_MUST_COPY);
  if (sv) pool_put(&s->pool, sv);
  if (!resp) return MHD_NO;
  mhd.add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, rs.content_type);
  if (rs.cache) mhd.add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, rs.cache);
  if (rs.allow) mhd.add_response_header(resp, MHD_HTTP_HEADER_ALLOW, rs.allow);
  mhd.add_response_header(resp, "X-Content-Type-Options", "nosniff");
  mhd.add_response_header(resp, "Referrer-Policy", "no-referrer");
  if (!strncmp(rs.content_type, "text/html", 9)) mhd.add_response_header(resp, "Content-Security-Policy", csp);
  enum MHD_Result ret = mhd.queue_response(con, (unsigned)rs.status, resp);
  mhd.destroy_response(resp);
  r->answered = true;
  if (s->log) {
    fprintf(stderr, "warta: %s %.300s -> %d, %zu bytes, %.1f ms\n", method, uri, rs.status, rs.len,
            (cli_now() - r->t0) * 1e3);
  }
  return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *con, const char *url, const char *method,
                                  const char *version, const char *upload_data, size_t *upload_data_size,
                                  void **con_cls) {
  server *s = cls;
  req *r = *con_cls;
  if (!r || !r->uri) return MHD_NO; /* out of memory: drop the connection */
  if (r->answered) {
    /* a body still arriving after an early answer (413): ignore it */
    *upload_data_size = 0;
    return MHD_YES;
  }
  if (!r->started) {
    r->started = true;
    const char *cl = mhd.lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (cl) {
      errno = 0;
      char *end;
      unsigned long long n = strtoull(cl, &end, 10);
      if (errno || *end || n > WARTA_SERVE_MAX_BODY) {
        /* over the limit: a client that waits for "100 Continue", or one
         * announcing a body too big to read, gets its 413 at once (MHD then
         * closes the connection); another one is still sending, so its body
         * is read without being kept and answered at its end (below), which
         * it can then read */
        const char *expect = mhd.lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_EXPECT);
        if (expect || errno || *end || n > DROP_AFTER) {
          r->total = WARTA_SERVE_MAX_BODY + 1u;
          return respond(s, con, r, method);
        }
      }
    }
    return MHD_YES;
  }
  if (*upload_data_size) {
    size_t n = *upload_data_size;
    *upload_data_size = 0;
    if (r->total + n > WARTA_SERVE_MAX_BODY) {
      /* over the limit: read the rest without keeping it and answer 413 at
       * its end, when the client listens; drop the connection if a chunked
       * body goes on and on */
      free(r->body);
      r->body = NULL;
      r->len = r->cap = 0;
      r->total += n;
      return r->total > DROP_AFTER ? MHD_NO : MHD_YES;
    }
    if (r->len + n > r->cap) {
      size_t cap = r->cap ? r->cap : 16384;
      while (cap < r->len + n) cap *= 2;
      char *b = realloc(r->body, cap);
      if (!b) return MHD_NO;
      r->body = b;
      r->cap = cap;
    }
    memcpy(r->body + r->len, upload_data, n);
    r->len += n;
    r->total += n;
    return MHD_YES;
  }
  return respond(s, con, r, method);
}

/* ----------------------------------------------------------------- main */

int cmd_serve(int argc, char **argv) {
  const char *db = "warta.db", *bind_addr = "127.0.0.1";
  long port = 8080, threads = sysconf(_SC_NPROCESSORS_ONLN);
  bool log = false, quiet = false;
  if (threads < 2) threads = 2;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v = NULL;
    int r;
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(usage_text, stdout);
      return EXIT_OK;
    } else if ((r = cli_opt(argc, argv, &i, "--db", &v)) != 0) {
      if (r < 0) goto missing;
      db = v;
    } else if ((r = cli_opt(argc, argv, &i, "--bind", &v)) != 0) {
      if (r < 0) goto missing;
      bind_addr = v;
    } else if ((r = cli_opt(argc, argv, &i, "--port", &v)) != 0) {
      if (r < 0) goto missing;
      port = cli_parse_long(v);
      if (port < 0 || port > 65535) {
        cli_err("serve: --port wants a number from 0 to 65535");
        return EXIT_USAGE;
      }
    } else if ((r = cli_opt(argc, argv, &i, "--threads", &v)) != 0) {
      if (r < 0) goto missing;
      threads = cli_parse_long(v);
      if (threads < 1 || threads > 256) {
        cli_err("serve: --threads wants a number from 1 to 256");
        return EXIT_USAGE;
      }
    } else if (!strcmp(a, "--log")) {
      log = true;
    } else if (!strcmp(a, "--quiet") || !strcmp(a, "-q")) {
      quiet = true;
    } else {
      cli_err("serve: unknown argument '%s' (see warta serve --help)", a);
      return EXIT_USAGE;
    }
    continue;
  missing:
    cli_err("serve: %s needs a value", a);
    return EXIT_USAGE;
  }

  struct sockaddr_storage ss;
  memset(&ss, 0, sizeof ss);
  unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO | MHD_USE_ITC;
  struct sockaddr_in *in4 = (struct sockaddr_in *)&ss;
  struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
  if (inet_pton(AF_INET, bind_addr, &in4->sin_addr) == 1) {
    in4->sin_family = AF_INET;
    in4->sin_port = htons((uint16_t)port);
  } else if (inet_pton(AF_INET6, bind_addr, &in6->sin6_addr) == 1) {
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons((uint16_t)port);
    flags |= MHD_USE_IPv6;
  } else {
    cli_err("serve: --bind: '%s' is not an IPv4 or IPv6 address", bind_addr);
    return EXIT_USAGE;
  }
  if (!load_mhd()) return EXIT_FATAL;
  if (access(db, R_OK) != 0)
    cli_err("serve: no store at %s yet: the API answers 503 until one is there (warta ingest makes one)", db);

  warta_engine *eng = warta_engine_new();
  server s;
  memset(&s, 0, sizeof s);
  s.log = log;
  atomic_init(&s.inflight, 0);
  pthread_mutex_init(&s.pool.mu, NULL);
  s.pool.cfg.db = db;
  s.pool.cfg.engine = eng;
  s.pool.cap = (size_t)threads * 2;
  s.pool.free = calloc(s.pool.cap, sizeof *s.pool.free);
  if (!eng || !s.pool.free) {
    cli_err("out of memory");
    warta_engine_free(eng);
    free(s.pool.free);
    return EXIT_FATAL;
  }

  /* signals: handled by sigwait in this thread; MHD's threads inherit the mask */
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, NULL);
  signal(SIGPIPE, SIG_IGN);

  struct MHD_Daemon *d = mhd.start_daemon(
      flags, (uint16_t)port, NULL, NULL, on_request, &s, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
      MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads, MHD_OPTION_URI_LOG_CALLBACK, on_uri, &s,
      MHD_OPTION_NOTIFY_COMPLETED, on_completed, &s, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
      MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024), MHD_OPTION_LISTENING_ADDRESS_REUSE, (unsigned)1,
      MHD_OPTION_END);
  if (!d) {
    cli_err("serve: cannot listen on %s port %ld: %s", bind_addr, port, errno ? strerror(errno) : "failed");
    warta_engine_free(eng);
    free(s.pool.free);
    return EXIT_USAGE;
  }
  const union MHD_DaemonInfo *info = mhd.get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
  unsigned bound = info ? info->port : (unsigned)port;
  if (!quiet) {
    bool v6 = ss.ss_family == AF_INET6;
    fprintf(stderr, "warta: serving http://%s%s%s:%u/ (store %s, %ld threads); stop with Ctrl-C or SIGTERM\n",
            v6 ? "[" : "", bind_addr, v6 ? "]" : "", bound, db, threads);
    fflush(stderr);
  }

  int sig = 0;
  while (sigwait(&set, &sig) != 0) {
  }
  if (!quiet) cli_err("serve: %s: finishing the requests in progress", sig == SIGTERM ? "SIGTERM" : "SIGINT");
  /* stop accepting; give requests in progress up to 10 s */
  MHD_socket ls = mhd.quiesce_daemon(d);
  double deadline = cli_now() + 10.0;
  while (atomic_load(&s.inflight) > 0 && cli_now() < deadline) {
    struct timespec ts = {0, 20 * 1000 * 1000};
    nanosleep(&ts, NULL);
  }
  mhd.stop_daemon(d);
  if (ls != MHD_INVALID_SOCKET) close(ls);
  for (size_t i = 0; i < s.pool.nfree; i++) warta_serve_free(s.pool.free[i]);
  free(s.pool.free);
  pthread_mutex_destroy(&s.pool.mu);
  warta_engine_free(eng);
  if (!quiet) cli_err("serve: stopped");
  return EXIT_OK;
}
