import type { Message, Room } from '@/lib/api/types';

/**
 * Desktop notifications and a short sound for new customer messages, both off until the agent
 * turns them on (a click, which may ask the browser's permission); remembered per user.
 */
export interface NotificationSettings {
  desktop: boolean;
  sound: boolean;
}

const OFF: NotificationSettings = { desktop: false, sound: false };
const listeners = new Set<() => void>();
const cached = new Map<number, { raw: string | null; settings: NotificationSettings }>();

export function notificationSettingsKey(userId: number): string {
  return `inbox.notifications.${userId}`;
}

function readRaw(userId: number): string | null {
  try {
    return window.localStorage.getItem(notificationSettingsKey(userId));
  } catch {
    return null;
  }
}

/** The user's choice (stable between changes, for useSyncExternalStore). */
export function readNotificationSettings(userId: number): NotificationSettings {
  const raw = readRaw(userId);
  const hit = cached.get(userId);
  if (hit && hit.raw === raw) return hit.settings;
  let settings = OFF;
  try {
    const value = raw ? (JSON.parse(raw) as Partial<NotificationSettings>) : {};
    settings = { desktop: value.desktop === true, sound: value.sound === true };
  } catch {
    // A damaged entry reads as off.
  }
  cached.set(userId, { raw, settings });
  return settings;
}

export function saveNotificationSettings(userId: number, settings: NotificationSettings) {
  try {
    window.localStorage.setItem(notificationSettingsKey(userId), JSON.stringify(settings));
  } catch {
    // Storage unavailable: the choice lasts for this page only.
  }
  for (const listener of listeners) listener();
}

export function subscribeNotificationSettings(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith('inbox.notifications.')) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export interface NotifyContext {
  message: Message;
  room: Room | undefined;
  selfId: number;
  /** The room the agent has open in this tab, if any. */
  openRoomId: number | null;
  hidden: boolean;
}

/**
 * Worth a notification: a customer's message in a room that is the agent's or nobody's, while the
 * agent is not looking at that room (another room is open, or the tab is hidden).
 */
export function shouldNotify({ message, room, selfId, openRoomId, hidden }: NotifyContext): boolean {
  if (message.direction !== 'INBOUND' || !room) return false;
  if (room.assignee !== null && room.assignee.id !== selfId) return false;
  return hidden || openRoomId !== message.roomId;
}

export function desktopPermission(): NotificationPermission | 'unsupported' {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks the browser once (must run in a click handler); true when notifications may be shown. */
export async function requestDesktopPermission(): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  if (Notification.permission === 'granted') return true;
  if (Notification.permission === 'denied') return false;
  return (await Notification.requestPermission()) === 'granted';
}

export function showDesktopNotification(title: string, body: string, tag: string, onClick: () => void) {
  if (desktopPermission() !== 'granted') return;
  // The same tag in every tab of this browser: one notification per message, not one per tab.
  const notification = new Notification(title, { body, tag });
  notification.onclick = () => {
    window.focus();
    onClick();
    notification.close();
  };
}

/**
 * Runs `task` in one tab only when every open tab gets the same event at once (Web Locks: the
 * first tab holds the lock for a few seconds, the others find it taken); without Web Locks, in each.
 */
export function inOneTab(name: string, task: () => void) {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks?.request) return task();
  void locks.request(name, { ifAvailable: true }, async (lock) => {
    if (!lock) return;
    task();
    await new Promise((resolve) => window.setTimeout(resolve, 5_000));
  });
}

let audio: AudioContext | null = null;

/** Creates (or wakes) the audio context; browsers allow that only from a user action. */
export function unlockSound() {
  if (typeof AudioContext === 'undefined') return;
  audio ??= new AudioContext();
  if (audio.state === 'suspended') void audio.resume();
}

/** A short, soft two-tone beep, made on the spot (no sound file to load). */
export function beep() {
  if (typeof AudioContext === 'undefined') return;
  audio ??= new AudioContext();
  const start = audio.currentTime;
  for (const [offset, frequency] of [
    [0, 880],
    [0.12, 1320],
  ] as const) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.15, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.1);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.11);
  }
}
