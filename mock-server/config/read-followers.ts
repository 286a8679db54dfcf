import { join, type Reader, show } from './config-reader.js';
import type { AppKind, FollowerConfig } from './mock-config.js';

/** The captured answer's `subscribe_time` (ML§7): a configured follower's, unless it says otherwise. */
export const DEFAULT_SUBSCRIBE_TIME = '2022-09-05T09:48:09.000Z';
/** The captured answer's `subscribe_scene` (ML§7). */
export const DEFAULT_SUBSCRIBE_SCENE = 'ADD_SCENE_PROFILE_CARD';
const SCENE = { pattern: /^ADD_SCENE_[A-Z_]{1,40}$/, expected: 'an ADD_SCENE_* value (ML§7)' };

/**
 * An app's `followers` (ML§7): persona keys, or `{ persona, subscribeTime?, scene? }`, each persona once; only
 * an official account has followers. Whether the personas exist is for the caller, which knows them.
 */
export function readFollowers(r: Reader, raw: unknown, path: string, kind: AppKind): FollowerConfig[] {
  if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) return [];
  if (kind !== 'official-account') {
    r.fail(path, `only an official account has followers (ML§7), not a ${kind}`);
    return [];
  }
  const followers = r.array(raw, path).map((item, index) => {
    const itemPath = join(path, index);
    if (typeof item === 'string') return readFollow(r, { persona: item }, itemPath, DEFAULT_SUBSCRIBE_TIME);
    return readFollow(r, item, itemPath, DEFAULT_SUBSCRIBE_TIME);
  });
  r.unique(
    followers.map((follower) => follower.persona),
    (index) => join(join(path, index), 'persona'),
    'follower',
  );
  return followers;
}

/** One follow: `persona` (unless given apart, as by the control route's path), `subscribeTime`, `scene`. */
export function readFollow(
  r: Reader,
  raw: unknown,
  path: string,
  defaultTime: string,
  persona?: string,
): FollowerConfig {
  const o = r.object(
    raw,
    path,
    persona === undefined ? ['persona', 'subscribeTime', 'scene'] : ['subscribeTime', 'scene'],
  );
  return {
    persona: persona ?? r.requiredString(o.persona, join(path, 'persona')),
    subscribeTime: readInstant(r, o.subscribeTime, join(path, 'subscribeTime'), defaultTime),
    scene: r.string(o.scene, join(path, 'scene'), DEFAULT_SUBSCRIBE_SCENE, SCENE),
  };
}

/** An ISO 8601 instant, kept to whole seconds as `subscribe_time` is. */
function readInstant(r: Reader, raw: unknown, path: string, fallback: string): string {
  if (raw === undefined) return fallback;
  const ms = typeof raw === 'string' && /^\d{4}-\d\d-\d\dT/.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(ms)) {
    r.fail(path, `expected an ISO 8601 date-time, got ${show(raw)}`);
    return fallback;
  }
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}
