#!/usr/bin/env bash
# Prepare a fresh machine for the end-to-end benchmark (cmd/rexbench):
# the database clients, the baselines (Debian's pgloader and Django 3.2
# with its PostgreSQL driver), and the two database servers.
set -euo pipefail
need=()
command -v psql >/dev/null || need+=(postgresql-client)
command -v mariadb >/dev/null || need+=(mariadb-client)
command -v pgloader >/dev/null || need+=(pgloader)
/usr/bin/python3 -c 'import django' 2>/dev/null || need+=(python3-django)
/usr/bin/python3 -c 'import psycopg2' 2>/dev/null || need+=(python3-psycopg2)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi
if ! mariadb -h 127.0.0.1 -u root -e 'SELECT 1' >/dev/null 2>&1; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
fi
for _ in $(seq 60); do
  pg_isready -h 127.0.0.1 -p 5432 -q && mariadb -h 127.0.0.1 -u root -e 'SELECT 1' >/dev/null 2>&1 && exit 0
  sleep 1
done
echo "PostgreSQL or MariaDB is not up" >&2
exit 1
