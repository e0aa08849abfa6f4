import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button/Button';
import { describeApiError } from '@/lib/api/describe-error';
import type { BulkRoomsRequest, CurrentUser } from '@/lib/api/types';
import { useBulkRooms } from '../api/bulk-rooms';
import { useAgents, useTags } from '../api/reference-queries';
import type { BulkOutcome } from '../hooks/use-bulk-notice';
import type { RoomSelection } from '../hooks/use-room-selection';
import { useNotices } from './Notices';
import styles from './BulkBar.module.css';

interface BulkBarProps {
  selection: RoomSelection;
  user: CurrentUser;
  /** Called after a change (this bar is gone by then: the selection is cleared); the page offers Undo. */
  onDone: (outcome: BulkOutcome) => void;
}

/**
 * In place of the list's toolbar while rooms are ticked: how many, select all shown, and the
 * changes made to all of them at once (an agent assigns only to themselves: the API allows no more).
 */
export function BulkBar({ selection, user, onDone }: BulkBarProps) {
  const { t } = useTranslation('inbox');
  const { t: tc } = useTranslation('common');
  const bulk = useBulkRooms();
  const agents = useAgents();
  const tags = useTags();
  const notices = useNotices();
  const count = selection.selectedIds.length;
  const assignable = (agents.data ?? []).filter((agent) => user.role === 'supervisor' || agent.id === user.id);

  function run(change: Omit<BulkRoomsRequest, 'roomIds'>, name?: string) {
    bulk.mutate(
      { ...change, roomIds: selection.selectedIds },
      {
        onSuccess: (result) => {
          onDone({ result, name });
          selection.clear();
        },
        onError: (error) => notices.show({ tone: 'error', message: describeApiError(error, tc) }),
      },
    );
  }

  return (
    <div role="toolbar" aria-label={t('select.bar')} className={styles.bar}>
      <span className={styles.count} role="status">
        {t('select.count', { count })}
      </span>
      <button type="button" className={styles.link} onClick={selection.selectAllShown}>
        {t('select.allShown')}
      </button>
      <button type="button" className={styles.link} onClick={selection.clear}>
        {t('select.clear')}
      </button>
      <span className={styles.actions}>
        <Button size="sm" onClick={() => run({ action: 'RESOLVE' })} disabled={bulk.isPending} loading={bulk.isPending}>
          {t('select.resolve')}
        </Button>
        <select
          aria-label={t('select.assignTo')}
          value=""
          disabled={bulk.isPending}
          onChange={(event) => {
            const agent = assignable.find((candidate) => candidate.id === Number(event.target.value));
            if (agent) run({ action: 'ASSIGN', agentId: agent.id }, agent.name);
          }}
        >
          <option value="" disabled>
            {t('select.assignTo')}
          </option>
          {assignable.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name}
            </option>
          ))}
        </select>
        {(['TAG', 'UNTAG'] as const).map((action) => (
          <select
            key={action}
            aria-label={t(action === 'TAG' ? 'select.addTag' : 'select.removeTag')}
            value=""
            disabled={bulk.isPending}
            onChange={(event) => {
              const tag = tags.data?.find((candidate) => candidate.id === Number(event.target.value));
              if (tag) run({ action, tagId: tag.id }, tag.name);
            }}
          >
            <option value="" disabled>
              {t(action === 'TAG' ? 'select.addTag' : 'select.removeTag')}
            </option>
            {(tags.data ?? []).map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
        ))}
      </span>
    </div>
  );
}
