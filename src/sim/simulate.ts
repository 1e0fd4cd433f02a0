// One year of the industry, month by month: every enterprise's events, in the order the
// enterprises report them (each stage of the chain by a given day of the next month, earlier
// stages first), so each document only names lots that earlier documents made. Only the current
// lots are held in memory, never the year's events, so the generator streams at any scale.
import type { ElementSymbol } from '../domain/elements.ts';
import { splitComposition, type Composition } from '../domain/composition.ts';
import { exportControlsFor } from '../domain/export-controls.ts';
import { productByCode } from '../domain/products.ts';
import type { EndUseSector } from '../domain/end-use.ts';
import type { LedgerEvent, NewLot } from '../ledger/document-schema.ts';
import { EVENTS_PER_DOCUMENT_MAX } from '../limits.ts';
import { compositionFromReo, lotsOf, minus, reo, scaled, separate, totalGrams, type LotSpec, type Shares } from './chemistry.ts';
import { MODEL, type PublicFigures } from './figures.ts';
import type { Deposit, Industry, SimParty, SimRole } from './industry.ts';
import type { Random } from './random.ts';
import { GroundTruth } from './ground-truth.ts';
import { Tally } from './tally.ts';
import { shanghaiDay } from '../domain/periods.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Asia/Shanghai is UTC+8 all year: reporting periods are its calendar months. */
const SHANGHAI = 8 * HOUR;
const TONNE = 1_000_000;

interface Plan {
  kind: 'ship' | 'deliver' | 'export' | 'dispose' | 'keep';
  /** The receiver of a shipment; the final user a lot is delivered to. */
  to?: SimParty;
}

interface Lot {
  id: string;
  product: string;
  mass: number;
  composition: Composition;
  /** When it may next be used (received, made). */
  ready: number;
  plan?: Plan;
}

interface Transit {
  lot: Lot;
  from: SimParty;
  to: SimParty;
  arrival: number;
  shipEvent: string;
  /** Grams that never arrive (a short receipt), or the whole lot (never received). */
  missingGrams?: number;
  neverReceived?: boolean;
}

export interface SimDocument {
  party: SimParty;
  createdAt: string;
  events: LedgerEvent[];
  /** An attempt the ledger must refuse (a double spend); the ground truth names it. */
  expectRefusal?: string;
}

/** REO per deposit and what its ore or concentrate is called. */
const DEPOSITS: Record<Deposit, { ore?: string; concentrate: string; tailings?: string; oreGrade?: number; concentrateGrade: number; shares: Shares; rock: boolean }> = {
  'bayan-obo': { ore: 'ore-bayan-obo', concentrate: 'concentrate-bayan-obo', tailings: 'tailings-bayan-obo', oreGrade: 0.06, concentrateGrade: 0.5, rock: true,
    shares: { La: 26.0, Ce: 50.5, Pr: 5.1, Nd: 16.2, Sm: 1.1, Eu: 0.2, Gd: 0.4, Tb: 0.1, Dy: 0.1, Y: 0.3 } },
  sichuan: { ore: 'ore-mianning-bastnaesite', concentrate: 'concentrate-mianning', tailings: 'tailings-bastnaesite', oreGrade: 0.03, concentrateGrade: 0.5, rock: true,
    shares: { La: 33.0, Ce: 47.0, Pr: 4.3, Nd: 12.0, Sm: 1.5, Eu: 0.3, Gd: 0.6, Tb: 0.1, Dy: 0.2, Y: 1.0 } },
  'ionic-high-y': { concentrate: 'concentrate-ionic-high-y', concentrateGrade: 0.92, rock: false,
    shares: { La: 2.2, Ce: 1.0, Pr: 1.1, Nd: 3.5, Sm: 2.3, Eu: 0.5, Gd: 5.7, Tb: 1.1, Dy: 7.5, Ho: 1.6, Er: 4.3, Tm: 0.6, Yb: 3.3, Lu: 0.5, Y: 64.8 } },
  'ionic-light': { concentrate: 'concentrate-ionic-light', concentrateGrade: 0.92, rock: false,
    shares: { La: 42.0, Ce: 6.0, Pr: 8.5, Nd: 31.0, Sm: 5.0, Eu: 0.5, Gd: 2.5, Tb: 0.3, Dy: 1.0, Ho: 0.2, Er: 0.5, Tm: 0.1, Yb: 0.3, Lu: 0.1, Y: 2.0 } },
  'ionic-medium-y-eu': { concentrate: 'concentrate-ionic-medium-y-eu', concentrateGrade: 0.92, rock: false,
    shares: { La: 27.6, Ce: 3.2, Pr: 5.6, Nd: 17.6, Sm: 4.2, Eu: 0.9, Gd: 4.8, Tb: 0.7, Dy: 3.9, Ho: 0.8, Er: 2.3, Tm: 0.3, Yb: 1.9, Lu: 0.3, Y: 25.9 } },
};

