import { expect } from 'chai';

/** Let promise chains and file I/O run until `cond` holds (bounded, about 0.5 s). */
export async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(cond(), 'condition never became true').to.equal(true);
}
