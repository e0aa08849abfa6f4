#!/usr/bin/env node
// A customer writes on WhatsApp: posts one signed customer-message webhook to the inbox, shaped and signed
// as Meta does (see meta.mjs), and prints what it sent and what the inbox answered. `make customer-says` and
// `make customer-sends-image` call it.
//
//   node tools/graph-standin/customer.mjs --webhook URL --secret APP_SECRET --phone-number-id ID
//        [--from 6281234567890] [--name "Siti Rahmawati"] (--text "Halo..." | --image [--caption "..."])
//
// An image names a media id the Graph API stand-in serves (its demo picture) when the inbox fetches it.
import { createHash, randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import { customerMessage, deliver, DEMO_IMAGE, SIGNATURE_HEADER, sign } from './meta.mjs';

const { values } = parseArgs({
  options: {
    webhook: { type: 'string' },
    secret: { type: 'string' },
    'phone-number-id': { type: 'string' },
    from: { type: 'string', default: '6281234567890' },
    name: { type: 'string', default: 'Siti Rahmawati' },
    text: { type: 'string' },
    image: { type: 'boolean', default: false },
    caption: { type: 'string', default: 'Ini foto paketnya kak' },
  },
});
for (const required of ['webhook', 'secret', 'phone-number-id']) {
  if (!values[required]) {
    console.error(`--${required} is required`);
    process.exit(2);
  }
}
if (!values.image && !values.text) {
  console.error('--text or --image is required');
  process.exit(2);
}

const from = values.from.replace(/^\+/, '');
const image = values.image
  ? {
      caption: values.caption,
      mime_type: 'image/png',
      // Meta sends the file's sha256 in base64; the stand-in serves its demo picture for a media id it never saw
      sha256: createHash('sha256').update(DEMO_IMAGE).digest('base64'),
      id: String(randomInt(1e14, 2.8e14)),
    }
  : undefined;
const { body, wamid } = customerMessage(values['phone-number-id'], { from, name: values.name, text: values.text, image });
const result = await deliver(values.webhook, values.secret, body).catch((error) => {
  console.error(`Could not reach ${values.webhook}: ${error.cause?.code ?? error.message}. Is the inbox running (make run)?`);
  process.exit(1);
});
console.log(`POST ${values.webhook}`);
console.log(`  ${SIGNATURE_HEADER}: ${sign(result.body, values.secret)}`);
console.log(`  ${values.image ? `image (media id ${image.id}, "${image.caption}")` : `text "${values.text}"`} from ${values.name} (+${from}) `
  + `to phone_number_id ${values['phone-number-id']}, ${wamid}`);
console.log(`  -> ${result.status} ${result.text}`);
if (result.status !== 200) process.exit(1);
