#!/usr/bin/env node
// A local stand-in for Meta's Graph API (WhatsApp Business Cloud API), for the demo (`make run`), the
// browser tests and the benchmark. It replaces only Meta: the inbox talks to it over real HTTP exactly as it
// talks to graph.facebook.com, and it calls the inbox's webhook exactly as Meta does. Node 20, no
// dependencies (node:http, node:crypto).
//
//   node tools/graph-standin/server.mjs
//
// Settings (environment):
//   GRAPH_STANDIN_HOST          127.0.0.1          listen address (keep it on loopback)
//   GRAPH_STANDIN_PORT          8089               port
//   GRAPH_STANDIN_WEBHOOK_URL   (none)             the inbox's webhook, e.g. http://127.0.0.1:8080/webhooks/whatsapp;
//                                                  without it no status webhooks are sent
//   GRAPH_STANDIN_APP_SECRET    (none)             the Meta app secret the webhooks are signed with
//                                                  (the inbox's INBOX_WHATSAPP_APP_SECRET)
//   GRAPH_STANDIN_ACCESS_TOKEN  (none)             when set, only this bearer token is accepted (else any)
//   GRAPH_STANDIN_STATUS_DELAYS 400,1500,4000      ms after a send at which its sent, delivered and read
//                                                  statuses are posted; "none": no statuses
//
// The Graph API, as Meta documents it ({version} is any vN.N, e.g. v21.0):
//   POST /{version}/{phone-number-id}/messages
//        -> 200 {"messaging_product":"whatsapp","contacts":[{"input","wa_id"}],"messages":[{"id":"wamid..."}]},
//           then, asynchronously, signed webhooks to GRAPH_STANDIN_WEBHOOK_URL with statuses[] sent, delivered
//           and read of that wamid (each retried a few times while the inbox does not answer 200)
//   POST /{version}/{phone-number-id}/media   (multipart/form-data: messaging_product, type, file)  -> {"id"}
//   GET  /{version}/{media-id}               -> {"messaging_product","url","mime_type","sha256","file_size","id"};
//        url is served by this stand-in (bearer token required, as Meta's); an id it never received an
//        upload for is the demo image (a 64x64 PNG parcel), so every inbound image has bytes
//   GET  /{version}/{waba-id}/message_templates?limit=&after=
//        -> {"data":[{"name","language","status":"APPROVED","category","components":[...],"id"}],
//            "paging":{"cursors":{"before","after"},"next"?}}
//   Errors are Meta's: HTTP 4xx {"error":{"message","type","code","error_subcode"?,"error_data","fbtrace_id"}};
//   no bearer token is 401 code 190.
//
// Control endpoints for tests and demos (not Meta's):
//   POST   /_standin/failures  {"to":"628...","code":131026,"title"?,"details"?,"via"?:"webhook"|"http",
//                               "httpStatus"?:400,"times"?:1}
//          the next `times` sends to `to` fail with `code`. via "webhook" (default for 131026, 131047, 131048,
//          131049, 131050, 131051) answers the send with a wamid and then posts a `failed` status with
//          errors[{code,title,message,error_data:{details}}], as Meta reports undeliverable messages; via "http"
//          (default for the other codes, e.g. 130429, 131056, 131000, 100, 190) answers the send itself with
//          an HTTP error body. Known codes get Meta's title and details when none are given. -> 201 the rule
//   GET    /_standin/failures   rules not yet used up        DELETE /_standin/failures   forget them
//   POST   /_standin/held-statuses {"to":"628..."}   sends to `to` get no automatic statuses from now on; a test
//          posts them itself, one at a time, with:
//   POST   /_standin/statuses {"to":"628...","status":"sent"|"delivered"|"read"}   posts that signed status webhook
//          for the latest wamid sent to `to`; -> {"wamid","webhookStatus"}
//   GET    /_standin/sends?phone_number_id=&to=&since=   sends received (since: epoch ms), oldest first:
//          {"data":[{"at","phoneNumberId","to","type","text","wamid","outcome"}]}
//   POST   /_standin/customer-messages {"phone_number_id","from","name","text"}   posts a signed customer
//          message webhook to the inbox, as Meta would; -> {"wamid","webhookStatus"}. Instead of text,
//          "image":{"caption"?} (the demo PNG) or "document":{"filename","caption"?} (a small PDF) sends a
//          file: the stand-in keeps it under a new media id and states its sha256 in base64, as Meta's
//          webhooks do; -> also {"mediaId"}
//   GET    /_standin/health     -> {"ok":true}
//
// Logs one line per request it answers and per webhook it posts, on stdout.
import http from 'node:http';
import { createHash, randomInt } from 'node:crypto';
import { customerMessage, deliver, DEMO_IMAGE, statusError, statusUpdate, wamid as newWamid } from './meta.mjs';

