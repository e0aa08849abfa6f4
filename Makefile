# Inbox: everyday commands. `make run` starts the product with demo data, `make test` runs every test.
# Settings below can be overridden from the environment or the command line (make run API_PORT=9090).

SHELL := /bin/bash
.ONESHELL:
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

ROOT      := $(abspath .)
RUN_DIR   := $(ROOT)/.run
BACKEND   := $(ROOT)/backend
FRONTEND  := $(ROOT)/frontend
JAR       := $(BACKEND)/target/quarkus-app/quarkus-run.jar

API_HOST      ?= 127.0.0.1
API_PORT      ?= 8080
WEB_HOST      ?= 127.0.0.1
WEB_PORT      ?= 5173
TEST_API_PORT ?= 18080
TEST_WEB_PORT ?= 15173
# the management interface (metrics), loopback only; one per stack so make run and make test coexist
MANAGEMENT_PORT      ?= 9000
TEST_MANAGEMENT_PORT ?= 19000
# make run-cluster: two API instances on these loopback ports behind HAProxy on API_PORT; their metrics on
# MANAGEMENT_PORT and the port after it
CLUSTER_API_PORTS ?= $(shell echo $$(( $(API_PORT) + 1 )) $$(( $(API_PORT) + 2 )))

# PostgreSQL server. DATABASE_URL (postgresql://user:password@host:port) wins when given; otherwise
# the first of: a server on 127.0.0.1:5432, `docker compose` when an engine answers, a private cluster.
DATABASE_URL ?=
PRIVATE_PG_PORT ?= 55432
DB_NAME      ?= inbox
TEST_DB_NAME ?= inbox_test
E2E_DB_NAME  ?= inbox_e2e
# Access tokens of the e2e stack live this long (ISO-8601 duration), so the browser specs see the
# SPA renew its session; `make run` keeps the API's default (15 minutes).
E2E_ACCESS_TOKEN_LIFETIME ?= PT20S
# Which browser specs make test-e2e runs (Playwright arguments, e.g. E2E_SPECS=e2e/whatsapp-ticks.spec.ts); empty: all
E2E_SPECS ?=
# The WhatsApp webhook's secrets for the local stacks (make run, e2e); a real installation sets its own.
WHATSAPP_APP_SECRET   ?= inbox-demo-app-secret
WHATSAPP_VERIFY_TOKEN ?= inbox-demo-verify-token
# The local stand-in for Meta's Graph API (tools/graph-standin/server.mjs, loopback only) that make run and
# the e2e stack send WhatsApp messages to, and the demo WhatsApp Cloud number connected to it (as a channel
# "WhatsApp Cloud (stand-in)" of Toko Nusantara, through POST /api/v1/channels).
GRAPH_PORT      ?= 8089
TEST_GRAPH_PORT ?= 18089
GRAPH_VERSION   ?= v21.0
DEMO_PHONE_NUMBER_ID ?= 106540352242922
DEMO_WABA_ID         ?= 102290129340398
DEMO_ACCESS_TOKEN    ?= demo-standin-access-token
DEMO_CHANNEL_NAME    ?= WhatsApp Cloud (stand-in)
# The stand-in's sent/delivered/read status webhooks, in ms after each send
GRAPH_STATUS_DELAYS  ?= 1000,3000,6000

comma := ,

BACKEND_SOURCES  := $(shell find $(BACKEND)/src/main -type f 2>/dev/null) $(BACKEND)/pom.xml
FRONTEND_SOURCES := $(shell find $(FRONTEND)/src $(FRONTEND)/public -type f 2>/dev/null) \
	$(FRONTEND)/index.html $(FRONTEND)/vite.config.ts $(FRONTEND)/package.json

.PHONY: help run run-cluster stop test test-backend test-frontend test-e2e lint-contract openapi db logs clean bench-data bench bench-whatsapp bench-live \
	customer-says customer-sends-image

