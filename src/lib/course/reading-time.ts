/** Words in a Markdown/MDX body, ignoring markup, code and component tags. */
export function countWords(body: string): number {
  const prose = body
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/^\s*(import|export)\s.*$/gm, " ")
    .replace(/\]\([^)]*\)/g, "]");
  return prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Minutes to read, at a calm 200 words a minute, never less than one. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(countWords(body) / 200));
}
