import type { ChannelKind } from '@/lib/api/types';

const COLORS: Record<ChannelKind, string> = {
  WHATSAPP: '#16a34a',
  INSTAGRAM: '#db2777',
  MESSENGER: '#2563eb',
  TELEGRAM: '#0284c7',
  LINE: '#059669',
  EMAIL: '#64748b',
  WEBCHAT: '#7c3aed',
};

/** A small glyph per network, in its colour; decorative (the channel name is always next to it). */
export function ChannelIcon({ kind, size = 14 }: { kind: ChannelKind; size?: number }) {
  const color = COLORS[kind];
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" style={{ flex: 'none', color }}>
      {kind === 'WHATSAPP' && (
        <>
          <path
            d="M8 1.8a6.2 6.2 0 0 0-5.4 9.3L1.8 14.2l3.2-.8A6.2 6.2 0 1 0 8 1.8z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinejoin="round"
          />
          <path d="M6 5.6c.3 1.9 1.9 3.9 4.3 4.6l.7-1-1.2-.7-.6.6c-.9-.4-1.6-1.1-2-2l.6-.6-.7-1.2z" fill="currentColor" />
        </>
      )}
      {kind === 'INSTAGRAM' && (
        <>
          <rect x="2" y="2" width="12" height="12" rx="3.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <circle cx="8" cy="8" r="2.7" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <circle cx="11.6" cy="4.4" r="0.9" fill="currentColor" />
        </>
      )}
      {kind === 'MESSENGER' && (
        <>
          <path
            d="M8 1.8C4.5 1.8 1.8 4.3 1.8 7.6c0 1.8.8 3.4 2.2 4.5v2.2l2-1.1c.6.2 1.3.3 2 .3 3.5 0 6.2-2.6 6.2-5.9S11.5 1.8 8 1.8z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinejoin="round"
          />
          <path d="M4.6 9.4l2.3-2.5 1.5 1.3 2.9-1.7-2.3 2.6-1.5-1.3z" fill="currentColor" />
        </>
      )}
      {kind === 'TELEGRAM' && (
        <path d="M1.8 7.4l12-4.6-2 10.6-3.9-2.8-2 1.9.2-3 5.3-4.8-6.6 4z" fill="none" stroke="currentColor" strokeWidth="1.3" strokeLinejoin="round" />
      )}
      {kind === 'LINE' && (
        <>
          <rect x="1.8" y="2.6" width="12.4" height="9.6" rx="4.4" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <path d="M6 12.2l-.4 2 2.8-2" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
        </>
      )}
      {kind === 'EMAIL' && (
        <>
          <rect x="1.8" y="3.3" width="12.4" height="9.4" rx="1.6" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <path d="M2.3 4.2L8 8.6l5.7-4.4" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
        </>
      )}
      {kind === 'WEBCHAT' && (
        <>
          <path
            d="M2.2 3.8A1.6 1.6 0 0 1 3.8 2.2h8.4a1.6 1.6 0 0 1 1.6 1.6v5.8a1.6 1.6 0 0 1-1.6 1.6H7l-3 2.6v-2.6h-.2a1.6 1.6 0 0 1-1.6-1.6z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinejoin="round"
          />
          <circle cx="5.5" cy="6.7" r="0.9" fill="currentColor" />
          <circle cx="8" cy="6.7" r="0.9" fill="currentColor" />
          <circle cx="10.5" cy="6.7" r="0.9" fill="currentColor" />
        </>
      )}
    </svg>
  );
}