const HOST = process.env.GRAPH_STANDIN_HOST ?? '127.0.0.1';
const PORT = Number(process.env.GRAPH_STANDIN_PORT ?? 8089);
const WEBHOOK_URL = process.env.GRAPH_STANDIN_WEBHOOK_URL ?? '';
const APP_SECRET = process.env.GRAPH_STANDIN_APP_SECRET ?? '';
const ACCESS_TOKEN = process.env.GRAPH_STANDIN_ACCESS_TOKEN ?? '';
const DELAYS = (process.env.GRAPH_STANDIN_STATUS_DELAYS ?? '400,1500,4000').trim();
const STATUS_DELAYS = DELAYS === 'none' ? [] : DELAYS.split(',').map(Number);
const STATUSES = ['sent', 'delivered', 'read'];

// Meta's words for the codes tests and demos use (Cloud API error codes).
const KNOWN_ERRORS = {
  100: ['Invalid parameter', 'Invalid parameter', 'http'],
  190: ['Invalid OAuth access token', 'Invalid OAuth access token - Cannot parse access token', 'http', 401],
  130429: ['Rate limit hit', 'Cloud API message throughput has been reached.', 'http'],
  131000: ['Something went wrong', 'Something went wrong', 'http', 500],
  131026: ['Message undeliverable', 'Unable to deliver message. Reasons can include: the recipient phone number is not a '
    + 'WhatsApp phone number; the recipient has not accepted our new Terms of Service and Privacy Policy; the recipient is '
    + 'using an old WhatsApp version.', 'webhook'],
  131047: ['Re-engagement message', 'Message failed to send because more than 24 hours have passed since the customer '
    + 'last replied to this number.', 'webhook'],
  131048: ['Spam rate limit hit', 'Message failed to send because there are restrictions on how many messages can be sent '
    + 'from this phone number.', 'webhook'],
  131049: ['This message was not delivered to maintain healthy ecosystem engagement.', 'In order to maintain a healthy '
    + 'ecosystem engagement, the message failed to be delivered.', 'webhook'],
  131056: ['(Business Account, Consumer Account) pair rate limit hit', 'Too many messages sent from the sender phone '
    + 'number to the same recipient phone number in a short period of time.', 'http'],
};


const TEMPLATES = [
  template('order_update', 'id', 'UTILITY', 'Halo {{1}}, pesanan {{2}} Anda sudah {{3}}. Terima kasih telah berbelanja!',
    ['Budi', 'ORD-482913', 'dikirim']),
  template('order_update', 'en', 'UTILITY', 'Hi {{1}}, your order {{2}} has been {{3}}. Thank you for shopping with us!',
    ['Budi', 'ORD-482913', 'shipped']),
  template('payment_reminder', 'id', 'UTILITY', 'Halo {{1}}, tagihan {{2}} sebesar {{3}} jatuh tempo besok.',
    ['Siti', 'INV-2291', 'Rp150.000']),
  template('follow_up', 'id', 'UTILITY', 'Halo {{1}}, apakah masih ada yang bisa kami bantu terkait {{2}}?',
    ['Dewi', 'pesanan Anda']),
  template('feedback_request', 'id', 'MARKETING', 'Halo {{1}}, bagaimana pengalaman belanja Anda? Balas 1-5 ya.', ['Rina']),
];

function template(name, language, category, body, example) {
  const id = String(BigInt('0x' + createHash('sha1').update(name + language).digest('hex').slice(0, 13)));
  return {
    name, language, status: 'APPROVED', category, id, parameter_format: 'POSITIONAL',
    components: [
      { type: 'BODY', text: body, example: { body_text: [example] } },
      { type: 'FOOTER', text: 'Balas STOP untuk berhenti' },
    ],
  };
}

// A one-page PDF, what a customer's document webhook names.
const DEMO_PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const failures = [];      // { to, code, title, details, via, httpStatus, times }
const sends = [];         // { at, phoneNumberId, to, type, text, wamid, outcome }
const uploads = new Map(); // media id -> { bytes, mime }
const held = new Set();    // recipients whose statuses a test posts itself

