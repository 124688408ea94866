// Apart from the schemas, so the web client's password forms check the rule without loading Zod.

/** Same rule on both sides so the form can warn before the round trip. */
export function isStrongPassword(pw: string): boolean {
  return pw.length >= 12 && /[a-zà-ỹđ]/.test(pw) && /[A-ZÀ-ỸĐ]/.test(pw) && /\d/.test(pw);
}