/** Where each product goes from the plant that made it: weights over destinations. */
const ROUTES: Record<string, readonly (readonly [number, SimRole | 'keep' | 'dispose' | 'export'])[]> = {
  'oxide-ndpr': [[1, 'smelter']],
  'oxide-dy': [[1, 'smelter']],
  'oxide-tb': [[1, 'smelter']],
  'oxide-la': [[0.3, 'catalyst-maker'], [0.25, 'smelter'], [0.08, 'trader'], [0.37, 'keep']],
  'oxide-ce': [[0.3, 'polishing-powder-maker'], [0.1, 'catalyst-maker'], [0.15, 'smelter'], [0.08, 'trader'], [0.37, 'keep']],
  'mixed-oxide-smeugd': [[0.5, 'trader'], [0.5, 'keep']],
  'oxide-y': [[0.5, 'phosphor-maker'], [0.2, 'alloy-maker'], [0.3, 'keep']],
  'mixed-oxide-heavy': [[0.4, 'trader'], [0.6, 'keep']],
  'metal-ndpr': [[1, 'magnet-maker']],
  'metal-dy': [[1, 'magnet-maker']],
  'metal-tb': [[1, 'magnet-maker']],
  'metal-la': [[0.5, 'hydrogen-storage-maker'], [0.5, 'alloy-maker']],
  'metal-ce': [[0.5, 'hydrogen-storage-maker'], [0.5, 'alloy-maker']],
  'slag-water-leach-residue': [[1, 'disposer']],
  'slag-recycling-residue': [[1, 'disposer']],
  'slag-electrolysis': [[1, 'recycler']],
  'scrap-ndfeb-swarf': [[1, 'recycler']],
};
const MATERIAL_ROUTE = [[0.9, 'end-user'], [0.1, 'keep']] as const;
/** What the final users make of each material, by weight (judgement on the market's shares). */
const END_USE_OF: Readonly<Record<string, readonly (readonly [number, EndUseSector])[]>> = {
  'magnet-ndfeb-sintered': [[0.3, 'vehicles'], [0.2, 'wind-power'], [0.2, 'motors'], [0.15, 'electronics'], [0.15, 'appliances']],
  'catalyst-fcc': [[1, 'petroleum-refining']],
  'catalyst-ceria-zirconia': [[1, 'vehicle-exhaust']],
  'polishing-ceria': [[0.7, 'glass-and-ceramics'], [0.3, 'electronics']],
  'phosphor-red-y2o3-eu': [[1, 'lighting-and-displays']],
  'hsa-ab5': [[1, 'batteries']],
  'alloy-re-si-fe': [[1, 'metallurgy']],
  'alloy-mg-y': [[1, 'metallurgy']],
};

/** What a smelter makes of each oxide, and what each material maker makes of each input. */
const SMELTED: Record<string, string> = { 'oxide-ndpr': 'metal-ndpr', 'oxide-dy': 'metal-dy', 'oxide-tb': 'metal-tb', 'oxide-la': 'metal-la', 'oxide-ce': 'metal-ce' };
const MATERIAL_OF: Partial<Record<SimRole, Record<string, string>>> = {
  'catalyst-maker': { 'oxide-la': 'catalyst-fcc', 'oxide-ce': 'catalyst-ceria-zirconia' },
  'polishing-powder-maker': { 'oxide-ce': 'polishing-ceria' },
  'phosphor-maker': { 'oxide-y': 'phosphor-red-y2o3-eu' },
  'hydrogen-storage-maker': { 'metal-la': 'hsa-ab5', 'metal-ce': 'hsa-ab5' },
  'alloy-maker': { 'metal-la': 'alloy-re-si-fe', 'metal-ce': 'alloy-re-si-fe', 'oxide-y': 'alloy-mg-y' },
};

const MAGNET_EXPORT_COUNTRIES: readonly (readonly [string, number])[] = [['DE', 18], ['US', 15], ['KR', 12], ['VN', 10], ['JP', 8], ['IN', 7], ['TH', 6], ['IT', 5], ['MX', 5], ['PL', 4], ['TR', 4], ['HU', 3], ['BR', 3]] as const;
const OXIDE_EXPORT_COUNTRIES: readonly (readonly [string, number])[] = [['JP', 35], ['US', 20], ['KR', 15], ['NL', 10], ['DE', 10], ['IN', 10]] as const;
const SCRAP_SUPPLIERS = ['个体回收商', '报废汽车拆解企业', '电机维修企业', '家电拆解企业'] as const;

export interface SimulationOptions {
  year: number;
  scale: number;
  figures: PublicFigures;
}

/** The documents of the year in reporting order, with the ground truth and tallies filled in as
 * they are generated. */
export class YearSimulation {
  readonly truth: GroundTruth;
  readonly tally = new Tally();
  readonly #industry: Industry;
  readonly #options: SimulationOptions;
  readonly #random: Random;
  readonly #inputs = new Map<string, Lot[]>();
  readonly #outputs = new Map<string, Lot[]>();
  readonly #inbox = new Map<string, Transit[]>();
  readonly #counters = new Map<string, number>();
  /** Exhausted lots by holder, for the double-spend attempts at the end. */
  readonly #spent = new Map<string, Lot>();
  readonly #monthlyWeights = new Map<string, number[]>();
  #events: LedgerEvent[] = [];
  /** REO grams sent to each separator so far. */
  readonly #fed = new Map<string, number>();
  #lotsMade = 0;
  #month = 0;
  #monthStart = 0;
  #monthEnd = 0;
  readonly #plan: ViolationPlan;

  constructor(industry: Industry, options: SimulationOptions, random: Random) {
    this.#industry = industry;
    this.#options = options;
    this.#random = random;
    for (const party of industry.parties) {
      this.#inputs.set(party.id, []);
      this.#outputs.set(party.id, []);
      this.#inbox.set(party.id, []);
      const weights = Array.from({ length: 12 }, () => random.between(0.85, 1.15));
      const sum = weights.reduce((s, w) => s + w, 0);
      this.#monthlyWeights.set(party.id, weights.map((w) => (w * 12) / sum));
    }
    this.#plan = planViolations(industry, random.fork('violations'));
    this.truth = new GroundTruth(options.year);
  }

  get lotsMade(): number {
    return this.#lotsMade;
  }

