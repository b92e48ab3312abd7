import { describe, expect, it } from 'vitest'

import { parseEnv } from './env'

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
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET.*REVALIDATE_SECRET/s)
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
    })
    expect(env.PAYLOAD_SECRET).toBe(strong)
  })

  it('rejects a malformed URL', () => {
    expect(() => parseEnv({ NODE_ENV: 'development', STOREFRONT_URL: 'localhost:8000' })).toThrow(
      /STOREFRONT_URL/,
    )
  })
})
