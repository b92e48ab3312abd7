import type { User } from '@/payload-types'

export type Role = NonNullable<User['roles']>[number]

/** The one place that reads roles; access functions and hooks go through it. */
export const hasRole = (user: Pick<User, 'roles'> | null | undefined, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role)))

export const STAFF_ROLES: Role[] = ['admin', 'editor', 'author']
