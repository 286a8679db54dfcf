import type { FaultInput } from '../../contract/index.js';
import type { ScenarioContext } from '../model/scenario-context.js';

/** Scripts a fault on the target's control plane; fails the scenario when the mock refuses it. */
export async function scriptFault(t: ScenarioContext, fault: FaultInput): Promise<void> {
  const { error } = await t.control.POST('/__mock/faults', { body: fault });
  if (error !== undefined) throw new Error(`the mock refused the fault: ${JSON.stringify(error)}`);
}