help:
	@echo "make run            start database, API, SPA and demo data; prints where to open it"
	@echo "make run-cluster    the same with two API instances behind HAProxy on the API port"
	@echo "make stop           stop what make run or make run-cluster started"
	@echo "make customer-says TEXT=\"Halo\"   a customer writes to the demo WhatsApp Cloud number (signed webhook)"
	@echo "make customer-sends-image        a customer sends a photo to it"
	@echo "make test           every test: backend, frontend unit, browser end-to-end"
	@echo "make test-backend   backend tests only (real PostgreSQL)"
	@echo "make test-frontend  frontend type check and unit tests only"
	@echo "make test-e2e       browser end-to-end tests only (builds and starts a test stack)"
	@echo "make lint-contract  lint openapi.yaml with Redocly's recommended rules (no errors allowed)"
	@echo "make openapi        refresh openapi.yaml from the code and the SPA's generated types"
	@echo "make logs           follow the logs of make run"
	@echo "make bench-data     generate the benchmark database (BENCH_SIZE=small|large)"
	@echo "make bench          benchmark the API against it (needs wrk); writes .run/bench-results.md"
	@echo "make bench-whatsapp only its WhatsApp part (webhook acknowledgements, relay throughput)"
	@echo "make bench-live     only its live-stream part (2,000 streams, latency at 100 changes/s, idle cost)"

# ---------------------------------------------------------------- database

# Writes .run/db.env (DB_HOST, DB_PORT, DB_USER, DB_PASSWORD) for the server found or started.
db:
	@mkdir -p $(RUN_DIR)
	if [ -n "$(DATABASE_URL)" ]; then
	  python3 - "$(DATABASE_URL)" > $(RUN_DIR)/db.env <<'EOF'
	import sys, urllib.parse
	u = urllib.parse.urlparse(sys.argv[1])
	print(f"DB_HOST={u.hostname or '127.0.0.1'}\nDB_PORT={u.port or 5432}\nDB_USER={urllib.parse.unquote(u.username or 'postgres')}\nDB_PASSWORD={urllib.parse.unquote(u.password or '')}")
	EOF
	  echo "Database: the server given by DATABASE_URL"
	elif pg_isready -q -h 127.0.0.1 -p 5432; then
	  printf 'DB_HOST=127.0.0.1\nDB_PORT=5432\nDB_USER=postgres\nDB_PASSWORD=\n' > $(RUN_DIR)/db.env
	elif docker info >/dev/null 2>&1; then
	  docker compose up -d --wait db
	  printf 'DB_HOST=127.0.0.1\nDB_PORT=5432\nDB_USER=postgres\nDB_PASSWORD=inbox\n' > $(RUN_DIR)/db.env
	  echo "Database: started with docker compose"
	else
	  $(MAKE) private-pg
	  printf 'DB_HOST=127.0.0.1\nDB_PORT=$(PRIVATE_PG_PORT)\nDB_USER=postgres\nDB_PASSWORD=\n' > $(RUN_DIR)/db.env
	fi

# A cluster of our own from the installed PostgreSQL binaries, in .run/pgdata (initdb refuses root).
.PHONY: private-pg
# The client package also creates /usr/lib/postgresql/N/bin (psql); only initdb means a server.
private-pg:
	@initdb=$$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)
	[ -n "$$initdb" ] || { echo "No PostgreSQL server binaries found: install postgresql or set DATABASE_URL" >&2; exit 1; }
	bin=$$(dirname $$initdb)
	as_pg() { if [ "$$(id -u)" = 0 ]; then runuser -u postgres -- "$$@"; else "$$@"; fi; }
	mkdir -p $(RUN_DIR)/pgdata
	[ "$$(id -u)" = 0 ] && chown postgres $(RUN_DIR)/pgdata && chmod 700 $(RUN_DIR)/pgdata
	[ -f $(RUN_DIR)/pgdata/PG_VERSION ] || as_pg $$bin/initdb -D $(RUN_DIR)/pgdata -U postgres --auth=trust >/dev/null
	if ! pg_isready -q -h 127.0.0.1 -p $(PRIVATE_PG_PORT); then
	  as_pg $$bin/pg_ctl -D $(RUN_DIR)/pgdata -l $(RUN_DIR)/pgdata/server.log -w \
	    -o "-p $(PRIVATE_PG_PORT) -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
	  touch $(RUN_DIR)/pg.started
	fi
	echo "Database: private cluster on 127.0.0.1:$(PRIVATE_PG_PORT) (data in .run/pgdata)"