  *documents(): Generator<SimDocument> {
    for (let month = 0; month < 12; month += 1) yield* this.#simulateMonth(month);
    yield* this.#doubleSpendAttempts();
    this.truth.closeYear(this.#industry);
  }

  // ── The month ────────────────────────────────────────────────────────────────────────────
  *#simulateMonth(month: number): Generator<SimDocument> {
    const { year } = this.#options;
    this.#month = month;
    this.#monthStart = Date.UTC(year, month, 1) - SHANGHAI;
    this.#monthEnd = Date.UTC(year, month + 1, 1) - SHANGHAI - 1;
    const random = this.#random;
    const schedule = this.#industry.parties.map((party) => {
      const late = this.#plan.lateReports.find((l) => l.party === party && l.month === month);
      const day = late === undefined ? party.stage : random.between(11, 19);
      return { party, at: this.#monthEnd + 1 + day * DAY + Math.floor(random.between(1, 20) * HOUR) + random.below(3_600) * 1000, late };
    });
    schedule.sort((a, b) => a.at - b.at || (a.party.id < b.party.id ? -1 : 1));
    for (const { party, at, late } of schedule) {
      this.#events = [];
      this.#step(party);
      if (this.#events.length === 0) continue;
      if (late !== undefined) this.truth.lateReport(party, this.#monthLabel(), new Date(at).toISOString(), this.#events.map((e) => ref(party, e.id)));
      for (let i = 0; i * EVENTS_PER_DOCUMENT_MAX < this.#events.length; i += 1) {
        const events = this.#events.slice(i * EVENTS_PER_DOCUMENT_MAX, (i + 1) * EVENTS_PER_DOCUMENT_MAX);
        yield { party, createdAt: new Date(at + i * 1000).toISOString(), events };
      }
    }
  }

  #step(party: SimParty): void {
    this.#receive(party);
    switch (party.role) {
      case 'miner': this.#mine(party); break;
      case 'separator': this.#separate(party); break;
      case 'smelter': this.#smelt(party); break;
      case 'magnet-maker': this.#makeMagnets(party); break;
      case 'recycler': this.#recycle(party); break;
      case 'trader': this.#trade(party); break;
      case 'disposer': this.#disposeAll(party); break;
      case 'end-user': this.#keepAll(party); break;
      default: this.#makeMaterials(party);
    }
    this.#dispatch(party);
  }

