#!/usr/bin/env node
// Writes N signed customer-message webhooks for the benchmark (wrk's Lua cannot compute an HMAC), one per
// line as "<X-Hub-Signature-256><TAB><body>", each with a unique wamid; the wamids go to --wamids, one a line.
//
//   node tools/graph-standin/bench-bodies.mjs --count 40000 --customers 2000 --phone-number-id ID \
//        --secret APP_SECRET --out bodies.tsv --wamids wamids.txt [--prefix 62899]
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { customerMessage, sign } from './meta.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '40000' },
    customers: { type: 'string', default: '2000' },
    'phone-number-id': { type: 'string' },
    secret: { type: 'string' },
    out: { type: 'string' },
    wamids: { type: 'string' },
    prefix: { type: 'string', default: '62899' },
  },
});
const count = Number(values.count);
const customers = Number(values.customers);
const bodies = createWriteStream(values.out);
const wamids = createWriteStream(values.wamids);
const texts = ['Halo kak, pesanan saya sudah dikirim?', 'Kak, ongkirnya berapa ke Bandung?', 'Apakah stoknya masih ada?',
  'Terima kasih, paketnya sudah sampai', 'Bisa minta nomor resinya?'];
for (let i = 0; i < count; i++) {
  const customer = i % customers;
  const from = values.prefix + String(customer).padStart(8, '0');
  const { body, wamid } = customerMessage(values['phone-number-id'], {
    from, name: `Pelanggan Bench ${customer}`, text: `${texts[i % texts.length]} (#${i})`,
  });
  const text = JSON.stringify(body);
  bodies.write(`${sign(text, values.secret)}\t${text}\n`);
  wamids.write(`${wamid}\n`);
}
bodies.end();
wamids.end();
