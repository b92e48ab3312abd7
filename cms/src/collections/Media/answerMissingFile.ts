import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionConfig } from 'payload'

type FileHandler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]

/**
 * Payload answers a request for a file that is not on disk with a 500
 * ("Something went wrong"); a reader asking for a file that is not there
 * gets a 404. Files on disk fall through to Payload's own streaming.
 */
export const answerMissingFile =
  (staticDir: string): FileHandler =>
  (_req, { params }) => {
    const filePath = path.resolve(staticDir, params.filename)
    const inside = filePath.startsWith(path.resolve(staticDir) + path.sep)
    const found = inside ? stat(filePath).then((s) => s.isFile(), () => false) : Promise.resolve(false)
    // Resolving to undefined lets Payload stream the file; its type has no Promise<Response | void>.
    return found.then((onDisk) => {
      if (!onDisk) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    }) as Promise<Response>
  }
