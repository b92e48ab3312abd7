import { env } from "../../lib/env"

/** A page of the Medusa admin (served at /app of this server), for links in staff emails. */
export const adminUrl = (path: string) => `${env.MEDUSA_BACKEND_URL.replace(/\/+$/, "")}/app${path}`
