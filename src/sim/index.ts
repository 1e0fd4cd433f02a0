export { runDemo, demoOptionsProblem, DEMO_SCALE_MIN, DEMO_SCALE_MAX, type DemoOptions, type DemoSummary, type GroundTruthFile } from './run-demo.ts';
export { VIOLATION_CLASSES, type Violation, type ViolationClass } from './ground-truth.ts';
export { publicFiguresOf, MODEL, type PublicFigures } from './figures.ts';
export { STAGES, type Stage, type StageFigure } from './tally.ts';
