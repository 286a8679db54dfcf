/**
 * An /sns answer's body as WeChat writes it (reference §9): compact JSON in the key order the object was
 * built in, raw UTF-8, `/` escaped as `\/`. Compact JSON holds `/` only inside strings, so replacing every
 * one is exact.
 */
export function snsBodyText(body: object): string {
  return JSON.stringify(body).replaceAll('/', '\\/');
}

/** An /sns answer: the body object and, for errors, its errcode. */
export interface SnsAnswer {
  readonly body: object;
  readonly errcode: number | undefined;
}
