import { useTranslation } from 'react-i18next';
import { Avatar } from '@/components/avatar/Avatar';
import { Button } from '@/components/button/Button';
import { Loading, LoadFailed } from '@/components/load-state/LoadState';
import { useMessageSearch } from '../api/search-query';
import { useNow } from '../hooks/use-now';
import { formatExact, formatRelative } from '../lib/format-time';
import { parseSnippet } from '../lib/snippet';
import { ChannelIcon } from './ChannelIcon';
import styles from './SearchResults.module.css';

interface SearchResultsProps {
  q: string;
  openMessageId: number | null;
  onOpen: (roomId: number, messageId: number) => void;
}

/** Text and <mark> elements from the API's escaped snippet: never parsed as HTML. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {parseSnippet(snippet).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}

/** Conversation search: message hits with their highlighted snippet, contact and channel. */
export function SearchResults({ q, openMessageId, onOpen }: SearchResultsProps) {
  const { t, i18n } = useTranslation('inbox');
  const now = useNow(30_000);
  const search = useMessageSearch(q);
  const hits = search.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className={styles.results} aria-label={t('search.resultsLabel')}>
      <h2 className={styles.heading}>{t('search.resultsFor', { q })}</h2>
      {search.isPending && <Loading size={16} />}
      {search.isError && <LoadFailed error={search.error} onAction={() => void search.refetch()} />}
      {search.isSuccess && hits.length === 0 && <p className={styles.empty}>{t('search.empty', { q })}</p>}
      {hits.length > 0 && (
        <ul className={styles.list}>
          {hits.map((hit) => (
            <li key={hit.message.id}>
              <button
                type="button"
                className={styles.hit}
                aria-current={hit.message.id === openMessageId ? 'true' : undefined}
                onClick={() => onOpen(hit.room.id, hit.message.id)}
              >
                <Avatar name={hit.room.contact.name} src={hit.room.contact.avatarUrl} size={32} />
                <span className={styles.body}>
                  <span className={styles.line}>
                    <span className={styles.name}>{hit.room.contact.name}</span>
                    <time
                      className={styles.time}
                      dateTime={hit.message.createdAt}
                      title={formatExact(hit.message.createdAt, i18n.language)}
                    >
                      {formatRelative(hit.message.createdAt, now, t, i18n.language)}
                    </time>
                  </span>
                  <span className={styles.channel}>
                    <ChannelIcon kind={hit.room.channel.kind} size={12} />
                    {hit.room.channel.name}
                  </span>
                  <span className={styles.snippet}>
                    <Snippet snippet={hit.snippet} />
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {search.hasNextPage && (
        <div className={styles.more}>
          <Button
            size="sm"
            variant="secondary"
            loading={search.isFetchingNextPage}
            disabled={search.isFetchingNextPage}
            onClick={() => void search.fetchNextPage()}
          >
            {t('search.loadMore')}
          </Button>
        </div>
      )}
    </section>
  );
}
