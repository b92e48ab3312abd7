import Link from "next/link"
import { retrieveFooter } from "@/lib/data/navigation"
import { retrieveSiteSettings } from "@/lib/data/site-settings"
import { localiseHref, safeHref } from "@/lib/util/rich-text"
import styles from "./styles.module.css"

/**
 * The cms's `footer` global (cached, tag `nav`) under the brand of its site
 * settings (tag `settings`); the built-in brand and a plain line when the cms is down.
 */
export default async function SiteFooter({ countryCode }: { countryCode: string }) {
  const [footer, brand] = await Promise.all([retrieveFooter().catch(() => null), retrieveSiteSettings()])
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <div className={styles.about}>
          <p className={styles.brand}>{brand.siteName}</p>
          {brand.tagline && <p data-testid="site-tagline">{brand.tagline}</p>}
          {brand.contactEmail && (
            <p>
              <a href={`mailto:${brand.contactEmail}`}>{brand.contactEmail}</a>
            </p>
          )}
          {brand.socialLinks.length > 0 && (
            <ul className={styles.social} aria-label="Elsewhere">
              {brand.socialLinks.map((link) => (
                <li key={link.url}>
                  <a href={link.url} rel="me noopener" target="_blank">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
        {footer?.columns?.length ? (
          <nav aria-label="Footer" className={styles.columns}>
            {footer.columns.map((column) => (
              <div key={column.id ?? column.heading}>
                <h2 className={styles.heading}>{column.heading}</h2>
                <ul>
                  {column.links?.map((link) => {
                    const href = safeHref(link.url)
                    return href ? (
                      <li key={link.id ?? link.url}>
                        <Link href={localiseHref(href, countryCode)}>{link.label}</Link>
                      </li>
                    ) : null
                  })}
                </ul>
              </div>
            ))}
          </nav>
        ) : null}
        <div className={styles.base}>
          <p>© {footer?.copyright || brand.authorName}</p>
          <p>
            <a href="/rss.xml" type="application/rss+xml">
              Blog RSS feed
            </a>
          </p>
        </div>
      </div>
    </footer>
  )
}
