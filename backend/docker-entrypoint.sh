#!/bin/sh
# Creates the JWT key pair on first start (kept in a volume), then runs the API.
set -eu
if [ ! -f "$INBOX_JWT_PRIVATE_KEY" ]; then
  mkdir -p "$(dirname "$INBOX_JWT_PRIVATE_KEY")"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$INBOX_JWT_PRIVATE_KEY"
  openssl pkey -in "$INBOX_JWT_PRIVATE_KEY" -pubout -out "$INBOX_JWT_PUBLIC_KEY"
fi
exec java -jar /app/quarkus-run.jar
