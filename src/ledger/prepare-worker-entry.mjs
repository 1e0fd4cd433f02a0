// Worker threads do not inherit the tsx loader registered by bin/ytterby.js: register it here.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
