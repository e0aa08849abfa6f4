import { useCallback, useState } from 'react';
import styles from './Notice.module.css';

export type NoticeTone = 'success' | 'error';

export interface NoticeState {
  tone: NoticeTone;
  message: string;
}

/** The outcome of a page's last action, and the callback its sections report through. */
export function useNotice() {
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const onNotice = useCallback((message: string, tone: NoticeTone = 'success') => setNotice({ message, tone }), []);
  return { notice, onNotice };
}

/**
 * One live region for the outcome of every action on a page: always rendered (so screen readers announce
 * changes), hidden while empty, and kept in view while the page scrolls.
 */
export function Notice({ notice }: { notice: NoticeState | null }) {
  return (
    <div role={notice?.tone === 'error' ? 'alert' : 'status'} className={[styles.notice, notice && styles[notice.tone]].filter(Boolean).join(' ')}>
      {notice?.message}
    </div>
  );
}
