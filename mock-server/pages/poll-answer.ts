import type { LoginSession } from '../model/login-sessions.js';

/** What the QR page's long poll answers (reference §1.2). */
export interface PollAnswer {
  readonly errcode: 402 | 403 | 404 | 405 | 408;
  /** The code, with 405 only. */
  readonly code: string;
}

/** The long poll's answer for a session: expired or unknown 402, waiting 408, scanned 404, cancelled 403, confirmed 405. */
export function pollAnswer(session: LoginSession | undefined): PollAnswer {
  switch (session?.progress.state) {
    case undefined:
      return { errcode: 402, code: '' };
    case 'waiting':
      return { errcode: 408, code: '' };
    case 'scanned':
      return { errcode: 404, code: '' };
    case 'cancelled':
      return { errcode: 403, code: '' };
    case 'confirmed':
      return { errcode: 405, code: session.progress.code };
  }
}

/** The long poll's body, a script the page loads (reference §1.2): `window.wx_errcode=N;window.wx_code='…';`. */
export const pollScript = ({ errcode, code }: PollAnswer): string =>
  `window.wx_errcode=${errcode};window.wx_code='${code}';`;