# Creates database $(NAME) if missing; with FRESH=1 drops it first.
.PHONY: database
database: db
	@source $(RUN_DIR)/db.env
	export PGHOST=$$DB_HOST PGPORT=$$DB_PORT PGUSER=$$DB_USER PGPASSWORD=$$DB_PASSWORD
	if [ "$(FRESH)" = 1 ]; then dropdb --if-exists --force $(NAME); fi
	psql -d postgres -tAc "select 1 from pg_database where datname = '$(NAME)'" | grep -q 1 || createdb $(NAME)

# ---------------------------------------------------------------- build

$(RUN_DIR)/keys/jwt-private.pem:
	@mkdir -p $(RUN_DIR)/keys && chmod 700 $(RUN_DIR)/keys
	openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $@ 2>/dev/null
	openssl pkey -in $@ -pubout -out $(RUN_DIR)/keys/jwt-public.pem
	echo "Generated a JWT key pair in .run/keys (git-ignored)"

# The key that encrypts stored WhatsApp access tokens (INBOX_SECRETS_KEY): random per checkout, git-ignored.
$(RUN_DIR)/keys/secrets.key:
	@mkdir -p $(RUN_DIR)/keys && chmod 700 $(RUN_DIR)/keys
	(umask 077 && openssl rand -base64 32 > $@)
	echo "Generated a secrets key in .run/keys (git-ignored)"

# The key that signs list cursors (INBOX_CURSOR_KEY): the same for every instance of a stack, git-ignored.
$(RUN_DIR)/keys/cursor.key:
	@mkdir -p $(RUN_DIR)/keys && chmod 700 $(RUN_DIR)/keys
	(umask 077 && openssl rand -hex 32 > $@)
	echo "Generated a cursor key in .run/keys (git-ignored)"

$(JAR): $(BACKEND_SOURCES)
	cd $(BACKEND) && mvn -q -B package -DskipTests
	touch $@

$(FRONTEND)/node_modules/.package-lock.json: $(FRONTEND)/package-lock.json
	cd $(FRONTEND) && npm ci --no-audit --no-fund --loglevel=error

$(FRONTEND)/dist/index.html: $(FRONTEND_SOURCES) $(FRONTEND)/node_modules/.package-lock.json
	cd $(FRONTEND) && npm run -s build >/dev/null

# ---------------------------------------------------------------- run

