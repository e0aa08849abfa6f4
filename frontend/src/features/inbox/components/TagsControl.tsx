import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Room } from '@/lib/api/types';
import { useTags } from '../api/reference-queries';
import { useTagRoom } from '../api/room-writes';
import styles from './RoomPanel.module.css';

/** The room's tags; who may act on the room adds and removes them. */
export function TagsControl({ room, canAct, onError }: { room: Room; canAct: boolean; onError: (error: unknown) => void }) {
  const { t } = useTranslation('inbox');
  const tags = useTags();
  const tag = useTagRoom(room.id);
  const available = (tags.data ?? []).filter((item) => !room.tags.some((own) => own.id === item.id));

  return (
    <div className={styles.tags} role="group" aria-label={t('room.tags')}>
      {room.tags.map((item) => (
        <span key={item.id} className={styles.tag} style={{ ['--tag' as string]: item.color }}>
          {item.name}
          {canAct && (
            <button
              type="button"
              aria-label={t('room.removeTag', { name: item.name })}
              disabled={tag.isPending}
              onClick={() => tag.mutate({ tagId: item.id, add: false, seen: room }, { onError })}
            >
              <X size={10} strokeWidth={3} aria-hidden="true" />
            </button>
          )}
        </span>
      ))}
      {canAct && available.length > 0 && (
        <select
          className={styles.addTag}
          aria-label={t('room.addTag')}
          value=""
          disabled={tag.isPending}
          onChange={(event) => {
            if (event.target.value) tag.mutate({ tagId: Number(event.target.value), add: true, seen: room }, { onError });
          }}
        >
          <option value="">+ {t('room.addTag')}</option>
          {available.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
