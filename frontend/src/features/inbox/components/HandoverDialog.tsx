import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Dialog } from '@/components/dialog/Dialog';
import { DialogActions } from '@/components/dialog/DialogActions';
import { describeApiError } from '@/lib/api/describe-error';
import type { CurrentUser, Room } from '@/lib/api/types';
import { useAgents } from '../api/reference-queries';
import { useHandOverRoom } from '../api/room-writes';
import styles from './HandoverDialog.module.css';

const NOTE_MAX = 500;

interface HandoverDialogProps {
  room: Room;
  user: CurrentUser;
  onClose: () => void;
  /** Called after the hand-over (the dialog is gone by then), with the colleague's name. */
  onDone: (name: string) => void;
}

/** Hand the room over: pick an active colleague (searchable by name) and leave them a note. */
export function HandoverDialog({ room, user, onClose, onDone }: HandoverDialogProps) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const agents = useAgents();
  const handOver = useHandOverRoom(room.id);
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const noteId = useId();
  const needle = q.trim().toLocaleLowerCase();
  const colleagues = (agents.data ?? []).filter((agent) => agent.id !== user.id && agent.id !== room.assignee?.id);
  const matches = colleagues.filter((agent) => agent.name.toLocaleLowerCase().includes(needle));
  const colleague = colleagues.find((agent) => agent.id === chosen);

  function confirm() {
    if (!colleague) return;
    handOver.mutate(
      { toUserId: colleague.id, note, seen: room },
      {
        onSuccess: () => {
          onClose();
          onDone(colleague.name);
        },
      },
    );
  }

  return (
    <Dialog
      title={t('handover.title')}
      onClose={onClose}
      busy={handOver.isPending}
      footer={
        <DialogActions
          busy={handOver.isPending}
          onCancel={onClose}
          onConfirm={confirm}
          disabled={!colleague}
          confirmLabel={t('handover.confirm')}
        />
      }
    >
      <div className={styles.content}>
        <p>{t('handover.intro', { name: room.contact.name })}</p>
        <label className={styles.field}>
          <span>{t('handover.search')}</span>
          <input type="search" value={q} onChange={(event) => setQ(event.target.value)} data-autofocus />
        </label>
        <fieldset className={styles.colleagues}>
          <legend>{t('handover.colleagues')}</legend>
          {matches.map((agent) => (
            <label key={agent.id} className={styles.colleague}>
              <input
                type="radio"
                name="colleague"
                value={agent.id}
                checked={chosen === agent.id}
                onChange={() => setChosen(agent.id)}
              />
              {agent.name}
            </label>
          ))}
          {agents.isSuccess && matches.length === 0 && <p className={styles.none}>{t('handover.none')}</p>}
        </fieldset>
        <label className={styles.field} htmlFor={noteId}>
          <span>{t('handover.note')}</span>
        </label>
        <textarea
          id={noteId}
          className={styles.note}
          rows={3}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <span className={styles.length}>{t('handover.noteLength', { n: note.length })}</span>
        {handOver.isError && <Alert>{describeApiError(handOver.error, tc)}</Alert>}
      </div>
    </Dialog>
  );
}
