import { createRequire } from "node:module"
import type * as ReactJsxRuntime from "react/jsx-runtime"

/*
 * The JSX runtime of the emails (`@jsxImportSource ../jsx` in each of them).
 * Elements must come from the React that @react-email renders with: in this
 * monorepo that package is hoisted beside the cms's React 19 while commerce's
 * own `react` is 18, and React 19 refuses elements made by React 18. A
 * standalone install (the production image) has one React and the same result.
 */
const reactEmailRequire = createRequire(require.resolve("@react-email/render"))
const runtime = reactEmailRequire("react/jsx-runtime") as typeof ReactJsxRuntime

export const jsx = runtime.jsx
export const jsxs = runtime.jsxs
export const Fragment = runtime.Fragment
export type { JSX } from "react/jsx-runtime"
