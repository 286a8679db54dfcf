// The mock's CLI from the unbundled build (dist/, one file per module), for the start-up breakdown's
// comparison with the bundle the package ships: dist/mock-server/cli.js only exports the CLI's main.
import { runMockServerCli } from '../../dist/mock-server/cli.js';

await runMockServerCli(process.argv.slice(2), process.env);
