import { describe, expect, it } from 'vitest';
import { parseRetryAfter, toApiError } from './errors';

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => expect(parseRetryAfter('30')).toBe(30));
  it('reads an HTTP date', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:00 GMT', now)).toBe(60);
  });
  it('ignores missing or garbage values', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('toApiError', () => {
  it('keeps status, code and field errors of a problem', async () => {
    const error = await toApiError(
      new Response(
        JSON.stringify({ status: 400, code: 'validation-failed', errors: [{ field: 'password', message: 'blank' }] }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation-failed');
    expect(error.fieldErrors).toEqual([{ field: 'password', message: 'blank' }]);
  });

  it('survives a body that is not JSON', async () => {
    const error = await toApiError(new Response('<html>oops</html>', { status: 502 }));
    expect(error.status).toBe(502);
    expect(error.code).toBeUndefined();
  });
});
