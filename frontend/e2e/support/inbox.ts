import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { API_URL } from './stack';

// Helpers for the inbox specs. They run against the real API with fresh demo data, and every
// spec creates or picks what it needs at test time, so specs do not depend on each other.
export { API_URL };
export const PASSWORD = 'inbox-demo';
export const AGENT = 'agent1@nusantara.test';
export const SUPERVISOR = 'supervisor@nusantara.test';

export interface Session {
  accessToken: string;
  expiresAt: string;
}

/** A session of the API helpers; it signs in again when its short-lived token runs out. */
export interface ApiSession extends Session {
  username: string;
  password: string;
}

export async function apiLogin(request: APIRequestContext, username: string, password = PASSWORD): Promise<ApiSession> {
  const response = await request.post(`${API_URL}/api/v1/auth/login`, { data: { username, password } });
  expect(response.ok(), `sign in as ${username}: ${response.status()}`).toBeTruthy();
  const body = (await response.json()) as Session;
  return { accessToken: body.accessToken, expiresAt: body.expiresAt, username, password };
}

// The e2e stack runs with access tokens of a few seconds (E2E_ACCESS_TOKEN_LIFETIME), shorter
// than some specs: renew before a call rather than fail on a token that just ran out.
async function authorization(request: APIRequestContext, session: ApiSession) {
  if (Date.parse(session.expiresAt) - Date.now() < 5_000) {
    Object.assign(session, await apiLogin(request, session.username, session.password));
  }
  return { Authorization: `Bearer ${session.accessToken}` };
}

export async function apiGet<T>(request: APIRequestContext, session: ApiSession, path: string): Promise<T> {
  const response = await request.get(`${API_URL}/api/v1${path}`, {
    headers: await authorization(request, session),
  });
  expect(response.ok(), `GET ${path}`).toBeTruthy();
  return (await response.json()) as T;
}

export async function apiPost<T>(request: APIRequestContext, session: ApiSession, path: string, data: unknown): Promise<T> {
  const response = await request.post(`${API_URL}/api/v1${path}`, {
    headers: await authorization(request, session),
    data,
  });
  expect(response.ok(), `POST ${path}: ${response.status()}`).toBeTruthy();
  return (await response.json()) as T;
}

/**
 * Signs in through the SPA's own origin (so the browser holds the refresh cookie and stays
 * signed in across access-token expiries), in Indonesian, then opens `path`. Returns a separate
 * API session for the spec's own calls.
 */
export async function signIn(page: Page, request: APIRequestContext, username: string, path = '/') {
  const response = await page.request.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(response.ok(), `sign in as ${username}: ${response.status()}`).toBeTruthy();
  const body = (await response.json()) as Session;
  // Storage is written on a static file of the origin, not on /login: the SPA would start there and, finding the
  // refresh cookie but no session, renew it; the next navigation then aborts that renewal after the server rotated
  // the cookie, and the old one, presented again when the token runs out, ends the session (refresh-token-reused).
  await page.goto('/favicon.svg');
  await page.evaluate((value) => {
    window.localStorage.clear();
    window.localStorage.setItem('inbox.session', JSON.stringify(value));
    window.localStorage.setItem('inbox.lang', 'id');
  }, { accessToken: body.accessToken, expiresAt: body.expiresAt });
  await page.goto(path);
  const inbox = path === '/' || path.startsWith('/?');
  await expect(inbox ? page.getByRole('tablist', { name: 'Status percakapan' }) : page.getByRole('main')).toBeVisible();
  return apiLogin(request, username);
}

/** A customer as a channel integration names them (the inbound contact). */
export interface Customer {
  externalId: string;
  name: string;
  phone: string;
}

/** `customer` writes on WhatsApp channel 1 now, through the inbound API. */
export async function inbound(request: APIRequestContext, customer: Customer, text: string) {
  const supervisor = await apiLogin(request, SUPERVISOR);
  return apiPost<{ roomId: number; messageId: number }>(request, supervisor, '/inbound/messages', {
    channelId: 1,
    contact: customer,
    text,
  });
}

/** A new customer writes on WhatsApp channel 1 now: a fresh room with an open window. */
export async function customerWrites(request: APIRequestContext, text: string, name?: string) {
  const unique = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const customer = { externalId: `e2e-${unique}`, name: name ?? `Pelanggan E2E ${unique.slice(-6)}`, phone: `+62857${unique.slice(-8)}` };
  const result = await inbound(request, customer, text);
  return { ...result, contactName: customer.name, customer };
}

export function tab(page: Page, name: RegExp) {
  return page.getByRole('tablist', { name: 'Status percakapan' }).getByRole('tab', { name });
}

export function roomList(page: Page) {
  return page.getByRole('list', { name: 'Daftar percakapan' });
}

export function roomPanel(page: Page) {
  return page.getByRole('region', { name: 'Percakapan', exact: true });
}
