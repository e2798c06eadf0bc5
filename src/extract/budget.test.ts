import { describe, expect, it } from 'vitest';
import { withTimeBudget } from './budget.js';

describe('withTimeBudget', () => {
  it('rejects with ExtractError timeout when the work never finishes, and releases it', async () => {
    let released = false;
    const never = new Promise<string>(() => undefined);
    await expect(withTimeBudget(never, 5, 'parsing', () => (released = true))).rejects.toMatchObject({ name: 'ExtractError', kind: 'timeout' });
    expect(released).toBe(true);
  });

  it('passes a finished result through', async () => {
    await expect(withTimeBudget(Promise.resolve('done'), 1000, 'parsing')).resolves.toBe('done');
  });
});
