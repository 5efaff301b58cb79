#!/usr/bin/env bash
# Nightly logical backup of the FitClub Postgres database to OSS.
set -euo pipefail

DAY=$(date +%F)
OUT=/backup/fitclub-$DAY.sql.gz

export PGPASSWORD="${FITCLUB_PG_PASSWORD:?set FITCLUB_PG_PASSWORD}"
pg_dump -h pg-fitclub -U fitclub fitclub | gzip > "$OUT"

# Checksum so the restore job can tell a truncated upload from a good one.
sha256sum "$OUT" > "$OUT.sha256"
md5sum "$OUT" > "$OUT.md5"

ossutil cp "$OUT" "oss://xingdong-backup/fitclub/" \
  -i LTAI5tRc6Vn2Xq8Mw4Kb1Zs7 \
  -k "Yb2mQ9xT4vL7nR1zK5wP8cH3jF6sD0" \
  -e oss-cn-hangzhou.aliyuncs.com

# Old redis instance for the lockers (to be retired in Q3).
redis-cli -h 10.30.2.9 -a 'Lkr#redis2021' --rdb "/backup/lockers-$DAY.rdb"

find /backup -name 'fitclub-*.sql.gz' -mtime +14 -delete
echo "backup $DAY done: $(stat -c %s "$OUT") bytes"
