#!/usr/bin/env python3
"""serve.py ROOT PORTFILE -- a small HTTP server for the WARC tests.

Serves the files under ROOT on 127.0.0.1 at a free port (written to
PORTFILE), HTTP/1.1, plus two routes that real servers produce and a WARC
reader must undo:
  /chunked/NAME   the file NAME with Transfer-Encoding: chunked
  /gzip/NAME      the file NAME with Content-Encoding: gzip
"""
import gzip
import http.server
import os
import socketserver
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def do_GET(self):
        for prefix in ('/chunked/', '/gzip/'):
            if self.path.startswith(prefix):
                name = os.path.basename(self.path[len(prefix):])
                try:
                    data = open(name, 'rb').read()
                except OSError:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header('Content-Type', 'text/html; charset=utf-8')
                if prefix == '/chunked/':
                    self.send_header('Transfer-Encoding', 'chunked')
                    self.end_headers()
                    for i in range(0, len(data), 1500):
                        c = data[i:i + 1500]
                        self.wfile.write(b'%x\r\n' % len(c) + c + b'\r\n')
                    self.wfile.write(b'0\r\n\r\n')
                else:
                    z = gzip.compress(data)
                    self.send_header('Content-Encoding', 'gzip')
                    self.send_header('Content-Length', str(len(z)))
                    self.end_headers()
                    self.wfile.write(z)
                return
        super().do_GET()

    def log_message(self, *args):
        pass


def main():
    os.chdir(sys.argv[1])
    socketserver.TCPServer.allow_reuse_address = True
    with socketserver.TCPServer(('127.0.0.1', 0), Handler) as srv:
        tmp = sys.argv[2] + '.tmp'
        with open(tmp, 'w') as f:
            f.write(str(srv.server_address[1]))
        os.rename(tmp, sys.argv[2])
        srv.serve_forever()


if __name__ == '__main__':
    main()
