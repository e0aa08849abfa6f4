import { useState } from 'react';
import styles from './Avatar.module.css';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters
    .map((part) => [...(part ?? '')][0] ?? '')
    .join('')
    .toUpperCase();
}

// A stable, calm colour per person, so the same customer is recognisable at a glance.
const HUES = [210, 160, 260, 20, 330, 190, 40, 120, 290, 0];
function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return HUES[Math.abs(hash) % HUES.length]!;
}

interface AvatarProps {
  name: string;
  src?: string | null;
  size?: number;
}

/** The picture when there is one and it loads; the initials otherwise. Decorative. */
export function Avatar({ name, src, size = 36 }: AvatarProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const showImage = Boolean(src) && failedSrc !== src;
  const hue = hueOf(name);
  return (
    <span
      className={styles.avatar}
      style={{
        width: size,
        height: size,
        fontSize: Math.round(size * 0.38),
        background: `hsl(${hue} 70% 94%)`,
        color: `hsl(${hue} 45% 32%)`,
      }}
      aria-hidden="true"
      data-testid="avatar"
    >
      {showImage ? (
        <img src={src!} alt="" width={size} height={size} onError={() => setFailedSrc(src ?? null)} />
      ) : (
        initials(name)
      )}
    </span>
  );
}
