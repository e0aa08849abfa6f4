import { Funnel } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Popover } from '@/components/popover/Popover';
import type { RoomCounts } from '@/lib/api/types';
import { useAgents, useChannels, useTags } from '../api/reference-queries';
import { EMPTY_FILTERS, filterCount, NO_ASSIGNEE, SESSIONS, type RoomFilters, type SessionFilter } from '../lib/inbox-url';
import { ChannelIcon } from './ChannelIcon';
import styles from './FilterBar.module.css';

interface FilterBarProps {
  /** The filters in the URL; only these, never the rest of the view (tab, sort, open room, search). */
  applied: RoomFilters;
  sessionCounts: RoomCounts['sessions'] | undefined;
  onApply: (filters: RoomFilters) => void;
  onClear: () => void;
}

interface Option {
  value: string;
  label: string;
  icon?: ReactNode;
  hint?: string;
}

/**
 * One "Filter" button (with the number of filters in force) opening Sessions, Agent, Tags and Channel.
 * Choices are a draft until Apply puts them in the URL; Clear removes them all. The draft starts over
 * from the applied filters each time the panel opens.
 */
export function FilterBar({ applied, sessionCounts, onApply, onClear }: FilterBarProps) {
  const { t } = useTranslation('inbox');
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<RoomFilters>(applied);
  const agents = useAgents();
  const tags = useTags();
  const channels = useChannels();
  const active = filterCount(applied);

  const group = (key: keyof RoomFilters, label: string, options: Option[]) => (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{label}</legend>
      {options.length === 0 && <p className={styles.empty}>{t('filters.noOptions')}</p>}
      {options.map((option) => {
        const selected: string[] = draft[key];
        return (
          <label key={option.value} className={styles.option}>
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={() =>
                setDraft({
                  ...draft,
                  [key]: selected.includes(option.value)
                    ? selected.filter((value) => value !== option.value)
                    : [...selected, option.value],
                })
              }
            />
            {option.icon}
            <span className={styles.optionLabel}>{option.label}</span>
            {option.hint && <span className={styles.hint}>{option.hint}</span>}
          </label>
        );
      })}
    </fieldset>
  );

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        if (next) setDraft(applied);
        setOpen(next);
      }}
      align="start"
      className={styles.panel}
      label={t('filters.label')}
      trigger={
        <button type="button" className={[styles.trigger, active > 0 && styles.hasValue].filter(Boolean).join(' ')}>
          <Funnel size={14} strokeWidth={2.1} aria-hidden="true" />
          {t('filters.apply')}
          {active > 0 && (
            <>
              {' '}
              <span className={styles.count}>{active}</span>
            </>
          )}
        </button>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onApply(draft);
          setOpen(false);
        }}
      >
        <div className={styles.groups}>
          {group(
            'sessions',
            t('filters.session'),
            SESSIONS.map((session: SessionFilter) => ({
              value: session,
              label: t(`session.filter.${session}`),
              hint: sessionCounts ? String(sessionCounts[session]) : undefined,
            })),
          )}
          {group(
            'agentIds',
            t('filters.agent'),
            [
              { value: NO_ASSIGNEE, label: t('filters.noAssignee') },
              ...(agents.data ?? []).map((agent) => ({ value: String(agent.id), label: agent.name })),
            ],
          )}
          {group(
            'tagIds',
            t('filters.tag'),
            (tags.data ?? []).map((tag) => ({
              value: String(tag.id),
              label: tag.name,
              icon: <span className={styles.swatch} style={{ background: tag.color }} aria-hidden="true" />,
            })),
          )}
          {group(
            'channelIds',
            t('filters.channel'),
            (channels.data ?? []).map((channel) => ({
              value: String(channel.id),
              label: channel.name,
              icon: <ChannelIcon kind={channel.kind} />,
            })),
          )}
        </div>
        <div className={styles.actions}>
          <button
            type="button"
            className={styles.clear}
            onClick={() => {
              setDraft(EMPTY_FILTERS);
              onClear();
              setOpen(false);
            }}
          >
            {t('filters.clear')}
          </button>
          <button type="submit" className={styles.apply}>
            {t('filters.submit')}
          </button>
        </div>
      </form>
    </Popover>
  );
}
