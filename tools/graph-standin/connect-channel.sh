#!/usr/bin/env bash
# Connects a WhatsApp Cloud number to the inbox through its public API, as a supervisor would, if it is not
# connected yet; when it is, sets its access token again (so a regenerated INBOX_SECRETS_KEY still reads it).
# Prints the channel's id. Idempotent: make run, the e2e stack and the benchmark call it on every start.
#
#   connect-channel.sh API_URL USERNAME PASSWORD CHANNEL_NAME PHONE_NUMBER_ID ACCESS_TOKEN [WABA_ID]
set -euo pipefail
api=$1 username=$2 password=$3 name=$4 number=$5 token=$6 waba=${7:-}

login=$(jq -n --arg u "$username" --arg p "$password" '{username: $u, password: $p}')
bearer=$(curl -sf -X POST "$api/api/v1/auth/login" -H 'Content-Type: application/json' -d "$login" | jq -r .accessToken) \
  || { echo "connect-channel: cannot sign in as $username at $api" >&2; exit 1; }
auth=(-H "Authorization: Bearer $bearer" -H 'Content-Type: application/json')

request=$(jq -n --arg name "$name" --arg number "$number" --arg token "$token" --arg waba "$waba" \
  '{kind: "WHATSAPP", name: $name, phoneNumberId: $number, accessToken: $token} + (if $waba == "" then {} else {wabaId: $waba} end)')
answer=$(mktemp)
trap 'rm -f "$answer"' EXIT
status=$(curl -s -o "$answer" -w '%{http_code}' -X POST "$api/api/v1/channels" "${auth[@]}" -d "$request")
case "$status" in
  201) jq -r .id "$answer" ;;
  409)
    # already connected: find it by name and set the token again
    id=$(curl -sf "$api/api/v1/channels" "${auth[@]}" | jq -r --arg name "$name" '[.items[] | select(.kind == "WHATSAPP" and .name == $name)][0].id')
    [ "$id" != null ] || { echo "connect-channel: $number is connected, but not as a channel named '$name'" >&2; exit 1; }
    curl -sf -o /dev/null -X PUT "$api/api/v1/channels/$id/access-token" "${auth[@]}" \
      -d "$(jq -n --arg token "$token" '{accessToken: $token}')"
    echo "$id" ;;
  *) echo "connect-channel: POST /api/v1/channels answered $status: $(cat "$answer")" >&2; exit 1 ;;
esac
