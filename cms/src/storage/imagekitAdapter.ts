import path from 'node:path'

import ImageKit, { toFile } from '@imagekit/nodejs'
import type { Adapter, GeneratedAdapter } from '@payloadcms/plugin-cloud-storage/types'
import { APIError } from 'payload'

export type ImageKitAdapterOptions = {
  privateKey: string
  /** e.g. https://ik.imagekit.io/your_id, without a trailing slash. */
  urlEndpoint: string
  /** Where in the ImageKit media library files go, e.g. `cms/media`; '' is the root. */
  folder: string
  /** The API origin; unset means ImageKit's own hosts. Tests point it at a local fake. */
  baseURL?: string
}

/** (`cms/media`, `a.png`) → ImageKit's folder `/cms/media/` and file name `a.png`. */
function locate(folder: string, storageFilePath: string) {
  const dir = path.posix.join('/', folder, path.posix.dirname(storageFilePath))
  return { folder: dir.endsWith('/') ? dir : `${dir}/`, name: path.posix.basename(storageFilePath) }
}

/**
 * Stores uploads (the original and each generated size) on ImageKit in one
 * folder, at exactly the file name Payload chose. The filename is then enough
 * to build the URL and to find the file again, so the schema holds no ImageKit ids. Readers get
 * the URL endpoint (ImageKit's CDN), which also serves resized variants.
 */
export const imagekitAdapter =
  (options: ImageKitAdapterOptions): Adapter =>
  (): GeneratedAdapter => {
    const client = new ImageKit({
      privateKey: options.privateKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    })
    const urlOf = (filename: string, prefix = '') => {
      const { folder, name } = locate(options.folder, path.posix.join(prefix, filename))
      return `${options.urlEndpoint}${folder}${encodeURIComponent(name)}`
    }

    return {
      name: 'imagekit',
      generateURL: ({ filename, prefix }) => urlOf(filename, prefix),

      handleUpload: async ({ file, storageFilePath }) => {
        const { folder, name } = locate(options.folder, storageFilePath)
        const stored = await client.files.upload({
          file: await toFile(file.buffer, name, { type: file.mimeType }),
          fileName: name,
          folder,
          // Payload already made the name unique; ImageKit must not append a suffix of its own.
          useUniqueFileName: false,
          overwriteFile: true,
        })
        if (stored.name !== name) {
          // ImageKit renames files with characters other than letters, digits, '.', '_' and '-':
          // the URL built from Payload's filename would then point at nothing.
          throw new APIError(
            `ImageKit stored "${name}" as "${stored.name}": rename the file using only letters, digits, ".", "_" and "-"`,
            400,
            null,
            true,
          )
        }
      },

      handleDelete: async ({ storageFilePath }) => {
        const { folder, name } = locate(options.folder, storageFilePath)
        const found = await client.assets.list({
          type: 'file',
          path: folder,
          searchQuery: `name = ${JSON.stringify(name)}`,
        })
        const target = `${folder}${name}`
        for (const asset of found) {
          if (asset.type === 'file' && asset.filePath === target && asset.fileId) {
            await client.files.delete(asset.fileId)
          }
        }
      },

      // Only mounted if Payload's access control is turned back on for media;
      // sends the reader to the file on ImageKit.
      staticHandler: (_req, { params }) =>
        Response.redirect(urlOf(params.filename, params.prefix), 302),
    }
  }
