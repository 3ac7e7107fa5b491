#!/usr/bin/env bash
# A throwaway PostgreSQL cluster from Debian's `postgresql` package, for CI and the
# API benchmark: listens on 127.0.0.1 only, trusts local connections, keeps its data
# (and its socket and log) in DIR. Durability is off: the data is disposable.
#
#   scripts/pg-local.sh start DIR [PORT]   prints the cluster's URL
#   scripts/pg-local.sh stop DIR
set -euo pipefail

cmd=${1:?usage: pg-local.sh start|stop DIR [PORT]}
dir=${2:?usage: pg-local.sh start|stop DIR [PORT]}
port=${3:-55432}

bin=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi

# The server refuses to run as root: as root, run it as the package's postgres user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case $cmd in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
    chmod 700 "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null; fi
    ;;
  *)
    echo "usage: pg-local.sh start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
