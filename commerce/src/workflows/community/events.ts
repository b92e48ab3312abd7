/** A discussion was started, edited, deleted, hidden or restored: its readers' copies (the search index) follow. */
export const COMMUNITY_DISCUSSION_CHANGED = "community.discussion.changed"

/** A post was hidden or restored by a moderator or staff (data: the moderation log entry's id): its author is told. */
export const COMMUNITY_POST_MODERATED = "community.post.moderated"
