/**
 * Whether an assignee was deactivated. The API adds `active` to UserRef (issue 9); until the
 * generated types have it, read it defensively: absent means active.
 */
export function isInactiveUser(user: object | null | undefined): boolean {
  return !!user && 'active' in user && user.active === false;
}
