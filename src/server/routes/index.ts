import type { CaptureService } from '../../ledger/capture-service.ts';
import type { Store } from '../../store/index.ts';
import type { App } from '../server.ts';
import { captureRoutes } from './capture.ts';
import { ProblemSchema } from './context.ts';
import { epcisRoutes } from './epcis.ts';
import { healthRoutes } from './health.ts';
import { lotRoutes } from './lots.ts';
import { registryRoutes } from './registry.ts';
import { reportRoutes } from './reports.ts';
import { reportingRoutes } from './reporting.ts';
import { sessionRoutes } from './session.ts';
import { statsRoutes } from './stats.ts';
import { supervisionRoutes } from './supervision.ts';

export async function registerRoutes(app: App, store: Store, capture: CaptureService, publicUrl?: string): Promise<void> {
  app.addSchema(ProblemSchema);
  await healthRoutes(app, store);
  await registryRoutes(app, store);
  await captureRoutes(app, capture);
  await lotRoutes(app, store, publicUrl);
  await supervisionRoutes(app, store);
  await statsRoutes(app, store);
  await sessionRoutes(app, store);
  await reportRoutes(app, store);
  await epcisRoutes(app, store, capture);
  await reportingRoutes(app, store, capture);
}
