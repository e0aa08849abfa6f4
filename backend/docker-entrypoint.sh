#!/bin/sh
# Creates the keys on first start (kept in a volume that every replica mounts), then runs the API. Replicas start
# at once: the first to take the lock creates the keys, the others wait for it and read the same ones, so every
# instance signs and verifies tokens, cursors and stored secrets with the same keys.
set -eu
keys=$(dirname "$INBOX_JWT_PRIVATE_KEY")
mkdir -p "$keys"
(
  flock 9
  if [ ! -f "$INBOX_JWT_PRIVATE_KEY" ]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$INBOX_JWT_PRIVATE_KEY.new"
    openssl pkey -in "$INBOX_JWT_PRIVATE_KEY.new" -pubout -out "$INBOX_JWT_PUBLIC_KEY"
    mv "$INBOX_JWT_PRIVATE_KEY.new" "$INBOX_JWT_PRIVATE_KEY"
  fi
  # the key that encrypts stored WhatsApp access tokens, and the one that signs list cursors
  [ -f "$keys/secrets.key" ] || (umask 077 && openssl rand -base64 32 > "$keys/secrets.key")
  [ -f "$keys/cursor.key" ] || (umask 077 && openssl rand -hex 32 > "$keys/cursor.key")
) 9> "$keys/.lock"
# a value given in the environment wins over the generated file
INBOX_SECRETS_KEY=${INBOX_SECRETS_KEY:-$(cat "$keys/secrets.key")}
INBOX_CURSOR_KEY=${INBOX_CURSOR_KEY:-$(cat "$keys/cursor.key")}
export INBOX_SECRETS_KEY INBOX_CURSOR_KEY
exec java -jar /app/quarkus-run.jar
