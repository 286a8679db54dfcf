import type { ConformanceTarget } from './conformance-target.js';
import { containerTarget } from './container-target.js';
import { inProcessTarget } from './in-process-target.js';
import { urlTarget } from './url-target.js';
import { wechatTarget } from './wechat-target.js';

export const TARGET_KINDS = ['in-process', 'url', 'container', 'wechat'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface TargetOptions {
  readonly url?: string;
  readonly controlToken?: string;
  readonly appid?: string;
  readonly secret?: string;
  readonly image?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** The target of a `--target` kind, with the options that kind reads. */
export async function createTarget(kind: TargetKind, options: TargetOptions = {}): Promise<ConformanceTarget> {
  switch (kind) {
    case 'in-process':
      return inProcessTarget();
    case 'url': {
      if (options.url === undefined) throw new Error('--target url needs --url');
      const website =
        options.appid !== undefined && options.secret !== undefined
          ? { appid: options.appid, secret: options.secret }
          : undefined;
      return urlTarget({
        url: options.url,
        ...(options.controlToken === undefined ? {} : { controlToken: options.controlToken }),
        ...(website === undefined ? {} : { website }),
      });
    }
    case 'container':
      return containerTarget({
        ...(options.image === undefined ? {} : { image: options.image }),
        hostNetwork: options.env?.WECHAT_MOCK_CONTAINER_NETWORK === 'host',
      });
    case 'wechat':
      return wechatTarget(options.env);
  }
}
