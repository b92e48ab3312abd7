import type { ProviderKey } from "@/lib/util/payment-providers"

/**
 * A small drawn mark beside each provider's name (no image from elsewhere):
 * Paystack's stacked bars, Flutterwave's orange wing. Decorative: the name
 * beside it is the label.
 */
export default function ProviderMark({ provider }: { provider: ProviderKey }) {
  return (
    <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false" data-testid={`provider-mark-${provider}`}>
      <rect width="28" height="28" rx="6" fill={provider === "paystack" ? "#011b33" : "#fff4e5"} />
      {provider === "paystack" ? (
        <g fill="#00c3f7">
          <rect x="6" y="6.5" width="16" height="3" rx="1.5" />
          <rect x="6" y="11.5" width="16" height="3" rx="1.5" />
          <rect x="6" y="16.5" width="11" height="3" rx="1.5" opacity=".75" />
          <rect x="6" y="21.5" width="7" height="2" rx="1" opacity=".5" />
        </g>
      ) : (
        <g>
          <path d="M6 22 C9 12 14 7 22 6 C19 10 15 13 10 15 Z" fill="#f5a623" />
          <path d="M6 22 C10 18 16 16 22 17 C18 21 12 22 6 22 Z" fill="#fb4e20" />
        </g>
      )}
    </svg>
  )
}
