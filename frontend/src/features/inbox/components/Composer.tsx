import type { Room } from '@/lib/api/types';
import { useComposerMode } from '../hooks/use-composer-mode';
import { useNow } from '../hooks/use-now';
import { sessionStateAt } from '../lib/session-window';
import { ComposerModes } from './ComposerModes';
import { ExpiredComposer } from './ExpiredComposer';
import { NoteComposer } from './NoteComposer';
import { ReplyBox } from './ReplyBox';
import styles from './Composer.module.css';

export interface ComposerProps {
  room: Room;
  canAct: boolean;
  onSendTemplate: () => void;
  /** The signed-in agent's name, for {{agent.name}} in canned replies. */
  agentName: string;
  /** The newest message the screen shows: a reply refers to it (the stale-reply check). */
  newestMessageId?: number | null;
  /** The agent typed (colleagues see "… is typing"). */
  onTyping?: () => void;
  /** The draft was sent or emptied. */
  onStoppedTyping?: () => void;
  /** The signed-in user (left out of a note's @ suggestions). */
  selfId?: number;
}

/**
 * The reply box while the session window is open; once it has closed, an explanation and the
 * template path instead (a template is the only thing WhatsApp and co. still accept). A switch
 * above it turns it into a private note's box, which works whatever the window.
 */
export function Composer(props: ComposerProps) {
  const { room, canAct, onSendTemplate, selfId } = props;
  const now = useNow(1000);
  const expired = sessionStateAt(room, now) === 'EXPIRED';
  const [mode, setMode] = useComposerMode(room.id);
  return (
    <div className={styles.area}>
      <ComposerModes mode={mode} onChange={setMode} />
      {mode === 'note' ? (
        <NoteComposer key={room.id} room={room} selfId={selfId} />
      ) : expired ? (
        <ExpiredComposer room={room} canAct={canAct} onSendTemplate={onSendTemplate} />
      ) : (
        <ReplyBox key={room.id} {...props} />
      )}
    </div>
  );
}
