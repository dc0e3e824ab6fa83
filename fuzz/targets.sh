# Sourced by fuzz/run.sh and fuzz/campaign.sh: what each target is run with.

# fuzz_max_len TARGET: the -max_len that suits it.  extract runs the whole
# pipeline (about 120 inputs a second at 64 KiB, 300 at 8 KiB); html and warc
# want whole pages; a query or a request is short, but serve needs room for
# the 2048-byte path and 4096-byte query string limits; an ingest line of
# extraction output is about 8 KiB for a 2 KiB article.
fuzz_max_len() {
  case $1 in
    extract | jsonl) echo 8192 ;;
    query) echo 2048 ;;
    serve | ingest) echo 16384 ;;
    *) echo 65536 ;;
  esac
}

# fuzz_dict TARGET OUT: writes the target's dictionary to OUT: fuzz/warta.dict,
# the dictionaries fuzz/TARGET.dict names in "# include: X.dict" lines, and
# fuzz/TARGET.dict itself.
fuzz_dict() {
  cat fuzz/warta.dict >"$2"
  if [ -f "fuzz/$1.dict" ]; then
    for inc in $(sed -n 's/^# include: //p' "fuzz/$1.dict"); do cat "fuzz/$inc" >>"$2"; done
    cat "fuzz/$1.dict" >>"$2"
  fi
}
