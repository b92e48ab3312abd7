// Imported first, before anything reads the environment: generous posting
// limits for specs that post a lot (community-limits.spec.ts sets its own).
process.env.COMMUNITY_POST_LIMIT ??= "1000"
process.env.COMMUNITY_DEDUPE_SECONDS ??= "30"
