// Meta's side of the WhatsApp Cloud API webhooks, shaped as Meta documents them
// (https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/components): the notification
// envelope, customer messages, delivery statuses, and the X-Hub-Signature-256 signature.
// Used by the Graph API stand-in (server.mjs), `make customer-says` (customer.mjs) and the benchmark's
// body generator (bench-bodies.mjs). Node 20 built-ins only.
import { createHash, createHmac, randomBytes } from 'node:crypto';

// The demo image the stand-in serves for inbound media: a 64x64 PNG of a parcel.
export const DEMO_IMAGE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAIAAAAlC+aJAAAAcUlEQVR42u3ZsQ2AIABEUZZxBndwDtawsbZmDsdwEuagJxTSGIWX'
  + '/PaKV19Y0vHrAgAAAAAAAAAAAAAAwASAFNfXAmh17dvz8n1Wdc0BAAAAAAAAAAAAAAAAAAAAAAAAAAAAAL4B8JEBAAAAAAAADAcoOQhlHOmvpJ8AAAAASUVORK5CYII=',
'base64');

export const SIGNATURE_HEADER = 'X-Hub-Signature-256';

/** sha256=<hex HMAC-SHA256 of the raw body keyed with the app secret>, as Meta signs every notification. */
export function sign(body, appSecret) {
  return 'sha256=' + createHmac('sha256', appSecret).update(body).digest('hex');
}

/** A message id as Meta writes it: wamid. and base64 of a random id. */
export function wamid() {
  return 'wamid.HBgN' + randomBytes(18).toString('base64url').toUpperCase();
}

const seconds = (at = Date.now()) => String(Math.floor(at / 1000));

/** The notification envelope around one change of the number phoneNumberId. */
export function notification(phoneNumberId, value, { wabaId = '102290129340398', displayPhoneNumber = '15550783881' } = {}) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: wabaId,
        changes: [
          {
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: displayPhoneNumber, phone_number_id: phoneNumberId },
              ...value,
            },
            field: 'messages',
          },
        ],
      },
    ],
  };
}

/**
 * A customer's message: from (wa_id, international digits), name (their WhatsApp profile name) and either
 * text, image ({ id, mime_type, sha256, caption }) or document ({ id, mime_type, sha256, filename, caption }).
 * Answers the notification and the message's wamid.
 */
export function customerMessage(phoneNumberId, { from, name, text, image, document, id = wamid(), at = Date.now() }) {
  const message = { from, id, timestamp: seconds(at) };
  if (image) {
    message.type = 'image';
    message.image = image;
  } else if (document) {
    message.type = 'document';
    message.document = document;
  } else {
    message.type = 'text';
    message.text = { body: text };
  }
  const body = notification(phoneNumberId, { contacts: [{ profile: { name }, wa_id: from }], messages: [message] });
  return { body, wamid: id };
}

/** The Cloud API's error of a code, as statuses[].errors[] carries it. */
export function statusError({ code, title, details }) {
  return {
    code,
    title,
    message: title,
    error_data: { details },
    href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
  };
}

/** A delivery status of an outbound message: sent, delivered, read, or failed with errors. */
export function statusUpdate(phoneNumberId, { id, status, recipient, errors, at = Date.now(), conversationId }) {
  const update = { id, status, timestamp: seconds(at), recipient_id: recipient };
  if (status === 'failed') {
    update.errors = errors;
  } else {
    // what Meta adds to sent/delivered/read of a service conversation
    update.conversation = {
      id: conversationId ?? createHash('sha1').update(recipient).digest('hex').slice(0, 32),
      ...(status === 'sent' ? { expiration_timestamp: seconds(at + 24 * 3600 * 1000) } : {}),
      origin: { type: 'service' },
    };
    update.pricing = { billable: true, pricing_model: 'PMP', category: 'service' };
  }
  return notification(phoneNumberId, { statuses: [update] });
}

/** Posts a notification to the webhook URL signed with the app secret; answers { status, text, body }. */
export async function deliver(webhookUrl, appSecret, notificationBody) {
  const body = JSON.stringify(notificationBody);
  const response = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: sign(body, appSecret) },
    body,
  });
  return { status: response.status, text: await response.text(), body };
}
