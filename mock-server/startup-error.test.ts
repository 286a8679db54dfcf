import { describe, expect, it } from 'vitest';
import { fileFailure, listenFailure, StartupError } from './startup-error.js';

const errno = (code: string, fields: Record<string, string> = {}) =>
  Object.assign(new Error(`${code} from the system`), { code, ...fields });

describe('start-up failures in words', () => {
  it('names a permission problem on a file as that file, never as "cannot listen"', () => {
    const failure = fileFailure(errno('EACCES', { syscall: 'mkdir', path: '/srv/ca' }), '--state-dir');
    expect(failure).toBeInstanceOf(StartupError);
    expect(failure.message).toBe('--state-dir: cannot mkdir /srv/ca: permission denied (EACCES)');
  });

  it('names the address, the port and the settings of a listen failure', () => {
    expect(listenFailure(errno('EACCES'), '0.0.0.0', 443, '--impersonate-port').message).toBe(
      'cannot listen on 0.0.0.0:443 (--impersonate-port): permission denied (ports below 1024 need privileges) (EACCES)',
    );
  });

  it('leaves an error it cannot explain as it is, so its stack still reaches a bug report', () => {
    const strange = new Error('something else');
    expect(listenFailure(strange, 'h', 1, 's')).toBe(strange);
    expect(fileFailure(strange, 's')).toBe(strange);
  });
});
