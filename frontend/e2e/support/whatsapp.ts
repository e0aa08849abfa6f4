import { expect, type APIRequestContext } from '@playwright/test';
import { GRAPH_URL, PHONE_NUMBER_ID } from './stack';

// Meta's side of the WhatsApp Cloud channel of the e2e stack, played by the Graph API stand-in
// (tools/graph-standin/server.mjs, see its header): it posts signed webhooks to the API as Meta does.

export type Tick = 'sent' | 'delivered' | 'read';

async function control<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  const response = await request.post(`${GRAPH_URL}/_standin/${path}`, { data });
  expect(response.ok(), `stand-in ${path}: ${response.status()} ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

/**
 * A new customer writes to the connected WhatsApp Cloud number: a signed customer-message webhook.
 * Sends to them get no automatic statuses, so the spec posts each tick itself (`tick`).
 */
export async function customerWritesOnWhatsApp(request: APIRequestContext, text: string) {
  return customerMessage(request, { text });
}

/** What a customer's message carries besides text: the stand-in's demo PNG, or a small PDF named `filename`. */
export type CustomerFile = { image: { caption?: string } } | { document: { filename: string; caption?: string } };

/**
 * A new customer sends a file: a signed webhook naming a media id the stand-in serves, with the file's
 * sha256 in base64 as Meta's webhooks state it (the API checks the bytes it fetches against it).
 */
export async function customerSendsFileOnWhatsApp(request: APIRequestContext, file: CustomerFile) {
  return customerMessage(request, file);
}

async function customerMessage(request: APIRequestContext, content: { text: string } | CustomerFile) {
  const unique = `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-10);
  const waId = `62812${unique}`;
  const name = `Pelanggan WA ${unique.slice(-6)}`;
  await control(request, 'held-statuses', { to: waId });
  const { wamid } = await control<{ wamid: string }>(request, 'customer-messages', {
    phone_number_id: PHONE_NUMBER_ID,
    from: waId,
    name,
    ...content,
  });
  return { waId, name, wamid };
}

/** The same customer sends another file (their room already exists). */
export async function sameCustomerSendsFile(request: APIRequestContext, customer: { waId: string; name: string }, file: CustomerFile) {
  return control<{ wamid: string; mediaId: string }>(request, 'customer-messages', {
    phone_number_id: PHONE_NUMBER_ID,
    from: customer.waId,
    name: customer.name,
    ...file,
  });
}

/** Meta reports a delivery status of the latest message sent to the customer (a signed status webhook). */
export async function tick(request: APIRequestContext, waId: string, status: Tick) {
  return control<{ wamid: string }>(request, 'statuses', { to: waId, status });
}

/** The next send to the customer fails with Meta's error `code` (131026: undeliverable, reported by webhook). */
export async function failNextSend(request: APIRequestContext, waId: string, code: number) {
  return control(request, 'failures', { to: waId, code });
}

/** What the stand-in was asked to send to the customer. */
export async function sendsTo(request: APIRequestContext, waId: string) {
  const response = await request.get(`${GRAPH_URL}/_standin/sends?to=${waId}`);
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { data: { type: string; text: string; wamid: string | null; outcome: string }[] }).data;
}
