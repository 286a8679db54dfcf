import qrcode from 'qrcode';
import { ScriptedBrowser } from '../browser/scripted-browser.js';

/** Whoever approves a login whose QR page is at `loginUrl`; the code then arrives at the callback. */
export interface LoginPerson {
  readonly name: string;
  /** How long to wait for this person. */
  readonly patienceMs: number;
  approve(loginUrl: string): Promise<void>;
}

/**
 * A script that opens the login page and approves by following its plain links, as a person clicking
 * "allow" would: for the mock, including a mock treated as a foreign server (its control plane off).
 */
export function scriptedPerson(persona?: string): LoginPerson {
  return {
    name: 'a scripted person',
    patienceMs: 15_000,
    async approve(loginUrl) {
      const browser = new ScriptedBrowser();
      const page = await browser.navigate(loginUrl);
      if (persona === undefined) await browser.click(page, 'data-persona');
      else await browser.approveAs(page, persona);
    },
  };
}

/** A person at the terminal: prints the QR page's URL as a QR code to scan with WeChat, and waits. */
export function terminalPerson(output: NodeJS.WritableStream = process.stderr): LoginPerson {
  return {
    name: 'a person at the terminal',
    patienceMs: 5 * 60_000,
    async approve(loginUrl) {
      const art = await qrcode.toString(loginUrl, { type: 'terminal', small: true });
      output.write(`\nScan with WeChat to log in (or open ${loginUrl}):\n${art}\nWaiting for the login…\n`);
    },
  };
}
