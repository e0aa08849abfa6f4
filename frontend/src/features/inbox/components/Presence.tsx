import { useTranslation } from 'react-i18next';
import { Avatar } from '@/components/avatar/Avatar';
import type { PresenceViewer } from '@/lib/api/live-paths';
import styles from './Presence.module.css';

const MAX_FACES = 3;

function listOf(names: string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** "Dewi is typing…", "Dewi and Budi are typing…", or null when nobody is. */
export function useTypingText(viewers: readonly PresenceViewer[]): string | null {
  const { t, i18n } = useTranslation('inbox');
  const typing = viewers.filter((viewer) => viewer.typing).map((viewer) => viewer.name);
  if (typing.length === 0) return null;
  const names = listOf(typing, i18n.language);
  return typing.length === 1 ? t('presence.typingOne', { names }) : t('presence.typingMany', { names });
}

/** The faces of colleagues viewing a room, named for assistive technology. */
export function Viewers({ viewers, size = 22 }: { viewers: readonly PresenceViewer[]; size?: number }) {
  const { t, i18n } = useTranslation('inbox');
  if (viewers.length === 0) return null;
  const label = t('presence.viewing', { names: listOf(viewers.map((viewer) => viewer.name), i18n.language) });
  const extra = viewers.length - MAX_FACES;
  return (
    <span className={styles.viewers} role="img" aria-label={label} title={label} data-testid="viewers">
      {viewers.slice(0, MAX_FACES).map((viewer) => (
        <span key={viewer.id} className={viewer.typing ? [styles.face, styles.typing].join(' ') : styles.face}>
          <Avatar name={viewer.name} size={size} />
        </span>
      ))}
      {extra > 0 && (
        <span className={styles.more} aria-hidden="true">
          +{extra}
        </span>
      )}
    </span>
  );
}

/** Under the room header: who else is here, and who is typing. */
export function RoomPresence({ viewers }: { viewers: readonly PresenceViewer[] }) {
  const typingText = useTypingText(viewers);
  if (viewers.length === 0) return null;
  return (
    <div className={styles.roomPresence}>
      <Viewers viewers={viewers} size={24} />
      <span className={styles.typingText} aria-live="polite">
        {typingText}
      </span>
    </div>
  );
}
