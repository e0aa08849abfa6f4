import type { TFunction } from 'i18next';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function startOfDay(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

/** "baru saja", "5 mnt", "3 j", "Kemarin", "Sen", "12 Nov": compact, for list rows. */
export function formatRelative(iso: string, now: number, t: TFunction<'inbox'>, language: string): string {
  const time = Date.parse(iso);
  const diff = now - time;
  if (diff < MINUTE) return t('time.now');
  if (diff < HOUR) return t('time.minutes', { n: Math.floor(diff / MINUTE) });
  if (diff < 12 * HOUR || startOfDay(time) === startOfDay(now)) return t('time.hours', { n: Math.floor(diff / HOUR) });
  const days = Math.round((startOfDay(now) - startOfDay(time)) / (24 * HOUR));
  if (days === 1) return t('time.yesterday');
  if (days < 7) return new Intl.DateTimeFormat(language, { weekday: 'short' }).format(time);
  const sameYear = new Date(time).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: sameYear ? undefined : 'numeric' }).format(
    time,
  );
}

/** The exact moment, for tooltips. */
export function formatExact(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short' }).format(Date.parse(iso));
}

export function formatClock(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(Date.parse(iso));
}

/** "Hari ini", "Kemarin" or the full date, for the day separators of a conversation. */
export function formatDay(iso: string, now: number, t: TFunction<'inbox'>, language: string): string {
  const days = Math.round((startOfDay(now) - startOfDay(Date.parse(iso))) / (24 * HOUR));
  if (days === 0) return t('time.today');
  if (days === 1) return t('time.yesterday');
  return new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    Date.parse(iso),
  );
}

export function dayKey(iso: string): number {
  return startOfDay(Date.parse(iso));
}
