import type { Endpoint } from 'payload'

/** What the dev-stack launcher and container orchestration poll: 200 only when Postgres answers. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      await req.payload.db.pool.query('select 1')
      return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Health check could not reach Postgres' })
      return Response.json(
        { status: 'error' },
        { status: 503, headers: { 'cache-control': 'no-store' } },
      )
    }
  },
}
