import { describe, expect, it } from 'vitest'

import { emailSender, imageKitSettings, parseEnv, storefrontPublicUrl } from './env'

const strong = 'k'.repeat(16) + 'x9Qv2LmT8rPz4sWn'

describe('parseEnv', () => {
  it('gives development working defaults', () => {
    const env = parseEnv({ NODE_ENV: 'development' })
    expect(env).toMatchObject({
      PAYLOAD_SECRET: 'dev-only-payload-secret',
      CMS_PUBLIC_URL: 'http://localhost:3001',
      STOREFRONT_URL: 'http://localhost:8000',
    })
  })

  it('names each missing secret in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(
      /PAYLOAD_SECRET.*REVALIDATE_SECRET.*PREVIEW_SECRET/s,
    )
  })

  it('rejects the development default and short secrets in production', () => {
    expect(() =>
      parseEnv({
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'dev-only-payload-secret',
        REVALIDATE_SECRET: strong,
      }),
    ).toThrow(/PAYLOAD_SECRET/)
    expect(() =>
      parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: strong, REVALIDATE_SECRET: 'secret' }),
    ).toThrow(/REVALIDATE_SECRET/)
  })

  it('lets `next build` run without runtime secrets', () => {
    expect(() =>
      parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }),
    ).not.toThrow()
  })

  it('accepts strong secrets in production', () => {
    const env = parseEnv({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: strong,
      REVALIDATE_SECRET: strong.split('').reverse().join(''),
      PREVIEW_SECRET: strong.toUpperCase(),
    })
    expect(env.PAYLOAD_SECRET).toBe(strong)
  })

  it('rejects a malformed URL', () => {
    expect(() => parseEnv({ NODE_ENV: 'development', STOREFRONT_URL: 'localhost:8000' })).toThrow(
      /STOREFRONT_URL/,
    )
  })

  it('keeps email on the console and media on disk without keys', () => {
    const env = parseEnv({ NODE_ENV: 'development' })
    expect(env.RESEND_API_KEY).toBeUndefined()
    expect(imageKitSettings(env)).toBeNull()
  })

  it('names the missing half of an ImageKit setup', () => {
    expect(() => parseEnv({ NODE_ENV: 'development', IMAGEKIT_PRIVATE_KEY: 'private_x' })).toThrow(/IMAGEKIT_URL_ENDPOINT is required/)
    expect(() => parseEnv({ NODE_ENV: 'development', IMAGEKIT_URL_ENDPOINT: 'https://ik.imagekit.io/x' })).toThrow(
      /IMAGEKIT_PRIVATE_KEY is required/,
    )
  })

  it('reads the ImageKit settings, trimming slashes from the endpoint and folder', () => {
    const env = parseEnv({
      NODE_ENV: 'development',
      IMAGEKIT_PRIVATE_KEY: 'private_x',
      IMAGEKIT_URL_ENDPOINT: 'https://ik.imagekit.io/shop/',
      IMAGEKIT_FOLDER: '/site/media/',
    })
    expect(imageKitSettings(env)).toEqual({
      privateKey: 'private_x',
      urlEndpoint: 'https://ik.imagekit.io/shop',
      folder: 'site/media',
      baseURL: undefined,
    })
    expect(() => parseEnv({ NODE_ENV: 'development', IMAGEKIT_FOLDER: '../up' })).toThrow(/IMAGEKIT_FOLDER/)
  })

  it('needs a real sender to send through Resend in production', () => {
    const secrets = { PAYLOAD_SECRET: strong, REVALIDATE_SECRET: strong + 'r', PREVIEW_SECRET: strong + 'p' }
    expect(() => parseEnv({ NODE_ENV: 'production', ...secrets, RESEND_API_KEY: 're_x' })).toThrow(
      /RESEND_FROM is required in production/,
    )
    const env = parseEnv({
      NODE_ENV: 'production',
      ...secrets,
      RESEND_API_KEY: 're_x',
      RESEND_FROM: 'Adaeze Okafor Books <hello@books.example>',
    })
    expect(emailSender(env)).toEqual({ name: 'Adaeze Okafor Books', address: 'hello@books.example' })
  })

  it('takes a bare sender address, and refuses anything else', () => {
    const env = parseEnv({ NODE_ENV: 'development', RESEND_FROM: 'hello@books.example' })
    expect(emailSender(env)).toEqual({ name: 'Adaeze Okafor', address: 'hello@books.example' })
    expect(() => parseEnv({ NODE_ENV: 'development', RESEND_FROM: 'Books <nope>' })).toThrow(/RESEND_FROM/)
  })

  it('gives readers the public storefront address, and demands one in production when STOREFRONT_URL is internal', () => {
    expect(storefrontPublicUrl(parseEnv({ NODE_ENV: 'development' }))).toBe('http://localhost:8000')
    const behindCompose = { STOREFRONT_URL: 'http://storefront:8000', STOREFRONT_PUBLIC_URL: 'https://shop.example.com/' }
    expect(storefrontPublicUrl(parseEnv({ NODE_ENV: 'development', ...behindCompose }))).toBe('https://shop.example.com')

    const secrets = { PAYLOAD_SECRET: strong, REVALIDATE_SECRET: strong + 'r', PREVIEW_SECRET: strong + 'p' }
    expect(() => parseEnv({ NODE_ENV: 'production', ...secrets, STOREFRONT_URL: 'http://storefront:8000' })).toThrow(
      /STOREFRONT_PUBLIC_URL is required in production when STOREFRONT_URL \(http:\/\/storefront:8000\)/,
    )
    expect(() => parseEnv({ NODE_ENV: 'production', ...secrets, ...behindCompose })).not.toThrow()
    expect(() => parseEnv({ NODE_ENV: 'production', ...secrets, STOREFRONT_URL: 'https://shop.example.com' })).not.toThrow()
  })
})
