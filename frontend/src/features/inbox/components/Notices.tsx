import { X } from 'lucide-react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './Notices.module.css';

export interface Notice {
  id: number;
  tone: 'info' | 'success' | 'error';
  message: string;
  detail?: string;
  action?: { label: string; onClick: () => void };
  /** Epoch ms when the notice goes away by itself (e.g. when undo is no longer possible). */
  until?: number;
}

type NewNotice = Omit<Notice, 'id'>;

interface NoticesApi {
  show: (notice: NewNotice) => number;
  dismiss: (id: number) => void;
}

const NoticesContext = createContext<NoticesApi | null>(null);

const DEFAULT_MS = 6000;

/** Short messages at the bottom of the screen: outcomes, errors, and the Undo offer. */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('inbox');
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((notice) => notice.id !== id)), []);
  const show = useCallback((notice: NewNotice) => {
    const id = nextId.current++;
    const until = notice.until ?? Date.now() + (notice.tone === 'error' ? 2 * DEFAULT_MS : DEFAULT_MS);
    setNotices((list) => [...list.slice(-3), { ...notice, id, until }]);
    return id;
  }, []);

  useEffect(() => {
    if (notices.length === 0) return;
    const soonest = Math.min(...notices.map((notice) => notice.until ?? Infinity));
    const timer = window.setTimeout(
      () => setNotices((list) => list.filter((notice) => (notice.until ?? Infinity) > Date.now())),
      Math.max(0, Math.min(soonest - Date.now(), 2_147_483_647)),
    );
    return () => window.clearTimeout(timer);
  }, [notices]);

  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);
  return (
    <NoticesContext.Provider value={api}>
      {children}
      <section className={styles.region} aria-label={t('notices.label')}>
        {notices.map((notice) => (
          <div key={notice.id} className={[styles.notice, styles[notice.tone]].join(' ')} role={notice.tone === 'error' ? 'alert' : 'status'}>
            <div className={styles.text}>
              <p>{notice.message}</p>
              {notice.detail && <p className={styles.detail}>{notice.detail}</p>}
            </div>
            {notice.action && (
              <button
                type="button"
                className={styles.action}
                onClick={() => {
                  notice.action?.onClick();
                  dismiss(notice.id);
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button type="button" className={styles.dismiss} aria-label={t('notices.dismiss')} onClick={() => dismiss(notice.id)}>
              <X size={12} strokeWidth={2.7} aria-hidden="true" />
            </button>
          </div>
        ))}
      </section>
    </NoticesContext.Provider>
  );
}

export function useNotices(): NoticesApi {
  const api = useContext(NoticesContext);
  if (!api) throw new Error('useNotices outside NoticesProvider');
  return api;
}
