// A trace as a graph (Cytoscape.js): lots and the events that made or used them, laid out by depth
// from the lot traced. A lot node opens that lot's page; the graph is also listed as text beside it.
import { useEffect, useRef } from 'react';
import cytoscape from 'cytoscape';
import type { Trace } from '../types.ts';

/** Below this zoom the lots' labels (11 px) cannot be read. */
const READABLE_ZOOM = 0.8;

export function TraceGraph({ trace, label, productName, onLot }: { trace: Trace; label: string; productName: (code: string) => string; onLot: (ref: string) => void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const lots = new Set(trace.lots.map((l) => l.ref));
    const events = new Set(trace.edges.map((e) => e.seq));
    const eventKinds = new Map(trace.events.map((e) => [e.seq, e.kind]));
    const elements: cytoscape.ElementDefinition[] = [
      ...trace.lots.map((lot) => ({ data: { id: `lot:${lot.ref}`, ref: lot.ref, label: `${productName(lot.product)}\n${lot.ref.split(':').at(-1)}`, root: lot.ref === trace.root ? 1 : 0 } })),
      ...[...events].map((seq) => ({ data: { id: `event:${seq}`, label: `${eventKinds.get(seq) ?? 'event'} #${seq}` } })),
      ...trace.edges.filter((e) => lots.has(e.lot)).map((edge, i) => ({
        data: edge.flow === 'out' ? { id: `edge:${i}`, source: `lot:${edge.lot}`, target: `event:${edge.seq}` } : { id: `edge:${i}`, source: `event:${edge.seq}`, target: `lot:${edge.lot}` },
      })),
    ];
    const cy = cytoscape({
      container: box.current,
      elements,
      style: [
        { selector: 'node[ref]', style: { shape: 'round-rectangle', 'background-color': '#dbe7f5', 'border-color': '#0b5cad', 'border-width': 1, label: 'data(label)', 'text-wrap': 'wrap', 'text-valign': 'center', 'font-size': 11, width: 150, height: 38 } },
        { selector: 'node[root = 1]', style: { 'background-color': '#f0a500' } },
        { selector: 'node[!ref]', style: { shape: 'ellipse', 'background-color': '#e6ebf1', label: 'data(label)', 'font-size': 8, width: 14, height: 14, 'text-valign': 'bottom' } },
        { selector: 'edge', style: { width: 1.2, 'line-color': '#8795a8', 'target-arrow-color': '#8795a8', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
      ],
    });
    // Laid out from the traced lot, whichever way the arrows point; a later page of the trace, without
    // it, from its shallowest lots.
    const root = cy.getElementById(`lot:${trace.root}`);
    const shallowest = Math.min(...trace.lots.map((l) => l.depth));
    const shallowLots = new Set(trace.lots.filter((l) => l.depth === shallowest).map((l) => `lot:${l.ref}`));
    const from = root.empty() ? cy.nodes().filter((node) => shallowLots.has(node.id())) : root;
    cy.layout({ name: 'breadthfirst', directed: false, roots: from, spacingFactor: 1.1 } as cytoscape.LayoutOptions).run();
    // A wide trace fitted whole would be unreadable: keep the labels legible around where it starts,
    // and let the rest be panned to.
    if (cy.zoom() < READABLE_ZOOM && from.nonempty()) {
      cy.zoom(READABLE_ZOOM);
      const at = from.nodes().first().position();
      cy.pan({ x: cy.width() / 2 - at.x * READABLE_ZOOM, y: 40 - at.y * READABLE_ZOOM });
    }
    cy.on('tap', 'node[ref]', (event) => onLot(event.target.data('ref') as string));
    return () => cy.destroy();
  }, [trace, productName, onLot]);
  return <div ref={box} className="graph" role="img" aria-label={label} data-testid="trace-graph" />;
}
