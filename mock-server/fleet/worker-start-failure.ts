import { StartupError } from '../startup-error.js';

/**
 * A worker of `--workers N` could not start. When it exited by itself it printed its own one-line reason, and
 * `told` says the primary need not add a second.
 */
export class WorkerStartFailure extends StartupError {
  override name = 'WorkerStartFailure';

  constructor(
    message: string,
    readonly told: boolean,
  ) {
    super(message);
  }
}
