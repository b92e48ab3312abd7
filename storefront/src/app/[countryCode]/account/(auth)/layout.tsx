import type { ReactNode } from "react"
import AuthFrame from "@/modules/account/templates/auth-frame"

/** Sign-in, registration and password pages share one centred card. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <AuthFrame>{children}</AuthFrame>
}