const log = (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);
const fbtrace = () => 'A' + Math.random().toString(36).slice(2, 12).toUpperCase();

function graphError(code, message, { type = 'OAuthException', subcode, details } = {}) {
  const error = { message, type, code };
  if (subcode != null) error.error_subcode = subcode;
  if (details) error.error_data = { messaging_product: 'whatsapp', details };
  error.fbtrace_id = fbtrace();
  return { error };
}

function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
  return status;
}

async function readBody(req, limit = 20 * 1024 * 1024) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function parseJson(buffer) {
  try {
    return JSON.parse(buffer.toString('utf8'));
  } catch {
    return undefined;
  }
}

function bearer(req) {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return null;
  return !ACCESS_TOKEN || match[1] === ACCESS_TOKEN ? match[1] : null;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts a notification to the inbox as Meta does, retrying a few times while it does not answer 200. */
async function notify(what, body) {
  if (!WEBHOOK_URL || !APP_SECRET) return null;
  for (let attempt = 1; attempt <= 5; attempt++) {
    const started = Date.now();
    try {
      const result = await deliver(WEBHOOK_URL, APP_SECRET, body);
      log(`-> webhook ${what} ${result.status} ${Date.now() - started}ms${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
      if (result.status === 200) return result.status;
    } catch (error) {
      log(`-> webhook ${what} failed: ${error.cause?.code ?? error.message} (attempt ${attempt})`);
    }
    await sleep(1000 * 2 ** (attempt - 1));
  }
  return null;
}

/** sent, delivered, read of a wamid, in order, at the configured delays after the send. */
async function statusesOf(phoneNumberId, id, recipient, sentAt) {
  for (let i = 0; i < STATUS_DELAYS.length && i < STATUSES.length; i++) {
    const wait = sentAt + STATUS_DELAYS[i] - Date.now();
    if (wait > 0) await sleep(wait);
    await notify(`${STATUSES[i]} ${id}`, statusUpdate(phoneNumberId, { id, status: STATUSES[i], recipient }));
  }
}

function takeFailure(to) {
  const index = failures.findIndex((rule) => rule.to === to);
  if (index < 0) return null;
  const rule = failures[index];
  if (--rule.times <= 0) failures.splice(index, 1);
  return rule;
}

async function sendMessage(req, res, phoneNumberId) {
  const body = parseJson(await readBody(req));
  if (!bearer(req)) {
    return json(res, 401, graphError(190, 'Invalid OAuth access token - Cannot parse access token'));
  }
  if (!body || body.messaging_product !== 'whatsapp' || typeof body.to !== 'string' || !body.to || !body.type) {
    return json(res, 400, graphError(100, '(#100) Invalid parameter', { details: 'messaging_product, to and type are required' }));
  }
  const to = body.to.replace(/^\+/, '');
  const text = body.type === 'text' ? body.text?.body : body.type === 'template' ? `template ${body.template?.name}` : body.type;
  const record = { at: Date.now(), phoneNumberId, to, type: body.type, text, wamid: null, outcome: 'accepted' };
  sends.push(record);
  res.note = `to=${to}`;
  const failure = takeFailure(to);
  if (failure?.via === 'http') {
    record.outcome = `http ${failure.httpStatus} code ${failure.code}`;
    res.note += ` ${record.outcome}`;
    return json(res, failure.httpStatus, graphError(failure.code, `(#${failure.code}) ${failure.title}`,
      { details: failure.details, subcode: failure.subcode }));
  }
  const id = newWamid();
  record.wamid = id;
  res.note += ` ${id}${failure ? ` (will fail: ${failure.code})` : ''}`;
  const status = json(res, 200, {
    messaging_product: 'whatsapp',
    contacts: [{ input: body.to, wa_id: to }],
    messages: [{ id }],
  });
  if (failure) {
    record.outcome = `failed status code ${failure.code}`;
    setTimeout(() => notify(`failed ${id} (${failure.code})`, statusUpdate(phoneNumberId, {
      id, status: 'failed', recipient: to, errors: [statusError(failure)],
    })), STATUS_DELAYS[0] ?? 400);
  } else if (!held.has(to)) {
    statusesOf(phoneNumberId, id, to, record.at);
  }
  return status;
}

/** The file part of a multipart/form-data body (enough for the Graph API's media upload). */
function filePart(contentType, buffer) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!boundary) return null;
  const delimiter = Buffer.from('--' + (boundary[1] ?? boundary[2]));
  let start = buffer.indexOf(delimiter);
  while (start >= 0) {
    const next = buffer.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const part = buffer.subarray(start + delimiter.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    if (/name="file"/i.test(headers)) {
      const mime = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream';
      return { bytes: Buffer.from(part.subarray(split + 4)), mime };
    }
    start = next;
  }
  return null;
}

async function uploadMedia(req, res) {
  const buffer = await readBody(req);
  if (!bearer(req)) return json(res, 401, graphError(190, 'Invalid OAuth access token - Cannot parse access token'));
  const file = filePart(req.headers['content-type'], buffer);
  if (!file || file.bytes.length === 0) {
    return json(res, 400, graphError(100, '(#100) The parameter file is required.'));
  }
  const id = String(randomInt(1e14, 2.8e14));
  uploads.set(id, file);
  return json(res, 200, { id });
}

function media(id) {
  return uploads.get(id) ?? { bytes: DEMO_IMAGE, mime: 'image/png' };
}

function mediaUrl(req, res, id) {
  if (!bearer(req)) return json(res, 401, graphError(190, 'Invalid OAuth access token - Cannot parse access token'));
  const file = media(id);
  return json(res, 200, {
    messaging_product: 'whatsapp',
    url: `http://${req.headers.host}/whatsapp_business/attachments/?mid=${id}&ext=${Date.now()}`,
    mime_type: file.mime,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    file_size: file.bytes.length,
    id,
  });
}

function mediaBytes(req, res, url) {
  if (!bearer(req)) return json(res, 401, graphError(190, 'Invalid OAuth access token - Cannot parse access token'));
  const file = media(url.searchParams.get('mid') ?? '');
  res.writeHead(200, { 'Content-Type': file.mime, 'Content-Length': file.bytes.length });
  res.end(file.bytes);
  return 200;
}

function templates(req, res, url, wabaId) {
  if (!bearer(req)) return json(res, 401, graphError(190, 'Invalid OAuth access token - Cannot parse access token'));
  const limit = Math.max(1, Math.min(100, Number(url.searchParams.get('limit') ?? 25) || 25));
  const after = url.searchParams.get('after');
  const from = after ? Number(Buffer.from(after, 'base64url').toString()) + 1 : 0;
  const data = TEMPLATES.slice(from, from + limit);
  const cursor = (index) => Buffer.from(String(index)).toString('base64url');
  const paging = { cursors: { before: cursor(from), after: cursor(from + data.length - 1) } };
  if (from + data.length < TEMPLATES.length) {
    const next = new URL(url.pathname + url.search, `http://${req.headers.host}`);
    next.searchParams.set('after', paging.cursors.after);
    paging.next = next.toString();
  }
  res.note = `WABA ${wabaId}: ${data.length} templates`;
  return json(res, 200, { data, paging });
}

async function control(req, res, url) {
  const path = url.pathname;
  if (path === '/_standin/health') return json(res, 200, { ok: true });
  if (path === '/_standin/failures' && req.method === 'POST') {
    const body = parseJson(await readBody(req));
    if (!body || typeof body.to !== 'string' || !Number.isInteger(body.code)) {
      return json(res, 400, { error: 'to (wa_id) and code (integer) are required' });
    }
    const known = KNOWN_ERRORS[body.code] ?? [];
    const rule = {
      to: body.to.replace(/^\+/, ''),
      code: body.code,
      title: body.title ?? known[0] ?? 'Error',
      details: body.details ?? known[1] ?? null,
      subcode: body.subcode,
      via: body.via ?? known[2] ?? 'http',
      httpStatus: body.httpStatus ?? known[3] ?? 400,
      times: Math.max(1, body.times ?? 1),
    };
    failures.push(rule);
    return json(res, 201, rule);
  }
  if (path === '/_standin/failures' && req.method === 'GET') return json(res, 200, { data: failures });
  if (path === '/_standin/failures' && req.method === 'DELETE') {
    failures.length = 0;
    res.writeHead(204).end();
    return 204;
  }
  if (path === '/_standin/sends' && req.method === 'GET') {
    const number = url.searchParams.get('phone_number_id');
    const to = url.searchParams.get('to')?.replace(/^\+/, '');
    const since = Number(url.searchParams.get('since') ?? 0);
    return json(res, 200, {
      data: sends.filter((s) => (!number || s.phoneNumberId === number) && (!to || s.to === to) && s.at >= since),
    });
  }
  if (path === '/_standin/held-statuses' && req.method === 'POST') {
    const body = parseJson(await readBody(req));
    if (typeof body?.to !== 'string') return json(res, 400, { error: 'to (wa_id) is required' });
    held.add(body.to.replace(/^\+/, ''));
    return json(res, 201, { to: body.to });
  }
  if (path === '/_standin/statuses' && req.method === 'POST') {
    const body = parseJson(await readBody(req));
    const to = typeof body?.to === 'string' ? body.to.replace(/^\+/, '') : '';
    if (!to || !STATUSES.includes(body.status)) return json(res, 400, { error: 'to and status (sent, delivered, read) are required' });
    const last = sends.findLast((s) => s.to === to && s.wamid);
    if (!last) return json(res, 404, { error: `nothing was sent to ${to}` });
    const webhookStatus = await notify(`${body.status} ${last.wamid}`,
      statusUpdate(last.phoneNumberId, { id: last.wamid, status: body.status, recipient: to }));
    return json(res, webhookStatus === 200 ? 200 : 502, { wamid: last.wamid, webhookStatus });
  }
  if (path === '/_standin/customer-messages' && req.method === 'POST') {
    const body = parseJson(await readBody(req));
    if (!body?.phone_number_id || !body.from || !(body.text || body.image || body.document?.filename)) {
      return json(res, 400, { error: 'phone_number_id, from and text, image or document (with filename) are required' });
    }
    const file = body.image ? { bytes: DEMO_IMAGE, mime: 'image/png' } : body.document ? { bytes: DEMO_PDF, mime: 'application/pdf' } : null;
    const mediaId = file ? String(randomInt(1e14, 2.8e14)) : undefined;
    if (file) uploads.set(mediaId, file);
    const stated = file && {
      id: mediaId, mime_type: file.mime, sha256: createHash('sha256').update(file.bytes).digest('base64'),
      ...(body.image?.caption || body.document?.caption ? { caption: String((body.image ?? body.document).caption) } : {}),
      ...(body.document ? { filename: String(body.document.filename) } : {}),
    };
    const message = customerMessage(String(body.phone_number_id), {
      from: String(body.from).replace(/^\+/, ''), name: body.name ?? 'Pelanggan', text: body.text,
      image: body.image ? stated : undefined, document: body.document ? stated : undefined,
    });
    const webhookStatus = await notify(`message ${message.wamid}`, message.body);
    return json(res, webhookStatus === 200 ? 200 : 502, { wamid: message.wamid, webhookStatus, mediaId });
  }
  return json(res, 404, { error: 'no such control endpoint' });
}

async function route(req, res) {
  const url = new URL(req.url, 'http://stand-in');
  if (url.pathname.startsWith('/_standin/')) return control(req, res, url);
  if (url.pathname === '/whatsapp_business/attachments/' && req.method === 'GET') return mediaBytes(req, res, url);
  let match;
  if (req.method === 'POST' && (match = /^\/v\d+\.\d+\/(\d+)\/messages$/.exec(url.pathname))) {
    return sendMessage(req, res, match[1]);
  }
  if (req.method === 'POST' && (match = /^\/v\d+\.\d+\/(\d+)\/media$/.exec(url.pathname))) return uploadMedia(req, res);
  if (req.method === 'GET' && (match = /^\/v\d+\.\d+\/(\d+)\/message_templates$/.exec(url.pathname))) {
    return templates(req, res, url, match[1]);
  }
  if (req.method === 'GET' && (match = /^\/v\d+\.\d+\/(\d+)$/.exec(url.pathname))) return mediaUrl(req, res, match[1]);
  await readBody(req).catch(() => null);
  return json(res, 400, graphError(100, `Unsupported ${req.method.toLowerCase()} request. Object with ID '${url.pathname}' `
    + 'does not exist, cannot be loaded due to missing permissions, or does not support this operation.',
  { type: 'GraphMethodException', subcode: 33 }));
}

const server = http.createServer(async (req, res) => {
  const started = Date.now();
  let status;
  try {
    status = await route(req, res);
  } catch (error) {
    status = error.status ?? 500;
    if (!res.headersSent) json(res, status, graphError(1, error.message, { type: 'OAuthException' }));
  }
  log(`${req.method} ${req.url} ${status} ${Date.now() - started}ms${res.note ? ' ' + res.note : ''}`);
});
server.keepAliveTimeout = 65_000;
server.listen(PORT, HOST, () => {
  log(`Graph API stand-in on http://${HOST}:${PORT}; webhooks to ${WEBHOOK_URL || '(none)'}; statuses after ${DELAYS} ms`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
