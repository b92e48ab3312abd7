// Imported first: a posting limit a spec can reach in a few requests.
export const POST_LIMIT = 5
export const POST_WINDOW_SECONDS = 120
process.env.COMMUNITY_POST_LIMIT = String(POST_LIMIT)
process.env.COMMUNITY_POST_WINDOW_SECONDS = String(POST_WINDOW_SECONDS)