# start-stack NAME DB API_PORT WEB_PORT SEED [ACCESS_TOKEN_LIFETIME] [INSTANCE_PORTS]: starts the Graph API stand-in,
# API and SPA in the background, records their PIDs in .run/NAME-*.pid, waits until all answer, and connects the
# demo WhatsApp Cloud number to the stand-in (its channel id in .run/NAME-channel). With INSTANCE_PORTS (two
# ports), two API instances listen there (NAME-api-1, NAME-api-2; metrics on the management port and the next;
# only the first seeds) behind HAProxy on API_PORT (NAME-haproxy, deploy/haproxy/haproxy.cfg). Every instance
# gets the same keys from .run/keys.
define start-stack
	source $(RUN_DIR)/db.env
	$(MAKE) -C $(ROOT) stop-stack STACK=$(1)
	graph_port=$(if $(filter e2e,$(1)),$(TEST_GRAPH_PORT),$(GRAPH_PORT))
	GRAPH_STANDIN_HOST=$(API_HOST) GRAPH_STANDIN_PORT=$$graph_port GRAPH_STANDIN_APP_SECRET="$(WHATSAPP_APP_SECRET)" \
	GRAPH_STANDIN_WEBHOOK_URL=http://$(API_HOST):$(3)/webhooks/whatsapp GRAPH_STANDIN_ACCESS_TOKEN="$(DEMO_ACCESS_TOKEN)" \
	GRAPH_STANDIN_STATUS_DELAYS=$(GRAPH_STATUS_DELAYS) \
	  setsid node $(ROOT)/tools/graph-standin/server.mjs > $(RUN_DIR)/$(1)-graph.log 2>&1 < /dev/null &
	echo $$! > $(RUN_DIR)/$(1)-graph.pid
	management_port=$(if $(filter e2e,$(1)),$(TEST_MANAGEMENT_PORT),$(MANAGEMENT_PORT))
	seed=$(5)
	instance=0
	for port in $(or $(7),$(3)); do
	  instance=$$((instance + 1))
	  name=api$(if $(7),-$$instance)
	  INBOX_DB_URL="jdbc:postgresql://$$DB_HOST:$$DB_PORT/$(2)" INBOX_DB_USER="$$DB_USER" INBOX_DB_PASSWORD="$$DB_PASSWORD" \
	  INBOX_HTTP_PORT=$$port INBOX_DEMO_SEED=$$seed QUARKUS_HTTP_HOST=$(API_HOST) $(if $(6),INBOX_ACCESS_TOKEN_LIFETIME=$(6)) \
	  INBOX_MANAGEMENT_PORT=$$management_port $(if $(7),INBOX_TRUSTED_PROXIES=127.0.0.1$(comma)::1) \
	  INBOX_JWT_PRIVATE_KEY=$(RUN_DIR)/keys/jwt-private.pem INBOX_JWT_PUBLIC_KEY=$(RUN_DIR)/keys/jwt-public.pem \
	  INBOX_WHATSAPP_APP_SECRET="$(WHATSAPP_APP_SECRET)" INBOX_WHATSAPP_VERIFY_TOKEN="$(WHATSAPP_VERIFY_TOKEN)" \
	  INBOX_SECRETS_KEY="$$(cat $(RUN_DIR)/keys/secrets.key 2>/dev/null)" INBOX_CURSOR_KEY="$$(cat $(RUN_DIR)/keys/cursor.key 2>/dev/null)" \
	  INBOX_WHATSAPP_GRAPH_URL=http://$(API_HOST):$$graph_port/$(GRAPH_VERSION) \
	    setsid java -Xmx512m -jar $(JAR) > $(RUN_DIR)/$(1)-$$name.log 2>&1 < /dev/null &
	  echo $$! > $(RUN_DIR)/$(1)-$$name.pid
	  seed=false
	  management_port=$$((management_port + 1))
	done
	if [ -n "$(7)" ]; then
	  INBOX_PROXY_BIND=$(API_HOST):$(3) INBOX_API_1=$(API_HOST):$(word 1,$(7)) INBOX_API_2=$(API_HOST):$(word 2,$(7)) \
	    setsid haproxy -db -f $(ROOT)/deploy/haproxy/haproxy.cfg > $(RUN_DIR)/$(1)-haproxy.log 2>&1 < /dev/null &
	  echo $$! > $(RUN_DIR)/$(1)-haproxy.pid
	fi
	cd $(FRONTEND)
	INBOX_API_URL=http://$(API_HOST):$(3) setsid node_modules/.bin/vite preview --host $(WEB_HOST) --port $(4) --strictPort \
	  > $(RUN_DIR)/$(1)-web.log 2>&1 < /dev/null &
	echo $$! > $(RUN_DIR)/$(1)-web.pid
	cd $(ROOT)
	for i in $$(seq 1 120); do
	  ready=true
	  for port in $(sort $(3) $(7)); do curl -sf -o /dev/null http://$(API_HOST):$$port/q/health/ready || ready=false; done
	  if $$ready && curl -sf -o /dev/null http://$(WEB_HOST):$(4)/ \
	    && curl -sf -o /dev/null http://$(API_HOST):$$graph_port/_standin/health; then break; fi
	  for pidfile in $(RUN_DIR)/$(1)-api*.pid $(RUN_DIR)/$(1)-haproxy.pid; do
	    [ -f $$pidfile ] || continue
	    if ! kill -0 $$(cat $$pidfile) 2>/dev/null; then
	      log=$${pidfile%.pid}.log; echo "$$(basename $$log .log) did not start:" >&2; tail -40 $$log >&2; exit 1
	    fi
	  done
	  if ! kill -0 $$(cat $(RUN_DIR)/$(1)-graph.pid) 2>/dev/null; then echo "The Graph API stand-in did not start:" >&2; tail -20 $(RUN_DIR)/$(1)-graph.log >&2; exit 1; fi
	  if [ $$i = 120 ]; then echo "Timed out waiting for the API and SPA; see .run/$(1)-*.log" >&2; exit 1; fi
	  sleep 0.5
	done
	$(ROOT)/tools/graph-standin/connect-channel.sh http://$(API_HOST):$(3) supervisor@nusantara.test inbox-demo \
	  "$(DEMO_CHANNEL_NAME)" $(DEMO_PHONE_NUMBER_ID) $(DEMO_ACCESS_TOKEN) $(DEMO_WABA_ID) > $(RUN_DIR)/$(1)-channel
