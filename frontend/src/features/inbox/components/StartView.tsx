import { useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { CurrentUser } from '@/lib/api/types';
import { NO_ASSIGNEE, parseInboxView, toSearchParams } from '../lib/inbox-url';

/**
 * The inbox an agent arrives at: their own rooms and the unassigned ones, not resolved (a supervisor
 * arrives at All). Only an arrival without a view in the URL is sent there, and the start view is
 * written to the URL like any filter: the filter bar shows it, and clearing it shows everything.
 */
export function StartView({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const { search } = useLocation();
  const [target, setTarget] = useState(() => (search === '' ? startViewOf(user) : null));

  // Once the URL holds a view, later empty URLs (Clear filters) are the agent's choice: stay there.
  if (target !== null && search !== '') setTarget(null);

  if (target !== null && search === '') return <Navigate to={{ search: target }} replace />;
  return children;
}

function startViewOf(user: CurrentUser): string | null {
  if (user.role !== 'agent') return null;
  return `?${toSearchParams({ ...parseInboxView(new URLSearchParams()), agentIds: [String(user.id), NO_ASSIGNEE] })}`;
}
