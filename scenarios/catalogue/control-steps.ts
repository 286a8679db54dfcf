import type { FaultInput } from '../../contract/index.js';
import type { ScenarioContext } from '../model/scenario-context.js';

/** Scripts a fault on the target's control plane; fails the scenario (a MockControlError) when the mock refuses it. */
export async function scriptFault(t: ScenarioContext, fault: FaultInput): Promise<void> {
  await t.control.faults.add(fault);
}
