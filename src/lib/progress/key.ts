// Where progress is kept on the device: the one localStorage key (schema.ts validates what is
// there). Apart from the schema so the header's count can read it without the validation library.
export const PROGRESS_VERSION = 1;
export const PROGRESS_KEY = `relais:progress:v${PROGRESS_VERSION}`;
