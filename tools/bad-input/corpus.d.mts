export type App = "commerce" | "cms" | "storefront"
export type CorpusEntry = {
  app: App
  name: string
  method?: string
  path?: string
  headers?: Record<string, string>
  json?: unknown
  text?: string
  bytes?: Uint8Array
  multipart?: Record<string, string | [string, string, string]>
  raw?: Uint8Array
  status?: number[]
  leaks?: string[]
}
export declare const ODD_UNICODE: string[]
export declare const corpus: CorpusEntry[]
export declare const HEALTH: Record<App, string>
