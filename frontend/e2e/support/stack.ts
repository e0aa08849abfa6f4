// Where the stack under test listens. `make test-e2e` passes both; the defaults are the e2e
// stack's own ports (TEST_WEB_PORT / TEST_API_PORT in the Makefile), never the `make run` ones.
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:15173';
export const API_URL = process.env.E2E_API_URL ?? 'http://127.0.0.1:18080';
// The e2e stack's Graph API stand-in (tools/graph-standin, TEST_GRAPH_PORT) and the WhatsApp Cloud number
// connected to it (DEMO_PHONE_NUMBER_ID).
export const GRAPH_URL = process.env.E2E_GRAPH_URL ?? 'http://127.0.0.1:18089';
export const PHONE_NUMBER_ID = process.env.E2E_PHONE_NUMBER_ID ?? '106540352242922';
