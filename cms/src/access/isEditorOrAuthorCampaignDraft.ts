import type { Access, Where } from 'payload'

import { hasRole } from './hasRole'

const sends = (status: unknown) => status !== undefined && status !== null && status !== 'draft'

/** Creating a campaign: editors may schedule or send it at once; authors only keep drafts. */
export const isEditorOrAuthorCampaignDraft: Access = ({ data, req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  return hasRole(user, 'author') && !sends(data?.status)
}

/** Changing a campaign: editors change and send any; authors change only their own drafts, never sending them. */
export const isEditorOrOwnCampaignDraft: Access = ({ data, req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin', 'editor')) return true
  if (!hasRole(user, 'author') || sends(data?.status)) return false
  const own: Where[] = [{ createdBy: { equals: user.id } }, { status: { equals: 'draft' } }]
  return { and: own }
}
