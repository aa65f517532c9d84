/** The command's entry: `npm run capaian` runs it from the sources, the bundle is built from it. */
import { main } from './main';

main();
