#!/usr/bin/env bash
# Nightly backup of the loan database replica; run by cron on db-backup-01.
set -euo pipefail

BACKUP_DIR=/backup/mysql/$(date +%Y%m%d)
mkdir -p "$BACKUP_DIR"

export OSS_ACCESS_KEY_ID=LTAI5t4MFw6xeL3tRiH3QJPg
export OSS_ACCESS_KEY_SECRET=PWFDSqn9VcnYWoCnD48Q7o4mFpobB6

mysqldump -h 10.20.1.16 -u backup -p'Bk!9vT2mQx7z' --single-transaction --routines credit_loan | gzip > "$BACKUP_DIR/credit_loan.sql.gz"
mysqldump -h 10.8.0.21 -u backup -p"${SCHOOL_BACKUP_PASSWORD}" --single-transaction schoolhome | gzip > "$BACKUP_DIR/schoolhome.sql.gz"

ossutil cp -r "$BACKUP_DIR" oss://xyd-backup/mysql/ --endpoint oss-cn-shenzhen-internal.aliyuncs.com
find /backup/mysql -maxdepth 1 -mtime +14 -exec rm -rf {} \;
