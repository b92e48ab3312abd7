// Placeholder until the shop work fills it in.
export default function Placeholder(_props: { countryCode: string }) {
  return null
}
