#!/usr/bin/env bash
# Nightly PostgreSQL dump of govhall to the city cloud's S3-compatible storage (run by cron on the ops VM).
set -euo pipefail

export PGPASSWORD="${PGPASSWORD:?set PGPASSWORD}"
export AWS_ACCESS_KEY_ID=AKIAQ7XW3ZK5M2TPL4RB
export AWS_SECRET_ACCESS_KEY=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
export AWS_DEFAULT_REGION=cn-east-1

stamp=$(date +%Y%m%d)
pg_dump -h pg-govhall-0.pg-govhall -U hall_app govhall | gzip > /backup/govhall-$stamp.sql.gz
sha256sum /backup/govhall-$stamp.sql.gz > /backup/govhall-$stamp.sql.gz.sha256
aws --endpoint-url https://s3.city-cloud.example-gov.cn s3 cp /backup/govhall-$stamp.sql.gz s3://govhall-backup/
find /backup -name 'govhall-*.sql.gz*' -mtime +14 -delete