  #monthLabel(): string {
    return `${this.#options.year}-${String(this.#month + 1).padStart(2, '0')}`;
  }

  // ── Receiving and dispatching ────────────────────────────────────────────────────────────
  #receive(party: SimParty): void {
    const inbox = this.#inbox.get(party.id)!;
    const waiting: Transit[] = [];
    inbox.sort((a, b) => a.arrival - b.arrival);
    for (const transit of inbox) {
      if (transit.neverReceived === true) continue;
      if (transit.arrival > this.#monthEnd) {
        waiting.push(transit);
        continue;
      }
      const at = Math.max(transit.arrival, this.#monthStart + HOUR);
      const lot = transit.lot;
      const missing = transit.missingGrams ?? 0;
      if (missing > 0) {
        const { left } = splitComposition(lot.composition, missing, lot.mass);
        lot.composition = left;
        lot.mass -= missing;
      }
      const id = this.#eventId(party);
      this.#events.push({ id, kind: 'receive', time: iso(at), lot: lot.id, massGrams: lot.mass });
      this.truth.touch(lot.id, ref(party, id));
      if (missing > 0) this.truth.shortReceipt(transit.from, party, lot.id, [transit.shipEvent, ref(party, id)], this.#monthLabel(), lot.mass + missing, lot.mass);
      lot.ready = at + 6 * HOUR;
      delete lot.plan;
      this.#inputs.get(party.id)!.push(lot);
    }
    this.#inbox.set(party.id, waiting);
  }

  /** Ships, exports or disposes of what is planned, when its time falls in this month. */
  #dispatch(party: SimParty): void {
    const outputs = this.#outputs.get(party.id)!;
    const left: Lot[] = [];
    for (const lot of outputs) {
      const plan = lot.plan ?? { kind: 'keep' };
      const at = Math.max(lot.ready, this.#monthStart + HOUR) + Math.floor(this.#random.between(2, 30) * HOUR);
      if (plan.kind === 'keep' || at > this.#monthEnd) {
        left.push(lot);
        continue;
      }
      if (plan.kind === 'ship') this.#ship(party, lot, plan.to!, at);
      else if (plan.kind === 'deliver') this.#deliver(party, lot, plan.to!, at);
      else if (plan.kind === 'export') this.#export(party, lot, at);
      else this.#dispose(party, lot, at);
    }
    this.#outputs.set(party.id, left);
  }

  #ship(from: SimParty, lot: Lot, to: SimParty, at: number): string {
    const id = this.#eventId(from);
    this.#events.push({ id, kind: 'ship', time: iso(at), lot: lot.id, massGrams: lot.mass, to: to.id });
    const transitDays = this.#random.between(MODEL.transitDaysLow, MODEL.transitDaysHigh);
    const transit: Transit = { lot, from, to, arrival: at + Math.floor(transitDays * DAY), shipEvent: ref(from, id) };
    const fault = this.#plan.transitFaults.find((f) => f.month === this.#month && f.role === to.role && !f.used);
    if (fault !== undefined) {
      fault.used = true;
      if (fault.kind === 'never-received') {
        transit.neverReceived = true;
        this.truth.neverReceived(from, to, lot.id, ref(from, id), this.#monthLabel(), lot.mass);
      } else {
        transit.missingGrams = Math.max(1, Math.floor(lot.mass * this.#random.between(0.08, 0.15)));
      }
    }
    this.#inbox.get(to.id)!.push(transit);
    if (to.role === 'separator') this.#fed.set(to.id, (this.#fed.get(to.id) ?? 0) + reo(lot.composition));
    this.truth.touch(lot.id, ref(from, id));
    return id;
  }

  /** Materials leave the chain to the manufacturers that use them: registered final users, who
   * keep no books of their own, so no receipt follows. */
  #deliver(party: SimParty, lot: Lot, customer: SimParty, at: number): void {
    const id = this.#eventId(party);
    const sector = this.#random.weighted(END_USE_OF[lot.product] ?? [[1, 'other']], ([w]) => w)[1];
    this.#events.push({ id, kind: 'deliver', time: iso(at), lot: lot.id, massGrams: lot.mass, customer: { name: customer.nameZh, id: customer.id }, sector });
    this.tally.delivered(lot.mass, reo(lot.composition));
    this.truth.touch(lot.id, ref(party, id));
  }

  #export(party: SimParty, lot: Lot, at: number, options: { withoutLicence?: boolean } = {}): string {
    const day = shanghaiDay(at);
    const elements = Object.keys(lot.composition) as ElementSymbol[];
    const controlled = exportControlsFor(lot.product, elements, day).length > 0;
    const magnet = productByCode(lot.product)?.category === 'magnet';
    const country = this.#random.weighted(magnet ? MAGNET_EXPORT_COUNTRIES : OXIDE_EXPORT_COUNTRIES, ([, w]) => w)[0];
    const id = this.#eventId(party);
    const licence = controlled && options.withoutLicence !== true ? party.exportLicence?.id : undefined;
    this.#events.push({
      id, kind: 'export', time: iso(at), lot: lot.id, massGrams: lot.mass, destinationCountry: country,
      ...(licence === undefined ? {} : { licence }),
      customsDeclaration: `${day.replaceAll('-', '')}${String(this.#next('customs')).padStart(6, '0')}`,
    });
    this.#spent.set(party.id, lot);
    this.truth.touch(lot.id, ref(party, id));
    this.tally.exported(lot.product, lot.mass, reo(lot.composition));
    if (controlled) this.truth.controlledExport(party, licence, lot.id, ref(party, id), this.#monthLabel(), reo(lot.composition));
    return id;
  }

  #dispose(party: SimParty, lot: Lot, at: number): void {
    const radioactive = productByCode(lot.product)?.radioactive === true;
    const tailings = productByCode(lot.product)?.category === 'tailings';
    this.#events.push({
      id: this.#eventId(party), kind: 'dispose', time: iso(at), facility: party.site, lot: lot.id, massGrams: lot.mass,
      method: tailings ? 'tailings-storage' : radioactive ? 'radioactive-waste-storage' : 'landfill',
    });
    this.tally.disposed(lot.mass, reo(lot.composition));
  }

  // ── Stages ───────────────────────────────────────────────────────────────────────────────
  #mine(party: SimParty): void {
    const deposit = DEPOSITS[party.deposit!];
    const yearTarget = (party.quotaTonnesReo ?? 0) * (party === this.#plan.overQuotaMiner ? this.#plan.overQuotaFactor : this.#plan.quotaUse(party)) * TONNE;
    let monthReo = yearTarget / 12 * this.#monthlyWeights.get(party.id)![this.#month]!;
    const illegal = this.#plan.illegalMining.find((m) => m.month === this.#month);
    if (party === this.#industry.illegalMiner) monthReo = illegal === undefined ? 0 : 3 * MODEL.lotTonnes.concentrateIonic * deposit.concentrateGrade * TONNE * Math.max(this.#options.scale, 0.02);
    if (monthReo <= 0) return;
    const lotReo = deposit.rock ? MODEL.lotTonnes.ore * deposit.oreGrade! * TONNE : MODEL.lotTonnes.concentrateIonic * deposit.concentrateGrade * TONNE;
    const n = Math.max(1, Math.round(monthReo / lotReo));
    const sites: { site: string; share: number }[] = Array.from({ length: n }, () => ({ site: party.site, share: 1 / n }));
    const unlisted = this.#plan.unlistedMining.find((m) => m.month === this.#month);
    // The unlisted pit adds a tenth to the month's output, off the books of the listed mine.
    if (party.unlistedMine !== undefined && unlisted !== undefined) sites.push({ site: party.unlistedMine, share: 0.1 });
    const events: string[] = [];
    const lots: string[] = [];
    sites.forEach(({ site, share }, i) => {
      const at = this.#monthStart + Math.floor(((i + 0.5) / sites.length) * (this.#monthEnd - this.#monthStart - 3 * DAY));
      const lotReoGrams = Math.floor(monthReo * share * this.#random.between(0.97, 1.03));
      const composition = compositionFromReo(lotReoGrams, deposit.shares);
      const grade = deposit.rock ? deposit.oreGrade! : deposit.concentrateGrade;
      const product = deposit.rock ? deposit.ore! : deposit.concentrate;
      const extracted = this.#newLot(party, product, Math.ceil(lotReoGrams / grade), composition, at);
      const extractId = this.#eventId(party);
      this.#events.push({ id: extractId, kind: 'extract', time: iso(at), facility: site, lot: this.#newLotSpec(extracted) });
      this.tally.extracted(extracted.mass, reo(composition), deposit.rock);
      this.truth.extraction(party, this.#month, reo(composition), deposit.rock ? 'rock' : 'ionic');
      if (site !== party.site || party === this.#industry.illegalMiner) {
        events.push(ref(party, extractId));
        lots.push(extracted.id);
      }
      let concentrate = extracted;
      if (deposit.rock) {
        // Beneficiation at the mine: concentrate at its traded grade, the rest to tailings.
        const recovered = scaled(composition, MODEL.beneficiationRecovery);
        concentrate = this.#newLot(party, deposit.concentrate, Math.ceil(reo(recovered) / deposit.concentrateGrade), recovered, at + 6 * HOUR);
        const tailings = this.#newLot(party, deposit.tailings!, extracted.mass - concentrate.mass, minus(composition, recovered), at + 6 * HOUR);
        this.#process(party, at + 6 * HOUR, [[extracted, extracted.mass]], [concentrate, tailings], party.site);
        tailings.plan = { kind: 'dispose' };
        this.#outputs.get(party.id)!.push(tailings);
        this.tally.made('concentrate', concentrate.mass, reo(recovered));
      }
      const toRecycler = this.#plan.mineralToRecycler.month === this.#month && this.#plan.mineralToRecycler.miner === party && !this.#plan.mineralToRecycler.done;
      if (toRecycler) {
        this.#plan.mineralToRecycler.done = true;
        concentrate.plan = { kind: 'ship', to: this.#plan.mineralToRecycler.recycler };
        this.truth.mineralToRecycler(party, this.#plan.mineralToRecycler.recycler, concentrate.id, this.#monthLabel(), concentrate.product);
      } else {
        concentrate.plan = { kind: 'ship', to: this.#separatorFor(party) };
      }
      this.#outputs.get(party.id)!.push(concentrate);
    });
    if (party === this.#industry.illegalMiner) this.truth.unlicensedMining(party, this.#monthLabel(), lots, events);
    else if (events.length > 0) this.truth.unlistedMine(party, party.unlistedMine!, this.#monthLabel(), lots, events);
  }

  #separate(party: SimParty): void {
    for (const { at, lots, key } of this.#batches(party, (lot) => (lot.product.startsWith('concentrate-ionic') ? 'ionic' : 'rock'))) {
      const feed = sumCompositions(lots);
      const recovery = key === 'rock' ? MODEL.separationRecoveryRock : MODEL.separationRecoveryIonic;
      const { products, residue } = separate(feed, recovery, MODEL.lotTonnes.separated);
      const outputs = products.map((spec) => this.#lotFromSpec(party, spec, at));
      const slag = this.#residueLot(party, 'slag-water-leach-residue', residue, at);
      this.#process(party, at, lots.map((lot) => [lot, lot.mass]), withResidue(outputs, slag), party.site);
      this.truth.separation(party, this.#month, reo(feed), key === 'ionic' ? 'ionic' : 'rock');
      this.tally.separated(outputs);
      for (const output of withResidue(outputs, slag)) this.#route(party, output);
    }
  }

  #smelt(party: SimParty): void {
    const unbalanced = this.#plan.unbalanced.party === party && this.#plan.unbalanced.month === this.#month;
    const lossEvents: string[] = [];
    let inReo = 0;
    let outReo = 0;
    for (const { at, lots, key } of this.#batches(party, (lot) => lot.product, (lot) => SMELTED[lot.product] !== undefined)) {
      const feed = sumCompositions(lots);
      const recovered = scaled(feed, unbalanced ? MODEL.smeltingRecovery * 0.72 : MODEL.smeltingRecovery);
      const outputs = lotsOf(SMELTED[key]!, recovered, MODEL.lotTonnes.metal).map((spec) => this.#lotFromSpec(party, spec, at));
      const slag = unbalanced ? undefined : this.#residueLot(party, 'slag-electrolysis', minus(feed, recovered), at);
      if (outputs.length === 0 && slag === undefined) continue;
      const eventId = this.#process(party, at, lots.map((lot) => [lot, lot.mass]), withResidue(outputs, slag), party.site);
      this.tally.made('metal', outputs.reduce((s, o) => s + o.mass, 0), reo(recovered), outputs.length);
      if (unbalanced) {
        lossEvents.push(ref(party, eventId));
        inReo += reo(feed);
        outReo += reo(recovered);
      }
      for (const output of withResidue(outputs, slag)) this.#route(party, output);
    }
    if (unbalanced && lossEvents.length > 0) this.truth.unbalanced(party, this.#monthLabel(), lossEvents, inReo, outReo);
  }

  #makeMagnets(party: SimParty): void {
    const inputs = this.#inputs.get(party.id)!;
    const divert = this.#plan.unlicensedExport.party === party && this.#plan.unlicensedExport.month === this.#month;
    if (divert) {
      const lot = inputs.find((l) => l.product === 'metal-dy' && l.ready <= this.#monthEnd - DAY) ?? inputs.find((l) => l.product.startsWith('metal-') && l.ready <= this.#monthEnd - DAY);
      if (lot !== undefined) {
        this.#take(inputs, lot);
        const id = this.#export(party, lot, Math.max(lot.ready, this.#monthStart) + 12 * HOUR, { withoutLicence: true });
        this.truth.unlicensedExport(party, lot.id, ref(party, id), this.#monthLabel(), reo(lot.composition), lot.product);
        this.#plan.unlicensedExport.month = -1;
      } else this.#plan.unlicensedExport.month += 1;
    }
    for (const { at, lots } of this.#batches(party, () => 'melt', (lot) => lot.product === 'metal-ndpr')) {
      const feed: [Lot, number][] = lots.map((lot) => [lot, lot.mass]);
      let elements = sumCompositions(lots);
      const prNd = totalGrams(elements);
      for (const [product, perPrNd] of [['metal-dy', MODEL.dysprosiumPerPrNd], ['metal-tb', MODEL.terbiumPerPrNd]] as const) {
        let want = Math.ceil(prNd * perPrNd);
        for (const heavy of inputs.filter((l) => l.product === product && l.ready <= at)) {
          if (want <= 0 || feed.length >= 199) break;
          const grams = Math.min(heavy.mass, want);
          feed.push([heavy, grams]);
          elements = addAll(elements, splitComposition(heavy.composition, grams, heavy.mass).taken);
          want -= grams;
        }
      }
      const inMagnets = scaled(elements, 1 - MODEL.magnetScrapShare);
      const magnets = divideIntoMagnets(inMagnets).map((spec) => this.#lotFromSpec(party, spec, at));
      const swarf = this.#residueLot(party, 'scrap-ndfeb-swarf', minus(elements, inMagnets), at);
      this.#process(party, at, feed, withResidue(magnets, swarf), party.site);
      this.tally.made('magnet', magnets.reduce((s, m) => s + m.mass, 0), reo(inMagnets), magnets.length);
      for (const magnet of magnets) {
        const r = this.#random.next();
        magnet.plan = r < MODEL.magnetExportShare ? { kind: 'export' } : r < MODEL.magnetExportShare + MODEL.magnetStockShare ? { kind: 'keep' } : { kind: 'deliver', to: this.#choose('end-user', party) };
        this.#outputs.get(party.id)!.push(magnet);
      }
      if (swarf !== undefined) this.#route(party, swarf);
    }
  }

  #recycle(party: SimParty): void {
    // Post-consumer intake: magnets dismantled from end-of-life motors and drives.
    const recyclers = this.#industry.byRole.get('recycler')!;
    const weightTotal = recyclers.reduce((s, r) => s + r.weight, 0);
    const postConsumerReo = this.#options.figures.recycledReoTonnes * this.#options.scale * MODEL.postConsumerShare * TONNE * (party.weight / weightTotal) / 12;
    const eol = lotsOf('eol-ndfeb-magnets', compositionFromReo(postConsumerReo, { Pr: 24, Nd: 70, Dy: 5, Tb: 1 }), 1, 40);
    const collectAt = this.#monthStart + Math.floor(this.#random.between(2, 20) * DAY);
    for (const spec of eol) this.#collect(party, spec, collectAt, this.#random.pick(SCRAP_SUPPLIERS));
    if (this.#plan.fakeScrap.party === party && this.#plan.fakeScrap.month === this.#month) {
      // Concentrate dressed as magnet scrap: its elements are Bayan Obo's, not a magnet's.
      const lotReo = 30 * TONNE * Math.max(this.#options.scale, 0.05);
      const composition = compositionFromReo(lotReo, DEPOSITS['bayan-obo'].shares);
      const spec: LotSpec = { product: 'scrap-ndfeb-solid', composition, massGrams: Math.ceil(lotReo / 0.5) };
      const { lot, eventId } = this.#collect(party, spec, collectAt + DAY, '个体回收商');
      this.truth.fakeScrap(party, lot.id, ref(party, eventId), this.#monthLabel(), composition);
    }
    for (const { at, lots, key } of this.#batches(party, (lot) => productByCode(lot.product)?.recycledSource ?? 'other')) {
      const { products, residue } = separate(sumCompositions(lots), MODEL.recyclingRecovery, MODEL.lotTonnes.recycledOxide);
      const outputs = products.map((spec) => this.#lotFromSpec(party, spec, at));
      const slag = this.#residueLot(party, 'slag-recycling-residue', residue, at);
      this.#process(party, at, lots.map((lot) => [lot, lot.mass]), withResidue(outputs, slag), party.site);
      this.tally.recycled(party, outputs, key === 'pre-consumer' || key === 'post-consumer' ? key : undefined);
      for (const output of withResidue(outputs, slag)) this.#route(party, output);
    }
  }

  #collect(party: SimParty, spec: LotSpec, at: number, supplier: string): { lot: Lot; eventId: string } {
    const lot = this.#newLot(party, spec.product, spec.massGrams, spec.composition, at + 6 * HOUR);
    const eventId = this.#eventId(party);
    this.#events.push({ id: eventId, kind: 'collect', time: iso(at), facility: party.site, lot: this.#newLotSpec(lot), supplier: { name: supplier } });
    this.#inputs.get(party.id)!.push(lot);
    this.tally.collected(spec.massGrams, reo(spec.composition));
    return { lot, eventId };
  }

  #makeMaterials(party: SimParty): void {
    const recipes = MATERIAL_OF[party.role] ?? {};
    for (const { at, lots, key } of this.#batches(party, (lot) => lot.product, (lot) => recipes[lot.product] !== undefined)) {
      const feed = sumCompositions(lots);
      const outputs = lotsOf(recipes[key]!, feed, MODEL.lotTonnes.material).map((spec) => this.#lotFromSpec(party, spec, at));
      this.#process(party, at, lots.map((lot) => [lot, lot.mass]), outputs, party.site);
      this.tally.made('material', outputs.reduce((s, o) => s + o.mass, 0), reo(feed), outputs.length);
      for (const output of outputs) {
        const destination = this.#random.weighted(MATERIAL_ROUTE, ([w]) => w)[1];
        output.plan = destination === 'keep' ? { kind: 'keep' } : { kind: 'deliver', to: this.#choose('end-user', party) };
        this.#outputs.get(party.id)!.push(output);
      }
    }
  }

  #trade(party: SimParty): void {
    const traders = this.#industry.byRole.get('trader')!;
    const share = party.weight / traders.reduce((s, t) => s + t.weight, 0);
    const scale = this.#options.scale;
    const monthly = (tonnesPerYear: number) => tonnesPerYear * scale * TONNE * share / 12 * this.#monthlyWeights.get(party.id)![this.#month]!;
    const importAt = this.#monthStart + Math.floor(this.#random.between(1, 15) * DAY);
    const imports: [string, Composition, string, SimRole][] = [
      ['oxide-ndpr', compositionFromReo(monthly(MODEL.importedPrNdOxideTonnesReo), { Pr: 25, Nd: 75 }), this.#random.pick(['MY', 'VN', 'LA', 'MM']), 'smelter'],
      ['concentrate-ionic-medium-y-eu', compositionFromReo(monthly(MODEL.importedIonicConcentrateTonnesReo), DEPOSITS['ionic-medium-y-eu'].shares), 'MM', 'separator'],
    ];
    for (const [product, composition, country, destination] of imports) {
      for (const spec of lotsOf(product, composition, product.startsWith('oxide') ? MODEL.lotTonnes.separated : MODEL.lotTonnes.concentrateImported)) {
        const lot = this.#newLot(party, spec.product, spec.massGrams, spec.composition, importAt + 2 * DAY);
        this.#events.push({ id: this.#eventId(party), kind: 'import', time: iso(importAt), lot: this.#newLotSpec(lot), originCountry: country,
          customsDeclaration: `${shanghaiDay(importAt).replaceAll('-', '')}${String(this.#next('customs')).padStart(6, '0')}` });
        this.tally.imported(spec.massGrams, reo(spec.composition));
        lot.plan = { kind: 'ship', to: destination === 'separator' ? this.#separatorFor(party) : this.#choose(destination, party) };
        this.#outputs.get(party.id)!.push(lot);
      }
    }
    const roundTrip = this.#plan.roundTrip;
    for (const lot of this.#readyInputs(party)) {
      this.#take(this.#inputs.get(party.id)!, lot);
      if (roundTrip.month === this.#month && roundTrip.from === party && roundTrip.lot === undefined) {
        roundTrip.lot = lot.id;
        this.truth.roundTrip(party, roundTrip.to, lot.id, this.#monthLabel(), lot.mass);
        lot.plan = { kind: 'ship', to: roundTrip.to };
        this.#outputs.get(party.id)!.push(lot);
        continue;
      }
      if (roundTrip.lot === lot.id && party === roundTrip.to) {
        lot.plan = { kind: 'ship', to: roundTrip.from };
        this.#outputs.get(party.id)!.push(lot);
        continue;
      }
      lot.plan = { kind: 'export' };
      this.#outputs.get(party.id)!.push(lot);
    }
  }

  #disposeAll(party: SimParty): void {
    for (const lot of this.#readyInputs(party)) {
      this.#take(this.#inputs.get(party.id)!, lot);
      lot.plan = { kind: 'dispose' };
      this.#outputs.get(party.id)!.push(lot);
    }
  }

  #keepAll(party: SimParty): void {
    // End users hold what they receive: it leaves the traced chain into domestic use.
    this.#inputs.set(party.id, []);
  }

  *#doubleSpendAttempts(): Generator<SimDocument> {
    const attempts = [...this.#spent.entries()].slice(0, 3);
    const at = Date.UTC(this.#options.year + 1, 0, 25) - SHANGHAI;
    let i = 0;
    for (const [partyId, lot] of attempts) {
      const party = this.#industry.parties.find((p) => p.id === partyId)!;
      const eventId = `ds-${this.#options.year}-${i}`;
      const time = iso(at + i * HOUR);
      const event: LedgerEvent = { id: eventId, kind: 'dispose', time, facility: party.site, lot: lot.id, massGrams: Math.max(1, lot.mass), method: 'landfill' };
      this.truth.doubleSpend(party, lot.id, ref(party, eventId), `${this.#options.year}-12`, lot.mass);
      yield { party, createdAt: iso(at + i * HOUR + 60_000), events: [event], expectRefusal: eventId };
      i += 1;
    }
  }

  // ── Helpers ──────────────────────────────────────────────────────────────────────────────
  #chinaReGroup(): string | undefined {
    return this.#industry.parties.find((p) => p.deposit === 'sichuan')?.group;
  }

  /** The group's separator furthest below its share of the feed: groups allot feed by quota. */
  #separatorFor(miner: SimParty): SimParty {
    const over = this.#plan.overQuotaSeparator;
    const candidates = this.#industry.byRole.get('separator')!.filter((s) => s.group === (miner.group ?? this.#chinaReGroup()));
    const share = (s: SimParty) => (this.#fed.get(s.id) ?? 0) / ((s.quotaTonnesReo ?? 1) * (s === over ? this.#plan.separatorBoost : 1));
    return candidates.reduce((best, s) => (share(s) < share(best) ? s : best));
  }

  /** A destination of `role`, near `from` when one is in the same province. */
  #choose(role: SimRole, from: SimParty, filter: (p: SimParty) => boolean = () => true): SimParty {
    const candidates = this.#industry.byRole.get(role)!.filter(filter);
    const province = from.region.slice(0, 2);
    const near = candidates.filter((c) => c.region.startsWith(province));
    // Slag goes to the nearest licensed site; recyclers buy scrap nationwide, which is why Jiangxi,
    // with most of the plants, recycles most of it.
    const nearShare = role === 'disposer' ? 1 : role === 'recycler' ? 0 : 0.6;
    const pool = near.length > 0 && this.#random.chance(nearShare) ? near : candidates;
    return this.#random.weighted(pool, (p) => p.weight);
  }

  #route(party: SimParty, lot: Lot): void {
    const routes = ROUTES[lot.product];
    const destination = routes === undefined ? 'keep' : this.#random.weighted(routes, ([w]) => w)[1];
    if (destination === 'keep' || destination === 'dispose' || destination === 'export') lot.plan = { kind: destination };
    else lot.plan = { kind: 'ship', to: this.#choose(destination, party) };
    this.#outputs.get(party.id)!.push(lot);
  }

  #readyInputs(party: SimParty): Lot[] {
    return this.#inputs.get(party.id)!.filter((lot) => lot.ready <= this.#monthEnd - DAY);
  }

  /** Plants work in weekly campaigns: on the 7th, 14th, 21st and 28th each processes, per kind of
   * feed, what it received by the day before, in at most PROCESS_LOTS_MAX lots per event. */
  *#batches(party: SimParty, keyOf: (lot: Lot) => string, accepts: (lot: Lot) => boolean = () => true): Generator<{ at: number; key: string; lots: Lot[] }> {
    for (const day of [7, 14, 21, 28]) {
      const at = this.#monthStart + (day - 1) * DAY + Math.floor(this.#random.between(8, 16) * HOUR);
      const groups = new Map<string, Lot[]>();
      for (const lot of this.#inputs.get(party.id)!) {
        if (lot.ready > at - 12 * HOUR || !accepts(lot)) continue;
        const key = keyOf(lot);
        const group = groups.get(key) ?? [];
        if (group.length < 150) group.push(lot);
        groups.set(key, group);
      }
      for (const [key, lots] of [...groups].sort(([a], [b]) => a.localeCompare(b))) yield { at, key, lots };
    }
  }

  /** Records a process event consuming `feed` (lot and grams) into `outputs`. */
  #process(party: SimParty, at: number, feed: [Lot, number][], outputs: Lot[], facility: string): string {
    const id = this.#eventId(party);
    this.#events.push({
      id, kind: 'process', time: iso(at), facility,
      inputs: feed.map(([lot, grams]) => ({ lot: lot.id, massGrams: grams })),
      outputs: outputs.map((lot) => this.#newLotSpec(lot)),
    });
    for (const [lot, grams] of feed) {
      this.truth.touch(lot.id, ref(party, id));
      if (grams === lot.mass) {
        this.#take(this.#inputs.get(party.id)!, lot);
        this.#spent.set(party.id, lot);
      } else {
        lot.composition = splitComposition(lot.composition, grams, lot.mass).left;
        lot.mass -= grams;
      }
    }
    return id;
  }

  #take(list: Lot[], lot: Lot): void {
    const index = list.indexOf(lot);
    if (index >= 0) list.splice(index, 1);
  }

  #lotFromSpec(party: SimParty, spec: LotSpec, at: number): Lot {
    return this.#newLot(party, spec.product, spec.massGrams, spec.composition, at + 12 * HOUR);
  }

  #residueLot(party: SimParty, product: string, composition: Composition, at: number): Lot | undefined {
    if (totalGrams(composition) === 0) return undefined;
    const [spec] = lotsOf(product, composition, Number.MAX_SAFE_INTEGER, 1);
    return this.#lotFromSpec(party, spec!, at);
  }

  #newLot(party: SimParty, product: string, mass: number, composition: Composition, ready: number): Lot {
    this.#lotsMade += 1;
    const local = `L${this.#options.year}${String(this.#month + 1).padStart(2, '0')}-${this.#next(`${party.id}:lot`)}`;
    return { id: `${party.id}:${local}`, product, mass, composition, ready };
  }

  #newLotSpec(lot: Lot): NewLot {
    return { id: lot.id.slice(lot.id.indexOf(':') + 1), product: lot.product, massGrams: lot.mass, composition: lot.composition as Record<string, number> };
  }

  #eventId(party: SimParty): string {
    return `E${this.#options.year}${String(this.#month + 1).padStart(2, '0')}-${this.#next(`${party.id}:event`)}`;
  }

  #next(counter: string): number {
    const n = (this.#counters.get(counter) ?? 0) + 1;
    this.#counters.set(counter, n);
    return n;
  }
}

function sumCompositions(lots: readonly Lot[]): Composition {
  return lots.reduce<Composition>((sum, lot) => addAll(sum, lot.composition), {});
}

function withResidue(outputs: Lot[], residue: Lot | undefined): Lot[] {
  return residue === undefined ? outputs : [...outputs, residue];
}

function addAll(a: Composition, b: Composition): Composition {
  const out: Composition = { ...a };
  for (const [symbol, grams] of Object.entries(b) as [ElementSymbol, number][]) out[symbol] = (out[symbol] ?? 0) + grams;
  return out;
}

/** Magnet lots of about a tonne each at the sintered grade's RE share. */
function divideIntoMagnets(elements: Composition): LotSpec[] {
  return lotsOf('magnet-ndfeb-sintered', elements, MODEL.lotTonnes.magnet).map((spec) => ({
    ...spec,
    massGrams: Math.ceil(totalGrams(spec.composition) / MODEL.magnetReShare),
  }));
}

/** An event as the ground truth names it: ids are unique within their recorder. */
function ref(party: SimParty, eventId: string): string {
  return `${party.id}:${eventId}`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

// ── Which wrongdoing happens when ────────────────────────────────────────────────────────────
interface ViolationPlan {
  quotaUse(party: SimParty): number;
  overQuotaMiner: SimParty;
  overQuotaSeparator: SimParty;
  overQuotaFactor: number;
  /** How much more feed than its quota's share the over-quota separator is sent. */
  separatorBoost: number;
  unlistedMining: { month: number }[];
  illegalMining: { month: number }[];
  fakeScrap: { party: SimParty; month: number };
  mineralToRecycler: { miner: SimParty; recycler: SimParty; month: number; done: boolean };
  unlicensedExport: { party: SimParty; month: number };
  transitFaults: { month: number; role: SimRole; kind: 'never-received' | 'short-receipt'; used: boolean }[];
  unbalanced: { party: SimParty; month: number };
  lateReports: { party: SimParty; month: number }[];
  roundTrip: { from: SimParty; to: SimParty; month: number; lot?: string };
}

function planViolations(industry: Industry, random: Random): ViolationPlan {
  const role = (r: SimRole) => industry.byRole.get(r)!;
  const month = () => 2 + random.below(8);
  const earlyMonth = () => 2 + random.below(7);
  const uses = new Map(industry.parties.map((p) => [p.id, random.between(MODEL.quotaUseLow, MODEL.quotaUseHigh)]));
  const miners = role('miner').filter((m) => m !== industry.illegalMiner);
  const traders = role('trader');
  const reporting = [...role('miner'), ...role('separator'), ...role('smelter'), ...role('recycler')].filter((p) => p !== industry.illegalMiner);
  const lateReports = Array.from({ length: 3 }, () => ({ party: random.pick(reporting), month: random.below(11) }));
  return {
    quotaUse: (party) => uses.get(party.id) ?? 1,
    overQuotaMiner: random.pick(miners.filter((m) => m.deposit === 'sichuan')),
    overQuotaSeparator: random.pick(role('separator')),
    overQuotaFactor: 1.22,
    separatorBoost: 1.7,
    unlistedMining: [{ month: month() }, { month: month() }],
    illegalMining: [{ month: month() }, { month: month() }],
    fakeScrap: { party: random.pick(role('recycler')), month: month() },
    mineralToRecycler: { miner: random.pick(miners.filter((m) => m.deposit === 'sichuan')), recycler: random.pick(role('recycler')), month: month(), done: false },
    unlicensedExport: { party: random.pick(role('magnet-maker')), month: month() },
    transitFaults: [
      // A shipment never received is overdue 45 days on, once that month's report is due: shipped by
      // September, it is overdue before the year's last reports are in.
      { month: earlyMonth(), role: 'magnet-maker', kind: 'never-received', used: false },
      { month: earlyMonth(), role: 'trader', kind: 'never-received', used: false },
      { month: month(), role: 'magnet-maker', kind: 'short-receipt', used: false },
      { month: month(), role: 'separator', kind: 'short-receipt', used: false },
    ],
    unbalanced: { party: random.pick(role('smelter')), month: month() },
    lateReports,
    roundTrip: { from: traders[0]!, to: traders[1]!, month: month() },
  };
}
