import { performance } from 'node:perf_hooks';
import type { Logger } from '../logging/logger.js';
import type { MockModel } from '../model/mock-model.js';
import { fileFailure } from '../startup-error.js';
import { readStateFile } from './state-file.js';
import { SaveOvertaken, writeStateFile } from './write-state-file.js';

/** Saves tried on close when an app or persona deletion overtakes them. */
const CLOSING_ATTEMPTS = 3;

export interface StateSaverOptions {
  readonly path: string;
  readonly journal: boolean;
  readonly intervalMs: number;
  readonly logger: Logger;
}

/**
 * Saves the model to its state file every `intervalMs` when something changed since the last save, and
 * once more on close (docs/decisions/0022). Periodic rather than on every change: a login is a handful of
 * requests and a load test thousands a second, and one write per interval bounds what a crash loses
 * without putting a disk write on any request's path. One save runs at a time (a slow disk skips ticks); a failed one is logged
 * and retried at the next tick (the old file stays whole meanwhile).
 */
export class StateSaver {
  readonly #model: MockModel;
  readonly #options: StateSaverOptions;
  readonly #timer: NodeJS.Timeout;
  #changed = false;
  /** The writer's buffers, kept from one save to the next. */
  readonly #chunks: Buffer[] = [];
  /** The save in progress, if any: a tick while one runs waits for the next tick. */
  #saving: Promise<void> | undefined;

  constructor(model: MockModel, options: StateSaverOptions) {
    this.#model = model;
    this.#options = options;
    this.#timer = setInterval(() => {
      if (this.#changed && this.#saving === undefined) this.#save();
    }, options.intervalMs);
    // The timer alone must not keep a process alive that is otherwise done.
    this.#timer.unref();
  }

  /** Something may have changed: the next tick saves. */
  markChanged(): void {
    this.#changed = true;
  }

  /** Stops saving without a last save (the mock failed to start: the file on disk is what it restored). */
  stop(): void {
    clearInterval(this.#timer);
  }

  /** Stops the timer and saves once more, whether or not anything changed; rejects when that save fails. */
  async close(): Promise<void> {
    this.stop();
    await this.#saving;
    // A deletion can only overtake a save while requests still arrive; a few tries outlast the last ones.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#write();
      } catch (error) {
        if (!(error instanceof SaveOvertaken) || attempt === CLOSING_ATTEMPTS) throw error;
      }
    }
  }

  #save(): void {
    this.#saving = this.#write()
      .catch((error: unknown) => {
        this.#changed = true;
        if (error instanceof SaveOvertaken) this.#options.logger.debug(`state file save dropped: ${error.message}`);
        else this.#options.logger.error(`could not save the state file ${this.#options.path}`, error);
      })
      .finally(() => {
        this.#saving = undefined;
      });
  }

  async #write(): Promise<void> {
    // Cleared before the state is read: a change made while the file is written is saved next time.
    this.#changed = false;
    const started = performance.now();
    const state = this.#model.snapshotInSteps({ journal: this.#options.journal });
    const bytes = await writeStateFile(this.#options.path, state, this.#model.config.seed, this.#chunks);
    const ms = (performance.now() - started).toFixed(1);
    this.#options.logger.debug(`state file saved: ${bytes} bytes in ${ms} ms`);
  }
}

/**
 * Restores the model from its state file when there is one (refusing a bad file, untouched), saves it at
 * once (so an unwritable path is found at start, not at the first tick), and returns the saver.
 */
export async function keepState(model: MockModel, options: StateSaverOptions): Promise<StateSaver> {
  const snapshot = await readStateFile(options.path, model.config.seed);
  if (snapshot !== undefined) model.restore(snapshot);
  try {
    await writeStateFile(options.path, model.snapshotInSteps({ journal: options.journal }), model.config.seed);
  } catch (error) {
    throw fileFailure(error, '--state-file');
  }
  return new StateSaver(model, options);
}
