#!/usr/bin/env -S node --max-semi-space-size=64
// V8's flags are on the line above because they count only when the process starts: the young
// generation of src/limits.ts's CAPTURE_SEMI_SPACE_MB for the thread that applies a capture.
// Runs the TypeScript sources directly through tsx, so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
