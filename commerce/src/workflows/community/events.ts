/** A discussion was started, edited, deleted, hidden or restored: its readers' copies (the search index) follow. */
export const COMMUNITY_DISCUSSION_CHANGED = "community.discussion.changed"
