// Imported first, before anything reads the environment: an avatar limit a spec
// can pass with a small file, and an upload limit it can reach in a few requests.
import "./community-env"
export const AVATAR_MAX_BYTES = 64 * 1024
export const AVATAR_UPLOADS_PER_HOUR = 6
process.env.COMMUNITY_AVATAR_MAX_BYTES = String(AVATAR_MAX_BYTES)
process.env.COMMUNITY_AVATAR_UPLOADS_PER_HOUR = String(AVATAR_UPLOADS_PER_HOUR)
