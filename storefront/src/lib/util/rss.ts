export type RssItem = { title: string; link: string; description: string; pubDate?: string }

const escapeXml = (value: string) =>
  value.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!)

/** An RSS 2.0 document; every value is escaped, so a title with `<` or `&` stays text. */
export function renderRss({ title, link, selfLink, description, items }: { title: string; link: string; selfLink: string; description: string; items: RssItem[] }): string {
  const entries = items
    .map((item) =>
      [
        "<item>",
        `<title>${escapeXml(item.title)}</title>`,
        `<link>${escapeXml(item.link)}</link>`,
        `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
        `<description>${escapeXml(item.description)}</description>`,
        item.pubDate ? `<pubDate>${new Date(item.pubDate).toUTCString()}</pubDate>` : "",
        "</item>",
      ].join("")
    )
    .join("\n")
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(title)}</title>
<link>${escapeXml(link)}</link>
<atom:link href="${escapeXml(selfLink)}" rel="self" type="application/rss+xml"/>
<description>${escapeXml(description)}</description>
${entries}
</channel>
</rss>
`
}