endef

# Stops every process of one stack (STACK=run or e2e) that start-stack recorded: API instances, proxy, SPA, stand-in.
.PHONY: stop-stack
stop-stack:
	@for pidfile in $(RUN_DIR)/$(STACK)-*.pid; do
	  [ -f $$pidfile ] || continue
	  pid=$$(cat $$pidfile)
	  if kill -0 $$pid 2>/dev/null; then
	    kill $$pid; for i in $$(seq 1 40); do kill -0 $$pid 2>/dev/null || break; sleep 0.25; done
	    kill -9 $$pid 2>/dev/null || true
	  fi
	  rm -f $$pidfile
	done

# CLUSTER=1 (what make run-cluster sets): two API instances on CLUSTER_API_PORTS behind HAProxy on API_PORT
run: $(JAR) $(FRONTEND)/dist/index.html $(RUN_DIR)/keys/jwt-private.pem $(RUN_DIR)/keys/secrets.key $(RUN_DIR)/keys/cursor.key
	@$(MAKE) database NAME=$(DB_NAME)
	$(call start-stack,run,$(DB_NAME),$(API_PORT),$(WEB_PORT),true,,$(if $(CLUSTER),$(CLUSTER_API_PORTS)))
	echo
	echo "Inbox is running$(if $(CLUSTER), as two API instances behind HAProxy)."
	echo "  Open the inbox:   http://$(WEB_HOST):$(WEB_PORT)/"
	echo "  Swagger UI:       http://$(API_HOST):$(API_PORT)/q/swagger-ui"
	echo "  API:              http://$(API_HOST):$(API_PORT)/api/v1$(if $(CLUSTER), (HAProxy, round robin; deploy/haproxy/haproxy.cfg))"
	$(if $(CLUSTER),echo "  API instances:    http://$(API_HOST):$(word 1,$(CLUSTER_API_PORTS)) and http://$(API_HOST):$(word 2,$(CLUSTER_API_PORTS)) (metrics: http://127.0.0.1:$(MANAGEMENT_PORT)/q/metrics and port $(shell echo $$(( $(MANAGEMENT_PORT) + 1 ))))")
	echo "  Demo logins (password inbox-demo for all):"
	echo "    Toko Nusantara  supervisor@nusantara.test (supervisor), agent1@nusantara.test, agent2@nusantara.test"
	echo "    Sentosa Retail  supervisor@sentosa.test (supervisor), agent@sentosa.test"
	echo "  The real WhatsApp path: channel \"$(DEMO_CHANNEL_NAME)\" (Toko Nusantara) is connected to a local"
	echo "  Graph API stand-in on http://$(API_HOST):$(GRAPH_PORT)/$(GRAPH_VERSION). Let a customer write to it:"
	echo "    make customer-says$(if $(filter-out 8080,$(API_PORT)), API_PORT=$(API_PORT)) TEXT=\"Halo, pesanan saya sudah dikirim?\"   (or make customer-sends-image)"
	echo "  then answer the new room in the inbox and watch its ticks: sent, delivered, read."
	echo "  Logs: make logs (the stand-in: .run/run-graph.log$(if $(CLUSTER),; the instances: .run/run-api-1.log and .run/run-api-2.log; HAProxy: .run/run-haproxy.log))    Stop: make stop"

# make run with two API instances behind HAProxy (Debian's haproxy package) on the usual API port
run-cluster:
	@command -v haproxy >/dev/null || apt-get install -y -qq haproxy >/dev/null || (apt-get update -qq && apt-get install -y -qq haproxy >/dev/null) \
	  || { echo "HAProxy is missing: apt-get install -y haproxy" >&2; exit 1; }
	$(MAKE) -C $(ROOT) run CLUSTER=1

