// server-only is a build-time guard; in unit tests it has nothing to guard.
export {}
