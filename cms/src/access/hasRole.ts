import type { User } from '@/payload-types'

export type Role = NonNullable<User['roles']>[number]

/** The one place that reads roles; access functions and hooks go through it. */
export const hasRole = (user: Pick<User, 'roles'> | null | undefined, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role)))

export const STAFF_ROLES: Role[] = ['admin', 'editor', 'author']

/**
 * Machine accounts that sign in with an API key. They never reach the admin
 * panel: `storefront` may only create and cancel RSVPs and newsletter
 * sign-ups (and make and reset readers' calendar feeds), `preview` may only read drafts for Next's draft mode, `commerce`
 * may only read the audience figures of /api/insights (staff's Insights page)
 * the RSVPs its event-reminder job emails (/api/event-reminders), report
 * and read marketing opt-outs (/api/marketing-consent), and erase a deleted
 * account's data (/api/reader-data/erase); `storefront` and `commerce` may
 * read one address's newsletter status (/api/reader-data/newsletter).
 */
export const SERVICE_ROLES: Role[] = ['storefront', 'preview', 'commerce']