stop:
	@$(MAKE) -C $(ROOT) stop-stack STACK=run
	if [ -f $(RUN_DIR)/pg.started ]; then
	  bin=$$(dirname $$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1))
	  if [ "$$(id -u)" = 0 ]; then runuser -u postgres -- $$bin/pg_ctl -D $(RUN_DIR)/pgdata -w stop >/dev/null; else $$bin/pg_ctl -D $(RUN_DIR)/pgdata -w stop >/dev/null; fi
	  rm -f $(RUN_DIR)/pg.started
	fi
	echo "Stopped."

# the logs of what make run or make run-cluster started
logs:
	@logs=()
	for pidfile in $(RUN_DIR)/run-*.pid; do [ -f $$pidfile ] && logs+=($${pidfile%.pid}.log); done
	[ $${#logs[@]} -gt 0 ] || { echo "Nothing of make run is running; its logs are in .run/run-*.log" >&2; exit 1; }
	tail -f "$${logs[@]}"

# A customer writes to the demo WhatsApp Cloud number of make run: a webhook signed with WHATSAPP_APP_SECRET,
# shaped as Meta sends it, posted to the API. FROM (wa_id) and NAME pick the customer.
FROM ?= 6281234567890
NAME ?= Siti Rahmawati
customer-says:
	@[ -n "$(TEXT)" ] || { echo 'Say what: make customer-says TEXT="Halo, pesanan saya sudah dikirim?"' >&2; exit 2; }
	node $(ROOT)/tools/graph-standin/customer.mjs --webhook http://$(API_HOST):$(API_PORT)/webhooks/whatsapp \
	  --secret "$(WHATSAPP_APP_SECRET)" --phone-number-id $(DEMO_PHONE_NUMBER_ID) --from "$(FROM)" --name "$(NAME)" --text "$(TEXT)"

customer-sends-image:
	@node $(ROOT)/tools/graph-standin/customer.mjs --webhook http://$(API_HOST):$(API_PORT)/webhooks/whatsapp \
	  --secret "$(WHATSAPP_APP_SECRET)" --phone-number-id $(DEMO_PHONE_NUMBER_ID) --from "$(FROM)" --name "$(NAME)" --image \
	  $(if $(CAPTION),--caption "$(CAPTION)")

# ---------------------------------------------------------------- test

# Every suite runs even when an earlier one fails (one flake must not hide the rest); then the
# target fails if any did, naming them.
test:
	@failed=()
	for suite in lint-contract test-backend test-frontend test-e2e; do
	  echo "==> make $$suite"
	  $(MAKE) -C $(ROOT) $$suite || failed+=("$$suite")
	done
	if [ $${#failed[@]} -gt 0 ]; then
	  echo "FAILED: $${failed[*]} (the other suites passed)" >&2
	  exit 1
	fi
	echo "All tests passed."

# Runs the backend tests and packages the API the end-to-end tests start.
test-backend:
	@$(MAKE) database NAME=$(TEST_DB_NAME)
	source $(RUN_DIR)/db.env
	cd $(BACKEND)
	INBOX_TEST_DB_URL="jdbc:postgresql://$$DB_HOST:$$DB_PORT/$(TEST_DB_NAME)" INBOX_DB_USER="$$DB_USER" INBOX_DB_PASSWORD="$$DB_PASSWORD" \
	  mvn -B -ntp verify
	touch $(JAR)

# The contract as integrators' tools read it: Redocly's recommended rules (redocly.yaml), zero errors.
lint-contract: $(FRONTEND)/node_modules/.package-lock.json
	@cd $(FRONTEND) && npm run -s api:lint

test-frontend: $(FRONTEND)/node_modules/.package-lock.json
	@cd $(FRONTEND)
	npm run -s api:check
	npm run -s typecheck
	npm run -s lint
	npm test

test-e2e: $(JAR) $(FRONTEND)/dist/index.html $(RUN_DIR)/keys/jwt-private.pem $(RUN_DIR)/keys/secrets.key $(RUN_DIR)/keys/cursor.key
	@$(MAKE) database NAME=$(E2E_DB_NAME) FRESH=1
	trap '$(MAKE) -C $(ROOT) stop-stack STACK=e2e || true' EXIT
	$(call start-stack,e2e,$(E2E_DB_NAME),$(TEST_API_PORT),$(TEST_WEB_PORT),true,$(E2E_ACCESS_TOKEN_LIFETIME))
	cd $(FRONTEND)
	E2E_BASE_URL=http://$(WEB_HOST):$(TEST_WEB_PORT) E2E_API_URL=http://$(API_HOST):$(TEST_API_PORT) \
	E2E_GRAPH_URL=http://$(API_HOST):$(TEST_GRAPH_PORT) E2E_PHONE_NUMBER_ID=$(DEMO_PHONE_NUMBER_ID) npm run -s e2e -- $(E2E_SPECS)

# ---------------------------------------------------------------- contract

openapi: $(FRONTEND)/node_modules/.package-lock.json
	@$(MAKE) database NAME=$(TEST_DB_NAME)
	source $(RUN_DIR)/db.env
	cd $(BACKEND)
	INBOX_TEST_DB_URL="jdbc:postgresql://$$DB_HOST:$$DB_PORT/$(TEST_DB_NAME)" INBOX_DB_USER="$$DB_USER" INBOX_DB_PASSWORD="$$DB_PASSWORD" \
	  mvn -q -B test -Dtest=OpenApiDriftTest -Dopenapi.update=true -Dsurefire.failIfNoSpecifiedTests=false
	cd $(FRONTEND) && npm run -s api:generate
	echo "openapi.yaml and frontend/src/lib/api/schema.d.ts refreshed"

# ---------------------------------------------------------------- benchmark

BENCH_SIZE ?= small
BENCH_DB   ?= inbox_bench

bench-data: $(JAR) $(RUN_DIR)/keys/jwt-private.pem
	@$(MAKE) db
	set -a; source $(RUN_DIR)/db.env; set +a
	BENCH_DB=$(BENCH_DB) JAR=$(JAR) RUN_DIR=$(RUN_DIR) JWT_PRIVATE_KEY=$(RUN_DIR)/keys/jwt-private.pem \
	  JWT_PUBLIC_KEY=$(RUN_DIR)/keys/jwt-public.pem $(BACKEND)/bench/bench-data.sh $(BENCH_SIZE)

bench: $(JAR) $(RUN_DIR)/keys/jwt-private.pem
	@$(MAKE) db
	command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
	set -a; source $(RUN_DIR)/db.env; set +a
	BENCH_DB=$(BENCH_DB) JAR=$(JAR) RUN_DIR=$(RUN_DIR) JWT_PRIVATE_KEY=$(RUN_DIR)/keys/jwt-private.pem \
	  JWT_PUBLIC_KEY=$(RUN_DIR)/keys/jwt-public.pem $(BACKEND)/bench/run.sh

# Only the WhatsApp figures of make bench (webhook acknowledgements, relay throughput against the stand-in).
bench-whatsapp: $(JAR) $(RUN_DIR)/keys/jwt-private.pem
	@$(MAKE) db
	command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
	set -a; source $(RUN_DIR)/db.env; set +a
	BENCH_DB=$(BENCH_DB) JAR=$(JAR) RUN_DIR=$(RUN_DIR) JWT_PRIVATE_KEY=$(RUN_DIR)/keys/jwt-private.pem \
	  JWT_PUBLIC_KEY=$(RUN_DIR)/keys/jwt-public.pem $(BACKEND)/bench/whatsapp.sh

# Only the live-stream figures of make bench: 2,000 streams on one instance (memory), latency from commit to client
# at 100 changes/s through one instance and across two, the CPU of idle agents streaming vs polling.
bench-live: $(JAR) $(RUN_DIR)/keys/jwt-private.pem
	@$(MAKE) db
	set -a; source $(RUN_DIR)/db.env; set +a
	BENCH_DB=$(BENCH_DB) JAR=$(JAR) RUN_DIR=$(RUN_DIR) JWT_PRIVATE_KEY=$(RUN_DIR)/keys/jwt-private.pem \
	  JWT_PUBLIC_KEY=$(RUN_DIR)/keys/jwt-public.pem $(BACKEND)/bench/live.sh

clean:
	@$(MAKE) -C $(ROOT) stop-stack STACK=run
	rm -rf $(BACKEND)/target $(FRONTEND)/dist
