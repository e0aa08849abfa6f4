import { Funnel } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomCounts } from '@/lib/api/types';
import { useAgents, useChannels, useTags } from '../api/reference-queries';
import { EMPTY_FILTERS, hasFilters, SESSIONS, type RoomFilters, type SessionFilter } from '../lib/inbox-url';
import { ChannelIcon } from './ChannelIcon';
import { MultiSelect } from './MultiSelect';
import styles from './FilterBar.module.css';

interface FilterBarProps {
  applied: RoomFilters;
  sessionCounts: RoomCounts['sessions'] | undefined;
  onApply: (filters: RoomFilters) => void;
  onClear: () => void;
}

function same(a: RoomFilters, b: RoomFilters): boolean {
  const key = (filters: RoomFilters) =>
    JSON.stringify([filters.sessions, filters.agentIds, filters.tagIds, filters.channelIds].map((list) => [...list].sort()));
  return key(a) === key(b);
}

/**
 * Sessions, Agent, Tags and Channel dropdowns. Choices are a draft until Filter applies them
 * (to the URL); Clear removes them all. Re-mounted (key) when the URL changes them.
 */
export function FilterBar({ applied, sessionCounts, onApply, onClear }: FilterBarProps) {
  const { t } = useTranslation('inbox');
  const [draft, setDraft] = useState<RoomFilters>(applied);
  const agents = useAgents();
  const tags = useTags();
  const channels = useChannels();
  const dirty = !same(draft, applied);
  const anything = hasFilters(draft) || hasFilters(applied);

  return (
    <form
      className={styles.bar}
      aria-label={t('filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <div className={styles.selects}>
        <MultiSelect
          label={t('filters.session')}
          options={SESSIONS.map((session) => ({
            value: session,
            label: t(`session.filter.${session}`),
            hint: sessionCounts ? String(sessionCounts[session]) : undefined,
          }))}
          selected={draft.sessions}
          onChange={(sessions) => setDraft({ ...draft, sessions: sessions as SessionFilter[] })}
        />
        <MultiSelect
          label={t('filters.agent')}
          options={(agents.data ?? []).map((agent) => ({ value: String(agent.id), label: agent.name }))}
          selected={draft.agentIds}
          onChange={(agentIds) => setDraft({ ...draft, agentIds })}
        />
        <MultiSelect
          label={t('filters.tag')}
          options={(tags.data ?? []).map((tag) => ({
            value: String(tag.id),
            label: tag.name,
            icon: <span className={styles.swatch} style={{ background: tag.color }} aria-hidden="true" />,
          }))}
          selected={draft.tagIds}
          onChange={(tagIds) => setDraft({ ...draft, tagIds })}
        />
        <MultiSelect
          label={t('filters.channel')}
          options={(channels.data ?? []).map((channel) => ({
            value: String(channel.id),
            label: channel.name,
            icon: <ChannelIcon kind={channel.kind} />,
          }))}
          selected={draft.channelIds}
          onChange={(channelIds) => setDraft({ ...draft, channelIds })}
        />
      </div>
      <div className={styles.actions}>
        {anything && (
          <button
            type="button"
            className={styles.clear}
            onClick={() => {
              setDraft(EMPTY_FILTERS);
              onClear();
            }}
          >
            {t('filters.clear')}
          </button>
        )}
        <button
          type="submit"
          className={[styles.apply, dirty && styles.dirty].filter(Boolean).join(' ')}
          title={dirty ? t('filters.pending') : undefined}
        >
          <Funnel size={14} strokeWidth={2.1} aria-hidden="true" />
          {t('filters.apply')}
        </button>
      </div>
    </form>
  );
}
