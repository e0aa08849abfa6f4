import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert/Alert';
import { Button } from '@/components/button/Button';
import settings from '@/components/settings-page/SettingsSection.module.css';
import { Spinner } from '@/components/spinner/Spinner';
import type { CannedReply } from '@/lib/api/types';
import { useCannedReplyPages } from '../api/canned-replies';
import { describeCannedError } from '../lib/canned-error';
import styles from './CannedRepliesPage.module.css';

interface CannedReplyListProps {
  q: string;
  onEdit: (reply: CannedReply) => void;
  onDelete: (reply: CannedReply) => void;
}

/** The replies matching the search, by shortcut, with Edit and Delete where the user may change them. */
export function CannedReplyList({ q, onEdit, onDelete }: CannedReplyListProps) {
  const { t } = useTranslation(['canned', 'common']);
  const pages = useCannedReplyPages(q);

  if (pages.isPending) return <Spinner />;
  if (pages.isError) {
    return (
      <Alert action={<Button size="sm" variant="secondary" onClick={() => void pages.refetch()}>{t('common:retry')}</Button>}>
        {describeCannedError(pages.error, t)}
      </Alert>
    );
  }
  const replies = pages.data.pages.flatMap((page) => page.items);
  if (replies.length === 0) return <p className={styles.empty}>{q ? t('canned:noMatch', { q }) : t('canned:empty')}</p>;

  return (
    <>
      <table className={`${settings.table} ${styles.list}`}>
        <thead>
          <tr>
            <th scope="col">{t('canned:column.shortcut')}</th>
            <th scope="col">{t('canned:column.body')}</th>
            <th scope="col">{t('canned:column.scope')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('canned:column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {replies.map((reply) => (
            <tr key={reply.id} aria-label={`/${reply.shortcut}`}>
              <td className={styles.shortcut}>/{reply.shortcut}</td>
              <td className={styles.body}>{reply.body}</td>
              <td>
                <span className={reply.scope === 'COMPANY' ? styles.company : styles.personal}>{t(`canned:scope.${reply.scope}`)}</span>
              </td>
              <td className={styles.actions}>
                {reply.editable ? (
                  <div className={styles.actionButtons}>
                    <Button size="sm" variant="secondary" onClick={() => onEdit(reply)}>
                      {t('canned:edit')}
                    </Button>
                    <Button size="sm" variant="secondary" onClick={() => onDelete(reply)}>
                      {t('canned:delete')}
                    </Button>
                  </div>
                ) : (
                  <span className={styles.readOnly}>{t('canned:readOnly')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages.hasNextPage && (
        <Button variant="secondary" size="sm" loading={pages.isFetchingNextPage} disabled={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
          {t('canned:loadMore')}
        </Button>
      )}
    </>
  );
}
