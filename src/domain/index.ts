export * from './elements.ts';
export * from './composition.ts';
export * from './products.ts';
export * from './export-controls.ts';
export * from './attribution.ts';
