import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"

/**
 * Import first in a spec about ebooks and order emails (after the
 * simulator's env): commerce's env module is read once, by the first import.
 */
export const PUBLIC_URL = "http://commerce.test"
export const STOREFRONT_PUBLIC_URL = "https://shop.example.com"
export const EBOOK_URL_SECRET = "test-ebook-url-secret"
export const PRIVATE_UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "commerce-private-"))
process.env.MEDUSA_PUBLIC_URL = PUBLIC_URL
process.env.STOREFRONT_PUBLIC_URL = STOREFRONT_PUBLIC_URL
process.env.EBOOK_URL_SECRET = EBOOK_URL_SECRET
process.env.PRIVATE_UPLOAD_DIR = PRIVATE_UPLOAD_DIR
