/** An account number as anyone but staff may see it: its last four digits. */
export const maskAccountNumber = (accountNumber: string) =>
  accountNumber.length <= 4 ? "****" : `${"*".repeat(accountNumber.length - 4)}${accountNumber.slice(-4)}`
