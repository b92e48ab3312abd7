import type { App, CorpusEntry } from "./corpus.mjs"

export type Urls = Record<App, string>
export type Answer = { status?: number; body?: string; error?: string }
export type Result = { app: App; name: string; status: number | null; problem: string | null }

export declare const DEFAULT_URLS: Urls
export declare function judge(entry: CorpusEntry, answer: Answer): string | null
export declare function unhealthy(urls: Urls, apps?: App[]): Promise<string[]>
export declare function runCorpus(options?: {
  urls?: Urls
  apps?: App[]
  entries?: CorpusEntry[]
  timeoutMs?: number
  log?: (line: string) => void
}): Promise<{ results: Result[]; failures: Result[] }>
