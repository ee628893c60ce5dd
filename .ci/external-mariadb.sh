#!/usr/bin/env bash
# Starts Debian's MariaDB server (a second, external engine) on a free loopback port for the
# persistence tests, and prints the DATABASE_URL that reaches it. Stop it with: kill "$(cat DIR/mariadb.pid)".
# Usage: .ci/external-mariadb.sh DIR
set -euo pipefail
dir=$(realpath -m "$1")

if ! command -v mariadbd >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends mariadb-server >&2
fi

rm -rf "$dir" && mkdir -p "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
user=$(id -un)
mariadb-install-db --no-defaults --user="$user" --datadir="$dir/data" --skip-test-db >"$dir/install.log" 2>&1
mariadbd --no-defaults --user="$user" --datadir="$dir/data" --port="$port" --bind-address=127.0.0.1 \
  --socket="$dir/mariadb.sock" --pid-file="$dir/mariadb.pid" \
  --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >"$dir/server.log" 2>&1 &

for _ in $(seq 1 100); do
  mariadb-admin --socket="$dir/mariadb.sock" -uroot ping >/dev/null 2>&1 && break
  sleep 0.2
done
mariadb --socket="$dir/mariadb.sock" -uroot <<SQL
CREATE DATABASE parley CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'parley'@'%' IDENTIFIED BY 'parley-ci';
GRANT ALL PRIVILEGES ON parley.* TO 'parley'@'%';
SQL
echo "mysql://parley:parley-ci@127.0.0.1:$port/parley"
