// Where the stack under test listens. `make test-e2e` passes both; the defaults are the e2e
// stack's own ports (TEST_WEB_PORT / TEST_API_PORT in the Makefile), never the `make run` ones.
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:15173';
export const API_URL = process.env.E2E_API_URL ?? 'http://127.0.0.1:18080';
