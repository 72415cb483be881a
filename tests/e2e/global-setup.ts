// Vitest globalSetup for the e2e project: builds the fixture pages once before any test file
// starts. Test files also call buildFixtures() (a no-op when nothing changed), so running one
// file on its own works without this.
import { buildFixtures } from './harness/fixtures-build';

export default async function setup(): Promise<void> {
  await buildFixtures();
}
