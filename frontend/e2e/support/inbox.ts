import { expect, type APIRequestContext, type Page } from '@playwright/test';

// Helpers for the inbox specs. They run against the real API with fresh demo data, and every
// spec creates or picks what it needs at test time, so specs do not depend on each other.
export const API_URL = process.env.E2E_API_URL ?? 'http://127.0.0.1:18080';
export const PASSWORD = 'inbox-demo';
export const AGENT = 'agent1@nusantara.test';
export const SUPERVISOR = 'supervisor@nusantara.test';

export interface Session {
  accessToken: string;
  expiresAt: string;
}

export async function apiLogin(request: APIRequestContext, username: string): Promise<Session> {
  const response = await request.post(`${API_URL}/api/v1/auth/login`, { data: { username, password: PASSWORD } });
  expect(response.ok()).toBeTruthy();
  const body = (await response.json()) as Session;
  return { accessToken: body.accessToken, expiresAt: body.expiresAt };
}

export async function apiGet<T>(request: APIRequestContext, session: Session, path: string): Promise<T> {
  const response = await request.get(`${API_URL}/api/v1${path}`, {
    headers: { Authorization: `Bearer ${session.accessToken}` },
  });
  expect(response.ok(), `GET ${path}`).toBeTruthy();
  return (await response.json()) as T;
}

export async function apiPost<T>(request: APIRequestContext, session: Session, path: string, data: unknown): Promise<T> {
  const response = await request.post(`${API_URL}/api/v1${path}`, {
    headers: { Authorization: `Bearer ${session.accessToken}` },
    data,
  });
  expect(response.ok(), `POST ${path}: ${response.status()}`).toBeTruthy();
  return (await response.json()) as T;
}

/** Signs in by storing a real token, in Indonesian, then opens `path`. */
export async function signIn(page: Page, request: APIRequestContext, username: string, path = '/') {
  const session = await apiLogin(request, username);
  await page.goto('/login');
  await page.evaluate((value) => {
    window.localStorage.clear();
    window.localStorage.setItem('inbox.session', JSON.stringify(value));
    window.localStorage.setItem('inbox.lang', 'id');
  }, session);
  await page.goto(path);
  await expect(page.getByRole('tablist', { name: 'Status percakapan' })).toBeVisible({ timeout: 20_000 });
  return session;
}

/** A customer writes on WhatsApp channel 1 now: a fresh room with an open window. */
export async function customerWrites(request: APIRequestContext, text: string, name?: string) {
  const supervisor = await apiLogin(request, SUPERVISOR);
  const unique = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const contactName = name ?? `Pelanggan E2E ${unique.slice(-6)}`;
  const result = await apiPost<{ roomId: number; messageId: number }>(request, supervisor, '/inbound/messages', {
    channelId: 1,
    contact: { externalId: `e2e-${unique}`, name: contactName, phone: `+62857${unique.slice(-8)}` },
    text,
  });
  return { ...result, contactName };
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
