import type { MessageKind } from '@/lib/api/types';

type AttachmentKind = Extract<MessageKind, 'IMAGE' | 'STICKER' | 'VIDEO' | 'AUDIO' | 'DOCUMENT'>;

const MB = 1024 * 1024;
/** The installation's default cap (INBOX_MEDIA_MAX_BYTES); the API refuses more with attachment-too-large. */
const INSTALLATION_CAP = 16 * MB;
const LIMITS: Record<AttachmentKind, number> = { IMAGE: 5 * MB, STICKER: 500 * 1024, VIDEO: 16 * MB, AUDIO: 16 * MB, DOCUMENT: 100 * MB };

/** The types WhatsApp takes (as the API's MediaRules), by MIME type. */
const KINDS: Record<string, AttachmentKind> = {
  'image/jpeg': 'IMAGE',
  'image/png': 'IMAGE',
  'image/webp': 'STICKER',
  'video/mp4': 'VIDEO',
  'video/3gpp': 'VIDEO',
  'audio/aac': 'AUDIO',
  'audio/mp4': 'AUDIO',
  'audio/mpeg': 'AUDIO',
  'audio/amr': 'AUDIO',
  'audio/ogg': 'AUDIO',
  'text/plain': 'DOCUMENT',
  'application/pdf': 'DOCUMENT',
  'application/msword': 'DOCUMENT',
  'application/vnd.ms-excel': 'DOCUMENT',
  'application/vnd.ms-powerpoint': 'DOCUMENT',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCUMENT',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'DOCUMENT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'DOCUMENT',
};

/** The file picker's accept list. */
export const ACCEPTED_TYPES = Object.keys(KINDS).join(',');

export type AttachmentCheck =
  | { ok: true; kind: AttachmentKind; captioned: boolean }
  | { ok: false; problem: 'type' | 'size' | 'empty'; limit?: number };

/** Whether WhatsApp takes the file, checked before it is uploaded (the API checks again). */
export function checkAttachment(file: { type: string; size: number }): AttachmentCheck {
  const kind = KINDS[(file.type.split(';')[0] ?? '').trim().toLowerCase()];
  if (!kind) return { ok: false, problem: 'type' };
  const limit = Math.min(LIMITS[kind], INSTALLATION_CAP);
  if (file.size > limit) return { ok: false, problem: 'size', limit };
  if (file.size === 0) return { ok: false, problem: 'empty' };
  return { ok: true, kind, captioned: kind === 'IMAGE' || kind === 'VIDEO' || kind === 'DOCUMENT' };
}

/** 1536 → "1.5 KB", in the user's language. */
export function formatSize(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
