import { createReadStream, createWriteStream } from "node:fs"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { Readable, type Writable } from "node:stream"
import type { FileTypes, Logger } from "@medusajs/framework/types"
import { AbstractFileProviderService, MedusaError } from "@medusajs/framework/utils"
import ImageKit from "imagekit"
import { formatFileKey, parseFileKey, uniqueFileName, type Access, type ImageKitFileKey } from "./file-key"

export type ImageKitFileOptions = {
  public_key: string
  private_key: string
  /** https://ik.imagekit.io/<your id> (or a custom domain). */
  url_endpoint: string
  /** The folder under which files go, as `<folder>/public` and `<folder>/private`; default `commerce`. */
  folder?: string
  /** How long a signed URL to a private file works; default 300 seconds. */
  signed_url_ttl_seconds?: number
}

/**
 * Stores files on ImageKit. Public files (product and course images) get
 * their plain, cacheable URL. Private files (ebooks, certificates) are
 * uploaded as ImageKit private files, which its CDN serves only through a
 * signed URL: every URL handed out for one carries `ik-t` (expiry, Unix
 * seconds) and `ik-s` (HMAC-SHA1 with the private key) and stops working
 * after `signed_url_ttl_seconds`.
 */
export default class ImageKitFileProviderService extends AbstractFileProviderService {
  static identifier = "imagekit"

  protected readonly client: ImageKit
  protected readonly folder: string
  protected readonly ttlSeconds: number

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["public_key", "private_key", "url_endpoint"]) {
      if (!options[key]) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The ImageKit file provider needs \`${key}\``)
    }
  }

  constructor(
    protected readonly container: { logger: Logger },
    options: ImageKitFileOptions
  ) {
    super()
    this.client = new ImageKit({ publicKey: options.public_key, privateKey: options.private_key, urlEndpoint: options.url_endpoint })
    this.folder = (options.folder ?? "commerce").replace(/^\/+|\/+$/g, "")
    this.ttlSeconds = options.signed_url_ttl_seconds ?? 300
  }

  async upload(file: FileTypes.ProviderUploadFileDTO): Promise<FileTypes.ProviderFileResultDTO> {
    const access: Access = file.access === "public" ? "public" : "private"
    const uploaded = await this.client
      .upload({
        file: decodeContent(file.content, file.mimeType),
        fileName: uniqueFileName(file.filename),
        folder: this.folderOf(access),
        useUniqueFileName: false,
        isPrivateFile: access === "private",
      })
      .catch((error) => {
        throw this.failure(`upload ${file.filename}`, error)
      })
    const key: ImageKitFileKey = { access, fileId: uploaded.fileId, name: uploaded.name }
    return { key: formatFileKey(key), url: access === "public" ? uploaded.url : this.signedUrl(key) }
  }

  /**
   * A stream to upload a large file (an ebook) without holding it in memory.
   * The ImageKit SDK sends a file's length with the upload, which a stream
   * still arriving does not have: the bytes go to a temporary file, which is
   * then streamed to ImageKit and removed. The key is known only once
   * ImageKit answers: `fileKey` here is a placeholder, `promise` gives the key.
   */
  async getUploadStream(file: FileTypes.ProviderUploadStreamDTO): Promise<{
    writeStream: Writable
    promise: Promise<FileTypes.ProviderFileResultDTO>
    url: string
    fileKey: string
  }> {
    const access: Access = file.access === "public" ? "public" : "private"
    const dir = await mkdtemp(path.join(tmpdir(), "imagekit-upload-"))
    const spooled = path.join(dir, "upload")
    const writeStream = createWriteStream(spooled)
    const written = new Promise<void>((resolve, reject) =>
      writeStream
        .once("finish", resolve)
        .once("error", reject)
        .once("close", () => reject(new Error(`The upload of ${file.filename} stopped before the end of the file`)))
    )
    const promise = written
      .then(() =>
        this.client
          .upload({
            file: createReadStream(spooled),
            fileName: uniqueFileName(file.filename),
            folder: this.folderOf(access),
            useUniqueFileName: false,
            isPrivateFile: access === "private",
          })
          .catch((error) => {
            throw this.failure(`upload ${file.filename}`, error)
          })
      )
      .then((uploaded) => {
        const key: ImageKitFileKey = { access, fileId: uploaded.fileId, name: uploaded.name }
        return { key: formatFileKey(key), url: access === "public" ? uploaded.url : this.signedUrl(key) }
      })
      .finally(() => rm(dir, { recursive: true, force: true }))
    return { writeStream, promise, url: "", fileKey: `${access}-pending-${file.filename}` }
  }

  async delete(files: FileTypes.ProviderDeleteFileDTO | FileTypes.ProviderDeleteFileDTO[]): Promise<void> {
    for (const file of Array.isArray(files) ? files : [files]) {
      const key = this.parse(file.fileKey)
      await this.client.deleteFile(key.fileId).catch((error) => {
        // Already gone is what a delete wants.
        if (statusOf(error) === 404) return
        throw this.failure(`delete ${file.fileKey}`, error)
      })
    }
  }

  /** A public file's URL; a private file's signed URL that expires after the configured TTL. */
  async getPresignedDownloadUrl(fileData: FileTypes.ProviderGetFileDTO): Promise<string> {
    const key = this.parse(fileData.fileKey)
    return key.access === "public" ? this.client.url({ path: this.pathOf(key) }) : this.signedUrl(key)
  }

  async getDownloadStream(fileData: FileTypes.ProviderGetFileDTO): Promise<Readable> {
    const response = await this.fetchFile(fileData.fileKey)
    return Readable.fromWeb(response.body as import("node:stream/web").ReadableStream)
  }

  async getAsBuffer(fileData: FileTypes.ProviderGetFileDTO): Promise<Buffer> {
    const response = await this.fetchFile(fileData.fileKey)
    return Buffer.from(await response.arrayBuffer())
  }

  private async fetchFile(fileKey: string): Promise<Response> {
    const response = await fetch(await this.getPresignedDownloadUrl({ fileKey }))
    if (response.ok && response.body) return response
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `ImageKit has no file ${fileKey} (HTTP ${response.status})`)
  }

  private signedUrl(key: ImageKitFileKey): string {
    return this.client.url({ path: this.pathOf(key), signed: true, expireSeconds: this.ttlSeconds })
  }

  private folderOf(access: Access) {
    return `/${this.folder ? `${this.folder}/` : ""}${access}`
  }

  private pathOf(key: ImageKitFileKey) {
    return `${this.folderOf(key.access)}/${key.name}`
  }

  private parse(fileKey: string): ImageKitFileKey {
    const key = parseFileKey(fileKey)
    if (!key) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No ImageKit file ${fileKey}`)
    return key
  }

  private failure(action: string, error: unknown) {
    const message = `ImageKit could not ${action}: ${(error as { message?: string })?.message ?? String(error)}`
    this.container.logger.error(message)
    return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, message)
  }
}

const statusOf = (error: unknown) => (error as { $ResponseMetadata?: { statusCode?: number } })?.$ResponseMetadata?.statusCode

/**
 * Medusa hands a file's content as a string: base64 from the admin and from
 * this app's own uploads, otherwise text or binary (as its own providers read it).
 */
function decodeContent(content: string, mimeType: string): Buffer {
  const base64 = Buffer.from(content, "base64")
  if (base64.toString("base64") === content) return base64
  const isText = mimeType.startsWith("text/") || ["application/json", "application/xml", "text/csv"].includes(mimeType)
  return Buffer.from(content, isText ? "utf8" : "binary")
}
