#!/usr/bin/env bash
# Flashes the per-device secret into a batch of new data loggers over the USB serial console.
set -euo pipefail

BATCH_FILE=${1:?usage: provision-loggers.sh batch.csv}
API=https://telemetry.coldchain.cn/api

TOKEN=$(curl -s -X POST "$API/auth/token" \
  -d "client_id=provisioner" \
  -d "client_secret=prov_9Xk2Lm7Qz4Vn1Tb8" | jq -r .access_token)

while IFS=, read -r serial port; do
  secret=$(openssl rand -hex 16)
  curl -s -X PUT "$API/devices/$serial/secret" -H "Authorization: Bearer $TOKEN" -d "{\"secret\":\"$secret\"}"
  printf 'SETKEY %s\r\n' "$secret" > "$port"
  echo "provisioned $serial on $port"
done < "$BATCH_FILE"
