import { describe, expect, it } from 'vitest';
import { bodyOf } from './fetchers';

describe('bodyOf', () => {
  it('returns the body the API sent', () => {
    expect(bodyOf({ data: { id: 1 }, response: new Response(null, { status: 200 }) })).toEqual({ id: 1 });
  });

  it('refuses an answer without the body the contract promises, instead of passing undefined on', () => {
    expect(() => bodyOf({ data: undefined, response: new Response(null, { status: 200 }) })).toThrow('answered 200 without a body');
  });

  it('rethrows an error openapi-fetch handed back', () => {
    const error = new Error('refused');
    expect(() => bodyOf({ error, response: new Response(null, { status: 400 }) })).toThrow(error);
  });
});
