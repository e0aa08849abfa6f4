import { describe, expect, it } from 'vitest';
import { tabTitle } from './unread-count';

describe('the tab title', () => {
  it('puts the unread count in front, 99+ when the API capped it, nothing when none wait', () => {
    expect(tabTitle('Inbox', { count: 3, capped: false })).toBe('(3) Inbox');
    expect(tabTitle('Inbox', { count: 99, capped: true })).toBe('(99+) Inbox');
    expect(tabTitle('Inbox', { count: 0, capped: false })).toBe('Inbox');
    expect(tabTitle('Inbox', undefined)).toBe('Inbox');
  });
});
