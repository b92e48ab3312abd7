import sharp from 'sharp'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startFakeImageKit } from '../fakes/imagekit'

const PRIVATE_KEY = 'private_test_key'
const ENDPOINT = 'https://ik.imagekit.io/bookshop'
let imagekit: Awaited<ReturnType<typeof startFakeImageKit>>
let payload: Payload

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#c05621' } }).png().toBuffer()

beforeAll(async () => {
  imagekit = await startFakeImageKit(PRIVATE_KEY)
  // The config reads the environment once, on import: set it first.
  process.env.IMAGEKIT_PRIVATE_KEY = PRIVATE_KEY
  process.env.IMAGEKIT_URL_ENDPOINT = `${ENDPOINT}/`
  process.env.IMAGEKIT_FOLDER = 'test/media'
  process.env.IMAGEKIT_BASE_URL = imagekit.url
  const { getTestPayload } = await import('./helpers')
  payload = await getTestPayload()
})

afterAll(async () => {
  await payload?.destroy()
  await imagekit?.close()
})

describe('media on ImageKit', () => {
  let mediaId: number
  const name = `cover-${Date.now()}.png`

  it('uploads the original and each generated size under the folder, with the private key', async () => {
    const data = await png(1000, 500)
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'A cover' },
      file: { data, mimetype: 'image/png', name, size: data.length },
    })
    mediaId = media.id

    const sizeNames = [media.sizes?.thumbnail?.filename, media.sizes?.card?.filename]
    expect(sizeNames.every(Boolean)).toBe(true)
    expect(imagekit.uploads.map((upload) => upload.fileName).sort()).toEqual(
      [name, ...sizeNames].sort(),
    )
    for (const upload of imagekit.uploads) {
      expect(upload).toMatchObject({
        apiUser: PRIVATE_KEY,
        folder: '/test/media/',
        useUniqueFileName: 'false',
        contentType: 'image/png',
      })
      expect(upload.bytes).toBeGreaterThan(0)
    }
    expect(imagekit.uploads.find((upload) => upload.fileName === name)?.bytes).toBe(data.length)
    expect([...imagekit.files.values()].map((file) => file.filePath)).toContain(`/test/media/${name}`)
  })

  it('gives readers ImageKit URLs for the original and the sizes', async () => {
    const media = await payload.findByID({ collection: 'media', id: mediaId })
    expect(media.url).toBe(`${ENDPOINT}/test/media/${name}`)
    expect(media.sizes?.card?.url).toBe(`${ENDPOINT}/test/media/${media.sizes?.card?.filename}`)
    expect(media.thumbnailURL ?? media.sizes?.thumbnail?.url).toMatch(`${ENDPOINT}/test/media/`)
  })

  it('deletes every stored file when the media is deleted', async () => {
    const before = imagekit.files.size
    await payload.delete({ collection: 'media', id: mediaId })
    expect(imagekit.deleted).toHaveLength(3)
    expect(imagekit.files.size).toBe(before - 3)
    expect(imagekit.searches[0].get('path')).toBe('/test/media/')
    expect(imagekit.searches[0].get('searchQuery')).toMatch(/^name = ".+"$/)
  })

  it('refuses a file whose name ImageKit would rewrite, instead of linking to a missing file', async () => {
    const data = await png(200, 100)
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'Odd name' },
        file: { data, mimetype: 'image/png', name: `odd name ${Date.now()}.png`, size: data.length },
      }),
    ).rejects.toThrow(/ImageKit stored/)
    const { totalDocs } = await payload.count({ collection: 'media', where: { alt: { equals: 'Odd name' } } })
    expect(totalDocs).toBe(0)
  })
})
