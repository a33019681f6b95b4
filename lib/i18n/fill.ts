/** A message with `$1`, `$2`… replaced by `args` (missing ones by nothing), as the locale files write them. */
export function fill(template: string, args: readonly string[]): string {
  return template.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '');
}
