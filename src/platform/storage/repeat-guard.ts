import { kvs } from './kvs-client';
import type { RepeatGuard } from '../../usecases/create-exercise';
import { createOnly } from './create-only';
import { storageKeys } from './storage-keys';

interface Held {
  at: number;
  /** What the first request made, once it made it. */
  made: string | null;
}

/**
 * One create-only key per exercise request (incident and kind): the first request within the window
 * makes the exercise; a repeat gets what it made. Past the window, or when the first request never
 * finished, the key is taken again.
 */
export const exerciseRepeatGuard: RepeatGuard = {
  async begin(issueId, kind, windowMs) {
    const key = storageKeys.exerciseRequest(issueId, kind);
    const fresh = (): Held => ({ at: Date.now(), made: null });
    if (await createOnly(key, fresh())) return { kind: 'first', done: (made) => kvs.set(key, { at: Date.now(), made }), release: () => kvs.delete(key) };
    const held = await kvs.get<Held>(key);
    if (held && held.at > Date.now() - windowMs) return { kind: 'repeat', made: held.made };
    await kvs.delete(key);
    if (!(await createOnly(key, fresh()))) return { kind: 'repeat', made: null };
    return { kind: 'first', done: (made) => kvs.set(key, { at: Date.now(), made }), release: () => kvs.delete(key) };
  },
};
