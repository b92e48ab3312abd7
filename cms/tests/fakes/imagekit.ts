import { randomUUID } from 'node:crypto'

import { startFakeServer } from './server'

export type StoredFile = { fileId: string; name: string; filePath: string; size: number }
export type UploadRequest = {
  /** The Basic auth user: the private key. */
  apiUser: string | null
  fileName: string
  folder: string
  useUniqueFileName: string | null
  overwriteFile: string | null
  bytes: number
  contentType: string
}

/**
 * ImageKit's server-side API as documented: HTTP Basic auth with the private key
 * as user (the password is ignored); multipart POST /api/v1/files/upload;
 * GET /v1/files (path, searchQuery `name = "…"`); DELETE /v1/files/:fileId → 204.
 */
export async function startFakeImageKit(privateKey: string) {
  const files = new Map<string, StoredFile>()
  const uploads: UploadRequest[] = []
  const deleted: string[] = []
  const searches: URLSearchParams[] = []
  // ImageKit reads only the user part; the SDK sends a placeholder password.
  const userOf = (authorization: string | null) =>
    /^Basic (.+)$/.exec(authorization ?? '')?.[1] &&
    Buffer.from(authorization!.slice(6), 'base64').toString('utf8').split(':')[0]

  const server = await startFakeServer(async (request) => {
    const url = new URL(request.url)
    const authorization = request.headers.get('authorization')
    if (userOf(authorization) !== privateKey) {
      return Response.json({ message: 'Your request does not contain private API key' }, { status: 401 })
    }
    if (request.method === 'POST' && url.pathname === '/api/v1/files/upload') {
      const form = await request.formData()
      const file = form.get('file') as File
      const fileName = String(form.get('fileName'))
      const folder = String(form.get('folder') ?? '/')
      uploads.push({
        apiUser: userOf(authorization) || null,
        fileName,
        folder,
        useUniqueFileName: form.get('useUniqueFileName') as string | null,
        overwriteFile: form.get('overwriteFile') as string | null,
        bytes: file.size,
        contentType: file.type,
      })
      // ImageKit keeps only letters, digits, '.', '_' and '-' in names.
      const name = fileName.replace(/[^A-Za-z0-9._-]/g, '_')
      const stored = { fileId: randomUUID().replace(/-/g, ''), name, filePath: `${folder}${name}`, size: file.size }
      files.set(stored.fileId, stored)
      return Response.json({ ...stored, url: `https://ik.imagekit.io/fake${stored.filePath}`, fileType: 'image' })
    }
    if (request.method === 'GET' && url.pathname === '/v1/files') {
      searches.push(url.searchParams)
      const name = /^name\s*=\s*"(.*)"$/.exec(url.searchParams.get('searchQuery') ?? '')?.[1]
      const folder = url.searchParams.get('path') ?? '/'
      const matches = [...files.values()].filter(
        (file) => file.filePath.startsWith(folder) && (!name || file.name === name),
      )
      return Response.json(matches.map((file) => ({ type: 'file', ...file })))
    }
    const toDelete = /^\/v1\/files\/([^/]+)$/.exec(url.pathname)?.[1]
    if (request.method === 'DELETE' && toDelete) {
      if (!files.delete(toDelete)) return Response.json({ message: 'The requested file does not exist.' }, { status: 404 })
      deleted.push(toDelete)
      return new Response(null, { status: 204 })
    }
    return Response.json({ message: 'Not found' }, { status: 404 })
  })
  return { ...server, files, uploads, deleted, searches }
}
