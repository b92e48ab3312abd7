// Imported first: posting and following limits a spec can reach in a few requests.
export const POST_LIMIT = 5
export const POST_WINDOW_SECONDS = 120
process.env.COMMUNITY_POST_LIMIT = String(POST_LIMIT)
process.env.COMMUNITY_POST_WINDOW_SECONDS = String(POST_WINDOW_SECONDS)
export const FOLLOWS_PER_HOUR = 4
process.env.COMMUNITY_FOLLOWS_PER_HOUR = String(FOLLOWS_PER_HOUR)
