#!/usr/bin/env node
// The benchmark peer: compromise's .quotations() over the same JSONL corpus
// warta reads (one article a line, {"id", "text", ...}).
//
//   node bench/peer.js CORPUS.jsonl
//
// Prints one JSON line: bytes of article text, records, quotations found, and
// seconds spent in compromise (module loading and file reading excluded, which
// favours the peer; bench/run.sh also times the whole process).
'use strict';
const fs = require('fs');
const readline = require('readline');
const nlp = require('compromise');

async function main() {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write('usage: node bench/peer.js CORPUS.jsonl\n');
    process.exit(2);
  }
  const rl = readline.createInterface({ input: fs.createReadStream(path), crlfDelay: Infinity });
  let records = 0, quotes = 0, bytes = 0, ns = 0n;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const text = JSON.parse(line).text || '';
    bytes += Buffer.byteLength(text);
    const t0 = process.hrtime.bigint();
    quotes += nlp(text).quotations().length;
    ns += process.hrtime.bigint() - t0;
    records++;
  }
  const seconds = Number(ns) / 1e9;
  process.stdout.write(JSON.stringify({ tool: 'compromise', version: nlp.version, records, bytes, quotes, seconds }) + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
