#!/usr/bin/env bash
# A private PostgreSQL + PostGIS cluster for the scale benchmark (same recipe as ./hotspots, own folder and port).
#   bench/scale-cluster.sh start DIR   prints the connection string
#   bench/scale-cluster.sh stop DIR
set -euo pipefail
pg_bin=/usr/lib/postgresql/15/bin
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
dir=$2
case "$1" in
  start)
    mkdir -p "$dir"; chmod 755 "$dir"
    if [ ! -f "$dir/pg/PG_VERSION" ]; then
      head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$dir/password"
      mkdir -p "$dir/pg" "$dir/socket"; touch "$dir/postgres.log"
      if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir/pg" "$dir/socket" "$dir/password" "$dir/postgres.log"; fi
      as_postgres "$pg_bin/initdb" -D "$dir/pg" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$dir/password" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    fi
    if ! as_postgres "$pg_bin/pg_ctl" -D "$dir/pg" status >/dev/null 2>&1; then
      port=${SCALE_DB_PORT:-56432}
      while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
      as_postgres "$pg_bin/pg_ctl" -D "$dir/pg" -l "$dir/postgres.log" -w -t 60 \
        -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB" start >/dev/null
      echo "$port" > "$dir/port"
    fi
    echo "Host=127.0.0.1;Port=$(cat "$dir/port");Username=postgres;Password=$(cat "$dir/password");Database=hotspots"
    ;;
  stop) as_postgres "$pg_bin/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null 2>&1 || true ;;
esac
