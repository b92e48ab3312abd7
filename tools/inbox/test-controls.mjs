// Faults a test can ask of the inbox for its next send requests (after
// authentication and the rate limit, as a real outage would come):
//   { status, name?, message?, times? }  answer with that error, sending nothing;
//   { hang: true, times? }               accept and keep the emails, but never
//                                         answer (the answer lost on the way).
export function createTestControls() {
  let faults = []
  const held = new Set()
  return {
    setFaults(body) {
      const list = Array.isArray(body) ? body : [body]
      faults = list.flatMap((fault) => Array.from({ length: Math.max(1, Number(fault.times ?? 1)) }, () => ({ ...fault })))
      return { pending: faults.length }
    },
    takeFault: () => faults.shift() ?? null,
    hold(res) {
      held.add(res)
      res.on("close", () => held.delete(res))
    },
    release() {
      for (const res of held) res.destroy()
      held.clear()
      faults = []
    },
  }
}
