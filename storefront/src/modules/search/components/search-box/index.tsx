"use client"

import { useRouter } from "next/navigation"
import { useEffect, useId, useRef, useState } from "react"
import type { SearchSuggestion } from "@/app/api/search/route"
import styles from "./styles.module.css"

const DEBOUNCE_MS = 200

/**
 * The header's search: suggestions as you type (an ARIA combobox: arrows
 * move, Enter opens, Escape closes) and, on submit, the results page. Without
 * JavaScript it is a plain GET form to the results page.
 */
export default function SearchBox({ countryCode }: { countryCode: string }) {
  const router = useRouter()
  const [q, setQ] = useState("")
  const [results, setResults] = useState<SearchSuggestion[]>([])
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const latest = useRef(0)
  const listId = useId()

  useEffect(() => {
    const term = q.trim()
    if (!term) {
      setResults([])
      return
    }
    const ticket = ++latest.current
    const timer = setTimeout(async () => {
      const res = await fetch(`/api/search?countryCode=${countryCode}&q=${encodeURIComponent(term)}`).catch(() => null)
      const body = res?.ok ? ((await res.json()) as { results: SearchSuggestion[] }) : { results: [] }
      // An older, slower answer must not replace a newer one.
      if (ticket !== latest.current) return
      setResults(body.results)
      setActive(-1)
      setOpen(true)
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [q, countryCode])

  const bookHref = (s: SearchSuggestion) => `/${countryCode}/products/${s.handle}`
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape") return setOpen(false)
    if (!open || !results.length) return
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault()
      const step = e.key === "ArrowDown" ? 1 : -1
      // -1 is the input itself; the arrows cycle through it and the suggestions.
      setActive((i) => ((i + 1 + step + results.length + 1) % (results.length + 1)) - 1)
    } else if (e.key === "Enter" && active >= 0 && results[active]) {
      e.preventDefault()
      setOpen(false)
      router.push(bookHref(results[active]))
    }
  }

  const showList = open && q.trim() !== ""
  return (
    <form role="search" action={`/${countryCode}/search`} className={styles.search} onSubmit={() => setOpen(false)}>
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search books
      </label>
      <input
        id={`${listId}-input`}
        name="q"
        type="search"
        placeholder="Search books"
        autoComplete="off"
        maxLength={100}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onFocus={() => results.length && setOpen(true)}
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-option-${active}` : undefined}
        data-testid="search-input"
      />
      <ul id={`${listId}-list`} role="listbox" aria-label="Suggestions" className={styles.list} hidden={!showList} data-testid="search-suggestions">
        {results.map((s, i) => (
          <li key={s.handle} id={`${listId}-option-${i}`} role="option" aria-selected={i === active} className={styles.option}>
            <a href={bookHref(s)} tabIndex={-1} onMouseDown={(e) => e.preventDefault()} onClick={() => setOpen(false)}>
              <span>{s.title}</span>
              {s.price && <span className="price">{s.price}</span>}
            </a>
          </li>
        ))}
        {showList && results.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className={styles.empty}>
            No matching books
          </li>
        )}
      </ul>
    </form>
  )
}
