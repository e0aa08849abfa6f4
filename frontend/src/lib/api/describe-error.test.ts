import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n';
import { describeApiError } from './describe-error';
import { ApiError, NetworkError } from './errors';

const id = i18n.getFixedT('id', 'common');
const en = i18n.getFixedT('en', 'common');

describe('describeApiError', () => {
  it('tells an unreachable database apart from a generic failure, in both languages', () => {
    const error = new ApiError(503, { status: 503, code: 'database-unavailable' }, 2);
    expect(describeApiError(error, id)).toBe('Server sedang tidak dapat menjangkau database; coba lagi sebentar.');
    expect(describeApiError(error, en)).toBe('The server cannot reach its database right now; try again in a moment.');
  });

  it('reads the 429 code the API really sends (too-many-attempts)', () => {
    expect(describeApiError(new ApiError(429, { code: 'too-many-attempts' }), en)).toBe('Too many attempts. Try again in a moment.');
    // Without a body the status alone still says it.
    expect(describeApiError(new ApiError(429, undefined), id)).toBe('Terlalu banyak percobaan. Coba lagi sebentar lagi.');
  });

  it('says a write from an out-of-date screen changed nothing', () => {
    expect(describeApiError(new ApiError(412, { code: 'room-changed' }), en)).toMatch(/changed since you opened it; nothing was changed/);
    expect(describeApiError(new ApiError(409, { code: 'request-in-flight' }), id)).toBe('Pesan yang sama masih dikirim. Tunggu sebentar.');
  });

  it('never shows the server text for codes without a sentence of their own', () => {
    expect(describeApiError(new ApiError(500, { code: 'malformed-request', detail: 'Jackson at line 3' }), en)).toBe(
      'Something went wrong. Please try again.',
    );
    expect(describeApiError(new NetworkError(new TypeError('fetch failed')), id)).toBe('Tidak dapat terhubung ke server.');
  });
});
