/** A group was created or changed (its visibility decides whether its discussions are in the search index). */
export const COMMUNITY_GROUP_CHANGED = "community.group.changed"
/**
 * Someone's place in a group changed: `{ id, group_id, member_id, action }`
 * where action is join, request, accept, leave, approve, decline, invite,
 * remove, promote or demote (an invitation is what a member is notified of).
 */
export const COMMUNITY_GROUP_MEMBERSHIP_CHANGED = "community.group.membership.changed"
