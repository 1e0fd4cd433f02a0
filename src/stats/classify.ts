// The dimensions the statistics count by, read from the product catalogue: what kind of process an
// event is (from what goes in and what comes out), the ore type of a mineral product, and which
// categories count as deep processing.
import { isSeparationFeed, productByCode, type ChainStage, type ProductCategory } from '../domain/products.ts';

/** What the projection counts, per event: lots made or taken in, and lots leaving or arriving. */
export const MEASURES = [
  'extracted', 'made', 'consumed', 'collected', 'imported', 'shipped', 'received', 'lost', 'exported', 'delivered', 'disposed', 'adjusted-in', 'adjusted-out',
] as const;
export type Measure = (typeof MEASURES)[number];

/** Measures that put mass into a holder's stock, and those that take it out. A shipment leaves the
 * shipper's stock when shipped and enters the receiver's when received; in between it is in
 * transit, and what a receipt finds missing (`lost`) is nobody's. What is delivered to a final
 * user has left the chain into use: it is no one's stock. */
export const STOCK_IN: readonly Measure[] = ['extracted', 'made', 'collected', 'imported', 'received', 'adjusted-in'];
export const STOCK_OUT: readonly Measure[] = ['consumed', 'shipped', 'exported', 'delivered', 'disposed', 'adjusted-out'];

/** Kinds of process, told apart by their inputs and outputs (never by who records them). */
export const ACTIVITIES = ['beneficiation', 'separation', 'recycling', 'smelting', 'material', 'other'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** Deep processing: what the industry association counts as materials, beyond primary products. */
export const MATERIAL_CATEGORIES: readonly ProductCategory[] = ['magnet', 'alloy', 'catalyst', 'polishing-powder', 'phosphor', 'hydrogen-storage-alloy'];

export function categoryOf(product: string): ProductCategory | undefined {
  return productByCode(product)?.category;
}

export function stageOf(product: string): ChainStage | undefined {
  return productByCode(product)?.stage;
}

/** Separation-stage products (oxides, salts, mixed compounds): what separation and recycling make. */
export function isSeparated(product: string): boolean {
  return stageOf(product) === 'separation';
}

export function isMaterial(product: string): boolean {
  const category = categoryOf(product);
  return category !== undefined && MATERIAL_CATEGORIES.includes(category);
}

/** Quotas are set per ore type: ion-adsorption clays apart from rock ores (bastnaesite, Bayan Obo, monazite). */
export function oreTypeOf(product: string): 'rock' | 'ionic' {
  return product.includes('ionic') ? 'ionic' : 'rock';
}

/**
 * The kind of a process event. Mineral feeds (ore, concentrate, mixed compounds) going in make it
 * beneficiation when only mineral products and residues come out, separation otherwise; scrap or
 * slag going in make it recycling; materials coming out make it material making; metals, smelting.
 */
export function processActivity(inputs: readonly string[], outputs: readonly string[]): Activity {
  if (inputs.some(isSeparationFeed)) {
    const beyondMining = outputs.some((p) => { const stage = stageOf(p); return stage !== 'mining' && stage !== 'residue'; });
    return beyondMining ? 'separation' : 'beneficiation';
  }
  if (inputs.some((p) => stageOf(p) === 'recycling' || categoryOf(p) === 'slag')) return 'recycling';
  if (outputs.some(isMaterial)) return 'material';
  if (outputs.some((p) => categoryOf(p) === 'metal')) return 'smelting';
  return 'other';
}
