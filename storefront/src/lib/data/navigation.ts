import "server-only"
import { cacheTags } from "../cache"
import { cmsRead, payloadQuery } from "../cms"

export type NavLink = { id?: string | null; label: string; url: string }
export type Header = { navItems?: NavLink[] | null }
export type Footer = { columns?: { id?: string | null; heading: string; links?: NavLink[] | null }[] | null; copyright?: string | null }

const readGlobal = <T>(slug: string) => cmsRead<T>(`globals/${slug}`, payloadQuery({ depth: 0 }), [cacheTags.nav])

/** The header's links, edited in the cms (global `header`). */
export const retrieveHeader = () => readGlobal<Header>("header")
export const retrieveFooter = () => readGlobal<Footer>("footer")
